/*-------------------------------------------------------------------------
 *
 * columnar_writer.c
 *	  Encodes chunk groups of rows into a stripe (format: columnar_stripe.h).
 *
 * Each chunk group is encoded column by column and written to pages as
 * soon as it is added, so the writer holds one chunk group at a time.  The
 * directory entry is written last, by StripeWriterEnd: until then nothing
 * refers to the bytes written, and a crash or error leaves them unused.
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include "access/detoast.h"
#include "catalog/pg_type.h"
#include "lib/stringinfo.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "columnar.h"
#include "columnar_am.h"
#include "columnar_compress.h"
#include "columnar_storage.h"
#include "columnar_stripe.h"

/* how a column's values are transformed before zstd */
typedef struct ColumnPlan
{
	int			width;			/* shuffle width: 0, 4 or 8 */
	bool		delta;			/* delta-encode integers first */
	bool		adaptive;		/* varlena: try shuffle 4 on the first chunk
								 * group and keep what works best */
} ColumnPlan;

typedef struct StripeWriterData
{
	Relation	rel;			/* the caller's; see StripeWriterSetRelation */
	RelFileNode node;			/* the storage written to */
	TupleDesc	tupdesc;
	TransactionId xid;
	MemoryContext cxt;			/* the writer's lifetime */
	MemoryContext cgcxt;		/* one chunk group, reset after each */
	ColumnPlan *plans;
	ColumnarStatsBuilder stats; /* min/max per chunk group */

	StripeIndexEntry *cgs;
	int			ncgs;
	int			maxcgs;

	RowNumber	firstRow;
	RowNumber	lastRow;
	uint64		rowCount;
	uint64		dataLength;
	uint64		rawLength;

	/*
	 * The last chunk group when it is small, not written yet: if the stripe
	 * ends with it, it goes to disk together with the stripe index and the
	 * directory entry (ColumnarAppendSmallStripe).
	 */
	StringInfoData pending;		/* empty: none */
	StripeIndexEntry pendingCg; /* offset unknown yet */
} StripeWriterData;

/* a chunk group this small (with the stripe index) is kept pending */
#define SMALL_CHUNK_GROUP	(COLUMNAR_USABLE / 2)

/*
 * Encoding buffers reused by every chunk group of the transaction (only
 * one is encoded at a time), so that large chunk groups do not allocate,
 * fault in and free megabytes each time.  They live under
 * TopTransactionContext and are forgotten when it goes; within the
 * transaction a buffer that grew past EncodeKeepLimit() (a huge row) is
 * freed after its chunk group.
 */
typedef struct EncodeBuffers
{
	MemoryContext cxt;
	StringInfoData enc;			/* one column's compressed form */
	StringInfoData scratch;		/* shuffled form */
	StringInfoData cg;			/* the chunk group being built */
} EncodeBuffers;

static EncodeBuffers *encodeBuffers = NULL;

static void
ForgetEncodeBuffers(void *arg)
{
	encodeBuffers = NULL;
}

static EncodeBuffers *
GetEncodeBuffers(void)
{
	if (encodeBuffers == NULL)
	{
		MemoryContext cxt = AllocSetContextCreate(TopTransactionContext,
												  "vecstore encode buffers",
												  ALLOCSET_DEFAULT_SIZES);
		MemoryContext old = MemoryContextSwitchTo(cxt);
		MemoryContextCallback *cb = palloc(sizeof(MemoryContextCallback));
		EncodeBuffers *eb = palloc(sizeof(EncodeBuffers));

		eb->cxt = cxt;
		initStringInfo(&eb->enc);
		initStringInfo(&eb->scratch);
		initStringInfo(&eb->cg);
		cb->func = ForgetEncodeBuffers;
		cb->arg = NULL;
		MemoryContextRegisterResetCallback(cxt, cb);
		MemoryContextSwitchTo(old);
		encodeBuffers = eb;
	}
	return encodeBuffers;
}

static Size
EncodeKeepLimit(void)
{
	return 2 * (Size) columnar_chunk_group_size + 1024 * 1024;
}

static void
TrimBuffer(EncodeBuffers *eb, StringInfo buf)
{
	if ((Size) buf->maxlen > EncodeKeepLimit())
	{
		MemoryContext old = MemoryContextSwitchTo(eb->cxt);

		pfree(buf->data);
		initStringInfo(buf);
		MemoryContextSwitchTo(old);
	}
}

