/*-------------------------------------------------------------------------
 *
 * columnar_handler.c
 *	  The vecstore TableAmRoutine: inserts, DDL callbacks (new storage,
 *	  truncation, tablespace moves), VACUUM, sizes, and the errors for what
 *	  the access method does not support yet.  Also the planner and utility
 *	  hooks that refuse unsupported statements before they change anything.
 *
 * Every callback is set: the server may lack assertions, and a NULL
 * callback would crash it.
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include <math.h>

#include "access/parallel.h"
#include "access/genam.h"
#include "access/heapam.h"
#include "access/multixact.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "access/xlog.h"
#include "catalog/namespace.h"
#include "catalog/pg_inherits.h"
#include "catalog/storage.h"
#include "catalog/storage_xlog.h"
#include "commands/vacuum.h"
#include "executor/tuptable.h"
#include "executor/executor.h"
#include "fmgr.h"
#include "nodes/parsenodes.h"
#include "nodes/nodeFuncs.h"
#include "optimizer/optimizer.h"
#include "optimizer/paths.h"
#include "optimizer/plancat.h"
#include "optimizer/planmain.h"
#include "optimizer/prep.h"
#include "parser/parsetree.h"
#include "pgstat.h"
#include "storage/bufmgr.h"
#include "storage/lmgr.h"
#include "storage/predicate.h"
#include "storage/smgr.h"
#include "tcop/utility.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/relcache.h"
#include "utils/snapmgr.h"
#include "utils/tuplesort.h"

#include "columnar_am.h"
#include "vecstore.h"

PG_FUNCTION_INFO_V1(vecstore_tableam_handler);

static const TableAmRoutine columnar_methods;

TupleTableSlotOps ColumnarSlotOps;

static get_relation_info_hook_type prev_get_relation_info_hook = NULL;
static set_rel_pathlist_hook_type prev_set_rel_pathlist_hook = NULL;
static ExecutorStart_hook_type prev_ExecutorStart = NULL;
static ProcessUtility_hook_type prev_ProcessUtility = NULL;

static void
NotSupported(const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("%s is not supported for vecstore tables", what)));
}

static bool
IsColumnarRelation(Relation rel)
{
	return rel->rd_tableam == &columnar_methods;
}

static bool
IsColumnarRelid(Oid relid)
{
	Relation	rel = RelationIdGetRelation(relid);
	bool		result;

	if (rel == NULL)
		return false;
	result = IsColumnarRelation(rel);
	RelationClose(rel);
	return result;
}

/* ----------------------------------------------------------------
 * Slot: virtual, but heap tuples made from it carry the row's TID
 * ----------------------------------------------------------------
 */

static HeapTuple
columnar_copy_heap_tuple(TupleTableSlot *slot)
{
	HeapTuple	tuple = TTSOpsVirtual.copy_heap_tuple(slot);

	tuple->t_self = slot->tts_tid;
	tuple->t_tableOid = slot->tts_tableOid;
	return tuple;
}

/*
 * xmin is the xid of the row's stripe (or of the level still buffering it):
 * INSERT ... ON CONFLICT DO NOTHING under REPEATABLE READ asks for it when
 * the conflicting row is not visible to the snapshot.  The other system
 * columns that live in tuple headers do not exist here.
 */
static Datum
columnar_getsysattr(TupleTableSlot *slot, int attnum, bool *isnull)
{
	if (attnum == MinTransactionIdAttributeNumber &&
		OidIsValid(slot->tts_tableOid) && ItemPointerIsValid(&slot->tts_tid))
	{
		Relation	rel = RelationIdGetRelation(slot->tts_tableOid);
		TransactionId xmin = InvalidTransactionId;

		if (rel != NULL)
		{
			if (IsColumnarRelation(rel))
			{
				RowNumber	rownum = TidGetRowNumber(&slot->tts_tid);
				StripeEntryData entry;

				xmin = ColumnarBufferedRowXid(rel, rownum);
				if (!TransactionIdIsValid(xmin) &&
					ColumnarFindStripe(rel, rownum, &entry))
					xmin = entry.xmin;
			}
			RelationClose(rel);
		}
		if (TransactionIdIsValid(xmin))
		{
			*isnull = false;
			return TransactionIdGetDatum(xmin);
		}
	}
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("system column %d is not available for vecstore tables",
					attnum)));
	return (Datum) 0;
}

static const TupleTableSlotOps *
columnar_slot_callbacks(Relation rel)
{
	return &ColumnarSlotOps;
}

/* ----------------------------------------------------------------
 * Inserts
 * ----------------------------------------------------------------
 */

