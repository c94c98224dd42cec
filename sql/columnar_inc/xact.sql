-- Scenario for columnar_xact.sql: commit, rollback, savepoints, PL/pgSQL
-- exception blocks and failing statements.  Group g tells which step
-- inserted a row; the payload makes rows big enough that the smallest write
-- buffer flushes inside every step.
CREATE TABLE t (g int, id int, payload text);
CREATE VIEW groups AS
	SELECT g, count(*), sum(id), count(DISTINCT id) AS ids FROM t GROUP BY g ORDER BY g;
-- commit and rollback
BEGIN;
INSERT INTO t SELECT 1, i, repeat('p', 200) || i FROM generate_series(1, 1000) i;
COMMIT;
BEGIN;
INSERT INTO t SELECT 2, i, repeat('p', 200) || i FROM generate_series(1, 1000) i;
SELECT count(*) FROM t;
ROLLBACK;
SELECT * FROM groups;
-- savepoints: ROLLBACK TO discards exactly the rows since the savepoint,
-- RELEASE keeps them; reads after SAVEPOINT while earlier rows are unflushed
BEGIN;
INSERT INTO t SELECT 3, i, repeat('p', 200) || i FROM generate_series(1, 500) i;
SAVEPOINT a;
SELECT count(*) FROM t;
INSERT INTO t SELECT 4, i, repeat('p', 200) || i FROM generate_series(1, 700) i;
SELECT count(*) FROM t;
ROLLBACK TO a;
SELECT * FROM groups;
INSERT INTO t SELECT 5, i, repeat('p', 200) || i FROM generate_series(1, 300) i;
SAVEPOINT b;
INSERT INTO t SELECT 6, i, repeat('p', 200) || i FROM generate_series(1, 400) i;
RELEASE b;
SELECT * FROM groups;
-- nested: c { 7, d { 8 } rolled back, 9 } released
SAVEPOINT c;
INSERT INTO t SELECT 7, i, repeat('p', 200) || i FROM generate_series(1, 100) i;
SAVEPOINT d;
INSERT INTO t SELECT 8, i, repeat('p', 200) || i FROM generate_series(1, 100) i;
SELECT count(*) FROM t WHERE g IN (7, 8);
ROLLBACK TO d;
INSERT INTO t SELECT 9, i, repeat('p', 200) || i FROM generate_series(1, 100) i;
RELEASE c;
-- nested: e { 10, f { 11 } released } rolled back
SAVEPOINT e;
INSERT INTO t SELECT 10, i, repeat('p', 200) || i FROM generate_series(1, 600) i;
SAVEPOINT f;
INSERT INTO t SELECT 11, i, repeat('p', 200) || i FROM generate_series(1, 600) i;
RELEASE f;
SELECT count(*) FROM t WHERE g IN (10, 11);
ROLLBACK TO e;
-- the same savepoint rolled back to twice
SAVEPOINT h;
INSERT INTO t SELECT 12, i, repeat('p', 200) || i FROM generate_series(1, 50) i;
ROLLBACK TO h;
INSERT INTO t SELECT 13, i, repeat('p', 200) || i FROM generate_series(1, 60) i;
ROLLBACK TO h;
INSERT INTO t SELECT 14, i, repeat('p', 200) || i FROM generate_series(1, 70) i;
SELECT * FROM groups;
COMMIT;
SELECT * FROM groups;
-- a transaction whose only rows are in savepoints that were released and
-- rolled back, then aborted as a whole
BEGIN;
SAVEPOINT s1;
INSERT INTO t SELECT 15, i, repeat('p', 200) || i FROM generate_series(1, 400) i;
RELEASE s1;
SAVEPOINT s2;
INSERT INTO t SELECT 16, i, repeat('p', 200) || i FROM generate_series(1, 400) i;
ROLLBACK;
SELECT count(*) FROM t WHERE g IN (15, 16);
-- PL/pgSQL exception blocks: one subtransaction per iteration
DO $$
BEGIN
	FOR i IN 1..300 LOOP
		BEGIN
			INSERT INTO t VALUES (20, i, repeat('q', 300));
			IF i % 3 = 0 THEN
				RAISE EXCEPTION 'undo %', i;
			END IF;
		EXCEPTION WHEN raise_exception THEN
			NULL;
		END;
	END LOOP;
END
$$;
SELECT count(*), sum(id), count(*) FILTER (WHERE id % 3 = 0) AS undone FROM t WHERE g = 20;
-- the same in an explicit transaction, with reads inside the loop and a
-- nested block that fails after its outer block inserted
BEGIN;
DO $$
DECLARE
	n bigint;
BEGIN
	FOR i IN 1..200 LOOP
		BEGIN
			INSERT INTO t VALUES (21, i, repeat('r', 300));
			BEGIN
				INSERT INTO t VALUES (22, i, repeat('s', 300));
				IF i % 2 = 0 THEN
					RAISE EXCEPTION 'inner %', i;
				END IF;
			EXCEPTION WHEN raise_exception THEN
				NULL;
			END;
			IF i % 5 = 0 THEN
				RAISE EXCEPTION 'outer %', i;
			END IF;
		EXCEPTION WHEN raise_exception THEN
			NULL;
		END;
		IF i % 50 = 0 THEN
			SELECT count(*) INTO n FROM t WHERE g IN (21, 22);
			RAISE NOTICE 'after % iterations: % rows', i, n;
		END IF;
	END LOOP;
END
$$;
SELECT g, count(*), sum(id) FROM t WHERE g IN (21, 22) GROUP BY g ORDER BY g;
COMMIT;
SELECT g, count(*), sum(id) FROM t WHERE g IN (21, 22) GROUP BY g ORDER BY g;
-- a statement that fails part-way leaves nothing behind
INSERT INTO t SELECT 30, i, (repeat('p', 200) || 1 / (1500 - i))::text
	FROM generate_series(1, 2000) i;
BEGIN;
INSERT INTO t SELECT 31, i, repeat('p', 200) FROM generate_series(1, 100) i;
SAVEPOINT x;
INSERT INTO t SELECT 32, i, (repeat('p', 200) || 1 / (1500 - i))::text
	FROM generate_series(1, 2000) i;
ROLLBACK TO x;
INSERT INTO t SELECT 33, i, repeat('p', 200) FROM generate_series(1, 100) i;
SELECT * FROM groups WHERE g >= 30;
COMMIT;
BEGIN;
INSERT INTO t SELECT 34, i, repeat('p', 200) FROM generate_series(1, 1000) i;
INSERT INTO t SELECT 35, i, (repeat('p', 200) || 1 / (500 - i))::text
	FROM generate_series(1, 2000) i;
SELECT 1;
COMMIT;
SELECT * FROM groups;
-- one transaction filling two tables in turns: the write buffer budget is
-- shared by the backend's tables
CREATE TABLE t2 (g int, id int, payload text);
BEGIN;
DO $$
BEGIN
	FOR i IN 1..2000 LOOP
		INSERT INTO t VALUES (50, i, repeat('x', 300));
		INSERT INTO t2 VALUES (50, i, repeat('y', 300));
	END LOOP;
END
$$;
SELECT (SELECT count(*) FROM t WHERE g = 50) AS t_rows, (SELECT count(*) FROM t2) AS t2_rows;
COMMIT;
SELECT (SELECT sum(id) FROM t WHERE g = 50) AS t_sum, (SELECT sum(id) FROM t2) AS t2_sum;
-- the table is still writable and whole
INSERT INTO t SELECT 40, i, 'last' FROM generate_series(1, 10) i;
SELECT count(*), sum(id), sum(length(payload)) FROM t;
