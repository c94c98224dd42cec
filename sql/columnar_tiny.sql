--
-- Many tiny stripes: one per committed row (a procedure committing after
-- each insert writes them as autocommitted INSERTs would), of different
-- shapes (NULLs, rows rolled back to a savepoint leaving holes, a column
-- added in between), next to big stripes, stripes of a small write buffer
-- and rows still buffered.  A scan reuses one stripe reader for all
-- stripes, a TID fetch points its cached readers at other stripes: every
-- access path is compared with a heap twin running the same statements
-- (EXCEPT ALL both ways).  VACUUM FULL brings them back to full stripes.
--
SET max_parallel_workers_per_gather = 0;
SET vecstore.enable_knn_scan = off;
-- no autovacuum: the planner must estimate from the directory, never analyzed
CREATE TABLE tiny_v (id int, x float8, t text, v vector(3)) USING vecstore
  WITH (autovacuum_enabled = false);
CREATE TABLE tiny_h (LIKE tiny_v);
CREATE INDEX ON tiny_v (id);
CREATE INDEX ON tiny_h (id);
-- rows lo..hi, per rows a transaction; every tenth transaction also rolls
-- a row back to a savepoint between two of its rows (a hole in its stripe)
CREATE PROCEDURE tiny_fill(lo int, hi int, per int) LANGUAGE plpgsql AS $$
BEGIN
  FOR i IN lo..hi BY per LOOP
    IF i % 10 = 0 THEN
      INSERT INTO tiny_v (id, x) VALUES (-i, -i);
      INSERT INTO tiny_h (id, x) VALUES (-i, -i);
      BEGIN
        INSERT INTO tiny_v (id) VALUES (-i - 100000);
        INSERT INTO tiny_h (id) VALUES (-i - 100000);
        RAISE EXCEPTION 'hole';
      EXCEPTION WHEN raise_exception THEN NULL;
      END;
    END IF;
    INSERT INTO tiny_v (id, x, t, v)
      SELECT g, CASE WHEN g % 3 <> 0 THEN g / 2.0 END,
             CASE WHEN g % 5 <> 0 THEN 't' || g END,
             CASE WHEN g % 7 <> 0 THEN ARRAY[g, -g, g % 10]::real[]::vector END
      FROM generate_series(i, least(i + per - 1, hi)) g;
    INSERT INTO tiny_h (id, x, t, v)
      SELECT g, CASE WHEN g % 3 <> 0 THEN g / 2.0 END,
             CASE WHEN g % 5 <> 0 THEN 't' || g END,
             CASE WHEN g % 7 <> 0 THEN ARRAY[g, -g, g % 10]::real[]::vector END
      FROM generate_series(i, least(i + per - 1, hi)) g;
    COMMIT;
  END LOOP;
END $$;
CALL tiny_fill(1, 300, 1);
-- a big stripe between tiny ones
INSERT INTO tiny_v SELECT g, g / 2.0, 't' || g, ARRAY[g, -g, g % 10]::real[]::vector
  FROM generate_series(1001, 4000) g;
INSERT INTO tiny_h SELECT g, g / 2.0, 't' || g, ARRAY[g, -g, g % 10]::real[]::vector
  FROM generate_series(1001, 4000) g;
-- a stripe of three chunk groups
INSERT INTO tiny_v SELECT g, g / 2.0, 't' || g, ARRAY[g, -g, g % 10]::real[]::vector
  FROM generate_series(20001, 45000) g;
INSERT INTO tiny_h SELECT g, g / 2.0, 't' || g, ARRAY[g, -g, g % 10]::real[]::vector
  FROM generate_series(20001, 45000) g;
CALL tiny_fill(4001, 4200, 1);
CALL tiny_fill(5001, 5300, 3);
-- older stripes lack the new column: they read its default
ALTER TABLE tiny_v ADD COLUMN extra int DEFAULT 7;
ALTER TABLE tiny_h ADD COLUMN extra int DEFAULT 7;
CALL tiny_fill(6001, 6200, 1);
-- stripes of a small write buffer, flushed while the transaction inserts
SET vecstore.write_buffer_size = 8192;
BEGIN;
INSERT INTO tiny_v SELECT g, g, NULL, NULL, g % 3 FROM generate_series(7001, 9000) g;
INSERT INTO tiny_h SELECT g, g, NULL, NULL, g % 3 FROM generate_series(7001, 9000) g;
COMMIT;
RESET vecstore.write_buffer_size;
CALL tiny_fill(9001, 9100, 2);

SELECT count(*) > 700 AS many_tiny_stripes,
       count(*) FILTER (WHERE row_count >= 2000) AS big_stripes
FROM vecstore_stripes('tiny_v') WHERE kind = 'data';
SELECT vecstore_verify('tiny_v');