/* refuses inserts that a publication would silently lose */
static void
CheckInsertAllowed(Relation rel)
{
	PublicationDesc pubdesc;

	RelationBuildPublicationDesc(rel, &pubdesc);
	if (pubdesc.pubactions.pubinsert || pubdesc.pubactions.pubupdate ||
		pubdesc.pubactions.pubdelete || pubdesc.pubactions.pubtruncate)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("cannot insert into vecstore table \"%s\" because it is in a publication",
						RelationGetRelationName(rel)),
				 errdetail("Logical replication of vecstore tables is not supported.")));
	CheckForSerializableConflictIn(rel, NULL, InvalidBlockNumber);
}

static void
columnar_tuple_insert(Relation rel, TupleTableSlot *slot, CommandId cid,
					  int options, struct BulkInsertStateData *bistate)
{
	CheckInsertAllowed(rel);
	ColumnarBufferInsert(rel, &slot, 1, cid);
	pgstat_count_heap_insert(rel, 1);
}

static void
columnar_multi_insert(Relation rel, TupleTableSlot **slots, int nslots,
					  CommandId cid, int options,
					  struct BulkInsertStateData *bistate)
{
	CheckInsertAllowed(rel);
	ColumnarBufferInsert(rel, slots, nslots, cid);
	pgstat_count_heap_insert(rel, nslots);
}

static void
columnar_tuple_insert_speculative(Relation rel, TupleTableSlot *slot,
								  CommandId cid, int options,
								  struct BulkInsertStateData *bistate,
								  uint32 specToken)
{
	/*
	 * No token is kept: a concurrent inserter that finds this row waits for
	 * the whole transaction instead (see ColumnarStripeVisibility), which
	 * is longer but never wrong.
	 */
	CheckInsertAllowed(rel);
	ColumnarBufferInsertSpeculative(rel, slot, cid);
	pgstat_count_heap_insert(rel, 1);
}

static void
columnar_tuple_complete_speculative(Relation rel, TupleTableSlot *slot,
									uint32 specToken, bool succeeded)
{
	ColumnarBufferCompleteSpeculative(rel, &slot->tts_tid, succeeded);
}

static TM_Result
columnar_tuple_delete(Relation rel, ItemPointer tid, CommandId cid,
					  Snapshot snapshot, Snapshot crosscheck, bool wait,
					  TM_FailureData *tmfd, bool changingPart)
{
	NotSupported("DELETE");
	return TM_Invisible;
}

static TM_Result
columnar_tuple_update(Relation rel, ItemPointer otid, TupleTableSlot *slot,
					  CommandId cid, Snapshot snapshot, Snapshot crosscheck,
					  bool wait, TM_FailureData *tmfd,
					  LockTupleMode *lockmode, bool *update_indexes)
{
	NotSupported("UPDATE");
	return TM_Invisible;
}

/*
 * Rows are never updated or deleted and the stronger lock modes are
 * refused, so FOR KEY SHARE (what foreign key checks take on referencing
 * and referenced rows) conflicts with nothing: it only has to find the row.
 */
static TM_Result
columnar_tuple_lock(Relation rel, ItemPointer tid, Snapshot snapshot,
					TupleTableSlot *slot, CommandId cid, LockTupleMode mode,
					LockWaitPolicy wait_policy, uint8 flags,
					TM_FailureData *tmfd)
{
	if (mode != LockTupleKeyShare)
		NotSupported("SELECT ... FOR UPDATE/SHARE");
	tmfd->ctid = *tid;
	tmfd->xmax = InvalidTransactionId;
	tmfd->cmax = InvalidCommandId;
	tmfd->traversed = false;
	if (!columnar_tuple_fetch_row_version(rel, tid, SnapshotAny, slot))
		return TM_Invisible;
	return TM_Ok;
}

static void
columnar_finish_bulk_insert(Relation rel, int options)
{
	ColumnarFlushRelation(rel);
}

static void
columnar_tuple_get_latest_tid(TableScanDesc scan, ItemPointer tid)
{
	/* rows are never updated: the TID is the latest version */
}

static TransactionId
columnar_index_delete_tuples(Relation rel, TM_IndexDeleteOp *delstate)
{
	/* nothing is ever dead: delete nothing, never fail */
	delstate->ndeltids = 0;
	return InvalidTransactionId;
}

/* ----------------------------------------------------------------
 * DDL
 * ----------------------------------------------------------------
 */

static void
columnar_relation_set_new_filenode(Relation rel, const RelFileNode *newrnode,
								   char persistence, TransactionId *freezeXid,
								   MultiXactId *minmulti)
{
	SMgrRelation srel;

	if (persistence == RELPERSISTENCE_UNLOGGED)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("unlogged vecstore tables are not supported")));

	if (!RelFileNodeEquals(rel->rd_node, *newrnode))
	{
		/*
		 * TRUNCATE.  In a subtransaction the old storage comes back if it
		 * aborts, so its buffered rows must be written into it; at the top
		 * level the old storage is gone for good.
		 */
		if (GetCurrentTransactionNestLevel() > 1)
			ColumnarFlushRelation(rel);
		else
			ColumnarDiscardRelation(rel);
	}

	/* stripes carry their own xids, which VACUUM freezes */
	*freezeXid = RecentXmin;
	*minmulti = GetOldestMultiXactId();

	/*
	 * With wal_level = minimal the new storage is synced at commit instead
	 * of logged (RelationCreateStorage registers that); a logged metapage
	 * image could then overwrite later unlogged changes at redo.
	 */
	srel = RelationCreateStorage(*newrnode, persistence, true);
	ColumnarInitStorage(srel, MAIN_FORKNUM,
						persistence == RELPERSISTENCE_PERMANENT &&
						XLogIsNeeded());
	smgrclose(srel);
}

