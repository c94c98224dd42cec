/*-------------------------------------------------------------------------
 *
 * columnar_stats.c
 *	  Per-chunk min/max of scalar columns: computed when a chunk group is
 *	  written, and used by scans to skip chunk groups that a WHERE clause
 *	  refutes (format: columnar_stripe.h).
 *
 * Stats are kept for columns whose type has a default btree operator
 * class, is a base type, enum or domain over one, is not an array and not
 * the vector type; only when both min and max fit in STATS_MAX_VALUE
 * bytes.  Min and max follow the order of that operator class under the
 * column's collation, and the entry records type, operator family and
 * collation, so a reader uses an entry only for an operator of the same
 * family and the same input collation.
 *
 * A scan's skip filter is built from its quals: "column op value" where op
 * is a strict btree comparison of the column's family (either side, cross
 * type), "column op ANY/ALL (array)", and AND/OR of those.  Values are
 * constants or parameters (arrays of them, leakproof casts of them: no
 * errors heap would not raise), evaluated when the scan starts or
 * restarts.  A chunk group is skipped only when min/max prove
 * that no row can satisfy a conjunct; anything not understood reads the
 * chunk group.
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include "access/detoast.h"
#include "access/nbtree.h"
#include "access/stratnum.h"
#include "catalog/pg_proc.h"
#include "catalog/pg_type.h"
#include "executor/executor.h"
#include "nodes/nodeFuncs.h"
#include "utils/array.h"
#include "utils/datum.h"
#include "utils/fmgroids.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/sortsupport.h"
#include "utils/typcache.h"

#include "columnar.h"
#include "columnar_stripe.h"

/* min and max larger than this (bytes, varlena header included) are not kept */
#define STATS_MAX_VALUE		64

/* GUC vecstore.chunk_group_stats */
bool		columnar_chunk_group_stats = true;

extern Datum vector_in(PG_FUNCTION_ARGS);

/* ----------------------------------------------------------------
 * Which columns get stats
 * ----------------------------------------------------------------
 */

static bool
IsVectorType(Oid typid)
{
	Oid			input;
	Oid			ioparam;
	FmgrInfo	finfo;

	getTypeInputInfo(typid, &input, &ioparam);
	fmgr_info(input, &finfo);
	return finfo.fn_addr == vector_in;
}

/*
 * The btree family and its "<" for a column's type, if the column may have
 * stats.  The same rules serve the writer and the skip filter.
 */
static bool
StatsColumnType(Form_pg_attribute att, Oid *opfamily, Oid *ltopr)
{
	TypeCacheEntry *tc;
	Oid			base;
	char		typtype;

	if (att->attisdropped || att->attlen == -2 ||
		(att->attlen > 0 && att->attlen > STATS_MAX_VALUE))
		return false;
	base = getBaseType(att->atttypid);
	typtype = get_typtype(base);
	if ((typtype != TYPTYPE_BASE && typtype != TYPTYPE_ENUM) ||
		type_is_array(base))
		return false;
	tc = lookup_type_cache(att->atttypid,
						   TYPECACHE_BTREE_OPFAMILY | TYPECACHE_LT_OPR);
	if (!OidIsValid(tc->btree_opf) || !OidIsValid(tc->lt_opr))
		return false;
	if (att->attlen == -1 && IsVectorType(base))
		return false;
	*opfamily = tc->btree_opf;
	*ltopr = tc->lt_opr;
	return true;
}

/* ----------------------------------------------------------------
 * Writing
 * ----------------------------------------------------------------
 */

typedef struct StatsColumn
{
	int			attnum;
	Oid			typid;
	Oid			opfamily;
	Oid			collation;
	int16		typlen;
	bool		typbyval;
	SortSupportData ssup;
} StatsColumn;

typedef struct ColumnarStatsBuilderData
{
	int			ncols;
	StatsColumn *cols;
} ColumnarStatsBuilderData;

void
ColumnarStatsInit(void)
{
	DefineCustomBoolVariable("vecstore.chunk_group_stats",
							 "Writes min/max of scalar columns into new chunk groups of vecstore tables.",
							 "Scans skip chunk groups by them; chunk groups written without them are always read.",
							 &columnar_chunk_group_stats,
							 true,
							 PGC_USERSET,
							 0,
							 NULL, NULL, NULL);
}

