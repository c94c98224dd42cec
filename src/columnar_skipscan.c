/*-------------------------------------------------------------------------
 *
 * columnar_skipscan.c
 *	  VecstoreScan: a sequential scan of a vecstore table that skips chunk
 *	  groups whose min/max refute its quals (columnar_stats.c), and shows
 *	  in EXPLAIN ANALYZE how many it read and skipped.
 *
 * PostgreSQL 15 gives a table access method no say in EXPLAIN and no view
 * of the quals, hence a custom scan.  It is offered next to the sequential
 * scan (and the parallel one) of a vecstore base relation when a qual can
 * refute chunk groups, its run cost scaled by the chunk groups it is
 * expected to read (from the clause's selectivity and the column's
 * physical-order correlation, as ANALYZE measured it) and always slightly
 * below the sequential scan's.  It behaves as SeqScan
 * does: same quals in the same order, projection, rescans with new
 * parameter values, backward fetches (without skipping), parallel scans
 * through the table AM's shared counter.
 * Only the chunk groups skipped differ; rows of skipped chunk groups would
 * all have failed the quals.  GUC vecstore.enable_chunk_skipping turns the
 * path off.
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include "access/parallel.h"
#include "access/relscan.h"
#include "access/table.h"
#include "access/tableam.h"
#include "catalog/pg_statistic.h"
#include "commands/explain.h"
#include "executor/executor.h"
#include "miscadmin.h"
#include "nodes/extensible.h"
#include "nodes/makefuncs.h"
#include "optimizer/optimizer.h"
#include "optimizer/cost.h"
#include "optimizer/pathnode.h"
#include "optimizer/paths.h"
#include "optimizer/restrictinfo.h"
#include "parser/parsetree.h"
#include "port/atomics.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/selfuncs.h"
#include "utils/ruleutils.h"
#include "utils/snapmgr.h"

#include "columnar_am.h"
#include "vecstore.h"

/* the custom path costs this fraction of the sequential scan's run cost */
#define SKIPSCAN_COST_FACTOR	0.995

static bool enable_chunk_skipping = true;
static set_rel_pathlist_hook_type prev_set_rel_pathlist_hook = NULL;

/* shared by the participants of a parallel scan: counts, then the scan */
typedef struct SkipScanShared
{
	pg_atomic_uint64 read;
	pg_atomic_uint64 skipped;
} SkipScanShared;

#define SHARED_SCAN(sh) \
	((ParallelTableScanDesc) ((char *) (sh) + MAXALIGN(sizeof(SkipScanShared))))

typedef struct SkipScanState
{
	CustomScanState css;
	Relation	rel;
	Bitmapset  *attrs;			/* columns to decode */
	ColumnarSkipFilter filter;
	List	   *used;			/* quals the filter uses */
	TableScanDesc scan;
	SkipScanShared *shared;		/* parallel: in the DSM */
	uint64		workerRead;		/* leader: workers' counts, at shutdown */
	uint64		workerSkipped;
	uint64		reportedRead;	/* worker: counts already added to shared */
	uint64		reportedSkipped;
} SkipScanState;

static Plan *SkipPlanPath(PlannerInfo *root, RelOptInfo *rel,
						  struct CustomPath *best_path, List *tlist,
						  List *clauses, List *custom_plans);
static Node *SkipCreateScanState(CustomScan *cscan);
static void SkipBegin(CustomScanState *node, EState *estate, int eflags);
static TupleTableSlot *SkipExec(CustomScanState *node);
static void SkipEnd(CustomScanState *node);
static void SkipRescan(CustomScanState *node);
static Size SkipEstimateDSM(CustomScanState *node, ParallelContext *pcxt);
static void SkipInitializeDSM(CustomScanState *node, ParallelContext *pcxt,
							  void *coordinate);
static void SkipReInitializeDSM(CustomScanState *node, ParallelContext *pcxt,
								void *coordinate);
static void SkipInitializeWorker(CustomScanState *node, shm_toc *toc,
								 void *coordinate);
static void SkipShutdown(CustomScanState *node);
static void SkipExplain(CustomScanState *node, List *ancestors,
						ExplainState *es);

static const CustomPathMethods skip_path_methods = {
	.CustomName = "VecstoreScan",
	.PlanCustomPath = SkipPlanPath,
};