static void
columnar_relation_nontransactional_truncate(Relation rel)
{
	/* the storage was created in this transaction: start it afresh */
	ColumnarDiscardRelation(rel);
	ColumnarForgetSmallRun();
	RelationTruncate(rel, 0);
	ColumnarInitStorage(RelationGetSmgr(rel), MAIN_FORKNUM,
						RelationNeedsWAL(rel));
}

static void
columnar_relation_copy_data(Relation rel, const RelFileNode *newrnode)
{
	SMgrRelation dstrel;
	char		persistence = rel->rd_rel->relpersistence;

	/* pages do not embed the relfilenode: a block copy is enough */
	ColumnarCloneRelationState(rel, newrnode);
	FlushRelationBuffers(rel);
	dstrel = RelationCreateStorage(*newrnode, persistence, true);
	RelationCopyStorage(RelationGetSmgr(rel), dstrel, MAIN_FORKNUM,
						persistence);
	for (ForkNumber fork = MAIN_FORKNUM + 1; fork <= MAX_FORKNUM; fork++)
	{
		if (smgrexists(RelationGetSmgr(rel), fork))
		{
			smgrcreate(dstrel, fork, false);
			if (persistence == RELPERSISTENCE_PERMANENT)
				log_smgrcreate(newrnode, fork);
			RelationCopyStorage(RelationGetSmgr(rel), dstrel, fork,
								persistence);
		}
	}
	RelationDropStorage(rel);
	smgrclose(dstrel);
}

/*
 * VACUUM FULL and CLUSTER: the rows the old storage holds (committed, or
 * this transaction's) go through the write buffer into the new storage,
 * so they come out as full chunk groups and stripes; in the old index's
 * order for CLUSTER, sorted or read through the index as cluster.c chose.
 * Nothing is dead: rows of aborted transactions are never visible.
 */
static void
columnar_relation_copy_for_cluster(Relation OldTable, Relation NewTable,
								   Relation OldIndex, bool use_sort,
								   TransactionId OldestXmin,
								   TransactionId *xid_cutoff,
								   MultiXactId *multi_cutoff,
								   double *num_tuples,
								   double *tups_vacuumed,
								   double *tups_recently_dead)
{
	TupleTableSlot *slot = table_slot_create(OldTable, NULL);
	CommandId	cid = GetCurrentCommandId(true);
	Tuplesortstate *sort = NULL;
	IndexScanDesc iscan = NULL;
	TableScanDesc tscan = NULL;

	*num_tuples = 0;
	*tups_vacuumed = 0;
	*tups_recently_dead = 0;
	ColumnarFlushRelation(OldTable);

	if (OldIndex != NULL && !use_sort)
	{
		iscan = index_beginscan(OldTable, OldIndex, SnapshotSelf, 0, 0);
		index_rescan(iscan, NULL, 0, NULL, 0);
	}
	else
		tscan = table_beginscan(OldTable, SnapshotSelf, 0, NULL);
	if (OldIndex != NULL && use_sort)
		sort = tuplesort_begin_cluster(RelationGetDescr(OldTable), OldIndex,
									   maintenance_work_mem, NULL,
									   TUPLESORT_NONE);

	for (;;)
	{
		CHECK_FOR_INTERRUPTS();
		if (iscan != NULL ?
			!index_getnext_slot(iscan, ForwardScanDirection, slot) :
			!table_scan_getnextslot(tscan, ForwardScanDirection, slot))
			break;
		*num_tuples += 1;
		if (sort != NULL)
		{
			HeapTuple	tuple = ExecCopySlotHeapTuple(slot);

			tuplesort_putheaptuple(sort, tuple);
			heap_freetuple(tuple);
		}
		else
			ColumnarBufferInsert(NewTable, &slot, 1, cid);
	}
	if (iscan != NULL)
		index_endscan(iscan);
	if (tscan != NULL)
		table_endscan(tscan);

	if (sort != NULL)
	{
		HeapTuple	tuple;

		tuplesort_performsort(sort);
		while ((tuple = tuplesort_getheaptuple(sort, true)) != NULL)
		{
			CHECK_FOR_INTERRUPTS();
			ExecForceStoreHeapTuple(tuple, slot, false);
			ColumnarBufferInsert(NewTable, &slot, 1, cid);
		}
		tuplesort_end(sort);
	}
	ColumnarFlushRelation(NewTable);
	ExecDropSingleTupleTableSlot(slot);
}

