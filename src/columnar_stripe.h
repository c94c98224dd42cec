/*-------------------------------------------------------------------------
 *
 * columnar_stripe.h
 *	  Format of a stripe body, shared by columnar_writer.c and
 *	  columnar_reader.c.
 *
 * A stripe is written as it is produced: each chunk group is encoded and
 * written to its own reservation of the logical byte space as soon as it
 * is complete, so a writer holds one chunk group in memory and chunk
 * groups of concurrent writers may interleave.  When the stripe ends, a
 * stripe index listing its chunk groups is written, then the directory
 * entry, whose dataOffset points at the index.
 *
 * Chunk group:
 *	 ChunkGroupHeader
 *	 RowRun[nruns]				row numbers present (holes are rows rolled
 *								back to a savepoint)
 *	 ColumnChunkDesc[natts]
 *	 [ChunkStatsHeader, ChunkStatsEntry + min + max ...]
 *								only with CHUNK_GROUP_HAS_STATS: per-column
 *								min/max, part of the header (headerLength
 *								and crc cover it)
 *	 column chunks, each:		[null bitmap, padded to 8 bytes][values]
 *								encoded by its codec
 * Values of a column chunk are those of the non-null rows:
 *	 fixed-width types			packed at the type's aligned width
 *	 varlena					4-byte header, aligned to Max(typalign, int),
 *								never toasted or short, so a Datum points
 *								straight into the decoded chunk
 *	 cstring					with its NUL
 *
 *-------------------------------------------------------------------------
 */
#ifndef VECSTORE_COLUMNAR_STRIPE_H
#define VECSTORE_COLUMNAR_STRIPE_H

#include "columnar.h"

#define STRIPE_INDEX_MAGIC		0x49535356	/* "VSSI" */
#define CHUNK_GROUP_MAGIC		0x47435356	/* "VSCG" */
#define STRIPE_BODY_VERSION		1

typedef struct StripeIndexHeader
{
	uint32		magic;
	uint32		version;		/* STRIPE_BODY_VERSION */
	uint32		chunkGroupCount;
	uint16		natts;
	uint16		flags;			/* zero */
	uint32		crc;			/* CRC-32C of header and entries, crc = 0 */
	uint32		reserved0;		/* zero */
	uint64		reserved1;
} StripeIndexHeader;

typedef struct StripeIndexEntry
{
	uint64		offset;			/* logical offset of the chunk group */
	uint64		length;			/* its bytes on disk */
	RowNumber	firstRow;
	RowNumber	lastRow;
	uint32		nrows;
	uint32		headerLength;	/* header, runs and column descriptors */
} StripeIndexEntry;

typedef struct ChunkGroupHeader
{
	uint32		magic;
	uint16		natts;
	uint16		flags;			/* CHUNK_GROUP_HAS_STATS or zero */
	uint32		nrows;
	uint32		nruns;
	RowNumber	firstRow;
	RowNumber	lastRow;
	uint64		length;			/* all of the chunk group */
	uint32		crc;			/* CRC-32C of header, runs and descriptors,
								 * with crc = 0 */
	uint32		reserved;		/* zero: room for a deletion map */
} ChunkGroupHeader;

typedef struct RowRun
{
	RowNumber	start;
	uint64		count;
} RowRun;

#define CHUNK_ALL_NULL		0x01	/* no bytes stored */

typedef struct ColumnChunkDesc
{
	uint32		offset;			/* from the chunk group's start */
	uint32		storedLength;
	uint32		rawLength;
	uint32		nullsLength;	/* null bitmap in raw form; 0: no nulls */
	uint8		codec;
	uint8		flags;
	uint16		reserved;		/* zero: room for min/max */
	uint32		crc;			/* CRC-32C of the stored bytes */
} ColumnChunkDesc;

#define CHUNK_GROUP_HAS_STATS	0x0001	/* a stats section ends the header */

/*
 * Stats section (columnar_stats.c): min and max of the non-null values of
 * some columns, ordered by the default btree operator class of the type
 * under the column's collation.  Chunk groups written before stats existed
 * have none and are never skipped.  Everything is 8-byte aligned from the
 * chunk group's start, so values are read in place.
 */
typedef struct ChunkStatsHeader
{
	uint32		length;			/* the whole section, this header included */
	uint16		nentries;
	uint16		reserved;		/* zero */
} ChunkStatsHeader;

#define CHUNK_STATS_ALL_NULL	0x0001	/* no min/max: every value is NULL */

typedef struct ChunkStatsEntry
{
	uint16		attnum;
	uint16		flags;
	Oid			typid;			/* type of the values */
	Oid			opfamily;		/* btree family whose order they follow */
	Oid			collation;		/* collation they were ordered under */
	uint16		minLength;		/* bytes of min, then of max, each padded */
	uint16		maxLength;		/* to 8; varlena with a 4-byte header */
	uint32		reserved;		/* zero */
} ChunkStatsEntry;

#define ChunkGroupHeaderLength(natts, nruns) \
	(sizeof(ChunkGroupHeader) + (nruns) * sizeof(RowRun) + \
	 (natts) * sizeof(ColumnChunkDesc))

/* alignment of a varlena value in a chunk */
static inline char
ChunkVarlenaAlign(char typalign)
{
	return typalign == TYPALIGN_DOUBLE ? TYPALIGN_DOUBLE : TYPALIGN_INT;
}

#endif							/* VECSTORE_COLUMNAR_STRIPE_H */