static const CustomScanMethods skip_scan_methods = {
	.CustomName = "VecstoreScan",
	.CreateCustomScanState = SkipCreateScanState,
};

static const CustomExecMethods skip_exec_methods = {
	.CustomName = "VecstoreScan",
	.BeginCustomScan = SkipBegin,
	.ExecCustomScan = SkipExec,
	.EndCustomScan = SkipEnd,
	.ReScanCustomScan = SkipRescan,
	.EstimateDSMCustomScan = SkipEstimateDSM,
	.InitializeDSMCustomScan = SkipInitializeDSM,
	.ReInitializeDSMCustomScan = SkipReInitializeDSM,
	.InitializeWorkerCustomScan = SkipInitializeWorker,
	.ShutdownCustomScan = SkipShutdown,
	.ExplainCustomScan = SkipExplain,
};

/* ----------------------------------------------------------------
 * Planning
 * ----------------------------------------------------------------
 */

/* physical-order correlation of a column from ANALYZE; 0 if unknown */
static double
ColumnCorrelation(PlannerInfo *root, RelOptInfo *rel, Relation relation,
				  AttrNumber attnum)
{
	Form_pg_attribute att = TupleDescAttr(RelationGetDescr(relation),
										  attnum - 1);
	Var		   *var = makeVar(rel->relid, attnum, att->atttypid,
							  att->atttypmod, att->attcollation, 0);
	VariableStatData vardata;
	AttStatsSlot sslot;
	double		corr = 0;

	examine_variable(root, (Node *) var, rel->relid, &vardata);
	if (HeapTupleIsValid(vardata.statsTuple) &&
		get_attstatsslot(&sslot, vardata.statsTuple,
						 STATISTIC_KIND_CORRELATION, InvalidOid,
						 ATTSTATSSLOT_NUMBERS))
	{
		if (sslot.nnumbers == 1)
			corr = sslot.numbers[0];
		free_attstatsslot(&sslot);
	}
	ReleaseVariableStats(vardata);
	return corr;
}

/*
 * The fraction of chunk groups a scan is expected to read: for clauses on
 * a column stored in the order of its values (correlation 1), about their
 * selectivity together (a range is two clauses); for a column in random
 * order (correlation 0), all of them.  In between, as btree costing does
 * for heap order, with the square of the correlation.  The least over the
 * columns; 1 without statistics.
 */
static double
ReadFraction(PlannerInfo *root, RelOptInfo *rel, Relation relation,
			 List *clauses, List *attnums)
{
	double		fraction = 1.0;
	double		groups = Max(1.0, rel->tuples / COLUMNAR_CHUNK_GROUP_ROWS);
	Bitmapset  *done = NULL;
	ListCell   *lc1;
	ListCell   *lc2;

	forboth(lc1, clauses, lc2, attnums)
	{
		AttrNumber	attnum = lfirst_int(lc2);
		List	   *same = NIL;
		ListCell   *lc3;
		ListCell   *lc4;
		Selectivity sel;
		double		corr;

		if (attnum <= 0 || bms_is_member(attnum, done))
			continue;
		done = bms_add_member(done, attnum);
		corr = ColumnCorrelation(root, rel, relation, attnum);
		if (corr == 0)
			continue;
		forboth(lc3, clauses, lc4, attnums)
		{
			if (lfirst_int(lc4) == attnum)
				same = lappend(same, lfirst(lc3));
		}
		/* at least the chunk group where the range starts */
		sel = clauselist_selectivity(root, same, 0, JOIN_INNER, NULL);
		sel = Min(1.0, sel + 1.0 / groups);
		fraction = Min(fraction, sel + (1.0 - sel) * (1.0 - corr * corr));
	}
	return fraction;
}

/*
 * A VecstoreScan path costed as seqpath with the run cost scaled by the
 * fraction of chunk groups read, and always a little below it.
 */
