--
-- Differential fuzz of the vecstore table AM against heap: the script
-- test/fuzz/columnar_fuzz_ops.sql (written by test/fuzz/gen.py 15 200 compact
-- dims=3: 200 random operations on two tables and a partitioned one, from
-- inserts, COPY, INSERT ... SELECT from the table itself (also through its
-- index), CTEs, ON CONFLICT, savepoints, EXCEPTION blocks, procedures that
-- commit, cursors, TRUNCATE, indexes, triggers, prepared transactions, ALTER
-- TABLE, CREATE TABLE AS, parallel and kNN queries, and refused statements,
-- with small write buffers and chunk groups) runs once with heap tables and
-- once with vecstore tables, each in its own psql, and every line of output
-- (rows, row counts, SQLSTATEs, a digest of each table after each
-- operation) must be the same.
--
\setenv PGDATABASE :DBNAME
\setenv PGHOST :HOST
\setenv PGPORT :PORT
\! psql -X -v am=heap -f test/fuzz/columnar_fuzz_ops.sql > results/columnar_fuzz_heap.txt 2>&1
\! psql -X -v am=vecstore -f test/fuzz/columnar_fuzz_ops.sql > results/columnar_fuzz_vecstore.txt 2>&1
CREATE TEMP TABLE fuzz_out (am text, n serial, line text);
-- (control characters as delimiter and quote: each line is one value)
\copy fuzz_out (line) FROM 'results/columnar_fuzz_heap.txt' WITH (FORMAT csv, DELIMITER E'\x01', QUOTE E'\x02')
UPDATE fuzz_out SET am = 'heap';
\copy fuzz_out (line) FROM 'results/columnar_fuzz_vecstore.txt' WITH (FORMAT csv, DELIMITER E'\x01', QUOTE E'\x02')
UPDATE fuzz_out SET am = 'vecstore' WHERE am IS NULL;
-- error lines name the script line, which differs where the runs do
UPDATE fuzz_out SET line = regexp_replace(line, '^psql:[^:]*:[0-9]+: ', '');
CREATE TEMP VIEW fuzz_pairs AS
	SELECT row_number() OVER (ORDER BY n) AS lineno, line
	FROM fuzz_out WHERE am = 'heap';
CREATE TEMP VIEW fuzz_vec AS
	SELECT row_number() OVER (ORDER BY n) AS lineno, line
	FROM fuzz_out WHERE am = 'vecstore';
-- the runs did the work: many lines, digests, and every kind of refusal
SELECT count(*) FILTER (WHERE am = 'heap') > 1500 AS heap_ran,
	count(*) FILTER (WHERE am = 'vecstore') > 1500 AS vecstore_ran
	FROM fuzz_out;
SELECT substring(line FROM '^ERROR:  (.{5})') AS sqlstate, count(*)
	FROM fuzz_out WHERE am = 'heap' AND line LIKE 'ERROR:  %'
	GROUP BY 1 ORDER BY 1;
-- the comparison: lines that differ (none), and the first few of them
SELECT count(*) AS differing_lines
	FROM fuzz_pairs h FULL JOIN fuzz_vec v USING (lineno)
	WHERE h.line IS DISTINCT FROM v.line;
SELECT lineno, h.line AS heap, v.line AS vecstore
	FROM fuzz_pairs h FULL JOIN fuzz_vec v USING (lineno)
	WHERE h.line IS DISTINCT FROM v.line
	ORDER BY lineno LIMIT 10;
-- the vecstore run wrote many small stripes, and they check out
SELECT count(*) > 1 AS several_stripes FROM vecstore_stripes('t');
SELECT vecstore_verify('t'), vecstore_verify('u'), vecstore_verify('p1'),
	vecstore_verify('p2');
