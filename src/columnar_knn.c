/*-------------------------------------------------------------------------
 *
 * columnar_knn.c
 *	  Exact nearest-neighbour search on vecstore tables: a custom scan for
 *	  "ORDER BY vec <op> q LIMIT k" with no index, for the operators <->,
 *	  <#>, <=> and <+>.
 *
 * The scan runs the distance kernels over the vector column where it lies
 * and keeps the best k rows in a bounded max-heap: raw vector chunks
 * straight on the shared-buffer pages (KnnConsume), dictionary-coded ones
 * expanded a slice at a time in the CPU cache (KnnDictConsume), others
 * decoded into a reused buffer.  Only the columns the WHERE clause needs
 * are decoded for every row, and the qual runs before any page is locked.
 * No tuple is formed, no function-manager call is made and nothing is
 * copied for a row that does not enter the heap, except vectors that
 * straddle two pages.  The other columns are decoded only for the k
 * winners, afterwards.  When the qual itself reads the vector column, the
 * reader decodes that column like any other (KnnScanChunkGroupDecoded).
 *
 * Visibility is the sequential scan's: this backend's buffered rows that
 * the snapshot sees are flushed first, visible stripes are read from the
 * directory, and rows of our own transaction are filtered by command id.
 *
 * Order: by distance as float8 sorts (NaN after every number, NULL after
 * NaN), then by row number (TID order), so ties come out in insertion
 * order within a session.  Heap's top-N sort breaks ties arbitrarily;
 * queries that need the same order on both must break ties themselves.
 *
 * The path is offered only when the relation is the query's one base
 * relation, the query's single sort key is such a distance ascending with
 * NULLS LAST between a column of the relation and an expression without
 * variables, and LIMIT (plus OFFSET) is a constant whose rows fit in
 * work_mem.  GUC vecstore.enable_knn_scan turns it off.
 *
 * Large tables are scanned by parallel workers started by the scan itself
 * (not under a Gather, so that the leader merges the workers' best rows
 * and keeps the tie order), as many as cost least (KnnParallelCost: a
 * worker starts late and, without huge pages, pays page faults for the
 * shared buffers it reads), when the planner would allow a parallel scan
 * of the relation (not temporary, parallel-safe quals; workers get the
 * qual and the query's parameters), the query does not return the vector
 * column and no visible row belongs to this transaction.  Processes claim
 * chunk groups in order and share the buffer each page was last found in
 * (a new worker would otherwise look up every page in the buffer mapping
 * table); the last chunk groups are left to the leader, so that workers
 * exit while it finishes.
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include <math.h>

#include "access/htup_details.h"
#include "access/parallel.h"
#include "access/relation.h"
#include "access/table.h"
#include "nodes/params.h"
#include "catalog/pg_operator_d.h"
#include "catalog/pg_type.h"
#include "commands/explain.h"
#include "executor/executor.h"
#include "miscadmin.h"
#include "port/atomics.h"
#include "storage/shm_toc.h"
#include "utils/snapmgr.h"
#include "nodes/extensible.h"
#include "nodes/makefuncs.h"
#include "nodes/nodeFuncs.h"
#include "optimizer/clauses.h"
#include "optimizer/cost.h"
#include "parser/parsetree.h"
#include "optimizer/optimizer.h"
#include "optimizer/pathnode.h"
#include "optimizer/paths.h"
#include "optimizer/restrictinfo.h"
#include "storage/bufmgr.h"
#include "storage/fd.h"
#include "storage/pg_shmem.h"
#include "storage/predicate.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/ruleutils.h"

#include "columnar_am.h"
#include "columnar_compress.h"	/* CODEC_NONE */
#include "columnar_storage.h"	/* ColumnarReaderStats, chunk access */
#include "columnar_stripe.h"	/* ColumnChunkDesc */
#include "distance.h"
#include "vecstore.h"
#include "vector.h"

/* the SQL-callable distance functions behind the four operators */
extern Datum l2_distance(PG_FUNCTION_ARGS);
extern Datum vector_negative_inner_product(PG_FUNCTION_ARGS);
extern Datum cosine_distance(PG_FUNCTION_ARGS);
extern Datum l1_distance(PG_FUNCTION_ARGS);

typedef enum KnnKind
{
	KNN_L2 = 1,					/* <->: sqrt of the squared kernel */
	KNN_NEG_IP,					/* <#>: negated inner product */
	KNN_COSINE,					/* <=> */
	KNN_L1						/* <+> */
} KnnKind;

static const char *const knn_kind_names[] = {
	"", "l2", "negative inner product", "cosine", "l1"
};

/* order classes of a distance, as float8 sorts them */
#define KNN_NUMBER	0
#define KNN_NAN		1
#define KNN_NULL	2

/* custom_private: list of integers */
#define PRIV_KIND		0
#define PRIV_ATTNO		1
#define PRIV_VARFIRST	2
#define PRIV_K			3
#define PRIV_WORKERS	4
#define PRIV_DISTCOL	5
#define PRIV_QUALCOL	6

/* shared memory of a parallel run */
#define KNN_SHM_KEY		UINT64CONST(0x564B4E4E00000001)

static bool knn_enabled = true;
static set_rel_pathlist_hook_type prev_set_rel_pathlist_hook = NULL;

/* a candidate row */
typedef struct KnnEntry
{
	double		key;			/* distance, squared for KNN_L2 */
	RowNumber	row;
	int32		cls;			/* KNN_NUMBER, KNN_NAN, KNN_NULL */
	int32		stripe;			/* index into the visible stripes */
	Vector		vec;			/* copy, if the output needs the vector */
	Datum	   *values;			/* output columns of a winner */
	bool	   *isnull;
} KnnEntry;

typedef struct KnnScanState
{
	CustomScanState css;

	/* from the plan */
	Relation	rel;
	KnnKind		kind;
	AttrNumber	vecAttno;		/* the vector column of the table */
	bool		varFirst;		/* column is the operator's left argument */
	int64		k;
	int			nworkers;		/* planned parallel workers, 0: serial */
	int			launched;		/* workers of the last run, -1: serial */
	ExprState  *queryExpr;
	ExprState  *qual;			/* NULL without WHERE */
	int			ncols;			/* columns of the scan tuple */
	AttrNumber *colAttno;		/* scan column -> table attnum, 0: distance */
	int			distCol;		/* scan column of the distance */
	int			qualCol;		/* scan column of the qual, or -1 */
	AttrNumber *qualAttnos;		/* table columns the qual reads */
	int			nqualAttnos;
	TupleTableSlot *qualSlot;	/* a row in the table's layout, for the qual */
	ExprContext *econtext;		/* for the qual */
	ParamListInfo params;		/* of the query, for workers */
	Expr	   *qualExpr;		/* the qual, for workers */
	bool	   *colOutput;		/* needed by the targetlist */
	Bitmapset  *scanAttrs;		/* table columns decoded for every row */
	bool		inPlace;		/* vector chunks read by KnnConsume, not by
								 * the reader (the qual does not use the
								 * vector column) */
	bool	   *readNeeded;		/* [attnum - 1]: columns the reader decodes */
	bool		bulkRead;		/* read through a ring of buffers */
	char	   *valueBuf;		/* a vector straddling pages, aligned */
	char	   *sliceBuf;		/* expanded dictionary indices */
	char	   *dictHdr;		/* dictionary and exceptions of a chunk */
	Size		dictHdrCap;
	bool	   *pass;			/* rows of a chunk group that may be offered */
	char	   *nullsBuf;		/* the null bitmap of a vector chunk */
	int			rowsCap;		/* rows pass and nullsBuf hold */
	Bitmapset  *fetchAttrs;		/* table columns decoded for the winners */
	bool		copyVector;		/* output needs the vector column */

	/* per run */
	MemoryContext runcxt;
	bool		done;
	Snapshot	snapshot;
	StripeEntry stripes;
	bool	   *own;
	int			nstripes;
	ColumnarCidMap cidmap;
	Vector		query;			/* NULL: the query vector is NULL */
	KnnEntry   *heap;			/* max-heap while scanning, sorted after */
	int64		nheap;
	int64		next;			/* next entry to return */
} KnnScanState;

/* a worker's candidate, in shared memory */
typedef struct KnnResult
{
	double		key;
	RowNumber	row;
	int32		cls;
	int32		stripe;
} KnnResult;

/*
 * A parallel run: the leader decides which stripes are visible and every
 * process claims chunk groups of them; each worker leaves its best k rows
 * here and the leader merges them.  Only for runs where no row needs this
 * backend's command-id map, with no qual and no copy of the vector.
 */