static CustomPath *
SkipPath(RelOptInfo *rel, Path *seqpath, double fraction)
{
	CustomPath *cpath = makeNode(CustomPath);
	Cost		run = seqpath->total_cost - seqpath->startup_cost;

	run *= Min(fraction, 1.0) * SKIPSCAN_COST_FACTOR;

	cpath->path.pathtype = T_CustomScan;
	cpath->path.parent = rel;
	cpath->path.pathtarget = rel->reltarget;
	cpath->path.param_info = NULL;
	cpath->path.parallel_aware = seqpath->parallel_aware;
	cpath->path.parallel_safe = seqpath->parallel_safe;
	cpath->path.parallel_workers = seqpath->parallel_workers;
	cpath->path.rows = seqpath->rows;
	cpath->path.startup_cost = seqpath->startup_cost;
	cpath->path.total_cost = seqpath->startup_cost + run;
	cpath->path.pathkeys = NIL;
	cpath->flags = CUSTOMPATH_SUPPORT_BACKWARD_SCAN |
		CUSTOMPATH_SUPPORT_PROJECTION;
	cpath->custom_paths = NIL;
	cpath->custom_private = NIL;
	cpath->methods = &skip_path_methods;
	return cpath;
}

static void
SkipSetRelPathlist(PlannerInfo *root, RelOptInfo *rel, Index rti,
				   RangeTblEntry *rte)
{
	Relation	relation;
	List	   *clauses = NIL;
	List	   *attnums = NIL;
	double		fraction = 1.0;
	ListCell   *lc;
	CustomPath *serial = NULL;
	CustomPath *partial = NULL;

	if (prev_set_rel_pathlist_hook)
		prev_set_rel_pathlist_hook(root, rel, rti, rte);

	if (!enable_chunk_skipping ||
		(rel->reloptkind != RELOPT_BASEREL &&
		 rel->reloptkind != RELOPT_OTHER_MEMBER_REL) ||
		rte->rtekind != RTE_RELATION || rte->relkind != RELKIND_RELATION ||
		rte->tablesample != NULL || rel->lateral_relids != NULL ||
		rel->baserestrictinfo == NIL)
		return;

	relation = table_open(rte->relid, NoLock);
	if (relation->rd_tableam == NULL ||
		relation->rd_tableam->scan_begin != columnar_scan_begin)
	{
		table_close(relation, NoLock);
		return;
	}
	foreach(lc, rel->baserestrictinfo)
	{
		RestrictInfo *ri = lfirst(lc);
		AttrNumber	attnum;

		if (!ri->pseudoconstant &&
			ColumnarSkipQualUsable(ri->clause, rel->relid,
								   RelationGetDescr(relation), &attnum))
		{
			clauses = lappend(clauses, ri);
			attnums = lappend_int(attnums, attnum);
		}
	}
	if (clauses != NIL)
		fraction = ReadFraction(root, rel, relation, clauses, attnums);
	table_close(relation, NoLock);
	if (clauses == NIL)
		return;

	/*
	 * Next to the unparameterized sequential scan, serial and partial.  The
	 * new path is built before adding it, which may free the old one.
	 */
	foreach(lc, rel->pathlist)
	{
		Path	   *path = lfirst(lc);

		if (path->pathtype == T_SeqScan && path->param_info == NULL)
		{
			serial = SkipPath(rel, path, fraction);
			break;
		}
	}
	foreach(lc, rel->partial_pathlist)
	{
		Path	   *path = lfirst(lc);

		if (path->pathtype == T_SeqScan && path->param_info == NULL)
		{
			partial = SkipPath(rel, path, fraction);
			break;
		}
	}
	if (serial != NULL)
		add_path(rel, &serial->path);
	if (partial != NULL)
		add_partial_path(rel, &partial->path);
}

static Plan *
SkipPlanPath(PlannerInfo *root, RelOptInfo *rel, struct CustomPath *best_path,
			 List *tlist, List *clauses, List *custom_plans)
{
	CustomScan *cscan = makeNode(CustomScan);

	/* clauses come sorted as the sequential scan would run them */
	cscan->scan.plan.targetlist = tlist;
	cscan->scan.plan.qual = extract_actual_clauses(clauses, false);
	cscan->scan.scanrelid = rel->relid;
	cscan->flags = best_path->flags;
	cscan->custom_plans = NIL;
	cscan->custom_exprs = NIL;
	cscan->custom_private = NIL;
	cscan->custom_scan_tlist = NIL;
	cscan->custom_relids = NULL;
	cscan->methods = &skip_scan_methods;
	return &cscan->scan.plan;
}

/* ----------------------------------------------------------------
 * Execution
 * ----------------------------------------------------------------
 */

