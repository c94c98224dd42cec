/*-------------------------------------------------------------------------
 *
 * columnar_reader.c
 *	  Decodes chunk groups of a stripe.  (Not implemented yet.)
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include "columnar.h"
#include "columnar_storage.h"

StripeReader
StripeReaderBegin(Relation rel, TupleDesc tupdesc, StripeEntry stripe,
				  Bitmapset *attrs_needed)
{
	ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					errmsg("vecstore stripe reader is not implemented yet")));
	return NULL;
}

bool
StripeReaderNextChunkGroup(StripeReader reader)
{
	elog(ERROR, "vecstore stripe reader is not implemented yet");
	return false;
}

int
StripeReaderSeekRow(StripeReader reader, RowNumber rownum)
{
	elog(ERROR, "vecstore stripe reader is not implemented yet");
	return -1;
}

void
StripeReaderEnd(StripeReader reader)
{
}

bool
ColumnarStripeHasRow(Relation rel, StripeEntry stripe, RowNumber rownum)
{
	elog(ERROR, "vecstore stripe reader is not implemented yet");
	return false;
}
