-- Scenario for columnar_bounds.sql: row counts at the edges of TID blocks
-- (291 rows), chunk groups (10000 rows) and stripes (16 chunk groups), in
-- one statement, split over statements of one transaction, and with TID
-- range predicates.
CREATE TABLE b1 (n int, id int, v vector(2));
DO $$
DECLARE
	n int;
BEGIN
	FOREACH n IN ARRAY ARRAY[1, 290, 291, 292, 581, 582, 9999, 10000, 10001, 20001]
	LOOP
		INSERT INTO b1 SELECT n, g, ARRAY[g, n]::vector FROM generate_series(1, n) g;
	END LOOP;
END
$$;
SELECT n, count(*), sum(id), count(DISTINCT id) FROM b1 GROUP BY n ORDER BY n;
CREATE TABLE b2 (id int);
INSERT INTO b2 SELECT generate_series(1, 160001);
BEGIN;
INSERT INTO b2 SELECT generate_series(160002, 170000);
INSERT INTO b2 SELECT generate_series(170001, 170001);
INSERT INTO b2 SELECT generate_series(170002, 180001);
SELECT count(*), sum(id), min(id), max(id) FROM b2;
COMMIT;
SELECT count(*), sum(id::bigint), count(DISTINCT id) FROM b2;
SELECT count(*) = count(DISTINCT ctid) AS unique_tids,
	count(*) FILTER (WHERE (ctid::text::point)[1] NOT BETWEEN 1 AND 291) AS bad_offsets
	FROM b2;
-- TID range predicates give the same rows as filtering a plain scan
CREATE TABLE tr AS
	SELECT ctid AS tid FROM b2 WHERE ctid >= '(100,0)' AND ctid < '(200,0)';
SET enable_tidscan = off;
SELECT count(*) = (SELECT count(*) FROM tr) AS same_count,
	count(*) FILTER (WHERE ctid NOT IN (SELECT tid FROM tr)) AS extra
	FROM b2 WHERE ctid >= '(100,0)' AND ctid < '(200,0)';
RESET enable_tidscan;
SELECT count(*) FROM b2 WHERE ctid = ANY (ARRAY(SELECT tid FROM tr LIMIT 5));
DROP TABLE tr;
