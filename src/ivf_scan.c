/*-------------------------------------------------------------------------
 *
 * ivf_scan.c
 *	  ORDER BY scans of an ivfrabitq index.
 *
 * The scan orders the lists by their centroid's distance to the query,
 * estimates the distance of every code in the first vecstore.ivf_probes
 * lists, and re-ranks candidates exactly: it fetches each row through the
 * table access method with the scan's snapshot (invisible rows drop out),
 * computes the ORDER BY operator's own function on the indexed value, and
 * returns rows in exact order with exact ORDER BY values.
 *
 * For L2, cosine and inner product in IVF_BOUND_MIN_DIMS dimensions or
 * more, each estimate comes with an error bound (ivf_rabitq.c): candidates are re-ranked in order of their lower
 * bound, and the closest re-ranked row is returned as soon as no
 * candidate left has a lower bound below it, so a query for k rows fetches
 * little more than k rows; after vecstore.ivf_rerank re-rankings without
 * such a row the closest so far is returned anyway.  For L1, fewer
 * dimensions (where the bounds say little) and a NULL query, the best
 * vecstore.ivf_rerank candidates by estimate are re-ranked as a batch.
 * When the executor asks for more (a WHERE clause rejected rows), more
 * candidates are re-ranked, and once the probed lists are used up, further
 * lists are probed, up to vecstore.ivf_max_probes lists.  Rows from later
 * lists (or batches) may be closer than rows returned before them.
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include <float.h>
#include <math.h>

#include "access/relscan.h"
#include "access/tableam.h"
#include "catalog/index.h"
#include "columnar_am.h"
#include "distance.h"
#include "executor/executor.h"
#include "ivf.h"
#include "miscadmin.h"
#include "optimizer/optimizer.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "vector.h"

typedef struct IvfCandidate
{
	float		est;
	ItemPointerData tid;
} IvfCandidate;

typedef struct IvfResult
{
	double		dist;
	double		key;			/* dist where estimates lie (bounded scans) */
	bool		isnull;
	ItemPointerData tid;
} IvfResult;

/* candidates of a bounded scan kept in order at a time */
#define IVF_FRONT	64

/* fewer dimensions re-rank in batches: the error bounds are too loose */
#define IVF_BOUND_MIN_DIMS	64

typedef struct IvfScanOpaqueData
{
	MemoryContext scanCtx;		/* lives until rescan */
	MemoryContext tupleCtx;		/* reset per fetched row */
	bool		started;
	bool		queryNull;
	IvfCache	cache;
	float	   *query;			/* prepared query (normalised for cosine) */
	int		   *probeOrder;
	int			nextProbe;
	int			maxProbes;
	int			probes;			/* GUCs as the scan started */
	int			rerank;
	IvfCandidate *pool;
	int			poolLen;
	int			poolCap;
	int			poolPos;
	IvfResult  *out;
	int			outLen;
	int			outPos;
	float	   *work;
	IvfQueryCodeData qcode;
	const float *rcentroids;	/* rotated centroids, or NULL */
	float	   *rquery;			/* the query rotated, with rcentroids */
	Size		esz;			/* bytes of an entry */
	float	   *ests;			/* estimates of one segment */

	/*
	 * Bounded scans: candidates carry lower bounds (estimate less its error
	 * bound); front is a min-heap of the IVF_FRONT lowest, the pool holds
	 * the others (none lower than any in front), res is a min-heap of
	 * re-ranked rows; the best row is returned once no candidate left can
	 * be closer.
	 */
	bool		bounded;
	IvfCandidate front[IVF_FRONT];
	int			frontLen;
	float	   *bounds;			/* error bounds of one segment */
	IvfResult  *res;
	int			resLen;
	int			resCap;
	int			sinceEmit;		/* rows re-ranked since one was returned */

	/* fetching rows for the exact distance */
	IndexFetchTableData *fetch;
	TupleTableSlot *slot;
	IndexInfo  *indexInfo;
	EState	   *estate;
} IvfScanOpaqueData;

typedef IvfScanOpaqueData *IvfScanOpaque;

