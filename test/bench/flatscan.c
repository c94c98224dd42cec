/*-------------------------------------------------------------------------
 *
 * flatscan.c
 *	  The hardware's limit for an exact nearest-neighbour scan: the same
 *	  vectors as one flat in-memory float array, scanned with the same
 *	  distance kernel the extension uses (src/distance.c when built with
 *	  -DUSE_VECSTORE_KERNELS, else a local scalar loop), keeping the k
 *	  nearest.  The benchmark divides vecstore's scan time by this.
 *
 * Usage:
 *	flatscan DATA.raw QUERIES.raw K REPS
 *
 * Raw files as benchdata writes them (int32 rows, int32 dim, floats); row
 * i of DATA has id i + 1.  Prints "kernel NAME", "ms_per_query X" (median
 * over REPS of the mean over all queries) and, per query, "ids q: ..." in
 * order of (distance, id).
 *
 *-------------------------------------------------------------------------
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifdef USE_VECSTORE_KERNELS
#include "distance.h"
#define L2SQ(n, a, b) (distance_kernels->l2_squared((n), (a), (b)))
#else
static float
local_l2_squared(int n, const float *a, const float *b)
{
	float		s = 0;

	for (int i = 0; i < n; i++)
	{
		float		d = a[i] - b[i];

		s += d * d;
	}
	return s;
}
#define L2SQ(n, a, b) local_l2_squared((n), (a), (b))
#endif

static float *
load_raw(const char *path, int *rows, int *dim)
{
	FILE	   *f = fopen(path, "rb");
	int32_t		hdr[2];
	float	   *x;
	size_t		n;

	if (f == NULL || fread(hdr, sizeof(hdr), 1, f) != 1)
	{
		perror(path);
		exit(1);
	}
	*rows = hdr[0];
	*dim = hdr[1];
	n = (size_t) hdr[0] * hdr[1];
	x = malloc(n * sizeof(float) + 1);
	if (x == NULL || fread(x, sizeof(float), n, f) != n)
	{
		fprintf(stderr, "flatscan: cannot read %s\n", path);
		exit(1);
	}
	fclose(f);
	return x;
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
cmp_double(const void *a, const void *b)
{
	double		x = *(const double *) a,
				y = *(const double *) b;

	return (x > y) - (x < y);
}

/* k nearest of one query: insertion into a sorted array of (dist, id) */
static void
knn(const float *data, int rows, int dim, const float *q, int k,
	float *bestd, int *besti)
{
	int			nbest = 0;

	for (int r = 0; r < rows; r++)
	{
		float		d = L2SQ(dim, data + (size_t) r * dim, q);
		int			pos;

		if (nbest == k && d >= bestd[k - 1])
			continue;
		pos = nbest < k ? nbest++ : k - 1;
		while (pos > 0 && bestd[pos - 1] > d)
		{
			bestd[pos] = bestd[pos - 1];
			besti[pos] = besti[pos - 1];
			pos--;
		}
		bestd[pos] = d;
		besti[pos] = r + 1;
	}
}

int
main(int argc, char **argv)
{
	int			rows,
				dim,
				nq,
				qdim,
				k,
				reps;
	float	   *data,
			   *queries,
			   *bestd;
	int		   *besti;
	double	   *times;

	if (argc != 5)
	{
		fprintf(stderr, "usage: flatscan DATA.raw QUERIES.raw K REPS\n");
		return 2;
	}
	data = load_raw(argv[1], &rows, &dim);
	queries = load_raw(argv[2], &nq, &qdim);
	k = atoi(argv[3]);
	reps = atoi(argv[4]);
	if (qdim != dim || k < 1 || k > rows || reps < 1 || nq < 1)
	{
		fprintf(stderr, "flatscan: bad arguments\n");
		return 2;
	}
#ifdef USE_VECSTORE_KERNELS
	DistanceInit();
	printf("kernel %s (src/distance.c)\n", distance_kernels->name);
#else
	printf("kernel local-scalar\n");
#endif
	bestd = malloc(sizeof(float) * k);
	besti = malloc(sizeof(int) * k);
	times = malloc(sizeof(double) * reps);

	/* touch the data once so that page faults are not timed */
	knn(data, rows, dim, queries, k, bestd, besti);
	for (int rep = 0; rep < reps; rep++)
	{
		double		t0 = now();

		for (int q = 0; q < nq; q++)
			knn(data, rows, dim, queries + (size_t) q * dim, k, bestd, besti);
		times[rep] = (now() - t0) / nq;
	}
	qsort(times, reps, sizeof(double), cmp_double);
	printf("ms_per_query %.4f\n", times[reps / 2] * 1000);

	for (int q = 0; q < nq; q++)
	{
		knn(data, rows, dim, queries + (size_t) q * dim, k, bestd, besti);
		printf("ids %d:", q + 1);
		for (int i = 0; i < k; i++)
			printf("%s%d", i ? "," : " ", besti[i]);
		printf("\n");
	}
	return 0;
}
