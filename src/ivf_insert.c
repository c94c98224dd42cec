/*-------------------------------------------------------------------------
 *
 * ivf_insert.c
 *	  Inserting into an ivfrabitq index: aminsert encodes the new vector
 *	  against its nearest centroid and hands the code to this backend's
 *	  pending buffer (ivf_pending.c), which appends codes list by list to
 *	  the last pages of the lists, logged as generic WAL.
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

/* Adds items from items[*i] on while they fit; returns how many it added */
static int
FillPage(Page page, char *const *items, int n, Size itemsz, int i)
{
	int			added = 0;

	for (; i < n && PageGetFreeSpace(page) >= MAXALIGN(itemsz); i++, added++)
	{
		if (PageAddItem(page, (Item) items[i], itemsz,
						InvalidOffsetNumber, false, false) == InvalidOffsetNumber)
			elog(ERROR, "failed to add item to ivfrabitq index page");
	}
	return added;
}

/*
 * Appends n items (itemsz bytes each) to one list, in the given order.  Each
 * generic WAL record fills the list's last page and, when items remain,
 * one new page chained after it, so a batch costs about one record per
 * page.  *done counts the items that are logged, so that a caller that
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
			added = FillPage(page, items, n, itemsz, i);
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
		while (IvfPageGetOpaque(BufferGetPage(buf))->next != InvalidBlockNumber)
		{
			blk = IvfPageGetOpaque(BufferGetPage(buf))->next;
			UnlockReleaseBuffer(buf);
			buf = ReadBuffer(index, blk);
			LockBuffer(buf, BUFFER_LOCK_EXCLUSIVE);
		}

		if (PageGetFreeSpace(BufferGetPage(buf)) >= MAXALIGN(itemsz))
		{
			state = GenericXLogStart(index);
			page = GenericXLogRegisterBuffer(state, buf, 0);
			added = FillPage(page, items, n, itemsz, i);
			if (i + added == n)
			{
				GenericXLogFinish(state);
				UnlockReleaseBuffer(buf);
				*done += added;
				return;
			}
		}
		else
		{
			state = GenericXLogStart(index);
			page = GenericXLogRegisterBuffer(state, buf, 0);
			added = 0;
		}

		/* the last page is full: chain a new one in the same record */
		newbuf = ExtendIndex(index);
		dirbuf = ReadBuffer(index, dirBlk);
		LockBuffer(dirbuf, BUFFER_LOCK_EXCLUSIVE);
		IvfPageGetOpaque(page)->next = BufferGetBlockNumber(newbuf);
		newpage = GenericXLogRegisterBuffer(state, newbuf, GENERIC_XLOG_FULL_IMAGE);
		IvfInitPage(newpage);
		added += FillPage(newpage, items, n, itemsz, i + added);
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
	IvfItem		item;
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

		itemsz = IVF_ITEM_SIZE(cache->dims);
		item = palloc0(itemsz);
		IvfEncode(&cache->rot, rotated, x, centroids + (Size) list * cache->dims,
				  palloc(sizeof(float) * cache->dims), item);
		item->tid = *heap_tid;
		MemoryContextSwitchTo(old);
		/* the pending buffer may flush, which needs no per-row memory */
		IvfPendingAdd(index, cache, list, item, itemsz);
	}
	else
		MemoryContextSwitchTo(old);

	MemoryContextReset(ctx);
	return false;
}
