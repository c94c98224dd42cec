--
-- ANALYZE and VACUUM statistics of vecstore tables against a heap twin:
-- pg_class.reltuples and relpages, and the planner's row estimates for
-- simple quals.  ANALYZE decodes a subset of the chunk groups (at least
-- ten, evenly spaced): the table has more than ten of them and a small
-- statistics target, so the subset is a proper one here.  The data are
-- spread evenly over insertion order except id, which follows it.
--
CREATE TABLE an_heap (id int, grp int, x int, flag bool, note text);
CREATE TABLE an_vs (id int, grp int, x int, flag bool, note text) USING vecstore;
INSERT INTO an_heap SELECT g, abs(hashint4(g)) % 10, abs(hashint4(g + 1000000)) % 1000,
	hashint4(g + 2000000) % 4 = 0,
	CASE WHEN g % 3 = 0 THEN NULL ELSE 'n' || (g % 50) END
	FROM generate_series(1, 150000) g;
INSERT INTO an_vs SELECT * FROM an_heap;
ALTER TABLE an_heap ALTER id SET STATISTICS 10, ALTER grp SET STATISTICS 10,
	ALTER x SET STATISTICS 10, ALTER flag SET STATISTICS 10, ALTER note SET STATISTICS 10;
ALTER TABLE an_vs ALTER id SET STATISTICS 10, ALTER grp SET STATISTICS 10,
	ALTER x SET STATISTICS 10, ALTER flag SET STATISTICS 10, ALTER note SET STATISTICS 10;
-- reltuples and relpages: exact while ANALYZE samples every block
CREATE FUNCTION pg_temp.relstats(r regclass)
RETURNS TABLE (rel regclass, reltuples_right bool, relpages_right bool)
LANGUAGE plpgsql AS $$
DECLARE
	n bigint;
BEGIN
	EXECUTE format('SELECT count(*) FROM %s', r) INTO n;
	RETURN QUERY SELECT r, c.reltuples = n,
		c.relpages = pg_relation_size(r) / current_setting('block_size')::int
		FROM pg_class c WHERE c.oid = r;
END
$$;
SELECT c.relname, c.reltuples FROM pg_class c WHERE c.relname IN ('an_heap', 'an_vs') ORDER BY 1;
SET stats_fetch_consistency = none;
SELECT pg_stat_force_next_flush();
SELECT heap_blks_read + heap_blks_hit AS before_analyze FROM pg_statio_user_tables
	WHERE relname = 'an_vs' \gset
ANALYZE an_heap, an_vs;
SELECT pg_stat_force_next_flush();
SELECT heap_blks_read + heap_blks_hit AS after_analyze FROM pg_statio_user_tables
	WHERE relname = 'an_vs' \gset
SELECT count(*) > 0 AS counted FROM an_vs t WHERE t IS NOT NULL;
SELECT pg_stat_force_next_flush();
SELECT heap_blks_read + heap_blks_hit AS after_scan FROM pg_statio_user_tables
	WHERE relname = 'an_vs' \gset
-- a full scan reads more blocks than ANALYZE did
SELECT :after_analyze - :before_analyze < :after_scan - :after_analyze AS analyze_reads_less;
SELECT * FROM pg_temp.relstats('an_heap');
SELECT * FROM pg_temp.relstats('an_vs');
-- row estimates: within a factor of 1.5 of heap's, or within 1% of the table
CREATE FUNCTION pg_temp.est(q text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE
	j json;
BEGIN
	EXECUTE 'EXPLAIN (FORMAT JSON) ' || q INTO j;
	RETURN (j -> 0 -> 'Plan' ->> 'Plan Rows')::float8;
END
$$;
CREATE FUNCTION pg_temp.close_estimates(qual text) RETURNS bool LANGUAGE plpgsql AS $$
DECLARE
	h float8 := pg_temp.est('SELECT * FROM an_heap WHERE ' || qual);
	v float8 := pg_temp.est('SELECT * FROM an_vs WHERE ' || qual);
	n float8 := (SELECT reltuples FROM pg_class WHERE relname = 'an_heap');
BEGIN
	RETURN (v BETWEEN h / 1.5 AND h * 1.5) OR abs(v - h) <= n / 100;
END
$$;
SELECT qual, pg_temp.close_estimates(qual) FROM (VALUES
	('true'), ('grp = 3'), ('grp IN (1, 2)'), ('grp <> 0'), ('x < 100'),
	('x BETWEEN 200 AND 400'), ('x > 990'), ('flag'), ('NOT flag'),
	('note IS NULL'), ('note = ''n7'''), ('note LIKE ''n1%'''),
	('id < 75000'), ('grp = 3 AND x < 500')) q(qual);
-- VACUUM keeps them right; a second stripe and ANALYZE again
VACUUM an_heap, an_vs;
SELECT * FROM pg_temp.relstats('an_heap');
SELECT * FROM pg_temp.relstats('an_vs');
INSERT INTO an_heap SELECT g, g % 10, g % 1000, false, NULL FROM generate_series(150001, 170000) g;
INSERT INTO an_vs SELECT g, g % 10, g % 1000, false, NULL FROM generate_series(150001, 170000) g;
ANALYZE an_heap, an_vs;
SELECT * FROM pg_temp.relstats('an_heap');
SELECT * FROM pg_temp.relstats('an_vs');
SELECT qual, pg_temp.close_estimates(qual) FROM (VALUES
	('true'), ('grp = 3'), ('x < 100'), ('note IS NULL')) q(qual);
-- more blocks than ANALYZE samples (300 times the statistics target):
-- the row count is extrapolated from the sampled blocks
CREATE TABLE an_big (id int, h text, v vector(16)) USING vecstore;
ALTER TABLE an_big ALTER id SET STATISTICS 1, ALTER h SET STATISTICS 1, ALTER v SET STATISTICS 1;
INSERT INTO an_big SELECT g, md5(g::text),
	(SELECT array_agg(hashint4(g * 16 + i)::real) FROM generate_series(1, 16) i)::vector
	FROM generate_series(1, 60000) g;
SELECT pg_relation_size('an_big') / current_setting('block_size')::int > 300 * 1 AS more_blocks_than_sampled;
ANALYZE an_big;
SELECT abs(reltuples - 60000) / 60000 < 0.01 AS reltuples_close,
	relpages = pg_relation_size('an_big') / current_setting('block_size')::int AS relpages_right
	FROM pg_class WHERE relname = 'an_big';
SELECT count(*) > 0 AS has_stats FROM pg_stats WHERE tablename = 'an_big';
DROP TABLE an_big;
-- an empty table, and one whose rows are all in this transaction
CREATE TABLE an_empty (a int) USING vecstore;
ANALYZE an_empty;
SELECT relpages, reltuples FROM pg_class WHERE relname = 'an_empty';
BEGIN;
INSERT INTO an_empty SELECT generate_series(1, 1000);
ANALYZE an_empty;
SELECT reltuples FROM pg_class WHERE relname = 'an_empty';
COMMIT;
RESET stats_fetch_consistency;
DROP TABLE an_heap, an_vs, an_empty;
