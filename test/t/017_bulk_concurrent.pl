# Concurrent bulk inserts of wide uncompressed rows, whose chunk groups are
# appended to the relation as whole new pages outside shared buffers
# (columnar_storage.c, WriteBytesDirect), mixed with small commits and
# aborted bulk inserts that extend the relation under them.  A streaming
# standby replays it all with wal_consistency_checking, then answers the
# same as the primary; after an immediate stop the primary recovers the
# same rows; vecstore_verify() passes everywhere.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $primary = PostgreSQL::Test::Cluster->new('bulk_primary');
$primary->init(allows_streaming => 1);
$primary->append_conf('postgresql.conf', qq{
wal_keep_size = '1GB'
wal_consistency_checking = 'generic'
max_connections = 30
});
$primary->start;
$primary->safe_psql('postgres', q{
	CREATE EXTENSION vecstore;
	CREATE TABLE b (cid int, seq int, emb vector(768)) USING vecstore;
});
$primary->backup('bk');
my $standby = PostgreSQL::Test::Cluster->new('bulk_standby');
$standby->init_from_backup($primary, 'bk', has_streaming => 1);
$standby->start;

my $clients = 4;
my $runs = 3;
$primary->pgbench(
	"--no-vacuum --client=$clients --jobs=2 --transactions=$runs",
	0,
	[qr{processed: @{[ $clients * $runs ]}/@{[ $clients * $runs ]}}],
	[qr{^$}],
	'concurrent bulk inserters',
	{
		'vecstore_bulk' => q{
SET vecstore.compression = none;
INSERT INTO b SELECT :client_id, g, array_fill((g % 113)::real, ARRAY[768])::vector
	FROM generate_series(1, 1500) g;
INSERT INTO b VALUES (:client_id, -1, NULL);
BEGIN;
INSERT INTO b SELECT :client_id, -2, array_fill(1::real, ARRAY[768])::vector
	FROM generate_series(1, 800) g;
ROLLBACK;
}
	});

my @queries = (
	'SELECT seq < 0, count(*), count(DISTINCT cid), sum(seq) FROM b GROUP BY 1 ORDER BY 1',
	"SELECT count(*) FROM b WHERE seq > 0
	   AND emb <> array_fill((seq % 113)::real, ARRAY[768])::vector",
	'SELECT count(*) = count(DISTINCT ctid) FROM b',
	"SELECT vecstore_verify('b')");
my $n = $clients * $runs;
my $expected = "f|@{[ 1500 * $n ]}|$clients|@{[ 1500 * 1501 / 2 * $n ]}\nt|$n|$clients|-$n\n0\nt\nt";
is(join("\n", map { $primary->safe_psql('postgres', $_) } @queries),
	$expected, 'primary: every committed row once, values intact');

$primary->wait_for_catchup($standby, 'replay', $primary->lsn('insert'));
is(join("\n", map { $standby->safe_psql('postgres', $_) } @queries),
	$expected, 'standby: the same after replay with consistency checks');

$primary->stop('immediate');
$primary->start;
is(join("\n", map { $primary->safe_psql('postgres', $_) } @queries),
	$expected, 'primary after an immediate stop: the same');
$primary->safe_psql('postgres', q{
	SET vecstore.compression = none;
	INSERT INTO b SELECT 100, g, array_fill((g % 113)::real, ARRAY[768])::vector
		FROM generate_series(1, 1500) g;
});
is($primary->safe_psql('postgres',
		"SELECT count(*), vecstore_verify('b') FROM b WHERE cid = 100"),
	'1500|t', 'inserts after recovery');

$standby->stop;
$primary->stop;
done_testing();
