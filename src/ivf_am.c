/*-------------------------------------------------------------------------
 *
 * ivf_am.c
 *	  The ivfrabitq index access method's handler: its routine table,
 *	  reloptions, GUCs, cost estimate, operator class validation, and the
 *	  per-backend cache of an index's centroids.
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include <float.h>
#include <math.h>

#include "access/reloptions.h"
#include "catalog/pg_opclass.h"
#include "commands/vacuum.h"
#include "distance.h"
#include "fmgr.h"
#include "ivf.h"
#include "optimizer/optimizer.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/selfuncs.h"
#include "utils/syscache.h"
#include "vecstore.h"
#include "vector.h"

int			ivf_probes = 10;
int			ivf_rerank = 100;
int			ivf_max_probes = IVF_MAX_LISTS;

static relopt_kind ivf_relopt_kind;

typedef struct IvfOptions
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	int			lists;
	int			seed;
} IvfOptions;

void
IvfInit(void)
{
	IvfRabitqInit();
	IvfPendingInit();

	ivf_relopt_kind = add_reloption_kind();
	add_int_reloption(ivf_relopt_kind, "lists", "Number of inverted lists (k-means centroids)",
					  IVF_DEFAULT_LISTS, 1, IVF_MAX_LISTS, AccessExclusiveLock);
	add_int_reloption(ivf_relopt_kind, "seed", "Seed of sampling, k-means and rotation",
					  0, 0, INT_MAX, AccessExclusiveLock);

	DefineCustomIntVariable("vecstore.ivf_probes",
							"Lists an ivfrabitq scan probes first.",
							NULL, &ivf_probes, 10, 1, IVF_MAX_LISTS,
							PGC_USERSET, 0, NULL, NULL, NULL);
	DefineCustomIntVariable("vecstore.ivf_rerank",
							"Candidates an ivfrabitq scan re-ranks exactly per batch, or at most before it returns a row.",
							NULL, &ivf_rerank, 100, 1, 100000,
							PGC_USERSET, 0, NULL, NULL, NULL);
	DefineCustomIntVariable("vecstore.ivf_max_probes",
							"Lists an ivfrabitq scan may probe in all when asked for more rows (filtered queries).",
							NULL, &ivf_max_probes, IVF_MAX_LISTS, 1, IVF_MAX_LISTS,
							PGC_USERSET, 0, NULL, NULL, NULL);
}

static bytea *
ivfoptions(Datum reloptions, bool validate)
{
	static const relopt_parse_elt tab[] = {
		{"lists", RELOPT_TYPE_INT, offsetof(IvfOptions, lists)},
		{"seed", RELOPT_TYPE_INT, offsetof(IvfOptions, seed)},
	};

	return (bytea *) build_reloptions(reloptions, validate, ivf_relopt_kind,
									  sizeof(IvfOptions), tab, lengthof(tab));
}

int
IvfGetLists(Relation index)
{
	IvfOptions *opts = (IvfOptions *) index->rd_options;

	return opts ? opts->lists : IVF_DEFAULT_LISTS;
}

uint32
IvfGetSeed(Relation index)
{
	IvfOptions *opts = (IvfOptions *) index->rd_options;

	return opts ? (uint32) opts->seed : 0;
}

/* The distance the index's operator class orders by */
int
IvfStrategyOfIndex(Relation index)
{
	Oid			opfamily = index->rd_opfamily[0];
	Oid			type = index->rd_opcintype[0];

	for (int s = 1; s <= IVF_NUM_STRATEGIES; s++)
		if (OidIsValid(get_opfamily_member(opfamily, type, type, s)))
			return s;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_OBJECT_DEFINITION),
			 errmsg("operator class of index \"%s\" has no distance operator",
					RelationGetRelationName(index))));
	return 0;					/* keep compiler quiet */
}

/*
 * The vector as the index sees it: normalised for cosine.  False for a
 * vector the index cannot place (zero vector under cosine).
 */
bool
IvfPrepareVector(int strategy, const float *in, int dims, float *out)
{
	if (strategy == IVF_STRATEGY_COSINE)
	{
		double		norm = 0;

		for (int i = 0; i < dims; i++)
			norm += (double) in[i] * in[i];
		if (!(norm > 0))
			return false;
		norm = sqrt(norm);
		for (int i = 0; i < dims; i++)
			out[i] = (float) (in[i] / norm);
	}
	else
		memcpy(out, in, sizeof(float) * dims);
	return true;
}

