/*-------------------------------------------------------------------------
 *
 * columnar_reader.c
 *	  Decodes the chunk groups of a stripe (format: columnar_stripe.h),
 *	  reading and decompressing only the columns asked for.
 *
 * Every length and offset read from disk is checked before use, so a
 * damaged stripe raises an error instead of crashing the backend; the
 * same code serves vecstore_verify.  Reading never writes anything, so it
 * works on hot standbys.
 *
 * A reader is made once per scan and pointed at one stripe after another
 * (StripeReaderReset), keeping its memory, decode buffers and the page it
 * read last pinned: many small stripes, packed many to a page, then cost
 * a scan little more than one stripe holding the same rows.
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include "executor/instrument.h"
#include "miscadmin.h"
#include "port/pg_bitutils.h"
#include "port/pg_crc32c.h"
#include "utils/memutils.h"

#include "columnar.h"
#include "columnar_compress.h"
#include "columnar_storage.h"
#include "columnar_stripe.h"
#include "vector.h"

/* chunk groups up to this size are read in one piece */
#define SMALL_CHUNK_GROUP_BYTES		(4 * BLCKSZ)

/*
 * What a point read of one column chunk of the loaded chunk group needs
 * besides the row's bytes, read once per load (TID fetches).
 */
typedef struct PointChunkData
{
	uint64		base;			/* logical offset of the stored chunk */
	uint32		ndict;			/* CODEC_DICT4: dictionary entries */
	uint32		nexc;			/* and exceptions */
	uint32		nullsAt;		/* offset of the null bitmap in the chunk */
	bool		uniform;		/* values of one size fill the chunk */
	unsigned char *nulls;		/* the null bitmap, or NULL for none */
	uint32	   *excPos;			/* CODEC_DICT4 with values of a multiple of
								 * 4 bytes: the exceptions, */
	uint32	   *excVal;
	uint32	   *valueExc;		/* and the first of each value's (nonnull
								 * values + 1), or NULL */
	uint32		dict[256];		/* entries past ndict are zero */
} PointChunkData;

typedef struct StripeReaderPrivate
{
	StripeReaderData pub;		/* must be first */

	Relation	rel;
	TupleDesc	tupdesc;
	StripeEntryData stripe;
	MemoryContext cxt;			/* the reader's lifetime */
	MemoryContext cgcxt;		/* the loaded chunk group */
	BufferAccessStrategy strategy;
	BlockNumber nblocks;		/* relation size as last seen */
	bool		keepPage;		/* keep the last page pinned between calls */
	Buffer		page;			/* the page ReadPiece read last, pinned, or
								 * InvalidBuffer */
	BlockNumber pageBlock;
	bool	   *needed;			/* [attnum - 1] */
	bool		droppedToo;		/* decode chunks of dropped columns */

	StripeIndexEntry *cgs;
	int			ncgs;
	int			natts;			/* columns stored in the stripe */
	int			loaded;			/* index of the loaded chunk group, or -1 */
	int			next;			/* for NextChunkGroup */

	/* the loaded chunk group */
	RowRun	   *runs;
	int			nruns;
	ColumnChunkDesc *descs;
	uint64		storedBytes;	/* bytes of the chunks read */
	uint8		codecs;			/* CODEC_ZSTD bit if any chunk is zstd,
								 * CODEC_DICT4 if any is dictionary coded,
								 * 0x80 if any is stored raw */

	/*
	 * Decode buffers in cxt, reused by every chunk group and only ever
	 * grown: allocating and freeing chunk-sized buffers per chunk group
	 * costs a page fault per page touched.
	 */
	int			rowsCap;		/* rows that rownums, values, isnull hold */
	char	   *stored;			/* compressed bytes of one chunk */
	Size		storedCap;
	char	   *scratch;		/* shuffled form of one chunk */
	Size		scratchCap;
	char	  **raw;			/* [attnum - 1]: decoded chunk */
	Size	   *rawCap;
	char	   *header;			/* a header read for its stats */
	Size		headerCap;
	char	   *index;			/* the stripe index, and before it chunk
								 * group 0 if packedCg */
	Size		indexCap;
	bool		packedCg;		/* chunk group 0 was read with the index */
	bool		packedChecked;	/* and its header checked */

	/*
	 * TID fetches (ColumnarReaderOpenFetch): a large chunk group is loaded
	 * without its columns; a row's value is then read in place where the
	 * chunk allows it (StripeReaderFetchValues), else the column is decoded.
	 */
	bool		fetchMode;
	bool	   *decoded;		/* [attnum - 1]: in values/isnull already */
	uint32	   *pointLen;		/* [attnum - 1]: bytes of every value, 0 if
								 * the type has no fixed size */
	uint32	   *pointStride;	/* [attnum - 1]: distance between values */
	PointChunkData **pointChunk;	/* [attnum - 1]: in cgcxt, or NULL */
	char	  **pointVal;		/* [attnum - 1]: the value read last */
	Size	   *pointCap;
	char	   *pointWords;		/* expanded dictionary elements */
	Size		pointWordsCap;
	Buffer		pointPage;		/* pinned during one point read */
	BlockNumber pointBlock;
} StripeReaderPrivate;

/* relation size the last reader ended with (see ColumnarReaderOpen) */
static RelFileNode lastReaderNode;
static BlockNumber lastReaderBlocks;

/*
 * Makes *buf hold at least len bytes, in the reader's context; the old
 * contents are not kept.  Grows by half again so that slightly larger
 * chunks do not reallocate every time.
 */
static char *
GrowBuffer(StripeReaderPrivate *r, char **buf, Size *cap, Size len)
{
	if (*buf == NULL || *cap < len)
	{
		Size		newcap = Max(len, Min(*cap + *cap / 2, MaxAllocSize));

		if (*buf)
			pfree(*buf);
		*buf = NULL;
		*buf = MemoryContextAlloc(r->cxt, Max(newcap, 1));
		*cap = newcap;
	}
	return *buf;
}

static void
Damaged(StripeReaderPrivate *r, const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATA_CORRUPTED),
			 errmsg("vecstore table \"%s\" is damaged: stripe of rows " UINT64_FORMAT ".." UINT64_FORMAT ": %s",
					RelationGetRelationName(r->rel),
					r->stripe.firstRow, r->stripe.lastRow, what)));
}

static inline void PointRelease(StripeReaderPrivate *r);

static void
ReleasePage(StripeReaderPrivate *r)
{
	if (r->page != InvalidBuffer)
		ReleaseBuffer(r->page);
	r->page = InvalidBuffer;
}

/*
 * Reads len bytes at logical offset into dest, as ColumnarReadBytesSized
 * does, for the small pieces of a stripe: its index, a chunk group header,
 * a small chunk group.  A reader of a scan keeps the last page pinned, so
 * the next piece on it (the next small stripe, mostly) needs no buffer
 * lookup; the page is share-locked only while copying.
 */
static void
ReadPiece(StripeReaderPrivate *r, uint64 offset, char *dest, uint64 len)
{
	while (len > 0)
	{
		BlockNumber blk = LogicalOffsetBlock(offset);
		uint32		pos = LogicalOffsetInPage(offset);
		uint32		n = Min(len, BLCKSZ - pos);
		Page		page;

		if (r->page == InvalidBuffer || r->pageBlock != blk)
		{
			ReleasePage(r);
			CHECK_FOR_INTERRUPTS();
			if (r->nblocks == InvalidBlockNumber || blk >= r->nblocks)
			{
				r->nblocks = RelationGetNumberOfBlocks(r->rel);
				if (blk >= r->nblocks)
					ereport(ERROR,
							(errcode(ERRCODE_DATA_CORRUPTED),
							 errmsg("vecstore table \"%s\" is damaged: block %u is missing",
									RelationGetRelationName(r->rel), blk)));
			}
			r->page = ReadBufferExtended(r->rel, MAIN_FORKNUM, blk,
										 RBM_NORMAL, r->strategy);
			r->pageBlock = blk;
		}
		LockBuffer(r->page, BUFFER_LOCK_SHARE);
		page = BufferGetPage(r->page);
		if (PageIsNew(page) || ((PageHeader) page)->pd_lower < pos + n)
		{
			LockBuffer(r->page, BUFFER_LOCK_UNLOCK);
			ereport(ERROR,
					(errcode(ERRCODE_DATA_CORRUPTED),
					 errmsg("vecstore table \"%s\" is damaged: block %u holds no data at bytes %u..%u",
							RelationGetRelationName(r->rel), blk, pos,
							pos + n)));
		}
		memcpy(dest, (char *) page + pos, n);
		LockBuffer(r->page, BUFFER_LOCK_UNLOCK);
		dest += n;
		offset += n;
		len -= n;
	}
	if (!r->keepPage)
		ReleasePage(r);
}