DROP VIEW fuzz_pairs, fuzz_vec;
DROP TABLE fuzz_out;
SET client_min_messages = warning;
DROP TABLE t, u, p, tlog;
DROP PROCEDURE fz_proc;
DROP FUNCTION fz_trg_fn, fz_chk;
RESET client_min_messages;
--
-- Cases the fuzz found, minimised; each runs on a heap and a vecstore twin.
--
-- INSERT ... ON CONFLICT DO NOTHING under REPEATABLE READ or SERIALIZABLE
-- whose conflicting row is not visible to the snapshot (here: the same key
-- twice in one command, buffered or already written out) reads the row's
-- xmin: vecstore refused with "system column -2 is not available".
CREATE TABLE oc_heap (id int UNIQUE, s text) USING heap;
CREATE TABLE oc_vec (id int UNIQUE, s text) USING vecstore;
SET vecstore.write_buffer_size = 8192;
BEGIN ISOLATION LEVEL REPEATABLE READ;
INSERT INTO oc_heap VALUES (1, 'a'), (1, 'b'), (2, 'c') ON CONFLICT DO NOTHING;
INSERT INTO oc_vec VALUES (1, 'a'), (1, 'b'), (2, 'c') ON CONFLICT DO NOTHING;
-- written out in the middle of the statement (rows wider than the buffer)
INSERT INTO oc_heap SELECT g % 50, repeat('x', 1000) FROM generate_series(3, 200) g
	ON CONFLICT DO NOTHING;
INSERT INTO oc_vec SELECT g % 50, repeat('x', 1000) FROM generate_series(3, 200) g
	ON CONFLICT DO NOTHING;
COMMIT;
BEGIN ISOLATION LEVEL SERIALIZABLE;
INSERT INTO oc_heap VALUES (100, 'd'), (100, 'e'), (1, 'f') ON CONFLICT DO NOTHING;
INSERT INTO oc_vec VALUES (100, 'd'), (100, 'e'), (1, 'f') ON CONFLICT DO NOTHING;
COMMIT;
RESET vecstore.write_buffer_size;
SELECT (SELECT count(*) FROM oc_heap) AS heap_rows, (SELECT count(*) FROM oc_vec) AS vecstore_rows,
	(SELECT count(*) FROM (TABLE oc_heap EXCEPT ALL TABLE oc_vec) x) AS only_heap,
	(SELECT count(*) FROM (TABLE oc_vec EXCEPT ALL TABLE oc_heap) x) AS only_vecstore;
DROP TABLE oc_heap, oc_vec;
-- A second TRUNCATE in a transaction (or one of a table created in it)
-- empties the storage in place: row numbers restart from the first, but
-- the backend's cache of reserved row numbers (tables without indexes)
-- kept handing out the old ones, so that later rows came out of order
-- ("chunk group rows are not in ascending order") or with the TIDs of others.
CREATE TABLE tr_heap (id int, s text) USING heap;
CREATE TABLE tr_vec (id int, s text) USING vecstore;
BEGIN;
TRUNCATE tr_heap;
TRUNCATE tr_vec;
INSERT INTO tr_heap SELECT g, 'a' FROM generate_series(1, 10) g;
INSERT INTO tr_vec SELECT g, 'a' FROM generate_series(1, 10) g;
TRUNCATE tr_heap;
TRUNCATE tr_vec;
INSERT INTO tr_heap SELECT g, 'b' FROM generate_series(1, 500) g;
INSERT INTO tr_vec SELECT g, 'b' FROM generate_series(1, 500) g;
COMMIT;
BEGIN;
TRUNCATE tr_heap;
TRUNCATE tr_vec;
INSERT INTO tr_heap SELECT g, 'c' FROM generate_series(1, 10) g;
INSERT INTO tr_vec SELECT g, 'c' FROM generate_series(1, 10) g;
TRUNCATE tr_heap;
TRUNCATE tr_vec;
INSERT INTO tr_heap VALUES (1, 'd');
INSERT INTO tr_vec VALUES (1, 'd');
COMMIT;
INSERT INTO tr_heap SELECT g, 'e' FROM generate_series(2, 100) g;
INSERT INTO tr_vec SELECT g, 'e' FROM generate_series(2, 100) g;
BEGIN;
CREATE TABLE tr_new_heap (id int) USING heap;
CREATE TABLE tr_new_vec (id int) USING vecstore;
INSERT INTO tr_new_heap SELECT generate_series(1, 10);
INSERT INTO tr_new_vec SELECT generate_series(1, 10);
TRUNCATE tr_new_heap;
TRUNCATE tr_new_vec;
INSERT INTO tr_new_heap SELECT generate_series(1, 300);
INSERT INTO tr_new_vec SELECT generate_series(1, 300);
COMMIT;
INSERT INTO tr_new_heap SELECT generate_series(301, 400);
INSERT INTO tr_new_vec SELECT generate_series(301, 400);
SELECT (SELECT count(*) FROM tr_heap) AS heap_rows, (SELECT count(*) FROM tr_vec) AS vecstore_rows,
	(SELECT count(*) FROM (TABLE tr_heap EXCEPT ALL TABLE tr_vec) x) AS only_heap,
	(SELECT count(*) FROM (TABLE tr_vec EXCEPT ALL TABLE tr_heap) x) AS only_vecstore,
	(SELECT count(DISTINCT ctid) FROM tr_vec) AS vecstore_tids;
