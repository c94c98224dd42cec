/*-------------------------------------------------------------------------
 *
 * vector_ops.c
 *	  SQL-callable operations on vectors: distances, norms, element-wise
 *	  arithmetic, slicing and concatenation, the btree and hash support
 *	  functions, the avg/sum aggregates, and the GUC that chooses the
 *	  distance kernels.
 *
 * Distances go through the kernels of distance.c; everything else is
 * plain C here.  Binary operations on vectors of different dimensions
 * are errors, never truncations.
 *
 *-------------------------------------------------------------------------
 */
#include "compat.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/guc.h"

#include "distance.h"
#include "vecstore.h"
#include "vector.h"

PG_FUNCTION_INFO_V1(l2_distance);
PG_FUNCTION_INFO_V1(vector_l2_squared_distance);
PG_FUNCTION_INFO_V1(inner_product);
PG_FUNCTION_INFO_V1(vector_negative_inner_product);
PG_FUNCTION_INFO_V1(cosine_distance);
PG_FUNCTION_INFO_V1(l1_distance);
PG_FUNCTION_INFO_V1(vector_dims);
PG_FUNCTION_INFO_V1(vector_norm);
PG_FUNCTION_INFO_V1(l2_normalize);
PG_FUNCTION_INFO_V1(subvector);
PG_FUNCTION_INFO_V1(vector_add);
PG_FUNCTION_INFO_V1(vector_sub);
PG_FUNCTION_INFO_V1(vector_mul);
PG_FUNCTION_INFO_V1(vector_concat);
PG_FUNCTION_INFO_V1(vector_lt);
PG_FUNCTION_INFO_V1(vector_le);
PG_FUNCTION_INFO_V1(vector_eq);
PG_FUNCTION_INFO_V1(vector_ne);
PG_FUNCTION_INFO_V1(vector_ge);
PG_FUNCTION_INFO_V1(vector_gt);
PG_FUNCTION_INFO_V1(vector_cmp);
PG_FUNCTION_INFO_V1(vector_hash);
PG_FUNCTION_INFO_V1(vector_hash_extended);
PG_FUNCTION_INFO_V1(vector_accum);
PG_FUNCTION_INFO_V1(vector_combine);
PG_FUNCTION_INFO_V1(vector_avg);
PG_FUNCTION_INFO_V1(vector_sum);
PG_FUNCTION_INFO_V1(vecstore_distance_kernels);

/*
 * vecstore.distance_kernels: "auto" (the best the CPU runs) or one set by
 * name.  Superuser-only, since it changes results in their last bits;
 * tests use it to compare the SIMD kernels against the scalar ones.
 */
#define DISTANCE_KERNELS_AUTO	(-1)

static int	distance_kernels_setting = DISTANCE_KERNELS_AUTO;

static const struct config_enum_entry distance_kernels_options[] = {
	{"auto", DISTANCE_KERNELS_AUTO, false},
	{"scalar", DISTANCE_KERNELS_SCALAR, false},
	{"avx2", DISTANCE_KERNELS_AVX2, false},
	{"avx512", DISTANCE_KERNELS_AVX512, false},
	{NULL, 0, false}
};

static bool
CheckDistanceKernels(int *newval, void **extra, GucSource source)
{
	if (*newval == DISTANCE_KERNELS_AUTO ||
		DistanceKernelsSupported((DistanceKernelSet) *newval))
		return true;
	for (const struct config_enum_entry *e = distance_kernels_options; e->name; e++)
	{
		if (e->val == *newval)
			GUC_check_errdetail("This build or CPU cannot run the \"%s\" kernels.",
								e->name);
	}
	return false;
}

static void
AssignDistanceKernels(int newval, void *extra)
{
	DistanceKernelSet set = newval == DISTANCE_KERNELS_AUTO ?
		DistanceKernelsBest() : (DistanceKernelSet) newval;

	distance_kernels = DistanceKernelsAt(set);
}

