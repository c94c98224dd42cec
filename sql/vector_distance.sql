-- Distance functions and operators: hand-checked values, errors, and
-- agreement with a double-precision reference computed in SQL, with the
-- scalar kernels and with the default (SIMD where the CPU has it) ones.

-- hand-checked values
SELECT l2_distance('[0,0]', '[3,4]'), '[0,0]'::vector <-> '[3,4]';
SELECT l2_distance('[1,2,3]', '[1,2,3]');
SELECT inner_product('[1,2,3]', '[4,5,6]'), '[1,2,3]'::vector <#> '[4,5,6]';
SELECT vector_negative_inner_product('[1,-2]', '[3,4]');
SELECT cosine_distance('[1,0]', '[0,1]'), cosine_distance('[1,1]', '[2,2]'),
       cosine_distance('[1,0]', '[-1,0]'), '[3,4]'::vector <=> '[4,3]';
SELECT l1_distance('[1,2,3]', '[4,0,3]'), '[1,2,3]'::vector <+> '[4,0,3]';
SELECT vector_l2_squared_distance('[0,0]', '[3,4]');

-- cosine distance with a zero vector is NaN, as in pgvector
SELECT cosine_distance('[0,0]', '[1,2]'), '[0,0]'::vector <=> '[0,0]';

-- distances overflow to infinity rather than fail
SELECT '[3e38]'::vector <-> '[-3e38]', '[3e38,3e38]'::vector <#> '[3e38,3e38]';

-- strict: NULL in, NULL out
SELECT l2_distance(NULL, '[1]') IS NULL, ('[1]'::vector <=> NULL) IS NULL;

-- operators commute and match their functions
SELECT o.oprname, o.oprcode, c.oprname AS commutator
FROM pg_operator o LEFT JOIN pg_operator c ON c.oid = o.oprcom
WHERE o.oprname IN ('<->', '<#>', '<=>', '<+>')
  AND o.oprleft = 'vector'::regtype
ORDER BY 1;

-- every distance refuses operands of different dimensions
SELECT '[1,2]'::vector <-> '[1,2,3]';
SELECT '[1,2]'::vector <#> '[1,2,3]';
SELECT '[1,2]'::vector <=> '[1,2,3]';
SELECT '[1,2]'::vector <+> '[1,2,3]';
SELECT inner_product('[1,2,3]', '[1]');
SELECT vector_l2_squared_distance('[1]', '[1,2]');
-- with SQLSTATE 22000 (data_exception)
\set VERBOSITY sqlstate
SELECT '[1,2]'::vector <-> '[1,2,3]';
SELECT cosine_distance('[1]', '[1,2]');
\set VERBOSITY default
-- the session is still usable
SELECT '[1,2]'::vector <-> '[2,3]';

-- the kernels in use; only superusers choose them, and only ones the CPU runs
SELECT vecstore_distance_kernels() IN ('scalar', 'avx2', 'avx512') AS known;
SHOW vecstore.distance_kernels;
SET vecstore.distance_kernels = scalar;
SELECT vecstore_distance_kernels();
SET vecstore.distance_kernels = sse9;
RESET vecstore.distance_kernels;
DO $$
DECLARE
	k text;
BEGIN
	-- each set is either refused or really used once set
	FOREACH k IN ARRAY ARRAY['scalar', 'avx2', 'avx512', 'auto'] LOOP
		BEGIN
			PERFORM set_config('vecstore.distance_kernels', k, true);
			IF k <> 'auto' AND vecstore_distance_kernels() <> k THEN
				RAISE EXCEPTION 'set % but using %', k, vecstore_distance_kernels();
			END IF;
		EXCEPTION WHEN invalid_parameter_value THEN
			NULL;
		END;
	END LOOP;
END
$$;
CREATE ROLE regress_vector_user;
SET ROLE regress_vector_user;
SET vecstore.distance_kernels = scalar;
SELECT '[1,2]'::vector <-> '[2,3]';
RESET ROLE;
DROP ROLE regress_vector_user;

-- random vectors of many lengths, elements of mixed sign and magnitude
CREATE FUNCTION pg_temp.random_vector(d int) RETURNS vector
LANGUAGE sql VOLATILE AS $$
	SELECT array_agg(((random() - 0.5) * 2 * 10 ^ (floor(random() * 7) - 3))::real)::vector
	FROM generate_series(1, d)
$$;

SELECT setseed(0.25);
CREATE TEMP TABLE pairs AS
SELECT d, i, pg_temp.random_vector(d) AS a, pg_temp.random_vector(d) AS b
FROM unnest('{1,2,3,4,5,7,8,9,15,16,17,31,32,33,47,63,64,65,100,127,128,129,255,256,257,384,767,768,769,1000,1536,2000,4096,16000}'::int[]) AS d,
	 generate_series(1, 3) AS i;

-- the double-precision reference, and the sums of |term| that bound the
-- error of float summation in any order: (n + 4) * 2^-24 * sum|term|
CREATE TEMP TABLE ref AS
SELECT d, i,
	sum((x::float8 - y) ^ 2) AS l2sq,
	sum(x::float8 * y) AS ip,
	sum(abs(x::float8 * y)) AS ip_abs,
	sum(abs(x::float8 - y)) AS l1,
	sum(x::float8 * x) AS na,
	sum(y::float8 * y) AS nb,
	(d + 4) * 2 ^ -24 AS u
