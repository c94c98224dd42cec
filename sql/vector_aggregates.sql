-- avg(vector) and sum(vector): hand-checked values, NULLs and empty input,
-- errors, the state functions, grouping, windows, parallel plans, and
-- agreement with per-element avg/sum over the real[] representation.

CREATE TEMP TABLE t (g int, v vector);
INSERT INTO t VALUES (1, '[1,2,3]'), (1, '[3,2,1]'), (1, NULL), (2, '[1,1,1]'), (2, '[0.5,-1,2]');

SELECT avg(v), sum(v) FROM t;
SELECT g, avg(v), sum(v), count(v) FROM t GROUP BY g ORDER BY g;
SELECT avg(v) IS NULL AS avg_null, sum(v) IS NULL AS sum_null FROM t WHERE false;
SELECT avg(v) IS NULL AS avg_null, sum(v) IS NULL AS sum_null FROM t WHERE v IS NULL;
SELECT avg(v) FILTER (WHERE g = 2) FROM t;

-- the state is {count, sum_1, ..., sum_dim} in double precision
SELECT vector_accum('{0}', '[1,2]'), vector_accum('{1,1,2}', '[1,2]');
SELECT vector_combine('{2,2,4}', '{1,1,1}'), vector_combine('{0}', '{1,1,1}'),
	vector_combine('{1,1,1}', '{0}');
SELECT vector_avg('{4,2,6}'), vector_sum('{4,2,6}'), vector_avg('{0}') IS NULL;
-- outside an aggregate the input state is not modified
SELECT s, vector_accum(s, '[1,1]') FROM (SELECT '{1,2,3}'::float8[] AS s) x;

-- errors: mixed dimensions, malformed states, overflow
INSERT INTO t VALUES (3, '[1,2]');
SELECT avg(v) FROM t;
SELECT sum(v) FROM t WHERE g = 3 OR g = 2;
SELECT vector_combine('{1,1,1}', '{1,1}');
SELECT vector_avg('{}');
SELECT vector_avg('{{1,2}}');
SELECT vector_avg('{1,NULL}');
SELECT vector_avg('{-1,2}');
SELECT vector_avg('{0,2}');
SELECT vector_avg('{1}');
SELECT vector_sum('{1,NaN}');
SELECT sum(v) FROM (VALUES ('[3e38]'::vector), ('[3e38]')) s(v);
-- but the average of large values is fine
SELECT avg(v) FROM (VALUES ('[3e38]'::vector), ('[3e38]')) s(v);
-- the session is still usable
SELECT sum(v) FROM t WHERE g = 3;
DELETE FROM t WHERE g = 3;

-- a running sum as a window aggregate (the state is updated in place)
SELECT g, v, sum(v) OVER (ORDER BY g, v) AS running,
	avg(v) OVER (ORDER BY g, v ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS pairwise
FROM t WHERE v IS NOT NULL ORDER BY g, v;

-- random vectors: each element of avg/sum matches avg/sum over the
-- unnested reals, in double, rounded to real
CREATE FUNCTION pg_temp.random_vector(d int) RETURNS vector
LANGUAGE sql VOLATILE AS $$
	SELECT array_agg(((random() - 0.5) * 2 * 10 ^ (floor(random() * 7) - 3))::real)::vector
	FROM generate_series(1, d)
$$;
SELECT setseed(0.75);
CREATE TABLE agg_items (id int, g int, v vector(37));
INSERT INTO agg_items SELECT id, id % 5, pg_temp.random_vector(37) FROM generate_series(1, 5000) AS id;
ANALYZE agg_items;

CREATE TEMP TABLE agg_ref AS
SELECT g, o, avg(x::float8)::real AS avg_x, sum(x::float8)::real AS sum_x
FROM agg_items, unnest(v::real[]) WITH ORDINALITY u(x, o)
GROUP BY g, o;

CREATE TEMP TABLE agg_serial AS
SELECT g, avg(v) AS a, sum(v) AS s FROM agg_items GROUP BY g;

-- sums in double differ from the reference only in summation order: far
-- below float precision, so allow 1e-6 relative to the sum of |x|
SELECT count(*) AS elements,
	count(*) FILTER (WHERE abs(x_avg - r.avg_x) > 1e-6 * abs_avg) AS avg_wrong,
	count(*) FILTER (WHERE abs(x_sum - r.sum_x) > 1e-6 * abs_sum) AS sum_wrong
FROM agg_serial,
	unnest(a::real[], s::real[]) WITH ORDINALITY u(x_avg, x_sum, o)
	JOIN agg_ref r USING (o),
	LATERAL (SELECT avg(abs(x::float8)) AS abs_avg, sum(abs(x::float8)) AS abs_sum
			 FROM agg_items i, unnest(i.v::real[]) WITH ORDINALITY w(x, p)
			 WHERE i.g = agg_serial.g AND p = o) m
WHERE r.g = agg_serial.g;

-- a parallel plan with partial aggregation and the combine function
SELECT avg(v) AS serial_avg, sum(v) AS serial_sum FROM agg_items \gset
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT avg(v), sum(v) FROM agg_items;
SELECT avg(v) AS parallel_avg, sum(v) AS parallel_sum FROM agg_items \gset
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;
SELECT :'serial_avg'::vector <-> :'parallel_avg' < 1e-5 AS avg_matches,
	:'serial_sum'::vector <-> :'parallel_sum' < 1e-5 * vector_norm(:'serial_sum') AS sum_matches;
DROP TABLE agg_items;
