/*-------------------------------------------------------------------------
 *
 * columnar_storage.c
 *	  Metapage and logical byte space of a vecstore table, and their WAL.
 *
 * Everything is WAL-logged with generic records, which core replays by
 * itself, so crash recovery and standbys need no vecstore code: new pages
 * as full images, changes as the byte ranges changed (ColumnarWal*, in
 * generic records' format).  Temp and unlogged relations (and new ones
 * under wal_level = minimal) are not logged: their buffers are only
 * marked dirty.
 *
 * Concurrency: reserving bytes is a short read-modify-write of the
 * metapage under its exclusive buffer lock.  Each writer then owns its
 * reserved range; two writers may share the page at the boundary of their
 * ranges and write disjoint bytes of it, each under the exclusive buffer
 * lock, and pd_lower only grows.  The relation extension lock is taken
 * only while no buffer lock is held, and only to add missing blocks.
 *
 * Read paths take share locks only and never write, so they work on hot
 * standbys.
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include "access/rmgr.h"
#include "access/xloginsert.h"
#include "catalog/pg_control.h"
#include "miscadmin.h"
#include "port/pg_crc32c.h"
#include "storage/lmgr.h"
#include "utils/memutils.h"
#include "utils/timestamp.h"

#include "columnar.h"
#include "columnar_compress.h"
#include "columnar_storage.h"

static inline pg_crc32c ReadCrcUpdate(pg_crc32c crc, const char *p, size_t len);

/*
 * CRC-32C, guarding every structure of the format against damage; the
 * read path's three-lane form (same value) for the chunks of a chunk
 * group, which the writer checksums once per byte it stores.
 */
uint32
ColumnarCrc(const void *data, size_t len)
{
	pg_crc32c	crc;

	INIT_CRC32C(crc);
	crc = ReadCrcUpdate(crc, data, len);
	FIN_CRC32C(crc);
	return (uint32) crc;
}

void
ColumnarMetaSetCrc(ColumnarMetaPageData *meta)
{
	meta->crc = 0;
	meta->crc = ColumnarCrc(meta, sizeof(ColumnarMetaPageData));
}

static bool
MetaCrcOk(const ColumnarMetaPageData *meta)
{
	ColumnarMetaPageData copy = *meta;

	copy.crc = 0;
	return ColumnarCrc(&copy, sizeof(copy)) == meta->crc;
}

/* registers the GUCs of the storage layer */
void
ColumnarStorageInit(void)
{
	ColumnarCompressInit();
}

/*
 * Writes an empty metapage as block 0 of a new, empty fork.  The caller has
 * created the fork.  Written through smgr, bypassing shared buffers, so it
 * is logged as a full page and synced before returning (a checkpoint may
 * already have passed the WAL record).
 */
void
ColumnarInitStorage(SMgrRelation srel, ForkNumber forknum, bool needs_wal)
{
	PGAlignedBlock block;
	Page		page = block.data;
	ColumnarMetaPageData *meta;

	PageInit(page, BLCKSZ, 0);
	meta = ColumnarPageGetMeta(page);
	memset(meta, 0, sizeof(ColumnarMetaPageData));
	meta->magic = COLUMNAR_MAGIC;
	meta->version = COLUMNAR_FORMAT_VERSION;
	if (!pg_strong_random(&meta->storageId, sizeof(meta->storageId)))
		meta->storageId = (uint64) GetCurrentTimestamp() ^ (uint64) MyProcPid;
	meta->nextRowNumber = FirstRowNumber;
	meta->logicalEnd = 0;
	meta->firstDirPage = InvalidBlockNumber;
	meta->lastDirPage = InvalidBlockNumber;
	ColumnarMetaSetCrc(meta);
	((PageHeader) page)->pd_lower =
		((char *) meta + sizeof(ColumnarMetaPageData)) - (char *) page;

	if (needs_wal)
		log_newpage(&srel->smgr_rnode.node, forknum, COLUMNAR_METAPAGE_BLKNO,
					page, true);
	PageSetChecksumInplace(page, COLUMNAR_METAPAGE_BLKNO);
	smgrextend(srel, forknum, COLUMNAR_METAPAGE_BLKNO, page, true);
	if (needs_wal)
		smgrimmedsync(srel, forknum);
}

/*
 * Validates a metapage; errors out naming the table on anything we do not
 * understand, before any of it is used.
 */