typedef struct KnnShared
{
	Oid			relid;
	KnnKind		kind;
	AttrNumber	vecAttno;
	bool		varFirst;
	int64		k;
	int			nworkers;
	int			nstripes;
	uint32		nunits;			/* chunk groups of all stripes */
	uint32		workerUnits;	/* workers claim only units below this */
	pg_atomic_uint32 nextUnit;
	int			nqualAttnos;
	Size		queryOff;		/* offsets from the struct's start; 0: none */
	Size		qualOff;		/* the qual as nodeToString() text */
	Size		qualAttnosOff;
	Size		paramsOff;		/* SerializeParamList() */
	Size		stripesOff;
	Size		countsOff;
	Size		resultsOff;
	uint32		nhints;			/* recent-buffer hints, one per block */
	Size		hintsOff;
} KnnShared;

PGDLLEXPORT void KnnParallelMain(dsm_segment *seg, shm_toc *toc);

static Plan *KnnPlanPath(PlannerInfo *root, RelOptInfo *rel,
						 struct CustomPath *best_path, List *tlist,
						 List *clauses, List *custom_plans);
static Node *KnnCreateScanState(CustomScan *cscan);
static void KnnBegin(CustomScanState *node, EState *estate, int eflags);
static TupleTableSlot *KnnExec(CustomScanState *node);
static void KnnEnd(CustomScanState *node);
static void KnnRescan(CustomScanState *node);
static void KnnExplain(CustomScanState *node, List *ancestors,
					   ExplainState *es);
static void KnnSetupRead(KnnScanState *s, MemoryContext cxt);

static const CustomPathMethods knn_path_methods = {
	.CustomName = "VecstoreKnn",
	.PlanCustomPath = KnnPlanPath,
};

static const CustomScanMethods knn_scan_methods = {
	.CustomName = "VecstoreKnn",
	.CreateCustomScanState = KnnCreateScanState,
};

static const CustomExecMethods knn_exec_methods = {
	.CustomName = "VecstoreKnn",
	.BeginCustomScan = KnnBegin,
	.ExecCustomScan = KnnExec,
	.EndCustomScan = KnnEnd,
	.ReScanCustomScan = KnnRescan,
	.ExplainCustomScan = KnnExplain,
};

/* ----------------------------------------------------------------
 * Planning
 * ----------------------------------------------------------------
 */

/* which distance the operator computes, or 0 */
static KnnKind
DistanceKind(Oid opno)
{
	RegProcedure func = get_opcode(opno);
	FmgrInfo	finfo;

	if (!OidIsValid(func) || get_func_rettype(func) != FLOAT8OID)
		return 0;
	fmgr_info(func, &finfo);
	if (finfo.fn_addr == l2_distance)
		return KNN_L2;
	if (finfo.fn_addr == vector_negative_inner_product)
		return KNN_NEG_IP;
	if (finfo.fn_addr == cosine_distance)
		return KNN_COSINE;
	if (finfo.fn_addr == l1_distance)
		return KNN_L1;
	return 0;
}

/*
 * Is expr a distance between a column of rel and a variable-free
 * expression?  Fills in what the scan needs.
 */
static bool
MatchDistance(Expr *expr, RelOptInfo *rel, KnnKind *kind, Var **var,
			  Expr **query, bool *varFirst)
{
	OpExpr	   *op;
	Node	   *left;
	Node	   *right;
	Node	   *other;

	if (!IsA(expr, OpExpr))
		return false;
	op = (OpExpr *) expr;
	if (list_length(op->args) != 2)
		return false;
	left = linitial(op->args);
	right = lsecond(op->args);
	if (IsA(left, Var))
	{
		*var = (Var *) left;
		other = right;
		*varFirst = true;
	}
	else if (IsA(right, Var))
	{
		*var = (Var *) right;
		other = left;
		*varFirst = false;
	}
	else
		return false;
	if ((*var)->varno != rel->relid || (*var)->varlevelsup != 0 ||
		(*var)->varattno <= 0)
		return false;
	if (contain_var_clause(other) || contain_volatile_functions(other) ||
		contain_subplans(other))
		return false;
	*kind = DistanceKind(op->opno);
	*query = (Expr *) other;
	return *kind != 0;
}

static bool
IsVecstoreRelation(Oid relid)
{
	Relation	rel = table_open(relid, NoLock);
	bool		result = rel->rd_tableam != NULL &&
		rel->rd_tableam->scan_begin == columnar_scan_begin;

	table_close(rel, NoLock);
	return result;
}

/* do expressions use only user columns of the relation? */
static bool
OnlyUserColumns(List *exprs, Index relid)
{
	Bitmapset  *attrs = NULL;
	int			x = -1;

	pull_varattnos((Node *) exprs, relid, &attrs);
	while ((x = bms_next_member(attrs, x)) >= 0)
	{
		if (x + FirstLowInvalidHeapAttributeNumber <= 0)
			return false;
	}
	return true;
}

/*
 * Does this server's shared memory use huge pages?  huge_pages = on
 * guarantees it; under "try" the mapping holding the shared buffers is
 * looked up in /proc/self/maps once per backend: Linux names a huge-page
 * mapping "anon_hugepage".  (smaps would give its page size, but costs
 * milliseconds for a backend that has touched much of shared buffers.)
 */
static bool
SharedMemoryHugePages(void)
{
	static int	huge = -1;

	if (huge_pages == HUGE_PAGES_ON)
		return true;
	if (huge_pages != HUGE_PAGES_TRY)
		return false;
	if (huge < 0)
	{
		FILE	   *f = AllocateFile("/proc/self/maps", "r");
		uintptr_t	addr = (uintptr_t) BufferBlocks;
		char		line[1024];

		huge = 0;
		while (f != NULL && fgets(line, sizeof(line), f) != NULL)
		{
			unsigned long long lo,
						hi;
			char		dash;

			if (sscanf(line, "%llx%c%llx ", &lo, &dash, &hi) == 3 &&
				dash == '-' && addr >= lo && addr < hi)
			{
				huge = strstr(line, "anon_hugepage") != NULL ? 1 : 0;
				break;
			}
		}
		if (f != NULL)
			FreeFile(f);
	}
	return huge == 1;
}

/*
 * Per row, the cost of expanding a compressed vector chunk, if the table
 * takes much less room per row than the vector's raw form: the kernel
 * then runs over values decoded in the CPU cache, not at memory speed.
 * Measured on Fashion-MNIST (dictionary-coded, 784 dimensions, 0.26 of the
 * raw size): 15 ms serial for 5873 pages, three times what raw vectors
 * take per page, or 0.1 cpu_operator_cost per dimension.
 */
static Cost
KnnDecodeCost(RelOptInfo *rel, Oid relid, Var *var, double tuples)
{
	double		dims = var->vartypmod;
	double		header = VECTOR_SIZE(0);
	double		stored = (double) rel->pages * BLCKSZ / Max(tuples, 1);

	if (dims < 1)
		dims = ((double) get_attavgwidth(relid, var->varattno) - header) /
			sizeof(float);
	if (dims < 1 || stored >= 0.75 * (header + sizeof(float) * dims))
		return 0;
	return 0.1 * cpu_operator_cost * dims;
}

/*
 * Cost of the scan's work done by the leader and nworkers workers.  The
 * work is shared by all of them (the leader scans too, claiming chunk
 * groups like the workers), but each worker
 * - starts late: measured 2.7 ms after launch on a 2-core machine, about
 *   3400 units of this scan at memory speed, against PostgreSQL's
 *   parallel_setup_cost of 1000 for a whole Gather: charged three times
 *   parallel_setup_cost each;
 * - is a new process, which takes a page fault for every 64 kB of shared
 *   buffers it reads, unless they are huge pages: measured 0.40 ms per
 *   chunk group against the leader's 0.31 (1 worker, 100k x 768 raw
 *   vectors), so 0.3 of a page's scan cost per page it reads.
 */
static Cost
KnnParallelCost(Cost work, BlockNumber pages, int nworkers)
{
	double		procs = nworkers + 1;
	double		faults = SharedMemoryHugePages() ? 0 : 0.3 * seq_page_cost;

	return 3.0 * parallel_setup_cost * nworkers +
		(work + faults * pages * nworkers / procs) / procs;
}