/*
 * A stripe of one small chunk group written without index
 * (STRIPE_NO_INDEX): the directory entry points at the chunk group, read
 * at once as a packed small stripe's, and its index entry is made from the
 * chunk group's header, into the same buffer after it.  The header is
 * checked in full (CRC included) when it is first used.
 */
static void
ReadUnindexedStripe(StripeReaderPrivate *r)
{
	StripeEntry stripe = &r->stripe;
	uint64		len = stripe->dataLength;
	char	   *buf;
	ChunkGroupHeader hdr;
	StripeIndexEntry *e;
	uint64		hlen;

	if (stripe->chunkGroupCount != 1 || len < sizeof(ChunkGroupHeader) ||
		len > SMALL_CHUNK_GROUP_BYTES)
		Damaged(r, "bad unindexed stripe");
	buf = GrowBuffer(r, &r->index, &r->indexCap,
					 MAXALIGN(len) + sizeof(StripeIndexEntry));
	ReadPiece(r, stripe->dataOffset, buf, len);
	memcpy(&hdr, buf, sizeof(hdr));
	if (hdr.magic != CHUNK_GROUP_MAGIC || hdr.natts > MaxHeapAttributeNumber ||
		hdr.nruns == 0 || hdr.nruns > hdr.nrows || hdr.length != len)
		Damaged(r, "bad chunk group header");
	hlen = ChunkGroupHeaderLength(hdr.natts, hdr.nruns);
	if (hlen > len)
		Damaged(r, "bad chunk group header");
	if (hdr.flags & CHUNK_GROUP_HAS_STATS)
	{
		ChunkStatsHeader sh;

		if (hlen + sizeof(sh) > len)
			Damaged(r, "bad chunk group header");
		memcpy(&sh, buf + hlen, sizeof(sh));
		if (sh.length > len - hlen)
			Damaged(r, "bad chunk group header");
		hlen += sh.length;
	}
	e = (StripeIndexEntry *) (buf + MAXALIGN(len));
	e->offset = stripe->dataOffset;
	e->length = len;
	e->firstRow = hdr.firstRow;
	e->lastRow = hdr.lastRow;
	e->nrows = hdr.nrows;
	e->headerLength = (uint32) hlen;
	if (e->nrows == 0 || e->firstRow > e->lastRow ||
		e->lastRow - e->firstRow + 1 < e->nrows ||
		e->firstRow < stripe->firstRow || e->lastRow > stripe->lastRow)
		Damaged(r, "bad chunk group header");
	r->natts = hdr.natts;
	r->ncgs = 1;
	r->cgs = e;
	r->packedCg = true;
}

/* reads and checks the index of r->stripe; nothing is loaded after it */
static void
ReadStripeIndex(StripeReaderPrivate *r)
{
	StripeEntry stripe = &r->stripe;
	StripeIndexHeader *ih;
	char	   *buf;
	uint64		len;
	uint64		prefix;

	r->loaded = -1;
	r->next = 0;
	r->pub.nrows = 0;
	r->storedBytes = 0;
	r->codecs = 0;
	r->cgs = NULL;
	r->ncgs = 0;

	if (stripe->kind != STRIPE_DATA)
		Damaged(r, "not a data stripe");
	if (stripe->chunkGroupCount == 0 ||
		stripe->chunkGroupCount > (MaxAllocSize - sizeof(StripeIndexHeader)) /
		sizeof(StripeIndexEntry))
		Damaged(r, "bad chunk group count");
	r->packedCg = false;
	r->packedChecked = false;
	if (stripe->flags & STRIPE_NO_INDEX)
	{
		ReadUnindexedStripe(r);
		return;
	}

	len = sizeof(StripeIndexHeader) +
		sizeof(StripeIndexEntry) * (uint64) stripe->chunkGroupCount;
	prefix = stripe->dataLength - len;
	if (stripe->chunkGroupCount == 1 && stripe->dataLength > len &&
		prefix <= SMALL_CHUNK_GROUP_BYTES && stripe->dataOffset >= prefix &&
		LogicalOffsetBlock(stripe->dataOffset - prefix) ==
		LogicalOffsetBlock(stripe->dataOffset))
	{
		/*
		 * A small stripe is written as its chunk group followed by its index
		 * (EndSmallStripe): read both at once.  The bytes before the index
		 * on its page exist even if they turn out to be another stripe's;
		 * they are used only if the index says its chunk group is there.
		 */
		buf = GrowBuffer(r, &r->index, &r->indexCap, prefix + len);
		ReadPiece(r, stripe->dataOffset - prefix, buf, prefix + len);
		buf += prefix;
		r->packedCg = true;
	}
	else
	{
		prefix = 0;
		buf = GrowBuffer(r, &r->index, &r->indexCap, len);
		if (len <= SMALL_CHUNK_GROUP_BYTES)
			ReadPiece(r, stripe->dataOffset, buf, len);
		else
			ColumnarReadBytesSized(r->rel, stripe->dataOffset, buf, len,
								   r->strategy, &r->nblocks, NULL);
	}
	ih = (StripeIndexHeader *) buf;
	if (ih->magic != STRIPE_INDEX_MAGIC)
		Damaged(r, "bad stripe index");
	{
		uint32		crc = ih->crc;

		ih->crc = 0;
		if (ColumnarCrc(buf, len) != crc)
			Damaged(r, "stripe index fails its checksum");
		ih->crc = crc;
	}
	if (ih->version != STRIPE_BODY_VERSION)
		Damaged(r, "unknown stripe format version");
	if (ih->chunkGroupCount != stripe->chunkGroupCount)
		Damaged(r, "chunk group count differs from the directory");
	if (ih->natts > MaxHeapAttributeNumber)
		Damaged(r, "bad column count");

	for (int i = 0; i < (int) ih->chunkGroupCount; i++)
	{
		StripeIndexEntry *e = &((StripeIndexEntry *) (buf + sizeof(StripeIndexHeader)))[i];

		if (e->nrows == 0 || e->nrows > MaxAllocSize / sizeof(Datum) ||
			e->firstRow > e->lastRow ||
			e->lastRow - e->firstRow + 1 < e->nrows ||
			e->firstRow < stripe->firstRow || e->lastRow > stripe->lastRow ||
			(i > 0 && e->firstRow <= e[-1].lastRow) ||
			e->headerLength < sizeof(ChunkGroupHeader) ||
			e->headerLength > e->length || e->length > MaxAllocSize)
			Damaged(r, "bad chunk group index entry");
	}
	r->natts = ih->natts;
	r->ncgs = ih->chunkGroupCount;
	r->cgs = (StripeIndexEntry *) (buf + sizeof(StripeIndexHeader));
	if (r->packedCg)
		r->packedCg = r->cgs[0].offset == stripe->dataOffset - prefix &&
			r->cgs[0].length == prefix;
}

/*
 * Opens a stripe; needed[attnum - 1] says which columns to decode (NULL:
 * none, for looking at row numbers only).  A bulk reader (scans) may use a
 * ring of buffers and keeps the page it read last pinned until the next
 * read or StripeReaderEnd; others pin nothing between calls, so that many
 * of them may be open at once (TID fetches).
 */
