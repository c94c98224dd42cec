/*-------------------------------------------------------------------------
 *
 * ivf.h
 *	  The ivfrabitq index access method: IVF partitions (k-means centroids)
 *	  whose lists hold RaBitQ 1-bit codes of each vector's residual to its
 *	  centroid, with exact re-ranking against the table.  Shared page
 *	  layout, cached metadata and entry points of the ivf_*.c files.
 *
 * Page layout (all pages are standard pages, WAL-logged as generic WAL
 * records or full-page images, so recovery needs no extension code):
 *	  block 0		  metapage (IvfMetaPageData at the page contents)
 *	  centroid pages  the centroids as one stream of floats, list by list
 *	  directory pages IvfDirEntryData per list: first and last page
 *	  list pages	  segments of lists, each an array of fixed-size entries
 *
 * A list page holds IvfSegmentData after the page header (pd_lower ends
 * them) and the segments' entries packed from the end of the page down
 * (pd_upper is the lowest entry).  A build writes the lists one after
 * another, so a list ends and the next begins on the same page; a list
 * has at most one segment per page, chained to its next page by the
 * segment's next.  Only the segment whose entries start at pd_upper can
 * grow (new entries go below it); a list whose last segment cannot grow
 * continues on a new page.  An entry (IVF_ENTRY_*) has no line pointer
 * or tuple header: heap TID, the estimator's factors, the code bits.
 *
 * Version 1 stored one IndexTuple-like item per line pointer and one list
 * per page; such indexes must be rebuilt (REINDEX).
 *
 *-------------------------------------------------------------------------
 */
#ifndef VECSTORE_IVF_H
#define VECSTORE_IVF_H

#include "compat.h"

#include "access/amapi.h"
#include "access/generic_xlog.h"
#include "nodes/execnodes.h"
#include "storage/bufmgr.h"
#include "storage/itemptr.h"
#include "utils/relcache.h"

#define IVF_MAGIC			0x49564651	/* "IVFQ" */
#define IVF_VERSION			2
#define IVF_METAPAGE_BLKNO	0
#define IVF_PAGE_ID			0xFF8A

#define IVF_DEFAULT_LISTS	100
#define IVF_BOUND_EPS		4.0f	/* error bounds of estimates: IvfPrepareQuery */
#define IVF_MAX_LISTS		32768

/* Strategy numbers in the operator classes name the distance. */
#define IVF_STRATEGY_L2		1	/* <-> */
#define IVF_STRATEGY_IP		2	/* <#> */
#define IVF_STRATEGY_COSINE 3	/* <=> */
#define IVF_STRATEGY_L1		4	/* <+>: lists and candidates by L2, re-ranked by L1 */
#define IVF_NUM_STRATEGIES	4

/* Build sub-phases shown in pg_stat_progress_create_index */
#define IVF_PHASE_SAMPLE	2
#define IVF_PHASE_KMEANS	3
#define IVF_PHASE_ASSIGN	4
#define IVF_PHASE_WRITE		5

typedef struct IvfMetaPageData
{
	uint32		magic;
	uint32		version;
	int32		dims;
	int32		nlists;
	int32		strategy;		/* IVF_STRATEGY_* */
	uint32		seed;			/* rotation seed */
	BlockNumber centroidStart;	/* first centroid page */
	BlockNumber dirStart;		/* first directory page */
	int32		centroidPages;
	int32		dirPages;
} IvfMetaPageData;

typedef IvfMetaPageData *IvfMetaPage;

typedef struct IvfDirEntryData
{
	BlockNumber first;			/* InvalidBlockNumber while the list is empty */
	BlockNumber last;			/* insertion page (a hint: follow next) */
} IvfDirEntryData;

typedef struct IvfPageOpaqueData
{
	BlockNumber next;
	uint16		unused;
	uint16		page_id;
} IvfPageOpaqueData;

typedef IvfPageOpaqueData *IvfPageOpaque;

