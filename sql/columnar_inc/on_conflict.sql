-- INSERT ... ON CONFLICT DO NOTHING against rows committed earlier, rows of
-- the same transaction (buffered or written out), rows of the same
-- statement, savepoints, both unique indexes, RETURNING, partitions.
-- Included by columnar_on_conflict.sql once per table access method.
CREATE TABLE oc (id int PRIMARY KEY, k text UNIQUE, note text);
INSERT INTO oc SELECT i, 'k' || i, 'first' FROM generate_series(1, 3000) i;
-- a new key is inserted, an existing one skipped (either unique index)
INSERT INTO oc VALUES (5000, 'k5000', 'new') ON CONFLICT DO NOTHING RETURNING id;
INSERT INTO oc VALUES (10, 'k10', 'dup') ON CONFLICT DO NOTHING RETURNING id;
INSERT INTO oc VALUES (11, 'other', 'dup id') ON CONFLICT DO NOTHING RETURNING id;
INSERT INTO oc VALUES (6000, 'k12', 'dup k') ON CONFLICT DO NOTHING RETURNING id;
-- with an arbiter, a conflict on the other unique index is an error
INSERT INTO oc VALUES (6001, 'k13', 'dup k') ON CONFLICT (id) DO NOTHING;
INSERT INTO oc VALUES (13, 'fresh13', 'dup id') ON CONFLICT (id) DO NOTHING RETURNING id;
INSERT INTO oc VALUES (13, 'fresh13', 'dup id') ON CONFLICT ON CONSTRAINT oc_pkey DO NOTHING RETURNING id;
-- many rows, half of them conflicting, and duplicates inside the statement
INSERT INTO oc SELECT i, 'k' || i, 'bulk' FROM generate_series(2001, 4000) i
	ON CONFLICT DO NOTHING;
INSERT INTO oc SELECT i % 7 + 7000, 'd' || (i % 7), 'same statement'
	FROM generate_series(1, 50) i ON CONFLICT DO NOTHING;
SELECT count(*), sum(id), count(*) FILTER (WHERE note = 'bulk') AS bulk FROM oc;
-- rows of this transaction, still buffered, then written out by a scan
BEGIN;
INSERT INTO oc SELECT i, 'k' || i, 'xact' FROM generate_series(8001, 8100) i;
INSERT INTO oc SELECT i, 'k' || i, 'xact dup' FROM generate_series(8050, 8150) i
	ON CONFLICT DO NOTHING;
SELECT count(*) FROM oc WHERE id > 8000;
INSERT INTO oc SELECT i, 'k' || i, 'xact dup 2' FROM generate_series(8100, 8200) i
	ON CONFLICT (id) DO NOTHING;
SAVEPOINT s;
INSERT INTO oc VALUES (9000, 'k9000', 'in savepoint') ON CONFLICT DO NOTHING;
ROLLBACK TO s;
INSERT INTO oc VALUES (9000, 'k9000', 'after rollback to') ON CONFLICT DO NOTHING RETURNING note;
INSERT INTO oc VALUES (9000, 'k9000', 'dup') ON CONFLICT DO NOTHING RETURNING note;
COMMIT;
-- a rolled back transaction leaves its keys free
BEGIN;
INSERT INTO oc VALUES (9500, 'k9500', 'rolled back') ON CONFLICT DO NOTHING;
ROLLBACK;
INSERT INTO oc VALUES (9500, 'k9500', 'kept') ON CONFLICT DO NOTHING RETURNING note;
-- PL/pgSQL loop of single-row upserts, one conflict in three
DO $$
BEGIN
	FOR i IN 1..300 LOOP
		INSERT INTO oc VALUES (10000 + i / 3, 'loop' || (i / 3), 'loop ' || i)
			ON CONFLICT DO NOTHING;
	END LOOP;
END
$$;
SELECT count(*), min(note), max(note) FROM oc WHERE id >= 10000;
-- the same key found by both unique checks and the index
SELECT id, k, note FROM oc WHERE id IN (13, 5000, 9000, 9500) ORDER BY id;
SET enable_seqscan = off;
SELECT count(*) FROM oc WHERE id BETWEEN 2990 AND 3010;
RESET enable_seqscan;
-- partitions
CREATE TABLE ocp (id int PRIMARY KEY, v text) PARTITION BY RANGE (id);
CREATE TABLE ocp1 PARTITION OF ocp FOR VALUES FROM (0) TO (1000);
CREATE TABLE ocp2 PARTITION OF ocp FOR VALUES FROM (1000) TO (2000) USING heap;
INSERT INTO ocp SELECT i, 'a' FROM generate_series(0, 1999, 3) i;
INSERT INTO ocp SELECT i, 'b' FROM generate_series(0, 1999, 2) i ON CONFLICT DO NOTHING;
SELECT v, count(*), sum(id) FROM ocp GROUP BY v ORDER BY v;