static void
KnnSetRelPathlist(PlannerInfo *root, RelOptInfo *rel, Index rti,
				  RangeTblEntry *rte)
{
	Query	   *parse = root->parse;
	PathKey    *pathkey;
	ListCell   *lc;
	KnnKind		kind = 0;
	Var		   *var = NULL;
	Expr	   *query = NULL;
	Expr	   *distance = NULL;
	bool		varFirst = false;
	double		k;
	CustomPath *cpath;
	Cost		startup;
	Cost		run;
	double		tuples;
	double		nout;
	int			width;
	List	   *quals = NIL;
	QualCost	distcost;
	Cost		work;
	Cost		decoded;
	Cost		best;
	int			maxworkers = 0;
	int			nworkers = 0;

	if (prev_set_rel_pathlist_hook)
		prev_set_rel_pathlist_hook(root, rel, rti, rte);

	if (!knn_enabled || rel->reloptkind != RELOPT_BASEREL ||
		rte->rtekind != RTE_RELATION || rte->inh ||
		rte->tablesample != NULL || parse->commandType != CMD_SELECT ||
		parse->rowMarks != NIL || parse->limitOption != LIMIT_OPTION_COUNT ||
		root->limit_tuples <= 0 ||
		parse->limitCount == NULL || !IsA(parse->limitCount, Const) ||
		(parse->limitOffset != NULL && !IsA(parse->limitOffset, Const)) ||
		bms_membership(root->all_baserels) != BMS_SINGLETON ||
		!bms_is_member(rel->relid, root->all_baserels) ||
		list_length(root->query_pathkeys) != 1 ||
		!equal(root->query_pathkeys, root->sort_pathkeys) ||
		rel->lateral_relids != NULL)
		return;

	pathkey = linitial(root->query_pathkeys);
	if (pathkey->pk_strategy != BTLessStrategyNumber ||
		pathkey->pk_nulls_first ||
		get_opfamily_member(pathkey->pk_opfamily, FLOAT8OID, FLOAT8OID,
							BTLessStrategyNumber) != Float8LessOperator ||
		pathkey->pk_eclass->ec_has_volatile)
		return;
	foreach(lc, pathkey->pk_eclass->ec_members)
	{
		EquivalenceMember *em = lfirst(lc);

		if (MatchDistance(em->em_expr, rel, &kind, &var, &query, &varFirst))
		{
			distance = em->em_expr;
			break;
		}
	}
	if (distance == NULL || !IsVecstoreRelation(rte->relid))
		return;

	/* columns needed above and by the quals: user columns only */
	foreach(lc, rel->baserestrictinfo)
	{
		RestrictInfo *ri = lfirst(lc);

		if (!ri->pseudoconstant)
			quals = lappend(quals, ri->clause);
	}
	if (!OnlyUserColumns(rel->reltarget->exprs, rel->relid) ||
		!OnlyUserColumns(quals, rel->relid))
		return;

	/* the k rows, with the vector, must fit in work_mem */
	k = ceil(root->limit_tuples);
	width = Max(rel->reltarget->width, 32);
	if (k > (double) work_mem * 1024.0 / (sizeof(KnnEntry) + width + 64) ||
		k > INT_MAX / 2)
		return;

	/*
	 * Workers as a parallel sequential scan would get them, if the relation
	 * and its quals may be read in workers (not a temporary table, only
	 * parallel-safe functions, no parameters set by the executor).
	 */
	if (rel->consider_parallel && max_parallel_workers_per_gather > 0 &&
		rel->pages >= (BlockNumber) min_parallel_table_scan_size)
	{
		double		threshold = Max(min_parallel_table_scan_size, 1) * 3.0;

		maxworkers = 1;
		while (rel->pages >= threshold &&
			   maxworkers < max_parallel_workers_per_gather)
		{
			maxworkers++;
			threshold *= 3;
		}
	}

	/*
	 * Costs.  The scan's work: pages as a sequential scan reads them; per
	 * row the qual, the kernel (the operator's cost) and a comparison, but
	 * no tuple formed, which is what the sequential scan and the sort on
	 * top of it pay for.  Then per winner a fetch of its other columns.
	 */
	tuples = Max(rel->tuples, 1);
	work = seq_page_cost * rel->pages;
	work += rel->baserestrictcost.startup;
	work += tuples * (rel->baserestrictcost.per_tuple +
					  0.1 * cpu_tuple_cost);
	cost_qual_eval_node(&distcost, (Node *) distance, root);
	work += distcost.startup;
	work += clamp_row_est(rel->rows) * (distcost.per_tuple + cpu_operator_cost);
	nout = clamp_row_est(Min(k, rel->rows));
	startup = nout * (cpu_tuple_cost + 2.0 * cpu_operator_cost *
					  log2(Max(nout, 2)));
	run = nout * cpu_tuple_cost;

	/*
	 * As many workers as are cheapest, possibly none, counting the work of
	 * decoding compressed vectors; but the path's cost leaves that work out
	 * as the sequential scan's does, so that the two compare as before.
	 */
	decoded = work + tuples * KnnDecodeCost(rel, rte->relid, var, tuples);
	best = decoded;
	for (int n = 1; n <= maxworkers; n++)
	{
		Cost		c = KnnParallelCost(decoded, rel->pages, n);

		if (c < best)
		{
			best = c;
			nworkers = n;
		}
	}
	startup += work * (best / decoded);

	cpath = makeNode(CustomPath);
	cpath->path.pathtype = T_CustomScan;
	cpath->path.parent = rel;
	cpath->path.pathtarget = rel->reltarget;
	cpath->path.param_info = NULL;
	cpath->path.parallel_aware = false;
	cpath->path.parallel_safe = false;
	cpath->path.parallel_workers = 0;
	cpath->path.rows = nout;
	cpath->path.startup_cost = startup;
	cpath->path.total_cost = startup + run;
	cpath->path.pathkeys = root->query_pathkeys;
	cpath->flags = CUSTOMPATH_SUPPORT_PROJECTION;
	cpath->custom_paths = NIL;
	cpath->custom_private = list_make2(list_make5_int(kind, var->varattno,
													  varFirst, (int) k,
													  nworkers),
									   distance);
	cpath->methods = &knn_path_methods;
	add_path(rel, &cpath->path);
}

/*
 * The scan tuple (custom_scan_tlist) holds the columns of the table the
 * query uses, in attnum order, then the distance, so that setrefs turns
 * the distance in the targetlist into a reference to the one we computed.
 */
static Plan *
KnnPlanPath(PlannerInfo *root, RelOptInfo *rel, struct CustomPath *best_path,
			List *tlist, List *clauses, List *custom_plans)
{
	CustomScan *cscan = makeNode(CustomScan);
	RangeTblEntry *rte = planner_rt_fetch(rel->relid, root);
	List	   *quals = extract_actual_clauses(clauses, false);
	List	   *ints = linitial(best_path->custom_private);
	Expr	   *distance = lsecond(best_path->custom_private);
	OpExpr	   *op = (OpExpr *) distance;
	bool		varFirst = list_nth_int(ints, PRIV_VARFIRST);
	Expr	   *query = varFirst ? lsecond(op->args) : linitial(op->args);
	Bitmapset  *attrs = NULL;
	List	   *scan_tlist = NIL;
	int			x = -1;

	pull_varattnos((Node *) rel->reltarget->exprs, rel->relid, &attrs);
	pull_varattnos((Node *) quals, rel->relid, &attrs);
	pull_varattnos((Node *) tlist, rel->relid, &attrs);
	pull_varattnos((Node *) distance, rel->relid, &attrs);
	while ((x = bms_next_member(attrs, x)) >= 0)
	{
		AttrNumber	attno = x + FirstLowInvalidHeapAttributeNumber;
		Oid			type;
		int32		typmod;
		Oid			coll;

		if (attno <= 0)
			elog(ERROR, "vecstore knn scan cannot return system columns");
		get_atttypetypmodcoll(rte->relid, attno, &type, &typmod, &coll);
		scan_tlist = lappend(scan_tlist,
							 makeTargetEntry((Expr *) makeVar(rel->relid, attno,
															  type, typmod,
															  coll, 0),
											 list_length(scan_tlist) + 1,
											 NULL, false));
	}
	ints = list_copy(ints);
	ints = lappend_int(ints, list_length(scan_tlist));
	scan_tlist = lappend(scan_tlist,
						 makeTargetEntry(copyObject(distance),
										 list_length(scan_tlist) + 1,
										 NULL, false));

	/*
	 * The qual goes into the scan tuple too, as one expression: there
	 * setrefs leaves it in terms of the table's columns, whereas in
	 * custom_exprs it would turn a distance inside the qual into a
	 * reference to the distance column, which is computed after the qual.
	 * Rows we return passed it, so this column is true for them.
	 */
	if (quals != NIL)
	{
		ints = lappend_int(ints, list_length(scan_tlist));
		scan_tlist = lappend(scan_tlist,
							 makeTargetEntry(make_ands_explicit(copyObject(quals)),
											 list_length(scan_tlist) + 1,
											 NULL, false));
	}
	else
		ints = lappend_int(ints, -1);

	cscan->scan.plan.targetlist = tlist;
	cscan->scan.plan.qual = NIL;	/* applied before the top-k, by us */
	cscan->scan.scanrelid = rel->relid;
	cscan->flags = best_path->flags;
	cscan->custom_plans = NIL;
	cscan->custom_exprs = list_make1(copyObject(query));
	cscan->custom_private = list_make1(ints);
	cscan->custom_scan_tlist = scan_tlist;
	cscan->custom_relids = NULL;
	cscan->methods = &knn_scan_methods;
	return &cscan->scan.plan;
}

/* ----------------------------------------------------------------
 * Execution
 * ----------------------------------------------------------------
 */

