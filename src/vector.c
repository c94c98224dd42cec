/*-------------------------------------------------------------------------
 *
 * vector.c
 *	  The vector type itself: text and binary I/O, the typmod, casts from
 *	  and to arrays, and the shared dimension and element checks.
 *
 * Text input is a hot path (bulk loads of embeddings), so elements are
 * parsed by hand; see ParseElementFast for how correct rounding is kept.
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "catalog/pg_type.h"
#include "common/shortest_dec.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "port/pg_bitutils.h"
#include "port/pg_bswap.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"

#include "vector.h"

PG_FUNCTION_INFO_V1(vector_in);
PG_FUNCTION_INFO_V1(vector_out);
PG_FUNCTION_INFO_V1(vector_typmod_in);
PG_FUNCTION_INFO_V1(vector_recv);
PG_FUNCTION_INFO_V1(vector_send);
PG_FUNCTION_INFO_V1(vector);
PG_FUNCTION_INFO_V1(array_to_vector);
PG_FUNCTION_INFO_V1(vector_to_float4);

/*
 * The fast path of ParseElement needs float and double arithmetic done in
 * their own precision (SSE, not x87), a long double with a 64-bit mantissa
 * (x87 extended precision) whose bits it can inspect, and little-endian
 * loads: x86-64, and no -ffast-math (which may turn a division into a
 * multiplication by the reciprocal).  Elsewhere every element goes through
 * strtof.
 */
#if defined(__x86_64__) && LDBL_MANT_DIG == 64 && FLT_EVAL_METHOD == 0 && \
	!defined(__FAST_MATH__)
#define VECTOR_FAST_PARSE 1
#endif

Vector
InitVector(int dim)
{
	Size		size = VECTOR_SIZE(dim);
	Vector		result = (Vector) palloc0(size);

	SET_VARSIZE(result, size);
	result->dim = dim;
	return result;
}

void
CheckDim(int dim)
{
	if (dim < 1)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("vector must have at least 1 dimension")));
	if (dim > VECTOR_MAX_DIM)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("vector cannot have more than %d dimensions",
						VECTOR_MAX_DIM)));
}

void
CheckExpectedDim(int32 typmod, int dim)
{
	if (typmod != -1 && typmod != dim)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("expected %d dimensions, not %d", typmod, dim)));
}

void
CheckDims(Vector a, Vector b)
{
	if (a->dim != b->dim)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("different vector dimensions %d and %d",
						a->dim, b->dim)));
}

void
CheckElement(float value)
{
	if (isnan(value))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("NaN not allowed in vector")));
	if (isinf(value))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("infinite value not allowed in vector")));
}

/* The whitespace the text format accepts around brackets and elements. */
static inline bool
VectorIsSpace(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		c == '\v' || c == '\f';
}

#ifdef VECTOR_FAST_PARSE
/* Powers of ten that a 64-bit mantissa holds exactly (5^27 < 2^64). */
#define FAST_MAX_POW10 27

static const long double pow10_ld[FAST_MAX_POW10 + 1] = {
	1e0L, 1e1L, 1e2L, 1e3L, 1e4L, 1e5L, 1e6L, 1e7L, 1e8L, 1e9L,
	1e10L, 1e11L, 1e12L, 1e13L, 1e14L, 1e15L, 1e16L, 1e17L, 1e18L, 1e19L,
	1e20L, 1e21L, 1e22L, 1e23L, 1e24L, 1e25L, 1e26L, 1e27L
};

/* Powers of ten exact in a double (5^22 < 2^53) and a float (5^10 < 2^24). */
static const double pow10_d[23] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};
static const float pow10_f[11] = {
	1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f
};

/* Are all 8 bytes (little-endian) ASCII digits? */
static inline bool
IsEightDigits(uint64 v)
{
	uint64		high = v & UINT64CONST(0xF0F0F0F0F0F0F0F0);
	uint64		over = (v + UINT64CONST(0x0606060606060606)) &
		UINT64CONST(0xF0F0F0F0F0F0F0F0);

	return (high | (over >> 4)) == UINT64CONST(0x3333333333333333);
}

