#!/usr/bin/env python3
"""Exploratory differential fuzzer for the vecstore table AM: writes one psql
script from a seed.  The script is run twice, with -v am=heap and -v
am=vecstore, and the two outputs must be identical (test/fuzz/differential.sh
does that).  Every statement's output (rows, row counts, SQLSTATEs) and a
content digest of each table after every operation are printed.

Statements vecstore must refuse (UPDATE, DELETE, FOR UPDATE, TABLESAMPLE,
publications) run only under am=vecstore; under am=heap the script raises the
same SQLSTATE 0A000 in their place, so both runs stay in step.

usage: gen.py SEED [NOPS [c2] [compact] [dims=N]]
(c2: a second session through dblink; compact: shorter COPY data and
smaller tables)
"""
import random
import sys

seed = int(sys.argv[1])
nops = int(sys.argv[2]) if len(sys.argv) > 2 else 300
rnd = random.Random(seed)
out = []


def emit(s):
    out.append(s)


CONCURRENT = 'c2' in sys.argv[3:]
COMPACT = 'compact' in sys.argv[3:]
# tables grow by copying themselves up to about this many rows
MAXROWS = 1000 if COMPACT else 4000
LOCK_TIMEOUT = '200ms' if CONCURRENT else '10s'
DIMS = rnd.choice([1, 3, 3, 16, 16, 128, 128, 768])
for arg in sys.argv[3:]:
    if arg.startswith('dims='):
        DIMS = int(arg[5:])
TABLES = ['t', 'u', 'p']
ident = [0]
in_xact = False
aborted = False
savepoints = []
cursors = []
sp_counter = [0]
cur_counter = [0]
indexes = {'t': [], 'u': [], 'p': []}
trigger_on = {'t': False, 'u': False, 'p': False}
u_created_in_xact = False


def vec():
    if rnd.random() < 0.1:
        return 'NULL'
    vals = [str(rnd.randint(-20, 20) / 4) for _ in range(DIMS)]
    return "'[" + ','.join(vals) + "]'"


def wvec():
    if rnd.random() < 0.5:
        return 'NULL'
    return "'[" + ','.join(str(rnd.randint(-9, 9)) for _ in range(rnd.randint(1, 8 if COMPACT else 40))) + "]'"


def text():
    r = rnd.random()
    if r < 0.15:
        return 'NULL'
    if r < 0.25:
        return "repeat('w%d', %d)" % (rnd.randint(0, 9), rnd.randint(500, 4000))
    if r < 0.27:
        return "(SELECT string_agg(md5(g::text), '') FROM generate_series(1, %d) g)" % rnd.randint(10, 300)
    if r < 0.28:
        # bigger than a chunk group and the write buffer
        return "repeat(md5('%d'), %d)" % (rnd.randint(0, 99), rnd.randint(2000, 10000))
    return "'s%d'" % rnd.randint(0, 1000)


def row(dup_ok=True):
    ident[0] += 1
    i = ident[0] if rnd.random() > 0.05 else rnd.randint(1, max(1, ident[0]))
    a = 'NULL' if rnd.random() < 0.1 else str(rnd.randint(0, 99))
    b = 'NULL' if rnd.random() < 0.1 else str(rnd.randint(-2**62, 2**62) if rnd.random() < 0.2 else rnd.randint(-999, 999))
    ts = 'NULL' if rnd.random() < 0.1 else "'2024-%02d-%02d %02d:%02d+00'" % (rnd.randint(1, 12), rnd.randint(1, 28), rnd.randint(0, 23), rnd.randint(0, 59))
    return '(%d, %s, %s, %s, %s, %s, %s)' % (i, a, b, text(), ts, vec(), wvec())


