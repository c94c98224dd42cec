-- ivfrabitq at the type's limit of 16000 dimensions (centroids span
-- pages, codes take 2000 bytes), and the build's memory bound.

CREATE TABLE wide (id int, v vector(16000));
INSERT INTO wide
SELECT i, (SELECT array_agg(((i % 4) * 10 + sin(i * 3.7 + j * 0.01)) * CASE WHEN j % (i % 4 + 2) = 0 THEN 1 ELSE -1 END)
	FROM generate_series(1, 16000) j)::vector
FROM generate_series(1, 60) i;

-- k-means for 100 lists of 16000 floats does not fit in 1MB
SET maintenance_work_mem = '1MB';
CREATE INDEX ON wide USING ivfrabitq (v) WITH (lists = 100);
RESET maintenance_work_mem;

CREATE INDEX wide_l2 ON wide USING ivfrabitq (v) WITH (lists = 4);
CREATE INDEX wide_cos ON wide USING ivfrabitq (v vector_cosine_ops) WITH (lists = 4);
SELECT pg_relation_size('wide_l2') / 8192 AS pages;

SET enable_seqscan = off;
-- each stored vector finds itself first, through both indexes
SELECT count(*) FILTER (WHERE (SELECT id FROM wide w2 ORDER BY w2.v <-> w.v LIMIT 1) = w.id) AS l2_self,
	count(*) FILTER (WHERE (SELECT id FROM wide w2 ORDER BY w2.v <=> w.v LIMIT 1) = w.id) AS cos_self,
	count(*) AS queries
FROM wide w WHERE id % 5 = 0;
INSERT INTO wide SELECT 1000 + id, v FROM wide WHERE id <= 10;
SELECT id FROM wide ORDER BY v <-> (SELECT v FROM wide WHERE id = 7) LIMIT 2;
RESET enable_seqscan;
SELECT id FROM wide ORDER BY v <-> (SELECT v FROM wide WHERE id = 7), id LIMIT 2;
DROP TABLE wide;

-- a column without typmod takes its dimensions from the rows
CREATE TABLE untyped (id int, v vector);
INSERT INTO untyped SELECT i, ARRAY[i % 7, i % 11, i % 13]::real[]::vector FROM generate_series(1, 300) i;
CREATE INDEX untyped_idx ON untyped USING ivfrabitq (v) WITH (lists = 3);
INSERT INTO untyped VALUES (301, '[50,50,50]');
INSERT INTO untyped VALUES (302, '[1,2]');
SET enable_seqscan = off;
SELECT id FROM untyped ORDER BY v <-> '[49,49,49]' LIMIT 1;
RESET enable_seqscan;
SELECT ivfrabitq_check('untyped_idx');
DROP TABLE untyped;
