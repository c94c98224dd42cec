/*-------------------------------------------------------------------------
 *
 * columnar_writebuf.c
 *	  Backend-local write buffers of the vecstore table AM.
 *
 * Inserted rows are detoasted, copied into the buffer of their relfilenode
 * and subtransaction level, and get their final TID at once.  A level hands
 * its rows to a StripeWriter chunk group by chunk group: when it holds a
 * chunk group's worth of rows, when the whole backend's buffers exceed
 * vecstore.write_buffer_size (the largest level goes first), before a scan
 * or fetch that must see them, and at commit.  A stripe is always stamped
 * with the xid of the level that owns its rows, so flushing is correct at
 * any moment and ROLLBACK TO SAVEPOINT just drops the level.
 *
 * The buffer also keeps the command ids of this transaction's own rows
 * (runs of row numbers), which is all it takes to give every snapshot of
 * the inserting transaction exactly heap's view of its own rows.
 *
 * Everything lives in a memory context under TopTransactionContext; the
 * end-of-transaction callbacks only forget it.
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include <limits.h>

#include "access/detoast.h"
#include "access/relation.h"
#include "access/xact.h"
#include "utils/datum.h"
#include "utils/guc.h"
#include "utils/hsearch.h"
#include "utils/inval.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"

#include "columnar_am.h"

int			columnar_write_buffer_size = 64 * 1024 * 1024;
int			columnar_chunk_group_size = COLUMNAR_CHUNK_GROUP_SIZE_DEFAULT;

/* one buffered row: this struct, values, isnull and by-reference data */
typedef struct BufferedRowData
{
	RowNumber	rownum;
	Size		space;			/* bytes charged to the buffer */
	Datum	   *values;
	bool	   *isnull;
} BufferedRowData;

typedef BufferedRowData *BufferedRow;

/* the rows of one subtransaction level not yet in a visible stripe */
typedef struct WriteLevelData
{
	struct WriteLevelData *parent;	/* next outer level that has rows */
	SubTransactionId subid;
	int			nestLevel;
	TransactionId xid;			/* stamped on this level's stripes */
	BufferedRow *rows;			/* ascending row numbers */
	int			nrows;
	int			maxrows;
	Size		bytes;
	CommandId	mincid;			/* smallest cid not yet in a visible stripe */
	/* the level's open stripe, if any */
	StripeWriter writer;
	MemoryContext writerCxt;
	int			writerChunkGroups;
	RowNumber	writerFirst;
	RowNumber	writerLast;
	bool		writerBroken;	/* an error hit the writer mid-call */
} WriteLevelData;

typedef WriteLevelData *WriteLevel;

/* per relfilenode state for the current transaction */
typedef struct RelWriteStateData
{
	RelFileNode rnode;			/* hash key */
	Oid			relid;
	TupleDesc	tupdesc;		/* row type of the buffered rows */
	WriteLevel	level;			/* innermost level holding rows */
	RowNumber	nextRow;		/* unused reserved row numbers */
	RowNumber	endRow;
	uint64		nextReserve;
	/* command ids of this transaction's rows */
	int			nruns;
	int			maxruns;
	RowNumber  *runFirst;
	CommandId  *runCid;
} RelWriteStateData;

typedef RelWriteStateData *RelWriteState;

/*
 * Row numbers of a relation without indexes, reserved with no directory
 * entry for transactions that are not SERIALIZABLE and kept across this
 * backend's transactions, so that a one-row
 * transaction does not take the metapage lock to reserve.  Forgotten on
 * any invalidation of the relation (drop, truncate, new indexes, ...).
 */
#define ROW_CACHE_RESERVE	64

typedef struct RowNumberCache
{
	Oid			relid;
	RelFileNode node;
	RowNumber	next;
	RowNumber	end;
} RowNumberCache;

static RowNumberCache rowCache;

static MemoryContext ColumnarXactCxt = NULL;
static HTAB *WriteStates = NULL;
static Size BufferedBytes = 0;

static void ColumnarXactCallback(XactEvent event, void *arg);
static void ColumnarSubXactCallback(SubXactEvent event,
									SubTransactionId mySubid,
									SubTransactionId parentSubid, void *arg);

static void
ForgetRowNumbers(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == rowCache.relid)
		memset(&rowCache, 0, sizeof(rowCache));
}

void
ColumnarWriteBufInit(void)
{
	DefineCustomIntVariable("vecstore.write_buffer_size",
							"Memory a backend may use to buffer rows inserted into vecstore tables.",
							"When exceeded, buffered rows are written out as compressed chunk groups.",
							&columnar_write_buffer_size,
							64 * 1024 * 1024, 8192, INT_MAX,
							PGC_USERSET, GUC_UNIT_BYTE,
							NULL, NULL, NULL);
	DefineCustomIntVariable("vecstore.chunk_group_size",
							"Buffered bytes of rows encoded together as one chunk group of a vecstore table.",
							"A chunk group also ends at 10000 rows.  Groups that fit in CPU caches encode and scan faster.",
							&columnar_chunk_group_size,
							COLUMNAR_CHUNK_GROUP_SIZE_DEFAULT, 64 * 1024,
							256 * 1024 * 1024,
							PGC_USERSET, GUC_UNIT_BYTE,
							NULL, NULL, NULL);
	CacheRegisterRelcacheCallback(ForgetRowNumbers, (Datum) 0);
	RegisterXactCallback(ColumnarXactCallback, NULL);
	RegisterSubXactCallback(ColumnarSubXactCallback, NULL);
}

