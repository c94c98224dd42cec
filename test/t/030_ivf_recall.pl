# The ivfrabitq index against exact search on a deterministic clustered
# data set: minimum recall@10 for each operator, more recall with more
# probes, and filtered queries that return LIMIT rows.  L1 (vector_l1_ops)
# picks lists and candidates by Euclidean geometry and re-ranks by L1.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('main');
$node->init;
$node->start;
$node->safe_psql('postgres', 'CREATE EXTENSION vecstore');

# 40 clusters of 200 points in 64 dimensions, 40 queries near the points
$node->safe_psql('postgres', q{
SELECT setseed(0.42);
CREATE TABLE centers AS
	SELECT c, ARRAY(SELECT (random() * 20 - 10)::real FROM generate_series(1, 64) WHERE c > 0) AS v
	FROM generate_series(1, 40) c;
CREATE TABLE items AS
	SELECT (c - 1) * 200 + i AS id, i % 100 AS category,
		ARRAY(SELECT (x + random() * 6 - 3)::real FROM unnest(v) x)::vector(64) AS embedding
	FROM centers, generate_series(1, 200) i;
CREATE TABLE queries AS
	SELECT id, ARRAY(SELECT (x + random() - 0.5)::real FROM unnest(embedding::real[]) x)::vector(64) AS q
	FROM items WHERE id % 200 = 7;
ANALYZE items;
});

sub recall
{
	my ($op, $setup) = @_;
	return $node->safe_psql('postgres', qq{
SET enable_indexscan = off;
CREATE TEMP TABLE truth AS SELECT q.id, ARRAY(SELECT i.id FROM items i ORDER BY i.embedding $op q.q, i.id LIMIT 10) AS ids FROM queries q;
SET enable_indexscan = on;
SET enable_seqscan = off;
$setup
CREATE TEMP TABLE res AS SELECT q.id, ARRAY(SELECT i.id FROM items i ORDER BY i.embedding $op q.q LIMIT 10) AS ids FROM queries q;
SELECT avg((SELECT count(*) FROM unnest(r.ids) x WHERE x = ANY (t.ids)) / 10.0) FROM res r JOIN truth t USING (id);
});
}

for my $c (['<->', 'vector_l2_ops'], ['<#>', 'vector_ip_ops'], ['<=>', 'vector_cosine_ops'],
	['<+>', 'vector_l1_ops'])
{
	my ($op, $opclass) = @$c;
	$node->safe_psql('postgres',
		"CREATE INDEX idx ON items USING ivfrabitq (embedding $opclass) WITH (lists = 40)");
	my $plan = $node->safe_psql('postgres', qq{
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM items ORDER BY embedding $op '[@{[join ',', (1) x 64]}]' LIMIT 10});
	like($plan, qr/Index Scan using idx/, "$opclass: the index is used");

	my $r1 = recall($op, 'SET vecstore.ivf_probes = 1;');
	my $r = recall($op, '');
	my $rall = recall($op, 'SET vecstore.ivf_probes = 40; SET vecstore.ivf_rerank = 8000;');
	cmp_ok($r, '>=', 0.9, "$opclass: recall\@10 $r with default probes");
	cmp_ok($r, '>=', $r1, "$opclass: more probes, no less recall ($r1 with 1 probe)");
	is($rall, '1.00000000000000000000', "$opclass: every list probed and re-ranked is exact");

	# filtered: 1% of the rows match, LIMIT rows come back
	my $n = $node->safe_psql('postgres', qq{
SET enable_seqscan = off; SET vecstore.ivf_probes = 1;
SELECT count(*) FROM (SELECT id FROM items WHERE category = 3
	ORDER BY embedding $op (SELECT q FROM queries LIMIT 1) LIMIT 10) s});
	is($n, '10', "$opclass: a filtered query returns LIMIT rows");
	$n = $node->safe_psql('postgres', qq{
SET enable_seqscan = off; SET vecstore.ivf_probes = 1;
SELECT count(*) FROM (SELECT id FROM items WHERE category = 3
	ORDER BY embedding $op (SELECT q FROM queries LIMIT 1) LIMIT 100) s});
	is($n, '80', "$opclass: a filtered query returns every matching row when fewer than LIMIT");

	$node->safe_psql('postgres', 'DROP INDEX idx');
}

# the same seed builds the same index
$node->safe_psql('postgres', q{
CREATE INDEX a ON items USING ivfrabitq (embedding) WITH (lists = 20, seed = 7);
CREATE INDEX b ON items USING ivfrabitq (embedding) WITH (lists = 20, seed = 7);
CREATE EXTENSION IF NOT EXISTS pageinspect;
});
is($node->safe_psql('postgres', q{
SELECT bool_and(substr(get_raw_page('a', n), 25) = substr(get_raw_page('b', n), 25))
FROM generate_series(0, pg_relation_size('a') / 8192 - 1) n}),
	't', 'the same seed builds the same pages (past the page header)');

$node->stop;
done_testing();
