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
 * where that is smaller.
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include <zstd.h>

#include "utils/guc.h"

#include "columnar_compress.h"

int			columnar_compression = COLUMNAR_COMPRESSION_ZSTD;
int			columnar_compression_level = 3;

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

/* dst[plane * nelem + i] = src[i * width + plane]; the tail is copied */
static void
Shuffle(const char *src, char *dst, uint32 len, int width)
{
	uint32		nelem = len / width;

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

static void
Unshuffle(const char *src, char *dst, uint32 len, int width)
{
	uint32		nelem = len / width;

	for (int b = 0; b < width; b++)
	{
		const char *s = src + (size_t) b * nelem;
		char	   *d = dst + b;

		for (uint32 i = 0; i < nelem; i++)
			d[(size_t) i * width] = s[i];
	}
	memcpy(dst + (size_t) nelem * width, src + (size_t) nelem * width,
		   len - nelem * width);
}

uint8
ColumnarEncode(const char *raw, uint32 rawlen, uint32 xform_start,
			   int width, bool delta, char **out, uint32 *outlen)
{
	const char *input = raw;
	char	   *xformed = NULL;
	uint8		codec = CODEC_ZSTD;
	size_t		bound;
	size_t		clen;
	char	   *dst;

	*out = (char *) raw;
	*outlen = rawlen;
	if (columnar_compression == COLUMNAR_COMPRESSION_NONE || rawlen == 0)
		return CODEC_NONE;

	Assert(xform_start <= rawlen);
	if ((width == 4 || width == 8) && rawlen - xform_start >= (uint32) width)
	{
		uint32		len = rawlen - xform_start;
		char	   *tmp = NULL;
		const char *src = raw + xform_start;

		xformed = palloc(rawlen);
		memcpy(xformed, raw, xform_start);
		if (delta)
		{
			tmp = palloc(len);
			memcpy(tmp, src, len);
			DeltaEncode(tmp, len / width, width);
			src = tmp;
			codec |= CODEC_DELTA;
		}
		Shuffle(src, xformed + xform_start, len, width);
		codec |= (width == 4) ? CODEC_SHUFFLE4 : CODEC_SHUFFLE8;
		if (tmp)
			pfree(tmp);
		input = xformed;
	}

	if (zstd_cctx == NULL)
	{
		zstd_cctx = ZSTD_createCCtx();
		if (zstd_cctx == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory creating a zstd context")));
	}
	bound = ZSTD_compressBound(rawlen);
	dst = palloc(bound);
	clen = ZSTD_compressCCtx(zstd_cctx, dst, bound, input, rawlen,
							 columnar_compression_level);
	if (xformed)
		pfree(xformed);
	if (ZSTD_isError(clen))
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("zstd compression failed: %s", ZSTD_getErrorName(clen))));

	if (clen >= rawlen)
	{
		pfree(dst);
		return CODEC_NONE;
	}
	*out = dst;
	*outlen = (uint32) clen;
	return codec;
}

void
ColumnarDecode(uint8 codec, const char *stored, uint32 storedlen,
			   char *raw, uint32 rawlen, uint32 xform_start)
{
	int			width = 0;
	char	   *target = raw;
	size_t		dlen;

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
	if (width != 0)
		target = palloc(rawlen);

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
	}
	return "unknown";
}
