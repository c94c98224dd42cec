/*-------------------------------------------------------------------------
 *
 * columnar.h
 *	  Definitions shared by the layers of the vecstore table access method.
 *
 * The table AM is split by layer, one file each:
 *
 *	columnar_storage.c		metapage, logical byte space over standard pages,
 *							WAL (generic records core replays by itself)
 *	columnar_directory.c	stripe directory kept in the relation's own pages:
 *							row-number reservations, stripe entries, MVCC
 *							visibility of entries, freezing
 *	columnar_compress.c		zstd / none codecs, byte-plane shuffle
 *	columnar_writer.c		encodes chunk groups of rows into a stripe
 *	columnar_reader.c		decodes chunk groups (only the columns needed)
 *	columnar_stats.c		per-chunk min/max: written with each chunk
 *							group, refuted by scans' quals
 *	columnar_skipscan.c		the VecstoreScan custom scan: a sequential
 *							scan that skips chunk groups by min/max
 *	columnar_writebuf.c		backend-local write buffers per relation and
 *							subtransaction level, transaction callbacks,
 *							command-id map of this backend's own rows
 *	columnar_scan.c			sequential scans and TID fetches merging stripes
 *							on disk with this backend's buffered rows
 *	columnar_handler.c		the TableAmRoutine and DDL callbacks
 *	columnar_inspect.c		SQL-callable inspection and verification
 *
 * Row numbers start at 1 and are never reused, not even for rows of aborted
 * transactions (index entries may point at them).  A row number maps onto a
 * TID with at most MaxHeapTuplesPerPage rows per TID block, so bitmap scans
 * and tidbitmap accept every TID we hand out.  TID blocks are not physical
 * blocks.
 *
 *-------------------------------------------------------------------------
 */
#ifndef VECSTORE_COLUMNAR_H
#define VECSTORE_COLUMNAR_H

#include "compat.h"

#include "access/htup_details.h"
#include "nodes/bitmapset.h"
#include "nodes/primnodes.h"
#include "storage/itemptr.h"
#include "storage/smgr.h"
#include "utils/rel.h"
#include "utils/snapshot.h"

/* ----------------------------------------------------------------
 * Row numbers and TIDs
 * ----------------------------------------------------------------
 */
typedef uint64 RowNumber;

#define InvalidRowNumber		((RowNumber) 0)
#define FirstRowNumber			((RowNumber) 1)
#define ROWS_PER_TID_BLOCK		((RowNumber) MaxHeapTuplesPerPage)
#define MaxRowNumber			((RowNumber) MaxBlockNumber * ROWS_PER_TID_BLOCK)

static inline void
RowNumberGetTid(RowNumber rownum, ItemPointer tid)
{
	ItemPointerSet(tid, (BlockNumber) (rownum / ROWS_PER_TID_BLOCK),
				   (OffsetNumber) (rownum % ROWS_PER_TID_BLOCK + 1));
}

static inline RowNumber
TidGetRowNumber(ItemPointer tid)
{
	return (RowNumber) ItemPointerGetBlockNumberNoCheck(tid) * ROWS_PER_TID_BLOCK +
		ItemPointerGetOffsetNumberNoCheck(tid) - 1;
}

/* ----------------------------------------------------------------
 * columnar_storage.c
 * ----------------------------------------------------------------
 */

/*
 * Bumped on any incompatible change of the on-disk format.  New tables get
 * the current version; tables of older versions down to
 * COLUMNAR_FORMAT_VERSION_MIN are read, and written in their own version's
 * format.  Version 2: a stripe of one small chunk group may have no stripe
 * index (STRIPE_NO_INDEX).
 */
#define COLUMNAR_FORMAT_VERSION		2
#define COLUMNAR_FORMAT_VERSION_MIN	1

/* Writes an empty metapage into a new fork (main, or init for unlogged). */
extern void ColumnarInitStorage(SMgrRelation srel, ForkNumber forknum,
								bool needs_wal);

/* Errors out (0A000-free: XX001) on a metapage of an unknown version. */
extern void ColumnarCheckStorage(Relation rel);

/* GUCs of the storage layer (compression codec and level). */
extern void ColumnarStorageInit(void);

/* ----------------------------------------------------------------
 * columnar_directory.c
 * ----------------------------------------------------------------
 */
typedef enum StripeKind
{
	STRIPE_RESERVATION = 1,		/* row numbers handed out, no data yet */
	STRIPE_DATA = 2				/* a stripe of rows on disk */
} StripeKind;