def gen_select_expr(n):
    """rows from generate_series g: n of them, varied"""
    ident[0] += n
    base = ident[0] - n
    wide = rnd.random() < 0.2
    s = ("CASE WHEN g %% 5 = 0 THEN NULL ELSE repeat('x' || (g %% 10), %d) END" % rnd.randint(100, 3000)) if wide else \
        "CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END"
    v = "CASE WHEN g %% 11 = 0 THEN NULL ELSE array_fill((g %% 13)::real / 4, ARRAY[%d])::vector END" % DIMS
    return ("SELECT %d + g, CASE WHEN g %% 9 = 0 THEN NULL ELSE (g * 7) %% 100 END, g::bigint * 1000003, %s, "
            "'2024-01-01'::timestamptz + g * interval '1 minute', %s, CASE WHEN g %% 3 = 0 THEN array_fill(g::real, ARRAY[1 + g %% 17])::vector END FROM generate_series(1, %d) g") % (base, s, v, n)


COLS = '(id, a, b, s, ts, v, w)'


def tab():
    return rnd.choice(TABLES) if rnd.random() < 0.3 else 't'


def check():
    if COMPACT:
        # one statement (fewer round trips): a missing table fails them all
        emit('SELECT * FROM ' + ' UNION ALL SELECT * FROM '.join("fz_chk('%s')" % t for t in TABLES + ['tlog']) + ';')
        return
    for t in TABLES + ['tlog']:
        emit("SELECT * FROM fz_chk('%s');" % t)


def unsupported(sql):
    emit("\\if :vec")
    emit(sql)
    emit("\\else")
    emit("DO $$BEGIN RAISE EXCEPTION 'unsupported' USING ERRCODE = '0A000'; END$$;")
    emit("\\endif")


def op_insert():
    t = tab()
    r = rnd.random()
    if r < 0.35:
        emit('INSERT INTO %s %s VALUES %s;' % (t, COLS, row()))
    elif r < 0.6:
        emit('INSERT INTO %s %s VALUES %s;' % (t, COLS, ', '.join(row() for _ in range(rnd.randint(2, 20)))))
    elif r < 0.8:
        emit('INSERT INTO %s %s %s;' % (t, COLS, gen_select_expr(rnd.choice([10, 100, 500, 1500]))))
    else:
        # RETURNING
        emit('WITH x AS (INSERT INTO %s %s VALUES %s RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, \'|\' ORDER BY x::text)) FROM x;'
             % (t, COLS, ', '.join(row() for _ in range(rnd.randint(1, 10)))))


def op_self_insert():
    t = tab()
    src = rnd.choice(TABLES)
    off = rnd.randint(1, 10) * 1000000
    cond = rnd.choice(['WHERE true', 'WHERE id % 3 = 0', 'WHERE a < 20', 'WHERE a IS NULL'])
    # bounded growth (an InitPlan: the same for heap and vecstore)
    cond += ' AND (SELECT count(*) FROM %s) < %d' % (t, MAXROWS)
    if rnd.random() < 0.2:
        # through an index on the table being written, if there is one: the
        # new rows sort after the scan position and must stay invisible
        emit('SET enable_seqscan = off; SET enable_bitmapscan = off;')
        emit('INSERT INTO %s SELECT id + %d, a, b, s, ts, v, w FROM %s WHERE id > %d AND (SELECT count(*) FROM %s) < %d;' % (t, off, t, rnd.randint(0, max(1, ident[0])), t, MAXROWS))
        emit('RESET enable_seqscan; RESET enable_bitmapscan;')
    elif rnd.random() < 0.5:
        emit('INSERT INTO %s SELECT id + %d, a, b, s, ts, v, w FROM %s %s;' % (t, off, src, cond))
    else:
        emit('WITH x AS (INSERT INTO %s SELECT * FROM %s %s RETURNING *) SELECT count(*), count(s), (SELECT count(*) FROM %s) FROM x;' % (t, src, cond, t))


