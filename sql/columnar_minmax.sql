-- chunk-group skipping by per-chunk min/max: every operator form against a
-- heap twin (both ways, EXCEPT ALL), and skip counts in EXPLAIN ANALYZE
SET max_parallel_workers_per_gather = 0;
SET vecstore.enable_knn_scan = off;
CREATE TABLE mm_v (id int8, k int4, z int4, ts timestamptz, n numeric,
                   t text, tc text COLLATE "C", vc varchar(12), d date,
                   f float8, b bool) USING vecstore;
CREATE TABLE mm_h (LIKE mm_v);
-- 6 chunk groups of 10000 rows; id ordered, k shuffled with NULLs, z NULL
-- in the first half, f NaN in the last row
INSERT INTO mm_v
SELECT i,
       CASE WHEN i % 97 = 0 THEN NULL ELSE (i * 7919) % 60000 END,
       CASE WHEN i > 30000 THEN i % 50 END,
       '2020-01-01 00:00:00+00'::timestamptz + i * interval '1 minute',
       (i / 7.0)::numeric(12,3),
       'v' || lpad(i::text, 6, '0'),
       lpad(i::text, 6, '0'),
       'v' || i,
       date '2020-01-01' + i / 100,
       CASE WHEN i = 60000 THEN 'NaN'::float8 ELSE i / 3.0 END,
       i % 2 = 0
FROM generate_series(1, 60000) i;
INSERT INTO mm_h SELECT * FROM mm_v;
ANALYZE mm_v, mm_h;
SELECT count(*) FROM mm_v;

CREATE FUNCTION mm_same(cond text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE missing bigint; extra bigint; n bigint;
BEGIN
  EXECUTE format('SELECT count(*) FROM (SELECT * FROM mm_v WHERE %s EXCEPT ALL SELECT * FROM mm_h WHERE %s) x', cond, cond) INTO extra;
  EXECUTE format('SELECT count(*) FROM (SELECT * FROM mm_h WHERE %s EXCEPT ALL SELECT * FROM mm_v WHERE %s) x', cond, cond) INTO missing;
  EXECUTE format('SELECT count(*) FROM mm_h WHERE %s', cond) INTO n;
  RETURN format('%s rows, %s missing, %s extra', n, missing, extra);
END $$;

-- the chunk groups one scan reads and skips
CREATE FUNCTION mm_groups(cond text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE line text; result text := 'no VecstoreScan';
BEGIN
  FOR line IN EXECUTE format('EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT * FROM mm_v WHERE %s', cond) LOOP
    IF line ~ 'Chunk Groups:' THEN
      result := regexp_replace(line, '^.*Chunk Groups: ', '');
    END IF;
  END LOOP;
  RETURN result;
END $$;

CREATE TEMP TABLE conds (i serial, cond text);
INSERT INTO conds (cond) VALUES
 ('id = 12345'), ('id < 100'), ('id <= 10000'), ('id > 59990'), ('id >= 50001'),
 ('id BETWEEN 20000 AND 20100'), ('id IN (5, 30000, 59999)'),
 ('id = ANY (''{1,2,70000}''::int8[])'), ('5 < id AND id < 12'),
 ('59995 <= id'), ('id = 5::int4'), ('id < 0'), ('id > 60000'),
 ('id <> 5'), ('id = 5 OR id = 59000'), ('id = 5 OR k = 5'),
 ('id BETWEEN SYMMETRIC 20100 AND 20000'), ('id = ALL (''{5,5}''::int8[])'),
 ('id = ALL (''{5,6}''::int8[])'), ('id = ANY (''{}''::int8[])'),
 ('id = ALL (''{}''::int8[])'), ('id = ANY (ARRAY[NULL, 7]::int8[])'),
 ('id <> ALL (''{1,2}''::int8[])'), ('id < 100 AND k > 1000'),
 ('k = 777'), ('k IS NULL'), ('k IS NOT NULL AND k < 10'), ('k = 42::int8'),
 ('k < 5000000000'), ('k > 5000000000'), ('k >= -5000000000::int8'),
 ('z = 5'), ('z IS NULL'), ('z IS NULL AND id > 29995'), ('z < 0'),
 ('ts < ''2020-01-01 02:00:00+00'''),
 ('ts BETWEEN ''2020-01-20 00:00:00+00'' AND ''2020-01-20 01:00:00+00'''),
 ('ts >= ''2020-02-11''::date'), ('ts < ''2020-01-02''::timestamp'),
 ('n > 8500'), ('n = 1000.000'), ('n BETWEEN 1 AND 2'),
 ('t = ''v012345'''), ('t BETWEEN ''v020000'' AND ''v020010'''),
 ('t < ''v0001'''), ('t > ''w'''), ('t < ''v0001'' COLLATE "C"'),
 ('t LIKE ''v01234%'''), ('tc = ''030000'''), ('tc > ''059990'''),
 ('tc > ''059990'' COLLATE "C"'), ('vc = ''v123'''), ('vc IN (''v1'', ''v59999'')'),
 ('d = ''2020-01-05'''), ('d > ''2020-03-01'''), ('f <= 2.0'),
 ('f > 19999.5'), ('f > 1e10'), ('f = ''NaN'''), ('f < 1::int4'), ('b'),
 ('b AND id < 3');
SELECT i, cond, mm_same(cond), mm_groups(cond) FROM conds ORDER BY i;

-- what the plan shows
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF)
SELECT id, t FROM mm_v WHERE id BETWEEN 30001 AND 30003;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF)
SELECT count(*) FROM mm_v WHERE k = 5;
EXPLAIN (COSTS OFF) SELECT count(*) FROM mm_v WHERE k IS NULL;

