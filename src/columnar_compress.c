/*-------------------------------------------------------------------------
 *
 * columnar_compress.c
 *	  Codecs of column chunks and the GUCs choosing them.
 *
 * A chunk is optionally transformed before zstd: integers are delta
 * encoded (sequential ids and timestamps become runs of small numbers) and
 * fixed-width elements are split into byte planes (all first bytes, then
 * all second bytes, ...), which turns the similar exponents and high bytes
 * of floats and integers into long runs.  A chunk is kept compressed only
 * where that is smaller.  Chunks of vector columns have a policy of their
 * own (ColumnarEncodeVectorAppend): raw unless compression saves at least
 * vecstore.vector_compression_min_saving, so that searches read them in
 * place; a dictionary (CODEC_DICT4) where it applies, zstd planes
 * otherwise, tried only where a sample's byte entropy says they could
 * save enough (VectorPlanesMayPay).
 *
 * Floats (a shuffle without delta) are stored as separate byte planes
 * (CODEC_PLANES): the mantissa planes of real-world vectors are close to
 * random and zstd would only burn time on them, so each plane is
 * compressed (at a fast level) only when the byte histogram of a sample
 * says it pays, and stored raw otherwise.  Layout of such a chunk:
 *	 uint32 planeLength[width]	bytes stored per plane; PLANE_ZSTD set when
 *								the plane is zstd-compressed
 *	 the first xform_start bytes (null bitmap), untransformed
 *	 the len % width tail bytes, untransformed
 *	 the planes in order
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include <math.h>
#include <zstd.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "fmgr.h"
#include "port/pg_bswap.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "columnar_compress.h"

extern Datum vector_in(PG_FUNCTION_ARGS);

int			columnar_compression = COLUMNAR_COMPRESSION_ZSTD;
int			columnar_compression_level = 3;
double		columnar_vector_min_saving = 0.5;

static const struct config_enum_entry compression_options[] = {
	{"none", COLUMNAR_COMPRESSION_NONE, false},
	{"zstd", COLUMNAR_COMPRESSION_ZSTD, false},
	{NULL, 0, false}
};

/* created on first use, kept for the backend's lifetime */
static ZSTD_CCtx *zstd_cctx = NULL;
static ZSTD_DCtx *zstd_dctx = NULL;

void
ColumnarCompressInit(void)
{
	DefineCustomEnumVariable("vecstore.compression",
							 "Compression of new vecstore column chunks.",
							 NULL,
							 &columnar_compression,
							 COLUMNAR_COMPRESSION_ZSTD,
							 compression_options,
							 PGC_USERSET, 0,
							 NULL, NULL, NULL);
	DefineCustomIntVariable("vecstore.compression_level",
							"zstd level of new vecstore column chunks.",
							NULL,
							&columnar_compression_level,
							3, 1, 19,
							PGC_USERSET, 0,
							NULL, NULL, NULL);
	DefineCustomRealVariable("vecstore.vector_compression_min_saving",
							 "Fraction of a vector column chunk that compression must save for the chunk to be stored compressed.",
							 "Vector chunks saving less are stored raw, so that scans compute distances straight on the pages.",
							 &columnar_vector_min_saving,
							 0.5, 0.0, 1.0,
							 PGC_USERSET, 0,
							 NULL, NULL, NULL);
}

#define PLANE_ZSTD			0x80000000
#define PLANE_LENGTH_MASK	0x7FFFFFFF
#define PLANE_ZSTD_LEVEL	1	/* planes that compress do so easily */
#define ENTROPY_SAMPLE		4096