StripeReader
ColumnarReaderOpen(Relation rel, TupleDesc tupdesc, StripeEntry stripe,
				   const bool *needed, bool bulk, bool dropped_too)
{
	MemoryContext cxt;
	MemoryContext old;
	StripeReaderPrivate *r;

	cxt = AllocSetContextCreate(CurrentMemoryContext, "vecstore stripe reader",
								ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(cxt);
	r = palloc0(sizeof(StripeReaderPrivate));
	r->rel = rel;
	r->tupdesc = tupdesc;
	r->stripe = *stripe;
	r->cxt = cxt;
	r->cgcxt = AllocSetContextCreate(cxt, "vecstore chunk group",
									 ALLOCSET_DEFAULT_SIZES);
	r->page = InvalidBuffer;
	r->keepPage = bulk;
	/*
	 * The size the last reader of this storage saw, saving a system call
	 * per stripe: storage only grows while it has this relfilenode, and
	 * reads refresh the size when they go beyond it.
	 */
	r->nblocks = RelFileNodeEquals(lastReaderNode, rel->rd_node) ?
		lastReaderBlocks : RelationGetNumberOfBlocks(rel);

	/*
	 * A ring of buffers only for a table too big to stay in shared buffers
	 * (the rule heap scans use); a smaller one is read through shared
	 * buffers so that the next scan finds it there.
	 */
	r->strategy = bulk && r->nblocks > (BlockNumber) NBuffers / 4 ?
		GetAccessStrategy(BAS_BULKREAD) : NULL;
	r->needed = palloc0(sizeof(bool) * Max(tupdesc->natts, 1));
	if (needed)
		memcpy(r->needed, needed, sizeof(bool) * tupdesc->natts);
	r->droppedToo = dropped_too;
	r->loaded = -1;
	r->pub.values = palloc0(sizeof(Datum *) * Max(tupdesc->natts, 1));
	r->pub.isnull = palloc0(sizeof(bool *) * Max(tupdesc->natts, 1));
	r->raw = palloc0(sizeof(char *) * Max(tupdesc->natts, 1));
	r->rawCap = palloc0(sizeof(Size) * Max(tupdesc->natts, 1));

	ReadStripeIndex(r);

	MemoryContextSwitchTo(old);
	return &r->pub;
}

/*
 * Points an open reader at another data stripe of the same relation, to
 * decode the same columns with the same row type; its memory, decode
 * buffers (bounded by the largest chunk group read) and pinned page are
 * kept.  Nothing is loaded until the next call.
 */
void
StripeReaderReset(StripeReader reader, StripeEntry stripe)
{
	StripeReaderPrivate *r = (StripeReaderPrivate *) reader;

	r->stripe = *stripe;
	ReadStripeIndex(r);
}

StripeReader
StripeReaderBegin(Relation rel, TupleDesc tupdesc, StripeEntry stripe,
				  Bitmapset *attrs_needed)
{
	bool	   *needed = palloc(sizeof(bool) * Max(tupdesc->natts, 1));
	StripeReader reader;

	for (int i = 0; i < tupdesc->natts; i++)
		needed[i] = attrs_needed == NULL || bms_is_member(i + 1, attrs_needed);
	reader = ColumnarReaderOpen(rel, tupdesc, stripe, needed, true, false);
	pfree(needed);
	return reader;
}

/* turns the raw form of a column chunk into Datums */
static void
MaterializeColumn(StripeReaderPrivate *r, Form_pg_attribute att, int nrows,
				  const char *raw, uint32 rawlen, uint32 nullsLength,
				  Datum *values, bool *isnull)
{
	const char *p = raw + nullsLength;
	const char *end = raw + rawlen;

	if (nullsLength != 0 && nullsLength != TYPEALIGN(8, (nrows + 7) / 8))
		Damaged(r, "bad null bitmap length");

	for (int i = 0; i < nrows; i++)
	{
		isnull[i] = nullsLength != 0 && (raw[i / 8] & (1 << (i % 8))) != 0;
		values[i] = (Datum) 0;
		if (isnull[i])
			continue;

		if (att->attbyval)
		{
			if (att->attlen <= 0 || att->attlen > (int) sizeof(Datum) ||
				end - p < att->attlen)
				Damaged(r, "column chunk too short");
			values[i] = fetch_att(p, true, att->attlen);
			p += att->attlen;
		}
		else if (att->attlen > 0)
		{
			p = raw + att_align_nominal(p - raw, att->attalign);
			if (p > end || end - p < att->attlen)
				Damaged(r, "column chunk too short");
			values[i] = PointerGetDatum(p);
			p += att->attlen;
		}
		else if (att->attlen == -1)
		{
			uint32		size;

			p = raw + att_align_nominal(p - raw,
										ChunkVarlenaAlign(att->attalign));
			if (p > end || end - p < VARHDRSZ)
				Damaged(r, "column chunk too short");
			if (!VARATT_IS_4B_U(p))
				Damaged(r, "bad varlena header");
			size = VARSIZE(p);
			if (size < VARHDRSZ || end - p < size)
				Damaged(r, "varlena value overruns its chunk");
			values[i] = PointerGetDatum(p);
			p += size;
		}
		else
		{
			const char *nul = memchr(p, '\0', end - p);

			if (nul == NULL)
				Damaged(r, "unterminated cstring value");
			values[i] = PointerGetDatum(p);
			p = nul + 1;
		}
	}
	if (p != end)
		Damaged(r, "column chunk has trailing bytes");
}

/*
 * Checks the header of chunk group e read into hbuf (headerLength bytes):
 * checksum, agreement with the stripe index, and the stats section if any.
 */
static ChunkGroupHeader *
CheckChunkGroupHeader(StripeReaderPrivate *r, StripeIndexEntry *e, char *hbuf)
{
	ChunkGroupHeader *hdr = (ChunkGroupHeader *) hbuf;
	uint64		base;

	{
		uint32		crc = hdr->crc;

		hdr->crc = 0;
		if (hdr->magic == CHUNK_GROUP_MAGIC &&
			ColumnarCrc(hbuf, e->headerLength) != crc)
			Damaged(r, "chunk group header fails its checksum");
		hdr->crc = crc;
	}
	if (hdr->magic != CHUNK_GROUP_MAGIC || hdr->nrows != e->nrows ||
		hdr->natts != r->natts || hdr->firstRow != e->firstRow ||
		hdr->lastRow != e->lastRow || hdr->length != e->length ||
		hdr->nruns == 0 || hdr->nruns > hdr->nrows ||
		(hdr->flags & ~CHUNK_GROUP_HAS_STATS) != 0)
		Damaged(r, "bad chunk group header");
	base = ChunkGroupHeaderLength(hdr->natts, hdr->nruns);
	if ((hdr->flags & CHUNK_GROUP_HAS_STATS) == 0 ?
		base != e->headerLength :
		(base >= e->headerLength ||
		 !ColumnarStatsValid(hbuf + base, e->headerLength - base)))
		Damaged(r, "bad chunk group header");
	return hdr;
}

/*
 * Reads only the header of chunk group cgno and points *stats at its stats
 * section (valid until the next call); false if it has none.  For skipping
 * chunk groups without reading their columns.
 */
bool
StripeReaderChunkGroupStats(StripeReader reader, int cgno,
							const char **stats, uint32 *len)
{
	StripeReaderPrivate *r = (StripeReaderPrivate *) reader;
	StripeIndexEntry *e = &r->cgs[cgno];
	ChunkGroupHeader *hdr;
	char	   *hbuf;
	uint64		base;

	Assert(cgno >= 0 && cgno < r->ncgs);
	if (cgno == 0 && r->packedCg)
	{
		/* read with the index; checked once for this and the load */
		hbuf = r->index;
		hdr = r->packedChecked ? (ChunkGroupHeader *) hbuf :
			CheckChunkGroupHeader(r, e, hbuf);
		r->packedChecked = true;
	}
	else
	{
		hbuf = GrowBuffer(r, &r->header, &r->headerCap, e->headerLength);
		ReadPiece(r, e->offset, hbuf, e->headerLength);
		hdr = CheckChunkGroupHeader(r, e, hbuf);
	}
	if ((hdr->flags & CHUNK_GROUP_HAS_STATS) == 0)
		return false;
	base = ChunkGroupHeaderLength(hdr->natts, hdr->nruns);
	*stats = hbuf + base;
	*len = e->headerLength - base;
	return true;
}

/* The chunk group StripeReaderNextChunkGroup loads next, or -1. */
int
StripeReaderPeekNext(StripeReader reader)
{
	StripeReaderPrivate *r = (StripeReaderPrivate *) reader;

	return r->next < r->ncgs ? r->next : -1;
}

/* Passes over the chunk group StripeReaderNextChunkGroup would load. */
void
StripeReaderSkipNext(StripeReader reader)
{
	StripeReaderPrivate *r = (StripeReaderPrivate *) reader;

	if (r->next < r->ncgs)
		r->next++;
}

/*
 * Decodes column a of chunk group cgno, whose header is loaded, into
 * values[a] and isnull[a]; whole holds the chunk group if it was read at
 * once, else the chunk is read by itself.
 */
static void
LoadColumn(StripeReaderPrivate *r, int cgno, int a, char *whole)
{
	StripeIndexEntry *e = &r->cgs[cgno];
	Form_pg_attribute att = TupleDescAttr(r->tupdesc, a);
	int			nrows = e->nrows;
	ColumnChunkDesc *d;
	char	   *stored;
	char	   *raw;
	uint32		crc;

	if (a >= r->natts || (att->attisdropped && !r->droppedToo) ||
		(r->descs[a].flags & CHUNK_ALL_NULL))
	{
		memset(r->pub.values[a], 0, sizeof(Datum) * nrows);
		memset(r->pub.isnull[a], true, sizeof(bool) * nrows);
		if (r->decoded)
			r->decoded[a] = true;
		return;
	}

	d = &r->descs[a];
	if (d->flags & ~CHUNK_ALL_NULL ||
		d->offset < e->headerLength || d->offset > e->length ||
		d->storedLength > e->length - d->offset ||
		d->rawLength > MaxAllocSize || d->nullsLength > d->rawLength)
		Damaged(r, "bad column chunk descriptor");

	if (d->codec == CODEC_NONE && d->storedLength != d->rawLength)
		Damaged(r, "uncompressed chunk length differs from its raw length");
	if (whole != NULL)
	{
		/* decoded in place when stored raw: values point into "whole" */
		stored = whole + d->offset;
		crc = ColumnarCrc(stored, d->storedLength);
		raw = d->codec == CODEC_NONE ? stored :
			GrowBuffer(r, &r->raw[a], &r->rawCap[a], d->rawLength);
	}
	else
	{
		raw = GrowBuffer(r, &r->raw[a], &r->rawCap[a], d->rawLength);
		/* an uncompressed chunk is read straight into its final place */
		stored = d->codec == CODEC_NONE ? raw :
			GrowBuffer(r, &r->stored, &r->storedCap, d->storedLength);
		ColumnarReadBytesSized(r->rel, e->offset + d->offset, stored,
							   d->storedLength, r->strategy, &r->nblocks,
							   &crc);
	}
	r->storedBytes += d->storedLength;
	if (crc != d->crc)
		Damaged(r, "column chunk fails its checksum");
	if (d->codec != CODEC_NONE)
		ColumnarDecode(d->codec, stored, d->storedLength, raw,
					   d->rawLength, d->nullsLength,
					   GrowBuffer(r, &r->scratch, &r->scratchCap,
								  d->rawLength));
	MaterializeColumn(r, att, nrows, raw, d->rawLength, d->nullsLength,
					  r->pub.values[a], r->pub.isnull[a]);
	if (r->decoded)
		r->decoded[a] = true;
}

static void
LoadChunkGroup(StripeReaderPrivate *r, int cgno)
{
	StripeIndexEntry *e = &r->cgs[cgno];
	TupleDesc	tupdesc = r->tupdesc;
	MemoryContext old;
	char	   *hbuf;
	char	   *whole = NULL;
	ChunkGroupHeader *hdr;
	int			nrows = e->nrows;
	uint64		count = 0;

	r->loaded = -1;
	MemoryContextReset(r->cgcxt);
	old = MemoryContextSwitchTo(r->cgcxt);

	/* a small chunk group is read at once, not column by column */
	if (cgno == 0 && r->packedCg)
		hbuf = whole = r->index;	/* read with the index */
	else if (e->length <= SMALL_CHUNK_GROUP_BYTES)
	{
		whole = palloc(e->length);
		ReadPiece(r, e->offset, whole, e->length);
		hbuf = whole;
	}
	else
	{
		hbuf = palloc(e->headerLength);
		ReadPiece(r, e->offset, hbuf, e->headerLength);
	}
	if (hbuf == r->index && r->packedChecked)
		hdr = (ChunkGroupHeader *) hbuf;
	else
		hdr = CheckChunkGroupHeader(r, e, hbuf);
	r->packedChecked = hbuf == r->index;

	r->nruns = hdr->nruns;
	r->runs = (RowRun *) (hbuf + sizeof(ChunkGroupHeader));
	r->descs = (ColumnChunkDesc *) (hbuf + sizeof(ChunkGroupHeader) +
									r->nruns * sizeof(RowRun));

	/* per-row arrays, grown in the reader's context */
	if (nrows > r->rowsCap)
	{
		MemoryContext rcxt = MemoryContextSwitchTo(r->cxt);

		/* nothing left dangling if an allocation fails */
		r->rowsCap = 0;
		if (r->pub.rownums)
			pfree(r->pub.rownums);
		r->pub.rownums = NULL;
		for (int a = 0; a < tupdesc->natts; a++)
		{
			if (r->pub.values[a])
				pfree(r->pub.values[a]);
			if (r->pub.isnull[a])
				pfree(r->pub.isnull[a]);
			r->pub.values[a] = NULL;
			r->pub.isnull[a] = NULL;
		}
		r->pub.rownums = palloc(sizeof(RowNumber) * nrows);
		for (int a = 0; a < tupdesc->natts; a++)
		{
			if (!r->needed[a])
				continue;
			r->pub.values[a] = palloc(sizeof(Datum) * nrows);
			r->pub.isnull[a] = palloc(sizeof(bool) * nrows);
		}
		r->rowsCap = nrows;
		MemoryContextSwitchTo(rcxt);
	}

	/* row numbers */
	r->pub.nrows = nrows;
	for (int i = 0; i < r->nruns; i++)
	{
		RowRun	   *run = &r->runs[i];

		if (run->count == 0 || run->count > (uint64) nrows - count ||
			run->start < e->firstRow ||
			run->start + run->count - 1 > e->lastRow ||
			(i > 0 && run->start < r->runs[i - 1].start + r->runs[i - 1].count))
			Damaged(r, "bad row runs");
		for (uint64 k = 0; k < run->count; k++)
			r->pub.rownums[count++] = run->start + k;
	}
	if (count != (uint64) nrows)
		Damaged(r, "row runs do not add up");

	/* codecs of all chunks, for inspection */
	for (int a = 0; a < r->natts; a++)
	{
		if (r->descs[a].flags & CHUNK_ALL_NULL)
			continue;
		if ((r->descs[a].codec & CODEC_ALGO_MASK) == CODEC_ZSTD)
			r->codecs |= CODEC_ZSTD;
		else if (r->descs[a].codec == CODEC_DICT4)
			r->codecs |= CODEC_DICT4;
		else
			r->codecs |= 0x80;
	}

	/* columns: only small chunk groups load them for a TID fetch */
	for (int a = 0; a < tupdesc->natts; a++)
	{
		if (r->decoded)
			r->decoded[a] = false;
		if (r->pointChunk)
			r->pointChunk[a] = NULL;
		if (r->needed[a] && (!r->fetchMode || whole != NULL))
			LoadColumn(r, cgno, a, whole);
	}

	MemoryContextSwitchTo(old);
	r->loaded = cgno;
}

bool
StripeReaderNextChunkGroup(StripeReader reader)
{
	StripeReaderPrivate *r = (StripeReaderPrivate *) reader;

	if (r->next >= r->ncgs)
	{
		r->pub.nrows = 0;
		return false;
	}
	if (r->loaded != r->next)
		LoadChunkGroup(r, r->next);
	r->next++;
	return true;
}

/*
 * Loads chunk group cgno (kept if already loaded); false if the stripe has
 * no such chunk group.  Parallel k-NN scans split stripes by chunk group,
 * and ANALYZE samples chunk groups.
 */
bool
StripeReaderLoadChunkGroup(StripeReader reader, int cgno)
{
	StripeReaderPrivate *r = (StripeReaderPrivate *) reader;

	if (cgno < 0 || cgno >= r->ncgs)
		return false;
	if (r->loaded != cgno)
		LoadChunkGroup(r, cgno);
	r->next = cgno + 1;
	return true;
}

/* index of the chunk group whose range covers rownum, or -1 */
static int
FindChunkGroup(StripeReaderPrivate *r, RowNumber rownum)
{
	int			lo = 0;
	int			hi = r->ncgs - 1;

	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (r->cgs[mid].lastRow < rownum)
			lo = mid + 1;
		else if (r->cgs[mid].firstRow > rownum)
			hi = mid - 1;
		else
			return mid;
	}
	return -1;
}