-- parameters of a generic plan, evaluated at each execution
SET plan_cache_mode = force_generic_plan;
PREPARE pv(int8, int8) AS SELECT count(*), sum(id) FROM mm_v WHERE id BETWEEN $1 AND $2;
PREPARE ph(int8, int8) AS SELECT count(*), sum(id) FROM mm_h WHERE id BETWEEN $1 AND $2;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) EXECUTE pv(100, 200);
EXECUTE pv(100, 200);
EXECUTE ph(100, 200);
EXECUTE pv(55000, 70000);
EXECUTE ph(55000, 70000);
EXECUTE pv(NULL, 70000);
EXECUTE ph(NULL, 70000);
PREPARE av(int8[]) AS SELECT array_agg(id ORDER BY id) FROM mm_v WHERE id = ANY ($1);
PREPARE ah(int8[]) AS SELECT array_agg(id ORDER BY id) FROM mm_h WHERE id = ANY ($1);
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) EXECUTE av('{3,45001}');
EXECUTE av('{3,45001}');
EXECUTE ah('{3,45001}');
EXECUTE av(NULL);
EXECUTE ah(NULL);
EXECUTE av('{NULL,59999}');
EXECUTE ah('{NULL,59999}');
PREPARE iv(int8, int4) AS SELECT array_agg(id ORDER BY id) FROM mm_v WHERE id IN ($1, $2);
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) EXECUTE iv(3, 59999);
EXECUTE iv(3, 59999);
EXECUTE iv(NULL, 70000);
PREPARE tv(text) AS SELECT count(*) FROM mm_v WHERE t >= $1;
PREPARE th(text) AS SELECT count(*) FROM mm_h WHERE t >= $1;
EXECUTE tv('v059000');
EXECUTE th('v059000');
-- PL/pgSQL variables
CREATE FUNCTION mm_range(lo int8, hi int8, tbl regclass) RETURNS int8 LANGUAGE plpgsql AS $$
DECLARE c int8;
BEGIN
  IF tbl = 'mm_v'::regclass THEN
    SELECT count(*) INTO c FROM mm_v WHERE id >= lo AND id < hi;
  ELSE
    SELECT count(*) INTO c FROM mm_h WHERE id >= lo AND id < hi;
  END IF;
  RETURN c;
END $$;
SELECT lo, mm_range(lo, lo + 15000, 'mm_v') = mm_range(lo, lo + 15000, 'mm_h') AS same
FROM generate_series(-10000, 70000, 10000) lo;
RESET plan_cache_mode;

-- rescans with new outer values: a correlated subquery and a lateral one
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF)
SELECT o.x, (SELECT count(*) FROM mm_v WHERE id <= o.x) FROM (VALUES (10), (20000), (59999)) o(x);
SELECT o.x, (SELECT count(*) FROM mm_v WHERE id <= o.x) = (SELECT count(*) FROM mm_h WHERE id <= o.x) AS same
FROM (VALUES (10), (20000), (59999), (NULL)) o(x);
SELECT o.x, s.id FROM (VALUES (5), (45000), (70000)) o(x),
  LATERAL (SELECT id FROM mm_v WHERE id >= o.x AND id < o.x + 3 OFFSET 0) s ORDER BY 1, 2;
