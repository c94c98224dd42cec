/*-------------------------------------------------------------------------
 *
 * distance.c
 *	  Distance kernels (squared L2, inner product, L1, cosine parts) and
 *	  their selection at load time.
 *
 * Three sets: a portable scalar one, AVX2+FMA and AVX-512F.  The SIMD sets
 * are compiled with function-level target attributes, so the rest of the
 * library stays generic x86-64 (no -march flag), and DistanceInit() picks
 * the best one the CPU runs.  Defining VECSTORE_SCALAR_ONLY, or building
 * for another architecture, leaves only the scalar set.
 *
 * No PostgreSQL headers here: test/unit and test/bench compile this file
 * on its own.
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <string.h>

#include "distance.h"

#if defined(__x86_64__) && defined(__GNUC__) && !defined(VECSTORE_SCALAR_ONLY)
#define VECSTORE_X86_KERNELS 1
#include <immintrin.h>
#endif

/*
 * Scalar kernels: portable C.  Four accumulators, each taking every fourth
 * element, break the chain of dependent additions (about 2.5x faster than
 * one accumulator at 768 dimensions) and let the compiler pack them into
 * one SSE2 or NEON register without any reassociation flag.
 */
static float
ScalarL2Squared(int n, const float *a, const float *b)
{
	float		s0 = 0,
				s1 = 0,
				s2 = 0,
				s3 = 0;
	int			i = 0;

	for (; i + 4 <= n; i += 4)
	{
		float		d0 = a[i] - b[i];
		float		d1 = a[i + 1] - b[i + 1];
		float		d2 = a[i + 2] - b[i + 2];
		float		d3 = a[i + 3] - b[i + 3];

		s0 += d0 * d0;
		s1 += d1 * d1;
		s2 += d2 * d2;
		s3 += d3 * d3;
	}
	for (; i < n; i++)
	{
		float		d = a[i] - b[i];

		s0 += d * d;
	}
	return (s0 + s1) + (s2 + s3);
}

static float
ScalarInnerProduct(int n, const float *a, const float *b)
{
	float		s0 = 0,
				s1 = 0,
				s2 = 0,
				s3 = 0;
	int			i = 0;

	for (; i + 4 <= n; i += 4)
	{
		s0 += a[i] * b[i];
		s1 += a[i + 1] * b[i + 1];
		s2 += a[i + 2] * b[i + 2];
		s3 += a[i + 3] * b[i + 3];
	}
	for (; i < n; i++)
		s0 += a[i] * b[i];
	return (s0 + s1) + (s2 + s3);
}

static float
ScalarL1(int n, const float *a, const float *b)
{
	float		s0 = 0,
				s1 = 0,
				s2 = 0,
				s3 = 0;
	int			i = 0;

	for (; i + 4 <= n; i += 4)
	{
		s0 += fabsf(a[i] - b[i]);
		s1 += fabsf(a[i + 1] - b[i + 1]);
		s2 += fabsf(a[i + 2] - b[i + 2]);
		s3 += fabsf(a[i + 3] - b[i + 3]);
	}
	for (; i < n; i++)
		s0 += fabsf(a[i] - b[i]);
	return (s0 + s1) + (s2 + s3);
}

static void
ScalarCosineParts(int n, const float *a, const float *b,
				  float *dot, float *norma, float *normb)
{
	float		d[4] = {0},
				na[4] = {0},
				nb[4] = {0};
	int			i = 0;

	for (; i + 4 <= n; i += 4)
	{
		for (int j = 0; j < 4; j++)
		{
			d[j] += a[i + j] * b[i + j];
			na[j] += a[i + j] * a[i + j];
			nb[j] += b[i + j] * b[i + j];
		}
	}
	for (; i < n; i++)
	{
		d[0] += a[i] * b[i];
		na[0] += a[i] * a[i];
		nb[0] += b[i] * b[i];
	}
	*dot = (d[0] + d[1]) + (d[2] + d[3]);
	*norma = (na[0] + na[1]) + (na[2] + na[3]);
	*normb = (nb[0] + nb[1]) + (nb[2] + nb[3]);
}

