-- parallel sequential scans of vecstore tables, against heap twins and
-- against the serial plan
CREATE TABLE par_v (id int, g int, v vector(3)) USING vecstore;
CREATE TABLE par_h (id int, g int, v vector(3));
INSERT INTO par_v SELECT i, i % 7, ARRAY[i % 100, (i * 7) % 13, i % 5]::vector FROM generate_series(1, 45000) i;
INSERT INTO par_v SELECT i, i % 7, ARRAY[i % 100, (i * 7) % 13, i % 5]::vector FROM generate_series(45001, 60000) i;
INSERT INTO par_h SELECT * FROM par_v;
ANALYZE par_v, par_h;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET vecstore.enable_knn_scan = off;
-- no parallel index build on vecstore: it must plan a serial one
SET max_parallel_maintenance_workers = 2;
CREATE INDEX par_v_id ON par_v (id);
RESET max_parallel_maintenance_workers;
DROP INDEX par_v_id;
EXPLAIN (COSTS OFF) SELECT count(*) FROM par_v;
EXPLAIN (COSTS OFF) SELECT id FROM par_v ORDER BY v <-> '[3,4,1]' LIMIT 3;
CREATE TEMP TABLE q (name text, sql text);
INSERT INTO q VALUES
 ('count', 'SELECT count(*)::text FROM %s'),
 ('sumavg', 'SELECT sum(id)::text || avg(id)::text || sum(g)::text FROM %s'),
 ('groupby', 'SELECT string_agg(g || '':'' || c, '','' ORDER BY g) FROM (SELECT g, count(*) c FROM %s GROUP BY g) s'),
 ('where', 'SELECT count(*)::text || sum(id)::text FROM %s WHERE id %% 3 = 1 AND g > 2'),
 ('knn', 'SELECT string_agg(id::text, '','') FROM (SELECT id FROM %s ORDER BY v <-> ''[3,4,1]'', id LIMIT 5) s');
CREATE FUNCTION run_q(tbl text, parallel bool) RETURNS TABLE (name text, result text)
LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  PERFORM set_config('max_parallel_workers_per_gather', CASE WHEN parallel THEN '2' ELSE '0' END, true);
  FOR r IN SELECT * FROM q ORDER BY q.name LOOP
    name := r.name;
    EXECUTE format(r.sql, tbl) INTO result;
    RETURN NEXT;
  END LOOP;
END $$;
-- parallel vecstore = serial vecstore = heap
SELECT p.name, p.result = s.result AS same_as_serial, p.result = h.result AS same_as_heap
FROM run_q('par_v', true) p JOIN run_q('par_v', false) s USING (name)
JOIN run_q('par_h', false) h USING (name) ORDER BY 1;
SELECT * FROM run_q('par_v', true);
-- a Gather rescanned under a nested loop (the shared state is reset)
SET enable_material = off;
EXPLAIN (COSTS OFF) SELECT * FROM (SELECT count(*), sum(id) FROM par_v WHERE g > 2) ss RIGHT JOIN (VALUES (1), (2), (3)) v(x) ON true;
SELECT * FROM (SELECT count(*), sum(id) FROM par_v WHERE g > 2) ss RIGHT JOIN (VALUES (1), (2), (3)) v(x) ON true;
RESET enable_material;
SELECT count(*), sum(id) FROM par_h WHERE g > 2;
-- joins: parallel hash join; hash join of two gathers
EXPLAIN (COSTS OFF) SELECT count(*), sum(a.id) FROM par_v a JOIN par_h b USING (id) WHERE a.g = 3;
SELECT count(*), sum(a.id) FROM par_v a JOIN par_h b USING (id) WHERE a.g = 3;
SET enable_parallel_hash = off;
EXPLAIN (COSTS OFF) SELECT count(*), sum(a.id) FROM par_h a JOIN par_v b USING (id) WHERE b.g = 3;
SELECT count(*), sum(a.id) FROM par_h a JOIN par_v b USING (id) WHERE b.g = 3;
RESET enable_parallel_hash;
SELECT count(*), sum(a.id) FROM par_h a JOIN par_h b USING (id) WHERE b.g = 3;
-- inside a transaction that wrote rows (flushed stripes, buffered rows,
-- rolled back savepoint): those relations are scanned serially
BEGIN;
SET LOCAL vecstore.write_buffer_size = '64kB';
INSERT INTO par_v SELECT i, 1, '[1,1,1]' FROM generate_series(100001, 103000) i;
INSERT INTO par_h SELECT i, 1, '[1,1,1]' FROM generate_series(100001, 103000) i;
SAVEPOINT s;
INSERT INTO par_v SELECT i, 2, '[2,2,2]' FROM generate_series(200001, 201000) i;
ROLLBACK TO s;
INSERT INTO par_v VALUES (300000, 3, '[0,0,0]');
INSERT INTO par_h VALUES (300000, 3, '[0,0,0]');
EXPLAIN (COSTS OFF) SELECT count(*) FROM par_v;
SELECT p.name, p.result = s.result AS same_as_serial, p.result = h.result AS same_as_heap
FROM run_q('par_v', true) p JOIN run_q('par_v', false) s USING (name)
JOIN run_q('par_h', false) h USING (name) ORDER BY 1;
COMMIT;
-- a prepared parallel plan reused after the transaction wrote rows: the
-- workers filter the leader's rows with its command-id map
SET plan_cache_mode = force_generic_plan;
PREPARE pc AS SELECT count(*), sum(id) FROM par_v;
EXPLAIN (COSTS OFF) EXECUTE pc;
EXECUTE pc;
BEGIN;
SET LOCAL vecstore.write_buffer_size = '64kB';
INSERT INTO par_v SELECT i, 1, '[1,1,1]' FROM generate_series(400001, 403000) i;
SAVEPOINT s;
INSERT INTO par_v SELECT i, 2, '[2,2,2]' FROM generate_series(500001, 501000) i;
ROLLBACK TO s;
INSERT INTO par_v VALUES (7, 7, '[7,7,7]');
EXPLAIN (COSTS OFF) EXECUTE pc;
EXECUTE pc;
-- workers alone: they also read the leader's own rows
SET LOCAL parallel_leader_participation = off;
EXECUTE pc;
SET LOCAL max_parallel_workers_per_gather = 0;
SELECT count(*), sum(id) FROM par_v;
ROLLBACK;
SELECT count(*), sum(id) FROM par_v;
SELECT count(*), sum(id) FROM par_h;
-- a cached plan whose workers each scan the vecstore table in full (a
-- non-parallel-aware scan below Gather) cannot ship the command-id map:
-- after this transaction writes rows, it runs in the leader alone
CREATE TABLE par_s (id int) USING vecstore;
INSERT INTO par_s SELECT i FROM generate_series(1, 50) i;
ANALYZE par_s;
SET enable_parallel_hash = off;
PREPARE pj AS SELECT count(*), sum(a.id) FROM par_h a JOIN par_s b USING (id);
EXPLAIN (COSTS OFF) EXECUTE pj;
EXECUTE pj;
BEGIN;
INSERT INTO par_s VALUES (11), (12);
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) EXECUTE pj;
EXECUTE pj;
SET LOCAL max_parallel_workers_per_gather = 0;
SELECT count(*), sum(a.id) FROM par_h a JOIN par_s b USING (id);
ROLLBACK;
EXECUTE pj;
DROP TABLE par_s;
RESET enable_parallel_hash;
RESET plan_cache_mode;
DROP TABLE par_v, par_h;
