-- ivfrabitq index maintenance through the backend's pending buffer: an
-- index scan sees this transaction's rows (also rows still in a vecstore
-- table's write buffer), rolled-back rows stay invisible, savepoints,
-- two-phase commit, the byte bound, and storage replaced in the transaction.
-- Every scenario runs on a heap table (h) and a vecstore table (v).

CREATE FUNCTION pend_vec(i int) RETURNS vector LANGUAGE sql STABLE AS $$
	SELECT (SELECT array_agg(((i % 6) * 4 + (j % 3)) * (CASE WHEN (i + j) % 2 = 0 THEN 1 ELSE -1 END)
		+ sin(i * 3.7 + j * 0.9)::real) FROM generate_series(1, 16) j)::vector $$;

CREATE TABLE h (id int, embedding vector(16));
CREATE TABLE v (id int, embedding vector(16)) USING vecstore;
INSERT INTO h SELECT i, pend_vec(i) FROM generate_series(1, 600) i;
INSERT INTO v SELECT i, pend_vec(i) FROM generate_series(1, 600) i;
CREATE INDEX h_ivf ON h USING ivfrabitq (embedding) WITH (lists = 6);
CREATE INDEX v_ivf ON v USING ivfrabitq (embedding) WITH (lists = 6);

-- every row the index can reach (all lists probed, all re-ranked), and a
-- digest of their ids
CREATE FUNCTION via_index(t regclass, OUT n bigint, OUT ids text) LANGUAGE plpgsql AS $$
BEGIN
	SET LOCAL enable_seqscan = off;
	SET LOCAL enable_bitmapscan = off;
	SET LOCAL vecstore.enable_knn_scan = off;
	SET LOCAL vecstore.ivf_probes = 6;
	SET LOCAL vecstore.ivf_rerank = 100000;
	EXECUTE format('SELECT count(*), md5(string_agg(id::text, '','' ORDER BY id)) FROM (SELECT id FROM %s
		ORDER BY embedding <-> pend_vec(7) LIMIT 100000) s', t) INTO n, ids;
END $$;

-- the query of via_index
BEGIN;
SET LOCAL enable_seqscan = off;
SET LOCAL enable_bitmapscan = off;
SET LOCAL vecstore.enable_knn_scan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM (SELECT id FROM h ORDER BY embedding <-> pend_vec(7) LIMIT 100000) s;
EXPLAIN (COSTS OFF) SELECT count(*) FROM (SELECT id FROM v ORDER BY embedding <-> pend_vec(7) LIMIT 100000) s;
COMMIT;

SELECT * FROM via_index('h');
SELECT (SELECT ids FROM via_index('h')) = (SELECT ids FROM via_index('v')) AS same;

-- own uncommitted rows: pending in memory until the scan writes them out
BEGIN;
INSERT INTO h SELECT i, pend_vec(i) FROM generate_series(601, 700) i;
INSERT INTO v SELECT i, pend_vec(i) FROM generate_series(601, 700) i;
SELECT ivfrabitq_check('h_ivf') AS h_on_disk, ivfrabitq_check('v_ivf') AS v_on_disk;
-- the vecstore rows are still in the table's write buffer
SELECT (SELECT coalesce(sum(row_count), 0) FROM vecstore_stripes('v')) < 700 AS v_rows_buffered;
SELECT n FROM via_index('h');
SELECT n FROM via_index('v');
SELECT ivfrabitq_check('h_ivf') AS h_on_disk, ivfrabitq_check('v_ivf') AS v_on_disk;
SELECT (SELECT ids FROM via_index('h')) = (SELECT ids FROM via_index('v')) AS same;
-- rows inserted after the scan, in the same transaction
INSERT INTO h VALUES (701, pend_vec(701));
INSERT INTO v VALUES (701, pend_vec(701));
SELECT (SELECT n FROM via_index('h')) AS h, (SELECT n FROM via_index('v')) AS v;
COMMIT;
SELECT (SELECT n FROM via_index('h')) AS h, (SELECT n FROM via_index('v')) AS v;
SELECT ivfrabitq_check('h_ivf') AS h_on_disk, ivfrabitq_check('v_ivf') AS v_on_disk;