static const DistanceKernelsData scalar_kernels = {
	"scalar", ScalarL2Squared, ScalarInnerProduct, ScalarL1, ScalarCosineParts
};

#ifdef VECSTORE_X86_KERNELS

/*
 * AVX2 + FMA kernels: four 8-lane accumulators over blocks of 32 elements
 * (independent accumulators hide the FMA latency), then 8 at a time, then
 * a scalar tail so that nothing is read past the end.
 */
#define AVX2_TARGET __attribute__((target("avx2,fma")))

AVX2_TARGET static inline float
Avx2Sum(__m256 v)
{
	__m128		lo = _mm256_castps256_ps128(v);
	__m128		hi = _mm256_extractf128_ps(v, 1);

	lo = _mm_add_ps(lo, hi);
	lo = _mm_add_ps(lo, _mm_movehl_ps(lo, lo));
	lo = _mm_add_ss(lo, _mm_movehdup_ps(lo));
	return _mm_cvtss_f32(lo);
}

AVX2_TARGET static float
Avx2L2Squared(int n, const float *a, const float *b)
{
	__m256		s0 = _mm256_setzero_ps(),
				s1 = _mm256_setzero_ps(),
				s2 = _mm256_setzero_ps(),
				s3 = _mm256_setzero_ps();
	int			i = 0;
	float		s;

	for (; i + 32 <= n; i += 32)
	{
		__m256		d0 = _mm256_sub_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i));
		__m256		d1 = _mm256_sub_ps(_mm256_loadu_ps(a + i + 8), _mm256_loadu_ps(b + i + 8));
		__m256		d2 = _mm256_sub_ps(_mm256_loadu_ps(a + i + 16), _mm256_loadu_ps(b + i + 16));
		__m256		d3 = _mm256_sub_ps(_mm256_loadu_ps(a + i + 24), _mm256_loadu_ps(b + i + 24));

		s0 = _mm256_fmadd_ps(d0, d0, s0);
		s1 = _mm256_fmadd_ps(d1, d1, s1);
		s2 = _mm256_fmadd_ps(d2, d2, s2);
		s3 = _mm256_fmadd_ps(d3, d3, s3);
	}
	for (; i + 8 <= n; i += 8)
	{
		__m256		d = _mm256_sub_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i));

		s0 = _mm256_fmadd_ps(d, d, s0);
	}
	s = Avx2Sum(_mm256_add_ps(_mm256_add_ps(s0, s1), _mm256_add_ps(s2, s3)));
	for (; i < n; i++)
	{
		float		d = a[i] - b[i];

		s += d * d;
	}
	return s;
}

AVX2_TARGET static float
Avx2InnerProduct(int n, const float *a, const float *b)
{
	__m256		s0 = _mm256_setzero_ps(),
				s1 = _mm256_setzero_ps(),
				s2 = _mm256_setzero_ps(),
				s3 = _mm256_setzero_ps();
	int			i = 0;
	float		s;

	for (; i + 32 <= n; i += 32)
	{
		s0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), s0);
		s1 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i + 8), _mm256_loadu_ps(b + i + 8), s1);
		s2 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i + 16), _mm256_loadu_ps(b + i + 16), s2);
		s3 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i + 24), _mm256_loadu_ps(b + i + 24), s3);
	}
	for (; i + 8 <= n; i += 8)
		s0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), s0);
	s = Avx2Sum(_mm256_add_ps(_mm256_add_ps(s0, s1), _mm256_add_ps(s2, s3)));
	for (; i < n; i++)
		s += a[i] * b[i];
	return s;
}