def op_copy():
    t = tab()
    emit('COPY %s %s FROM STDIN;' % (t, COLS))
    for _ in range(rnd.randint(1, 50)):
        ident[0] += 1
        s = rnd.choice(['\\N', 'c%d' % rnd.randint(0, 99), 'y' * rnd.randint(0, 2000 if not COMPACT else 100)])
        v = '\\N' if rnd.random() < 0.1 else '[' + ','.join(str(rnd.randint(-8, 8)) for _ in range(DIMS)) + ']'
        a = '\\N' if rnd.random() < 0.1 else str(rnd.randint(0, 99))
        w = '\\N' if rnd.random() < 0.5 else '[%d,%d]' % (rnd.randint(0, 9), rnd.randint(0, 9))
        emit('%d\t%s\t%d\t%s\t2024-02-02 10:00:%02d+00\t%s\t%s' % (ident[0], a, rnd.randint(-10**12, 10**12), s, rnd.randint(0, 59), v, w))
    emit('\\.')


def op_begin():
    global in_xact, aborted
    emit(rnd.choice(['BEGIN;', 'BEGIN;', 'BEGIN ISOLATION LEVEL REPEATABLE READ;', 'START TRANSACTION;']))
    in_xact = True


def end_xact(cmd):
    global in_xact, aborted, savepoints, cursors, u_created_in_xact
    emit(cmd)
    in_xact = False
    aborted = False
    savepoints = []
    cursors = [c for c in cursors if c[1]]
    u_created_in_xact = False


def op_savepoint():
    if not in_xact and rnd.random() < 0.9:
        return op_begin()
    sp_counter[0] += 1
    name = 'sp%d' % sp_counter[0]
    emit('SAVEPOINT %s;' % name)
    savepoints.append(name)


def op_rollback_to():
    if not savepoints:
        return op_savepoint()
    i = rnd.randrange(len(savepoints))
    emit('ROLLBACK TO SAVEPOINT %s;' % savepoints[i])
    del savepoints[i + 1:]


def op_release():
    if not savepoints:
        return op_savepoint()
    i = rnd.randrange(len(savepoints))
    emit('RELEASE SAVEPOINT %s;' % savepoints[i])
    del savepoints[i:]


def op_do_exception():
    t = tab()
    body = []
    for _ in range(rnd.randint(1, 3)):
        body.append("BEGIN INSERT INTO %s %s VALUES %s; INSERT INTO %s %s %s; %s EXCEPTION WHEN %s THEN NULL; END;" % (
            t, COLS, row(), t, COLS, gen_select_expr(rnd.choice([5, 50, 300])),
            rnd.choice(['', 'PERFORM 1/0;', "PERFORM 1/(SELECT count(*) - count(*) FROM %s);" % t, '']),
            rnd.choice(['division_by_zero', 'unique_violation', 'others'])))
    tail = rnd.choice(['', 'PERFORM 1/0;'])
    emit('DO $$BEGIN %s INSERT INTO %s %s VALUES %s; %s END$$;' % (' '.join(body), t, COLS, row(), tail))


def nested_block(t, depth):
    """a PL/pgSQL block with inserts, reads that write the buffer out,
    inner blocks, and failures caught at some level"""
    parts = []
    for _ in range(rnd.randint(1, 3)):
        r = rnd.random()
        if r < 0.35:
            parts.append('INSERT INTO %s %s VALUES %s;' % (t, COLS, row()))
        elif r < 0.5:
            parts.append('INSERT INTO %s %s %s;' % (t, COLS, gen_select_expr(rnd.choice([3, 40, 400]))))
        elif r < 0.65:
            parts.append("INSERT INTO fz_seen SELECT %d, count(*), count(s) FROM %s;" % (depth, t))
        elif r < 0.75:
            parts.append('INSERT INTO %s SELECT * FROM %s WHERE id %% 5 = %d AND (SELECT count(*) FROM %s) < %d;' % (t, t, rnd.randint(0, 4), t, MAXROWS))
        elif depth < 4:
            parts.append(nested_block(t, depth + 1))
    if rnd.random() < 0.3:
        parts.append('PERFORM 1/0;')
    if depth > 0 and rnd.random() < 0.7:
        return 'BEGIN %s EXCEPTION WHEN division_by_zero THEN INSERT INTO fz_seen SELECT %d, -count(*), -count(s) FROM %s; END;' % (' '.join(parts), depth, t)
    return 'BEGIN %s END;' % ' '.join(parts)


