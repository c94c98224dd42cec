/*-------------------------------------------------------------------------
 *
 * ivf_insert.c
 *	  Inserting into an ivfrabitq index: aminsert encodes the new vector
 *	  against its nearest centroid and hands the code to this backend's
 *	  pending buffer (ivf_pending.c), which appends codes list by list to
 *	  the last segments of the lists (ivf.h), logged as generic WAL.
 *
 * Locks: a list page, then (only to extend the list) the relation
 * extension lock and the directory page.  Creating a list's first page
 * takes the directory page, then the extension lock.  No path waits for a
 * list page while holding the directory page, so they cannot deadlock.
 * The directory's last page is a hint: inserters follow next links.
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include "ivf.h"
#include "storage/lmgr.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "vector.h"

static Buffer
ExtendIndex(Relation index)
{
	Buffer		buf;

	LockRelationForExtension(index, ExclusiveLock);
	buf = ReadBuffer(index, P_NEW);
	LockBuffer(buf, BUFFER_LOCK_EXCLUSIVE);
	UnlockRelationForExtension(index, ExclusiveLock);
	return buf;
}

static IvfDirEntryData *
DirEntry(Page page, int list)
{
	return ((IvfDirEntryData *) PageGetContents(page)) + list % IVF_DIR_PER_PAGE;
}

/*
 * Adds items from items[i] on to segment seg of page while they fit;
 * returns how many it added.
 */
static int
FillSegment(Page page, IvfSegment seg, char *const *items, int n, Size itemsz, int i)
{
	int			added = 0;

	for (; i < n && IvfSegmentAdd(page, seg, items[i], itemsz); i++)
		added++;
	return added;
}

/*
 * Appends n items (itemsz bytes each) to one list.  Each generic WAL
 * record fills the list's last segment if it can grow and, when items
 * remain, one new page chained after it, so a batch costs about one record
 * per page.  *done counts the items that are logged, so that a caller that
 * hits an error knows which ones are in the index.
 */
void
IvfAppendItems(Relation index, IvfCache cache, int list, char *const *items,
			   int n, Size itemsz, int *done)
{
	BlockNumber dirBlk = cache->dirStart + list / IVF_DIR_PER_PAGE;
	int			i = 0;

	while (i < n)
	{
		Buffer		dirbuf = ReadBuffer(index, dirBlk);
		Buffer		buf,
					newbuf;
		BlockNumber blk;
		Page		page,
					newpage;
		IvfSegment	seg;
		GenericXLogState *state;
		int			added;

		LockBuffer(dirbuf, BUFFER_LOCK_SHARE);
		blk = DirEntry(BufferGetPage(dirbuf), list)->last;
		LockBuffer(dirbuf, BUFFER_LOCK_UNLOCK);

		if (blk == InvalidBlockNumber)
		{
			/* the list's first page */
			LockBuffer(dirbuf, BUFFER_LOCK_EXCLUSIVE);
			if (DirEntry(BufferGetPage(dirbuf), list)->last != InvalidBlockNumber)
			{
				UnlockReleaseBuffer(dirbuf);
				continue;
			}
			newbuf = ExtendIndex(index);
			state = GenericXLogStart(index);
			page = GenericXLogRegisterBuffer(state, dirbuf, 0);
			DirEntry(page, list)->first = DirEntry(page, list)->last = BufferGetBlockNumber(newbuf);
			page = GenericXLogRegisterBuffer(state, newbuf, GENERIC_XLOG_FULL_IMAGE);
			IvfInitPage(page);
			seg = IvfPageNewSegment(page, list);
			added = FillSegment(page, seg, items, n, itemsz, i);
			GenericXLogFinish(state);
			UnlockReleaseBuffer(newbuf);
			UnlockReleaseBuffer(dirbuf);
			i += added;
			*done += added;
			continue;
		}
		ReleaseBuffer(dirbuf);

		buf = ReadBuffer(index, blk);
		LockBuffer(buf, BUFFER_LOCK_EXCLUSIVE);
		for (;;)
		{
			seg = IvfBufferSegment(index, buf, list, itemsz);
			if (seg->next == InvalidBlockNumber)
				break;
			blk = seg->next;
			UnlockReleaseBuffer(buf);
			buf = ReadBuffer(index, blk);
			LockBuffer(buf, BUFFER_LOCK_EXCLUSIVE);
		}

		state = GenericXLogStart(index);
		page = GenericXLogRegisterBuffer(state, buf, 0);
		seg = IvfPageFindSegment(page, list, itemsz);
		added = FillSegment(page, seg, items, n, itemsz, i);
		if (i + added == n)
		{
			GenericXLogFinish(state);
			UnlockReleaseBuffer(buf);
			*done += added;
			return;
		}

		/* the last segment cannot grow: chain a new page in the same record */
		newbuf = ExtendIndex(index);
		dirbuf = ReadBuffer(index, dirBlk);
		LockBuffer(dirbuf, BUFFER_LOCK_EXCLUSIVE);
		seg->next = BufferGetBlockNumber(newbuf);
		newpage = GenericXLogRegisterBuffer(state, newbuf, GENERIC_XLOG_FULL_IMAGE);
		IvfInitPage(newpage);
		seg = IvfPageNewSegment(newpage, list);
		added += FillSegment(newpage, seg, items, n, itemsz, i + added);
		page = GenericXLogRegisterBuffer(state, dirbuf, 0);
		DirEntry(page, list)->last = BufferGetBlockNumber(newbuf);
		GenericXLogFinish(state);
		UnlockReleaseBuffer(dirbuf);
		UnlockReleaseBuffer(newbuf);
		UnlockReleaseBuffer(buf);
		i += added;
		*done += added;
	}
}

bool
ivfinsert(Relation index, Datum *values, bool *isnull, ItemPointer heap_tid,
		  Relation heap, IndexUniqueCheck checkUnique, bool indexUnchanged,
		  IndexInfo *indexInfo)
{
	IvfCache	cache;
	MemoryContext ctx,
				old;
	Vector		v;
	float	   *x;
	IvfEntry	item;
	Size		itemsz;

	if (isnull[0])
		return false;
	cache = IvfGetCache(index);
	/* one context per statement (ii_AmCache), reset after each row */
	if (indexInfo->ii_AmCache == NULL)
		indexInfo->ii_AmCache = AllocSetContextCreate(indexInfo->ii_Context, "ivfrabitq insert",
													  ALLOCSET_DEFAULT_SIZES);
	ctx = (MemoryContext) indexInfo->ii_AmCache;
	old = MemoryContextSwitchTo(ctx);

	v = DatumGetVector(values[0]);
	IvfCheckDims(cache, v->dim);
	x = palloc(sizeof(float) * cache->dims);
	if (IvfPrepareVector(cache->strategy, v->x, cache->dims, x))
	{
		bool		rotated;
		int			list = IvfInsertList(cache, x, &rotated);
		const float *centroids = rotated ? cache->rcentroids : cache->centroids;

		itemsz = IVF_ENTRY_SIZE(cache->dims, cache->strategy);
		item = palloc0(itemsz);
		IvfEncode(&cache->rot, rotated, x, centroids + (Size) list * cache->dims,
				  palloc(sizeof(float) * cache->dims), cache->strategy, item);
		memcpy(item + IVF_ENTRY_TID, heap_tid, sizeof(ItemPointerData));
		MemoryContextSwitchTo(old);
		/* the pending buffer may flush, which needs no per-row memory */
		IvfPendingAdd(index, cache, list, item, itemsz);
	}
	else
		MemoryContextSwitchTo(old);

	MemoryContextReset(ctx);
	return false;
}
