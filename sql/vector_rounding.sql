-- Text input is correctly rounded: every element reads as the same float4
-- as real's own input (strtof) reads it, including decimal strings right
-- at and next to the midpoint between two floats, where a parser that
-- rounds twice goes wrong.

-- Parses s as a vector element and as a real; returns the float4 text
-- (or SQLSTATE) of each, for comparison.
CREATE FUNCTION pg_temp.as_vector(s text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
	RETURN (('[' || s || ']')::vector::real[])[1]::text;
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE;
END $$;
CREATE FUNCTION pg_temp.as_real(s text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
	RETURN s::real::text;
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE;
END $$;

-- The exact decimal value of sig * 2^p, as integer digits and a power of
-- ten: sig * 2^p = sig * 5^-p * 10^p.
CREATE FUNCTION pg_temp.exact_decimal(sig bigint, p int,
									  OUT digits text, OUT exp10 int)
LANGUAGE sql IMMUTABLE AS $$
	SELECT CASE WHEN p >= 0 THEN trunc(sig * 2::numeric ^ p)::text
				ELSE trunc(sig * 5::numeric ^ (-p))::text END,
		   CASE WHEN p >= 0 THEN 0 ELSE p END
$$;

-- Random float4 bit patterns: half over the whole exponent range
-- (subnormals included), half where embeddings live (about 1e-7..1e3).
SELECT setseed(0.25);
CREATE TEMP TABLE floats AS
SELECT i, random() < 0.5 AS neg, e,
	   CASE WHEN e = 0 THEN m ELSE m + 8388608 END AS sig,
	   CASE WHEN e = 0 THEN -149 ELSE e - 150 END AS p
FROM (SELECT i,
			 CASE WHEN i % 2 = 0 THEN floor(random() * 255)::int
				  ELSE 104 + floor(random() * 34)::int END AS e,
			 floor(random() * 8388608)::bigint AS m
	  FROM generate_series(1, 2500) i) s;

-- Exact values: each float itself, and the midpoint between it and the
-- next float up, (2 sig + 1) * 2^(p - 1).
CREATE TEMP TABLE exact AS
SELECT i, neg, 'float' AS kind, d.*
FROM floats, pg_temp.exact_decimal(sig, p) d
UNION ALL
SELECT i, neg, 'midpoint', d.*
FROM floats, pg_temp.exact_decimal(2 * sig + 1, p - 1) d;

-- Strings: the exact value; cut to n significant digits (just below);
-- cut and the last digit raised by one (just above); with and without a
-- decimal point.
CREATE TEMP TABLE strings AS
SELECT kind, CASE WHEN neg THEN '-' ELSE '' END || s AS s
FROM exact,
LATERAL (
	SELECT digits || 'e' || exp10
	UNION ALL
	SELECT v FROM unnest(ARRAY[1, 6, 8, 9, 10, 12, 15, 17, 18, 19, 20, 25]) n,
		LATERAL (VALUES (left(digits, n) || 'e' || (exp10 + length(digits) - n)),
						((left(digits, n)::numeric + 1)::text || 'e' ||
						 (exp10 + length(digits) - n)),
						('0.' || left(digits, n) || 'e' || (exp10 + length(digits))))
			AS t(v)
	WHERE n < length(digits)
) x(s);

SELECT kind, count(*) > 10000 AS many_strings,
	count(*) FILTER (WHERE pg_temp.as_vector(s) = pg_temp.as_real(s)) = count(*)
		AS all_agree
FROM strings GROUP BY kind ORDER BY kind;

-- Any disagreement, shown in full.
SELECT s, pg_temp.as_vector(s) AS vector, pg_temp.as_real(s) AS real
FROM strings WHERE pg_temp.as_vector(s) <> pg_temp.as_real(s) LIMIT 10;

-- Known hard cases: exact midpoints that must round to even, and strings
-- within a hair of a midpoint.  Where real reports an underflow to zero
-- (22003), a vector element is zero, as in pgvector.
SELECT s, pg_temp.as_vector(s) AS vector, pg_temp.as_real(s) AS real
FROM unnest(ARRAY[
	'16777217', '16777219', '16777217.000000000001', '16777216.99999999999',
	'1.00000005960464477539062500', '1.0000000596046447753906249',
	'1.0000000596046447753906251', '0.500000029802322387695312',
	'3.4028235677973366e38', '3.4028235677973367e38',
	'7.0064923216240853e-46', '7.0064923216240854e-46',
	'1.4012984643248170e-45', '1.1754942807573642e-38',
	'0.1', '0.2', '0.3', '0.7', '1e-7', '123456.789', '4.9e-324']) s;

-- Every length of digit run before and after the point (the parser takes
-- runs of up to eight digits at once, and at most 19 significant digits),
-- with leading zeros, a sign and an exponent: no element differs from real.
SELECT count(*) AS strings,
	   count(*) FILTER (WHERE pg_temp.as_vector(s) <> pg_temp.as_real(s)) AS differ
FROM (SELECT sign || lead || substr('12345678901234567890123', 1, i) ||
			 CASE WHEN f < 0 THEN '' ELSE '.' || substr('90817263549081726354908', 1, f) END ||
			 ex AS s
	  FROM generate_series(0, 22) i, generate_series(-1, 22) f,
		   unnest(ARRAY['', '-']) sign, unnest(ARRAY['', '000']) lead,
		   unnest(ARRAY['', 'e-5', 'E+3']) ex
	  WHERE i > 0 OR f > 0) x;