static RelWriteState
GetState(const RelFileNode *rnode, bool create)
{
	RelWriteState state;
	bool		found;

	if (WriteStates == NULL)
	{
		HASHCTL		ctl;

		if (!create)
			return NULL;
		ColumnarXactCxt = AllocSetContextCreate(TopTransactionContext,
												"vecstore write buffers",
												ALLOCSET_DEFAULT_SIZES);
		ctl.keysize = sizeof(RelFileNode);
		ctl.entrysize = sizeof(RelWriteStateData);
		ctl.hcxt = ColumnarXactCxt;
		WriteStates = hash_create("vecstore write buffers", 16, &ctl,
								  HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
		BufferedBytes = 0;
	}
	state = hash_search(WriteStates, rnode, create ? HASH_ENTER : HASH_FIND,
						&found);
	if (create && !found)
	{
		state->relid = InvalidOid;
		state->tupdesc = NULL;
		state->level = NULL;
		state->nextRow = state->endRow = InvalidRowNumber;
		state->nextReserve = 1;
		state->nruns = 0;
		state->maxruns = 0;
		state->runFirst = NULL;
		state->runCid = NULL;
	}
	return state;
}

/* ----------------------------------------------------------------
 * Stripe writers
 * ----------------------------------------------------------------
 */

/*
 * Opens the relation a state buffers rows for, if it still has that
 * storage.  Writers keep no relation reference between calls (DDL refuses
 * tables referenced elsewhere in the session): each call opens the
 * relation and hands it to the writer with StripeWriterSetRelation.
 */
static Relation
OpenStateRelation(RelWriteState state)
{
	Relation	rel = try_relation_open(state->relid, NoLock);

	if (rel != NULL && !RelFileNodeEquals(rel->rd_node, state->rnode))
	{
		relation_close(rel, NoLock);
		rel = NULL;
	}
	return rel;
}

/* opens the state's relation for its writer's next call */
static Relation
AttachWriter(RelWriteState state, WriteLevel level)
{
	Relation	rel = OpenStateRelation(state);

	if (rel == NULL)
		elog(ERROR, "vecstore relation %u changed storage with rows buffered",
			 state->relid);
	if (level->writer != NULL)
		StripeWriterSetRelation(level->writer, rel);
	return rel;
}

static void
EnsureWriter(RelWriteState state, WriteLevel level, Relation rel)
{
	MemoryContext old;

	if (level->writerBroken)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("rows buffered for relation %u were lost after a failed write",
						state->relid)));
	if (level->writer != NULL)
		return;
	level->writerCxt = AllocSetContextCreate(ColumnarXactCxt,
											 "vecstore stripe writer",
											 ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(level->writerCxt);
	level->writer = StripeWriterBegin(rel, state->tupdesc, level->xid);
	MemoryContextSwitchTo(old);
	level->writerChunkGroups = 0;
	level->writerFirst = level->writerLast = InvalidRowNumber;
}

static void
EndWriter(RelWriteState state, WriteLevel level)
{
	MemoryContext old;
	Relation	rel;

	if (level->writer == NULL)
		return;
	if (level->writerBroken)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("rows buffered for a vecstore table were lost after a failed write")));
	rel = AttachWriter(state, level);
	level->writerBroken = true;
	old = MemoryContextSwitchTo(level->writerCxt);
	StripeWriterEnd(level->writer);
	MemoryContextSwitchTo(old);
	level->writerBroken = false;
	level->writer = NULL;
	relation_close(rel, NoLock);
	MemoryContextDelete(level->writerCxt);
	level->writerCxt = NULL;
	level->writerChunkGroups = 0;
	level->writerFirst = level->writerLast = InvalidRowNumber;
}

/* forgets an open stripe: bytes it wrote stay unreferenced */
static void
AbandonWriter(WriteLevel level)
{
	if (level->writer == NULL)
		return;
	level->writer = NULL;
	if (level->writerCxt)
		MemoryContextDelete(level->writerCxt);
	level->writerCxt = NULL;
	level->writerBroken = false;
}

/*
 * Rows of the level's oldest chunk group: up to COLUMNAR_CHUNK_GROUP_ROWS
 * and vecstore.chunk_group_size bytes of buffered rows (at least one).
 */