/* after a chunk group: gives back what a huge row made the buffers grow to */
static void
TrimEncodeBuffers(void)
{
	EncodeBuffers *eb = encodeBuffers;

	if (eb == NULL)
		return;
	TrimBuffer(eb, &eb->enc);
	TrimBuffer(eb, &eb->scratch);
	TrimBuffer(eb, &eb->cg);
}

/*
 * The last shuffle decision per (relation, column), for small stripes,
 * which would otherwise sample every transaction's few values again.
 */
#define SHUFFLE_MEMO_SIZE	64
#define SHUFFLE_MEMO_BELOW	(64 * 1024)

typedef struct ShuffleMemo
{
	Oid			relid;
	int			attnum;
	int			width;
} ShuffleMemo;

static ShuffleMemo shuffleMemo[SHUFFLE_MEMO_SIZE];

/*
 * Codec attempts on small chunks of a column that kept nothing, in a row,
 * per (relation, column).  After CODEC_MEMO_MISSES of them, small chunks
 * of that column are stored raw and only every CODEC_MEMO_PROBE-th one is
 * tried again: one-row commits of incompressible vectors otherwise pay a
 * dictionary sort and entropy samples each, a tenth of their CPU.  Raw is
 * always a valid choice, so a stale slot only costs some compression.
 */
#define CODEC_MEMO_BELOW	(16 * 1024)
#define CODEC_MEMO_MISSES	4
#define CODEC_MEMO_PROBE	32

typedef struct CodecMemo
{
	Oid			relid;
	int			attnum;
	uint32		misses;
} CodecMemo;

static CodecMemo codecMemo[SHUFFLE_MEMO_SIZE];

/* the column's memo slot if the chunk is small enough for one, else NULL */
static CodecMemo *
GetCodecMemo(Oid relid, int attnum, uint32 rawlen)
{
	CodecMemo  *m;

	if (rawlen > CODEC_MEMO_BELOW)
		return NULL;
	m = &codecMemo[(relid * 31 + attnum) % SHUFFLE_MEMO_SIZE];
	if (m->relid != relid || m->attnum != attnum)
	{
		m->relid = relid;
		m->attnum = attnum;
		m->misses = 0;
	}
	return m;
}

/* should a small chunk of this column be given to the codecs? */
static inline bool
CodecMemoTry(const CodecMemo *m)
{
	return m == NULL || m->misses < CODEC_MEMO_MISSES ||
		(m->misses - CODEC_MEMO_MISSES) % CODEC_MEMO_PROBE == 0;
}

static bool
IsIntegerLike(Oid typid)
{
	switch (getBaseType(typid))
	{
		case INT4OID:
		case INT8OID:
		case DATEOID:
		case TIMEOID:
		case TIMESTAMPOID:
		case TIMESTAMPTZOID:
		case OIDOID:
		case XIDOID:
		case CASHOID:
			return true;
	}
	return false;
}