static Node *
KnnCreateScanState(CustomScan *cscan)
{
	KnnScanState *s = palloc0(sizeof(KnnScanState));
	List	   *ints = linitial(cscan->custom_private);

	NodeSetTag(s, T_CustomScanState);
	s->css.methods = &knn_exec_methods;
	s->kind = list_nth_int(ints, PRIV_KIND);
	s->vecAttno = list_nth_int(ints, PRIV_ATTNO);
	s->varFirst = list_nth_int(ints, PRIV_VARFIRST);
	s->k = list_nth_int(ints, PRIV_K);
	s->nworkers = list_nth_int(ints, PRIV_WORKERS);
	s->distCol = list_nth_int(ints, PRIV_DISTCOL);
	s->qualCol = list_nth_int(ints, PRIV_QUALCOL);
	return (Node *) s;
}

static void
KnnBegin(CustomScanState *node, EState *estate, int eflags)
{
	KnnScanState *s = (KnnScanState *) node;
	CustomScan *cscan = (CustomScan *) node->ss.ps.plan;
	Bitmapset  *out = NULL;
	ListCell   *lc;
	int			i = 0;

	s->rel = node->ss.ss_currentRelation;
	s->queryExpr = ExecInitExpr(linitial(cscan->custom_exprs), &node->ss.ps);
	s->scanAttrs = bms_make_singleton(s->vecAttno);
	s->qual = NULL;
	if (s->qualCol >= 0)
	{
		TargetEntry *tle = list_nth(cscan->custom_scan_tlist, s->qualCol);
		Bitmapset  *attrs = NULL;
		int			x = -1;

		s->qualExpr = tle->expr;
		s->qual = ExecInitQual(list_make1(tle->expr), &node->ss.ps);
		s->qualSlot = ExecInitExtraTupleSlot(estate, RelationGetDescr(s->rel),
											 &TTSOpsVirtual);
		pull_varattnos((Node *) tle->expr, cscan->scan.scanrelid, &attrs);
		s->qualAttnos = palloc(sizeof(AttrNumber) * Max(bms_num_members(attrs), 1));
		while ((x = bms_next_member(attrs, x)) >= 0)
		{
			AttrNumber	attno = x + FirstLowInvalidHeapAttributeNumber;

			if (attno <= 0)
				elog(ERROR, "vecstore knn scan cannot filter on system columns");
			s->qualAttnos[s->nqualAttnos++] = attno;
			s->scanAttrs = bms_add_member(s->scanAttrs, attno);
		}
	}

	/* which columns of the scan tuple the targetlist reads */
	pull_varattnos((Node *) cscan->scan.plan.targetlist, INDEX_VAR, &out);

	s->ncols = list_length(cscan->custom_scan_tlist);
	s->colAttno = palloc0(sizeof(AttrNumber) * s->ncols);
	s->colOutput = palloc0(sizeof(bool) * s->ncols);
	foreach(lc, cscan->custom_scan_tlist)
	{
		TargetEntry *tle = lfirst(lc);
		int			bit = i + 1 - FirstLowInvalidHeapAttributeNumber;

		s->colOutput[i] = bms_is_member(bit, out);
		if (IsA(tle->expr, Var) && i != s->distCol && i != s->qualCol)
		{
			AttrNumber	attno = ((Var *) tle->expr)->varattno;

			s->colAttno[i] = attno;
			if (s->colOutput[i] && attno == s->vecAttno)
				s->copyVector = true;
			else if (s->colOutput[i])
				s->fetchAttrs = bms_add_member(s->fetchAttrs, attno);
		}
		i++;
	}

	KnnSetupRead(s, estate->es_query_cxt);
	s->runcxt = AllocSetContextCreate(estate->es_query_cxt,
									  "vecstore knn scan",
									  ALLOCSET_DEFAULT_SIZES);
	s->snapshot = estate->es_snapshot;
	s->econtext = node->ss.ps.ps_ExprContext;
	s->params = estate->es_param_list_info;
}

/* the stripes the snapshot sees, as the sequential scan picks them */
static void
KnnLoadStripes(KnnScanState *s)
{
	Relation	rel = s->rel;
	StripeEntry entries;
	int			n;

	ColumnarCheckStorage(rel);
	ColumnarFlushForSnapshot(rel, s->snapshot);
	if (IsMVCCSnapshot(s->snapshot))
		PredicateLockRelation(rel, s->snapshot);

	entries = ColumnarReadDirectory(rel, &n);
	s->stripes = palloc(sizeof(StripeEntryData) * Max(n, 1));
	s->own = palloc(sizeof(bool) * Max(n, 1));
	s->nstripes = 0;
	for (int i = 0; i < n; i++)
	{
		StripeVisibility vis;

		if (entries[i].kind != STRIPE_DATA)
			continue;
		vis = ColumnarStripeVisibility(&entries[i], s->snapshot);
		if (vis == STRIPE_INVISIBLE)
			continue;
		s->stripes[s->nstripes] = entries[i];
		s->own[s->nstripes] = (vis == STRIPE_VISIBLE_OWN);
		if (vis == STRIPE_VISIBLE_OWN && s->cidmap == NULL)
			s->cidmap = ColumnarCopyCidMap(rel);
		s->nstripes++;
	}
	pfree(entries);
}

/* a before b in the query's order? */
static inline int
KnnCompare(const KnnEntry *a, const KnnEntry *b)
{
	if (a->cls != b->cls)
		return a->cls < b->cls ? -1 : 1;
	if (a->cls == KNN_NUMBER && a->key != b->key)
		return a->key < b->key ? -1 : 1;
	if (a->row != b->row)
		return a->row < b->row ? -1 : 1;
	return 0;
}

static void
SiftDown(KnnEntry *heap, int64 n, int64 i)
{
	KnnEntry	e = heap[i];

	for (;;)
	{
		int64		c = 2 * i + 1;

		if (c >= n)
			break;
		if (c + 1 < n && KnnCompare(&heap[c + 1], &heap[c]) > 0)
			c++;
		if (KnnCompare(&heap[c], &e) <= 0)
			break;
		heap[i] = heap[c];
		i = c;
	}
	heap[i] = e;
}

static void
SiftUp(KnnEntry *heap, int64 i)
{
	KnnEntry	e = heap[i];

	while (i > 0)
	{
		int64		p = (i - 1) / 2;

		if (KnnCompare(&heap[p], &e) >= 0)
			break;
		heap[i] = heap[p];
		i = p;
	}
	heap[i] = e;
}

/* offers a row to the bounded heap */
static void
KnnOffer(KnnScanState *s, int cls, double key, RowNumber row, int stripe,
		 Vector vec)
{
	KnnEntry	e;
	Vector		buf = NULL;

	e.cls = cls;
	e.key = key;
	e.row = row;
	e.stripe = stripe;
	e.values = NULL;
	e.isnull = NULL;
	if (s->nheap >= s->k)
	{
		if (KnnCompare(&e, &s->heap[0]) >= 0)
			return;
		buf = s->heap[0].vec;	/* reuse the evicted row's copy */
	}
	if (s->copyVector && vec != NULL)
	{
		Size		size = VARSIZE(vec);

		if (buf == NULL || VARSIZE(buf) < size)
			buf = MemoryContextAlloc(s->runcxt, size);
		memcpy(buf, vec, size);
	}
	e.vec = vec != NULL ? buf : NULL;
	if (s->nheap >= s->k)
	{
		s->heap[0] = e;
		SiftDown(s->heap, s->nheap, 0);
	}
	else
	{
		s->heap[s->nheap] = e;
		SiftUp(s->heap, s->nheap++);
	}
}

/* value of table column attno of row i (missing columns: their default) */
static inline Datum
ReaderValue(StripeReader reader, int stored, TupleDesc desc,
			AttrNumber attno, int i, bool *isnull)
{
	if (attno > stored)
		return getmissingattr(desc, attno, isnull);
	*isnull = reader->isnull[attno - 1][i];
	return reader->values[attno - 1][i];
}

/* does row i pass the WHERE clause? */
static bool
KnnQual(KnnScanState *s, StripeReader reader, int stored, int i)
{
	TupleTableSlot *slot = s->qualSlot;
	ExprContext *econtext = s->econtext;
	TupleDesc	desc = RelationGetDescr(s->rel);

	ExecClearTuple(slot);
	memset(slot->tts_isnull, true, sizeof(bool) * desc->natts);
	for (int c = 0; c < s->nqualAttnos; c++)
	{
		AttrNumber	attno = s->qualAttnos[c];

		slot->tts_values[attno - 1] = ReaderValue(reader, stored, desc, attno,
												  i, &slot->tts_isnull[attno - 1]);
	}
	ExecStoreVirtualTuple(slot);
	ResetExprContext(econtext);
	econtext->ecxt_scantuple = slot;
	return ExecQual(s->qual, econtext);
}

