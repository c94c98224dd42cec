# Crash recovery and replication of the ivfrabitq index: everything it
# writes is core WAL (full-page images after a build, generic WAL records
# for inserts and VACUUM), so a standby and crash recovery rebuild the same
# index without extension code in redo.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $primary = PostgreSQL::Test::Cluster->new('primary');
$primary->init(allows_streaming => 1);
$primary->start;
$primary->safe_psql('postgres', 'CREATE EXTENSION vecstore');
$primary->backup('b');
my $standby = PostgreSQL::Test::Cluster->new('standby');
$standby->init_from_backup($primary, 'b', has_streaming => 1);
$standby->start;

my $gen = q{SELECT i, i % 10, ARRAY(SELECT (((i % 13) * 7 + j * (i % 5)) % 50 + sin(i + j))::real
	FROM generate_series(1, 24) j)::vector(24) FROM generate_series(%d, %d) i};

$primary->safe_psql('postgres', "CREATE TABLE items (id int, category int, embedding vector(24));
INSERT INTO items " . sprintf($gen, 1, 3000) . ";
CREATE INDEX items_idx ON items USING ivfrabitq (embedding) WITH (lists = 16);
INSERT INTO items " . sprintf($gen, 3001, 6000) . ";
DELETE FROM items WHERE id % 3 = 0;
VACUUM items;
INSERT INTO items " . sprintf($gen, 6001, 7000));

# a query through the index, and every distance as a sort computes it
my $q = q{SET enable_seqscan = off; SET vecstore.ivf_probes = 16; SET vecstore.ivf_rerank = 10000;
SELECT string_agg(id || ':' || d, ',') FROM (SELECT id, embedding <-> (SELECT embedding FROM items WHERE id = 4001) AS d
	FROM items ORDER BY embedding <-> (SELECT embedding FROM items WHERE id = 4001) LIMIT 20) s};
my $exact = q{SET enable_indexscan = off;
SELECT string_agg(id || ':' || d, ',') FROM (SELECT id, embedding <-> (SELECT embedding FROM items WHERE id = 4001) AS d
	FROM items ORDER BY 2, 1 LIMIT 20) s};
my $plan = q{SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM items ORDER BY embedding <-> '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24]' LIMIT 1};
my $count = q{SET enable_seqscan = off; SET vecstore.ivf_probes = 16; SET vecstore.ivf_rerank = 10000;
SELECT count(*) FROM (SELECT id FROM items ORDER BY embedding <-> '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24]' LIMIT 100000) s};

my $before = $primary->safe_psql('postgres', $q);
is($before, $primary->safe_psql('postgres', $exact), 'primary: index with all lists probed agrees with a sort');
is($primary->safe_psql('postgres', $count), '5000', 'primary: live rows in the index');

$primary->wait_for_catchup($standby);
like($standby->safe_psql('postgres', $plan), qr/Index Scan using items_idx/, 'standby: uses the index');
is($standby->safe_psql('postgres', $q), $before, 'standby: same answer');
is($standby->safe_psql('postgres', $count), '5000', 'standby: same rows');

# crash: inserts after the last checkpoint are replayed from generic WAL
$primary->safe_psql('postgres', 'CHECKPOINT; INSERT INTO items ' . sprintf($gen, 7001, 7500));
my $after = $primary->safe_psql('postgres', $q);
$primary->stop('immediate');
$primary->start;
is($primary->safe_psql('postgres', $q), $after, 'after crash recovery: same answer');
is($primary->safe_psql('postgres', $q), $primary->safe_psql('postgres', $exact),
	'after crash recovery: agrees with a sort');
is($primary->safe_psql('postgres', $count), '5500', 'after crash recovery: every row indexed');
is($primary->safe_psql('postgres', "SELECT ivfrabitq_check('items_idx') >= 5500"), 't', 'after crash recovery: structure checks out');
$primary->safe_psql('postgres', 'INSERT INTO items ' . sprintf($gen, 7501, 8000));
is($primary->safe_psql('postgres', $count), '6000', 'inserts after recovery');

$primary->wait_for_catchup($standby);
is($standby->safe_psql('postgres', $q), $primary->safe_psql('postgres', $q), 'standby after primary crash: same answer');
is($standby->safe_psql('postgres', $count), '6000', 'standby: same rows');
is($standby->safe_psql('postgres', "SELECT ivfrabitq_check('items_idx') >= 6000"), 't', 'standby: structure checks out');

$standby->stop;
$primary->stop;
done_testing();
