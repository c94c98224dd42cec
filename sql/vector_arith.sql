-- Element-wise arithmetic, concatenation, norms, normalisation, subvector
-- and vector_dims: hand-checked values, errors, and agreement with the
-- same float4 arithmetic done element by element in SQL.

SELECT '[1,2,3]'::vector + '[4,5,6]', '[1,2,3]'::vector - '[4,5,6]',
	'[1,2,3]'::vector * '[4,5,6]';
SELECT vector_add('[0.5]', '[0.25]'), vector_sub('[1]', '[1]'), vector_mul('[-2]', '[0]');
SELECT '[1,2]'::vector || '[3]', vector_concat('[1]', '[2,3,4]');
SELECT vector_dims('[1,2,3]'), vector_dims('[7]');
SELECT vector_norm('[3,4]'), vector_norm('[0,0,0]'), vector_norm('[-2]');
SELECT l2_normalize('[3,4]'), l2_normalize('[0,0]'), l2_normalize('[-5]');

-- the norm is computed in double: no overflow for elements near float max
SELECT vector_norm('[3e38,3e38]') > 4e38 AS no_overflow;

-- subvector counts from 1; the part of the range outside the vector is
-- ignored (like substring and pgvector); an empty range is an error
SELECT subvector('[1,2,3,4,5]', 1, 3), subvector('[1,2,3,4,5]', 3, 3),
	subvector('[1,2,3,4,5]', 5, 1), subvector('[1,2,3,4,5]', 1, 5);
SELECT subvector('[1,2,3,4,5]', 4, 10), subvector('[1,2,3,4,5]', -1, 3),
	subvector('[1,2,3,4,5]', 2, 2147483647), subvector('[1,2,3,4,5]', 0, 2);
-- a range ending before the vector, and one whose end overflows int32
SELECT subvector('[1,2,3,4,5]', -2147483648, 2147483647);
SELECT subvector('[1,2,3]', 2147483647, 2147483647);
SELECT subvector('[1,2,3]', 4, 1);
SELECT subvector('[1,2,3]', 0, 1);
SELECT subvector('[1,2,3]', 1, 0);
SELECT subvector('[1,2,3]', 1, -1);
SELECT subvector('[1,2,3]', -5, 2);

-- operands of different dimensions are errors, never truncated
SELECT '[1,2]'::vector + '[1,2,3]';
SELECT '[1,2]'::vector - '[1]';
SELECT '[1,2]'::vector * '[1,2,3]';

-- results beyond float range are errors, as for float4
SELECT '[3e38]'::vector + '[3e38]';
SELECT '[-3e38]'::vector - '[3e38]';
SELECT '[1e30]'::vector * '[1e30]';
SELECT '[1e-30]'::vector * '[1e-30]';
SELECT '1e-30'::real * '1e-30'::real;

-- SQLSTATEs: 22000 for dimensions and ranges, 22003 for overflow
\set VERBOSITY sqlstate
SELECT '[1,2]'::vector * '[1]';
SELECT subvector('[1,2,3]', 4, 1);
SELECT '[3e38]'::vector + '[3e38]';
SELECT '[1e-30]'::vector * '[1e-30]';
\set VERBOSITY default

-- concatenation is capped at the maximum dimensions
SELECT vector_dims(array_fill(1, ARRAY[8000])::vector || array_fill(2, ARRAY[8000])::vector);
SELECT array_fill(1, ARRAY[8000])::vector || array_fill(2, ARRAY[8001])::vector;

-- the session is still usable
SELECT '[1,2]'::vector + '[3,4]';

-- strictness
SELECT ('[1]'::vector + NULL) IS NULL, vector_norm(NULL) IS NULL,
	subvector('[1]', NULL, 1) IS NULL;

-- random vectors: +, -, * give exactly the float4 results of SQL's own
-- real arithmetic, element by element
CREATE FUNCTION pg_temp.random_vector(d int) RETURNS vector
LANGUAGE sql VOLATILE AS $$
	SELECT array_agg(((random() - 0.5) * 2 * 10 ^ (floor(random() * 7) - 3))::real)::vector
	FROM generate_series(1, d)
$$;
SELECT setseed(0.125);
CREATE TEMP TABLE pairs AS
SELECT d, i, pg_temp.random_vector(d) AS a, pg_temp.random_vector(d) AS b
FROM unnest('{1,2,3,7,8,9,16,17,100,768,2000}'::int[]) AS d, generate_series(1, 3) AS i;

SELECT count(*) AS pairs,
	count(*) FILTER (WHERE (a + b)::real[] <> ARRAY(SELECT x + y FROM unnest(a::real[], b::real[]) WITH ORDINALITY t(x, y, o) ORDER BY o)) AS add_wrong,
	count(*) FILTER (WHERE (a - b)::real[] <> ARRAY(SELECT x - y FROM unnest(a::real[], b::real[]) WITH ORDINALITY t(x, y, o) ORDER BY o)) AS sub_wrong,
	count(*) FILTER (WHERE (a * b)::real[] <> ARRAY(SELECT x * y FROM unnest(a::real[], b::real[]) WITH ORDINALITY t(x, y, o) ORDER BY o)) AS mul_wrong,
	count(*) FILTER (WHERE (a || b)::real[] <> a::real[] || b::real[]) AS concat_wrong,
	count(*) FILTER (WHERE vector_dims(a) <> d OR vector_dims(a || b) <> 2 * d) AS dims_wrong
FROM pairs;

-- vector_norm against a double-precision sum (both sum squares in double;
-- only the order can differ), and l2_normalize gives norm 1 and keeps the
-- direction (cosine distance to the original about 0)
SELECT count(*) AS vectors,
	count(*) FILTER (WHERE abs(vector_norm(a) - (SELECT sqrt(sum(x::float8 * x)) FROM unnest(a::real[]) x)) > 1e-12 * vector_norm(a)) AS norm_wrong,
	count(*) FILTER (WHERE abs(vector_norm(l2_normalize(a)) - 1) > 1e-6) AS unit_wrong,
	count(*) FILTER (WHERE abs(l2_normalize(a) <=> a) > 1e-6) AS direction_wrong
FROM pairs;

-- subvector pieces concatenate back to the original
SELECT count(*) AS vectors,
	count(*) FILTER (WHERE CASE WHEN d > 1 THEN subvector(a, 1, (d + 1) / 2) || subvector(a, (d + 1) / 2 + 1, d - (d + 1) / 2) <> a END) AS split_wrong,
	count(*) FILTER (WHERE subvector(a, 1, d) <> a) AS whole_wrong,
	count(*) FILTER (WHERE subvector(a, d, 1)::real[] <> ARRAY[(a::real[])[d]]) AS last_wrong
FROM pairs;