AVX2_TARGET static float
Avx2L1(int n, const float *a, const float *b)
{
	/* clearing the sign bit is fabsf on all lanes */
	const __m256 mask = _mm256_castsi256_ps(_mm256_set1_epi32(0x7fffffff));
	__m256		s0 = _mm256_setzero_ps(),
				s1 = _mm256_setzero_ps(),
				s2 = _mm256_setzero_ps(),
				s3 = _mm256_setzero_ps();
	int			i = 0;
	float		s;

	for (; i + 32 <= n; i += 32)
	{
		s0 = _mm256_add_ps(s0, _mm256_and_ps(mask, _mm256_sub_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i))));
		s1 = _mm256_add_ps(s1, _mm256_and_ps(mask, _mm256_sub_ps(_mm256_loadu_ps(a + i + 8), _mm256_loadu_ps(b + i + 8))));
		s2 = _mm256_add_ps(s2, _mm256_and_ps(mask, _mm256_sub_ps(_mm256_loadu_ps(a + i + 16), _mm256_loadu_ps(b + i + 16))));
		s3 = _mm256_add_ps(s3, _mm256_and_ps(mask, _mm256_sub_ps(_mm256_loadu_ps(a + i + 24), _mm256_loadu_ps(b + i + 24))));
	}
	for (; i + 8 <= n; i += 8)
		s0 = _mm256_add_ps(s0, _mm256_and_ps(mask, _mm256_sub_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i))));
	s = Avx2Sum(_mm256_add_ps(_mm256_add_ps(s0, s1), _mm256_add_ps(s2, s3)));
	for (; i < n; i++)
		s += fabsf(a[i] - b[i]);
	return s;
}

AVX2_TARGET static void
Avx2CosineParts(int n, const float *a, const float *b,
				float *dot, float *norma, float *normb)
{
	__m256		d0 = _mm256_setzero_ps(),
				d1 = _mm256_setzero_ps(),
				na0 = _mm256_setzero_ps(),
				na1 = _mm256_setzero_ps(),
				nb0 = _mm256_setzero_ps(),
				nb1 = _mm256_setzero_ps();
	int			i = 0;
	float		d,
				na,
				nb;

	for (; i + 16 <= n; i += 16)
	{
		__m256		va0 = _mm256_loadu_ps(a + i);
		__m256		vb0 = _mm256_loadu_ps(b + i);
		__m256		va1 = _mm256_loadu_ps(a + i + 8);
		__m256		vb1 = _mm256_loadu_ps(b + i + 8);

		d0 = _mm256_fmadd_ps(va0, vb0, d0);
		na0 = _mm256_fmadd_ps(va0, va0, na0);
		nb0 = _mm256_fmadd_ps(vb0, vb0, nb0);
		d1 = _mm256_fmadd_ps(va1, vb1, d1);
		na1 = _mm256_fmadd_ps(va1, va1, na1);
		nb1 = _mm256_fmadd_ps(vb1, vb1, nb1);
	}
	for (; i + 8 <= n; i += 8)
	{
		__m256		va = _mm256_loadu_ps(a + i);
		__m256		vb = _mm256_loadu_ps(b + i);

		d0 = _mm256_fmadd_ps(va, vb, d0);
		na0 = _mm256_fmadd_ps(va, va, na0);
		nb0 = _mm256_fmadd_ps(vb, vb, nb0);
	}
	d = Avx2Sum(_mm256_add_ps(d0, d1));
	na = Avx2Sum(_mm256_add_ps(na0, na1));
	nb = Avx2Sum(_mm256_add_ps(nb0, nb1));
	for (; i < n; i++)
	{
		d += a[i] * b[i];
		na += a[i] * a[i];
		nb += b[i] * b[i];
	}
	*dot = d;
	*norma = na;
	*normb = nb;
}

static const DistanceKernelsData avx2_kernels = {
	"avx2", Avx2L2Squared, Avx2InnerProduct, Avx2L1, Avx2CosineParts
};

/*
 * AVX-512F kernels: four 16-lane accumulators over blocks of 64 elements,
 * then 16 at a time, then one masked load for the tail (masked-off lanes
 * are neither read nor able to fault).
 */
#define AVX512_TARGET __attribute__((target("avx512f")))

AVX512_TARGET static inline __mmask16
Avx512TailMask(int rest)
{
	return (__mmask16) ((1u << rest) - 1);
}