def op_nested_do():
    t = tab()
    emit('DO $$%s$$;' % nested_block(t, 0))
    emit("SELECT count(*), md5(coalesce(string_agg(f::text, '|' ORDER BY f::text), '')) FROM fz_seen f;")


def op_call():
    if in_xact and rnd.random() < 0.9:
        return op_commit()
    t = tab()
    n = rnd.randint(1, 200)
    ident[0] += 3 * n
    emit("CALL fz_proc('%s', %d, %d, %d);" % (t, ident[0] - 3 * n, n, rnd.randint(0, 3)))


def op_cursor():
    cur_counter[0] += 1
    name = 'c%d' % cur_counter[0]
    hold = rnd.random() < 0.3 or not in_xact
    t = tab()
    q = rnd.choice(['SELECT id, a, md5(s), v, w FROM %s ORDER BY id, a, b, s, ts' % t,
                    'SELECT count(*), count(s), sum(b) FROM %s' % t,
                    'SELECT id FROM %s WHERE a < 10 ORDER BY id, b' % t])
    emit('DECLARE %s CURSOR %sFOR %s;' % (name, 'WITH HOLD ' if hold else '', q))
    if in_xact or hold:
        cursors.append((name, hold))


def op_fetch():
    if not cursors:
        return op_cursor()
    name, hold = rnd.choice(cursors)
    emit('FETCH %d FROM %s;' % (rnd.randint(1, 5), name))
    if rnd.random() < 0.3:
        emit('CLOSE %s;' % name)
        cursors.remove((name, hold))


def op_truncate():
    t = tab()
    emit('TRUNCATE %s;' % t)


def op_recreate_u():
    global u_created_in_xact
    emit('DROP TABLE u;')
    emit('CREATE TABLE u (id int, a int, b bigint, s text, ts timestamptz, v vector(%d), w vector) USING :am;' % DIMS)
    indexes['u'] = []
    extra_cols['u'] = []
    trigger_on['u'] = False
    u_created_in_xact = in_xact


def op_index():
    t = tab()
    if indexes[t] and rnd.random() < 0.3:
        ix = indexes[t].pop(rnd.randrange(len(indexes[t])))
        emit('DROP INDEX %s;' % ix)
        return
    ix = '%s_ix%d' % (t, rnd.randint(0, 10**6))
    kind = rnd.choice(['UNIQUE ', '', '', 'UNIQUE '])
    cols = rnd.choice(['id', 'a', 'a, b', 'id, a', '(left(s, 20))', 'ts'])
    emit('CREATE %sINDEX %s ON %s (%s);' % (kind, ix, t, cols))
    indexes[t].append(ix)


def op_on_conflict():
    t = tab()
    rows = [row() for _ in range(rnd.randint(1, 10))]
    if rnd.random() < 0.4:
        rows = rows + rows[:rnd.randint(1, len(rows))]
    emit('WITH x AS (INSERT INTO %s %s VALUES %s ON CONFLICT DO NOTHING RETURNING id) SELECT count(*), sum(id) FROM x;' % (t, COLS, ', '.join(rows)))
    if rnd.random() < 0.3:
        emit('INSERT INTO %s SELECT * FROM %s WHERE id %% 4 = 1 ON CONFLICT DO NOTHING;' % (t, rnd.choice(TABLES)))


