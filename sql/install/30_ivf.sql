-- The ivfrabitq index access method: IVF lists of RaBitQ codes with exact
-- re-ranking, and operator classes under pgvector's names.

CREATE FUNCTION ivfrabitq_handler(internal) RETURNS index_am_handler
	AS 'MODULE_PATHNAME' LANGUAGE C;

CREATE ACCESS METHOD ivfrabitq TYPE INDEX HANDLER ivfrabitq_handler;

COMMENT ON ACCESS METHOD ivfrabitq IS 'IVF index of RaBitQ codes for vector ORDER BY <->, <#>, <=>, <+>';

-- Strategy numbers name the distance (see src/ivf.h).
CREATE OPERATOR CLASS vector_l2_ops
	DEFAULT FOR TYPE vector USING ivfrabitq AS
	OPERATOR 1 <-> (vector, vector) FOR ORDER BY float_ops;

CREATE OPERATOR CLASS vector_ip_ops
	FOR TYPE vector USING ivfrabitq AS
	OPERATOR 2 <#> (vector, vector) FOR ORDER BY float_ops;

CREATE OPERATOR CLASS vector_cosine_ops
	FOR TYPE vector USING ivfrabitq AS
	OPERATOR 3 <=> (vector, vector) FOR ORDER BY float_ops;

-- L1: lists and candidates chosen in Euclidean geometry, re-ranked by L1
CREATE OPERATOR CLASS vector_l1_ops
	FOR TYPE vector USING ivfrabitq AS
	OPERATOR 4 <+> (vector, vector) FOR ORDER BY float_ops;

-- Checks an index's structure; returns its number of entries on disk (not
-- the entries this backend's open transaction still holds in memory).
CREATE FUNCTION ivfrabitq_check(regclass) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT;