StripeWriter
StripeWriterBegin(Relation rel, TupleDesc tupdesc, TransactionId xid)
{
	MemoryContext cxt;
	MemoryContext old;
	StripeWriter w;

	if (!TransactionIdIsNormal(xid))
		elog(ERROR, "vecstore stripe needs a normal transaction id");
	if (tupdesc->natts > MaxHeapAttributeNumber)
		elog(ERROR, "too many columns for a vecstore stripe");

	cxt = AllocSetContextCreate(CurrentMemoryContext, "vecstore stripe writer",
								ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(cxt);
	w = palloc0(sizeof(StripeWriterData));
	w->rel = rel;
	w->node = rel->rd_node;
	w->tupdesc = CreateTupleDescCopy(tupdesc);
	w->xid = xid;
	w->cxt = cxt;
	w->cgcxt = AllocSetContextCreate(cxt, "vecstore chunk group",
									 ALLOCSET_DEFAULT_SIZES);
	w->plans = palloc0(sizeof(ColumnPlan) * Max(tupdesc->natts, 1));
	for (int i = 0; i < tupdesc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(tupdesc, i);
		ColumnPlan *plan = &w->plans[i];

		if (att->attisdropped)
			continue;
		if (att->attbyval && (att->attlen == 4 || att->attlen == 8))
		{
			plan->width = att->attlen;
			plan->delta = IsIntegerLike(att->atttypid);
		}
		else if (att->attlen == -1)
			plan->adaptive = true;
	}
	w->stats = NULL;			/* made for the first chunk group of 2+ rows */
	w->maxcgs = 8;
	w->cgs = palloc(sizeof(StripeIndexEntry) * w->maxcgs);
	initStringInfo(&w->pending);
	MemoryContextSwitchTo(old);
	return w;
}

static void
PadTo(StringInfo buf, int align)
{
	while (buf->len % align != 0)
		appendStringInfoCharMacro(buf, '\0');
}

/*
 * Builds the raw form of one column of a chunk group into buf: the null
 * bitmap if there are nulls, then the values.  Returns the bitmap length.
 */
static uint32
EncodeColumnRaw(Form_pg_attribute att, int nrows, Datum *values,
				bool *isnull, StringInfo buf)
{
	uint32		nullsLength = 0;
	bool		anynull = false;

	for (int r = 0; r < nrows; r++)
		if (isnull[r])
			anynull = true;
	if (anynull)
	{
		nullsLength = TYPEALIGN(8, (nrows + 7) / 8);
		enlargeStringInfo(buf, nullsLength);
		memset(buf->data + buf->len, 0, nullsLength);
		for (int r = 0; r < nrows; r++)
			if (isnull[r])
				buf->data[buf->len + r / 8] |= (1 << (r % 8));
		buf->len += nullsLength;
	}

	for (int r = 0; r < nrows; r++)
	{
		Datum		v = values[r];

		if (isnull[r])
			continue;
		if (att->attbyval)
		{
			char		tmp[sizeof(Datum)];

			store_att_byval(tmp, v, att->attlen);
			appendBinaryStringInfo(buf, tmp, att->attlen);
		}
		else if (att->attlen > 0)
		{
			PadTo(buf, att->attalign == TYPALIGN_DOUBLE ? 8 :
				  att->attalign == TYPALIGN_INT ? 4 :
				  att->attalign == TYPALIGN_SHORT ? 2 : 1);
			appendBinaryStringInfo(buf, DatumGetPointer(v), att->attlen);
		}
		else if (att->attlen == -1)
		{
			struct varlena *p = (struct varlena *) DatumGetPointer(v);
			struct varlena *flat = p;
			uint32		datalen;
			union
			{
				varattrib_4b v;
				char		bytes[VARHDRSZ];
			}			hdr;

			if (VARATT_IS_EXTERNAL(p) || VARATT_IS_COMPRESSED(p))
				flat = detoast_attr(p);
			datalen = VARSIZE_ANY_EXHDR(flat);
			PadTo(buf, ChunkVarlenaAlign(att->attalign) == TYPALIGN_DOUBLE ? 8 : 4);
			SET_VARSIZE(&hdr, datalen + VARHDRSZ);
			appendBinaryStringInfo(buf, hdr.bytes, VARHDRSZ);
			appendBinaryStringInfo(buf, VARDATA_ANY(flat), datalen);
			if (flat != p)
				pfree(flat);
		}
		else
		{
			const char *s = DatumGetCString(v);

			appendBinaryStringInfo(buf, s, strlen(s) + 1);
		}
	}
	return nullsLength;
}

/* records a chunk group written at offset in the stripe's index */
static void
AddToIndex(StripeWriter w, const StripeIndexEntry *cg, uint64 cgRaw)
{
	MemoryContext old = MemoryContextSwitchTo(w->cxt);

	if (w->ncgs == w->maxcgs)
	{
		w->maxcgs *= 2;
		w->cgs = repalloc(w->cgs, sizeof(StripeIndexEntry) * w->maxcgs);
	}
	w->cgs[w->ncgs] = *cg;
	if (w->ncgs == 0)
		w->firstRow = cg->firstRow;
	w->ncgs++;
	w->lastRow = cg->lastRow;
	w->rowCount += cg->nrows;
	w->dataLength += cg->length;
	w->rawLength += cgRaw;
	MemoryContextSwitchTo(old);
}

/* writes the pending chunk group on its own */
static void
WritePending(StripeWriter w)
{
	StripeIndexEntry cg = w->pendingCg;

	if (w->pending.len == 0)
		return;
	cg.offset = ColumnarReserveBytes(w->rel, w->pending.len, false);
	ColumnarWriteBytes(w->rel, cg.offset, w->pending.data, w->pending.len);
	resetStringInfo(&w->pending);
	AddToIndex(w, &cg, 0);
}

void
StripeWriterAddChunkGroup(StripeWriter w, int nrows, const RowNumber *rownums,
						  Datum **values, bool **isnull)
{
	TupleDesc	tupdesc = w->tupdesc;
	int			natts = tupdesc->natts;
	MemoryContext old;
	RowRun	   *runs;
	int			nruns = 0;
	ColumnChunkDesc *descs;
	EncodeBuffers *eb;
	StringInfo	cgp;
	uint32		headerLength;
	uint64		cgRaw = 0;
	ChunkGroupHeader hdr;
	StringInfoData stats;

	if (nrows <= 0)
		return;
	if (rownums[0] == InvalidRowNumber ||
		(w->ncgs > 0 && rownums[0] <= w->lastRow) ||
		(w->pending.len > 0 && rownums[0] <= w->pendingCg.lastRow))
		elog(ERROR, "vecstore chunk group rows are not in ascending order");
	WritePending(w);

	old = MemoryContextSwitchTo(w->cgcxt);

	/* row numbers as runs */
	runs = palloc(sizeof(RowRun) * nrows);
	for (int r = 0; r < nrows; r++)
	{
		if (r > 0 && rownums[r] <= rownums[r - 1])
			elog(ERROR, "vecstore chunk group rows are not in ascending order");
		if (nruns > 0 && runs[nruns - 1].start + runs[nruns - 1].count == rownums[r])
			runs[nruns - 1].count++;
		else
		{
			runs[nruns].start = rownums[r];
			runs[nruns].count = 1;
			nruns++;
		}
	}

	/*
	 * min/max go at the end of the header; one-row chunk groups (most small
	 * commits) have none, so their writer never looks up sort support
	 */
	stats.data = NULL;
	stats.len = 0;
	if (nrows >= 2)
	{
		if (w->stats == NULL)
		{
			MemoryContextSwitchTo(w->cxt);
			w->stats = ColumnarStatsBuilderCreate(w->tupdesc);
			MemoryContextSwitchTo(w->cgcxt);
		}
		initStringInfo(&stats);
		ColumnarStatsBuild(w->stats, nrows, values, isnull, &stats);
	}

	/* encode each column */
	headerLength = ChunkGroupHeaderLength(natts, nruns) + stats.len;
	descs = palloc0(sizeof(ColumnChunkDesc) * Max(natts, 1));
	eb = GetEncodeBuffers();
	cgp = &eb->cg;
	resetStringInfo(cgp);
	enlargeStringInfo(cgp, TYPEALIGN(8, headerLength));
	cgp->len = TYPEALIGN(8, headerLength);
	memset(cgp->data, 0, cgp->len);

	for (int a = 0; a < natts; a++)
	{
		Form_pg_attribute att = TupleDescAttr(tupdesc, a);
		ColumnPlan *plan = &w->plans[a];
		ColumnChunkDesc *d = &descs[a];
		bool		allnull = true;
		StringInfo	enc = &eb->enc;
		const char *rawp;
		CodecMemo  *memo;

		if (!att->attisdropped)
			for (int r = 0; r < nrows && allnull; r++)
				allnull = isnull[a][r];
		if (allnull)
		{
			d->flags = CHUNK_ALL_NULL;
			d->offset = cgp->len;
			continue;
		}

		/*
		 * The raw form goes straight to its place in the chunk group (at an
		 * 8-aligned offset, so aligned as if on its own) and stays there
		 * unless an encoding is kept: random embeddings are copied once.
		 */
		d->offset = cgp->len;
		d->nullsLength = EncodeColumnRaw(att, nrows, values[a], isnull[a], cgp);
		d->rawLength = cgp->len - d->offset;
		rawp = cgp->data + d->offset;
		if (plan->adaptive)
		{
			/*
			 * Decide once per stripe whether byte planes of 4 pay off; small
			 * stripes (one-row transactions) reuse the last decision for the
			 * column.
			 */
			uint32		len = d->rawLength - d->nullsLength;
			int			slot = (RelationGetRelid(w->rel) * 31 + a) % SHUFFLE_MEMO_SIZE;
			ShuffleMemo *m = &shuffleMemo[slot];

			plan->adaptive = false;
			if (len < SHUFFLE_MEMO_BELOW && m->relid == RelationGetRelid(w->rel) &&
				m->attnum == a)
				plan->width = m->width;
			else
			{
				if (ColumnarShufflePays(rawp + d->nullsLength, len))
					plan->width = 4;
				m->relid = RelationGetRelid(w->rel);
				m->attnum = a;
				m->width = plan->width;
			}
		}
		resetStringInfo(enc);
		memo = GetCodecMemo(RelationGetRelid(w->rel), a, d->rawLength);
		if (!CodecMemoTry(memo))
			d->codec = CODEC_NONE;
		/* vectors: under their own policy */
		else if (att->attlen == -1 && plan->width == 4 &&
				 ColumnarIsVectorType(att->atttypid))
			d->codec = ColumnarEncodeVectorAppend(rawp, d->rawLength,
												  d->nullsLength, enc,
												  &eb->scratch);
		else
			d->codec = ColumnarEncodeAppend(rawp, d->rawLength,
											d->nullsLength, plan->width,
											plan->delta, enc, &eb->scratch);
		if (memo != NULL)
			memo->misses = (d->codec == CODEC_NONE) ? memo->misses + 1 : 0;
		if (d->codec != CODEC_NONE)
		{
			cgp->len = d->offset;
			appendBinaryStringInfo(cgp, enc->data, enc->len);
		}
		d->storedLength = cgp->len - d->offset;
		d->crc = ColumnarCrc(cgp->data + d->offset, d->storedLength);
		PadTo(cgp, 8);
		cgRaw += d->rawLength;
	}

	/* the header goes in front */
	memset(&hdr, 0, sizeof(hdr));
	hdr.magic = CHUNK_GROUP_MAGIC;
	hdr.natts = natts;
	hdr.flags = stats.len > 0 ? CHUNK_GROUP_HAS_STATS : 0;
	hdr.nrows = nrows;
	hdr.nruns = nruns;
	hdr.firstRow = rownums[0];
	hdr.lastRow = rownums[nrows - 1];
	hdr.length = cgp->len;
	memcpy(cgp->data, &hdr, sizeof(hdr));
	memcpy(cgp->data + sizeof(hdr), runs, nruns * sizeof(RowRun));
	memcpy(cgp->data + sizeof(hdr) + nruns * sizeof(RowRun), descs,
		   natts * sizeof(ColumnChunkDesc));
	if (stats.len > 0)
		memcpy(cgp->data + ChunkGroupHeaderLength(natts, nruns), stats.data,
			   stats.len);
	((ChunkGroupHeader *) cgp->data)->crc = ColumnarCrc(cgp->data, headerLength);

	{
		StripeIndexEntry cge;

		cge.offset = 0;
		cge.length = cgp->len;
		cge.firstRow = hdr.firstRow;
		cge.lastRow = hdr.lastRow;
		cge.nrows = nrows;
		cge.headerLength = headerLength;
		if (cgp->len <= SMALL_CHUNK_GROUP)
		{
			/* raw bytes are counted now, the rest when it is written */
			w->pendingCg = cge;
			appendBinaryStringInfo(&w->pending, cgp->data, cgp->len);
			w->rawLength += cgRaw;
		}
		else
		{
			cge.offset = ColumnarReserveBytes(w->rel, cgp->len, false);
			ColumnarWriteBytes(w->rel, cge.offset, cgp->data, cgp->len);
			AddToIndex(w, &cge, cgRaw);
		}
	}

	MemoryContextSwitchTo(old);
	MemoryContextReset(w->cgcxt);
	TrimEncodeBuffers();
}

void
StripeWriterSetRelation(StripeWriter w, Relation rel)
{
	if (!RelFileNodeEquals(rel->rd_node, w->node))
		elog(ERROR, "vecstore stripe writer moved to another storage");
	w->rel = rel;
}

/*
 * Writes the stripe index, then the directory entry that makes the stripe
 * exist, and frees the writer.  A stripe without rows leaves no trace.
 */
/*
 * ColumnarPlaceFunc of a one-chunk-group stripe laid out as [chunk group]
 * [stripe index]: the index learns where the chunk group went.  Without
 * the index (format version 2) the entry points at the chunk group, whose
 * header holds all the index would: that saves the index's 72 bytes on
 * disk and in WAL per small commit.
 */
static void
PlaceSmallStripe(char *body, uint64 offset, bool indexed, StripeEntry entry,
				 void *arg)
{
	StripeWriter w = (StripeWriter) arg;
	uint64		cglen = w->pendingCg.length;
	uint64		ilen = sizeof(StripeIndexHeader) + sizeof(StripeIndexEntry);
	char	   *index = body + cglen;
	StripeIndexHeader ih;
	StripeIndexEntry ie;

	if (!indexed)
	{
		entry->flags = STRIPE_NO_INDEX;
		entry->dataOffset = offset;
		entry->dataLength = cglen;
		return;
	}
	memcpy(&ie, index + sizeof(ih), sizeof(ie));
	ie.offset = offset;
	memcpy(index + sizeof(ih), &ie, sizeof(ie));
	memcpy(&ih, index, sizeof(ih));
	ih.crc = 0;
	memcpy(index, &ih, sizeof(ih));
	ih.crc = ColumnarCrc(index, ilen);
	memcpy(index, &ih, sizeof(ih));
	entry->dataOffset = offset + cglen;
	entry->dataLength = cglen + ilen;
}

/*
 * A stripe of one small chunk group: chunk group, index and directory
 * entry in one go.  False if the directory asks for the general path.
 */
static bool
EndSmallStripe(StripeWriter w)
{
	StripeIndexHeader ih;
	StripeEntryData entry;
	int			cglen = w->pending.len;

	memset(&ih, 0, sizeof(ih));
	ih.magic = STRIPE_INDEX_MAGIC;
	ih.version = STRIPE_BODY_VERSION;
	ih.chunkGroupCount = 1;
	ih.natts = w->tupdesc->natts;
	appendBinaryStringInfo(&w->pending, (char *) &ih, sizeof(ih));
	appendBinaryStringInfo(&w->pending, (char *) &w->pendingCg,
						   sizeof(StripeIndexEntry));

	memset(&entry, 0, sizeof(entry));
	entry.kind = STRIPE_DATA;
	entry.xmin = w->xid;
	entry.xmax = InvalidTransactionId;
	entry.firstRow = w->pendingCg.firstRow;
	entry.lastRow = w->pendingCg.lastRow;
	entry.rowCount = w->pendingCg.nrows;
	entry.chunkGroupCount = 1;
	entry.rawLength = w->rawLength;
	if (ColumnarAppendSmallStripe(w->rel, &entry, w->pending.data,
								  w->pending.len, w->pending.len - cglen,
								  PlaceSmallStripe, w))
		return true;
	w->pending.len = cglen;
	return false;
}

void
StripeWriterEnd(StripeWriter w)
{
	if (w->pending.len > 0 && w->ncgs == 0 && EndSmallStripe(w))
	{
		MemoryContextDelete(w->cxt);
		return;
	}
	WritePending(w);
	if (w->ncgs > 0)
	{
		StripeIndexHeader ih;
		uint64		len = sizeof(ih) + sizeof(StripeIndexEntry) * w->ncgs;
		char	   *buf = MemoryContextAlloc(w->cgcxt, len);
		uint64		offset;
		StripeEntryData entry;

		memset(&ih, 0, sizeof(ih));
		ih.magic = STRIPE_INDEX_MAGIC;
		ih.version = STRIPE_BODY_VERSION;
		ih.chunkGroupCount = w->ncgs;
		ih.natts = w->tupdesc->natts;
		memcpy(buf, &ih, sizeof(ih));
		memcpy(buf + sizeof(ih), w->cgs, sizeof(StripeIndexEntry) * w->ncgs);
		((StripeIndexHeader *) buf)->crc = ColumnarCrc(buf, len);

		offset = ColumnarReserveBytes(w->rel, len, false);
		ColumnarWriteBytes(w->rel, offset, buf, len);

		memset(&entry, 0, sizeof(entry));
		entry.kind = STRIPE_DATA;
		entry.xmin = w->xid;
		entry.xmax = InvalidTransactionId;
		entry.firstRow = w->firstRow;
		entry.lastRow = w->lastRow;
		entry.rowCount = w->rowCount;
		entry.chunkGroupCount = w->ncgs;
		entry.dataOffset = offset;
		entry.dataLength = w->dataLength + len;
		entry.rawLength = w->rawLength;
		ColumnarAppendDataEntry(w->rel, &entry);
	}
	MemoryContextDelete(w->cxt);
}