-- committed without a scan: the commit writes the entries
BEGIN;
INSERT INTO h SELECT i, pend_vec(i) FROM generate_series(702, 750) i;
INSERT INTO v SELECT i, pend_vec(i) FROM generate_series(702, 750) i;
SELECT ivfrabitq_check('h_ivf') AS h_on_disk, ivfrabitq_check('v_ivf') AS v_on_disk;
COMMIT;
SELECT ivfrabitq_check('h_ivf') AS h_on_disk, ivfrabitq_check('v_ivf') AS v_on_disk;
SELECT (SELECT n FROM via_index('h')) AS h, (SELECT n FROM via_index('v')) AS v;

-- ROLLBACK: pending entries are dropped; written ones point at dead rows
BEGIN;
INSERT INTO h SELECT i, pend_vec(i) FROM generate_series(1001, 1100) i;
INSERT INTO v SELECT i, pend_vec(i) FROM generate_series(1001, 1100) i;
ROLLBACK;
SELECT ivfrabitq_check('h_ivf') AS h_on_disk, ivfrabitq_check('v_ivf') AS v_on_disk;
BEGIN;
INSERT INTO h SELECT i, pend_vec(i) FROM generate_series(1001, 1100) i;
INSERT INTO v SELECT i, pend_vec(i) FROM generate_series(1001, 1100) i;
SELECT (SELECT n FROM via_index('h')) AS h, (SELECT n FROM via_index('v')) AS v;
ROLLBACK;
SELECT (SELECT n FROM via_index('h')) AS h, (SELECT n FROM via_index('v')) AS v;
SELECT count(*) FROM h WHERE id > 1000;
SELECT count(*) FROM v WHERE id > 1000;

-- ROLLBACK TO SAVEPOINT drops the subtransaction's pending entries, also
-- those of its released children; RELEASE keeps them
BEGIN;
INSERT INTO h VALUES (2001, pend_vec(2001));
INSERT INTO v VALUES (2001, pend_vec(2001));
SAVEPOINT a;
INSERT INTO h SELECT i, pend_vec(i) FROM generate_series(2002, 2050) i;
INSERT INTO v SELECT i, pend_vec(i) FROM generate_series(2002, 2050) i;
SAVEPOINT b;
INSERT INTO h VALUES (2051, pend_vec(2051));
INSERT INTO v VALUES (2051, pend_vec(2051));
RELEASE b;
ROLLBACK TO a;
SAVEPOINT c;
INSERT INTO h VALUES (2052, pend_vec(2052));
INSERT INTO v VALUES (2052, pend_vec(2052));
RELEASE c;
SAVEPOINT d;
INSERT INTO h VALUES (2053, pend_vec(2053));
INSERT INTO v VALUES (2053, pend_vec(2053));
SELECT (SELECT n FROM via_index('h')) AS h, (SELECT n FROM via_index('v')) AS v;
ROLLBACK TO d;
SELECT (SELECT n FROM via_index('h')) AS h, (SELECT n FROM via_index('v')) AS v;
COMMIT;
SELECT ivfrabitq_check('h_ivf') AS h_on_disk, ivfrabitq_check('v_ivf') AS v_on_disk;
SELECT (SELECT n FROM via_index('h')) AS h, (SELECT n FROM via_index('v')) AS v;
SELECT (SELECT ids FROM via_index('h')) = (SELECT ids FROM via_index('v')) AS same;

-- a PL/pgSQL loop whose failing iterations roll back their subtransaction
DO $$
BEGIN
	FOR i IN 3001..3040 LOOP
		BEGIN
			INSERT INTO h VALUES (i, pend_vec(i));
			INSERT INTO v VALUES (i, pend_vec(i));
			IF i % 4 = 0 THEN
				RAISE EXCEPTION 'undo %', i;
			END IF;
		EXCEPTION WHEN raise_exception THEN
			NULL;
		END;
	END LOOP;
END $$;
SELECT (SELECT n FROM via_index('h')) AS h, (SELECT n FROM via_index('v')) AS v;
SELECT ivfrabitq_check('h_ivf') AS h_on_disk, ivfrabitq_check('v_ivf') AS v_on_disk;

