-- Scenario for columnar_cid.sql: what each statement of the inserting
-- transaction sees of its own rows (command ids), cursors, triggers and
-- foreign key checks.
CREATE TABLE t (id int, payload text);
-- a later statement sees earlier inserts; INSERT ... SELECT from the same
-- table doubles it exactly, even when the buffer flushes mid-statement
BEGIN;
INSERT INTO t SELECT i, repeat('c', 200) FROM generate_series(1, 1000) i;
SELECT count(*), sum(id) FROM t;
INSERT INTO t SELECT id + 1000, payload FROM t;
SELECT count(*), count(DISTINCT id), sum(id) FROM t;
INSERT INTO t SELECT * FROM t;
SELECT count(*), count(DISTINCT id), sum(id) FROM t;
COMMIT;
INSERT INTO t SELECT * FROM t;
SELECT count(*), count(DISTINCT id), sum(id) FROM t;
-- a CTE's insert is not seen by the outer query (same command id)
WITH x AS (INSERT INTO t SELECT i, 'cte' FROM generate_series(1, 700) i RETURNING id)
SELECT (SELECT count(*) FROM x) AS inserted, (SELECT count(*) FROM t) AS seen;
SELECT count(*) FROM t WHERE payload = 'cte';
BEGIN;
INSERT INTO t VALUES (-1, 'unflushed');
WITH x AS (INSERT INTO t SELECT i, 'cte2' FROM generate_series(1, 700) i RETURNING id)
SELECT (SELECT count(*) FROM x) AS inserted, (SELECT count(*) FROM t) AS seen,
	(SELECT count(*) FROM t WHERE payload = 'unflushed') AS earlier;
SELECT count(*) FROM t WHERE payload IN ('cte2', 'unflushed');
-- a data-modifying CTE that reads the table it inserts into
WITH x AS (INSERT INTO t SELECT -id, 'copy' FROM t WHERE payload = 'cte2' RETURNING id)
SELECT count(*), sum(id) FROM x;
SELECT count(*) FROM t WHERE payload = 'copy';
COMMIT;
-- cursors opened before an insert do not see it
CREATE TABLE c (id int, payload text);
INSERT INTO c SELECT i, repeat('d', 100) FROM generate_series(1, 500) i;
BEGIN;
INSERT INTO c SELECT i, repeat('e', 100) FROM generate_series(501, 600) i;
DECLARE agg CURSOR FOR SELECT count(*), sum(id) FROM c;
DECLARE big CURSOR FOR SELECT id FROM c WHERE id > 10000;
DECLARE ord CURSOR FOR SELECT id FROM c ORDER BY id DESC;
FETCH 2 FROM ord;
INSERT INTO c SELECT i, repeat('f', 100) FROM generate_series(10001, 11000) i;
FETCH agg;
FETCH ALL FROM big;
FETCH 2 FROM ord;
DECLARE later CURSOR FOR SELECT count(*), sum(id) FROM c;
INSERT INTO c SELECT i, repeat('g', 100) FROM generate_series(20001, 20500) i;
FETCH later;
SELECT count(*), sum(id) FROM c;
COMMIT;
-- a holdable cursor is materialized at commit, while the transaction's
-- rows are still buffered: it shows what it saw when declared
BEGIN;
INSERT INTO c SELECT i, repeat('w', 100) FROM generate_series(30001, 30300) i;
DECLARE held CURSOR WITH HOLD FOR SELECT count(*), sum(id) FROM c;
DECLARE held_rows CURSOR WITH HOLD FOR SELECT id FROM c WHERE id > 30000 ORDER BY id;
INSERT INTO c SELECT i, repeat('w', 100) FROM generate_series(30301, 30600) i;
COMMIT;
FETCH ALL FROM held;
MOVE FORWARD 297 IN held_rows;
FETCH ALL FROM held_rows;
CLOSE held;
CLOSE held_rows;
-- a cursor opened in a savepoint that is rolled back is gone; one opened
-- before it keeps reading
BEGIN;
DECLARE outer_cur CURSOR FOR SELECT count(*) FROM c WHERE id > 30000;
SAVEPOINT s;
INSERT INTO c SELECT i, 'sp' FROM generate_series(40001, 40500) i;
DECLARE inner_cur CURSOR FOR SELECT count(*) FROM c WHERE id > 30000;
FETCH inner_cur;
ROLLBACK TO s;
FETCH outer_cur;
SELECT count(*) FROM c WHERE id > 30000;
COMMIT;
-- a cursor loop that inserts into the table it scans
DO $$
DECLARE
	cur CURSOR FOR SELECT id FROM c;
	r record;
	n int := 0;
BEGIN
	OPEN cur;
	LOOP
		FETCH cur INTO r;
		EXIT WHEN NOT FOUND;
		n := n + 1;
		IF n % 10 = 0 THEN
			INSERT INTO c SELECT -i, repeat('h', 100) FROM generate_series(1, 10) i;
		END IF;
	END LOOP;
	CLOSE cur;
	RAISE NOTICE 'cursor saw % rows', n;
END
$$;
SELECT count(*), sum(id) FROM c;
-- AFTER ROW triggers: NEW is fetched by TID; queries in the trigger see the
-- whole statement's rows
CREATE TABLE log (tg text, id int, plen int, seen bigint) USING heap;
CREATE FUNCTION log_after() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	n bigint;
BEGIN
	EXECUTE format('SELECT count(*) FROM %I', TG_TABLE_NAME) INTO n;
	INSERT INTO log VALUES (TG_NAME, NEW.id, length(NEW.payload), n);
	RETURN NULL;