void
ColumnarCheckMeta(Relation rel, ColumnarMetaPageData *meta)
{
	if (meta->magic != COLUMNAR_MAGIC)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("vecstore table \"%s\" has an invalid metapage",
						RelationGetRelationName(rel)),
				 errdetail("Magic number is %08x, expected %08x.",
						   meta->magic, COLUMNAR_MAGIC)));
	if (meta->version < COLUMNAR_FORMAT_VERSION_MIN ||
		meta->version > COLUMNAR_FORMAT_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("vecstore table \"%s\" has on-disk format version %u, which this build does not support",
						RelationGetRelationName(rel), meta->version),
				 errdetail("This build reads format versions %d to %d.",
						   COLUMNAR_FORMAT_VERSION_MIN,
						   COLUMNAR_FORMAT_VERSION)));
	if (!MetaCrcOk(meta))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("vecstore table \"%s\" has a damaged metapage",
						RelationGetRelationName(rel)),
				 errdetail("The metapage checksum does not match.")));
}

/*
 * True if block blk of rel exists.  The size smgr cached when it last
 * looked it up or extended the relation is a lower bound of the real one
 * (storage only grows, and a truncation resets the cache), so the size is
 * looked up (a system call) only when blk lies beyond it: once per
 * extension by another backend instead of on every small commit.
 */
bool
ColumnarBlockExists(Relation rel, BlockNumber blk)
{
	BlockNumber known = RelationGetSmgr(rel)->smgr_cached_nblocks[MAIN_FORKNUM];

	if (known != InvalidBlockNumber && blk < known)
		return true;
	return blk < RelationGetNumberOfBlocks(rel);
}

/*
 * Pins and locks the metapage after checking it.  The caller releases it
 * with UnlockReleaseBuffer.
 */
Buffer
ColumnarReadMetapage(Relation rel, int lockmode)
{
	Buffer		buf;
	Page		page;

	if (!ColumnarBlockExists(rel, COLUMNAR_METAPAGE_BLKNO))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("vecstore table \"%s\" has no metapage",
						RelationGetRelationName(rel))));

	buf = ReadBuffer(rel, COLUMNAR_METAPAGE_BLKNO);
	LockBuffer(buf, lockmode);
	page = BufferGetPage(buf);
	if (PageIsNew(page))
	{
		UnlockReleaseBuffer(buf);
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("vecstore table \"%s\" has an empty metapage",
						RelationGetRelationName(rel))));
	}
	if (ColumnarPageGetMeta(page)->magic != COLUMNAR_MAGIC ||
		ColumnarPageGetMeta(page)->version < COLUMNAR_FORMAT_VERSION_MIN ||
		ColumnarPageGetMeta(page)->version > COLUMNAR_FORMAT_VERSION ||
		!MetaCrcOk(ColumnarPageGetMeta(page)))
	{
		ColumnarMetaPageData copy = *ColumnarPageGetMeta(page);

		UnlockReleaseBuffer(buf);
		ColumnarCheckMeta(rel, &copy);
	}
	return buf;
}

/* A consistent copy of the metapage. */
void
ColumnarMetaSnapshot(Relation rel, ColumnarMetaPageData *meta)
{
	Buffer		buf = ColumnarReadMetapage(rel, BUFFER_LOCK_SHARE);

	memcpy(meta, ColumnarPageGetMeta(BufferGetPage(buf)),
		   sizeof(ColumnarMetaPageData));
	UnlockReleaseBuffer(buf);
}

/* Errors out on a metapage of an unknown magic or version. */
void
ColumnarCheckStorage(Relation rel)
{
	ColumnarMetaPageData meta;

	ColumnarMetaSnapshot(rel, &meta);
}

/*
 * Reserves len bytes of the logical space (starting at a page boundary if
 * page_aligned) and returns their offset.  The bytes are the caller's to
 * write; if it never does (crash, error), they stay unreferenced.
 */
uint64
ColumnarReserveBytes(Relation rel, uint64 len, bool page_aligned)
{
	Buffer		buf;
	ColumnarMetaPageData *meta;
	uint64		offset;

	buf = ColumnarReadMetapage(rel, BUFFER_LOCK_EXCLUSIVE);
	meta = ColumnarPageGetMeta(BufferGetPage(buf));
	offset = meta->logicalEnd;
	if (page_aligned && offset % COLUMNAR_USABLE != 0)
		offset += COLUMNAR_USABLE - offset % COLUMNAR_USABLE;
	if (LogicalOffsetBlock(offset + len) >= MaxBlockNumber - 1)
	{
		UnlockReleaseBuffer(buf);
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("vecstore table \"%s\" is full",
						RelationGetRelationName(rel))));
	}

	{
		ColumnarWal w = ColumnarWalStart(rel);
		int			id = ColumnarWalAddPage(w, buf, false);
		ColumnarMetaPageData newmeta = *meta;

		newmeta.logicalEnd = offset + len;
		ColumnarMetaSetCrc(&newmeta);
		ColumnarWalPutMeta(w, id, &newmeta);
		ColumnarWalFinish(w);
	}
	UnlockReleaseBuffer(buf);

	return offset;
}

