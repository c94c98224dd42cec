-- Scenario for columnar_truncate.sql: TRUNCATE (also of a table created or
-- filled in the same transaction, and rolled back), DROP TABLE with rows
-- still buffered, temporary tables.
CREATE TABLE t (id int, payload text);
INSERT INTO t SELECT i, repeat('t', 200) FROM generate_series(1, 500) i;
TRUNCATE t;
SELECT count(*) FROM t;
-- buffered rows of the old storage must not come back after TRUNCATE
BEGIN;
INSERT INTO t SELECT i, repeat('t', 200) FROM generate_series(1, 1000) i;
TRUNCATE t;
SELECT count(*) FROM t;
INSERT INTO t SELECT i, repeat('u', 200) FROM generate_series(1, 300) i;
SELECT count(*), sum(id) FROM t;
COMMIT;
SELECT count(*), sum(id), min(payload) = max(payload) AS one_payload FROM t;
-- rolled back TRUNCATE: the old rows are back, the new ones gone
BEGIN;
INSERT INTO t SELECT i, repeat('v', 200) FROM generate_series(1, 200) i;
TRUNCATE t;
INSERT INTO t SELECT i, repeat('w', 200) FROM generate_series(1, 50) i;
SELECT count(*) FROM t;
ROLLBACK;
SELECT count(*), sum(id) FROM t;
-- TRUNCATE inside savepoints
BEGIN;
TRUNCATE t;
INSERT INTO t SELECT i, repeat('a', 200) FROM generate_series(1, 10) i;
SAVEPOINT s;
INSERT INTO t SELECT i, repeat('b', 200) FROM generate_series(11, 30) i;
TRUNCATE t;
INSERT INTO t SELECT i, repeat('c', 200) FROM generate_series(31, 35) i;
SELECT count(*), sum(id) FROM t;
ROLLBACK TO s;
SELECT count(*), sum(id) FROM t;
COMMIT;
SELECT count(*), sum(id) FROM t;
BEGIN;
INSERT INTO t SELECT i, repeat('d', 200) FROM generate_series(100, 399) i;
SAVEPOINT s;
TRUNCATE t;
INSERT INTO t SELECT i, repeat('e', 200) FROM generate_series(1, 7) i;
ROLLBACK TO s;
INSERT INTO t SELECT i, repeat('f', 200) FROM generate_series(400, 499) i;
SAVEPOINT s2;
TRUNCATE t;
INSERT INTO t SELECT i, repeat('g', 200) FROM generate_series(1000, 1999) i;
RELEASE s2;
SELECT count(*), sum(id) FROM t;
COMMIT;
SELECT count(*), sum(id), min(payload) = max(payload) AS one_payload FROM t;
-- a table created in the same transaction (TRUNCATE works in place)
BEGIN;
CREATE TABLE n (id int, payload text);
INSERT INTO n SELECT i, repeat('n', 200) FROM generate_series(1, 1000) i;
TRUNCATE n;
INSERT INTO n SELECT i, repeat('o', 200) FROM generate_series(1, 30) i;
SELECT count(*), sum(id) FROM n;
SAVEPOINT s;
INSERT INTO n SELECT i, repeat('p', 200) FROM generate_series(31, 1030) i;
TRUNCATE n;
INSERT INTO n SELECT i, repeat('q', 200) FROM generate_series(1, 3) i;
ROLLBACK TO s;
SELECT count(*), sum(id) FROM n;
COMMIT;
SELECT count(*), sum(id), min(payload) = max(payload) AS one_payload FROM n;
-- the same, read between single-row inserts: each read writes the rows
-- out as a small stripe (into this session's run of reserved space, which
-- grows with every stripe), and a TRUNCATE in place starts the storage
-- afresh under the same relfilenode
BEGIN;
CREATE TABLE r (id int, payload text);
DO $$
BEGIN
	FOR i IN 1..6 LOOP
		INSERT INTO r VALUES (i, 'r' || i);
		PERFORM count(*) FROM r;
	END LOOP;
