/*-------------------------------------------------------------------------
 *
 * ivf_rabitq.c
 *	  The RaBitQ estimator of the ivfrabitq index: a seeded random
 *	  orthogonal rotation, 1-bit codes of rotated residuals, and the
 *	  estimate of a distance from a code and a 4-bit quantized query.
 *
 * Rotation: four rounds of (random sign flips; normalised fast
 * Walsh-Hadamard transform), alternating over the first and the last
 * P = 2^floor(log2 D) coordinates, so that every coordinate is mixed for
 * any D without padding.  Each step is orthogonal, so is the product.
 *
 * Estimator (Gao and Long, RaBitQ, SIGMOD 2024): for a data residual r
 * with rotated unit direction o and code xbar = (2b - 1)/sqrt(D), and a
 * rotated query residual y,
 *		<r, y> ~= |r| <xbar, y> / <xbar, o>
 * which is unbiased; its error is below
 *		|r| |y| sqrt(1 - <xbar,o>^2) / <xbar,o> * 1.9 / sqrt(D - 1)
 * with high probability (the factor ipf = <xbar, o> stored per vector
 * gives that bound).  <xbar, y> is computed with popcounts against the
 * four bit planes of y quantized to 4 bits.
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include <math.h>

#include "distance.h"
#include "ivf.h"
#include "vector.h"

/* splitmix64: small, good enough, and the same on every platform */
uint64
IvfRandom(uint64 *state)
{
	uint64		z = (*state += UINT64CONST(0x9E3779B97F4A7C15));

	z = (z ^ (z >> 30)) * UINT64CONST(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64CONST(0x94D049BB133111EB);
	return z ^ (z >> 31);
}

/* signs: room for 4 * dims floats, owned by the caller */
void
IvfRotationInit(IvfRotationData *rot, int dims, uint32 seed, float *signs)
{
	uint64		state = ((uint64) seed << 32) ^ UINT64CONST(0x5EED0F1F);
	int			p = 1;

	while (p * 2 <= dims)
		p *= 2;
	rot->dims = dims;
	rot->pow2 = p;
	rot->signs = signs;
	for (int i = 0; i < 4 * dims; i++)
		rot->signs[i] = (IvfRandom(&state) & 1) ? 1.0f : -1.0f;
}

/*
 * The rotation is a main cost of an insert.  RotateGeneric is ROTATE_BODY
 * at -O3 for baseline x86-64; Avx2Rotate and Avx512Rotate (so named for
 * test/unit/check-no-avx) do the same butterflies in registers.  Only
 * additions, subtractions and multiplications by +-1 or one scale factor
 * happen, each element through the same ones in the same order, so all
 * three give the same bits and an index reads the same on any CPU.
 */
#if defined(__GNUC__) && !defined(__clang__)
#define IVF_VECTORIZE __attribute__((optimize("O3")))
#else
#define IVF_VECTORIZE
#endif

/*
 * Stages 1, 2 and 4 of the transform within blocks of 8 in registers, the
 * wider stages as two non-overlapping runs that vectorise.
 */
#define ROTATE_BODY \
	int			d = rot->dims; \
	int			p = rot->pow2; \
	float		scale = 1.0f / sqrtf((float) p); \
	for (int round = 0; round < 4; round++) \
	{ \
		const float *restrict s = rot->signs + round * d; \
		float	   *w = (round & 1) ? v + (d - p) : v; \
		int			h = 1; \
		for (int i = 0; i < d; i++) \
			v[i] *= s[i]; \
		if (p >= 8) \
		{ \
			for (int i = 0; i < p; i += 8) \
			{ \
				float	   *x = w + i; \
				float		a0 = x[0] + x[1], a1 = x[0] - x[1], \
							a2 = x[2] + x[3], a3 = x[2] - x[3], \
							a4 = x[4] + x[5], a5 = x[4] - x[5], \
							a6 = x[6] + x[7], a7 = x[6] - x[7]; \
				float		b0 = a0 + a2, b1 = a1 + a3, b2 = a0 - a2, b3 = a1 - a3, \
							b4 = a4 + a6, b5 = a5 + a7, b6 = a4 - a6, b7 = a5 - a7; \
				x[0] = b0 + b4; x[1] = b1 + b5; x[2] = b2 + b6; x[3] = b3 + b7; \
				x[4] = b0 - b4; x[5] = b1 - b5; x[6] = b2 - b6; x[7] = b3 - b7; \
			} \
			h = 8; \
		} \
		for (; h < p; h <<= 1) \
			for (int i = 0; i < p; i += h << 1) \
			{ \
				float	   *restrict lo = w + i; \
				float	   *restrict hi = w + i + h; \
				for (int j = 0; j < h; j++) \
				{ \
					float		a = lo[j]; \
					float		b = hi[j]; \
					lo[j] = a + b; \
					hi[j] = a - b; \
				} \
			} \
		for (int i = 0; i < p; i++) \
			w[i] *= scale; \
	}

IVF_VECTORIZE
static void
RotateGeneric(const IvfRotationData *rot, float *v)
{
ROTATE_BODY
}

#if defined(__x86_64__) && defined(__GNUC__)
#define HAVE_IVF_AVX2 1
#include <immintrin.h>

/*
 * The rotation with the butterflies in registers.  Every element still
 * goes through the same additions and subtractions of the same operands
 * as in ROTATE_BODY (a + b == b + a exactly), so the bits are the same;
 * only the order of the work differs.  Stages 1, 2 and 4 are lane
 * permutations of one register; the wider stages go three at a time
 * over 8 registers, so that a round makes two or three passes over
 * memory instead of six or more; the sign flips ride on the first pass
 * and the scaling on the last.
 */
#define AVX2_BUTTERFLY(v, p, mask) \
	_mm256_blend_ps(_mm256_add_ps((v), (p)), _mm256_sub_ps((p), (v)), (mask))

__attribute__((target("avx2")))
static inline __m256
Avx2Fwht8(__m256 v)
{
	v = AVX2_BUTTERFLY(v, _mm256_permute_ps(v, 0xB1), 0xAA);
	v = AVX2_BUTTERFLY(v, _mm256_permute_ps(v, 0x4E), 0xCC);
	return AVX2_BUTTERFLY(v, _mm256_permute2f128_ps(v, v, 0x01), 0xF0);
}

/*
 * Stages h, 2h, 4h (h >= 8) over w[0 .. p), the results times scale if
 * last (the normalisation, as its own pass would do it).
 */
__attribute__((target("avx2")))
static inline void
Avx2FwhtRadix8(float *w, int p, int h, bool last, __m256 scale)
{
	for (int i = 0; i < p; i += 8 * h)
		for (int j = i; j < i + h; j += 8)
		{
			__m256		x0 = _mm256_loadu_ps(w + j),
						x1 = _mm256_loadu_ps(w + j + h),
						x2 = _mm256_loadu_ps(w + j + 2 * h),
						x3 = _mm256_loadu_ps(w + j + 3 * h),
						x4 = _mm256_loadu_ps(w + j + 4 * h),
						x5 = _mm256_loadu_ps(w + j + 5 * h),
						x6 = _mm256_loadu_ps(w + j + 6 * h),
						x7 = _mm256_loadu_ps(w + j + 7 * h);
			__m256		a0 = _mm256_add_ps(x0, x1), a1 = _mm256_sub_ps(x0, x1),
						a2 = _mm256_add_ps(x2, x3), a3 = _mm256_sub_ps(x2, x3),
						a4 = _mm256_add_ps(x4, x5), a5 = _mm256_sub_ps(x4, x5),
						a6 = _mm256_add_ps(x6, x7), a7 = _mm256_sub_ps(x6, x7);
			__m256		b0 = _mm256_add_ps(a0, a2), b1 = _mm256_add_ps(a1, a3),
						b2 = _mm256_sub_ps(a0, a2), b3 = _mm256_sub_ps(a1, a3),
						b4 = _mm256_add_ps(a4, a6), b5 = _mm256_add_ps(a5, a7),
						b6 = _mm256_sub_ps(a4, a6), b7 = _mm256_sub_ps(a5, a7);

			__m256		y[8];

			y[0] = _mm256_add_ps(b0, b4);
			y[1] = _mm256_add_ps(b1, b5);
			y[2] = _mm256_add_ps(b2, b6);
			y[3] = _mm256_add_ps(b3, b7);
			y[4] = _mm256_sub_ps(b0, b4);
			y[5] = _mm256_sub_ps(b1, b5);
			y[6] = _mm256_sub_ps(b2, b6);
			y[7] = _mm256_sub_ps(b3, b7);
			for (int k = 0; k < 8; k++)
				_mm256_storeu_ps(w + j + k * h, last ? _mm256_mul_ps(y[k], scale) : y[k]);
		}
}

/* stage h (h >= 8) over w[0 .. p), times scale if last */
__attribute__((target("avx2")))
static inline void
Avx2FwhtRadix2(float *w, int p, int h, bool last, __m256 scale)
{
	for (int i = 0; i < p; i += 2 * h)
		for (int j = i; j < i + h; j += 8)
		{
			__m256		a = _mm256_loadu_ps(w + j),
						b = _mm256_loadu_ps(w + j + h);

			__m256		lo = _mm256_add_ps(a, b),
						hi = _mm256_sub_ps(a, b);

			if (last)
			{
				lo = _mm256_mul_ps(lo, scale);
				hi = _mm256_mul_ps(hi, scale);
			}
			_mm256_storeu_ps(w + j, lo);
			_mm256_storeu_ps(w + j + h, hi);
		}
}

/* v[i] *= s[i] for i in [from, to) */
__attribute__((target("avx2")))
static inline void
Avx2FlipSigns(float *v, const float *s, int from, int to)
{
	int			i = from;

	for (; i + 8 <= to; i += 8)
		_mm256_storeu_ps(v + i, _mm256_mul_ps(_mm256_loadu_ps(v + i),
											  _mm256_loadu_ps(s + i)));
	for (; i < to; i++)
		v[i] *= s[i];
}

__attribute__((target("avx2")))
static void
Avx2Rotate(const IvfRotationData *rot, float *v)
{
	int			d = rot->dims;
	int			p = rot->pow2;
	float		scale = 1.0f / sqrtf((float) p);
	__m256		vscale = _mm256_set1_ps(scale);

	if (p < 8)
	{
		RotateGeneric(rot, v);
		return;
	}
	for (int round = 0; round < 4; round++)
	{
		const float *s = rot->signs + round * d;
		int			off = (round & 1) ? d - p : 0;
		float	   *w = v + off;
		const float *ws = s + off;
		int			h = 8;

		/* the sign flips outside w here, inside w with stages 1 to 4 */
		Avx2FlipSigns(v, s, 0, off);
		Avx2FlipSigns(v, s, off + p, d);
		for (int i = 0; i < p; i += 8)
		{
			__m256		x = _mm256_mul_ps(_mm256_loadu_ps(w + i), _mm256_loadu_ps(ws + i));

			x = Avx2Fwht8(x);
			_mm256_storeu_ps(w + i, p == 8 ? _mm256_mul_ps(x, vscale) : x);
		}
		for (; h * 8 <= p; h *= 8)
			Avx2FwhtRadix8(w, p, h, h * 8 == p, vscale);
		for (; h < p; h *= 2)
			Avx2FwhtRadix2(w, p, h, h * 2 == p, vscale);
	}
}

#if defined(__clang__) || __GNUC__ >= 8
#define HAVE_IVF_AVX512_ROTATE 1

/* Avx2Rotate with 16 lanes: stages 1 to 8 in one register */
#define AVX512_BUTTERFLY(v, p, mask) \
	_mm512_mask_blend_ps((mask), _mm512_add_ps((v), (p)), _mm512_sub_ps((p), (v)))

__attribute__((target("avx512f")))
static inline __m512
Avx512Fwht16(__m512 v)
{
	v = AVX512_BUTTERFLY(v, _mm512_permute_ps(v, 0xB1), 0xAAAA);
	v = AVX512_BUTTERFLY(v, _mm512_permute_ps(v, 0x4E), 0xCCCC);
	v = AVX512_BUTTERFLY(v, _mm512_shuffle_f32x4(v, v, 0xB1), 0xF0F0);
	return AVX512_BUTTERFLY(v, _mm512_shuffle_f32x4(v, v, 0x4E), 0xFF00);
}

/* stages h, 2h, 4h (h >= 16) over w[0 .. p), times scale if last */
__attribute__((target("avx512f")))
static inline void
Avx512FwhtRadix8(float *w, int p, int h, bool last, __m512 scale)
{
	for (int i = 0; i < p; i += 8 * h)
		for (int j = i; j < i + h; j += 16)
		{
			__m512		x0 = _mm512_loadu_ps(w + j),
						x1 = _mm512_loadu_ps(w + j + h),
						x2 = _mm512_loadu_ps(w + j + 2 * h),
						x3 = _mm512_loadu_ps(w + j + 3 * h),
						x4 = _mm512_loadu_ps(w + j + 4 * h),
						x5 = _mm512_loadu_ps(w + j + 5 * h),
						x6 = _mm512_loadu_ps(w + j + 6 * h),
						x7 = _mm512_loadu_ps(w + j + 7 * h);
			__m512		a0 = _mm512_add_ps(x0, x1), a1 = _mm512_sub_ps(x0, x1),
						a2 = _mm512_add_ps(x2, x3), a3 = _mm512_sub_ps(x2, x3),
						a4 = _mm512_add_ps(x4, x5), a5 = _mm512_sub_ps(x4, x5),
						a6 = _mm512_add_ps(x6, x7), a7 = _mm512_sub_ps(x6, x7);
			__m512		b0 = _mm512_add_ps(a0, a2), b1 = _mm512_add_ps(a1, a3),
						b2 = _mm512_sub_ps(a0, a2), b3 = _mm512_sub_ps(a1, a3),
						b4 = _mm512_add_ps(a4, a6), b5 = _mm512_add_ps(a5, a7),
						b6 = _mm512_sub_ps(a4, a6), b7 = _mm512_sub_ps(a5, a7);
			__m512		y[8];

			y[0] = _mm512_add_ps(b0, b4);
			y[1] = _mm512_add_ps(b1, b5);
			y[2] = _mm512_add_ps(b2, b6);
			y[3] = _mm512_add_ps(b3, b7);
			y[4] = _mm512_sub_ps(b0, b4);
			y[5] = _mm512_sub_ps(b1, b5);
			y[6] = _mm512_sub_ps(b2, b6);
			y[7] = _mm512_sub_ps(b3, b7);
			for (int k = 0; k < 8; k++)
				_mm512_storeu_ps(w + j + k * h, last ? _mm512_mul_ps(y[k], scale) : y[k]);
		}
}

/* stage h (h >= 16) over w[0 .. p), times scale if last */
__attribute__((target("avx512f")))
static inline void
Avx512FwhtRadix2(float *w, int p, int h, bool last, __m512 scale)
{
	for (int i = 0; i < p; i += 2 * h)
		for (int j = i; j < i + h; j += 16)
		{
			__m512		a = _mm512_loadu_ps(w + j),
						b = _mm512_loadu_ps(w + j + h);
			__m512		lo = _mm512_add_ps(a, b),
						hi = _mm512_sub_ps(a, b);

			if (last)
			{
				lo = _mm512_mul_ps(lo, scale);
				hi = _mm512_mul_ps(hi, scale);
			}
			_mm512_storeu_ps(w + j, lo);
			_mm512_storeu_ps(w + j + h, hi);
		}
}

/* v[i] *= s[i] for i in [from, to) */
__attribute__((target("avx512f")))
static inline void
Avx512FlipSigns(float *v, const float *s, int from, int to)
{
	for (int i = from; i < to; i += 16)
	{
		__mmask16	m = to - i >= 16 ? 0xFFFF : (__mmask16) ((1u << (to - i)) - 1);

		_mm512_mask_storeu_ps(v + i, m, _mm512_mul_ps(_mm512_maskz_loadu_ps(m, v + i),
													  _mm512_maskz_loadu_ps(m, s + i)));
	}
}

__attribute__((target("avx512f")))
static void
Avx512Rotate(const IvfRotationData *rot, float *v)
{
	int			d = rot->dims;
	int			p = rot->pow2;
	__m512		vscale = _mm512_set1_ps(1.0f / sqrtf((float) p));

	if (p < 16)
	{
		RotateGeneric(rot, v);
		return;
	}
	for (int round = 0; round < 4; round++)
	{
		const float *s = rot->signs + round * d;
		int			off = (round & 1) ? d - p : 0;
		float	   *w = v + off;
		const float *ws = s + off;
		int			h = 16;

		Avx512FlipSigns(v, s, 0, off);
		Avx512FlipSigns(v, s, off + p, d);
		for (int i = 0; i < p; i += 16)
		{
			__m512		x = _mm512_mul_ps(_mm512_loadu_ps(w + i), _mm512_loadu_ps(ws + i));

			x = Avx512Fwht16(x);
			_mm512_storeu_ps(w + i, p == 16 ? _mm512_mul_ps(x, vscale) : x);
		}
		for (; h * 8 <= p; h *= 8)
			Avx512FwhtRadix8(w, p, h, h * 8 == p, vscale);
		for (; h < p; h *= 2)
			Avx512FwhtRadix2(w, p, h, h * 2 == p, vscale);
	}
}
#endif
#endif


static void (*rotate_impl) (const IvfRotationData *rot, float *v) = RotateGeneric;

/* In place: v = R v */
void
IvfRotate(const IvfRotationData *rot, float *v)
{
	rotate_impl(rot, v);
}

/*
 * The sums of IvfEncode go over 8 interleaved partial sums (element i into
 * sum i % 8, up to the last multiple of 8), reduced as ((s0 + s4) + (s2 +
 * s6)) + ((s1 + s5) + (s3 + s7)), then the remaining elements in order:
 * the order of one AVX2 register, so that the generic code and the AVX2
 * code give the same bits.
 */
static inline float
StripeSum(const float *s)
{
	return ((s[0] + s[4]) + (s[2] + s[6])) + ((s[1] + s[5]) + (s[3] + s[7]));
}

/* work = x - c; *rr = |work|^2, *rc = <work, c> */
static void
ResidualGeneric(const float *x, const float *c, float *work, int d,
				float *rr, float *rc)
{
	float		srr[8] = {0},
				src[8] = {0};
	int			i = 0;
	float		a,
				b;

	for (; i + 8 <= d; i += 8)
		for (int k = 0; k < 8; k++)
		{
			float		r = x[i + k] - c[i + k];

			work[i + k] = r;
			srr[k] += r * r;
			src[k] += r * c[i + k];
		}
	a = StripeSum(srr);
	b = StripeSum(src);
	for (; i < d; i++)
	{
		work[i] = x[i] - c[i];
		a += work[i] * work[i];
		b += work[i] * c[i];
	}
	*rr = a;
	*rc = b;
}

/*
 * The sign bits of o (bit i % 8 of byte i / 8 set when o[i] > 0, the same
 * layout on any byte order) into code; returns sum |o[i]|.
 */
static float
SignsGeneric(const float *o, int d, unsigned char *code)
{
	float		sa[8] = {0};
	float		sum;
	int			i = 0;

	for (; i + 8 <= d; i += 8)
	{
		unsigned	bits = 0;

		for (int k = 0; k < 8; k++)
		{
			bits |= (unsigned) (o[i + k] > 0) << k;
			sa[k] += fabsf(o[i + k]);
		}
		code[i / 8] = (unsigned char) bits;
	}
	sum = StripeSum(sa);
	/* fewer than 8 left: one last byte */
	if (i < d)
		code[i / 8] = 0;
	for (; i < d; i++)
	{
		if (o[i] > 0)
			code[i / 8] |= (unsigned char) (1 << (i % 8));
		sum += fabsf(o[i]);
	}
	return sum;
}

#ifdef HAVE_IVF_AVX2
__attribute__((target("avx2")))
static inline float
Avx2StripeSum(__m256 v)
{
	__m128		s4 = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
	__m128		s2 = _mm_add_ps(s4, _mm_movehl_ps(s4, s4));

	/* lanes: s0 + s4, s1 + s5, s2 + s6, s3 + s7; then (0 + 2), (1 + 3) */
	return _mm_cvtss_f32(_mm_add_ss(s2, _mm_shuffle_ps(s2, s2, 0x55)));
}

__attribute__((target("avx2")))
static void
Avx2Residual(const float *x, const float *c, float *work, int d,
			 float *rr, float *rc)
{
	__m256		srr = _mm256_setzero_ps(),
				src = _mm256_setzero_ps();
	int			i = 0;
	float		a,
				b;

	for (; i + 8 <= d; i += 8)
	{
		__m256		cv = _mm256_loadu_ps(c + i);
		__m256		r = _mm256_sub_ps(_mm256_loadu_ps(x + i), cv);

		_mm256_storeu_ps(work + i, r);
		srr = _mm256_add_ps(srr, _mm256_mul_ps(r, r));
		src = _mm256_add_ps(src, _mm256_mul_ps(r, cv));
	}
	a = Avx2StripeSum(srr);
	b = Avx2StripeSum(src);
	for (; i < d; i++)
	{
		work[i] = x[i] - c[i];
		a += work[i] * work[i];
		b += work[i] * c[i];
	}
	*rr = a;
	*rc = b;
}

__attribute__((target("avx2")))
static float
Avx2Signs(const float *o, int d, unsigned char *code)
{
	__m256		zero = _mm256_setzero_ps();
	__m256		absmask = _mm256_castsi256_ps(_mm256_set1_epi32(0x7FFFFFFF));
	__m256		sa = _mm256_setzero_ps();
	float		sum;
	int			i = 0;

	for (; i + 8 <= d; i += 8)
	{
		__m256		v = _mm256_loadu_ps(o + i);

		code[i / 8] = (unsigned char) _mm256_movemask_ps(_mm256_cmp_ps(v, zero, _CMP_GT_OQ));
		sa = _mm256_add_ps(sa, _mm256_and_ps(v, absmask));
	}
	sum = Avx2StripeSum(sa);
	/* fewer than 8 left: one last byte */
	if (i < d)
		code[i / 8] = 0;
	for (; i < d; i++)
	{
		if (o[i] > 0)
			code[i / 8] |= (unsigned char) (1 << (i % 8));
		sum += fabsf(o[i]);
	}
	return sum;
}
#endif

static void (*residual_impl) (const float *x, const float *c, float *work, int d,
							  float *rr, float *rc) = ResidualGeneric;
static float (*signs_impl) (const float *o, int d, unsigned char *code) = SignsGeneric;

/*
 * Entry of vector x (already normalised for cosine) in the list of
 * centroid c, TID left for the caller.  work holds dims floats.  With
 * rotated, x and c are already rotated (the rotation is linear and
 * orthogonal, so R(x - c) = Rx - Rc, and |r| and <r, c> are the same in
 * both spaces).
 */
void
IvfEncode(const IvfRotationData *rot, bool rotated, const float *x, const float *c,
		  float *work, int strategy, IvfEntry entry)
{
	int			d = rot->dims;
	unsigned char *code = (unsigned char *) entry + IVF_ENTRY_HEAD(strategy);
	float		rr,
				rc,
				sumabs,
				rnorm,
				ipf;
	uint16		ipq;

	residual_impl(x, c, work, d, &rr, &rc);
	if (!rotated)
		IvfRotate(rot, work);
	sumabs = signs_impl(work, d, code);
	rnorm = sqrtf(rr);
	/* sum|o_i| / sqrt(D) >= 1/sqrt(D): never zero for a nonzero residual */
	ipf = rr > 0 ? sumabs / (rnorm * sqrtf((float) d)) : 1.0f;
	if (!(ipf > 0) || ipf > 1)
		ipf = 1.0f;
	/* 16 bits: far finer than the estimator's own error */
	ipq = (uint16) Max(1, Min(65535, (int) lrintf(ipf * 65535.0f)));
	memcpy(entry + IVF_ENTRY_RNORM, &rnorm, sizeof(float));
	memcpy(entry + IVF_ENTRY_IPF, &ipq, sizeof(uint16));
	if (strategy == IVF_STRATEGY_IP)
		memcpy(entry + IVF_ENTRY_RC, &rc, sizeof(float));
}

/*
 * The 4-bit planes of work (d floats) quantized as u = round((y - lo) *
 * inv) in 0..15; returns the sum of the u.
 */
static int64
QuantizeGeneric(const float *work, int d, int words, float lo, float inv,
				uint64 *planes)
{
	int64		sumU = 0;

	for (int w = 0; w < words; w++)
	{
		uint64		p0 = 0,
					p1 = 0,
					p2 = 0,
					p3 = 0;
		int			n = Min(64, d - w * 64);
		const float *y = work + w * 64;

		for (int k = 0; k < n; k++)
		{
			int			u = (int) ((y[k] - lo) * inv + 0.5f);

			u = Max(0, Min(15, u));
			sumU += u;
			p0 |= (uint64) (u & 1) << k;
			p1 |= (uint64) ((u >> 1) & 1) << k;
			p2 |= (uint64) ((u >> 2) & 1) << k;
			p3 |= (uint64) ((u >> 3) & 1) << k;
		}
		planes[w] = p0;
		planes[words + w] = p1;
		planes[2 * words + w] = p2;
		planes[3 * words + w] = p3;
	}
	return sumU;
}

#if defined(__x86_64__) && defined(__GNUC__) && \
	(defined(__clang__) || __GNUC__ >= 8)
#define HAVE_IVF_AVX512_QUANTIZE 1
#include <immintrin.h>

/* QuantizeGeneric, 16 dimensions at a time, bit planes from mask tests */
__attribute__((target("avx512f")))
static int64
Avx512Quantize(const float *work, int d, int words, float lo, float inv,
			   uint64 *planes)
{
	__m512		vlo = _mm512_set1_ps(lo);
	__m512		vinv = _mm512_set1_ps(inv);
	__m512		half = _mm512_set1_ps(0.5f);
	__m512i		zero = _mm512_setzero_si512();
	__m512i		fifteen = _mm512_set1_epi32(15);
	__m512i		acc = _mm512_setzero_si512();

	for (int w = 0; w < words; w++)
	{
		uint64		p[4] = {0, 0, 0, 0};

		for (int k = 0; k < 64 && w * 64 + k < d; k += 16)
		{
			int			i = w * 64 + k;
			__mmask16	m = d - i >= 16 ? 0xFFFF : (__mmask16) ((1u << (d - i)) - 1);
			__m512		y = _mm512_maskz_loadu_ps(m, work + i);
			__m512i		u;

			/* truncation of a value >= -0.5 rounds as the scalar code */
			y = _mm512_add_ps(_mm512_mul_ps(_mm512_sub_ps(y, vlo), vinv), half);
			u = _mm512_cvttps_epi32(y);
			u = _mm512_maskz_min_epi32(m, _mm512_max_epi32(u, zero), fifteen);
			acc = _mm512_add_epi32(acc, u);
			for (int j = 0; j < 4; j++)
				p[j] |= (uint64) _mm512_test_epi32_mask(u, _mm512_set1_epi32(1 << j)) << k;
		}
		for (int j = 0; j < 4; j++)
			planes[j * words + w] = p[j];
	}
	return _mm512_reduce_add_epi32(acc);
}
#endif

static int64 (*quantize_impl) (const float *work, int d, int words, float lo,
							   float inv, uint64 *planes) = QuantizeGeneric;

/*
 * Rotated and 4-bit quantized residual of query q to centroid c (with
 * rotated, both are rotated already: a scan rotates the query once).
 */
void
IvfPrepareQuery(const IvfRotationData *rot, bool rotated, const float *q,
				const float *c, float *work, IvfQueryCodeData *qc)
{
	int			d = rot->dims;
	int			words = IVF_CODE_WORDS(d);
	float		qrr,
				qcs,
				lo,
				hi,
				inv;
	int64		sumU;

	/* |q - c|^2 and <q, c> are the same rotated or not */
	qrr = VectorL2SquaredDistance(d, q, c);
	qcs = VectorInnerProduct(d, q, c);
	for (int i = 0; i < d; i++)
		work[i] = q[i] - c[i];
	if (!rotated)
		IvfRotate(rot, work);
	lo = hi = work[0];
	for (int i = 1; i < d; i++)
	{
		lo = Min(lo, work[i]);
		hi = Max(hi, work[i]);
	}
	qc->dims = d;
	qc->words = words;
	qc->lo = lo;
	qc->delta = (hi > lo) ? (hi - lo) / 15.0f : 0.0f;
	inv = qc->delta > 0 ? 1.0f / qc->delta : 0.0f;
	sumU = quantize_impl(work, d, words, lo, inv, qc->planes);
	qc->sumU = (float) sumU;
	qc->qrr = (float) qrr;
	qc->qc = (float) qcs;
	/*
	 * The estimate of <r, y> errs by more than |r| |y| sqrt(1 - ipf^2) /
	 * ipf * eps / sqrt(D - 1) with probability about exp(-eps^2 / 2)
	 * (RaBitQ, theorem 3.2), for the exact y; squared L2 counts the error
	 * twice.  With y quantized to 4 bits, <xbar, y> errs by about
	 * delta / sqrt(12) more (errors of up to delta / 2 spread evenly, over
	 * D terms of weight 1 / sqrt(D)), eps times that at most.  On
	 * Fashion-MNIST eps = 1.9 without the second term lost 0.2% of
	 * recall@10, 3 lost 0.01%, 4 nothing.
	 */
	qc->errScale = d > 1 ?
		IVF_BOUND_EPS * sqrtf(qrr) / sqrtf((float) (d - 1)) : INFINITY;
	/* the quantization errs by up to delta / 2 per dimension, evenly */
	qc->quantErr = IVF_BOUND_EPS * qc->delta / sqrtf(12.0f);
}

/*
 * The estimate from the popcounts of one entry, and its error bound into
 * *bound if bound is not NULL.
 */
static inline float
EstimateFinish(const IvfQueryCodeData *qc, const char *e, int strategy,
			   int64 pc, int64 bsum, float invSqrtD, float *bound)
{
	float		rnorm,
				rc,
				ipf,
				s,
				ipq;
	uint16		ipfq;

	memcpy(&rnorm, e + IVF_ENTRY_RNORM, sizeof(float));
	memcpy(&ipfq, e + IVF_ENTRY_IPF, sizeof(uint16));
	ipf = (float) ipfq * (1.0f / 65535.0f);
	/* sum over dims of (2b - 1) y, with y ~= lo + delta u */
	s = qc->lo * (float) (2 * pc - qc->dims) +
		qc->delta * (float) (2 * bsum - qc->sumU);
	/* <r, y> ~= |r| <xbar, y> / <xbar, o> */
	ipq = rnorm * (s * invSqrtD) / ipf;
	if (bound)
		*bound = rnorm / ipf *
			(qc->errScale * sqrtf(Max(0.0f, 1.0f - ipf * ipf)) + qc->quantErr) *
			(strategy == IVF_STRATEGY_IP ? 1.0f : 2.0f);
	if (strategy == IVF_STRATEGY_IP)
	{
		memcpy(&rc, e + IVF_ENTRY_RC, sizeof(float));
		return -(qc->qc + ipq + rc);
	}
	return rnorm * rnorm + qc->qrr - 2 * ipq;
}

#define ESTIMATE_BODY(POPCOUNT) \
	int			words = qc->words; \
	int			cbytes = IVF_CODE_BYTES(qc->dims); \
	Size		esz = IVF_ENTRY_SIZE(qc->dims, strategy); \
	int			head = IVF_ENTRY_HEAD(strategy); \
	const uint64 *p = qc->planes; \
	float		invSqrtD = 1.0f / sqrtf((float) qc->dims); \
	uint64		cw[IVF_CODE_WORDS(VECTOR_MAX_DIM)]; \
	for (int i = 0; i < n; i++) \
	{ \
		const char *e = entries + (Size) i * esz; \
		int64		pc = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0; \
		cw[words - 1] = 0; \
		memcpy(cw, e + head, cbytes); \
		for (int w = 0; w < words; w++) \
		{ \
			uint64		c = cw[w]; \
			pc += POPCOUNT(c); \
			b0 += POPCOUNT(c & p[w]); \
			b1 += POPCOUNT(c & p[words + w]); \
			b2 += POPCOUNT(c & p[2 * words + w]); \
			b3 += POPCOUNT(c & p[3 * words + w]); \
		} \
		out[i] = EstimateFinish(qc, e, strategy, pc, \
								b0 + 2 * b1 + 4 * b2 + 8 * b3, invSqrtD, \
								bounds ? &bounds[i] : NULL); \
	}

static void
EstimateGeneric(const IvfQueryCodeData *qc, const char *entries, int n,
				int strategy, float *out, float *bounds)
{
ESTIMATE_BODY(__builtin_popcountll)
}

#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target("popcnt")))
static void
EstimatePopcnt(const IvfQueryCodeData *qc, const char *entries, int n,
			   int strategy, float *out, float *bounds)
{
ESTIMATE_BODY(__builtin_popcountll)
}

#if defined(__GNUC__) && !defined(__clang__) ? (__GNUC__ >= 8) : 1
#define HAVE_IVF_AVX512 1
#include <immintrin.h>

/*
 * 64 code bytes per step: masked loads (nothing is read past the code),
 * AND with the query's bit planes and per-lane popcounts; then the
 * arithmetic of EstimateFinish for 16 entries at a time.
 */
__attribute__((target("avx512f,avx512bw,avx512vpopcntdq")))
static void
Avx512Estimate(const IvfQueryCodeData *qc, const char *entries, int n,
			   int strategy, float *out, float *bounds)
{
	int			words = qc->words;
	int			cbytes = IVF_CODE_BYTES(qc->dims);
	Size		esz = IVF_ENTRY_SIZE(qc->dims, strategy);
	int			head = IVF_ENTRY_HEAD(strategy);
	const char *p0 = (const char *) qc->planes;
	const char *p1 = p0 + words * 8;
	const char *p2 = p1 + words * 8;
	const char *p3 = p2 + words * 8;
	bool		ip = strategy == IVF_STRATEGY_IP;
	__m512		invSqrtD = _mm512_set1_ps(1.0f / sqrtf((float) qc->dims));
	__m512		lo = _mm512_set1_ps(qc->lo);
	__m512		delta = _mm512_set1_ps(qc->delta);
	__m512		sumU = _mm512_set1_ps(qc->sumU);
	__m512		dims = _mm512_set1_ps((float) qc->dims);
	__m512		qrr = _mm512_set1_ps(qc->qrr);
	__m512		qcv = _mm512_set1_ps(qc->qc);
	__m512		errScale = _mm512_set1_ps(qc->errScale);
	__m512		quantErr = _mm512_set1_ps(qc->quantErr);
	__m512		boundFactor = _mm512_set1_ps(ip ? 1.0f : 2.0f);
	__m512		one = _mm512_set1_ps(1.0f);
	__m512		two = _mm512_set1_ps(2.0f);

	for (int i0 = 0; i0 < n; i0 += 16)
	{
		int			nb = Min(16, n - i0);
		__mmask16	lanes = (__mmask16) ((1u << nb) - 1);
		float		pcf[16],
					bsf[16],
					rn[16],
					ipq16[16],
					rcf[16];
		__m512		s,
					ipf,
					rnorm,
					ipq,
					est;

		for (int t = 0; t < 16; t++)
		{
			const char *e;
			const char *code;
			__m512i		accp = _mm512_setzero_si512();
			__m512i		accb = _mm512_setzero_si512();
			uint16		ipfq;

			if (t >= nb)
			{
				pcf[t] = bsf[t] = rn[t] = rcf[t] = 0;
				ipq16[t] = 65535;
				continue;
			}
			e = entries + (Size) (i0 + t) * esz;
			code = e + head;
			for (int k = 0; k < cbytes; k += 64)
			{
				int			len = Min(64, cbytes - k);
				__mmask64	m = len == 64 ? ~UINT64CONST(0) : ((UINT64CONST(1) << len) - 1);
				__m512i		c = _mm512_maskz_loadu_epi8(m, code + k);
				__m512i		b0 = _mm512_popcnt_epi64(_mm512_and_si512(c, _mm512_maskz_loadu_epi8(m, p0 + k)));
				__m512i		b1 = _mm512_popcnt_epi64(_mm512_and_si512(c, _mm512_maskz_loadu_epi8(m, p1 + k)));
				__m512i		b2 = _mm512_popcnt_epi64(_mm512_and_si512(c, _mm512_maskz_loadu_epi8(m, p2 + k)));
				__m512i		b3 = _mm512_popcnt_epi64(_mm512_and_si512(c, _mm512_maskz_loadu_epi8(m, p3 + k)));

				accp = _mm512_add_epi64(accp, _mm512_popcnt_epi64(c));
				accb = _mm512_add_epi64(accb, b0);
				accb = _mm512_add_epi64(accb, _mm512_slli_epi64(b1, 1));
				accb = _mm512_add_epi64(accb, _mm512_slli_epi64(b2, 2));
				accb = _mm512_add_epi64(accb, _mm512_slli_epi64(b3, 3));
			}
			pcf[t] = (float) (2 * _mm512_reduce_add_epi64(accp));
			bsf[t] = (float) (2 * _mm512_reduce_add_epi64(accb));
			memcpy(&rn[t], e + IVF_ENTRY_RNORM, sizeof(float));
			memcpy(&ipfq, e + IVF_ENTRY_IPF, sizeof(uint16));
			ipq16[t] = (float) ipfq;
			if (ip)
				memcpy(&rcf[t], e + IVF_ENTRY_RC, sizeof(float));
			else
				rcf[t] = 0;
		}

		/* as EstimateFinish, lane by lane */
		s = _mm512_add_ps(_mm512_mul_ps(lo, _mm512_sub_ps(_mm512_loadu_ps(pcf), dims)),
						  _mm512_mul_ps(delta, _mm512_sub_ps(_mm512_loadu_ps(bsf), sumU)));
		ipf = _mm512_mul_ps(_mm512_loadu_ps(ipq16), _mm512_set1_ps(1.0f / 65535.0f));
		rnorm = _mm512_loadu_ps(rn);
		ipq = _mm512_div_ps(_mm512_mul_ps(rnorm, _mm512_mul_ps(s, invSqrtD)), ipf);
		if (ip)
			est = _mm512_sub_ps(_mm512_setzero_ps(),
								_mm512_add_ps(_mm512_add_ps(qcv, ipq), _mm512_loadu_ps(rcf)));
		else
			est = _mm512_sub_ps(_mm512_add_ps(_mm512_mul_ps(rnorm, rnorm), qrr),
								_mm512_mul_ps(two, ipq));
		_mm512_mask_storeu_ps(out + i0, lanes, est);
		if (bounds)
		{
			__m512		r = _mm512_sub_ps(one, _mm512_mul_ps(ipf, ipf));
			__m512		b;

			r = _mm512_sqrt_ps(_mm512_max_ps(r, _mm512_setzero_ps()));
			b = _mm512_add_ps(_mm512_mul_ps(errScale, r), quantErr);
			b = _mm512_mul_ps(_mm512_mul_ps(_mm512_div_ps(rnorm, ipf), b), boundFactor);
			_mm512_mask_storeu_ps(bounds + i0, lanes, b);
		}
	}
}
#endif
#endif

static void (*estimate_impl) (const IvfQueryCodeData *qc, const char *entries, int n,
							  int strategy, float *out, float *bounds) = EstimateGeneric;

/*
 * Estimated order keys of n consecutive entries: squared L2 (of normalised
 * vectors for cosine) or negative inner product, and with bounds not NULL
 * their error bounds.  L1 indexes rank candidates by squared L2: the codes
 * only know Euclidean geometry, and the exact re-ranking orders the
 * candidates by L1.
 */
void
IvfEstimateEntries(const IvfQueryCodeData *qc, const char *entries, int n,
				   int strategy, float *out, float *bounds)
{
	estimate_impl(qc, entries, n, strategy, out, bounds);
}

/* Picks the hardware popcount, AVX-512 and AVX2 when the CPU has them. */
void
IvfRabitqInit(void)
{
#if defined(__x86_64__) && defined(__GNUC__)
	if (__builtin_cpu_supports("popcnt"))
		estimate_impl = EstimatePopcnt;
#ifdef HAVE_IVF_AVX512
	if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
		__builtin_cpu_supports("avx512vpopcntdq"))
		estimate_impl = Avx512Estimate;
#endif
	if (__builtin_cpu_supports("avx2"))
	{
		rotate_impl = Avx2Rotate;
		residual_impl = Avx2Residual;
		signs_impl = Avx2Signs;
	}
#ifdef HAVE_IVF_AVX512_ROTATE
	if (__builtin_cpu_supports("avx512f"))
		rotate_impl = Avx512Rotate;
#endif
#endif
#ifdef HAVE_IVF_AVX512_QUANTIZE
	if (__builtin_cpu_supports("avx512f"))
		quantize_impl = Avx512Quantize;
#endif
}
