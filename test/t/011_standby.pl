# A streaming hot standby of a primary that writes vecstore tables returns
# the same query results as the primary (committed rows only, prepared and
# open transactions invisible until they commit), vecstore_verify() passes
# on the standby, the promoted standby takes new rows, and pg_waldump of the
# primary's WAL for the whole run shows only core resource managers: redo
# needs no extension code.  The standby checks every generic record it
# replays against the primary's page (wal_consistency_checking), which
# catches a page the primary changed differently from what its record says.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use FindBin;
use lib $FindBin::RealBin;
use VecstoreTest;

my $primary = PostgreSQL::Test::Cluster->new('primary');
$primary->init(allows_streaming => 1);
$primary->append_conf('postgresql.conf', qq{
max_prepared_transactions = 5
wal_keep_size = '1GB'
wal_consistency_checking = 'generic'
});
$primary->start;
$primary->safe_psql('postgres', 'CREATE EXTENSION vecstore');
my $start_lsn =
  $primary->safe_psql('postgres', 'SELECT pg_current_wal_insert_lsn()');

$primary->backup('bk');
my $standby = PostgreSQL::Test::Cluster->new('standby');
$standby->init_from_backup($primary, 'bk', has_streaming => 1);
$standby->start;



# The same statements on a vecstore table (sv) and a heap table (sh).
my $workload = '';
for my $t ('sv', 'sh')
{
	my $am = $t eq 'sv' ? 'vecstore' : 'heap';
	$workload .= "
	CREATE TABLE $t (id int, payload text, emb vector(64)) USING $am;
	INSERT INTO $t VALUES (1, 'one', " . emb(1) . "), (2, NULL, NULL), (3, 'three', NULL);
	INSERT INTO $t SELECT g, repeat('p', g % 500), " . emb('g') . "
		FROM generate_series(10, 20009) g;
	BEGIN;
	INSERT INTO $t SELECT g, 'aborted', NULL FROM generate_series(30000, 31000) g;
	ROLLBACK;
	BEGIN;
	INSERT INTO $t SELECT g, 'kept', " . emb('g') . " FROM generate_series(40000, 41000) g;
	SAVEPOINT s;
	INSERT INTO $t SELECT g, 'rolled back', NULL FROM generate_series(50000, 51000) g;
	ROLLBACK TO s;
	INSERT INTO $t SELECT g, 'kept 2', " . emb('g') . " FROM generate_series(60000, 60100) g;
	COMMIT;
	CREATE TABLE ${t}_tr (id int, payload text) USING $am;
	INSERT INTO ${t}_tr SELECT g, 'before' FROM generate_series(1, 1000) g;
	BEGIN;
	INSERT INTO ${t}_tr SELECT g, 'buffered' FROM generate_series(1, 1000) g;
	TRUNCATE ${t}_tr;
	INSERT INTO ${t}_tr SELECT g, 'after' FROM generate_series(1, 500) g;
	COMMIT;
";
	for my $i (1 .. 200)
	{
		$workload .= "INSERT INTO $t VALUES (70000 + $i, 'single', " . emb($i) . ");\n";
	}
}
$primary->safe_psql('postgres', $workload);

