/*-------------------------------------------------------------------------
 *
 * distance.h
 *	  Distance kernels over float arrays, with SIMD variants chosen at load
 *	  time from what the CPU offers.
 *
 *-------------------------------------------------------------------------
 */
#ifndef VECSTORE_DISTANCE_H
#define VECSTORE_DISTANCE_H

/*
 * Kernels take two arrays of n floats.  Accumulation is in float, as
 * pgvector does; results agree with a double-precision reference within
 * float rounding (see test/unit).
 */
typedef float (*DistanceKernel) (int n, const float *a, const float *b);

typedef struct DistanceKernelsData
{
	const char *name;			/* "scalar", "avx2", "avx512" */
	DistanceKernel l2_squared;	/* sum (a-b)^2 */
	DistanceKernel inner_product;	/* sum a*b */
	DistanceKernel l1;			/* sum |a-b| */
	/* cosine needs three sums; computed in one pass */
	void		(*cosine_parts) (int n, const float *a, const float *b,
								 float *dot, float *norma, float *normb);
} DistanceKernelsData;

/* The kernels in use: set by DistanceInit() */
extern const DistanceKernelsData *distance_kernels;

extern void DistanceInit(void);
extern const DistanceKernelsData *DistanceKernelsByName(const char *name);

#define VectorL2SquaredDistance(n, a, b)	(distance_kernels->l2_squared((n), (a), (b)))
#define VectorInnerProduct(n, a, b)			(distance_kernels->inner_product((n), (a), (b)))
#define VectorL1Distance(n, a, b)			(distance_kernels->l1((n), (a), (b)))

#endif							/* VECSTORE_DISTANCE_H */