static ZSTD_CCtx *
GetCCtx(void)
{
	if (zstd_cctx == NULL)
	{
		zstd_cctx = ZSTD_createCCtx();
		if (zstd_cctx == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory creating a zstd context")));
	}
	return zstd_cctx;
}

/* c * log2(c) for every sample count, computed once */
static float *clog2c = NULL;

/* order-0 entropy in bits per byte of a histogram of n samples */
static double
HistogramEntropy(const uint32 *hist, uint32 n)
{
	double		sum = 0.0;

	if (n == 0)
		return 0.0;
	Assert(n <= ENTROPY_SAMPLE);
	if (clog2c == NULL)
	{
		float	   *t = MemoryContextAlloc(TopMemoryContext,
										   sizeof(float) * (ENTROPY_SAMPLE + 1));

		t[0] = 0.0f;
		for (int c = 1; c <= ENTROPY_SAMPLE; c++)
			t[c] = (float) (c * log2((double) c));
		clog2c = t;
	}
	for (int i = 0; i < 256; i++)
		sum += clog2c[hist[i]];
	/* H = log2 n - sum(c log2 c) / n */
	return log2((double) n) - sum / n;
}

/* entropy of up to ENTROPY_SAMPLE bytes spread evenly over p[0..n) */
static double
SampleEntropy(const char *p, uint32 n, uint32 stride)
{
	uint32		hist[256] = {0};
	uint32		step = (n + ENTROPY_SAMPLE - 1) / ENTROPY_SAMPLE;
	uint32		count = 0;

	for (uint32 i = 0; i < n; i += step)
	{
		hist[(unsigned char) p[(size_t) i * stride]]++;
		count++;
	}
	return HistogramEntropy(hist, count);
}

bool
ColumnarShufflePays(const char *data, uint32 len)
{
	uint32		nelem = len / 4;
	uint32		whole[256] = {0};
	uint32		planes[4][256];
	uint32		step = (nelem + ENTROPY_SAMPLE / 4 - 1) / (ENTROPY_SAMPLE / 4);
	uint32		count = 0;
	double		mean = 0.0;

	if (nelem < 64)
		return false;
	memset(planes, 0, sizeof(planes));
	for (uint32 i = 0; i < nelem; i += step)
	{
		for (int b = 0; b < 4; b++)
		{
			unsigned char c = data[(size_t) i * 4 + b];

			whole[c]++;
			planes[b][c]++;
		}
		count++;
	}
	for (int b = 0; b < 4; b++)
		mean += HistogramEntropy(planes[b], count) / 4;
	return mean < HistogramEntropy(whole, count * 4) - 0.5;
}

static void
DeltaEncode(char *p, uint32 nelem, int width)
{
	if (width == 8)
	{
		uint64		prev = 0;

		for (uint32 i = 0; i < nelem; i++)
		{
			uint64		v;

			memcpy(&v, p + (size_t) i * 8, 8);
			v -= prev;
			prev += v;
			memcpy(p + (size_t) i * 8, &v, 8);
		}
	}
	else
	{
		uint32		prev = 0;

		for (uint32 i = 0; i < nelem; i++)
		{
			uint32		v;

			memcpy(&v, p + (size_t) i * 4, 4);
			v -= prev;
			prev += v;
			memcpy(p + (size_t) i * 4, &v, 4);
		}
	}
}

static void
DeltaDecode(char *p, uint32 nelem, int width)
{
	if (width == 8)
	{
		uint64		prev = 0;

		for (uint32 i = 0; i < nelem; i++)
		{
			uint64		v;

			memcpy(&v, p + (size_t) i * 8, 8);
			prev += v;
			memcpy(p + (size_t) i * 8, &prev, 8);
		}
	}
	else
	{
		uint32		prev = 0;

		for (uint32 i = 0; i < nelem; i++)
		{
			uint32		v;

			memcpy(&v, p + (size_t) i * 4, 4);
			prev += v;
			memcpy(p + (size_t) i * 4, &prev, 4);
		}
	}
}

#if defined(__SSE2__)
/*
 * Riffles 64 bytes held in four registers: byte p of the first half goes
 * to 2p, byte p of the second half to 2p + 1.  On 6-bit byte indices that
 * is a rotation left by one bit, so four riffles turn 16 elements of 4
 * bytes (index e:k) into 4 planes of 16 bytes (index k:e), and two more
 * turn them back.
 */
static inline void
Riffle64(__m128i *a, __m128i *b, __m128i *c, __m128i *d)
{
	__m128i		a2 = _mm_unpacklo_epi8(*a, *c);
	__m128i		b2 = _mm_unpackhi_epi8(*a, *c);
	__m128i		c2 = _mm_unpacklo_epi8(*b, *d);
	__m128i		d2 = _mm_unpackhi_epi8(*b, *d);

	*a = a2;
	*b = b2;
	*c = c2;
	*d = d2;
}
#endif

/* dst[plane * nelem + i] = src[i * width + plane]; the tail is copied */
static void
Shuffle(const char *src, char *dst, uint32 len, int width)
{
	uint32		nelem = len / width;

	if (width == 4)
	{
		/* one load and four sequential streams: much faster than planes */
		char	   *d0 = dst,
				   *d1 = dst + nelem,
				   *d2 = dst + 2 * (size_t) nelem,
				   *d3 = dst + 3 * (size_t) nelem;
		uint32		i = 0;

#if defined(__SSE2__) && !defined(WORDS_BIGENDIAN)
		for (; i + 16 <= nelem; i += 16)
		{
			const __m128i *p = (const __m128i *) (src + (size_t) i * 4);
			__m128i		a = _mm_loadu_si128(p);
			__m128i		b = _mm_loadu_si128(p + 1);
			__m128i		c = _mm_loadu_si128(p + 2);
			__m128i		d = _mm_loadu_si128(p + 3);

			for (int r = 0; r < 4; r++)
				Riffle64(&a, &b, &c, &d);
			_mm_storeu_si128((__m128i *) (d0 + i), a);
			_mm_storeu_si128((__m128i *) (d1 + i), b);
			_mm_storeu_si128((__m128i *) (d2 + i), c);
			_mm_storeu_si128((__m128i *) (d3 + i), d);
		}
#endif
		for (; i < nelem; i++)
		{
			uint32		v;

			memcpy(&v, src + (size_t) i * 4, 4);
#ifdef WORDS_BIGENDIAN
			v = pg_bswap32(v);
#endif
			d0[i] = (char) v;
			d1[i] = (char) (v >> 8);
			d2[i] = (char) (v >> 16);
			d3[i] = (char) (v >> 24);
		}
		memcpy(dst + (size_t) nelem * 4, src + (size_t) nelem * 4,
			   len - nelem * 4);
		return;
	}
	for (int b = 0; b < width; b++)
	{
		char	   *d = dst + (size_t) b * nelem;
		const char *s = src + b;

		for (uint32 i = 0; i < nelem; i++)
			d[i] = s[(size_t) i * width];
	}
	memcpy(dst + (size_t) nelem * width, src + (size_t) nelem * width,
		   len - nelem * width);
}

/*
 * Interleaves width byte planes of nelem bytes each, wherever they lie,
 * into nelem elements at dst.
 */
static void
UnshufflePlanes(const char *const *planes, char *dst, uint32 nelem, int width)
{
	if (width == 4)
	{
		const unsigned char *s0 = (const unsigned char *) planes[0],
				   *s1 = (const unsigned char *) planes[1],
				   *s2 = (const unsigned char *) planes[2],
				   *s3 = (const unsigned char *) planes[3];
		uint32		i = 0;

#if defined(__SSE2__) && !defined(WORDS_BIGENDIAN)
		for (; i + 16 <= nelem; i += 16)
		{
			__m128i    *p = (__m128i *) (dst + (size_t) i * 4);
			__m128i		a = _mm_loadu_si128((const __m128i *) (s0 + i));
			__m128i		b = _mm_loadu_si128((const __m128i *) (s1 + i));
			__m128i		c = _mm_loadu_si128((const __m128i *) (s2 + i));
			__m128i		d = _mm_loadu_si128((const __m128i *) (s3 + i));

			Riffle64(&a, &b, &c, &d);
			Riffle64(&a, &b, &c, &d);
			_mm_storeu_si128(p, a);
			_mm_storeu_si128(p + 1, b);
			_mm_storeu_si128(p + 2, c);
			_mm_storeu_si128(p + 3, d);
		}
#endif
		for (; i < nelem; i++)
		{
			uint32		v = (uint32) s0[i] | ((uint32) s1[i] << 8) |
				((uint32) s2[i] << 16) | ((uint32) s3[i] << 24);

#ifdef WORDS_BIGENDIAN
			v = pg_bswap32(v);
#endif
			memcpy(dst + (size_t) i * 4, &v, 4);
		}
		return;
	}
	for (int b = 0; b < width; b++)
	{
		const char *s = planes[b];
		char	   *d = dst + b;

		for (uint32 i = 0; i < nelem; i++)
			d[(size_t) i * width] = s[i];
	}
}

/* undoes Shuffle(): len bytes of planes, then the tail, at src */
static void
Unshuffle(const char *src, char *dst, uint32 len, int width)
{
	uint32		nelem = len / width;
	const char *planes[8];

	for (int b = 0; b < width; b++)
		planes[b] = src + (size_t) b * nelem;
	UnshufflePlanes(planes, dst, nelem, width);
	memcpy(dst + (size_t) nelem * width, src + (size_t) nelem * width,
		   len - nelem * width);
}

static void
AppendRaw(StringInfo out, const char *raw, uint32 rawlen)
{
	appendBinaryStringInfo(out, raw, rawlen);
}

/*
 * Chunks smaller than this are stored raw: the most a codec could save is
 * a few dozen bytes, and trying (a dictionary's tables, entropy samples, a
 * zstd context reset) cost a one-row commit about a tenth of its CPU.
 */
#define SMALL_CHUNK_BYTES	256

/* zstd-compresses src into out at level; false if it did not shrink */
static bool
AppendZstd(StringInfo out, const char *src, uint32 len, int level)
{
	size_t		bound = ZSTD_compressBound(len);
	size_t		clen;

	enlargeStringInfo(out, bound);
	clen = ZSTD_compressCCtx(GetCCtx(), out->data + out->len, bound, src, len,
							 level);
	if (ZSTD_isError(clen))
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("zstd compression failed: %s", ZSTD_getErrorName(clen))));
	if (clen >= len)
		return false;
	out->len += clen;
	return true;
}

