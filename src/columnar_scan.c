/*-------------------------------------------------------------------------
 *
 * columnar_scan.c
 *	  Reading vecstore tables: sequential scans (also parallel), TID
 *	  fetches (index scans, triggers, unique and foreign key checks), index
 *	  builds and ANALYZE.
 *
 * A scan first writes out the rows of this backend's buffer its snapshot
 * must see, then reads the stripe directory once and walks the visible
 * stripes chunk group by chunk group.  Rows of our own transaction are
 * filtered by command id (columnar_writebuf.c keeps the map).  TID fetches
 * look in the buffer first, then in the directory; a TID that another
 * backend has reserved but not written yet reports its owner through a
 * dirty snapshot, so unique checks wait for it as they would on heap.
 *
 * Parallel sequential scans hand out chunk groups of the visible stripes
 * through a shared counter; the leader's command-id map travels in the
 * shared state, so workers filter the leader's own rows too.
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include <math.h>

#include "access/parallel.h"
#include "access/transam.h"
#include "access/xact.h"
#include "catalog/index.h"
#include "common/hashfn.h"
#include "port/atomics.h"
#include "commands/vacuum.h"
#include "common/pg_prng.h"
#include "executor/executor.h"
#include "access/skey.h"
#include "miscadmin.h"
#include "pgstat.h"
#include "storage/predicate.h"
#include "storage/proc.h"
#include "utils/guc.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "columnar_am.h"
#include "columnar_storage.h"	/* ColumnarReaderStats */

typedef struct ColumnarScanDescData
{
	TableScanDescData base;
	MemoryContext cxt;			/* directory, readers, cid map */
	StripeEntry stripes;		/* visible data stripes */
	bool	   *own;			/* stripe written by this transaction */
	int			nstripes;
	int			stripe;			/* current stripe, -1 before the first */
	StripeReader reader;		/* reader of the current stripe, or NULL */
	int			chunkGroup;		/* index of the loaded chunk group, or -1 */
	int			row;			/* current row in the chunk group */
	ColumnarCidMap cidmap;
	TupleDesc	readDesc;		/* row type to decode with: the slot's */
	Bitmapset  *attrs;			/* columns to decode; NULL: all */
	struct AnalyzeState *analyze;	/* ANALYZE's cursor, or NULL */
	BlockNumber analyzeBlocks;	/* size ANALYZE sampled from (before our
								 * buffered rows were written) */
	uint32		nunits;			/* parallel: chunk groups of all stripes */
	uint32		unitBase;		/* parallel: first unit of unitStripe */
	int			unitStripe;		/* parallel: stripe of the last claim */
	bool		unitsDone;		/* parallel: no chunk group left */
	ColumnarSkipFilter skip;	/* forward scans skip what it refutes */
	uint64		cgRead;			/* chunk groups loaded, forward scans */
	uint64		cgSkipped;		/* chunk groups skipped */
	TupleTableSlot *filled;		/* slot whose undecoded columns are set for
								 * the loaded chunk group, or NULL */
	int			ndecoded;		/* for filled: the columns that change */
	int		   *decoded;		/* from row to row */
} ColumnarScanDescData;

typedef ColumnarScanDescData *ColumnarScanDesc;

/*
 * A TID fetch keeps the chunk groups it decoded, one stripe reader each,
 * across index rescans (a nested loop rescans once per outer row), so
 * lookups of neighbouring rows decode a chunk group once.  The cache is
 * bounded by vecstore.fetch_cache_size and by FETCH_CACHE_SLOTS readers.
 */
#define FETCH_CACHE_SLOTS	128

typedef struct FetchCacheSlot
{
	StripeReader reader;		/* NULL: free slot */
	uint64		dataOffset;		/* identifies the stripe */
	StripeEntryData entry;		/* its directory entry */
	TupleDesc	desc;			/* row type it decodes with */
	bool		noColumns;		/* decodes no column (visibility checks) */
	uint64		lastUse;
	Size		bytes;			/* memory of its loaded chunk group */
} FetchCacheSlot;

typedef struct ColumnarIndexFetchData
{
	IndexFetchTableData base;
	MemoryContext cxt;			/* readers */
	MemoryContext cidcxt;		/* cidmap, reset with the scan */
	Bitmapset  *attrs;			/* columns to decode; NULL: all */
	bool	   *needed;			/* attrs as flags, for the slot's natts */
	int			neededNatts;
	FetchCacheSlot slots[FETCH_CACHE_SLOTS];
	Size		cacheBytes;		/* sum of the slots' bytes */
	int			lastSlot;		/* the slot used last */
	uint64		useCount;
	ColumnarCidMap cidmap;
} ColumnarIndexFetchData;

typedef ColumnarIndexFetchData *ColumnarIndexFetch;

/*
 * Shared state of a parallel sequential scan.  Every participant reads the
 * directory with the same snapshot and numbers the chunk groups of the
 * visible stripes 0..nunits-1; the counter hands them out.  The first
 * participant records a hash of its stripe list, the others check theirs
 * against it.  The leader's command-id map follows, so that workers can
 * filter the rows of the leader's own transaction; the serialized snapshot
 * follows that (table_parallelscan_initialize puts it there).
 */
typedef struct ColumnarParallelScanData
{
	ParallelTableScanDescData base;
	pg_atomic_uint32 nextUnit;
	pg_atomic_uint64 listHash;	/* 0 until the first participant set it */
	int			maxRuns;		/* room reserved for the map */
	int			nruns;
	/* RowNumber first[maxRuns], CommandId cid[maxRuns] follow */
} ColumnarParallelScanData;

typedef ColumnarParallelScanData *ColumnarParallelScan;

#define PSCAN_FIRST(ps) \
	((RowNumber *) ((char *) (ps) + MAXALIGN(sizeof(ColumnarParallelScanData))))
#define PSCAN_CID(ps) \
	((CommandId *) (PSCAN_FIRST(ps) + (ps)->maxRuns))

/* GUC vecstore.fetch_cache_size, bytes */
int			columnar_fetch_cache_size = 16 * 1024 * 1024;

void
ColumnarScanInit(void)
{
	DefineCustomIntVariable("vecstore.fetch_cache_size",
							"Memory an index scan of a vecstore table may use to keep decoded chunk groups.",
							"At least the chunk group of the current row is kept.",
							&columnar_fetch_cache_size,
							16 * 1024 * 1024, 0, INT_MAX,
							PGC_USERSET, GUC_UNIT_BYTE,
							NULL, NULL, NULL);
}

/* ----------------------------------------------------------------
 * Helpers
 * ----------------------------------------------------------------
 */