IndexScanDesc
ivfbeginscan(Relation index, int nkeys, int norderbys)
{
	IndexScanDesc scan = RelationGetIndexScan(index, nkeys, norderbys);
	IvfScanOpaque so = palloc0(sizeof(IvfScanOpaqueData));

	so->scanCtx = AllocSetContextCreate(CurrentMemoryContext, "ivfrabitq scan", ALLOCSET_DEFAULT_SIZES);
	so->tupleCtx = AllocSetContextCreate(CurrentMemoryContext, "ivfrabitq scan tuple", ALLOCSET_DEFAULT_SIZES);
	if (norderbys > 0)
	{
		scan->xs_orderbyvals = palloc0(sizeof(Datum) * norderbys);
		scan->xs_orderbynulls = palloc(sizeof(bool) * norderbys);
		memset(scan->xs_orderbynulls, true, sizeof(bool) * norderbys);
	}
	scan->opaque = so;
	return scan;
}

void
ivfrescan(IndexScanDesc scan, ScanKey keys, int nkeys, ScanKey orderbys, int norderbys)
{
	IvfScanOpaque so = (IvfScanOpaque) scan->opaque;

	if (keys && scan->numberOfKeys > 0)
		memmove(scan->keyData, keys, scan->numberOfKeys * sizeof(ScanKeyData));
	if (orderbys && scan->numberOfOrderBys > 0)
		memmove(scan->orderByData, orderbys, scan->numberOfOrderBys * sizeof(ScanKeyData));
	MemoryContextReset(so->scanCtx);
	so->started = false;
}

static float *probeDist;		/* for the qsort comparator only */

static int
CompareProbe(const void *a, const void *b)
{
	float		da = probeDist[*(const int *) a];
	float		db = probeDist[*(const int *) b];

	if (da < db)
		return -1;
	if (da > db)
		return 1;
	return *(const int *) a - *(const int *) b;
}

static int
CompareCandidate(const void *a, const void *b)
{
	const IvfCandidate *ca = a;
	const IvfCandidate *cb = b;

	if (ca->est < cb->est)
		return -1;
	if (ca->est > cb->est)
		return 1;
	return ItemPointerCompare((ItemPointer) &ca->tid, (ItemPointer) &cb->tid);
}

/* NULL and NaN last, ties by TID, so the order is deterministic */
static int
CompareResult(const void *a, const void *b)
{
	const IvfResult *ra = a;
	const IvfResult *rb = b;

	if (ra->isnull != rb->isnull)
		return ra->isnull ? 1 : -1;
	if (!ra->isnull)
	{
		bool		na = isnan(ra->dist),
					nb = isnan(rb->dist);

		if (na != nb)
			return na ? 1 : -1;
		if (ra->dist < rb->dist)
			return -1;
		if (ra->dist > rb->dist)
			return 1;
	}
	return ItemPointerCompare((ItemPointer) &ra->tid, (ItemPointer) &rb->tid);
}

/* Moves the k smallest of c[0..n) to the front (quickselect). */
static void
SelectSmallest(IvfCandidate *c, int n, int k)
{
	int			lo = 0,
				hi = n - 1;

	while (lo < hi && k > lo && k <= hi)
	{
		float		pivot = c[(lo + hi) / 2].est;
		int			i = lo,
					j = hi;

		while (i <= j)
		{
			while (c[i].est < pivot)
				i++;
			while (c[j].est > pivot)
				j--;
			if (i <= j)
			{
				IvfCandidate t = c[i];

				c[i] = c[j];
				c[j] = t;
				i++;
				j--;
			}
		}
		if (k <= j)
			hi = j;
		else if (k >= i)
			lo = i;
		else
			break;
	}
}

/*
 * The table columns the indexed value is computed from: a vecstore table
 * reads only these for the re-ranking (attribute numbers).
 */
static Bitmapset *
IndexedAttrs(IndexInfo *indexInfo)
{
	Bitmapset  *attrs = NULL;
	Bitmapset  *exprAttrs = NULL;
	int			k = -1;

	for (int i = 0; i < indexInfo->ii_NumIndexAttrs; i++)
		if (indexInfo->ii_IndexAttrNumbers[i] > 0)
			attrs = bms_add_member(attrs, indexInfo->ii_IndexAttrNumbers[i]);
	pull_varattnos((Node *) indexInfo->ii_Expressions, 1, &exprAttrs);
	while ((k = bms_next_member(exprAttrs, k)) >= 0)
	{
		AttrNumber	attno = k + FirstLowInvalidHeapAttributeNumber;

		if (attno > 0)
			attrs = bms_add_member(attrs, attno);
	}
	return attrs;
}

