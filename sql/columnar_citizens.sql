--
-- vecstore tables among other tables: declarative partitioning mixed with
-- heap partitions (routing, pruning, ATTACH/DETACH), triggers (BEFORE and
-- AFTER, ROW and STATEMENT, transition tables) and foreign keys, each
-- against the same statements on heap.
--
-- Partitioning: range partitions, two vecstore and one heap, and a heap
-- twin of the whole
CREATE TABLE p_mixed (id int, k int, v vector(2)) PARTITION BY RANGE (k);
CREATE TABLE p_mixed_1 PARTITION OF p_mixed FOR VALUES FROM (0) TO (100) USING vecstore;
CREATE TABLE p_mixed_2 PARTITION OF p_mixed FOR VALUES FROM (100) TO (200) USING heap;
CREATE TABLE p_mixed_3 PARTITION OF p_mixed FOR VALUES FROM (200) TO (300) USING vecstore;
CREATE TABLE p_heap (id int, k int, v vector(2)) PARTITION BY RANGE (k);
CREATE TABLE p_heap_1 PARTITION OF p_heap FOR VALUES FROM (0) TO (100);
CREATE TABLE p_heap_2 PARTITION OF p_heap FOR VALUES FROM (100) TO (200);
CREATE TABLE p_heap_3 PARTITION OF p_heap FOR VALUES FROM (200) TO (300);
SELECT c.relname, a.amname FROM pg_class c LEFT JOIN pg_am a ON a.oid = c.relam
	WHERE c.relname LIKE 'p_mixed%' ORDER BY 1;
INSERT INTO p_mixed SELECT g, g % 300, ARRAY[g, g % 300]::real[]::vector FROM generate_series(1, 3000) g;
INSERT INTO p_heap SELECT g, g % 300, ARRAY[g, g % 300]::real[]::vector FROM generate_series(1, 3000) g;
COPY p_mixed FROM stdin;
9001	5	[1,2]
9002	150	[3,4]
9003	250	\N
\.
COPY p_heap FROM stdin;
9001	5	[1,2]
9002	150	[3,4]
9003	250	\N
\.
SELECT tableoid::regclass, count(*), sum(id) FROM p_mixed GROUP BY 1 ORDER BY 1;
SELECT (SELECT count(*) FROM (TABLE p_mixed EXCEPT ALL TABLE p_heap) x) +
	   (SELECT count(*) FROM (TABLE p_heap EXCEPT ALL TABLE p_mixed) x) AS differences;
-- pruning at plan time and at run time
EXPLAIN (COSTS OFF) SELECT count(*) FROM p_mixed WHERE k >= 210;
SELECT (SELECT sum(id) FROM p_mixed WHERE k >= 210) = (SELECT sum(id) FROM p_heap WHERE k >= 210) AS same_pruned;
PREPARE q(int) AS SELECT sum(id) FROM p_mixed WHERE k = $1;
SET plan_cache_mode = force_generic_plan;
EXPLAIN (COSTS OFF) EXECUTE q(42);
EXECUTE q(42);
SELECT sum(id) FROM p_heap WHERE k = 42;
RESET plan_cache_mode;
DEALLOCATE q;
-- partition-wise aggregate and an index on the partitioned table
CREATE INDEX ON p_mixed (id);
CREATE INDEX ON p_heap (id);
SET enable_seqscan = off;
SELECT (SELECT array_agg(k ORDER BY id) FROM p_mixed WHERE id BETWEEN 1490 AND 1510) =
	   (SELECT array_agg(k ORDER BY id) FROM p_heap WHERE id BETWEEN 1490 AND 1510) AS same_by_index;
RESET enable_seqscan;
-- DETACH and ATTACH a vecstore partition; a new vecstore default partition
ALTER TABLE p_mixed DETACH PARTITION p_mixed_3;
SELECT count(*) FROM p_mixed WHERE k >= 200;
SELECT count(*) FROM p_mixed_3;
INSERT INTO p_mixed_3 VALUES (9004, 299, NULL);
ALTER TABLE p_mixed ATTACH PARTITION p_mixed_3 FOR VALUES FROM (200) TO (300);
INSERT INTO p_heap VALUES (9004, 299, NULL);
CREATE TABLE p_mixed_def PARTITION OF p_mixed DEFAULT USING vecstore;
CREATE TABLE p_heap_def PARTITION OF p_heap DEFAULT;
INSERT INTO p_mixed VALUES (9005, 1000, '[0,0]');
INSERT INTO p_heap VALUES (9005, 1000, '[0,0]');
-- attaching checks the partition constraint by scanning the vecstore table
CREATE TABLE p_bad (id int, k int, v vector(2)) USING vecstore;
INSERT INTO p_bad VALUES (1, 5000, NULL);
\set VERBOSITY sqlstate
ALTER TABLE p_mixed ATTACH PARTITION p_bad FOR VALUES FROM (300) TO (400);
\set VERBOSITY default
SELECT (SELECT count(*) FROM (TABLE p_mixed EXCEPT ALL TABLE p_heap) x) +
	   (SELECT count(*) FROM (TABLE p_heap EXCEPT ALL TABLE p_mixed) x) AS differences;