-- two-phase commit: PREPARE writes the entries, COMMIT PREPARED shows them
BEGIN;
INSERT INTO h SELECT i, pend_vec(i) FROM generate_series(4001, 4020) i;
INSERT INTO v SELECT i, pend_vec(i) FROM generate_series(4001, 4020) i;
PREPARE TRANSACTION 'ivf_pending_2pc';
SELECT ivfrabitq_check('h_ivf') AS h_on_disk, ivfrabitq_check('v_ivf') AS v_on_disk;
SELECT (SELECT n FROM via_index('h')) AS h, (SELECT n FROM via_index('v')) AS v;
COMMIT PREPARED 'ivf_pending_2pc';
SELECT (SELECT n FROM via_index('h')) AS h, (SELECT n FROM via_index('v')) AS v;
BEGIN;
INSERT INTO h SELECT i, pend_vec(i) FROM generate_series(4101, 4120) i;
INSERT INTO v SELECT i, pend_vec(i) FROM generate_series(4101, 4120) i;
PREPARE TRANSACTION 'ivf_pending_2pc';
ROLLBACK PREPARED 'ivf_pending_2pc';
SELECT (SELECT n FROM via_index('h')) AS h, (SELECT n FROM via_index('v')) AS v;
SELECT (SELECT ids FROM via_index('h')) = (SELECT ids FROM via_index('v')) AS same;

-- more entries than the bound: written out while the transaction runs
SET vecstore.ivf_insert_buffer_size = '8kB';
SELECT ivfrabitq_check('h_ivf') AS h0, ivfrabitq_check('v_ivf') AS v0 \gset
BEGIN;
-- at most 8 kB of 22-byte entries (14 bytes of entry, 8 of bookkeeping:
-- about 370) stay pending
INSERT INTO h SELECT i, pend_vec(i) FROM generate_series(5001, 6000) i;
SELECT ivfrabitq_check('h_ivf') - :h0 BETWEEN 600 AND 999 AS h_mostly_written;
INSERT INTO v SELECT i, pend_vec(i) FROM generate_series(5001, 6000) i;
SELECT ivfrabitq_check('v_ivf') - :v0 BETWEEN 600 AND 999 AS v_mostly_written;
SAVEPOINT s;
INSERT INTO h SELECT i, pend_vec(i) FROM generate_series(6001, 7000) i;
INSERT INTO v SELECT i, pend_vec(i) FROM generate_series(6001, 7000) i;
ROLLBACK TO s;
COMMIT;
RESET vecstore.ivf_insert_buffer_size;
SELECT (SELECT n FROM via_index('h')) AS h, (SELECT n FROM via_index('v')) AS v;
SELECT (SELECT ids FROM via_index('h')) = (SELECT ids FROM via_index('v')) AS same;

-- storage replaced or dropped in the transaction: entries for the old
-- storage never reach the new one
BEGIN;
INSERT INTO h SELECT i, pend_vec(i) FROM generate_series(8001, 8050) i;
INSERT INTO v SELECT i, pend_vec(i) FROM generate_series(8001, 8050) i;
TRUNCATE h, v;
INSERT INTO h SELECT i, pend_vec(i) FROM generate_series(1, 600) i;
INSERT INTO v SELECT i, pend_vec(i) FROM generate_series(1, 600) i;
COMMIT;
SELECT ivfrabitq_check('h_ivf') AS h_on_disk, ivfrabitq_check('v_ivf') AS v_on_disk;
SELECT (SELECT n FROM via_index('h')) AS h, (SELECT n FROM via_index('v')) AS v;

BEGIN;
INSERT INTO h SELECT i, pend_vec(i) FROM generate_series(601, 650) i;
INSERT INTO v SELECT i, pend_vec(i) FROM generate_series(601, 650) i;
SAVEPOINT s;
TRUNCATE h, v;
INSERT INTO h VALUES (9001, pend_vec(9001));
INSERT INTO v VALUES (9001, pend_vec(9001));
ROLLBACK TO s;
INSERT INTO h VALUES (651, pend_vec(651));
INSERT INTO v VALUES (651, pend_vec(651));
COMMIT;
SELECT (SELECT n FROM via_index('h')) AS h, (SELECT n FROM via_index('v')) AS v;
SELECT ivfrabitq_check('h_ivf') AS h_on_disk, ivfrabitq_check('v_ivf') AS v_on_disk;