/* position of rownum in the loaded chunk group's runs, or -1 */
static int
RowIndexInRuns(RowRun *runs, int nruns, RowNumber rownum)
{
	int			idx = 0;

	for (int i = 0; i < nruns; i++)
	{
		if (rownum < runs[i].start)
			return -1;
		if (rownum < runs[i].start + runs[i].count)
			return idx + (int) (rownum - runs[i].start);
		idx += runs[i].count;
	}
	return -1;
}

int
StripeReaderSeekRow(StripeReader reader, RowNumber rownum)
{
	StripeReaderPrivate *r = (StripeReaderPrivate *) reader;
	int			cgno;

	if (r->loaded >= 0 &&
		rownum >= r->cgs[r->loaded].firstRow &&
		rownum <= r->cgs[r->loaded].lastRow)
		cgno = r->loaded;
	else
	{
		cgno = FindChunkGroup(r, rownum);
		if (cgno < 0)
			return -1;
		LoadChunkGroup(r, cgno);
	}
	r->next = cgno + 1;
	return RowIndexInRuns(r->runs, r->nruns, rownum);
}

/* Number of chunk groups of the stripe, from its index. */
int
StripeReaderChunkGroups(StripeReader reader)
{
	return ((StripeReaderPrivate *) reader)->ncgs;
}

