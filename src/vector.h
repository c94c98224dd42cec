/*-------------------------------------------------------------------------
 *
 * vector.h
 *	  The vector type: a varlena of float4 values, laid out exactly as
 *	  pgvector lays it out, so that a value can be read in place out of a
 *	  columnar chunk and clients see the same binary format.
 *
 *-------------------------------------------------------------------------
 */
#ifndef VECSTORE_VECTOR_H
#define VECSTORE_VECTOR_H

#include "compat.h"

#include "fmgr.h"

#define VECTOR_MAX_DIM 16000

typedef struct VectorData
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	int16		dim;			/* number of dimensions */
	int16		unused;			/* always zero */
	float		x[FLEXIBLE_ARRAY_MEMBER];
} VectorData;

typedef VectorData *Vector;

#define VECTOR_SIZE(dim)		(offsetof(VectorData, x) + sizeof(float) * (dim))
#define DatumGetVector(x)		((Vector) PG_DETOAST_DATUM(x))
#define PG_GETARG_VECTOR_P(n)	DatumGetVector(PG_GETARG_DATUM(n))
#define PG_RETURN_VECTOR_P(x)	PG_RETURN_POINTER(x)

/* Allocates a zeroed vector of dim dimensions (dim already validated). */
extern Vector InitVector(int dim);

/* Errors (22000) unless dim is within 1..VECTOR_MAX_DIM. */
extern void CheckDim(int dim);

/* Errors (22000) if the typmod is set and does not match dim. */
extern void CheckExpectedDim(int32 typmod, int dim);

/* Errors (22000) if two operands differ in dimensions. */
extern void CheckDims(Vector a, Vector b);

/* Errors (22000) on NaN or infinite elements. */
extern void CheckElement(float value);

#endif							/* VECSTORE_VECTOR_H */