void
IvfCheckDims(IvfCache cache, int dims)
{
	if (dims != cache->dims)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("expected %d dimensions, not %d", cache->dims, dims)));
}

/*
 * Nearest centroid in squared L2, the metric k-means used.  Each distance
 * is summed in slices and abandoned once it reaches the best so far: most
 * centroids are far, so an insert reads a fraction of each.
 */
#define IVF_NEAREST_SLICE	128

int
IvfNearestList(IvfCache cache, const float *x)
{
	int			best = 0;
	float		bestd = FLT_MAX;
	int			dims = cache->dims;

	for (int l = 0; l < cache->nlists; l++)
	{
		const float *c = cache->centroids + (Size) l * dims;
		float		d = 0;
		int			off = 0;

		while (off < dims)
		{
			int			k = Min(IVF_NEAREST_SLICE, dims - off);

			d += VectorL2SquaredDistance(k, x + off, c + off);
			off += k;
			if (!(d < bestd))
				break;
		}
		if (off >= dims && d < bestd)
		{
			bestd = d;
			best = l;
		}
	}
	return best;
}

/*
 * The list for a new row, found in the rotated space: partial distances
 * over the first IVF_SHORT_DIMS rotated dimensions (the rotation spreads
 * every vector's energy evenly, so they estimate the full distances)
 * shortlist IVF_SHORT_LISTS centroids, whose full distances pick the list.
 * It misses the nearest centroid for about 1 row in 2000 on
 * Fashion-MNIST with 100 lists, and then picks a near one, which costs a
 * scan nothing but a slightly worse code; in exchange an insert reads a
 * quarter of the centroids.  On success x is rotated in place and
 * *rotated is set; small indexes (few lists or dimensions) and indexes
 * whose rotated centroids would exceed IVF_SHORT_MAX_BYTES (IvfGetCache
 * reserves no room for them) use the exact search and leave x alone.
 */
#define IVF_SHORT_DIMS		128
#define IVF_SHORT_LISTS		8
#define IVF_SHORT_BATCH		256
#define IVF_SHORT_MAX_BYTES (64 * 1024 * 1024)

static bool
ShortlistApplies(int dims, int nlists)
{
	return dims >= 2 * IVF_SHORT_DIMS && nlists > 2 * IVF_SHORT_LISTS &&
		(Size) nlists * dims * sizeof(float) <= IVF_SHORT_MAX_BYTES;
}

/*
 * The rotated centroids, made on first use, for the indexes IvfGetCache
 * reserves room for; NULL for the others.
 */
const float *
IvfRotatedCentroids(IvfCache cache)
{
	if (cache->rcentroids == NULL)
		return NULL;
	if (!cache->rcentroidsReady)
	{
		memcpy(cache->rcentroids, cache->centroids,
			   sizeof(float) * cache->nlists * cache->dims);
		for (int l = 0; l < cache->nlists; l++)
			IvfRotate(&cache->rot, cache->rcentroids + (Size) l * cache->dims);
		cache->rcentroidsReady = true;
	}
	return cache->rcentroids;
}

int
IvfInsertList(IvfCache cache, float *x, bool *rotated)
{
	int			dims = cache->dims;
	int			nlists = cache->nlists;
	float		shortd[IVF_SHORT_LISTS];
	int			shortl[IVF_SHORT_LISTS];
	float		prefix[IVF_SHORT_BATCH];
	int			nshort = 0;
	int			best = 0;
	float		bestd = FLT_MAX;

	*rotated = false;
	if (IvfRotatedCentroids(cache) == NULL)
		return IvfNearestList(cache, x);

	IvfRotate(&cache->rot, x);
	*rotated = true;
	for (int l = 0; l < nlists; l++)
	{
		float		d;
		int			i;

		/* prefix distances a batch at a time: one call, not one each */
		if (l % IVF_SHORT_BATCH == 0)
			VectorL2SquaredMany(IVF_SHORT_DIMS, x, cache->rcentroids + (Size) l * dims,
								dims, Min(IVF_SHORT_BATCH, nlists - l), prefix);
		d = prefix[l % IVF_SHORT_BATCH];
		if (nshort == IVF_SHORT_LISTS && !(d < shortd[nshort - 1]))
			continue;
		/* insert into the sorted shortlist */
		i = Min(nshort, IVF_SHORT_LISTS - 1);
		while (i > 0 && shortd[i - 1] > d)
		{
			shortd[i] = shortd[i - 1];
			shortl[i] = shortl[i - 1];
			i--;
		}
		shortd[i] = d;
		shortl[i] = l;
		if (nshort < IVF_SHORT_LISTS)
			nshort++;
	}
	for (int i = 0; i < nshort; i++)
	{
		const float *c = cache->rcentroids + (Size) shortl[i] * dims;
		float		d = shortd[i] + VectorL2SquaredDistance(dims - IVF_SHORT_DIMS, x + IVF_SHORT_DIMS,
															 c + IVF_SHORT_DIMS);

		if (d < bestd || (d == bestd && shortl[i] < best))
		{
			bestd = d;
			best = shortl[i];
		}
	}
	return best;
}