AVX512_TARGET static float
Avx512L2Squared(int n, const float *a, const float *b)
{
	__m512		s0 = _mm512_setzero_ps(),
				s1 = _mm512_setzero_ps(),
				s2 = _mm512_setzero_ps(),
				s3 = _mm512_setzero_ps();
	int			i = 0;

	for (; i + 64 <= n; i += 64)
	{
		__m512		d0 = _mm512_sub_ps(_mm512_loadu_ps(a + i), _mm512_loadu_ps(b + i));
		__m512		d1 = _mm512_sub_ps(_mm512_loadu_ps(a + i + 16), _mm512_loadu_ps(b + i + 16));
		__m512		d2 = _mm512_sub_ps(_mm512_loadu_ps(a + i + 32), _mm512_loadu_ps(b + i + 32));
		__m512		d3 = _mm512_sub_ps(_mm512_loadu_ps(a + i + 48), _mm512_loadu_ps(b + i + 48));

		s0 = _mm512_fmadd_ps(d0, d0, s0);
		s1 = _mm512_fmadd_ps(d1, d1, s1);
		s2 = _mm512_fmadd_ps(d2, d2, s2);
		s3 = _mm512_fmadd_ps(d3, d3, s3);
	}
	for (; i + 16 <= n; i += 16)
	{
		__m512		d = _mm512_sub_ps(_mm512_loadu_ps(a + i), _mm512_loadu_ps(b + i));

		s0 = _mm512_fmadd_ps(d, d, s0);
	}
	if (i < n)
	{
		__mmask16	m = Avx512TailMask(n - i);
		__m512		d = _mm512_sub_ps(_mm512_maskz_loadu_ps(m, a + i),
									  _mm512_maskz_loadu_ps(m, b + i));

		s1 = _mm512_fmadd_ps(d, d, s1);
	}
	return _mm512_reduce_add_ps(_mm512_add_ps(_mm512_add_ps(s0, s1), _mm512_add_ps(s2, s3)));
}

AVX512_TARGET static float
Avx512InnerProduct(int n, const float *a, const float *b)
{
	__m512		s0 = _mm512_setzero_ps(),
				s1 = _mm512_setzero_ps(),
				s2 = _mm512_setzero_ps(),
				s3 = _mm512_setzero_ps();
	int			i = 0;

	for (; i + 64 <= n; i += 64)
	{
		s0 = _mm512_fmadd_ps(_mm512_loadu_ps(a + i), _mm512_loadu_ps(b + i), s0);
		s1 = _mm512_fmadd_ps(_mm512_loadu_ps(a + i + 16), _mm512_loadu_ps(b + i + 16), s1);
		s2 = _mm512_fmadd_ps(_mm512_loadu_ps(a + i + 32), _mm512_loadu_ps(b + i + 32), s2);
		s3 = _mm512_fmadd_ps(_mm512_loadu_ps(a + i + 48), _mm512_loadu_ps(b + i + 48), s3);
	}
	for (; i + 16 <= n; i += 16)
		s0 = _mm512_fmadd_ps(_mm512_loadu_ps(a + i), _mm512_loadu_ps(b + i), s0);
	if (i < n)
	{
		__mmask16	m = Avx512TailMask(n - i);

		s1 = _mm512_fmadd_ps(_mm512_maskz_loadu_ps(m, a + i),
							 _mm512_maskz_loadu_ps(m, b + i), s1);
	}
	return _mm512_reduce_add_ps(_mm512_add_ps(_mm512_add_ps(s0, s1), _mm512_add_ps(s2, s3)));
}

