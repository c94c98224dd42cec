/*-------------------------------------------------------------------------
 *
 * ivf_build.c
 *	  Building an ivfrabitq index: a deterministic sample of the table,
 *	  k-means on it, then every vector assigned to its nearest centroid,
 *	  encoded, sorted by list through a tuplesort and written list by list.
 *
 * Memory: the sample, the centroids and the k-means sums come out of
 * maintenance_work_mem (an error names the need when they cannot); the
 * tuplesort of codes spills to disk past it.  The sample is the set of
 * rows with the smallest hash of (seed, TID), so it does not depend on
 * where a synchronized scan starts, and k-means++ draws from a seeded
 * generator: the same table and seed give the same index.
 *
 * Pages are written through shared buffers without WAL, then logged as
 * full-page images in one pass (log_newpage_range) when the index needs
 * WAL.
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include <float.h>
#include <math.h>

#include "access/tableam.h"
#include "access/xloginsert.h"
#include "catalog/index.h"
#include "catalog/pg_operator.h"
#include "catalog/pg_type.h"
#include "commands/progress.h"
#include "distance.h"
#include "executor/tuptable.h"
#include "ivf.h"
#include "miscadmin.h"
#include "pgstat.h"
#include "storage/bufmgr.h"
#include "utils/backend_progress.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/tuplesort.h"
#include "vector.h"

#define IVF_SAMPLES_PER_LIST	64
#define IVF_KMEANS_ITERATIONS	10

typedef struct IvfBuildState
{
	Relation	index;
	int			dims;			/* 0 until known */
	int			strategy;
	int			lists;
	uint32		seed;
	double		reltuples;
	double		indtuples;
	MemoryContext tmpCtx;
	float	   *xbuf;			/* dims floats: the prepared vector */

	/* sampling: a max-heap of the smallest hashes seen */
	int			sampleMax;
	int			nsamples;
	float	   *samples;
	uint64	   *heapHash;
	int		   *heapSlot;

	/* assignment */
	IvfCache	cache;			/* centroids and rotation (not rd_amcache) */
	float	   *work;
	IvfEntry	item;
	Size		itemsz;
	Tuplesortstate *sort;
	TupleDesc	sortDesc;
	TupleTableSlot *slot;
} IvfBuildState;

char *
ivfbuildphasename(int64 phasenum)
{
	switch (phasenum)
	{
		case PROGRESS_CREATEIDX_SUBPHASE_INITIALIZE:
			return "initializing";
		case IVF_PHASE_SAMPLE:
			return "sampling table";
		case IVF_PHASE_KMEANS:
			return "computing centroids";
		case IVF_PHASE_ASSIGN:
			return "assigning and encoding vectors";
		case IVF_PHASE_WRITE:
			return "writing lists";
		default:
			return NULL;
	}
}

static uint64
TidHash(uint32 seed, ItemPointer tid)
{
	uint64		s = ((uint64) seed << 48) ^
		((uint64) ItemPointerGetBlockNumber(tid) << 16) ^ ItemPointerGetOffsetNumber(tid);

	return IvfRandom(&s);
}

/* The vector of a build callback in bs->xbuf; false to skip the row */
static bool
BuildGetVector(IvfBuildState *bs, Datum *values, bool *isnull)
{
	Vector		v;

	if (isnull[0])
		return false;
	v = DatumGetVector(values[0]);
	if (bs->dims == 0)
	{
		bs->dims = v->dim;
		bs->xbuf = MemoryContextAlloc(bs->tmpCtx->parent, sizeof(float) * bs->dims);
	}
	if (v->dim != bs->dims)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("expected %d dimensions, not %d", bs->dims, v->dim)));
	return IvfPrepareVector(bs->strategy, v->x, bs->dims, bs->xbuf);
}

static void
HeapSiftDown(IvfBuildState *bs, int i)
{
	int			n = bs->nsamples;

	for (;;)
	{
		int			l = 2 * i + 1,
					r = l + 1,
					m = i;

		if (l < n && bs->heapHash[l] > bs->heapHash[m])
			m = l;
		if (r < n && bs->heapHash[r] > bs->heapHash[m])
			m = r;
		if (m == i)
			break;
		{
			uint64		h = bs->heapHash[i];
			int			s = bs->heapSlot[i];

			bs->heapHash[i] = bs->heapHash[m];
			bs->heapSlot[i] = bs->heapSlot[m];
			bs->heapHash[m] = h;
			bs->heapSlot[m] = s;
		}
		i = m;
	}
}

