-- The extension is relocatable and its script names no schema, so it
-- installs into, and moves to, any schema.

SELECT extrelocatable, extnamespace::regnamespace FROM pg_extension
WHERE extname = 'vecstore';

-- Move the installed extension to another schema and back.
CREATE SCHEMA vs_elsewhere;
CREATE TABLE schema_items (id int, v vector(3));
INSERT INTO schema_items VALUES (1, '[1,2,3]');
ALTER EXTENSION vecstore SET SCHEMA vs_elsewhere;
SELECT 'vector'::regtype;
SELECT 'vs_elsewhere.vector'::regtype, 'vs_elsewhere._vector'::regtype;
SELECT format_type(atttypid, atttypmod) FROM pg_attribute
WHERE attrelid = 'schema_items'::regclass AND attname = 'v';
-- Everything still works with the type qualified by its new schema.
SELECT '[4,5,6]'::vs_elsewhere.vector(3);
SELECT ARRAY[1,2]::vs_elsewhere.vector, ARRAY[1.5]::numeric[]::vs_elsewhere.vector;
SELECT '[1,2]'::vs_elsewhere.vector::real[];
SELECT '[1,2]'::vs_elsewhere.vector::vs_elsewhere.vector(3);
INSERT INTO schema_items VALUES (2, '[7,8,9]'), (3, ARRAY[1,1,1]);
SELECT * FROM schema_items ORDER BY id;
-- No member of the extension was left behind in public.
SELECT count(*) AS left_in_public
FROM pg_depend d JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
WHERE d.refclassid = 'pg_extension'::regclass
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'vecstore')
  AND p.pronamespace = 'public'::regnamespace;
ALTER EXTENSION vecstore SET SCHEMA public;
SELECT '[1,2,3]'::vector(3), extnamespace::regnamespace
FROM pg_extension WHERE extname = 'vecstore';
DROP TABLE schema_items;
DROP SCHEMA vs_elsewhere;

-- A fresh database: CREATE EXTENSION ... SCHEMA puts everything there,
-- and it works with that schema off the search_path.
SELECT current_database() AS regress_db,
	'/tmp/vecstore_vector_schema_' || system_identifier || '.bin' AS binfile
FROM pg_control_system() \gset
CREATE DATABASE vecstore_schema_test;
\c vecstore_schema_test
CREATE SCHEMA vs_fresh;
CREATE EXTENSION vecstore SCHEMA vs_fresh;
SHOW search_path;
SELECT 'vector'::regtype;
SELECT 'vs_fresh.vector'::regtype;
SELECT '[1,2,3]'::vs_fresh.vector(3), ARRAY[1,2]::vs_fresh.vector;
SELECT '[1,2]'::vs_fresh.vector::real[];
CREATE TABLE fresh_items (v vs_fresh.vector(2));
INSERT INTO fresh_items VALUES ('[1,2]'), (ARRAY[3,4]), (ARRAY[5,6]::real[]);
COPY fresh_items TO :'binfile' WITH (FORMAT binary);
COPY fresh_items FROM :'binfile' WITH (FORMAT binary);
SELECT * FROM fresh_items;
SELECT count(*) AS outside_vs_fresh
FROM pg_depend d JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
WHERE d.refclassid = 'pg_extension'::regclass
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'vecstore')
  AND p.pronamespace <> 'vs_fresh'::regnamespace;
SELECT count(*) AS types_outside_vs_fresh
FROM pg_depend d JOIN pg_type t ON d.classid = 'pg_type'::regclass AND d.objid = t.oid
WHERE d.refclassid = 'pg_extension'::regclass
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'vecstore')
  AND t.typnamespace <> 'vs_fresh'::regnamespace;
DROP EXTENSION vecstore CASCADE;
\c :regress_db
DROP DATABASE vecstore_schema_test;

-- The extension is back in public, where the other tests expect it.
SELECT extnamespace::regnamespace FROM pg_extension WHERE extname = 'vecstore';
SELECT '[1,2]'::vector;