END $$;
SELECT count(*), sum(id) FROM r;
TRUNCATE r;
DO $$
BEGIN
	FOR i IN 7..9 LOOP
		INSERT INTO r VALUES (i, 'r' || i);
		PERFORM count(*) FROM r;
	END LOOP;
END $$;
SELECT count(*), sum(id) FROM r;
COMMIT;
INSERT INTO r VALUES (10, 'r10');
SELECT count(*), sum(id) FROM r;
-- DROP TABLE with rows still buffered
BEGIN;
CREATE TABLE d1 (id int, payload text);
INSERT INTO d1 SELECT i, repeat('d', 200) FROM generate_series(1, 1000) i;
DROP TABLE d1;
COMMIT;
CREATE TABLE d2 (id int, payload text);
INSERT INTO d2 SELECT i, repeat('d', 200) FROM generate_series(1, 10) i;
BEGIN;
INSERT INTO d2 SELECT i, repeat('d', 200) FROM generate_series(11, 1000) i;
DROP TABLE d2;
COMMIT;
SELECT count(*) FROM pg_class WHERE relname IN ('d1', 'd2')
	AND relnamespace = current_schema()::regnamespace;
CREATE TABLE d3 (id int, payload text);
INSERT INTO d3 SELECT i, repeat('d', 200) FROM generate_series(1, 10) i;
BEGIN;
INSERT INTO d3 SELECT i, repeat('d', 200) FROM generate_series(11, 20) i;
DROP TABLE d3;
ROLLBACK;
SELECT count(*), sum(id) FROM d3;
BEGIN;
INSERT INTO d3 SELECT i, repeat('d', 200) FROM generate_series(21, 500) i;
SAVEPOINT s;
DROP TABLE d3;
ROLLBACK TO s;
INSERT INTO d3 SELECT i, repeat('d', 200) FROM generate_series(501, 1000) i;
COMMIT;
SELECT count(*), sum(id) FROM d3;
-- temporary tables
CREATE TEMP TABLE tmp (id int, payload text);
INSERT INTO tmp SELECT i, repeat('x', 200) FROM generate_series(1, 1000) i;
BEGIN;
INSERT INTO tmp SELECT i, repeat('x', 200) FROM generate_series(1001, 2000) i;
SAVEPOINT s;
INSERT INTO tmp SELECT i, repeat('x', 200) FROM generate_series(2001, 3000) i;
ROLLBACK TO s;
SELECT count(*), sum(id) FROM tmp;
COMMIT;
BEGIN;
INSERT INTO tmp SELECT i, repeat('x', 200) FROM generate_series(3001, 4000) i;
ROLLBACK;
INSERT INTO tmp SELECT * FROM tmp WHERE id <= 100;
SELECT count(*), count(DISTINCT id), sum(id) FROM tmp;
TRUNCATE tmp;
INSERT INTO tmp VALUES (1, 'one');
SELECT * FROM tmp;
-- ON COMMIT DELETE ROWS runs after the commit-time flush
CREATE TEMP TABLE tmp_del (id int, payload text) ON COMMIT DELETE ROWS;
BEGIN;
INSERT INTO tmp_del SELECT i, repeat('y', 200) FROM generate_series(1, 1000) i;
SELECT count(*) FROM tmp_del;
COMMIT;
SELECT count(*) FROM tmp_del;
INSERT INTO tmp_del VALUES (1, 'autocommit');
SELECT count(*) FROM tmp_del;
BEGIN;
CREATE TEMP TABLE tmp_drop (id int, payload text) ON COMMIT DROP;
INSERT INTO tmp_drop SELECT i, repeat('z', 200) FROM generate_series(1, 1000) i;
SELECT count(*) FROM tmp_drop;
COMMIT;
SELECT count(*) FROM pg_class WHERE relname = 'tmp_drop';
-- the temporary tables hold what a heap table holds
INSERT INTO tmp SELECT i, 'last' FROM generate_series(2, 5) i;
INSERT INTO t SELECT * FROM tmp;
DROP TABLE tmp, tmp_del;
SELECT count(*), sum(id) FROM t;
