--
-- Codecs of vector chunks (vecstore.vector_compression_min_saving) and the
-- kNN scan over each of them: raw chunks read in place from the pages,
-- dictionary-coded ones expanded slice by slice, zstd ones decoded.  The
-- same rows stored every way give heap's answers, ties included.
--
SET client_min_messages = warning;
SET work_mem = '64MB';	-- k up to the whole table

-- 300-d vectors (1208 bytes: many straddle pages): random floats in
-- -1..1 (ids 1-1500), pixel-like integers 0..255 (ids 1501-3000: a
-- dictionary covers them, the varlena headers are exceptions), and a NULL
-- every 97th row.  Each half goes into a stripe of its own, in id order, so
-- that the kNN scan's ties (row number order) are heap's ORDER BY d, id.
CREATE TABLE vc_src (id int, cat int, v vector(300));
-- the GUC and its range
SHOW vecstore.vector_compression_min_saving;
SET vecstore.vector_compression_min_saving = 1.5;
SET vecstore.vector_compression_min_saving = -0.1;
INSERT INTO vc_src
SELECT i, i % 5,
	CASE WHEN i % 97 = 0 THEN NULL
	ELSE (SELECT array_agg(CASE WHEN i <= 1500 THEN hashint4(i * 300 + k) / 2147483648.0
			ELSE abs(hashint4(i * 300 + k)) % 256 END ORDER BY k)
		  FROM generate_series(1, 300) k)::vector(300) END
FROM generate_series(1, 3000) i;
CREATE TABLE vc_heap (id int, cat int, v vector(300)) USING heap;
INSERT INTO vc_heap SELECT * FROM vc_src WHERE id <= 1500;
INSERT INTO vc_heap SELECT * FROM vc_src WHERE id > 1500;

-- kNN on tbl and on vc_heap-like heap table htbl: the same ids and
-- distances in the same order (heap breaking ties by id), from the kNN scan
CREATE FUNCTION vc_same(tbl text, htbl text, op text, q vector, k int,
						w text DEFAULT 'true') RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	h text;
	v text;
	line text;
	used boolean := false;
	sql text := 'SELECT array_agg(s)::text FROM (SELECT id, v %2$s %3$L::vector AS d FROM %1$s WHERE %5$s ORDER BY v %2$s %3$L::vector%6$s LIMIT %4$s) s';
BEGIN
	EXECUTE format(sql, tbl, op, q, k, w, '') INTO v;
	EXECUTE format(sql, htbl, op, q, k, w, ', id') INTO h;
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || format(sql, tbl, op, q, k, w, '') LOOP
		used := used OR line LIKE '%VecstoreKnn%';
	END LOOP;
	RETURN CASE WHEN h IS NOT DISTINCT FROM v THEN 'same' ELSE 'DIFFERENT' END
		|| CASE WHEN used THEN '' ELSE ', no knn scan' END;
END $$;

-- every way: raw and dictionary, zstd, uncompressed
CREATE TABLE vc_raw (id int, cat int, v vector(300)) USING vecstore;
INSERT INTO vc_raw SELECT * FROM vc_src WHERE id <= 1500 ORDER BY id;
INSERT INTO vc_raw SELECT * FROM vc_src WHERE id > 1500 ORDER BY id;
SET vecstore.vector_compression_min_saving = 0;
CREATE TABLE vc_zstd (id int, cat int, v vector(300)) USING vecstore;
INSERT INTO vc_zstd SELECT * FROM vc_src WHERE id <= 1500 ORDER BY id;
INSERT INTO vc_zstd SELECT * FROM vc_src WHERE id > 1500 ORDER BY id;
RESET vecstore.vector_compression_min_saving;
SET vecstore.compression = none;
CREATE TABLE vc_none (id int, cat int, v vector(300)) USING vecstore;
INSERT INTO vc_none SELECT * FROM vc_src WHERE id <= 1500 ORDER BY id;
INSERT INTO vc_none SELECT * FROM vc_src WHERE id > 1500 ORDER BY id;
RESET vecstore.compression;

