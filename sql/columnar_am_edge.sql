--
-- Access-method edge cases: backward scans, savepoint levels, PL/pgSQL
-- exception blocks, TID scans, ADD/DROP COLUMN and rewrites with buffered
-- rows, DROP with buffered rows, temporary tables, AFTER ROW triggers,
-- ANALYZE/VACUUM and index builds.  The scenario runs on heap, on vecstore
-- with the default buffer and on vecstore with the smallest buffer.
--
SET client_min_messages = warning;
CREATE SCHEMA am_heap;
CREATE SCHEMA am_vec;
CREATE SCHEMA am_small;
SET search_path = am_heap, public;
SET default_table_access_method = heap;
\i sql/columnar_am_inc/edge.sql
SET search_path = am_vec, public;
SET default_table_access_method = vecstore;
\i sql/columnar_am_inc/edge.sql
SET search_path = am_small, public;
SET vecstore.write_buffer_size = 8192;
\i sql/columnar_am_inc/edge.sql
RESET vecstore.write_buffer_size;
RESET default_table_access_method;
RESET search_path;
DROP SCHEMA am_heap, am_vec, am_small CASCADE;