/*
 * How many of the 8 bytes of v (loaded little-endian) are ASCII digits
 * before the first that is not; v must not be all digits.  Each byte is
 * tested as in IsEightDigits: the addition carries only out of a byte that
 * is no digit, so the bytes below the first such byte are tested exactly.
 */
static inline int
LeadingDigits(uint64 v)
{
	uint64		high = v & UINT64CONST(0xF0F0F0F0F0F0F0F0);
	uint64		over = (v + UINT64CONST(0x0606060606060606)) &
		UINT64CONST(0xF0F0F0F0F0F0F0F0);
	uint64		nondigit = (high | (over >> 4)) ^ UINT64CONST(0x3333333333333333);

	return pg_rightmost_one_pos64(nondigit) / 8;
}

static const uint64 pow10_u64[8] = {
	1, 10, 100, 1000, 10000, 100000, 1000000, 10000000
};

/* The value of 8 ASCII digits loaded little-endian (first digit lowest). */
static inline uint64
EightDigitsValue(uint64 v)
{
	v -= UINT64CONST(0x3030303030303030);
	/* pairs: each 16-bit lane's low byte becomes 10 * d0 + d1 */
	v = v * 10 + (v >> 8);
	/* quads, then all eight, with two multiplies picking the pair bytes */
	v = ((v & UINT64CONST(0x000000FF000000FF)) * UINT64CONST(0x000F424000000064) +
		 ((v >> 16) & UINT64CONST(0x000000FF000000FF)) * UINT64CONST(0x0000271000000001)) >> 32;
	return v;
}

/*
 * Accumulates a run of digits at *p (before end) into *m, taking at most
 * 19 - *nd more of them; returns how many were taken.  Digits beyond that
 * are left at *p.
 */
static inline int
TakeDigits(const char **p, const char *end, uint64 *m, int nd)
{
	const char *q = *p;
	uint64		acc = *m;
	int			taken = 0;

	while (nd + taken + 8 <= 19 && end - q >= 8)
	{
		uint64		v;
		int			k;

		memcpy(&v, q, 8);
		if (IsEightDigits(v))
		{
			acc = acc * 100000000 + EightDigitsValue(v);
			q += 8;
			taken += 8;
			continue;
		}

		/*
		 * Fewer than eight digits left in the run (the six decimals of a
		 * typical element): take them in one go, shifted to the top of the
		 * word behind '0' padding, instead of one by one.
		 */
		k = LeadingDigits(v);
		if (k > 0)
		{
			v = (v << (8 * (8 - k))) |
				(UINT64CONST(0x3030303030303030) >> (8 * k));
			acc = acc * pow10_u64[k] + EightDigitsValue(v);
			q += k;
			taken += k;
		}
		*m = acc;
		*p = q;
		return taken;
	}
	while (nd + taken < 19 && *q >= '0' && *q <= '9')
	{
		acc = acc * 10 + (*q - '0');
		q++;
		taken++;
	}
	*m = acc;
	*p = q;
	return taken;
}

/*
 * Tries to parse a plain decimal number at *str (end is the end of the
 * whole literal).  Returns true and sets *result and *str (to just past the
 * number) when the value could be computed correctly rounded; returns false
 * when the caller must use strtof instead (no digits, hex, more than 19
 * significant digits, large exponents, values near or beyond float's range,
 * rare rounding ties).
 *
 * The significand m (at most 19 digits, so m < 2^64) and 10^|k| are exact
 * in the type used, so m * 10^k or m / 10^-k is one correctly rounded
 * operation: in float when m < 2^24 and |k| <= 10, which is then the
 * answer; in double (m < 2^53, |k| <= 22) or long double (|k| <= 27)
 * otherwise.  Rounding those to float is correct unless the first result
 * landed exactly on the midpoint between two floats, where the first
 * rounding may have decided the tie; those go the next, wider way, and
 * from long double to strtof.
 */