-- the vector column's codec, per stripe (tables of that column alone)
CREATE TABLE vc_c_raw (v vector(300)) USING vecstore;
INSERT INTO vc_c_raw SELECT v FROM vc_src WHERE id <= 1500 ORDER BY id;
CREATE TABLE vc_c_dict (v vector(300)) USING vecstore;
INSERT INTO vc_c_dict SELECT v FROM vc_src WHERE id > 1500 ORDER BY id;
SET vecstore.vector_compression_min_saving = 0;
CREATE TABLE vc_c_zstd (v vector(300)) USING vecstore;
INSERT INTO vc_c_zstd SELECT v FROM vc_src WHERE id <= 1500 ORDER BY id;
RESET vecstore.vector_compression_min_saving;
-- neither the dictionary (3/4) nor zstd saves 0.8 on pixels: raw
SET vecstore.vector_compression_min_saving = 0.8;
CREATE TABLE vc_c_strict (v vector(300)) USING vecstore;
INSERT INTO vc_c_strict SELECT v FROM vc_src WHERE id > 1500 ORDER BY id;
RESET vecstore.vector_compression_min_saving;
SELECT t, s.codec, s.row_count,
	   round(s.bytes_on_disk::numeric / s.bytes_raw, 1) AS stored_share
FROM unnest(ARRAY['vc_c_raw', 'vc_c_dict', 'vc_c_zstd', 'vc_c_strict']) t,
	 LATERAL vecstore_stripes(t::regclass) s
ORDER BY t;
SELECT t, s.codec
FROM unnest(ARRAY['vc_raw', 'vc_zstd', 'vc_none']) t,
	 LATERAL vecstore_stripes(t::regclass) s
ORDER BY t, s.first_row;
-- the same values read back every way
SELECT (SELECT count(*) FROM (TABLE vc_heap EXCEPT ALL TABLE vc_raw) a) AS raw_missing,
	   (SELECT count(*) FROM (TABLE vc_heap EXCEPT ALL TABLE vc_zstd) a) AS zstd_missing,
	   (SELECT count(*) FROM (TABLE vc_heap EXCEPT ALL TABLE vc_none) a) AS none_missing,
	   (SELECT count(*) FROM (TABLE vc_raw EXCEPT ALL TABLE vc_heap) a) AS raw_extra;
SELECT vecstore_verify('vc_raw'), vecstore_verify('vc_zstd'),
	   vecstore_verify('vc_none'), vecstore_verify('vc_c_dict');

-- kNN answers: ids and distances equal heap's, for every operator, with
-- and without a WHERE clause, k beyond the rows that pass it (NULLs
-- last, by id)
SELECT tbl, op, qid, k, w, vc_same(tbl, 'vc_heap', op, q, k, w) AS result
FROM unnest(ARRAY['vc_raw', 'vc_zstd', 'vc_none']) tbl,
	unnest(ARRAY['<->', '<#>', '<=>', '<+>']) op,
	(SELECT v, id FROM vc_src WHERE id IN (700, 2100)) q(q, qid),
	(VALUES (10, 'true'), (100, 'id % 97 < 3'), (7, 'cat = 2 AND id % 3 <> 0')) x(k, w)
