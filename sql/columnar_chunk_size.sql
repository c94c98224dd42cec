--
-- Chunk groups bounded by bytes (vecstore.chunk_group_size): wide rows are
-- split into many chunk groups, narrow ones still reach the row bound, and
-- every answer equals the heap twin's.
--
SELECT '[1]'::vector IS NOT NULL AS library_loaded;
SET vecstore.chunk_group_size = '32kB';
SET vecstore.chunk_group_size = '64kB';

CREATE TABLE heap_wide (id int, emb vector(768), note text);
CREATE TABLE vs_wide (id int, emb vector(768), note text) USING vecstore;
INSERT INTO heap_wide
SELECT g, array_fill((g % 97)::real / 7, ARRAY[768])::vector,
	   CASE WHEN g % 5 = 0 THEN NULL ELSE 'n' || g END
FROM generate_series(1, 1000) g;
INSERT INTO vs_wide SELECT * FROM heap_wide;

-- about 3kB a row: 1000 rows make far more than one chunk group, each
-- holding rows of one stripe in order
SELECT count(*) > 1 AS several_stripes, sum(row_count) AS rows,
	   sum(chunk_groups) >= 1000 * 3072 / 65536 AS many_chunk_groups
FROM vecstore_stripes('vs_wide') WHERE kind = 'data';
SELECT count(*) FROM (TABLE heap_wide EXCEPT ALL TABLE vs_wide) x;
SELECT count(*) FROM (TABLE vs_wide EXCEPT ALL TABLE heap_wide) x;
SELECT (SELECT string_agg(id::text, ',') FROM
		(SELECT id FROM heap_wide ORDER BY emb <-> array_fill(3::real, ARRAY[768])::vector, id LIMIT 5) h) =
	   (SELECT string_agg(id::text, ',') FROM
		(SELECT id FROM vs_wide ORDER BY emb <-> array_fill(3::real, ARRAY[768])::vector, id LIMIT 5) v)
	   AS same_neighbours;
SELECT vecstore_verify('vs_wide');

-- in one transaction with a savepoint rolled back in the middle
BEGIN;
INSERT INTO vs_wide SELECT id + 1000, emb, note FROM heap_wide WHERE id <= 300;
SAVEPOINT s;
INSERT INTO vs_wide SELECT id + 2000, emb, note FROM heap_wide;
ROLLBACK TO s;
INSERT INTO vs_wide SELECT id + 3000, emb, note FROM heap_wide WHERE id > 700;
COMMIT;
INSERT INTO heap_wide SELECT id + 1000, emb, note FROM heap_wide WHERE id <= 300;
INSERT INTO heap_wide SELECT id + 3000, emb, note FROM heap_wide WHERE id BETWEEN 701 AND 1000;
SELECT count(*), sum(id) FROM vs_wide;
SELECT count(*) FROM (TABLE heap_wide EXCEPT ALL TABLE vs_wide) x;
SELECT count(*) FROM (TABLE vs_wide EXCEPT ALL TABLE heap_wide) x;

-- narrow rows under the default size: the row bound (10000) ends each
-- chunk group, so 20000 rows of one int make two
RESET vecstore.chunk_group_size;
CREATE TABLE vs_narrow (id int) USING vecstore;
INSERT INTO vs_narrow SELECT g FROM generate_series(1, 20000) g;
SELECT count(*) AS stripes, sum(row_count) AS rows, sum(chunk_groups) AS chunk_groups
FROM vecstore_stripes('vs_narrow') WHERE kind = 'data';
SELECT count(*), sum(id), min(id), max(id) FROM vs_narrow;

DROP TABLE heap_wide, vs_wide, vs_narrow;
