-- ANALYZE on a 1M-row vecstore table against a full decode of it and
-- against ANALYZE of its heap twin.  psql -f test/bench/analyze.sql
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS vecstore;
DROP TABLE IF EXISTS ab_heap, ab_vs;
CREATE TABLE ab_heap (id int, grp int, x float8, v vector(16));
CREATE TABLE ab_vs (id int, grp int, x float8, v vector(16)) USING vecstore;
INSERT INTO ab_heap SELECT g, abs(hashint4(g)) % 100, g * 0.25,
	array_fill((g % 1000)::real, ARRAY[16])::vector FROM generate_series(1, 1000000) g;
INSERT INTO ab_vs SELECT * FROM ab_heap;
VACUUM ab_heap;
SELECT count(*) AS chunk_groups FROM (SELECT generate_series(1, chunk_groups) FROM vecstore_stripes('ab_vs') WHERE kind = 'data') x;
\timing on
\echo full decode of ab_vs, ANALYZE ab_vs x2, ANALYZE ab_heap x2
SELECT count(*) FROM ab_vs t WHERE t IS NOT NULL;
ANALYZE ab_vs;
ANALYZE ab_vs;
ANALYZE ab_heap;
ANALYZE ab_heap;
\timing off
SELECT relname, reltuples, relpages FROM pg_class WHERE relname IN ('ab_heap', 'ab_vs') ORDER BY 1;
\echo estimates heap, vecstore: grp = 7, id < 100000, x > 200000
EXPLAIN SELECT * FROM ab_heap WHERE grp = 7;
EXPLAIN SELECT * FROM ab_vs WHERE grp = 7;
EXPLAIN SELECT * FROM ab_heap WHERE id < 100000;
EXPLAIN SELECT * FROM ab_vs WHERE id < 100000;
EXPLAIN SELECT * FROM ab_heap WHERE x > 200000;
EXPLAIN SELECT * FROM ab_vs WHERE x > 200000;