/* A list's run of entries on one page */
typedef struct IvfSegmentData
{
	uint16		list;
	uint16		count;			/* entries */
	uint16		start;			/* page offset of the first entry */
	uint16		unused;
	BlockNumber next;			/* the list's next page, or invalid */
} IvfSegmentData;

typedef IvfSegmentData *IvfSegment;

/*
 * One indexed vector, at any alignment: heap TID (6 bytes), |r| (float,
 * r = x - c), <xbar, r/|r|> after rotation in (0, 1] as a 16-bit fraction,
 * for inner product <r, c> (float), then the sign bits of the rotated
 * residual (bit i % 8 of byte i / 8 is dimension i being positive).
 */
typedef char *IvfEntry;

#define IVF_ENTRY_TID		0
#define IVF_ENTRY_RNORM		6
#define IVF_ENTRY_IPF		10
#define IVF_ENTRY_RC		12
#define IVF_ENTRY_HEAD(strategy)	((strategy) == IVF_STRATEGY_IP ? 16 : 12)
#define IVF_CODE_BYTES(dims)	(((dims) + 7) / 8)
#define IVF_ENTRY_SIZE(dims, strategy) \
	(IVF_ENTRY_HEAD(strategy) + IVF_CODE_BYTES(dims))
#define IVF_CODE_WORDS(dims)	(((dims) + 63) / 64)

#define IvfPageGetSegments(page) \
	((IvfSegment) ((char *) (page) + SizeOfPageHeaderData))
#define IvfPageGetNSegments(page) \
	((int) ((((PageHeader) (page))->pd_lower - SizeOfPageHeaderData) / sizeof(IvfSegmentData)))
#define IvfPageFreeSpace(page) \
	((Size) (((PageHeader) (page))->pd_upper - ((PageHeader) (page))->pd_lower))

/*
 * Adds an entry below segment seg, whose entries must start at pd_upper
 * (the page's last segment to receive entries), if it fits.
 */
static inline bool
IvfSegmentAdd(Page page, IvfSegment seg, const char *entry, Size esz)
{
	PageHeader	ph = (PageHeader) page;

	if (seg->start != ph->pd_upper || IvfPageFreeSpace(page) < esz)
		return false;
	ph->pd_upper -= esz;
	memcpy((char *) page + ph->pd_upper, entry, esz);
	seg->start = ph->pd_upper;
	seg->count++;
	return true;
}

#define IvfPageGetOpaque(page)	((IvfPageOpaque) PageGetSpecialPointer(page))
#define IvfPageGetMeta(page)	((IvfMetaPage) PageGetContents(page))
#define IVF_PAGE_CAPACITY		(BLCKSZ - MAXALIGN(SizeOfPageHeaderData) - MAXALIGN(sizeof(IvfPageOpaqueData)))
#define IVF_FLOATS_PER_PAGE		((int) (IVF_PAGE_CAPACITY / sizeof(float)))
#define IVF_DIR_PER_PAGE		((int) (IVF_PAGE_CAPACITY / sizeof(IvfDirEntryData)))

/* Random orthogonal rotation: sign flips and Walsh-Hadamard transforms */
typedef struct IvfRotationData
{
	int			dims;
	int			pow2;			/* largest power of two <= dims */
	float	   *signs;			/* 4 rounds of dims signs, +1 or -1 */
} IvfRotationData;

/* The query side of the estimator, for one probed list */
typedef struct IvfQueryCodeData
{
	int			dims;
	int			words;
	float		lo;				/* quantization of the rotated residual */
	float		delta;
	float		sumU;			/* sum of the 4-bit values */
	float		qrr;			/* |q - c|^2 */
	float		qc;				/* <q, c> */
	float		errScale;		/* error bound of <xbar, y>, over
								 * sqrt(1 - ipf^2) */
	float		quantErr;		/* and that of quantizing y */
	uint64	   *planes;			/* 4 bit planes of words each */
} IvfQueryCodeData;

/*
 * Per-backend cache of an index's immutable part (rd_amcache): one
 * allocation holding this struct, the rotation's signs, the centroids and,
 * for indexes IvfInsertList shortlists for, room for the rotated
 * centroids, so that the relcache's pfree of rd_amcache frees it all.
 */
