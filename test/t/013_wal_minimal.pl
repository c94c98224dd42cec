# wal_level = minimal: tables created or truncated in the committing
# transaction skip WAL and are synced (small ones WAL-logged whole) at
# commit by core.  After an immediate stop every such committed table has
# its rows, rolled back creations and truncations left nothing behind, and
# vecstore_verify() passes.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use FindBin;
use lib $FindBin::RealBin;
use VecstoreTest;

my $node = PostgreSQL::Test::Cluster->new('minimal');
$node->init;	# wal_level = minimal, max_wal_senders = 0
$node->append_conf('postgresql.conf', "wal_skip_threshold = '64kB'\n");
$node->start;
$node->safe_psql('postgres', 'CREATE EXTENSION vecstore');
is($node->safe_psql('postgres', 'SHOW wal_level'), 'minimal', 'wal_level');

$node->safe_psql('postgres', "
	CREATE TABLE c (id int, payload text, emb vector(64)) USING vecstore;
	INSERT INTO c SELECT g, 'old', " . emb('g') . " FROM generate_series(1, 1000) g;
	CREATE TABLE d (id int, payload text, emb vector(64)) USING vecstore;
	INSERT INTO d SELECT g, 'old', " . emb('g') . " FROM generate_series(1, 1000) g;");

$node->safe_psql('postgres', "
	-- below wal_skip_threshold: WAL-logged whole at commit
	BEGIN;
	CREATE TABLE a (id int, payload text, emb vector(64)) USING vecstore;
	INSERT INTO a SELECT g, 'small', " . emb('g') . " FROM generate_series(1, 50) g;
	COMMIT;
	-- above it: synced at commit
	BEGIN;
	CREATE TABLE b (id int, payload text, emb vector(64)) USING vecstore;
	INSERT INTO b SELECT g, 'big', " . emb('g') . " FROM generate_series(1, 20000) g;
	COMMIT;
	-- truncated in the committing transaction
	BEGIN;
	TRUNCATE c;
	INSERT INTO c SELECT g, 'new', " . emb('g') . " FROM generate_series(1, 5000) g;
	COMMIT;
	-- truncation rolled back
	BEGIN;
	TRUNCATE d;
	INSERT INTO d SELECT g, 'gone', " . emb('g') . " FROM generate_series(1, 5000) g;
	ROLLBACK;
	-- creation rolled back
	BEGIN;
	CREATE TABLE gone (id int) USING vecstore;
	INSERT INTO gone SELECT generate_series(1, 10000);
	ROLLBACK;
	-- savepoints in a new table
	BEGIN;
	CREATE TABLE e (id int, payload text, emb vector(64)) USING vecstore;
	INSERT INTO e SELECT g, 'kept', " . emb('g') . " FROM generate_series(1, 3000) g;
	SAVEPOINT s;
	INSERT INTO e SELECT g, 'rolled back', NULL FROM generate_series(3001, 6000) g;
	ROLLBACK TO s;
	INSERT INTO e SELECT g, 'kept', " . emb('g') . " FROM generate_series(6001, 7000) g;
	COMMIT;
	-- and WAL-logged inserts after the creating transaction
	INSERT INTO a SELECT g, 'later', " . emb('g') . " FROM generate_series(51, 100) g;");

my $q = "
	SELECT 'a', count(*), sum(id), count(*) FILTER (WHERE emb = " . emb('id') . ") FROM a
	UNION ALL SELECT 'b', count(*), sum(id), count(*) FILTER (WHERE emb = " . emb('id') . ") FROM b
	UNION ALL SELECT 'c', count(*), sum(id), count(*) FILTER (WHERE payload = 'new') FROM c
	UNION ALL SELECT 'd', count(*), sum(id), count(*) FILTER (WHERE payload = 'old') FROM d
	UNION ALL SELECT 'e', count(*), sum(id), count(*) FILTER (WHERE payload = 'kept') FROM e";
my $expected = join("\n",
	'a|100|5050|100', 'b|20000|200010000|20000', 'c|5000|12502500|5000',
	'd|1000|500500|1000', 'e|4000|11002000|4000');
is($node->safe_psql('postgres', $q), $expected, 'contents before the crash');

$node->stop('immediate');
$node->start;

is($node->safe_psql('postgres', $q), $expected,
	'contents after an immediate stop');
is($node->safe_psql('postgres', "SELECT to_regclass('gone') IS NULL"),
	't', 'rolled back creation left no table');
is( $node->safe_psql(
		'postgres',
		"SELECT vecstore_verify('a') AND vecstore_verify('b') AND vecstore_verify('c')
		   AND vecstore_verify('d') AND vecstore_verify('e')"),
	't',
	'vecstore_verify after the crash');

$node->safe_psql('postgres', "
	INSERT INTO b VALUES (-1, 'after', NULL);
	INSERT INTO c VALUES (-1, 'after', NULL);
	INSERT INTO e VALUES (-1, 'after', NULL);");
is( $node->safe_psql(
		'postgres',
		"SELECT (SELECT count(*) FROM b) + (SELECT count(*) FROM c) + (SELECT count(*) FROM e)"),
	'29003',
	'tables writable after the crash');

$node->stop;
done_testing();