uint8
ColumnarEncodeAppend(const char *raw, uint32 rawlen, uint32 xform_start,
					 int width, bool delta, StringInfo out, StringInfo scratch)
{
	int			start = out->len;
	uint32		len;
	uint32		nelem;
	uint32		tail;
	const char *src;
	uint32		lens[8];

	if (columnar_compression == COLUMNAR_COMPRESSION_NONE ||
		rawlen < SMALL_CHUNK_BYTES)
		return CODEC_NONE;
	Assert(xform_start <= rawlen);
	len = rawlen - xform_start;
	if ((width != 4 && width != 8) || len < (uint32) width)
	{
		if (AppendZstd(out, raw, rawlen, columnar_compression_level))
			return CODEC_ZSTD;
		return CODEC_NONE;
	}

	/* shuffled (after delta encoding) into scratch, prefix included */
	resetStringInfo(scratch);
	enlargeStringInfo(scratch, rawlen);
	memcpy(scratch->data, raw, xform_start);
	src = raw + xform_start;
	if (delta)
	{
		char	   *tmp = palloc(len);

		memcpy(tmp, src, len);
		DeltaEncode(tmp, len / width, width);
		Shuffle(tmp, scratch->data + xform_start, len, width);
		pfree(tmp);
		if (AppendZstd(out, scratch->data, rawlen, columnar_compression_level))
			return CODEC_ZSTD | CODEC_DELTA |
				(width == 4 ? CODEC_SHUFFLE4 : CODEC_SHUFFLE8);
		return CODEC_NONE;
	}
	Shuffle(src, scratch->data + xform_start, len, width);

	/* byte planes, each compressed only where a sample says it pays */
	nelem = len / width;
	tail = len % width;
	appendBinaryStringInfo(out, (char *) lens, sizeof(uint32) * width);
	appendBinaryStringInfo(out, raw, xform_start);
	appendBinaryStringInfo(out, src + (size_t) nelem * width, tail);
	for (int b = 0; b < width; b++)
	{
		const char *plane = scratch->data + xform_start + (size_t) b * nelem;
		int			before = out->len;

		if (SampleEntropy(plane, nelem, 1) < 7.5 &&
			AppendZstd(out, plane, nelem, PLANE_ZSTD_LEVEL))
			lens[b] = (uint32) (out->len - before) | PLANE_ZSTD;
		else
		{
			AppendRaw(out, plane, nelem);
			lens[b] = nelem;
		}
	}
	if ((uint32) (out->len - start) >= rawlen)
	{
		out->len = start;
		return CODEC_NONE;
	}
	memcpy(out->data + start, lens, sizeof(uint32) * width);
	return CODEC_ZSTD | CODEC_PLANES |
		(width == 4 ? CODEC_SHUFFLE4 : CODEC_SHUFFLE8);
}