AVX512_TARGET static float
Avx512L1(int n, const float *a, const float *b)
{
	__m512		s0 = _mm512_setzero_ps(),
				s1 = _mm512_setzero_ps(),
				s2 = _mm512_setzero_ps(),
				s3 = _mm512_setzero_ps();
	int			i = 0;

	for (; i + 64 <= n; i += 64)
	{
		s0 = _mm512_add_ps(s0, _mm512_abs_ps(_mm512_sub_ps(_mm512_loadu_ps(a + i), _mm512_loadu_ps(b + i))));
		s1 = _mm512_add_ps(s1, _mm512_abs_ps(_mm512_sub_ps(_mm512_loadu_ps(a + i + 16), _mm512_loadu_ps(b + i + 16))));
		s2 = _mm512_add_ps(s2, _mm512_abs_ps(_mm512_sub_ps(_mm512_loadu_ps(a + i + 32), _mm512_loadu_ps(b + i + 32))));
		s3 = _mm512_add_ps(s3, _mm512_abs_ps(_mm512_sub_ps(_mm512_loadu_ps(a + i + 48), _mm512_loadu_ps(b + i + 48))));
	}
	for (; i + 16 <= n; i += 16)
		s0 = _mm512_add_ps(s0, _mm512_abs_ps(_mm512_sub_ps(_mm512_loadu_ps(a + i), _mm512_loadu_ps(b + i))));
	if (i < n)
	{
		__mmask16	m = Avx512TailMask(n - i);

		s1 = _mm512_add_ps(s1, _mm512_abs_ps(_mm512_sub_ps(_mm512_maskz_loadu_ps(m, a + i),
														   _mm512_maskz_loadu_ps(m, b + i))));
	}
	return _mm512_reduce_add_ps(_mm512_add_ps(_mm512_add_ps(s0, s1), _mm512_add_ps(s2, s3)));
}

AVX512_TARGET static void
Avx512CosineParts(int n, const float *a, const float *b,
				  float *dot, float *norma, float *normb)
{
	__m512		d0 = _mm512_setzero_ps(),
				d1 = _mm512_setzero_ps(),
				na0 = _mm512_setzero_ps(),
				na1 = _mm512_setzero_ps(),
				nb0 = _mm512_setzero_ps(),
				nb1 = _mm512_setzero_ps();
	int			i = 0;

	for (; i + 32 <= n; i += 32)
	{
		__m512		va0 = _mm512_loadu_ps(a + i);
		__m512		vb0 = _mm512_loadu_ps(b + i);
		__m512		va1 = _mm512_loadu_ps(a + i + 16);
		__m512		vb1 = _mm512_loadu_ps(b + i + 16);

		d0 = _mm512_fmadd_ps(va0, vb0, d0);
		na0 = _mm512_fmadd_ps(va0, va0, na0);
		nb0 = _mm512_fmadd_ps(vb0, vb0, nb0);
		d1 = _mm512_fmadd_ps(va1, vb1, d1);
		na1 = _mm512_fmadd_ps(va1, va1, na1);
		nb1 = _mm512_fmadd_ps(vb1, vb1, nb1);
	}
	for (; i + 16 <= n; i += 16)
	{
		__m512		va = _mm512_loadu_ps(a + i);
		__m512		vb = _mm512_loadu_ps(b + i);

		d0 = _mm512_fmadd_ps(va, vb, d0);
		na0 = _mm512_fmadd_ps(va, va, na0);
		nb0 = _mm512_fmadd_ps(vb, vb, nb0);
	}
	if (i < n)
	{
		__mmask16	m = Avx512TailMask(n - i);
		__m512		va = _mm512_maskz_loadu_ps(m, a + i);
		__m512		vb = _mm512_maskz_loadu_ps(m, b + i);

		d1 = _mm512_fmadd_ps(va, vb, d1);
		na1 = _mm512_fmadd_ps(va, va, na1);
		nb1 = _mm512_fmadd_ps(vb, vb, nb1);
	}
	*dot = _mm512_reduce_add_ps(_mm512_add_ps(d0, d1));
	*norma = _mm512_reduce_add_ps(_mm512_add_ps(na0, na1));
	*normb = _mm512_reduce_add_ps(_mm512_add_ps(nb0, nb1));
}

static const DistanceKernelsData avx512_kernels = {
	"avx512", Avx512L2Squared, Avx512InnerProduct, Avx512L1, Avx512CosineParts
};

#endif							/* VECSTORE_X86_KERNELS */

const DistanceKernelsData *distance_kernels = &scalar_kernels;

const DistanceKernelsData *
DistanceKernelsAt(DistanceKernelSet set)
{
	switch (set)
	{
		case DISTANCE_KERNELS_SCALAR:
			return &scalar_kernels;
#ifdef VECSTORE_X86_KERNELS
		case DISTANCE_KERNELS_AVX2:
			return &avx2_kernels;
		case DISTANCE_KERNELS_AVX512:
			return &avx512_kernels;
#endif
		default:
			return NULL;
	}
}

