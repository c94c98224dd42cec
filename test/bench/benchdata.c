/*-------------------------------------------------------------------------
 *
 * benchdata.c
 *	  Writes the input files of the benchmark suite: COPY text and COPY
 *	  binary files of random vectors with scalar columns, vector literals
 *	  (queries, text I/O workload), Fashion-MNIST converted from its IDX
 *	  files, and raw float files that flatscan reads.
 *
 * Usage:
 *	benchdata random  DIM ROWS SEED TEXTFILE BINFILE RAWFILE
 *		rows (id bigint, ts timestamptz, label text, embedding) with ids
 *		1..ROWS, increasing timestamps 0-9 s apart and one of 16 short
 *		labels at random; any file may be "-" to skip it
 *	benchdata literals DIM ROWS SEED LITFILE RAWFILE [17]
 *		one vector literal per line (queries, text parsing); with "17",
 *		random doubles printed with 17 significant digits, as clients
 *		that print float64 send them
 *	benchdata fmnist IMAGES.gz LABELS.gz LIMIT BINFILE LITFILE RAWFILE
 *		rows (id bigint, label int, embedding vector(784)) with ids
 *		1..n, or literals of the images (queries)
 *
 * Vectors in pgvector's text and binary formats.  Raw files: int32 rows, int32 dim, then rows * dim native floats.
 *
 * Plain C, no dependencies: IDX files are read through "gzip -dc".
 *
 *-------------------------------------------------------------------------
 */
#include <arpa/inet.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* seconds from 1970-01-01 and from 2000-01-01 to 2024-01-01 UTC */
#define TS_BASE_UNIX	INT64_C(1704067200)
#define TS_BASE_PG		INT64_C(757382400)
#define NLABELS			16

static void
die(const char *msg)
{
	fprintf(stderr, "benchdata: %s\n", msg);
	exit(1);
}

static FILE *
open_out(const char *path)
{
	FILE	   *f;

	if (strcmp(path, "-") == 0)
		return NULL;
	f = fopen(path, "wb");
	if (f == NULL)
	{
		perror(path);
		exit(1);
	}
	setvbuf(f, NULL, _IOFBF, 1 << 20);
	return f;
}