/*
 * CODEC_DICT4: the 4-byte elements after xform_start as one byte each,
 * indexing a dictionary of the (at most 256) most frequent values; the few
 * elements with other values are exceptions, listed by position and value
 * and patched in after the lookup.  Pixel intensities, quantized
 * embeddings and the like fit: the varlena headers of vectors only add
 * exceptions.  Decoding is a table lookup at memory speed, where zstd on
 * such data runs at a few hundred MB/s.  Layout:
 *	 uint32 ndict, nexc
 *	 uint32 dict[ndict]
 *	 uint32 excPos[nexc]		ascending element positions
 *	 uint32 excVal[nexc]
 *	 the first xform_start bytes (null bitmap), untransformed
 *	 the len % 4 tail bytes, untransformed
 *	 uint8 index[nelem]			0 at exceptions
 */
#define DICT_MAX			256
#define DICT_CANDIDATES		2048	/* distinct values counted at most */
#define DICT_HASH_SLOTS		4096	/* power of 2, twice DICT_CANDIDATES */
#define DICT_EXC_SHARE		64		/* at most one exception per this many */

static inline uint32
DictHash(uint32 v)
{
	return (v * 0x9E3779B1u) >> 20;		/* top 12 bits: DICT_HASH_SLOTS */
}

/* v's slot in the open-addressing table: its own, or the empty one */
static inline uint32
DictProbe(const uint32 *keys, const int16 *slots, uint32 v)
{
	uint32		h = DictHash(v);

	while (slots[h] >= 0 && keys[h] != v)
		h = (h + 1) & (DICT_HASH_SLOTS - 1);
	return h;
}