static void
StartScan(IndexScanDesc scan)
{
	IvfScanOpaque so = (IvfScanOpaque) scan->opaque;
	IvfCache	cache;
	int			d;
	float	   *dist;

	/* this transaction's rows the index holds only in memory so far */
	IvfPendingFlush(scan->indexRelation);
	cache = IvfGetCache(scan->indexRelation);
	d = cache->dims;

	so->cache = cache;
	so->query = palloc0(sizeof(float) * d);
	so->queryNull = true;
	if (scan->numberOfOrderBys > 0 && !(scan->orderByData[0].sk_flags & SK_ISNULL))
	{
		Vector		q = DatumGetVector(scan->orderByData[0].sk_argument);

		/*
		 * The re-ranking calls the operator's function with the query once
		 * per candidate: give it the detoasted copy (a query read from a
		 * table is often a TOAST pointer, fetched again at every call).
		 * The scan's keys are its own copy, set again at rescan.
		 */
		scan->orderByData[0].sk_argument = PointerGetDatum(q);

		IvfCheckDims(cache, q->dim);
		so->queryNull = false;
		/* a zero query under cosine probes from the origin; distances are NaN */
		if (!IvfPrepareVector(cache->strategy, q->x, d, so->query))
			memset(so->query, 0, sizeof(float) * d);
	}

	so->probeOrder = palloc(sizeof(int) * cache->nlists);
	dist = palloc(sizeof(float) * cache->nlists);
	for (int l = 0; l < cache->nlists; l++)
	{
		const float *c = cache->centroids + (Size) l * d;

		so->probeOrder[l] = l;
		if (so->queryNull)
			dist[l] = 0;
		else if (cache->strategy == IVF_STRATEGY_IP)
			dist[l] = -VectorInnerProduct(d, so->query, c);
		else
			dist[l] = VectorL2SquaredDistance(d, so->query, c);
	}
	probeDist = dist;
	qsort(so->probeOrder, cache->nlists, sizeof(int), CompareProbe);
	pfree(dist);

	so->nextProbe = 0;
	so->probes = ivf_probes;
	so->rerank = ivf_rerank;
	so->maxProbes = Min(Max(ivf_max_probes, ivf_probes), cache->nlists);
	so->poolCap = 1024;
	so->pool = palloc(sizeof(IvfCandidate) * so->poolCap);
	so->poolLen = so->poolPos = 0;
	so->out = palloc(sizeof(IvfResult) * so->rerank);
	so->outLen = so->outPos = 0;
	so->work = palloc(sizeof(float) * d);
	so->qcode.planes = palloc0(sizeof(uint64) * 4 * IVF_CODE_WORDS(d));
	so->esz = IVF_ENTRY_SIZE(d, cache->strategy);
	so->ests = palloc(sizeof(float) * (BLCKSZ / so->esz + 1));
	so->bounded = !so->queryNull && cache->strategy != IVF_STRATEGY_L1 &&
		d >= IVF_BOUND_MIN_DIMS;
	if (so->bounded)
	{
		so->bounds = palloc(sizeof(float) * (BLCKSZ / so->esz + 1));
		so->resCap = 64;
		so->res = palloc(sizeof(IvfResult) * so->resCap);
		so->resLen = 0;
		so->sinceEmit = 0;
		so->frontLen = 0;
	}

	/* the rotation is linear: rotate the query once, not each residual */
	so->rcentroids = IvfRotatedCentroids(cache);
	if (so->rcentroids && !so->queryNull)
	{
		so->rquery = palloc(sizeof(float) * d);
		memcpy(so->rquery, so->query, sizeof(float) * d);
		IvfRotate(&cache->rot, so->rquery);
	}

	if (so->fetch == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(GetMemoryChunkContext(so));

		so->fetch = table_index_fetch_begin(scan->heapRelation);
		so->slot = table_slot_create(scan->heapRelation, NULL);
		so->indexInfo = BuildIndexInfo(scan->indexRelation);
		if (so->indexInfo->ii_Expressions != NIL)
			so->estate = CreateExecutorState();
		if (scan->heapRelation->rd_tableam->index_fetch_begin ==
			columnar_index_fetch_begin)
			ColumnarIndexFetchSetAttrs(so->fetch, IndexedAttrs(so->indexInfo));
		MemoryContextSwitchTo(old);
	}
}

/*
 * Heaps of candidates (by est, then TID): sign 1 sifts a min-heap, -1 a
 * max-heap.  Re-ranked rows are kept in a min-heap of their own.
 */
