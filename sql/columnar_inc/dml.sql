-- Scenario for columnar_dml.sql: every insert path and the common data
-- types.  Runs in the current schema with the current
-- default_table_access_method; prints only what must be the same on heap
-- and vecstore.
CREATE TABLE t (
	id int4, i2 int2, i8 int8, f4 float4, f8 float8, n numeric, tx text,
	b bytea, bo bool, d date, ts timestamptz, u uuid, j jsonb,
	ia int4[], ta text[], emb real[], v vector(3)
);
-- single-row inserts, NULLs everywhere and edge values
INSERT INTO t VALUES (1, 1, 1, 1.5, 2.25, 3.125, 'one', '\x01ff', true,
	'2024-02-29', '2024-02-29 12:34:56.789+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
	'{"a": 1, "b": [1, 2]}', '{1,2,3}', '{x,NULL,z}', '{0.5,-1.25,3}', '[1,2,3]');
INSERT INTO t VALUES (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO t (id) VALUES (3);
INSERT INTO t VALUES (4, -32768, -9223372036854775808, 'NaN', '-Infinity',
	'NaN', '', '\x', false, '-infinity', 'infinity', '00000000-0000-0000-0000-000000000000',
	'null', '{}', '{}', '{}', '[0,-0,1e-30]');
INSERT INTO t VALUES (5, 32767, 9223372036854775807, '-0', 1e308,
	'-12345678901234567890.000000000000000000001', E'tab\there\nnewline \\ backslash',
	'\x00000000', NULL, '4713-01-01 BC', '1999-12-31 23:59:59.999999+14', NULL,
	'[1, "two", {"three": 3.0}]', '{NULL}', '{"quoted, text","{}"}', '{NULL,1}',
	'[1.5, -2.25, 3.4e38]');
-- a toasted (external, compressed) value and a long incompressible one
INSERT INTO t (id, tx) VALUES (6, repeat('abcdefghij', 20000));
INSERT INTO t (id, tx, b) SELECT 7, string_agg(md5(g::text), ''),
	decode(string_agg(md5((-g)::text), ''), 'hex')
	FROM generate_series(1, 4000) g;
-- multi-row VALUES
INSERT INTO t (id, i2, tx, bo, emb, v) VALUES
	(10, 10, 'ten', true, '{1,2}', '[10,10,10]'),
	(11, NULL, 'eleven', NULL, NULL, NULL),
	(12, 12, NULL, false, '{3,4,5}', '[3,4,5]'),
	(13, 13, 'thirteen', true, '{}', NULL);
-- INSERT ... SELECT, enough rows to pass the smallest write buffer many times
INSERT INTO t
SELECT g, (g % 30000)::int2, g::int8 * 1000003, g / 7.0, g / 3.0, g / 11.0,
	CASE WHEN g % 5 = 0 THEN NULL ELSE 'row ' || g || repeat(' pad', g % 40) END,
	CASE WHEN g % 6 = 0 THEN NULL ELSE decode(md5(g::text), 'hex') END,
	CASE WHEN g % 3 = 0 THEN NULL ELSE g % 2 = 0 END,
	date '2000-01-01' + g,
	timestamptz '2000-01-01 00:00:00+00' + g * interval '37 minutes',
	CASE WHEN g % 4 = 0 THEN NULL ELSE md5(g::text)::uuid END,
	CASE WHEN g % 7 = 0 THEN NULL ELSE jsonb_build_object('g', g, 's', 'v' || g) END,
	ARRAY[g, g + 1, NULL],
	CASE WHEN g % 9 = 0 THEN NULL ELSE ARRAY['a' || g, NULL] END,
	(SELECT array_agg(((g * 31 + k * 7) % 1000) / 8.0)::real[] FROM generate_series(1, 64) k),
	CASE WHEN g % 8 = 0 THEN NULL ELSE ARRAY[g, -g, g / 4.0]::vector END
FROM generate_series(100, 3099) g;
-- COPY FROM STDIN, text format
COPY t (id, i8, tx, d, j, ia, emb, v) FROM STDIN;
5001	-1	copied	2020-01-01	{"k": "v"}	{5,6}	{1.5,2.5}	[1,2,3]
5002	\N	\N	\N	\N	\N	\N	\N
5003	42	with\ttab and \\N literal	1970-01-01	[]	{}	{}	[-0.5,0.25,0]
\.
-- COPY binary and text through a server-side file
SELECT '/tmp/vecstore_regress_dml_' || pg_backend_pid() || '.copy' AS copyfile \gset
COPY (SELECT g::int4 AS id, g::int2, g::int8, (g / 4.0)::float4, (g / 8.0)::float8,
	(g / 16.0)::numeric, repeat(chr(65 + g % 26), g % 300)::text,
	decode(md5(g::text), 'hex')::bytea, (g % 2 = 0)::bool,
	(date '2010-01-01' + g)::date,
	(timestamptz '2010-01-01 00:00:00+00' + g * interval '1 hour')::timestamptz,
	md5((g * 2)::text)::uuid, jsonb_build_array(g, g::text)::jsonb, ARRAY[g]::int4[],
	ARRAY[g::text]::text[], ARRAY[g::real, -g::real]::real[],
	ARRAY[g, g + 1, g + 2]::real[]::vector(3)
	FROM generate_series(6000, 7999) g) TO :'copyfile' (FORMAT binary);
COPY t FROM :'copyfile' (FORMAT binary);
COPY (SELECT * FROM t WHERE id BETWEEN 6000 AND 6999) TO :'copyfile';
COPY t FROM :'copyfile';
COPY (SELECT 1 WHERE false) TO :'copyfile';
-- COPY FROM STDIN in binary and text format, through psql's \copy and a
-- client-side file
\copy (SELECT g::int4, NULL::int2, -g::int8, NULL::float4, g::float8 / 3, NULL::numeric, 'client ' || g, NULL::bytea, g % 3 = 0, NULL::date, NULL::timestamptz, NULL::uuid, jsonb_build_object('c', g), NULL::int4[], ARRAY['c', NULL]::text[], ARRAY[g, g, g]::real[], ('[' || g || ',0,-1]')::vector FROM generate_series(20000, 20999) g) TO 'results/columnar_dml_client.copy' (FORMAT binary)
\copy t FROM 'results/columnar_dml_client.copy' (FORMAT binary)
\copy (SELECT g::int4, NULL::int2, -g::int8, NULL::float4, g::float8 / 3, NULL::numeric, E'client\ttab ' || g, '\x00ff'::bytea, NULL::bool, '2001-01-01'::date, NULL::timestamptz, NULL::uuid, NULL::jsonb, ARRAY[g]::int4[], NULL::text[], NULL::real[], NULL::vector FROM generate_series(21000, 21499) g) TO 'results/columnar_dml_client.copy'
\copy t FROM 'results/columnar_dml_client.copy'
SELECT count(*), count(DISTINCT id), sum(id) FROM t;
SELECT id, i2, i8, f4, f8, n, tx, b, bo, d, ts, u, j, ia, ta, emb, v
	FROM t WHERE (id < 20 AND id NOT IN (6, 7)) OR id IN (5001, 5002, 5003) ORDER BY id;
SELECT id, length(tx), md5(tx), length(b), md5(b) FROM t WHERE id IN (6, 7) ORDER BY id;
SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM t;
SELECT count(i2), count(i8), count(f4), count(f8), count(n), count(tx), count(b),
	count(bo), count(d), count(ts), count(u), count(j), count(ia), count(ta), count(emb),
	count(v)
	FROM t;
SELECT sum(i8), sum(n), sum(length(tx)), count(*) FILTER (WHERE bo),
	min(d), max(ts), count(DISTINCT u), sum((j->>'g')::int), sum((v::real[])[1]::float8),
	count(DISTINCT v) FROM t;
-- dropped and added columns, with and without a table rewrite
ALTER TABLE t DROP COLUMN i2;
ALTER TABLE t DROP COLUMN j;
ALTER TABLE t ADD COLUMN c1 int DEFAULT 42;
ALTER TABLE t ADD COLUMN c2 text DEFAULT 'dflt';
ALTER TABLE t ADD COLUMN c3 int;
INSERT INTO t (id, tx, c1, c3) VALUES (8001, 'after ddl', NULL, 1), (8002, 'after ddl 2', 7, NULL);
INSERT INTO t (id) SELECT g FROM generate_series(8100, 8999) g;
SELECT c1, c2, c3, count(*) FROM t GROUP BY c1, c2, c3 ORDER BY c1, c2, c3;
SELECT id, tx, c1, c2, c3 FROM t WHERE id IN (1, 2, 8001, 8002, 8100) ORDER BY id;
-- volatile default: rewrites the table through the access method
ALTER TABLE t ADD COLUMN c4 int DEFAULT (random() * 0)::int + 7;
ALTER TABLE t DROP COLUMN ta;
INSERT INTO t (id, c4) VALUES (9001, NULL);
SELECT c4, count(*) FROM t GROUP BY c4 ORDER BY c4;
SELECT count(*), count(DISTINCT id), sum(id) FROM t;
SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM t;
-- TIDs: offsets in 1..291, unique, and a TID scan finds the row
SELECT count(*) AS bad_offsets FROM t
	WHERE (ctid::text::point)[1] NOT BETWEEN 1 AND 291;
SELECT count(*) = count(DISTINCT ctid) AS ctids_unique FROM t;
SELECT id FROM t WHERE ctid = (SELECT ctid FROM t WHERE id = 1234);
SELECT id FROM t WHERE ctid = ANY (ARRAY(SELECT ctid FROM t WHERE id IN (5, 6001, 8500)))
	ORDER BY id;
-- RETURNING shows each new row's final TID, which finds the row
CREATE TABLE tids (id int, tid tid) USING heap;
WITH x AS (INSERT INTO t (id, tx) SELECT g, 'returning' FROM generate_series(9100, 9599) g
		   RETURNING id, ctid)
INSERT INTO tids SELECT id, ctid FROM x;
SELECT count(*), count(DISTINCT tid), count(*) FILTER (WHERE (tid::text::point)[1] BETWEEN 1 AND 291)
	FROM tids;
SELECT count(*) FROM tids JOIN t ON t.ctid = tids.tid AND t.id = tids.id;
DROP TABLE tids;
-- the same inside a transaction, reading rows it has not committed yet
BEGIN;
INSERT INTO t (id, tx) SELECT g, 'tx ' || g FROM generate_series(10000, 11999) g;
SELECT count(*), sum(id) FROM t WHERE id >= 10000;
SELECT count(*) AS bad_offsets FROM t
	WHERE (ctid::text::point)[1] NOT BETWEEN 1 AND 291;
SELECT count(*) = count(DISTINCT ctid) AS ctids_unique FROM t;
SELECT id, tx FROM t WHERE ctid = (SELECT ctid FROM t WHERE id = 11998);
COMMIT;
SELECT count(*), count(DISTINCT id), sum(id) FROM t;