END
$$;
CREATE FUNCTION fix_before() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.id % 7 = 0 THEN
		RETURN NULL;
	END IF;
	NEW.id := NEW.id * 10;
	NEW.payload := upper(NEW.payload) || '!';
	RETURN NEW;
END
$$;
CREATE TABLE tr (id int, payload text);
CREATE TRIGGER a_after AFTER INSERT ON tr FOR EACH ROW EXECUTE FUNCTION log_after();
CREATE TRIGGER b_before BEFORE INSERT ON tr FOR EACH ROW EXECUTE FUNCTION fix_before();
INSERT INTO tr VALUES (1, 'one');
INSERT INTO tr VALUES (7, 'seven');
INSERT INTO tr SELECT i, repeat('x', i % 300) FROM generate_series(2, 1500) i;
SELECT tg, count(*), sum(id), sum(plen), min(seen), max(seen) FROM log GROUP BY tg;
SELECT count(*), sum(id), sum(length(payload)), count(*) FILTER (WHERE payload LIKE '%!') FROM tr;
SELECT * FROM tr WHERE id <= 30 ORDER BY id;
TRUNCATE log;
BEGIN;
INSERT INTO tr SELECT i, 'in xact' FROM generate_series(2001, 2500) i;
INSERT INTO tr SELECT i, 'in xact 2' FROM generate_series(3001, 3500) i;
SELECT tg, count(*), sum(id), min(seen), max(seen) FROM log GROUP BY tg;
COMMIT;
-- statement trigger with a transition table
CREATE FUNCTION log_stmt() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO log SELECT TG_NAME, count(*), sum(length(payload)),
		(SELECT count(*) FROM tr) FROM newrows;
	RETURN NULL;
END
$$;
CREATE TRIGGER c_stmt AFTER INSERT ON tr REFERENCING NEW TABLE AS newrows
	FOR EACH STATEMENT EXECUTE FUNCTION log_stmt();
TRUNCATE log;
INSERT INTO tr SELECT i, 'stmt' FROM generate_series(4001, 4700) i;
SELECT tg, count(*), sum(id), sum(plen), min(seen), max(seen) FROM log GROUP BY tg ORDER BY tg;
-- deferred constraint trigger: fetches the rows at commit, before they
-- are flushed
CREATE TABLE dt (id int, payload text);
CREATE CONSTRAINT TRIGGER d_deferred AFTER INSERT ON dt DEFERRABLE INITIALLY DEFERRED
	FOR EACH ROW EXECUTE FUNCTION log_after();
TRUNCATE log;
BEGIN;
INSERT INTO dt SELECT i, repeat('y', 250) FROM generate_series(1, 800) i;
SELECT count(*) FROM log;
COMMIT;
SELECT tg, count(*), sum(id), sum(plen), min(seen), max(seen) FROM log GROUP BY tg;
-- triggers that insert into a table of the same access method
CREATE TABLE log2 (tg text, id int, plen int, seen bigint);
CREATE FUNCTION log_after2() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	n bigint;
BEGIN
	EXECUTE format('SELECT count(*) FROM %I', TG_TABLE_NAME) INTO n;
	INSERT INTO log2 VALUES (TG_NAME, NEW.id, length(NEW.payload), n);
	RETURN NULL;
END
$$;
CREATE TABLE dt2 (id int, payload text);
CREATE TRIGGER e_after AFTER INSERT ON dt2 FOR EACH ROW EXECUTE FUNCTION log_after2();
INSERT INTO dt2 SELECT i, repeat('v', 100) FROM generate_series(1, 600) i;
BEGIN;
INSERT INTO dt2 SELECT i, repeat('v', 100) FROM generate_series(601, 1200) i;
SAVEPOINT s;
INSERT INTO dt2 SELECT i, repeat('v', 100) FROM generate_series(1201, 1800) i;
ROLLBACK TO s;
SELECT tg, count(*), sum(id), sum(plen), min(seen), max(seen) FROM log2 GROUP BY tg;
COMMIT;
SELECT tg, count(*), sum(id), sum(plen), min(seen), max(seen) FROM log2 GROUP BY tg;
SELECT count(*), sum(id) FROM dt2;
-- foreign key from the table to a heap table: RI checks fetch the new row
CREATE TABLE parent (id int PRIMARY KEY) USING heap;
INSERT INTO parent SELECT generate_series(1, 100);
CREATE TABLE child (id int, pid int REFERENCES parent, payload text);
INSERT INTO child SELECT i, i % 100 + 1, repeat('z', 200) FROM generate_series(1, 1000) i;
INSERT INTO child VALUES (1001, 101, 'dangling');
BEGIN;
INSERT INTO child SELECT i, i % 100 + 1, repeat('z', 200) FROM generate_series(2001, 3000) i;
INSERT INTO child SELECT i, CASE WHEN i = 3999 THEN 0 ELSE 1 END, 'bad'
	FROM generate_series(3001, 4000) i;
ROLLBACK;
SELECT count(*), sum(id), sum(pid) FROM child;
DELETE FROM parent WHERE id = 5;
SELECT count(*) FROM parent;
