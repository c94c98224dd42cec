# The write buffer is bounded in bytes: inserting far more than
# vecstore.write_buffer_size in one transaction keeps the backend's vecstore
# memory contexts within the buffer size plus one chunk group (10000 rows),
# and far below the data inserted.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('memory');
$node->init;
$node->start;
$node->safe_psql('postgres', q{
	CREATE EXTENSION vecstore;
	CREATE TABLE m (id int, emb vector(768)) USING vecstore;
	CREATE TABLE peaks (after_rows int, bytes bigint) USING heap;
});

# 150 MB of 768-d vectors in one transaction, 1 MB of write buffer; the
# memory of the vecstore contexts is sampled after every statement.
my $row_bytes = 768 * 4 + 8;
my $buffer = 1024 * 1024;
$node->safe_psql('postgres', q{
SET vecstore.write_buffer_size = '1MB';
BEGIN;
DO $$
BEGIN
	FOR b IN 0..49 LOOP
		INSERT INTO m SELECT g, array_fill((g % 100)::real, ARRAY[768])::vector
			FROM generate_series(b * 1000 + 1, b * 1000 + 1000) g;
		INSERT INTO peaks SELECT (b + 1) * 1000, coalesce(sum(total_bytes), 0)
			FROM pg_backend_memory_contexts WHERE name LIKE 'vecstore%';
	END LOOP;
END
$$;
COMMIT;
});
my ($peak, $last) = split /\|/, $node->safe_psql('postgres',
	'SELECT max(bytes), (SELECT bytes FROM peaks ORDER BY after_rows DESC LIMIT 1) FROM peaks');
note("1 MB buffer, 50000 x 768-d rows: peak vecstore memory $peak bytes, at the end $last");
cmp_ok($peak, '<', $buffer + 10000 * $row_bytes,
	'memory within the buffer size plus one chunk group');
cmp_ok($peak, '<', 50000 * $row_bytes / 2,
	'memory far below the data inserted');
is($node->safe_psql('postgres',
		'SELECT count(*), count(DISTINCT id), sum(vector_dims(emb)) FROM m'),
	'50000|50000|' . 50000 * 768, 'all rows stored');
is($node->safe_psql('postgres', "SELECT vecstore_verify('m')"), 't',
	'vecstore_verify');

$node->stop;
done_testing();