/* the distance as the operator computes it, or its square for <-> */
static inline double
KnnKey(KnnKind kind, const Vector a, const Vector b)
{
	switch (kind)
	{
		case KNN_L2:
			return (double) VectorL2SquaredDistance(a->dim, a->x, b->x);
		case KNN_NEG_IP:
			return -(double) VectorInnerProduct(a->dim, a->x, b->x);
		case KNN_COSINE:
			{
				float		dot,
							na,
							nb;

				distance_kernels->cosine_parts(a->dim, a->x, b->x,
											   &dot, &na, &nb);
				return CosineDistanceFromParts(dot, na, nb);
			}
		case KNN_L1:
			return (double) VectorL1Distance(a->dim, a->x, b->x);
	}
	return 0;
}

/* offers a row whose vector is v (NULL: null); v is only read */
static inline void
KnnRow(KnnScanState *s, int si, RowNumber row, Vector v)
{
	Vector		q = s->query;
	double		key;

	if (v == NULL || q == NULL)
	{
		KnnOffer(s, KNN_NULL, 0, row, si, v);
		return;
	}
	if (v->dim != q->dim)
	{
		if (s->varFirst)
			CheckDims(v, q);
		else
			CheckDims(q, v);
	}
	key = s->varFirst ? KnnKey(s->kind, v, q) : KnnKey(s->kind, q, v);
	/* most rows stop here */
	if (s->nheap >= s->k && s->heap[0].cls == KNN_NUMBER &&
		key > s->heap[0].key)
		return;
	KnnOffer(s, isnan(key) ? KNN_NAN : KNN_NUMBER, key, row, si, v);
}

/* offers every row of the chunk group loaded in reader (stripe si) */
static void
KnnScanChunkGroupDecoded(KnnScanState *s, StripeReader reader, int stored, int si)
{
	TupleDesc	desc = RelationGetDescr(s->rel);
	bool		own = s->own != NULL && s->own[si];

	{
		int			n = reader->nrows;
		Datum	   *vals;
		bool	   *nulls;

		CHECK_FOR_INTERRUPTS();
		if (s->vecAttno > stored)
		{
			/* the column was added after this stripe: its default */
			bool		isnull;
			Datum		d = getmissingattr(desc, s->vecAttno, &isnull);

			vals = palloc(sizeof(Datum) * n);
			nulls = palloc(sizeof(bool) * n);
			for (int i = 0; i < n; i++)
			{
				vals[i] = d;
				nulls[i] = isnull;
			}
		}
		else
		{
			vals = reader->values[s->vecAttno - 1];
			nulls = reader->isnull[s->vecAttno - 1];
		}

		for (int i = 0; i < n; i++)
		{
			RowNumber	row = reader->rownums[i];
			Vector		v;

			if (own && !ColumnarCidMapVisible(s->cidmap, row, s->snapshot))
				continue;
			if (s->qual != NULL && !KnnQual(s, reader, stored, i))
				continue;
			v = nulls[i] ? NULL : (Vector) DatumGetPointer(vals[i]);
			KnnRow(s, si, row, v);
		}
	}
}

/*
 * In-place scan of a vector chunk.  The chunk's raw form (null bitmap,
 * then one varlena per non-null row) streams past KnnConsume in pieces:
 * the pages of a chunk stored raw, straight from shared buffers, or the
 * decoded form of a compressed one.  A vector lying within a piece is
 * read where it lies; one straddling two pages is copied into valueBuf.
 * Every size and dimension count is checked against the bytes left before
 * anything is read, so damage cannot make the scan read outside the chunk
 * (the chunk's CRC is checked after the last piece).
 */
typedef struct KnnStream
{
	KnnScanState *s;
	const RowNumber *rownums;
	const bool *pass;			/* rows that may be offered; NULL: all */
	int			si;
	int			nrows;
	int			row;			/* next row */
	uint32		align;			/* of a value in the raw form */
	uint32		nullsLength;
	uint32		nullsHave;
	uint64		pos;			/* bytes of the raw form consumed */
	uint64		rawLength;
	uint64		start;			/* where the value being collected starts */
	uint32		have;			/* bytes of it in valueBuf */
	uint32		size;			/* its size, once its header is in */
} KnnStream;

static void
KnnDamaged(KnnScanState *s, const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATA_CORRUPTED),
			 errmsg("vecstore table \"%s\" is damaged: %s",
					RelationGetRelationName(s->rel), what)));
}

/* the size of the vector whose first 8 bytes are at p, checked */
static inline uint32
KnnValueSize(KnnStream *st, const char *p, uint64 start)
{
	uint32		size;
	int16		dim;

	if (!VARATT_IS_4B_U(p))
		KnnDamaged(st->s, "bad varlena header in a vector chunk");
	size = VARSIZE(p);
	memcpy(&dim, p + offsetof(VectorData, dim), sizeof(int16));
	if (size > st->rawLength - start || dim < 0 ||
		size != VECTOR_SIZE(dim))
		KnnDamaged(st->s, "bad vector in a vector chunk");
	return size;
}

/* offers the null rows up to the next non-null one */
static inline void
KnnSkipNulls(KnnStream *st)
{
	const char *nulls = st->s->nullsBuf;

	if (st->nullsLength == 0)
		return;
	while (st->row < st->nrows && (nulls[st->row / 8] & (1 << (st->row % 8))))
	{
		if (st->pass == NULL || st->pass[st->row])
			KnnRow(st->s, st->si, st->rownums[st->row], NULL);
		st->row++;
	}
}

/* the next non-null row's vector, at v (4-byte aligned, size checked) */
static inline void
KnnValue(KnnStream *st, const char *v)
{
	int			row = st->row++;

	if (st->pass == NULL || st->pass[row])
		KnnRow(st->s, st->si, st->rownums[row], (Vector) v);
}

static void
KnnConsume(void *arg, const char *p, uint32 n)
{
	KnnStream  *st = arg;
	char	   *buf = st->s->valueBuf;

	while (n > 0)
	{
		uint32		take;

		if (st->nullsHave < st->nullsLength)
		{
			take = Min(n, st->nullsLength - st->nullsHave);
			memcpy(st->s->nullsBuf + st->nullsHave, p, take);
			st->nullsHave += take;
		}
		else if (st->have == 0)
		{
			/* between values */
			KnnSkipNulls(st);
			if (st->row >= st->nrows)
				KnnDamaged(st->s, "vector chunk has trailing bytes");
			if (st->pos % st->align != 0)
				take = Min(n, st->align - st->pos % st->align);
			else if (n >= VECTOR_SIZE(0) && ((uintptr_t) p & 3) == 0 &&
					 (take = KnnValueSize(st, p, st->pos)) <= n)
				KnnValue(st, p);	/* in place */
			else
			{
				/* straddles the piece's end: collected in valueBuf */
				st->start = st->pos;
				st->size = 0;
				take = Min(n, VECTOR_SIZE(0));
				memcpy(buf, p, take);
				st->have = take;
			}
		}
		else
		{
			if (st->size == 0)
			{
				take = Min(n, VECTOR_SIZE(0) - st->have);
				memcpy(buf + st->have, p, take);
				st->have += take;
				if (st->have == VECTOR_SIZE(0))
					st->size = KnnValueSize(st, buf, st->start);
			}
			else
			{
				take = Min(n, st->size - st->have);
				memcpy(buf + st->have, p, take);
				st->have += take;
			}
			if (st->size != 0 && st->have == st->size)
			{
				st->have = 0;
				KnnValue(st, buf);
			}
		}
		p += take;
		n -= take;
		st->pos += take;
	}
}

/*
 * A dictionary-coded vector chunk (CODEC_DICT4), read in place: its
 * header is collected, then the indices are expanded slice by slice into
 * a buffer that stays in the CPU cache and streamed into KnnConsume, so
 * the decoded chunk is never written to memory.
 */
#define KNN_DICT_SLICE	8192	/* elements expanded at a time */

typedef struct KnnDictStream
{
	KnnStream  *st;
	uint32		prefixLength;	/* the null bitmap */
	uint32		storedLength;
	uint32		rawLength;
	uint32		nelem;
	uint32		taillen;
	uint32		hdrHave;
	uint32		hdrNeed;		/* 8, then with dictionary and exceptions */
	uint32		prefixHave;
	uint32		tailHave;
	uint32		idxDone;
	uint32		ndict;
	uint32		nexc;
	uint32		exc;			/* next exception to patch */
	const uint32 *excPos;
	const uint32 *excVal;
	char		tail[4];
	uint32		dict[256];		/* entries past ndict are zero */
} KnnDictStream;