/* ----------------------------------------------------------------
 * WAL records from known changes
 *
 * A generic WAL record holds, per page, a list of fragments: offset and
 * length (OffsetNumber each), then the bytes to put there; replay applies
 * them and zeroes the hole between pd_lower and pd_upper.  We build the
 * fragments from the ranges we change, and apply the very same fragments
 * to the buffers, so the primary's pages equal the replayed ones.  That
 * spares a commit GenericXLog's copy of each page in and out and its
 * byte-by-byte comparison of all data below pd_lower, which for the
 * metapage, the last directory page and the tail data page of every small
 * commit was most of the work done under the metapage lock.
 * ----------------------------------------------------------------
 */

/* room for a page's worth of data plus many small fragments */
#define WAL_DELTA_SIZE		(2 * BLCKSZ)
#define WAL_FRAGMENT_HEADER	(2 * sizeof(OffsetNumber))
/* unchanged gaps this short are logged rather than starting a fragment */
#define WAL_MATCH_GAP		WAL_FRAGMENT_HEADER

typedef struct ColumnarWalPage
{
	Buffer		buf;
	bool		init;			/* PageInit, then log a full image */
	uint32		lower;			/* pd_lower wanted; 0: leave it */
	uint32		maxEnd;			/* end of the highest fragment */
	int			len;
	char		delta[WAL_DELTA_SIZE];
} ColumnarWalPage;

typedef struct ColumnarWalData
{
	Relation	rel;
	int			npages;
	ColumnarWalPage pages[COLUMNAR_WAL_MAX_PAGES];
} ColumnarWalData;

/* one record is built at a time; kept for the backend's life */
static ColumnarWalData *walState = NULL;

ColumnarWal
ColumnarWalStart(Relation rel)
{
	if (walState == NULL)
		walState = MemoryContextAlloc(TopMemoryContext, sizeof(ColumnarWalData));
	/* an error between start and finish leaves nothing to clean up */
	walState->rel = rel;
	walState->npages = 0;
	return walState;
}

int
ColumnarWalAddPage(ColumnarWal w, Buffer buf, bool init)
{
	ColumnarWalPage *p;

	if (w->npages >= COLUMNAR_WAL_MAX_PAGES)
		elog(ERROR, "too many pages in one vecstore WAL record");
	p = &w->pages[w->npages];
	p->buf = buf;
	p->init = init;
	p->lower = 0;
	p->maxEnd = 0;
	p->len = 0;
	return w->npages++;
}

static void
WalFragment(ColumnarWalPage *p, uint32 offset, const char *src, uint32 len)
{
	OffsetNumber o = (OffsetNumber) offset;
	OffsetNumber l = (OffsetNumber) len;

	if (len == 0)
		return;
	if (offset + len > BLCKSZ ||
		p->len + WAL_FRAGMENT_HEADER + len > WAL_DELTA_SIZE)
		elog(ERROR, "vecstore WAL record overflows at offset %u length %u",
			 offset, len);
	memcpy(p->delta + p->len, &o, sizeof(o));
	memcpy(p->delta + p->len + sizeof(o), &l, sizeof(l));
	memcpy(p->delta + p->len + WAL_FRAGMENT_HEADER, src, len);
	p->len += WAL_FRAGMENT_HEADER + len;
	p->maxEnd = Max(p->maxEnd, offset + len);
}

/* logs len bytes from src to go at offset of the page */
void
ColumnarWalPut(ColumnarWal w, int page, uint32 offset, const void *src,
			   uint32 len)
{
	WalFragment(&w->pages[page], offset, src, len);
}

/*
 * The same, logging only the bytes that differ from the page's current
 * ones (a new page counts as all different).
 */
void
ColumnarWalPutDiff(ColumnarWal w, int page, uint32 offset, const void *src,
				   uint32 len)
{
	ColumnarWalPage *p = &w->pages[page];
	const char *cur = (const char *) BufferGetPage(p->buf) + offset;
	const char *s = src;
	uint32		i = 0;

	if (p->init)
	{
		WalFragment(p, offset, src, len);
		return;
	}
	while (i < len)
	{
		uint32		start;
		uint32		end;

		while (i < len && cur[i] == s[i])
			i++;
		if (i >= len)
			break;
		start = i;
		end = i;
		/* extend over differences and short unchanged gaps */
		while (i < len)
		{
			uint32		gap;

			while (i < len && cur[i] != s[i])
				i++;
			end = i;
			gap = i;
			while (gap < len && cur[gap] == s[gap] && gap - i <= WAL_MATCH_GAP)
				gap++;
			if (gap >= len || gap - i > WAL_MATCH_GAP)
				break;
			i = gap;
		}
		WalFragment(p, offset + start, s + start, end - start);
		i = end;
	}
}