def op_query():
    t = tab()
    lo = rnd.randint(0, max(1, ident[0]))
    hi = lo + rnd.randint(0, 300)
    mode = rnd.choice(['seq', 'index', 'bitmap'])
    q = "'[" + ','.join(str(rnd.randint(-20, 20) / 4) for _ in range(DIMS)) + "]'"
    if mode == 'index':
        emit('SET enable_seqscan = off; SET enable_bitmapscan = off;')
    elif mode == 'bitmap':
        emit('SET enable_seqscan = off; SET enable_indexscan = off; SET enable_indexonlyscan = off;')
    q = rnd.choice([
        'SELECT count(*), sum(b), count(s) FROM %s WHERE id BETWEEN %d AND %d;' % (t, lo, hi),
        'SELECT id, a, b, length(s), ts, v FROM %s WHERE id = %d ORDER BY 1, 2, 3, 4, 5;' % (t, lo),
        'SELECT a, count(*) FROM %s WHERE a BETWEEN %d AND %d GROUP BY a ORDER BY a;' % (t, lo % 100, lo % 100 + 5),
        'SELECT id, a FROM %s WHERE a = %d AND b > 0 ORDER BY id, a LIMIT 20;' % (t, lo % 100),
        'SELECT count(*) FROM %s WHERE s = \'s%d\';' % (t, lo % 1000),
        'SELECT count(*), min(ts), max(ts) FROM %s WHERE ts > \'2024-01-02\';' % t,
        'SELECT id, v <-> %s AS d FROM %s WHERE v IS NOT NULL ORDER BY d, id LIMIT 5;' % (vec() if DIMS else 'NULL', t),
        # the kNN scan: distances only (ties may pick different rows)
        'SELECT round((v <-> %s)::numeric, 4) FROM %s ORDER BY v <-> %s LIMIT %d;' % (q, t, q, rnd.randint(1, 20)),
        'SELECT round((v <#> %s)::numeric, 4), count(*) OVER () FROM %s WHERE a < 50 ORDER BY v <#> %s LIMIT 3;' % (q, t, q),
    ])
    emit(q)
    emit('RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;')


def op_unsupported():
    t = tab()
    unsupported(rnd.choice([
        'UPDATE %s SET a = 1 WHERE id < 10;' % t,
        'DELETE FROM %s WHERE id %% 2 = 0;' % t,
        'SELECT id FROM %s ORDER BY id LIMIT 1 FOR UPDATE;' % t,
        'SELECT id FROM %s WHERE id = 3 FOR SHARE;' % t,
        'SELECT count(*) FROM %s TABLESAMPLE SYSTEM (50);' % t,
        'CREATE PUBLICATION fzpub FOR TABLE %s;' % t,
    ]))


def op_trigger():
    t = tab()
    if trigger_on[t]:
        emit('DROP TRIGGER fz_trg ON %s;' % t)
        trigger_on[t] = False
    else:
        emit("CREATE TRIGGER fz_trg AFTER INSERT ON %s FOR EACH ROW WHEN (NEW.a < 2) EXECUTE FUNCTION fz_trg_fn();" % t)
        trigger_on[t] = True


def op_prepare():
    global in_xact
    if not in_xact:
        return op_begin()
    gid = 'fz_%d' % rnd.randint(0, 10**9)
    emit("PREPARE TRANSACTION '%s';" % gid)
    end_xact_state()
    if rnd.random() < 0.5:
        # the prepared transaction may hold strong locks (TRUNCATE, DDL)
        emit("SET lock_timeout = '50ms';")
        check()
        emit("SET lock_timeout = '%s';" % LOCK_TIMEOUT)
    emit("%s PREPARED '%s';" % (rnd.choice(['COMMIT', 'COMMIT', 'ROLLBACK']), gid))


def end_xact_state():
    global in_xact, aborted, savepoints, cursors, u_created_in_xact
    in_xact = False
    savepoints = []
    cursors = [c for c in cursors if c[1]]
    u_created_in_xact = False