/* Rows stored in chunk group cgno, from the stripe index. */
int
StripeReaderChunkGroupRows(StripeReader reader, int cgno)
{
	StripeReaderPrivate *r = (StripeReaderPrivate *) reader;

	Assert(cgno >= 0 && cgno < r->ncgs);
	return (int) r->cgs[cgno].nrows;
}

/* Is rownum inside the loaded chunk group's range (a seek would not load)? */
bool
StripeReaderHasLoaded(StripeReader reader, RowNumber rownum)
{
	StripeReaderPrivate *r = (StripeReaderPrivate *) reader;

	return r->loaded >= 0 &&
		rownum >= r->cgs[r->loaded].firstRow &&
		rownum <= r->cgs[r->loaded].lastRow;
}

/*
 * Memory the reader holds: the loaded chunk group and the decode buffers
 * its values may point into (a large chunk group's columns are decoded in
 * the reader's buffers, not in its chunk group context), for callers
 * keeping several readers within a budget.
 */
Size
ColumnarReaderLoadedBytes(StripeReader reader)
{
	StripeReaderPrivate *r = (StripeReaderPrivate *) reader;

	return MemoryContextMemAllocated(r->cxt, true);
}

void
StripeReaderEnd(StripeReader reader)
{
	StripeReaderPrivate *r = (StripeReaderPrivate *) reader;

	ReleasePage(r);
	PointRelease(r);
	if (r->strategy)
		FreeAccessStrategy(r->strategy);
	if (r->nblocks != InvalidBlockNumber)
	{
		lastReaderNode = r->rel->rd_node;
		lastReaderBlocks = r->nblocks;
	}
	MemoryContextDelete(r->cxt);
}

/* Does the data stripe hold rownum?  Reads its index and one header. */
bool
ColumnarStripeHasRow(Relation rel, StripeEntry stripe, RowNumber rownum)
{
	StripeReader reader;
	bool		found;

	if (stripe->kind != STRIPE_DATA ||
		rownum < stripe->firstRow || rownum > stripe->lastRow)
		return false;
	reader = ColumnarReaderOpen(rel, RelationGetDescr(rel), stripe, NULL,
								false, false);
	found = StripeReaderSeekRow(reader, rownum) >= 0;
	StripeReaderEnd(reader);
	return found;
}

/* Bytes the stripe takes on disk according to its index. */
uint64
ColumnarReaderStripeBytes(StripeReader reader)
{
	StripeReaderPrivate *r = (StripeReaderPrivate *) reader;
	uint64		bytes = (r->stripe.flags & STRIPE_NO_INDEX) ? 0 :
		sizeof(StripeIndexHeader) + sizeof(StripeIndexEntry) * (uint64) r->ncgs;

	for (int i = 0; i < r->ncgs; i++)
		bytes += r->cgs[i].length;
	return bytes;
}

/* What the last loads read: stored bytes and codecs (for inspection). */
void
ColumnarReaderStats(StripeReader reader, int *natts, uint64 *storedBytes,
					uint8 *codecs)
{
	StripeReaderPrivate *r = (StripeReaderPrivate *) reader;

	*natts = r->natts;
	*storedBytes = r->storedBytes;
	*codecs = r->codecs;
}

/*
 * The descriptor of column attnum's chunk in the loaded chunk group,
 * checked as LoadChunkGroup checks it, for callers that read the chunk
 * themselves (the k-NN scan); *offset is the chunk's logical offset.  NULL
 * if the stripe does not store the column (added after it was written).
 */
const struct ColumnChunkDesc *
StripeReaderChunkDesc(StripeReader reader, AttrNumber attnum, uint64 *offset)
{
	StripeReaderPrivate *r = (StripeReaderPrivate *) reader;
	StripeIndexEntry *e;
	ColumnChunkDesc *d;

	if (r->loaded < 0)
		elog(ERROR, "vecstore stripe reader has no chunk group loaded");
	if (attnum < 1 || attnum > r->natts)
		return NULL;
	e = &r->cgs[r->loaded];
	d = &r->descs[attnum - 1];
	if (d->flags & CHUNK_ALL_NULL)
		return d;
	if (d->flags & ~CHUNK_ALL_NULL ||
		d->offset < e->headerLength || d->offset > e->length ||
		d->storedLength > e->length - d->offset ||
		d->rawLength > MaxAllocSize || d->nullsLength > d->rawLength ||
		(d->codec == CODEC_NONE && d->storedLength != d->rawLength))
		Damaged(r, "bad column chunk descriptor");
	*offset = e->offset + d->offset;
	return d;
}

/*
 * The shared buffer that held each block of one relation when this backend
 * last read it in place, so that the next search pins it without a lookup
 * in the buffer mapping table (a cache miss per page, an eighth of a scan
 * at memory speed).  At most NBuffers entries.
 */
static RelFileNode recentNode;
static Buffer *recentBufs = NULL;
static BlockNumber recentCount = 0;

/*
 * During a parallel k-NN run every process reads and updates one array of
 * such hints in the run's shared memory instead: a new worker starts with
 * the buffers the leader and the other workers found, and the leader ends
 * with those the workers found.  Entries are only hints, checked by
 * ReadRecentBuffer, so processes may overwrite each other's freely.
 */
static RelFileNode sharedNode;
static volatile Buffer *sharedBufs = NULL;
static BlockNumber sharedCount = 0;

/* pins block blk of the reader's relation; true if it was read from disk */
static Buffer
ReadChunkPage(StripeReaderPrivate *r, BlockNumber blk, bool *fromDisk)
{
	int64		before = pgBufferUsage.shared_blks_read +
		pgBufferUsage.local_blks_read;
	Buffer		buf;
	volatile Buffer *hints = NULL;
	Buffer		hint;

	CHECK_FOR_INTERRUPTS();
	if (r->nblocks == InvalidBlockNumber || blk >= r->nblocks)
	{
		r->nblocks = RelationGetNumberOfBlocks(r->rel);
		if (blk >= r->nblocks)
			Damaged(r, "a block of a column chunk is missing");
	}

	if (r->strategy != NULL || RelationUsesLocalBuffers(r->rel) ||
		blk >= (BlockNumber) NBuffers)
		;						/* not remembered */
	else if (sharedBufs != NULL &&
			 RelFileNodeEquals(sharedNode, r->rel->rd_node))
	{
		if (blk < sharedCount)
			hints = sharedBufs;
	}
	else
	{
		if (!RelFileNodeEquals(recentNode, r->rel->rd_node) ||
			blk >= recentCount)
		{
			BlockNumber n = Min(Max(r->nblocks, blk + 1), (BlockNumber) NBuffers);
			Buffer	   *bufs;

			bufs = MemoryContextAllocZero(TopMemoryContext, sizeof(Buffer) * n);
			if (RelFileNodeEquals(recentNode, r->rel->rd_node) && recentBufs)
				memcpy(bufs, recentBufs, sizeof(Buffer) * recentCount);
			if (recentBufs)
				pfree(recentBufs);
			recentBufs = bufs;
			recentCount = n;
			recentNode = r->rel->rd_node;
		}
		hints = recentBufs;
	}
	if (hints != NULL)
	{
		hint = hints[blk];
		if (BufferIsValid(hint) &&
			ReadRecentBuffer(r->rel->rd_node, MAIN_FORKNUM, blk, hint))
			return hint;
	}
	buf = ReadBufferExtended(r->rel, MAIN_FORKNUM, blk, RBM_NORMAL,
							 r->strategy);
	if (pgBufferUsage.shared_blks_read + pgBufferUsage.local_blks_read != before)
		*fromDisk = true;
	if (hints != NULL)
		hints[blk] = buf;
	return buf;
}