/*
 * Metadata and centroids, read once per backend and relcache entry.  The
 * centroids never change after a build; REINDEX gives the index a new
 * relfilenode and so a new relcache entry.
 */
IvfCache
IvfGetCache(Relation index)
{
	IvfCache	cache;
	Buffer		buf;
	IvfMetaPage meta;
	IvfMetaPageData m;
	BlockNumber blkno;
	Size		n,
				head,
				total,
				done = 0;
	char	   *space;

	if (index->rd_amcache)
		return (IvfCache) index->rd_amcache;

	buf = ReadBuffer(index, IVF_METAPAGE_BLKNO);
	LockBuffer(buf, BUFFER_LOCK_SHARE);
	meta = IvfPageGetMeta(BufferGetPage(buf));
	m = *meta;
	UnlockReleaseBuffer(buf);
	if (m.magic == IVF_MAGIC && m.version < IVF_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("ivfrabitq index \"%s\" has format version %u, this version of vecstore reads version %d",
						RelationGetRelationName(index), m.version, IVF_VERSION),
				 errhint("Rebuild it with REINDEX.")));
	if (m.magic != IVF_MAGIC || m.version != IVF_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INDEX_CORRUPTED),
				 errmsg("index \"%s\" is not a valid ivfrabitq index",
						RelationGetRelationName(index))));

	n = (Size) m.nlists * m.dims;
	head = MAXALIGN(sizeof(IvfCacheData));
	total = head + sizeof(float) * (4 * (Size) m.dims + n);
	if (ShortlistApplies(m.dims, m.nlists))
		total += sizeof(float) * n;
	space = MemoryContextAllocHuge(index->rd_indexcxt, total);
	cache = (IvfCache) space;
	memset(cache, 0, sizeof(IvfCacheData));
	cache->dims = m.dims;
	cache->nlists = m.nlists;
	cache->strategy = m.strategy;
	cache->dirStart = m.dirStart;
	IvfRotationInit(&cache->rot, m.dims, m.seed, (float *) (space + head));
	cache->centroids = (float *) (space + head) + 4 * (Size) m.dims;
	if (ShortlistApplies(m.dims, m.nlists))
		cache->rcentroids = cache->centroids + n;

	blkno = m.centroidStart;
	while (done < n)
	{
		Size		k = Min(n - done, (Size) IVF_FLOATS_PER_PAGE);

		buf = ReadBuffer(index, blkno++);
		LockBuffer(buf, BUFFER_LOCK_SHARE);
		memcpy(cache->centroids + done, PageGetContents(BufferGetPage(buf)), sizeof(float) * k);
		UnlockReleaseBuffer(buf);
		done += k;
	}
	index->rd_amcache = cache;
	return cache;
}

/*
 * The first batch's work happens before the first tuple: centroid
 * distances, the codes of the probed lists, and the re-ranking fetches.
 * Without an ORDER BY the index is useless, so it is priced out.
 */