static void
KnnDictConsume(void *arg, const char *p, uint32 n)
{
	KnnDictStream *ds = arg;
	KnnScanState *s = ds->st->s;
	char	   *words = s->sliceBuf;

	while (n > 0)
	{
		uint32		take;

		if (ds->hdrHave < ds->hdrNeed)
		{
			take = Min(n, ds->hdrNeed - ds->hdrHave);
			memcpy(s->dictHdr + ds->hdrHave, p, take);
			ds->hdrHave += take;
			if (ds->hdrHave == 2 * sizeof(uint32) && ds->hdrNeed == ds->hdrHave)
			{
				uint64		need;

				memcpy(&ds->ndict, s->dictHdr, sizeof(uint32));
				memcpy(&ds->nexc, s->dictHdr + sizeof(uint32), sizeof(uint32));
				if (!ColumnarDictHeader(ds->ndict, ds->nexc, ds->storedLength,
										ds->rawLength, ds->prefixLength))
					KnnDamaged(s, "bad dictionary in a vector chunk");
				need = sizeof(uint32) * (2 + (uint64) ds->ndict +
										 2 * (uint64) ds->nexc);
				if (need > s->dictHdrCap)
				{
					s->dictHdr = repalloc(s->dictHdr, need);
					s->dictHdrCap = need;
				}
				ds->hdrNeed = need;
			}
			if (ds->hdrHave == ds->hdrNeed && ds->ndict > 0)
			{
				const char *h = s->dictHdr + 2 * sizeof(uint32);

				memcpy(ds->dict, h, sizeof(uint32) * ds->ndict);
				ds->excPos = (const uint32 *) (h + sizeof(uint32) * ds->ndict);
				ds->excVal = ds->excPos + ds->nexc;
			}
		}
		else if (ds->prefixHave < ds->prefixLength)
		{
			take = Min(n, ds->prefixLength - ds->prefixHave);
			KnnConsume(ds->st, p, take);
			ds->prefixHave += take;
		}
		else if (ds->tailHave < ds->taillen)
		{
			take = Min(n, ds->taillen - ds->tailHave);
			memcpy(ds->tail + ds->tailHave, p, take);
			ds->tailHave += take;
		}
		else
		{
			take = Min(n, Min(ds->nelem - ds->idxDone, KNN_DICT_SLICE));
			if (take == 0)
				KnnDamaged(s, "vector chunk has trailing bytes");
			ColumnarDictExpand(ds->dict, (const unsigned char *) p, take,
							   words);
			ds->exc = ColumnarDictPatch(ds->excPos, ds->excVal, ds->nexc,
										ds->exc, ds->idxDone, take, words);
			KnnConsume(ds->st, words, take * 4);
			ds->idxDone += take;
		}
		p += take;
		n -= take;
	}
}

/* offers every row of the chunk group, reading its vector chunk in place */
static void
KnnScanChunkGroupInPlace(KnnScanState *s, StripeReader reader, int stored,
						 int si)
{
	TupleDesc	desc = RelationGetDescr(s->rel);
	Form_pg_attribute att = TupleDescAttr(desc, s->vecAttno - 1);
	bool		own = s->own != NULL && s->own[si];
	int			n = reader->nrows;
	const ColumnChunkDesc *d;
	uint64		offset;
	KnnStream	st;

	CHECK_FOR_INTERRUPTS();
	if (n > s->rowsCap)
	{
		if (s->pass)
			pfree(s->pass);
		if (s->nullsBuf)
			pfree(s->nullsBuf);
		s->pass = NULL;
		s->nullsBuf = NULL;
		s->rowsCap = 0;
		s->pass = MemoryContextAlloc(s->runcxt, n);
		s->nullsBuf = MemoryContextAlloc(s->runcxt, TYPEALIGN(8, (n + 7) / 8));
		s->rowsCap = n;
	}

	/* visibility and the qual first: no buffer is locked while they run */
	memset(&st, 0, sizeof(st));
	st.s = s;
	st.si = si;
	st.nrows = n;
	st.rownums = reader->rownums;
	if (own || s->qual != NULL)
	{
		for (int i = 0; i < n; i++)
			s->pass[i] = (!own ||
						  ColumnarCidMapVisible(s->cidmap, reader->rownums[i],
												s->snapshot)) &&
				(s->qual == NULL || KnnQual(s, reader, stored, i));
		st.pass = s->pass;
	}

	d = StripeReaderChunkDesc(reader, s->vecAttno, &offset);
	if (d == NULL || (d->flags & CHUNK_ALL_NULL))
	{
		/* all null, or added after the stripe: the column's default */
		bool		isnull = true;
		Datum		def = (Datum) 0;

		if (d == NULL)
			def = getmissingattr(desc, s->vecAttno, &isnull);
		for (int i = 0; i < n; i++)
			if (st.pass == NULL || st.pass[i])
				KnnRow(s, si, reader->rownums[i],
					   isnull ? NULL : (Vector) DatumGetPointer(def));
		return;
	}
	if (d->nullsLength != 0 && d->nullsLength != TYPEALIGN(8, (n + 7) / 8))
		KnnDamaged(s, "bad null bitmap length in a vector chunk");
	st.align = ChunkVarlenaAlign(att->attalign) == TYPALIGN_DOUBLE ? 8 : 4;
	st.nullsLength = d->nullsLength;
	st.rawLength = d->rawLength;
	if (d->codec == CODEC_NONE)
		StripeReaderVisitChunk(reader, s->vecAttno, KnnConsume, &st);
	else if (d->codec == CODEC_DICT4)
	{
		KnnDictStream ds;

		memset(&ds, 0, sizeof(ds));
		ds.st = &st;
		ds.prefixLength = d->nullsLength;
		ds.storedLength = d->storedLength;
		ds.rawLength = d->rawLength;
		ds.nelem = (d->rawLength - d->nullsLength) / 4;
		ds.taillen = (d->rawLength - d->nullsLength) % 4;
		ds.hdrNeed = 2 * sizeof(uint32);
		StripeReaderVisitChunk(reader, s->vecAttno, KnnDictConsume, &ds);
		if (ds.idxDone != ds.nelem || ds.ndict == 0 ||
			ds.hdrHave != ds.hdrNeed || ds.exc != ds.nexc)
			KnnDamaged(s, "vector chunk is cut short");
		if (ds.taillen > 0)
			KnnConsume(&st, ds.tail, ds.taillen);
	}
	else
	{
		uint32		rawlen;
		uint32		nullsLength;
		const char *raw = StripeReaderDecodeChunk(reader, s->vecAttno,
												  &rawlen, &nullsLength);

		KnnConsume(&st, raw, rawlen);
	}
	/* the rest must be null rows */
	if (st.have != 0 || st.nullsHave != st.nullsLength ||
		st.pos != st.rawLength)
		KnnDamaged(s, "vector chunk is cut short");
	KnnSkipNulls(&st);
	if (st.row != n)
		KnnDamaged(s, "vector chunk is cut short");
}

static void
KnnScanChunkGroup(KnnScanState *s, StripeReader reader, int stored, int si)
{
	if (s->inPlace)
		KnnScanChunkGroupInPlace(s, reader, stored, si);
	else
		KnnScanChunkGroupDecoded(s, reader, stored, si);
}

static StripeReader
KnnOpenStripe(KnnScanState *s, int si, int *stored)
{
	StripeReader reader;
	uint64		bytes;
	uint8		codecs;

	if (s->inPlace)
		reader = ColumnarReaderOpen(s->rel, RelationGetDescr(s->rel),
									&s->stripes[si], s->readNeeded,
									s->bulkRead, false);
	else
		reader = StripeReaderBegin(s->rel, RelationGetDescr(s->rel),
								   &s->stripes[si], s->scanAttrs);
	ColumnarReaderStats(reader, stored, &bytes, &codecs);
	return reader;
}

/*
 * Reads vector chunks in place unless the qual needs the vector column
 * decoded; valueBuf holds the largest vector.
 */
static void
KnnSetupRead(KnnScanState *s, MemoryContext cxt)
{
	TupleDesc	desc = RelationGetDescr(s->rel);

	s->inPlace = true;
	for (int i = 0; i < s->nqualAttnos; i++)
		if (s->qualAttnos[i] == s->vecAttno)
			s->inPlace = false;
	s->readNeeded = MemoryContextAllocZero(cxt, sizeof(bool) * Max(desc->natts, 1));
	for (int i = 0; i < s->nqualAttnos; i++)
		s->readNeeded[s->qualAttnos[i] - 1] = true;
	s->valueBuf = MemoryContextAlloc(cxt, VECTOR_SIZE(VECTOR_MAX_DIM));
	s->sliceBuf = MemoryContextAlloc(cxt, sizeof(uint32) * KNN_DICT_SLICE);
	s->dictHdrCap = sizeof(uint32) * (2 + 256);
	s->dictHdr = MemoryContextAlloc(cxt, s->dictHdrCap);

	/*
	 * A sequential scan reads a table larger than a quarter of shared
	 * buffers through a small ring, so that one scan does not evict the
	 * cache.  Exact nearest-neighbour search scans the same table query
	 * after query: up to half of shared buffers it stays there, and the
	 * scan runs at memory speed instead of copying every page from the
	 * kernel's cache.
	 */
	s->bulkRead = RelationGetNumberOfBlocks(s->rel) > (BlockNumber) NBuffers / 2;
}

