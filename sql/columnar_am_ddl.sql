--
-- DDL around vecstore tables: CREATE TABLE AS, materialized views,
-- partitions, COPY, SET ACCESS METHOD both ways, and the DDL that is not
-- supported yet (0A000, nothing changed): VACUUM FULL, CLUSTER,
-- CREATE INDEX CONCURRENTLY, REFRESH ... CONCURRENTLY, UNLOGGED.
--
SET client_min_messages = warning;
CREATE SCHEMA am_ddl;
SET search_path = am_ddl, public;
CREATE TABLE src (id int, h text) USING heap;
INSERT INTO src SELECT i, md5(i::text) FROM generate_series(1, 3000) i;
-- CREATE TABLE AS and materialized views are written through the buffer
CREATE TABLE c1 USING vecstore AS SELECT * FROM src;
SELECT count(*), sum(id), count(DISTINCT h) FROM c1;
SELECT count(*) FROM (SELECT * FROM c1 EXCEPT SELECT * FROM src) x;
CREATE MATERIALIZED VIEW mv USING vecstore AS
	SELECT id % 10 AS g, count(*) AS n FROM c1 GROUP BY 1;
SELECT sum(n) FROM mv;
INSERT INTO c1 SELECT i, 'late' FROM generate_series(3001, 3500) i;
REFRESH MATERIALIZED VIEW mv;
SELECT sum(n) FROM mv;
CREATE UNIQUE INDEX mv_g ON mv (g);
\set VERBOSITY sqlstate
REFRESH MATERIALIZED VIEW CONCURRENTLY mv;
\set VERBOSITY default
SELECT sum(n) FROM mv;
-- partitions: routing, COPY (multi_insert per partition), pruning
CREATE TABLE pt (id int, v text) PARTITION BY RANGE (id);
CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (1000) USING vecstore;
CREATE TABLE pt2 PARTITION OF pt FOR VALUES FROM (1000) TO (2000) USING vecstore;
CREATE TABLE pt3 PARTITION OF pt FOR VALUES FROM (2000) TO (3000) USING heap;
INSERT INTO pt SELECT id, h FROM src WHERE id < 3000;
COPY pt FROM STDIN;
5	five
1005	thousand five
2005	two thousand five
\.
SELECT tableoid::regclass, count(*), sum(id) FROM pt GROUP BY 1 ORDER BY 1;
SELECT id, v FROM pt WHERE id IN (5, 1005, 2005) ORDER BY id, v;
-- SET ACCESS METHOD rewrites the rows both ways
BEGIN;
INSERT INTO c1 VALUES (-1, 'buffered');
ALTER TABLE c1 SET ACCESS METHOD heap;
SELECT count(*), sum(id) FROM c1;
ALTER TABLE c1 SET ACCESS METHOD vecstore;
INSERT INTO c1 VALUES (-2, 'after');
SELECT count(*), sum(id) FROM c1;
COMMIT;
SELECT a.amname, count(*), sum(id) FROM c1, pg_class c JOIN pg_am a ON a.oid = c.relam
	WHERE c.oid = 'c1'::regclass GROUP BY 1;
-- VACUUM FULL and CLUSTER rewrite the rows (see columnar_ddl)
VACUUM FULL c1;
CREATE INDEX c1_id ON c1 (id);
CLUSTER c1 USING c1_id;
-- not supported yet: each fails with 0A000 and changes nothing
\set VERBOSITY sqlstate
CREATE INDEX CONCURRENTLY c1_h ON c1 (h);
CREATE UNLOGGED TABLE ul (id int) USING vecstore;
CREATE UNLOGGED TABLE ul2 USING vecstore AS SELECT 1 AS x;
\set VERBOSITY default
SELECT count(*), sum(id) FROM c1;
SELECT indexrelid::regclass FROM pg_index WHERE indrelid = 'c1'::regclass ORDER BY 1;
SELECT count(*) FROM pg_class WHERE relname IN ('ul', 'ul2') AND relnamespace = 'am_ddl'::regnamespace;
-- plain VACUUM and ANALYZE work; the planner may plan a parallel scan
VACUUM ANALYZE c1;
SELECT reltuples FROM pg_class WHERE oid = 'c1'::regclass;
SET max_parallel_workers_per_gather = 4;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
EXPLAIN (COSTS OFF) SELECT count(*) FROM c1;
RESET max_parallel_workers_per_gather;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET search_path;
DROP SCHEMA am_ddl CASCADE;