/*
 * Blocks of rel whose recent buffers a parallel run can share: those
 * ReadChunkPage remembers for readers opened with bulk (none if they read
 * through a ring).
 */
BlockNumber
ColumnarRecentBuffersCount(Relation rel, bool bulk)
{
	BlockNumber n = RelationGetNumberOfBlocks(rel);

	if (RelationUsesLocalBuffers(rel) ||
		(bulk && n > (BlockNumber) NBuffers / 4))
		return 0;
	return Min(n, (BlockNumber) NBuffers);
}

/*
 * Makes ReadChunkPage use the n hints at shared (in a parallel run's
 * shared memory) for rel until ColumnarRecentBuffersUnshare; the leader
 * fills them first with what this backend remembers.
 */
void
ColumnarRecentBuffersShare(Relation rel, Buffer *shared, BlockNumber n,
						   bool fill)
{
	if (fill)
	{
		BlockNumber have = 0;

		if (recentBufs != NULL && RelFileNodeEquals(recentNode, rel->rd_node))
			have = Min(recentCount, n);
		if (have > 0)
			memcpy(shared, recentBufs, sizeof(Buffer) * have);
		for (BlockNumber b = have; b < n; b++)
			shared[b] = InvalidBuffer;
	}
	sharedNode = rel->rd_node;
	sharedCount = n;
	sharedBufs = n > 0 ? shared : NULL;
}

/*
 * Stops using the shared hints; with keep, this backend remembers them
 * (the leader, after its workers finished).  Must run before the shared
 * memory goes away, also on error.
 */
void
ColumnarRecentBuffersUnshare(bool keep)
{
	if (keep && sharedBufs != NULL && sharedCount > 0)
	{
		if (recentBufs == NULL || !RelFileNodeEquals(recentNode, sharedNode) ||
			recentCount < sharedCount)
		{
			Buffer	   *bufs = MemoryContextAllocZero(TopMemoryContext,
													  sizeof(Buffer) * sharedCount);

			if (recentBufs != NULL)
				pfree(recentBufs);
			recentBufs = bufs;
			recentCount = sharedCount;
			recentNode = sharedNode;
		}
		memcpy(recentBufs, (const Buffer *) sharedBufs,
			   sizeof(Buffer) * sharedCount);
	}
	sharedBufs = NULL;
	sharedCount = 0;
}

/*
 * Hands len stored bytes from logical offset start to fn, page by page,
 * each page pinned and share-locked once for the call; *fromDisk is set if
 * a page had to be read into shared buffers.
 */
static void
WalkChunkPages(StripeReaderPrivate *r, uint64 start, uint64 len,
			   ColumnarPieceFunc fn, void *arg, bool *fromDisk)
{
	for (uint64 offset = start; len > 0;)
	{
		uint32		pos = LogicalOffsetInPage(offset);
		uint32		n = Min(len, BLCKSZ - pos);
		Buffer		buf = ReadChunkPage(r, LogicalOffsetBlock(offset),
										fromDisk);
		Page		page = BufferGetPage(buf);

		LockBuffer(buf, BUFFER_LOCK_SHARE);
		if (PageIsNew(page) || ((PageHeader) page)->pd_lower < pos + n)
		{
			UnlockReleaseBuffer(buf);
			Damaged(r, "a page of a column chunk holds no data there");
		}
		fn(arg, (char *) page + pos, n);
		UnlockReleaseBuffer(buf);
		offset += n;
		len -= n;
	}
}

static void
CrcPiece(void *arg, const char *piece, uint32 len)
{
	pg_crc32c  *crc = (pg_crc32c *) arg;

	*crc = ColumnarCrcUpdate(*crc, piece, len);
}

/*
 * Hands the stored bytes of column attnum's chunk in the loaded chunk group
 * to fn where they lie in shared buffers, page by page, each page pinned
 * and share-locked once for the call (fn must not run anything that could
 * lock buffers).  Returns whether the chunk's CRC was checked.
 *
 * The CRC is checked, after the last piece, only when a page of the chunk
 * had to be read into shared buffers: bytes that every reader checked on
 * their way in from disk need not be checked again on every scan, which
 * would cost a third of a scan at memory speed (PostgreSQL checks page
 * checksums the same way).  A caller must not act on what fn saw before
 * this returns, and fn must check every length it reads.
 */
bool
StripeReaderVisitChunk(StripeReader reader, AttrNumber attnum,
					   ColumnarPieceFunc fn, void *arg)
{
	StripeReaderPrivate *r = (StripeReaderPrivate *) reader;
	const ColumnChunkDesc *d;
	uint64		start = 0;
	bool		fromDisk = false;
	pg_crc32c	crc;

	d = StripeReaderChunkDesc(reader, attnum, &start);
	if (d == NULL || (d->flags & CHUNK_ALL_NULL))
		elog(ERROR, "vecstore column chunk has no stored bytes to visit");
	WalkChunkPages(r, start, d->storedLength, fn, arg, &fromDisk);
	r->storedBytes += d->storedLength;
	if (!fromDisk)
		return false;

	INIT_CRC32C(crc);
	WalkChunkPages(r, start, d->storedLength, CrcPiece, &crc, &fromDisk);
	FIN_CRC32C(crc);
	if (crc != d->crc)
		Damaged(r, "column chunk fails its checksum");
	return true;
}

/*
 * Decodes column attnum's chunk of the loaded chunk group into a buffer of
 * the reader, reused by later chunk groups, and returns its raw form
 * (null bitmap, then values; format: columnar_stripe.h); NULL if the
 * chunk is all null or the stripe does not store the column.  Valid until
 * the next load.
 */
const char *
StripeReaderDecodeChunk(StripeReader reader, AttrNumber attnum,
						uint32 *rawlen, uint32 *nullsLength)
{
	StripeReaderPrivate *r = (StripeReaderPrivate *) reader;
	const ColumnChunkDesc *d;
	uint64		offset = 0;
	char	   *raw;
	char	   *stored;
	uint32		crc;
	int			a = attnum - 1;

	d = StripeReaderChunkDesc(reader, attnum, &offset);
	if (d == NULL || (d->flags & CHUNK_ALL_NULL))
		return NULL;
	raw = GrowBuffer(r, &r->raw[a], &r->rawCap[a], d->rawLength);
	stored = d->codec == CODEC_NONE ? raw :
		GrowBuffer(r, &r->stored, &r->storedCap, d->storedLength);
	ColumnarReadBytesSized(r->rel, offset, stored, d->storedLength,
						   r->strategy, &r->nblocks, &crc);
	r->storedBytes += d->storedLength;
	if (crc != d->crc)
		Damaged(r, "column chunk fails its checksum");
	if (d->codec != CODEC_NONE)
		ColumnarDecode(d->codec, stored, d->storedLength, raw, d->rawLength,
					   d->nullsLength,
					   GrowBuffer(r, &r->scratch, &r->scratchCap,
								  d->rawLength));
	*rawlen = d->rawLength;
	*nullsLength = d->nullsLength;
	return raw;
}

/* ----------------------------------------------------------------
 * Point reads for TID fetches
 *
 * An index scan that re-ranks candidates fetches rows scattered over many
 * chunk groups; decoding a whole chunk group (megabytes of vectors) for
 * each would cost milliseconds per row.  A reader opened for fetches loads
 * only the header of a large chunk group, and a row's value of a column
 * whose values all have one size (fixed-width types; vectors of a column
 * declared with its dimensions) is read where it lies in shared buffers
 * when its chunk is stored raw or dictionary-coded.  Other chunks are
 * decoded as a whole, once per load of their chunk group.
 *
 * Damage is found as by the in-place k-NN scan: when a page the read
 * touched came from disk, the whole chunk's CRC is checked before the
 * value is used.
 * ----------------------------------------------------------------
 */

/*
 * Opens a stripe for TID fetches: like ColumnarReaderOpen without bulk
 * reading, but chunk groups larger than a few pages load only their
 * header; StripeReaderFetchValues reads the values.
 */