void
VectorOpsInit(void)
{
	DistanceInit();

	DefineCustomEnumVariable("vecstore.distance_kernels",
							 "Distance kernels used by vector operators.",
							 "\"auto\" picks the best set the CPU supports; "
							 "vecstore_distance_kernels() shows the set in use.",
							 &distance_kernels_setting,
							 DISTANCE_KERNELS_AUTO,
							 distance_kernels_options,
							 PGC_SUSET,
							 0,
							 CheckDistanceKernels,
							 AssignDistanceKernels,
							 NULL);
}

Datum
vecstore_distance_kernels(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(distance_kernels->name));
}

/*
 * Distances
 */
Datum
l2_distance(PG_FUNCTION_ARGS)
{
	Vector		a = PG_GETARG_VECTOR_P(0);
	Vector		b = PG_GETARG_VECTOR_P(1);

	CheckDims(a, b);
	PG_RETURN_FLOAT8(sqrt((double) VectorL2SquaredDistance(a->dim, a->x, b->x)));
}

/* Squared L2: same order as l2_distance without the sqrt, for indexes. */
Datum
vector_l2_squared_distance(PG_FUNCTION_ARGS)
{
	Vector		a = PG_GETARG_VECTOR_P(0);
	Vector		b = PG_GETARG_VECTOR_P(1);

	CheckDims(a, b);
	PG_RETURN_FLOAT8((double) VectorL2SquaredDistance(a->dim, a->x, b->x));
}

Datum
inner_product(PG_FUNCTION_ARGS)
{
	Vector		a = PG_GETARG_VECTOR_P(0);
	Vector		b = PG_GETARG_VECTOR_P(1);

	CheckDims(a, b);
	PG_RETURN_FLOAT8((double) VectorInnerProduct(a->dim, a->x, b->x));
}

/* Negated so that ORDER BY ... ASC puts the largest product first. */
Datum
vector_negative_inner_product(PG_FUNCTION_ARGS)
{
	Vector		a = PG_GETARG_VECTOR_P(0);
	Vector		b = PG_GETARG_VECTOR_P(1);

	CheckDims(a, b);
	PG_RETURN_FLOAT8(-(double) VectorInnerProduct(a->dim, a->x, b->x));
}

Datum
cosine_distance(PG_FUNCTION_ARGS)
{
	Vector		a = PG_GETARG_VECTOR_P(0);
	Vector		b = PG_GETARG_VECTOR_P(1);
	float		dot,
				norma,
				normb;

	CheckDims(a, b);
	distance_kernels->cosine_parts(a->dim, a->x, b->x, &dot, &norma, &normb);
	PG_RETURN_FLOAT8(CosineDistanceFromParts(dot, norma, normb));
}

Datum
l1_distance(PG_FUNCTION_ARGS)
{
	Vector		a = PG_GETARG_VECTOR_P(0);
	Vector		b = PG_GETARG_VECTOR_P(1);

	CheckDims(a, b);
	PG_RETURN_FLOAT8((double) VectorL1Distance(a->dim, a->x, b->x));
}

/*
 * Single-vector functions
 */
Datum
vector_dims(PG_FUNCTION_ARGS)
{
	Vector		a = PG_GETARG_VECTOR_P(0);

	PG_RETURN_INT32(a->dim);
}

/* In double: a float sum of squares overflows for elements above ~1e19. */
static double
VectorNorm(Vector a)
{
	double		s = 0;

	for (int i = 0; i < a->dim; i++)
		s += (double) a->x[i] * (double) a->x[i];
	return sqrt(s);
}

Datum
vector_norm(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(VectorNorm(PG_GETARG_VECTOR_P(0)));
}

/* A zero vector stays zero (it has no direction to keep). */
Datum
l2_normalize(PG_FUNCTION_ARGS)
{
	Vector		a = PG_GETARG_VECTOR_P(0);
	double		norm = VectorNorm(a);
	Vector		result = InitVector(a->dim);

	if (norm > 0)
	{
		for (int i = 0; i < a->dim; i++)
			result->x[i] = (float) ((double) a->x[i] / norm);
	}
	PG_RETURN_VECTOR_P(result);
}