/* stores row idx of the reader's chunk group into a virtual slot */
static void
StoreReaderRow(Relation rel, TupleTableSlot *slot, StripeReader reader,
			   int idx)
{
	TupleDesc	desc = slot->tts_tupleDescriptor;
	int			stored;
	uint64		bytes;
	uint8		codecs;
	int			have;

	ColumnarReaderStats(reader, &stored, &bytes, &codecs);
	have = Min(desc->natts, stored);

	ExecClearTuple(slot);
	for (int a = 0; a < have; a++)
	{
		if (reader->values[a] == NULL || TupleDescAttr(desc, a)->attisdropped)
		{
			slot->tts_values[a] = (Datum) 0;
			slot->tts_isnull[a] = true;
		}
		else
		{
			slot->tts_values[a] = reader->values[a][idx];
			slot->tts_isnull[a] = reader->isnull[a][idx];
		}
	}
	if (have < desc->natts)
		slot_getmissingattrs(slot, have, desc->natts);
	ExecStoreVirtualTuple(slot);
	RowNumberGetTid(reader->rownums[idx], &slot->tts_tid);
	slot->tts_tableOid = RelationGetRelid(rel);
}

/*
 * StoreReaderRow for a sequential scan: within a chunk group the columns
 * not decoded (nulls, dropped, added later) stay as the first row set them
 * in the slot, so only the decoded ones are stored row by row.
 */
static void
StoreScanRow(ColumnarScanDesc scan, TupleTableSlot *slot)
{
	StripeReader reader = scan->reader;
	int			idx = scan->row;

	if (scan->filled != slot)
	{
		TupleDesc	desc = slot->tts_tupleDescriptor;
		int			stored;
		uint64		bytes;
		uint8		codecs;

		StoreReaderRow(scan->base.rs_rd, slot, reader, idx);
		ColumnarReaderStats(reader, &stored, &bytes, &codecs);
		if (scan->decoded == NULL)
			scan->decoded = MemoryContextAlloc(scan->cxt,
											   sizeof(int) * Max(desc->natts, 1));
		scan->ndecoded = 0;
		for (int a = 0; a < desc->natts; a++)
			if (a < stored && reader->values[a] != NULL &&
				!TupleDescAttr(desc, a)->attisdropped)
				scan->decoded[scan->ndecoded++] = a;
		scan->filled = slot;
		return;
	}
	ExecClearTuple(slot);
	for (int i = 0; i < scan->ndecoded; i++)
	{
		int			a = scan->decoded[i];

		slot->tts_values[a] = reader->values[a][idx];
		slot->tts_isnull[a] = reader->isnull[a][idx];
	}
	ExecStoreVirtualTuple(slot);
	RowNumberGetTid(reader->rownums[idx], &slot->tts_tid);
	slot->tts_tableOid = RelationGetRelid(scan->base.rs_rd);
}

/* a row of another backend's buffer: only its TID is known */
static void
StoreEmptyRow(Relation rel, TupleTableSlot *slot, RowNumber rownum)
{
	TupleDesc	desc = slot->tts_tupleDescriptor;

	ExecClearTuple(slot);
	for (int a = 0; a < desc->natts; a++)
	{
		slot->tts_values[a] = (Datum) 0;
		slot->tts_isnull[a] = true;
	}
	ExecStoreVirtualTuple(slot);
	RowNumberGetTid(rownum, &slot->tts_tid);
	slot->tts_tableOid = RelationGetRelid(rel);
}

/*
 * SERIALIZABLE: a scan that skips rows of a concurrent transaction (in a
 * stripe or still in that backend's buffer, behind its reservation) reads
 * around that transaction's write, as heap does when it meets an invisible
 * tuple: record the rw-conflict.
 */
static void
ConflictOutForEntry(Relation rel, StripeEntry e, Snapshot snapshot)
{
	TransactionId xid = e->xmin;

	if (!TransactionIdIsNormal(xid) || TransactionIdIsCurrentTransactionId(xid))
		return;
	if (!XidInMVCCSnapshot(xid, snapshot))
		return;
	CheckForSerializableConflictOut(rel, xid, snapshot);
}

/*
 * Writers known to have committed, as bits over a window of full
 * transaction ids.  A table of many small stripes has as many writers, and
 * asking the commit log about each at every scan (a shared lock each)
 * costs more than reading the stripes.  A commit is final, so a bit never
 * goes stale; the window only moves forward, to the newest writer seen.
 * As with heap's hint bits, a known commit settles visibility only for a
 * writer older than the snapshot's xmin; newer ones ask as before.
 */
#define COMMITTED_WINDOW	((uint64) 1 << 18)	/* bits: 32kB */

static uint64 *committedBits = NULL;
static uint64 committedBase = 0;

/* the full id of xid, a normal xid not newer than next; 0 if none */
static uint64
FullXidBefore(TransactionId xid, FullTransactionId next)
{
	uint32		epoch = EpochFromFullTransactionId(next);

	if (xid >= XidFromFullTransactionId(next))
	{
		if (epoch == 0)
			return 0;
		epoch--;
	}
	return U64FromFullTransactionId(FullTransactionIdFromEpochAndXid(epoch, xid));
}

/*
 * ColumnarStripeVisibility for a scan's snapshot, asking the commit log
 * only about writers not known to have committed.  next: the next full
 * transaction id, read before the directory.
 */
static StripeVisibility
ScanStripeVisibility(StripeEntry e, Snapshot snapshot, FullTransactionId next)
{
	StripeVisibility vis;
	uint64		full;
	uint64		bit;

	if (snapshot->snapshot_type != SNAPSHOT_MVCC ||
		!TransactionIdIsNormal(e->xmin) ||
		(full = FullXidBefore(e->xmin, next)) == 0)
		return ColumnarStripeVisibility(e, snapshot);

	/* committed before every transaction the snapshot sees as running */
	bit = full - committedBase;
	if (committedBits != NULL && full >= committedBase &&
		bit < COMMITTED_WINDOW &&
		(committedBits[bit / 64] & ((uint64) 1 << (bit % 64))) != 0 &&
		TransactionIdPrecedes(e->xmin, snapshot->xmin))
		return STRIPE_VISIBLE;

	/* with an MVCC snapshot, only a committed writer is plainly visible */
	vis = ColumnarStripeVisibility(e, snapshot);
	if (vis == STRIPE_VISIBLE && full >= committedBase)
	{
		if (committedBits == NULL)
			committedBits = MemoryContextAllocZero(TopMemoryContext,
												   COMMITTED_WINDOW / 8);
		if (full - committedBase >= COMMITTED_WINDOW)
		{
			committedBase = (full - COMMITTED_WINDOW / 2) & ~(uint64) 63;
			memset(committedBits, 0, COMMITTED_WINDOW / 8);
		}
		bit = full - committedBase;
		committedBits[bit / 64] |= (uint64) 1 << (bit % 64);
	}
	return vis;
}

/* ----------------------------------------------------------------
 * Sequential scans
 * ----------------------------------------------------------------
 */