SELECT (SELECT count(*) FROM tr_new_heap) AS heap_rows, (SELECT count(*) FROM tr_new_vec) AS vecstore_rows,
	(SELECT count(*) FROM (TABLE tr_new_heap EXCEPT ALL TABLE tr_new_vec) x) AS only_heap,
	(SELECT count(*) FROM (TABLE tr_new_vec EXCEPT ALL TABLE tr_new_heap) x) AS only_vecstore,
	(SELECT count(DISTINCT ctid) FROM tr_new_vec) AS vecstore_tids;
SELECT vecstore_verify('tr_vec'), vecstore_verify('tr_new_vec');
DROP TABLE tr_heap, tr_vec, tr_new_heap, tr_new_vec;
-- ROLLBACK TO SAVEPOINT takes back an added column, and the next ADD
-- COLUMN reuses its number with another type: rows inserted then were
-- stored with the taken-back column's type (the buffer compared column
-- counts only), and the committed table could not be read.
CREATE TABLE rt_heap (id int, s text) USING heap;
CREATE TABLE rt_vec (id int, s text) USING vecstore;
BEGIN;
INSERT INTO rt_heap VALUES (1, 'a');
INSERT INTO rt_vec VALUES (1, 'a');
SAVEPOINT a;
ALTER TABLE rt_heap ADD COLUMN x bigint DEFAULT -1;
ALTER TABLE rt_vec ADD COLUMN x bigint DEFAULT -1;
INSERT INTO rt_heap VALUES (2, 'b', 22);
INSERT INTO rt_vec VALUES (2, 'b', 22);
ROLLBACK TO a;
ALTER TABLE rt_heap ADD COLUMN y text;
ALTER TABLE rt_vec ADD COLUMN y text;
INSERT INTO rt_heap VALUES (3, 'c', 'cc'), (4, 'd', NULL);
INSERT INTO rt_vec VALUES (3, 'c', 'cc'), (4, 'd', NULL);
SAVEPOINT b;
ALTER TABLE rt_heap ADD COLUMN z int;
ALTER TABLE rt_vec ADD COLUMN z int;
INSERT INTO rt_heap VALUES (5, 'e', 'ee', 5);
INSERT INTO rt_vec VALUES (5, 'e', 'ee', 5);
ROLLBACK TO b;
ALTER TABLE rt_heap ADD COLUMN z vector(2);
ALTER TABLE rt_vec ADD COLUMN z vector(2);
INSERT INTO rt_heap VALUES (6, 'f', 'ff', '[1,2]');
INSERT INTO rt_vec VALUES (6, 'f', 'ff', '[1,2]');
COMMIT;
SELECT * FROM rt_vec ORDER BY id;
SELECT (SELECT count(*) FROM (TABLE rt_heap EXCEPT ALL TABLE rt_vec) x) AS only_heap,
	(SELECT count(*) FROM (TABLE rt_vec EXCEPT ALL TABLE rt_heap) x) AS only_vecstore;
