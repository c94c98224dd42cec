--
-- Storage layer of vecstore tables: compression against heap, the stripe
-- directory as vecstore_stripes shows it, vecstore_verify, freezing.
--
SET vecstore.compression = zstd;
SET vecstore.compression_level = 3;

-- Scalar columns compress to at most 0.3x of heap: sequential bigint ids,
-- timestamps with irregular gaps, repeated short text; each alone and all
-- together.  Sizes are compared, never printed.
CREATE TABLE heap_scalar (id bigint, ts timestamptz, label text);
INSERT INTO heap_scalar
SELECT i,
	   '2024-01-01 00:00:00+00'::timestamptz
		 + i * interval '1 second'
		 + (abs(hashint4(i)) % 1000) * interval '1 millisecond',
	   'status_' || (i % 7)
FROM generate_series(1, 100000) i;
CREATE TABLE vs_scalar (id bigint, ts timestamptz, label text) USING vecstore;
INSERT INTO vs_scalar SELECT * FROM heap_scalar;
CREATE TABLE heap_id (id bigint);
CREATE TABLE vs_id (id bigint) USING vecstore;
INSERT INTO heap_id SELECT id FROM heap_scalar;
INSERT INTO vs_id SELECT id FROM heap_scalar;
CREATE TABLE heap_ts (ts timestamptz);
CREATE TABLE vs_ts (ts timestamptz) USING vecstore;
INSERT INTO heap_ts SELECT ts FROM heap_scalar;
INSERT INTO vs_ts SELECT ts FROM heap_scalar;
CREATE TABLE heap_label (label text);
CREATE TABLE vs_label (label text) USING vecstore;
INSERT INTO heap_label SELECT label FROM heap_scalar;
INSERT INTO vs_label SELECT label FROM heap_scalar;

SELECT v.relname AS vecstore_table,
	   pg_relation_size(v.oid) > 0 AS nonempty,
	   pg_relation_size(v.oid) <= 0.3 * pg_relation_size(h.oid) AS at_most_0_3x_heap
FROM pg_class v
JOIN pg_class h ON h.relname = 'heap_' || substr(v.relname, 4)
WHERE v.relname IN ('vs_scalar', 'vs_id', 'vs_ts', 'vs_label')
ORDER BY 1;

-- the data is all there
SELECT (SELECT count(*) FROM (TABLE heap_scalar EXCEPT ALL TABLE vs_scalar) a) AS missing,
	   (SELECT count(*) FROM (TABLE vs_scalar EXCEPT ALL TABLE heap_scalar) b) AS extra;

-- vecstore_stripes: one row per directory entry
SELECT * FROM vecstore_stripes('vs_scalar') LIMIT 0;
SELECT kind, sum(row_count) AS rows, sum(chunk_groups) > 0 AS has_chunk_groups,
	   bool_and(bytes_on_disk < bytes_raw) AS compressed,
	   min(codec) AS codec
FROM vecstore_stripes('vs_scalar') WHERE kind = 'data' GROUP BY kind;
SELECT vecstore_verify('vs_scalar'), vecstore_verify('vs_id'),
	   vecstore_verify('vs_ts'), vecstore_verify('vs_label');

-- Each transaction writes its own stripe; stripes pack into shared pages.
CREATE TABLE vs_small (id int, note text) USING vecstore;
INSERT INTO vs_small VALUES (1, 'one');
INSERT INTO vs_small VALUES (2, NULL), (3, 'three');
INSERT INTO vs_small VALUES (4, 'four'), (5, 'five'), (6, NULL);
SELECT kind, row_count, chunk_groups, codec,
	   last_row - first_row + 1 >= row_count AS range_covers_rows
FROM vecstore_stripes('vs_small') WHERE kind = 'data' ORDER BY first_row;
SELECT * FROM vs_small ORDER BY id;
-- three stripes, a metapage and few data and directory pages
SELECT pg_relation_size('vs_small') <= 4 * current_setting('block_size')::int AS packed;
SELECT vecstore_verify('vs_small');

-- vecstore.compression = none stores chunks as they are
SET vecstore.compression = none;
CREATE TABLE vs_raw (id bigint, label text) USING vecstore;
INSERT INTO vs_raw SELECT id, label FROM heap_scalar WHERE id <= 5000;
SELECT kind, row_count, codec, bytes_on_disk >= bytes_raw AS not_compressed
FROM vecstore_stripes('vs_raw') WHERE kind = 'data';
SELECT count(*), sum(id) FROM vs_raw;
SELECT vecstore_verify('vs_raw');
RESET vecstore.compression;

