--
-- TID fetches (index scans, ivfrabitq re-ranking) read one row's value of
-- a fixed-width column or of a vector column declared with its dimensions
-- where it lies in a raw or dictionary-coded chunk, and decode other
-- chunks (zstd, vectors without dimensions, text).  Every way gives
-- heap's rows: nulls, rows in the write buffer, this transaction's rows,
-- columns added later.
--
SET client_min_messages = warning;

-- 64-d vectors (264 bytes, 600 rows: chunk groups of about 160 kB, far
-- more than are read at once): random floats (ids 1-600: raw chunks),
-- pixel-like integers (601-1200: a dictionary), a NULL every 37th row;
-- w has no dimensions (decoded), f is fixed width, t is text
CREATE TABLE pr_src (id int, v vector(64), w vector, f float8, t text);
INSERT INTO pr_src
SELECT i,
	CASE WHEN i % 37 = 0 THEN NULL
	ELSE (SELECT array_agg(CASE WHEN i <= 600 THEN hashint4(i * 64 + k) / 2147483648.0
			ELSE abs(hashint4(i * 64 + k)) % 256 END ORDER BY k)
		  FROM generate_series(1, 64) k)::vector(64) END,
	CASE WHEN i % 5 = 0 THEN NULL ELSE array_fill(i::float8, ARRAY[i % 3 + 1])::vector END,
	CASE WHEN i % 11 = 0 THEN NULL ELSE i * 1.5 END,
	'row ' || i
FROM generate_series(1, 1200) i;
CREATE TABLE pr_heap (id int, v vector(64), w vector, f float8, t text);
INSERT INTO pr_heap SELECT * FROM pr_src;
CREATE INDEX ON pr_heap (id);

-- raw and dictionary stripes, zstd stripes, uncompressed stripes
CREATE TABLE pr_raw (id int, v vector(64), w vector, f float8, t text) USING vecstore;
INSERT INTO pr_raw SELECT * FROM pr_src WHERE id <= 600 ORDER BY id;
INSERT INTO pr_raw SELECT * FROM pr_src WHERE id > 600 ORDER BY id;
SET vecstore.vector_compression_min_saving = 0;
CREATE TABLE pr_zstd (id int, v vector(64), w vector, f float8, t text) USING vecstore;
INSERT INTO pr_zstd SELECT * FROM pr_src WHERE id <= 600 ORDER BY id;
INSERT INTO pr_zstd SELECT * FROM pr_src WHERE id > 600 ORDER BY id;
RESET vecstore.vector_compression_min_saving;
SET vecstore.compression = none;
CREATE TABLE pr_none (id int, v vector(64), w vector, f float8, t text) USING vecstore;
INSERT INTO pr_none SELECT * FROM pr_src WHERE id <= 600 ORDER BY id;
INSERT INTO pr_none SELECT * FROM pr_src WHERE id > 600 ORDER BY id;
RESET vecstore.compression;
CREATE INDEX ON pr_raw (id);
CREATE INDEX ON pr_zstd (id);
CREATE INDEX ON pr_none (id);
SELECT t, s.first_row, s.codec, s.chunk_groups
FROM unnest(ARRAY['pr_raw', 'pr_zstd', 'pr_none']) t,
	 LATERAL vecstore_stripes(t::regclass) s
ORDER BY t, s.first_row;

