/*-------------------------------------------------------------------------
 *
 * columnar_compress.h
 *	  Codecs of column chunks: delta encoding of integers, byte-plane
 *	  shuffle, zstd, and dictionaries for vector chunks.  Private to the
 *	  storage layer.
 *
 *-------------------------------------------------------------------------
 */
#ifndef VECSTORE_COLUMNAR_COMPRESS_H
#define VECSTORE_COLUMNAR_COMPRESS_H

#include "lib/stringinfo.h"

/* values of vecstore.compression */
typedef enum ColumnarCompression
{
	COLUMNAR_COMPRESSION_NONE,
	COLUMNAR_COMPRESSION_ZSTD
} ColumnarCompression;

extern int	columnar_compression;
extern int	columnar_compression_level;
extern double columnar_vector_min_saving;

/*
 * The codec byte stored with each chunk: the algorithm in the low bits, the
 * transforms applied before it above.  A chunk stored uncompressed is
 * stored untransformed (codec 0).
 */
#define CODEC_ALGO_MASK		0x0F
#define CODEC_NONE			0x00
#define CODEC_ZSTD			0x01
#define CODEC_SHUFFLE4		0x10	/* byte planes of 4-byte elements */
#define CODEC_SHUFFLE8		0x20	/* byte planes of 8-byte elements */
#define CODEC_DELTA			0x40	/* differences of little-endian integers
									 * of the shuffle width */
#define CODEC_PLANES		0x80	/* with a shuffle: each byte plane stored
									 * on its own, zstd or raw (see
									 * columnar_compress.c) */
#define CODEC_DICT4			0x02	/* 4-byte elements as one-byte indices
										 * into a dictionary of at most 256
										 * (see columnar_compress.c) */
#define CODEC_KNOWN_BITS	0xF3

extern void ColumnarCompressInit(void);

/*
 * Encodes rawlen bytes: bytes from xform_start on are elements of width
 * bytes (4 or 8; 0 for none), shuffled into byte planes after delta
 * encoding if delta.  Appends the compressed form to out and returns its
 * codec; on CODEC_NONE it appends nothing (the stored form is raw itself,
 * which the caller has).  scratch is grown as needed and may be reused across calls.
 * Float-like elements (width without delta) are stored as byte planes,
 * each compressed with a fast zstd level only when a sample says it pays.
 */
extern uint8 ColumnarEncodeAppend(const char *raw, uint32 rawlen,
								  uint32 xform_start, int width, bool delta,
								  StringInfo out, StringInfo scratch);

/* Is typid the vector type (or a domain over it)? */
extern bool ColumnarIsVectorType(Oid typid);

/*
 * ColumnarEncodeAppend for a column of float vectors (4-byte elements, no
 * delta), kept raw (CODEC_NONE, nothing appended) unless compression
 * saves at least vecstore.vector_compression_min_saving of rawlen.
 */
extern uint8 ColumnarEncodeVectorAppend(const char *raw, uint32 rawlen,
										uint32 xform_start, StringInfo out,
										StringInfo scratch);

/*
 * True when splitting the 4-byte elements of data into byte planes makes
 * them markedly more predictable (vectors of floats, not text).
 */
extern bool ColumnarShufflePays(const char *data, uint32 len);

/*
 * Decodes into raw, which has room for exactly rawlen bytes.  scratch, if
 * not NULL, lends rawlen more bytes for the shuffled form, so that a reader
 * decoding chunk after chunk allocates nothing.
 */
extern void ColumnarDecode(uint8 codec, const char *stored, uint32 storedlen,
						   char *raw, uint32 rawlen, uint32 xform_start,
						   char *scratch);

extern const char *ColumnarCodecName(uint8 codec);

/*
 * Pieces of CODEC_DICT4 for readers decoding it in slices: whether a
 * header (ndict, nexc) fits a chunk of storedlen bytes whose raw form has
 * rawlen bytes; n indices expanded into n 4-byte elements at out (4-byte
 * aligned; indices past the dictionary, which the chunk CRC rules out,
 * read zero); exceptions from e on that fall within elements
 * first..first + n - 1 patched into out, returning the next e (errors out
 * unless positions ascend).
 */
extern bool ColumnarDictHeader(uint32 ndict, uint32 nexc, uint32 storedlen,
							   uint32 rawlen, uint32 xform_start);
extern void ColumnarDictExpand(const uint32 *dict, const unsigned char *idx,
							   uint32 n, char *out);
extern uint32 ColumnarDictPatch(const uint32 *excPos, const uint32 *excVal,
								uint32 nexc, uint32 e, uint32 first, uint32 n,
								char *out);

#endif							/* VECSTORE_COLUMNAR_COMPRESS_H */
