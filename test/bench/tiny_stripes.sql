-- Many tiny stripes: 10k autocommit single-row inserts against the same
-- rows in one stripe, and after VACUUM FULL.  psql -f test/bench/tiny_stripes.sql
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS vecstore;
DROP TABLE IF EXISTS ts_tiny, ts_one, ts_heap;
CREATE TABLE ts_tiny (id int, x float8, v vector(16)) USING vecstore;
CREATE TABLE ts_one (id int, x float8, v vector(16)) USING vecstore;
CREATE TABLE ts_heap (id int, x float8, v vector(16));
\set QUIET on
\o /dev/null
SELECT format('INSERT INTO ts_tiny VALUES (%s, %s, %L)', g, g * 0.5,
	array_fill(g::real, ARRAY[16])::vector) FROM generate_series(1, 10000) g \gexec
\o
INSERT INTO ts_one SELECT * FROM ts_tiny;
INSERT INTO ts_heap SELECT * FROM ts_tiny;
SELECT count(*) AS tiny_stripes FROM vecstore_stripes('ts_tiny') WHERE kind = 'data';
\timing on
\echo scans: tiny stripes x3, one stripe x3, heap x3
SELECT sum(x), sum(vector_norm(v)) FROM ts_tiny;
SELECT sum(x), sum(vector_norm(v)) FROM ts_tiny;
SELECT sum(x), sum(vector_norm(v)) FROM ts_tiny;
SELECT sum(x), sum(vector_norm(v)) FROM ts_one;
SELECT sum(x), sum(vector_norm(v)) FROM ts_one;
SELECT sum(x), sum(vector_norm(v)) FROM ts_one;
SELECT sum(x), sum(vector_norm(v)) FROM ts_heap;
SELECT sum(x), sum(vector_norm(v)) FROM ts_heap;
SELECT sum(x), sum(vector_norm(v)) FROM ts_heap;
\echo planning: EXPLAIN on tiny stripes, one stripe
EXPLAIN SELECT * FROM ts_tiny WHERE id = 5;
EXPLAIN SELECT * FROM ts_one WHERE id = 5;
\echo VACUUM FULL, then scans x3
VACUUM FULL ts_tiny;
\timing off
SELECT count(*) AS stripes_after FROM vecstore_stripes('ts_tiny') WHERE kind = 'data';
\timing on
SELECT sum(x), sum(vector_norm(v)) FROM ts_tiny;
SELECT sum(x), sum(vector_norm(v)) FROM ts_tiny;
SELECT sum(x), sum(vector_norm(v)) FROM ts_tiny;
