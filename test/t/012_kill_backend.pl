# kill -9 of a backend while it flushes vecstore data: once at COMMIT with a
# large buffer to write out, once in the middle of a large insert writing
# stripes with the smallest buffer.  The postmaster reinitializes; then the
# table holds exactly the committed rows (the transaction's heap row tells
# whether its commit got through), vecstore_verify() finds no damage and the
# table takes new rows.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use FindBin;
use lib $FindBin::RealBin;
use VecstoreTest;

my $node = PostgreSQL::Test::Cluster->new('kill');
$node->init;
$node->append_conf('postgresql.conf', "restart_after_crash = on\n");
$node->start;
$node->safe_psql('postgres', 'CREATE EXTENSION vecstore');



$node->safe_psql('postgres', "
	CREATE TABLE f (id int, payload text, emb vector(64)) USING vecstore;
	CREATE TABLE marker (what text) USING heap;
	INSERT INTO f SELECT g, 'base', " . emb('g') . " FROM generate_series(1, 1000) g;");

# Kills backend $pid and waits until the server has reinitialized and
# accepts connections again.
sub kill_backend
{
	my ($pid) = @_;
	my $offset = -s $node->logfile;
	kill 'KILL', $pid;
	$node->wait_for_log(qr/all server processes terminated; reinitializing/,
		$offset);
	$node->poll_query_until('postgres', 'SELECT true')
	  or die 'server did not come back';
}

#
# 1. kill -9 right after COMMIT was sent, while the commit-time flush of a
#    large buffer runs.
#
my $bg = $node->background_psql('postgres', on_error_stop => 0);
my $pid = $bg->query_safe('SELECT pg_backend_pid()');
$bg->query_safe('BEGIN');
$bg->query_safe("INSERT INTO f SELECT g, 'flushed at commit', " . emb('g')
	  . " FROM generate_series(100001, 200000) g");
$bg->query_safe("INSERT INTO marker VALUES ('commit flush')");
$bg->query_until(qr/committing/, "\\echo committing\nCOMMIT;\n");
kill_backend($pid);
eval { $bg->quit; };

my $committed = $node->safe_psql('postgres',
	"SELECT count(*) FROM marker WHERE what = 'commit flush'");
note("the transaction killed during its commit flush "
	  . ($committed ? 'committed' : 'did not commit'));
is( $node->safe_psql(
		'postgres',
		"SELECT count(*), sum(id) FROM f WHERE payload = 'flushed at commit'"),
	$committed ? '100000|15000050000' : '0|',
	'rows of the killed transaction present exactly if it committed');
is($node->safe_psql('postgres',
		"SELECT count(*), sum(id) FROM f WHERE payload = 'base'"),
	'1000|500500', 'earlier committed rows intact');
is($node->safe_psql('postgres', "SELECT vecstore_verify('f')"),
	't', 'vecstore_verify after kill -9 during the commit flush');

#
# 2. kill -9 in the middle of a large insert that writes stripes.
#
my $size0 = $node->safe_psql('postgres', "SELECT pg_relation_size('f')");
$bg = $node->background_psql('postgres', on_error_stop => 0);
$pid = $bg->query_safe('SELECT pg_backend_pid()');
$bg->query_safe($small_buffer);
$bg->query_until(qr/loading/, "\\echo loading\n"
	  . "INSERT INTO f SELECT g, 'killed', " . emb('g')
	  . " FROM generate_series(1000001, 10000000) g;\n");
ok( $node->poll_query_until(
		'postgres', "SELECT pg_relation_size('f') > $size0 + 4000000"),
	'the large insert writes stripes before it commits');
kill_backend($pid);
eval { $bg->quit; };

is($node->safe_psql('postgres', "SELECT count(*) FROM f WHERE payload = 'killed'"),
	'0', 'no row of the killed insert');
is($node->safe_psql('postgres', "SELECT vecstore_verify('f')"),
	't', 'vecstore_verify after kill -9 during a large insert');

# Still writable, in autocommit and in a transaction, and the new rows
# have fresh TIDs.
$node->safe_psql('postgres', "
	INSERT INTO f VALUES (-1, 'after', NULL);
	BEGIN;
	INSERT INTO f SELECT -g, 'after', " . emb('g') . " FROM generate_series(2, 1001) g;
	COMMIT;");
is( $node->safe_psql(
		'postgres',
		"SELECT count(*), sum(id) FROM f WHERE payload = 'after'"),
	'1001|-501501',
	'table writable after the crashes');
is($node->safe_psql('postgres', 'SELECT count(*) = count(DISTINCT ctid) FROM f'),
	't', 'TIDs unique');
is($node->safe_psql('postgres', "SELECT vecstore_verify('f')"),
	't', 'vecstore_verify at the end');

$node->stop;
done_testing();
