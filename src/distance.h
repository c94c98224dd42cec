/*-------------------------------------------------------------------------
 *
 * distance.h
 *	  Distance kernels over float arrays, with SIMD variants chosen at load
 *	  time from what the CPU offers.
 *
 * This header and distance.c use no PostgreSQL headers, so that the unit
 * tests (test/unit) and the benchmark's flat scanner (test/bench) can
 * compile them standalone.
 *
 *-------------------------------------------------------------------------
 */
#ifndef VECSTORE_DISTANCE_H
#define VECSTORE_DISTANCE_H

#include <stddef.h>

/*
 * Kernels take two arrays of n floats (n >= 0; any 4-byte alignment).
 * Accumulation is in float, as pgvector does; SIMD variants sum in a
 * different order than the scalar one, so results may differ from it in
 * the last bits (test/unit bounds how much).  Within one set the order
 * depends on n only, never on the addresses, so a pair of vectors has
 * the same distance on a page as in a detoasted copy.
 */
typedef float (*DistanceKernel) (int n, const float *a, const float *b);

/* Cosine needs three sums; they are computed in one pass. */
typedef void (*CosinePartsKernel) (int n, const float *a, const float *b,
								   float *dot, float *norma, float *normb);

typedef struct DistanceKernelsData
{
	const char *name;			/* "scalar", "avx2", "avx512" */
	DistanceKernel l2_squared;	/* sum (a-b)^2 */
	DistanceKernel inner_product;	/* sum a*b */
	DistanceKernel l1;			/* sum |a-b| */
	CosinePartsKernel cosine_parts; /* sum a*b, sum a*a, sum b*b */
} DistanceKernelsData;

/* Kernel sets, best last; DistanceKernelsAt(i) for i in 0..count-1. */
typedef enum DistanceKernelSet
{
	DISTANCE_KERNELS_SCALAR = 0,
	DISTANCE_KERNELS_AVX2,		/* AVX2 + FMA */
	DISTANCE_KERNELS_AVX512,	/* AVX-512F */
	DISTANCE_KERNELS_COUNT
} DistanceKernelSet;

/* The kernels in use: the best supported set after DistanceInit(). */
extern const DistanceKernelsData *distance_kernels;

/* Detects the CPU and points distance_kernels at the best supported set. */
extern void DistanceInit(void);

/*
 * The set by index, or NULL if this build lacks it (non-x86 builds, or
 * VECSTORE_SCALAR_ONLY).  Does not check the CPU.
 */
extern const DistanceKernelsData *DistanceKernelsAt(DistanceKernelSet set);

/* Whether this build has the set and the CPU (and OS) can run it. */
extern int	DistanceKernelsSupported(DistanceKernelSet set);

/* The best set the CPU supports. */
extern DistanceKernelSet DistanceKernelsBest(void);

/*
 * The set with that name if the build has it and the CPU supports it,
 * else NULL.
 */
extern const DistanceKernelsData *DistanceKernelsByName(const char *name);

/*
 * Cosine distance from the three sums, in double: 1 - dot/sqrt(na*nb),
 * with the similarity clamped to [-1, 1].  A zero vector gives NaN.
 */
extern double CosineDistanceFromParts(float dot, float norma, float normb);

/*
 * out[i] = VectorL2SquaredDistance(n, a, b + i * stride), bit for bit, for
 * i in 0..count-1: one call for many vectors (the shortlist of ivfrabitq
 * inserts makes about a hundred short ones per row).
 */
extern void VectorL2SquaredMany(int n, const float *a, const float *b,
								size_t stride, int count, float *out);

#define VectorL2SquaredDistance(n, a, b)	(distance_kernels->l2_squared((n), (a), (b)))
#define VectorInnerProduct(n, a, b)			(distance_kernels->inner_product((n), (a), (b)))
#define VectorL1Distance(n, a, b)			(distance_kernels->l1((n), (a), (b)))

#endif							/* VECSTORE_DISTANCE_H */
