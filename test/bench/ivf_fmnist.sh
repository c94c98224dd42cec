#!/bin/sh
# Fashion-MNIST benchmark of the ivfrabitq index against exact search on a
# heap table, on a private cluster that loads this build's vecstore.so by
# absolute path (so concurrent installs of other builds do not interfere).
#
# usage: test/bench/ivf_fmnist.sh WORKDIR [LISTS] [PROBES...]
# WORKDIR must hold train.tsv and test.tsv (test/bench/fmnist_tsv.py) and
# be writable by the user running this (not root).
set -e
W=$1; shift
LISTS=${1:-100}; shift || true
PROBES=${*:-"1 2 4 8 16 32"}
BIN=/usr/lib/postgresql/15/bin
PORT=5499
HERE=$(cd "$(dirname "$0")/../.." && pwd)
PSQL="psql -X -q -h $W -p $PORT -d postgres -v ON_ERROR_STOP=1"

if [ ! -d "$W/data" ]; then
	$BIN/initdb -D "$W/data" -A trust >/dev/null
	cat >> "$W/data/postgresql.conf" <<CONF
shared_buffers = 1GB
maintenance_work_mem = 512MB
max_parallel_workers_per_gather = 0
max_parallel_maintenance_workers = 0
jit = off
listen_addresses = ''
unix_socket_directories = '$W'
CONF
fi
cp "$HERE/vecstore.so" "$W/vecstore.so"
$BIN/pg_ctl -D "$W/data" -o "-p $PORT" -l "$W/log" -w start >/dev/null
trap '$BIN/pg_ctl -D "$W/data" -m fast -w stop >/dev/null' EXIT

if [ "$($PSQL -At -c "SELECT count(*) FROM pg_tables WHERE tablename = 'fmnist'")" = 0 ]; then
	sed -e "s|MODULE_PATHNAME|$W/vecstore.so|g" -e '/^\\echo/d' "$HERE/vecstore--0.1.0.sql" | $PSQL
	$PSQL <<SQL
CREATE TABLE fmnist (id int, embedding vector(784));
\copy fmnist FROM '$W/train.tsv'
CREATE TABLE queries (id int, embedding vector(784));
\copy queries FROM '$W/test.tsv'
VACUUM ANALYZE fmnist;
VACUUM ANALYZE queries;
SQL
	echo "exact search (ground truth), 1000 queries, seq scan:"
	$PSQL <<SQL
\timing on
CREATE TABLE truth AS SELECT q.id, ARRAY(SELECT f.id FROM fmnist f ORDER BY f.embedding <-> q.embedding LIMIT 10) AS ids FROM queries q;
SQL
fi
$PSQL -At -c "SELECT 'table size (with TOAST): ' || pg_size_pretty(pg_total_relation_size('fmnist'))"

$PSQL <<SQL
DROP INDEX IF EXISTS fmnist_ivf;
\timing on
\echo build, lists = $LISTS:
CREATE INDEX fmnist_ivf ON fmnist USING ivfrabitq (embedding vector_l2_ops) WITH (lists = $LISTS);
\timing off
SELECT 'index size: ' || pg_size_pretty(pg_relation_size('fmnist_ivf')) || ' = ' ||
	round(100.0 * pg_relation_size('fmnist_ivf') / pg_total_relation_size('fmnist'), 2) || '% of the table';
SQL
# exact search (seq scan + top-N sort) on the first $EXACT queries
if [ -n "$EXACT" ]; then
	$PSQL -At <<SQL
SET enable_indexscan = off;
CREATE TEMP TABLE t0 AS SELECT clock_timestamp() AS t;
CREATE TEMP TABLE res AS SELECT q.id, ARRAY(SELECT f.id FROM fmnist f ORDER BY f.embedding <-> q.embedding LIMIT 10) AS ids FROM queries q WHERE q.id <= $EXACT;
SELECT format('exact search: %s ms/query, %s q/s', round(extract(epoch FROM clock_timestamp() - t) * 1000 / $EXACT, 3),
	round($EXACT / extract(epoch FROM clock_timestamp() - t), 2)) FROM t0;
SQL
fi

# insert throughput with and without the index, on tables of equal size
if [ -n "$INSERT_ROWS" ]; then
	$PSQL <<SQL
CREATE TABLE ins_plain (LIKE fmnist);
CREATE TABLE ins_idx (LIKE fmnist);
INSERT INTO ins_plain SELECT * FROM fmnist WHERE id > 50000;
INSERT INTO ins_idx SELECT * FROM fmnist WHERE id > 50000;
CREATE INDEX ON ins_idx USING ivfrabitq (embedding) WITH (lists = $LISTS);
CHECKPOINT;
\timing on
\echo insert $INSERT_ROWS rows without the index:
INSERT INTO ins_plain SELECT * FROM fmnist WHERE id <= $INSERT_ROWS;
\echo insert $INSERT_ROWS rows with the index:
INSERT INTO ins_idx SELECT * FROM fmnist WHERE id <= $INSERT_ROWS;
\timing off
DROP TABLE ins_plain, ins_idx;
SQL
fi

for p in $PROBES; do
	$PSQL -At <<SQL
SET vecstore.ivf_probes = $p;
SET vecstore.ivf_rerank = ${RERANK:-100};
SET enable_seqscan = off;
-- warm up
SELECT count(*) FROM (SELECT ARRAY(SELECT f.id FROM fmnist f ORDER BY f.embedding <-> q.embedding LIMIT 10) FROM queries q WHERE q.id <= 100) s;
CREATE TEMP TABLE t0 AS SELECT clock_timestamp() AS t;
CREATE TEMP TABLE res AS SELECT q.id, ARRAY(SELECT f.id FROM fmnist f ORDER BY f.embedding <-> q.embedding LIMIT 10) AS ids FROM queries q;
CREATE TEMP TABLE t1 AS SELECT clock_timestamp() - t AS t FROM t0;
SELECT format('probes %s rerank %s: %s ms/query, %s q/s, recall@10 %s',
	$p, current_setting('vecstore.ivf_rerank'),
	round(extract(epoch FROM t) * 1000 / 1000, 3),
	round(1000 / extract(epoch FROM t), 1),
	(SELECT round(avg((SELECT count(*) FROM unnest(r.ids) x WHERE x = ANY (t.ids)) / 10.0), 4)
	 FROM res r JOIN truth t USING (id)))
FROM t1;
SQL
done