static Node *
SkipCreateScanState(CustomScan *cscan)
{
	SkipScanState *s = palloc0(sizeof(SkipScanState));

	NodeSetTag(s, T_CustomScanState);
	s->css.methods = &skip_exec_methods;
	return (Node *) s;
}

static void
SkipBegin(CustomScanState *node, EState *estate, int eflags)
{
	SkipScanState *s = (SkipScanState *) node;
	CustomScan *cscan = (CustomScan *) node->ss.ps.plan;

	s->rel = node->ss.ss_currentRelation;
	s->attrs = ColumnarScanNeededAttrs(&cscan->scan, NULL,
									   RelationGetDescr(s->rel)->natts);
	s->filter = ColumnarSkipFilterCreate(cscan->scan.plan.qual,
										 cscan->scan.scanrelid,
										 RelationGetDescr(s->rel),
										 &node->ss.ps, &s->used);
	if (eflags & EXEC_FLAG_EXPLAIN_ONLY)
		return;

	/*
	 * Write out the buffered rows the snapshot must see now: a parallel
	 * scan begins in parallel mode, which allows no writes.
	 */
	if (!IsParallelWorker())
		ColumnarFlushForSnapshot(s->rel, estate->es_snapshot);
}

/* begins the table scan, parallel when pscan is set */
static void
BeginTableScan(SkipScanState *s, ParallelTableScanDesc pscan)
{
	EState	   *estate = s->css.ss.ps.state;
	MemoryContext old = MemoryContextSwitchTo(estate->es_query_cxt);
	uint32		flags = SO_TYPE_SEQSCAN | SO_ALLOW_STRAT | SO_ALLOW_SYNC |
		SO_ALLOW_PAGEMODE;
	Snapshot	snapshot = estate->es_snapshot;

	if (pscan != NULL)
	{
		/* as table_beginscan_parallel does, with our columns */
		Assert(RelationGetRelid(s->rel) == pscan->phs_relid);
		if (!pscan->phs_snapshot_any)
		{
			snapshot = RestoreSnapshot((char *) pscan + pscan->phs_snapshot_off);
			RegisterSnapshot(snapshot);
			flags |= SO_TEMP_SNAPSHOT;
		}
		else
			snapshot = SnapshotAny;
	}
	s->scan = ColumnarBeginScan(s->rel, snapshot, 0, NULL, pscan, flags,
								s->attrs);
	ColumnarScanSetSkipFilter(s->scan, s->filter);
	s->css.ss.ss_currentScanDesc = s->scan;
	MemoryContextSwitchTo(old);
}

static TupleTableSlot *
SkipNext(ScanState *node)
{
	SkipScanState *s = (SkipScanState *) node;
	TupleTableSlot *slot = node->ss_ScanTupleSlot;

	if (s->scan == NULL)
		BeginTableScan(s, NULL);
	/* backward (cursors) reads every chunk group, as SeqScan does */
	if (columnar_scan_getnextslot(s->scan, node->ps.state->es_direction, slot))
		return slot;
	return NULL;
}

static bool
SkipRecheck(ScanState *node, TupleTableSlot *slot)
{
	return true;
}

static TupleTableSlot *
SkipExec(CustomScanState *node)
{
	return ExecScan(&node->ss, SkipNext, SkipRecheck);
}

/* worker: adds what it did since the last report to the shared counts */
static void
ReportCounts(SkipScanState *s)
{
	uint64		read;
	uint64		skipped;

	if (s->shared == NULL || s->scan == NULL || !IsParallelWorker())
		return;
	ColumnarScanChunkGroupCounts(s->scan, &read, &skipped);
	pg_atomic_fetch_add_u64(&s->shared->read, read - s->reportedRead);
	pg_atomic_fetch_add_u64(&s->shared->skipped, skipped - s->reportedSkipped);
	s->reportedRead = read;
	s->reportedSkipped = skipped;
}

static void
SkipEnd(CustomScanState *node)
{
	SkipScanState *s = (SkipScanState *) node;

	ReportCounts(s);
	if (s->scan != NULL)
		columnar_scan_end(s->scan);
	s->scan = NULL;
	node->ss.ss_currentScanDesc = NULL;
}

static void
SkipRescan(CustomScanState *node)
{
	SkipScanState *s = (SkipScanState *) node;

	ColumnarSkipFilterReset(s->filter);
	if (s->scan != NULL)
		columnar_scan_rescan(s->scan, NULL, false, false, false, false);
	ExecScanReScan(&node->ss);
}