static void
columnar_relation_vacuum(Relation rel, struct VacuumParams *params,
						 BufferAccessStrategy bstrategy)
{
	TransactionId oldestXmin;
	TransactionId freezeLimit;
	MultiXactId oldestMxact;
	MultiXactId multiXactCutoff;
	double		live = 0;
	BlockNumber nblocks;

	ColumnarCheckStorage(rel);
	vacuum_set_xid_limits(rel, params->freeze_min_age,
						  params->freeze_table_age,
						  params->multixact_freeze_min_age,
						  params->multixact_freeze_table_age,
						  &oldestXmin, &oldestMxact,
						  &freezeLimit, &multiXactCutoff);

	/* every xid older than freezeLimit is frozen or forgotten below */
	ColumnarFreezeDirectory(rel, freezeLimit, &live);
	nblocks = RelationGetNumberOfBlocks(rel);
	vac_update_relstats(rel, nblocks, live, 0, rel->rd_rel->relhasindex,
						freezeLimit, oldestMxact, NULL, NULL, false);
	pgstat_report_vacuum(RelationGetRelid(rel), rel->rd_rel->relisshared,
						 (PgStat_Counter) live, 0);
}

static void
columnar_index_validate_scan(Relation table_rel, Relation index_rel,
							 struct IndexInfo *index_info, Snapshot snapshot,
							 struct ValidateIndexState *state)
{
	NotSupported("CREATE INDEX CONCURRENTLY");
}

static uint64
columnar_relation_size(Relation rel, ForkNumber forkNumber)
{
	return table_block_relation_size(rel, forkNumber);
}

static bool
columnar_relation_needs_toast_table(Relation rel)
{
	return false;
}

static void
columnar_relation_estimate_size(Relation rel, int32 *attr_widths,
								BlockNumber *pages, double *tuples,
								double *allvisfrac)
{
	BlockNumber curpages = RelationGetNumberOfBlocks(rel);
	BlockNumber relpages = (BlockNumber) rel->rd_rel->relpages;
	double		reltuples = rel->rd_rel->reltuples;

	*pages = curpages;
	*allvisfrac = 0;
	if (relpages > 0 && reltuples >= 0)
		*tuples = rint(reltuples / relpages * curpages);
	else
		*tuples = ColumnarCountRows(rel);
}

static bool
columnar_scan_sample_next_block(TableScanDesc scan,
								struct SampleScanState *scanstate)
{
	NotSupported("TABLESAMPLE");
	return false;
}

static bool
columnar_scan_sample_next_tuple(TableScanDesc scan,
								struct SampleScanState *scanstate,
								TupleTableSlot *slot)
{
	NotSupported("TABLESAMPLE");
	return false;
}

static const TableAmRoutine columnar_methods = {
	.type = T_TableAmRoutine,

	.slot_callbacks = columnar_slot_callbacks,

	.scan_begin = columnar_scan_begin,
	.scan_end = columnar_scan_end,
	.scan_rescan = columnar_scan_rescan,
	.scan_getnextslot = columnar_scan_getnextslot,

	.parallelscan_estimate = columnar_parallelscan_estimate,
	.parallelscan_initialize = columnar_parallelscan_initialize,
	.parallelscan_reinitialize = columnar_parallelscan_reinitialize,

	.index_fetch_begin = columnar_index_fetch_begin,
	.index_fetch_reset = columnar_index_fetch_reset,
	.index_fetch_end = columnar_index_fetch_end,
	.index_fetch_tuple = columnar_index_fetch_tuple,

	.tuple_fetch_row_version = columnar_tuple_fetch_row_version,
	.tuple_tid_valid = columnar_tuple_tid_valid,
	.tuple_get_latest_tid = columnar_tuple_get_latest_tid,
	.tuple_satisfies_snapshot = columnar_tuple_satisfies_snapshot,
	.index_delete_tuples = columnar_index_delete_tuples,

	.tuple_insert = columnar_tuple_insert,
	.tuple_insert_speculative = columnar_tuple_insert_speculative,
	.tuple_complete_speculative = columnar_tuple_complete_speculative,
	.multi_insert = columnar_multi_insert,
	.tuple_delete = columnar_tuple_delete,
	.tuple_update = columnar_tuple_update,
	.tuple_lock = columnar_tuple_lock,
	.finish_bulk_insert = columnar_finish_bulk_insert,

	.relation_set_new_filenode = columnar_relation_set_new_filenode,
	.relation_nontransactional_truncate = columnar_relation_nontransactional_truncate,
	.relation_copy_data = columnar_relation_copy_data,
	.relation_copy_for_cluster = columnar_relation_copy_for_cluster,
	.relation_vacuum = columnar_relation_vacuum,
	.scan_analyze_next_block = columnar_scan_analyze_next_block,
	.scan_analyze_next_tuple = columnar_scan_analyze_next_tuple,
	.index_build_range_scan = columnar_index_build_range_scan,
	.index_validate_scan = columnar_index_validate_scan,

	.relation_size = columnar_relation_size,
	.relation_needs_toast_table = columnar_relation_needs_toast_table,
	.relation_toast_am = NULL,	/* optional: no toast table */
	.relation_fetch_toast_slice = NULL,

	.relation_estimate_size = columnar_relation_estimate_size,

	/* optional pairs left out: no bitmap or TID range scans */
	.scan_bitmap_next_block = NULL,
	.scan_bitmap_next_tuple = NULL,
	.scan_set_tidrange = NULL,
	.scan_getnextslot_tidrange = NULL,

	.scan_sample_next_block = columnar_scan_sample_next_block,
	.scan_sample_next_tuple = columnar_scan_sample_next_tuple
};