/* makes pd_lower at least lower */
void
ColumnarWalRaiseLower(ColumnarWal w, int page, uint32 lower)
{
	ColumnarWalPage *p = &w->pages[page];

	p->lower = Max(p->lower, lower);
}

/* logs a new version of the metapage's contents (CRC set by the caller) */
void
ColumnarWalPutMeta(ColumnarWal w, int page, const ColumnarMetaPageData *meta)
{
	Page		cur = BufferGetPage(w->pages[page].buf);

	ColumnarWalPutDiff(w, page, (char *) ColumnarPageGetMeta(cur) - (char *) cur,
					   meta, sizeof(ColumnarMetaPageData));
}

/* applies fragments exactly as generic_redo does */
static void
WalApply(Page page, const char *delta, int len)
{
	const char *ptr = delta;
	const char *end = delta + len;

	while (ptr < end)
	{
		OffsetNumber offset;
		OffsetNumber length;

		memcpy(&offset, ptr, sizeof(offset));
		memcpy(&length, ptr + sizeof(offset), sizeof(length));
		ptr += WAL_FRAGMENT_HEADER;
		memcpy((char *) page + offset, ptr, length);
		ptr += length;
	}
}

/*
 * Applies the changes to the buffers, marks them dirty and writes the
 * record.  Everything that can fail is checked before the critical
 * section.
 */
void
ColumnarWalFinish(ColumnarWal w)
{
	bool		needwal = RelationNeedsWAL(w->rel);
	XLogRecPtr	lsn = InvalidXLogRecPtr;

	for (int i = 0; i < w->npages; i++)
	{
		ColumnarWalPage *p = &w->pages[i];
		uint32		curLower = p->init ? SizeOfPageHeaderData :
			((PageHeader) BufferGetPage(p->buf))->pd_lower;
		uint32		lower = Max(curLower, p->lower);

		if (lower > BLCKSZ)
			elog(ERROR, "vecstore page lower bound %u out of range", lower);
		if (lower != curLower)
		{
			LocationIndex l = (LocationIndex) lower;

			WalFragment(p, offsetof(PageHeaderData, pd_lower), (char *) &l,
						sizeof(l));
		}
		/* everything written must survive the hole being zeroed */
		if (p->maxEnd > lower)
			elog(ERROR, "vecstore WAL record writes beyond pd_lower (%u > %u)",
				 p->maxEnd, lower);
	}

	if (needwal)
		XLogBeginInsert();
	START_CRIT_SECTION();
	for (int i = 0; i < w->npages; i++)
	{
		ColumnarWalPage *p = &w->pages[i];
		Page		page = BufferGetPage(p->buf);

		if (p->init)
			PageInit(page, BLCKSZ, 0);
		WalApply(page, p->delta, p->len);

		/*
		 * Replay zeroes pd_lower..pd_upper.  Here it is zero already: pages
		 * start zeroed (PageInit), every write lands below the pd_lower it
		 * sets, and pd_lower never goes down.  Zeroing it again cost a
		 * page-sized memset per page of every small commit.  Byte ranges
		 * logged by their differences (PutDirEntry) rely on it.
		 */
#ifdef USE_ASSERT_CHECKING
		for (uint32 b = ((PageHeader) page)->pd_lower;
			 b < ((PageHeader) page)->pd_upper; b++)
			Assert(((char *) page)[b] == 0);
#endif
		MarkBufferDirty(p->buf);
		if (needwal)
		{
			if (p->init)
				XLogRegisterBuffer(i, p->buf, REGBUF_FORCE_IMAGE | REGBUF_STANDARD);
			else
			{
				XLogRegisterBuffer(i, p->buf, REGBUF_STANDARD);
				if (p->len > 0)
					XLogRegisterBufData(i, p->delta, p->len);
			}
		}
	}
	if (needwal)
	{
		lsn = XLogInsert(RM_GENERIC_ID, 0);
		for (int i = 0; i < w->npages; i++)
			PageSetLSN(BufferGetPage(w->pages[i].buf), lsn);
	}
	END_CRIT_SECTION();
	w->npages = 0;
}

/*
 * Makes sure block upto exists.  Must be called without any buffer lock
 * held: it may wait for the extension lock.  Blocks added here are left
 * all zeroes; whoever writes into one first initialises it.  All missing
 * blocks are added under one acquisition of the extension lock.
 */
