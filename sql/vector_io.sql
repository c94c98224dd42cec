-- Text and binary input and output of the vector type.

-- Text output is the shortest text that reads back to the same float4,
-- without spaces.
SELECT '[1,2,3]'::vector;
SELECT '[0.1,1e-05,-0.5,100000000,1.5e+20,3.4028235e+38,1.4e-45]'::vector;
SELECT '[0.10000000149011612,0.30000001192092896]'::vector;
SELECT '[-0,0,+1,-1]'::vector;

-- Whitespace is allowed around brackets, elements and commas.
SELECT ' [ 1 , 2 ,3 ] '::vector;
SELECT (E'\t[\n1,\r2\f,' || chr(11) || E'3]\n')::vector;

-- Number forms strtof accepts: exponents, leading and trailing dots,
-- signs, leading zeros, many digits.
SELECT '[1e3,1E-3,1.e2,.5,-.5,+2.5e+1,007,1e0005]'::vector;
SELECT '[0.000000000000000000000000000000000000000000001]'::vector;
SELECT '[1234567890123456789012345678901234567.890]'::vector;
SELECT '[0.1000000000000000000000000000000000000001]'::vector;
SELECT '[0x10]'::vector;

-- Underflow to zero reads as zero, as in pgvector.
SELECT '[1e-50,-1e-50]'::vector;

-- Malformed literals: each error says what is wrong.
SELECT '1,2,3'::vector;
SELECT '(1,2,3)'::vector;
SELECT ''::vector;
SELECT '['::vector;
SELECT '[1'::vector;
SELECT '[1,'::vector;
SELECT '[1 2]'::vector;
SELECT '[]'::vector;
SELECT '[ ]'::vector;
SELECT '[,]'::vector;
SELECT '[1,,2]'::vector;
SELECT '[1,2,]'::vector;
SELECT '[,1]'::vector;
SELECT '[1]]'::vector;
SELECT '[1] x'::vector;
SELECT '[1],[2]'::vector;
SELECT '[a]'::vector;
SELECT '[1a]'::vector;
SELECT '[1e]'::vector;
SELECT '[1.2.3]'::vector;
SELECT '[--1]'::vector;
SELECT '[.]'::vector;
SELECT '[-]'::vector;
SELECT '[1;2]'::vector;
SELECT '[NaN]'::vector;
SELECT '[nan]'::vector;
SELECT '[1,Infinity]'::vector;
SELECT '[-inf]'::vector;
SELECT '[1e39]'::vector;
SELECT '[-3.5e38]'::vector;
SELECT '[1e99999999999999999999]'::vector;
SELECT '[3.4028236e38]'::vector;

-- The SQLSTATE of each kind of bad literal: 22P02, or 22003 when a number
-- is out of range, or 54000 beyond the dimension limit.
CREATE FUNCTION pg_temp.vector_error(lit text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
	PERFORM lit::vector;
	RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE;
END $$;
SELECT lit, pg_temp.vector_error(lit)
FROM unnest(ARRAY['1,2,3', '', '[', '[1', '[1 2]', '[]', '[,]', '[1,,2]',
				  '[1,2,]', '[1]]', '[1] x', '[a]', '[1e]', '[--1]', '[NaN]',
				  '[-inf]', '[1e39]', '[1e99999999999999999999]',
				  '[1,2,3]']) lit;
SELECT pg_temp.vector_error('[' || repeat('1,', 16000) || '1]');

-- The largest float4 still reads; just above it rounds down to it.
SELECT '[3.4028235e38,3.40282356e38]'::vector;

-- Dimension limits.
SELECT vector_dims_ok FROM (
	SELECT ('[' || repeat('1,', 15999) || '1]')::vector IS NOT NULL AS vector_dims_ok) s;
SELECT ('[' || repeat('1,', 16000) || '1]')::vector;

-- The session is still usable after all those errors.
SELECT '[4,5,6]'::vector;

-- Every value vector_out prints reads back identically.
SELECT setseed(0.5);
CREATE TEMP TABLE rt AS
SELECT i, ARRAY(SELECT ((random() - 0.5) * 10 ^ (random() * 70 - 35))::real
				FROM generate_series(1, 1 + i % 50) g WHERE i > 0)::vector AS v
FROM generate_series(1, 2000) i;
SELECT count(*) AS total,
	count(*) FILTER (WHERE v::text::vector::real[] = v::real[]
					 AND v::text::vector::text = v::text) AS round_trips
FROM rt;

-- vector_out agrees with real's own shortest output, element by element.
SET extra_float_digits = 1;
SELECT count(*) AS mismatches
FROM rt, LATERAL unnest(v::real[]) WITH ORDINALITY u(x, n)
WHERE split_part(btrim(v::text, '[]'), ',', n::int) <> x::text;
RESET extra_float_digits;

-- Text COPY, the bulk path, into a column with a typmod.
CREATE TEMP TABLE copied (id int, v vector(3));
COPY copied FROM stdin;
1	[1,2,3]
2	 [ 0.5 ,-1e-3, 4e+2 ] 
3	\N
\.
SELECT * FROM copied ORDER BY id;
COPY copied FROM stdin;
4	[1,2,3]
5	[1,2]
\.
COPY copied FROM stdin;
6	[1,2,x]
\.
SELECT count(*) FROM copied;
COPY copied TO stdout;

-- Binary send: int16 dim, int16 0, float4s, big-endian.
SELECT vector_send('[1,-2,0.5]');
SELECT vector_send('[1]'::vector(1));

-- Binary COPY round trip, through a file named after this cluster.
SELECT '/tmp/vecstore_vector_io_' || system_identifier || '.bin' AS binfile
FROM pg_control_system() \gset
CREATE TEMP TABLE bin (id int, v vector(3));
INSERT INTO bin VALUES (1, '[1,2,3]'), (2, '[-0,1e-45,3.4028235e38]'), (3, NULL);
COPY bin TO :'binfile' WITH (FORMAT binary);
CREATE TEMP TABLE bin2 (id int, v vector(3));
COPY bin2 FROM :'binfile' WITH (FORMAT binary);
SELECT * FROM bin2 ORDER BY id;
SELECT count(*) AS same FROM bin JOIN bin2 USING (id)
WHERE bin.v::text = bin2.v::text;

-- The typmod applies to binary input as well.
CREATE TEMP TABLE bin4 (id int, v vector(4));
COPY bin4 FROM :'binfile' WITH (FORMAT binary);
SELECT count(*) FROM bin4;

-- vector[] goes through the same send and receive, element by element.
CREATE TEMP TABLE binarr (a vector[]);
INSERT INTO binarr VALUES ('{"[1,2]","[3]",NULL}'), ('{}');
COPY binarr TO :'binfile' WITH (FORMAT binary);
COPY binarr FROM :'binfile' WITH (FORMAT binary);
SELECT a::text, count(*) FROM binarr GROUP BY 1 ORDER BY 1;