static inline void
CandSift(IvfCandidate *h, int n, int i, int sign)
{
	for (;;)
	{
		int			l = 2 * i + 1;
		int			m = i;
		IvfCandidate t;

		if (l < n && sign * CompareCandidate(&h[l], &h[m]) < 0)
			m = l;
		if (l + 1 < n && sign * CompareCandidate(&h[l + 1], &h[m]) < 0)
			m = l + 1;
		if (m == i)
			return;
		t = h[i];
		h[i] = h[m];
		h[m] = t;
		i = m;
	}
}

static void
CandSiftDown(IvfCandidate *h, int n, int i)
{
	CandSift(h, n, i, 1);
}

/* max-heap sift for building the front */
static void
CandSiftDownMax(IvfCandidate *h, int n, int i)
{
	CandSift(h, n, i, -1);
}

static void
ResSiftDown(IvfResult *h, int n, int i)
{
	for (;;)
	{
		int			l = 2 * i + 1;
		int			m = i;
		IvfResult	t;

		if (l < n && CompareResult(&h[l], &h[m]) < 0)
			m = l;
		if (l + 1 < n && CompareResult(&h[l + 1], &h[m]) < 0)
			m = l + 1;
		if (m == i)
			return;
		t = h[i];
		h[i] = h[m];
		h[m] = t;
		i = m;
	}
}

static void
ResPush(IvfScanOpaque so, const IvfResult *r)
{
	int			i;

	if (so->resLen == so->resCap)
	{
		so->resCap *= 2;
		so->res = repalloc_huge(so->res, sizeof(IvfResult) * so->resCap);
	}
	i = so->resLen++;
	so->res[i] = *r;
	while (i > 0 && CompareResult(&so->res[i], &so->res[(i - 1) / 2]) < 0)
	{
		IvfResult	t = so->res[i];

		so->res[i] = so->res[(i - 1) / 2];
		so->res[(i - 1) / 2] = t;
		i = (i - 1) / 2;
	}
}

/*
 * Offers candidate c to the front while it is a max-heap being filled:
 * the candidate, or the highest of the front that it replaces, goes to
 * pool[(*w)++].  Most candidates cost one comparison.
 */
static inline void
OfferCandidate(IvfScanOpaque so, IvfCandidate c, int *w)
{
	if (so->frontLen < IVF_FRONT)
	{
		int			j = so->frontLen++;

		so->front[j] = c;
		while (j > 0 && CompareCandidate(&so->front[j], &so->front[(j - 1) / 2]) > 0)
		{
			IvfCandidate t = so->front[j];

			so->front[j] = so->front[(j - 1) / 2];
			so->front[(j - 1) / 2] = t;
			j = (j - 1) / 2;
		}
	}
	else if (c.est > so->front[0].est)
		so->pool[(*w)++] = c;
	else if (CompareCandidate(&c, &so->front[0]) < 0)
	{
		so->pool[(*w)++] = so->front[0];
		so->front[0] = c;
		CandSiftDownMax(so->front, so->frontLen, 0);
	}
	else
		so->pool[(*w)++] = c;
}

/* Turns the front, filled as a max-heap, into a min-heap. */
static void
FrontReady(IvfScanOpaque so)
{
	for (int i = so->frontLen / 2 - 1; i >= 0; i--)
		CandSiftDown(so->front, so->frontLen, i);
}

/*
 * Moves the IVF_FRONT lowest candidates of the pool to the front, in one
 * pass; the pool keeps the others, in place.
 */
static void
RefillFront(IvfScanOpaque so)
{
	int			w = 0;

	so->frontLen = 0;
	for (int i = 0; i < so->poolLen; i++)
		OfferCandidate(so, so->pool[i], &w);
	so->poolLen = w;
	FrontReady(so);
}