static inline bool
ParseElementFast(const char **str, const char *end, float *result)
{
	const char *p = *str;
	const char *digits_start;
	bool		neg = false;
	uint64		m = 0;
	int			nd = 0;			/* significant digits in m */
	int			exp10 = 0;
	bool		truncated = false;
	bool		any_digit;

	if (*p == '-')
	{
		neg = true;
		p++;
	}
	else if (*p == '+')
		p++;

	/* "0x" starts a hexadecimal float in strtof: not ours */
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
		return false;

	/* integer part: leading zeros, then significant digits */
	digits_start = p;
	while (*p == '0')
		p++;
	nd = TakeDigits(&p, end, &m, 0);
	while (*p >= '0' && *p <= '9')
	{
		exp10++;
		truncated |= (*p != '0');
		p++;
	}
	any_digit = p > digits_start;

	/* fraction */
	if (*p == '.')
	{
		const char *frac_start = ++p;
		int			taken;

		if (nd == 0)
		{
			while (*p == '0')
				p++;
			exp10 -= p - frac_start;
		}
		taken = TakeDigits(&p, end, &m, nd);
		nd += taken;
		exp10 -= taken;
		while (*p >= '0' && *p <= '9')
		{
			truncated |= (*p != '0');
			p++;
		}
		any_digit |= p > frac_start;
	}

	if (!any_digit)
		return false;

	/* exponent, only if at least one digit follows (as strtof does) */
	if (*p == 'e' || *p == 'E')
	{
		const char *q = p + 1;
		bool		eneg = false;

		if (*q == '-')
		{
			eneg = true;
			q++;
		}
		else if (*q == '+')
			q++;

		if (*q >= '0' && *q <= '9')
		{
			int			e = 0;

			while (*q >= '0' && *q <= '9')
			{
				/* saturate; anything this large goes to strtof anyway */
				if (e < 100000)
					e = e * 10 + (*q - '0');
				q++;
			}
			exp10 += eneg ? -e : e;
			p = q;
		}
	}

	if (truncated)
		return false;

	if (m == 0)
	{
		*result = neg ? -0.0f : 0.0f;
		*str = p;
		return true;
	}

	if (m <= (UINT64CONST(1) << 24) && exp10 >= -10 && exp10 <= 10)
	{
		float		f = (float) m;

		f = exp10 >= 0 ? f * pow10_f[exp10] : f / pow10_f[-exp10];
		*result = neg ? -f : f;
		*str = p;
		return true;
	}

	/*
	 * In both wider ways the result is at least 1e-27, far above FLT_MIN,
	 * so it becomes a normal float with 24 significant bits and the
	 * midpoint test looks at the bits below those.
	 */
	if (m <= (UINT64CONST(1) << 53) && exp10 >= -22 && exp10 <= 22)
	{
		double		d = (double) m;
		uint64		bits;

		d = exp10 >= 0 ? d * pow10_d[exp10] : d / pow10_d[-exp10];
		memcpy(&bits, &d, sizeof(bits));
		/* at most 9e15 * 1e22 < FLT_MAX: no overflow possible */
		if ((bits & ((UINT64CONST(1) << 29) - 1)) != (UINT64CONST(1) << 28))
		{
			*result = neg ? -(float) d : (float) d;
			*str = p;
			return true;
		}
	}

	/* below 2^63, m converts to long double with one exact load */
	if (exp10 >= -FAST_MAX_POW10 && exp10 <= FAST_MAX_POW10 &&
		m < (UINT64CONST(1) << 63))
	{
		long double r = (long double) (int64) m;
		uint64		mant;

		r = exp10 >= 0 ? r * pow10_ld[exp10] : r / pow10_ld[-exp10];
		/* float overflow (or rounding to FLT_MAX) is strtof's business */
		if (r > (long double) FLT_MAX)
			return false;
		/* the explicit 64-bit mantissa of the x87 format comes first */
		memcpy(&mant, &r, sizeof(mant));
		if ((mant & ((UINT64CONST(1) << 40) - 1)) != (UINT64CONST(1) << 39))
		{
			*result = neg ? -(float) r : (float) r;
			*str = p;
			return true;
		}
	}

	return false;
}
#endif							/* VECTOR_FAST_PARSE */

/*
 * Reports a malformed text literal: SQLSTATE 22P02 with a detail saying
 * what is wrong.
 */
static void
pg_attribute_noreturn()
ReportBadLiteral(const char *lit, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type vector: \"%s\"", lit),
			 errdetail_internal("%s", detail)));
}