void
ColumnarEnsureBlocks(Relation rel, BlockNumber upto)
{
	bool		needLock = !RELATION_IS_LOCAL(rel);

	if (ColumnarBlockExists(rel, upto))
		return;

	if (needLock)
		LockRelationForExtension(rel, ExclusiveLock);
	if (RelationGetNumberOfBlocks(rel) <= upto)
	{
		BlockNumber blk;

		do
		{
			Buffer		buf = ReadBufferExtended(rel, MAIN_FORKNUM, P_NEW,
												 RBM_NORMAL, NULL);

			blk = BufferGetBlockNumber(buf);
			ReleaseBuffer(buf);
		} while (blk < upto);
	}
	if (needLock)
		UnlockRelationForExtension(rel, ExclusiveLock);
}

/* pages locked and logged together by WriteBytesBuffered */
#define WRITE_BATCH_PAGES	XLR_MAX_BLOCK_ID

/*
 * Writes len bytes at a logical offset through shared buffers.  Pages first
 * initialised here (all but at most the first and the last, which a
 * neighbouring writer may share) are built in place and logged as full
 * images, up to XLR_MAX_BLOCK_ID per record with no intermediate copy;
 * pages already initialised get generic WAL deltas.
 */
static void
WriteBytesBuffered(Relation rel, uint64 offset, const char *data, uint64 len)
{
	bool		needwal = RelationNeedsWAL(rel);

	if (len == 0)
		return;
	ColumnarEnsureBlocks(rel, LogicalOffsetBlock(offset + len - 1));
	if (needwal)
		XLogEnsureRecordSpace(WRITE_BATCH_PAGES - 1, 0);

	while (len > 0)
	{
		BlockNumber first = LogicalOffsetBlock(offset);
		BlockNumber last = LogicalOffsetBlock(offset + len - 1);
		Buffer		bufs[WRITE_BATCH_PAGES];
		const char *srcs[WRITE_BATCH_PAGES];
		uint32		poss[WRITE_BATCH_PAGES];
		uint32		lens[WRITE_BATCH_PAGES];
		bool		isnew[WRITE_BATCH_PAGES];
		int			nbufs = 0;
		int			nnew = 0;
		int			nold = 0;

		CHECK_FOR_INTERRUPTS();
		if (last - first >= WRITE_BATCH_PAGES)
			last = first + WRITE_BATCH_PAGES - 1;

		for (BlockNumber blk = first; blk <= last; blk++)
		{
			Buffer		buf = ReadBuffer(rel, blk);
			uint32		pos = LogicalOffsetInPage(offset);
			uint32		n = Min(len, BLCKSZ - pos);

			LockBuffer(buf, BUFFER_LOCK_EXCLUSIVE);
			bufs[nbufs] = buf;
			srcs[nbufs] = data;
			poss[nbufs] = pos;
			lens[nbufs] = n;
			isnew[nbufs] = PageIsNew(BufferGetPage(buf));
			if (isnew[nbufs])
				nnew++;
			else
				nold++;
			nbufs++;
			data += n;
			offset += n;
			len -= n;
		}

		/* pages someone initialised already: deltas, four per record */
		for (int i = 0; i < nbufs && nold > 0;)
		{
			ColumnarWal w = ColumnarWalStart(rel);
			int			nreg = 0;

			for (; i < nbufs && nreg < COLUMNAR_WAL_MAX_PAGES; i++)
			{
				int			id;

				if (isnew[i])
					continue;
				id = ColumnarWalAddPage(w, bufs[i], false);
				ColumnarWalPut(w, id, poss[i], srcs[i], lens[i]);
				ColumnarWalRaiseLower(w, id, poss[i] + lens[i]);
				nreg++;
			}
			ColumnarWalFinish(w);
			nold -= nreg;
		}

		/* new pages: built in the buffer, logged as full images */
		if (nnew > 0)
		{
			XLogRecPtr	recptr = InvalidXLogRecPtr;
			int			block_id = 0;

			START_CRIT_SECTION();
			for (int i = 0; i < nbufs; i++)
			{
				Page		page = BufferGetPage(bufs[i]);

				if (!isnew[i])
					continue;
				PageInit(page, BLCKSZ, 0);
				memcpy((char *) page + poss[i], srcs[i], lens[i]);
				((PageHeader) page)->pd_lower = poss[i] + lens[i];
				MarkBufferDirty(bufs[i]);
			}
			if (needwal)
			{
				XLogBeginInsert();
				for (int i = 0; i < nbufs; i++)
					if (isnew[i])
						XLogRegisterBuffer(block_id++, bufs[i],
										   REGBUF_FORCE_IMAGE | REGBUF_STANDARD);
				recptr = XLogInsert(RM_XLOG_ID, XLOG_FPI);
				for (int i = 0; i < nbufs; i++)
					if (isnew[i])
						PageSetLSN(BufferGetPage(bufs[i]), recptr);
			}
			END_CRIT_SECTION();
		}

		for (int i = 0; i < nbufs; i++)
			UnlockReleaseBuffer(bufs[i]);
	}
}