static void
KnnScanStripe(KnnScanState *s, int si)
{
	int			stored;
	StripeReader reader = KnnOpenStripe(s, si, &stored);

	while (StripeReaderNextChunkGroup(reader))
		KnnScanChunkGroup(s, reader, stored, si);
	StripeReaderEnd(reader);
}

/*
 * Claims chunk groups of a parallel run, in order, until none is left
 * below limit.
 */
static void
KnnScanUnits(KnnScanState *s, KnnShared *sh, uint32 limit)
{
	StripeReader reader = NULL;
	int			readerStripe = -1;
	int			stored = 0;
	uint32		first = 0;		/* first unit of stripe si */
	int			si = 0;

	for (;;)
	{
		uint32		u = pg_atomic_read_u32(&sh->nextUnit);

		do
		{
			if (u >= limit)
				break;
		} while (!pg_atomic_compare_exchange_u32(&sh->nextUnit, &u, u + 1));
		if (u >= limit)
			break;
		while (u >= first + s->stripes[si].chunkGroupCount)
			first += s->stripes[si++].chunkGroupCount;
		if (si != readerStripe)
		{
			if (reader != NULL)
				StripeReaderEnd(reader);
			reader = KnnOpenStripe(s, si, &stored);
			readerStripe = si;
		}
		if (!StripeReaderLoadChunkGroup(reader, (int) (u - first)))
			elog(ERROR, "vecstore stripe has fewer chunk groups than its directory entry");
		KnnScanChunkGroup(s, reader, stored, si);
	}
	if (reader != NULL)
		StripeReaderEnd(reader);
}

/* entry point of a parallel worker */
void
KnnParallelMain(dsm_segment *seg, shm_toc *toc)
{
	KnnShared  *sh = shm_toc_lookup(toc, KNN_SHM_KEY, false);
	KnnScanState *s = palloc0(sizeof(KnnScanState));
	int64	   *counts = (int64 *) ((char *) sh + sh->countsOff);
	KnnResult  *results;
	EState	   *estate = NULL;

	s->rel = table_open(sh->relid, AccessShareLock);
	s->kind = sh->kind;
	s->vecAttno = sh->vecAttno;
	s->varFirst = sh->varFirst;
	s->k = sh->k;
	s->scanAttrs = bms_make_singleton(sh->vecAttno);
	s->stripes = (StripeEntry) ((char *) sh + sh->stripesOff);
	s->nstripes = sh->nstripes;
	s->query = sh->queryOff ? (Vector) ((char *) sh + sh->queryOff) : NULL;
	s->heap = palloc(sizeof(KnnEntry) * Max(s->k, 1));
	s->runcxt = CurrentMemoryContext;
	if (sh->qualOff != 0)
	{
		char	   *params = (char *) sh + sh->paramsOff;

		estate = CreateExecutorState();
		estate->es_param_list_info = RestoreParamList(&params);
		s->qualExpr = stringToNode((char *) sh + sh->qualOff);
		s->qual = ExecPrepareQual(list_make1(s->qualExpr), estate);
		s->econtext = GetPerTupleExprContext(estate);
		s->qualSlot = MakeSingleTupleTableSlot(RelationGetDescr(s->rel),
											   &TTSOpsVirtual);
		s->nqualAttnos = sh->nqualAttnos;
		s->qualAttnos = (AttrNumber *) ((char *) sh + sh->qualAttnosOff);
		for (int i = 0; i < s->nqualAttnos; i++)
			s->scanAttrs = bms_add_member(s->scanAttrs, s->qualAttnos[i]);
	}

	KnnSetupRead(s, CurrentMemoryContext);
	ColumnarRecentBuffersShare(s->rel, (Buffer *) ((char *) sh + sh->hintsOff),
							   sh->nhints, false);
	KnnScanUnits(s, sh, sh->workerUnits);
	ColumnarRecentBuffersUnshare(false);

	results = (KnnResult *) ((char *) sh + sh->resultsOff) +
		(Size) ParallelWorkerNumber * sh->k;
	for (int64 i = 0; i < s->nheap; i++)
	{
		results[i].key = s->heap[i].key;
		results[i].row = s->heap[i].row;
		results[i].cls = s->heap[i].cls;
		results[i].stripe = s->heap[i].stripe;
	}
	counts[ParallelWorkerNumber] = s->nheap;
	if (estate != NULL)
	{
		ExecDropSingleTupleTableSlot(s->qualSlot);
		FreeExecutorState(estate);
	}
	table_close(s->rel, AccessShareLock);
}

/* can this run use workers? */
static bool
KnnParallelOk(KnnScanState *s)
{
	uint64		units = 0;

	if (s->nworkers <= 0 || max_parallel_workers_per_gather <= 0 ||
		s->copyVector || s->cidmap != NULL ||
		RelationUsesLocalBuffers(s->rel) ||
		IsInParallelMode() || !ActiveSnapshotSet() || !IsUnderPostmaster)
		return false;
	for (int i = 0; i < s->nstripes; i++)
		units += s->stripes[i].chunkGroupCount;
	return units > 1 && units < PG_UINT32_MAX / 2;
}

/*
 * Runs the scan with workers.  The parallel context lives only inside this
 * call, so a cursor may stop between rows safely.  Workers see exactly
 * the stripes the leader chose, none of them written by this transaction
 * (those need the leader's command-id map), so they need no snapshot.
 */
static void
KnnRunParallel(KnnScanState *s)
{
	ParallelContext *pcxt;
	KnnShared  *sh;
	Size		size;
	Size		off;
	Size		qsize = s->query ? MAXALIGN(VARSIZE(s->query)) : 0;
	int			nworkers = Min(s->nworkers, max_parallel_workers_per_gather);
	int64	   *counts;
	KnnResult  *results;
	char	   *qualText = s->qualExpr ? nodeToString(s->qualExpr) : NULL;
	Size		qualSize = qualText ? MAXALIGN(strlen(qualText) + 1) : 0;
	Size		attnosSize = MAXALIGN(sizeof(AttrNumber) * Max(s->nqualAttnos, 1));
	Size		paramsSize = qualText ? MAXALIGN(EstimateParamListSpace(s->params)) : 0;
	BlockNumber nhints = ColumnarRecentBuffersCount(s->rel, s->bulkRead);

	size = MAXALIGN(sizeof(KnnShared)) + qsize + qualSize + attnosSize +
		paramsSize + MAXALIGN(sizeof(Buffer) * nhints) +
		MAXALIGN(sizeof(StripeEntryData) * s->nstripes) +
		MAXALIGN(sizeof(int64) * nworkers) +
		sizeof(KnnResult) * (Size) nworkers * s->k;

	EnterParallelMode();
	pcxt = CreateParallelContext("vecstore", "KnnParallelMain", nworkers);
	shm_toc_estimate_chunk(&pcxt->estimator, size);
	shm_toc_estimate_keys(&pcxt->estimator, 1);
	InitializeParallelDSM(pcxt);

	sh = shm_toc_allocate(pcxt->toc, size);
	memset(sh, 0, sizeof(KnnShared));
	sh->relid = RelationGetRelid(s->rel);
	sh->kind = s->kind;
	sh->vecAttno = s->vecAttno;
	sh->varFirst = s->varFirst;
	sh->k = s->k;
	sh->nworkers = nworkers;
	sh->nstripes = s->nstripes;
	for (int i = 0; i < s->nstripes; i++)
		sh->nunits += s->stripes[i].chunkGroupCount;

	/*
	 * The last chunk groups are the leader's: a worker's exit (unmapping
	 * the shared buffers it touched, some milliseconds) then overlaps the
	 * leader's scan instead of adding to the query's time.
	 */
	sh->workerUnits = sh->nunits - sh->nunits / (4 * (nworkers + 1));
	pg_atomic_init_u32(&sh->nextUnit, 0);
	off = MAXALIGN(sizeof(KnnShared));
	if (s->query)
	{
		sh->queryOff = off;
		memcpy((char *) sh + off, s->query, VARSIZE(s->query));
		off += qsize;
	}
	if (qualText)
	{
		char	   *ptr;

		sh->qualOff = off;
		strcpy((char *) sh + off, qualText);
		off += qualSize;
		sh->qualAttnosOff = off;
		sh->nqualAttnos = s->nqualAttnos;
		memcpy((char *) sh + off, s->qualAttnos,
			   sizeof(AttrNumber) * s->nqualAttnos);
		off += attnosSize;
		sh->paramsOff = off;
		ptr = (char *) sh + off;
		SerializeParamList(s->params, &ptr);
		off += paramsSize;
	}
	sh->stripesOff = off;
	memcpy((char *) sh + off, s->stripes,
		   sizeof(StripeEntryData) * s->nstripes);
	off += MAXALIGN(sizeof(StripeEntryData) * s->nstripes);
	sh->countsOff = off;
	counts = (int64 *) ((char *) sh + off);
	memset(counts, 0, sizeof(int64) * nworkers);
	off += MAXALIGN(sizeof(int64) * nworkers);
	sh->hintsOff = off;
	sh->nhints = nhints;
	ColumnarRecentBuffersShare(s->rel, (Buffer *) ((char *) sh + off), nhints,
							   true);
	off += MAXALIGN(sizeof(Buffer) * nhints);
	sh->resultsOff = off;
	results = (KnnResult *) ((char *) sh + off);
	shm_toc_insert(pcxt->toc, KNN_SHM_KEY, sh);

	PG_TRY();
	{
		LaunchParallelWorkers(pcxt);
		s->launched = pcxt->nworkers_launched;

		/* the leader takes its share into its own heap */
		KnnScanUnits(s, sh, sh->nunits);
		WaitForParallelWorkersToFinish(pcxt);
	}
	PG_CATCH();
	{
		ColumnarRecentBuffersUnshare(false);
		PG_RE_THROW();
	}
	PG_END_TRY();
	ColumnarRecentBuffersUnshare(true);
	for (int w = 0; w < pcxt->nworkers_launched; w++)
	{
		for (int64 i = 0; i < counts[w]; i++)
		{
			KnnResult  *r = &results[(Size) w * s->k + i];

			KnnOffer(s, r->cls, r->key, r->row, r->stripe, NULL);
		}
	}
	DestroyParallelContext(pcxt);
	ExitParallelMode();
}

