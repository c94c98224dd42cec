-- Casts between vector and arrays.

-- integer[], real[], double precision[] and numeric[] to vector.
SELECT ARRAY[1,2,3]::vector;
SELECT ARRAY[1.5,-2.25,3]::real[]::vector;
SELECT ARRAY[0.1,1e-5,-1e30]::float8[]::vector;
SELECT ARRAY[0.1,1.25,-3]::numeric[]::vector;
SELECT '{1,2}'::int[]::vector(2);
SELECT ARRAY[2147483647,-2147483648]::vector;

-- These casts are assignment casts: they apply to INSERT without a cast.
CREATE TEMP TABLE c (v vector(2));
INSERT INTO c VALUES (ARRAY[1,2]), (ARRAY[1.5,2.5]::real[]),
	(ARRAY[3,4]::float8[]), (ARRAY[5.5,6]::numeric[]);
SELECT * FROM c;
SELECT castsource::regtype, casttarget::regtype, castcontext, castmethod
FROM pg_cast
WHERE casttarget = 'vector'::regtype OR castsource = 'vector'::regtype
ORDER BY 1::text, 2::text;

-- vector to real[] is implicit.
SELECT '[1,2,3]'::vector::real[];
SELECT array_length('[1,2,3]'::vector::real[], 1);
SELECT '[0.1,-0,3.4028235e38]'::vector::real[];
CREATE FUNCTION pg_temp.sum_reals(a real[]) RETURNS real
	LANGUAGE sql AS 'SELECT sum(x) FROM unnest(a) x';
SELECT pg_temp.sum_reals('[1,2,3.5]'::vector);
SELECT unnest('[4,5,6]'::vector::real[]);

-- Arrays with NULLs, several dimensions, or no elements are rejected.
SELECT ARRAY[1,NULL,3]::vector;
SELECT ARRAY[NULL]::real[]::vector;
SELECT ARRAY[[1,2],[3,4]]::vector;
SELECT '{}'::real[]::vector;
SELECT '{}'::int[]::vector;
SELECT '[0:2]={1,2,3}'::int[]::vector;

-- Values a float4 cannot hold are rejected.
SELECT ARRAY['NaN']::real[]::vector;
SELECT ARRAY['Infinity']::float8[]::vector;
SELECT ARRAY['-Infinity']::real[]::vector;
SELECT ARRAY[1e39]::float8[]::vector;
SELECT ARRAY[-1e300]::float8[]::vector;
SELECT ARRAY['NaN']::numeric[]::vector;
SELECT ARRAY[1e39]::numeric[]::vector;
SELECT ARRAY[1e-50]::float8[]::vector;

-- The dimension limits and typmod apply.
SELECT array_fill(1, ARRAY[16000])::vector IS NOT NULL AS ok;
SELECT array_fill(1, ARRAY[16001])::vector;
SELECT ARRAY[1,2,3]::vector(2);
SELECT array_to_vector(ARRAY[1,2,3], 3, true);
SELECT array_to_vector(ARRAY[1,2,3], 4, true);
SELECT vector_to_float4('[1,2]', -1, false);

-- No cast from vector to double precision[] or int[] (pgvector has none).
SELECT '[1,2]'::vector::float8[];
SELECT '[1,2]'::vector::int[];

-- Round trip through real[].
SELECT count(*) AS round_trips FROM generate_series(1, 100) i
WHERE ARRAY[i * 0.1, -i * 1e-7, i * 1e20]::real[]::vector::real[]
	= ARRAY[i * 0.1, -i * 1e-7, i * 1e20]::real[];

-- vector[] exists, as pgvector clients expect.
SELECT '{"[1,2]","[3,4]"}'::vector[];
SELECT (ARRAY['[1,2]'::vector, '[3]'])[2];
SELECT typname, typcategory FROM pg_type WHERE typname = '_vector';
SELECT ARRAY['[1,2]','[3,4]']::vector(2)[];
SELECT ARRAY['[1,2]','[3,4,5]']::vector(2)[];