static int
ChunkGroupRows(WriteLevel level)
{
	int			max = Min(level->nrows, COLUMNAR_CHUNK_GROUP_ROWS);
	Size		limit = (Size) columnar_chunk_group_size;
	Size		bytes;
	int			n;

	if (level->bytes <= limit)
		return max;
	bytes = level->rows[0]->space;
	for (n = 1; n < max && bytes + level->rows[n]->space <= limit; n++)
		bytes += level->rows[n]->space;
	return n;
}

/* does the level hold at least a full chunk group? */
static inline bool
ChunkGroupFull(WriteLevel level)
{
	return level->nrows >= COLUMNAR_CHUNK_GROUP_ROWS ||
		level->bytes >= (Size) columnar_chunk_group_size;
}

/*
 * Hands buffered rows of a level to its writer, chunk group by chunk
 * group: all of them, or just the oldest chunk group's worth.
 */
static void
HandOver(RelWriteState state, WriteLevel level, bool all)
{
	int			natts = state->tupdesc->natts;
	bool		first = true;
	Relation	rel;

	while (level->nrows > 0 && (all || first))
	{
		int			n = ChunkGroupRows(level);
		MemoryContext old;
		char	   *arrays;
		char	   *p;
		RowNumber  *rownums;
		Datum	  **values;
		bool	  **isnull;
		Size		freed = 0;

		first = false;
		rel = AttachWriter(state, level);
		EnsureWriter(state, level, rel);
		/* column arrays in one allocation, freed right after */
		old = MemoryContextSwitchTo(level->writerCxt);
		arrays = palloc(MAXALIGN(sizeof(RowNumber) * n) +
						MAXALIGN(sizeof(Datum *) * natts) +
						MAXALIGN(sizeof(bool *) * natts) +
						natts * (MAXALIGN(sizeof(Datum) * n) +
								 MAXALIGN(sizeof(bool) * n)));
		p = arrays;
		rownums = (RowNumber *) p;
		p += MAXALIGN(sizeof(RowNumber) * n);
		values = (Datum **) p;
		p += MAXALIGN(sizeof(Datum *) * natts);
		isnull = (bool **) p;
		p += MAXALIGN(sizeof(bool *) * natts);
		for (int a = 0; a < natts; a++)
		{
			values[a] = (Datum *) p;
			p += MAXALIGN(sizeof(Datum) * n);
			isnull[a] = (bool *) p;
			p += MAXALIGN(sizeof(bool) * n);
			for (int r = 0; r < n; r++)
			{
				values[a][r] = level->rows[r]->values[a];
				isnull[a][r] = level->rows[r]->isnull[a];
			}
		}
		for (int r = 0; r < n; r++)
			rownums[r] = level->rows[r]->rownum;

		level->writerBroken = true;
		StripeWriterAddChunkGroup(level->writer, n, rownums, values, isnull);
		level->writerBroken = false;
		MemoryContextSwitchTo(old);

		if (level->writerFirst == InvalidRowNumber)
			level->writerFirst = rownums[0];
		level->writerLast = rownums[n - 1];
		level->writerChunkGroups++;
		pfree(arrays);
		relation_close(rel, NoLock);

		for (int r = 0; r < n; r++)
		{
			freed += level->rows[r]->space;
			pfree(level->rows[r]);
		}
		level->nrows -= n;
		memmove(level->rows, level->rows + n, sizeof(BufferedRow) * level->nrows);
		level->bytes -= freed;
		BufferedBytes -= freed;

		if (level->writerChunkGroups >= COLUMNAR_STRIPE_CHUNK_GROUPS)
			EndWriter(state, level);
	}
}

/* makes every row of a level part of a visible stripe */
static void
FlushLevel(RelWriteState state, WriteLevel level)
{
	HandOver(state, level, true);
	EndWriter(state, level);
	level->mincid = InvalidCommandId;
}

static void
FlushState(RelWriteState state)
{
	for (WriteLevel level = state->level; level != NULL; level = level->parent)
		FlushLevel(state, level);
}

static void
FreeLevelRows(WriteLevel level)
{
	for (int r = 0; r < level->nrows; r++)
		pfree(level->rows[r]);
	BufferedBytes -= level->bytes;
	level->bytes = 0;
	level->nrows = 0;
}

/* drops a state's rows, open stripes and command ids */
static void
DiscardState(RelWriteState state)
{
	WriteLevel	level = state->level;

	while (level != NULL)
	{
		WriteLevel	parent = level->parent;

		AbandonWriter(level);
		FreeLevelRows(level);
		if (level->rows)
			pfree(level->rows);
		pfree(level);
		level = parent;
	}
	state->level = NULL;
}

/* ----------------------------------------------------------------
 * Inserting
 * ----------------------------------------------------------------
 */

static WriteLevel
GetLevel(RelWriteState state)
{
	int			nest = GetCurrentTransactionNestLevel();
	WriteLevel	level = state->level;

	if (level != NULL && level->nestLevel == nest)
		return level;

	level = MemoryContextAllocZero(ColumnarXactCxt, sizeof(WriteLevelData));
	level->parent = state->level;
	level->subid = GetCurrentSubTransactionId();
	level->nestLevel = nest;
	level->xid = GetCurrentTransactionId();
	level->mincid = InvalidCommandId;
	level->maxrows = 64;
	level->rows = MemoryContextAlloc(ColumnarXactCxt,
									 sizeof(BufferedRow) * level->maxrows);
	state->level = level;
	return level;
}