static void
SampleCallback(Relation index, ItemPointer tid, Datum *values, bool *isnull,
			   bool tupleIsAlive, void *state)
{
	IvfBuildState *bs = (IvfBuildState *) state;
	MemoryContext old = MemoryContextSwitchTo(bs->tmpCtx);
	uint64		h = TidHash(bs->seed, tid);

	bs->reltuples++;
	if (BuildGetVector(bs, values, isnull))
	{
		if (bs->samples == NULL)
		{
			Size		budget = (Size) maintenance_work_mem * 1024;
			Size		kmeans = (Size) bs->lists * bs->dims * (sizeof(float) + sizeof(double));
			Size		per = sizeof(float) * bs->dims + sizeof(uint64) + 2 * sizeof(int) + sizeof(float);

			if (kmeans + (Size) bs->lists * per > budget)
				ereport(ERROR,
						(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						 errmsg("memory required for %d lists of %d dimensions is %zu MB, maintenance_work_mem is %d MB",
								bs->lists, bs->dims,
								(kmeans + (Size) bs->lists * per) / (1024 * 1024) + 1,
								maintenance_work_mem / 1024)));
			bs->sampleMax = (int) Min(Min((Size) bs->lists * IVF_SAMPLES_PER_LIST, (budget - kmeans) / per),
									  (Size) (INT_MAX / 2));
			bs->samples = MemoryContextAllocHuge(bs->tmpCtx->parent, sizeof(float) * bs->dims * bs->sampleMax);
			bs->heapHash = MemoryContextAllocHuge(bs->tmpCtx->parent, sizeof(uint64) * bs->sampleMax);
			bs->heapSlot = MemoryContextAllocHuge(bs->tmpCtx->parent, sizeof(int) * bs->sampleMax);
		}
		if (bs->nsamples < bs->sampleMax)
		{
			int			i = bs->nsamples++;

			memcpy(bs->samples + (Size) i * bs->dims, bs->xbuf, sizeof(float) * bs->dims);
			bs->heapHash[i] = h;
			bs->heapSlot[i] = i;
			/* sift up */
			while (i > 0 && bs->heapHash[(i - 1) / 2] < bs->heapHash[i])
			{
				int			p = (i - 1) / 2;
				uint64		th = bs->heapHash[p];
				int			ts = bs->heapSlot[p];

				bs->heapHash[p] = bs->heapHash[i];
				bs->heapSlot[p] = bs->heapSlot[i];
				bs->heapHash[i] = th;
				bs->heapSlot[i] = ts;
				i = p;
			}
		}
		else if (h < bs->heapHash[0])
		{
			memcpy(bs->samples + (Size) bs->heapSlot[0] * bs->dims, bs->xbuf, sizeof(float) * bs->dims);
			bs->heapHash[0] = h;
			HeapSiftDown(bs, 0);
		}
	}
	MemoryContextSwitchTo(old);
	MemoryContextReset(bs->tmpCtx);
}

/*
 * k-means++ seeding and Lloyd iterations over the sample, in squared L2.
 * Returns k = min(lists, samples) centroids, or one zero centroid when
 * there is nothing to sample.
 */