static void
close_out(FILE *f)
{
	if (f != NULL && fclose(f) != 0)
		die("write failed");
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

/*
 * Random values in (-1, 1) with six decimals, so that the text form is
 * short and reads back exactly to the float stored in the binary form.
 */
static void
random_vector(int dim, int32_t *micro, float *x)
{
	for (int i = 0; i < dim; i++)
	{
		int32_t		m = (int32_t) (rng_next() % 1999999) - 999999;

		micro[i] = m;
		x[i] = (float) ((double) m / 1e6);
	}
}

/* Appends the text of a vector whose values are micro / 1e6. */
static char *
put_micro_text(char *p, int dim, const int32_t *micro)
{
	*p++ = '[';
	for (int i = 0; i < dim; i++)
	{
		int32_t		m = micro[i];

		if (i > 0)
			*p++ = ',';
		if (m < 0)
		{
			*p++ = '-';
			m = -m;
		}
		*p++ = '0';
		*p++ = '.';
		for (int d = 100000; d > 0; d /= 10)
			*p++ = (char) ('0' + (m / d) % 10);
	}
	*p++ = ']';
	return p;
}

/* Appends the text of a vector of small integers (pixels). */
static char *
put_int_text(char *p, int dim, const float *x)
{
	*p++ = '[';
	for (int i = 0; i < dim; i++)
	{
		if (i > 0)
			*p++ = ',';
		p += sprintf(p, "%d", (int) x[i]);
	}
	*p++ = ']';
	return p;
}

static void
put_int16(FILE *f, int16_t v)
{
	uint16_t	n = htons((uint16_t) v);

	fwrite(&n, 2, 1, f);
}

static void
put_int32(FILE *f, int32_t v)
{
	uint32_t	n = htonl((uint32_t) v);

	fwrite(&n, 4, 1, f);
}

static void
put_int64(FILE *f, int64_t v)
{
	put_int32(f, (int32_t) ((uint64_t) v >> 32));
	put_int32(f, (int32_t) (v & 0xFFFFFFFF));
}

static void
put_float(FILE *f, float v)
{
	uint32_t	u;

	memcpy(&u, &v, 4);
	put_int32(f, (int32_t) u);
}

static void
copy_binary_header(FILE *f)
{
	fwrite("PGCOPY\n\377\r\n\0", 11, 1, f);
	put_int32(f, 0);
	put_int32(f, 0);
}

/* One binary field holding a vector: int16 dim, int16 unused, floats. */
static void
put_binary_vector(FILE *f, int dim, const float *x)
{
	put_int32(f, 4 + 4 * dim);
	put_int16(f, (int16_t) dim);
	put_int16(f, 0);
	for (int i = 0; i < dim; i++)
		put_float(f, x[i]);
}

static FILE *
raw_begin(const char *path, int rows, int dim)
{
	FILE	   *f = open_out(path);
	int32_t		hdr[2] = {rows, dim};

	if (f != NULL)
		fwrite(hdr, sizeof(hdr), 1, f);
	return f;
}

static int
parse_int(const char *s, int lo, int hi)
{
	char	   *end;
	long		v = strtol(s, &end, 10);

	if (*s == '\0' || *end != '\0' || v < lo || v > hi)
		die("bad number");
	return (int) v;
}

static int
cmd_random(int argc, char **argv)
{
	int			dim,
				rows;
	int32_t    *micro;
	float	   *x;
	char	   *line;
	FILE	   *ft,
			   *fb,
			   *fr;

	if (argc != 8)
		die("usage: random DIM ROWS SEED TEXTFILE BINFILE RAWFILE");
	dim = parse_int(argv[2], 1, 16000);
	rows = parse_int(argv[3], 0, 100000000);
	rng_state = (uint64_t) parse_int(argv[4], 0, 1 << 30);
	ft = open_out(argv[5]);
	fb = open_out(argv[6]);
	fr = raw_begin(argv[7], rows, dim);

	micro = malloc(sizeof(int32_t) * dim);
	x = malloc(sizeof(float) * dim);
	line = malloc(200 + 12 * (size_t) dim);
	if (!micro || !x || !line)
		die("out of memory");
	if (fb)
		copy_binary_header(fb);

	for (int64_t id = 1, ts_off = 0; id <= rows; id++)
	{
		char		label[16];
		int			llen;

		/* rows arrive 0-9 s apart; one of NLABELS labels at random */
		ts_off += (int64_t) (rng_next() % 10);
		llen = snprintf(label, sizeof(label), "label-%d", (int) (rng_next() % NLABELS));

		random_vector(dim, micro, x);
		if (ft)
		{
			time_t		t = (time_t) (TS_BASE_UNIX + ts_off);
			struct tm	tm;
			char	   *p = line;

			gmtime_r(&t, &tm);
			p += sprintf(p, "%lld\t", (long long) id);
			p += strftime(p, 40, "%Y-%m-%d %H:%M:%S+00\t", &tm);
			memcpy(p, label, llen);
			p += llen;
			*p++ = '\t';
			p = put_micro_text(p, dim, micro);
			*p++ = '\n';
			fwrite(line, 1, p - line, ft);
		}
		if (fb)
		{
			put_int16(fb, 4);
			put_int32(fb, 8);
			put_int64(fb, id);
			put_int32(fb, 8);
			put_int64(fb, (TS_BASE_PG + ts_off) * INT64_C(1000000));
			put_int32(fb, llen);
			fwrite(label, 1, llen, fb);
			put_binary_vector(fb, dim, x);
		}
		if (fr)
			fwrite(x, sizeof(float), dim, fr);
	}
	if (fb)
		put_int16(fb, -1);
	close_out(ft);
	close_out(fb);
	close_out(fr);
	return 0;
}

static int
cmd_literals(int argc, char **argv)
{
	int			dim,
				rows;
	int32_t    *micro;
	float	   *x;
	char	   *line;
	FILE	   *fl,
			   *fr;
	int			digits17;

	if (argc != 7 && !(argc == 8 && strcmp(argv[7], "17") == 0))
		die("usage: literals DIM ROWS SEED LITFILE RAWFILE [17]");
	digits17 = argc == 8;
	dim = parse_int(argv[2], 1, 16000);
	rows = parse_int(argv[3], 0, 100000000);
	rng_state = (uint64_t) parse_int(argv[4], 0, 1 << 30);
	fl = open_out(argv[5]);
	fr = raw_begin(argv[6], rows, dim);
	micro = malloc(sizeof(int32_t) * dim);
	x = malloc(sizeof(float) * dim);
	line = malloc(16 + 26 * (size_t) dim);
	if (!micro || !x || !line)
		die("out of memory");
	for (int i = 0; i < rows; i++)
	{
		random_vector(dim, micro, x);
		if (fl && digits17)
		{
			char	   *p = line;

			*p++ = '[';
			for (int j = 0; j < dim; j++)
			{
				double		v = (double) (rng_next() >> 11) / 9007199254740992.0 * 2 - 1;

				x[j] = (float) v;
				p += sprintf(p, j ? ",%.17g" : "%.17g", v);
			}
			*p++ = ']';
			*p++ = '\n';
			fwrite(line, 1, p - line, fl);
		}
		else if (fl)
		{
			char	   *p = put_micro_text(line, dim, micro);

			*p++ = '\n';
			fwrite(line, 1, p - line, fl);
		}
		if (fr)
			fwrite(x, sizeof(float), dim, fr);
	}
	close_out(fl);
	close_out(fr);
	return 0;
}

static FILE *
open_gz(const char *path)
{
	char		cmd[4200];
	FILE	   *f;

	if (strlen(path) > 4000 || strchr(path, '\''))
		die("bad path");
	snprintf(cmd, sizeof(cmd), "gzip -dc '%s'", path);
	f = popen(cmd, "r");
	if (f == NULL)
		die("cannot run gzip");
	return f;
}

static uint32_t
get_be32(FILE *f)
{
	uint32_t	v;

	if (fread(&v, 4, 1, f) != 1)
		die("truncated IDX file");
	return ntohl(v);
}

static int
cmd_fmnist(int argc, char **argv)
{
	FILE	   *fi,
			   *fl,
			   *fb,
			   *flit,
			   *fr;
	uint32_t	n,
				h,
				w,
				nl;
	int			limit,
				dim;
	unsigned char *pix;
	float	   *x;
	char	   *line;

	if (argc != 8)
		die("usage: fmnist IMAGES.gz LABELS.gz LIMIT BINFILE LITFILE RAWFILE");
	fi = open_gz(argv[2]);
	fl = open_gz(argv[3]);
	limit = parse_int(argv[4], 0, 1000000);

	if (get_be32(fi) != 0x803 || get_be32(fl) != 0x801)
		die("not an IDX image/label file pair");
	n = get_be32(fi);
	h = get_be32(fi);
	w = get_be32(fi);
	nl = get_be32(fl);
	if (nl != n || h * w == 0 || h * w > 16000)
		die("unexpected IDX dimensions");
	dim = (int) (h * w);
	if ((uint32_t) limit < n)
		n = (uint32_t) limit;

	fb = open_out(argv[5]);
	flit = open_out(argv[6]);
	fr = raw_begin(argv[7], (int) n, dim);
	pix = malloc(dim);
	x = malloc(sizeof(float) * dim);
	line = malloc(16 + 5 * (size_t) dim);
	if (!pix || !x || !line)
		die("out of memory");
	if (fb)
		copy_binary_header(fb);

	for (uint32_t i = 0; i < n; i++)
	{
		int			label = fgetc(fl);

		if (label == EOF || fread(pix, 1, dim, fi) != (size_t) dim)
			die("truncated IDX file");
		for (int j = 0; j < dim; j++)
			x[j] = (float) pix[j];
		if (fb)
		{
			put_int16(fb, 3);
			put_int32(fb, 8);
			put_int64(fb, (int64_t) i + 1);
			put_int32(fb, 4);
			put_int32(fb, label);
			put_binary_vector(fb, dim, x);
		}
		if (flit)
		{
			char	   *p = put_int_text(line, dim, x);

			*p++ = '\n';
			fwrite(line, 1, p - line, flit);
		}
		if (fr)
			fwrite(x, sizeof(float), dim, fr);
	}
	if (fb)
		put_int16(fb, -1);
	close_out(fb);
	close_out(flit);
	close_out(fr);
	/* the readers may stop before the end: gzip then dies of SIGPIPE */
	pclose(fi);
	pclose(fl);
	return 0;
}

int
main(int argc, char **argv)
{
	if (argc < 2)
		die("usage: benchdata random|literals|fmnist ...");
	if (strcmp(argv[1], "random") == 0)
		return cmd_random(argc, argv);
	if (strcmp(argv[1], "literals") == 0)
		return cmd_literals(argc, argv);
	if (strcmp(argv[1], "fmnist") == 0)
		return cmd_fmnist(argc, argv);
	die("unknown command");
	return 1;
}