/*
 * One entry of the stripe directory.  Entries of other transactions are
 * seen whole or not at all; only the writing backend ever needs per-row
 * command-id visibility, which it keeps in memory (columnar_writebuf.c).
 */
typedef struct StripeEntryData
{
	StripeKind	kind;
	TransactionId xmin;			/* (sub)transaction that owns the rows */
	TransactionId xmax;			/* reserved for DELETE: always invalid now */
	RowNumber	firstRow;		/* row numbers covered: firstRow..lastRow */
	RowNumber	lastRow;
	uint64		rowCount;		/* rows stored (rows rolled back to a
								 * savepoint leave holes) */
	uint32		chunkGroupCount;
	uint32		flags;			/* STRIPE_NO_INDEX or zero */
	uint64		dataOffset;		/* the stripe's index in the logical byte
								 * space (format: columnar_stripe.h), or its
								 * only chunk group if STRIPE_NO_INDEX */
	uint64		dataLength;		/* bytes on disk */
	uint64		rawLength;		/* bytes before compression */
	uint64		entryId;		/* position of the entry, for updates */
} StripeEntryData;

typedef StripeEntryData *StripeEntry;

/* a one-chunk-group stripe without index (format version 2) */
#define STRIPE_NO_INDEX		0x0001

/*
 * Reserves count consecutive row numbers for transaction xid and records
 * the reservation in the directory, so that another backend fetching one of
 * these TIDs (a unique check with SnapshotDirty) learns who owns it.
 */
extern RowNumber ColumnarReserveRowNumbers(Relation rel, uint64 count,
										   TransactionId xid);

/*
 * Reserves count consecutive row numbers with no directory entry: only for
 * relations without indexes, whose TIDs nobody else fetches before the
 * rows' stripe exists.  Unused numbers are simply never used.
 */
extern RowNumber ColumnarReserveRowNumbersNoEntry(Relation rel, uint64 count);

/*
 * All directory entries, in increasing firstRow order, allocated in the
 * current memory context.
 */
extern StripeEntry ColumnarReadDirectory(Relation rel, int *nentries);

/*
 * The same from this backend's cache of the directory of one table, read
 * again only where it changed: read-only, valid until the next call into
 * columnar_directory.c.
 */
extern const StripeEntryData *ColumnarReadDirectoryCached(Relation rel,
														  int *nentries);

typedef enum StripeVisibility
{
	STRIPE_INVISIBLE,
	STRIPE_VISIBLE,
	STRIPE_VISIBLE_OWN			/* written by this transaction: the caller
								 * filters rows by command id */
} StripeVisibility;

/*
 * Visibility of a directory entry to a snapshot of any type (MVCC, self,
 * any, dirty: sets snapshot->xmin for an in-progress writer, non-vacuumable,
 * historic MVCC is not supported).
 */
extern StripeVisibility ColumnarStripeVisibility(StripeEntry stripe,
												 Snapshot snapshot);

/* Finds the entry covering rownum (either kind); false if there is none. */
extern bool ColumnarFindStripe(Relation rel, RowNumber rownum,
							   StripeEntryData *result);

/* registers the directory's relcache callback */
extern void ColumnarDirectoryInit(void);

/* forgets this backend's run of reserved bytes (storage reset in place) */
extern void ColumnarForgetSmallRun(void);

/*
 * VACUUM: replaces xids older than cutoff_xid by FrozenTransactionId and
 * forgets reservations of transactions that have ended; counts live rows.
 */
extern void ColumnarFreezeDirectory(Relation rel, TransactionId cutoff_xid,
									double *live_rows);

/* ----------------------------------------------------------------
 * columnar_writer.c
 * ----------------------------------------------------------------
 */
typedef struct StripeWriterData *StripeWriter;

/*
 * Starts a stripe owned by xid.  Chunk groups are encoded and written to
 * pages as they are added, so only one chunk group is held in memory;
 * StripeWriterEnd writes the directory entry that makes the stripe exist.
 */
extern StripeWriter StripeWriterBegin(Relation rel, TupleDesc tupdesc,
									  TransactionId xid);

/*
 * Adds one chunk group: nrows rows with ascending row numbers; values and
 * isnull are indexed [attnum - 1][row].  Values are not toasted.
 */
extern void StripeWriterAddChunkGroup(StripeWriter writer, int nrows,
									  const RowNumber *rownums,
									  Datum **values, bool **isnull);

extern void StripeWriterEnd(StripeWriter writer);