static Size
SkipEstimateDSM(CustomScanState *node, ParallelContext *pcxt)
{
	SkipScanState *s = (SkipScanState *) node;

	return MAXALIGN(sizeof(SkipScanShared)) +
		table_parallelscan_estimate(s->rel, node->ss.ps.state->es_snapshot);
}

static void
SkipInitializeDSM(CustomScanState *node, ParallelContext *pcxt,
				  void *coordinate)
{
	SkipScanState *s = (SkipScanState *) node;
	SkipScanShared *sh = (SkipScanShared *) coordinate;

	pg_atomic_init_u64(&sh->read, 0);
	pg_atomic_init_u64(&sh->skipped, 0);
	table_parallelscan_initialize(s->rel, SHARED_SCAN(sh),
								  node->ss.ps.state->es_snapshot);
	s->shared = sh;
	if (s->scan != NULL)
		columnar_scan_end(s->scan);
	BeginTableScan(s, SHARED_SCAN(sh));
}

static void
SkipReInitializeDSM(CustomScanState *node, ParallelContext *pcxt,
					void *coordinate)
{
	SkipScanState *s = (SkipScanState *) node;
	SkipScanShared *sh = (SkipScanShared *) coordinate;

	table_parallelscan_reinitialize(s->rel, SHARED_SCAN(sh));
}

static void
SkipInitializeWorker(CustomScanState *node, shm_toc *toc, void *coordinate)
{
	SkipScanState *s = (SkipScanState *) node;

	s->shared = (SkipScanShared *) coordinate;
	BeginTableScan(s, SHARED_SCAN(s->shared));
}

/* leader: keeps the workers' counts before the DSM goes away */
static void
SkipShutdown(CustomScanState *node)
{
	SkipScanState *s = (SkipScanState *) node;

	if (IsParallelWorker())
		ReportCounts(s);
	else if (s->shared != NULL)
	{
		s->workerRead = pg_atomic_read_u64(&s->shared->read);
		s->workerSkipped = pg_atomic_read_u64(&s->shared->skipped);
		s->shared = NULL;
	}
}

static void
SkipExplain(CustomScanState *node, List *ancestors, ExplainState *es)
{
	SkipScanState *s = (SkipScanState *) node;

	if (s->used != NIL)
	{
		List	   *context = set_deparse_context_plan(es->deparse_cxt,
													   node->ss.ps.plan,
													   ancestors);
		Node	   *expr = (Node *) make_ands_explicit(s->used);

		ExplainPropertyText("Chunk Group Filter",
							deparse_expression(expr, context, es->verbose,
											   false),
							es);
	}
	if (es->analyze)
	{
		uint64		read = s->workerRead;
		uint64		skipped = s->workerSkipped;

		if (s->scan != NULL)
		{
			uint64		r;
			uint64		k;

			ColumnarScanChunkGroupCounts(s->scan, &r, &k);
			read += r;
			skipped += k;
		}
		if (es->format == EXPLAIN_FORMAT_TEXT)
		{
			appendStringInfoSpaces(es->str, es->indent * 2);
			appendStringInfo(es->str,
							 "Chunk Groups: " UINT64_FORMAT " read, " UINT64_FORMAT " skipped\n",
							 read, skipped);
		}
		else
		{
			ExplainPropertyUInteger("Chunk Groups Read", NULL, read, es);
			ExplainPropertyUInteger("Chunk Groups Skipped", NULL, skipped, es);
		}
	}
}

/* ----------------------------------------------------------------
 * Registration
 * ----------------------------------------------------------------
 */
void
ColumnarSkipScanInit(void)
{
	DefineCustomBoolVariable("vecstore.enable_chunk_skipping",
							 "Lets the planner use sequential scans of vecstore tables that skip chunk groups by min/max.",
							 NULL,
							 &enable_chunk_skipping,
							 true,
							 PGC_USERSET,
							 0,
							 NULL, NULL, NULL);
	ColumnarStatsInit();
	RegisterCustomScanMethods(&skip_scan_methods);
	prev_set_rel_pathlist_hook = set_rel_pathlist_hook;
	set_rel_pathlist_hook = SkipSetRelPathlist;
}
