# Concurrent inserts into an ivfrabitq index: lists grow by new pages and
# directory updates under several sessions, and every row stays findable.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('main');
$node->init;
$node->start;
$node->safe_psql('postgres', q{
CREATE EXTENSION vecstore;
CREATE TABLE items (id serial, embedding vector(40));
INSERT INTO items (embedding)
	SELECT ARRAY(SELECT ((i * j) % 17)::real FROM generate_series(1, 40) j)::vector FROM generate_series(1, 200) i;
CREATE INDEX ON items USING ivfrabitq (embedding) WITH (lists = 3);
});

# 4 clients, each inserting 250 rows one by one, into 3 lists
$node->pgbench('--no-vacuum --client=4 --transactions=250', 0, [qr{processed: 1000/1000}], [qr{^$}],
	'concurrent inserts',
	{ 'ins' => q{INSERT INTO items (embedding) SELECT ARRAY(SELECT (random() * 17)::real FROM generate_series(1, 40))::vector;} });

my $all = q{SET enable_seqscan = off; SET vecstore.ivf_probes = 3; SET vecstore.ivf_rerank = 100000;
SELECT count(*), count(DISTINCT id) FROM (SELECT id FROM items ORDER BY embedding <-> (SELECT embedding FROM items WHERE id = 1) LIMIT 100000) s};
is($node->safe_psql('postgres', $all), '1200|1200', 'every row once through the index');
is($node->safe_psql('postgres', "SELECT ivfrabitq_check('items_embedding_idx')"), '1200', 'structure checks out');

# and they survive a crash
$node->stop('immediate');
$node->start;
is($node->safe_psql('postgres', $all), '1200|1200', 'every row once after crash recovery');

$node->stop;
done_testing();
