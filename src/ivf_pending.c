/*-------------------------------------------------------------------------
 *
 * ivf_pending.c
 *	  Backend-local buffers of ivfrabitq index entries not yet written.
 *
 * aminsert only computes a row's list and code and appends them here, to
 * the buffer of the index's relfilenode.  A buffer is written out list by
 * list, each list page filled in one generic WAL record, when the
 * backend's buffers exceed vecstore.ivf_insert_buffer_size (the largest
 * goes first), before any scan of the index in this backend (so it sees
 * this transaction's rows), before a parallel query (workers cannot see
 * this memory), before utility statements (they may replace or copy the
 * index's storage), and at PRE_COMMIT / PRE_PREPARE, so every committed
 * row's entry is in WAL before the commit record.  Only this transaction's
 * own rows are ever pending, and no other backend can see them before it
 * commits, so no other backend needs them.  The order against the vecstore
 * write buffer's own PRE_COMMIT flush does not matter: neither writes the
 * other's pages, and both are logged before the commit record.
 *
 * ROLLBACK TO SAVEPOINT drops the pending entries of the rolled-back
 * subtransactions: written later, an entry could outlive a VACUUM that
 * already removed its dead row and then point at another row that reuses
 * the TID.  Entries written before the rollback are ordinary dead entries.
 * A buffer whose relfilenode is no longer the index's (dropped, or its
 * storage replaced in this transaction) is forgotten; the rebuilt index
 * already holds the rows.
 *
 * Everything lives in a memory context under TopTransactionContext; the
 * end-of-transaction callback only forgets it.
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include <limits.h>

#include "access/parallel.h"
#include "access/relation.h"
#include "access/xact.h"
#include "executor/executor.h"
#include "ivf.h"
#include "miscadmin.h"
#include "nodes/parsenodes.h"
#include "tcop/utility.h"
#include "utils/guc.h"
#include "utils/hsearch.h"
#include "utils/memutils.h"
#include "utils/rel.h"

int			ivf_insert_buffer_size = 8 * 1024 * 1024;

typedef struct IvfPendingData
{
	RelFileNode rnode;			/* hash key */
	Oid			indexOid;
	Size		itemsz;
	int			n;				/* entries held */
	int			max;			/* entries allocated */
	int			done;			/* entries logged by the flush under way */
	int32	   *lists;
	SubTransactionId *subids;	/* subtransaction that added each entry */
	char	   *items;			/* n items of itemsz bytes */
} IvfPendingData;

typedef IvfPendingData *IvfPending;

static MemoryContext PendingCxt = NULL;
static HTAB *Pendings = NULL;
static Size PendingBytes = 0;

static ExecutorStart_hook_type prev_ExecutorStart = NULL;
static ProcessUtility_hook_type prev_ProcessUtility = NULL;

static Size
EntrySize(IvfPending p)
{
	return p->itemsz + sizeof(int32) + sizeof(SubTransactionId);
}

/* moves entry from down to slot to, when compacting */
static void
MoveEntry(IvfPending p, int to, int from)
{
	p->lists[to] = p->lists[from];
	p->subids[to] = p->subids[from];
	memcpy(p->items + (Size) to * p->itemsz,
		   p->items + (Size) from * p->itemsz, p->itemsz);
}