int
DistanceKernelsSupported(DistanceKernelSet set)
{
	if (DistanceKernelsAt(set) == NULL)
		return 0;
#ifdef VECSTORE_X86_KERNELS
	/* libgcc's cpuid probe also checks that the OS saves the registers */
	__builtin_cpu_init();
	if (set == DISTANCE_KERNELS_AVX2)
		return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
	if (set == DISTANCE_KERNELS_AVX512)
		return __builtin_cpu_supports("avx512f");
#endif
	return set == DISTANCE_KERNELS_SCALAR;
}

DistanceKernelSet
DistanceKernelsBest(void)
{
	for (int set = DISTANCE_KERNELS_COUNT - 1; set > DISTANCE_KERNELS_SCALAR; set--)
	{
		if (DistanceKernelsSupported((DistanceKernelSet) set))
			return (DistanceKernelSet) set;
	}
	return DISTANCE_KERNELS_SCALAR;
}

const DistanceKernelsData *
DistanceKernelsByName(const char *name)
{
	for (int set = 0; set < DISTANCE_KERNELS_COUNT; set++)
	{
		const DistanceKernelsData *k = DistanceKernelsAt((DistanceKernelSet) set);

		if (k != NULL && strcmp(k->name, name) == 0)
			return DistanceKernelsSupported((DistanceKernelSet) set) ? k : NULL;
	}
	return NULL;
}

/*
 * Batches for VectorL2SquaredMany: the set's own kernel inlined (flatten)
 * into one loop, so the bits are the kernel's.
 */
#ifdef __GNUC__
#define DISTANCE_FLATTEN __attribute__((flatten))
#else
#define DISTANCE_FLATTEN
#endif

DISTANCE_FLATTEN static void
ScalarL2SquaredMany(int n, const float *a, const float *b, size_t stride,
					int count, float *out)
{
	for (int i = 0; i < count; i++)
		out[i] = ScalarL2Squared(n, a, b + i * stride);
}

#ifdef VECSTORE_X86_KERNELS
AVX2_TARGET DISTANCE_FLATTEN static void
Avx2L2SquaredMany(int n, const float *a, const float *b, size_t stride,
				  int count, float *out)
{
	for (int i = 0; i < count; i++)
		out[i] = Avx2L2Squared(n, a, b + i * stride);
}

AVX512_TARGET DISTANCE_FLATTEN static void
Avx512L2SquaredMany(int n, const float *a, const float *b, size_t stride,
					int count, float *out)
{
	for (int i = 0; i < count; i++)
		out[i] = Avx512L2Squared(n, a, b + i * stride);
}
#endif

void
VectorL2SquaredMany(int n, const float *a, const float *b, size_t stride,
					int count, float *out)
{
	DistanceKernel k = distance_kernels->l2_squared;

#ifdef VECSTORE_X86_KERNELS
	if (k == Avx512L2Squared)
		Avx512L2SquaredMany(n, a, b, stride, count, out);
	else if (k == Avx2L2Squared)
		Avx2L2SquaredMany(n, a, b, stride, count, out);
	else
#endif
	if (k == ScalarL2Squared)
		ScalarL2SquaredMany(n, a, b, stride, count, out);
	else
		for (int i = 0; i < count; i++)
			out[i] = k(n, a, b + i * stride);
}

void
DistanceInit(void)
{
	distance_kernels = DistanceKernelsAt(DistanceKernelsBest());
}

double
CosineDistanceFromParts(float dot, float norma, float normb)
{
	/* sqrt of the product rounds once, where sqrt(a)*sqrt(b) rounds thrice */
	double		similarity = (double) dot / sqrt((double) norma * (double) normb);

	/* NaN (a zero vector) passes through both tests */
	if (similarity > 1.0)
		similarity = 1.0;
	else if (similarity < -1.0)
		similarity = -1.0;
	return 1.0 - similarity;
}
