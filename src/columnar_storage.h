/*-------------------------------------------------------------------------
 *
 * columnar_storage.h
 *	  On-disk layout private to the storage layer of the vecstore table AM
 *	  (columnar_storage.c, columnar_directory.c, columnar_writer.c,
 *	  columnar_reader.c, columnar_inspect.c).  Nothing outside these files
 *	  should need it: the layer's API is in columnar.h.
 *
 * Block 0 is the metapage.  Every later block belongs to one logical byte
 * space: logical offset off lives in block 1 + off / COLUMNAR_USABLE at
 * position SizeOfPageHeaderData + off % COLUMNAR_USABLE.  Pages are
 * standard pages whose pd_lower is the end of the data written on them, so
 * generic WAL, which zeroes pd_lower..pd_upper, never loses data.
 *
 * A directory page is one whole page of the logical space (the space is
 * first padded to a page boundary), chained from the metapage.
 *
 *-------------------------------------------------------------------------
 */
#ifndef VECSTORE_COLUMNAR_STORAGE_H
#define VECSTORE_COLUMNAR_STORAGE_H

#include "columnar.h"

#include "storage/bufmgr.h"
#include "storage/bufpage.h"

#define COLUMNAR_MAGIC				0x31435356	/* "VSC1" */
#define COLUMNAR_DIR_MAGIC			0x31445356	/* "VSD1" */
#define COLUMNAR_METAPAGE_BLKNO		0
#define COLUMNAR_USABLE				((uint64) (BLCKSZ - SizeOfPageHeaderData))

/* block and in-page position of a logical offset */
#define LogicalOffsetBlock(off)		((BlockNumber) (1 + (off) / COLUMNAR_USABLE))
#define LogicalOffsetInPage(off)	((uint32) (SizeOfPageHeaderData + (off) % COLUMNAR_USABLE))

typedef struct ColumnarMetaPageData
{
	uint32		magic;
	uint32		version;		/* COLUMNAR_FORMAT_VERSION */
	uint64		storageId;		/* random, tells storages apart in caches */
	RowNumber	nextRowNumber;	/* next row number to hand out */
	uint64		logicalEnd;		/* end of the reserved logical byte space */
	BlockNumber firstDirPage;	/* chain of directory pages */
	BlockNumber lastDirPage;
	uint64		dirChangeCount; /* bumped by every directory change but
								 * appends into a backend's run of small
								 * stripes (columnar_directory.c) */
	uint64		entryCount;		/* directory slots used (dead ones too),
								 * but for those appends: a size hint */
	uint64		dirPageCount;
	uint32		crc;			/* CRC-32C of this struct with crc = 0 */
	uint32		reserved0;		/* zero; room for later format versions */
	uint64		dirUpdateCount; /* bumped by in-place changes of entries */
	uint64		reserved[6];
} ColumnarMetaPageData;

#define ColumnarPageGetMeta(page) \
	((ColumnarMetaPageData *) PageGetContents(page))

/* header of a directory page, right after the page header */
typedef struct ColumnarDirPageHeader
{
	uint32		magic;
	uint32		nentries;
	BlockNumber next;			/* InvalidBlockNumber at the end */
	uint32		reserved;
} ColumnarDirPageHeader;

/* kind of a directory slot no longer in use (forgotten reservation) */
#define STRIPE_DEAD		0

/* a directory entry as stored on disk: fixed size, updated in place */
typedef struct ColumnarDirEntry
{
	uint16		kind;			/* StripeKind or STRIPE_DEAD */
	uint16		flags;			/* STRIPE_NO_INDEX or zero */
	uint32		chunkGroupCount;
	TransactionId xmin;
	TransactionId xmax;
	uint64		firstRow;
	uint64		lastRow;
	uint64		rowCount;
	uint64		dataOffset;		/* logical offset of the stripe's index */
	uint64		dataLength;		/* bytes on disk, all chunk groups */
	uint64		rawLength;
	uint32		crc;			/* CRC-32C of the entry with crc = 0 */
	uint32		reserved0;		/* zero */
	uint64		reserved1;
} ColumnarDirEntry;

#define DirPageEntries(page) \
	((ColumnarDirEntry *) (PageGetContents(page) + \
						   MAXALIGN(sizeof(ColumnarDirPageHeader))))
#define DirPageHeader(page) \
	((ColumnarDirPageHeader *) PageGetContents(page))
#define DIR_ENTRIES_PER_PAGE \
	((int) ((BLCKSZ - MAXALIGN(SizeOfPageHeaderData) - \
			 MAXALIGN(sizeof(ColumnarDirPageHeader))) / sizeof(ColumnarDirEntry)))

/* entryId: block and slot of an entry */
#define MakeEntryId(blk, slot)	(((uint64) (blk) << 16) | (uint64) (slot))
#define EntryIdBlock(id)		((BlockNumber) ((id) >> 16))
#define EntryIdSlot(id)			((int) ((id) & 0xFFFF))

