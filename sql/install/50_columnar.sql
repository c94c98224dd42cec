-- The vecstore table access method: columnar stripes written from
-- backend-local insert buffers.
CREATE FUNCTION vecstore_tableam_handler(internal)
RETURNS table_am_handler
AS 'MODULE_PATHNAME', 'vecstore_tableam_handler'
LANGUAGE C STRICT;

CREATE ACCESS METHOD vecstore TYPE TABLE HANDLER vecstore_tableam_handler;
COMMENT ON ACCESS METHOD vecstore IS 'columnar table access method with buffered inserts';