-- the same rows through a query on both tables (TBL)
CREATE FUNCTION tiny_same(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE missing bigint; extra bigint; n bigint;
BEGIN
  EXECUTE format('SELECT count(*) FROM (%s EXCEPT ALL %s) x',
                 replace(q, 'TBL', 'tiny_v'), replace(q, 'TBL', 'tiny_h')) INTO extra;
  EXECUTE format('SELECT count(*) FROM (%s EXCEPT ALL %s) x',
                 replace(q, 'TBL', 'tiny_h'), replace(q, 'TBL', 'tiny_v')) INTO missing;
  EXECUTE format('SELECT count(*) FROM (%s) x', replace(q, 'TBL', 'tiny_h')) INTO n;
  RETURN format('%s rows, %s missing, %s extra', n, missing, extra);
END $$;
-- the plan of a query on tiny_v, its row estimate, its chunk groups
CREATE FUNCTION tiny_plan(q text, OUT plan text, OUT est_rows bigint,
                          OUT cg_read int, OUT cg_skipped int)
LANGUAGE plpgsql AS $$
DECLARE line text;
BEGIN
  FOR line IN EXECUTE 'EXPLAIN (ANALYZE, TIMING OFF, SUMMARY OFF) ' || q LOOP
    IF line ~ '\(cost=' THEN
      plan := coalesce(plan || ' / ', '') ||
        regexp_replace(line, '^ *(->  )?(.+?)  \(cost.*$', '\2');
    END IF;
    IF est_rows IS NULL AND line ~ 'rows=' THEN
      est_rows := substring(line FROM 'rows=(\d+)')::bigint;
    END IF;
    IF line ~ 'Chunk Groups:' THEN
      cg_read := substring(line FROM '(\d+) read')::int;
      cg_skipped := substring(line FROM '(\d+) skipped')::int;
    END IF;
  END LOOP;
END $$;

-- sequential scans, all columns and none
SET enable_indexscan = off;
SET enable_bitmapscan = off;
SELECT tiny_same('SELECT * FROM TBL');
SELECT tiny_same('SELECT id, extra FROM TBL');
SELECT (SELECT count(*) FROM tiny_v) = (SELECT count(*) FROM tiny_h) AS same_count;
-- the planner's estimate of a table never analyzed: its exact row count
SELECT p.est_rows = (SELECT count(*) FROM tiny_h) AS estimate_exact
FROM tiny_plan('SELECT * FROM tiny_v') p;
-- chunk groups skipped by min/max, among tiny and big stripes
SELECT tiny_same('SELECT * FROM TBL WHERE id BETWEEN 4100 AND 4110');
SELECT tiny_same('SELECT * FROM TBL WHERE id BETWEEN 2990 AND 3010');
SELECT tiny_same('SELECT * FROM TBL WHERE id < 0');
SELECT tiny_same('SELECT * FROM TBL WHERE x > 4000');
-- (one-row chunk groups carry no min/max: they are always read)
SELECT p.plan,
       p.cg_read - (SELECT count(*) FROM vecstore_stripes('tiny_v')
                    WHERE kind = 'data' AND row_count = 1) AS cg_read_with_stats,
       p.cg_skipped > 100 AS many_skipped
FROM tiny_plan('SELECT * FROM tiny_v WHERE id BETWEEN 4100 AND 4110') p;
RESET enable_bitmapscan;
RESET enable_indexscan;
-- backward: a scroll cursor reads every row back in reverse order, across
-- tiny stripes and the chunk groups of big ones
CREATE FUNCTION tiny_back() RETURNS text LANGUAGE plpgsql AS $$
DECLARE c refcursor := 'tiny_c'; r record; fwd int[] := '{}'; bwd int[] := '{}';
BEGIN
  OPEN c SCROLL FOR SELECT id FROM tiny_v;
  LOOP FETCH c INTO r; EXIT WHEN NOT FOUND; fwd := fwd || r.id; END LOOP;
  LOOP FETCH PRIOR FROM c INTO r; EXIT WHEN NOT FOUND; bwd := r.id || bwd; END LOOP;
  -- back and forth across stripe boundaries
  MOVE ABSOLUTE 150 FROM c;
  FETCH PRIOR FROM c INTO r;
  IF r.id <> fwd[149] THEN RETURN 'prior differs'; END IF;
  FETCH RELATIVE 3 FROM c INTO r;
  IF r.id <> fwd[152] THEN RETURN 'relative differs'; END IF;
  CLOSE c;
  RETURN format('%s rows, same both ways: %s, same as heap: %s',
                cardinality(fwd), fwd = bwd,
                (SELECT array_agg(u ORDER BY u) FROM unnest(fwd) u) =
                (SELECT array_agg(id ORDER BY id) FROM tiny_h));
END $$;
SELECT tiny_back();
-- TID fetches in random order over hundreds of stripes (more than the
-- fetch cache has readers), some keys missing or rolled back
CREATE TEMP TABLE tiny_keys AS
  SELECT (hashint4(g) & 65535) % 9200 - 100 AS k FROM generate_series(1, 3000) g
  UNION ALL SELECT -g - 100000 FROM generate_series(10, 300, 10) g
  UNION ALL SELECT 20000 + g * 83 FROM generate_series(1, 300) g;
ANALYZE tiny_keys;
SET enable_hashjoin = off;
SET enable_mergejoin = off;
SET enable_memoize = off;
SET enable_bitmapscan = off;
SET enable_seqscan = off;
SELECT p.plan FROM tiny_plan('SELECT t.* FROM tiny_keys s JOIN tiny_v t ON t.id = s.k') p;
SELECT tiny_same('SELECT s.k, t.* FROM tiny_keys s JOIN TBL t ON t.id = s.k');
SELECT tiny_same('SELECT s.k, t.x FROM tiny_keys s JOIN TBL t ON t.id = s.k');
-- the smallest fetch cache keeps one reader
SET vecstore.fetch_cache_size = 0;
SELECT tiny_same('SELECT s.k, t.v, t.extra FROM tiny_keys s JOIN TBL t ON t.id = s.k');
RESET vecstore.fetch_cache_size;
-- ranges through the index, both directions
SELECT tiny_same('SELECT * FROM TBL WHERE id BETWEEN 250 AND 1100');
SELECT (SELECT array_agg(id) FROM (SELECT id FROM tiny_v WHERE id BETWEEN 4150 AND 4180 ORDER BY id DESC) a) =
       (SELECT array_agg(id) FROM (SELECT id FROM tiny_h WHERE id BETWEEN 4150 AND 4180 ORDER BY id DESC) b)
  AS same_desc;
-- index-only scans check visibility only
SELECT (SELECT count(*) FROM tiny_v WHERE id > 100) = (SELECT count(*) FROM tiny_h WHERE id > 100)
  AS same_index_only;
RESET enable_seqscan;
RESET enable_bitmapscan;
RESET enable_memoize;
RESET enable_mergejoin;
RESET enable_hashjoin;

-- stripes of a writer that rolled back stay invisible, also to scans that
-- remember the other writers committed
SELECT tiny_same('SELECT * FROM TBL');
SET vecstore.write_buffer_size = 8192;
BEGIN;
INSERT INTO tiny_v (id, x) SELECT g, g FROM generate_series(9201, 9600) g;
INSERT INTO tiny_h (id, x) SELECT g, g FROM generate_series(9201, 9600) g;
SELECT count(*) > 0 AS written FROM vecstore_stripes('tiny_v') WHERE first_row > 0 AND xmin = pg_current_xact_id()::xid;
ROLLBACK;
RESET vecstore.write_buffer_size;
SELECT tiny_same('SELECT * FROM TBL');

-- rows of this transaction: buffered, then written by the scan, with a hole
BEGIN;
INSERT INTO tiny_v (id, x) VALUES (9501, 1), (9502, 2);
INSERT INTO tiny_h (id, x) VALUES (9501, 1), (9502, 2);
SAVEPOINT s;
INSERT INTO tiny_v (id, x) VALUES (9503, 3);
INSERT INTO tiny_h (id, x) VALUES (9503, 3);
ROLLBACK TO s;
INSERT INTO tiny_v (id, x) VALUES (9504, 4);
INSERT INTO tiny_h (id, x) VALUES (9504, 4);
SET LOCAL enable_seqscan = off;
SELECT tiny_same('SELECT * FROM TBL WHERE id IN (9501, 9503, 9504, 4000, 4001)');
RESET enable_seqscan;
SELECT tiny_same('SELECT * FROM TBL');
COMMIT;

-- parallel scans hand out the chunk groups of all stripes
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SELECT p.plan FROM tiny_plan('SELECT * FROM tiny_v') p;
SELECT tiny_same('SELECT * FROM TBL');
SELECT tiny_same('SELECT * FROM TBL WHERE id BETWEEN 4100 AND 4110');
RESET min_parallel_table_scan_size;
RESET parallel_tuple_cost;
RESET parallel_setup_cost;
SET max_parallel_workers_per_gather = 0;

-- ANALYZE samples every block of a table this small: exact row count
ANALYZE tiny_v;
SELECT reltuples = (SELECT count(*) FROM tiny_h) AS reltuples_exact
FROM pg_class WHERE relname = 'tiny_v';
SELECT vecstore_verify('tiny_v');

-- VACUUM FULL writes full stripes
VACUUM FULL tiny_v;
SELECT count(*) AS stripes_after FROM vecstore_stripes('tiny_v') WHERE kind = 'data';
SELECT tiny_same('SELECT * FROM TBL');
SET enable_seqscan = off;
SELECT tiny_same('SELECT s.k, t.* FROM tiny_keys s JOIN TBL t ON t.id = s.k');
RESET enable_seqscan;
SELECT vecstore_verify('tiny_v');

DROP TABLE tiny_v, tiny_h;
DROP PROCEDURE tiny_fill;
DROP FUNCTION tiny_same, tiny_plan, tiny_back;
RESET ALL;