static void
LoadStripes(ColumnarScanDesc scan)
{
	Relation	rel = scan->base.rs_rd;
	Snapshot	snapshot = scan->base.rs_snapshot;
	MemoryContext old = MemoryContextSwitchTo(scan->cxt);
	const StripeEntryData *entries;
	int			n;
	bool		ssi;
	FullTransactionId next;

	next = ReadNextFullTransactionId();
	entries = ColumnarReadDirectoryCached(rel, &n);
	ssi = IsMVCCSnapshot(snapshot) &&
		CheckForSerializableConflictOutNeeded(rel, snapshot);
	scan->stripes = palloc(sizeof(StripeEntryData) * Max(n, 1));
	scan->own = palloc(sizeof(bool) * Max(n, 1));
	scan->nstripes = 0;
	for (int i = 0; i < n; i++)
	{
		StripeVisibility vis;

		if (entries[i].kind != STRIPE_DATA)
		{
			if (ssi)
				ConflictOutForEntry(rel, (StripeEntry) &entries[i],
									snapshot);
			continue;
		}
		vis = ScanStripeVisibility((StripeEntry) &entries[i], snapshot, next);
		if (vis == STRIPE_INVISIBLE)
		{
			if (ssi)
				ConflictOutForEntry(rel, (StripeEntry) &entries[i],
									snapshot);
			continue;
		}
		scan->stripes[scan->nstripes] = entries[i];
		scan->own[scan->nstripes] = (vis == STRIPE_VISIBLE_OWN);
		if (vis == STRIPE_VISIBLE_OWN && scan->cidmap == NULL)
		{
			if (IsParallelWorker())
			{
				/* the leader's map, in shared memory */
				ColumnarParallelScan ps =
				(ColumnarParallelScan) scan->base.rs_parallel;

				if (ps == NULL)
					elog(ERROR, "vecstore scan of own rows in a parallel worker without shared state");
				scan->cidmap = palloc0(sizeof(ColumnarCidMapData));
				scan->cidmap->nruns = ps->nruns;
				scan->cidmap->first = PSCAN_FIRST(ps);
				scan->cidmap->cid = PSCAN_CID(ps);
			}
			else
				scan->cidmap = ColumnarCopyCidMap(rel);
		}
		scan->nstripes++;
	}
	MemoryContextSwitchTo(old);

	if (scan->base.rs_parallel != NULL)
	{
		ColumnarParallelScan ps = (ColumnarParallelScan) scan->base.rs_parallel;
		uint64		hash = 0;
		uint64		expected = 0;

		scan->nunits = 0;
		for (int i = 0; i < scan->nstripes; i++)
		{
			scan->nunits += scan->stripes[i].chunkGroupCount;
			hash = hash_combine64(hash, scan->stripes[i].dataOffset);
			hash = hash_combine64(hash, scan->stripes[i].chunkGroupCount);
		}
		hash |= 1;
		if (!pg_atomic_compare_exchange_u64(&ps->listHash, &expected, hash) &&
			expected != hash)
			elog(ERROR, "participants of a parallel vecstore scan see different stripes");
	}
}

/* ----------------------------------------------------------------
 * Parallel sequential scans
 * ----------------------------------------------------------------
 */

static Size
ParallelScanSize(int maxRuns)
{
	return MAXALIGN(sizeof(ColumnarParallelScanData)) +
		MAXALIGN(sizeof(RowNumber) * maxRuns) +
		MAXALIGN(sizeof(CommandId) * maxRuns);
}

/* leader: room for the shared state and this transaction's command-id map */
Size
columnar_parallelscan_estimate(Relation rel)
{
	ColumnarCidMap map = ColumnarCopyCidMap(rel);

	return ParallelScanSize(map->nruns);
}

Size
columnar_parallelscan_initialize(Relation rel, ParallelTableScanDesc pscan)
{
	ColumnarParallelScan ps = (ColumnarParallelScan) pscan;
	ColumnarCidMap map = ColumnarCopyCidMap(rel);

	ps->base.phs_relid = RelationGetRelid(rel);
	ps->base.phs_syncscan = false;
	pg_atomic_init_u32(&ps->nextUnit, 0);
	pg_atomic_init_u64(&ps->listHash, 0);
	ps->maxRuns = map->nruns;
	ps->nruns = map->nruns;
	if (map->nruns > 0)
	{
		memcpy(PSCAN_FIRST(ps), map->first, sizeof(RowNumber) * map->nruns);
		memcpy(PSCAN_CID(ps), map->cid, sizeof(CommandId) * map->nruns);
	}
	return ParallelScanSize(ps->maxRuns);
}

void
columnar_parallelscan_reinitialize(Relation rel, ParallelTableScanDesc pscan)
{
	ColumnarParallelScan ps = (ColumnarParallelScan) pscan;

	pg_atomic_write_u32(&ps->nextUnit, 0);
}

static void CloseReader(ColumnarScanDesc scan);
static void OpenReader(ColumnarScanDesc scan, int stripe);
static inline bool CurrentRowVisible(ColumnarScanDesc scan);
static bool SkipChunkGroup(ColumnarScanDesc scan, int cg);

/*
 * Columns of parallel scans: table_beginscan_parallel passes none, so the
 * ExecutorStart hook (run in the leader and in every worker) registers
 * them first.  The union per relation over the transaction is used, as
 * decoding a column too many is harmless; the list lives in
 * TopTransactionContext and is valid only for the local transaction that
 * built it.
 */
typedef struct ParallelAttrsEntry
{
	Oid			relid;
	bool		all;
	Bitmapset  *attrs;
} ParallelAttrsEntry;

static List *parallelAttrs = NIL;
static LocalTransactionId parallelAttrsXact = InvalidLocalTransactionId;

void
ColumnarRegisterParallelAttrs(Oid relid, Bitmapset *attrs)
{
	ParallelAttrsEntry *found = NULL;
	MemoryContext old;
	ListCell   *lc;

	if (parallelAttrsXact != MyProc->lxid)
	{
		parallelAttrs = NIL;
		parallelAttrsXact = MyProc->lxid;
	}
	old = MemoryContextSwitchTo(TopTransactionContext);
	foreach(lc, parallelAttrs)
	{
		ParallelAttrsEntry *e = lfirst(lc);

		if (e->relid == relid)
			found = e;
	}
	if (found == NULL)
	{
		found = palloc0(sizeof(ParallelAttrsEntry));
		found->relid = relid;
		found->all = (attrs == NULL);
		found->attrs = bms_copy(attrs);
		parallelAttrs = lappend(parallelAttrs, found);
	}
	else if (attrs == NULL)
		found->all = true;
	else
		found->attrs = bms_union(found->attrs, attrs);
	MemoryContextSwitchTo(old);
}

/* registered columns of relid; NULL: all */
static Bitmapset *
ParallelAttrs(Oid relid)
{
	ListCell   *lc;

	if (parallelAttrsXact != MyProc->lxid)
		return NULL;
	foreach(lc, parallelAttrs)
	{
		ParallelAttrsEntry *e = lfirst(lc);

		if (e->relid == relid)
			return e->all ? NULL : e->attrs;
	}
	return NULL;
}

