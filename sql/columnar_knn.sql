--
-- Exact nearest-neighbour scan of vecstore tables (columnar_knn.c):
-- ORDER BY vec <op> q LIMIT k with and without WHERE, against a heap table
-- holding the same rows.  Distances in the data are distinct, so heap's
-- order is unique; ties between NULL distances are ordered by row number
-- on vecstore (compared as sets with heap).
--
SET client_min_messages = warning;
CREATE TABLE knn_heap (id int, cat int, emb vector) USING heap;
CREATE TABLE knn_vec (id int, cat int, emb vector) USING vecstore;
INSERT INTO knn_heap
	SELECT i, i % 7,
		   format('[%s,%s,%s]', sin(i), cos(i * 1.3), sin(i * 0.7) + i / 1000.0)::vector
	FROM generate_series(1, 3000) i;
INSERT INTO knn_vec SELECT * FROM knn_heap ORDER BY id;

-- result of a query on both tables: same rows in the same order?
-- %1$s is the table.  Also says whether the vecstore plan used the scan.
CREATE FUNCTION knn_check(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	h text;
	v text;
	line text;
	used boolean := false;
BEGIN
	EXECUTE format('SELECT array_agg(s)::text FROM (%s) s', format(q, 'knn_heap')) INTO h;
	EXECUTE format('SELECT array_agg(s)::text FROM (%s) s', format(q, 'knn_vec')) INTO v;
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || format(q, 'knn_vec') LOOP
		used := used OR line LIKE '%VecstoreKnn%';
	END LOOP;
	RETURN CASE WHEN h IS NOT DISTINCT FROM v THEN 'same' ELSE 'DIFFERENT: ' || coalesce(h, 'null') || ' vs ' || coalesce(v, 'null') END
		|| CASE WHEN used THEN ', knn scan' ELSE ', no knn scan' END;
END $$;

-- plans
EXPLAIN (COSTS OFF)
SELECT id FROM knn_vec ORDER BY emb <-> '[0.1,0.2,0.3]' LIMIT 5;
EXPLAIN (COSTS OFF)
SELECT id, emb <=> '[0.1,0.2,0.3]' AS d FROM knn_vec WHERE cat = 3
ORDER BY emb <=> '[0.1,0.2,0.3]' LIMIT 5;
EXPLAIN (COSTS OFF)
SELECT * FROM knn_vec ORDER BY '[0.1,0.2,0.3]' <#> emb LIMIT 3 OFFSET 2;
-- not for: no LIMIT, descending, two sort keys, a join, an aggregate
EXPLAIN (COSTS OFF)
SELECT id FROM knn_vec ORDER BY emb <-> '[0.1,0.2,0.3]';
EXPLAIN (COSTS OFF)
SELECT id FROM knn_vec ORDER BY emb <-> '[0.1,0.2,0.3]' DESC LIMIT 5;
EXPLAIN (COSTS OFF)
SELECT id FROM knn_vec ORDER BY emb <-> '[0.1,0.2,0.3]', id LIMIT 5;
EXPLAIN (COSTS OFF)
SELECT a.id FROM knn_vec a JOIN knn_heap b USING (id)
ORDER BY a.emb <-> '[0.1,0.2,0.3]' LIMIT 5;
EXPLAIN (COSTS OFF)
SELECT count(*) FROM (SELECT id FROM knn_vec ORDER BY emb <-> '[0.1,0.2,0.3]' LIMIT 5) s;
-- the GUC
SET vecstore.enable_knn_scan = off;
EXPLAIN (COSTS OFF)
SELECT id FROM knn_vec ORDER BY emb <-> '[0.1,0.2,0.3]' LIMIT 5;
RESET vecstore.enable_knn_scan;

-- ordered output of a small case, each operator
SELECT id, round((emb <-> '[0.1,0.2,0.3]')::numeric, 6) AS d
FROM knn_vec ORDER BY emb <-> '[0.1,0.2,0.3]' LIMIT 5;
SELECT id, round((emb <#> '[0.1,0.2,0.3]')::numeric, 6) AS d
FROM knn_vec ORDER BY emb <#> '[0.1,0.2,0.3]' LIMIT 5;
SELECT id, round((emb <=> '[0.1,0.2,0.3]')::numeric, 6) AS d
FROM knn_vec ORDER BY emb <=> '[0.1,0.2,0.3]' LIMIT 5;
SELECT id, round((emb <+> '[0.1,0.2,0.3]')::numeric, 6) AS d
FROM knn_vec ORDER BY emb <+> '[0.1,0.2,0.3]' LIMIT 5;

-- same rows and distances as heap, for each operator, filters, shapes
SELECT op, knn_check(format(
	'SELECT id, emb %s ''[0.5,-0.2,1.1]'' AS d FROM %%1$s ORDER BY emb %s ''[0.5,-0.2,1.1]'' LIMIT 20', op, op))
FROM unnest(ARRAY['<->', '<#>', '<=>', '<+>']) op;
SELECT op, knn_check(format(
	'SELECT id, cat FROM %%1$s WHERE cat = 3 AND id %%%% 5 <> 0 ORDER BY emb %s ''[-0.5,0.2,2.1]'' LIMIT 15', op))
FROM unnest(ARRAY['<->', '<#>', '<=>', '<+>']) op;
SELECT op, knn_check(format(
	'SELECT * FROM %%1$s ORDER BY ''[0.3,0.3,0.3]'' %s emb LIMIT 7 OFFSET 3', op))
FROM unnest(ARRAY['<->', '<#>', '<=>', '<+>']) op;
SELECT knn_check('SELECT id, 1 - (emb <=> ''[1,2,3]'') AS sim FROM %1$s ORDER BY emb <=> ''[1,2,3]'' LIMIT 10');
SELECT knn_check('SELECT emb FROM %1$s WHERE id > 2500 ORDER BY emb <-> ''[1,2,3]'' LIMIT 4');
-- a query vector from a subquery (init plan)
SELECT knn_check('SELECT id FROM %1$s ORDER BY emb <-> (SELECT emb FROM knn_heap WHERE id = 42) LIMIT 6');
-- LIMIT larger than the table, LIMIT 0
SELECT knn_check('SELECT id, emb <+> ''[0,0,1]'' FROM %1$s WHERE cat = 1 ORDER BY emb <+> ''[0,0,1]'' LIMIT 5000');
-- k rows that do not fit in work_mem: the regular plan
SELECT knn_check('SELECT id, emb <+> ''[0,0,1]'' FROM %1$s WHERE cat = 1 ORDER BY emb <+> ''[0,0,1]'' LIMIT 1000000');
SELECT count(*) FROM (SELECT id FROM knn_vec ORDER BY emb <-> '[0,0,1]' LIMIT 0) s;
SELECT count(*) FROM (SELECT id FROM knn_vec ORDER BY emb <-> '[0,0,1]' LIMIT 5000) s;

-- parameters: custom and generic plans
PREPARE knn_q(vector, int) AS
	SELECT id FROM knn_vec WHERE cat = $2 ORDER BY emb <-> $1 LIMIT 3;
EXECUTE knn_q('[0.1,0.1,0.1]', 2);
SET plan_cache_mode = force_generic_plan;
EXPLAIN (COSTS OFF) EXECUTE knn_q('[0.1,0.1,0.1]', 2);
EXECUTE knn_q('[0.1,0.1,0.1]', 2);
EXECUTE knn_q('[0.9,0.1,0.1]', 2);
RESET plan_cache_mode;
SELECT id FROM knn_heap WHERE cat = 2 ORDER BY emb <-> '[0.9,0.1,0.1]' LIMIT 3;
DEALLOCATE knn_q;

-- rescans: one search per outer row
SELECT q.id AS query, s.id
FROM knn_heap q, LATERAL (SELECT v.id FROM knn_vec v ORDER BY v.emb <-> q.emb LIMIT 2) s
WHERE q.id IN (10, 20, 30) ORDER BY 1, 2;
EXPLAIN (COSTS OFF)
SELECT q.id AS query, s.id
FROM knn_heap q, LATERAL (SELECT v.id FROM knn_vec v ORDER BY v.emb <-> q.emb LIMIT 2) s
WHERE q.id IN (10, 20, 30) ORDER BY 1, 2;

-- NULL vectors, a zero vector (cosine NaN), vectors of another dimension
INSERT INTO knn_heap VALUES (5001, 0, NULL), (5002, 0, '[0,0,0]'), (5003, 0, NULL),
	(5004, 9, '[1,2]');
INSERT INTO knn_vec VALUES (5001, 0, NULL), (5002, 0, '[0,0,0]'), (5003, 0, NULL),
	(5004, 9, '[1,2]');
-- (distances rounded: their last bits depend on the kernel set the CPU picks)
SELECT id, round(d::numeric, 5) AS d FROM (
	SELECT id, emb <=> '[1,1,1]' AS d FROM knn_vec WHERE cat = 0 AND id > 2970
	ORDER BY emb <=> '[1,1,1]' LIMIT 10) s;
SELECT op, knn_check(format(
	'SELECT id FROM %%1$s WHERE cat = 0 AND id <= 5003 ORDER BY emb %s ''[1,1,1]'' LIMIT 425', op))
FROM unnest(ARRAY['<->', '<#>', '<=>', '<+>']) op;
-- NULL distances come last on both; among them heap's order is arbitrary
SELECT count(*) FROM (
	(SELECT id FROM knn_vec WHERE id <= 5003 ORDER BY emb <-> '[1,1,1]' LIMIT 5000)
	EXCEPT
	(SELECT id FROM knn_heap WHERE id <= 5003 ORDER BY emb <-> '[1,1,1]' LIMIT 5000)) s;
SELECT id FROM knn_vec ORDER BY emb <-> NULL::vector LIMIT 3;
-- a row of another dimension: the operator's error, unless filtered out
SELECT id FROM knn_vec ORDER BY emb <-> '[1,1,1]' LIMIT 3;
SELECT id FROM knn_vec WHERE cat <> 9 ORDER BY emb <-> '[1,1,1]' LIMIT 3;
SELECT id FROM knn_vec WHERE cat = 9 ORDER BY emb <-> '[1,1]' LIMIT 3;
SELECT id FROM knn_vec WHERE cat <> 9 ORDER BY emb <-> '[1,1]' LIMIT 3;

-- a qual on the distance itself, and an output column equal to the qual
EXPLAIN (COSTS OFF)
SELECT id FROM knn_vec WHERE cat <> 9 AND emb <-> '[1,1,1]' < 0.6
ORDER BY emb <-> '[1,1,1]' LIMIT 50;
SELECT knn_check('SELECT id, emb <-> ''[1,1,1]'' FROM %1$s WHERE cat <> 9 AND emb <-> ''[1,1,1]'' < 0.6 ORDER BY emb <-> ''[1,1,1]'' LIMIT 200');
SELECT count(*) FROM knn_heap WHERE cat <> 9 AND emb <-> '[1,1,1]' < 0.6;
SELECT knn_check('SELECT id, cat = 3 AND id > 5, (emb <#> ''[1,1,1]'') < -1 FROM %1$s WHERE cat = 3 AND id > 5 ORDER BY emb <#> ''[1,1,1]'' LIMIT 5');

-- a column added after the rows were written
ALTER TABLE knn_heap ADD COLUMN extra int DEFAULT 7;
ALTER TABLE knn_vec ADD COLUMN extra int DEFAULT 7;
SELECT knn_check('SELECT id, extra FROM %1$s WHERE extra = 7 AND cat <> 9 ORDER BY emb <-> ''[0,1,0]'' LIMIT 5');

-- rows of the running transaction, savepoints, cursors, a tiny buffer
SELECT set_config('vecstore.write_buffer_size',
	coalesce((SELECT min_val FROM pg_settings WHERE name = 'vecstore.write_buffer_size'), '64kB'),
	false) IS NOT NULL AS small_buffer;
BEGIN;
INSERT INTO knn_heap SELECT 6000 + i, 5, format('[%s,0.5,0.5]', i / 100.0)::vector
	FROM generate_series(1, 300) i;
INSERT INTO knn_vec SELECT 6000 + i, 5, format('[%s,0.5,0.5]', i / 100.0)::vector
	FROM generate_series(1, 300) i;
SELECT knn_check('SELECT id FROM %1$s WHERE cat <> 9 ORDER BY emb <-> ''[1.0052,0.5,0.5]'' LIMIT 4');
SAVEPOINT a;
INSERT INTO knn_heap VALUES (7001, 5, '[1.006,0.5,0.5]');
INSERT INTO knn_vec VALUES (7001, 5, '[1.006,0.5,0.5]');
-- rows the scan writes out as stripes before the rollback
INSERT INTO knn_heap SELECT 10000 + i, 5, format('[%s,0.5,0.5]', 1.0052 + i / 1e6)::vector
	FROM generate_series(1, 5000) i;
INSERT INTO knn_vec SELECT 10000 + i, 5, format('[%s,0.5,0.5]', 1.0052 + i / 1e6)::vector
	FROM generate_series(1, 5000) i;
SELECT knn_check('SELECT id FROM %1$s WHERE cat <> 9 ORDER BY emb <-> ''[1.0052,0.5,0.5]'' LIMIT 4');
SELECT sum(row_count) >= 8000 AS written FROM vecstore_stripes('knn_vec') WHERE kind = 'data';
ROLLBACK TO a;
SELECT knn_check('SELECT id FROM %1$s WHERE cat <> 9 ORDER BY emb <-> ''[1.0052,0.5,0.5]'' LIMIT 4');
SAVEPOINT b;
INSERT INTO knn_heap VALUES (7002, 5, '[1.004,0.5,0.5]');
INSERT INTO knn_vec VALUES (7002, 5, '[1.004,0.5,0.5]');
RELEASE b;
SELECT knn_check('SELECT id FROM %1$s WHERE cat <> 9 ORDER BY emb <-> ''[1.0052,0.5,0.5]'' LIMIT 4');
-- a cursor does not see rows inserted after it opened
DECLARE c CURSOR FOR
	SELECT id FROM knn_vec WHERE cat <> 9 ORDER BY emb <-> '[2.5,0.5,0.5]' LIMIT 3;
INSERT INTO knn_vec VALUES (7003, 5, '[2.5,0.5,0.5]');
FETCH ALL FROM c;
CLOSE c;
-- 7003 ties with 6250 at distance 0: row number order puts 6250 first
SELECT id FROM knn_vec WHERE cat <> 9 ORDER BY emb <-> '[2.5,0.5,0.5]' LIMIT 3;
COMMIT;
RESET vecstore.write_buffer_size;
SELECT knn_check('SELECT id FROM %1$s WHERE cat <> 9 AND id <> 7003 ORDER BY emb <-> ''[1.0052,0.5,0.5]'' LIMIT 4');

-- parallel workers (offered for large tables; forced here on a table
-- written through the smallest buffer, so it has many chunk groups)
CREATE TABLE knn_par (id int, cat int, emb vector) USING vecstore;
SELECT set_config('vecstore.write_buffer_size',
	coalesce((SELECT min_val FROM pg_settings WHERE name = 'vecstore.write_buffer_size'), '64kB'),
	false) IS NOT NULL AS small_buffer;
INSERT INTO knn_par SELECT id, cat, emb FROM knn_heap WHERE cat <> 9 ORDER BY id;
RESET vecstore.write_buffer_size;
SET min_parallel_table_scan_size = 0;
SET parallel_setup_cost = 0;
EXPLAIN (COSTS OFF)
SELECT id FROM knn_par ORDER BY emb <=> '[0.5,0.5,0.5]' LIMIT 5;
-- the number of workers is the cheapest: each one costs three times
-- parallel_setup_cost and page faults on what it reads, so a free setup
-- gives the most workers, a costly one none and one in between (a ninth of
-- the serial scan's cost, whether or not the server uses huge pages) one
CREATE FUNCTION knn_plan(setup float8, maxw int, OUT workers text, OUT cost float8)
LANGUAGE plpgsql AS $$
DECLARE
	plan json;
BEGIN
	PERFORM set_config('parallel_setup_cost', setup::text, true);
	PERFORM set_config('max_parallel_workers_per_gather', maxw::text, true);
	EXECUTE 'EXPLAIN (FORMAT JSON) SELECT id FROM knn_par ORDER BY emb <-> ''[0.5,0.5,0.5]'' LIMIT 5'
		INTO plan;
	plan := plan->0->'Plan'->'Plans'->0;
	workers := coalesce(plan->>'Workers Planned', 'serial');
	cost := (plan->>'Total Cost')::float8;
END $$;
SELECT (knn_plan(0, 2)).workers AS free, (knn_plan(1e7, 2)).workers AS costly,
	(knn_plan((knn_plan(0, 0)).cost / 9, 2)).workers AS between,
	(knn_plan(0, 1)).workers AS at_most_one,
	(knn_plan(1000, 2)).workers AS default_setup_small_table;
DROP FUNCTION knn_plan;
-- compared with heap at top level (where parallel plans are allowed), with
-- and without a qual that the workers evaluate, with a parameter
SELECT format($q$SELECT %1$L AS op, %3$L AS k,
	(SELECT array_agg(s)::text FROM (SELECT id, emb %1$s %2$L::vector AS d FROM knn_par
		WHERE %4$s ORDER BY emb %1$s %2$L::vector LIMIT %3$s) s)
	IS NOT DISTINCT FROM
	(SELECT array_agg(s)::text FROM (SELECT id, emb %1$s %2$L::vector AS d FROM knn_heap
		WHERE cat <> 9 AND %4$s ORDER BY emb %1$s %2$L::vector LIMIT %3$s) s) AS same$q$,
	op, q, k, w)
FROM unnest(ARRAY['<->', '<#>', '<=>', '<+>']) op,
	(VALUES ('[0.2,-0.4,1.5]', 30, 'true'), ('[1,1,1]', 3301, 'true'),
		('[0.2,-0.4,1.5]', 30, 'cat IN (1, 2) AND id % 3 <> 0')) v(q, k, w)
\gexec
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF)
SELECT id FROM knn_par WHERE cat IN (1, 2) ORDER BY emb <+> '[0.2,-0.4,1.5]' LIMIT 3;
SELECT id FROM knn_heap WHERE cat IN (1, 2) ORDER BY emb <+> '[0.2,-0.4,1.5]' LIMIT 3;
PREPARE knn_pq(int) AS
	SELECT id FROM knn_par WHERE cat = $1 ORDER BY emb <+> '[0.2,-0.4,1.5]' LIMIT 3;
SET plan_cache_mode = force_generic_plan;
EXPLAIN (COSTS OFF) EXECUTE knn_pq(2);
EXECUTE knn_pq(2);
RESET plan_cache_mode;
DEALLOCATE knn_pq;
SELECT id FROM knn_heap WHERE cat = 2 ORDER BY emb <+> '[0.2,-0.4,1.5]' LIMIT 3;
-- no workers for temporary tables
CREATE TEMP TABLE knn_tmp USING vecstore AS SELECT * FROM knn_par;
EXPLAIN (COSTS OFF)
SELECT id FROM knn_tmp ORDER BY emb <=> '[0.5,0.5,0.5]' LIMIT 5;
SELECT id FROM knn_tmp ORDER BY emb <=> '[0.5,0.5,0.5]' LIMIT 5;
DROP TABLE knn_tmp;
-- NULL distances last, in row number order, also from workers
SELECT id FROM knn_par ORDER BY emb <-> NULL::vector LIMIT 3;
\set VERBOSITY terse
SELECT id FROM knn_par ORDER BY emb <-> '[1,1]' LIMIT 3;
\set VERBOSITY default
RESET min_parallel_table_scan_size;
RESET parallel_setup_cost;
DROP TABLE knn_par;

-- a transaction that rolled back leaves nothing visible
BEGIN;
INSERT INTO knn_vec VALUES (8001, 5, '[1.0052,0.5,0.5]');
SELECT id FROM knn_vec WHERE cat <> 9 ORDER BY emb <-> '[1.0052,0.5,0.5]' LIMIT 1;
ROLLBACK;
SELECT id FROM knn_vec WHERE cat <> 9 ORDER BY emb <-> '[1.0052,0.5,0.5]' LIMIT 1;

DROP FUNCTION knn_check(text);
DROP TABLE knn_heap, knn_vec;