BEGIN;
INSERT INTO h SELECT i, pend_vec(i) FROM generate_series(652, 700) i;
INSERT INTO v SELECT i, pend_vec(i) FROM generate_series(652, 700) i;
REINDEX INDEX h_ivf;
REINDEX INDEX v_ivf;
INSERT INTO h VALUES (701, pend_vec(701));
INSERT INTO v VALUES (701, pend_vec(701));
COMMIT;
SELECT ivfrabitq_check('h_ivf') AS h_on_disk, ivfrabitq_check('v_ivf') AS v_on_disk;
SELECT (SELECT n FROM via_index('h')) AS h, (SELECT n FROM via_index('v')) AS v;

BEGIN;
INSERT INTO h SELECT i, pend_vec(i) FROM generate_series(702, 720) i;
INSERT INTO v SELECT i, pend_vec(i) FROM generate_series(702, 720) i;
SAVEPOINT s;
DROP INDEX h_ivf;
DROP INDEX v_ivf;
ROLLBACK TO s;
SELECT (SELECT n FROM via_index('h')) AS h, (SELECT n FROM via_index('v')) AS v;
SAVEPOINT s2;
DROP INDEX h_ivf;
DROP INDEX v_ivf;
RELEASE s2;
COMMIT;
CREATE INDEX h_ivf ON h USING ivfrabitq (embedding) WITH (lists = 6);
CREATE INDEX v_ivf ON v USING ivfrabitq (embedding) WITH (lists = 6);
SELECT (SELECT n FROM via_index('h')) AS h, (SELECT n FROM via_index('v')) AS v;
SELECT (SELECT ids FROM via_index('h')) = (SELECT ids FROM via_index('v')) AS same;

-- wide vectors and many lists: inserts pick the list in the rotated space
-- (a shortlist by the first rotated dimensions); a stored vector used as the
-- query finds itself in the first probed list, as after a build
CREATE TABLE hw (id int, embedding vector(300));
CREATE TABLE vw (id int, embedding vector(300)) USING vecstore;
CREATE FUNCTION wide_vec(i int) RETURNS vector LANGUAGE sql STABLE AS $$
	SELECT (SELECT array_agg((i % 40) * (j % 7) - 20 + 10 * sin(i * 1.3 + j * 0.7)::real)
		FROM generate_series(1, 300) j)::vector $$;
INSERT INTO hw SELECT i, wide_vec(i) FROM generate_series(1, 800) i;
INSERT INTO vw SELECT i, wide_vec(i) FROM generate_series(1, 800) i;
CREATE INDEX hw_ivf ON hw USING ivfrabitq (embedding) WITH (lists = 40);
CREATE INDEX vw_ivf ON vw USING ivfrabitq (embedding) WITH (lists = 40);
INSERT INTO hw SELECT i, wide_vec(i) FROM generate_series(801, 1600) i;
INSERT INTO vw SELECT i, wide_vec(i) FROM generate_series(801, 1600) i;
SET enable_seqscan = off;
SET vecstore.enable_knn_scan = off;
SET vecstore.ivf_probes = 1;
SET vecstore.ivf_rerank = 10;
SELECT count(*) FILTER (WHERE (SELECT id FROM hw ORDER BY embedding <-> q.embedding LIMIT 1) = q.id) >= 0.98 * count(*)
	AS built_found, count(*) FROM hw q WHERE id <= 800 AND id % 4 = 0;
SELECT count(*) FILTER (WHERE (SELECT id FROM hw ORDER BY embedding <-> q.embedding LIMIT 1) = q.id) >= 0.98 * count(*)
	AS inserted_found, count(*) FROM hw q WHERE id > 800 AND id % 4 = 0;
SELECT count(*) FILTER (WHERE (SELECT id FROM vw ORDER BY embedding <-> q.embedding LIMIT 1) = q.id) >= 0.98 * count(*)
	AS inserted_found, count(*) FROM vw q WHERE id > 800 AND id % 4 = 0;
RESET vecstore.ivf_probes;
RESET vecstore.ivf_rerank;
RESET enable_seqscan;
RESET vecstore.enable_knn_scan;
DROP TABLE hw, vw;
DROP FUNCTION wide_vec(int);

DROP TABLE h, v;
DROP FUNCTION via_index(regclass);
DROP FUNCTION pend_vec(int);