/* claims chunk groups until one has a visible row */
static bool
NextParallel(ColumnarScanDesc scan)
{
	ColumnarParallelScan ps = (ColumnarParallelScan) scan->base.rs_parallel;

	if (scan->unitsDone)
		return false;
	for (;;)
	{
		uint32		u;
		bool		ok;
		MemoryContext old;

		if (scan->reader != NULL && scan->chunkGroup >= 0 &&
			scan->row + 1 < scan->reader->nrows)
		{
			scan->row++;
			if (CurrentRowVisible(scan))
				return true;
			continue;
		}
		u = pg_atomic_fetch_add_u32(&ps->nextUnit, 1);
		if (u >= scan->nunits)
		{
			CloseReader(scan);
			scan->unitsDone = true;
			return false;
		}
		while (u >= scan->unitBase + scan->stripes[scan->unitStripe].chunkGroupCount)
			scan->unitBase += scan->stripes[scan->unitStripe++].chunkGroupCount;
		if (scan->reader == NULL || scan->stripe != scan->unitStripe)
			OpenReader(scan, scan->unitStripe);
		if (SkipChunkGroup(scan, (int) (u - scan->unitBase)))
		{
			/* the loaded chunk group, if any, is used up */
			continue;
		}
		scan->cgRead++;
		old = MemoryContextSwitchTo(scan->cxt);
		ok = StripeReaderLoadChunkGroup(scan->reader, (int) (u - scan->unitBase));
		MemoryContextSwitchTo(old);
		scan->filled = NULL;
		if (!ok)
			elog(ERROR, "vecstore stripe has fewer chunk groups than its directory entry");
		scan->chunkGroup = (int) (u - scan->unitBase);
		scan->row = -1;
	}
}

TableScanDesc
columnar_scan_begin(Relation rel, Snapshot snapshot, int nkeys,
					struct ScanKeyData *key, ParallelTableScanDesc pscan,
					uint32 flags)
{
	return ColumnarBeginScan(rel, snapshot, nkeys, key, pscan, flags, NULL);
}

/*
 * Begins a scan that decodes only the columns in attrs (attribute numbers;
 * NULL: all).  Columns left out read as NULL.
 */
TableScanDesc
ColumnarBeginScan(Relation rel, Snapshot snapshot, int nkeys,
				  struct ScanKeyData *key, ParallelTableScanDesc pscan,
				  uint32 flags, Bitmapset *attrs)
{
	ColumnarScanDesc scan;

	if (flags & SO_TYPE_SAMPLESCAN)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("TABLESAMPLE is not supported for vecstore tables")));

	RelationIncrementReferenceCount(rel);
	scan = palloc0(sizeof(ColumnarScanDescData));
	scan->base.rs_rd = rel;
	/* ANALYZE passes no snapshot: count committed and our own rows */
	scan->base.rs_snapshot = snapshot ? snapshot : SnapshotSelf;
	scan->base.rs_nkeys = nkeys;
	scan->base.rs_key = key;
	scan->base.rs_flags = flags;
	scan->base.rs_parallel = pscan;
	scan->cxt = AllocSetContextCreate(CurrentMemoryContext,
									  "vecstore scan",
									  ALLOCSET_DEFAULT_SIZES);
	scan->stripe = -1;
	scan->chunkGroup = -1;
	scan->row = -1;
	if (pscan != NULL && attrs == NULL)
		attrs = ParallelAttrs(RelationGetRelid(rel));
	if (attrs != NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(scan->cxt);

		scan->attrs = bms_copy(attrs);
		MemoryContextSwitchTo(old);
	}

	ColumnarCheckStorage(rel);
	if (flags & SO_TYPE_SEQSCAN)
		pgstat_count_heap_scan(rel);
	if (flags & SO_TYPE_ANALYZE)
		scan->analyzeBlocks = RelationGetNumberOfBlocks(rel);
	/* a worker never writes: the leader flushed before launching it */
	if (!IsParallelWorker())
		ColumnarFlushForSnapshot(rel, scan->base.rs_snapshot);
	if (IsMVCCSnapshot(scan->base.rs_snapshot))
		PredicateLockRelation(rel, scan->base.rs_snapshot);
	LoadStripes(scan);
	return &scan->base;
}

static void
CloseReader(ColumnarScanDesc scan)
{
	if (scan->reader != NULL)
		StripeReaderEnd(scan->reader);
	scan->reader = NULL;
	scan->chunkGroup = -1;
	scan->row = -1;
}

/* points the scan's reader at stripe, made on first use and then reused */
static void
OpenReader(ColumnarScanDesc scan, int stripe)
{
	MemoryContext old = MemoryContextSwitchTo(scan->cxt);

	scan->chunkGroup = -1;
	scan->row = -1;
	scan->stripe = stripe;
	scan->filled = NULL;
	if (scan->reader != NULL)
		StripeReaderReset(scan->reader, &scan->stripes[stripe]);
	else
		scan->reader = StripeReaderBegin(scan->base.rs_rd, scan->readDesc,
										 &scan->stripes[stripe], scan->attrs);
	MemoryContextSwitchTo(old);
}

/* loads chunk group cg of the current stripe (backward scans) */
static bool
LoadChunkGroup(ColumnarScanDesc scan, int cg)
{
	MemoryContext old;
	bool		ok;

	old = MemoryContextSwitchTo(scan->cxt);
	ok = StripeReaderLoadChunkGroup(scan->reader, cg);
	MemoryContextSwitchTo(old);
	scan->filled = NULL;
	scan->chunkGroup = ok ? cg : -1;
	return ok;
}

void
columnar_scan_end(TableScanDesc sscan)
{
	ColumnarScanDesc scan = (ColumnarScanDesc) sscan;

	CloseReader(scan);
	MemoryContextDelete(scan->cxt);
	RelationDecrementReferenceCount(scan->base.rs_rd);
	if (scan->base.rs_flags & SO_TEMP_SNAPSHOT)
		UnregisterSnapshot(scan->base.rs_snapshot);
	pfree(scan);
}

void
columnar_scan_rescan(TableScanDesc sscan, struct ScanKeyData *key,
					 bool set_params, bool allow_strat, bool allow_sync,
					 bool allow_pagemode)
{
	ColumnarScanDesc scan = (ColumnarScanDesc) sscan;

	CloseReader(scan);
	scan->stripe = -1;
	scan->unitBase = 0;
	scan->unitStripe = 0;
	scan->unitsDone = false;
	scan->analyze = NULL;
	if (key != NULL && scan->base.rs_nkeys > 0)
		memcpy(scan->base.rs_key, key,
			   sizeof(struct ScanKeyData) * scan->base.rs_nkeys);
}

/* is the current row visible (own rows are filtered by command id)? */
static inline bool
CurrentRowVisible(ColumnarScanDesc scan)
{
	if (!scan->own[scan->stripe])
		return true;
	return ColumnarCidMapVisible(scan->cidmap,
								 scan->reader->rownums[scan->row],
								 scan->base.rs_snapshot);
}

/* does the skip filter refute chunk group cg of the current stripe? */
static bool
SkipChunkGroup(ColumnarScanDesc scan, int cg)
{
	const char *stats;
	uint32		len;
	bool		refuted;
	MemoryContext old;

	if (scan->skip == NULL)
		return false;
	/* a scan may skip a whole table in one call */
	CHECK_FOR_INTERRUPTS();
	old = MemoryContextSwitchTo(scan->cxt);
	refuted = StripeReaderChunkGroupStats(scan->reader, cg, &stats, &len) &&
		ColumnarSkipFilterRefutes(scan->skip, stats, len);
	MemoryContextSwitchTo(old);
	if (refuted)
		scan->cgSkipped++;
	return refuted;
}