FROM pairs, unnest(a::real[], b::real[]) AS t(x, y)
GROUP BY d, i;

CREATE TEMP TABLE got (kernels text, d int, i int,
	l2 float8, ip float8, nip float8, cos float8, l1 float8, l2sq float8);

SET vecstore.distance_kernels = scalar;
INSERT INTO got
SELECT 'scalar', d, i, a <-> b, inner_product(a, b), a <#> b, a <=> b, a <+> b,
	vector_l2_squared_distance(a, b)
FROM pairs;
RESET vecstore.distance_kernels;
INSERT INTO got
SELECT 'default', d, i, a <-> b, inner_product(a, b), a <#> b, a <=> b, a <+> b,
	vector_l2_squared_distance(a, b)
FROM pairs;

-- each kernel set against the reference: no row outside the bound.  For
-- cosine, |error| <= u * (sum|ab| / sqrt(na nb) + |similarity|) + rounding,
-- and sum|ab| <= sqrt(na nb), so 3u bounds it.
SELECT g.kernels, count(*) AS pairs,
	count(*) FILTER (WHERE abs(g.l2sq - r.l2sq) > r.u * r.l2sq) AS l2sq_bad,
	count(*) FILTER (WHERE abs(g.l2 ^ 2 - r.l2sq) > (r.u + 2 ^ -50) * r.l2sq) AS l2_bad,
	count(*) FILTER (WHERE abs(g.ip - r.ip) > r.u * r.ip_abs) AS ip_bad,
	count(*) FILTER (WHERE g.nip <> -g.ip) AS nip_bad,
	count(*) FILTER (WHERE abs(g.l1 - r.l1) > r.u * r.l1) AS l1_bad,
	count(*) FILTER (WHERE NOT abs(g.cos - (1 - r.ip / sqrt(r.na * r.nb))) <= 3 * r.u) AS cos_bad
FROM got g JOIN ref r USING (d, i)
GROUP BY g.kernels ORDER BY 1;

-- scalar and default kernels agree within twice the bound
SELECT count(*) AS pairs,
	count(*) FILTER (WHERE abs(s.l2sq - t.l2sq) > 2 * r.u * r.l2sq) AS l2sq_differ,
	count(*) FILTER (WHERE abs(s.ip - t.ip) > 2 * r.u * r.ip_abs) AS ip_differ,
	count(*) FILTER (WHERE abs(s.l1 - t.l1) > 2 * r.u * r.l1) AS l1_differ,
	count(*) FILTER (WHERE NOT abs(s.cos - t.cos) <= 6 * r.u) AS cos_differ
FROM got s JOIN got t USING (d, i) JOIN ref r USING (d, i)
WHERE s.kernels = 'scalar' AND t.kernels = 'default';

-- small integers make every sum exact: all kernels give the same values
CREATE TEMP TABLE ints AS
SELECT d, array_agg((random() * 16 - 8)::int)::vector AS a,
	array_agg((random() * 16 - 8)::int)::vector AS b
FROM generate_series(1, 300) AS d, generate_series(1, d)
GROUP BY d;
SET vecstore.distance_kernels = scalar;
CREATE TEMP TABLE ints_scalar AS
SELECT d, a <-> b AS l2, a <#> b AS nip, a <=> b AS cos, a <+> b AS l1 FROM ints;
RESET vecstore.distance_kernels;
SELECT count(*) AS pairs,
	count(*) FILTER (WHERE s.l2 <> i.a <-> i.b OR s.nip <> i.a <#> i.b
		OR s.cos IS DISTINCT FROM i.a <=> i.b OR s.l1 <> i.a <+> i.b) AS differ
FROM ints_scalar s JOIN ints i USING (d);
SELECT count(*) AS pairs,
	count(*) FILTER (WHERE s.l1 <> (SELECT sum(abs(x - y)) FROM unnest(i.a::real[], i.b::real[]) t(x, y))) AS l1_wrong,
	count(*) FILTER (WHERE -s.nip <> (SELECT sum(x * y) FROM unnest(i.a::real[], i.b::real[]) t(x, y))) AS ip_wrong
FROM ints_scalar s JOIN ints i USING (d);

-- nearest neighbours by each operator match the reference ordering
SELECT setseed(0.5);
CREATE TEMP TABLE items AS
SELECT id, pg_temp.random_vector(16) AS v FROM generate_series(1, 200) AS id;
CREATE TEMP TABLE query AS SELECT pg_temp.random_vector(16) AS q;
SELECT
	(SELECT array_agg(id) FROM (SELECT id FROM items, query ORDER BY v <-> q, id LIMIT 5) s) =
	(SELECT array_agg(id) FROM (SELECT id FROM items, query
		ORDER BY (SELECT sum((x::float8 - y) ^ 2) FROM unnest(v::real[], q::real[]) t(x, y)), id LIMIT 5) s)
	AS l2_knn_matches,
	(SELECT array_agg(id) FROM (SELECT id FROM items, query ORDER BY v <#> q, id LIMIT 5) s) =
	(SELECT array_agg(id) FROM (SELECT id FROM items, query
		ORDER BY (SELECT -sum(x::float8 * y) FROM unnest(v::real[], q::real[]) t(x, y)), id LIMIT 5) s)
	AS ip_knn_matches;