Datum
vecstore_tableam_handler(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(&columnar_methods);
}

/* ----------------------------------------------------------------
 * Hooks: refuse unsupported statements at plan time
 * ----------------------------------------------------------------
 */

static void
ColumnarGetRelationInfo(PlannerInfo *root, Oid relationObjectId,
						bool inhparent, RelOptInfo *rel)
{
	Relation	relation;
	bool		columnar;

	if (prev_get_relation_info_hook)
		prev_get_relation_info_hook(root, relationObjectId, inhparent, rel);

	relation = table_open(relationObjectId, NoLock);
	columnar = IsColumnarRelation(relation);
	table_close(relation, NoLock);
	if (!columnar)
		return;

	/*
	 * Parallel sequential scans are supported (the leader flushes its
	 * buffered rows before launching workers, see BeginColumnarScans), but
	 * parallel index builds are not: plan_create_index_workers plans a
	 * query without a jointree.
	 */
	if (root->parse->jointree == NULL)
		rel->rel_parallel_workers = 0;

	if (bms_is_member(rel->relid, root->all_result_relids) ||
		rel->relid == (Index) root->parse->resultRelation)
	{
		switch (root->parse->commandType)
		{
			case CMD_UPDATE:
				NotSupported("UPDATE");
				break;
			case CMD_DELETE:
				NotSupported("DELETE");
				break;
			case CMD_MERGE:
				{
					ListCell   *lc;

					foreach(lc, root->parse->mergeActionList)
					{
						MergeAction *action = lfirst(lc);

						if (action->commandType == CMD_UPDATE)
							NotSupported("MERGE ... UPDATE");
						if (action->commandType == CMD_DELETE)
							NotSupported("MERGE ... DELETE");
					}
				}
				break;
			default:
				break;
		}
	}
	if (rel->reloptkind == RELOPT_BASEREL || rel->reloptkind == RELOPT_OTHER_MEMBER_REL)
	{
		RangeTblEntry *rte = planner_rt_fetch(rel->relid, root);
		ListCell   *lc;

		if (rte->tablesample != NULL)
			NotSupported("TABLESAMPLE");
		foreach(lc, root->rowMarks)
		{
			PlanRowMark *rc = lfirst(lc);

			/* FOR KEY SHARE is left for foreign keys: see tuple_lock */
			if (rc->rti == rel->relid &&
				RowMarkRequiresRowShareLock(rc->markType) &&
				rc->markType != ROW_MARK_KEYSHARE)
				NotSupported("SELECT ... FOR UPDATE/SHARE");
		}
	}
}

/*
 * A scan given a "physical" target list (all columns, to save a projection)
 * would decode every column.  Marking a system column as needed (by no
 * relation) makes the planner emit exact target lists for vecstore scans,
 * so that the columns a SeqScan's target list and quals use are all it
 * needs; ColumnarExecutorStart passes them to the scan.
 */
static void
ColumnarSetRelPathlist(PlannerInfo *root, RelOptInfo *rel, Index rti,
					   RangeTblEntry *rte)
{
	int			idx;

	if (prev_set_rel_pathlist_hook)
		prev_set_rel_pathlist_hook(root, rel, rti, rte);
	if (rte->rtekind != RTE_RELATION || rel->reloptkind != RELOPT_BASEREL ||
		rte->relkind != RELKIND_RELATION || !IsColumnarRelid(rte->relid))
		return;
	idx = TableOidAttributeNumber - rel->min_attr;
	if (idx >= 0 && rel->attr_needed[idx] == NULL)
		rel->attr_needed[idx] = bms_make_singleton(0);

	/*
	 * Rows this transaction wrote are filtered by the leader's command-id
	 * map; only a parallel seq scan ships it to workers.  Keep such
	 * relations out of workers altogether.
	 */
	if (rel->consider_parallel)
	{
		Relation	relation = table_open(rte->relid, NoLock);
		ColumnarCidMap map = ColumnarCopyCidMap(relation);

		table_close(relation, NoLock);
		if (map->nruns > 0)
		{
			ListCell   *lc;

			rel->consider_parallel = false;
			rel->partial_pathlist = NIL;
			foreach(lc, rel->pathlist)
				((Path *) lfirst(lc))->parallel_safe = false;
		}
	}
}