static float *
Kmeans(IvfBuildState *bs, int *nlists)
{
	int			d = bs->dims;
	int			n = bs->nsamples;
	int			k = Max(1, Min(bs->lists, n));
	float	   *cent = palloc0_array(float, (Size) k * d);
	double	   *sums;
	int		   *counts;
	float	   *mind;
	uint64		rng = bs->seed * UINT64CONST(0x2545F4914F6CDD1D) + 1;

	*nlists = k;
	if (n == 0)
		return cent;

	/* k-means++ */
	mind = palloc_array(float, n);
	memcpy(cent, bs->samples + (Size) (IvfRandom(&rng) % n) * d, sizeof(float) * d);
	for (int i = 0; i < n; i++)
		mind[i] = VectorL2SquaredDistance(d, bs->samples + (Size) i * d, cent);
	for (int c = 1; c < k; c++)
	{
		double		total = 0,
					target;
		int			pick = n - 1;

		CHECK_FOR_INTERRUPTS();
		for (int i = 0; i < n; i++)
			total += mind[i];
		target = (IvfRandom(&rng) >> 11) * (1.0 / 9007199254740992.0) * total;
		for (int i = 0; i < n; i++)
		{
			target -= mind[i];
			if (target < 0)
			{
				pick = i;
				break;
			}
		}
		memcpy(cent + (Size) c * d, bs->samples + (Size) pick * d, sizeof(float) * d);
		for (int i = 0; i < n; i++)
		{
			float		dd = VectorL2SquaredDistance(d, bs->samples + (Size) i * d, cent + (Size) c * d);

			if (dd < mind[i])
				mind[i] = dd;
		}
	}

	/* Lloyd */
	sums = palloc_array(double, (Size) k * d);
	counts = palloc_array(int, k);
	for (int it = 0; it < IVF_KMEANS_ITERATIONS; it++)
	{
		memset(sums, 0, sizeof(double) * k * d);
		memset(counts, 0, sizeof(int) * k);
		for (int i = 0; i < n; i++)
		{
			const float *x = bs->samples + (Size) i * d;
			int			best = 0;
			float		bestd = FLT_MAX;
			double	   *s;

			if ((i & 255) == 0)
				CHECK_FOR_INTERRUPTS();
			for (int c = 0; c < k; c++)
			{
				float		dd = VectorL2SquaredDistance(d, x, cent + (Size) c * d);

				if (dd < bestd)
				{
					bestd = dd;
					best = c;
				}
			}
			counts[best]++;
			s = sums + (Size) best * d;
			for (int j = 0; j < d; j++)
				s[j] += x[j];
		}
		for (int c = 0; c < k; c++)
		{
			float	   *ce = cent + (Size) c * d;

			if (counts[c] == 0)
			{
				/* an empty cluster restarts at a random sample */
				memcpy(ce, bs->samples + (Size) (IvfRandom(&rng) % n) * d, sizeof(float) * d);
				continue;
			}
			for (int j = 0; j < d; j++)
				ce[j] = (float) (sums[(Size) c * d + j] / counts[c]);
		}
	}
	pfree(sums);
	pfree(counts);
	pfree(mind);
	return cent;
}

static void
AssignCallback(Relation index, ItemPointer tid, Datum *values, bool *isnull,
			   bool tupleIsAlive, void *state)
{
	IvfBuildState *bs = (IvfBuildState *) state;
	MemoryContext old = MemoryContextSwitchTo(bs->tmpCtx);

	bs->reltuples++;
	if (BuildGetVector(bs, values, isnull))
	{
		int			list = IvfNearestList(bs->cache, bs->xbuf);
		bytea	   *b = palloc(VARHDRSZ + bs->itemsz);

		IvfEncode(&bs->cache->rot, false, bs->xbuf, bs->cache->centroids + (Size) list * bs->dims,
				  bs->work, bs->strategy, bs->item);
		memcpy(bs->item + IVF_ENTRY_TID, tid, sizeof(ItemPointerData));
		SET_VARSIZE(b, VARHDRSZ + bs->itemsz);
		memcpy(VARDATA(b), bs->item, bs->itemsz);

		ExecClearTuple(bs->slot);
		bs->slot->tts_values[0] = Int32GetDatum(list);
		bs->slot->tts_isnull[0] = false;
		bs->slot->tts_values[1] = Int64GetDatum(((int64) ItemPointerGetBlockNumber(tid) << 16) |
												ItemPointerGetOffsetNumber(tid));
		bs->slot->tts_isnull[1] = false;
		bs->slot->tts_values[2] = PointerGetDatum(b);
		bs->slot->tts_isnull[2] = false;
		ExecStoreVirtualTuple(bs->slot);
		tuplesort_puttupleslot(bs->sort, bs->slot);
		bs->indtuples++;
		pgstat_progress_update_param(PROGRESS_CREATEIDX_TUPLES_DONE, (int64) bs->indtuples);
	}
	MemoryContextSwitchTo(old);
	MemoryContextReset(bs->tmpCtx);
}

void
IvfInitPage(Page page)
{
	IvfPageOpaque op;

	PageInit(page, BLCKSZ, sizeof(IvfPageOpaqueData));
	op = IvfPageGetOpaque(page);
	op->next = InvalidBlockNumber;
	op->page_id = IVF_PAGE_ID;
}

/* A new, empty segment of list on a list page, which must have room. */
IvfSegment
IvfPageNewSegment(Page page, int list)
{
	PageHeader	ph = (PageHeader) page;
	IvfSegment	seg = (IvfSegment) ((char *) page + ph->pd_lower);

	Assert(ph->pd_upper - ph->pd_lower >= sizeof(IvfSegmentData));
	seg->list = list;
	seg->count = 0;
	seg->start = ph->pd_upper;
	seg->unused = 0;
	seg->next = InvalidBlockNumber;
	ph->pd_lower += sizeof(IvfSegmentData);
	return seg;
}