static bool
ReaderNext(ColumnarScanDesc scan)
{
	MemoryContext old;
	bool		ok;
	int			cg;

	/* chunk groups skipped still count in scan->chunkGroup */
	while ((cg = StripeReaderPeekNext(scan->reader)) >= 0 &&
		   SkipChunkGroup(scan, cg))
	{
		StripeReaderSkipNext(scan->reader);
		scan->chunkGroup++;
	}
	old = MemoryContextSwitchTo(scan->cxt);
	ok = StripeReaderNextChunkGroup(scan->reader);
	MemoryContextSwitchTo(old);
	scan->filled = NULL;
	if (ok)
		scan->cgRead++;
	return ok;
}

/*
 * Lets a forward or parallel scan skip the chunk groups the filter refutes
 * by their min/max.  Rows must still be checked against the quals.
 */
void
ColumnarScanSetSkipFilter(TableScanDesc sscan, ColumnarSkipFilter filter)
{
	((ColumnarScanDesc) sscan)->skip = filter;
}

/* Chunk groups a scan has loaded and skipped, over all its rescans. */
void
ColumnarScanChunkGroupCounts(TableScanDesc sscan, uint64 *read,
							 uint64 *skipped)
{
	ColumnarScanDesc scan = (ColumnarScanDesc) sscan;

	*read = scan->cgRead;
	*skipped = scan->cgSkipped;
}

static bool
NextForward(ColumnarScanDesc scan)
{
	for (;;)
	{
		if (scan->reader != NULL && scan->chunkGroup >= 0 &&
			scan->row + 1 < scan->reader->nrows)
			scan->row++;
		else if (scan->reader != NULL && ReaderNext(scan))
		{
			scan->chunkGroup++;
			scan->row = -1;
			continue;
		}
		else
		{
			if (scan->stripe + 1 >= scan->nstripes)
			{
				CloseReader(scan);
				scan->stripe = scan->nstripes;
				return false;
			}
			OpenReader(scan, scan->stripe + 1);
			continue;
		}
		if (CurrentRowVisible(scan))
			return true;
	}
}

static bool
NextBackward(ColumnarScanDesc scan)
{
	for (;;)
	{
		if (scan->reader != NULL && scan->chunkGroup >= 0 && scan->row > 0)
			scan->row--;
		else if (scan->reader != NULL && scan->chunkGroup > 0)
		{
			if (!LoadChunkGroup(scan, scan->chunkGroup - 1))
				elog(ERROR, "vecstore stripe has fewer chunk groups than its directory entry");
			scan->row = scan->reader->nrows;
			continue;
		}
		else
		{
			int			cgs;

			if (scan->stripe - 1 < 0)
			{
				CloseReader(scan);
				scan->stripe = -1;
				return false;
			}
			OpenReader(scan, scan->stripe - 1);
			cgs = (int) scan->stripes[scan->stripe].chunkGroupCount;
			if (cgs == 0 || !LoadChunkGroup(scan, cgs - 1))
			{
				/* an empty stripe: keep going */
				CloseReader(scan);
				scan->reader = NULL;
				continue;
			}
			scan->row = scan->reader->nrows;
			continue;
		}
		if (CurrentRowVisible(scan))
			return true;
	}
}

bool
columnar_scan_getnextslot(TableScanDesc sscan, ScanDirection direction,
						  TupleTableSlot *slot)
{
	ColumnarScanDesc scan = (ColumnarScanDesc) sscan;
	bool		found;

	CHECK_FOR_INTERRUPTS();

	/*
	 * Decode with the slot's row type: a rewrite (ALTER COLUMN TYPE) reads
	 * the old rows after the catalog already has the new type.
	 */
	if (scan->readDesc == NULL)
		scan->readDesc = slot->tts_tupleDescriptor;
	if (scan->base.rs_parallel != NULL)
		found = NextParallel(scan);
	else if (ScanDirectionIsBackward(direction))
		found = NextBackward(scan);
	else
		found = NextForward(scan);
	if (!found)
	{
		ExecClearTuple(slot);
		return false;
	}
	StoreScanRow(scan, slot);
	pgstat_count_heap_getnext(scan->base.rs_rd);
	return true;
}

/* ----------------------------------------------------------------
 * TID fetches
 * ----------------------------------------------------------------
 */

static ColumnarIndexFetch
NewFetch(Relation rel)
{
	ColumnarIndexFetch fetch = palloc0(sizeof(ColumnarIndexFetchData));

	fetch->base.rel = rel;
	fetch->cxt = AllocSetContextCreate(CurrentMemoryContext,
									   "vecstore fetch",
									   ALLOCSET_DEFAULT_SIZES);
	fetch->cidcxt = AllocSetContextCreate(fetch->cxt,
										  "vecstore fetch cid map",
										  ALLOCSET_SMALL_SIZES);
	return fetch;
}

static void
DropSlot(ColumnarIndexFetch fetch, FetchCacheSlot *cs)
{
	if (cs->reader != NULL)
		StripeReaderEnd(cs->reader);
	cs->reader = NULL;
	fetch->cacheBytes -= cs->bytes;
	cs->bytes = 0;
}

/*
 * Between rescans only the command-id map may be stale; decoded chunk
 * groups of committed stripes stay right, and those of our own stripes
 * are filtered by the map again at each fetch.
 */
static void
ResetFetch(ColumnarIndexFetch fetch)
{
	fetch->cidmap = NULL;
	MemoryContextReset(fetch->cidcxt);
}

static void
EndFetch(ColumnarIndexFetch fetch)
{
	for (int i = 0; i < FETCH_CACHE_SLOTS; i++)
		DropSlot(fetch, &fetch->slots[i]);
	MemoryContextDelete(fetch->cxt);
	pfree(fetch);
}

/* the columns to decode for rows of type desc, as flags */
static const bool *
FetchNeeded(ColumnarIndexFetch fetch, TupleDesc desc, bool noColumns)
{
	if (fetch->needed == NULL || fetch->neededNatts != desc->natts)
	{
		MemoryContext old = MemoryContextSwitchTo(fetch->cxt);

		if (fetch->needed)
			pfree(fetch->needed);
		fetch->needed = palloc(sizeof(bool) * Max(desc->natts, 1));
		fetch->neededNatts = desc->natts;
		MemoryContextSwitchTo(old);
	}
	for (int i = 0; i < desc->natts; i++)
		fetch->needed[i] = !noColumns &&
			(fetch->attrs == NULL || bms_is_member(i + 1, fetch->attrs));
	return fetch->needed;
}

/*
 * Does slot s hold a reader of entry (NULL: of any stripe) with rownum's
 * chunk group loaded?
 */
static inline bool
SlotHolds(FetchCacheSlot *s, StripeEntry entry, TupleDesc desc,
		  bool noColumns, RowNumber rownum)
{
	return s->reader != NULL &&
		(entry == NULL || s->dataOffset == entry->dataOffset) &&
		s->desc == desc && s->noColumns == noColumns &&
		StripeReaderHasLoaded(s->reader, rownum);
}

/*
 * Counts the memory of slot cs's reader again and keeps the cache within
 * its budget, dropping the least recently used readers first (never cs).
 */