static void
ivfcostestimate(PlannerInfo *root, IndexPath *path, double loop_count,
				Cost *indexStartupCost, Cost *indexTotalCost,
				Selectivity *indexSelectivity, double *indexCorrelation,
				double *indexPages)
{
	GenericCosts costs;
	int			nlists = IVF_DEFAULT_LISTS;
	double		ratio;
	Relation	index;
	Buffer		buf;
	IvfMetaPage meta;

	if (path->indexorderbys == NIL)
	{
		*indexStartupCost = DBL_MAX;
		*indexTotalCost = DBL_MAX;
		*indexSelectivity = 0;
		*indexCorrelation = 0;
		*indexPages = 0;
		return;
	}

	index = index_open(path->indexinfo->indexoid, NoLock);
	buf = ReadBuffer(index, IVF_METAPAGE_BLKNO);
	LockBuffer(buf, BUFFER_LOCK_SHARE);
	meta = IvfPageGetMeta(BufferGetPage(buf));
	if (meta->magic == IVF_MAGIC)
		nlists = meta->nlists;
	UnlockReleaseBuffer(buf);
	index_close(index, NoLock);

	ratio = (double) Min(ivf_probes, nlists) / nlists;

	MemSet(&costs, 0, sizeof(costs));
	costs.numIndexTuples = path->indexinfo->tuples * ratio;
	genericcostestimate(root, path, loop_count, &costs);

	/* the exact re-ranking reads up to ivf_rerank rows of the table */
	*indexStartupCost = costs.indexTotalCost +
		Min(ivf_rerank, costs.numIndexTuples) * (random_page_cost + cpu_operator_cost * 10);
	/*
	 * Rows past the first batches come from further lists, each re-ranked
	 * by a fetch from the table: reading the whole index that way costs far
	 * more than a sort, so the index serves ORDER BY ... LIMIT k, not a
	 * full ordering.
	 */
	*indexTotalCost = *indexStartupCost + path->indexinfo->tuples * random_page_cost;
	*indexSelectivity = costs.indexSelectivity;
	*indexCorrelation = 0;
	*indexPages = costs.numIndexPages;
}

static bool
ivfvalidate(Oid opclassoid)
{
	HeapTuple	tup = SearchSysCache1(CLAOID, ObjectIdGetDatum(opclassoid));
	Form_pg_opclass form;
	bool		ok = true;
	int			n = 0;

	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for operator class %u", opclassoid);
	form = (Form_pg_opclass) GETSTRUCT(tup);
	for (int s = 1; s <= IVF_NUM_STRATEGIES; s++)
		if (OidIsValid(get_opfamily_member(form->opcfamily, form->opcintype, form->opcintype, s)))
			n++;
	if (n != 1)
	{
		ereport(INFO,
				(errcode(ERRCODE_INVALID_OBJECT_DEFINITION),
				 errmsg("ivfrabitq operator class \"%s\" must have exactly one distance operator",
						NameStr(form->opcname))));
		ok = false;
	}
	ReleaseSysCache(tup);
	return ok;
}

PG_FUNCTION_INFO_V1(ivfrabitq_handler);
Datum
ivfrabitq_handler(PG_FUNCTION_ARGS)
{
	IndexAmRoutine *amroutine = makeNode(IndexAmRoutine);

	amroutine->amstrategies = IVF_NUM_STRATEGIES;
	amroutine->amsupport = 0;
	amroutine->amoptsprocnum = 0;
	amroutine->amcanorder = false;
	amroutine->amcanorderbyop = true;
	amroutine->amcanbackward = false;
	amroutine->amcanunique = false;
	amroutine->amcanmulticol = false;
	amroutine->amoptionalkey = true;
	amroutine->amsearcharray = false;
	amroutine->amsearchnulls = false;
	amroutine->amstorage = false;
	amroutine->amclusterable = false;
	amroutine->ampredlocks = false;
	amroutine->amcanparallel = false;
	amroutine->amcaninclude = false;
	amroutine->amusemaintenanceworkmem = false;
	amroutine->amparallelvacuumoptions = VACUUM_OPTION_PARALLEL_BULKDEL;
	amroutine->amkeytype = InvalidOid;

	amroutine->ambuild = ivfbuild;
	amroutine->ambuildempty = ivfbuildempty;
	amroutine->aminsert = ivfinsert;
	amroutine->ambulkdelete = ivfbulkdelete;
	amroutine->amvacuumcleanup = ivfvacuumcleanup;
	amroutine->amcanreturn = NULL;
	amroutine->amcostestimate = ivfcostestimate;
	amroutine->amoptions = ivfoptions;
	amroutine->amproperty = NULL;
	amroutine->ambuildphasename = ivfbuildphasename;
	amroutine->amvalidate = ivfvalidate;
	amroutine->amadjustmembers = NULL;
	amroutine->ambeginscan = ivfbeginscan;
	amroutine->amrescan = ivfrescan;
	amroutine->amgettuple = ivfgettuple;
	amroutine->amgetbitmap = NULL;
	amroutine->amendscan = ivfendscan;
	amroutine->ammarkpos = NULL;
	amroutine->amrestrpos = NULL;
	amroutine->amestimateparallelscan = NULL;
	amroutine->aminitparallelscan = NULL;
	amroutine->amparallelrescan = NULL;

	PG_RETURN_POINTER(amroutine);
}
