/*-------------------------------------------------------------------------
 *
 * ivf_vacuum.c
 *	  VACUUM of an ivfrabitq index: dead TIDs leave their list pages
 *	  (generic WAL); pages are kept, and new codes go to a list's last page.
 *	  Also ivfrabitq_check(), which walks the same lists to check them.
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include "access/genam.h"
#include "commands/defrem.h"
#include "commands/vacuum.h"
#include "fmgr.h"
#include "ivf.h"
#include "utils/rel.h"

/* Visits every list page; with a callback, removes the TIDs it names. */
static void
WalkLists(IndexVacuumInfo *info, IndexBulkDeleteResult *stats,
		  IndexBulkDeleteCallback callback, void *callback_state)
{
	Relation	index = info->index;
	IvfCache	cache = IvfGetCache(index);
	Size		esz = IVF_ENTRY_SIZE(cache->dims, cache->strategy);

	for (int l = 0; l < cache->nlists; l++)
	{
		Buffer		dirbuf = ReadBuffer(index, cache->dirStart + l / IVF_DIR_PER_PAGE);
		BlockNumber blk;

		LockBuffer(dirbuf, BUFFER_LOCK_SHARE);
		blk = ((IvfDirEntryData *) PageGetContents(BufferGetPage(dirbuf)))[l % IVF_DIR_PER_PAGE].first;
		UnlockReleaseBuffer(dirbuf);

		while (blk != InvalidBlockNumber)
		{
			Buffer		buf = ReadBufferExtended(index, MAIN_FORKNUM, blk, RBM_NORMAL, info->strategy);
			Page		page;
			IvfSegment	seg;
			bool	   *dead = NULL;
			int			ndead = 0;

			vacuum_delay_point();
			LockBuffer(buf, callback ? BUFFER_LOCK_EXCLUSIVE : BUFFER_LOCK_SHARE);
			page = BufferGetPage(buf);
			seg = IvfBufferSegment(index, buf, l, esz);
			if (callback)
				dead = palloc0(sizeof(bool) * Max(seg->count, 1));
			for (int j = 0; j < seg->count; j++)
			{
				ItemPointerData tid;

				memcpy(&tid, (char *) page + seg->start + (Size) j * esz + IVF_ENTRY_TID,
					   sizeof(ItemPointerData));
				if (callback && callback(&tid, callback_state))
				{
					dead[j] = true;
					ndead++;
				}
				else
					stats->num_index_tuples++;
			}
			if (ndead > 0)
			{
				GenericXLogState *state = GenericXLogStart(index);
				PageHeader	ph;
				Size		end;
				Size		dst;

				/* the live entries move to the segment's end, in order */
				page = GenericXLogRegisterBuffer(state, buf, 0);
				ph = (PageHeader) page;
				seg = IvfPageFindSegment(page, l, esz);
				end = seg->start + (Size) seg->count * esz;
				dst = end;
				for (int j = seg->count - 1; j >= 0; j--)
				{
					if (dead[j])
						continue;
					dst -= esz;
					memmove((char *) page + dst, (char *) page + seg->start + (Size) j * esz, esz);
				}
				/* the segment at pd_upper gives its room back */
				if (seg->start == ph->pd_upper)
					ph->pd_upper = dst;
				seg->start = dst;
				seg->count -= ndead;
				GenericXLogFinish(state);
				stats->tuples_removed += ndead;
			}
			if (dead)
				pfree(dead);
			blk = IvfPageFindSegment(BufferGetPage(buf), l, esz)->next;
			UnlockReleaseBuffer(buf);
		}
	}
	stats->num_pages = RelationGetNumberOfBlocks(index);
}

IndexBulkDeleteResult *
ivfbulkdelete(IndexVacuumInfo *info, IndexBulkDeleteResult *stats,
			  IndexBulkDeleteCallback callback, void *callback_state)
{
	if (stats == NULL)
		stats = palloc0(sizeof(IndexBulkDeleteResult));
	stats->num_index_tuples = 0;
	WalkLists(info, stats, callback, callback_state);
	return stats;
}

IndexBulkDeleteResult *
ivfvacuumcleanup(IndexVacuumInfo *info, IndexBulkDeleteResult *stats)
{
	if (info->analyze_only)
		return stats;
	if (stats == NULL)
	{
		/* no bulkdelete pass ran: count the tuples */
		stats = palloc0(sizeof(IndexBulkDeleteResult));
		WalkLists(info, stats, NULL, NULL);
	}
	return stats;
}

/*
 * ivfrabitq_check(index regclass) returns bigint: walks every list and
 * checks the metapage, the page markers, that chains end within the
 * relation without cycles, that the directory's last page ends its chain,
 * and that every page of a list holds a segment of it lying within the
 * page; returns the number of entries.
 */
PG_FUNCTION_INFO_V1(ivfrabitq_check);
Datum
ivfrabitq_check(PG_FUNCTION_ARGS)
{
	Oid			indexoid = PG_GETARG_OID(0);
	Relation	index = index_open(indexoid, AccessShareLock);
	IvfCache	cache;
	BlockNumber nblocks;
	int64		entries = 0;
	Size		esz;

	if (index->rd_rel->relam != get_index_am_oid("ivfrabitq", false))
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("\"%s\" is not an ivfrabitq index", RelationGetRelationName(index))));
	cache = IvfGetCache(index);
	esz = IVF_ENTRY_SIZE(cache->dims, cache->strategy);
	nblocks = RelationGetNumberOfBlocks(index);

	for (int l = 0; l < cache->nlists; l++)
	{
		Buffer		dirbuf = ReadBuffer(index, cache->dirStart + l / IVF_DIR_PER_PAGE);
		IvfDirEntryData entry;
		BlockNumber blk,
					prev = InvalidBlockNumber;
		BlockNumber steps = 0;

		LockBuffer(dirbuf, BUFFER_LOCK_SHARE);
		entry = ((IvfDirEntryData *) PageGetContents(BufferGetPage(dirbuf)))[l % IVF_DIR_PER_PAGE];
		UnlockReleaseBuffer(dirbuf);

		for (blk = entry.first; blk != InvalidBlockNumber;)
		{
			Buffer		buf;
			Page		page;
			IvfSegment	seg;

			if (blk >= nblocks || ++steps > nblocks)
				ereport(ERROR,
						(errcode(ERRCODE_INDEX_CORRUPTED),
						 errmsg("list %d of index \"%s\" leads to block %u of %u, or loops",
								l, RelationGetRelationName(index), blk, nblocks)));
			buf = ReadBuffer(index, blk);
			LockBuffer(buf, BUFFER_LOCK_SHARE);
			page = BufferGetPage(buf);
			if (PageIsNew(page) || IvfPageGetOpaque(page)->page_id != IVF_PAGE_ID)
				ereport(ERROR,
						(errcode(ERRCODE_INDEX_CORRUPTED),
						 errmsg("block %u of index \"%s\" is not a list page",
								blk, RelationGetRelationName(index))));
			seg = IvfBufferSegment(index, buf, l, esz);
			entries += seg->count;
			prev = blk;
			blk = seg->next;
			UnlockReleaseBuffer(buf);
		}
		if (prev != entry.last)
			ereport(ERROR,
					(errcode(ERRCODE_INDEX_CORRUPTED),
					 errmsg("list %d of index \"%s\" ends at block %u, its directory says %u",
							l, RelationGetRelationName(index), prev, entry.last)));
	}
	index_close(index, AccessShareLock);
	PG_RETURN_INT64(entries);
}
