-- The typmod of vector is its number of dimensions, 1..16000.

SELECT '[1,2,3]'::vector(3);
SELECT '[1,2]'::vector(3);
SELECT '[1,2,3,4]'::vector(3);
SELECT '[1]'::vector(1);
SELECT format_type('vector'::regtype, 768);

-- Typmods outside 1..16000, or more than one, are rejected.
SELECT '[1]'::vector(0);
SELECT '[1]'::vector(-1);
SELECT '[1]'::vector(16001);
SELECT '[1]'::vector(3, 4);
CREATE TABLE bad_typmod (v vector(0));
CREATE TABLE bad_typmod (v vector(16001));
SELECT ('[' || repeat('0,', 15999) || '0]')::vector(16000) IS NOT NULL AS ok;

-- A column's typmod is the dimension count clients read back.
CREATE TABLE items (id int, embedding vector(3), free vector);
SELECT attname, atttypmod, format_type(atttypid, atttypmod)
FROM pg_attribute
WHERE attrelid = 'items'::regclass AND attnum > 0
ORDER BY attnum;

-- Text, array and vector values are all checked against the column.
INSERT INTO items VALUES (1, '[1,2,3]', '[1]');
INSERT INTO items VALUES (2, '[1,2]', '[1]');
INSERT INTO items VALUES (3, ARRAY[1,2,3,4], '[1]');
INSERT INTO items VALUES (4, ARRAY[1.5,2.5,3.5]::real[], '[1,2,3,4,5]');
INSERT INTO items VALUES (5, '[1,2,3,4]'::vector, '[1]');
INSERT INTO items (id, embedding) SELECT 6, free FROM items WHERE id = 4;
UPDATE items SET embedding = '[9]' WHERE id = 1;
SELECT * FROM items ORDER BY id;

-- The error names both counts and has SQLSTATE 22000.
DO $$
BEGIN
	INSERT INTO items VALUES (7, '[1,2,3,4,5,6]', NULL);
EXCEPTION WHEN OTHERS THEN
	RAISE NOTICE '% %', SQLSTATE, SQLERRM;
END $$;

-- Casting vector to vector(n) enforces the dimension count.
SELECT '[1,2,3]'::vector::vector(3);
SELECT '[1,2,3]'::vector::vector(2);
SELECT '[1,2,3]'::vector(3)::vector;
SELECT vector('[1,2]', 2, true), vector('[1,2]', -1, false);
SELECT vector('[1,2]', 5, false);

-- Views keep the typmod.
CREATE VIEW items_view AS SELECT embedding FROM items;
SELECT format_type(atttypid, atttypmod) FROM pg_attribute
WHERE attrelid = 'items_view'::regclass AND attname = 'embedding';
DROP VIEW items_view;

-- ALTER TYPE through the length coercion.
ALTER TABLE items ALTER COLUMN free TYPE vector(1);
DELETE FROM items WHERE id = 4;
ALTER TABLE items ALTER COLUMN free TYPE vector(1);
SELECT * FROM items ORDER BY id;

DROP TABLE items;