/*
 * Parses one element at *str (no leading whitespace).  On success advances
 * *str past it.  Values that are not numbers, overflow, or are NaN or
 * infinite raise errors; lit is the whole literal, for messages.
 */
static inline float
ParseElement(const char **str, const char *end, const char *lit)
{
	const char *start = *str;
	char	   *stop;
	float		val;

#ifdef VECTOR_FAST_PARSE
	if (ParseElementFast(str, end, &val))
		return val;
#endif

	errno = 0;
	val = strtof(start, &stop);
	if (stop == start)
	{
		if (*start == ',' || *start == ']')
			ReportBadLiteral(lit, "An element is empty.");
		ReportBadLiteral(lit, "An element is not a number.");
	}

	/* like float4in, but an underflow to zero is just zero, as in pgvector */
	if (errno == ERANGE && isinf(val))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("\"%s\" is out of range for type vector",
						pnstrdup(start, stop - start))));
	if (isnan(val))
		ReportBadLiteral(lit, "NaN is not allowed in a vector.");
	if (isinf(val))
		ReportBadLiteral(lit, "Infinite values are not allowed in a vector.");

	*str = stop;
	return val;
}

/*
 * Elements are parsed into this buffer and copied into a result of the
 * right size at the end, which saves counting them first.  vector_in never
 * runs twice at once in a backend, and an error leaves nothing to clean.
 */
static float parse_buffer[VECTOR_MAX_DIM];

/*
 * vector_in(cstring, oid, int4): parses "[1,2,3]".
 */
Datum
vector_in(PG_FUNCTION_ARGS)
{
	const char *lit = PG_GETARG_CSTRING(0);
	int32		typmod = PG_GETARG_INT32(2);
	const char *p = lit;
	size_t		len;
	const char *end;
	int			dim = 0;
	Vector		result;

	while (VectorIsSpace(*p))
		p++;
	if (*p != '[')
		ReportBadLiteral(lit, "Vector contents must start with \"[\".");
	p++;

	len = strlen(p);
	end = p + len;
	while (VectorIsSpace(*p))
		p++;
	if (*p == ']')
		ReportBadLiteral(lit, "A vector must have at least 1 dimension.");

	for (;;)
	{
		if (*p == '\0')
			ReportBadLiteral(lit, "Unexpected end of input.");
		if (dim >= VECTOR_MAX_DIM)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("vector cannot have more than %d dimensions",
							VECTOR_MAX_DIM)));

		parse_buffer[dim++] = ParseElement(&p, end, lit);

		/* "1e", "1.2.3", "1a": a number followed by junk */
		if (!VectorIsSpace(*p) && *p != ',' && *p != ']' && *p != '\0')
			ReportBadLiteral(lit, "An element is not a number.");
		while (VectorIsSpace(*p))
			p++;
		if (*p == ',')
		{
			p++;
			while (VectorIsSpace(*p))
				p++;
			continue;
		}
		if (*p == ']')
			break;
		if (*p == '\0')
			ReportBadLiteral(lit, "Unexpected end of input.");
		ReportBadLiteral(lit, "Elements must be separated by \",\".");
	}
	p++;

	while (VectorIsSpace(*p))
		p++;
	if (*p != '\0')
		ReportBadLiteral(lit, "Junk after closing right bracket.");

	CheckExpectedDim(typmod, dim);

	result = InitVector(dim);
	memcpy(result->x, parse_buffer, sizeof(float) * dim);
	PG_RETURN_VECTOR_P(result);
}

/*
 * vector_out(vector): the shortest text that reads back to each float.
 */
Datum
vector_out(PG_FUNCTION_ARGS)
{
	Vector		vec = PG_GETARG_VECTOR_P(0);
	int			dim = vec->dim;
	char	   *buf;
	char	   *p;

	/* '[', each element and a separator, ']' or NUL */
	buf = palloc((Size) dim * FLOAT_SHORTEST_DECIMAL_LEN + 2);
	p = buf;
	*p++ = '[';
	for (int i = 0; i < dim; i++)
	{
		if (i > 0)
			*p++ = ',';
		p += float_to_shortest_decimal_bufn(vec->x[i], p);
	}
	*p++ = ']';
	*p = '\0';

	PG_FREE_IF_COPY(vec, 0);
	PG_RETURN_CSTRING(buf);
}

