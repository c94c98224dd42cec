/*-------------------------------------------------------------------------
 *
 * ivf_insert.c
 *	  Inserting into an ivfrabitq index: the new vector's code goes to the
 *	  last page of its nearest centroid's list, logged as generic WAL.
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

static void
AddItemOrFail(Page page, IvfItem item, Size itemsz)
{
	if (PageAddItem(page, (Item) item, itemsz, InvalidOffsetNumber, false, false) == InvalidOffsetNumber)
		elog(ERROR, "failed to add item to ivfrabitq index page");
}

void
IvfAppendItem(Relation index, IvfCache cache, int list, IvfItem item, Size itemsz)
{
	BlockNumber dirBlk = cache->dirStart + list / IVF_DIR_PER_PAGE;

	for (;;)
	{
		Buffer		dirbuf = ReadBuffer(index, dirBlk);
		Buffer		buf,
					newbuf;
		BlockNumber blk;
		Page		page;
		GenericXLogState *state;

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
			AddItemOrFail(page, item, itemsz);
			GenericXLogFinish(state);
			UnlockReleaseBuffer(newbuf);
			UnlockReleaseBuffer(dirbuf);
			return;
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
			AddItemOrFail(page, item, itemsz);
			GenericXLogFinish(state);
			UnlockReleaseBuffer(buf);
			return;
		}

		/* the last page is full: chain a new one */
		newbuf = ExtendIndex(index);
		dirbuf = ReadBuffer(index, dirBlk);
		LockBuffer(dirbuf, BUFFER_LOCK_EXCLUSIVE);
		state = GenericXLogStart(index);
		page = GenericXLogRegisterBuffer(state, buf, 0);
		IvfPageGetOpaque(page)->next = BufferGetBlockNumber(newbuf);
		page = GenericXLogRegisterBuffer(state, newbuf, GENERIC_XLOG_FULL_IMAGE);
		IvfInitPage(page);
		AddItemOrFail(page, item, itemsz);
		page = GenericXLogRegisterBuffer(state, dirbuf, 0);
		DirEntry(page, list)->last = BufferGetBlockNumber(newbuf);
		GenericXLogFinish(state);
		UnlockReleaseBuffer(dirbuf);
		UnlockReleaseBuffer(newbuf);
		UnlockReleaseBuffer(buf);
		return;
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
		int			list = IvfNearestList(cache, x);

		itemsz = IVF_ITEM_SIZE(cache->dims);
		item = palloc0(itemsz);
		IvfEncode(&cache->rot, x, cache->centroids + (Size) list * cache->dims,
				  palloc(sizeof(float) * cache->dims), item);
		item->tid = *heap_tid;
		IvfAppendItem(index, cache, list, item, itemsz);
	}

	MemoryContextSwitchTo(old);
	MemoryContextReset(ctx);
	return false;
}