-- all types the stripe format distinguishes, nulls, long values, arrays
-- of floats (stored with their byte planes split when that pays)
CREATE TABLE heap_types (i2 smallint, i4 int, f4 real, f8 float8, b bool,
						 c "char", n numeric, u uuid, nm name, iv interval,
						 bp char(5), t text, d date, arr real[]);
INSERT INTO heap_types
SELECT i, i * 1000, i / 3.0, i / 7.0, i % 2 = 0, chr(65 + i % 26)::"char",
	   i * 1.25, md5(i::text)::uuid, 'n' || i, i * interval '1 minute',
	   'b' || (i % 100), CASE WHEN i % 11 = 0 THEN repeat('x', 5000 + i) ELSE 't' || i END,
	   '2020-01-01'::date + i,
	   CASE WHEN i % 5 = 0 THEN NULL
			ELSE (SELECT array_agg(((i * 31 + k * 7) % 1000 - 500) / 8.0)::real[]
				  FROM generate_series(1, 64) k) END
FROM generate_series(1, 3000) i;
INSERT INTO heap_types DEFAULT VALUES;
CREATE TABLE vs_types (LIKE heap_types) USING vecstore;
INSERT INTO vs_types SELECT * FROM heap_types;
SELECT (SELECT count(*) FROM (TABLE heap_types EXCEPT ALL TABLE vs_types) a) AS missing,
	   (SELECT count(*) FROM (TABLE vs_types EXCEPT ALL TABLE heap_types) b) AS extra;
-- only some columns read
SELECT sum(i4), count(arr), max(length(t)) FROM vs_types;
SELECT vecstore_verify('vs_types');

-- vectors: stored as contiguous floats, byte planes split before zstd.
-- Even floats with random mantissas (sines) lose their common exponent
-- bytes; uncompressed, the table is still smaller than heap (no tuple
-- headers).
CREATE TABLE heap_vec (id int, v vector(64));
INSERT INTO heap_vec
SELECT i, (SELECT array_agg(sin(i * 1000 + k) ORDER BY k)
		   FROM generate_series(1, 64) k)::vector(64)
FROM generate_series(1, 20000) i;
INSERT INTO heap_vec VALUES (20001, NULL);
-- (zstd kept whatever it saves: the default keeps vector chunks raw
-- unless they shrink by half, see columnar_vector_codec)
SET vecstore.vector_compression_min_saving = 0;
CREATE TABLE vs_vec (LIKE heap_vec) USING vecstore;
INSERT INTO vs_vec SELECT * FROM heap_vec;
RESET vecstore.vector_compression_min_saving;
SET vecstore.compression = none;
CREATE TABLE vs_vec_raw (LIKE heap_vec) USING vecstore;
INSERT INTO vs_vec_raw SELECT * FROM heap_vec;
RESET vecstore.compression;
SELECT pg_relation_size('vs_vec') <= 0.6 * pg_relation_size('heap_vec') AS zstd_at_most_0_6x_heap,
	   pg_relation_size('vs_vec_raw') <= pg_relation_size('heap_vec') AS none_at_most_heap;
SELECT (SELECT count(*) FROM (TABLE heap_vec EXCEPT ALL TABLE vs_vec) a) AS missing,
	   (SELECT count(*) FROM (TABLE vs_vec EXCEPT ALL TABLE heap_vec) b) AS extra,
	   (SELECT count(*) FROM (TABLE vs_vec_raw EXCEPT ALL TABLE heap_vec) c) AS extra_raw;
SELECT vecstore_verify('vs_vec'), vecstore_verify('vs_vec_raw');

-- rows rolled back to a savepoint leave holes in the row numbers
CREATE TABLE vs_holes (id int) USING vecstore;
BEGIN;
INSERT INTO vs_holes SELECT generate_series(1, 10);
SAVEPOINT s;
INSERT INTO vs_holes SELECT generate_series(11, 20);
ROLLBACK TO SAVEPOINT s;
INSERT INTO vs_holes SELECT generate_series(21, 30);
COMMIT;
SELECT count(*), sum(id) FROM vs_holes;
SELECT sum(row_count) AS stored_rows FROM vecstore_stripes('vs_holes') WHERE kind = 'data';
SELECT vecstore_verify('vs_holes');