typedef struct DictCount
{
	uint32		value;
	uint32		count;
} DictCount;

static int
DictCountCmp(const void *a, const void *b)
{
	const DictCount *x = a;
	const DictCount *y = b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return x->value < y->value ? -1 : x->value > y->value ? 1 : 0;
}

/* appends the CODEC_DICT4 form of raw to out; false if it does not apply */
static bool
AppendDict(StringInfo out, const char *raw, uint32 rawlen, uint32 xform_start)
{
	uint32		len = rawlen - xform_start;
	uint32		nelem = len / 4;
	uint32		tail = len % 4;
	const char *src = raw + xform_start;
	uint32	   *keys;
	int16	   *slots;
	DictCount  *counts;
	uint32		ndistinct = 0;
	uint32		ndict;
	uint32		nexc = 0;
	uint32		maxexc = nelem / DICT_EXC_SHARE;
	uint64		size;
	char	   *p;
	uint32	   *excPos;
	uint32	   *excVal;
	unsigned char *idx;
	bool		ok = false;

	if (nelem < DICT_EXC_SHARE)
		return false;
	keys = palloc(sizeof(uint32) * DICT_HASH_SLOTS);
	slots = palloc(sizeof(int16) * DICT_HASH_SLOTS);
	counts = palloc(sizeof(DictCount) * DICT_CANDIDATES);
	memset(slots, -1, sizeof(int16) * DICT_HASH_SLOTS);

	/*
	 * Count the values, giving up on too many distinct ones: each value
	 * beyond the DICT_MAX kept costs at least one exception, so more than
	 * DICT_MAX + maxexc of them can never pay (random floats stop here
	 * early, before any sorting).
	 */
	for (uint32 i = 0; i < nelem; i++)
	{
		uint32		v;
		uint32		h;

		memcpy(&v, src + (size_t) i * 4, 4);
		h = DictProbe(keys, slots, v);
		if (slots[h] < 0)
		{
			if (ndistinct == Min(DICT_CANDIDATES, DICT_MAX + maxexc))
				goto done;
			keys[h] = v;
			slots[h] = (int16) ndistinct;
			counts[ndistinct].value = v;
			counts[ndistinct].count = 0;
			ndistinct++;
		}
		counts[slots[h]].count++;
	}
	qsort(counts, ndistinct, sizeof(DictCount), DictCountCmp);
	ndict = Min(ndistinct, DICT_MAX);
	for (uint32 i = ndict; i < ndistinct; i++)
		nexc += counts[i].count;
	if (nexc > maxexc)
		goto done;

	/* slot -> index, or -1 for an exception */
	memset(slots, -1, sizeof(int16) * DICT_HASH_SLOTS);
	for (uint32 i = 0; i < ndict; i++)
	{
		uint32		h = DictHash(counts[i].value);

		while (slots[h] >= 0)
			h = (h + 1) & (DICT_HASH_SLOTS - 1);
		keys[h] = counts[i].value;
		slots[h] = (int16) i;
	}

	size = sizeof(uint32) * (2 + (uint64) ndict + 2 * (uint64) nexc) +
		xform_start + tail + nelem;
	enlargeStringInfo(out, size);
	p = out->data + out->len;
	memcpy(p, &ndict, sizeof(uint32));
	memcpy(p + sizeof(uint32), &nexc, sizeof(uint32));
	p += 2 * sizeof(uint32);
	for (uint32 i = 0; i < ndict; i++, p += sizeof(uint32))
		memcpy(p, &counts[i].value, sizeof(uint32));
	excPos = palloc(sizeof(uint32) * Max(nexc, 1));
	excVal = palloc(sizeof(uint32) * Max(nexc, 1));
	idx = (unsigned char *) p + sizeof(uint32) * 2 * (uint64) nexc +
		xform_start + tail;
	nexc = 0;
	for (uint32 i = 0; i < nelem; i++)
	{
		uint32		v;
		uint32		h;

		memcpy(&v, src + (size_t) i * 4, 4);
		h = DictProbe(keys, slots, v);
		if (slots[h] >= 0)
			idx[i] = (unsigned char) slots[h];
		else
		{
			idx[i] = 0;
			excPos[nexc] = i;
			excVal[nexc] = v;
			nexc++;
		}
	}
	memcpy(p, excPos, sizeof(uint32) * nexc);
	p += sizeof(uint32) * nexc;
	memcpy(p, excVal, sizeof(uint32) * nexc);
	p += sizeof(uint32) * nexc;
	memcpy(p, raw, xform_start);
	p += xform_start;
	memcpy(p, src + (size_t) nelem * 4, tail);
	out->len += size;
	out->data[out->len] = '\0';
	pfree(excPos);
	pfree(excVal);
	ok = true;
done:
	pfree(keys);
	pfree(slots);
	pfree(counts);
	return ok;
}