/* Estimates the codes of the next batch of lists into the pool. */
static bool
ProbeMore(IndexScanDesc scan)
{
	IvfScanOpaque so = (IvfScanOpaque) scan->opaque;
	IvfCache	cache = so->cache;
	Relation	index = scan->indexRelation;
	int			end = Min(so->nextProbe + so->probes, so->maxProbes);

	if (so->nextProbe >= so->maxProbes)
		return false;

	/* drop the consumed part of the pool */
	if (so->poolPos > 0)
	{
		memmove(so->pool, so->pool + so->poolPos, sizeof(IvfCandidate) * (so->poolLen - so->poolPos));
		so->poolLen -= so->poolPos;
		so->poolPos = 0;
	}

	for (; so->nextProbe < end; so->nextProbe++)
	{
		int			l = so->probeOrder[so->nextProbe];
		Buffer		dirbuf = ReadBuffer(index, cache->dirStart + l / IVF_DIR_PER_PAGE);
		BlockNumber blk;

		LockBuffer(dirbuf, BUFFER_LOCK_SHARE);
		blk = ((IvfDirEntryData *) PageGetContents(BufferGetPage(dirbuf)))[l % IVF_DIR_PER_PAGE].first;
		UnlockReleaseBuffer(dirbuf);
		if (blk == InvalidBlockNumber)
			continue;
		if (!so->queryNull)
		{
			if (so->rcentroids)
				IvfPrepareQuery(&cache->rot, true, so->rquery,
								so->rcentroids + (Size) l * cache->dims,
								so->work, &so->qcode);
			else
				IvfPrepareQuery(&cache->rot, false, so->query,
								cache->centroids + (Size) l * cache->dims,
								so->work, &so->qcode);
		}

		while (blk != InvalidBlockNumber)
		{
			Buffer		buf = ReadBuffer(index, blk);
			Page		page;
			IvfSegment	seg;
			const char *entries;

			CHECK_FOR_INTERRUPTS();
			LockBuffer(buf, BUFFER_LOCK_SHARE);
			page = BufferGetPage(buf);
			seg = IvfBufferSegment(index, buf, l, so->esz);
			if (so->poolLen + seg->count > so->poolCap)
			{
				so->poolCap = Max(so->poolCap * 2, so->poolLen + seg->count);
				so->pool = repalloc_huge(so->pool, sizeof(IvfCandidate) * so->poolCap);
			}
			entries = (const char *) page + seg->start;
			if (!so->queryNull)
				IvfEstimateEntries(&so->qcode, entries, seg->count, cache->strategy,
								   so->ests, so->bounded ? so->bounds : NULL);
			for (int j = 0; j < seg->count; j++)
			{
				const char *tid = entries + (Size) j * so->esz + IVF_ENTRY_TID;
				float		est;

				est = so->queryNull ? 0 :
					so->bounded ? so->ests[j] - so->bounds[j] : so->ests[j];
				if (isnan(est))
					est = so->bounded && !isnan(so->ests[j]) ? -FLT_MAX : FLT_MAX;

				/* bounded: the lowest bounds go to the front as they come */
				if (!so->bounded ||
					(so->frontLen == IVF_FRONT && est > so->front[0].est))
				{
					IvfCandidate *c = &so->pool[so->poolLen++];

					c->est = est;
					memcpy(&c->tid, tid, sizeof(ItemPointerData));
				}
				else
				{
					IvfCandidate c;

					c.est = est;
					memcpy(&c.tid, tid, sizeof(ItemPointerData));
					OfferCandidate(so, c, &so->poolLen);
				}
			}
			blk = seg->next;
			UnlockReleaseBuffer(buf);
		}
	}
	if (so->bounded)
		FrontReady(so);
	return true;
}

/* The exact ORDER BY value of one candidate; false if it is not visible */
static bool
Rerank(IndexScanDesc scan, ItemPointer tid, IvfResult *res)
{
	IvfScanOpaque so = (IvfScanOpaque) scan->opaque;
	bool		call_again = false;
	bool		all_dead = false;
	Datum		value;
	bool		isnull;
	bool		found;
	MemoryContext old = MemoryContextSwitchTo(so->tupleCtx);

	found = table_index_fetch_tuple(so->fetch, tid, scan->xs_snapshot, so->slot,
									&call_again, &all_dead);
	if (found)
	{
		if (so->estate)
		{
			ExprContext *econtext = GetPerTupleExprContext(so->estate);
			Datum		values[INDEX_MAX_KEYS];
			bool		isnulls[INDEX_MAX_KEYS];

			econtext->ecxt_scantuple = so->slot;
			FormIndexDatum(so->indexInfo, so->slot, so->estate, values, isnulls);
			value = values[0];
			isnull = isnulls[0];
		}
		else
			value = slot_getattr(so->slot, so->indexInfo->ii_IndexAttrNumbers[0], &isnull);

		res->tid = *tid;
		res->isnull = isnull || so->queryNull;
		res->dist = 0;
		res->key = INFINITY;
		if (!res->isnull)
		{
			ScanKey		key = &scan->orderByData[0];

			res->dist = DatumGetFloat8(FunctionCall2Coll(&key->sk_func, key->sk_collation,
														 value, key->sk_argument));
			/* where the estimates lie: squared L2, 2 (1 - cos), -<x, q> */
			if (!isnan(res->dist))
				res->key = so->cache->strategy == IVF_STRATEGY_L2 ? res->dist * res->dist :
					so->cache->strategy == IVF_STRATEGY_COSINE ? 2 * res->dist : res->dist;
		}
		if (so->estate)
			ResetExprContext(GetPerTupleExprContext(so->estate));
	}
	ExecClearTuple(so->slot);
	MemoryContextSwitchTo(old);
	MemoryContextReset(so->tupleCtx);
	return found;
}