static RowNumber
NextRowNumber(Relation rel, RelWriteState state, int wanted)
{
	if (state->nextRow == InvalidRowNumber || state->nextRow >= state->endRow)
	{
		uint64		count = Max((uint64) wanted, state->nextReserve);

		count = Min(count, COLUMNAR_CHUNK_GROUP_ROWS);
		if (RelationGetForm(rel)->relhasindex || IsolationIsSerializable())
			state->nextRow = ColumnarReserveRowNumbers(rel, count,
													   GetTopTransactionId());
		else
		{
			/*
			 * No unique check or index fetch needs a reservation entry, nor
			 * do SERIALIZABLE readers (whose rw-conflicts out are found
			 * through the entries of serializable writers only).
			 */
			if (rowCache.relid != RelationGetRelid(rel) ||
				!RelFileNodeEquals(rowCache.node, rel->rd_node) ||
				rowCache.next >= rowCache.end)
			{
				uint64		n = Max(count, ROW_CACHE_RESERVE);

				rowCache.relid = InvalidOid;
				rowCache.next = ColumnarReserveRowNumbersNoEntry(rel, n);
				rowCache.end = rowCache.next + n;
				rowCache.node = rel->rd_node;
				rowCache.relid = RelationGetRelid(rel);
			}
			count = Min(count, rowCache.end - rowCache.next);
			state->nextRow = rowCache.next;
			rowCache.next += count;
		}
		state->endRow = state->nextRow + count;
		state->nextReserve = Min(state->nextReserve * 2,
								 COLUMNAR_CHUNK_GROUP_ROWS);
	}
	return state->nextRow++;
}

static void
RecordCid(RelWriteState state, RowNumber rownum, CommandId cid)
{
	if (state->nruns > 0 && state->runCid[state->nruns - 1] == cid)
		return;
	if (state->nruns == state->maxruns)
	{
		int			newmax = Max(16, state->maxruns * 2);

		if (state->runFirst == NULL)
		{
			state->runFirst = MemoryContextAlloc(ColumnarXactCxt,
												 sizeof(RowNumber) * newmax);
			state->runCid = MemoryContextAlloc(ColumnarXactCxt,
											   sizeof(CommandId) * newmax);
		}
		else
		{
			state->runFirst = repalloc(state->runFirst,
									   sizeof(RowNumber) * newmax);
			state->runCid = repalloc(state->runCid, sizeof(CommandId) * newmax);
		}
		state->maxruns = newmax;
	}
	state->runFirst[state->nruns] = rownum;
	state->runCid[state->nruns] = cid;
	state->nruns++;
}

/* rows this narrow are assembled without temporary allocations */
#define MAKEROW_STACK_ATTS	32

/* copies a slot's values, detoasted, into one chunk of buffer memory */
static BufferedRow
MakeRow(TupleDesc tupdesc, TupleTableSlot *slot, RowNumber rownum)
{
	int			natts = tupdesc->natts;
	Datum		valsbuf[MAKEROW_STACK_ATTS];
	bool		nullsbuf[MAKEROW_STACK_ATTS];
	bool		tofreebuf[MAKEROW_STACK_ATTS];
	bool		onstack = natts <= MAKEROW_STACK_ATTS;
	Datum	   *vals = onstack ? valsbuf : palloc(sizeof(Datum) * natts);
	bool	   *nulls = onstack ? nullsbuf : palloc(sizeof(bool) * natts);
	bool	   *tofree = onstack ? tofreebuf : palloc(sizeof(bool) * natts);
	Size		len;
	char	   *data;
	BufferedRow row;

	len = MAXALIGN(sizeof(BufferedRowData)) + MAXALIGN(sizeof(Datum) * natts) +
		MAXALIGN(sizeof(bool) * natts);
	memset(tofree, 0, sizeof(bool) * natts);
	for (int a = 0; a < natts; a++)
	{
		Form_pg_attribute att = TupleDescAttr(tupdesc, a);

		nulls[a] = a >= slot->tts_nvalid || slot->tts_isnull[a] ||
			att->attisdropped;
		vals[a] = nulls[a] ? (Datum) 0 : slot->tts_values[a];
		if (nulls[a] || att->attbyval)
			continue;
		if (att->attlen == -1)
		{
			struct varlena *v = (struct varlena *) DatumGetPointer(vals[a]);

			if (VARATT_IS_EXTENDED(v))
			{
				v = detoast_attr(v);
				vals[a] = PointerGetDatum(v);
				tofree[a] = true;
			}
			len += MAXALIGN(VARSIZE(v));
		}
		else
			len += MAXALIGN(datumGetSize(vals[a], false, att->attlen));
	}

	row = MemoryContextAlloc(ColumnarXactCxt, len);
	row->rownum = rownum;
	row->space = GetMemoryChunkSpace(row);
	data = (char *) row + MAXALIGN(sizeof(BufferedRowData));
	row->values = (Datum *) data;
	data += MAXALIGN(sizeof(Datum) * natts);
	row->isnull = (bool *) data;
	data += MAXALIGN(sizeof(bool) * natts);
	for (int a = 0; a < natts; a++)
	{
		Form_pg_attribute att = TupleDescAttr(tupdesc, a);

		row->isnull[a] = nulls[a];
		if (nulls[a] || att->attbyval)
		{
			row->values[a] = vals[a];
			continue;
		}
		len = (att->attlen == -1) ? VARSIZE(DatumGetPointer(vals[a])) :
			datumGetSize(vals[a], false, att->attlen);
		memcpy(data, DatumGetPointer(vals[a]), len);
		row->values[a] = PointerGetDatum(data);
		data += MAXALIGN(len);
		if (tofree[a])
			pfree(DatumGetPointer(vals[a]));
	}
	if (!onstack)
	{
		pfree(vals);
		pfree(nulls);
		pfree(tofree);
	}
	return row;
}