/*
 * The segment of list on a list page, checked to lie within the page with
 * entries of esz bytes; NULL if the list has none there.
 */
IvfSegment
IvfPageFindSegment(Page page, int list, Size esz)
{
	PageHeader	ph = (PageHeader) page;
	int			nsegs;
	IvfSegment	segs = IvfPageGetSegments(page);

	if (PageIsNew(page) || IvfPageGetOpaque(page)->page_id != IVF_PAGE_ID ||
		ph->pd_lower < SizeOfPageHeaderData || ph->pd_lower > ph->pd_upper ||
		ph->pd_upper > ph->pd_special || ph->pd_special > BLCKSZ)
		return NULL;
	nsegs = IvfPageGetNSegments(page);
	for (int i = 0; i < nsegs; i++)
	{
		if (segs[i].list != list)
			continue;
		if (segs[i].start < ph->pd_upper ||
			segs[i].start + (Size) segs[i].count * esz > ph->pd_special)
			return NULL;
		return &segs[i];
	}
	return NULL;
}

/*
 * IvfPageFindSegment on the page of buf, locked by the caller, which must
 * find one: otherwise the buffer is released and the index reported
 * damaged.
 */
IvfSegment
IvfBufferSegment(Relation index, Buffer buf, int list, Size esz)
{
	IvfSegment	seg = IvfPageFindSegment(BufferGetPage(buf), list, esz);

	if (seg == NULL)
	{
		BlockNumber blk = BufferGetBlockNumber(buf);

		UnlockReleaseBuffer(buf);
		ereport(ERROR,
				(errcode(ERRCODE_INDEX_CORRUPTED),
				 errmsg("block %u of index \"%s\" holds no valid segment of list %d",
						blk, RelationGetRelationName(index), list)));
	}
	return seg;
}

static Buffer
NewBuffer(Relation index, ForkNumber fork)
{
	Buffer		buf = ReadBufferExtended(index, fork, P_NEW, RBM_NORMAL, NULL);

	LockBuffer(buf, BUFFER_LOCK_EXCLUSIVE);
	IvfInitPage(BufferGetPage(buf));
	return buf;
}

/* Marks a built page dirty and lets it go */
static void
DoneBuffer(Buffer buf)
{
	MarkBufferDirty(buf);
	UnlockReleaseBuffer(buf);
}

/*
 * Writes the whole index into fork: metapage, centroids, directory, and
 * the lists from sort (NULL for an empty index).
 */
