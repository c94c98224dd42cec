# Crash recovery of vecstore tables: the server is stopped with
# "-m immediate" between many small commits (with other transactions open
# and prepared) and in the middle of a large insert that is writing stripes.
# After restart every committed row is present with its values, no row of
# an unfinished transaction is, prepared transactions can still be
# committed or rolled back, vecstore_verify() finds no damage and the
# tables take new rows.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use FindBin;
use lib $FindBin::RealBin;
use VecstoreTest;

my $node = PostgreSQL::Test::Cluster->new('crash');
$node->init;
$node->append_conf('postgresql.conf', "max_prepared_transactions = 5\n");
$node->start;
$node->safe_psql('postgres', 'CREATE EXTENSION vecstore');

# Sets the smallest write buffer in a session, so that it writes stripes
# long before it commits.


$node->safe_psql('postgres', q{
	CREATE TABLE small (id int, payload text, emb vector(64)) USING vecstore;
	CREATE TABLE big (id int, payload text, emb vector(64)) USING vecstore;
});

#
# 1. Many small commits, with open and prepared transactions around them.
#

# A transaction left open, with rows written out as stripes and rows still
# buffered.
my $open = $node->background_psql('postgres');
$open->query_safe($small_buffer);
$open->query_safe('BEGIN');
$open->query_safe("INSERT INTO small SELECT -g, 'uncommitted', "
	  . emb('g') . " FROM generate_series(1, 5000) g");

# Two prepared transactions, one of them with a rolled back savepoint.
$node->safe_psql('postgres', "
	BEGIN;
	INSERT INTO small SELECT 100000 + g, 'prepared 1', " . emb('g') . "
		FROM generate_series(1, 200) g;
	SAVEPOINT s;
	INSERT INTO small SELECT -g, 'rolled back', " . emb('g') . "
		FROM generate_series(1, 100) g;
	ROLLBACK TO s;
	PREPARE TRANSACTION 'p1';
	BEGIN;
	INSERT INTO small SELECT 200000 + g, 'prepared 2', " . emb('g') . "
		FROM generate_series(1, 200) g;
	PREPARE TRANSACTION 'p2';
");

# 500 autocommit single-row inserts, and aborted ones in between.
my $script = '';
for my $i (1 .. 500)
{
	$script .= "INSERT INTO small VALUES ($i, 'row $i', " . emb($i) . ");\n";
	$script .= "BEGIN; INSERT INTO small VALUES (-$i, 'aborted', NULL); ROLLBACK;\n"
	  if $i % 50 == 0;
}
$node->safe_psql('postgres', $script);

my $committed = $node->safe_psql('postgres',
	'SELECT count(*), sum(id) FROM small');
is($committed, '500|125250', 'committed rows before the crash');

$node->stop('immediate');
eval { $open->quit; };
$node->start;

is($node->safe_psql('postgres', 'SELECT count(*), sum(id) FROM small'),
	$committed, 'committed single-row inserts survive an immediate stop');
is( $node->safe_psql(
		'postgres',
		"SELECT count(*) FROM small WHERE id > 0 AND id <= 500
		   AND payload = 'row ' || id AND emb = " . emb('id')),
	'500',
	'every committed row has its values');
is($node->safe_psql('postgres', 'SELECT count(*) FROM small WHERE id <= 0'),
	'0', 'no row of an unfinished or aborted transaction');
is($node->safe_psql('postgres', "SELECT vecstore_verify('small')"),
	't', 'vecstore_verify after crash');

$node->safe_psql('postgres', "COMMIT PREPARED 'p1'");
$node->safe_psql('postgres', "ROLLBACK PREPARED 'p2'");
is( $node->safe_psql(
		'postgres',
		"SELECT payload, count(*), sum(id) FROM small WHERE id > 500
		   GROUP BY payload ORDER BY payload"),
	'prepared 1|200|20020100',
	'prepared transaction committed after the crash, the other rolled back');

$node->safe_psql('postgres', "
	INSERT INTO small SELECT g, 'after', " . emb('g') . "
		FROM generate_series(1001, 1100) g;
	INSERT INTO small VALUES (1101, 'after', NULL);");
is( $node->safe_psql(
		'postgres',
		'SELECT count(*), count(DISTINCT ctid), sum(id) FROM small'),
	'801|801|20251501',
	'table writable after the crash, TIDs not reused');
is($node->safe_psql('postgres', "SELECT vecstore_verify('small')"),
	't', 'vecstore_verify after new inserts');

#
# 2. Immediate stop during a large insert that is writing stripes.
#
$node->safe_psql('postgres',
	"INSERT INTO big SELECT g, 'committed', " . emb('g')
	  . " FROM generate_series(1, 5000) g");
my $size0 = $node->safe_psql('postgres', "SELECT pg_relation_size('big')");

my $loader = $node->background_psql('postgres', on_error_stop => 0);
$loader->query_safe($small_buffer);
$loader->query_until(qr/loading/, "\\echo loading\n"
	  . "INSERT INTO big SELECT g, 'killed', " . emb('g')
	  . " FROM generate_series(100001, 10000000) g;\n");
ok( $node->poll_query_until(
		'postgres', "SELECT pg_relation_size('big') > $size0 + 4000000"),
	'the large insert writes stripes before it commits');
$node->stop('immediate');
eval { $loader->quit; };
$node->start;

is( $node->safe_psql(
		'postgres',
		"SELECT count(*), sum(id), count(*) FILTER (WHERE emb = " . emb('id') . ")
		   FROM big"),
	'5000|12502500|5000',
	'only the committed rows after a crash during a large insert');
is($node->safe_psql('postgres', "SELECT vecstore_verify('big')"),
	't', 'vecstore_verify after crash during a large insert');
$node->safe_psql('postgres',
	"INSERT INTO big SELECT g, 'after', " . emb('g')
	  . " FROM generate_series(5001, 6000) g");
is( $node->safe_psql(
		'postgres',
		'SELECT count(*), count(DISTINCT ctid), sum(id) FROM big'),
	'6000|6000|18003000',
	'table writable after the crash');

# A clean restart keeps everything.
$node->restart;
is($node->safe_psql('postgres', 'SELECT count(*), sum(id) FROM big'),
	'6000|18003000', 'rows after a clean restart');
is( $node->safe_psql(
		'postgres', "SELECT vecstore_verify('big'), vecstore_verify('small')"),
	't|t',
	'vecstore_verify after a clean restart');

$node->stop;
done_testing();