/*
 * vector_typmod_in(cstring[]): the typmod is the number of dimensions.
 */
Datum
vector_typmod_in(PG_FUNCTION_ARGS)
{
	ArrayType  *ta = PG_GETARG_ARRAYTYPE_P(0);
	int32	   *tl;
	int			n;

	tl = ArrayGetIntegerTypmods(ta, &n);

	if (n != 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid type modifier")));
	if (*tl < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("dimensions for type vector must be at least 1")));
	if (*tl > VECTOR_MAX_DIM)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("dimensions for type vector cannot exceed %d",
						VECTOR_MAX_DIM)));

	PG_RETURN_INT32(*tl);
}

/* Reports a malformed binary message: SQLSTATE 22P03. */
static void
pg_attribute_noreturn()
ReportBadBinary(const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid binary data for type vector"),
			 errdetail_internal("%s", detail)));
}

/*
 * Copies n network-order float4s from src to dst in host order; false if
 * any is NaN or infinite (all exponent bits set).  Four at a time with
 * SSE2 (COPY binary of embeddings spends a tenth of its time here
 * otherwise), one word-wide pass with no branch per element.
 */
static bool
RecvElements(const char *src, char *dst, int n)
{
	uint32		special = 0;
	int			i = 0;

#if defined(__SSE2__) && !defined(WORDS_BIGENDIAN)
	const __m128i expmask = _mm_set1_epi32(0x7F800000);
	__m128i		acc = _mm_setzero_si128();

	for (; i + 4 <= n; i += 4)
	{
		__m128i		x = _mm_loadu_si128((const __m128i *) (src + 4 * i));

		/* swap the 16-bit halves of each word, then the bytes of each half */
		x = _mm_shufflehi_epi16(_mm_shufflelo_epi16(x, 0xB1), 0xB1);
		x = _mm_or_si128(_mm_slli_epi16(x, 8), _mm_srli_epi16(x, 8));
		acc = _mm_or_si128(acc,
						   _mm_cmpeq_epi32(_mm_and_si128(x, expmask), expmask));
		_mm_storeu_si128((__m128i *) (dst + 4 * i), x);
	}
	special = (uint32) _mm_movemask_epi8(acc);
#endif
	for (; i < n; i++)
	{
		uint32		bits;

		memcpy(&bits, src + 4 * i, sizeof(bits));
		bits = pg_ntoh32(bits);
		special |= (bits & 0x7F800000) == 0x7F800000;
		memcpy(dst + 4 * i, &bits, sizeof(bits));
	}
	return special == 0;
}

/*
 * vector_recv(internal, oid, int4): int16 dim, int16 0, dim float4s, all
 * in network byte order, nothing more.
 */
Datum
vector_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int32		typmod = PG_GETARG_INT32(2);
	int			dim;
	int			unused;
	const char *src;
	Vector		result;

	if (buf->len - buf->cursor < 4)
		ReportBadBinary("The message is shorter than the 4-byte header.");
	dim = (int16) pq_getmsgint(buf, sizeof(int16));
	unused = (int16) pq_getmsgint(buf, sizeof(int16));

	if (dim < 1 || dim > VECTOR_MAX_DIM)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type vector"),
				 errdetail("The dimension count %d is not between 1 and %d.",
						   dim, VECTOR_MAX_DIM)));
	if (unused != 0)
		ReportBadBinary("The reserved field after the dimension count is not zero.");
	if (buf->len - buf->cursor != (int) sizeof(float) * dim)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type vector"),
				 errdetail("%d dimensions need %d bytes of elements, but %d bytes follow.",
						   dim, (int) sizeof(float) * dim,
						   buf->len - buf->cursor)));

	CheckExpectedDim(typmod, dim);

	/* every byte is written below: no need to zero it first */
	result = (Vector) palloc(VECTOR_SIZE(dim));
	SET_VARSIZE(result, VECTOR_SIZE(dim));
	result->dim = dim;
	result->unused = 0;
	src = pq_getmsgbytes(buf, sizeof(float) * dim);
	if (!RecvElements(src, (char *) result->x, dim))
	{
		for (int i = 0; i < dim; i++)
			if (isnan(result->x[i]) || isinf(result->x[i]))
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
						 errmsg("invalid binary data for type vector"),
						 errdetail("Element %d is NaN or infinite.", i + 1)));
	}

	PG_RETURN_VECTOR_P(result);
}

