-- TID fetch benchmark: the same index lookups on a heap table and its
-- vecstore twin.  psql -f test/bench/index_fetch.sql (needs the extension).
\set rows 200000
\timing off
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS vecstore;
DROP TABLE IF EXISTS bf_heap, bf_vs;
CREATE TABLE bf_heap (id int, x float8, v vector(64));
CREATE TABLE bf_vs (id int, x float8, v vector(64)) USING vecstore;
INSERT INTO bf_heap SELECT g, g * 0.5,
  array_fill((g % 97)::real / 7, ARRAY[64])::vector
  FROM generate_series(1, :rows) g;
INSERT INTO bf_vs SELECT * FROM bf_heap;
CREATE INDEX ON bf_heap (id);
CREATE INDEX ON bf_vs (id);
VACUUM ANALYZE bf_heap;
VACUUM ANALYZE bf_vs;
SET enable_hashjoin = off;
SET enable_mergejoin = off;
SET enable_bitmapscan = off;
SET enable_seqscan = off;
SET max_parallel_workers_per_gather = 0;
SET enable_memoize = off;
CREATE TEMP TABLE keys_rand AS
  SELECT (hashint4(g) & 2147483647) % :rows + 1 AS k FROM generate_series(1, 30000) g;
CREATE TEMP TABLE keys_seq AS SELECT g AS k FROM generate_series(1, 30000) g;
ANALYZE keys_rand; ANALYZE keys_seq;
\timing on
\echo random lookups, scalar column: heap, vecstore
SELECT sum(t.x) FROM keys_rand s JOIN bf_heap t ON t.id = s.k;
SELECT sum(t.x) FROM keys_rand s JOIN bf_vs t ON t.id = s.k;
\echo neighbouring lookups, scalar column: heap, vecstore
SELECT sum(t.x) FROM keys_seq s JOIN bf_heap t ON t.id = s.k;
SELECT sum(t.x) FROM keys_seq s JOIN bf_vs t ON t.id = s.k;
\echo neighbouring lookups, vector column: heap, vecstore
SELECT sum(vector_dims(t.v)) FROM keys_seq s JOIN bf_heap t ON t.id = s.k;
SELECT sum(vector_dims(t.v)) FROM keys_seq s JOIN bf_vs t ON t.id = s.k;
\echo range index scan: heap, vecstore
SELECT sum(x) FROM bf_heap WHERE id BETWEEN 1000 AND 31000;
SELECT sum(x) FROM bf_vs WHERE id BETWEEN 1000 AND 31000;
\timing off
EXPLAIN (COSTS OFF) SELECT sum(t.x) FROM keys_rand s JOIN bf_vs t ON t.id = s.k;
\echo random lookups with vecstore.fetch_cache_size = 0 (one chunk group kept)
SET vecstore.fetch_cache_size = 0;
\timing on
SELECT sum(t.x) FROM keys_rand s JOIN bf_vs t ON t.id = s.k;
SELECT sum(vector_norm(t.v)) FROM keys_seq s JOIN bf_vs t ON t.id = s.k;
\timing off
RESET vecstore.fetch_cache_size;
SELECT sum(vector_norm(t.v)) FROM keys_seq s JOIN bf_heap t ON t.id = s.k;
\echo random lookups with vecstore.fetch_cache_size = 64MB
SET vecstore.fetch_cache_size = '64MB';
\timing on
SELECT sum(t.x) FROM keys_rand s JOIN bf_vs t ON t.id = s.k;
\timing off
