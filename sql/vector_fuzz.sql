-- Randomized input: thousands of valid, mutated and random strings through
-- text input, and malformed binary messages through binary COPY.  Only
-- the expected SQLSTATEs may occur, accepted values must be right, and
-- the backend must survive.  The seed is fixed, so runs are repeatable.

SELECT setseed(0.1234) \g /dev/null

-- A random element, in one of several spellings.
CREATE FUNCTION pg_temp.random_element() RETURNS text
LANGUAGE sql AS $$
	SELECT CASE floor(random() * 6)::int
		WHEN 0 THEN ((random() * 2 - 1)::real)::text
		WHEN 1 THEN (random() * 2 - 1)::text
		WHEN 2 THEN ((random() - 0.5) * 10 ^ (random() * 90 - 45))::text
		WHEN 3 THEN floor(random() * 2000 - 1000)::text
		WHEN 4 THEN to_char(random() * 100, 'FM999.0999')
		ELSE ((random() - 0.5) * 10 ^ (random() * 20 - 10))::real::text
	END
$$;

-- A random whitespace run, usually empty.
CREATE FUNCTION pg_temp.random_space() RETURNS text
LANGUAGE sql AS $$
	SELECT CASE WHEN random() < 0.7 THEN ''
		ELSE (ARRAY[' ', '  ', E'\t', E'\n', E' \r\n'])[1 + floor(random() * 5)::int]
	END
$$;

CREATE FUNCTION pg_temp.random_vector_text() RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	n int := 1 + floor(random() * 10)::int;
	s text := pg_temp.random_space() || '[';
BEGIN
	FOR i IN 1..n LOOP
		IF i > 1 THEN
			s := s || pg_temp.random_space() || ',';
		END IF;
		s := s || pg_temp.random_space() || pg_temp.random_element();
	END LOOP;
	RETURN s || pg_temp.random_space() || ']' || pg_temp.random_space();
END $$;