def op_guc():
    emit(rnd.choice([
        'SET vecstore.write_buffer_size = %d;' % rnd.choice([8192, 16384, 65536, 1 << 20]),
        'SET vecstore.chunk_group_size = %d;' % rnd.choice([65536, 131072, 1 << 20]),
        "SET vecstore.compression = '%s';" % rnd.choice(['none', 'zstd']),
        'SET vecstore.fetch_cache_size = %d;' % rnd.choice([0, 8192, 1 << 20]),
        'SET vecstore.enable_chunk_skipping = %s;' % rnd.choice(['on', 'off']),
    ]))


def op_on_error_rollback():
    emit('\\set ON_ERROR_ROLLBACK %s' % rnd.choice(['on', 'off']))


c2_in_xact = [False]


def op_c2():
    """a second session (dblink) writes and reads the tables"""
    if not CONCURRENT:
        return op_insert()
    t = tab()
    r = rnd.random()
    if r < 0.15 and not c2_in_xact[0]:
        sql = rnd.choice(['BEGIN', 'BEGIN ISOLATION LEVEL REPEATABLE READ'])
        c2_in_xact[0] = True
    elif r < 0.3 and c2_in_xact[0]:
        sql = rnd.choice(['COMMIT', 'ROLLBACK', 'COMMIT'])
        c2_in_xact[0] = False
    elif r < 0.4:
        sql = 'SAVEPOINT x' if rnd.random() < 0.5 else 'ROLLBACK TO SAVEPOINT x'
    elif r < 0.6:
        emit("SELECT * FROM dblink('c2', $c2$SELECT count(*), count(s), sum(b), md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM %s x$c2$) AS r(c bigint, cs bigint, sb numeric, m text);" % t)
        return
    elif r < 0.8:
        sql = 'INSERT INTO %s %s VALUES %s' % (t, COLS, ', '.join(row() for _ in range(rnd.randint(1, 5))))
    else:
        sql = 'INSERT INTO %s %s %s' % (t, COLS, gen_select_expr(rnd.choice([10, 300, 1000])))
    emit("SELECT dblink_exec('c2', $c2$%s$c2$);" % sql)


extra_cols = {'t': [], 'u': [], 'p': []}


def op_alter():
    t = tab()
    r = rnd.random()
    if r < 0.4 or not extra_cols[t]:
        c = 'x%d' % rnd.randint(0, 10**6)
        emit('ALTER TABLE %s ADD COLUMN %s %s;' % (t, c, rnd.choice(["int DEFAULT 7", "text", "bigint DEFAULT -1", "vector(2) DEFAULT '[1,2]'"])))
        extra_cols[t].append(c)
    elif r < 0.7:
        c = extra_cols[t].pop(rnd.randrange(len(extra_cols[t])))
        emit('ALTER TABLE %s DROP COLUMN %s;' % (t, c))
    else:
        emit('ALTER TABLE %s ALTER COLUMN a TYPE %s;' % (t, rnd.choice(['bigint', 'int', 'numeric'])))


def op_multi_cte():
    t = tab()
    r = rnd.random()
    if r < 0.5:
        emit('WITH a AS (INSERT INTO %s %s VALUES %s RETURNING *), b AS (INSERT INTO %s SELECT * FROM a RETURNING *) '
             'SELECT count(*), (SELECT count(*) FROM a), (SELECT count(*) FROM %s) FROM b;'
             % (t, COLS, ', '.join(row() for _ in range(rnd.randint(1, 6))), t, t))
    else:
        emit('WITH a AS (INSERT INTO %s %s VALUES %s RETURNING id) INSERT INTO %s %s SELECT id + 5000000, a, b, s, ts, v, w FROM %s WHERE id IN (SELECT id FROM a) OR id %% 50 = 0;'
             % (t, COLS, ', '.join(row() for _ in range(rnd.randint(1, 6))), t, COLS, t))