/* Plans the stats of a stripe's rows, in the current memory context. */
ColumnarStatsBuilder
ColumnarStatsBuilderCreate(TupleDesc tupdesc)
{
	ColumnarStatsBuilder b = palloc0(sizeof(ColumnarStatsBuilderData));

	if (!columnar_chunk_group_stats)
		return b;
	b->cols = palloc0(sizeof(StatsColumn) * Max(tupdesc->natts, 1));
	for (int i = 0; i < tupdesc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(tupdesc, i);
		StatsColumn *c = &b->cols[b->ncols];
		Oid			ltopr;

		if (!StatsColumnType(att, &c->opfamily, &ltopr))
			continue;
		c->attnum = i + 1;
		c->typid = att->atttypid;
		c->collation = att->attcollation;
		c->typlen = att->attlen;
		c->typbyval = att->attbyval;
		c->ssup.ssup_cxt = CurrentMemoryContext;
		c->ssup.ssup_collation = att->attcollation;
		c->ssup.ssup_nulls_first = false;
		c->ssup.abbreviate = false;
		PrepareSortSupportFromOrderingOp(ltopr, &c->ssup);
		b->ncols++;
	}
	return b;
}

/* appends a value padded to 8 bytes; false if it is too large to keep */
static bool
AppendValue(StatsColumn *c, Datum v, StringInfo out, uint16 *len)
{
	if (c->typbyval)
	{
		char		tmp[sizeof(Datum)];

		store_att_byval(tmp, v, c->typlen);
		appendBinaryStringInfo(out, tmp, c->typlen);
		*len = c->typlen;
	}
	else if (c->typlen > 0)
	{
		appendBinaryStringInfo(out, DatumGetPointer(v), c->typlen);
		*len = c->typlen;
	}
	else
	{
		struct varlena *p = (struct varlena *) DatumGetPointer(v);
		union
		{
			varattrib_4b v;
			char		bytes[VARHDRSZ];
		}			hdr;
		Size		datalen;

		/* a toasted value is far beyond the limit */
		if (VARATT_IS_EXTERNAL(p) || VARATT_IS_COMPRESSED(p))
			return false;
		datalen = VARSIZE_ANY_EXHDR(p);
		if (datalen + VARHDRSZ > STATS_MAX_VALUE)
			return false;
		SET_VARSIZE(&hdr, datalen + VARHDRSZ);
		appendBinaryStringInfo(out, hdr.bytes, VARHDRSZ);
		appendBinaryStringInfo(out, VARDATA_ANY(p), datalen);
		*len = datalen + VARHDRSZ;
	}
	while (out->len % 8 != 0)
		appendStringInfoCharMacro(out, '\0');
	return true;
}

/*
 * Appends the stats section of a chunk group (values and isnull indexed
 * [attnum - 1][row]) to out; nothing if no column has stats, and nothing
 * for a single row: reading it costs about what checking its stats would,
 * and for an autocommit INSERT the section would add a third to the bytes
 * stored per row.
 */