/*
 * CRC-32C for the read path, giving the same value as COMP_CRC32C() but
 * about twice as fast on x86-64 (checking every chunk read is a large part
 * of a scan's time).
 */
#if defined(__x86_64__) && defined(__GNUC__)
#include <nmmintrin.h>

#define HAVE_CRC_LANES 1

/* bytes each of the three interleaved CRC chains covers per round */
#define CRC_LANE 256

static uint32 crcShiftTab[4][256];
static int	crcLanesOk = -1;	/* -1: not yet probed */

/* the CRC register after CRC_LANE zero bytes: a linear map of crc */
__attribute__((target("sse4.2")))
static uint32
CrcAfterZeros(uint32 crc)
{
	uint64		c = crc;

	for (int i = 0; i < CRC_LANE; i += 8)
		c = _mm_crc32_u64(c, 0);
	return (uint32) c;
}

static void
CrcLanesInit(void)
{
	uint32		basis[32];

	crcLanesOk = __builtin_cpu_supports("sse4.2") ? 1 : 0;
	if (!crcLanesOk)
		return;
	for (int i = 0; i < 32; i++)
		basis[i] = CrcAfterZeros((uint32) 1 << i);
	for (int k = 0; k < 4; k++)
		for (int b = 0; b < 256; b++)
		{
			uint32		v = 0;

			for (int j = 0; j < 8; j++)
				if (b & (1 << j))
					v ^= basis[8 * k + j];
			crcShiftTab[k][b] = v;
		}
}

static inline uint32
CrcShift(uint32 c)
{
	return crcShiftTab[0][c & 0xff] ^ crcShiftTab[1][(c >> 8) & 0xff] ^
		crcShiftTab[2][(c >> 16) & 0xff] ^ crcShiftTab[3][c >> 24];
}

/*
 * COMP_CRC32C() with three independent chains, so that the crc32
 * instruction's latency overlaps: the chains of a round are joined by
 * advancing the earlier ones over CRC_LANE zero bytes.
 */
__attribute__((target("sse4.2")))
static uint32
CrcLanes(uint32 crc, const char *p, size_t len)
{
	while (len >= 3 * CRC_LANE)
	{
		uint64		a = crc,
					b = 0,
					c = 0;

		for (int i = 0; i < CRC_LANE; i += 8)
		{
			uint64		x,
						y,
						z;

			memcpy(&x, p + i, 8);
			memcpy(&y, p + CRC_LANE + i, 8);
			memcpy(&z, p + 2 * CRC_LANE + i, 8);
			a = _mm_crc32_u64(a, x);
			b = _mm_crc32_u64(b, y);
			c = _mm_crc32_u64(c, z);
		}
		crc = CrcShift(CrcShift((uint32) a) ^ (uint32) b) ^ (uint32) c;
		p += 3 * CRC_LANE;
		len -= 3 * CRC_LANE;
	}
	for (; len >= 8; p += 8, len -= 8)
	{
		uint64		x;

		memcpy(&x, p, 8);
		crc = (uint32) _mm_crc32_u64(crc, x);
	}
	for (; len > 0; p++, len--)
		crc = _mm_crc32_u8(crc, (unsigned char) *p);
	return crc;
}
#endif

static inline pg_crc32c
ReadCrcUpdate(pg_crc32c crc, const char *p, size_t len)
{
#ifdef HAVE_CRC_LANES
	if (crcLanesOk < 0)
		CrcLanesInit();
	if (crcLanesOk)
		return CrcLanes(crc, p, len);
#endif
	COMP_CRC32C(crc, p, len);
	return crc;
}

/*
 * Adds len bytes to a CRC-32C begun with INIT_CRC32C: the read path's
 * fast CRC, for readers that check bytes in place (columnar_reader.c).
 */
uint32
ColumnarCrcUpdate(uint32 crc, const char *p, size_t len)
{
	return (uint32) ReadCrcUpdate((pg_crc32c) crc, p, len);
}

/*
 * Reads len bytes at a logical offset.  Everything read must have been
 * written (it lies below pd_lower); anything else means damage.
 */
/*
 * Blocks known to exist in the storage read last: relation size lookups
 * are system calls, and scans of many small stripes read bytes in many
 * small pieces.  Storage only grows while it has this relfilenode (a
 * truncation starts from scratch, and reads then only follow new
 * pointers), so a block below the size seen once is still there.
 */
static RelFileNode knownNode;
static BlockNumber knownBlocks = 0;