/*
 * subvector(v, start, count): elements start .. start+count-1, counted
 * from 1.  As with substring (and pgvector), the part of the range outside
 * the vector is ignored; a range with no element inside is an error.
 */
Datum
subvector(PG_FUNCTION_ARGS)
{
	Vector		a = PG_GETARG_VECTOR_P(0);
	int64		start = PG_GETARG_INT32(1);
	int64		count = PG_GETARG_INT32(2);
	int64		end = start + count;	/* exclusive; no overflow in int64 */
	Vector		result;

	if (count < 1)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("subvector count must be at least 1")));
	if (start < 1)
		start = 1;
	if (end > (int64) a->dim + 1)
		end = (int64) a->dim + 1;
	if (start >= end)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("subvector range has no element in a vector of %d dimensions",
						a->dim)));

	result = InitVector((int) (end - start));
	memcpy(result->x, a->x + (start - 1), sizeof(float) * result->dim);
	PG_RETURN_VECTOR_P(result);
}

/*
 * Element-wise arithmetic; a result that overflows float is an error, as
 * for float4 arithmetic in the server.
 */
Datum
vector_add(PG_FUNCTION_ARGS)
{
	Vector		a = PG_GETARG_VECTOR_P(0);
	Vector		b = PG_GETARG_VECTOR_P(1);
	Vector		result;

	CheckDims(a, b);
	result = InitVector(a->dim);
	for (int i = 0; i < a->dim; i++)
	{
		result->x[i] = a->x[i] + b->x[i];
		if (unlikely(isinf(result->x[i])))
			float_overflow_error();
	}
	PG_RETURN_VECTOR_P(result);
}

Datum
vector_sub(PG_FUNCTION_ARGS)
{
	Vector		a = PG_GETARG_VECTOR_P(0);
	Vector		b = PG_GETARG_VECTOR_P(1);
	Vector		result;

	CheckDims(a, b);
	result = InitVector(a->dim);
	for (int i = 0; i < a->dim; i++)
	{
		result->x[i] = a->x[i] - b->x[i];
		if (unlikely(isinf(result->x[i])))
			float_overflow_error();
	}
	PG_RETURN_VECTOR_P(result);
}

/* Like float4mul, a nonzero product that rounds to zero is an error too. */
Datum
vector_mul(PG_FUNCTION_ARGS)
{
	Vector		a = PG_GETARG_VECTOR_P(0);
	Vector		b = PG_GETARG_VECTOR_P(1);
	Vector		result;

	CheckDims(a, b);
	result = InitVector(a->dim);
	for (int i = 0; i < a->dim; i++)
	{
		result->x[i] = a->x[i] * b->x[i];
		if (unlikely(isinf(result->x[i])))
			float_overflow_error();
		if (unlikely(result->x[i] == 0 && a->x[i] != 0 && b->x[i] != 0))
			float_underflow_error();
	}
	PG_RETURN_VECTOR_P(result);
}

Datum
vector_concat(PG_FUNCTION_ARGS)
{
	Vector		a = PG_GETARG_VECTOR_P(0);
	Vector		b = PG_GETARG_VECTOR_P(1);
	Vector		result;

	CheckDim(a->dim + b->dim);
	result = InitVector(a->dim + b->dim);
	memcpy(result->x, a->x, sizeof(float) * a->dim);
	memcpy(result->x + a->dim, b->x, sizeof(float) * b->dim);
	PG_RETURN_VECTOR_P(result);
}

/*
 * Ordering for btree: element by element as floats (so -0 = +0), then the
 * shorter vector first.  Elements are never NaN, so this is a total order.
 * Comparison of vectors of different dimensions is allowed: it is what
 * makes ORDER BY and DISTINCT work on a column of mixed dimensions.
 */
static int
VectorCompare(Vector a, Vector b)
{
	int			n = Min(a->dim, b->dim);

	for (int i = 0; i < n; i++)
	{
		if (a->x[i] < b->x[i])
			return -1;
		if (a->x[i] > b->x[i])
			return 1;
	}
	if (a->dim < b->dim)
		return -1;
	if (a->dim > b->dim)
		return 1;
	return 0;
}