void
ColumnarStatsBuild(ColumnarStatsBuilder b, int nrows, Datum **values,
				   bool **isnull, StringInfo out)
{
	int			start = out->len;
	ChunkStatsHeader sh;

	if (b == NULL || b->ncols == 0 || nrows < 2)
		return;
	Assert(start % 8 == 0);
	memset(&sh, 0, sizeof(sh));
	appendBinaryStringInfo(out, (char *) &sh, sizeof(sh));

	for (int i = 0; i < b->ncols; i++)
	{
		StatsColumn *c = &b->cols[i];
		Datum	   *v = values[c->attnum - 1];
		bool	   *n = isnull[c->attnum - 1];
		int			mini = -1;
		int			maxi = -1;
		int			entryAt = out->len;
		ChunkStatsEntry e;

		/*
		 * Values in pairs: the smaller of two against min, the larger
		 * against max, 1.5 comparisons per value.
		 */
		for (int r = 0; r < nrows; r++)
		{
			int			lo = r;
			int			hi = r;

			if (n[r])
				continue;
			for (int r2 = r + 1; r2 < nrows; r2++)
			{
				if (n[r2])
					continue;
				if (ApplySortComparator(v[r2], false, v[r], false,
										&c->ssup) < 0)
					lo = r2;
				else
					hi = r2;
				r = r2;
				break;
			}
			if (mini < 0)
			{
				mini = lo;
				maxi = hi;
				continue;
			}
			if (ApplySortComparator(v[lo], false, v[mini], false,
									&c->ssup) < 0)
				mini = lo;
			if (ApplySortComparator(v[hi], false, v[maxi], false,
									&c->ssup) > 0)
				maxi = hi;
		}

		memset(&e, 0, sizeof(e));
		e.attnum = c->attnum;
		e.typid = c->typid;
		e.opfamily = c->opfamily;
		e.collation = c->collation;
		appendBinaryStringInfo(out, (char *) &e, sizeof(e));
		if (mini < 0)
			e.flags = CHUNK_STATS_ALL_NULL;
		else if (!AppendValue(c, v[mini], out, &e.minLength) ||
				 !AppendValue(c, v[maxi], out, &e.maxLength))
		{
			/* too large: no entry for this column */
			out->len = entryAt;
			out->data[out->len] = '\0';
			continue;
		}
		memcpy(out->data + entryAt, &e, sizeof(e));
		sh.nentries++;
	}

	if (sh.nentries == 0)
	{
		out->len = start;
		out->data[out->len] = '\0';
		return;
	}
	sh.length = out->len - start;
	memcpy(out->data + start, &sh, sizeof(sh));
}

/*
 * Checks the structure of a stats section read from disk: every entry and
 * value within it.  False if it is damaged.
 */
bool
ColumnarStatsValid(const char *section, uint32 len)
{
	ChunkStatsHeader sh;
	uint32		pos = sizeof(ChunkStatsHeader);

	if (len < sizeof(ChunkStatsHeader))
		return false;
	memcpy(&sh, section, sizeof(sh));
	if (sh.length != len)
		return false;
	for (int i = 0; i < sh.nentries; i++)
	{
		ChunkStatsEntry e;

		if (len - pos < sizeof(e))
			return false;
		memcpy(&e, section + pos, sizeof(e));
		pos += sizeof(e);
		if (e.attnum == 0 || e.attnum > MaxHeapAttributeNumber)
			return false;
		if (e.flags & CHUNK_STATS_ALL_NULL)
		{
			if (e.minLength != 0 || e.maxLength != 0)
				return false;
			continue;
		}
		if (e.minLength == 0 || e.maxLength == 0 ||
			len - pos < TYPEALIGN(8, e.minLength) + TYPEALIGN(8, e.maxLength))
			return false;
		pos += TYPEALIGN(8, e.minLength) + TYPEALIGN(8, e.maxLength);
	}
	return pos == len;
}

/* ----------------------------------------------------------------
 * Skip filters
 * ----------------------------------------------------------------
 */

typedef enum SkipTermKind
{
	SKIP_AND,
	SKIP_OR,
	SKIP_OP						/* column op value, or op ANY/ALL (array) */
} SkipTermKind;

typedef struct SkipTerm
{
	SkipTermKind kind;
	List	   *args;			/* SKIP_AND, SKIP_OR: SkipTerms */

	/* SKIP_OP */
	AttrNumber	attnum;
	Oid			typid;			/* the column's type */
	int16		typlen;
	bool		typbyval;
	Oid			opfamily;
	Oid			collation;		/* the operator's input collation */
	int			strategy;		/* BTLessStrategyNumber.. */
	FmgrInfo	cmp;			/* btree order proc (column type, value type) */
	bool		isArray;
	bool		useOr;			/* ANY rather than ALL */
	Expr	   *valueExpr;
	ExprState  *valueState;
	int16		elmlen;			/* the value, or array elements */
	bool		elmbyval;
	char		elmalign;

	/* values of this (re)scan */
	bool		ready;
	bool		nullValue;		/* the value (or the array) is NULL */
	int			nvalues;
	Datum	   *values;
	bool	   *nulls;
} SkipTerm;

