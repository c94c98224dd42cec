--
-- One-row commits skip the codecs of a column whose small chunks keep
-- staying raw, trying again every 32nd (src/columnar_writer.c): whatever
-- was tried, rows read back as heap's, and a column that becomes
-- compressible is compressed again within 32 commits.
--
SET client_min_messages = warning;

CREATE TABLE sc_v (id int, v vector(300)) USING vecstore;
CREATE TABLE sc_h (id int, v vector(300)) USING heap;

-- one commit per row: random floats (ids 1-40, never worth a codec), then
-- pixel-like integers 0..255 (ids 41-120, a dictionary halves them)
CREATE PROCEDURE sc_load(tbl text) LANGUAGE plpgsql AS $$
BEGIN
	FOR i IN 1..120 LOOP
		EXECUTE format('INSERT INTO %I SELECT $1, (SELECT array_agg(CASE WHEN $1 <= 40
				THEN hashint4($1 * 300 + k) / 2147483648.0
				ELSE abs(hashint4($1 * 300 + k)) %% 256 END ORDER BY k)
			FROM generate_series(1, 300) k)::vector(300)', tbl) USING i;
		COMMIT;
	END LOOP;
END $$;
CALL sc_load('sc_v');
CALL sc_load('sc_h');

-- one stripe per commit
SELECT count(*) AS stripes, sum(row_count) AS rows
FROM vecstore_stripes('sc_v') WHERE kind = 'data';

-- random floats: all raw; pixels: at most 32 raw before a probe finds
-- the dictionary, then every one compressed
WITH s AS (SELECT codec, row_number() OVER (ORDER BY first_row) AS n
		   FROM vecstore_stripes('sc_v') WHERE kind = 'data')
SELECT bool_and(codec = 'none') FILTER (WHERE n <= 40) AS floats_raw,
	count(*) FILTER (WHERE n > 40 AND codec <> 'none') >= 80 - 32
		AS pixels_compressed,
	bool_and(codec <> 'none') FILTER (WHERE n > 40 + 32 + 1) AS then_all
FROM s;

-- the same rows as heap
SELECT count(*) AS differ FROM (
	(SELECT * FROM sc_v EXCEPT ALL SELECT * FROM sc_h)
	UNION ALL
	(SELECT * FROM sc_h EXCEPT ALL SELECT * FROM sc_v)) d;
SELECT vecstore_verify('sc_v');

DROP PROCEDURE sc_load;
DROP TABLE sc_v, sc_h;