void
ColumnarReadBytes(Relation rel, uint64 offset, char *dest, uint64 len,
				  BufferAccessStrategy strategy)
{
	BlockNumber nblocks = RelFileNodeEquals(knownNode, rel->rd_node) ?
		knownBlocks : InvalidBlockNumber;

	ColumnarReadBytesSized(rel, offset, dest, len, strategy, &nblocks, NULL);
	knownNode = rel->rd_node;
	knownBlocks = nblocks;
}

/*
 * The same for a caller reading many pieces: *nblocks caches the
 * relation's size (InvalidBlockNumber: unknown) and is refreshed only
 * when a block lies beyond it, saving a size lookup per piece.  If crc is
 * not NULL, it returns ColumnarCrc() of the bytes read, computed page by
 * page while each piece is still in the CPU cache instead of in a second
 * pass over memory.
 */
void
ColumnarReadBytesSized(Relation rel, uint64 offset, char *dest, uint64 len,
					   BufferAccessStrategy strategy, BlockNumber *nblocks_p,
					   uint32 *crc)
{
	BlockNumber nblocks = *nblocks_p;
	pg_crc32c	c;

	INIT_CRC32C(c);

	while (len > 0)
	{
		BlockNumber blk = LogicalOffsetBlock(offset);
		uint32		pos = LogicalOffsetInPage(offset);
		uint32		n = Min(len, BLCKSZ - pos);
		Buffer		buf;
		Page		page;

		CHECK_FOR_INTERRUPTS();
		if (nblocks == InvalidBlockNumber || blk >= nblocks)
		{
			nblocks = RelationGetNumberOfBlocks(rel);
			*nblocks_p = nblocks;
			if (blk >= nblocks)
				ereport(ERROR,
						(errcode(ERRCODE_DATA_CORRUPTED),
						 errmsg("vecstore table \"%s\" is damaged: block %u is missing",
								RelationGetRelationName(rel), blk)));
		}

		buf = ReadBufferExtended(rel, MAIN_FORKNUM, blk, RBM_NORMAL, strategy);
		LockBuffer(buf, BUFFER_LOCK_SHARE);
		page = BufferGetPage(buf);
		if (PageIsNew(page) || ((PageHeader) page)->pd_lower < pos + n)
		{
			UnlockReleaseBuffer(buf);
			ereport(ERROR,
					(errcode(ERRCODE_DATA_CORRUPTED),
					 errmsg("vecstore table \"%s\" is damaged: block %u holds no data at bytes %u..%u",
							RelationGetRelationName(rel), blk, pos, pos + n)));
		}
		memcpy(dest, (char *) page + pos, n);
		UnlockReleaseBuffer(buf);
		if (crc)
			c = ReadCrcUpdate(c, dest, n);

		dest += n;
		offset += n;
		len -= n;
	}
	if (crc)
	{
		FIN_CRC32C(c);
		*crc = (uint32) c;
	}
}

/*
 * Whole pages of one large write that nobody else can touch (all but the
 * first and last page of the caller's range) are added to the end of the
 * relation directly, with their contents, instead of as zero pages that
 * are then read into shared buffers, filled and written again: on PG15
 * every extension through the buffer manager writes a zero page.  Only
 * for WAL-logged relations (never temp ones, whose pages live in local
 * buffers, nor new ones under wal_level = minimal, synced at commit from
 * shared buffers).
 *
 * Under the relation extension lock, if the relation still ends before
 * our first page (else everything goes through shared buffers), in this
 * order for crash safety:
 *	1. the pages are logged as full images (log_newpages) and the WAL is
 *	   flushed, so no page reaches disk before its record;
 *	2. missing blocks before them (other writers' ranges) are added as
 *	   zero pages and ours appended with smgrextend, which asks the
 *	   checkpointer to sync the file;
 *	3. if a checkpoint began since step 1, its sync may have missed our
 *	   request while recovery would start after our records: then we sync
 *	   the file ourselves.
 */
#define DIRECT_MIN_PAGES	16		/* smaller writes go through buffers */
#define DIRECT_BATCH_PAGES	512	/* pages built, logged and flushed at once */

/*
 * Page images of one batch, kept for the transaction: a fresh 4 MB
 * allocation per chunk group cost a page fault per 4 kB, as much as
 * writing the pages.
 */
typedef struct DirectBatch
{
	char		images[DIRECT_BATCH_PAGES * BLCKSZ];
	Page		pages[DIRECT_BATCH_PAGES];
	BlockNumber blknos[DIRECT_BATCH_PAGES];
	MemoryContextCallback forget;
} DirectBatch;

static DirectBatch *directBatch = NULL;

static void
ForgetDirectBatch(void *arg)
{
	directBatch = NULL;
}

