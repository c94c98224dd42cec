/*-------------------------------------------------------------------------
 *
 * columnar_storage.c
 *	  Metapage and logical byte space of a vecstore table, and their WAL.
 *
 * Everything is WAL-logged with generic records, which core replays by
 * itself, so crash recovery and standbys need no vecstore code.  Temp and
 * unlogged relations (and new ones under wal_level = minimal) are not
 * logged: GenericXLogFinish only marks the buffers dirty for them.
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

#include "access/generic_xlog.h"
#include "access/xloginsert.h"
#include "catalog/pg_control.h"
#include "miscadmin.h"
#include "port/pg_crc32c.h"
#include "storage/lmgr.h"
#include "utils/timestamp.h"

#include "columnar.h"
#include "columnar_compress.h"
#include "columnar_storage.h"

/* CRC-32C, guarding every structure of the format against damage */
uint32
ColumnarCrc(const void *data, size_t len)
{
	pg_crc32c	crc;

	INIT_CRC32C(crc);
	COMP_CRC32C(crc, data, len);
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
	if (meta->version != COLUMNAR_FORMAT_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("vecstore table \"%s\" has on-disk format version %u, which this build does not support",
						RelationGetRelationName(rel), meta->version),
				 errdetail("This build reads format version %d.",
						   COLUMNAR_FORMAT_VERSION)));
	if (!MetaCrcOk(meta))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("vecstore table \"%s\" has a damaged metapage",
						RelationGetRelationName(rel)),
				 errdetail("The metapage checksum does not match.")));
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

	if (RelationGetNumberOfBlocks(rel) == 0)
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
		ColumnarPageGetMeta(page)->version != COLUMNAR_FORMAT_VERSION ||
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
	GenericXLogState *state;
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

	state = GenericXLogStart(rel);
	meta = ColumnarPageGetMeta(GenericXLogRegisterBuffer(state, buf, 0));
	meta->logicalEnd = offset + len;
	ColumnarMetaSetCrc(meta);
	GenericXLogFinish(state);
	UnlockReleaseBuffer(buf);

	return offset;
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

	if (RelationGetNumberOfBlocks(rel) > upto)
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

/* pages locked and logged together by ColumnarWriteBytes */
#define WRITE_BATCH_PAGES	XLR_MAX_BLOCK_ID

/*
 * Writes len bytes at a logical offset the caller reserved.  Pages first
 * initialised here (all but at most the first and the last, which a
 * neighbouring writer may share) are built in place and logged as full
 * images, up to XLR_MAX_BLOCK_ID per record with no intermediate copy;
 * pages already initialised get generic WAL deltas.
 */
void
ColumnarWriteBytes(Relation rel, uint64 offset, const char *data, uint64 len)
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
			GenericXLogState *state = GenericXLogStart(rel);
			int			nreg = 0;

			for (; i < nbufs && nreg < MAX_GENERIC_XLOG_PAGES; i++)
			{
				Page		page;

				if (isnew[i])
					continue;
				page = GenericXLogRegisterBuffer(state, bufs[i], 0);
				memcpy((char *) page + poss[i], srcs[i], lens[i]);
				if (((PageHeader) page)->pd_lower < poss[i] + lens[i])
					((PageHeader) page)->pd_lower = poss[i] + lens[i];
				nreg++;
			}
			GenericXLogFinish(state);
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