static void
WriteIndex(Relation index, ForkNumber fork, int dims, int nlists, int strategy,
		   uint32 seed, const float *centroids, Tuplesortstate *sort, TupleTableSlot *slot)
{
	Buffer		metabuf = NewBuffer(index, fork);
	IvfMetaPage meta;
	Size		n = (Size) nlists * dims,
				done = 0;
	int			centroidPages = (int) ((n + IVF_FLOATS_PER_PAGE - 1) / IVF_FLOATS_PER_PAGE);
	int			dirPages = (nlists + IVF_DIR_PER_PAGE - 1) / IVF_DIR_PER_PAGE;
	IvfDirEntryData *dir = palloc_array(IvfDirEntryData, nlists);
	BlockNumber centroidStart = 1;
	BlockNumber dirStart = centroidStart + centroidPages;
	Buffer		cur = InvalidBuffer;
	int			curList = -1;
	int64		written = 0;

	Assert(BufferGetBlockNumber(metabuf) == IVF_METAPAGE_BLKNO);

	for (int p = 0; p < centroidPages; p++)
	{
		Buffer		buf = NewBuffer(index, fork);
		Page		page = BufferGetPage(buf);
		Size		k = Min(n - done, (Size) IVF_FLOATS_PER_PAGE);

		memcpy(PageGetContents(page), centroids + done, sizeof(float) * k);
		((PageHeader) page)->pd_lower = (PageGetContents(page) - page) + sizeof(float) * k;
		done += k;
		DoneBuffer(buf);
	}
	for (int p = 0; p < dirPages; p++)
		DoneBuffer(NewBuffer(index, fork));
	for (int l = 0; l < nlists; l++)
		dir[l].first = dir[l].last = InvalidBlockNumber;

	/*
	 * The lists one after another: a list begins on the page where the
	 * last one ended if a segment and an entry fit there.
	 */
	if (sort)
	{
		IvfSegment	seg = NULL;

		while (tuplesort_gettupleslot(sort, true, false, slot, NULL))
		{
			bool		isnull;
			int			list = DatumGetInt32(slot_getattr(slot, 1, &isnull));
			bytea	   *b = DatumGetByteaPP(slot_getattr(slot, 3, &isnull));
			Size		sz = VARSIZE_ANY_EXHDR(b);
			Page		page;

			if (list != curList)
			{
				if (BufferIsValid(cur) &&
					IvfPageFreeSpace(BufferGetPage(cur)) < sizeof(IvfSegmentData) + sz)
				{
					DoneBuffer(cur);
					cur = InvalidBuffer;
				}
				if (!BufferIsValid(cur))
					cur = NewBuffer(index, fork);
				seg = IvfPageNewSegment(BufferGetPage(cur), list);
				curList = list;
				dir[list].first = dir[list].last = BufferGetBlockNumber(cur);
			}
			page = BufferGetPage(cur);
			if (IvfPageFreeSpace(page) < sz)
			{
				Buffer		next = NewBuffer(index, fork);

				seg->next = BufferGetBlockNumber(next);
				DoneBuffer(cur);
				cur = next;
				page = BufferGetPage(cur);
				if (IvfPageFreeSpace(page) < sizeof(IvfSegmentData) + sz)
					elog(ERROR, "ivfrabitq entry of %zu bytes does not fit on a page", sz);
				seg = IvfPageNewSegment(page, list);
				dir[list].last = BufferGetBlockNumber(cur);
			}
			IvfSegmentAdd(page, seg, VARDATA_ANY(b), sz);
			if (++written % 1024 == 0)
				CHECK_FOR_INTERRUPTS();
		}
		if (BufferIsValid(cur))
			DoneBuffer(cur);
	}

	for (int p = 0; p < dirPages; p++)
	{
		Buffer		buf = ReadBufferExtended(index, fork, dirStart + p, RBM_NORMAL, NULL);
		Page		page;
		int			first = p * IVF_DIR_PER_PAGE;
		int			k = Min(nlists - first, IVF_DIR_PER_PAGE);

		LockBuffer(buf, BUFFER_LOCK_EXCLUSIVE);
		page = BufferGetPage(buf);
		memcpy(PageGetContents(page), dir + first, sizeof(IvfDirEntryData) * k);
		((PageHeader) page)->pd_lower = (PageGetContents(page) - page) + sizeof(IvfDirEntryData) * k;
		DoneBuffer(buf);
	}

	meta = IvfPageGetMeta(BufferGetPage(metabuf));
	meta->magic = IVF_MAGIC;
	meta->version = IVF_VERSION;
	meta->dims = dims;
	meta->nlists = nlists;
	meta->strategy = strategy;
	meta->seed = seed;
	meta->centroidStart = centroidStart;
	meta->dirStart = dirStart;
	meta->centroidPages = centroidPages;
	meta->dirPages = dirPages;
	((PageHeader) BufferGetPage(metabuf))->pd_lower =
		((char *) meta - (char *) BufferGetPage(metabuf)) + sizeof(IvfMetaPageData);
	DoneBuffer(metabuf);

	if (RelationNeedsWAL(index) || fork == INIT_FORKNUM)
		log_newpage_range(index, fork, 0, RelationGetNumberOfBlocksInFork(index, fork), true);
	pfree(dir);
}

