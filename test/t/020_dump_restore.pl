# pg_dump (plain and custom formats) of a database with vecstore tables,
# their indexes and data, restored into a second cluster: every table
# reads back the same, keeps its access method and indexes, and the dump
# holds no data but the tables' own (the extension keeps its state in the
# tables' pages, never in tables of its own).
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $src = PostgreSQL::Test::Cluster->new('src');
$src->init;
$src->start;
my $dst = PostgreSQL::Test::Cluster->new('dst');
$dst->init;
$dst->start;

$src->safe_psql('postgres', 'CREATE DATABASE d');
$src->safe_psql('d', q{
CREATE EXTENSION vecstore;
CREATE TABLE items (id int PRIMARY KEY, grp int, note text, emb vector(4))
	USING vecstore;
INSERT INTO items SELECT g, g % 7, CASE WHEN g % 5 = 0 THEN NULL ELSE 'n' || g END,
	ARRAY[g, g / 2.0, -g, g % 3]::real[]::vector FROM generate_series(1, 25000) g;
CREATE INDEX items_grp ON items (grp) WHERE grp > 2;
CREATE INDEX items_expr ON items ((id % 100));
CREATE TABLE twin (LIKE items INCLUDING ALL);
INSERT INTO twin SELECT * FROM items;
-- a table altered after its rows were written
CREATE TABLE altered (a int, b text, c int) USING vecstore;
INSERT INTO altered SELECT g, 'b' || g, g FROM generate_series(1, 500) g;
ALTER TABLE altered DROP COLUMN b;
ALTER TABLE altered ADD COLUMN d text DEFAULT 'dflt';
INSERT INTO altered (a, c) VALUES (-1, -1);
CREATE TABLE empty_vs (a int, v vector(2)) USING vecstore;
CREATE MATERIALIZED VIEW mv USING vecstore AS
	SELECT grp, count(*) AS n, sum(id) AS s FROM items GROUP BY grp;
});
# many tiny stripes
$src->safe_psql('d', "INSERT INTO altered (a, c) VALUES ($_, $_)")
  for (1001 .. 1030);

my @tables = qw(items twin altered empty_vs mv);

# digest of a relation's rows, independent of their order
sub digest
{
	my ($node, $db, $rel) = @_;
	return $node->safe_psql($db,
		"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') FROM $rel t");
}

# access methods, index definitions and constraints
my $catalog_query = q{
SELECT string_agg(x, E'\n' ORDER BY x) FROM (
	SELECT c.relname || ' ' || c.relkind::text || ' ' || coalesce(a.amname, '-') AS x
	FROM pg_class c LEFT JOIN pg_am a ON a.oid = c.relam
	WHERE c.relnamespace = 'public'::regnamespace
	UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'
	UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
		WHERE connamespace = 'public'::regnamespace) s
};
my $src_catalog = $src->safe_psql('d', $catalog_query);
like($src_catalog, qr/^items r vecstore$/m, 'source has vecstore tables');

my %src_digest = map { $_ => digest($src, 'd', $_) } @tables;

my $tmp = PostgreSQL::Test::Utils::tempdir;
my $plain = "$tmp/d.sql";
my $custom = "$tmp/d.dump";
$src->command_ok([ 'pg_dump', '-d', $src->connstr('d'), '-f', $plain ],
	'plain pg_dump');
$src->command_ok([ 'pg_dump', '-Fc', '-d', $src->connstr('d'), '-f', $custom ],
	'custom pg_dump');

# only the tables' own data is dumped
my $dump = slurp_file($plain);
my @copied = sort ($dump =~ /^COPY public\.(\w+) /mg);
is_deeply(\@copied, [ sort qw(altered empty_vs items twin) ],
	'plain dump copies exactly the user tables');
unlike($dump, qr/pg_extension_config_dump/, 'no extension configuration data');
like($dump, qr/SET default_table_access_method = vecstore;/,
	'plain dump recreates tables with the vecstore access method');

sub check_restored
{
	my ($db, $how) = @_;
	is($dst->safe_psql($db, $catalog_query), $src_catalog,
		"$how: access methods, indexes and constraints restored");
	for my $rel (@tables)
	{
		is(digest($dst, $db, $rel), $src_digest{$rel}, "$how: $rel rows");
	}
	for my $rel (qw(items altered empty_vs mv))
	{
		is($dst->safe_psql($db, "SELECT vecstore_verify('$rel')"),
			't', "$how: $rel verifies");
	}
	# the indexes answer as on the source
	my $q = q{SET enable_seqscan = off; SET enable_bitmapscan = off;
		SELECT string_agg(id::text, ',' ORDER BY id) FROM items
		WHERE grp = 4 AND id % 100 = 11};
	is($dst->safe_psql($db, $q), $src->safe_psql('d', $q),
		"$how: index scans agree");
	# a restored table takes new rows and keeps its unique check
	my ($ret, $out, $err) = $dst->psql($db, 'INSERT INTO items (id) VALUES (1)');
	like($err, qr/duplicate key value violates unique constraint/,
		"$how: primary key enforced");
	return;
}

$dst->safe_psql('postgres', 'CREATE DATABASE plain');
$dst->command_ok(
	[ 'psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', $dst->connstr('plain'), '-f', $plain ],
	'plain dump restores');
check_restored('plain', 'plain');

$dst->safe_psql('postgres', 'CREATE DATABASE custom');
$dst->command_ok(
	[ 'pg_restore', '--exit-on-error', '-d', $dst->connstr('custom'), $custom ],
	'custom dump restores');
check_restored('custom', 'custom');

# a dump of the restored database is the same dump
my $again = "$tmp/again.sql";
$dst->command_ok([ 'pg_dump', '-d', $dst->connstr('custom'), '-f', $again ],
	'dump of the restored database');
is(slurp_file($again) =~ s/^--.*\n//mgr =~ s/^\\(un)?restrict .*\n//mgr,
	$dump =~ s/^--.*\n//mgr =~ s/^\\(un)?restrict .*\n//mgr,
	'restored database dumps the same');

$src->stop;
$dst->stop;
done_testing();