/* columns a scan node reads: NULL for all (whole-row references) */
Bitmapset *
ColumnarScanNeededAttrs(Scan *scan, Node *extra, int natts)
{
	Bitmapset  *varattnos = NULL;
	Bitmapset  *attrs = NULL;
	int			x = -1;

	pull_varattnos((Node *) scan->plan.targetlist, scan->scanrelid, &varattnos);
	pull_varattnos((Node *) scan->plan.qual, scan->scanrelid, &varattnos);
	pull_varattnos(extra, scan->scanrelid, &varattnos);
	while ((x = bms_next_member(varattnos, x)) >= 0)
	{
		int			attno = x + FirstLowInvalidHeapAttributeNumber;

		if (attno == 0)
			return NULL;
		if (attno > 0 && attno <= natts)
			attrs = bms_add_member(attrs, attno);
	}
	/* an empty set would mean "all": name a column that does not exist */
	if (attrs == NULL)
		attrs = bms_make_singleton(natts + 1);
	return attrs;
}

static bool
BeginColumnarScans(PlanState *ps, void *context)
{
	if (ps == NULL)
		return false;
	if (IsA(ps, SeqScanState))
	{
		SeqScanState *ss = (SeqScanState *) ps;
		Relation	rel = ss->ss.ss_currentRelation;

		if (rel != NULL && IsColumnarRelation(rel) && ps->plan->parallel_aware)
		{
			/*
			 * ExecSeqScanInitializeDSM begins the scan, in parallel mode:
			 * write out the buffered rows its snapshot must see now
			 */
			MemoryContext old = MemoryContextSwitchTo(ps->state->es_query_cxt);
			Bitmapset  *attrs = ColumnarScanNeededAttrs((Scan *) ps->plan, NULL,
														RelationGetDescr(rel)->natts);

			if (!IsParallelWorker())
				ColumnarFlushForSnapshot(rel, ps->state->es_snapshot);
			ColumnarRegisterParallelAttrs(RelationGetRelid(rel), attrs);
			MemoryContextSwitchTo(old);
		}
		else if (rel != NULL && IsColumnarRelation(rel) &&
				 ss->ss.ss_currentScanDesc == NULL)
		{
			MemoryContext old = MemoryContextSwitchTo(ps->state->es_query_cxt);
			Bitmapset  *attrs = ColumnarScanNeededAttrs((Scan *) ps->plan, NULL,
														RelationGetDescr(rel)->natts);

			/* the flags table_beginscan would use in SeqNext */
			ss->ss.ss_currentScanDesc =
				ColumnarBeginScan(rel, ps->state->es_snapshot, 0, NULL, NULL,
								  SO_TYPE_SEQSCAN | SO_ALLOW_STRAT |
								  SO_ALLOW_SYNC | SO_ALLOW_PAGEMODE, attrs);
			MemoryContextSwitchTo(old);
		}
	}
	else if (IsA(ps, IndexScanState))
	{
		IndexScanState *is = (IndexScanState *) ps;
		IndexScan  *plan = (IndexScan *) ps->plan;
		Relation	rel = is->ss.ss_currentRelation;

		if (rel != NULL && IsColumnarRelation(rel) &&
			is->iss_ScanDesc == NULL && is->iss_RelationDesc != NULL &&
			!plan->scan.plan.parallel_aware)
		{
			MemoryContext old = MemoryContextSwitchTo(ps->state->es_query_cxt);
			Node	   *extra = (Node *) list_make2(plan->indexqualorig,
													plan->indexorderbyorig);
			Bitmapset  *attrs = ColumnarScanNeededAttrs(&plan->scan, extra,
														RelationGetDescr(rel)->natts);

			/* what IndexNext would do on its first call */
			is->iss_ScanDesc = index_beginscan(rel, is->iss_RelationDesc,
											   ps->state->es_snapshot,
											   is->iss_NumScanKeys,
											   is->iss_NumOrderByKeys);
			ColumnarIndexFetchSetAttrs(is->iss_ScanDesc->xs_heapfetch, attrs);
			if (is->iss_NumRuntimeKeys == 0 || is->iss_RuntimeKeysReady)
				index_rescan(is->iss_ScanDesc,
							 is->iss_ScanKeys, is->iss_NumScanKeys,
							 is->iss_OrderByKeys, is->iss_NumOrderByKeys);
			MemoryContextSwitchTo(old);
		}
	}
	else if (IsA(ps, IndexOnlyScanState))
	{
		IndexOnlyScanState *ios = (IndexOnlyScanState *) ps;
		Relation	rel = ios->ss.ss_currentRelation;

		if (rel != NULL && IsColumnarRelation(rel) &&
			ios->ioss_ScanDesc == NULL && ios->ioss_RelationDesc != NULL &&
			!ps->plan->parallel_aware)
		{
			MemoryContext old = MemoryContextSwitchTo(ps->state->es_query_cxt);
			int			natts = RelationGetDescr(rel)->natts;

			/* what IndexOnlyNext would do; its table fetches need no column */
			ios->ioss_ScanDesc = index_beginscan(rel, ios->ioss_RelationDesc,
												 ps->state->es_snapshot,
												 ios->ioss_NumScanKeys,
												 ios->ioss_NumOrderByKeys);
			ios->ioss_ScanDesc->xs_want_itup = true;
			ios->ioss_VMBuffer = InvalidBuffer;
			ColumnarIndexFetchSetAttrs(ios->ioss_ScanDesc->xs_heapfetch,
									   bms_make_singleton(natts + 1));
			if (ios->ioss_NumRuntimeKeys == 0 || ios->ioss_RuntimeKeysReady)
				index_rescan(ios->ioss_ScanDesc,
							 ios->ioss_ScanKeys, ios->ioss_NumScanKeys,
							 ios->ioss_OrderByKeys, ios->ioss_NumOrderByKeys);
			MemoryContextSwitchTo(old);
		}
	}
	return planstate_tree_walker(ps, BeginColumnarScans, context);
}

