/*-------------------------------------------------------------------------
 *
 * columnar_inspect.c
 *	  SQL-callable inspection of vecstore tables: vecstore_stripes lists the
 *	  stripe directory, vecstore_verify checks that the metapage, the
 *	  directory and every stripe body are consistent.
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include "access/relation.h"
#include "access/table.h"
#include "catalog/pg_class.h"
#include "commands/defrem.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/tuplestore.h"

#include "columnar.h"
#include "columnar_compress.h"
#include "columnar_storage.h"

PG_FUNCTION_INFO_V1(vecstore_stripes);
PG_FUNCTION_INFO_V1(vecstore_verify);

/* Opens a vecstore table the user may read. */
static Relation
OpenVecstoreTable(Oid relid)
{
	Relation	rel = relation_open(relid, AccessShareLock);
	char	   *amname;
	AclResult	aclresult;

	amname = (rel->rd_rel->relkind == RELKIND_RELATION ||
			  rel->rd_rel->relkind == RELKIND_MATVIEW) ?
		get_am_name(rel->rd_rel->relam) : NULL;
	if (amname == NULL || strcmp(amname, "vecstore") != 0)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("\"%s\" is not a vecstore table",
						RelationGetRelationName(rel))));

	aclresult = pg_class_aclcheck(relid, GetUserId(), ACL_SELECT);
	if (aclresult != ACLCHECK_OK)
		aclcheck_error(aclresult, OBJECT_TABLE, RelationGetRelationName(rel));
	return rel;
}

/*
 * codecs used by the chunks of a stripe: "zstd", "dict", "none", or
 * several joined by "+" in that order.  *reader is made on the first call
 * and pointed at the next stripe after.
 */
static const char *
StripeCodecs(Relation rel, StripeEntry stripe, StripeReader *reader)
{
	int			natts;
	uint64		stored;
	uint8		codecs = 0;
	uint8		all = 0;
	StringInfoData buf;

	if (*reader == NULL)
		*reader = ColumnarReaderOpen(rel, RelationGetDescr(rel), stripe, NULL,
									 true, false);
	else
		StripeReaderReset(*reader, stripe);
	while (StripeReaderNextChunkGroup(*reader))
	{
		ColumnarReaderStats(*reader, &natts, &stored, &codecs);
		all |= codecs;
	}
	initStringInfo(&buf);
	if (all & CODEC_ZSTD)
		appendStringInfoString(&buf, "zstd");
	if (all & CODEC_DICT4)
		appendStringInfoString(&buf, buf.len ? "+dict" : "dict");
	if ((all & 0x80) || buf.len == 0)
		appendStringInfoString(&buf, buf.len ? "+none" : "none");
	return buf.data;
}

