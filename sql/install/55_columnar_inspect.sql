
-- Inspection of vecstore tables (src/columnar_inspect.c).
CREATE FUNCTION vecstore_stripes(rel regclass,
	OUT kind text, OUT first_row bigint, OUT last_row bigint,
	OUT row_count bigint, OUT chunk_groups int, OUT bytes_on_disk bigint,
	OUT bytes_raw bigint, OUT codec text, OUT xmin xid)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'vecstore_stripes'
LANGUAGE C STRICT VOLATILE;
COMMENT ON FUNCTION vecstore_stripes(regclass) IS
	'stripe directory of a vecstore table: reservations and data stripes';

CREATE FUNCTION vecstore_verify(rel regclass)
RETURNS boolean
AS 'MODULE_PATHNAME', 'vecstore_verify'
LANGUAGE C STRICT VOLATILE;
COMMENT ON FUNCTION vecstore_verify(regclass) IS
	'checks the metapage, directory and every stripe of a vecstore table; errors out on damage';
