/*-------------------------------------------------------------------------
 *
 * insclient.c
 *	  The client side of the insert-loop workloads: a libpq client that
 *	  inserts random vectors one row per statement through a prepared
 *	  statement with binary parameters, as drivers such as psycopg or JDBC
 *	  do, either inside one transaction or in autocommit.
 *
 * Usage:
 *	insclient CONNINFO TABLE DIM ROWS txn|autocommit SEED
 *
 * Inserts (id, embedding) with ids 1..ROWS into TABLE and prints one line
 * "SECONDS WAL_BYTES": the time from before the first statement to after
 * the commit, and the WAL written meanwhile (pg_current_wal_lsn).  The
 * vectors are generated before the clock starts.
 *
 *-------------------------------------------------------------------------
 */
#include <arpa/inet.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "libpq-fe.h"

static PGconn *conn;

static void
die(const char *msg)
{
	fprintf(stderr, "insclient: %s%s%s\n", msg,
			conn ? ": " : "", conn ? PQerrorMessage(conn) : "");
	exit(1);
}

static void
exec_ok(const char *sql, char *out, size_t outlen)
{
	PGresult   *res = PQexec(conn, sql);
	ExecStatusType st = PQresultStatus(res);

	if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
		die(sql);
	if (out != NULL)
	{
		if (PQntuples(res) != 1)
			die(sql);
		snprintf(out, outlen, "%s", PQgetvalue(res, 0, 0));
	}
	PQclear(res);
}

static uint64_t rng_state;

static uint64_t
rng_next(void)
{
	uint64_t	z = (rng_state += UINT64_C(0x9E3779B97F4A7C15));

	z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
	return z ^ (z >> 31);
}

static void
put32(char *p, uint32_t v)
{
	v = htonl(v);
	memcpy(p, &v, 4);
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	int			dim,
				rows,
				txn;
	size_t		vlen;
	char	   *vecs;
	char		sql[1024];
	char		lsn[64],
				wal[64];
	double		t0,
				t1;

	if (argc != 7)
	{
		fprintf(stderr, "usage: insclient CONNINFO TABLE DIM ROWS txn|autocommit SEED\n");
		return 2;
	}
	dim = atoi(argv[3]);
	rows = atoi(argv[4]);
	txn = strcmp(argv[5], "txn") == 0;
	rng_state = strtoull(argv[6], NULL, 10);
	if (dim < 1 || dim > 16000 || rows < 1 || strlen(argv[2]) > 200)
		die("bad arguments");

	/* every row's binary parameter, built before timing */
	vlen = 4 + 4 * (size_t) dim;
	vecs = malloc(vlen * rows);
	if (vecs == NULL)
		die("out of memory");
	for (int r = 0; r < rows; r++)
	{
		char	   *p = vecs + vlen * r;

		put32(p, (uint32_t) dim << 16);	/* int16 dim, int16 unused */
		p += 4;
		for (int i = 0; i < dim; i++)
		{
			float		x = (float) ((double) ((int32_t) (rng_next() % 1999999) - 999999) / 1e6);
			uint32_t	u;

			memcpy(&u, &x, 4);
			put32(p, u);
			p += 4;
		}
	}

	conn = PQconnectdb(argv[1]);
	if (PQstatus(conn) != CONNECTION_OK)
		die("connection failed");
	snprintf(sql, sizeof(sql), "INSERT INTO %s (id, embedding) VALUES ($1, $2)", argv[2]);
	{
		PGresult   *res = PQprepare(conn, "ins", sql, 0, NULL);

		if (PQresultStatus(res) != PGRES_COMMAND_OK)
			die("prepare failed");
		PQclear(res);
	}
	exec_ok("SELECT pg_current_wal_lsn()", lsn, sizeof(lsn));

	t0 = now();
	if (txn)
		exec_ok("BEGIN", NULL, 0);
	for (int r = 0; r < rows; r++)
	{
		char		idbuf[8];
		const char *values[2];
		int			lengths[2] = {8, (int) vlen};
		int			formats[2] = {1, 1};
		PGresult   *res;

		put32(idbuf, 0);
		put32(idbuf + 4, (uint32_t) (r + 1));
		values[0] = idbuf;
		values[1] = vecs + vlen * r;
		res = PQexecPrepared(conn, "ins", 2, values, lengths, formats, 0);
		if (PQresultStatus(res) != PGRES_COMMAND_OK)
			die("insert failed");
		PQclear(res);
	}
	if (txn)
		exec_ok("COMMIT", NULL, 0);
	t1 = now();

	snprintf(sql, sizeof(sql), "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '%s')", lsn);
	exec_ok(sql, wal, sizeof(wal));
	printf("%.6f %s\n", t1 - t0, wal);
	PQfinish(conn);
	return 0;
}