/* hands the biggest level's rows over until the backend is within bounds */
static void
EnforceBufferLimit(void)
{
	while (BufferedBytes > (Size) columnar_write_buffer_size)
	{
		HASH_SEQ_STATUS status;
		RelWriteState state;
		RelWriteState best_state = NULL;
		WriteLevel	best = NULL;

		hash_seq_init(&status, WriteStates);
		while ((state = hash_seq_search(&status)) != NULL)
		{
			for (WriteLevel l = state->level; l != NULL; l = l->parent)
			{
				if (l->nrows > 0 && (best == NULL || l->bytes > best->bytes))
				{
					best = l;
					best_state = state;
				}
			}
		}
		if (best == NULL)
			break;
		HandOver(best_state, best, false);
	}
}

/* after a row is added: hand over a full chunk group, bound the buffer */
static void
KeepWithinBounds(RelWriteState state, WriteLevel level)
{
	if (ChunkGroupFull(level))
		HandOver(state, level, false);
	EnforceBufferLimit();
}

/*
 * Are rows of descriptor a stored as rows of b would be?  Comparing the
 * column count is not enough: ROLLBACK TO SAVEPOINT can take back an added
 * column, and the next ADD COLUMN reuses its number with another type.
 */
static bool
SameRowType(TupleDesc a, TupleDesc b)
{
	if (a->natts != b->natts)
		return false;
	for (int i = 0; i < a->natts; i++)
	{
		Form_pg_attribute aa = TupleDescAttr(a, i);
		Form_pg_attribute ba = TupleDescAttr(b, i);

		if (aa->atttypid != ba->atttypid || aa->attlen != ba->attlen ||
			aa->attbyval != ba->attbyval || aa->attalign != ba->attalign ||
			aa->attisdropped != ba->attisdropped)
			return false;
	}
	return true;
}

/*
 * Buffers rows.  A speculative insertion (INSERT ... ON CONFLICT) leaves
 * its row as the last of its level, not yet handed to the stripe writer,
 * until ColumnarBufferCompleteSpeculative says whether it stays.
 */
static void
BufferInsert(Relation rel, TupleTableSlot **slots, int nslots,
			 CommandId cid, bool speculative)
{
	RelWriteState state = GetState(&rel->rd_node, true);
	TupleDesc	reldesc = RelationGetDescr(rel);
	WriteLevel	level;
	MemoryContext old;

	state->relid = RelationGetRelid(rel);
	if (state->tupdesc != NULL && !SameRowType(state->tupdesc, reldesc))
	{
		/* the row type changed (ADD COLUMN): write the old rows out */
		FlushState(state);
		state->tupdesc = NULL;
	}
	if (state->tupdesc == NULL)
	{
		old = MemoryContextSwitchTo(ColumnarXactCxt);
		state->tupdesc = CreateTupleDescCopy(reldesc);
		MemoryContextSwitchTo(old);
	}
	level = GetLevel(state);

	for (int i = 0; i < nslots; i++)
	{
		TupleTableSlot *slot = slots[i];
		RowNumber	rownum;
		BufferedRow row;

		slot_getallattrs(slot);
		rownum = NextRowNumber(rel, state, nslots - i);
		row = MakeRow(state->tupdesc, slot, rownum);

		if (level->nrows == level->maxrows)
		{
			level->maxrows *= 2;
			level->rows = repalloc(level->rows,
								   sizeof(BufferedRow) * level->maxrows);
		}
		level->rows[level->nrows++] = row;
		level->bytes += row->space;
		BufferedBytes += row->space;
		RecordCid(state, rownum, cid);
		if (level->mincid == InvalidCommandId || cid < level->mincid)
			level->mincid = cid;

		RowNumberGetTid(rownum, &slot->tts_tid);
		slot->tts_tableOid = RelationGetRelid(rel);

		if (!speculative)
			KeepWithinBounds(state, level);
	}
}