/* Frees detoasted copies: btree and sorts call these once per comparison. */
#define VECTOR_COMPARE_ARGS(a, b) \
	Vector		a = PG_GETARG_VECTOR_P(0); \
	Vector		b = PG_GETARG_VECTOR_P(1); \
	int			cmp = VectorCompare(a, b); \
	PG_FREE_IF_COPY(a, 0); \
	PG_FREE_IF_COPY(b, 1)

Datum
vector_lt(PG_FUNCTION_ARGS)
{
	VECTOR_COMPARE_ARGS(a, b);
	PG_RETURN_BOOL(cmp < 0);
}

Datum
vector_le(PG_FUNCTION_ARGS)
{
	VECTOR_COMPARE_ARGS(a, b);
	PG_RETURN_BOOL(cmp <= 0);
}

Datum
vector_eq(PG_FUNCTION_ARGS)
{
	VECTOR_COMPARE_ARGS(a, b);
	PG_RETURN_BOOL(cmp == 0);
}

Datum
vector_ne(PG_FUNCTION_ARGS)
{
	VECTOR_COMPARE_ARGS(a, b);
	PG_RETURN_BOOL(cmp != 0);
}

Datum
vector_ge(PG_FUNCTION_ARGS)
{
	VECTOR_COMPARE_ARGS(a, b);
	PG_RETURN_BOOL(cmp >= 0);
}

Datum
vector_gt(PG_FUNCTION_ARGS)
{
	VECTOR_COMPARE_ARGS(a, b);
	PG_RETURN_BOOL(cmp > 0);
}

Datum
vector_cmp(PG_FUNCTION_ARGS)
{
	VECTOR_COMPARE_ARGS(a, b);
	PG_RETURN_INT32(cmp);
}

/*
 * Hashing: equal vectors must hash equal, and -0 equals +0, so negative
 * zeros are hashed as positive ones.  They are rare, so the elements are
 * hashed in place unless one is found.
 */
static const float *
VectorHashableElements(Vector a)
{
	float	   *copy;
	int			i;

	for (i = 0; i < a->dim; i++)
	{
		if (a->x[i] == 0 && signbit(a->x[i]))
			break;
	}
	if (i == a->dim)
		return a->x;

	copy = palloc(sizeof(float) * a->dim);
	for (i = 0; i < a->dim; i++)
		copy[i] = a->x[i] == 0 ? 0.0f : a->x[i];
	return copy;
}

Datum
vector_hash(PG_FUNCTION_ARGS)
{
	Vector		a = PG_GETARG_VECTOR_P(0);
	const float *x = VectorHashableElements(a);

	return hash_any((const unsigned char *) x, sizeof(float) * a->dim);
}

Datum
vector_hash_extended(PG_FUNCTION_ARGS)
{
	Vector		a = PG_GETARG_VECTOR_P(0);
	const float *x = VectorHashableElements(a);

	return hash_any_extended((const unsigned char *) x, sizeof(float) * a->dim,
							 PG_GETARG_INT64(1));
}

/*
 * Aggregates avg(vector) and sum(vector).  The state is a float8[] of
 * {count, sum_1, ..., sum_dim}; it starts as {0} and takes its length from
 * the first vector.  Summing in double keeps the result accurate over many
 * rows, and a float8[] state needs no serialization for parallel plans.
 */

/* Checks a state array (callers can pass any float8[]) and returns its data. */
static float8 *
CheckAccumState(ArrayType *state, int *dim)
{
	int			n;
	float8	   *values;

	if (ARR_NDIM(state) != 1 || ARR_HASNULL(state) ||
		ARR_ELEMTYPE(state) != FLOAT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("vector aggregate state must be a one-dimensional float8 array without nulls")));
	n = ARR_DIMS(state)[0];
	values = (float8 *) ARR_DATA_PTR(state);
	if (n < 1 || n - 1 > VECTOR_MAX_DIM || !(values[0] >= 0) ||
		(n == 1) != (values[0] == 0))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("invalid vector aggregate state")));
	*dim = n - 1;
	return values;
}

