-- Compares every vecstore table of schema :vec and :small with the table of
-- the same name in schema :heap: rows in one and not the other, counted
-- with duplicates (EXCEPT ALL both ways); all must be zero.
SELECT c.relname, n.nspname, a.amname FROM pg_class c
	JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am a ON a.oid = c.relam
	WHERE n.nspname IN (:'heap', :'vec', :'small') AND c.relkind = 'r'
	ORDER BY 1, 2;
CREATE FUNCTION pg_temp.compare_schemas(a name, b name)
RETURNS TABLE (tab name, only_in_a bigint, only_in_b bigint)
LANGUAGE plpgsql AS $$
DECLARE
	r record;
BEGIN
	FOR r IN SELECT c.relname FROM pg_class c
		JOIN pg_namespace n ON n.oid = c.relnamespace
		JOIN pg_am am ON am.oid = c.relam
		WHERE n.nspname = b AND c.relkind = 'r' AND am.amname = 'vecstore'
		ORDER BY 1
	LOOP
		tab := r.relname;
		only_in_a := NULL;
		only_in_b := NULL;
		IF to_regclass(format('%I.%I', a, r.relname)) IS NULL THEN
			RETURN NEXT;		-- no twin: shows as NULLs
			CONTINUE;
		END IF;
		EXECUTE format('SELECT count(*) FROM (TABLE %I.%I EXCEPT ALL TABLE %I.%I) x',
					   a, r.relname, b, r.relname) INTO only_in_a;
		EXECUTE format('SELECT count(*) FROM (TABLE %I.%I EXCEPT ALL TABLE %I.%I) x',
					   b, r.relname, a, r.relname) INTO only_in_b;
		RETURN NEXT;
	END LOOP;
END
$$;
SELECT * FROM pg_temp.compare_schemas(:'heap', :'vec');
SELECT * FROM pg_temp.compare_schemas(:'heap', :'small');
DROP FUNCTION pg_temp.compare_schemas(name, name);
SET client_min_messages = warning;
DROP SCHEMA :heap, :vec, :small CASCADE;
RESET client_min_messages;