/* columnar_storage.c */
extern uint32 ColumnarCrc(const void *data, size_t len);
extern uint32 ColumnarCrcUpdate(uint32 crc, const char *p, size_t len);
extern void ColumnarMetaSetCrc(ColumnarMetaPageData *meta);
extern bool ColumnarBlockExists(Relation rel, BlockNumber blk);
extern Buffer ColumnarReadMetapage(Relation rel, int lockmode);
extern void ColumnarCheckMeta(Relation rel, ColumnarMetaPageData *meta);
extern uint64 ColumnarReserveBytes(Relation rel, uint64 len, bool page_aligned);
extern void ColumnarEnsureBlocks(Relation rel, BlockNumber upto);
extern void ColumnarWriteBytes(Relation rel, uint64 offset, const char *data,
							   uint64 len);
extern void ColumnarReadBytes(Relation rel, uint64 offset, char *dest,
							  uint64 len, BufferAccessStrategy strategy);
extern void ColumnarReadBytesSized(Relation rel, uint64 offset, char *dest,
								   uint64 len, BufferAccessStrategy strategy,
								   BlockNumber *nblocks, uint32 *crc);
extern void ColumnarMetaSnapshot(Relation rel, ColumnarMetaPageData *meta);

/*
 * Page changes logged as generic WAL records (core's generic_redo replays
 * them) built from the byte ranges the caller says it changes, instead of
 * GenericXLog's copy-and-diff of whole pages.  Up to
 * COLUMNAR_WAL_MAX_PAGES pages per record, each locked exclusively by the
 * caller until after ColumnarWalFinish.  Changes are applied to the
 * buffers only in ColumnarWalFinish, inside its critical section.
 */
#define COLUMNAR_WAL_MAX_PAGES		4	/* generic_redo's limit */

typedef struct ColumnarWalData *ColumnarWal;

extern ColumnarWal ColumnarWalStart(Relation rel);
extern int	ColumnarWalAddPage(ColumnarWal w, Buffer buf, bool init);
extern void ColumnarWalPut(ColumnarWal w, int page, uint32 offset,
						   const void *src, uint32 len);
extern void ColumnarWalPutDiff(ColumnarWal w, int page, uint32 offset,
							   const void *src, uint32 len);
extern void ColumnarWalRaiseLower(ColumnarWal w, int page, uint32 lower);
extern void ColumnarWalPutMeta(ColumnarWal w, int page,
							   const ColumnarMetaPageData *meta);
extern void ColumnarWalFinish(ColumnarWal w);

/* columnar_directory.c */
extern void ColumnarDirEntrySetCrc(ColumnarDirEntry *e);
extern bool ColumnarDirEntryCrcOk(const ColumnarDirEntry *e);
extern void ColumnarAppendDataEntry(Relation rel, StripeEntry entry);
typedef void (*ColumnarPlaceFunc) (char *body, uint64 offset, bool indexed,
								   StripeEntry entry, void *arg);
extern bool ColumnarAppendSmallStripe(Relation rel, StripeEntry entry,
									  char *body, uint64 len, uint64 indexlen,
									  ColumnarPlaceFunc place, void *arg);
extern void ColumnarDirEntryToStripe(const ColumnarDirEntry *d, uint64 id,
									 StripeEntry s);

/* columnar_reader.c */
extern StripeReader ColumnarReaderOpen(Relation rel, TupleDesc tupdesc,
									   StripeEntry stripe, const bool *needed,
									   bool bulk, bool dropped_too);
extern bool ColumnarStripeHasRow(Relation rel, StripeEntry stripe,
								 RowNumber rownum);
extern uint64 ColumnarReaderStripeBytes(StripeReader reader);
extern void ColumnarReaderStats(StripeReader reader, int *natts,
								uint64 *storedBytes, uint8 *codecs);
extern int	StripeReaderChunkGroups(StripeReader reader);
extern int	StripeReaderChunkGroupRows(StripeReader reader, int cgno);
extern bool StripeReaderHasLoaded(StripeReader reader, RowNumber rownum);
extern Size ColumnarReaderLoadedBytes(StripeReader reader);

/* TID fetches: one row's values, read in place where the chunk allows */
extern StripeReader ColumnarReaderOpenFetch(Relation rel, TupleDesc tupdesc,
											StripeEntry stripe,
											const bool *needed);
extern bool StripeReaderFetchValues(StripeReader reader, int idx,
									Datum *values, bool *isnull);

/* column chunks read by the caller (format: columnar_stripe.h) */
struct ColumnChunkDesc;
typedef void (*ColumnarPieceFunc) (void *arg, const char *p, uint32 n);
extern const struct ColumnChunkDesc *StripeReaderChunkDesc(StripeReader reader,
														   AttrNumber attnum,
														   uint64 *offset);
extern bool StripeReaderVisitChunk(StripeReader reader, AttrNumber attnum,
								   ColumnarPieceFunc fn, void *arg);
extern const char *StripeReaderDecodeChunk(StripeReader reader,
										   AttrNumber attnum, uint32 *rawlen,
										   uint32 *nullsLength);

/* recent-buffer hints shared by the processes of a parallel k-NN run */
extern BlockNumber ColumnarRecentBuffersCount(Relation rel, bool bulk);
extern void ColumnarRecentBuffersShare(Relation rel, Buffer *shared,
									   BlockNumber n, bool fill);
extern void ColumnarRecentBuffersUnshare(bool keep);

#endif							/* VECSTORE_COLUMNAR_STORAGE_H */