static IvfPending
GetPending(const RelFileNode *rnode, bool create)
{
	IvfPending	p;
	bool		found;

	if (Pendings == NULL)
	{
		HASHCTL		ctl;

		if (!create)
			return NULL;
		PendingCxt = AllocSetContextCreate(TopTransactionContext,
										   "ivfrabitq pending entries",
										   ALLOCSET_DEFAULT_SIZES);
		ctl.keysize = sizeof(RelFileNode);
		ctl.entrysize = sizeof(IvfPendingData);
		ctl.hcxt = PendingCxt;
		Pendings = hash_create("ivfrabitq pending entries", 8, &ctl,
							   HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
		PendingBytes = 0;
	}
	p = hash_search(Pendings, rnode, create ? HASH_ENTER : HASH_FIND, &found);
	if (create && !found)
	{
		p->indexOid = InvalidOid;
		p->itemsz = 0;
		p->n = p->max = 0;
		p->lists = NULL;
		p->subids = NULL;
		p->items = NULL;
	}
	return p;
}

static void
DropEntries(IvfPending p)
{
	PendingBytes -= (Size) p->n * EntrySize(p);
	p->n = 0;
}

/*
 * Writes a buffer out: each list gets its entries in insertion order, one
 * run of pages at a time.  After an error the entries not yet logged stay
 * pending (p->done counts the logged ones).
 */
static void
WritePending(IvfPending p, Relation index)
{
	IvfCache	cache = IvfGetCache(index);
	int			nlists = cache->nlists;
	int			n = p->n;
	int		   *start;
	int		   *order;
	char	  **items;

	if (n == 0)
		return;
	if (p->itemsz != IVF_ENTRY_SIZE(cache->dims, cache->strategy))
		elog(ERROR, "ivfrabitq pending entries of index \"%s\" have the wrong size",
			 RelationGetRelationName(index));

	/* counting sort by list, stable */
	start = palloc0(sizeof(int) * (nlists + 1));
	for (int i = 0; i < n; i++)
	{
		if (p->lists[i] < 0 || p->lists[i] >= nlists)
			elog(ERROR, "ivfrabitq pending entry has list %d of %d", p->lists[i], nlists);
		start[p->lists[i] + 1]++;
	}
	for (int l = 0; l < nlists; l++)
		start[l + 1] += start[l];
	order = palloc(sizeof(int) * n);
	items = palloc(sizeof(char *) * n);
	for (int i = 0; i < n; i++)
	{
		int			j = start[p->lists[i]]++;

		order[j] = i;
		items[j] = p->items + (Size) i * p->itemsz;
	}
	pfree(start);

	p->done = 0;
	PG_TRY();
	{
		for (int i = 0; i < n;)
		{
			int			list = p->lists[order[i]];
			int			j = i;

			CHECK_FOR_INTERRUPTS();
			while (j < n && p->lists[order[j]] == list)
				j++;
			IvfAppendItems(index, cache, list, items + i, j - i, p->itemsz, &p->done);
			i = j;
		}
	}
	PG_CATCH();
	{
		int			kept = 0;

		/* forget the logged entries, keep the others in their order */
		for (int k = 0; k < p->done; k++)
			p->lists[order[k]] = -1;
		for (int i = 0; i < n; i++)
		{
			if (p->lists[i] < 0)
				continue;
			if (kept != i)
				MoveEntry(p, kept, i);
			kept++;
		}
		PendingBytes -= (Size) (n - kept) * EntrySize(p);
		p->n = kept;
		PG_RE_THROW();
	}
	PG_END_TRY();
	pfree(order);
	pfree(items);
	DropEntries(p);
}

/*
 * Writes a buffer out through index (or the index it belongs to, opened
 * here), or forgets it if the index no longer has that storage.
 */
static void
FlushPending(IvfPending p, Relation index)
{
	Relation	rel = index;

	if (p->n == 0)
		return;
	if (rel == NULL || !RelFileNodeEquals(rel->rd_node, p->rnode))
	{
		/* aminsert locked the index, and the lock lasts until the end */
		rel = try_relation_open(p->indexOid, NoLock);
		if (rel != NULL && !RelFileNodeEquals(rel->rd_node, p->rnode))
		{
			relation_close(rel, NoLock);
			rel = NULL;
		}
		if (rel == NULL)
		{
			DropEntries(p);
			return;
		}
	}
	WritePending(p, rel);
	if (rel != index)
		relation_close(rel, NoLock);
}

static void
EnforceLimit(Relation index)
{
	while (PendingBytes > (Size) ivf_insert_buffer_size)
	{
		HASH_SEQ_STATUS status;
		IvfPending	p,
					best = NULL;

		hash_seq_init(&status, Pendings);
		while ((p = hash_seq_search(&status)) != NULL)
			if (p->n > 0 && (best == NULL || p->n * EntrySize(p) > best->n * EntrySize(best)))
				best = p;
		if (best == NULL)
			break;
		FlushPending(best, index);
	}
}

void
IvfPendingAdd(Relation index, IvfCache cache, int list, IvfEntry item, Size itemsz)
{
	IvfPending	p = GetPending(&index->rd_node, true);

	if (p->n > 0 && (p->indexOid != RelationGetRelid(index) || p->itemsz != itemsz))
		FlushPending(p, NULL);
	p->indexOid = RelationGetRelid(index);
	p->itemsz = itemsz;
	if (p->n == p->max)
	{
		/* grow, but not far past what the limit lets the buffer hold */
		int			cap = (int) Min((Size) INT_MAX / 2,
									ivf_insert_buffer_size / EntrySize(p) + 1);
		int			max = Max(Min(p->max * 2, cap), p->max + 16);

		if (p->max == 0)
		{
			p->lists = MemoryContextAlloc(PendingCxt, sizeof(int32) * max);
			p->subids = MemoryContextAlloc(PendingCxt, sizeof(SubTransactionId) * max);
			p->items = MemoryContextAllocHuge(PendingCxt, itemsz * max);
		}
		else
		{
			p->lists = repalloc(p->lists, sizeof(int32) * max);
			p->subids = repalloc(p->subids, sizeof(SubTransactionId) * max);
			p->items = repalloc_huge(p->items, itemsz * max);
		}
		p->max = max;
	}
	p->lists[p->n] = list;
	p->subids[p->n] = GetCurrentSubTransactionId();
	memcpy(p->items + (Size) p->n * itemsz, item, itemsz);
	p->n++;
	PendingBytes += EntrySize(p);
	EnforceLimit(index);
}

/* Writes out the index's pending entries: a scan must see them */
void
IvfPendingFlush(Relation index)
{
	IvfPending	p = GetPending(&index->rd_node, false);

	if (p != NULL)
		FlushPending(p, index);
}

static void
FlushAll(void)
{
	HASH_SEQ_STATUS status;
	IvfPending	p;

	if (Pendings == NULL || PendingBytes == 0)
		return;
	hash_seq_init(&status, Pendings);
	while ((p = hash_seq_search(&status)) != NULL)
		FlushPending(p, NULL);
}

static void
IvfXactCallback(XactEvent event, void *arg)
{
	switch (event)
	{
		case XACT_EVENT_PRE_COMMIT:
		case XACT_EVENT_PARALLEL_PRE_COMMIT:
		case XACT_EVENT_PRE_PREPARE:
			FlushAll();
			break;
		case XACT_EVENT_COMMIT:
		case XACT_EVENT_PARALLEL_COMMIT:
		case XACT_EVENT_ABORT:
		case XACT_EVENT_PARALLEL_ABORT:
		case XACT_EVENT_PREPARE:
			/* memory goes with TopTransactionContext */
			Pendings = NULL;
			PendingCxt = NULL;
			PendingBytes = 0;
			break;
	}
}

/*
 * Subtransaction ids grow in start order, and the aborting subtransaction
 * is the innermost open one: every entry with an id from it on belongs to
 * it or to one of its committed children.
 */
static void
IvfSubXactCallback(SubXactEvent event, SubTransactionId mySubid,
				   SubTransactionId parentSubid, void *arg)
{
	HASH_SEQ_STATUS status;
	IvfPending	p;

	if (event != SUBXACT_EVENT_ABORT_SUB || Pendings == NULL || PendingBytes == 0)
		return;
	hash_seq_init(&status, Pendings);
	while ((p = hash_seq_search(&status)) != NULL)
	{
		int			kept = 0;

		for (int i = 0; i < p->n; i++)
		{
			if (p->subids[i] >= mySubid)
				continue;
			if (kept != i)
				MoveEntry(p, kept, i);
			kept++;
		}
		PendingBytes -= (Size) (p->n - kept) * EntrySize(p);
		p->n = kept;
	}
}

/* Parallel workers scan the index without this backend's memory. */
static void
IvfExecutorStart(QueryDesc *queryDesc, int eflags)
{
	if (queryDesc->plannedstmt->parallelModeNeeded && !IsParallelWorker() &&
		(eflags & EXEC_FLAG_EXPLAIN_ONLY) == 0)
		FlushAll();
	if (prev_ExecutorStart)
		prev_ExecutorStart(queryDesc, eflags);
	else
		standard_ExecutorStart(queryDesc, eflags);
}

/*
 * Utility statements may drop an index, replace its storage (TRUNCATE,
 * REINDEX, ALTER TABLE rewrites, CLUSTER) or copy it (SET TABLESPACE), and
 * a savepoint rollback may undo that: write the entries out first, into the
 * storage they belong to.  Statements that only run others, and
 * transaction control, leave the buffers alone.
 */
static void
IvfProcessUtility(PlannedStmt *pstmt, const char *queryString,
				  bool readOnlyTree, ProcessUtilityContext context,
				  ParamListInfo params, QueryEnvironment *queryEnv,
				  DestReceiver *dest, QueryCompletion *qc)
{
	switch (nodeTag(pstmt->utilityStmt))
	{
		case T_TransactionStmt:
		case T_VariableSetStmt:
		case T_VariableShowStmt:
		case T_CopyStmt:
		case T_CallStmt:
		case T_DoStmt:
		case T_ExecuteStmt:
		case T_PrepareStmt:
		case T_DeallocateStmt:
		case T_ExplainStmt:
		case T_NotifyStmt:
		case T_ListenStmt:
		case T_UnlistenStmt:
		case T_CheckPointStmt:
		case T_DeclareCursorStmt:
		case T_FetchStmt:
		case T_ClosePortalStmt:
			break;
		default:
			FlushAll();
			break;
	}
	if (prev_ProcessUtility)
		prev_ProcessUtility(pstmt, queryString, readOnlyTree, context, params,
							queryEnv, dest, qc);
	else
		standard_ProcessUtility(pstmt, queryString, readOnlyTree, context,
								params, queryEnv, dest, qc);
}

void
IvfPendingInit(void)
{
	DefineCustomIntVariable("vecstore.ivf_insert_buffer_size",
							"Memory a backend may use to buffer new ivfrabitq index entries.",
							"When exceeded, the entries are written to the index list by list.",
							&ivf_insert_buffer_size,
							8 * 1024 * 1024, 8192, INT_MAX,
							PGC_USERSET, GUC_UNIT_BYTE,
							NULL, NULL, NULL);
	RegisterXactCallback(IvfXactCallback, NULL);
	RegisterSubXactCallback(IvfSubXactCallback, NULL);
	prev_ExecutorStart = ExecutorStart_hook;
	ExecutorStart_hook = IvfExecutorStart;
	prev_ProcessUtility = ProcessUtility_hook;
	ProcessUtility_hook = IvfProcessUtility;
}
