--
-- Row counts at TID block, chunk group and stripe boundaries; TID range
-- predicates.
-- The scenario in columnar_inc/bounds.sql runs three times: on heap tables,
-- on vecstore tables with the default write buffer, and on vecstore tables
-- with the smallest write buffer (chunk groups are flushed in the middle of
-- statements, savepoints and cursors).  The three runs must print the same
-- things and leave the same rows.
--
\set heap bounds_heap
\set vec bounds_vec
\set small bounds_small
CREATE SCHEMA :heap;
CREATE SCHEMA :vec;
CREATE SCHEMA :small;
SET search_path = :heap, public;
SET default_table_access_method = heap;
\i sql/columnar_inc/bounds.sql
SET search_path = :vec, public;
SET default_table_access_method = vecstore;
\i sql/columnar_inc/bounds.sql
SET search_path = :small, public;
SELECT set_config('vecstore.write_buffer_size',
	coalesce((SELECT min_val FROM pg_settings WHERE name = 'vecstore.write_buffer_size'), '64kB'),
	false) IS NOT NULL AS small_buffer;
\i sql/columnar_inc/bounds.sql
RESET vecstore.write_buffer_size;
RESET default_table_access_method;
RESET search_path;
\i sql/columnar_inc/compare.sql