void
ColumnarBufferInsert(Relation rel, TupleTableSlot **slots, int nslots,
					 CommandId cid)
{
	BufferInsert(rel, slots, nslots, cid, false);
}

void
ColumnarBufferInsertSpeculative(Relation rel, TupleTableSlot *slot,
								CommandId cid)
{
	BufferInsert(rel, &slot, 1, cid, true);
}

/*
 * Ends a speculative insertion: a row that lost to a conflicting one is
 * taken back out of the buffer, leaving a hole in the row numbers as
 * ROLLBACK TO SAVEPOINT does.  Nothing between the insertion and this call
 * writes the buffer out (index insertions only read it), so the row is
 * still the last of its level; if that ever fails to hold, refuse rather
 * than keep a row the executor believes gone.
 */
void
ColumnarBufferCompleteSpeculative(Relation rel, ItemPointer tid,
								  bool succeeded)
{
	RelWriteState state = GetState(&rel->rd_node, false);
	WriteLevel	level = state != NULL ? GetLevel(state) : NULL;
	RowNumber	rownum = TidGetRowNumber(tid);

	if (level == NULL || level->nrows == 0 ||
		level->rows[level->nrows - 1]->rownum != rownum)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("cannot take back a conflicting row of vecstore table \"%s\" once it is written out",
						RelationGetRelationName(rel))));
	if (!succeeded)
	{
		BufferedRow row = level->rows[--level->nrows];

		level->bytes -= row->space;
		BufferedBytes -= row->space;
		pfree(row);
	}
	KeepWithinBounds(state, level);
}

/* ----------------------------------------------------------------
 * Flushing on demand
 * ----------------------------------------------------------------
 */

void
ColumnarFlushRelation(Relation rel)
{
	RelWriteState state = GetState(&rel->rd_node, false);

	if (state != NULL)
		FlushState(state);
}

/* writes out the buffered rows a scan with this snapshot must see */
void
ColumnarFlushForSnapshot(Relation rel, Snapshot snapshot)
{
	RelWriteState state = GetState(&rel->rd_node, false);

	if (state == NULL)
		return;
	for (WriteLevel level = state->level; level != NULL; level = level->parent)
	{
		if (level->nrows == 0 && level->writer == NULL)
			continue;
		if (snapshot == NULL || !IsMVCCSnapshot(snapshot) ||
			level->mincid < snapshot->curcid)
			FlushLevel(state, level);
	}
}

/* ends the open stripe that holds rownum, so that fetches can find it */
void
ColumnarFlushForRow(Relation rel, RowNumber rownum)
{
	RelWriteState state = GetState(&rel->rd_node, false);

	if (state == NULL)
		return;
	for (WriteLevel level = state->level; level != NULL; level = level->parent)
	{
		if (level->writer != NULL && level->writerFirst != InvalidRowNumber &&
			rownum >= level->writerFirst && rownum <= level->writerLast)
			EndWriter(state, level);
	}
}

/* forgets everything buffered for rel's storage (its pages are gone) */
void
ColumnarDiscardRelation(Relation rel)
{
	RelWriteState state = GetState(&rel->rd_node, false);

	/*
	 * Cached row numbers too: a TRUNCATE of storage created in this
	 * transaction starts it afresh under the same relfilenode, with no
	 * invalidation, and numbering restarts from the first row.
	 */
	if (RelFileNodeEquals(rowCache.node, rel->rd_node))
		memset(&rowCache, 0, sizeof(rowCache));
	if (state == NULL)
		return;
	DiscardState(state);
	hash_search(WriteStates, &rel->rd_node, HASH_REMOVE, NULL);
}

/*
 * The storage of rel is copied to newrnode (SET TABLESPACE): write the
 * buffered rows out first and carry the command ids and reserved row
 * numbers over to the copy.
 */
void
ColumnarCloneRelationState(Relation rel, const RelFileNode *newrnode)
{
	RelWriteState state = GetState(&rel->rd_node, false);
	RelWriteState copy;
	RowNumber	nextRow,
				endRow;
	uint64		nextReserve;

	if (state == NULL)
		return;
	FlushState(state);
	nextRow = state->nextRow;
	endRow = state->endRow;
	nextReserve = state->nextReserve;

	copy = GetState(newrnode, true);
	/* the hash may have moved state: look it up again */
	state = GetState(&rel->rd_node, false);
	DiscardState(copy);
	copy->relid = state->relid;
	copy->tupdesc = state->tupdesc;
	copy->nextRow = nextRow;
	copy->endRow = endRow;
	copy->nextReserve = nextReserve;
	copy->nruns = copy->maxruns = state->nruns;
	if (state->nruns > 0)
	{
		copy->runFirst = MemoryContextAlloc(ColumnarXactCxt,
											sizeof(RowNumber) * state->nruns);
		copy->runCid = MemoryContextAlloc(ColumnarXactCxt,
										  sizeof(CommandId) * state->nruns);
		memcpy(copy->runFirst, state->runFirst,
			   sizeof(RowNumber) * state->nruns);
		memcpy(copy->runCid, state->runCid, sizeof(CommandId) * state->nruns);
	}
	/* the old storage's reserved numbers must not be used twice */
	state->nextRow = state->endRow = InvalidRowNumber;
}