static void
DictDamaged(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATA_CORRUPTED),
			 errmsg("vecstore column chunk has a damaged dictionary")));
}

bool
ColumnarDictHeader(uint32 ndict, uint32 nexc, uint32 storedlen,
				   uint32 rawlen, uint32 xform_start)
{
	uint32		len;

	if (xform_start > rawlen || ndict == 0 || ndict > DICT_MAX)
		return false;
	len = rawlen - xform_start;
	if (nexc > len / 4)
		return false;
	return sizeof(uint32) * (2 + (uint64) ndict + 2 * (uint64) nexc) +
		xform_start + len % 4 + len / 4 == storedlen;
}

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>

#define HAVE_DICT_GATHER 1

static int	dictGatherOk = -1;	/* -1: not yet probed */

/* eight lookups per gather instruction: about twice the scalar loop */
__attribute__((target("avx2")))
static void
Avx2DictExpand(const uint32 *dict, const unsigned char *idx, uint32 n,
				 uint32 *o)
{
	uint32		i = 0;

	for (; i + 8 <= n; i += 8)
	{
		__m256i		x = _mm256_cvtepu8_epi32(_mm_loadl_epi64((const __m128i *) (idx + i)));

		_mm256_storeu_si256((__m256i *) (o + i),
							_mm256_i32gather_epi32((const int *) dict, x, 4));
	}
	for (; i < n; i++)
		o[i] = dict[idx[i]];
}
#endif

void
ColumnarDictExpand(const uint32 *dict, const unsigned char *idx, uint32 n,
				   char *out)
{
	uint32	   *o = (uint32 *) out;

	Assert(((uintptr_t) out & 3) == 0);
#ifdef HAVE_DICT_GATHER
	if (dictGatherOk < 0)
		dictGatherOk = __builtin_cpu_supports("avx2") ? 1 : 0;
	if (dictGatherOk)
	{
		Avx2DictExpand(dict, idx, n, o);
		return;
	}
#endif
	for (uint32 i = 0; i < n; i++)
		o[i] = dict[idx[i]];
}

uint32
ColumnarDictPatch(const uint32 *excPos, const uint32 *excVal, uint32 nexc,
				  uint32 e, uint32 first, uint32 n, char *out)
{
	for (; e < nexc && excPos[e] < first + n; e++)
	{
		if (excPos[e] < first || (e > 0 && excPos[e] <= excPos[e - 1]))
			DictDamaged();
		memcpy(out + (size_t) (excPos[e] - first) * 4, &excVal[e], 4);
	}
	return e;
}

/* decodes a whole CODEC_DICT4 chunk into raw */
static void
DecodeDict(const char *stored, uint32 storedlen, char *raw, uint32 rawlen,
		   uint32 xform_start)
{
	uint32		dict[DICT_MAX];
	uint32		ndict;
	uint32		nexc;
	uint32		len = rawlen - xform_start;
	uint32		nelem = len / 4;
	uint32	   *excPos;
	uint32	   *excVal;
	const char *p;
	char	   *out = raw + xform_start;

	if (storedlen < 2 * sizeof(uint32))
		DictDamaged();
	memcpy(&ndict, stored, sizeof(uint32));
	memcpy(&nexc, stored + sizeof(uint32), sizeof(uint32));
	if (!ColumnarDictHeader(ndict, nexc, storedlen, rawlen, xform_start))
		DictDamaged();
	memset(dict, 0, sizeof(dict));
	p = stored + 2 * sizeof(uint32);
	memcpy(dict, p, sizeof(uint32) * ndict);
	p += sizeof(uint32) * ndict;
	excPos = palloc(sizeof(uint32) * Max(nexc, 1));
	excVal = palloc(sizeof(uint32) * Max(nexc, 1));
	memcpy(excPos, p, sizeof(uint32) * nexc);
	p += sizeof(uint32) * nexc;
	memcpy(excVal, p, sizeof(uint32) * nexc);
	p += sizeof(uint32) * nexc;
	memcpy(raw, p, xform_start);
	p += xform_start;
	memcpy(out + (size_t) nelem * 4, p, len % 4);
	p += len % 4;
	if (((uintptr_t) out & 3) == 0)
		ColumnarDictExpand(dict, (const unsigned char *) p, nelem, out);
	else
	{
		for (uint32 i = 0; i < nelem; i++)
			memcpy(out + (size_t) i * 4, &dict[(unsigned char) p[i]], 4);
	}
	if (ColumnarDictPatch(excPos, excVal, nexc, 0, 0, nelem, out) != nexc)
		DictDamaged();
	pfree(excPos);
	pfree(excVal);
}

