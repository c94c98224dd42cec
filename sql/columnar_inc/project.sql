-- Scenario for columnar_project.sql: queries reading different subsets of
-- columns (scans may decode only the columns a plan uses): whole-row
-- references, columns only in quals, joins, subqueries, system columns,
-- dropped and added columns, rows still buffered.
CREATE TABLE p (a int, b text, c float8, d int[], e vector(3), f text);
INSERT INTO p SELECT g, 'b' || g, g / 2.0, ARRAY[g, g % 7],
	ARRAY[g, g % 5, -g]::vector, CASE WHEN g % 3 = 0 THEN NULL ELSE repeat('f', g % 50) END
	FROM generate_series(1, 3000) g;
CREATE TABLE q (a int, tag text);
INSERT INTO q SELECT g, 'q' || (g % 4) FROM generate_series(1, 3000, 3) g;
SELECT count(*) FROM p;
SELECT count(*), sum(a) FROM p WHERE c > 100 AND f IS NULL;
SELECT b FROM p WHERE a IN (1, 2, 2999) ORDER BY a;
SELECT e FROM p WHERE d[2] = 3 AND a < 30 ORDER BY e;
SELECT md5(string_agg(p::text, ',' ORDER BY a)) FROM p;
SELECT row_to_json(p) FROM p WHERE a = 10;
SELECT (p).b, (p).e FROM p WHERE a = 11;
SELECT count(*) FROM p WHERE (p.*)::text LIKE '%b17,%';
SELECT tag, count(*), sum(p.c), max(p.b) FROM p JOIN q USING (a) GROUP BY tag ORDER BY tag;
SELECT a, (SELECT count(*) FROM q WHERE q.a < p.a) FROM p WHERE a % 1000 = 0 ORDER BY a;
SELECT count(*) FROM p WHERE EXISTS (SELECT 1 FROM q WHERE q.a = p.a AND q.tag = 'q1');
SELECT a, f, lag(b) OVER (ORDER BY a) FROM p WHERE a BETWEEN 5 AND 8 ORDER BY a;
SELECT DISTINCT d[2] FROM p ORDER BY 1;
SELECT count(*) FROM p, LATERAL (SELECT p.a + 1 AS x) l WHERE l.x % 100 = 0;
SELECT sum(length(f)) FILTER (WHERE b LIKE 'b1%'), count(e) FROM p;
SELECT count(*) FROM p WHERE ctid IS NOT NULL AND tableoid = 'p'::regclass;
SELECT count(*) FROM (SELECT a FROM p UNION ALL SELECT a FROM q) u;
CREATE VIEW pv AS SELECT a, e, upper(b) AS ub FROM p WHERE a % 2 = 0;
SELECT count(*), max(ub) FROM pv;
DO $$
DECLARE
	r record;
	n bigint := 0;
BEGIN
	FOR r IN SELECT * FROM p WHERE a <= 100 LOOP
		n := n + r.a + coalesce(length(r.f), 0);
	END LOOP;
	RAISE NOTICE 'plpgsql loop sum %', n;
END
$$;
COPY (SELECT e, a FROM p WHERE a <= 3 ORDER BY a) TO STDOUT;
-- dropped and added columns, then subsets again, with rows buffered
ALTER TABLE p DROP COLUMN c;
ALTER TABLE p ADD COLUMN g int DEFAULT 7;
ALTER TABLE p ADD COLUMN h text;
BEGIN;
INSERT INTO p (a, b, e, g, h) SELECT g, 'new' || g, ARRAY[1, 2, g]::vector, g, 'h'
	FROM generate_series(3001, 4000) g;
SELECT g, count(*) FROM p GROUP BY g HAVING count(*) > 1 ORDER BY g;
SELECT count(h), count(f), count(e), sum(a) FROM p;
SELECT a, b, g, h FROM p WHERE a IN (1, 3000, 3001, 4000) ORDER BY a;
SELECT md5(string_agg(p::text, ',' ORDER BY a)) FROM p;
SELECT count(*) FROM p JOIN q ON q.a = p.g;
COMMIT;
SELECT md5(string_agg(p::text, ',' ORDER BY a)) FROM p;
SELECT count(*) FILTER (WHERE g = 7), count(*) FILTER (WHERE h IS NULL) FROM p;