static void
FetchAccount(ColumnarIndexFetch fetch, FetchCacheSlot *cs)
{
	fetch->cacheBytes -= cs->bytes;
	cs->bytes = ColumnarReaderLoadedBytes(cs->reader);
	fetch->cacheBytes += cs->bytes;
	while (fetch->cacheBytes > (Size) columnar_fetch_cache_size)
	{
		FetchCacheSlot *oldest = NULL;

		for (int i = 0; i < FETCH_CACHE_SLOTS; i++)
		{
			FetchCacheSlot *s = &fetch->slots[i];

			if (s != cs && s->reader != NULL &&
				(oldest == NULL || s->lastUse < oldest->lastUse))
				oldest = s;
		}
		if (oldest == NULL)
			break;
		DropSlot(fetch, oldest);
	}
}

/*
 * A reader of stripe entry with rownum's chunk group loaded: a cached one
 * if possible, else the least recently used slot is reloaded, its reader
 * pointed at the stripe if it reads the same columns (a lookup in a
 * table of many small stripes then makes no reader).  A large chunk group
 * is loaded without its columns (ColumnarReaderOpenFetch).  Returns the
 * row's index in the chunk group (-1: no such row) through idx, and the
 * slot through *slotp.
 */
static StripeReader
FetchReader(ColumnarIndexFetch fetch, StripeEntry entry, TupleDesc desc,
			bool noColumns, RowNumber rownum, int *idx,
			FetchCacheSlot **slotp)
{
	Relation	rel = fetch->base.rel;
	FetchCacheSlot *victim = NULL;
	FetchCacheSlot *cs = NULL;
	MemoryContext old;
	bool		loaded;

	/* neighbouring rows mostly come one after another */
	if (SlotHolds(&fetch->slots[fetch->lastSlot], entry, desc, noColumns,
				  rownum))
		cs = &fetch->slots[fetch->lastSlot];
	for (int i = 0; cs == NULL && i < FETCH_CACHE_SLOTS; i++)
	{
		FetchCacheSlot *s = &fetch->slots[i];

		if (SlotHolds(s, entry, desc, noColumns, rownum))
		{
			cs = s;
			break;
		}
		if (victim == NULL || (victim->reader != NULL &&
							   (s->reader == NULL ||
								s->lastUse < victim->lastUse)))
			victim = s;
	}

	old = MemoryContextSwitchTo(fetch->cxt);
	if (cs == NULL)
	{
		cs = victim;
		if (cs->reader != NULL &&
			(cs->desc != desc || cs->noColumns != noColumns))
			DropSlot(fetch, cs);
		if (cs->reader == NULL)
			cs->reader = ColumnarReaderOpenFetch(rel, desc, entry,
												 FetchNeeded(fetch, desc, noColumns));
		else if (cs->dataOffset != entry->dataOffset)
		{
			cs->dataOffset = PG_UINT64_MAX;	/* no stripe if this fails */
			StripeReaderReset(cs->reader, entry);
		}
		cs->dataOffset = entry->dataOffset;
		cs->entry = *entry;
		cs->desc = desc;
		cs->noColumns = noColumns;
	}
	cs->lastUse = ++fetch->useCount;
	fetch->lastSlot = cs - fetch->slots;
	loaded = !StripeReaderHasLoaded(cs->reader, rownum);
	*idx = StripeReaderSeekRow(cs->reader, rownum);
	MemoryContextSwitchTo(old);
	*slotp = cs;
	if (loaded)
		FetchAccount(fetch, cs);
	return cs->reader;
}

/*
 * A cached reader whose stripe holds row rownum, with its chunk group
 * loaded, or NULL.  A row lives in one stripe for good (row numbers are
 * never reused, stripes never change while a scan keeps the table open),
 * so a stripe found to hold the row answers without the directory, whose
 * lookup reads the metapage.  Only a stripe seen holding the row counts:
 * ranges of stripes may overlap.
 */
static FetchCacheSlot *
FetchCachedRow(ColumnarIndexFetch fetch, TupleDesc desc, bool noColumns,
			   RowNumber rownum, int *idx)
{
	FetchCacheSlot *cs = NULL;
	FetchCacheSlot *covering = NULL;
	StripeEntryData entry;

	if (SlotHolds(&fetch->slots[fetch->lastSlot], NULL, desc, noColumns,
				  rownum))
		cs = &fetch->slots[fetch->lastSlot];
	for (int i = 0; cs == NULL && i < FETCH_CACHE_SLOTS; i++)
	{
		FetchCacheSlot *s = &fetch->slots[i];

		if (s->reader == NULL || rownum < s->entry.firstRow ||
			rownum > s->entry.lastRow)
			continue;
		if (SlotHolds(s, NULL, desc, noColumns, rownum))
			cs = s;
		else if (covering == NULL)
			covering = s;
	}
	if (cs != NULL)
	{
		*idx = StripeReaderSeekRow(cs->reader, rownum);
		cs->lastUse = ++fetch->useCount;
		fetch->lastSlot = cs - fetch->slots;
	}
	else if (covering != NULL)
	{
		/* another chunk group of a cached stripe: a reader for it */
		entry = covering->entry;
		FetchReader(fetch, &entry, desc, noColumns, rownum, idx, &cs);
	}
	return cs != NULL && *idx >= 0 ? cs : NULL;
}

/*
 * Fetches row rownum into slot (NULL: only test visibility) if snapshot
 * sees it.
 */