-- One to three random edits: delete, insert, replace, cut.
CREATE FUNCTION pg_temp.mutate(s text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	alphabet text := E'[]0123456789.,eE+- \t\n,,,]]]][[naifxINFA;:{}()é\\"';
	pos int;
	c text;
BEGIN
	FOR i IN 1..1 + floor(random() * 3)::int LOOP
		pos := 1 + floor(random() * (length(s) + 1))::int;
		c := substr(alphabet, 1 + floor(random() * length(alphabet))::int, 1);
		s := CASE floor(random() * 4)::int
			WHEN 0 THEN overlay(s PLACING '' FROM pos FOR 1)
			WHEN 1 THEN overlay(s PLACING c FROM pos FOR 0)
			WHEN 2 THEN overlay(s PLACING c FROM pos FOR 1)
			ELSE left(s, pos - 1)
		END;
	END LOOP;
	RETURN s;
END $$;

-- Random characters from the same alphabet.
CREATE FUNCTION pg_temp.random_junk() RETURNS text
LANGUAGE sql AS $$
	SELECT string_agg(substr(E'[]0123456789.,eE+- \tnaifx', 1 + floor(random() * 26)::int, 1), '')
	FROM generate_series(0, floor(random() * 20)::int)
$$;

-- Does an accepted literal hold exactly what its tokens read as reals?
-- (A token that underflows to zero is an error for real, zero for vector.)
CREATE FUNCTION pg_temp.elements_agree(s text, v vector) RETURNS bool
LANGUAGE plpgsql AS $$
DECLARE
	ws text := E' \t\n\r\f' || chr(11);
	tokens text[] := string_to_array(btrim(btrim(s, ws), '[]'), ',');
	elems real[] := v::real[];
	r real;
BEGIN
	IF array_length(tokens, 1) <> array_length(elems, 1) THEN
		RETURN false;
	END IF;
	FOR i IN 1..array_length(tokens, 1) LOOP
		BEGIN
			r := btrim(tokens[i], ws)::real;
		EXCEPTION WHEN numeric_value_out_of_range THEN
			r := 0;
		END;
		IF r::text <> elems[i]::text AND NOT (r = 0 AND elems[i] = 0) THEN
			RETURN false;
		END IF;
	END LOOP;
	RETURN true;
END $$;

CREATE TEMP TABLE text_fuzz (kind text, s text, sqlstate text, ok bool);

DO $$
DECLARE
	s text;
	kind text;
	v vector;
BEGIN
	FOR i IN 1..4000 LOOP
		kind := (ARRAY['valid', 'mutated', 'junk'])[1 + i % 3];
		s := CASE kind
			WHEN 'valid' THEN pg_temp.random_vector_text()
			WHEN 'mutated' THEN pg_temp.mutate(pg_temp.random_vector_text())
			ELSE pg_temp.random_junk()
		END;
		BEGIN
			v := s::vector;
			INSERT INTO text_fuzz VALUES (kind, s, NULL,
				v::text::vector::text = v::text AND pg_temp.elements_agree(s, v));
		EXCEPTION WHEN OTHERS THEN
			INSERT INTO text_fuzz VALUES (kind, s, SQLSTATE, NULL);
		END;
	END LOOP;
END $$;

-- Valid literals are accepted unless an element is beyond float range;
-- every accepted literal round-trips and holds what real reads.
SELECT kind, sqlstate, count(*) > 0 AS seen, bool_and(ok) AS all_correct
FROM text_fuzz GROUP BY kind, sqlstate ORDER BY kind, sqlstate;
SELECT count(*) AS unexpected_errors FROM text_fuzz
WHERE sqlstate NOT IN ('22P02', '22003', '54000')
   OR (kind = 'valid' AND sqlstate <> '22003');
SELECT * FROM text_fuzz WHERE NOT ok LIMIT 5;

-- Binary COPY: a file with one row whose one field is a vector message,
-- written to /tmp under a name unique to this cluster.
CREATE FUNCTION pg_temp.fuzz_file() RETURNS text
LANGUAGE sql AS $$
	SELECT '/tmp/vecstore_vector_fuzz_' || system_identifier || '.bin'
	FROM pg_control_system()
$$;

CREATE FUNCTION pg_temp.copy_file(field bytea, len int) RETURNS bytea
LANGUAGE sql AS $$
	SELECT '\x5047434f50590aff0d0a00'::bytea	-- PGCOPY\n\377\r\n\0
		|| int4send(0) || int4send(0)			-- flags, header extension
		|| int2send(1::int2) || int4send(len)	-- one field of len bytes
		|| field
		|| int2send((-1)::int2)					-- trailer
$$;

-- A vector message: dim, unused, elements given as raw 32-bit patterns.
CREATE FUNCTION pg_temp.message(dim int, unused int, bits int[]) RETURNS bytea
LANGUAGE sql AS $$
	SELECT int2send(dim::int2) || int2send(unused::int2)
		|| coalesce((SELECT string_agg(int4send(b), ''::bytea ORDER BY o)
					 FROM unnest(bits) WITH ORDINALITY u(b, o)), ''::bytea)
$$;

CREATE TEMP TABLE bin_any (v vector);
CREATE TEMP TABLE bin_3 (v vector(3));
CREATE TEMP TABLE bin_fuzz (kind text, msg bytea, sqlstate text, ok bool);

DO $$
DECLARE
	dim int;
	bits int[];
	finite bool;
	msg bytea;
	framing int;
	kind text;
	target text;
	lo oid;
	got bytea;
BEGIN
	FOR i IN 1..1200 LOOP
		dim := 1 + floor(random() * 6)::int;
		-- random bit patterns, now and then a NaN or an infinity
		bits := ARRAY(SELECT floor(random() * 4294967296 - 2147483648)::int
					  FROM generate_series(1, dim) g WHERE i > 0);
		IF random() < 0.1 THEN
			bits[1 + floor(random() * dim)::int] :=
				(ARRAY[2143289344, 2139095040, -8388608, -1])[1 + floor(random() * 4)::int];
		END IF;
		finite := NOT EXISTS (SELECT FROM unnest(bits) b
							  WHERE (b >> 23) & 255 = 255);
		kind := (ARRAY['valid', 'truncated', 'extended', 'dim', 'unused',
					   'framing', 'garbage'])[1 + i % 7];
		msg := pg_temp.message(dim, 0, bits);
		framing := NULL;
		CASE kind
			WHEN 'truncated' THEN
				msg := substr(msg, 1, floor(random() * length(msg))::int);
			WHEN 'extended' THEN
				msg := msg || substr(int4send(bits[1]), 1, 1 + floor(random() * 4)::int);
			WHEN 'dim' THEN
				msg := pg_temp.message((ARRAY[0, -1, dim + 1, dim - 1, 16001, 32767,
											 -32768, 20000])[1 + floor(random() * 8)::int],
									   0, bits);
			WHEN 'unused' THEN
				msg := pg_temp.message(dim, (ARRAY[1, -1, 256, 32767])[1 + floor(random() * 4)::int],
									   bits);
			WHEN 'framing' THEN
				-- the COPY field length disagrees with the bytes present
				framing := length(msg) + (ARRAY[-3, -1, 1, 5, 100000])[1 + floor(random() * 5)::int];
			WHEN 'garbage' THEN
				msg := substr(int4send(floor(random() * 4294967296 - 2147483648)::int)
							  || int4send(floor(random() * 4294967296 - 2147483648)::int)
							  || int4send(floor(random() * 4294967296 - 2147483648)::int),
							  1, 1 + floor(random() * 12)::int);
			ELSE
				NULL;
		END CASE;
		IF kind = 'framing' AND framing < 0 THEN
			framing := 0;
		END IF;

		lo := lo_from_bytea(0, pg_temp.copy_file(msg, coalesce(framing, length(msg))));
		PERFORM lo_export(lo, pg_temp.fuzz_file());
		PERFORM lo_unlink(lo);

		target := CASE WHEN i % 5 = 0 THEN 'bin_3' ELSE 'bin_any' END;
		BEGIN
			EXECUTE format('TRUNCATE %I', target);
			EXECUTE format('COPY %I FROM %L WITH (FORMAT binary)', target,
						   pg_temp.fuzz_file());
			EXECUTE format('SELECT vector_send(v) FROM %I', target) INTO got;
			-- accepted: must be exactly the message, and a valid one
			INSERT INTO bin_fuzz VALUES (kind, msg, NULL,
				got = msg AND finite AND (target = 'bin_any' OR dim = 3));
		EXCEPTION WHEN OTHERS THEN
			INSERT INTO bin_fuzz VALUES (kind, msg, SQLSTATE,
				kind <> 'valid' OR NOT finite OR (target = 'bin_3' AND dim <> 3));
		END;
	END LOOP;
END $$;

-- Errors: 22P03 for a bad message, 22P04 for bad COPY framing, 22000 for
-- a dimension count other than the column's.  Valid finite messages are
-- always accepted and read back byte for byte.
SELECT kind, sqlstate, count(*) > 0 AS seen, bool_and(ok) AS all_correct
FROM bin_fuzz GROUP BY kind, sqlstate ORDER BY kind, sqlstate;
SELECT count(*) AS unexpected FROM bin_fuzz
WHERE NOT ok OR sqlstate NOT IN ('22P03', '22P04', '22000');

-- A few messages by hand, with their errors.
\set SHOW_CONTEXT never
CREATE FUNCTION pg_temp.load(msg bytea, len int DEFAULT NULL) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	lo oid := lo_from_bytea(0, pg_temp.copy_file(msg, coalesce(len, length(msg))));
BEGIN
	PERFORM lo_export(lo, pg_temp.fuzz_file());
	PERFORM lo_unlink(lo);
	TRUNCATE bin_any;
	EXECUTE format('COPY bin_any FROM %L WITH (FORMAT binary)', pg_temp.fuzz_file());
END $$;
SELECT pg_temp.load('\x000200003f80000040000000');
SELECT * FROM bin_any;
SELECT pg_temp.load('\x00');
SELECT pg_temp.load('\x0002');
SELECT pg_temp.load('\x000200003f800000');
SELECT pg_temp.load('\x000200003f8000004000000000');
SELECT pg_temp.load('\x000000003f800000');
SELECT pg_temp.load('\xffff00003f800000');
SELECT pg_temp.load('\x3e8100003f800000');
SELECT pg_temp.load('\x000100013f800000');
SELECT pg_temp.load('\x000100007fc00000');
SELECT pg_temp.load('\x000100007f800000');
SELECT pg_temp.load('\x00010000ff800000');
-- the element reported among several (four at a time, then the rest)
SELECT pg_temp.load('\x000500003f8000003f8000007fc000003f8000003f800000');
SELECT pg_temp.load('\x000500003f8000003f8000003f8000003f800000ff800000');
SELECT pg_temp.load('\x000500003f8000003f8000003f800000bf80000040400000');
TABLE bin_any;
SELECT pg_temp.load('\x000100003f800000', 12);
SELECT pg_temp.load('\x000100003f800000', 7);

\set SHOW_CONTEXT errors

-- The session is still fine.
SELECT '[1,2,3]'::vector;