-- an aborted transaction's stripe is invisible, and VACUUM forgets it;
-- VACUUM FREEZE freezes committed stripes and drops reservations
CREATE TABLE vs_vac (id int) USING vecstore;
INSERT INTO vs_vac SELECT generate_series(1, 100);
BEGIN;
INSERT INTO vs_vac SELECT generate_series(101, 200);
SELECT count(*) FROM vs_vac;
ROLLBACK;
SELECT count(*) FROM vs_vac;
SELECT kind, row_count FROM vecstore_stripes('vs_vac') WHERE kind = 'data' ORDER BY first_row;
VACUUM (FREEZE) vs_vac;
SELECT kind, row_count, xmin FROM vecstore_stripes('vs_vac') ORDER BY first_row;
SELECT count(*), sum(id) FROM vs_vac;
SELECT vecstore_verify('vs_vac');

-- many small transactions: the directory spans several chained pages
-- (indexed, so that each transaction also leaves a row-number reservation)
CREATE TABLE vs_dir (id int) USING vecstore;
CREATE INDEX vs_dir_id ON vs_dir (id);
\set ECHO none
SELECT format('INSERT INTO vs_dir VALUES (%s)', i) FROM generate_series(1, 150) i
\gexec
\set ECHO all
SELECT count(*), sum(id) FROM vs_dir;
SELECT kind, count(*) FROM vecstore_stripes('vs_dir') GROUP BY kind ORDER BY kind;
VACUUM (FREEZE) vs_dir;
INSERT INTO vs_dir VALUES (151);
SELECT kind, count(*) FROM vecstore_stripes('vs_dir') GROUP BY kind ORDER BY kind;
SELECT count(*), sum(id) FROM vs_dir;
SELECT vecstore_verify('vs_dir');

-- temp tables use local buffers and write no WAL
CREATE TEMP TABLE vs_temp (id bigint, v real[]) USING vecstore;
INSERT INTO vs_temp SELECT i, ARRAY[i, i / 2.0]::real[] FROM generate_series(1, 20000) i;
SELECT count(*), sum(id), sum(v[2]::numeric) FROM vs_temp;
SELECT vecstore_verify('vs_temp');

-- no columns at all; columns dropped and added after stripes were written
-- (old stripes read the added column as its default); 1600 columns
CREATE TABLE vs_nocols () USING vecstore;
INSERT INTO vs_nocols DEFAULT VALUES;
INSERT INTO vs_nocols SELECT FROM generate_series(1, 5);
SELECT count(*) FROM vs_nocols;
SELECT vecstore_verify('vs_nocols');
CREATE TABLE vs_alter (x int, y text, z bigint) USING vecstore;
INSERT INTO vs_alter SELECT i, 'y' || i, i * 10 FROM generate_series(1, 100) i;
ALTER TABLE vs_alter DROP COLUMN y;
ALTER TABLE vs_alter ADD COLUMN w int DEFAULT 7;
INSERT INTO vs_alter SELECT i, i * 10, i FROM generate_series(101, 200) i;
SELECT count(*), sum(x), sum(z), sum(w) FROM vs_alter;
SELECT vecstore_verify('vs_alter');
\set ECHO none
SELECT format('CREATE TABLE vs_wide (%s) USING vecstore',
			  string_agg('c' || i || ' int', ', '))
FROM generate_series(1, 1600) i
\gexec
SELECT format('INSERT INTO vs_wide SELECT %s FROM generate_series(1, 50) g',
			  string_agg('g + ' || i, ', '))
FROM generate_series(1, 1600) i
\gexec
\set ECHO all
SELECT count(*), sum(c1), sum(c800), sum(c1600) FROM vs_wide;
SELECT vecstore_verify('vs_wide');

-- the inspection functions only take vecstore tables the user can read
SELECT vecstore_verify('heap_scalar');
SELECT * FROM vecstore_stripes('heap_scalar');
CREATE ROLE vs_storage_nobody;
SET ROLE vs_storage_nobody;
SELECT vecstore_verify('vs_small');
RESET ROLE;
DROP ROLE vs_storage_nobody;

-- GUC bounds
SET vecstore.compression = lz4;
SET vecstore.compression_level = 0;
SET vecstore.compression_level = 20;

DROP TABLE heap_scalar, vs_scalar, heap_id, vs_id, heap_ts, vs_ts,
	heap_label, vs_label, vs_small, vs_raw, heap_types, vs_types, vs_holes,
	vs_vac, vs_dir, vs_temp, heap_vec, vs_vec, vs_vec_raw, vs_nocols, vs_alter, vs_wide;