static bool
FetchRow(Relation rel, ColumnarIndexFetch fetch, RowNumber rownum,
		 Snapshot snapshot, TupleTableSlot *slot)
{
	StripeEntryData entryData;
	StripeEntry entry = &entryData;
	StripeVisibility vis;
	StripeReader reader;
	FetchCacheSlot *cs;
	int			idx;
	TupleDesc	desc;

	/* callers leave these uninitialized: heap resets them, so do we */
	if (snapshot->snapshot_type == SNAPSHOT_DIRTY)
	{
		snapshot->xmin = snapshot->xmax = InvalidTransactionId;
		snapshot->speculativeToken = 0;
	}
	if (rownum < FirstRowNumber)
		return false;
	desc = slot ? slot->tts_tupleDescriptor : RelationGetDescr(rel);

	/* a stripe of the cache known to hold the row (not in our buffer then) */
	if (IsMVCCSnapshot(snapshot) &&
		(cs = FetchCachedRow(fetch, desc, slot == NULL, rownum, &idx)) != NULL)
	{
		reader = cs->reader;
		vis = ColumnarStripeVisibility(&cs->entry, snapshot);
		if (vis == STRIPE_INVISIBLE)
		{
			if (CheckForSerializableConflictOutNeeded(rel, snapshot))
				ConflictOutForEntry(rel, &cs->entry, snapshot);
			return false;
		}
	}
	else
	{
		switch (ColumnarFetchBuffered(rel, rownum, snapshot, slot))
		{
			case BUFFERED_VISIBLE:
				return true;
			case BUFFERED_INVISIBLE:
				return false;
			default:
				break;
		}

		if (!ColumnarFindStripe(rel, rownum, entry))
			return false;
		vis = ColumnarStripeVisibility(entry, snapshot);
		if ((entry->kind != STRIPE_DATA || vis == STRIPE_INVISIBLE) &&
			IsMVCCSnapshot(snapshot) &&
			CheckForSerializableConflictOutNeeded(rel, snapshot))
			ConflictOutForEntry(rel, entry, snapshot);

		if (entry->kind != STRIPE_DATA)
		{
			/*
			 * Reserved by a backend that still buffers the row.  A dirty
			 * snapshot learns who to wait for; nobody else can see it.
			 */
			if (vis != STRIPE_INVISIBLE &&
				snapshot->snapshot_type == SNAPSHOT_DIRTY &&
				TransactionIdIsValid(snapshot->xmin))
			{
				if (slot)
					StoreEmptyRow(rel, slot, rownum);
				return true;
			}
			return false;
		}
		if (vis == STRIPE_INVISIBLE)
			return false;
		reader = FetchReader(fetch, entry, desc, slot == NULL, rownum, &idx,
							 &cs);
	}
	if (vis == STRIPE_VISIBLE_OWN)
	{
		if (fetch->cidmap == NULL)
		{
			MemoryContext old = MemoryContextSwitchTo(fetch->cidcxt);

			fetch->cidmap = ColumnarCopyCidMap(rel);
			MemoryContextSwitchTo(old);
		}
		if (!ColumnarCidMapVisible(fetch->cidmap, rownum, snapshot))
			return false;
	}

	if (idx < 0)
		return false;
	if (slot)
	{
		int			stored;
		uint64		bytes;
		uint8		codecs;
		int			have;

		ColumnarReaderStats(reader, &stored, &bytes, &codecs);
		have = Min(desc->natts, stored);
		ExecClearTuple(slot);
		if (StripeReaderFetchValues(reader, idx, slot->tts_values,
									slot->tts_isnull))
			FetchAccount(fetch, cs);
		if (have < desc->natts)
			slot_getmissingattrs(slot, have, desc->natts);
		ExecStoreVirtualTuple(slot);
		RowNumberGetTid(rownum, &slot->tts_tid);
		slot->tts_tableOid = RelationGetRelid(rel);
		ExecMaterializeSlot(slot);
	}
	return true;
}

/*
 * Limits what an index scan's fetch decodes to the columns in attrs
 * (attribute numbers; NULL: all); the others read as NULL.
 */
void
ColumnarIndexFetchSetAttrs(struct IndexFetchTableData *data, Bitmapset *attrs)
{
	ColumnarIndexFetch fetch = (ColumnarIndexFetch) data;
	MemoryContext old = MemoryContextSwitchTo(fetch->cxt);

	for (int i = 0; i < FETCH_CACHE_SLOTS; i++)
		DropSlot(fetch, &fetch->slots[i]);
	fetch->attrs = attrs ? bms_copy(attrs) : NULL;
	MemoryContextSwitchTo(old);
}

struct IndexFetchTableData *
columnar_index_fetch_begin(Relation rel)
{
	ColumnarCheckStorage(rel);
	return &NewFetch(rel)->base;
}

void
columnar_index_fetch_reset(struct IndexFetchTableData *data)
{
	ResetFetch((ColumnarIndexFetch) data);
}

void
columnar_index_fetch_end(struct IndexFetchTableData *data)
{
	EndFetch((ColumnarIndexFetch) data);
}

bool
columnar_index_fetch_tuple(struct IndexFetchTableData *data, ItemPointer tid,
						   Snapshot snapshot, TupleTableSlot *slot,
						   bool *call_again, bool *all_dead)
{
	*call_again = false;
	if (all_dead)
		*all_dead = false;
	return FetchRow(data->rel, (ColumnarIndexFetch) data,
					TidGetRowNumber(tid), snapshot, slot);
}

bool
columnar_tuple_fetch_row_version(Relation rel, ItemPointer tid,
								 Snapshot snapshot, TupleTableSlot *slot)
{
	ColumnarIndexFetch fetch = NewFetch(rel);
	bool		found;

	found = FetchRow(rel, fetch, TidGetRowNumber(tid), snapshot, slot);
	EndFetch(fetch);
	return found;
}

bool
columnar_tuple_tid_valid(TableScanDesc scan, ItemPointer tid)
{
	return ItemPointerIsValid(tid) &&
		ItemPointerGetOffsetNumber(tid) <= ROWS_PER_TID_BLOCK &&
		TidGetRowNumber(tid) >= FirstRowNumber;
}

bool
columnar_tuple_satisfies_snapshot(Relation rel, TupleTableSlot *slot,
								  Snapshot snapshot)
{
	ColumnarIndexFetch fetch = NewFetch(rel);
	bool		visible;

	visible = FetchRow(rel, fetch, TidGetRowNumber(&slot->tts_tid), snapshot,
					   NULL);
	EndFetch(fetch);
	return visible;
}

/* ----------------------------------------------------------------
 * ANALYZE: chunk groups sampled, rows mapped onto blocks
 *
 * ANALYZE picks blocks of the relation's physical size and estimates the
 * row count as the rows of the sampled blocks times blocks / sampled.  The
 * visible rows, numbered 0..R-1 in stripe order, are spread evenly over
 * the N blocks, so block b holds rows [b R / N, (b + 1) R / N) and the
 * estimate comes out right.  Decoding every chunk group a sampled block
 * touches would read the whole table, so only evenly spaced chunk groups
 * from a random start are decoded, enough for ten times the rows ANALYZE
 * keeps and at least ten (so that a column correlated with insertion order
 * still gets a histogram spanning the table): the rows of the others are
 * counted as live but not returned.  Every row is returned with the same
 * probability, so the sample stays uniform, clustered by chunk group.
 * ----------------------------------------------------------------
 */

typedef struct AnalyzeState
{
	double		rows;			/* R: visible rows in stripe order */
	BlockNumber nblocks;		/* N */
	double		step;			/* chunk groups per chosen one, >= 1 */
	double		nextChosen;		/* number of the next chunk group to decode */
	int			cgNumber;		/* number of the current chunk group */
	uint64		pos;			/* next row of the current block */
	uint64		end;			/* end of the current block's rows */
	uint64		cgStart;		/* ordinal of the current chunk group's first
								 * row */
	int			cg;				/* current chunk group in scan->reader, or -1 */
	int			cgRows;
	bool		cgChosen;
	bool		cgLoaded;
} AnalyzeState;

/* the rows ANALYZE keeps: 300 times the largest statistics target */
static int
AnalyzeTargetRows(Relation rel)
{
	TupleDesc	desc = RelationGetDescr(rel);
	int			target = 0;

	for (int i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i);

		if (!att->attisdropped)
			target = Max(target, att->attstattarget < 0 ?
						 default_statistics_target : att->attstattarget);
	}
	return 300 * Max(target, 1);
}