/* Is typid (or the base type of a domain) the extension's vector type? */
bool
ColumnarIsVectorType(Oid typid)
{
	static Oid	lastType = InvalidOid;
	static bool lastResult = false;
	Oid			infunc;
	Oid			ioparam;
	FmgrInfo	finfo;

	if (typid == lastType)
		return lastResult;
	getTypeInputInfo(getBaseType(typid), &infunc, &ioparam);
	fmgr_info(infunc, &finfo);
	lastResult = finfo.fn_addr == vector_in;
	lastType = typid;
	return lastResult;
}

/*
 * Could zstd on the byte planes of a vector chunk bring it down to keep
 * bytes?  The order-0 entropy of a sample of each plane estimates what
 * they compress to; the margin leaves room for zstd's matches beating it.
 * Embeddings are mostly random below the exponent (some 80% of their
 * bytes), far from any saving worth keeping, and this spares their chunks
 * a shuffle and zstd runs whose result was thrown away: a quarter of the
 * CPU of loading 768-d vectors.  Exact repeats of whole vectors, which
 * only matches would find, are the case this gives up on.
 */
#define VECTOR_ESTIMATE_MARGIN	1.15

static bool
VectorPlanesMayPay(const char *raw, uint32 rawlen, uint32 xform_start,
				   double keep)
{
	uint32		len = rawlen - xform_start;
	uint32		nelem = len / 4;
	double		estimate;

	if (nelem < ENTROPY_SAMPLE)
		return true;			/* small enough to just try */
	estimate = xform_start + len % 4 + 4 * sizeof(uint32);
	for (int b = 0; b < 4; b++)
	{
		double		h = SampleEntropy(raw + xform_start + b, nelem, 4);

		estimate += (double) nelem * Min(h, 8.0) / 8.0;
	}
	return estimate <= keep * VECTOR_ESTIMATE_MARGIN;
}

/*
 * Vector chunks: compressed only where that saves at least
 * vecstore.vector_compression_min_saving of the raw size.  A scan reads a
 * raw vector chunk in place at memory speed, whereas a compressed one must
 * be decoded first, which costs more than reading the bytes it saves.
 */
uint8
ColumnarEncodeVectorAppend(const char *raw, uint32 rawlen,
						   uint32 xform_start, StringInfo out,
						   StringInfo scratch)
{
	int			start = out->len;
	uint8		codec;
	double		keep = (double) rawlen * (1.0 - columnar_vector_min_saving);

	if (columnar_compression == COLUMNAR_COMPRESSION_NONE ||
		rawlen < SMALL_CHUNK_BYTES)
		return CODEC_NONE;

	/* a dictionary, wherever it applies and saves enough */
	if (AppendDict(out, raw, rawlen, xform_start))
	{
		if ((double) (out->len - start) <= keep)
			return CODEC_DICT4;
		out->len = start;
	}

	if (!VectorPlanesMayPay(raw, rawlen, xform_start, keep))
		return CODEC_NONE;

	codec = ColumnarEncodeAppend(raw, rawlen, xform_start, 4, false, out,
								 scratch);
	if (codec != CODEC_NONE && (double) (out->len - start) > keep)
	{
		out->len = start;
		codec = CODEC_NONE;
	}
	return codec;
}

static void
PlanesDamaged(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATA_CORRUPTED),
			 errmsg("vecstore column chunk has damaged byte planes")));
}

/*
 * CODEC_PLANES: decodes into raw.  Planes stored without compression are
 * unshuffled straight from stored; compressed ones are decompressed into
 * target first (room for rawlen bytes).
 */
