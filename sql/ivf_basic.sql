-- The ivfrabitq index: operator classes, plans, ordering of each operator
-- against exact search, errors, inserts after build, VACUUM, REINDEX.

SELECT c.opcname, amvalidate(c.oid), c.opcdefault
FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod
WHERE a.amname = 'ivfrabitq' ORDER BY 1;

-- a deterministic clustered data set: 8 clusters in 16 dimensions
CREATE TABLE items (id int PRIMARY KEY, category int, embedding vector(16));
INSERT INTO items
SELECT i, i % 5,
	(SELECT array_agg(((i % 8) * 3 + (j % 3)) * (CASE WHEN (i + j) % 2 = 0 THEN 1 ELSE -1 END)
		+ sin(i * 7.1 + j * 1.3)::real)
	 FROM generate_series(1, 16) j)::vector
FROM generate_series(1, 2000) i;
INSERT INTO items VALUES (2001, 1, NULL);
ANALYZE items;

CREATE INDEX items_l2 ON items USING ivfrabitq (embedding vector_l2_ops) WITH (lists = 8);
CREATE INDEX items_ip ON items USING ivfrabitq (embedding vector_ip_ops) WITH (lists = 8);
CREATE INDEX items_cos ON items USING ivfrabitq (embedding vector_cosine_ops) WITH (lists = 8);
-- L1: lists and candidates by Euclidean geometry, re-ranked by L1
CREATE INDEX items_l1 ON items USING ivfrabitq (embedding vector_l1_ops) WITH (lists = 8);

SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM items ORDER BY embedding <-> '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]' LIMIT 5;
EXPLAIN (COSTS OFF) SELECT id FROM items ORDER BY embedding <#> '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]' LIMIT 5;
EXPLAIN (COSTS OFF) SELECT id FROM items ORDER BY embedding <=> '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]' LIMIT 5;
EXPLAIN (COSTS OFF) SELECT id FROM items ORDER BY embedding <+> '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]' LIMIT 5;
-- no index for a plain scan
EXPLAIN (COSTS OFF) SELECT id FROM items WHERE embedding IS NOT NULL LIMIT 5;
RESET enable_seqscan;

-- with every list probed and every candidate re-ranked, the index returns
-- the exact distances of a sort (compared as distances: ties may differ)
CREATE FUNCTION knn_matches(op text, q vector, k int) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
	exact float8[];
	approx float8[];
BEGIN
	SET LOCAL enable_indexscan = off;
	EXECUTE format('SELECT array_agg(d) FROM (SELECT embedding %1$s $1 AS d FROM items ORDER BY embedding %1$s $1 LIMIT %2$s) s', op, k)
		INTO exact USING q;
	SET LOCAL enable_indexscan = on;
	SET LOCAL enable_seqscan = off;
	SET LOCAL enable_bitmapscan = off;
	EXECUTE format('SELECT array_agg(d) FROM (SELECT embedding %1$s $1 AS d FROM items ORDER BY embedding %1$s $1 LIMIT %2$s) s', op, k)
		INTO approx USING q;
	RETURN exact = approx;
END $$;

BEGIN;
SET LOCAL vecstore.ivf_probes = 8;
SET LOCAL vecstore.ivf_rerank = 3000;
SELECT op, bool_and(knn_matches(op, embedding, 10)) AS exact
FROM (VALUES ('<->'), ('<#>'), ('<=>'), ('<+>')) o(op), (SELECT embedding FROM items WHERE id % 97 = 0) q
GROUP BY op ORDER BY op;
COMMIT;

-- the ORDER BY values are the operators' exact values, in order
SET enable_seqscan = off;
SELECT bool_and(d = embedding <-> '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]') AS exact_values,
	bool_and(d >= prev) AS ordered
FROM (SELECT embedding, d, lag(d, 1, 0::float8) OVER () AS prev
	  FROM (SELECT embedding, embedding <-> '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]' AS d
			FROM items ORDER BY 2 LIMIT 50) s) t;

-- default probes already find the true nearest neighbours of stored vectors
SELECT count(*) FILTER (WHERE (SELECT id FROM items ORDER BY embedding <-> q.embedding LIMIT 1) = q.id)
	AS self_found, count(*) AS queries
FROM items q WHERE q.id % 50 = 0;

-- filtered queries return LIMIT rows even when few rows match
SET vecstore.ivf_probes = 1;
SET vecstore.ivf_rerank = 10;
SELECT count(*) FROM (SELECT id FROM items WHERE category = 3 AND id % 7 = 0
	ORDER BY embedding <-> '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]' LIMIT 40) s;
-- bounded by vecstore.ivf_max_probes
SET vecstore.ivf_max_probes = 1;
SELECT count(*) <= 10 AS bounded FROM (SELECT id FROM items WHERE category = 3 AND id % 7 = 0
	ORDER BY embedding <-> '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]' LIMIT 40) s;
RESET vecstore.ivf_max_probes;
RESET vecstore.ivf_probes;
RESET vecstore.ivf_rerank;

