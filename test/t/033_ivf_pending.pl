# The ivfrabitq pending buffer across crashes and on a standby: entries a
# transaction still holds in memory die with its backend (kill -9) and its
# rows stay invisible; entries written before the kill are dead entries
# that VACUUM removes; committed transactions, whose entries the commit
# writes out, survive an immediate stop and reach the standby.  Heap and
# vecstore tables run the same statements.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $primary = PostgreSQL::Test::Cluster->new('primary');
$primary->init(allows_streaming => 1);
$primary->append_conf('postgresql.conf', "restart_after_crash = on\nautovacuum = off\nmax_prepared_transactions = 5\n");
$primary->start;
$primary->safe_psql('postgres', 'CREATE EXTENSION vecstore');
$primary->backup('b');
my $standby = PostgreSQL::Test::Cluster->new('standby');
$standby->init_from_backup($primary, 'b', has_streaming => 1);
$standby->start;

my $gen = q{SELECT i, ARRAY(SELECT (((i % 11) * 5 + j * (i % 7)) % 40 + sin(i + j))::real
	FROM generate_series(1, 24) j)::vector(24) FROM generate_series(%d, %d) i};

for my $t ('h', 'v')
{
	my $am = $t eq 'h' ? 'heap' : 'vecstore';
	$primary->safe_psql('postgres', "CREATE TABLE $t (id int, embedding vector(24)) USING $am;
INSERT INTO $t " . sprintf($gen, 1, 2000) . ";
CREATE INDEX ${t}_ivf ON $t USING ivfrabitq (embedding) WITH (lists = 8);");
}

# rows through the index (every list, every candidate re-ranked), and the
# same query as a sort
sub via_index
{
	my ($node, $t) = @_;
	return $node->safe_psql('postgres', qq{SET enable_seqscan = off; SET vecstore.enable_knn_scan = off;
SET vecstore.ivf_probes = 8; SET vecstore.ivf_rerank = 100000;
SELECT count(*), sum(id) FROM (SELECT id FROM $t ORDER BY embedding <-> (SELECT embedding FROM $t WHERE id = 5) LIMIT 100000) s});
}

sub nearest
{
	my ($node, $t, $index) = @_;
	my $set = $index
	  ? 'SET enable_seqscan = off; SET vecstore.enable_knn_scan = off; SET vecstore.ivf_probes = 8; SET vecstore.ivf_rerank = 100000;'
	  : 'SET enable_indexscan = off;';
	return $node->safe_psql('postgres', qq{$set
SELECT string_agg(d::text, ',') FROM (SELECT embedding <-> (SELECT embedding FROM $t WHERE id = 5) AS d
	FROM $t ORDER BY 1 LIMIT 30) s});
}

sub kill_backend
{
	my ($pid) = @_;
	my $offset = -s $primary->logfile;
	kill 'KILL', $pid;
	$primary->wait_for_log(qr/all server processes terminated; reinitializing/, $offset);
	$primary->poll_query_until('postgres', 'SELECT true')
	  or die 'server did not come back';
}

#
# 1. kill -9 of a backend whose transaction holds pending entries, some of
#    them already written (small bound, and a scan), some not.
#
my $bg = $primary->background_psql('postgres', on_error_stop => 0);
my $pid = $bg->query_safe('SELECT pg_backend_pid()');
$bg->query_safe("SET vecstore.ivf_insert_buffer_size = '8kB'");
$bg->query_safe('BEGIN');
for my $t ('h', 'v')
{
	$bg->query_safe("INSERT INTO $t " . sprintf($gen, 10001, 13000));
	is($bg->query_safe("SET enable_seqscan = off; SET vecstore.enable_knn_scan = off;
SET vecstore.ivf_probes = 8; SET vecstore.ivf_rerank = 100000;
SELECT count(*) FROM (SELECT id FROM $t ORDER BY embedding <-> (SELECT embedding FROM $t WHERE id = 5) LIMIT 100000) s"),
		'5000', "$t: the transaction's own rows through the index before the kill");
	$bg->query_safe("INSERT INTO $t " . sprintf($gen, 13001, 13100));
}
kill_backend($pid);
eval { $bg->quit; };

for my $t ('h', 'v')
{
	is(via_index($primary, $t), '2000|2001000', "$t: none of the killed transaction's rows");
	is($primary->safe_psql('postgres', "SELECT ivfrabitq_check('${t}_ivf') BETWEEN 2000 AND 5100"),
		't', "$t: index structure after the kill");
	is(nearest($primary, $t, 1), nearest($primary, $t, 0), "$t: index agrees with a sort after the kill");
}
$primary->safe_psql('postgres', 'VACUUM h');
is($primary->safe_psql('postgres', "SELECT ivfrabitq_check('h_ivf')"), '2000',
	'h: VACUUM removes the dead entries the killed transaction wrote');

#
# 2. committed transactions: the commit writes the pending entries; an
#    immediate stop right after loses none of them
#
for my $t ('h', 'v')
{
	$primary->safe_psql('postgres', "BEGIN; INSERT INTO $t " . sprintf($gen, 2001, 3000)
		  . "; INSERT INTO $t " . sprintf($gen, 3001, 3010) . "; COMMIT;");
	$primary->safe_psql('postgres', "SET vecstore.ivf_insert_buffer_size = '8kB';
BEGIN; INSERT INTO $t " . sprintf($gen, 3011, 6000) . "; COMMIT;");
	$primary->safe_psql('postgres', "BEGIN; INSERT INTO $t " . sprintf($gen, 6001, 6100)
		  . "; PREPARE TRANSACTION 'p_$t'");
}
$primary->stop('immediate');
$primary->start;
for my $t ('h', 'v')
{
	is(via_index($primary, $t), '6000|18003000', "$t: every committed row through the index after the crash");
	$primary->safe_psql('postgres', "COMMIT PREPARED 'p_$t'");
	is(via_index($primary, $t), '6100|18608050', "$t: the prepared transaction's rows after COMMIT PREPARED");
	is(nearest($primary, $t, 1), nearest($primary, $t, 0), "$t: index agrees with a sort after the crash");
}

#
# 3. the standby replays the batched writes
#
$primary->wait_for_catchup($standby);
for my $t ('h', 'v')
{
	is(via_index($standby, $t), '6100|18608050', "$t: standby finds every row through the index");
	is(nearest($standby, $t, 1), nearest($primary, $t, 1), "$t: standby gives the primary's answer");
	is($standby->safe_psql('postgres', "SELECT ivfrabitq_check('${t}_ivf') >= 6100"), 't',
		"$t: standby index structure checks out");
}

$standby->stop;
$primary->stop;
done_testing();