Datum
vecstore_stripes(PG_FUNCTION_ARGS)
{
	Oid			relid = PG_GETARG_OID(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Relation	rel;
	StripeEntry entries;
	StripeReader reader = NULL;
	int			n;

	InitMaterializedSRF(fcinfo, 0);
	rel = OpenVecstoreTable(relid);
	entries = ColumnarReadDirectory(rel, &n);
	for (int i = 0; i < n; i++)
	{
		StripeEntry e = &entries[i];
		Datum		values[9];
		bool		nulls[9];
		bool		data = e->kind == STRIPE_DATA;

		memset(nulls, 0, sizeof(nulls));
		values[0] = CStringGetTextDatum(data ? "data" : "reservation");
		values[1] = Int64GetDatum((int64) e->firstRow);
		values[2] = Int64GetDatum((int64) e->lastRow);
		values[3] = Int64GetDatum((int64) e->rowCount);
		values[4] = Int32GetDatum((int32) e->chunkGroupCount);
		values[5] = Int64GetDatum((int64) e->dataLength);
		values[6] = Int64GetDatum((int64) e->rawLength);
		if (data)
			values[7] = CStringGetTextDatum(StripeCodecs(rel, e, &reader));
		else
			nulls[7] = true;
		values[8] = TransactionIdGetDatum(e->xmin);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	if (reader)
		StripeReaderEnd(reader);
	relation_close(rel, AccessShareLock);
	return (Datum) 0;
}

static void
VerifyFailed(Relation rel, const char *fmt,...) pg_attribute_printf(2, 3);

static void
VerifyFailed(Relation rel, const char *fmt,...)
{
	va_list		args;
	char		buf[512];

	va_start(args, fmt);
	vsnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	ereport(ERROR,
			(errcode(ERRCODE_DATA_CORRUPTED),
			 errmsg("vecstore table \"%s\" is damaged: %s",
					RelationGetRelationName(rel), buf)));
}

typedef struct RowRange
{
	RowNumber	first;
	RowNumber	last;
} RowRange;

static int
CompareRanges(const void *a, const void *b)
{
	const RowRange *x = a;
	const RowRange *y = b;

	if (x->first != y->first)
		return x->first < y->first ? -1 : 1;
	return 0;
}

static void
CheckDisjoint(Relation rel, RowRange *ranges, int n, const char *what)
{
	qsort(ranges, n, sizeof(RowRange), CompareRanges);
	for (int i = 1; i < n; i++)
		if (ranges[i].first <= ranges[i - 1].last)
			VerifyFailed(rel, "%s overlap at row " UINT64_FORMAT, what,
						 ranges[i].first);
}

/*
 * Checks the metapage, the directory and every data stripe (decoding all
 * columns); raises an error saying what is damaged, else returns true.
 */
Datum
vecstore_verify(PG_FUNCTION_ARGS)
{
	Oid			relid = PG_GETARG_OID(0);
	Relation	rel;
	ColumnarMetaPageData meta;
	StripeEntry entries;
	int			n;
	RowRange   *reservations;
	int			nres = 0;
	RowRange   *rows;
	int			nrows = 0;
	int			maxrows = 64;
	TupleDesc	tupdesc;
	bool	   *needed;
	StripeReader reader = NULL;

	rel = OpenVecstoreTable(relid);
	tupdesc = RelationGetDescr(rel);
	needed = palloc(sizeof(bool) * Max(tupdesc->natts, 1));
	for (int a = 0; a < tupdesc->natts; a++)
		needed[a] = true;
	/*
	 * The directory first: the metapage's counters only grow, so every
	 * entry read must lie within the metapage read after it, even while
	 * others insert.
	 */
	entries = ColumnarReadDirectory(rel, &n);
	ColumnarMetaSnapshot(rel, &meta);
	if (meta.nextRowNumber < FirstRowNumber)
		VerifyFailed(rel, "next row number is " UINT64_FORMAT, meta.nextRowNumber);
	if ((meta.firstDirPage == InvalidBlockNumber) !=
		(meta.lastDirPage == InvalidBlockNumber))
		VerifyFailed(rel, "directory page chain is half set");

	reservations = palloc(sizeof(RowRange) * Max(n, 1));
	rows = palloc(sizeof(RowRange) * maxrows);

	for (int i = 0; i < n; i++)
	{
		StripeEntry e = &entries[i];
		uint64		rowCount = 0;
		uint64		cgs = 0;

		CHECK_FOR_INTERRUPTS();
		if (e->firstRow < FirstRowNumber || e->firstRow > e->lastRow ||
			e->lastRow >= meta.nextRowNumber)
			VerifyFailed(rel, "directory entry for rows " UINT64_FORMAT ".." UINT64_FORMAT " is outside the row numbers handed out",
						 e->firstRow, e->lastRow);
		if (e->kind == STRIPE_RESERVATION)
		{
			reservations[nres].first = e->firstRow;
			reservations[nres].last = e->lastRow;
			nres++;
			continue;
		}
		if (e->rowCount == 0 || e->rowCount > e->lastRow - e->firstRow + 1)
			VerifyFailed(rel, "stripe of rows " UINT64_FORMAT ".." UINT64_FORMAT " claims " UINT64_FORMAT " rows",
						 e->firstRow, e->lastRow, e->rowCount);
		if (e->dataOffset >= meta.logicalEnd ||
			e->dataLength > meta.logicalEnd)
			VerifyFailed(rel, "stripe of rows " UINT64_FORMAT ".." UINT64_FORMAT " lies beyond the end of the data",
						 e->firstRow, e->lastRow);

		/* decode every column, dropped ones too */
		if (reader == NULL)
			reader = ColumnarReaderOpen(rel, tupdesc, e, needed, true, true);
		else
			StripeReaderReset(reader, e);
		if (ColumnarReaderStripeBytes(reader) != e->dataLength)
			VerifyFailed(rel, "stripe of rows " UINT64_FORMAT ".." UINT64_FORMAT " takes " UINT64_FORMAT " bytes, its entry says " UINT64_FORMAT,
						 e->firstRow, e->lastRow,
						 ColumnarReaderStripeBytes(reader), e->dataLength);
		while (StripeReaderNextChunkGroup(reader))
		{
			RowNumber  *rn = reader->rownums;
			int			k = 0;

			cgs++;
			rowCount += reader->nrows;
			/* collect the runs of row numbers present */
			while (k < reader->nrows)
			{
				int			j = k;

				while (j + 1 < reader->nrows && rn[j + 1] == rn[j] + 1)
					j++;
				if (nrows == maxrows)
				{
					maxrows *= 2;
					rows = repalloc_huge(rows, sizeof(RowRange) * maxrows);
				}
				rows[nrows].first = rn[k];
				rows[nrows].last = rn[j];
				nrows++;
				k = j + 1;
			}
		}
		if (cgs != e->chunkGroupCount || rowCount != e->rowCount)
			VerifyFailed(rel, "stripe of rows " UINT64_FORMAT ".." UINT64_FORMAT " holds " UINT64_FORMAT " rows in " UINT64_FORMAT " chunk groups, its entry says " UINT64_FORMAT " in %u",
						 e->firstRow, e->lastRow, rowCount, cgs,
						 e->rowCount, e->chunkGroupCount);
	}

	if (reader)
		StripeReaderEnd(reader);
	CheckDisjoint(rel, reservations, nres, "row number reservations");
	CheckDisjoint(rel, rows, nrows, "rows of data stripes");

	relation_close(rel, AccessShareLock);
	PG_RETURN_BOOL(true);
}