SELECT o.x, s.id FROM (VALUES (5), (45000), (70000)) o(x),
  LATERAL (SELECT id FROM mm_h WHERE id >= o.x AND id < o.x + 3 OFFSET 0) s ORDER BY 1, 2;
-- a value from an initplan: used once the quals have computed it
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF)
SELECT count(*) FROM mm_v WHERE id > (SELECT max(id) - 5 FROM mm_h);
SELECT count(*) FROM mm_v WHERE id > (SELECT max(id) - 5 FROM mm_h);

-- rows of this transaction, still in the write buffer when the scan starts
BEGIN;
INSERT INTO mm_v (id, k, t) VALUES (100001, 1, 'buffered');
SELECT id, k, t FROM mm_v WHERE id = 100001;
SELECT id, t FROM mm_v WHERE t = 'buffered';
INSERT INTO mm_v (id, k, t) VALUES (100002, 2, 'buffered');
SELECT id, t FROM mm_v WHERE t = 'buffered' AND id > 100000 ORDER BY id;
ROLLBACK;
SELECT count(*) FROM mm_v WHERE id > 100000;

-- parallel: workers share the chunk groups, the counts add up
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT * FROM mm_v WHERE id BETWEEN 20000 AND 20100 OR id > 59990;
SELECT mm_same('id BETWEEN 20000 AND 20100 OR id > 59990'),
       mm_groups('id BETWEEN 20000 AND 20100 OR id > 59990');
SELECT mm_same('k = 77'), mm_groups('k = 77');
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
SET max_parallel_workers_per_gather = 0;

-- switched off: a sequential scan, the same rows
SET vecstore.enable_chunk_skipping = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM mm_v WHERE id BETWEEN 20000 AND 20100;
SELECT count(*), sum(id) FROM mm_v WHERE id BETWEEN 20000 AND 20100;
RESET vecstore.enable_chunk_skipping;
SELECT count(*), sum(id) FROM mm_v WHERE id BETWEEN 20000 AND 20100;

-- chunk groups written without stats (as before they existed) are read
SET vecstore.chunk_group_stats = off;
CREATE TABLE mm_old (id int8, t text) USING vecstore;
INSERT INTO mm_old SELECT i, 'o' || i FROM generate_series(1, 30000) i;
RESET vecstore.chunk_group_stats;
INSERT INTO mm_old SELECT i, 'n' || i FROM generate_series(30001, 50000) i;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF)
SELECT count(*) FROM mm_old WHERE id > 45000;
SELECT count(*), min(id), max(id) FROM mm_old WHERE id > 45000;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF)
SELECT count(*) FROM mm_old WHERE id < 10;
SELECT count(*) FROM mm_old WHERE id < 10;
SELECT vecstore_verify('mm_old'), vecstore_verify('mm_v');

-- no stats for vector columns
CREATE TABLE mm_vec (id int, v vector(3)) USING vecstore;
INSERT INTO mm_vec SELECT i, ARRAY[i, 0, 0]::vector FROM generate_series(1, 20000) i;
EXPLAIN (COSTS OFF) SELECT count(*) FROM mm_vec WHERE v = '[5,0,0]';
SELECT count(*) FROM mm_vec WHERE v = '[5,0,0]';
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF)
SELECT count(*) FROM mm_vec WHERE v = '[5,0,0]' AND id < 5;

-- long text values: no min/max kept, nothing skipped, same rows
CREATE TABLE mm_long (id int, t text) USING vecstore;
INSERT INTO mm_long SELECT i, repeat('x', 70) || lpad(i::text, 6, '0') FROM generate_series(1, 20000) i;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF)
SELECT count(*) FROM mm_long WHERE t = repeat('x', 70) || '000005';
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF)
SELECT count(*) FROM mm_long WHERE id = 5;

DROP TABLE mm_v, mm_h, mm_old, mm_vec, mm_long;
DROP FUNCTION mm_same(text), mm_groups(text), mm_range(int8, int8, regclass);
