--
-- TID fetches of index scans: the fetch keeps decoded chunk groups across
-- rescans and decodes only the columns the scan uses.  Every query runs on
-- a heap table and its vecstore twin and the results must be identical;
-- the plans shown make sure the vecstore side goes through index scans
-- (nested loops rescan the inner index scan once per outer row).
--
SET max_parallel_workers_per_gather = 0;
SET enable_hashjoin = off;
SET enable_mergejoin = off;
SET enable_memoize = off;
SET enable_bitmapscan = off;
CREATE TABLE fetch_heap (id int, grp int, note text, v vector(3));
CREATE TABLE fetch_vs (id int, grp int, note text, v vector(3)) USING vecstore;
-- several chunk groups and stripes: one statement per third
INSERT INTO fetch_heap SELECT g, g % 7, CASE WHEN g % 5 = 0 THEN NULL ELSE 'n' || g END,
	ARRAY[g, g % 11, -g]::real[]::vector FROM generate_series(1, 30000) g;
INSERT INTO fetch_vs SELECT * FROM fetch_heap WHERE id <= 10000;
INSERT INTO fetch_vs SELECT * FROM fetch_heap WHERE id > 10000 AND id <= 20000;
INSERT INTO fetch_vs SELECT * FROM fetch_heap WHERE id > 20000;
CREATE INDEX ON fetch_heap (id);
CREATE INDEX ON fetch_vs (id);
ANALYZE fetch_heap, fetch_vs;
-- lookup keys in random order, some missing
CREATE TEMP TABLE fetch_keys AS
	SELECT (hashint4(g) & 65535) % 31000 + 1 AS k FROM generate_series(1, 3000) g;
ANALYZE fetch_keys;
SET enable_seqscan = off;
-- a digest of each query on both tables; the two columns must be equal
CREATE FUNCTION pg_temp.both(q text) RETURNS TABLE (heap text, vs text, same bool)
LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE format('SELECT md5(string_agg(x::text, '','' ORDER BY x::text)) FROM (%s) x',
				   replace(q, 'TBL', 'fetch_heap')) INTO heap;
	EXECUTE format('SELECT md5(string_agg(x::text, '','' ORDER BY x::text)) FROM (%s) x',
				   replace(q, 'TBL', 'fetch_vs')) INTO vs;
	same := heap IS NOT DISTINCT FROM vs AND heap IS NOT NULL;
	RETURN NEXT;
END
$$;
EXPLAIN (COSTS OFF) SELECT t.grp FROM fetch_keys s JOIN fetch_vs t ON t.id = s.k;
-- one scalar column, a text column with NULLs, the vector column, whole rows
SELECT same FROM pg_temp.both('SELECT s.k, t.grp FROM fetch_keys s JOIN TBL t ON t.id = s.k');
SELECT same FROM pg_temp.both('SELECT s.k, t.note FROM fetch_keys s JOIN TBL t ON t.id = s.k');
SELECT same FROM pg_temp.both('SELECT s.k, t.v FROM fetch_keys s JOIN TBL t ON t.id = s.k');
SELECT same FROM pg_temp.both('SELECT t FROM fetch_keys s JOIN TBL t ON t.id = s.k');
-- a filter on a column the target list does not use
SELECT same FROM pg_temp.both('SELECT t.id FROM fetch_keys s JOIN TBL t ON t.id = s.k AND t.note LIKE ''%3''');
-- neighbouring rows: ranges, both directions, ORDER BY ... LIMIT
EXPLAIN (COSTS OFF) SELECT id, note FROM fetch_vs WHERE id BETWEEN 9990 AND 10010 ORDER BY id DESC;
SELECT same FROM pg_temp.both('SELECT id, note, v FROM TBL WHERE id BETWEEN 9000 AND 21000');
SELECT same FROM pg_temp.both('SELECT * FROM (SELECT id, grp FROM TBL WHERE id BETWEEN 9990 AND 10010 ORDER BY id DESC) y');
SELECT (SELECT array_agg(id ORDER BY id) FROM (SELECT id FROM fetch_heap WHERE id > 19995 ORDER BY id LIMIT 10) a) =
	   (SELECT array_agg(id ORDER BY id) FROM (SELECT id FROM fetch_vs WHERE id > 19995 ORDER BY id LIMIT 10) b) AS same_limit;
-- index-only scans visit the table for visibility only
EXPLAIN (COSTS OFF) SELECT count(*) FROM fetch_vs WHERE id < 15000;
SELECT (SELECT count(*) FROM fetch_heap WHERE id < 15000) = (SELECT count(*) FROM fetch_vs WHERE id < 15000) AS same_count;
-- the smallest cache keeps one chunk group
SET vecstore.fetch_cache_size = 0;
SELECT same FROM pg_temp.both('SELECT s.k, t.note, t.v FROM fetch_keys s JOIN TBL t ON t.id = s.k');
RESET vecstore.fetch_cache_size;
-- rows of this transaction, buffered and written, seen by rescans with the
-- right command ids; a cursor moving back and forth across chunk groups
BEGIN;
INSERT INTO fetch_heap SELECT g, -1, 'own' || g, NULL FROM generate_series(30001, 30500) g;
INSERT INTO fetch_vs SELECT g, -1, 'own' || g, NULL FROM generate_series(30001, 30500) g;
SELECT same FROM pg_temp.both('SELECT s.k, t.note FROM (SELECT k + 29000 AS k FROM fetch_keys) s JOIN TBL t ON t.id = s.k');
DECLARE c SCROLL CURSOR FOR SELECT id, note FROM fetch_vs WHERE id BETWEEN 9998 AND 10002 ORDER BY id;
FETCH 3 FROM c;
FETCH BACKWARD 2 FROM c;
FETCH LAST FROM c;
CLOSE c;
COMMIT;
SELECT same FROM pg_temp.both('SELECT s.k, t.note, t.grp FROM (SELECT k + 29000 AS k FROM fetch_keys) s JOIN TBL t ON t.id = s.k');
-- only the columns the scan uses are read: fetching a narrow column reads
-- fewer blocks than fetching a wide one
CREATE TABLE fetch_wide (id int, grp int, pad text) USING vecstore;
INSERT INTO fetch_wide SELECT g, g % 7, repeat(md5(g::text), 4) FROM generate_series(1, 30000) g;
CREATE INDEX ON fetch_wide (id);
SET stats_fetch_consistency = none;
CREATE FUNCTION pg_temp.blocks() RETURNS bigint LANGUAGE sql AS
	$$SELECT heap_blks_read + heap_blks_hit FROM pg_statio_user_tables WHERE relname = 'fetch_wide'$$;
SELECT pg_stat_force_next_flush();
SELECT pg_temp.blocks() AS b0 \gset
SELECT sum(t.grp) > 0 AS narrow FROM fetch_keys s JOIN fetch_wide t ON t.id = s.k;
SELECT pg_stat_force_next_flush();
SELECT pg_temp.blocks() AS b1 \gset
SELECT sum(length(t.pad)) > 0 AS wide FROM fetch_keys s JOIN fetch_wide t ON t.id = s.k;
SELECT pg_stat_force_next_flush();
SELECT pg_temp.blocks() AS b2 \gset
SELECT :b1 - :b0 < :b2 - :b1 AS narrow_reads_less;
DROP TABLE fetch_wide;
RESET ALL;
DROP TABLE fetch_heap, fetch_vs;