/* ----------------------------------------------------------------
 * Visibility of this transaction's own rows
 * ----------------------------------------------------------------
 */

ColumnarCidMap
ColumnarCopyCidMap(Relation rel)
{
	RelWriteState state = GetState(&rel->rd_node, false);
	ColumnarCidMap map = palloc0(sizeof(ColumnarCidMapData));

	if (state == NULL || state->nruns == 0)
		return map;
	map->nruns = state->nruns;
	map->first = palloc(sizeof(RowNumber) * map->nruns);
	map->cid = palloc(sizeof(CommandId) * map->nruns);
	memcpy(map->first, state->runFirst, sizeof(RowNumber) * map->nruns);
	memcpy(map->cid, state->runCid, sizeof(CommandId) * map->nruns);
	return map;
}

static int
FindRun(int nruns, const RowNumber *first, RowNumber rownum)
{
	int			lo = 0,
				hi = nruns - 1,
				found = -1;

	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (first[mid] <= rownum)
		{
			found = mid;
			lo = mid + 1;
		}
		else
			hi = mid - 1;
	}
	return found;
}

/*
 * Is a row of this transaction visible to the snapshot?  MVCC snapshots see
 * rows inserted by earlier commands; the others see them all.
 */
bool
ColumnarCidMapVisible(ColumnarCidMap map, RowNumber rownum, Snapshot snapshot)
{
	int			run;

	if (snapshot == NULL || !IsMVCCSnapshot(snapshot))
		return true;
	run = FindRun(map->nruns, map->first, rownum);
	if (run < 0)
		return true;
	return map->cid[run] < snapshot->curcid;
}

static bool
StateRowVisible(RelWriteState state, RowNumber rownum, Snapshot snapshot)
{
	ColumnarCidMapData map;

	map.nruns = state->nruns;
	map.first = state->runFirst;
	map.cid = state->runCid;
	return ColumnarCidMapVisible(&map, rownum, snapshot);
}

/* the level's buffered row rownum (rows are in rownum order), or NULL */
static BufferedRow
LevelFindRow(WriteLevel level, RowNumber rownum)
{
	int			lo = 0,
				hi = level->nrows - 1;

	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2;
		BufferedRow row = level->rows[mid];

		if (row->rownum == rownum)
			return row;
		if (row->rownum < rownum)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return NULL;
}

/*
 * Serves a TID fetch from the buffer.  A row that sits in an open stripe is
 * made visible on disk first, and reported as not here.
 */
int
ColumnarFetchBuffered(Relation rel, RowNumber rownum, Snapshot snapshot,
					  TupleTableSlot *slot)
{
	RelWriteState state = GetState(&rel->rd_node, false);

	if (state == NULL)
		return BUFFERED_NOT_HERE;
	for (WriteLevel level = state->level; level != NULL; level = level->parent)
	{
		BufferedRow row = LevelFindRow(level, rownum);
		int			natts;

		if (row == NULL)
			continue;
		if (!StateRowVisible(state, rownum, snapshot))
			return BUFFERED_INVISIBLE;
		if (slot == NULL)
			return BUFFERED_VISIBLE;
		natts = Min(state->tupdesc->natts,
					slot->tts_tupleDescriptor->natts);
		ExecClearTuple(slot);
		memcpy(slot->tts_values, row->values, sizeof(Datum) * natts);
		memcpy(slot->tts_isnull, row->isnull, sizeof(bool) * natts);
		if (natts < slot->tts_tupleDescriptor->natts)
			slot_getmissingattrs(slot, natts,
								 slot->tts_tupleDescriptor->natts);
		ExecStoreVirtualTuple(slot);
		ExecMaterializeSlot(slot);
		RowNumberGetTid(rownum, &slot->tts_tid);
		slot->tts_tableOid = RelationGetRelid(rel);
		return BUFFERED_VISIBLE;
	}
	ColumnarFlushForRow(rel, rownum);
	return BUFFERED_NOT_HERE;
}

/*
 * The xid a row this backend holds (buffered, or in a stripe still being
 * written) is stamped with; InvalidTransactionId for rows not held here.
 */
TransactionId
ColumnarBufferedRowXid(Relation rel, RowNumber rownum)
{
	RelWriteState state = GetState(&rel->rd_node, false);

	if (state == NULL)
		return InvalidTransactionId;
	for (WriteLevel level = state->level; level != NULL; level = level->parent)
	{
		if (level->writer != NULL && level->writerFirst != InvalidRowNumber &&
			rownum >= level->writerFirst && rownum <= level->writerLast)
			return level->xid;
		if (LevelFindRow(level, rownum) != NULL)
			return level->xid;
	}
	return InvalidTransactionId;
}

