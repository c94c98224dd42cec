-- Comparisons and the btree and hash operator classes: ORDER BY, DISTINCT,
-- GROUP BY, UNIQUE indexes, index scans, hash and merge joins, hash
-- partitioning.  The order of vectors is the order of their real[] arrays
-- (element by element, then the shorter first), which serves as reference.

SELECT amvalidate(c.oid), a.amname
FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod
WHERE c.opcname = 'vector_ops' ORDER BY 2;

-- hand-checked comparisons
SELECT vector_cmp('[1,2]', '[1,3]'), vector_cmp('[1,2]', '[1,2]'),
	vector_cmp('[2]', '[1,5]'), vector_cmp('[1,2]', '[1,2,0]');
SELECT '[1,2]'::vector < '[1,3]', '[1,2]'::vector <= '[1,2]', '[1,2]'::vector = '[1,2]',
	'[1,2]'::vector <> '[1,2,3]', '[2]'::vector >= '[1,5]', '[1]'::vector > '[1]';
-- -0 equals +0, and hashes the same
SELECT '[0,-0]'::vector = '[-0,0]' AS eq,
	vector_hash('[0,-0]') = vector_hash('[0,0]') AS hash_eq,
	vector_hash_extended('[-0]', 42) = vector_hash_extended('[0]', 42) AS hash_ext_eq,
	vector_hash('[1,2]') <> vector_hash('[2,1]') AS hash_differs;
-- with seed 0 the extended hash extends the standard one
SELECT bool_and((vector_hash_extended(v, 0) & 4294967295) = (vector_hash(v)::bigint & 4294967295))
FROM (VALUES ('[1]'::vector), ('[1,2,3]'), ('[-0.5,1e-7,3e38]')) s(v);

-- random short vectors with many duplicates, a few dimensions, and zeros
-- of both signs
SELECT setseed(0.3);
CREATE TABLE items (id int, v vector);
INSERT INTO items
SELECT id, array_agg((floor(random() * 3) - 1) * (CASE WHEN random() < 0.5 THEN -0.0 ELSE 1 END))::vector
FROM generate_series(1, 2000) AS id, generate_series(1, 1 + id % 3)
GROUP BY id;
INSERT INTO items VALUES (2001, '[0]'), (2002, '[-0]'), (2003, '[0,0,0]'), (2004, '[-0,-0,-0]');
ANALYZE items;

-- ORDER BY agrees with real[] order (ties broken by id)
SELECT array_agg(id ORDER BY v, id) = array_agg(id ORDER BY v::real[], id) AS asc_matches,
	array_agg(id ORDER BY v DESC, id) = array_agg(id ORDER BY v::real[] DESC, id) AS desc_matches
FROM items;

-- DISTINCT and GROUP BY, sorted and hashed, against real[]
SELECT count(DISTINCT v) AS distinct_vectors, count(DISTINCT v::real[]) AS distinct_arrays FROM items;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF) SELECT DISTINCT v FROM items;
CREATE TEMP TABLE sorted_groups AS SELECT v, count(*) AS n FROM items GROUP BY v;
SELECT count(*) AS groups FROM (SELECT DISTINCT v FROM items) s;
RESET enable_hashagg;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT v, count(*) FROM items GROUP BY v;
CREATE TEMP TABLE hashed_groups AS SELECT v, count(*) AS n FROM items GROUP BY v;
EXPLAIN (COSTS OFF) SELECT DISTINCT v FROM items;
SELECT count(*) AS groups FROM (SELECT DISTINCT v FROM items) s;
RESET enable_sort;
SELECT (SELECT count(*) FROM sorted_groups) AS sorted, (SELECT count(*) FROM hashed_groups) AS hashed,
	(SELECT count(*) FROM (SELECT v::real[] FROM items GROUP BY 1) s) AS reference,
	(SELECT count(*) FROM sorted_groups s FULL JOIN hashed_groups h ON s.v::real[] = h.v::real[]
	 WHERE s.n IS DISTINCT FROM h.n) AS mismatched;
-- both zeros fall into one group, however they are grouped
SELECT count(*) FILTER (WHERE v::text = '[0]') AS plus_zero,
	count(*) FILTER (WHERE v::text = '[-0]') AS minus_zero
FROM items WHERE v::real[] = '{0}';
SELECT vector_dims(v), count(*) FROM items WHERE v = '[0]' OR v = '[0,0,0]' GROUP BY v ORDER BY v;
SET enable_sort = off;
SELECT vector_dims(v), count(*) FROM items WHERE v = '[0]' OR v = '[0,0,0]' GROUP BY v ORDER BY 1;
RESET enable_sort;