/*
 * Finds a scan below a Gather that would read, in a worker, a vecstore table
 * this transaction wrote to without the leader's command-id map: only
 * parallel-aware sequential scans ship it.  Fresh plans never do this (see
 * ColumnarSetRelPathlist), but a plan cached before the write can.
 */
static bool
OwnRowsInWorkers(PlanState *ps, void *context)
{
	bool		belowGather = *(bool *) context;

	if (ps == NULL)
		return false;
	if (IsA(ps, GatherState) || IsA(ps, GatherMergeState))
	{
		bool		below = true;

		return planstate_tree_walker(ps, OwnRowsInWorkers, &below);
	}
	if (belowGather && !ps->plan->parallel_aware &&
		(IsA(ps, SeqScanState) || IsA(ps, IndexScanState) ||
		 IsA(ps, IndexOnlyScanState) || IsA(ps, BitmapHeapScanState) ||
		 IsA(ps, TidScanState) || IsA(ps, TidRangeScanState) ||
		 IsA(ps, CustomScanState)))
	{
		Relation	rel = ((ScanState *) ps)->ss_currentRelation;

		if (rel != NULL && IsColumnarRelation(rel) &&
			ColumnarCopyCidMap(rel)->nruns > 0)
			return true;
	}
	return planstate_tree_walker(ps, OwnRowsInWorkers, context);
}

/* a vecstore table, or a partitioned table with a vecstore partition */
static bool
HasColumnarStorage(RangeTblEntry *rte)
{
	if (rte->relkind == RELKIND_PARTITIONED_TABLE)
	{
		ListCell   *lc;

		foreach(lc, find_all_inheritors(rte->relid, AccessShareLock, NULL))
		{
			if (IsColumnarRelid(lfirst_oid(lc)))
				return true;
		}
		return false;
	}
	return IsColumnarRelid(rte->relid);
}

/*
 * ON CONFLICT DO UPDATE needs UPDATE: refuse it up front rather than only
 * when a conflict happens.  A ModifyTable is the top node of the main plan
 * or of a CTE's subplan.
 */
static void
RefuseOnConflictUpdate(PlannedStmt *stmt)
{
	List	   *plans = lcons(stmt->planTree, list_copy(stmt->subplans));
	ListCell   *lc;

	foreach(lc, plans)
	{
		ModifyTable *mt = lfirst(lc);
		ListCell   *rc;

		if (mt == NULL || !IsA(mt, ModifyTable) ||
			mt->onConflictAction != ONCONFLICT_UPDATE)
			continue;
		foreach(rc, mt->resultRelations)
		{
			if (HasColumnarStorage(rt_fetch(lfirst_int(rc), stmt->rtable)))
				NotSupported("INSERT ... ON CONFLICT DO UPDATE");
		}
	}
	list_free(plans);
}

/*
 * Begins the sequential scans of vecstore tables before SeqNext would, with
 * the set of columns the plan reads, so that only those are decoded.  A
 * stale parallel plan that would hide this transaction's rows from workers
 * runs in the leader alone (Gather then executes its subplan itself).
 */
