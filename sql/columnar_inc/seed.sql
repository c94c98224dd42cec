-- One seed run: 1000 single-row INSERT statements (sent one by one by
-- \gexec) into table :tab with :dim-dimensional embeddings, autocommit or
-- inside one transaction (:in_xact); then every row must be there with the
-- right values.
CREATE TABLE :tab (id int, doc text, emb vector(:dim)) USING vecstore;
\if :in_xact
BEGIN;
\endif
-- (the 1000 statements are not echoed)
\set ECHO none
SELECT format('INSERT INTO %I (id, doc, emb) VALUES (%s, %L, %L)',
	:'tab', i, 'doc ' || i, seed_lit(i, :dim)) FROM generate_series(1, 1000) i
\gexec
\set ECHO all
\if :in_xact
SELECT count(*), count(DISTINCT id), min(id), max(id),
	count(*) FILTER (WHERE emb = seed_vec(id, :dim)::vector AND doc = 'doc ' || id) AS exact
	FROM :tab;
COMMIT;
\endif
SELECT count(*), count(DISTINCT id), min(id), max(id),
	count(*) FILTER (WHERE emb = seed_vec(id, :dim)::vector AND doc = 'doc ' || id) AS exact,
	count(*) FILTER (WHERE vector_dims(emb) = :dim) AS right_dim
	FROM :tab;
SELECT id, doc, (emb::real[])[1:4] AS head, (emb::real[])[:dim - 1:] AS tail FROM :tab
	WHERE id IN (1, 500, 1000) ORDER BY id;