static void
DecodePlanes(const char *stored, uint32 storedlen, char *raw, char *target,
			 uint32 rawlen, uint32 xform_start, int width)
{
	const char *planes[8];

	uint32		len = rawlen - xform_start;
	uint32		nelem = len / width;
	uint32		tail = len % width;
	uint32		lens[8];
	uint64		pos;

	if (storedlen < sizeof(uint32) * width)
		PlanesDamaged();
	memcpy(lens, stored, sizeof(uint32) * width);
	pos = sizeof(uint32) * width;
	if ((uint64) storedlen - pos < (uint64) xform_start + tail)
		PlanesDamaged();
	memcpy(raw, stored + pos, xform_start);
	pos += xform_start;
	/* the tail stays after the elements */
	memcpy(raw + xform_start + (size_t) nelem * width, stored + pos, tail);
	pos += tail;
	for (int b = 0; b < width; b++)
	{
		uint32		plen = lens[b] & PLANE_LENGTH_MASK;
		char	   *dst = target + xform_start + (size_t) b * nelem;

		if (plen > storedlen - pos)
			PlanesDamaged();
		if (lens[b] & PLANE_ZSTD)
		{
			size_t		dlen;

			if (zstd_dctx == NULL)
			{
				zstd_dctx = ZSTD_createDCtx();
				if (zstd_dctx == NULL)
					ereport(ERROR,
							(errcode(ERRCODE_OUT_OF_MEMORY),
							 errmsg("out of memory creating a zstd context")));
			}
			dlen = ZSTD_decompressDCtx(zstd_dctx, dst, nelem, stored + pos, plen);
			if (ZSTD_isError(dlen) || dlen != nelem)
				PlanesDamaged();
			planes[b] = dst;
		}
		else
		{
			if (plen != nelem)
				PlanesDamaged();
			planes[b] = stored + pos;
		}
		pos += plen;
	}
	if (pos != storedlen)
		PlanesDamaged();
	UnshufflePlanes(planes, raw + xform_start, nelem, width);
}

void
ColumnarDecode(uint8 codec, const char *stored, uint32 storedlen,
			   char *raw, uint32 rawlen, uint32 xform_start, char *scratch)
{
	int			width = 0;
	char	   *target = raw;
	size_t		dlen;

	if (codec == CODEC_DICT4)
	{
		DecodeDict(stored, storedlen, raw, rawlen, xform_start);
		return;
	}
	if ((codec & ~CODEC_KNOWN_BITS) != 0 ||
		(codec & CODEC_ALGO_MASK) > CODEC_ZSTD ||
		((codec & CODEC_ALGO_MASK) == CODEC_NONE && codec != CODEC_NONE) ||
		xform_start > rawlen)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("vecstore column chunk has an unknown codec %u", codec)));

	if (codec == CODEC_NONE)
	{
		if (storedlen != rawlen)
			ereport(ERROR,
					(errcode(ERRCODE_DATA_CORRUPTED),
					 errmsg("vecstore column chunk has %u bytes, expected %u",
							storedlen, rawlen)));
		memcpy(raw, stored, rawlen);
		return;
	}

	if (codec & CODEC_SHUFFLE4)
		width = 4;
	else if (codec & CODEC_SHUFFLE8)
		width = 8;
	if ((codec & CODEC_PLANES) &&
		(width == 0 || (codec & CODEC_DELTA) || rawlen - xform_start < (uint32) width))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("vecstore column chunk has an unknown codec %u", codec)));
	if (width != 0)
		target = scratch ? scratch : palloc(rawlen);
	if (codec & CODEC_PLANES)
	{
		DecodePlanes(stored, storedlen, raw, target, rawlen, xform_start,
					 width);
		if (target != scratch)
			pfree(target);
		return;
	}

	if (zstd_dctx == NULL)
	{
		zstd_dctx = ZSTD_createDCtx();
		if (zstd_dctx == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory creating a zstd context")));
	}
	dlen = ZSTD_decompressDCtx(zstd_dctx, target, rawlen, stored, storedlen);
	if (ZSTD_isError(dlen) || dlen != rawlen)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("vecstore column chunk does not decompress: %s",
						ZSTD_isError(dlen) ? ZSTD_getErrorName(dlen) :
						"wrong length")));

	if (width != 0)
	{
		uint32		len = rawlen - xform_start;

		memcpy(raw, target, xform_start);
		Unshuffle(target + xform_start, raw + xform_start, len, width);
		if (codec & CODEC_DELTA)
			DeltaDecode(raw + xform_start, len / width, width);
		if (target != scratch)
			pfree(target);
	}
}

const char *
ColumnarCodecName(uint8 codec)
{
	switch (codec & CODEC_ALGO_MASK)
	{
		case CODEC_NONE:
			return "none";
		case CODEC_ZSTD:
			return "zstd";
		case CODEC_DICT4:
			return "dict";
	}
	return "unknown";
}
