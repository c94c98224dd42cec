-- Scenario for columnar_index.sql: btree indexes over rows on disk and
-- rows still buffered, index and bitmap scans with command-id visibility,
-- index entries of rolled back rows, unique checks against own rows.
CREATE TABLE ix (id int, grp int, payload text);
INSERT INTO ix SELECT i, i % 10, repeat('i', 150) FROM generate_series(1, 3000) i;
CREATE INDEX ix_id ON ix (id);
CREATE INDEX ix_grp ON ix (grp);
SET enable_seqscan = off;
SET enable_bitmapscan = off;
SELECT id, grp FROM ix WHERE id IN (1, 1500, 3000) ORDER BY id;
SELECT count(*), sum(id) FROM ix WHERE id BETWEEN 1000 AND 1999;
BEGIN;
INSERT INTO ix SELECT i, i % 10, repeat('j', 150) FROM generate_series(3001, 4000) i;
SELECT id, left(payload, 1) FROM ix WHERE id IN (2999, 3001, 4000) ORDER BY id;
SELECT count(*), sum(id) FROM ix WHERE id > 2500;
SAVEPOINT s;
INSERT INTO ix SELECT i, i % 10, repeat('k', 150) FROM generate_series(4001, 5000) i;
SELECT count(*) FROM ix WHERE id > 4000;
ROLLBACK TO s;
SELECT count(*) FROM ix WHERE id > 4000;
-- a CTE's rows are not seen through the index either
WITH x AS (INSERT INTO ix SELECT i, 0, 'cte' FROM generate_series(6001, 6100) i RETURNING id)
SELECT (SELECT count(*) FROM x) AS inserted, (SELECT count(*) FROM ix WHERE id > 6000) AS seen;
SELECT count(*) FROM ix WHERE id > 6000;
COMMIT;
SET enable_indexscan = off;
SET enable_bitmapscan = on;
SELECT count(*), sum(id) FROM ix WHERE grp = 3;
SELECT count(*), sum(id) FROM ix WHERE id > 2500 AND grp IN (1, 2);
BEGIN;
INSERT INTO ix SELECT i, 3, 'bitmap' FROM generate_series(7001, 7500) i;
SELECT count(*), sum(id) FROM ix WHERE grp = 3;
ROLLBACK;
SELECT count(*), sum(id) FROM ix WHERE grp = 3;
RESET enable_indexscan;
RESET enable_bitmapscan;
RESET enable_seqscan;
-- CREATE INDEX in the transaction that still buffers rows
BEGIN;
INSERT INTO ix SELECT i, 7, 'late' FROM generate_series(8001, 9000) i;
CREATE INDEX ix_payload ON ix (payload);
SET LOCAL enable_seqscan = off;
SET LOCAL enable_bitmapscan = off;
SELECT count(*) FROM ix WHERE payload = 'late';
COMMIT;
-- unique index: duplicates among committed, buffered and same-statement rows
CREATE TABLE uq (id int, payload text);
CREATE UNIQUE INDEX uq_id ON uq (id);
INSERT INTO uq SELECT i, 'first' FROM generate_series(1, 1000) i;
INSERT INTO uq VALUES (500, 'dup committed');
BEGIN;
INSERT INTO uq SELECT i, 'second' FROM generate_series(1001, 2000) i;
SAVEPOINT s;
INSERT INTO uq VALUES (1500, 'dup buffered');
ROLLBACK TO s;
INSERT INTO uq SELECT i, 'third' FROM generate_series(2001, 3000) i;
SAVEPOINT s2;
INSERT INTO uq VALUES (3001, 'a'), (3001, 'b');
ROLLBACK TO s2;
COMMIT;
-- a key whose earlier row was rolled back can be inserted again
BEGIN;
INSERT INTO uq VALUES (5000, 'rolled back');
ROLLBACK;
INSERT INTO uq VALUES (5000, 'again');
SELECT payload, count(*), sum(id) FROM uq GROUP BY payload ORDER BY payload;
SELECT id, payload FROM uq WHERE id IN (500, 1500, 3001, 5000) ORDER BY id;
-- an index scan finds every row a sequential scan finds
SET enable_seqscan = off;
SET enable_bitmapscan = off;
SELECT count(*) FROM uq WHERE id > 0;
RESET enable_seqscan;
RESET enable_bitmapscan;
SELECT count(*) FROM uq;