/* rows this backend holds for rel that are not on disk yet */
double
ColumnarBufferedRowCount(Relation rel)
{
	RelWriteState state = GetState(&rel->rd_node, false);
	double		n = 0;

	if (state == NULL)
		return 0;
	for (WriteLevel level = state->level; level != NULL; level = level->parent)
		n += level->nrows;
	return n;
}

/* ----------------------------------------------------------------
 * Transaction and subtransaction ends
 * ----------------------------------------------------------------
 */

static void
FlushAll(void)
{
	HASH_SEQ_STATUS status;
	RelWriteState state;
	bool		pushed = false;

	if (WriteStates == NULL)
		return;
	hash_seq_init(&status, WriteStates);
	while ((state = hash_seq_search(&status)) != NULL)
	{
		Relation	rel;
		bool		any = false;
		bool		onerow = true;

		for (WriteLevel l = state->level; l != NULL; l = l->parent)
		{
			any |= (l->nrows > 0 || l->writer != NULL);
			onerow &= (l->nrows <= 1 && l->writer == NULL);
		}
		if (!any)
			continue;

		/*
		 * Writing runs no user code but the comparison functions of min/max
		 * stats, which may want a snapshot.  One buffered row gets none
		 * (one-row chunk groups have no stats): taking a snapshot per small
		 * commit would cost a ProcArrayLock and a scan of the proc array.
		 */
		if (!pushed && !onerow && !ActiveSnapshotSet())
		{
			PushActiveSnapshot(GetTransactionSnapshot());
			pushed = true;
		}
		rel = OpenStateRelation(state);
		if (rel == NULL)
		{
			/* dropped, or its storage replaced, in this transaction */
			DiscardState(state);
			continue;
		}
		relation_close(rel, NoLock);
		FlushState(state);
	}
	if (pushed)
		PopActiveSnapshot();
}

static void
ColumnarXactCallback(XactEvent event, void *arg)
{
	switch (event)
	{
		case XACT_EVENT_PRE_COMMIT:
		case XACT_EVENT_PARALLEL_PRE_COMMIT:
		case XACT_EVENT_PRE_PREPARE:
			FlushAll();
			break;
		case XACT_EVENT_COMMIT:
		case XACT_EVENT_PARALLEL_COMMIT:
		case XACT_EVENT_ABORT:
		case XACT_EVENT_PARALLEL_ABORT:
		case XACT_EVENT_PREPARE:
			/* memory goes with TopTransactionContext */
			WriteStates = NULL;
			ColumnarXactCxt = NULL;
			BufferedBytes = 0;
			break;
	}
}

static void
ColumnarSubXactCallback(SubXactEvent event, SubTransactionId mySubid,
						SubTransactionId parentSubid, void *arg)
{
	HASH_SEQ_STATUS status;
	RelWriteState state;

	if (WriteStates == NULL)
		return;
	hash_seq_init(&status, WriteStates);
	while ((state = hash_seq_search(&status)) != NULL)
	{
		WriteLevel	level = state->level;
		WriteLevel	parent;

		if (level == NULL || level->subid != mySubid)
			continue;
		parent = level->parent;

		switch (event)
		{
			case SUBXACT_EVENT_PRE_COMMIT_SUB:
				/*
				 * RELEASE: the rows will join the parent's.  End the open
				 * stripe now, while an error can still abort cleanly, and
				 * make room so that the merge cannot fail.
				 */
				if (parent != NULL && parent->nestLevel == level->nestLevel - 1)
				{
					EndWriter(state, level);
					if (parent->nrows + level->nrows > parent->maxrows)
					{
						parent->maxrows = parent->nrows + level->nrows;
						parent->rows = repalloc(parent->rows,
												sizeof(BufferedRow) * parent->maxrows);
					}
				}
				break;
			case SUBXACT_EVENT_COMMIT_SUB:
				if (parent != NULL && parent->nestLevel == level->nestLevel - 1)
				{
					Assert(level->writer == NULL);
					memcpy(parent->rows + parent->nrows, level->rows,
						   sizeof(BufferedRow) * level->nrows);
					parent->nrows += level->nrows;
					parent->bytes += level->bytes;
					if (level->nrows > 0 &&
						(parent->mincid == InvalidCommandId ||
						 level->mincid < parent->mincid))
						parent->mincid = level->mincid;
					state->level = parent;
					pfree(level->rows);
					pfree(level);
				}
				else
				{
					/* the parent had no rows: the level becomes the parent's;
					 * its xid commits with the parent */
					level->subid = parentSubid;
					level->nestLevel--;
				}
				break;
			case SUBXACT_EVENT_ABORT_SUB:
				AbandonWriter(level);
				FreeLevelRows(level);
				state->level = parent;
				pfree(level->rows);
				pfree(level);
				break;
			case SUBXACT_EVENT_START_SUB:
				break;
		}
	}
}
