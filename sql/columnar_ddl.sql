--
-- Table life cycle on vecstore tables against heap twins: VACUUM FULL and
-- CLUSTER (rewritten into full stripes), CREATE TABLE AS, SELECT INTO,
-- materialized views, SET ACCESS METHOD both ways, ADD/DROP/ALTER/RENAME
-- COLUMN, default_table_access_method, SET TABLESPACE.
--
-- rows of a and b are the same, counted with duplicates
CREATE FUNCTION pg_temp.same(a regclass, b regclass) RETURNS bool LANGUAGE plpgsql AS $$
DECLARE
	n1 bigint;
	n2 bigint;
BEGIN
	EXECUTE format('SELECT count(*) FROM (TABLE %s EXCEPT ALL TABLE %s) x', a, b) INTO n1;
	EXECUTE format('SELECT count(*) FROM (TABLE %s EXCEPT ALL TABLE %s) x', b, a) INTO n2;
	RETURN n1 = 0 AND n2 = 0;
END
$$;
CREATE FUNCTION pg_temp.am(r regclass) RETURNS name LANGUAGE sql AS
	'SELECT a.amname FROM pg_class c JOIN pg_am a ON a.oid = c.relam WHERE c.oid = r';
-- number of data stripes and the rows they hold
CREATE FUNCTION pg_temp.stripes(r regclass) RETURNS TABLE (stripes bigint, rows numeric)
LANGUAGE sql AS $$
	SELECT count(*), sum(row_count) FROM vecstore_stripes(r) WHERE kind = 'data'
$$;
CREATE TABLE d_heap (id int, grp int, note text, v vector(3));
CREATE TABLE d_vs (id int, grp int, note text, v vector(3)) USING vecstore;
CREATE INDEX ON d_heap (grp);
CREATE INDEX ON d_vs (grp);
INSERT INTO d_heap SELECT g, (g * 7) % 13, 'n' || g, ARRAY[g, -g, g % 5]::real[]::vector
	FROM generate_series(1, 25000) g;
INSERT INTO d_vs SELECT * FROM d_heap;
-- 100 single-row autocommit inserts: one tiny stripe each
\set ECHO none
SELECT format('INSERT INTO %s VALUES (%s, %s, NULL, NULL)', t, 25000 + i, i % 13)
	FROM generate_series(1, 100) i, unnest(ARRAY['d_heap', 'd_vs']) t \gexec
\set ECHO all
SELECT stripes > 100 AS many_stripes FROM pg_temp.stripes('d_vs');
-- VACUUM FULL: full stripes, same rows, reltuples right, indexes work
VACUUM FULL d_heap;
VACUUM FULL d_vs;
SELECT stripes, rows FROM pg_temp.stripes('d_vs');
SELECT pg_temp.same('d_heap', 'd_vs');
SELECT reltuples FROM pg_class WHERE relname = 'd_vs';
SELECT vecstore_verify('d_vs');
SET enable_seqscan = off;
SELECT (SELECT sum(id) FROM d_heap WHERE grp = 5) = (SELECT sum(id) FROM d_vs WHERE grp = 5) AS same_by_index;
RESET enable_seqscan;
-- CLUSTER: rows come out in index order (sorted, or through the index)
CLUSTER d_heap USING d_heap_grp_idx;
CLUSTER d_vs USING d_vs_grp_idx;
SELECT pg_temp.same('d_heap', 'd_vs');
SELECT bool_and(grp >= prev) AS clustered FROM
	(SELECT grp, lag(grp, 1, -1) OVER (ORDER BY ctid) prev FROM d_vs) x;
SET enable_sort = off;
SET maintenance_work_mem = '1MB';
CREATE INDEX d_vs_id_idx ON d_vs (id DESC);
CLUSTER d_vs USING d_vs_id_idx;
RESET enable_sort;
RESET maintenance_work_mem;
SELECT bool_and(id < prev) AS clustered_desc FROM
	(SELECT id, lag(id, 1, 2147483647) OVER (ORDER BY ctid) prev FROM d_vs) x;
