/*-------------------------------------------------------------------------
 *
 * distance.c
 *	  Distance kernels and their selection at load time.
 *
 * (Scalar kernels only so far; SIMD variants are being added.)
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include <math.h>

#include "distance.h"

static float
ScalarL2Squared(int n, const float *a, const float *b)
{
	float		s = 0;

	for (int i = 0; i < n; i++)
	{
		float		d = a[i] - b[i];

		s += d * d;
	}
	return s;
}

static float
ScalarInnerProduct(int n, const float *a, const float *b)
{
	float		s = 0;

	for (int i = 0; i < n; i++)
		s += a[i] * b[i];
	return s;
}

static float
ScalarL1(int n, const float *a, const float *b)
{
	float		s = 0;

	for (int i = 0; i < n; i++)
		s += fabsf(a[i] - b[i]);
	return s;
}

static void
ScalarCosineParts(int n, const float *a, const float *b,
				  float *dot, float *norma, float *normb)
{
	float		d = 0,
				na = 0,
				nb = 0;

	for (int i = 0; i < n; i++)
	{
		d += a[i] * b[i];
		na += a[i] * a[i];
		nb += b[i] * b[i];
	}
	*dot = d;
	*norma = na;
	*normb = nb;
}

static const DistanceKernelsData scalar_kernels = {
	"scalar", ScalarL2Squared, ScalarInnerProduct, ScalarL1, ScalarCosineParts
};

const DistanceKernelsData *distance_kernels = &scalar_kernels;

const DistanceKernelsData *
DistanceKernelsByName(const char *name)
{
	if (strcmp(name, "scalar") == 0)
		return &scalar_kernels;
	return NULL;
}

void
DistanceInit(void)
{
	distance_kernels = &scalar_kernels;
}
