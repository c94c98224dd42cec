# Pieces shared by vecstore's TAP tests.
package VecstoreTest;

use strict;
use warnings;
use Exporter 'import';

our @EXPORT = qw($small_buffer emb);

# SQL that sets the smallest write buffer in a session, so that it writes
# stripes long before it commits.
our $small_buffer = q{
LOAD 'vecstore';
SELECT set_config('vecstore.write_buffer_size', min_val, false) IS NOT NULL
	FROM pg_settings WHERE name = 'vecstore.write_buffer_size';
};

# The 64-d embedding of row id, as an SQL expression.
sub emb
{
	my ($id) = @_;
	return "array_fill(($id)::real / 8, ARRAY[64])::vector";
}

1;
