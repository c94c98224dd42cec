/*-------------------------------------------------------------------------
 *
 * test_distance.c
 *	  Unit test of src/distance.c: every kernel set this build has and the
 *	  CPU runs is checked against a double-precision reference, and the
 *	  SIMD sets against the scalar one, over lengths 0..2000 at every
 *	  4-byte misalignment, and with arrays that end at an unmapped page.
 *
 * Results must also be bit-identical for the same values at another
 * alignment: a distance may not depend on where a vector sits in memory
 * (on a page or in a detoasted copy).
 *
 * Two kinds of data:
 *	- small integers, for which every partial sum is exact in float, so
 *	  every kernel must return exactly the reference (this catches a
 *	  skipped or repeated element, however small);
 *	- values of mixed sign and magnitude (1e-3 .. 1e3), for which the
 *	  result must lie within the worst-case bound of float summation in
 *	  any order, gamma(n+2) * sum|term| (Higham, Accuracy and Stability,
 *	  ch. 3-4), taken as (n + 4) * 2^-24 * sum|term|.
 *
 * Diagnostics go to stderr prefixed with "# "; exit status 0 means pass.
 * With --bench it instead prints the time per distance at 768 dimensions.
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "distance.h"

#define MAX_N		2000
#define MAX_SHIFT	16			/* misalignments tried, in floats */
#define UNIT_ROUNDOFF (1.0 / 16777216.0)	/* 2^-24 */

enum
{
	OP_L2, OP_IP, OP_L1, OP_DOT, OP_NORMA, OP_NORMB, OP_COUNT
};

static const char *const op_names[OP_COUNT] = {
	"l2_squared", "inner_product", "l1", "cosine.dot", "cosine.norma", "cosine.normb"
};

static int	failures = 0;

/* xorshift64*: reproducible data without depending on libc's rand() */
static uint64_t rng_state = 0x9e3779b97f4a7c15ULL;

static uint64_t
Random64(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545f4914f6cdd1dULL;
}

static double
RandomUnit(void)
{
	return (double) (Random64() >> 11) / 9007199254740992.0;
}

static void
FillExact(float *x, int n)
{
	for (int i = 0; i < n; i++)
		x[i] = (float) ((int) (Random64() % 17) - 8);
}

static void
FillMixed(float *x, int n)
{
	for (int i = 0; i < n; i++)
	{
		double		mag = pow(10.0, (int) (Random64() % 7) - 3);
		double		v = (0.5 + RandomUnit()) * mag;

		x[i] = (float) ((Random64() & 1) ? -v : v);
	}
}

/* Reference results and the sums of |term| that bound their error. */
static void
Reference(int n, const float *a, const float *b, double *ref, double *absum)
{
	for (int op = 0; op < OP_COUNT; op++)
		ref[op] = absum[op] = 0;
	for (int i = 0; i < n; i++)
	{
		double		x = a[i],
					y = b[i],
					d = x - y;

		ref[OP_L2] += d * d;
		absum[OP_L2] += d * d;
		ref[OP_IP] += x * y;
		absum[OP_IP] += fabs(x * y);
		ref[OP_L1] += fabs(d);
		absum[OP_L1] += fabs(d);
		ref[OP_NORMA] += x * x;
		absum[OP_NORMA] += x * x;
		ref[OP_NORMB] += y * y;
		absum[OP_NORMB] += y * y;
	}
	ref[OP_DOT] = ref[OP_IP];
	absum[OP_DOT] = absum[OP_IP];
}

static void
Compute(const DistanceKernelsData *k, int n, const float *a, const float *b,
		float *got)
{
	got[OP_L2] = k->l2_squared(n, a, b);
	got[OP_IP] = k->inner_product(n, a, b);
	got[OP_L1] = k->l1(n, a, b);
	k->cosine_parts(n, a, b, &got[OP_DOT], &got[OP_NORMA], &got[OP_NORMB]);
}

