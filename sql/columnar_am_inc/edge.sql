-- Scenario for columnar_am_edge.sql; runs on heap and on vecstore with the
-- default and the smallest write buffer, and must print the same things.
CREATE TABLE e (id int, grp int, payload text);
-- scrollable cursors walk backwards across chunk groups and stripes
INSERT INTO e SELECT i, i % 7, repeat('p', 50 + i % 20) FROM generate_series(1, 3000) i;
INSERT INTO e SELECT i, i % 7, 'second' FROM generate_series(3001, 3500) i;
BEGIN;
INSERT INTO e SELECT i, i % 7, 'buffered' FROM generate_series(3501, 3600) i;
-- (physical order differs between heap and vecstore: compare walks)
CREATE FUNCTION walk(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	c refcursor := 'walker';
	fwd int[] := '{}';
	bwd int[] := '{}';
	x int;
	mid int[] := '{}';
	p int;
BEGIN
	OPEN c SCROLL FOR EXECUTE q;
	LOOP
		FETCH NEXT FROM c INTO x;
		EXIT WHEN NOT FOUND;
		fwd := fwd || x;
	END LOOP;
	LOOP
		FETCH PRIOR FROM c INTO x;
		EXIT WHEN NOT FOUND;
		bwd := x || bwd;
	END LOOP;
	-- zig-zag in the middle: forward 5, back 3, forward 2
	p := cardinality(fwd) / 2;
	MOVE ABSOLUTE p FROM c;
	FOR i IN 1..5 LOOP FETCH NEXT FROM c INTO x; mid := mid || x; END LOOP;
	FOR i IN 1..3 LOOP FETCH PRIOR FROM c INTO x; mid := mid || x; END LOOP;
	FOR i IN 1..2 LOOP FETCH NEXT FROM c INTO x; mid := mid || x; END LOOP;
	CLOSE c;
	RETURN format('%s rows, backward walk %s, zig-zag %s', cardinality(fwd),
		CASE WHEN fwd = bwd THEN 'matches' ELSE 'differs' END,
		CASE WHEN mid[1:5] = fwd[p + 1:p + 5]
			AND mid[6:8] = ARRAY[fwd[p + 4], fwd[p + 3], fwd[p + 2]]
			AND mid[9:10] = fwd[p + 3:p + 4] THEN 'matches' ELSE 'differs' END);
END $$;
SELECT walk('SELECT id FROM e');
SELECT walk('SELECT id FROM e WHERE grp = 3');
SELECT sum(x) FROM (SELECT id AS x FROM e) s;
COMMIT;
SELECT count(*), sum(id) FROM e;
-- reading after SAVEPOINT with unflushed rows; nested levels
BEGIN;
INSERT INTO e VALUES (-1, 0, 'level1');
SAVEPOINT a;
SELECT count(*) FROM e WHERE id < 0;
INSERT INTO e VALUES (-2, 0, 'level2');
SAVEPOINT b;
INSERT INTO e SELECT -i, 0, 'level3' FROM generate_series(3, 400) i;
SELECT count(*), sum(id) FROM e WHERE id < 0;
RELEASE b;
SAVEPOINT c;
INSERT INTO e VALUES (-1000, 0, 'gone');
SELECT count(*), sum(id) FROM e WHERE id < 0;
ROLLBACK TO c;
SELECT count(*), sum(id) FROM e WHERE id < 0;
ROLLBACK TO a;
SELECT count(*), sum(id) FROM e WHERE id < 0;
INSERT INTO e VALUES (-5, 0, 'after rollback');
COMMIT;
SELECT id, payload FROM e WHERE id < 0 ORDER BY id;
-- PL/pgSQL EXCEPTION blocks: one subtransaction per iteration
CREATE TABLE ex (id int, v text);
DO $$
BEGIN
	FOR i IN 1..300 LOOP
		BEGIN
			INSERT INTO ex VALUES (i, repeat('x', 100));
			IF i % 3 = 0 THEN
				RAISE EXCEPTION 'drop %', i;
			END IF;
		EXCEPTION WHEN raise_exception THEN
			NULL;
		END;
	END LOOP;
END $$;
SELECT count(*), sum(id), min(id), max(id) FROM ex;
SELECT count(*) FROM ex WHERE id % 3 = 0;
-- TID scans find rows by their ctid
SELECT count(*) FROM e WHERE ctid = (SELECT ctid FROM e WHERE id = 1234);
SELECT id FROM e WHERE ctid = (SELECT ctid FROM e WHERE id = 3333);
-- ADD COLUMN with a default while rows are buffered, DROP COLUMN
BEGIN;
INSERT INTO ex VALUES (1001, 'before add');
ALTER TABLE ex ADD COLUMN n int DEFAULT 42;
INSERT INTO ex VALUES (1002, 'after add', 7), (1003, 'null n', NULL);
SELECT id, v, n FROM ex WHERE id > 1000 ORDER BY id;
ALTER TABLE ex DROP COLUMN v;
INSERT INTO ex VALUES (1004, 8);
SELECT * FROM ex WHERE id > 1000 ORDER BY id;
COMMIT;
SELECT count(*), sum(n), count(n) FROM ex;
-- ALTER COLUMN TYPE rewrites the table
ALTER TABLE ex ALTER COLUMN n TYPE bigint;
SELECT count(*), sum(n), count(n) FROM ex;
-- a table dropped while it buffers rows; one created and dropped
BEGIN;
CREATE TABLE gone (id int);
INSERT INTO gone SELECT generate_series(1, 100);
INSERT INTO ex (id) VALUES (2000);
DROP TABLE gone;
COMMIT;
BEGIN;
INSERT INTO ex (id) VALUES (2001);
DROP TABLE ex;
COMMIT;
-- temporary tables, ON COMMIT DELETE ROWS
CREATE TEMP TABLE tmp (id int, v text);
INSERT INTO tmp SELECT i, 't' FROM generate_series(1, 500) i;
SELECT count(*), sum(id) FROM tmp;
CREATE TEMP TABLE tmpd (id int) ON COMMIT DELETE ROWS;
BEGIN;
INSERT INTO tmpd SELECT generate_series(1, 100);
SELECT count(*) FROM tmpd;
COMMIT;
SELECT count(*) FROM tmpd;
INSERT INTO tmpd SELECT generate_series(1, 10);
SELECT count(*) FROM tmpd;
DROP TABLE tmp, tmpd;
-- AFTER ROW triggers see the new row through its TID
CREATE TABLE trg (id int, v text);
CREATE TABLE trg_log (id int, seen bigint);
CREATE FUNCTION trg_after() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO trg_log SELECT NEW.id, count(*) FROM trg;
	RETURN NULL;
END $$;
CREATE TRIGGER trg_a AFTER INSERT ON trg FOR EACH ROW EXECUTE FUNCTION trg_after();
INSERT INTO trg SELECT i, repeat('v', 300) FROM generate_series(1, 50) i;
SELECT count(*), min(seen), max(seen) FROM trg_log;
DROP TABLE trg, trg_log;
DROP FUNCTION trg_after();
DROP FUNCTION walk(text);
-- ANALYZE counts rows; VACUUM keeps them
ANALYZE e;
SELECT reltuples FROM pg_class WHERE oid = 'e'::regclass;
VACUUM e;
SELECT count(*), sum(id) FROM e;
-- indexes built over committed and own buffered rows, used after
BEGIN;
INSERT INTO e SELECT i, i % 7, 'indexed' FROM generate_series(5001, 5300) i;
CREATE INDEX e_id ON e (id);
CREATE UNIQUE INDEX e_id_u ON e (id) WHERE id > 5000;
INSERT INTO e VALUES (5301, 1, 'after index');
SET LOCAL enable_seqscan = off;
SET LOCAL enable_bitmapscan = off;
SELECT id, payload FROM e WHERE id IN (1, 3500, 3600, 5001, 5300, 5301) ORDER BY id;
INSERT INTO e VALUES (5001, 1, 'duplicate');
COMMIT;
SELECT count(*) FROM e WHERE id > 5000;
-- scans decode only the columns a plan uses: every shape must see them
CREATE TABLE pj (a int, b text, c int[], d bigint);
INSERT INTO pj SELECT i, 'b' || (i % 13), ARRAY[i, i * 2], i * 10
	FROM generate_series(1, 2000) i;
BEGIN;
INSERT INTO pj SELECT i, 'late', NULL, NULL FROM generate_series(2001, 2100) i;
SELECT count(*) FROM pj;
SELECT count(*), sum(d) FROM pj WHERE b = 'b5';
SELECT sum(c[2]) FROM pj WHERE a % 100 = 0;
SELECT b, count(*), max(d) FROM pj GROUP BY b ORDER BY b LIMIT 4;
SELECT x.a, y.d FROM pj x JOIN pj y ON x.a = y.d / 10 WHERE x.b = 'b7' ORDER BY 1 LIMIT 3;
SELECT a FROM pj p WHERE EXISTS (SELECT 1 FROM pj q WHERE q.d = p.a * 10 AND q.c[1] = 50);
SELECT p FROM pj p WHERE a IN (3, 2050) ORDER BY a;
SELECT row_to_json(p) FROM pj p WHERE a = 4;
SELECT count(*) FROM pj WHERE ctid IS NOT NULL AND tableoid = 'pj'::regclass;
WITH w AS (SELECT a, d FROM pj WHERE a < 5) SELECT sum(a), sum(d) FROM w;
SELECT a, sum(d) OVER (ORDER BY a ROWS 1 PRECEDING) FROM pj WHERE a <= 3 ORDER BY a;
SELECT (SELECT max(b) FROM pj q WHERE q.a = p.a + 1) FROM pj p WHERE a IN (1, 2) ORDER BY 1;
COMMIT;
ALTER TABLE pj DROP COLUMN b;
SELECT count(*), sum(a), sum(d) FROM pj;
SELECT * FROM pj WHERE a IN (1, 2099) ORDER BY a;
DROP TABLE pj;