IndexBuildResult *
ivfbuild(Relation heap, Relation index, IndexInfo *indexInfo)
{
	IndexBuildResult *result = palloc0(sizeof(IndexBuildResult));
	IvfBuildState bs;
	MemoryContext buildCtx = AllocSetContextCreate(CurrentMemoryContext, "ivfrabitq build",
												   ALLOCSET_DEFAULT_SIZES);
	MemoryContext old = MemoryContextSwitchTo(buildCtx);
	float	   *centroids;
	int			nlists;
	int32		typmod = TupleDescAttr(RelationGetDescr(index), 0)->atttypmod;
	IvfCacheData cache;
	AttrNumber	sortCols[2] = {1, 2};
	Oid			sortOps[2] = {Int4LessOperator, Int8LessOperator};
	Oid			sortColls[2] = {InvalidOid, InvalidOid};
	bool		nullsFirst[2] = {false, false};

	if (RelationGetNumberOfBlocks(index) != 0)
		elog(ERROR, "index \"%s\" already contains data", RelationGetRelationName(index));

	memset(&bs, 0, sizeof(bs));
	bs.index = index;
	bs.strategy = IvfStrategyOfIndex(index);
	bs.lists = IvfGetLists(index);
	bs.seed = IvfGetSeed(index);
	bs.tmpCtx = AllocSetContextCreate(buildCtx, "ivfrabitq build tuple", ALLOCSET_DEFAULT_SIZES);
	if (typmod > 0)
	{
		CheckDim(typmod);
		bs.dims = typmod;
		bs.xbuf = palloc(sizeof(float) * bs.dims);
	}

	/* 1: sample */
	pgstat_progress_update_param(PROGRESS_CREATEIDX_SUBPHASE, IVF_PHASE_SAMPLE);
	table_index_build_scan(heap, index, indexInfo, true, true, SampleCallback, &bs, NULL);
	if (bs.dims == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("column does not have dimensions"),
				 errhint("Declare the column as vector(n), or build the index once the table has rows.")));

	/* 2: k-means */
	pgstat_progress_update_param(PROGRESS_CREATEIDX_SUBPHASE, IVF_PHASE_KMEANS);
	centroids = Kmeans(&bs, &nlists);
	if (bs.nsamples < bs.lists)
		ereport(NOTICE,
				(errmsg("ivfrabitq index \"%s\" has %d lists instead of %d: the table has too few rows",
						RelationGetRelationName(index), nlists, bs.lists),
				 errhint("REINDEX once the table has more rows.")));
	if (bs.samples)
	{
		pfree(bs.samples);
		pfree(bs.heapHash);
		pfree(bs.heapSlot);
		bs.samples = NULL;
	}

	/* 3: assign and encode every vector */
	pgstat_progress_update_param(PROGRESS_CREATEIDX_SUBPHASE, IVF_PHASE_ASSIGN);
	pgstat_progress_update_param(PROGRESS_CREATEIDX_TUPLES_TOTAL, (int64) bs.reltuples);
	memset(&cache, 0, sizeof(cache));
	cache.dims = bs.dims;
	cache.nlists = nlists;
	cache.strategy = bs.strategy;
	cache.centroids = centroids;
	IvfRotationInit(&cache.rot, bs.dims, bs.seed,
					MemoryContextAlloc(buildCtx, sizeof(float) * 4 * bs.dims));
	bs.cache = &cache;
	bs.work = palloc(sizeof(float) * bs.dims);
	bs.itemsz = IVF_ENTRY_SIZE(bs.dims, bs.strategy);
	bs.item = palloc0(bs.itemsz);
	bs.sortDesc = CreateTemplateTupleDesc(3);
	TupleDescInitEntry(bs.sortDesc, 1, "list", INT4OID, -1, 0);
	TupleDescInitEntry(bs.sortDesc, 2, "tid", INT8OID, -1, 0);
	TupleDescInitEntry(bs.sortDesc, 3, "item", BYTEAOID, -1, 0);
	bs.slot = MakeSingleTupleTableSlot(bs.sortDesc, &TTSOpsVirtual);
	bs.sort = tuplesort_begin_heap(bs.sortDesc, 2, sortCols, sortOps, sortColls, nullsFirst,
								   maintenance_work_mem, NULL, TUPLESORT_NONE);
	bs.reltuples = 0;
	table_index_build_scan(heap, index, indexInfo, true, true, AssignCallback, &bs, NULL);
	tuplesort_performsort(bs.sort);

	/* 4: write */
	pgstat_progress_update_param(PROGRESS_CREATEIDX_SUBPHASE, IVF_PHASE_WRITE);
	ExecClearTuple(bs.slot);
	ExecDropSingleTupleTableSlot(bs.slot);
	bs.slot = MakeSingleTupleTableSlot(bs.sortDesc, &TTSOpsMinimalTuple);
	WriteIndex(index, MAIN_FORKNUM, bs.dims, nlists, bs.strategy, bs.seed, centroids,
			   bs.sort, bs.slot);
	tuplesort_end(bs.sort);
	ExecDropSingleTupleTableSlot(bs.slot);

	result->heap_tuples = bs.reltuples;
	result->index_tuples = bs.indtuples;
	MemoryContextSwitchTo(old);
	MemoryContextDelete(buildCtx);
	return result;
}

/*
 * The init fork of an unlogged index: the main fork's centroids (the main
 * fork is built first) with empty lists.
 */
void
ivfbuildempty(Relation index)
{
	IvfCache	cache = IvfGetCache(index);

	WriteIndex(index, INIT_FORKNUM, cache->dims, cache->nlists, cache->strategy,
			   IvfGetSeed(index), cache->centroids, NULL, NULL);
}