StripeReader
ColumnarReaderOpenFetch(Relation rel, TupleDesc tupdesc, StripeEntry stripe,
						const bool *needed)
{
	StripeReaderPrivate *r;
	MemoryContext old;
	int			natts = Max(tupdesc->natts, 1);

	r = (StripeReaderPrivate *) ColumnarReaderOpen(rel, tupdesc, stripe,
												   needed, false, false);
	old = MemoryContextSwitchTo(r->cxt);
	r->fetchMode = true;
	r->decoded = palloc0(sizeof(bool) * natts);
	r->pointLen = palloc0(sizeof(uint32) * natts);
	r->pointStride = palloc0(sizeof(uint32) * natts);
	r->pointVal = palloc0(sizeof(char *) * natts);
	r->pointChunk = palloc0(sizeof(PointChunkData *) * natts);
	r->pointCap = palloc0(sizeof(Size) * natts);
	r->pointPage = InvalidBuffer;
	for (int a = 0; a < tupdesc->natts; a++)
	{
		Form_pg_attribute att = TupleDescAttr(tupdesc, a);

		if (!r->needed[a] || att->attisdropped)
			continue;
		if (att->attlen > 0)
		{
			/* as MaterializeColumn steps: by values unaligned, others aligned */
			r->pointLen[a] = att->attlen;
			r->pointStride[a] = att->attbyval ? att->attlen :
				att_align_nominal(att->attlen, att->attalign);
		}
		else if (att->attlen == -1 && att->atttypmod > 0 &&
				 att->atttypmod <= VECTOR_MAX_DIM &&
				 ColumnarIsVectorType(att->atttypid))
		{
			/* every value was checked against the typmod on its way in */
			r->pointLen[a] = VECTOR_SIZE(att->atttypmod);
			r->pointStride[a] =
				att_align_nominal(r->pointLen[a],
								  ChunkVarlenaAlign(att->attalign));
		}
	}
	MemoryContextSwitchTo(old);
	return &r->pub;
}

static inline void
PointRelease(StripeReaderPrivate *r)
{
	if (r->pointPage != InvalidBuffer)
		ReleaseBuffer(r->pointPage);
	r->pointPage = InvalidBuffer;
}

/*
 * Copies len bytes at logical offset into dest through shared buffers; the
 * last page stays pinned until PointRelease, for the next piece of the
 * same read.  *fromDisk is set if a page had to be read in.
 */
static void
PointBytes(StripeReaderPrivate *r, uint64 offset, void *dest, uint32 len,
		   bool *fromDisk)
{
	char	   *d = dest;

	while (len > 0)
	{
		BlockNumber blk = LogicalOffsetBlock(offset);
		uint32		pos = LogicalOffsetInPage(offset);
		uint32		n = Min(len, BLCKSZ - pos);
		Page		page;

		if (r->pointPage == InvalidBuffer || r->pointBlock != blk)
		{
			PointRelease(r);
			r->pointPage = ReadChunkPage(r, blk, fromDisk);
			r->pointBlock = blk;
		}
		page = BufferGetPage(r->pointPage);
		/* the bytes are mostly not in the CPU cache: ask for all at once */
		for (uint32 k = 0; k < n; k += 64)
			__builtin_prefetch((char *) page + pos + k);
		__builtin_prefetch((char *) page + pos + n - 1);
		LockBuffer(r->pointPage, BUFFER_LOCK_SHARE);
		if (PageIsNew(page) || ((PageHeader) page)->pd_lower < pos + n)
		{
			LockBuffer(r->pointPage, BUFFER_LOCK_UNLOCK);
			Damaged(r, "a page of a column chunk holds no data there");
		}
		memcpy(d, (char *) page + pos, n);
		LockBuffer(r->pointPage, BUFFER_LOCK_UNLOCK);
		d += n;
		offset += n;
		len -= n;
	}
}

/* exception positions a dictionary point read reads at once */
#define POINT_EXC_WINDOW	32

/* number of set bits among the first n bits of bits */
static uint64
CountBits(const unsigned char *bits, uint32 n)
{
	uint64		count = pg_popcount((const char *) bits, n / 8);

	if (n % 8)
		count += pg_popcount32(bits[n / 8] & ((1u << (n % 8)) - 1));
	return count;
}

/*
 * Bytes [off, off + len) of the values of a CODEC_DICT4 chunk stored at
 * logical offset base (values: the raw form after the null bitmap, whose
 * 4-byte elements are indices from valuesAt on, after the tail bytes at
 * tailAt).
 */
static void
PointDict(StripeReaderPrivate *r, const PointChunkData *pc, uint32 nelem,
		  uint32 taillen, uint32 tailAt, uint64 off, uint32 len,
		  uint64 stride, char *out, bool *fromDisk)
{
	uint64		base = pc->base;
	const uint32 *dict = pc->dict;
	uint32		ndict = pc->ndict;
	uint32		nexc = pc->nexc;
	uint32		first = off / 4;
	uint32		end = (off + len + 3) / 4;
	uint32		m = Min(end, nelem) - Min(first, nelem);
	uint64		excAt = base + sizeof(uint32) * (2 + (uint64) ndict);
	uint64		valAt = excAt + sizeof(uint32) * (uint64) nexc;
	char	   *words;
	uint32		lo = 0;
	uint32		hi = nexc;

	/* the elements, then room for their indices */
	words = GrowBuffer(r, &r->pointWords, &r->pointWordsCap,
					   (Size) (end - first) * 4 + m);
	if (m > 0)
	{
		char	   *idx = words + (Size) (end - first) * 4;

		PointBytes(r, base + tailAt + taillen + first, idx, m, fromDisk);
		ColumnarDictExpand(dict, (const unsigned char *) idx, m, words);

		/*
		 * The exceptions among these elements: from the chunk's own map
		 * when one was made, else read where they lie.  They are mostly
		 * spread evenly (varlena headers of vectors), so a window around
		 * the proportional guess holds the first one at or after "first";
		 * else a binary search finds it.
		 */
		if (pc->valueExc != NULL)
		{
			uint64		v = off / stride;

			for (uint32 e = pc->valueExc[v]; e < pc->valueExc[v + 1]; e++)
				memcpy(words + (Size) (pc->excPos[e] - first) * 4,
					   &pc->excVal[e], 4);
		}
		else if (nexc > 0)
		{
			uint32		pos[POINT_EXC_WINDOW];
			uint32		val[POINT_EXC_WINDOW];
			uint32		guess = (uint32) ((uint64) nexc * first / Max(nelem, 1));
			uint32		wlo = guess > POINT_EXC_WINDOW / 2 ? guess - POINT_EXC_WINDOW / 2 : 0;
			uint32		n = Min(nexc - Min(wlo, nexc), POINT_EXC_WINDOW);
			uint32		prev = 0;
			uint32		e;

			if (n > 0)
				PointBytes(r, excAt + sizeof(uint32) * (uint64) wlo, pos,
						   sizeof(uint32) * n, fromDisk);
			if (n > 0 && (wlo == 0 || pos[0] < first) &&
				(wlo + n == nexc || pos[n - 1] >= first))
			{
				lo = wlo;
				while (lo < wlo + n && pos[lo - wlo] < first)
					lo++;
			}
			else
			{
				while (lo < hi)
				{
					uint32		mid = lo + (hi - lo) / 2;
					uint32		p;

					PointBytes(r, excAt + sizeof(uint32) * (uint64) mid, &p,
							   sizeof(p), fromDisk);
					if (p < first)
						lo = mid + 1;
					else
						hi = mid;
				}
				wlo = lo;
				n = 0;
			}

			/* patch them in, a window at a time */
			for (e = lo; e < nexc;)
			{
				uint32		k;
				uint32		nval;

				if (e >= wlo + n)
				{
					wlo = e;
					n = Min(nexc - e, POINT_EXC_WINDOW);
					PointBytes(r, excAt + sizeof(uint32) * (uint64) wlo, pos,
							   sizeof(uint32) * n, fromDisk);
				}
				for (k = e - wlo; k < n && pos[k] < first + m; k++)
				{
					if (pos[k] < first || (k + wlo > lo && pos[k] <= prev))
						Damaged(r, "column chunk has a damaged dictionary");
					prev = pos[k];
				}
				nval = k - (e - wlo);
				if (nval > 0)
				{
					PointBytes(r, valAt + sizeof(uint32) * (uint64) e, val,
							   sizeof(uint32) * nval, fromDisk);
					for (uint32 j = 0; j < nval; j++)
						memcpy(words + (Size) (pos[e - wlo + j] - first) * 4,
							   &val[j], 4);
				}
				e += nval;
				if (k < n)
					break;		/* past the elements */
			}
		}
	}
	if (end > nelem)
	{
		/* the bytes after the last whole element */
		uint32		from = Max(first, nelem);

		PointBytes(r, base + tailAt + (from - nelem) * 4,
				   words + (Size) (from - first) * 4,
				   Min(taillen - (from - nelem) * 4, (end - from) * 4),
				   fromDisk);
	}
	memcpy(out, words + (off - (uint64) first * 4), len);
}