# The same workload again with the smallest write buffer.
$primary->safe_psql('postgres', $small_buffer
	  . "INSERT INTO sv SELECT g, 'small', " . emb('g') . " FROM generate_series(80000, 89999) g;
		INSERT INTO sh SELECT g, 'small', " . emb('g') . " FROM generate_series(80000, 89999) g;");

# An open transaction that has written stripes, and a prepared one.
my $open = $primary->background_psql('postgres');
$open->query_safe($small_buffer);
$open->query_safe('BEGIN');
$open->query_safe("INSERT INTO sv SELECT g, 'open', " . emb('g')
	  . " FROM generate_series(100000, 104999) g");
$primary->safe_psql('postgres', "
	BEGIN;
	INSERT INTO sv SELECT g, 'prepared', NULL FROM generate_series(200000, 200999) g;
	PREPARE TRANSACTION 'sp';");

$primary->wait_for_catchup($standby, 'replay', $primary->lsn('insert'));

my @queries = (
	'SELECT count(*), sum(id), count(DISTINCT ctid) FROM sv',
	"SELECT payload, count(*), sum(id) FROM sv WHERE length(payload) < 20
	   GROUP BY payload ORDER BY payload",
	"SELECT md5(string_agg(sv::text, '|' ORDER BY id)) FROM sv",
	"SELECT count(*) FROM sv WHERE emb = " . emb('id'),
	'SELECT count(*) FROM (TABLE sv EXCEPT ALL TABLE sh) x',
	'SELECT count(*) FROM (TABLE sh EXCEPT ALL TABLE sv) x',
	'SELECT payload, count(*), sum(id) FROM sv_tr GROUP BY payload',
	'SELECT count(*) FROM (TABLE sv_tr EXCEPT ALL TABLE sh_tr) x',
	"SELECT vecstore_verify('sv'), vecstore_verify('sv_tr')");

sub compare_all
{
	my ($label) = @_;
	for my $q (@queries)
	{
		my $p = $primary->safe_psql('postgres', $q);
		my $s = $standby->safe_psql('postgres', $q);
		is($s, $p, "$label: standby = primary: $q");
	}
}

compare_all('open and prepared');
is($standby->safe_psql('postgres',
		'SELECT count(*) FROM (TABLE sv EXCEPT ALL TABLE sh) x'),
	'0', 'standby: vecstore rows equal heap rows');
is($standby->safe_psql('postgres',
		"SELECT count(*) FROM sv WHERE payload IN ('open', 'prepared', 'aborted', 'rolled back')"),
	'0', 'standby: no rows of open, prepared or aborted transactions');

$open->query_safe('COMMIT');
$open->quit;
$primary->safe_psql('postgres', "COMMIT PREPARED 'sp'");
$primary->safe_psql('postgres', "
	INSERT INTO sh SELECT g, 'open', " . emb('g') . " FROM generate_series(100000, 104999) g;
	INSERT INTO sh SELECT g, 'prepared', NULL FROM generate_series(200000, 200999) g;");
$primary->wait_for_catchup($standby, 'replay', $primary->lsn('insert'));
compare_all('committed');
is($standby->safe_psql('postgres',
		"SELECT payload, count(*) FROM sv WHERE payload IN ('open', 'prepared')
		   GROUP BY payload ORDER BY payload"),
	"open|5000\nprepared|1000", 'standby: rows appear once committed');

# Freezing replays too: the standby keeps answering the same after
# VACUUM FREEZE on the primary.
$primary->safe_psql('postgres', 'VACUUM FREEZE sv; VACUUM FREEZE sv_tr;');
$primary->wait_for_catchup($standby, 'replay', $primary->lsn('insert'));
compare_all('after VACUUM FREEZE');

my $end_lsn =
  $primary->safe_psql('postgres', 'SELECT pg_current_wal_insert_lsn()');

# Promotion: the former standby takes new rows.
$standby->promote;
$standby->poll_query_until('postgres', 'SELECT NOT pg_is_in_recovery()');
$standby->safe_psql('postgres',
	"INSERT INTO sv SELECT g, 'promoted', NULL FROM generate_series(300000, 300999) g");
is($standby->safe_psql('postgres',
		"SELECT count(*), count(DISTINCT ctid) FROM sv WHERE payload = 'promoted'"),
	'1000|1000', 'promoted standby takes inserts');
is($standby->safe_psql('postgres', "SELECT vecstore_verify('sv')"),
	't', 'vecstore_verify on the promoted standby');

# Only core resource managers in the WAL of the whole run.
my ($stdout, $stderr);
IPC::Run::run [
	'pg_waldump', '-p', $primary->data_dir . '/pg_wal',
	'-s', $start_lsn, '-e', $end_lsn, '--stats'
  ],
  '>', \$stdout, '2>', \$stderr;
my %core = map { $_ => 1 } qw(XLOG Transaction Storage CLOG Database
  Tablespace MultiXact RelMap Standby Heap2 Heap Btree Hash Gin Gist
  Sequence SPGist BRIN CommitTs ReplicationOrigin Generic LogicalMessage);
my %seen;
for my $line (split /\n/, $stdout)
{
	next unless $line =~ /^(\S+)\s+(\d+)\s+\(/;
	$seen{$1} = $2;
}
ok(scalar(keys %seen) > 0, 'pg_waldump --stats printed resource managers')
  or diag("pg_waldump stdout: $stdout\nstderr: $stderr");
my @foreign = grep { !$core{$_} } sort keys %seen;
is(join(',', @foreign), '', 'only core resource managers in the WAL');
note('WAL records per resource manager: '
	  . join(', ', map { "$_=$seen{$_}" } sort keys %seen));

$standby->stop;
$primary->stop;
done_testing();