static void
Fail(const char *kernels, const char *what, int n, int shift, int op,
	 double got, double want, double bound)
{
	/* report the first few; the count is what decides */
	if (failures++ < 20)
		fprintf(stderr, "# %s %s n=%d shift=%d %s: got %.9g want %.9g (bound %.3g)\n",
				kernels, what, n, shift, op_names[op], got, want, bound);
}

static int
SupportedSets(const DistanceKernelsData **sets)
{
	int			count = 0;

	for (int s = 0; s < DISTANCE_KERNELS_COUNT; s++)
	{
		if (DistanceKernelsSupported((DistanceKernelSet) s))
			sets[count++] = DistanceKernelsAt((DistanceKernelSet) s);
	}
	return count;
}

static void
TestAccuracy(const DistanceKernelsData **sets, int nsets)
{
	float	   *abuf = malloc(sizeof(float) * (MAX_N + MAX_SHIFT));
	float	   *bbuf = malloc(sizeof(float) * (MAX_N + MAX_SHIFT));
	float	   *a2buf = malloc(sizeof(float) * (MAX_N + MAX_SHIFT));
	float	   *b2buf = malloc(sizeof(float) * (MAX_N + MAX_SHIFT));

	for (int exact = 1; exact >= 0; exact--)
	{
		for (int n = 0; n <= MAX_N; n++)
		{
			/* a and b misaligned differently, cycling through all shifts */
			int			shift = n % MAX_SHIFT;
			float	   *a = abuf + shift;
			float	   *b = bbuf + (n / MAX_SHIFT) % MAX_SHIFT;
			/* the same values elsewhere, differently misaligned */
			float	   *a2 = a2buf + (shift + 5) % MAX_SHIFT;
			float	   *b2 = b2buf + (n / MAX_SHIFT + 3) % MAX_SHIFT;
			double		ref[OP_COUNT],
						absum[OP_COUNT];
			float		scalar[OP_COUNT];

			if (exact)
			{
				FillExact(a, n);
				FillExact(b, n);
			}
			else
			{
				FillMixed(a, n);
				FillMixed(b, n);
			}
			memcpy(a2, a, sizeof(float) * n);
			memcpy(b2, b, sizeof(float) * n);
			Reference(n, a, b, ref, absum);
			Compute(sets[0], n, a, b, scalar);

			for (int s = 0; s < nsets; s++)
			{
				float		got[OP_COUNT],
							moved[OP_COUNT];

				Compute(sets[s], n, a, b, got);
				Compute(sets[s], n, a2, b2, moved);
				for (int op = 0; op < OP_COUNT; op++)
				{
					double		bound = exact ? 0 :
						(n + 4) * UNIT_ROUNDOFF * absum[op];

					if (!(fabs(got[op] - ref[op]) <= bound))
						Fail(sets[s]->name, exact ? "exact" : "vs reference",
							 n, shift, op, got[op], ref[op], bound);
					if (s > 0 && !(fabs(got[op] - scalar[op]) <= 2 * bound))
						Fail(sets[s]->name, "vs scalar", n, shift, op,
							 got[op], scalar[op], 2 * bound);
					/* a value's distance must not depend on where it sits */
					if (memcmp(&got[op], &moved[op], sizeof(float)) != 0)
						Fail(sets[s]->name, "moved in memory", n, shift, op,
							 moved[op], got[op], 0);
				}
			}
		}
	}
	free(abuf);
	free(bbuf);
	free(a2buf);
	free(b2buf);
}

/*
 * Arrays whose last element is the last float before an unmapped page: a
 * kernel reading past the end faults (whatever the sanitizer).
 */