def op_rewrite():
    t = tab()
    emit(rnd.choice(['VACUUM FULL %s;' % t, 'CLUSTER %s USING %s;' % (t, indexes[t][0]) if indexes[t] else 'VACUUM FULL %s;' % t,
                     # (in a transaction that is then prepared, REINDEX
                     # locks heap's TOAST index: not a difference)
                     'REINDEX TABLE %s;' % t if not in_xact else 'ANALYZE %s;' % t]))


ctas_n = [0]


def op_ctas():
    ctas_n[0] += 1
    name = 'c%d' % ctas_n[0]
    emit('CREATE TABLE %s USING :am AS SELECT * FROM %s WHERE id %% %d = 0;' % (name, tab(), rnd.randint(1, 5)))
    emit("SELECT * FROM fz_chk('%s');" % name)
    emit('INSERT INTO %s SELECT * FROM %s;' % (name, name))
    emit("SELECT * FROM fz_chk('%s');" % name)
    emit('DROP TABLE %s;' % name)


def op_parallel():
    if rnd.random() < 0.6:
        emit('SET max_parallel_workers_per_gather = 2; SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; '
             'SET min_parallel_table_scan_size = 0; SET parallel_leader_participation = %s;' % rnd.choice(['on', 'off']))
    else:
        emit('RESET max_parallel_workers_per_gather; RESET parallel_setup_cost; RESET parallel_tuple_cost; '
             'RESET min_parallel_table_scan_size; RESET parallel_leader_participation;')


def op_maint():
    t = tab()
    emit(rnd.choice(['VACUUM %s;' % t, 'ANALYZE %s;' % t, 'CHECKPOINT;']))


def op_commit():
    end_xact(rnd.choice(['COMMIT;', 'COMMIT;', 'ROLLBACK;', 'END;']))


OPS = [
    (op_insert, 30), (op_self_insert, 5), (op_copy, 5), (op_begin, 6),
    (op_commit, 6), (op_savepoint, 5), (op_rollback_to, 4), (op_release, 3),
    (op_do_exception, 4), (op_call, 3), (op_cursor, 3), (op_fetch, 4),
    (op_truncate, 2), (op_recreate_u, 1), (op_index, 3), (op_on_conflict, 4),
    (op_query, 8), (op_unsupported, 2), (op_trigger, 2), (op_prepare, 2),
    (op_guc, 3), (op_maint, 1), (op_on_error_rollback, 1), (op_c2, 6), (op_alter, 1), (op_multi_cte, 2), (op_rewrite, 1), (op_ctas, 1), (op_parallel, 1), (op_nested_do, 4),
]
weights = [w for _, w in OPS]

emit('\\set ON_ERROR_STOP 0')
emit('\\set VERBOSITY sqlstate')
emit('\\pset pager off')
emit("SELECT :'am' = 'vecstore' AS vec \\gset")
emit("SET lock_timeout = '%s';" % LOCK_TIMEOUT)
emit('SET client_min_messages = warning;')
emit('DROP TABLE IF EXISTS t, u, p, tlog, fz_seen CASCADE;')
emit('DROP PUBLICATION IF EXISTS fzpub;')
emit('DROP PROCEDURE IF EXISTS fz_proc;')
emit('DROP FUNCTION IF EXISTS fz_trg_fn CASCADE;')
emit('DROP FUNCTION IF EXISTS fz_chk;')
# (REINDEX of a table without indexes: a NOTICE for vecstore, none for heap's TOAST index)
emit('SET vecstore.write_buffer_size = %d;' % rnd.choice([8192, 8192, 16384, 65536, 64 << 20]))
emit('SET vecstore.chunk_group_size = %d;' % rnd.choice([65536, 65536, 262144, 4 << 20]))
emit("SET vecstore.compression = '%s';" % rnd.choice(['none', 'zstd', 'zstd']))
for t in ['t', 'u']:
    emit('CREATE TABLE %s (id int, a int, b bigint, s text, ts timestamptz, v vector(%d), w vector) USING :am;' % (t, DIMS))