-- ANALYZE through the parent samples every partition
ANALYZE p_mixed, p_heap;
SELECT c.relname, c.reltuples = (SELECT count(*) FROM p_mixed WHERE tableoid = c.oid) AS reltuples_right
	FROM pg_class c WHERE c.relname LIKE 'p_mixed_%' AND c.relkind = 'r' ORDER BY 1;
SELECT (SELECT count(*) FROM pg_stats WHERE tablename = 'p_mixed') =
	   (SELECT count(*) FROM pg_stats WHERE tablename = 'p_heap') AS parent_stats;
-- moving a row between partitions is an UPDATE: refused on vecstore
\set VERBOSITY sqlstate
UPDATE p_mixed SET k = 150 WHERE id = 9001;
\set VERBOSITY default
DROP TABLE p_mixed, p_heap, p_bad;
--
-- Triggers: every kind fires the same on heap and vecstore
--
CREATE TABLE trig_log (tab text, what text, n bigint);
CREATE FUNCTION trig_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_WHEN = 'BEFORE' THEN
		NEW.note := coalesce(NEW.note, '') || '+before';
	END IF;
	INSERT INTO trig_log VALUES (TG_TABLE_NAME::text, TG_WHEN || ' ROW ' || NEW.id, NULL);
	RETURN NEW;
END
$$;
CREATE FUNCTION trig_skip() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.id < 0 THEN
		RETURN NULL;
	END IF;
	RETURN NEW;
END
$$;
CREATE FUNCTION trig_stmt() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO trig_log VALUES (TG_TABLE_NAME::text, TG_WHEN || ' STATEMENT', NULL);
	RETURN NULL;
END
$$;
CREATE FUNCTION trig_transition() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO trig_log SELECT TG_TABLE_NAME::text, 'new table', count(*) FROM new_rows;
	INSERT INTO trig_log SELECT TG_TABLE_NAME::text, 'table sees', count(*) FROM trig_heap
		WHERE TG_TABLE_NAME = 'trig_heap';
	INSERT INTO trig_log SELECT TG_TABLE_NAME::text, 'table sees', count(*) FROM trig_vs
		WHERE TG_TABLE_NAME = 'trig_vs';
	RETURN NULL;
END
$$;
CREATE TABLE trig_heap (id int, note text);
CREATE TABLE trig_vs (id int, note text) USING vecstore;
CREATE TRIGGER a_skip BEFORE INSERT ON trig_heap FOR EACH ROW EXECUTE FUNCTION trig_skip();
CREATE TRIGGER a_skip BEFORE INSERT ON trig_vs FOR EACH ROW EXECUTE FUNCTION trig_skip();
CREATE TRIGGER b_row BEFORE INSERT ON trig_heap FOR EACH ROW EXECUTE FUNCTION trig_row();
CREATE TRIGGER b_row BEFORE INSERT ON trig_vs FOR EACH ROW EXECUTE FUNCTION trig_row();
CREATE TRIGGER c_row AFTER INSERT ON trig_heap FOR EACH ROW EXECUTE FUNCTION trig_row();
CREATE TRIGGER c_row AFTER INSERT ON trig_vs FOR EACH ROW EXECUTE FUNCTION trig_row();
CREATE TRIGGER d_stmt BEFORE INSERT ON trig_heap FOR EACH STATEMENT EXECUTE FUNCTION trig_stmt();
CREATE TRIGGER d_stmt BEFORE INSERT ON trig_vs FOR EACH STATEMENT EXECUTE FUNCTION trig_stmt();
CREATE TRIGGER e_stmt AFTER INSERT ON trig_heap FOR EACH STATEMENT EXECUTE FUNCTION trig_stmt();
CREATE TRIGGER e_stmt AFTER INSERT ON trig_vs FOR EACH STATEMENT EXECUTE FUNCTION trig_stmt();
CREATE TRIGGER f_trans AFTER INSERT ON trig_heap REFERENCING NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION trig_transition();
CREATE TRIGGER f_trans AFTER INSERT ON trig_vs REFERENCING NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION trig_transition();
-- a conditional AFTER ROW trigger reading the new row
CREATE TRIGGER g_when AFTER INSERT ON trig_heap FOR EACH ROW WHEN (NEW.id > 2)
	EXECUTE FUNCTION trig_row();
CREATE TRIGGER g_when AFTER INSERT ON trig_vs FOR EACH ROW WHEN (NEW.id > 2)
	EXECUTE FUNCTION trig_row();
