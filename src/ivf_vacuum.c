/*-------------------------------------------------------------------------
 *
 * ivf_vacuum.c
 *	  VACUUM of an ivfrabitq index: dead TIDs leave their list pages
 *	  (generic WAL); pages are kept, and new codes go to a list's last page.
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include "commands/vacuum.h"
#include "ivf.h"
#include "utils/rel.h"

/* Visits every list page; with a callback, removes the TIDs it names. */
static void
WalkLists(IndexVacuumInfo *info, IndexBulkDeleteResult *stats,
		  IndexBulkDeleteCallback callback, void *callback_state)
{
	Relation	index = info->index;
	IvfCache	cache = IvfGetCache(index);

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
			OffsetNumber dead[MaxOffsetNumber];
			int			ndead = 0;
			OffsetNumber maxoff;

			vacuum_delay_point();
			LockBuffer(buf, callback ? BUFFER_LOCK_EXCLUSIVE : BUFFER_LOCK_SHARE);
			page = BufferGetPage(buf);
			maxoff = PageGetMaxOffsetNumber(page);
			for (OffsetNumber off = FirstOffsetNumber; off <= maxoff; off++)
			{
				IvfItem		item = (IvfItem) PageGetItem(page, PageGetItemId(page, off));

				if (callback && callback(&item->tid, callback_state))
					dead[ndead++] = off;
				else
					stats->num_index_tuples++;
			}
			if (ndead > 0)
			{
				GenericXLogState *state = GenericXLogStart(index);

				page = GenericXLogRegisterBuffer(state, buf, 0);
				PageIndexMultiDelete(page, dead, ndead);
				GenericXLogFinish(state);
				stats->tuples_removed += ndead;
			}
			blk = IvfPageGetOpaque(BufferGetPage(buf))->next;
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