/*
 * vector_send(vector)
 */
Datum
vector_send(PG_FUNCTION_ARGS)
{
	Vector		vec = PG_GETARG_VECTOR_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint16(&buf, vec->dim);
	pq_sendint16(&buf, 0);
	enlargeStringInfo(&buf, sizeof(float) * vec->dim);
	for (int i = 0; i < vec->dim; i++)
	{
		uint32		bits;

		memcpy(&bits, &vec->x[i], sizeof(bits));
		bits = pg_hton32(bits);
		memcpy(buf.data + buf.len, &bits, sizeof(bits));
		buf.len += sizeof(bits);
	}
	buf.data[buf.len] = '\0';

	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/*
 * vector(vector, int4, bool): the length coercion to vector(n).
 */
Datum
vector(PG_FUNCTION_ARGS)
{
	Vector		vec = PG_GETARG_VECTOR_P(0);
	int32		typmod = PG_GETARG_INT32(1);

	CheckExpectedDim(typmod, vec->dim);

	PG_RETURN_VECTOR_P(vec);
}

/*
 * array_to_vector({int4,float4,float8,numeric}[], int4, bool)
 */
Datum
array_to_vector(PG_FUNCTION_ARGS)
{
	ArrayType  *array = PG_GETARG_ARRAYTYPE_P(0);
	int32		typmod = PG_GETARG_INT32(1);
	Oid			elemtype = ARR_ELEMTYPE(array);
	int			ndim = ARR_NDIM(array);
	int			dim;
	Vector		result;

	if (ndim > 1)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("array must be 1-D")));
	if (array_contains_nulls(array))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("array must not contain nulls")));

	dim = ndim == 0 ? 0 : ARR_DIMS(array)[0];
	CheckDim(dim);
	CheckExpectedDim(typmod, dim);

	result = InitVector(dim);

	switch (elemtype)
	{
		case INT4OID:
			{
				int32	   *src = (int32 *) ARR_DATA_PTR(array);

				for (int i = 0; i < dim; i++)
					result->x[i] = (float) src[i];
				break;
			}
		case FLOAT4OID:
			memcpy(result->x, ARR_DATA_PTR(array), sizeof(float) * dim);
			break;
		case FLOAT8OID:
			{
				float8	   *src = (float8 *) ARR_DATA_PTR(array);

				for (int i = 0; i < dim; i++)
				{
					float		val = (float) src[i];

					/* a finite double beyond float's range is out of range */
					if (isinf(val) && !isinf(src[i]))
						ereport(ERROR,
								(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
								 errmsg("value out of range: overflow")));
					result->x[i] = val;
				}
				break;
			}
		case NUMERICOID:
			{
				Datum	   *elems;
				int			nelems;

				deconstruct_array(array, NUMERICOID, -1, false, TYPALIGN_INT,
								  &elems, NULL, &nelems);
				for (int i = 0; i < nelems; i++)
					result->x[i] = DatumGetFloat4(DirectFunctionCall1(numeric_float4,
																	  elems[i]));
				break;
			}
		default:
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("unsupported array type %s",
							format_type_be(get_array_type(elemtype)))));
	}

	for (int i = 0; i < dim; i++)
		CheckElement(result->x[i]);

	PG_RETURN_VECTOR_P(result);
}

/*
 * vector_to_float4(vector, int4, bool): the cast to real[].
 */
Datum
vector_to_float4(PG_FUNCTION_ARGS)
{
	Vector		vec = PG_GETARG_VECTOR_P(0);
	Datum	   *elems = palloc(sizeof(Datum) * vec->dim);
	ArrayType  *result;

	for (int i = 0; i < vec->dim; i++)
		elems[i] = Float4GetDatum(vec->x[i]);

	result = construct_array(elems, vec->dim, FLOAT4OID, sizeof(float4),
							 true, TYPALIGN_INT);

	PG_FREE_IF_COPY(vec, 0);
	PG_RETURN_POINTER(result);
}