static void
WriteBytesDirect(Relation rel, BlockNumber d0, BlockNumber d1, const char *src)
{
	if (directBatch == NULL)
	{
		DirectBatch *b = MemoryContextAlloc(TopTransactionContext,
											sizeof(DirectBatch));

		b->forget.func = ForgetDirectBatch;
		b->forget.arg = NULL;
		MemoryContextRegisterResetCallback(TopTransactionContext, &b->forget);
		directBatch = b;
	}

	while (d0 <= d1)
	{
		int			n = (int) Min(d1 - d0 + 1, DIRECT_BATCH_PAGES);
		char	   *images = directBatch->images;
		Page	   *pages = directBatch->pages;
		BlockNumber *blknos = directBatch->blknos;
		PGAlignedBlock zero;
		XLogRecPtr	redo;
		BlockNumber nblocks;
		SMgrRelation smgr;

		CHECK_FOR_INTERRUPTS();
		for (int i = 0; i < n; i++)
		{
			Page		page = images + (Size) i * BLCKSZ;

			/* PageInit's header, without zeroing what is overwritten next */
			memset(page, 0, SizeOfPageHeaderData);
			((PageHeader) page)->pd_lower = BLCKSZ;
			((PageHeader) page)->pd_upper = BLCKSZ;
			((PageHeader) page)->pd_special = BLCKSZ;
			PageSetPageSizeAndVersion(page, BLCKSZ, PG_PAGE_LAYOUT_VERSION);
			memcpy(page + SizeOfPageHeaderData, src + (Size) i * COLUMNAR_USABLE,
				   COLUMNAR_USABLE);
			pages[i] = page;
			blknos[i] = d0 + i;
		}

		/*
		 * Under the extension lock from the size check to the last page
		 * appended, so that nobody adds our blocks as zero pages meanwhile
		 * (which would make us write them twice).  The WAL flush happens
		 * under it too: concurrent bulk loads extend one at a time anyway.
		 */
		LockRelationForExtension(rel, ExclusiveLock);
		smgr = RelationGetSmgr(rel);
		nblocks = smgrnblocks(smgr, MAIN_FORKNUM);
		if (nblocks > d0)
		{
			/* someone extended past our first block: through buffers */
			UnlockRelationForExtension(rel, ExclusiveLock);
			WriteBytesBuffered(rel, (uint64) (d0 - 1) * COLUMNAR_USABLE, src,
							   (uint64) (d1 - d0 + 1) * COLUMNAR_USABLE);
			return;
		}
		redo = GetRedoRecPtr();
		log_newpages(&rel->rd_node, MAIN_FORKNUM, n, blknos, pages, true);
		XLogFlush(XactLastRecEnd);
		for (int i = 0; i < n; i++)
			PageSetChecksumInplace(pages[i], blknos[i]);
		memset(zero.data, 0, BLCKSZ);
		for (BlockNumber blk = nblocks; blk < d0; blk++)
			smgrextend(smgr, MAIN_FORKNUM, blk, zero.data, false);
		for (int i = 0; i < n; i++)
			smgrextend(smgr, MAIN_FORKNUM, blknos[i], pages[i], false);
		UnlockRelationForExtension(rel, ExclusiveLock);
		if (GetRedoRecPtr() != redo)
			smgrimmedsync(RelationGetSmgr(rel), MAIN_FORKNUM);

		d0 += n;
		src += (Size) n * COLUMNAR_USABLE;
	}
}

/*
 * Writes len bytes at a logical offset the caller reserved: the whole
 * pages in the middle of a large write directly (WriteBytesDirect) when
 * they lie beyond the end of the relation, the rest through shared
 * buffers.
 */
void
ColumnarWriteBytes(Relation rel, uint64 offset, const char *data, uint64 len)
{
	BlockNumber first;
	BlockNumber last;
	uint64		head;
	uint64		mid;

	if (len == 0)
		return;
	first = LogicalOffsetBlock(offset);
	last = LogicalOffsetBlock(offset + len - 1);
	if (!RelationNeedsWAL(rel) || last < first + 1 + DIRECT_MIN_PAGES ||
		RelationGetNumberOfBlocks(rel) > first + 1)
	{
		WriteBytesBuffered(rel, offset, data, len);
		return;
	}

	/* bytes on the first page, and on the whole pages first+1..last-1 */
	head = (uint64) first * COLUMNAR_USABLE - offset;
	mid = (uint64) (last - first - 1) * COLUMNAR_USABLE;
	WriteBytesDirect(rel, first + 1, last - 1, data + head);
	WriteBytesBuffered(rel, offset, data, head);
	WriteBytesBuffered(rel, offset + head + mid, data + head + mid,
					   len - head - mid);
}