-- rows fetched through the index on id, compared with heap's
SET enable_seqscan = off;
SET enable_bitmapscan = off;
CREATE FUNCTION pr_same(tbl text, w text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	h text;
	v text;
	line text;
	used boolean := false;
	sql text := 'SELECT array_agg(s ORDER BY id)::text FROM (SELECT * FROM %s WHERE %s) s';
BEGIN
	EXECUTE format(sql, tbl, w) INTO v;
	EXECUTE format(sql, 'pr_heap', w) INTO h;
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || format(sql, tbl, w) LOOP
		used := used OR line LIKE '%Index Scan%';
	END LOOP;
	RETURN CASE WHEN h IS NOT DISTINCT FROM v THEN 'same' ELSE 'DIFFERENT' END
		|| CASE WHEN used THEN '' ELSE ', no index scan' END;
END $$;
SELECT tbl, w, pr_same(tbl, w) AS result
FROM unnest(ARRAY['pr_raw', 'pr_zstd', 'pr_none']) tbl,
	unnest(ARRAY['id = 1', 'id = 37', 'id = 600', 'id = 601', 'id = 1200',
				 'id IN (5, 370, 999, 74, 1111, 640, 3)',
				 'id BETWEEN 1 AND 1200', 'id BETWEEN 590 AND 610']) w
ORDER BY tbl, w;
-- only the vector, as the ivfrabitq re-ranking reads it
SELECT tbl, (SELECT array_agg(v ORDER BY id)::text FROM pr_heap WHERE id % 7 = 1) =
	(SELECT array_agg(v ORDER BY id)::text FROM
		(SELECT v, id FROM pr_raw WHERE id = ANY (ARRAY(SELECT generate_series(1, 1200, 7)))) s)
	AS same
FROM unnest(ARRAY['pr_raw']) tbl;

-- through an ivfrabitq index probing every list and re-ranking every
-- candidate: heap's exact answer (ties broken by id on both sides)
CREATE INDEX pr_raw_ivf ON pr_raw USING ivfrabitq (v) WITH (lists = 4);
CREATE INDEX pr_zstd_ivf ON pr_zstd USING ivfrabitq (v) WITH (lists = 4);
SET vecstore.ivf_probes = 4;
SET vecstore.ivf_rerank = 2000;
SET vecstore.enable_knn_scan = off;
SELECT tbl, q.id,
	(SELECT array_agg(id)::text FROM (SELECT id FROM pr_heap ORDER BY v <-> q.v, id LIMIT 8) s) =
	(SELECT array_agg(id ORDER BY d, id)::text FROM
		(SELECT id, v <-> q.v AS d FROM (SELECT id, v FROM pr_raw ORDER BY v <-> q.v LIMIT 8) x) s)
	AS same
FROM unnest(ARRAY['pr_raw']) tbl, pr_src q WHERE q.id IN (100, 700)
ORDER BY q.id;
EXPLAIN (COSTS OFF) SELECT id FROM pr_raw ORDER BY v <-> '[1,2]' LIMIT 3;
SELECT q.id,
	(SELECT array_agg(id)::text FROM (SELECT id FROM pr_heap ORDER BY v <-> q.v, id LIMIT 8) s) =
	(SELECT array_agg(id ORDER BY d, id)::text FROM
		(SELECT id, v <-> q.v AS d FROM (SELECT id, v FROM pr_zstd ORDER BY v <-> q.v LIMIT 8) x) s)
	AS zstd_same
FROM pr_src q WHERE q.id IN (100, 700)
ORDER BY q.id;
RESET vecstore.ivf_probes;
RESET vecstore.ivf_rerank;
RESET vecstore.enable_knn_scan;

-- rows of this transaction: in the write buffer, then written out
BEGIN;
INSERT INTO pr_raw SELECT id + 2000, v, w, f, t FROM pr_src WHERE id % 13 = 0;
INSERT INTO pr_heap SELECT id + 2000, v, w, f, t FROM pr_src WHERE id % 13 = 0;
SELECT pr_same('pr_raw', 'id > 2000') AS buffered;
SELECT pr_same('pr_raw', 'id BETWEEN 1 AND 3000') AS mixed;
-- a small buffer writes most of these out while the transaction runs
SET vecstore.write_buffer_size = '64kB';
INSERT INTO pr_raw SELECT id + 4000, v, w, f, t FROM pr_src;
INSERT INTO pr_heap SELECT id + 4000, v, w, f, t FROM pr_src;
SELECT pr_same('pr_raw', 'id > 4000 AND id % 3 = 0') AS own_rows;
SELECT pr_same('pr_raw', 'id BETWEEN 1 AND 6000') AS all_rows;
ROLLBACK;
RESET vecstore.write_buffer_size;
SELECT pr_same('pr_raw', 'id > 2000') AS rolled_back;

-- a small fetch cache still gives the same rows
SET vecstore.fetch_cache_size = 0;
SELECT pr_same('pr_zstd', 'id BETWEEN 1 AND 1200') AS zstd_no_cache,
	pr_same('pr_raw', 'id BETWEEN 500 AND 700') AS raw_no_cache;
RESET vecstore.fetch_cache_size;

-- a column added later reads its default
ALTER TABLE pr_raw ADD COLUMN extra vector(2) DEFAULT '[7,8]';
ALTER TABLE pr_heap ADD COLUMN extra vector(2) DEFAULT '[7,8]';
SELECT pr_same('pr_raw', 'id IN (10, 700)') AS added_column;

RESET enable_seqscan;
RESET enable_bitmapscan;
DROP FUNCTION pr_same;
DROP TABLE pr_src, pr_heap, pr_raw, pr_zstd, pr_none;
