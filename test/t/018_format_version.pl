# The metapage's format version.  Version 2 writes one-row (small) stripes
# without a stripe index; a table of version 1 is still read, and written
# in version 1's layout (small stripes with their index), so the two kinds
# of small stripe live side by side and read the same; a version this
# build does not know gives a clear error instead of garbage.  The version
# is changed behind the server's back by rewriting the metapage (with its
# CRC) in the file.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('format_version');
$node->init;
$node->start;
$node->safe_psql('postgres', 'CREATE EXTENSION vecstore');

$node->safe_psql('postgres', q{
	CREATE TABLE fv (id int, v vector(3)) USING vecstore;
	CREATE TABLE fh (id int, v vector(3));
	INSERT INTO fv SELECT g, ARRAY[g, g + 1, g + 2]::real[]::vector FROM generate_series(1, 2000) g;
	INSERT INTO fh SELECT g, ARRAY[g, g + 1, g + 2]::real[]::vector FROM generate_series(1, 2000) g;
});
# autocommit one-row INSERTs: small stripes
for my $i (1 .. 3)
{
	$node->safe_psql('postgres',
		"INSERT INTO fv VALUES (10000 + $i, '[$i, $i, $i]'); INSERT INTO fh VALUES (10000 + $i, '[$i, $i, $i]')");
}

my $cmp = q{SELECT count(*) FROM ((SELECT * FROM fv EXCEPT ALL SELECT * FROM fh)
	UNION ALL (SELECT * FROM fh EXCEPT ALL SELECT * FROM fv)) d};
my $small = q{SELECT string_agg(bytes_on_disk::text, ',' ORDER BY first_row)
	FROM vecstore_stripes('fv') WHERE kind = 'data' AND row_count = 1};
is($node->safe_psql('postgres', $cmp), '0', 'version 2: same rows as heap');
my $v2bytes = $node->safe_psql('postgres', $small);
like($v2bytes, qr/^(\d+),\1,\1$/, 'version 2: three small stripes of one size');
($v2bytes) = split(/,/, $v2bytes);

my $file = $node->data_dir . '/'
  . $node->safe_psql('postgres', "SELECT pg_relation_filepath('fv')");

# CRC-32C, as the metapage's crc field
sub crc32c
{
	my ($data) = @_;
	my $crc = 0xFFFFFFFF;
	for my $byte (unpack('C*', $data))
	{
		$crc ^= $byte;
		$crc = ($crc & 1) ? (($crc >> 1) ^ 0x82F63B78) : ($crc >> 1)
		  for 1 .. 8;
	}
	return $crc ^ 0xFFFFFFFF;
}

# metapage contents: after the 24-byte page header, 128 bytes: magic,
# version, ..., crc at 64 (computed with crc = 0)
sub set_version
{
	my ($version) = @_;
	$node->stop;
	open(my $fh, '+<', $file) or die "open $file: $!";
	binmode $fh;
	seek($fh, 24, 0) or die "seek: $!";
	read($fh, my $meta, 128) == 128 or die "read: $!";
	substr($meta, 4, 4) = pack('L', $version);
	substr($meta, 64, 4) = pack('L', 0);
	substr($meta, 64, 4) = pack('L', crc32c($meta));
	seek($fh, 24, 0) or die "seek: $!";
	print $fh $meta;
	close($fh) or die "close: $!";
	$node->start;
}

set_version(1);
is($node->safe_psql('postgres', $cmp), '0',
	'version 1: stripes written without index are still read');
for my $i (4 .. 6)
{
	$node->safe_psql('postgres',
		"INSERT INTO fv VALUES (10000 + $i, '[$i, $i, $i]'); INSERT INTO fh VALUES (10000 + $i, '[$i, $i, $i]')");
}
is($node->safe_psql('postgres', $cmp), '0',
	'version 1: small stripes with and without index read alike');
is( $node->safe_psql('postgres', $small),
	join(',', ($v2bytes) x 3, ($v2bytes + 72) x 3),
	'version 1: new small stripes carry their 72-byte index');
is($node->safe_psql('postgres', "SELECT vecstore_verify('fv')"),
	't', 'version 1: vecstore_verify');

set_version(99);
my ($ret, $out, $err) =
  $node->psql('postgres', 'SELECT count(*) FROM fv');
isnt($ret, 0, 'unknown version: the query fails');
like(
	$err,
	qr/vecstore table "fv" has on-disk format version 99, which this build does not support/,
	'unknown version: clear error');
($ret, $out, $err) =
  $node->psql('postgres', "INSERT INTO fv VALUES (1, '[1, 1, 1]')");
like($err, qr/on-disk format version 99/, 'unknown version: INSERT refused');

set_version(2);
is($node->safe_psql('postgres', $cmp), '0', 'back to version 2');
$node->safe_psql('postgres',
	"INSERT INTO fv VALUES (20000, '[7, 7, 7]'); INSERT INTO fh VALUES (20000, '[7, 7, 7]')");
is($node->safe_psql('postgres', $cmp), '0', 'version 2 again: same rows as heap');
is($node->safe_psql('postgres', "SELECT vecstore_verify('fv')"),
	't', 'version 2 again: vecstore_verify');

$node->stop;
done_testing();
