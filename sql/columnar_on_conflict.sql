--
-- INSERT ... ON CONFLICT DO NOTHING.  The scenario in
-- columnar_inc/on_conflict.sql runs on heap tables, on vecstore tables and
-- on vecstore tables with the smallest write buffer; the three runs must
-- print the same things and leave the same rows.  ON CONFLICT DO UPDATE is
-- refused for vecstore tables (columnar_unsupported).
--
\set heap oc_heap
\set vec oc_vec
\set small oc_small
CREATE SCHEMA :heap;
CREATE SCHEMA :vec;
CREATE SCHEMA :small;
SET search_path = :heap, public;
SET default_table_access_method = heap;
\i sql/columnar_inc/on_conflict.sql
SET search_path = :vec, public;
SET default_table_access_method = vecstore;
\i sql/columnar_inc/on_conflict.sql
SET search_path = :small, public;
SELECT set_config('vecstore.write_buffer_size',
	coalesce((SELECT min_val FROM pg_settings WHERE name = 'vecstore.write_buffer_size'), '64kB'),
	false) IS NOT NULL AS small_buffer;
\i sql/columnar_inc/on_conflict.sql
RESET vecstore.write_buffer_size;
RESET default_table_access_method;
RESET search_path;
\i sql/columnar_inc/compare.sql