SELECT pg_temp.same('d_heap', 'd_vs');
-- CLUSTER in a transaction block, with rows of the transaction
BEGIN;
INSERT INTO d_heap VALUES (0, 0, 'txn', NULL);
INSERT INTO d_vs VALUES (0, 0, 'txn', NULL);
CLUSTER d_vs;
SELECT pg_temp.same('d_heap', 'd_vs');
COMMIT;
SELECT pg_temp.same('d_heap', 'd_vs');
DROP INDEX d_vs_id_idx;
-- a primary key survives the rewrite and keeps catching duplicates
CREATE TABLE d_pk (id int PRIMARY KEY, t text) USING vecstore;
INSERT INTO d_pk SELECT g, 't' || g FROM generate_series(1, 1000) g;
VACUUM FULL d_pk;
CLUSTER d_pk USING d_pk_pkey;
\set VERBOSITY sqlstate
INSERT INTO d_pk VALUES (500, 'dup');
\set VERBOSITY default
INSERT INTO d_pk VALUES (1001, 'new');
SET enable_seqscan = off;
SELECT t FROM d_pk WHERE id IN (1, 500, 1001) ORDER BY id;
RESET enable_seqscan;
SELECT count(*), vecstore_verify('d_pk') FROM d_pk;
DROP TABLE d_pk;
-- CREATE TABLE AS, SELECT INTO, materialized views
CREATE TABLE d_ctas USING vecstore AS SELECT * FROM d_heap WHERE grp < 6;
CREATE TABLE d_ctas_heap USING heap AS SELECT * FROM d_heap WHERE grp < 6;
SET default_table_access_method = vecstore;
SELECT * INTO d_into FROM d_heap WHERE grp >= 6;
CREATE TABLE d_dflt (a int, b text);
RESET default_table_access_method;
SELECT pg_temp.am('d_ctas'), pg_temp.am('d_into'), pg_temp.am('d_dflt');
SELECT (SELECT count(*) FROM d_ctas) + (SELECT count(*) FROM d_into) = (SELECT count(*) FROM d_heap) AS split_right;
CREATE MATERIALIZED VIEW d_mv USING vecstore AS SELECT grp, count(*) n, sum(id) s FROM d_vs GROUP BY grp;
CREATE MATERIALIZED VIEW d_mv_heap AS SELECT grp, count(*) n, sum(id) s FROM d_heap GROUP BY grp;
SELECT pg_temp.am('d_mv'), pg_temp.same('d_mv', 'd_mv_heap');
INSERT INTO d_heap VALUES (-1, 3, 'late', NULL);
INSERT INTO d_vs VALUES (-1, 3, 'late', NULL);
REFRESH MATERIALIZED VIEW d_mv;
REFRESH MATERIALIZED VIEW d_mv_heap;
SELECT pg_temp.same('d_mv', 'd_mv_heap');
-- CONCURRENTLY deletes rows: refused until DELETE exists, nothing changed
CREATE UNIQUE INDEX ON d_mv (grp);
\set VERBOSITY sqlstate
REFRESH MATERIALIZED VIEW CONCURRENTLY d_mv;
\set VERBOSITY default
SELECT pg_temp.same('d_mv', 'd_mv_heap');
DROP MATERIALIZED VIEW d_mv, d_mv_heap;
-- SET ACCESS METHOD heap <-> vecstore, indexes kept
ALTER TABLE d_ctas SET ACCESS METHOD heap;
SELECT pg_temp.am('d_ctas'), pg_temp.same('d_ctas', 'd_ctas_heap');
ALTER TABLE d_ctas SET ACCESS METHOD vecstore;
CREATE INDEX ON d_ctas (id);
ALTER TABLE d_ctas SET ACCESS METHOD heap;
ALTER TABLE d_ctas SET ACCESS METHOD vecstore;
SELECT pg_temp.am('d_ctas');
SELECT pg_temp.same('d_ctas', 'd_ctas_heap');
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT note FROM d_ctas WHERE id BETWEEN 4000 AND 4100;
SELECT (SELECT string_agg(note, ',' ORDER BY note) FROM d_ctas WHERE id BETWEEN 4000 AND 4100) =
	(SELECT string_agg(note, ',' ORDER BY note) FROM d_ctas_heap WHERE id BETWEEN 4000 AND 4100) AS index_after_am;
RESET enable_seqscan;
RESET enable_bitmapscan;
-- column DDL, the same statements on both
ALTER TABLE d_heap ADD COLUMN c1 int;
ALTER TABLE d_vs ADD COLUMN c1 int;
ALTER TABLE d_heap ADD COLUMN c2 text DEFAULT 'dflt';
ALTER TABLE d_vs ADD COLUMN c2 text DEFAULT 'dflt';
ALTER TABLE d_heap ADD COLUMN c3 float8 DEFAULT random() * 0 + 1.5;
ALTER TABLE d_vs ADD COLUMN c3 float8 DEFAULT random() * 0 + 1.5;
SELECT pg_temp.same('d_heap', 'd_vs');
ALTER TABLE d_heap DROP COLUMN note;
ALTER TABLE d_vs DROP COLUMN note;
ALTER TABLE d_heap ALTER COLUMN grp TYPE bigint;
ALTER TABLE d_vs ALTER COLUMN grp TYPE bigint;
ALTER TABLE d_heap ALTER COLUMN v TYPE real[];
ALTER TABLE d_vs ALTER COLUMN v TYPE real[];
ALTER TABLE d_heap RENAME COLUMN c1 TO renamed;
ALTER TABLE d_vs RENAME COLUMN c1 TO renamed;
ALTER TABLE d_vs RENAME TO d_vs2;
ALTER TABLE d_vs2 RENAME TO d_vs;
INSERT INTO d_heap (id, grp, renamed) VALUES (-2, 99, 1);
INSERT INTO d_vs (id, grp, renamed) VALUES (-2, 99, 1);
SELECT pg_temp.same('d_heap', 'd_vs');
SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute
	WHERE attrelid = 'd_vs'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum;
VACUUM FULL d_vs;
SELECT pg_temp.same('d_heap', 'd_vs');
SELECT vecstore_verify('d_vs');
-- SET TABLESPACE and back
SET allow_in_place_tablespaces = true;
CREATE TABLESPACE d_space LOCATION '';
ALTER TABLE d_vs SET TABLESPACE d_space;
SELECT t.spcname FROM pg_class c JOIN pg_tablespace t ON t.oid = c.reltablespace WHERE c.relname = 'd_vs';
SELECT pg_temp.same('d_heap', 'd_vs');
INSERT INTO d_vs (id) VALUES (-3);
ALTER TABLE d_vs SET TABLESPACE pg_default;
INSERT INTO d_heap (id) VALUES (-3);
SELECT pg_temp.same('d_heap', 'd_vs');
SELECT vecstore_verify('d_vs');
DROP TABLESPACE d_space;
DROP TABLE d_heap, d_vs, d_ctas, d_ctas_heap, d_into, d_dflt;