INSERT INTO trig_heap VALUES (1, 'a'), (-1, 'skipped'), (2, NULL), (3, 'c');
INSERT INTO trig_vs VALUES (1, 'a'), (-1, 'skipped'), (2, NULL), (3, 'c');
COPY trig_heap FROM stdin;
4	copied
\.
COPY trig_vs FROM stdin;
4	copied
\.
BEGIN;
INSERT INTO trig_heap SELECT g, 'bulk' FROM generate_series(10, 12) g;
INSERT INTO trig_vs SELECT g, 'bulk' FROM generate_series(10, 12) g;
COMMIT;
SELECT * FROM trig_vs ORDER BY id;
SELECT (SELECT count(*) FROM (TABLE trig_heap EXCEPT ALL TABLE trig_vs) x) +
	   (SELECT count(*) FROM (TABLE trig_vs EXCEPT ALL TABLE trig_heap) x) AS differences;
-- the two logs, with the table names aligned, are the same
SELECT what, n, count(*) FILTER (WHERE tab = 'trig_heap') AS heap,
	count(*) FILTER (WHERE tab = 'trig_vs') AS vecstore
	FROM trig_log GROUP BY what, n ORDER BY what, n;
DROP TABLE trig_heap, trig_vs, trig_log;
DROP FUNCTION trig_row(), trig_skip(), trig_stmt(), trig_transition();
--
-- Foreign keys from vecstore tables to heap tables
--
CREATE TABLE fk_parent (id int PRIMARY KEY, name text);
INSERT INTO fk_parent SELECT g, 'p' || g FROM generate_series(1, 100) g;
CREATE TABLE fk_child_vs (pid int REFERENCES fk_parent (id), x int) USING vecstore;
CREATE TABLE fk_child_heap (pid int REFERENCES fk_parent (id), x int);
INSERT INTO fk_child_vs SELECT g % 100 + 1, g FROM generate_series(1, 1000) g;
INSERT INTO fk_child_heap SELECT g % 100 + 1, g FROM generate_series(1, 1000) g;
\set VERBOSITY sqlstate
INSERT INTO fk_child_vs VALUES (101, 0);
INSERT INTO fk_child_heap VALUES (101, 0);
\set VERBOSITY default
INSERT INTO fk_child_vs VALUES (NULL, 0);
INSERT INTO fk_child_heap VALUES (NULL, 0);
-- deleting a referenced parent is refused, an unreferenced one goes
\set VERBOSITY sqlstate
DELETE FROM fk_parent WHERE id = 7;
\set VERBOSITY default
INSERT INTO fk_parent VALUES (101, 'p101');
DELETE FROM fk_parent WHERE id = 101;
SELECT count(*) FROM fk_parent;
-- adding a foreign key to a vecstore table with rows validates them
CREATE TABLE fk_late (pid int, x int) USING vecstore;
INSERT INTO fk_late VALUES (1, 1), (2, 2);
ALTER TABLE fk_late ADD FOREIGN KEY (pid) REFERENCES fk_parent (id);
\set VERBOSITY sqlstate
INSERT INTO fk_late VALUES (500, 3);
\set VERBOSITY default
SELECT * FROM fk_late ORDER BY pid;
DROP TABLE fk_late;
CREATE TABLE fk_late (pid int, x int) USING vecstore;
INSERT INTO fk_late VALUES (1, 1), (500, 2);
\set VERBOSITY sqlstate
ALTER TABLE fk_late ADD FOREIGN KEY (pid) REFERENCES fk_parent (id);
\set VERBOSITY default
--
-- Foreign keys to a vecstore table: inserts into the referencing table
-- check (and key-share lock) the vecstore row; deleting from or updating
-- the vecstore table is refused with 0A000 until DELETE and UPDATE exist
--
CREATE TABLE fk_vs_parent (id int PRIMARY KEY, name text) USING vecstore;
INSERT INTO fk_vs_parent SELECT g, 'v' || g FROM generate_series(1, 50) g;
CREATE TABLE fk_ref (vid int REFERENCES fk_vs_parent (id) ON DELETE CASCADE);
INSERT INTO fk_ref SELECT g % 50 + 1 FROM generate_series(1, 200) g;
\set VERBOSITY sqlstate
INSERT INTO fk_ref VALUES (51);
DELETE FROM fk_vs_parent WHERE id = 1;
UPDATE fk_vs_parent SET name = 'x' WHERE id = 2;
-- as on heap
TRUNCATE fk_vs_parent;
\set VERBOSITY default
SELECT count(*) FROM fk_ref;
SELECT count(*) FROM fk_vs_parent;
DROP TABLE fk_ref, fk_vs_parent, fk_late, fk_child_vs, fk_child_heap, fk_parent;
