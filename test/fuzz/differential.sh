#!/bin/sh
# Exploratory differential fuzz of the vecstore table AM against heap.
# usage: test/fuzz/differential.sh FIRST_SEED LAST_SEED [NOPS [c2]]
# (c2: a second session, through dblink, writes and reads too)
# Connection from the usual PG* environment variables.  For each seed,
# gen.py writes one script; it runs with am=heap and am=vecstore, in the
# databases ${DB}_heap and ${DB}_vec (DB defaults to fz), and the outputs must be identical.
# Diverging seeds are kept in $OUT (default /tmp/vecstore-fuzz).
set -u
here=$(dirname "$0")
first=$1; last=$2; nops=${3:-300}; mode=${4:-}
OUT=${OUT:-/tmp/vecstore-fuzz}
DB=${DB:-fz}
mkdir -p "$OUT"
for db in ${DB}_heap ${DB}_vec; do
	psql -XqAt -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 ||
		{ createdb "$db" && psql -Xq -d "$db" -c 'CREATE EXTENSION vecstore'; }
done
fail=0
seed=$first
while [ "$seed" -le "$last" ]; do
	python3 "$here/gen.py" "$seed" "$nops" $mode > "$OUT/$seed.sql"
	# the file:line prefix of error lines differs where the runs differ
	psql -X -d ${DB}_heap -v am=heap -f "$OUT/$seed.sql" 2>&1 |
		sed 's/^psql:[^:]*:[0-9]*: //' > "$OUT/$seed.heap"
	psql -X -d ${DB}_vec -v am=vecstore -f "$OUT/$seed.sql" 2>&1 |
		sed 's/^psql:[^:]*:[0-9]*: //' > "$OUT/$seed.vec"
	if cmp -s "$OUT/$seed.heap" "$OUT/$seed.vec"; then
		echo "seed $seed: same ($(wc -l < "$OUT/$seed.heap") lines)"
		rm -f "$OUT/$seed.sql" "$OUT/$seed.heap" "$OUT/$seed.vec"
	else
		echo "seed $seed: DIFFERENT"
		diff "$OUT/$seed.heap" "$OUT/$seed.vec" | head -10
		fail=$((fail + 1))
	fi
	seed=$((seed + 1))
done
echo "$fail diverging seeds"
