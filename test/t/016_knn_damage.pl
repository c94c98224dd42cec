# Damaged vector chunks under the kNN scan, which reads raw and dictionary
# chunks in place: bytes changed on disk behind the server's back are
# reported as damage (the chunk CRC, checked when the scan reads the pages
# in), garbage over many vectors' headers too (lengths are checked before
# anything is read), and neither crashes the server; vecstore_verify()
# reports the same tables as damaged.  TID fetches through an index, which
# read one row's vector in place, report the same damage.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('knn_damage');
$node->init;
$node->start;
$node->safe_psql('postgres', 'CREATE EXTENSION vecstore');

# random floats (raw chunks) and small integers (dictionary chunks), 64-d:
# about 100 pages each
$node->safe_psql('postgres', q{
	CREATE TABLE vraw (id int, v vector(64)) USING vecstore;
	INSERT INTO vraw SELECT i, (SELECT array_agg(hashint4(i * 64 + k) / 2147483648.0)
		FROM generate_series(1, 64) k)::vector FROM generate_series(1, 3000) i;
	CREATE TABLE vdict (id int, v vector(64)) USING vecstore;
	INSERT INTO vdict SELECT i, (SELECT array_agg(abs(hashint4(i * 64 + k)) % 200)
		FROM generate_series(1, 64) k)::vector FROM generate_series(1, 3000) i;
	CREATE INDEX ON vraw (id);
	CREATE INDEX ON vdict (id);
});
is($node->safe_psql('postgres', q{
	SELECT string_agg(codec, ',' ORDER BY t) FROM unnest(ARRAY['vraw', 'vdict']) t,
		LATERAL vecstore_stripes(t::regclass)}),
	'zstd+dict,zstd+none', 'one raw and one dictionary stripe');

my $q = "SELECT id FROM %s ORDER BY v <-> array_fill(0.5::float8, ARRAY[64])::vector LIMIT 3";
my %before;
for my $t ('vraw', 'vdict')
{
	$before{$t} = $node->safe_psql('postgres', sprintf($q, $t));
	like($node->safe_psql('postgres', 'EXPLAIN (COSTS OFF) ' . sprintf($q, $t)),
		qr/VecstoreKnn/, "$t: the kNN scan");
}

my %path = map { $_ => $node->data_dir . '/' .
	  $node->safe_psql('postgres', "SELECT pg_relation_filepath('$_')") }
  ('vraw', 'vdict');

# overwrites len bytes at offset of file with byte
sub scribble
{
	my ($file, $offset, $len, $byte) = @_;
	open(my $fh, '+<', $file) or die "open $file: $!";
	binmode $fh;
	seek($fh, $offset, 0) or die "seek: $!";
	print $fh chr($byte) x $len;
	close($fh) or die "close: $!";
}

# the low byte of one float, found in the file by its bytes, and one
# dictionary index (block 10 lies inside the chunk of indices)
my $val = $node->safe_psql('postgres',
	'SELECT (v::real[])[10] FROM vraw WHERE id = 1500');
my $pos;
$node->stop;
{
	open(my $fh, '<', $path{vraw}) or die "open: $!";
	binmode $fh;
	local $/;
	my $data = <$fh>;
	close($fh);
	my $bytes = pack('f<', $val);
	$pos = index($data, $bytes);
	die "float $val not found" if $pos < 0;
	die "float $val found twice" if index($data, $bytes, $pos + 1) >= 0;
}
scribble($path{vraw}, $pos, 1, 0x5A);
scribble($path{vdict}, 10 * 8192 + 4001, 1, 0xC7);
$node->start;
for my $t ('vraw', 'vdict')
{
	my ($ret, $out, $err) = $node->psql('postgres', sprintf($q, $t));
	isnt($ret, 0, "$t: a changed byte fails the query");
	like($err, qr/damaged.*checksum/, "$t: as a checksum failure");
	($ret, $out, $err) = $node->psql('postgres', "SELECT vecstore_verify('$t')");
	like($err, qr/damaged/, "$t: vecstore_verify reports it");
}

# a fetch by TID reads one row's bytes in place, far from the damage, but
# its pages come from disk, so it checks the whole chunk
$node->restart;
my $fetch = "SET enable_seqscan = off; SET enable_bitmapscan = off; "
  . "SELECT v FROM %s WHERE id = 2900";
for my $t ('vraw', 'vdict')
{
	like($node->safe_psql('postgres', 'SET enable_seqscan = off; SET enable_bitmapscan = off; '
			. "EXPLAIN (COSTS OFF) SELECT v FROM $t WHERE id = 2900"),
		qr/Index Scan/, "$t: fetched by TID");
	my ($ret, $out, $err) = $node->psql('postgres', sprintf($fetch, $t));
	isnt($ret, 0, "$t: a changed byte fails a fetch by TID");
	like($err, qr/damaged.*checksum/, "$t: as a checksum failure");
}

# 3000 bytes of garbage over a dozen raw vectors and their headers
$node->stop;
scribble($path{vraw}, 60 * 8192 + 1000, 3000, 0xFF);
$node->start;
my ($ret, $out, $err) = $node->psql('postgres', sprintf($q, 'vraw'));
isnt($ret, 0, 'garbage over headers fails the query');
like($err, qr/vecstore table "vraw" is damaged: bad (vector|varlena header) in a vector chunk/,
	'as a bad length, found before anything is read past it');
is($node->safe_psql('postgres', 'SELECT 1'), '1', 'the server is still up');

# the undamaged table still answers as before
$node->safe_psql('postgres', 'CREATE TABLE vok (id int, v vector(64)) USING vecstore');
$node->safe_psql('postgres', q{
	INSERT INTO vok SELECT i, (SELECT array_agg(hashint4(i * 64 + k) / 2147483648.0)
		FROM generate_series(1, 64) k)::vector FROM generate_series(1, 3000) i});
is($node->safe_psql('postgres', sprintf($q, 'vok')), $before{vraw},
	'a fresh copy answers as the table did before');

$node->stop;
done_testing();