static void
ColumnarExecutorStart(QueryDesc *queryDesc, int eflags)
{
	if ((eflags & EXEC_FLAG_EXPLAIN_ONLY) == 0 &&
		(queryDesc->plannedstmt->commandType == CMD_INSERT ||
		 queryDesc->plannedstmt->hasModifyingCTE))
		RefuseOnConflictUpdate(queryDesc->plannedstmt);
	if (prev_ExecutorStart)
		prev_ExecutorStart(queryDesc, eflags);
	else
		standard_ExecutorStart(queryDesc, eflags);
	if ((eflags & EXEC_FLAG_EXPLAIN_ONLY) == 0 && queryDesc->planstate != NULL)
	{
		bool		belowGather = false;

		/* ExecutePlan takes its parallel mode from the (maybe cached) plan */
		if (queryDesc->plannedstmt->parallelModeNeeded &&
			OwnRowsInWorkers(queryDesc->planstate, &belowGather))
		{
			PlannedStmt *stmt = palloc(sizeof(PlannedStmt));

			memcpy(stmt, queryDesc->plannedstmt, sizeof(PlannedStmt));
			stmt->parallelModeNeeded = false;
			queryDesc->plannedstmt = stmt;
			queryDesc->estate->es_use_parallel_mode = false;
		}
		BeginColumnarScans(queryDesc->planstate, NULL);
	}
}

/*
 * refuses publishing a vecstore table by name, or a partitioned table with
 * vecstore partitions (publishing it publishes them)
 */
static void
CheckPublicationObjects(List *pubobjects)
{
	ListCell   *lc;

	foreach(lc, pubobjects)
	{
		PublicationObjSpec *obj = lfirst(lc);
		Oid			relid;
		List	   *rels;
		ListCell   *lc2;

		if (obj->pubobjtype != PUBLICATIONOBJ_TABLE || obj->pubtable == NULL)
			continue;
		relid = RangeVarGetRelid(obj->pubtable->relation, NoLock, true);
		if (!OidIsValid(relid))
			continue;
		rels = get_rel_relkind(relid) == RELKIND_PARTITIONED_TABLE ?
			find_all_inheritors(relid, AccessShareLock, NULL) :
			list_make1_oid(relid);
		foreach(lc2, rels)
		{
			if (IsColumnarRelid(lfirst_oid(lc2)))
				ereport(ERROR,
						(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
						 errmsg("vecstore table \"%s\" cannot be added to a publication",
								get_rel_name(lfirst_oid(lc2))),
						 errdetail("Logical replication of vecstore tables is not supported.")));
		}
	}
}

static void
ColumnarProcessUtility(PlannedStmt *pstmt, const char *queryString,
					   bool readOnlyTree, ProcessUtilityContext context,
					   ParamListInfo params, QueryEnvironment *queryEnv,
					   DestReceiver *dest, QueryCompletion *qc)
{
	Node	   *parsetree = pstmt->utilityStmt;

	if (IsA(parsetree, IndexStmt) && ((IndexStmt *) parsetree)->concurrent)
	{
		IndexStmt  *stmt = (IndexStmt *) parsetree;
		Oid			relid = RangeVarGetRelid(stmt->relation, NoLock, true);

		if (OidIsValid(relid) && IsColumnarRelid(relid))
			NotSupported("CREATE INDEX CONCURRENTLY");
	}
	else if (IsA(parsetree, CreatePublicationStmt))
		CheckPublicationObjects(((CreatePublicationStmt *) parsetree)->pubobjects);
	else if (IsA(parsetree, AlterPublicationStmt) &&
			 ((AlterPublicationStmt *) parsetree)->action != AP_DropObjects)
		CheckPublicationObjects(((AlterPublicationStmt *) parsetree)->pubobjects);

	if (prev_ProcessUtility)
		prev_ProcessUtility(pstmt, queryString, readOnlyTree, context, params,
							queryEnv, dest, qc);
	else
		standard_ProcessUtility(pstmt, queryString, readOnlyTree, context,
								params, queryEnv, dest, qc);
}

void
ColumnarInit(void)
{
	ColumnarSlotOps = TTSOpsVirtual;
	ColumnarSlotOps.copy_heap_tuple = columnar_copy_heap_tuple;
	ColumnarSlotOps.getsysattr = columnar_getsysattr;

	ColumnarStorageInit();
	ColumnarDirectoryInit();
	ColumnarWriteBufInit();
	ColumnarScanInit();

	prev_get_relation_info_hook = get_relation_info_hook;
	get_relation_info_hook = ColumnarGetRelationInfo;
	prev_set_rel_pathlist_hook = set_rel_pathlist_hook;
	set_rel_pathlist_hook = ColumnarSetRelPathlist;
	prev_ExecutorStart = ExecutorStart_hook;
	ExecutorStart_hook = ColumnarExecutorStart;
	prev_ProcessUtility = ProcessUtility_hook;
	ProcessUtility_hook = ColumnarProcessUtility;
}
