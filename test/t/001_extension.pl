# Starts a cluster, creates the extension and checks that a vector query
# answers: the plumbing every later TAP test relies on.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('main');
$node->init;
$node->start;

$node->safe_psql('postgres', 'CREATE EXTENSION vecstore');
is($node->safe_psql('postgres',
		"SELECT extversion FROM pg_extension WHERE extname = 'vecstore'"),
	'0.1.0', 'extension installed');
is($node->safe_psql('postgres', "SELECT '[1,2,3]'::vector <-> '[1,2,5]'"),
	'2', 'euclidean distance');

$node->stop;
done_testing();