typedef struct ColumnarSkipFilterData
{
	List	   *terms;			/* implicit AND */
	List	   *clauses;		/* the quals they come from, for EXPLAIN */
	TupleDesc	tupdesc;
	ExprContext *econtext;
	MemoryContext cxt;			/* the filter */
	MemoryContext valuecxt;		/* values, reset with the scan */
	bool		ready;			/* every term evaluated */
} ColumnarSkipFilterData;

static Node *
StripRelabel(Node *node)
{
	while (node && IsA(node, RelabelType))
		node = (Node *) ((RelabelType *) node)->arg;
	return node;
}

/*
 * A value the filter can evaluate at scan start: a constant or parameter,
 * an array of them, leakproof functions of them (casts).
 */
static bool
IsScanValue(Node *node, bool array)
{
	node = StripRelabel(node);
	if (node == NULL)
		return false;
	if (IsA(node, Const))
		return true;
	if (IsA(node, Param))
	{
		Param	   *p = (Param *) node;

		return p->paramkind == PARAM_EXTERN || p->paramkind == PARAM_EXEC;
	}
	if (IsA(node, FuncExpr))
	{
		/* a cast of a parameter: leakproof functions raise no errors */
		FuncExpr   *fe = (FuncExpr *) node;
		ListCell   *lc;

		if (!get_func_leakproof(fe->funcid) ||
			func_volatile(fe->funcid) == PROVOLATILE_VOLATILE || fe->funcretset)
			return false;
		foreach(lc, fe->args)
		{
			if (!IsScanValue(lfirst(lc), false))
				return false;
		}
		return true;
	}
	if (array && IsA(node, ArrayExpr) && !((ArrayExpr *) node)->multidims)
	{
		ListCell   *lc;

		foreach(lc, ((ArrayExpr *) node)->elements)
		{
			if (!IsScanValue(lfirst(lc), false))
				return false;
		}
		return true;
	}
	return false;
}

/* column of the scanned relation, or NULL */
static Var *
ScanColumn(Node *node, Index varno, TupleDesc tupdesc)
{
	Var		   *var;

	node = StripRelabel(node);
	if (node == NULL || !IsA(node, Var))
		return NULL;
	var = (Var *) node;
	if (var->varno != varno || var->varlevelsup != 0 || var->varattno <= 0 ||
		var->varattno > tupdesc->natts)
		return NULL;
	return var;
}

static SkipTerm *
OpTerm(Oid opno, Oid inputcollid, Node *left, Node *right, bool isArray,
	   bool useOr, Index varno, TupleDesc tupdesc, bool build)
{
	Var		   *var = ScanColumn(left, varno, tupdesc);
	Node	   *value = right;
	Form_pg_attribute att;
	Oid			opfamily;
	Oid			ltopr;
	int			strategy;
	Oid			lefttype;
	Oid			righttype;
	Oid			cmpproc;
	SkipTerm   *t;

	if (var == NULL && !isArray)
	{
		/* value op column: turn it around */
		var = ScanColumn(right, varno, tupdesc);
		value = left;
		if (var == NULL)
			return NULL;
		opno = get_commutator(opno);
		if (!OidIsValid(opno))
			return NULL;
	}
	if (var == NULL || !IsScanValue(value, isArray))
		return NULL;
	att = TupleDescAttr(tupdesc, var->varattno - 1);
	if (att->atttypid != var->vartype ||
		!StatsColumnType(att, &opfamily, &ltopr) ||
		!op_in_opfamily(opno, opfamily) ||
		!func_strict(get_opcode(opno)))
		return NULL;
	/* stats are ordered under the column's collation */
	if (inputcollid != att->attcollation)
		return NULL;
	get_op_opfamily_properties(opno, opfamily, false, &strategy, &lefttype,
							   &righttype);
	if (strategy < BTLessStrategyNumber || strategy > BTGreaterStrategyNumber)
		return NULL;
	cmpproc = get_opfamily_proc(opfamily, lefttype, righttype, BTORDER_PROC);
	if (!OidIsValid(cmpproc))
		return NULL;

	t = palloc0(sizeof(SkipTerm));
	t->kind = SKIP_OP;
	t->attnum = var->varattno;
	if (!build)
		return t;
	t->typid = att->atttypid;
	t->typlen = att->attlen;
	t->typbyval = att->attbyval;
	t->opfamily = opfamily;
	t->collation = inputcollid;
	t->strategy = strategy;
	fmgr_info(cmpproc, &t->cmp);
	t->isArray = isArray;
	t->useOr = useOr;
	t->valueExpr = (Expr *) value;
	get_typlenbyvalalign(righttype, &t->elmlen, &t->elmbyval, &t->elmalign);
	return t;
}

