/*-------------------------------------------------------------------------
 *
 * columnar_writer.c
 *	  Encodes chunk groups of rows into a stripe.  (Not implemented yet.)
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include "columnar.h"

StripeWriter
StripeWriterBegin(Relation rel, TupleDesc tupdesc, TransactionId xid)
{
	ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					errmsg("vecstore stripe writer is not implemented yet")));
	return NULL;
}

void
StripeWriterAddChunkGroup(StripeWriter writer, int nrows,
						  const RowNumber *rownums,
						  Datum **values, bool **isnull)
{
	elog(ERROR, "vecstore stripe writer is not implemented yet");
}

void
StripeWriterEnd(StripeWriter writer)
{
	elog(ERROR, "vecstore stripe writer is not implemented yet");
}
