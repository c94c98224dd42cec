-- A short tour of vecstore: single-row inserts into a columnar table, then
-- a similarity query.  Run by test/demo.
\pset footer off
CREATE EXTENSION vecstore;

CREATE TABLE items (id bigint, label text, embedding vector(3)) USING vecstore;

-- One INSERT statement per row, as an application would send them: vecstore
-- gathers them in memory and writes one compressed columnar stripe at commit.
BEGIN;
DO $$
BEGIN
	FOR i IN 1..1000 LOOP
		INSERT INTO items VALUES (i, 'item ' || i,
			ARRAY[sin(i), cos(i), (i % 10) / 10.0]::vector);
	END LOOP;
END
$$;
COMMIT;

\echo 'stripes written:'
SELECT kind, row_count, bytes_on_disk, bytes_raw, codec FROM vecstore_stripes('items');

\echo 'five nearest neighbours of [0.5,0.5,0.5]:'
SELECT id, label, embedding, embedding <-> '[0.5,0.5,0.5]' AS distance
FROM items ORDER BY embedding <-> '[0.5,0.5,0.5]', id LIMIT 5;