/*
 * The term a clause gives, or NULL if it cannot refute anything.  With
 * build false only says whether it can (planning).
 */
static SkipTerm *
MakeTerm(Node *clause, Index varno, TupleDesc tupdesc, bool build)
{
	if (clause == NULL)
		return NULL;
	if (IsA(clause, OpExpr))
	{
		OpExpr	   *op = (OpExpr *) clause;

		if (list_length(op->args) != 2)
			return NULL;
		return OpTerm(op->opno, op->inputcollid, linitial(op->args),
					  lsecond(op->args), false, false, varno, tupdesc, build);
	}
	if (IsA(clause, ScalarArrayOpExpr))
	{
		ScalarArrayOpExpr *op = (ScalarArrayOpExpr *) clause;

		if (list_length(op->args) != 2)
			return NULL;
		return OpTerm(op->opno, op->inputcollid, linitial(op->args),
					  lsecond(op->args), true, op->useOr, varno, tupdesc,
					  build);
	}
	if (IsA(clause, BoolExpr))
	{
		BoolExpr   *b = (BoolExpr *) clause;
		SkipTerm   *t;
		ListCell   *lc;

		if (b->boolop == NOT_EXPR)
			return NULL;
		t = palloc0(sizeof(SkipTerm));
		t->kind = b->boolop == AND_EXPR ? SKIP_AND : SKIP_OR;
		foreach(lc, b->args)
		{
			SkipTerm   *arg = MakeTerm(lfirst(lc), varno, tupdesc, build);

			/* AND refutes with any of its arms, OR needs all of them */
			if (arg != NULL)
				t->args = lappend(t->args, arg);
			else if (t->kind == SKIP_OR)
				return NULL;
		}
		return t->args != NIL ? t : NULL;
	}
	return NULL;
}

/*
 * Could this qual (of relation varno) let a scan skip chunk groups?  If it
 * compares one column, *attnum is that column, else 0.
 */
bool
ColumnarSkipQualUsable(Expr *clause, Index varno, TupleDesc tupdesc,
					   AttrNumber *attnum)
{
	SkipTerm   *t = MakeTerm((Node *) clause, varno, tupdesc, false);

	*attnum = t != NULL && t->kind == SKIP_OP ? t->attnum : 0;
	return t != NULL;
}

static void
InitTermStates(List *terms, PlanState *ps)
{
	ListCell   *lc;

	foreach(lc, terms)
	{
		SkipTerm   *t = lfirst(lc);

		if (t->kind == SKIP_OP)
			t->valueState = ExecInitExpr(t->valueExpr, ps);
		else
			InitTermStates(t->args, ps);
	}
}

/*
 * A filter for the quals (implicit AND) of a scan of relation varno, whose
 * values are evaluated in ps's expression context; NULL if no qual can
 * refute a chunk group.  The quals used are returned in *used.
 */