-- inserts after the build, into every index, are found
INSERT INTO items VALUES (3001, 0, '[100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100]');
INSERT INTO items SELECT 3001 + id, 0, embedding + '[0.001,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]'
FROM items WHERE id BETWEEN 1 AND 1500 ORDER BY id;
SELECT id FROM items ORDER BY embedding <-> '[100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100]' LIMIT 1;
SELECT id FROM items ORDER BY embedding <=> '[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]' LIMIT 1;
SELECT id FROM items ORDER BY embedding <#> '[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]' LIMIT 1;

-- VACUUM removes dead entries; deleted rows are not returned before either
DELETE FROM items WHERE id = 3001;
SELECT id FROM items ORDER BY embedding <-> '[100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100]' LIMIT 1;
DELETE FROM items WHERE id > 3001;
VACUUM items;
SELECT ivfrabitq_check('items_l2') AS l2_entries, ivfrabitq_check('items_ip') AS ip_entries,
	ivfrabitq_check('items_cos') AS cos_entries;
SELECT ivfrabitq_check('items_pkey');
-- the NULL row (id 2001) is not in the index
EXPLAIN (COSTS OFF) SELECT id FROM items ORDER BY embedding <-> '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]' LIMIT 5000;
SELECT count(*), count(*) FILTER (WHERE id = 2001) AS null_row FROM (SELECT id FROM items ORDER BY embedding <-> '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]' LIMIT 5000) s;
SELECT id FROM items ORDER BY embedding <-> '[100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100]' LIMIT 1;

-- REINDEX
REINDEX INDEX items_l2;
SELECT id FROM items ORDER BY embedding <-> '[100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100]' LIMIT 1;
REINDEX INDEX CONCURRENTLY items_l2;
CREATE INDEX CONCURRENTLY items_l2_cic ON items USING ivfrabitq (embedding) WITH (lists = 8);
DROP INDEX items_l2;
SELECT id FROM items ORDER BY embedding <-> '[100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100]' LIMIT 1;
SELECT count(*) FROM (SELECT id FROM items ORDER BY embedding <-> '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]' LIMIT 5000) s;
RESET enable_seqscan;

-- errors
CREATE INDEX ON items USING ivfrabitq (embedding vector_ops);
CREATE INDEX ON items USING ivfrabitq (category);
CREATE INDEX ON items USING ivfrabitq (embedding) WITH (lists = 0);
CREATE INDEX ON items USING ivfrabitq (embedding) WITH (lists = 40000);
CREATE INDEX ON items USING ivfrabitq (embedding, category);
SET enable_seqscan = off;
SELECT id FROM items ORDER BY embedding <-> '[1,2,3]' LIMIT 1;
INSERT INTO items VALUES (5000, 0, '[1,2,3]');
RESET enable_seqscan;
CREATE TABLE untyped (v vector);
CREATE INDEX ON untyped USING ivfrabitq (v);
INSERT INTO untyped VALUES ('[1,2]'), ('[1,2,3]');
CREATE INDEX ON untyped USING ivfrabitq (v);
DROP TABLE untyped;

-- an empty table: one list, filled by inserts
CREATE TABLE empty (id int, v vector(3));
CREATE INDEX ON empty USING ivfrabitq (v vector_cosine_ops);
INSERT INTO empty SELECT i, ARRAY[i, i % 3, 1]::real[]::vector FROM generate_series(1, 500) i;
INSERT INTO empty VALUES (0, '[0,0,0]');
SET enable_seqscan = off;
SELECT id FROM empty ORDER BY v <=> '[2,2,1]' LIMIT 3;
RESET enable_seqscan;
SELECT id FROM empty ORDER BY v <=> '[2,2,1]', id LIMIT 3;
DROP TABLE empty;

-- an unlogged table
CREATE UNLOGGED TABLE unlogged_items AS SELECT * FROM items;
CREATE INDEX ON unlogged_items USING ivfrabitq (embedding) WITH (lists = 4);
INSERT INTO unlogged_items VALUES (3001, 0, '[100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100]');
SET enable_seqscan = off;
SELECT id FROM unlogged_items ORDER BY embedding <-> '[100,100,100,100,100,100,100,100,100,100,100,100,100,100,100,100]' LIMIT 1;
RESET enable_seqscan;
DROP TABLE unlogged_items;

-- an expression index re-ranks on the expression's value
CREATE INDEX items_expr ON items USING ivfrabitq ((l2_normalize(embedding))) WITH (lists = 4);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM items ORDER BY l2_normalize(embedding) <-> l2_normalize('[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]') LIMIT 3;
SELECT array_agg(id) AS ids, array_agg(round(d::numeric, 6)) AS distances FROM (
	SELECT id, l2_normalize(embedding) <-> l2_normalize('[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]') AS d
	FROM items ORDER BY l2_normalize(embedding) <-> l2_normalize('[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]') LIMIT 3) s;
RESET enable_seqscan;
SELECT array_agg(id) AS ids, array_agg(round(d::numeric, 6)) AS distances FROM (
	SELECT id, l2_normalize(embedding) <-> l2_normalize('[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]') AS d
	FROM items ORDER BY 2, 1 LIMIT 3) s;

DROP FUNCTION knn_matches;
DROP TABLE items;