/* Fills so->out with the next batch in exact order; false when done */
static bool
NextBatch(IndexScanDesc scan)
{
	IvfScanOpaque so = (IvfScanOpaque) scan->opaque;
	int			k;

	while (so->poolPos >= so->poolLen)
		if (!ProbeMore(scan))
			return false;

	k = Min(so->rerank, so->poolLen - so->poolPos);
	SelectSmallest(so->pool + so->poolPos, so->poolLen - so->poolPos, k);
	qsort(so->pool + so->poolPos, k, sizeof(IvfCandidate), CompareCandidate);

	so->outLen = so->outPos = 0;
	for (int i = 0; i < k; i++)
	{
		if (Rerank(scan, &so->pool[so->poolPos + i].tid, &so->out[so->outLen]))
			so->outLen++;
	}
	so->poolPos += k;
	qsort(so->out, so->outLen, sizeof(IvfResult), CompareResult);
	return true;
}

bool
ivfgettuple(IndexScanDesc scan, ScanDirection dir)
{
	IvfScanOpaque so = (IvfScanOpaque) scan->opaque;

	if (!so->started)
	{
		MemoryContext old = MemoryContextSwitchTo(so->scanCtx);

		StartScan(scan);
		MemoryContextSwitchTo(old);
		so->started = true;
	}

	for (;;)
	{
		IvfResult  *r = NULL;
		IvfResult	best;

		if (so->bounded)
		{
			if (so->frontLen == 0 && so->poolLen > 0)
				RefillFront(so);
			if (so->resLen > 0 &&
				(so->frontLen == 0 || so->sinceEmit >= so->rerank ||
				 so->res[0].key <= so->front[0].est))
			{
				/* no candidate left can be closer */
				best = so->res[0];
				so->res[0] = so->res[--so->resLen];
				ResSiftDown(so->res, so->resLen, 0);
				so->sinceEmit = 0;
				r = &best;
			}
			else if (so->frontLen > 0)
			{
				IvfCandidate c = so->front[0];
				IvfResult	res;
				MemoryContext old;

				so->front[0] = so->front[--so->frontLen];
				CandSiftDown(so->front, so->frontLen, 0);
				old = MemoryContextSwitchTo(so->scanCtx);
				if (Rerank(scan, &c.tid, &res))
					ResPush(so, &res);
				MemoryContextSwitchTo(old);
				so->sinceEmit++;
				continue;
			}
			else
			{
				MemoryContext old = MemoryContextSwitchTo(so->scanCtx);
				bool		more = ProbeMore(scan);

				MemoryContextSwitchTo(old);
				if (!more)
					return false;
				continue;
			}
		}
		else if (so->outPos < so->outLen)
			r = &so->out[so->outPos++];

		if (r != NULL)
		{
			scan->xs_heaptid = r->tid;
			scan->xs_recheck = false;
			scan->xs_recheckorderby = false;
			if (scan->numberOfOrderBys > 0)
			{
				scan->xs_orderbyvals[0] = Float8GetDatum(r->dist);
				scan->xs_orderbynulls[0] = r->isnull;
			}
			return true;
		}
		{
			MemoryContext old = MemoryContextSwitchTo(so->scanCtx);
			bool		more = NextBatch(scan);

			MemoryContextSwitchTo(old);
			if (!more)
				return false;
		}
	}
}

void
ivfendscan(IndexScanDesc scan)
{
	IvfScanOpaque so = (IvfScanOpaque) scan->opaque;

	if (so->fetch)
		table_index_fetch_end(so->fetch);
	if (so->slot)
		ExecDropSingleTupleTableSlot(so->slot);
	if (so->estate)
		FreeExecutorState(so->estate);
	MemoryContextDelete(so->scanCtx);
	MemoryContextDelete(so->tupleCtx);
	pfree(so);
	scan->opaque = NULL;
}
