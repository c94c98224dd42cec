--
-- The seed case: 1000 single-row INSERT statements in a loop, autocommit and
-- inside one transaction, at 64 and 768 dimensions, with the default and the
-- smallest write buffer: no error, every row present with the right values.
--
CREATE FUNCTION seed_vec(id int, dim int) RETURNS real[]
LANGUAGE sql IMMUTABLE AS $$
	SELECT array_agg(((id * 31 + k * 7) % 1000 - 500) / 8.0 ORDER BY k)::real[]
	FROM generate_series(1, dim) k
$$;
-- the literal the client sends
CREATE FUNCTION seed_lit(id int, dim int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
	SELECT '[' || array_to_string(seed_vec(id, dim), ',') || ']'
$$;
\set tab seed_64_auto
\set dim 64
\set in_xact false
\i sql/columnar_inc/seed.sql
\set tab seed_64_xact
\set in_xact true
\i sql/columnar_inc/seed.sql
\set tab seed_768_auto
\set dim 768
\set in_xact false
\i sql/columnar_inc/seed.sql
\set tab seed_768_xact
\set in_xact true
\i sql/columnar_inc/seed.sql
SELECT set_config('vecstore.write_buffer_size',
	coalesce((SELECT min_val FROM pg_settings WHERE name = 'vecstore.write_buffer_size'), '64kB'),
	false) IS NOT NULL AS small_buffer;
\set tab seed_768_small_xact
\i sql/columnar_inc/seed.sql
\set tab seed_64_small_xact
\set dim 64
\i sql/columnar_inc/seed.sql
RESET vecstore.write_buffer_size;
SELECT relname, amname FROM pg_class JOIN pg_am a ON a.oid = relam
	WHERE relname LIKE 'seed\_%' ORDER BY 1;
DROP TABLE seed_64_auto, seed_64_xact, seed_768_auto, seed_768_xact,
	seed_768_small_xact, seed_64_small_xact;
DROP FUNCTION seed_lit(int, int), seed_vec(int, int);