static int
CompareByRow(const void *a, const void *b)
{
	const KnnEntry *x = a;
	const KnnEntry *y = b;

	if (x->stripe != y->stripe)
		return x->stripe < y->stripe ? -1 : 1;
	if (x->row != y->row)
		return x->row < y->row ? -1 : 1;
	return 0;
}

static int
CompareByOrder(const void *a, const void *b)
{
	return KnnCompare(a, b);
}

/* decodes the other output columns of the winners, stripe by stripe */
static void
KnnFetchWinners(KnnScanState *s)
{
	Relation	rel = s->rel;
	TupleDesc	desc = RelationGetDescr(rel);
	StripeReader reader = NULL;
	int			readerStripe = -1;
	int			stored = 0;

	qsort(s->heap, s->nheap, sizeof(KnnEntry), CompareByRow);
	for (int64 w = 0; w < s->nheap; w++)
	{
		KnnEntry   *e = &s->heap[w];
		int			idx;

		e->values = palloc0(sizeof(Datum) * s->ncols);
		e->isnull = palloc(sizeof(bool) * s->ncols);
		memset(e->isnull, true, sizeof(bool) * s->ncols);
		if (s->fetchAttrs == NULL)
			continue;
		if (readerStripe != e->stripe)
		{
			uint64		bytes;
			uint8		codecs;

			if (reader != NULL)
				StripeReaderEnd(reader);
			reader = StripeReaderBegin(rel, desc, &s->stripes[e->stripe],
									   s->fetchAttrs);
			ColumnarReaderStats(reader, &stored, &bytes, &codecs);
			readerStripe = e->stripe;
		}
		idx = StripeReaderSeekRow(reader, e->row);
		if (idx < 0)
			elog(ERROR, "vecstore knn scan lost row " UINT64_FORMAT, e->row);
		for (int c = 0; c < s->ncols; c++)
		{
			AttrNumber	attno = s->colAttno[c];
			Form_pg_attribute att;
			Datum		d;

			if (attno == 0 || !bms_is_member(attno, s->fetchAttrs))
				continue;
			att = TupleDescAttr(desc, attno - 1);
			d = ReaderValue(reader, stored, desc, attno, idx, &e->isnull[c]);
			if (!e->isnull[c])
				e->values[c] = datumCopy(d, att->attbyval, att->attlen);
		}
	}
	if (reader != NULL)
		StripeReaderEnd(reader);
	qsort(s->heap, s->nheap, sizeof(KnnEntry), CompareByOrder);
}

static void
KnnRun(KnnScanState *s)
{
	ExprContext *econtext = s->css.ss.ps.ps_ExprContext;
	MemoryContext old;
	Datum		qd;
	bool		qnull;

	MemoryContextReset(s->runcxt);
	old = MemoryContextSwitchTo(s->runcxt);
	s->cidmap = NULL;
	s->nheap = 0;
	s->next = 0;
	s->pass = NULL;
	s->nullsBuf = NULL;
	s->rowsCap = 0;

	ResetExprContext(econtext);
	qd = ExecEvalExpr(s->queryExpr, econtext, &qnull);
	s->query = qnull ? NULL : (Vector) PG_DETOAST_DATUM_COPY(qd);

	s->heap = palloc(sizeof(KnnEntry) * Max(s->k, 1));
	KnnLoadStripes(s);
	s->launched = -1;
	if (KnnParallelOk(s))
		KnnRunParallel(s);
	else
	{
		for (int si = 0; si < s->nstripes; si++)
			KnnScanStripe(s, si);
	}
	KnnFetchWinners(s);
	MemoryContextSwitchTo(old);
	s->done = true;
}

static TupleTableSlot *
KnnNext(ScanState *node)
{
	KnnScanState *s = (KnnScanState *) node;
	TupleTableSlot *slot = node->ss_ScanTupleSlot;
	KnnEntry   *e;

	if (!s->done)
		KnnRun(s);
	if (s->next >= s->nheap)
		return ExecClearTuple(slot);
	e = &s->heap[s->next++];

	ExecClearTuple(slot);
	for (int c = 0; c < s->ncols; c++)
	{
		slot->tts_values[c] = e->values[c];
		slot->tts_isnull[c] = e->isnull[c];
		if (s->colAttno[c] == s->vecAttno && s->copyVector)
		{
			slot->tts_values[c] = PointerGetDatum(e->vec);
			slot->tts_isnull[c] = (e->vec == NULL);
		}
	}
	if (s->qualCol >= 0)
	{
		slot->tts_values[s->qualCol] = BoolGetDatum(true);
		slot->tts_isnull[s->qualCol] = false;
	}
	slot->tts_isnull[s->distCol] = (e->cls == KNN_NULL);
	if (e->cls != KNN_NULL)
		slot->tts_values[s->distCol] =
			Float8GetDatum(s->kind == KNN_L2 ? sqrt(e->key) : e->key);
	ExecStoreVirtualTuple(slot);
	RowNumberGetTid(e->row, &slot->tts_tid);
	slot->tts_tableOid = RelationGetRelid(node->ss_currentRelation);
	return slot;
}

static bool
KnnRecheck(ScanState *node, TupleTableSlot *slot)
{
	return true;
}

static TupleTableSlot *
KnnExec(CustomScanState *node)
{
	return ExecScan(&node->ss, KnnNext, KnnRecheck);
}

static void
KnnEnd(CustomScanState *node)
{
	KnnScanState *s = (KnnScanState *) node;

	MemoryContextDelete(s->runcxt);
}

static void
KnnRescan(CustomScanState *node)
{
	KnnScanState *s = (KnnScanState *) node;

	s->done = false;
	s->nheap = 0;
	s->next = 0;
	ExecScanReScan(&node->ss);
}

static void
KnnExplain(CustomScanState *node, List *ancestors, ExplainState *es)
{
	KnnScanState *s = (KnnScanState *) node;
	CustomScan *cscan = (CustomScan *) node->ss.ps.plan;
	TargetEntry *tle = list_nth(cscan->custom_scan_tlist, s->distCol);
	List	   *context;

	context = set_deparse_context_plan(es->deparse_cxt, node->ss.ps.plan,
									   ancestors);
	ExplainPropertyText("Order By",
						deparse_expression((Node *) tle->expr, context,
										   es->verbose, false),
						es);
	ExplainPropertyText("Distance", knn_kind_names[s->kind], es);
	ExplainPropertyInteger("Top-K", NULL, s->k, es);
	if (s->nworkers > 0)
		ExplainPropertyInteger("Workers Planned", NULL, s->nworkers, es);
	if (es->analyze && s->done && s->launched >= 0)
		ExplainPropertyInteger("Workers Launched", NULL, s->launched, es);
	if (s->qualCol >= 0)
	{
		tle = list_nth(cscan->custom_scan_tlist, s->qualCol);
		ExplainPropertyText("Filter",
							deparse_expression((Node *) tle->expr, context,
											   es->verbose, false),
							es);
	}
}

/* ----------------------------------------------------------------
 * Registration
 * ----------------------------------------------------------------
 */
void
ColumnarKnnInit(void)
{
	DefineCustomBoolVariable("vecstore.enable_knn_scan",
							 "Lets the planner use the exact nearest-neighbour scan of vecstore tables.",
							 NULL,
							 &knn_enabled,
							 true,
							 PGC_USERSET,
							 0,
							 NULL, NULL, NULL);
	RegisterCustomScanMethods(&knn_scan_methods);
	prev_set_rel_pathlist_hook = set_rel_pathlist_hook;
	set_rel_pathlist_hook = KnnSetRelPathlist;
}