static AnalyzeState *
AnalyzeBegin(ColumnarScanDesc scan)
{
	Relation	rel = scan->base.rs_rd;
	AnalyzeState *a = MemoryContextAllocZero(scan->cxt, sizeof(AnalyzeState));
	double		targrows = AnalyzeTargetRows(rel);
	double		seen;
	double		ncgs = 0;
	double		k;

	for (int i = 0; i < scan->nstripes; i++)
	{
		a->rows += scan->stripes[i].rowCount;
		ncgs += scan->stripes[i].chunkGroupCount;
	}
	a->nblocks = Max(scan->analyzeBlocks, 1);
	/* rows in the blocks ANALYZE will sample */
	seen = a->rows * Min(a->nblocks, targrows) / a->nblocks;
	k = seen > 0 ? ceil(ncgs * Min(1.0, 10 * targrows / seen)) : ncgs;
	k = Max(k, Min(ncgs, 10));
	a->step = k > 0 ? Max(ncgs / k, 1.0) : 1.0;
	a->nextChosen = floor(pg_prng_double(&pg_global_prng_state) * a->step);
	a->cgNumber = -1;
	a->cg = -1;
	CloseReader(scan);
	scan->stripe = -1;
	return a;
}

/* moves the cursor to the chunk group holding row a->pos; false at the end */
static bool
AnalyzeSeek(ColumnarScanDesc scan, AnalyzeState *a)
{
	while (a->cg < 0 || a->pos >= a->cgStart + a->cgRows)
	{
		if (a->cg >= 0)
			a->cgStart += a->cgRows;
		if (scan->reader == NULL ||
			a->cg + 1 >= StripeReaderChunkGroups(scan->reader))
		{
			if (scan->stripe + 1 >= scan->nstripes)
				return false;
			OpenReader(scan, scan->stripe + 1);
			a->cg = -1;
		}
		a->cg++;
		a->cgRows = StripeReaderChunkGroupRows(scan->reader, a->cg);
		a->cgNumber++;
		a->cgChosen = a->cgNumber >= (int) a->nextChosen;
		if (a->cgChosen)
			a->nextChosen += a->step;
		a->cgLoaded = false;
	}
	return true;
}

bool
columnar_scan_analyze_next_block(TableScanDesc sscan, BlockNumber blockno,
								 BufferAccessStrategy bstrategy)
{
	ColumnarScanDesc scan = (ColumnarScanDesc) sscan;
	AnalyzeState *a = scan->analyze;

	if (a == NULL)
		a = scan->analyze = AnalyzeBegin(scan);
	a->pos = (uint64) floor((double) blockno * a->rows / a->nblocks);
	a->end = (uint64) floor((double) (blockno + 1) * a->rows / a->nblocks);
	/* blocks come in increasing order; start over if not */
	if (a->cg >= 0 && a->pos < a->cgStart)
	{
		AnalyzeState *fresh = AnalyzeBegin(scan);

		fresh->pos = a->pos;
		fresh->end = a->end;
		a = scan->analyze = fresh;
	}
	return true;
}

bool
columnar_scan_analyze_next_tuple(TableScanDesc sscan, TransactionId OldestXmin,
								 double *liverows, double *deadrows,
								 TupleTableSlot *slot)
{
	ColumnarScanDesc scan = (ColumnarScanDesc) sscan;
	AnalyzeState *a = scan->analyze;

	if (scan->readDesc == NULL)
		scan->readDesc = slot->tts_tupleDescriptor;
	while (a != NULL && a->pos < a->end)
	{
		uint64		cgEnd;

		if (!AnalyzeSeek(scan, a))
			break;
		cgEnd = a->cgStart + a->cgRows;
		if (!a->cgChosen)
		{
			uint64		upto = Min(a->end, cgEnd);

			*liverows += upto - a->pos;
			a->pos = upto;
			continue;
		}
		if (!a->cgLoaded)
		{
			MemoryContext old = MemoryContextSwitchTo(scan->cxt);

			StripeReaderLoadChunkGroup(scan->reader, a->cg);
			MemoryContextSwitchTo(old);
			scan->chunkGroup = a->cg;
			a->cgLoaded = true;
		}
		scan->row = (int) (a->pos - a->cgStart);
		a->pos++;
		if (scan->row >= scan->reader->nrows || !CurrentRowVisible(scan))
			continue;
		StoreReaderRow(scan->base.rs_rd, slot, scan->reader, scan->row);
		*liverows += 1;
		return true;
	}
	ExecClearTuple(slot);
	return false;
}

/* ----------------------------------------------------------------
 * Index builds
 * ----------------------------------------------------------------
 */

double
columnar_index_build_range_scan(Relation table_rel, Relation index_rel,
								struct IndexInfo *index_info, bool allow_sync,
								bool anyvisible, bool progress,
								BlockNumber start_blockno,
								BlockNumber numblocks,
								IndexBuildCallback callback,
								void *callback_state, TableScanDesc scan)
{
	Datum		values[INDEX_MAX_KEYS];
	bool		isnull[INDEX_MAX_KEYS];
	EState	   *estate;
	ExprContext *econtext;
	ExprState  *predicate;
	TupleTableSlot *slot;
	TableScanDesc tscan;
	double		reltuples = 0;

	if (scan != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("parallel index builds on vecstore tables are not supported")));
	if (index_info->ii_Concurrent)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("concurrent index builds on vecstore tables are not supported")));

	/*
	 * An exclusion check may recheck a conflicting row's values, which
	 * another backend may still hold in its write buffer: only the owner's
	 * xid is known then, not the values.
	 */
	if (index_info->ii_ExclusionOps != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("exclusion constraints on vecstore tables are not supported")));

	/*
	 * Index every row that is not known dead: ShareLock keeps other
	 * writers out, so a self snapshot sees committed rows and all of ours.
	 */
	tscan = columnar_scan_begin(table_rel, SnapshotSelf, 0, NULL, NULL,
								SO_TYPE_SEQSCAN);
	slot = table_slot_create(table_rel, NULL);
	estate = CreateExecutorState();
	econtext = GetPerTupleExprContext(estate);
	econtext->ecxt_scantuple = slot;
	predicate = ExecPrepareQual(index_info->ii_Predicate, estate);

	while (columnar_scan_getnextslot(tscan, ForwardScanDirection, slot))
	{
		CHECK_FOR_INTERRUPTS();
		if (numblocks != InvalidBlockNumber)
		{
			BlockNumber blk = ItemPointerGetBlockNumber(&slot->tts_tid);

			if (blk < start_blockno || blk >= start_blockno + numblocks)
				continue;
		}
		MemoryContextReset(econtext->ecxt_per_tuple_memory);
		reltuples += 1;
		if (predicate != NULL && !ExecQual(predicate, econtext))
			continue;
		FormIndexDatum(index_info, slot, estate, values, isnull);
		callback(index_rel, &slot->tts_tid, values, isnull, true,
				 callback_state);
	}

	columnar_scan_end(tscan);
	ExecDropSingleTupleTableSlot(slot);
	FreeExecutorState(estate);
	index_info->ii_ExpressionsState = NIL;
	index_info->ii_PredicateState = NULL;
	return reltuples;
}

/* rows on disk (any transaction) plus rows in our buffer: for estimates */
double
ColumnarCountRows(Relation rel)
{
	const StripeEntryData *entries;
	int			n;
	double		rows = ColumnarBufferedRowCount(rel);

	entries = ColumnarReadDirectoryCached(rel, &n);
	for (int i = 0; i < n; i++)
	{
		if (entries[i].kind == STRIPE_DATA)
			rows += entries[i].rowCount;
	}
	return rows;
}
