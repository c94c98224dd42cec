-- Scenario for columnar_maint.sql: VACUUM FREEZE advances relfrozenxid
-- without resurrecting aborted rows, and the statistics system counts
-- inserts as it does for heap (autovacuum and autoanalyze depend on both).
CREATE TABLE f (id int, payload text);
INSERT INTO f SELECT i, repeat('f', 100) FROM generate_series(1, 2000) i;
INSERT INTO f VALUES (0, 'single');
BEGIN;
INSERT INTO f SELECT i, 'aborted' FROM generate_series(1, 500) i;
ROLLBACK;
BEGIN;
INSERT INTO f SELECT i, 'kept' FROM generate_series(1, 1000) i;
SAVEPOINT s;
INSERT INTO f SELECT i, 'aborted' FROM generate_series(1, 1000) i;
ROLLBACK TO s;
COMMIT;
-- burn xids so that relfrozenxid is clearly old
DO $$
BEGIN
	FOR i IN 1..30 LOOP
		PERFORM txid_current();
		COMMIT;
	END LOOP;
END
$$;
SELECT age(relfrozenxid) >= 30 AS old FROM pg_class WHERE oid = 'f'::regclass;
VACUUM FREEZE f;
SELECT age(relfrozenxid) < 30 AS advanced, reltuples FROM pg_class WHERE oid = 'f'::regclass;
SELECT left(payload, 12), count(*), sum(id) FROM f GROUP BY 1 ORDER BY 1;
INSERT INTO f VALUES (-1, 'after vacuum');
VACUUM f;
SELECT age(relfrozenxid) < 30 AS still_young FROM pg_class WHERE oid = 'f'::regclass;
SELECT left(payload, 12), count(*), sum(id) FROM f GROUP BY 1 ORDER BY 1;
-- insert counters
CREATE TABLE s (id int, payload text);
INSERT INTO s SELECT i, repeat('s', 100) FROM generate_series(1, 1000) i;
INSERT INTO s VALUES (1, 'one');
INSERT INTO s VALUES (2, 'two'), (3, 'three');
COPY s FROM STDIN;
4	four
5	five
6	six
\.
BEGIN;
INSERT INTO s SELECT i, repeat('s', 100) FROM generate_series(1, 100) i;
ROLLBACK;
BEGIN;
INSERT INTO s SELECT i, repeat('s', 100) FROM generate_series(1, 50) i;
SAVEPOINT x;
INSERT INTO s SELECT i, repeat('s', 100) FROM generate_series(1, 70) i;
ROLLBACK TO x;
COMMIT;
SELECT pg_stat_force_next_flush();
SELECT n_tup_ins, n_live_tup, n_dead_tup, n_ins_since_vacuum, n_tup_upd, n_tup_del
	FROM pg_stat_user_tables WHERE relid = 's'::regclass;
SELECT count(*) FROM s;