static ArrayType *
MakeAccumState(int dim)
{
	ArrayType  *state;
	Size		size = ARR_OVERHEAD_NONULLS(1) + sizeof(float8) * (dim + 1);

	state = (ArrayType *) palloc0(size);
	SET_VARSIZE(state, size);
	state->ndim = 1;
	state->dataoffset = 0;
	state->elemtype = FLOAT8OID;
	ARR_DIMS(state)[0] = dim + 1;
	ARR_LBOUND(state)[0] = 1;
	return state;
}

Datum
vector_accum(PG_FUNCTION_ARGS)
{
	ArrayType  *state = PG_GETARG_ARRAYTYPE_P(0);
	Vector		v = PG_GETARG_VECTOR_P(1);
	int			dim;
	float8	   *sums = CheckAccumState(state, &dim);

	if (dim == 0)
	{
		ArrayType  *fresh = MakeAccumState(v->dim);

		sums = (float8 *) ARR_DATA_PTR(fresh);
		sums[0] = 0;
		dim = v->dim;
		state = fresh;
	}
	else if (dim != v->dim)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("different vector dimensions %d and %d", dim, v->dim)));
	else if (!AggCheckCallContext(fcinfo, NULL))
	{
		/* outside an aggregate the argument is not ours to change */
		state = (ArrayType *) PG_DETOAST_DATUM_COPY(PG_GETARG_DATUM(0));
		sums = (float8 *) ARR_DATA_PTR(state);
	}

	/* in an aggregate, update the transition value in place */
	sums[0] += 1;
	for (int i = 0; i < dim; i++)
		sums[i + 1] += (float8) v->x[i];
	PG_RETURN_ARRAYTYPE_P(state);
}

Datum
vector_combine(PG_FUNCTION_ARGS)
{
	ArrayType  *s1 = PG_GETARG_ARRAYTYPE_P(0);
	ArrayType  *s2 = PG_GETARG_ARRAYTYPE_P(1);
	int			dim1,
				dim2;
	float8	   *v1 = CheckAccumState(s1, &dim1);
	float8	   *v2 = CheckAccumState(s2, &dim2);
	ArrayType  *result;
	float8	   *sums;

	if (dim2 == 0)
		PG_RETURN_ARRAYTYPE_P(s1);
	if (dim1 == 0)
		PG_RETURN_ARRAYTYPE_P(s2);
	if (dim1 != dim2)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("different vector dimensions %d and %d", dim1, dim2)));

	result = MakeAccumState(dim1);
	sums = (float8 *) ARR_DATA_PTR(result);
	for (int i = 0; i <= dim1; i++)
		sums[i] = v1[i] + v2[i];
	PG_RETURN_ARRAYTYPE_P(result);
}

/* Builds the result vector from the state; NULL for no rows. */
static Datum
AccumStateToVector(FunctionCallInfo fcinfo, bool average)
{
	ArrayType  *state = PG_GETARG_ARRAYTYPE_P(0);
	int			dim;
	float8	   *sums = CheckAccumState(state, &dim);
	Vector		result;

	if (dim == 0)
		PG_RETURN_NULL();

	result = InitVector(dim);
	for (int i = 0; i < dim; i++)
	{
		double		value = average ? sums[i + 1] / sums[0] : sums[i + 1];

		result->x[i] = (float) value;
		if (unlikely(isinf(result->x[i])))
			float_overflow_error();
		CheckElement(result->x[i]);	/* NaN from a hand-made state */
	}
	PG_RETURN_VECTOR_P(result);
}

Datum
vector_avg(PG_FUNCTION_ARGS)
{
	return AccumStateToVector(fcinfo, true);
}

Datum
vector_sum(PG_FUNCTION_ARGS)
{
	return AccumStateToVector(fcinfo, false);
}
