/*-------------------------------------------------------------------------
 *
 * nullam.c
 *	  The benchmark's floor for insert workloads: a table access method
 *	  that is heap in every respect except that it stores nothing.  Its
 *	  inserts give the row a TID and return, so an INSERT loop or a COPY
 *	  into such a table costs exactly what the executor, PL/pgSQL, COPY's
 *	  parsing and the client pay around the access method.  heap time
 *	  divided by this time is the highest ratio over heap any table access
 *	  method can reach in that workload.
 *
 * Never part of the extension: test/bench/run compiles it into its
 * throwaway directory and loads it into its throwaway cluster.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/heapam.h"
#include "access/tableam.h"
#include "fmgr.h"

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(nullam_handler);

static TableAmRoutine nullam_routine;
static bool nullam_ready = false;

static void
NullSetTid(Relation rel, TupleTableSlot *slot)
{
	ItemPointerSet(&slot->tts_tid, 0, FirstOffsetNumber);
	slot->tts_tableOid = RelationGetRelid(rel);
}

static void
nullam_tuple_insert(Relation rel, TupleTableSlot *slot, CommandId cid,
					int options, struct BulkInsertStateData *bistate)
{
	NullSetTid(rel, slot);
}

static void
nullam_multi_insert(Relation rel, TupleTableSlot **slots, int nslots,
					CommandId cid, int options,
					struct BulkInsertStateData *bistate)
{
	for (int i = 0; i < nslots; i++)
		NullSetTid(rel, slots[i]);
}

/*
 * A toast table would get this access method too, and heap's index build
 * on it refuses any routine but heap's own; nothing is stored anyway.
 */
static bool
nullam_relation_needs_toast_table(Relation rel)
{
	return false;
}

Datum
nullam_handler(PG_FUNCTION_ARGS)
{
	if (!nullam_ready)
	{
		nullam_routine = *GetHeapamTableAmRoutine();
		nullam_routine.tuple_insert = nullam_tuple_insert;
		nullam_routine.multi_insert = nullam_multi_insert;
		nullam_routine.relation_needs_toast_table =
			nullam_relation_needs_toast_table;
		nullam_ready = true;
	}
	PG_RETURN_POINTER(&nullam_routine);
}