ColumnarSkipFilter
ColumnarSkipFilterCreate(List *quals, Index varno, TupleDesc tupdesc,
						 PlanState *ps, List **used)
{
	ColumnarSkipFilter f;
	MemoryContext cxt;
	MemoryContext old;
	ListCell   *lc;

	*used = NIL;
	cxt = AllocSetContextCreate(CurrentMemoryContext, "vecstore skip filter",
								ALLOCSET_SMALL_SIZES);
	old = MemoryContextSwitchTo(cxt);
	f = palloc0(sizeof(ColumnarSkipFilterData));
	f->cxt = cxt;
	f->valuecxt = AllocSetContextCreate(cxt, "vecstore skip filter values",
										ALLOCSET_SMALL_SIZES);
	f->tupdesc = tupdesc;
	f->econtext = ps->ps_ExprContext;
	foreach(lc, quals)
	{
		SkipTerm   *t = MakeTerm(lfirst(lc), varno, tupdesc, true);

		if (t == NULL)
			continue;
		f->terms = lappend(f->terms, t);
		f->clauses = lappend(f->clauses, lfirst(lc));
	}
	MemoryContextSwitchTo(old);
	if (f->terms == NIL)
	{
		MemoryContextDelete(cxt);
		return NULL;
	}
	/* expression states live with the plan state */
	InitTermStates(f->terms, ps);
	*used = f->clauses;
	return f;
}

static void
ResetTerms(List *terms)
{
	ListCell   *lc;

	foreach(lc, terms)
	{
		SkipTerm   *t = lfirst(lc);

		t->ready = false;
		t->nvalues = 0;
		ResetTerms(t->args);
	}
}

/* Values are evaluated again at the next check (rescans). */
void
ColumnarSkipFilterReset(ColumnarSkipFilter f)
{
	if (f == NULL)
		return;
	f->ready = false;
	ResetTerms(f->terms);
	MemoryContextReset(f->valuecxt);
}

/* does the expression use an executor parameter not computed yet? */
static bool
PendingParamWalker(Node *node, ExprContext *econtext)
{
	if (node == NULL)
		return false;
	if (IsA(node, Param) && ((Param *) node)->paramkind == PARAM_EXEC)
	{
		Param	   *p = (Param *) node;

		/* an initplan is left for the quals to run, as heap would */
		return econtext->ecxt_param_exec_vals == NULL ||
			econtext->ecxt_param_exec_vals[p->paramid].execPlan != NULL;
	}
	return expression_tree_walker(node, PendingParamWalker, econtext);
}

/* evaluates the terms' values; false if some must wait */
static bool
EvaluateTerms(ColumnarSkipFilter f, List *terms)
{
	bool		all = true;
	ListCell   *lc;

	foreach(lc, terms)
	{
		SkipTerm   *t = lfirst(lc);
		Datum		d;
		bool		isnull;

		if (t->kind != SKIP_OP)
		{
			all &= EvaluateTerms(f, t->args);
			continue;
		}
		if (t->ready)
			continue;
		if (PendingParamWalker((Node *) t->valueExpr, f->econtext))
		{
			all = false;
			continue;
		}
		d = ExecEvalExpr(t->valueState, f->econtext, &isnull);
		t->nullValue = isnull;
		if (!isnull && t->isArray)
		{
			ArrayType  *arr = DatumGetArrayTypePCopy(d);

			deconstruct_array(arr, ARR_ELEMTYPE(arr), t->elmlen, t->elmbyval,
							  t->elmalign, &t->values, &t->nulls,
							  &t->nvalues);
		}
		else if (!isnull)
		{
			t->values = palloc(sizeof(Datum));
			t->nulls = palloc(sizeof(bool));
			t->values[0] = datumCopy(d, t->elmbyval, t->elmlen);
			t->nulls[0] = false;
			t->nvalues = 1;
		}
		t->ready = true;
	}
	return all;
}

/* one stats entry, parsed */
typedef struct StatsItem
{
	ChunkStatsEntry e;
	const char *min;
	const char *max;
} StatsItem;

/* refutes "column op value" for a non-null value given min and max */
static bool
RefutesValue(SkipTerm *t, Datum min, Datum max, Datum value)
{
#define CMP(a) DatumGetInt32(FunctionCall2Coll(&t->cmp, t->collation, (a), value))
	switch (t->strategy)
	{
		case BTLessStrategyNumber:
			return CMP(min) >= 0;
		case BTLessEqualStrategyNumber:
			return CMP(min) > 0;
		case BTEqualStrategyNumber:
			return CMP(min) > 0 || CMP(max) < 0;
		case BTGreaterEqualStrategyNumber:
			return CMP(max) < 0;
		case BTGreaterStrategyNumber:
			return CMP(max) <= 0;
	}
#undef CMP
	return false;
}