ORDER BY tbl, op, qid, k, w;
-- the scan is the kNN scan
EXPLAIN (COSTS OFF)
SELECT id FROM vc_raw ORDER BY v <-> '[1,2,3]' LIMIT 3;
-- ties: 300 copies of one vector come out in row number order
CREATE TABLE vc_ties (id int, v vector(300)) USING vecstore;
INSERT INTO vc_ties SELECT g, (SELECT v FROM vc_src WHERE id = 11) FROM generate_series(1, 300) g;
SELECT op, vc_same('vc_ties', 'vc_ties', op, v, 8) AS result
FROM vc_src, unnest(ARRAY['<->', '<#>']) op WHERE id = 12;
SELECT array_agg(id) FROM (SELECT id FROM vc_ties
	ORDER BY v <#> array_fill(1.0::float8, ARRAY[300])::vector LIMIT 8 OFFSET 290) s;
-- the vectors themselves returned, from pages and from dictionaries
CREATE FUNCTION vc_same_vec(q vector) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
	h text;
	v text;
BEGIN
	EXECUTE format('SELECT array_agg(s)::text FROM (SELECT id, v FROM vc_raw ORDER BY v <+> %L::vector LIMIT 4) s', q) INTO v;
	EXECUTE format('SELECT array_agg(s)::text FROM (SELECT id, v FROM vc_heap ORDER BY v <+> %L::vector, id LIMIT 4) s', q) INTO h;
	RETURN h = v;
END $$;
SELECT id, vc_same_vec(v) FROM vc_src WHERE id IN (100, 2001) ORDER BY id;
-- a wrong dimension fails as on heap
\set VERBOSITY terse
SELECT id FROM vc_raw ORDER BY v <-> '[1,2,3]' LIMIT 1;
SELECT id FROM vc_zstd ORDER BY v <-> '[1,2,3]' LIMIT 1;
\set VERBOSITY default

-- rows of this transaction (command-id filter) and a column added later
BEGIN;
INSERT INTO vc_raw SELECT id + 10000, cat, v FROM vc_src WHERE id % 7 = 0 ORDER BY id;
INSERT INTO vc_heap SELECT id + 10000, cat, v FROM vc_src WHERE id % 7 = 0;
SELECT vc_same('vc_raw', 'vc_heap', '<->', v, 12) AS own_rows FROM vc_src WHERE id = 700;
ROLLBACK;
ALTER TABLE vc_raw ADD COLUMN w vector(3) DEFAULT '[1,2,3]';
ALTER TABLE vc_heap ADD COLUMN w vector(3) DEFAULT '[1,2,3]';
INSERT INTO vc_raw VALUES (20000, 0, NULL, '[1,2,2]');
INSERT INTO vc_heap VALUES (20000, 0, NULL, '[1,2,2]');
SELECT id, w <-> '[1,2,2.2]' AS d FROM vc_raw ORDER BY w <-> '[1,2,2.2]' LIMIT 3;
SELECT id, w <-> '[1,2,2.2]' AS d FROM vc_heap ORDER BY w <-> '[1,2,2.2]', id LIMIT 3;

-- several chunk groups, read by two workers: dictionary and raw chunks
CREATE TABLE vc_par_heap (id int, v vector(16)) USING heap;
INSERT INTO vc_par_heap
SELECT i, (SELECT array_agg(CASE WHEN i <= 12000 THEN abs(hashint4(i * 16 + k)) % 200
		ELSE hashint4(i * 16 + k) / 2147483648.0 END ORDER BY k)
	FROM generate_series(1, 16) k)::vector(16)
FROM generate_series(1, 24000) i;
CREATE TABLE vc_par (id int, v vector(16)) USING vecstore;
INSERT INTO vc_par SELECT * FROM vc_par_heap ORDER BY id;
SELECT codec, chunk_groups FROM vecstore_stripes('vc_par');
SET min_parallel_table_scan_size = 0;
SET parallel_setup_cost = 0;
EXPLAIN (COSTS OFF)
SELECT id FROM vc_par ORDER BY v <-> '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]' LIMIT 5;
SELECT kind, vc_same('vc_par', 'vc_par_heap', '<->', v, 20) AS result
FROM (VALUES ('pixels', 5), ('random', 20005)) x(kind, i)
	JOIN vc_par_heap ON id = i
ORDER BY i;
RESET min_parallel_table_scan_size;
RESET parallel_setup_cost;

DROP FUNCTION vc_same, vc_same_vec;
DROP TABLE vc_src, vc_heap, vc_raw, vc_zstd, vc_none, vc_c_raw, vc_c_dict,
	vc_c_zstd, vc_c_strict, vc_ties, vc_par, vc_par_heap;
RESET work_mem;