-- btree index: equality and range scans, ordered scans
CREATE INDEX items_v_btree ON items (v);
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM items WHERE v = '[1,-1]';
SELECT count(*) AS via_index FROM items WHERE v = '[1,-1]';
EXPLAIN (COSTS OFF) SELECT id FROM items WHERE v < '[-1,0]' ORDER BY v;
CREATE TEMP TABLE less_via_index AS SELECT id FROM items WHERE v < '[-1,0]';
EXPLAIN (COSTS OFF) SELECT v FROM items ORDER BY v LIMIT 3;
SELECT v FROM items ORDER BY v LIMIT 3;
SELECT count(*) AS zeros_via_index FROM items WHERE v = '[-0]';
RESET enable_seqscan;
RESET enable_bitmapscan;
SELECT count(*) AS via_seqscan FROM items WHERE v = '[1,-1]';
SELECT (SELECT count(*) FROM less_via_index) AS via_index,
	(SELECT array_agg(id ORDER BY id) FROM less_via_index) =
	(SELECT array_agg(id ORDER BY id) FROM items WHERE v::real[] < '{-1,0}') AS same_rows;

-- hash index
CREATE INDEX items_v_hash ON items USING hash (v);
DROP INDEX items_v_btree;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM items WHERE v = '[0,1,-1]';
SELECT count(*) AS via_hash_index FROM items WHERE v = '[0,1,-1]';
SELECT count(*) AS via_hash_index FROM items WHERE v = '[-0,-0,-0]';
RESET enable_seqscan;
RESET enable_bitmapscan;
SELECT count(*) AS via_seqscan FROM items WHERE v::real[] = '{0,1,-1}';
SELECT count(*) AS via_seqscan FROM items WHERE v::real[] = '{0,0,0}';

-- UNIQUE: a duplicate is refused, -0 included
CREATE TABLE uniq (v vector UNIQUE);
INSERT INTO uniq VALUES ('[1,2]'), ('[1,2,3]'), ('[0,1]');
INSERT INTO uniq VALUES ('[1,2]');
INSERT INTO uniq VALUES ('[-0,1]');
INSERT INTO uniq VALUES ('[0,1]') ON CONFLICT (v) DO NOTHING;
INSERT INTO uniq VALUES ('[2,1]');
SELECT v FROM uniq ORDER BY v;
DROP TABLE uniq;

-- joins on vector equality: hash join and merge join agree with real[]
CREATE TABLE probes AS SELECT id, v FROM items WHERE id % 7 = 0;
ANALYZE probes;
SELECT count(*) AS reference FROM items i JOIN probes p ON i.v::real[] = p.v::real[];
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM items i JOIN probes p ON i.v = p.v;
SELECT count(*) AS hash_join FROM items i JOIN probes p ON i.v = p.v;
RESET enable_mergejoin;
SET enable_hashjoin = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM items i JOIN probes p ON i.v = p.v;
SELECT count(*) AS merge_join FROM items i JOIN probes p ON i.v = p.v;
RESET enable_hashjoin;
RESET enable_nestloop;
-- a parallel hash join
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM items i JOIN probes p ON i.v = p.v;
SELECT count(*) AS parallel_hash_join FROM items i JOIN probes p ON i.v = p.v;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET enable_mergejoin;
RESET enable_nestloop;

-- hash partitioning uses the extended hash: -0 and +0 land together
CREATE TABLE parted (id int, v vector) PARTITION BY HASH (v);
CREATE TABLE parted_0 PARTITION OF parted FOR VALUES WITH (MODULUS 3, REMAINDER 0);
CREATE TABLE parted_1 PARTITION OF parted FOR VALUES WITH (MODULUS 3, REMAINDER 1);
CREATE TABLE parted_2 PARTITION OF parted FOR VALUES WITH (MODULUS 3, REMAINDER 2);
INSERT INTO parted SELECT id, v FROM items;
SELECT count(DISTINCT tableoid) AS partitions_used FROM parted;
SELECT count(DISTINCT tableoid) AS partitions_for_zero FROM parted WHERE v::real[] = '{0,0,0}';
SELECT count(*) AS found_by_pruning FROM parted WHERE v = '[0,0,0]';
EXPLAIN (COSTS OFF) SELECT * FROM parted WHERE v = '[0,0,0]';
DROP TABLE parted;
DROP TABLE probes;
DROP TABLE items;
