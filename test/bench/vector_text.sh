#!/bin/sh
# Times text input and output of the vector type against PostgreSQL's own
# real[] on the same numbers, and prints the ratios.  Starts nothing: it
# runs against whatever server the PG* environment variables point at, in
# a database where the vecstore extension can be created.
#
#   test/bench/vector_text.sh [ROWS] [REPS]
#
# Each kind of number (shortest float4 text, as vector_out prints it, and
# 17-digit doubles, as Python clients send them) gets ROWS strings of 768
# elements.  The vector and real[] queries run alternately REPS times; the
# medians of their times and of the per-run speedups are printed.
set -eu

rows=${1:-2000}
reps=${2:-7}
dims=768

psql -X -q -v ON_ERROR_STOP=1 -v rows="$rows" -v reps="$reps" -v dims="$dims" <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS vecstore;

-- Runs two queries alternately :reps times; returns the median time of
-- each in milliseconds and the median of the per-run ratios b/a, so that
-- load from elsewhere hits both sides alike.
CREATE FUNCTION pg_temp.compare(a text, b text, reps int,
								OUT a_ms float8, OUT b_ms float8, OUT ratio float8)
LANGUAGE plpgsql AS $$
DECLARE
	t0 timestamptz;
	ta float8;
	tb float8;
	as_ float8[] := '{}';
	bs float8[] := '{}';
	rs float8[] := '{}';
BEGIN
	EXECUTE a;					-- warm up
	EXECUTE b;
	FOR i IN 1..reps LOOP
		t0 := clock_timestamp();
		EXECUTE a;
		ta := extract(epoch FROM clock_timestamp() - t0) * 1000;
		t0 := clock_timestamp();
		EXECUTE b;
		tb := extract(epoch FROM clock_timestamp() - t0) * 1000;
		as_ := as_ || ta;
		bs := bs || tb;
		rs := rs || tb / ta;
	END LOOP;
	SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) INTO a_ms FROM unnest(as_) x;
	SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) INTO b_ms FROM unnest(bs) x;
	SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) INTO ratio FROM unnest(rs) x;
END $$;

SELECT setseed(0.42) \g /dev/null

-- The same numbers as vector text ('[..]') and as array text ('{..}').
-- STORAGE external keeps pglz decompression out of the measurement.
CREATE TEMP TABLE strs (kind text, vtext text, atext text);
ALTER TABLE strs ALTER vtext SET STORAGE external,
	ALTER atext SET STORAGE external;
INSERT INTO strs
SELECT kind, '[' || e || ']', '{' || e || '}'
FROM (SELECT k.kind, string_agg(
			CASE k.kind
				WHEN 'float4' THEN ((random() * 2 - 1)::real)::text
				ELSE (random() * 2 - 1)::text
			END, ',') AS e
	  FROM generate_series(1, :rows) r,
		  (VALUES ('float4'), ('17-digit')) k(kind),
		  generate_series(1, :dims) d
	  GROUP BY k.kind, r) g;
VACUUM ANALYZE strs;

CREATE TEMP TABLE vals (kind text, v vector, a real[]);
ALTER TABLE vals ALTER a SET STORAGE external;
INSERT INTO vals SELECT kind, vtext::vector, atext::real[] FROM strs;
VACUUM ANALYZE vals;

CREATE TEMP TABLE results (what text, kind text, vector_ms float8,
						   real_ms float8, speedup float8);
INSERT INTO results
SELECT 'input', kind, c.*
FROM (VALUES ('float4'), ('17-digit')) k(kind),
	pg_temp.compare(format('SELECT count(vtext::vector) FROM strs WHERE kind = %L', kind),
					format('SELECT count(atext::real[]) FROM strs WHERE kind = %L', kind),
					:reps) c;
INSERT INTO results
SELECT 'output', kind, c.*
FROM (VALUES ('float4')) k(kind),
	pg_temp.compare(format('SELECT count(v::text) FROM vals WHERE kind = %L', kind),
					format('SELECT count(a::text) FROM vals WHERE kind = %L', kind),
					:reps) c;

\echo
\echo :rows vectors of :dims dimensions, median of :reps runs
SELECT what, kind AS numbers, round(vector_ms::numeric, 1) AS vector_ms,
	round(real_ms::numeric, 1) AS real_array_ms,
	round(speedup::numeric, 2) AS speedup
FROM results ORDER BY what, kind DESC;
SQL