/*
 * Points an open writer at rel, the same storage opened anew: the writer
 * keeps no relcache reference of its own, so the caller may close the
 * relation between statements and hand it back before the next call.
 */
extern void StripeWriterSetRelation(StripeWriter writer, Relation rel);

/* ----------------------------------------------------------------
 * columnar_reader.c
 * ----------------------------------------------------------------
 */
typedef struct StripeReaderData
{
	/* the chunk group loaded by the last call, valid until the next */
	int			nrows;
	RowNumber  *rownums;
	Datum	  **values;			/* [attnum - 1][row]; NULL for columns not
								 * asked for */
	bool	  **isnull;
	/* private state follows in columnar_reader.c */
} StripeReaderData;

typedef StripeReaderData *StripeReader;

/*
 * Opens a stripe for reading the columns in attrs_needed (attribute
 * numbers, 1-based; NULL means all).  Columns the stripe does not have
 * (added after it was written) read as NULL: the caller applies missing
 * defaults.
 */
extern StripeReader StripeReaderBegin(Relation rel, TupleDesc tupdesc,
									  StripeEntry stripe,
									  Bitmapset *attrs_needed);

/*
 * Points a reader at another data stripe of the same relation, keeping
 * its memory and buffers: scans use one reader for all stripes.
 */
extern void StripeReaderReset(StripeReader reader, StripeEntry stripe);

/* Loads the next chunk group; false at the end of the stripe. */
extern bool StripeReaderNextChunkGroup(StripeReader reader);

/*
 * Loads the chunk group holding rownum (kept if already loaded) and
 * returns the row's index in it, or -1 if the stripe has no such row.
 */
extern int	StripeReaderSeekRow(StripeReader reader, RowNumber rownum);

/* Loads chunk group cgno (0-based); false if there is none. */
extern bool StripeReaderLoadChunkGroup(StripeReader reader, int cgno);

extern void StripeReaderEnd(StripeReader reader);

/*
 * Reads only chunk group cgno's header; points *stats at its stats section
 * (valid until the next call), false if it has none.
 */
extern bool StripeReaderChunkGroupStats(StripeReader reader, int cgno,
										const char **stats, uint32 *len);

/* The chunk group StripeReaderNextChunkGroup loads next, or -1. */
extern int	StripeReaderPeekNext(StripeReader reader);

/* Passes over the chunk group StripeReaderNextChunkGroup would load. */
extern void StripeReaderSkipNext(StripeReader reader);

/* ----------------------------------------------------------------
 * columnar_stats.c
 * ----------------------------------------------------------------
 */

/* GUC vecstore.chunk_group_stats: write stats into new chunk groups */
extern bool columnar_chunk_group_stats;

extern void ColumnarStatsInit(void);

typedef struct ColumnarStatsBuilderData *ColumnarStatsBuilder;

/* Which columns of tupdesc get stats; allocated in the current context. */
extern ColumnarStatsBuilder ColumnarStatsBuilderCreate(TupleDesc tupdesc);

/*
 * Appends a chunk group's stats section (columnar_stripe.h) to out, at an
 * 8-byte aligned position; appends nothing if no column has stats.
 */
extern void ColumnarStatsBuild(ColumnarStatsBuilder builder, int nrows,
							   Datum **values, bool **isnull,
							   struct StringInfoData *out);

/* Is a stats section read from disk well formed? */
extern bool ColumnarStatsValid(const char *section, uint32 len);

typedef struct ColumnarSkipFilterData *ColumnarSkipFilter;
struct PlanState;

/*
 * Could this qual of relation varno refute chunk groups? (planning)
 * *attnum: the column it compares, or 0.
 */
extern bool ColumnarSkipQualUsable(Expr *clause, Index varno,
								   TupleDesc tupdesc, AttrNumber *attnum);

/*
 * A skip filter for a scan's quals (implicit AND), evaluating values in
 * ps's expression context; NULL if none can refute.  *used: those quals.
 */
extern ColumnarSkipFilter ColumnarSkipFilterCreate(List *quals, Index varno,
												   TupleDesc tupdesc,
												   struct PlanState *ps,
												   List **used);

/* Forgets the values: evaluated again at the next check (rescans). */
extern void ColumnarSkipFilterReset(ColumnarSkipFilter filter);

/* Do min/max in the stats section prove that no row passes the quals? */
extern bool ColumnarSkipFilterRefutes(ColumnarSkipFilter filter,
									  const char *stats, uint32 len);

#endif							/* VECSTORE_COLUMNAR_H */