/*
 * Reads row idx's value of column a of the loaded chunk group where it
 * lies; false if the chunk does not allow that (compressed, or its values
 * are not all of one size), and the caller decodes the column.
 */
static bool
PointRead(StripeReaderPrivate *r, int a, int idx, Datum *value, bool *isnull)
{
	StripeIndexEntry *e = &r->cgs[r->loaded];
	ColumnChunkDesc *d = &r->descs[a];
	Form_pg_attribute att = TupleDescAttr(r->tupdesc, a);
	uint32		len = r->pointLen[a];
	uint64		stride = r->pointStride[a];
	PointChunkData *pc = r->pointChunk ? r->pointChunk[a] : NULL;
	uint64		before = idx;
	bool		fromDisk = false;
	bool		newChunk = false;
	char	   *val = NULL;

	if (len == 0 || a >= r->natts || (d->flags & CHUNK_ALL_NULL) ||
		(d->codec != CODEC_NONE && d->codec != CODEC_DICT4))
		return false;
	if (pc == NULL)
	{
		uint64		nonnull = e->nrows;

		/* first read of this chunk since the load */
		if (d->flags & ~CHUNK_ALL_NULL ||
			d->offset < e->headerLength || d->offset > e->length ||
			d->storedLength > e->length - d->offset ||
			d->rawLength > MaxAllocSize || d->nullsLength > d->rawLength ||
			(d->codec == CODEC_NONE && d->storedLength != d->rawLength))
			Damaged(r, "bad column chunk descriptor");
		if (d->nullsLength != 0 && d->nullsLength != TYPEALIGN(8, (e->nrows + 7) / 8))
			Damaged(r, "bad null bitmap length");
		pc = MemoryContextAllocZero(r->cgcxt, sizeof(PointChunkData));
		newChunk = true;
		pc->base = e->offset + d->offset;
		if (d->codec == CODEC_DICT4)
		{
			uint32		hdr[2];

			if (d->storedLength < sizeof(hdr))
				Damaged(r, "column chunk has a damaged dictionary");
			PointBytes(r, pc->base, hdr, sizeof(hdr), &fromDisk);
			pc->ndict = hdr[0];
			pc->nexc = hdr[1];
			if (!ColumnarDictHeader(pc->ndict, pc->nexc, d->storedLength,
									d->rawLength, d->nullsLength))
				Damaged(r, "column chunk has a damaged dictionary");
			PointBytes(r, pc->base + sizeof(hdr), pc->dict,
					   sizeof(uint32) * pc->ndict, &fromDisk);
			pc->nullsAt = sizeof(uint32) * (2 + pc->ndict + 2 * pc->nexc);
		}
		if (d->nullsLength > 0)
		{
			pc->nulls = MemoryContextAlloc(r->cgcxt, d->nullsLength);
			PointBytes(r, pc->base + pc->nullsAt, pc->nulls, d->nullsLength,
					   &fromDisk);
			nonnull = e->nrows - CountBits(pc->nulls, e->nrows);
		}
		/* values of one size fill the chunk exactly */
		pc->uniform = nonnull * stride == d->rawLength - d->nullsLength;

		/*
		 * The exceptions of a dictionary, mapped to the values they fall
		 * in, once for all the reads of this chunk: a read then touches
		 * only the pages of its own indices.
		 */
		if (d->codec == CODEC_DICT4 && pc->uniform && stride % 4 == 0 &&
			pc->nexc > 0)
		{
			uint64		excAt = pc->base + sizeof(uint32) * (2 + (uint64) pc->ndict);
			uint32		nelem = (d->rawLength - d->nullsLength) / 4;
			uint64		v = 0;

			pc->excPos = MemoryContextAlloc(r->cgcxt, sizeof(uint32) * pc->nexc);
			pc->excVal = MemoryContextAlloc(r->cgcxt, sizeof(uint32) * pc->nexc);
			pc->valueExc = MemoryContextAlloc(r->cgcxt,
											  sizeof(uint32) * (nonnull + 1));
			PointBytes(r, excAt, pc->excPos, sizeof(uint32) * pc->nexc,
					   &fromDisk);
			PointBytes(r, excAt + sizeof(uint32) * (uint64) pc->nexc,
					   pc->excVal, sizeof(uint32) * pc->nexc, &fromDisk);
			for (uint32 e = 0; e < pc->nexc; e++)
			{
				uint64		ve;

				if (pc->excPos[e] >= nelem ||
					(e > 0 && pc->excPos[e] <= pc->excPos[e - 1]))
					Damaged(r, "column chunk has a damaged dictionary");
				ve = (uint64) pc->excPos[e] * 4 / stride;
				while (v <= ve)
					pc->valueExc[v++] = e;
			}
			while (v <= nonnull)
				pc->valueExc[v++] = pc->nexc;
		}
	}
	if (!pc->uniform)
	{
		PointRelease(r);
		if (newChunk && !fromDisk)
			r->pointChunk[a] = pc;
		return false;
	}

	/* the row's place among the non-null values */
	*isnull = false;
	if (pc->nulls)
	{
		*isnull = (pc->nulls[idx / 8] & (1 << (idx % 8))) != 0;
		before = idx - CountBits(pc->nulls, idx);
	}
	if (!*isnull)
	{
		uint64		off = before * stride;

		val = GrowBuffer(r, &r->pointVal[a], &r->pointCap[a], len);
		if (d->codec == CODEC_NONE)
			PointBytes(r, pc->base + d->nullsLength + off, val, len, &fromDisk);
		else
		{
			uint32		vlen = d->rawLength - d->nullsLength;

			PointDict(r, pc, vlen / 4, vlen % 4, pc->nullsAt + d->nullsLength,
					  off, len, stride, val, &fromDisk);
		}
	}
	PointRelease(r);

	if (fromDisk)
	{
		pg_crc32c	crc;

		INIT_CRC32C(crc);
		WalkChunkPages(r, pc->base, d->storedLength, CrcPiece, &crc, &fromDisk);
		FIN_CRC32C(crc);
		if (crc != d->crc)
			Damaged(r, "column chunk fails its checksum");
	}
	/* kept only once checked */
	if (newChunk)
		r->pointChunk[a] = pc;

	if (*isnull)
	{
		*value = (Datum) 0;
		return true;
	}
	if (att->attlen == -1)
	{
		int16		dim;

		/* a value of another size: the typmod was not kept (decode) */
		memcpy(&dim, val + offsetof(VectorData, dim), sizeof(int16));
		if (!VARATT_IS_4B_U(val) || VARSIZE(val) != len ||
			VECTOR_SIZE(dim) != len)
			return false;
	}
	*value = att->attbyval ? fetch_att(val, true, att->attlen) :
		PointerGetDatum(val);
	return true;
}

/*
 * Row idx of the loaded chunk group (StripeReaderSeekRow's result) into
 * values and isnull, for the columns the reader was opened for that the
 * stripe stores (the caller fills in later ones).  Values may point into
 * the reader, valid until its next call.  Returns whether the reader
 * decoded a column, and so may hold more memory.
 */
bool
StripeReaderFetchValues(StripeReader reader, int idx, Datum *values,
						bool *isnull)
{
	StripeReaderPrivate *r = (StripeReaderPrivate *) reader;
	int			natts = Min(r->tupdesc->natts, r->natts);
	bool		grew = false;

	Assert(r->fetchMode && r->loaded >= 0 && idx >= 0 &&
		   idx < (int) r->cgs[r->loaded].nrows);
	for (int a = 0; a < natts; a++)
	{
		if (!r->needed[a] || TupleDescAttr(r->tupdesc, a)->attisdropped)
		{
			values[a] = (Datum) 0;
			isnull[a] = true;
			continue;
		}
		if (!r->decoded[a])
		{
			if (PointRead(r, a, idx, &values[a], &isnull[a]))
				continue;

			/* decoded once for the rows of this chunk group */
			{
				MemoryContext old = MemoryContextSwitchTo(r->cgcxt);

				LoadColumn(r, r->loaded, a, NULL);
				MemoryContextSwitchTo(old);
			}
			grew = true;
		}
		values[a] = r->pub.values[a][idx];
		isnull[a] = r->pub.isnull[a][idx];
	}
	return grew;
}