static void
TestNoOverread(const DistanceKernelsData **sets, int nsets)
{
	static const int lengths[] = {1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33,
	63, 64, 65, 100, 767, 768, 769, 1536, 2000};
	long		page = sysconf(_SC_PAGESIZE);
	size_t		span = ((sizeof(float) * MAX_N + page - 1) / page + 1) * page;
	char	   *mem = mmap(NULL, 2 * span, PROT_READ | PROT_WRITE,
						   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	float	   *aend,
			   *bend;

	if (mem == MAP_FAILED)
	{
		fprintf(stderr, "# mmap failed\n");
		failures++;
		return;
	}
	/* each region: data pages, then one inaccessible guard page */
	mprotect(mem + span - page, page, PROT_NONE);
	mprotect(mem + 2 * span - page, page, PROT_NONE);
	aend = (float *) (mem + span - page);
	bend = (float *) (mem + 2 * span - page);

	for (size_t l = 0; l < sizeof(lengths) / sizeof(lengths[0]); l++)
	{
		int			n = lengths[l];
		float	   *a = aend - n;
		float	   *b = bend - n;
		double		ref[OP_COUNT],
					absum[OP_COUNT];

		FillExact(a, n);
		FillExact(b, n);
		Reference(n, a, b, ref, absum);
		for (int s = 0; s < nsets; s++)
		{
			float		got[OP_COUNT];

			Compute(sets[s], n, a, b, got);
			for (int op = 0; op < OP_COUNT; op++)
			{
				if (got[op] != ref[op])
					Fail(sets[s]->name, "at page end", n, 0, op, got[op], ref[op], 0);
			}
		}
	}
	munmap(mem, 2 * span);
}

static void
TestSelection(const DistanceKernelsData **sets, int nsets)
{
	DistanceInit();
	if (distance_kernels != sets[nsets - 1])
	{
		fprintf(stderr, "# DistanceInit chose %s, not the best supported %s\n",
				distance_kernels->name, sets[nsets - 1]->name);
		failures++;
	}
	if (DistanceKernelsAt(DistanceKernelsBest()) != distance_kernels)
	{
		fprintf(stderr, "# DistanceKernelsBest disagrees with DistanceInit\n");
		failures++;
	}
	for (int s = 0; s < nsets; s++)
	{
		if (DistanceKernelsByName(sets[s]->name) != sets[s])
		{
			fprintf(stderr, "# DistanceKernelsByName(\"%s\") failed\n", sets[s]->name);
			failures++;
		}
	}
	if (DistanceKernelsByName("bogus") != NULL || DistanceKernelsAt(DISTANCE_KERNELS_COUNT) != NULL)
	{
		fprintf(stderr, "# unknown kernel set accepted\n");
		failures++;
	}
	if (!DistanceKernelsSupported(DISTANCE_KERNELS_SCALAR))
	{
		fprintf(stderr, "# scalar kernels not supported\n");
		failures++;
	}
	/* an unsupported set is refused by name */
	for (int s = 0; s < DISTANCE_KERNELS_COUNT; s++)
	{
		const DistanceKernelsData *k = DistanceKernelsAt((DistanceKernelSet) s);

		if (k != NULL && !DistanceKernelsSupported((DistanceKernelSet) s) &&
			DistanceKernelsByName(k->name) != NULL)
		{
			fprintf(stderr, "# unsupported set %s returned by name\n", k->name);
			failures++;
		}
	}
}

static void
TestCosine(void)
{
	/* hand-checked: [1,2] vs [2,4] parallel, [1,0] vs [0,1] orthogonal */
	if (fabs(CosineDistanceFromParts(10, 5, 20)) > 1e-12 ||
		fabs(CosineDistanceFromParts(0, 1, 1) - 1) > 1e-12 ||
		fabs(CosineDistanceFromParts(-4, 4, 4) - 2) > 1e-12 ||
		!isnan(CosineDistanceFromParts(0, 0, 1)) ||
		CosineDistanceFromParts(1.0000001f, 1, 1) != 0)	/* clamped */
	{
		fprintf(stderr, "# CosineDistanceFromParts wrong\n");
		failures++;
	}
}

/*
 * VectorL2SquaredMany gives, with each set in use, exactly what the set's
 * l2_squared gives one vector at a time.
 */
static void
TestMany(const DistanceKernelsData **sets, int nsets)
{
	enum
	{
		MAXC = 40, STRIDE = 300
	};
	float	   *q = malloc(sizeof(float) * STRIDE);
	float	   *rows = malloc(sizeof(float) * STRIDE * MAXC);
	const DistanceKernelsData *saved = distance_kernels;
	static const int ns[] = {0, 1, 7, 16, 33, 64, 128, 131, 256, 300};

	FillMixed(q, STRIDE);
	FillMixed(rows, STRIDE * MAXC);
	for (int s = 0; s < nsets; s++)
	{
		distance_kernels = sets[s];
		for (int k = 0; k < (int) (sizeof(ns) / sizeof(ns[0])); k++)
			for (int count = 0; count <= MAXC; count += 13)
			{
				float		out[MAXC];

				VectorL2SquaredMany(ns[k], q, rows, STRIDE, count, out);
				for (int i = 0; i < count; i++)
				{
					float		one = sets[s]->l2_squared(ns[k], q, rows + (size_t) i * STRIDE);

					if (memcmp(&one, &out[i], sizeof(float)) != 0)
					{
						fprintf(stderr, "# %s: VectorL2SquaredMany n=%d row %d: %.9g, one at a time %.9g\n",
								sets[s]->name, ns[k], i, out[i], one);
						failures++;
					}
				}
			}
	}
	distance_kernels = saved;
	free(q);
	free(rows);
}

static double
NowNs(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

/*
 * Not a test: ns per call at 768 dimensions, best of 5 runs, over 32 rows
 * (96 kB, in L2) at 8 bytes past a 64-byte boundary, as in a palloc'd
 * vector: the numbers measure the kernels, not memory bandwidth.
 */
static void
Bench(const DistanceKernelsData **sets, int nsets)
{
	enum
	{
		N = 768, ROWS = 32, REPS = 3200
	};
	float	   *rowbuf = aligned_alloc(64, sizeof(float) * (N * ROWS + 16));
	float	   *qbuf = aligned_alloc(64, sizeof(float) * (N + 16));
	float	   *rows = rowbuf + 2;
	float	   *q = qbuf + 2;
	volatile float sink = 0;

	FillMixed(rows, N * ROWS);
	FillMixed(q, N);
	for (int s = 0; s < nsets; s++)
	{
		for (int op = 0; op < 4; op++)
		{
			double		best = 1e30;

			for (int run = 0; run < 5; run++)
			{
				double		t0 = NowNs();
				float		acc = 0;

				for (int r = 0; r < REPS; r++)
				{
					for (int i = 0; i < ROWS; i++)
					{
						const float *row = rows + (size_t) i * N;

						if (op == 0)
							acc += sets[s]->l2_squared(N, q, row);
						else if (op == 1)
							acc += sets[s]->inner_product(N, q, row);
						else if (op == 2)
							acc += sets[s]->l1(N, q, row);
						else
						{
							float		d,
										na,
										nb;

							sets[s]->cosine_parts(N, q, row, &d, &na, &nb);
							acc += d;
						}
					}
				}
				double		ns = (NowNs() - t0) / (REPS * ROWS);

				sink += acc;
				if (ns < best)
					best = ns;
			}
			printf("%-7s %-14s %7.1f ns\n", sets[s]->name,
				   op == 3 ? "cosine_parts" : op_names[op], best);
		}
	}
	free(rowbuf);
	free(qbuf);
}

int
main(int argc, char **argv)
{
	const DistanceKernelsData *sets[DISTANCE_KERNELS_COUNT];
	int			nsets = SupportedSets(sets);

	if (argc > 1 && strcmp(argv[1], "--bench") == 0)
	{
		Bench(sets, nsets);
		return 0;
	}

	fprintf(stderr, "# kernel sets tested:");
	for (int s = 0; s < nsets; s++)
		fprintf(stderr, " %s", sets[s]->name);
	fprintf(stderr, "\n");

	TestSelection(sets, nsets);
	TestCosine();
	TestAccuracy(sets, nsets);
	TestNoOverread(sets, nsets);
	TestMany(sets, nsets);

	if (failures > 0)
		fprintf(stderr, "# %d failures\n", failures);
	return failures > 0 ? 1 : 0;
}
