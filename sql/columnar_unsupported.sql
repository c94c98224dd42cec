--
-- Operations vecstore does not support yet fail with SQLSTATE 0A000
-- (feature_not_supported) and change nothing: the table keeps exactly its
-- rows, also when rows of the failing transaction were still buffered.
--
\set VERBOSITY sqlstate
CREATE TABLE u (id int, payload text) USING vecstore;
INSERT INTO u SELECT i, 'row ' || i FROM generate_series(1, 1000) i;
CREATE VIEW u_state AS SELECT count(*), sum(id), md5(string_agg(payload, ',' ORDER BY id)) FROM u;
SELECT * FROM u_state;
UPDATE u SET payload = 'changed';
UPDATE u SET payload = 'changed' WHERE id = 5;
DELETE FROM u;
DELETE FROM u WHERE id = 5;
SELECT * FROM u WHERE id = 5 FOR UPDATE;
SELECT * FROM u WHERE id = 5 FOR NO KEY UPDATE;
SELECT * FROM u WHERE id = 5 FOR SHARE;
-- (FOR KEY SHARE is left out on purpose: it is the lock a foreign key
-- referencing the table takes on its rows when a referenced row is deleted,
-- see columnar_cid, and rows that can be neither updated nor deleted make
-- it trivially grantable)
SELECT count(*) FROM u TABLESAMPLE SYSTEM (50);
SELECT count(*) FROM u TABLESAMPLE BERNOULLI (50);
SELECT * FROM u_state;
-- the same with rows of the transaction still buffered, and in a savepoint
BEGIN;
INSERT INTO u SELECT i, 'new ' || i FROM generate_series(1001, 1100) i;
SAVEPOINT s;
UPDATE u SET payload = 'changed' WHERE id > 1000;
ROLLBACK TO s;
DELETE FROM u WHERE id > 1000;
ROLLBACK TO s;
SELECT * FROM u WHERE id > 1090 FOR UPDATE;
ROLLBACK TO s;
SELECT count(*) FROM u WHERE id > 1000;
ROLLBACK;
SELECT * FROM u_state;
BEGIN;
INSERT INTO u SELECT i, 'new ' || i FROM generate_series(1001, 1100) i;
UPDATE u SET payload = 'changed' WHERE id > 1000;
COMMIT;
SELECT * FROM u_state;
-- DO block reporting the SQLSTATE of each statement
\set VERBOSITY terse
DO $$
DECLARE
	stmt text;
BEGIN
	FOREACH stmt IN ARRAY ARRAY[
		'UPDATE u SET id = id + 1',
		'DELETE FROM u WHERE id < 10',
		'SELECT 1 FROM u FOR UPDATE',
		'SELECT 1 FROM u FOR SHARE',
		'SELECT 1 FROM u TABLESAMPLE SYSTEM (10)',
		'WITH x AS (SELECT id FROM u WHERE id = 1 FOR UPDATE) SELECT 1 FROM x',
		'MERGE INTO u USING (SELECT 1 AS id) s ON u.id = s.id WHEN MATCHED THEN UPDATE SET payload = ''m''',
		'MERGE INTO u USING (SELECT 1 AS id) s ON u.id = s.id WHEN MATCHED THEN DELETE']
	LOOP
		BEGIN
			EXECUTE stmt;
			RAISE NOTICE '% -> succeeded', stmt;
		EXCEPTION WHEN OTHERS THEN
			RAISE NOTICE '% -> %', stmt, SQLSTATE;
		END;
	END LOOP;
END
$$;
\set VERBOSITY sqlstate
SELECT * FROM u_state;
-- ON CONFLICT DO UPDATE needs UPDATE: refused whether or not a conflict
-- happens, also from a CTE and through a partitioned table (ON CONFLICT DO
-- NOTHING works: columnar_on_conflict)
CREATE UNIQUE INDEX u_id ON u (id);
INSERT INTO u VALUES (1, 'dup') ON CONFLICT (id) DO UPDATE SET payload = 'upserted';
INSERT INTO u VALUES (5000, 'fresh') ON CONFLICT (id) DO UPDATE SET payload = 'upserted';
WITH w AS (INSERT INTO u VALUES (5001, 'fresh') ON CONFLICT (id) DO UPDATE SET payload = 'upserted' RETURNING id)
SELECT * FROM w;
CREATE TABLE up (id int PRIMARY KEY, payload text) PARTITION BY RANGE (id);
CREATE TABLE up1 PARTITION OF up FOR VALUES FROM (0) TO (10) USING heap;
CREATE TABLE up2 PARTITION OF up FOR VALUES FROM (10) TO (20) USING vecstore;
INSERT INTO up VALUES (1, 'heap partition') ON CONFLICT (id) DO UPDATE SET payload = 'x';
SELECT count(*) FROM up;
DROP TABLE up;
DROP INDEX u_id;
-- exclusion constraints (a conflicting row of another session may exist
-- only in that session's write buffer, values unknown)
ALTER TABLE u ADD CONSTRAINT u_excl EXCLUDE USING btree (id WITH =);
CREATE TABLE ue (id int, EXCLUDE USING hash (id WITH =)) USING vecstore;
SELECT * FROM u_state;
-- logical replication: refused when the table is added to a publication,
-- and inserts into a table published through FOR ALL TABLES / TABLES IN
-- SCHEMA are refused rather than silently not replicated
SELECT '/tmp/vecstore_regress_pub_' || pg_backend_pid() || '.copy' AS copyfile \gset
COPY (SELECT 6001, 'published') TO :'copyfile';
SET client_min_messages = error;
CREATE PUBLICATION vecstore_pub FOR TABLE u;
CREATE PUBLICATION vecstore_pub;
ALTER PUBLICATION vecstore_pub ADD TABLE u;
DROP PUBLICATION vecstore_pub;
CREATE PUBLICATION vecstore_all FOR ALL TABLES;
INSERT INTO u VALUES (6000, 'published');
COPY u FROM :'copyfile';
DROP PUBLICATION vecstore_all;
CREATE PUBLICATION vecstore_schema FOR TABLES IN SCHEMA public;
INSERT INTO u VALUES (6002, 'published');
DROP PUBLICATION vecstore_schema;
RESET client_min_messages;
SELECT * FROM u_state;
-- unlogged vecstore tables are refused (no init fork yet)
CREATE UNLOGGED TABLE ul (id int) USING vecstore;
ALTER TABLE u SET UNLOGGED;
SELECT relpersistence FROM pg_class WHERE oid = 'u'::regclass;
SELECT * FROM u_state;
-- everything still works after the refusals
INSERT INTO u VALUES (7000, 'last');
SELECT * FROM u_state;
SELECT vecstore_verify('u');
\set VERBOSITY default
DROP VIEW u_state;
DROP TABLE u;
