# Eight backends insert into the same vecstore tables at once (pgbench),
# half of them with the smallest write buffer so that they write stripes
# in the middle of their transactions, with autocommit single rows,
# multi-row transactions with rolled back savepoints, aborted transactions
# and readers in between: nothing is lost or duplicated, TIDs are unique,
# a unique index agrees with the table, and vecstore_verify() passes.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('concurrent');
$node->init;
$node->append_conf('postgresql.conf', "max_connections = 30\n");
$node->start;
$node->safe_psql('postgres', q{
	CREATE EXTENSION vecstore;
	LOAD 'vecstore';
	CREATE TABLE c (cid int, seq bigint, payload text, emb vector(64)) USING vecstore;
	CREATE TABLE u (k bigint, cid int) USING vecstore;
	CREATE UNIQUE INDEX u_k ON u (k);
	CREATE SEQUENCE k_seq;
});
my $min = $node->safe_psql('postgres',
	"SELECT min_val FROM pg_settings WHERE name = 'vecstore.write_buffer_size'");
$min = '64kB' if $min eq '';

my $clients = 8;
my $runs = 150;
$node->pgbench(
	"--no-vacuum --client=$clients --jobs=4 --transactions=$runs",
	0,
	[qr{processed: @{[ $clients * $runs ]}/@{[ $clients * $runs ]}}],
	[qr{^$}],
	'concurrent inserters',
	{
		'vecstore_concurrent' => qq{
\\if :client_id % 2 = 0
SET vecstore.write_buffer_size = '$min';
\\endif
INSERT INTO c VALUES (:client_id, 0, 'single', array_fill(:client_id::real, ARRAY[64])::vector);
BEGIN;
INSERT INTO c SELECT :client_id, g, 'multi', array_fill(g::real, ARRAY[64])::vector
	FROM generate_series(1, 100) g;
SAVEPOINT s;
INSERT INTO c SELECT :client_id, g, 'rolled back', NULL FROM generate_series(1, 50) g;
ROLLBACK TO s;
INSERT INTO u SELECT nextval('k_seq'), :client_id FROM generate_series(1, 10);
COMMIT;
BEGIN;
INSERT INTO c SELECT :client_id, g, 'aborted', NULL FROM generate_series(1, 30) g;
INSERT INTO u SELECT nextval('k_seq'), -1 FROM generate_series(1, 5);
ROLLBACK;
SELECT count(*) FROM c WHERE payload = 'multi';
}
	});

my $n = $clients * $runs;
is( $node->safe_psql(
		'postgres',
		"SELECT payload, count(*), count(DISTINCT cid) FROM c GROUP BY payload ORDER BY payload"),
	"multi|@{[ 100 * $n ]}|$clients\nsingle|$n|$clients",
	'every committed row once, no rolled back or aborted row');
is( $node->safe_psql(
		'postgres',
		"SELECT count(*) FROM (SELECT cid, seq, count(*) FROM c WHERE payload = 'multi'
		   GROUP BY cid, seq HAVING count(*) <> $runs) x"),
	'0',
	'each client inserted each multi row once per transaction');
is( $node->safe_psql(
		'postgres',
		"SELECT count(*) FROM c WHERE payload = 'multi' AND emb <> array_fill(seq::real, ARRAY[64])::vector"),
	'0',
	'values intact');
is($node->safe_psql('postgres', 'SELECT count(*) = count(DISTINCT ctid) FROM c'),
	't', 'TIDs unique');
is( $node->safe_psql(
		'postgres',
		"SELECT count(*), count(DISTINCT k), min(cid) >= 0 FROM u"),
	"@{[ 10 * $n ]}|@{[ 10 * $n ]}|t",
	'unique-indexed table: committed keys only');
is( $node->safe_psql(
		'postgres', q{
		SET enable_seqscan = off;
		SET enable_bitmapscan = off;
		SELECT count(*) FROM u WHERE k > 0;}),
	10 * $n,
	'index scan finds every row');
is( $node->safe_psql(
		'postgres', "SELECT vecstore_verify('c') AND vecstore_verify('u')"),
	't', 'vecstore_verify');

$node->stop;
done_testing();