typedef struct IvfCacheData
{
	int			dims;
	int			nlists;
	int			strategy;
	BlockNumber dirStart;
	float	   *centroids;		/* nlists * dims */
	IvfRotationData rot;
	float	   *rcentroids;		/* rotated centroids (NULL: exact search) */
	bool		rcentroidsReady;	/* made by the first IvfInsertList */
} IvfCacheData;

typedef IvfCacheData *IvfCache;

/* GUCs */
extern int	ivf_probes;
extern int	ivf_rerank;
extern int	ivf_max_probes;
extern int	ivf_insert_buffer_size;

/* ivf_rabitq.c */
extern uint64 IvfRandom(uint64 *state);
extern void IvfRotationInit(IvfRotationData *rot, int dims, uint32 seed, float *signs);
extern void IvfRotate(const IvfRotationData *rot, float *v);
extern void IvfEncode(const IvfRotationData *rot, bool rotated, const float *x, const float *c,
					  float *work, int strategy, IvfEntry entry);
extern void IvfPrepareQuery(const IvfRotationData *rot, bool rotated, const float *q,
							const float *c, float *work, IvfQueryCodeData *qc);
extern void IvfEstimateEntries(const IvfQueryCodeData *qc, const char *entries, int n,
							   int strategy, float *out, float *bounds);
extern void IvfRabitqInit(void);

/* ivf_am.c */
extern int	IvfGetLists(Relation index);
extern uint32 IvfGetSeed(Relation index);
extern IvfCache IvfGetCache(Relation index);
extern int	IvfNearestList(IvfCache cache, const float *x);
extern int	IvfInsertList(IvfCache cache, float *x, bool *rotated);
extern const float *IvfRotatedCentroids(IvfCache cache);
extern bool IvfPrepareVector(int strategy, const float *in, int dims, float *out);
extern void IvfCheckDims(IvfCache cache, int dims);
extern int	IvfStrategyOfIndex(Relation index);

/* ivf_build.c */
extern IndexBuildResult *ivfbuild(Relation heap, Relation index, IndexInfo *indexInfo);
extern void ivfbuildempty(Relation index);
extern char *ivfbuildphasename(int64 phasenum);

/* ivf_insert.c */
extern bool ivfinsert(Relation index, Datum *values, bool *isnull, ItemPointer heap_tid,
					  Relation heap, IndexUniqueCheck checkUnique, bool indexUnchanged,
					  IndexInfo *indexInfo);
extern void IvfAppendItems(Relation index, IvfCache cache, int list, char *const *items,
						   int n, Size itemsz, int *done);
extern void IvfInitPage(Page page);
extern IvfSegment IvfPageNewSegment(Page page, int list);
extern IvfSegment IvfPageFindSegment(Page page, int list, Size esz);
extern IvfSegment IvfBufferSegment(Relation index, Buffer buf, int list,
								   Size esz);

/* ivf_pending.c */
extern void IvfPendingInit(void);
extern void IvfPendingAdd(Relation index, IvfCache cache, int list, IvfEntry item, Size itemsz);
extern void IvfPendingFlush(Relation index);

/* ivf_scan.c */
extern IndexScanDesc ivfbeginscan(Relation index, int nkeys, int norderbys);
extern void ivfrescan(IndexScanDesc scan, ScanKey keys, int nkeys, ScanKey orderbys, int norderbys);
extern bool ivfgettuple(IndexScanDesc scan, ScanDirection dir);
extern void ivfendscan(IndexScanDesc scan);

/* ivf_vacuum.c */
extern IndexBulkDeleteResult *ivfbulkdelete(IndexVacuumInfo *info, IndexBulkDeleteResult *stats,
											IndexBulkDeleteCallback callback, void *callback_state);
extern IndexBulkDeleteResult *ivfvacuumcleanup(IndexVacuumInfo *info, IndexBulkDeleteResult *stats);

#endif							/* VECSTORE_IVF_H */