SELECT vecstore_verify('rt_vec');
DROP TABLE rt_heap, rt_vec;
-- The same with DROP COLUMN taken back: the buffer kept the column as
-- dropped and stored NULL in place of the values inserted after.
CREATE TABLE rd_heap (id int, s text, n int) USING heap;
CREATE TABLE rd_vec (id int, s text, n int) USING vecstore;
BEGIN;
SAVEPOINT a;
ALTER TABLE rd_heap DROP COLUMN s;
ALTER TABLE rd_vec DROP COLUMN s;
INSERT INTO rd_heap VALUES (1, 10);
INSERT INTO rd_vec VALUES (1, 10);
ROLLBACK TO a;
INSERT INTO rd_heap VALUES (2, 'kept', 20);
INSERT INTO rd_vec VALUES (2, 'kept', 20);
COMMIT;
SELECT * FROM rd_vec ORDER BY id;
SELECT (SELECT count(*) FROM (TABLE rd_heap EXCEPT ALL TABLE rd_vec) x) AS only_heap,
	(SELECT count(*) FROM (TABLE rd_vec EXCEPT ALL TABLE rd_heap) x) AS only_vecstore;
DROP TABLE rd_heap, rd_vec;
-- A partitioned table with vecstore partitions could be published (then
-- every insert into it failed): refused like the partitions themselves.
CREATE TABLE pub_part (id int) PARTITION BY RANGE (id);
CREATE TABLE pub_part_heap PARTITION OF pub_part FOR VALUES FROM (0) TO (10) USING heap;
CREATE TABLE pub_part_vec PARTITION OF pub_part FOR VALUES FROM (10) TO (20) USING vecstore;
CREATE PUBLICATION fuzz_pub FOR TABLE pub_part;
SELECT count(*) FROM pg_publication WHERE pubname = 'fuzz_pub';
INSERT INTO pub_part VALUES (1), (15);
SELECT tableoid::regclass, id FROM pub_part ORDER BY id;
DROP TABLE pub_part;
-- The same storage reset, at every commit: a temporary table ON COMMIT
-- DELETE ROWS (failed at commit with "chunk group rows are not in
-- ascending order" before d38a7a2).
CREATE TEMP TABLE cd_heap (id int) USING heap ON COMMIT DELETE ROWS;
CREATE TEMP TABLE cd_vec (id int) USING vecstore ON COMMIT DELETE ROWS;
BEGIN;
INSERT INTO cd_heap SELECT generate_series(1, 500);
INSERT INTO cd_vec SELECT generate_series(1, 500);
COMMIT;
-- (five rows: most of the reserved row numbers stay cached)
BEGIN;
INSERT INTO cd_heap SELECT generate_series(1, 5);
INSERT INTO cd_vec SELECT generate_series(1, 5);
COMMIT;
BEGIN;
INSERT INTO cd_heap SELECT generate_series(1, 100);
INSERT INTO cd_vec SELECT generate_series(1, 100);
SELECT (SELECT count(*) FROM cd_heap) AS heap_rows, (SELECT count(*) FROM cd_vec) AS vecstore_rows,
	(SELECT count(DISTINCT ctid) FROM cd_vec) AS vecstore_tids;
COMMIT;
SELECT (SELECT count(*) FROM cd_heap) AS heap_rows, (SELECT count(*) FROM cd_vec) AS vecstore_rows;
DROP TABLE cd_heap, cd_vec;