if CONCURRENT:
    emit('CREATE EXTENSION IF NOT EXISTS dblink;')
    emit("SELECT dblink_disconnect('c2') WHERE 'c2' = ANY (dblink_get_connections());")
    emit("SELECT dblink_connect('c2', format('dbname=%s host=%s port=%s', current_database(), split_part(current_setting('unix_socket_directories'), ',', 1), current_setting('port')));")
    emit("SELECT dblink_exec('c2', $c2$SET lock_timeout = '200ms'$c2$);")
emit("""CREATE FUNCTION fz_chk(tab text, OUT n bigint, OUT nulls bigint, OUT digest text)
LANGUAGE plpgsql AS $f$
BEGIN
	EXECUTE format('SELECT count(*), count(*) - count(x.*), md5(coalesce(string_agg(x::text, ''|'' ORDER BY x::text), '''')) FROM %I x', tab)
		INTO n, nulls, digest;
END$f$;""")
emit('CREATE TABLE p (id int, a int, b bigint, s text, ts timestamptz, v vector(%d), w vector) PARTITION BY RANGE (id);' % DIMS)
emit('CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (MINVALUE) TO (3000) USING :am;')
emit('CREATE TABLE p2 PARTITION OF p FOR VALUES FROM (3000) TO (MAXVALUE) USING :am;')
emit('CREATE TABLE fz_seen (depth int, n bigint, ns bigint);')
emit('CREATE TABLE tlog (tab text, id int, cnt bigint, cnt_a bigint);')
emit("""CREATE FUNCTION fz_trg_fn() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
	EXECUTE format('INSERT INTO tlog SELECT %L, $1, count(*), count(a) FROM %I', TG_TABLE_NAME, TG_TABLE_NAME) USING NEW.id;
	RETURN NULL;
END$f$;""")
emit("""CREATE PROCEDURE fz_proc(tab text, base int, n int, mode int) LANGUAGE plpgsql AS $p$
BEGIN
	EXECUTE format('INSERT INTO %I SELECT $1 + g, g %% 100, g, ''p'' || g, NULL, NULL FROM generate_series(1, $2) g', tab) USING base, n;
	IF mode = 1 THEN COMMIT; ELSIF mode = 2 THEN ROLLBACK; END IF;
	EXECUTE format('INSERT INTO %I SELECT $1 + g, g %% 100, g, NULL, NULL, NULL FROM generate_series(1, $2) g', tab) USING base + n, n;
	IF mode = 3 THEN ROLLBACK; ELSE COMMIT; END IF;
	EXECUTE format('INSERT INTO %I SELECT $1 + g, NULL, NULL, NULL, NULL, NULL FROM generate_series(1, $2) g', tab) USING base + 2 * n, n;
END$p$;""")

for i in range(nops):
    emit('-- op %d' % i)
    f = rnd.choices([o for o, _ in OPS], weights)[0]
    f()
    if in_xact and rnd.random() < 0.3:
        # leave a failed transaction at once, sometimes
        emit('\\if :ERROR')
        emit('ROLLBACK;')
        emit('\\endif')
    check()

if in_xact:
    emit('COMMIT;')
if CONCURRENT:
    emit("SELECT dblink_exec('c2', 'COMMIT');")
    emit("SELECT dblink_disconnect('c2');")
check()
for t in ['t', 'u', 'p1', 'p2']:
    emit('SET enable_seqscan = off; SET enable_bitmapscan = off;')
    emit('SELECT count(*), sum(id) FROM %s WHERE id > 0;' % t)
    emit('RESET enable_seqscan; RESET enable_bitmapscan;')
    emit('\\if :vec')
    emit("SELECT vecstore_verify('%s');" % t)
    emit('\\else')
    emit("SELECT true AS vecstore_verify;")
    emit('\\endif')
emit("SELECT count(*) AS leftover_prepared FROM pg_prepared_xacts WHERE gid LIKE 'fz\\_%' AND database = current_database();")
print('\n'.join(out))