/* does a stored min or max have the shape of the column's type? */
static bool
StatsValueOk(SkipTerm *t, const char *p, uint16 len)
{
	if (t->typlen > 0)
		return len == t->typlen;
	return len >= VARHDRSZ && VARATT_IS_4B_U(p) && VARSIZE(p) == len;
}

static bool
RefutesOp(SkipTerm *t, StatsItem *items, int nitems)
{
	StatsItem  *it = NULL;
	Datum		min;
	Datum		max;
	bool		allNull;

	if (!t->ready)
		return false;
	for (int i = 0; i < nitems; i++)
	{
		if (items[i].e.attnum == t->attnum)
		{
			it = &items[i];
			break;
		}
	}
	if (it == NULL || it->e.typid != t->typid ||
		it->e.opfamily != t->opfamily || it->e.collation != t->collation)
		return false;
	allNull = (it->e.flags & CHUNK_STATS_ALL_NULL) != 0;

	/* the operators are strict */
	if (t->nullValue)
		return true;
	if (t->isArray && t->nvalues == 0)
		return t->useOr;		/* ANY of nothing is false, ALL is true */
	if (allNull)
		return true;
	if (!StatsValueOk(t, it->min, it->e.minLength) ||
		!StatsValueOk(t, it->max, it->e.maxLength))
		return false;
	if (t->typbyval)
	{
		min = fetch_att(it->min, true, t->typlen);
		max = fetch_att(it->max, true, t->typlen);
	}
	else
	{
		min = PointerGetDatum(it->min);
		max = PointerGetDatum(it->max);
	}

	for (int i = 0; i < t->nvalues; i++)
	{
		bool		r = t->nulls[i] || RefutesValue(t, min, max, t->values[i]);

		/* ANY is refuted by all elements, ALL by any */
		if (t->useOr && !r)
			return false;
		if (t->isArray && !t->useOr && r)
			return true;
		if (!t->isArray)
			return r;
	}
	return t->useOr;
}

static bool
Refutes(SkipTerm *t, StatsItem *items, int nitems)
{
	ListCell   *lc;

	switch (t->kind)
	{
		case SKIP_OP:
			return RefutesOp(t, items, nitems);
		case SKIP_AND:
			foreach(lc, t->args)
			{
				if (Refutes(lfirst(lc), items, nitems))
					return true;
			}
			return false;
		case SKIP_OR:
			foreach(lc, t->args)
			{
				if (!Refutes(lfirst(lc), items, nitems))
					return false;
			}
			return true;
	}
	return false;
}

/*
 * Does the stats section of a chunk group (checked by ColumnarStatsValid)
 * prove that no row satisfies the filter's quals?
 */
bool
ColumnarSkipFilterRefutes(ColumnarSkipFilter f, const char *section,
						  uint32 len)
{
	ChunkStatsHeader sh;
	StatsItem	items[64];
	StatsItem  *all = items;
	uint32		pos = sizeof(ChunkStatsHeader);
	ListCell   *lc;
	bool		result = false;

	if (!f->ready)
	{
		MemoryContext old = MemoryContextSwitchTo(f->valuecxt);

		f->ready = EvaluateTerms(f, f->terms);
		MemoryContextSwitchTo(old);
	}

	memcpy(&sh, section, sizeof(sh));
	if (sh.nentries > lengthof(items))
		all = palloc(sizeof(StatsItem) * sh.nentries);
	for (int i = 0; i < sh.nentries; i++)
	{
		StatsItem  *it = &all[i];

		memcpy(&it->e, section + pos, sizeof(ChunkStatsEntry));
		pos += sizeof(ChunkStatsEntry);
		it->min = section + pos;
		pos += TYPEALIGN(8, it->e.minLength);
		it->max = section + pos;
		pos += TYPEALIGN(8, it->e.maxLength);
	}
	Assert(pos == len);

	foreach(lc, f->terms)
	{
		if (Refutes(lfirst(lc), all, sh.nentries))
		{
			result = true;
			break;
		}
	}
	if (all != items)
		pfree(all);
	return result;
}
