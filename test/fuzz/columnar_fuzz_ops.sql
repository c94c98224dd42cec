\set ON_ERROR_STOP 0
\set VERBOSITY sqlstate
\pset pager off
SELECT :'am' = 'vecstore' AS vec \gset
SET lock_timeout = '10s';
SET client_min_messages = warning;
DROP TABLE IF EXISTS t, u, p, tlog, fz_seen CASCADE;
DROP PUBLICATION IF EXISTS fzpub;
DROP PROCEDURE IF EXISTS fz_proc;
DROP FUNCTION IF EXISTS fz_trg_fn CASCADE;
DROP FUNCTION IF EXISTS fz_chk;
SET vecstore.write_buffer_size = 8192;
SET vecstore.chunk_group_size = 65536;
SET vecstore.compression = 'none';
CREATE TABLE t (id int, a int, b bigint, s text, ts timestamptz, v vector(3), w vector) USING :am;
CREATE TABLE u (id int, a int, b bigint, s text, ts timestamptz, v vector(3), w vector) USING :am;
CREATE FUNCTION fz_chk(tab text, OUT n bigint, OUT nulls bigint, OUT digest text)
LANGUAGE plpgsql AS $f$
BEGIN
	EXECUTE format('SELECT count(*), count(*) - count(x.*), md5(coalesce(string_agg(x::text, ''|'' ORDER BY x::text), '''')) FROM %I x', tab)
		INTO n, nulls, digest;
END$f$;
CREATE TABLE p (id int, a int, b bigint, s text, ts timestamptz, v vector(3), w vector) PARTITION BY RANGE (id);
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (MINVALUE) TO (3000) USING :am;
CREATE TABLE p2 PARTITION OF p FOR VALUES FROM (3000) TO (MAXVALUE) USING :am;
CREATE TABLE fz_seen (depth int, n bigint, ns bigint);
CREATE TABLE tlog (tab text, id int, cnt bigint, cnt_a bigint);
CREATE FUNCTION fz_trg_fn() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
	EXECUTE format('INSERT INTO tlog SELECT %L, $1, count(*), count(a) FROM %I', TG_TABLE_NAME, TG_TABLE_NAME) USING NEW.id;
	RETURN NULL;
END$f$;
CREATE PROCEDURE fz_proc(tab text, base int, n int, mode int) LANGUAGE plpgsql AS $p$
BEGIN
	EXECUTE format('INSERT INTO %I SELECT $1 + g, g %% 100, g, ''p'' || g, NULL, NULL FROM generate_series(1, $2) g', tab) USING base, n;
	IF mode = 1 THEN COMMIT; ELSIF mode = 2 THEN ROLLBACK; END IF;
	EXECUTE format('INSERT INTO %I SELECT $1 + g, g %% 100, g, NULL, NULL, NULL FROM generate_series(1, $2) g', tab) USING base + n, n;
	IF mode = 3 THEN ROLLBACK; ELSE COMMIT; END IF;
	EXECUTE format('INSERT INTO %I SELECT $1 + g, NULL, NULL, NULL, NULL, NULL FROM generate_series(1, $2) g', tab) USING base + 2 * n, n;
END$p$;
-- op 0
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (1, 30, -271, 's895', '2024-05-12 07:59+00', '[0.0,-1.5,-0.25]', '[-2,9,5,4,6,-7,5]'), (2, 72, -77, NULL, '2024-02-16 00:12+00', '[-4.75,-0.5,3.25]', NULL), (3, NULL, 845257576350473018, 's362', '2024-09-08 05:34+00', NULL, NULL) RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 1
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (4, 9, -442, 's860', '2024-02-22 15:24+00', '[-3.75,-0.5,-4.0]', NULL), (5, 20, 787, 's583', '2024-01-17 01:30+00', '[-1.5,4.25,2.0]', '[-7,-9,-8,1,3]'), (6, NULL, -87, 's394', '2024-01-26 13:57+00', NULL, '[3,7,-9,-5,-1,-2]'), (7, 41, -355, repeat('w0', 1205), '2024-01-20 11:44+00', '[3.0,-3.5,4.0]', NULL), (8, 42, NULL, 's928', '2024-12-20 17:39+00', '[4.25,-5.0,-3.5]', '[5,-4,-3]'), (9, 96, 141, 's160', '2024-11-04 16:46+00', '[0.25,2.25,4.5]', '[-9,-1,1,-5,-1,2,-4]'), (10, 89, -862, 's738', '2024-04-24 21:04+00', '[-2.5,-1.5,0.0]', NULL), (11, NULL, 797, 's484', '2024-10-05 16:11+00', '[2.25,4.5,-2.5]', NULL), (12, 94, -951, 's3', '2024-07-21 05:02+00', '[2.25,2.0,-4.75]', NULL), (13, 33, -170, 's320', '2024-09-25 03:10+00', '[2.5,0.25,4.0]', NULL), (14, 21, 349, 's887', '2024-07-22 10:20+00', '[-2.25,-0.75,1.5]', NULL), (15, 34, -405, 's530', '2024-11-17 07:09+00', '[-1.25,-1.75,1.25]', '[0,4,6,3]'), (16, 60, -219, 's792', '2024-06-13 10:42+00', '[-1.5,-1.5,4.0]', '[-4,7]'), (17, 30, 748, 's896', '2024-04-27 15:59+00', '[-1.75,3.75,3.5]', '[-6,-8,-1,-8,-2,-8]'), (18, 66, 863, 's390', '2024-06-14 20:35+00', '[2.5,4.0,5.0]', NULL), (19, 21, -2967966933091657555, 's617', NULL, '[1.75,0.5,-2.75]', NULL), (20, 11, -3722259312139560244, 's973', '2024-01-05 00:37+00', '[-2.75,-2.5,3.0]', '[-2,4,1,6]');
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 2
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (21, 36, 561, 's249', '2024-02-09 04:33+00', '[-2.75,1.25,-0.5]', '[-2,-8,6,2,-4,-4,-3]'), (22, 47, 804, repeat('w0', 1056), '2024-07-05 18:30+00', '[-4.5,0.75,1.75]', NULL), (23, 89, 488, 's170', '2024-01-16 21:21+00', '[1.25,0.75,2.0]', '[2,3,-7,-5,-1,-2,-6]'), (24, 51, -583593037879790552, 's705', NULL, '[3.75,1.5,-4.75]', '[-9]'), (25, 61, 3901726403276234188, 's931', '2024-01-04 22:06+00', '[-4.75,-3.0,2.75]', NULL), (26, 58, -495, 's509', '2024-03-10 12:21+00', '[-0.75,3.25,-2.25]', NULL), (27, 47, -530, repeat('w1', 1985), '2024-11-09 02:00+00', '[-4.5,-0.25,3.0]', NULL), (28, 2, NULL, 's632', '2024-12-28 04:03+00', '[0.0,-2.0,0.0]', NULL), (29, 81, 818, 's179', '2024-04-20 16:57+00', '[-1.0,-1.75,-2.0]', NULL), (30, 18, -2168509617221726602, NULL, '2024-09-09 04:54+00', '[3.5,4.25,-3.0]', '[-6,3,-4,-7,-8,7]'), (31, 30, 60, 's518', '2024-11-25 06:20+00', '[-4.25,-4.25,1.5]', NULL), (32, 74, -849, 's234', '2024-08-08 22:30+00', '[-0.25,-1.0,4.0]', NULL), (33, 30, 894, 's504', '2024-07-27 17:30+00', '[2.0,-2.0,-1.75]', '[2,-1,0,9,1,-7,2,4]'), (34, 18, 62, 's957', '2024-03-01 12:23+00', '[-4.5,2.0,-1.5]', '[4,-3,5,1,-2,-2,-7,-5]');
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 3
CREATE INDEX t_ix650371 ON t ((left(s, 20)));
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 4
BEGIN;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 5
WITH a AS (INSERT INTO p (id, a, b, s, ts, v, w) VALUES (35, 58, NULL, 's862', '2024-04-05 08:26+00', '[3.75,-1.0,5.0]', '[-4,-5]'), (36, 71, NULL, 's527', '2024-04-01 00:29+00', '[-4.25,-4.5,1.75]', '[-5,6,2,9,-1,0,7,-1]'), (37, NULL, 303, NULL, '2024-09-02 08:57+00', '[-1.0,2.0,-2.25]', '[-1,-4,2,9,-7,3,7,-5]'), (38, 32, 451, 's523', '2024-12-17 03:49+00', '[-0.75,-4.0,0.75]', NULL), (39, 23, -570, 's881', '2024-11-10 10:27+00', '[-4.75,2.25,1.25]', '[-1,-9,5,7]'), (40, 1, -148, NULL, '2024-08-08 00:11+00', '[-1.75,-3.25,3.5]', '[-9,6,-3,-3,-8,2]') RETURNING *), b AS (INSERT INTO p SELECT * FROM a RETURNING *) SELECT count(*), (SELECT count(*) FROM a), (SELECT count(*) FROM p) FROM b;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 6
SAVEPOINT sp1;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 7
SET enable_seqscan = off; SET enable_indexscan = off; SET enable_indexonlyscan = off;
SELECT a, count(*) FROM t WHERE a BETWEEN 8 AND 13 GROUP BY a ORDER BY a;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 8
COMMIT;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 9
DO $$BEGIN INSERT INTO u (id, a, b, s, ts, v, w) VALUES (41, 17, 114, 's393', '2024-09-17 01:07+00', '[-2.25,2.75,2.25]', '[-7,-2,-5,6,5,8,-2,-3]'); BEGIN INSERT INTO u (id, a, b, s, ts, v, w) VALUES (42, 66, 941, 's720', '2024-11-26 19:29+00', '[3.25,1.25,2.5]', NULL); INSERT INTO u (id, a, b, s, ts, v, w) VALUES (43, 15, -199, NULL, '2024-12-04 16:34+00', '[-5.0,-0.25,-0.75]', '[7,-4,-3,-1,-8,-2,6]'); END; BEGIN INSERT INTO u (id, a, b, s, ts, v, w) VALUES (43, 16, -327, 's283', '2024-12-07 12:10+00', NULL, '[-2]'); INSERT INTO u (id, a, b, s, ts, v, w) VALUES (45, 12, 1024720431116720774, repeat('w5', 3280), '2024-08-06 08:13+00', '[3.5,-3.25,-0.75]', NULL); PERFORM 1/0; EXCEPTION WHEN division_by_zero THEN INSERT INTO fz_seen SELECT 1, -count(*), -count(s) FROM u; END; END;$$;
SELECT count(*), md5(coalesce(string_agg(f::text, '|' ORDER BY f::text), '')) FROM fz_seen f;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 10
SAVEPOINT sp2;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 11
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
46	46	495820684383	\N	2024-02-02 10:00:43+00	[-8,8,2]	[2,0]
47	73	904990993831	yyyyyyyyyyyyyyyyy	2024-02-02 10:00:40+00	[-5,2,-4]	[1,7]
48	18	286590767036	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:59+00	[-7,-7,-4]	\N
\.
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 12
DECLARE c1 CURSOR WITH HOLD FOR SELECT id FROM u WHERE a < 10 ORDER BY id, b;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 13
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 14
SAVEPOINT sp3;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 15
WITH a AS (INSERT INTO u (id, a, b, s, ts, v, w) VALUES (49, 6, -760, 's620', '2024-11-27 04:20+00', '[-2.75,-4.75,5.0]', NULL), (50, 28, 543, 's22', '2024-11-02 11:09+00', '[-0.75,-0.25,-1.5]', '[-3]') RETURNING id) INSERT INTO u (id, a, b, s, ts, v, w) SELECT id + 5000000, a, b, s, ts, v, w FROM u WHERE id IN (SELECT id FROM a) OR id % 50 = 0;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 16
START TRANSACTION;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 17
PREPARE TRANSACTION 'fz_405103999';
SET lock_timeout = '50ms';
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
SET lock_timeout = '10s';
COMMIT PREPARED 'fz_405103999';
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 18
SET enable_seqscan = off; SET enable_indexscan = off; SET enable_indexonlyscan = off;
SELECT id, a, b, length(s), ts, v FROM t WHERE id = 9 ORDER BY 1, 2, 3, 4, 5;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 19
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (51, 15, 77, 's45', '2024-09-23 01:10+00', '[2.5,-2.25,0.5]', NULL);
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 20
INSERT INTO t SELECT id + 8000000, a, b, s, ts, v, w FROM p WHERE a IS NULL AND (SELECT count(*) FROM t) < 1000;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 21
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (52, 1, 129, 's721', '2024-01-28 08:51+00', '[4.25,-2.0,-1.0]', NULL);
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 22
ROLLBACK;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 23
FETCH 3 FROM c1;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 24
BEGIN;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 25
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (53, 90, -121, 's714', '2024-09-07 21:16+00', '[3.25,-2.0,0.0]', '[9,2,2]');
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 26
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (54, 74, -65, 's243', '2024-06-08 13:15+00', '[-3.75,-4.0,-4.25]', '[8,2,-3,3,7,-1]'), (55, 87, 4274298333257549986, 's993', NULL, '[-1.0,-2.0,-2.5]', NULL), (56, 41, -857, repeat('w3', 590), NULL, NULL, '[2,-8,9,5,2,6,-9,3]'), (57, 65, 672, NULL, '2024-09-11 02:15+00', '[-1.0,4.0,-2.0]', NULL), (58, 32, -974, NULL, '2024-06-01 13:57+00', '[-4.5,-1.75,0.5]', NULL), (59, 23, 480, 's305', '2024-07-26 18:29+00', '[1.75,-1.0,3.25]', NULL), (60, 19, NULL, repeat('w5', 2160), '2024-07-01 14:06+00', NULL, '[5,0,-8,-1,-9,-5,5]'), (61, 44, -985, 's490', '2024-03-14 06:28+00', '[1.25,-0.25,-5.0]', '[-8,8,9,1,-9,4]'), (62, 44, NULL, NULL, NULL, '[-2.75,4.75,-0.5]', '[0]'), (63, 98, 795, 's83', NULL, '[-1.0,-1.25,4.75]', NULL), (64, 36, -965, 's359', '2024-05-13 17:58+00', '[-3.25,-2.0,-0.25]', NULL), (65, 69, -635, 's344', '2024-02-07 08:52+00', NULL, '[5,3,-6,6,4,-5,6]'), (66, 58, -192640011347542828, 's152', '2024-08-14 21:26+00', '[4.5,-1.5,0.5]', '[-9,0,-2,1,6,-2,5]'), (67, 76, 801, repeat('w2', 3797), '2024-04-03 10:12+00', '[-2.75,4.0,0.5]', '[-6,8,-5,4,4,3,-7]'), (68, 32, -639, repeat('w7', 2797), '2024-07-13 04:21+00', '[3.75,-2.5,-0.75]', NULL), (69, 82, 11, 's947', '2024-12-10 18:57+00', '[3.0,-1.75,1.0]', NULL), (67, 55, -754, 's108', '2024-12-19 14:15+00', '[-2.75,-4.0,-3.75]', '[-1,-4]'), (71, 54, NULL, repeat(md5('53'), 2873), '2024-01-16 12:53+00', NULL, '[2,8,-2]'), (72, 89, 303, 's947', '2024-10-14 20:25+00', '[-1.5,4.5,-2.25]', '[0,-3,-8,1,3,4,5,-9]');
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 27
SAVEPOINT sp4;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 28
WITH x AS (INSERT INTO p (id, a, b, s, ts, v, w) VALUES (73, 95, -100, 's679', '2024-12-18 20:23+00', '[-4.0,-4.75,-0.75]', NULL) RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 29
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 73 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 10) g;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 30
ANALYZE t;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 31
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
84	18	793900747673	\N	2024-02-02 10:00:50+00	\N	[5,3]
85	38	-659092271406	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:36+00	[-3,7,0]	[0,6]
86	26	961749593542	c92	2024-02-02 10:00:00+00	[-6,-7,-8]	[7,8]
87	25	760372231790	\N	2024-02-02 10:00:07+00	[-3,-5,5]	[9,4]
88	\N	12072915887	c95	2024-02-02 10:00:29+00	[7,-4,-2]	\N
89	66	453821830551	\N	2024-02-02 10:00:12+00	\N	\N
90	\N	-874829647396	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:34+00	[-8,4,0]	\N
91	71	-517798930421	\N	2024-02-02 10:00:11+00	[4,-5,8]	\N
92	26	634271750590	c22	2024-02-02 10:00:02+00	[3,-1,-3]	[8,5]
93	15	-725504318516	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:13+00	[2,4,3]	\N
94	59	-49590990616	c99	2024-02-02 10:00:22+00	[5,-2,2]	\N
95	16	-729501570132	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:44+00	[7,-1,-2]	\N
96	13	-964797373067	yyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:15+00	[-2,-2,0]	\N
97	20	-265546071766	yyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:18+00	[-1,-7,3]	[6,2]
98	82	230556242801	c17	2024-02-02 10:00:55+00	\N	[7,9]
99	64	-188836533173	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:13+00	[4,2,-2]	[2,4]
100	36	-379758543169	c26	2024-02-02 10:00:29+00	[3,7,-4]	\N
101	20	-712148887094	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:56+00	[-7,6,0]	\N
102	57	-348849396930	\N	2024-02-02 10:00:39+00	[-6,2,-4]	[7,8]
103	25	-538414888224	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:07+00	[6,4,-6]	[2,9]
104	20	-76766821004	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:37+00	[-2,-4,1]	[6,1]
105	33	-493436825337	\N	2024-02-02 10:00:08+00	[-2,-2,-3]	\N
106	0	-871467430761	\N	2024-02-02 10:00:30+00	[2,-8,8]	[5,4]
107	66	-584074325060	yyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:39+00	[-6,6,8]	\N
108	58	-571768976133	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:48+00	[5,-6,4]	[1,0]
109	52	-200083386054	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:33+00	[-6,-5,5]	\N
110	75	163449073893	\N	2024-02-02 10:00:41+00	[-3,0,8]	\N
\.
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 32
DO $$BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (111, 9, -202, NULL, '2024-05-26 14:39+00', '[-0.25,4.0,-1.0]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) VALUES (112, NULL, 691, 's247', '2024-04-17 01:47+00', '[-1.75,1.75,-4.75]', NULL); BEGIN INSERT INTO fz_seen SELECT 1, count(*), count(s) FROM t; EXCEPTION WHEN division_by_zero THEN INSERT INTO fz_seen SELECT 1, -count(*), -count(s) FROM t; END; END;$$;
SELECT count(*), md5(coalesce(string_agg(f::text, '|' ORDER BY f::text), '')) FROM fz_seen f;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 33
WITH x AS (INSERT INTO t SELECT * FROM u WHERE a IS NULL AND (SELECT count(*) FROM t) < 1000 RETURNING *) SELECT count(*), count(s), (SELECT count(*) FROM t) FROM x;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 34
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (113, 92, 543, 's260', '2024-01-02 20:31+00', '[1.25,-0.5,-4.0]', '[3,9,-6,-9,-2,6,0]');
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 35
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
114	16	615418815088	\N	2024-02-02 10:00:39+00	[6,2,-3]	[6,6]
115	21	66044598211	c48	2024-02-02 10:00:26+00	[2,7,-1]	[3,9]
116	12	704199447157	c69	2024-02-02 10:00:14+00	[-5,1,-7]	[5,5]
117	45	-923321984576	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:32+00	[3,-3,0]	[8,3]
118	34	104371755251	\N	2024-02-02 10:00:21+00	[-6,-1,7]	\N
119	96	275170668637	c16	2024-02-02 10:00:50+00	[-1,-2,2]	\N
120	1	-650681546429	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:31+00	[-1,0,-5]	[6,9]
121	32	-864413436844	\N	2024-02-02 10:00:25+00	\N	\N
122	\N	-647459893226	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:25+00	[-1,-7,-1]	\N
123	37	-476623846754	c96	2024-02-02 10:00:41+00	[8,8,4]	\N
124	\N	139631580217	c63	2024-02-02 10:00:22+00	[-4,-8,-2]	[9,9]
125	32	-86561821523	c25	2024-02-02 10:00:12+00	[1,0,4]	\N
126	50	-997458447312	c49	2024-02-02 10:00:05+00	[-3,-1,-7]	\N
127	\N	472230245214	c66	2024-02-02 10:00:59+00	[8,7,-8]	\N
128	16	-398516530445	c54	2024-02-02 10:00:56+00	[4,3,5]	[1,2]
129	24	-114492481234	yyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:59+00	[-1,-4,1]	[0,8]
130	12	668230763179	\N	2024-02-02 10:00:22+00	[5,4,4]	\N
131	3	-607575705433	c62	2024-02-02 10:00:14+00	[-6,2,4]	[3,5]
132	96	578617800261	c87	2024-02-02 10:00:11+00	[6,4,3]	[5,6]
133	27	577945748542	c82	2024-02-02 10:00:01+00	[-2,3,3]	\N
134	99	-659887405338	yyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:33+00	[-4,5,6]	[2,3]
135	98	-526492908805	\N	2024-02-02 10:00:23+00	[2,-7,-6]	[0,1]
136	56	923171087340	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:42+00	[-6,0,-7]	[0,7]
137	98	-219329814257	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:22+00	[-2,8,-2]	[7,3]
138	49	439983459169	yy	2024-02-02 10:00:19+00	[2,-8,-8]	\N
139	97	-645550846267	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:46+00	[-1,7,8]	\N
140	14	-170933200084	c90	2024-02-02 10:00:17+00	[-6,-5,7]	[8,1]
141	92	-140022037920	yyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:44+00	[0,-4,-4]	\N
142	56	-174387707323	\N	2024-02-02 10:00:27+00	[1,-1,-2]	[6,6]
143	45	515177529545	\N	2024-02-02 10:00:00+00	[1,-5,-2]	[2,9]
144	2	447874441430	\N	2024-02-02 10:00:30+00	[-6,-2,4]	\N
145	57	-212244146824	\N	2024-02-02 10:00:13+00	[3,-3,-5]	\N
146	71	527667775723	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:48+00	[-6,-8,-6]	[4,7]
147	98	-291999853008	c49	2024-02-02 10:00:46+00	[-2,-1,-3]	\N
148	10	928543112575	c50	2024-02-02 10:00:53+00	[7,3,-2]	\N
149	7	-600430898043	c88	2024-02-02 10:00:01+00	[5,-1,-4]	\N
150	31	544006144181	c50	2024-02-02 10:00:32+00	[5,5,-1]	\N
151	74	350378642399	c86	2024-02-02 10:00:19+00	[4,-5,-1]	[9,0]
152	51	-688815638922	\N	2024-02-02 10:00:50+00	[-8,7,-3]	\N
153	10	728049165757	yyyyyyyyy	2024-02-02 10:00:15+00	[-5,-5,8]	\N
154	79	181023061568	yyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:53+00	[-8,-4,4]	\N
155	\N	-217914931262	\N	2024-02-02 10:00:00+00	[-7,1,-7]	[5,7]
156	18	-85237849509	\N	2024-02-02 10:00:25+00	\N	\N
157	82	312332080763	c76	2024-02-02 10:00:36+00	[-4,6,-5]	\N
158	27	-784018321448	c24	2024-02-02 10:00:51+00	[-1,-5,7]	\N
159	22	-357204439082	c5	2024-02-02 10:00:01+00	[4,-5,0]	[9,8]
160	81	802842357704	c69	2024-02-02 10:00:50+00	[-4,6,-8]	[0,9]
\.
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 36
\set ON_ERROR_ROLLBACK on
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 37
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (161, 26, -294, 's522', '2024-07-10 13:14+00', '[-3.25,-1.5,1.0]', NULL);
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 38
SAVEPOINT sp5;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 39
DO $$BEGIN BEGIN INSERT INTO fz_seen SELECT 1, count(*), count(s) FROM t; BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (162, 62, 523, 's27', '2024-05-13 06:20+00', '[-4.25,-3.75,-0.25]', '[9,-1,-4,5,-7,-7]'); INSERT INTO t (id, a, b, s, ts, v, w) VALUES (163, 49, -331, 's461', '2024-11-20 04:35+00', '[0.25,-0.5,2.75]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) VALUES (164, 2, -185, 's385', '2024-08-14 04:07+00', '[-0.75,-5.0,0.0]', '[5,7,9]'); PERFORM 1/0; EXCEPTION WHEN division_by_zero THEN INSERT INTO fz_seen SELECT 3, -count(*), -count(s) FROM t; END; INSERT INTO fz_seen SELECT 2, count(*), count(s) FROM t; BEGIN INSERT INTO t SELECT * FROM t WHERE id % 5 = 0 AND (SELECT count(*) FROM t) < 1000; EXCEPTION WHEN division_by_zero THEN INSERT INTO fz_seen SELECT 3, -count(*), -count(s) FROM t; END; EXCEPTION WHEN division_by_zero THEN INSERT INTO fz_seen SELECT 2, -count(*), -count(s) FROM t; END; INSERT INTO t (id, a, b, s, ts, v, w) SELECT 164 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 5 = 0 THEN NULL ELSE repeat('x' || (g % 10), 1305) END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 40) g; EXCEPTION WHEN division_by_zero THEN INSERT INTO fz_seen SELECT 1, -count(*), -count(s) FROM t; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (205, 48, -892, 's846', NULL, '[4.25,0.25,-2.75]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 205 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 3) g; END;$$;
SELECT count(*), md5(coalesce(string_agg(f::text, '|' ORDER BY f::text), '')) FROM fz_seen f;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 40
ALTER TABLE t ADD COLUMN x12463 bigint DEFAULT -1;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 41
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (209, 12, -235, 's404', '2024-05-09 00:49+00', '[-1.25,0.25,-0.25]', '[5,-8,0,-7]');
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 42
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (210, 33, -680, repeat('w9', 2839), '2024-02-26 05:46+00', '[-3.0,2.0,-4.5]', NULL), (211, 83, 304961235393934243, 's178', '2024-03-28 12:57+00', '[-0.25,-1.75,2.25]', '[8,0,3,1,-2]'), (212, 45, -759, 's446', '2024-03-06 21:44+00', '[3.0,4.25,-1.5]', NULL), (213, 60, -44, 's834', '2024-09-28 12:10+00', '[-0.5,4.75,3.75]', NULL), (214, 82, 149, 's648', '2024-02-22 20:11+00', '[1.75,-4.25,1.5]', NULL), (215, 93, NULL, 's842', '2024-10-03 19:17+00', '[-2.0,3.5,2.75]', '[6,3]'), (216, NULL, -531, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 202) g), '2024-12-17 22:07+00', '[0.0,1.0,-4.25]', NULL);
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 43
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 216 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 1500) g;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 44
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (1717, NULL, -584, 's563', '2024-05-21 17:35+00', '[-1.0,4.0,-3.5]', NULL);
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 45
CREATE TRIGGER fz_trg AFTER INSERT ON t FOR EACH ROW WHEN (NEW.a < 2) EXECUTE FUNCTION fz_trg_fn();
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 46
TRUNCATE t;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 47
CREATE INDEX t_ix670942 ON t (id);
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 48
WITH x AS (INSERT INTO p (id, a, b, s, ts, v, w) VALUES (1718, 2, -520, 's315', '2024-08-13 22:45+00', '[-3.5,4.75,4.5]', '[-7,-1]'), (1719, 67, 560, 's157', '2024-05-04 08:42+00', NULL, '[5,-5,5,4,3,-3,-7,6]'), (1720, 75, -753, 's125', '2024-07-05 16:00+00', '[4.5,2.0,1.5]', '[7]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 49
FETCH 2 FROM c1;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 50
COMMIT;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 51
WITH x AS (INSERT INTO u SELECT * FROM u WHERE a < 20 AND (SELECT count(*) FROM u) < 1000 RETURNING *) SELECT count(*), count(s), (SELECT count(*) FROM u) FROM x;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 52
BEGIN;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 53
FETCH 4 FROM c1;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 54
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 55
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (1721, 41, -628, 's23', '2024-06-03 06:15+00', '[0.75,-1.0,1.5]', '[-1]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 1721 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 50) g; PERFORM 1/0; EXCEPTION WHEN division_by_zero THEN NULL; END; BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (1772, 20, 493, 's455', '2024-10-08 18:11+00', '[4.25,2.75,0.25]', '[-6,2,3,5,-3]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 1772 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 5) g; PERFORM 1/(SELECT count(*) - count(*) FROM t); EXCEPTION WHEN division_by_zero THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (1778, 37, 589, repeat('w9', 3809), '2024-12-14 05:50+00', '[1.5,-4.25,-2.0]', '[3,6,0,-2,-5,-2,0]');  END$$;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 56
INSERT INTO u (id, a, b, s, ts, v, w) VALUES (1779, NULL, -948, 's283', '2024-10-04 03:36+00', '[-0.5,2.25,-0.25]', '[-9,1,-3,-2,2,-2,4]'), (1780, 94, 2051894344125785283, repeat('w5', 628), '2024-04-17 18:13+00', '[0.0,1.25,-2.25]', NULL), (1781, 36, 2263049402461907237, NULL, NULL, '[-2.75,3.5,-1.25]', '[3,8,-6,-2,9]'), (73, 81, -651, 's915', '2024-07-23 21:48+00', '[3.5,-3.5,0.0]', '[7,4,-8]'), (1783, 33, 162, repeat('w2', 3516), '2024-08-17 05:23+00', '[-3.75,4.25,-0.5]', '[-1,8,3,0,8]'), (1784, 33, 809, NULL, '2024-04-20 22:53+00', '[4.5,-2.5,-2.25]', NULL), (1785, 53, -570, repeat('w5', 1182), NULL, '[-3.5,-4.5,2.25]', '[-5,4,-3,4,-7]'), (1786, 25, 987, 's470', NULL, '[-1.0,2.75,0.5]', '[-4,7,-9]'), (1787, NULL, 83, 's565', NULL, '[-3.25,4.0,2.25]', '[5,0,9,8,2,-8,4]'), (1788, 61, NULL, 's276', NULL, '[0.0,1.25,-2.0]', NULL), (1789, 39, 2801944543756402672, 's234', '2024-09-26 20:18+00', '[-1.75,-1.25,3.5]', '[6,-4]'), (1790, 69, NULL, 's631', NULL, '[-2.0,-4.5,-4.25]', NULL), (1791, 52, -555, 's185', '2024-05-19 07:32+00', '[1.75,-4.0,0.0]', NULL), (1792, 21, -424, 's945', '2024-08-17 15:56+00', '[4.75,3.0,-4.5]', '[-8,-3,-1,-3]'), (1793, 31, -438, 's431', NULL, '[1.25,-4.0,-4.0]', '[-6,4,-2,5,7,-2,7]'), (1794, 9, -672, 's257', '2024-03-20 03:48+00', '[-3.5,-0.75,4.0]', '[-2,0,-5,9]'), (1795, 66, 820483608833367297, 's520', '2024-02-24 03:59+00', '[-2.0,-3.25,1.25]', '[-3,-2,-8,3,-5]'), (1796, NULL, 463, NULL, NULL, '[-2.25,-2.75,4.0]', NULL), (1797, NULL, 298, 's179', '2024-01-01 19:03+00', '[2.0,0.0,-4.75]', '[1,-2,-5,3,9,9,-7,7]'), (1798, 70, NULL, NULL, '2024-02-04 16:32+00', NULL, NULL);
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 57
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
1799	11	-969862761225	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:55+00	[2,5,3]	[5,1]
1800	90	-762366787318	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:39+00	[4,-6,2]	\N
1801	73	338141231495	c24	2024-02-02 10:00:49+00	[8,-1,0]	\N
1802	\N	-40465338464	c36	2024-02-02 10:00:08+00	[4,6,3]	[2,2]
1803	1	-6615419691	\N	2024-02-02 10:00:00+00	[-5,-7,2]	[5,3]
1804	\N	-584845975847	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:50+00	[5,-7,-1]	[6,5]
1805	93	794763660826	\N	2024-02-02 10:00:06+00	[-6,6,-3]	[1,7]
1806	13	948204854706	c18	2024-02-02 10:00:35+00	[-7,-6,-6]	\N
1807	87	929087013762	c92	2024-02-02 10:00:16+00	[0,6,-3]	[9,0]
1808	31	-615930003751	\N	2024-02-02 10:00:34+00	[-3,-3,-3]	\N
1809	\N	537137378974	\N	2024-02-02 10:00:36+00	[7,6,8]	[1,8]
1810	44	289329732983	c35	2024-02-02 10:00:20+00	[8,3,-6]	\N
1811	33	-285160249772	\N	2024-02-02 10:00:23+00	[-7,1,6]	\N
1812	47	-783457551126	\N	2024-02-02 10:00:19+00	[1,7,-4]	\N
1813	0	-533129883337	yyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:22+00	[7,-2,7]	\N
1814	80	891796426	c87	2024-02-02 10:00:04+00	[8,-8,-4]	\N
1815	16	-396372717283	\N	2024-02-02 10:00:45+00	[-3,4,1]	[3,8]
1816	38	-877706703740	c34	2024-02-02 10:00:35+00	[2,-7,8]	\N
1817	83	-427246793261	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:03+00	\N	\N
1818	45	122933693927	\N	2024-02-02 10:00:29+00	[8,-6,-2]	[8,6]
1819	94	-638765703700	\N	2024-02-02 10:00:12+00	[-4,-7,-6]	\N
1820	82	795782995866	\N	2024-02-02 10:00:21+00	[7,-3,-4]	[6,2]
1821	77	-334086484966	\N	2024-02-02 10:00:37+00	[-3,1,-6]	[1,7]
1822	56	-814357377460	c98	2024-02-02 10:00:11+00	[3,6,-6]	\N
1823	75	93176402275	c56	2024-02-02 10:00:31+00	[-5,5,-8]	\N
1824	62	961433511781	c18	2024-02-02 10:00:54+00	[3,3,-8]	[0,7]
1825	84	-927503419382	yyyyyyyyyyyyyy	2024-02-02 10:00:16+00	[8,-8,-3]	\N
1826	28	629554406942	c46	2024-02-02 10:00:07+00	[0,8,-6]	[5,3]
1827	63	231363596320	c28	2024-02-02 10:00:33+00	[7,2,6]	\N
1828	89	-122860053842	\N	2024-02-02 10:00:58+00	[-3,8,5]	\N
1829	50	646828864455	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:03+00	[-6,7,2]	\N
1830	79	155439405627	c27	2024-02-02 10:00:03+00	[-3,-8,-1]	[7,7]
1831	95	-691394886777	c56	2024-02-02 10:00:33+00	\N	[1,3]
1832	34	783947939675	\N	2024-02-02 10:00:21+00	[4,-5,-2]	\N
1833	52	531780344996	c40	2024-02-02 10:00:20+00	\N	[7,6]
1834	0	127803663807	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:25+00	\N	\N
1835	29	-671606674200	\N	2024-02-02 10:00:35+00	[2,-1,-5]	[1,1]
1836	55	-930978312481		2024-02-02 10:00:55+00	[7,-6,-7]	[1,7]
1837	87	-87601609505	yyyyyyyyyyyyyyy	2024-02-02 10:00:40+00	[3,-7,0]	[8,2]
1838	23	922245879534	\N	2024-02-02 10:00:24+00	[4,4,4]	\N
1839	36	112944375412	c50	2024-02-02 10:00:26+00	[-6,-4,1]	\N
1840	84	-70281128581	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:42+00	[1,-1,2]	\N
1841	5	-472570416507	\N	2024-02-02 10:00:04+00	[-1,-1,4]	[2,2]
1842	40	-310095399040	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:50+00	[7,-8,1]	[5,0]
1843	51	677116107026	\N	2024-02-02 10:00:58+00	[-8,-1,-2]	\N
1844	50	-325604962354	\N	2024-02-02 10:00:16+00	[-5,6,-3]	[8,4]
1845	59	-47871190182	yyyy	2024-02-02 10:00:43+00	[2,2,-3]	[7,1]
\.
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 58
WITH x AS (INSERT INTO t SELECT * FROM p WHERE a < 20 AND (SELECT count(*) FROM t) < 1000 RETURNING *) SELECT count(*), count(s), (SELECT count(*) FROM t) FROM x;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 59
DECLARE c2 CURSOR FOR SELECT id, a, md5(s), v, w FROM t ORDER BY id, a, b, s, ts;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 60
SET enable_seqscan = off; SET enable_indexscan = off; SET enable_indexonlyscan = off;
SELECT count(*) FROM t WHERE s = 's578';
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 61
SAVEPOINT sp6;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 62
DROP INDEX t_ix670942;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 63
WITH x AS (INSERT INTO u (id, a, b, s, ts, v, w) VALUES (1846, 75, -379, 's443', '2024-03-16 22:06+00', '[-1.25,5.0,0.5]', '[9,-2,-3]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 64
INSERT INTO u (id, a, b, s, ts, v, w) VALUES (1847, 47, -3285505642991797595, NULL, '2024-01-06 09:07+00', '[1.25,-0.25,2.5]', NULL);
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 65
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
1848	78	646959217905	c89	2024-02-02 10:00:53+00	[8,-5,2]	\N
1849	86	-908035799647	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:10+00	[-2,-2,-4]	\N
1850	32	-102046189679	yyyyyyy	2024-02-02 10:00:24+00	[-7,5,-5]	\N
1851	78	-232058150103	c69	2024-02-02 10:00:07+00	[1,7,0]	[9,6]
1852	13	-840406638836	yyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:32+00	[-7,-3,-7]	[2,6]
1853	65	669972025499	\N	2024-02-02 10:00:51+00	[-7,-8,5]	[1,8]
1854	67	-649439733410	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:44+00	[8,-4,2]	[7,1]
1855	47	90663152554	\N	2024-02-02 10:00:04+00	[-5,-3,2]	[9,8]
1856	90	-322939934172	\N	2024-02-02 10:00:14+00	[2,4,-7]	\N
1857	27	784655073101	c42	2024-02-02 10:00:36+00	\N	\N
1858	\N	695219954564	\N	2024-02-02 10:00:16+00	[2,-5,-5]	\N
1859	15	227684659403	yyyyyyyyyyyy	2024-02-02 10:00:14+00	[-7,-5,0]	[8,8]
1860	67	592280112216	c81	2024-02-02 10:00:49+00	[-1,-2,2]	\N
1861	28	-943256742985	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:42+00	[-2,-3,-7]	[0,9]
1862	26	205481827928	\N	2024-02-02 10:00:17+00	[3,6,8]	[3,0]
1863	76	-179743629229	c92	2024-02-02 10:00:11+00	[2,6,-5]	[6,2]
1864	59	-312825093450	\N	2024-02-02 10:00:38+00	[0,-2,5]	[8,3]
1865	30	-817200265762	\N	2024-02-02 10:00:27+00	[4,7,-2]	[8,8]
1866	12	941772102907	\N	2024-02-02 10:00:28+00	[-2,-7,-3]	\N
1867	34	86888405589	c69	2024-02-02 10:00:54+00	[-3,-3,-4]	\N
1868	9	-5031183990	\N	2024-02-02 10:00:46+00	[5,0,-6]	\N
1869	14	-884647820885	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:01+00	[7,5,0]	[4,2]
1870	88	197550095035	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:58+00	[-6,-7,-3]	\N
\.
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 66
ROLLBACK;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 67
INSERT INTO p (id, a, b, s, ts, v, w) SELECT 1870 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 500) g;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 68
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2371, 60, -886, 's3', '2024-02-27 15:32+00', '[4.75,-1.5,-4.25]', '[8]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 2371 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 5) g; PERFORM 1/(SELECT count(*) - count(*) FROM t); EXCEPTION WHEN division_by_zero THEN NULL; END; BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2377, 60, 878, repeat('w2', 2979), '2024-12-21 14:03+00', '[4.25,-4.75,1.25]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 2377 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 300) g; PERFORM 1/0; EXCEPTION WHEN others THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2678, 47, -428, 's608', NULL, '[-4.5,1.0,1.0]', '[-9,9,-1,9,0,-9]');  END$$;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 69
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2679, NULL, -686, 's41', '2024-12-12 03:04+00', '[-0.75,0.0,3.5]', NULL), (2680, 73, 795, 's745', '2024-06-25 11:22+00', '[1.5,-1.75,-0.5]', NULL), (2679, NULL, -686, 's41', '2024-12-12 03:04+00', '[-0.75,0.0,3.5]', NULL) ON CONFLICT DO NOTHING RETURNING id) SELECT count(*), sum(id) FROM x;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 70
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 2680 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 100) g;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 71
FETCH 4 FROM c1;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 72
BEGIN;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 73
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2781, NULL, 620, repeat('w7', 2616), NULL, '[3.75,-5.0,-3.75]', NULL), (2782, 68, NULL, 's795', '2024-01-16 04:22+00', '[0.75,3.25,0.0]', NULL), (2783, 84, -575728836983077098, 's77', '2024-05-17 03:35+00', '[-4.25,4.5,1.25]', NULL), (2784, 64, 169, 's519', NULL, NULL, '[3,3,-7,8,4,0,1]'), (2785, 29, -933, repeat('w7', 684), '2024-11-11 22:59+00', '[-2.5,-1.5,-5.0]', '[1,-7,6,3,1,2,-6,-9]'), (2786, 84, 57, 's723', '2024-05-23 05:52+00', '[4.75,3.25,-4.5]', '[-8,-1,-2,2,-9,-7,2,-4]'), (2787, 9, -85, NULL, '2024-07-13 21:45+00', '[-4.25,-5.0,-4.5]', NULL), (2788, 15, 917, NULL, '2024-07-16 23:13+00', '[-3.75,3.0,4.25]', '[3,-3,-8,-7,4,7,3,8]'), (2789, 79, -388, 's123', '2024-01-09 21:18+00', '[-3.75,-5.0,-2.0]', '[9,4,-6,2,9,-9,7,2]'), (2790, 58, -269, 's580', '2024-12-21 00:31+00', '[3.5,0.5,-1.75]', NULL), (2791, 29, -472, 's548', '2024-07-19 20:45+00', '[4.0,1.0,-3.5]', NULL), (2792, 53, -25, 's904', '2024-02-25 05:32+00', '[0.5,4.0,-1.75]', NULL), (2793, 73, 718, 's705', '2024-09-11 16:03+00', '[-1.25,-1.5,-2.25]', NULL), (2794, 38, 776, 's392', '2024-06-16 00:51+00', '[3.0,-2.75,-2.0]', NULL), (2795, 68, 0, 's355', '2024-06-09 04:25+00', '[-3.75,-3.0,-1.5]', '[-7,0,5,6,6,9,1,2]'), (2796, NULL, 905, 's953', '2024-08-20 23:59+00', '[4.0,0.25,-5.0]', '[-9,-2,5]'), (2797, 31, 619, 's480', '2024-01-23 09:17+00', '[-0.25,-0.5,-1.25]', NULL);
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 74
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2798, 11, -213, 's142', '2024-08-19 06:22+00', '[-4.0,0.75,0.25]', '[-3,2]'), (2799, 47, 59, 's259', NULL, NULL, '[-3,-7]'), (2800, 68, -57, repeat('w2', 3535), '2024-12-23 21:16+00', '[1.25,-3.75,0.75]', NULL), (2801, 52, 4037650404956782214, 's47', '2024-08-15 11:49+00', '[4.0,3.5,-4.75]', '[-6,-8,3]'), (2802, 77, -1348478044295378661, 's60', '2024-12-10 08:38+00', '[1.5,-0.75,1.25]', NULL), (2803, 40, -870, 's32', '2024-11-08 12:19+00', '[0.25,4.5,4.75]', '[7,-2,-5,-1,-8,-4,5]'), (2804, 15, 962, NULL, '2024-11-12 21:18+00', '[-1.5,-1.0,3.5]', '[-7,-4,7]'), (2805, 57, 398373519193246537, NULL, '2024-08-13 15:53+00', '[-2.75,4.5,-2.75]', '[9,4]'), (2806, 31, -614, 's410', '2024-11-05 04:58+00', '[-3.75,2.5,-2.5]', '[8]'), (2807, 48, -753, 's477', '2024-12-11 02:23+00', '[1.5,-1.0,-4.5]', NULL), (2808, 71, -3236660918394092782, 's144', '2024-12-26 05:06+00', '[-0.25,-3.5,-2.0]', NULL), (2809, 88, 326, NULL, NULL, '[1.25,1.75,-2.75]', '[-4,-9,6]'), (2810, 95, -111, 's240', '2024-12-03 04:23+00', '[-2.0,0.5,0.75]', NULL), (2811, 81, 812, repeat('w9', 3944), '2024-01-11 10:15+00', '[-3.75,2.25,0.25]', NULL), (2812, 44, NULL, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 249) g), '2024-08-02 03:28+00', '[0.75,0.0,2.5]', NULL), (2813, 18, -109, 's699', '2024-08-27 02:20+00', '[-0.5,1.75,-1.5]', '[-2,-8,-9]'), (2814, 73, 4601348507152887301, 's760', '2024-01-05 16:28+00', '[-0.25,-3.25,4.25]', '[1,-3,8,7,2,-2]'), (2815, 79, NULL, 's274', '2024-10-27 07:58+00', '[-2.0,-0.25,-2.5]', NULL);
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 75
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2816, 76, 3436520859085079069, 's883', '2024-06-20 06:42+00', '[0.75,-1.0,-3.0]', NULL);
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 76
SET enable_seqscan = off; SET enable_bitmapscan = off;
INSERT INTO t SELECT id + 6000000, a, b, s, ts, v, w FROM t WHERE id > 1089 AND (SELECT count(*) FROM t) < 1000;
RESET enable_seqscan; RESET enable_bitmapscan;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 77
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2817, 44, -900, 's412', '2024-07-11 01:03+00', '[2.5,-3.25,1.75]', '[4,-9,-9,6,-3]'), (2818, NULL, -3170635976127673090, 's288', '2024-03-20 10:09+00', '[0.0,4.25,2.0]', NULL), (2819, 83, 728, 's193', '2024-06-21 09:22+00', '[-2.25,-0.5,3.0]', '[2,-9]'), (2820, 12, -105, 's195', '2024-09-24 10:32+00', NULL, NULL), (2821, 1, -729, 's395', '2024-04-13 08:03+00', '[4.0,4.0,0.0]', '[-3,-3,3,-4,8,2]'), (2822, 65, 2688201872540025189, 's153', '2024-07-23 08:14+00', '[-3.75,1.5,-1.0]', NULL), (2823, 10, -884, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 37) g), NULL, '[3.0,4.25,1.5]', NULL), (2824, 99, -856, 's765', NULL, '[3.25,3.5,4.75]', NULL), (2825, 62, -95, 's463', '2024-04-02 04:54+00', '[5.0,1.75,5.0]', '[-7,8,6,-9,-7,-4,5]') ON CONFLICT DO NOTHING RETURNING id) SELECT count(*), sum(id) FROM x;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 78
SET enable_seqscan = off; SET enable_indexscan = off; SET enable_indexonlyscan = off;
SELECT count(*) FROM t WHERE s = 's484';
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 79
SAVEPOINT sp7;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 80
WITH a AS (INSERT INTO p (id, a, b, s, ts, v, w) VALUES (2826, 96, -983, 's436', '2024-03-05 01:56+00', '[4.5,3.75,-1.5]', '[9,7,6,5,-9,4,6,-5]'), (2827, NULL, -505, repeat('w8', 3622), '2024-04-18 12:42+00', '[-4.5,-0.25,-4.0]', '[2,-1]'), (2828, 9, -585, 's281', '2024-01-23 07:34+00', '[-2.75,4.5,-2.0]', '[1,7,8,9,-4,-1,3]'), (2829, 11, 648, 's215', '2024-05-10 22:43+00', '[-2.75,-4.0,3.0]', NULL), (2830, 70, 223, 's73', '2024-11-20 13:38+00', '[3.25,1.25,4.25]', NULL), (2831, 54, 115, 's428', '2024-04-26 00:28+00', '[1.75,-5.0,3.25]', NULL) RETURNING id) INSERT INTO p (id, a, b, s, ts, v, w) SELECT id + 5000000, a, b, s, ts, v, w FROM p WHERE id IN (SELECT id FROM a) OR id % 50 = 0;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 81
ROLLBACK TO SAVEPOINT sp7;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 82
VACUUM FULL t;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 83
COMMIT;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 84
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2832, 67, -857962255067729974, 's603', '2024-07-27 06:14+00', '[-3.75,-2.0,3.25]', '[-8,-2,-6,6,3]'), (2833, NULL, -693, 's479', NULL, '[5.0,-0.5,-4.75]', '[4,0,9]'), (2832, 67, -857962255067729974, 's603', '2024-07-27 06:14+00', '[-3.75,-2.0,3.25]', '[-8,-2,-6,6,3]'), (2833, NULL, -693, 's479', NULL, '[5.0,-0.5,-4.75]', '[4,0,9]') ON CONFLICT DO NOTHING RETURNING id) SELECT count(*), sum(id) FROM x;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 85
COMMIT;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 86
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2834, 21, -100, NULL, '2024-02-03 18:53+00', '[-0.5,-1.5,-2.25]', NULL);
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 87
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 2834 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 500) g;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 88
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 89
ALTER TABLE t ADD COLUMN x505700 vector(2) DEFAULT '[1,2]';
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 90
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (315, 37, 605, 's831', '2024-04-07 04:06+00', '[-5.0,2.5,-2.25]', NULL), (3336, 26, 74, 's469', '2024-08-15 02:45+00', '[-0.5,-4.75,-1.0]', '[-7,9,-4,5,-8]'), (3337, 99, NULL, 's48', '2024-10-10 07:52+00', '[2.75,3.5,3.25]', '[-8,5,-3,-5,-9,-6,7]'), (3338, 57, 2559208999271704168, 's188', NULL, '[1.75,-1.75,0.5]', NULL), (3339, 91, -165, repeat('w3', 3142), '2024-02-04 13:35+00', '[3.0,0.0,1.75]', NULL), (3340, 32, -187, 's812', '2024-07-27 23:24+00', '[1.0,2.5,4.25]', NULL), (3341, 29, 135, repeat('w6', 1138), '2024-05-13 07:55+00', '[-3.5,-4.5,-5.0]', NULL), (3342, 1, 2865622146021400541, 's75', '2024-09-13 07:04+00', NULL, '[-3,-3,-6]'), (3343, 66, 364, 's5', '2024-09-09 04:38+00', NULL, '[-7,1,3,-7,1]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 91
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 3343 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 100) g;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 92
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT count(*), min(ts), max(ts) FROM t WHERE ts > '2024-01-02';
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 93
SELECT count(*) FROM t WHERE s = 's700';
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 94
SAVEPOINT sp8;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 95
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (3444, NULL, NULL, 's899', '2024-07-22 09:45+00', '[0.0,4.25,0.75]', NULL);
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 96
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (3445, 52, -721, NULL, '2024-07-07 02:28+00', '[-0.75,2.75,-5.0]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 3445 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 50) g;  EXCEPTION WHEN division_by_zero THEN NULL; END; BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (3496, 78, -541, NULL, '2024-04-06 05:49+00', '[-3.75,-4.25,2.0]', '[-5,2,2,-7,-4,-6]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 3496 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 300) g; PERFORM 1/(SELECT count(*) - count(*) FROM t); EXCEPTION WHEN unique_violation THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (3797, NULL, 834, 's271', '2024-07-13 17:26+00', '[1.75,-2.75,0.75]', '[7,-2,7,-4,-4,-8,3,1]');  END$$;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 97
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (3798, 92, 740, 's506', '2024-01-13 15:29+00', '[-3.5,2.25,-4.0]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 3798 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 5) g; PERFORM 1/(SELECT count(*) - count(*) FROM t); EXCEPTION WHEN others THEN NULL; END; BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (3804, 29, 879, 's560', '2024-05-26 04:02+00', '[4.5,-1.0,-4.5]', '[-9,-8,-5,8]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 3804 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 50) g; PERFORM 1/(SELECT count(*) - count(*) FROM t); EXCEPTION WHEN others THEN NULL; END; BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (3855, NULL, -563, 's720', NULL, '[0.25,-3.25,3.25]', '[-3,-9,-1,-1,4,-3,-9,-8]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 3855 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 50) g;  EXCEPTION WHEN others THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (3906, NULL, -247, 's969', '2024-12-23 09:48+00', '[-1.0,-2.0,-4.5]', NULL); PERFORM 1/0; END$$;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 98
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (3907, 37, NULL, NULL, '2024-11-07 06:37+00', '[-5.0,4.75,-1.25]', '[-9,8,-8,2,8,-4,1,5]'), (3908, 66, 254, 's643', '2024-05-17 14:56+00', '[0.25,4.5,1.5]', '[-1]'), (3909, 4, -710, NULL, '2024-10-03 07:34+00', '[2.0,-0.75,3.25]', '[9,5,8,-7,4]'), (3910, 38, NULL, 's157', '2024-05-04 00:03+00', '[4.25,3.0,5.0]', '[2,8,6,-4,3,-8]'), (3911, 79, -253, NULL, '2024-09-21 17:24+00', '[-2.5,0.0,3.75]', NULL), (3912, 55, -2681132855700633022, 's0', '2024-11-17 13:25+00', '[-4.75,-5.0,-2.5]', '[-8,-6,-4,6,6]'), (3913, 92, 909, NULL, '2024-12-25 03:47+00', '[-1.0,-2.25,-1.25]', NULL), (3914, NULL, 341, 's758', '2024-09-24 04:37+00', '[1.5,1.75,2.0]', '[-3]');
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 99
BEGIN;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 100
DECLARE c3 CURSOR FOR SELECT id FROM t WHERE a < 10 ORDER BY id, b;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 101
COMMIT;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 102
INSERT INTO u (id, a, b, s, ts, v, w) VALUES (3915, 86, -614, NULL, '2024-09-08 01:51+00', '[-2.25,1.75,5.0]', '[2,4,8,1,-3,3,9,4]');
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 103
\if :vec
SELECT count(*) FROM u TABLESAMPLE SYSTEM (50);
\else
DO $$BEGIN RAISE EXCEPTION 'unsupported' USING ERRCODE = '0A000'; END$$;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 104
DO $$BEGIN BEGIN INSERT INTO fz_seen SELECT 1, count(*), count(s) FROM t; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (3916, 61, 445, 's643', '2024-02-28 03:23+00', '[-2.0,-0.5,-4.75]', '[7]'); PERFORM 1/0; END;$$;
SELECT count(*), md5(coalesce(string_agg(f::text, '|' ORDER BY f::text), '')) FROM fz_seen f;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 105
SET enable_seqscan = off; SET enable_indexscan = off; SET enable_indexonlyscan = off;
SELECT count(*), sum(b), count(s) FROM t WHERE id BETWEEN 2558 AND 2629;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 106
SAVEPOINT sp9;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 107
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (3917, 48, -2836647783741873571, 's69', '2024-01-14 02:02+00', NULL, NULL);
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 108
START TRANSACTION;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 109
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (3918, 93, 801, 's927', '2024-07-28 13:45+00', NULL, NULL), (3919, 64, -764, 's653', '2024-02-05 20:07+00', '[0.0,1.75,-1.5]', '[9,1,6,6,-8,0,-7,-5]'), (3920, 81, -183, 's722', '2024-05-07 05:13+00', '[5.0,0.75,-0.5]', '[-3,-4,-2,-5,4,6,7]'), (3921, 95, -142, 's866', NULL, '[-2.75,4.25,-2.75]', '[5]'), (3922, 3, -87, 's404', '2024-12-07 08:59+00', '[-2.5,-2.5,-0.5]', NULL), (3923, 29, -274, 's719', '2024-03-26 08:10+00', '[-0.25,0.5,-3.0]', '[7,-1,-1,-2,-8]'), (3924, 48, -923, 's488', '2024-07-12 21:17+00', '[2.0,2.5,-0.5]', '[9,-6,3]'), (3925, 13, -439, 's440', '2024-05-05 14:31+00', '[-3.5,-0.25,-3.5]', '[5,-1]'), (3926, 30, -795, 's933', '2024-11-22 06:34+00', '[3.75,5.0,0.0]', '[6,4,9,-7,8,-6,4,-6]'), (3927, 95, NULL, 's407', '2024-06-01 08:36+00', '[0.75,4.5,-3.5]', '[-3,1,2,9,0]');
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 110
INSERT INTO u SELECT id + 10000000, a, b, s, ts, v, w FROM u WHERE a < 20 AND (SELECT count(*) FROM u) < 1000;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 111
WITH x AS (INSERT INTO u (id, a, b, s, ts, v, w) VALUES (3928, 96, -330, NULL, '2024-03-18 06:07+00', '[-0.25,1.25,-2.0]', NULL), (3929, 97, 308, 's794', '2024-02-23 05:56+00', '[-4.25,-4.0,3.25]', NULL), (3930, 70, -821, 's203', '2024-01-18 04:31+00', '[1.5,0.25,0.5]', NULL), (3928, 96, -330, NULL, '2024-03-18 06:07+00', '[-0.25,1.25,-2.0]', NULL), (3929, 97, 308, 's794', '2024-02-23 05:56+00', '[-4.25,-4.0,3.25]', NULL) ON CONFLICT DO NOTHING RETURNING id) SELECT count(*), sum(id) FROM x;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 112
PREPARE TRANSACTION 'fz_539493982';
SET lock_timeout = '50ms';
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
SET lock_timeout = '10s';
COMMIT PREPARED 'fz_539493982';
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 113
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (3931, 49, 880, 's773', '2024-11-03 23:19+00', '[3.0,1.0,-2.75]', '[-5,-3,-7]');
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 114
BEGIN;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 115
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (3932, 99, 388419796233207256, 's855', '2024-01-02 14:35+00', NULL, NULL);
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 116
DROP INDEX t_ix650371;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 117
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (3933, NULL, -924, 's527', '2024-07-08 19:44+00', '[-4.75,1.25,3.5]', NULL);
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 118
INSERT INTO p (id, a, b, s, ts, v, w) SELECT 3933 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 5 = 0 THEN NULL ELSE repeat('x' || (g % 10), 1246) END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 500) g;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 119
WITH x AS (INSERT INTO u (id, a, b, s, ts, v, w) VALUES (4434, 4, -143, NULL, '2024-09-15 04:18+00', '[1.75,-4.0,3.0]', NULL), (4435, 61, NULL, 's369', '2024-10-16 00:28+00', '[-1.25,-4.25,4.25]', '[-2,-7,8,5]'), (4436, 27, 424, 's624', '2024-12-12 09:45+00', '[-2.25,3.25,-3.75]', '[8,-1]'), (4437, 43, -221, 's172', '2024-04-04 22:11+00', '[-3.25,-4.75,-3.5]', '[7,-5,-7,8,2,4,-9,-7]'), (4438, 12, 142, 's459', '2024-09-04 03:17+00', '[4.75,0.25,-1.25]', NULL), (4439, 24, -171, repeat('w2', 2552), '2024-05-26 09:04+00', '[-3.0,-0.25,0.25]', '[-6,9]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 120
INSERT INTO p (id, a, b, s, ts, v, w) VALUES (4440, 56, NULL, 's182', '2024-02-12 23:29+00', NULL, NULL);
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 121
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (4441, 26, 976, repeat('w3', 1108), '2024-07-21 02:13+00', '[4.5,4.75,-3.0]', NULL);
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 122
SAVEPOINT sp10;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 123
ROLLBACK TO SAVEPOINT sp10;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 124
BEGIN;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 125
SELECT count(*), sum(b), count(s) FROM t WHERE id BETWEEN 1586 AND 1658;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 126
RELEASE SAVEPOINT sp10;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 127
START TRANSACTION;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 128
SET enable_seqscan = off; SET enable_indexscan = off; SET enable_indexonlyscan = off;
SELECT round((v <#> '[-5.0,-2.0,3.5]')::numeric, 4), count(*) OVER () FROM p WHERE a < 50 ORDER BY v <#> '[-5.0,-2.0,3.5]' LIMIT 3;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 129
INSERT INTO u (id, a, b, s, ts, v, w) VALUES (4442, 41, -560, 's707', '2024-06-12 16:19+00', '[-4.0,1.75,-3.0]', NULL);
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 130
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (4443, 12, -3997744614245503946, NULL, '2024-07-21 18:29+00', '[3.75,-0.5,4.75]', NULL), (4444, 13, 285, 's729', '2024-09-06 23:17+00', '[-4.25,4.25,0.75]', NULL), (4445, 86, -2542096252267968497, NULL, '2024-05-01 00:20+00', '[0.75,-2.0,-4.0]', NULL), (4446, 74, -369, 's261', '2024-09-28 14:49+00', '[-1.0,4.25,-1.75]', NULL), (4447, 79, -478, 's666', '2024-04-20 08:11+00', '[2.0,4.5,4.25]', NULL), (4448, 35, -2392881123667175606, repeat('w9', 1956), '2024-04-20 02:28+00', '[-5.0,-1.0,-0.25]', NULL), (4449, 58, -799, 's626', '2024-05-19 12:06+00', '[-2.75,2.5,-5.0]', NULL), (3417, 4, 9, 's373', '2024-05-09 13:08+00', '[0.0,-3.25,3.25]', NULL);
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 131
DROP TRIGGER fz_trg ON t;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 132
CREATE UNIQUE INDEX t_ix411025 ON t (id);
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 133
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (4451, 90, -428, 's119', NULL, '[2.5,2.0,-1.25]', NULL), (4452, 71, -112, 's167', '2024-09-15 00:04+00', '[-1.0,0.25,1.5]', '[-6,-6,-5,5,2,9,-4]'), (4453, 12, 1190454155815955308, 's407', '2024-04-15 13:37+00', '[1.75,4.5,5.0]', NULL), (4454, 67, -578, NULL, NULL, '[2.25,-2.25,1.5]', NULL), (1623, NULL, -272, 's882', '2024-02-23 07:46+00', '[4.0,-3.25,-3.75]', '[-4]'), (709, 88, -195, 's709', '2024-03-08 03:38+00', '[1.0,-3.0,1.25]', NULL), (4457, 58, -687, 's182', '2024-10-25 11:43+00', '[-1.25,0.0,1.75]', '[-3,5,8,3,-2,2,0,-5]'), (4458, 82, -699, 's0', '2024-10-21 00:17+00', '[3.75,-4.25,2.75]', NULL), (4459, 18, 563, 's637', '2024-03-09 01:26+00', '[-1.25,-4.5,3.0]', NULL), (4460, 33, -818, repeat(md5('3'), 9549), '2024-02-28 20:03+00', '[2.0,-4.25,-4.75]', NULL), (4461, 12, 249, repeat('w4', 1424), '2024-05-12 12:47+00', '[0.75,-1.25,0.5]', NULL), (4462, 31, -293, 's122', '2024-08-20 15:12+00', '[1.25,1.75,-3.75]', NULL);
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 134
SET vecstore.fetch_cache_size = 0;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 135
SAVEPOINT sp11;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 136
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
4463	13	-435455545917	\N	2024-02-02 10:00:55+00	[-1,-4,-3]	\N
4464	89	746560662244	yyyyyyyyyyyy	2024-02-02 10:00:17+00	\N	[5,5]
4465	97	39144687488	c19	2024-02-02 10:00:15+00	[-3,5,-5]	[6,4]
4466	39	-294409106748	yyyyyy	2024-02-02 10:00:15+00	[-4,7,8]	\N
4467	19	-420434674316	c58	2024-02-02 10:00:58+00	[-7,5,4]	[5,3]
4468	\N	-880602904239	\N	2024-02-02 10:00:51+00	[2,7,0]	\N
\.
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 137
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (4469, 54, -370, NULL, '2024-03-27 20:06+00', '[-1.0,1.75,-1.0]', '[1,9]'), (4470, 9, 428, NULL, '2024-12-09 15:46+00', '[-1.0,3.5,-4.75]', '[1]'), (4471, 51, NULL, 's461', '2024-01-13 22:31+00', '[3.25,4.5,-3.25]', '[-2,9,4,-8,-9,-3,5,7]'), (4472, 12, 911, 's589', '2024-09-04 04:53+00', '[-4.75,-0.5,4.0]', '[-9,7,9,-6,-4]'), (4473, 44, 989, 's148', '2024-12-05 08:04+00', '[2.25,-0.25,4.75]', '[8,6]'), (4474, 48, NULL, repeat('w7', 868), '2024-09-16 14:45+00', '[2.25,0.25,-1.25]', NULL), (4475, 29, 150, 's537', '2024-07-16 20:18+00', '[-3.25,3.0,0.0]', '[-7,-7]'), (4476, 33, 33, repeat('w1', 2171), '2024-05-20 14:32+00', '[-4.75,-4.75,4.75]', NULL), (4477, 64, 800, 's776', '2024-08-24 15:21+00', '[-1.0,2.5,-4.0]', NULL), (4478, 36, -42, NULL, '2024-09-18 15:08+00', '[1.75,-3.75,-0.5]', NULL), (4479, 31, -292, 's856', '2024-07-04 10:49+00', '[4.5,5.0,-0.5]', '[-1,1,3,-1]'), (4480, 37, 558, 's382', '2024-10-22 03:33+00', '[3.0,-1.25,-2.25]', '[0,6,7,1,1,-3,-1,-3]'), (4481, 69, -132, 's376', NULL, '[-1.5,-3.75,-4.0]', NULL), (4482, 37, 921, 's886', NULL, '[-3.0,3.5,4.5]', '[5,7,0,-1]'), (4483, 70, 1709772552536977980, 's239', NULL, '[-2.5,1.25,-4.75]', NULL), (4484, 7, -1912652447600433936, NULL, '2024-07-17 00:42+00', '[1.25,-0.25,-0.25]', NULL), (4485, 23, 434, 's234', '2024-08-20 22:58+00', '[-4.25,-2.75,-1.5]', '[2,6,-6,-2,7,-3,2,5]');
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 138
DO $$BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (4486, 16, -886, repeat('w3', 2713), '2024-09-15 18:18+00', '[-2.25,-5.0,3.25]', NULL); PERFORM 1/0; END;$$;
SELECT count(*), md5(coalesce(string_agg(f::text, '|' ORDER BY f::text), '')) FROM fz_seen f;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 139
SELECT count(*), min(ts), max(ts) FROM t WHERE ts > '2024-01-02';
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 140
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 4486 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 100) g;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 141
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT count(*), sum(b), count(s) FROM t WHERE id BETWEEN 1419 AND 1453;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 142
INSERT INTO u (id, a, b, s, ts, v, w) VALUES (4587, NULL, 404, 's900', '2024-09-04 02:47+00', '[4.0,-5.0,4.75]', NULL), (4588, 13, -135, 's995', '2024-02-13 23:59+00', '[-4.0,-4.5,1.5]', NULL), (4589, 99, -4330837554033735861, 's746', '2024-02-11 11:35+00', '[4.5,-3.0,-1.0]', NULL), (4590, 53, -2916611673519727604, NULL, '2024-10-23 17:55+00', '[3.75,2.25,-1.25]', '[-4]'), (4591, 33, 719, 's872', '2024-04-25 09:37+00', '[1.75,-4.25,-1.75]', NULL), (4592, 60, 3323060666303540926, 's953', '2024-11-04 21:01+00', '[-3.0,4.25,-1.0]', '[-8]'), (4593, NULL, 2334275734036732767, 's406', '2024-03-04 14:57+00', '[-3.0,4.5,-3.5]', '[7,-8,-9]'), (4594, 27, 838, repeat('w9', 1852), '2024-10-19 22:52+00', NULL, NULL), (4595, 20, -23, repeat('w1', 2233), NULL, '[-2.25,0.5,-2.5]', '[6,-9,9,6,-6,-8]'), (4596, 58, 118, 's240', '2024-05-12 22:38+00', '[0.5,-1.0,-3.5]', NULL), (4597, 83, 2968764965488384228, NULL, '2024-10-28 02:19+00', NULL, '[8,2,7,0,5,-3,-9,5]');
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 143
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (4598, 75, -984, NULL, '2024-05-15 18:20+00', '[-3.0,-1.75,-4.0]', NULL), (4599, NULL, -224, 's337', '2024-07-11 11:12+00', '[-2.5,-4.0,1.25]', '[1,-1,-2,1,9,-1]'), (4600, 1, NULL, repeat('w3', 2637), '2024-10-01 06:48+00', '[-0.25,-4.0,-5.0]', '[4,-6]'), (4601, 62, -2886762725242808336, 's266', '2024-11-06 14:42+00', '[-0.25,2.25,3.75]', NULL), (4602, 54, 974, 's91', '2024-12-18 15:45+00', '[-4.75,-4.5,-4.5]', '[-7]'), (4603, 37, -792, 's555', '2024-02-23 20:13+00', '[-1.25,-1.25,-2.25]', '[6,1,6,-6,2,-9]') ON CONFLICT DO NOTHING RETURNING id) SELECT count(*), sum(id) FROM x;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 144
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (4604, 67, -631, NULL, '2024-11-26 08:01+00', '[-4.5,-4.0,3.5]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 4604 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 5) g;  EXCEPTION WHEN others THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (4610, 81, 2478213737386590222, 's476', '2024-08-17 19:33+00', '[4.0,-3.5,-2.25]', '[-5,7,5,5,3,-5,-6]'); PERFORM 1/0; END$$;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 145
ROLLBACK TO SAVEPOINT sp11;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 146
\if :vec
SELECT id FROM t WHERE id = 3 FOR SHARE;
\else
DO $$BEGIN RAISE EXCEPTION 'unsupported' USING ERRCODE = '0A000'; END$$;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 147
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 4610 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 5 = 0 THEN NULL ELSE repeat('x' || (g % 10), 1804) END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 100) g;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 148
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (4711, 59, -3805409778826598539, 's370', '2024-10-16 02:25+00', '[5.0,-1.5,3.0]', NULL), (4712, 77, -576, repeat('w9', 2796), '2024-09-15 11:01+00', '[-4.25,3.0,-3.0]', NULL), (4713, 10, 758, 's890', '2024-01-06 10:51+00', '[-1.5,-3.5,-1.5]', '[4,-8,2,6,-3,0,-7]'), (4714, 92, 480, 's720', '2024-03-19 15:43+00', '[2.5,-5.0,-5.0]', NULL), (4715, 18, 802, 's13', '2024-11-28 07:10+00', '[1.5,-4.75,-3.5]', '[8,-6,9]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 149
FETCH 2 FROM c1;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 150
ROLLBACK TO SAVEPOINT sp11;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 151
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (4716, 23, -756, 's346', NULL, '[-4.5,-3.0,-2.0]', NULL);
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 152
\set ON_ERROR_ROLLBACK off
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 153
RESET max_parallel_workers_per_gather; RESET parallel_setup_cost; RESET parallel_tuple_cost; RESET min_parallel_table_scan_size; RESET parallel_leader_participation;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 154
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (4717, 16, -473, repeat('w9', 3094), '2024-04-04 18:05+00', '[1.0,-1.25,3.5]', '[3,9,-5,7,9,8,0,1]'), (4718, 87, -948, 's941', '2024-05-17 23:27+00', '[3.0,1.25,-1.75]', NULL), (4719, 92, 419, 's937', '2024-04-18 03:55+00', '[-3.75,-0.75,0.5]', NULL), (4720, 63, 754, repeat('w1', 1722), '2024-10-07 01:49+00', '[-0.5,4.25,4.5]', NULL), (4721, 23, NULL, 's484', NULL, '[4.5,2.0,4.0]', NULL), (4722, NULL, -1514057336865487393, repeat('w8', 3536), '2024-10-25 14:44+00', '[4.75,-3.5,-3.75]', NULL), (4723, 25, 949, 's126', NULL, '[-2.75,3.0,4.0]', '[5,-5,-5]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 155
DO $$BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (4724, 60, 244, 's211', '2024-07-17 17:40+00', '[-0.75,2.0,-0.25]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 4724 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 400) g; END;$$;
SELECT count(*), md5(coalesce(string_agg(f::text, '|' ORDER BY f::text), '')) FROM fz_seen f;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 156
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5125, 43, -2432250105891535841, 's287', '2024-02-03 08:36+00', '[1.25,4.0,1.0]', NULL), (3439, NULL, -883, 's316', '2024-05-19 01:20+00', '[-3.5,4.75,1.0]', '[2,-3,8,-4,0,8,9]'), (5127, 7, -918, NULL, '2024-02-10 00:42+00', '[3.5,4.75,1.75]', NULL), (5128, 65, -2203604516942083093, 's494', NULL, NULL, NULL), (5129, 96, -430, NULL, '2024-02-25 03:42+00', NULL, '[-2,8,-7,-4,-9]'), (5130, 93, 448, 's235', NULL, '[3.5,-0.75,4.75]', '[-8,-3,0,2,-6]') ON CONFLICT DO NOTHING RETURNING id) SELECT count(*), sum(id) FROM x;
INSERT INTO t SELECT * FROM u WHERE id % 4 = 1 ON CONFLICT DO NOTHING;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 157
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5131, 99, NULL, 's719', '2024-04-09 11:10+00', '[-1.25,3.0,5.0]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 5131 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 50) g; PERFORM 1/0; EXCEPTION WHEN division_by_zero THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5182, 97, -2821195793030349976, repeat('w9', 2467), NULL, NULL, NULL); PERFORM 1/0; END$$;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 158
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 5182 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 500) g;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 159
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 5682 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 100) g;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 160
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5783, 73, -156, repeat('w0', 3755), '2024-11-16 18:02+00', '[-4.25,-4.0,-3.25]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 5783 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 300) g; PERFORM 1/0; EXCEPTION WHEN division_by_zero THEN NULL; END; BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (6084, 16, -491, repeat('w6', 1048), '2024-11-17 05:33+00', '[4.25,1.0,-3.5]', '[3,-9,0]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 6084 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 50) g; PERFORM 1/0; EXCEPTION WHEN division_by_zero THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (6135, 8, NULL, 's558', '2024-06-14 14:44+00', '[-0.25,2.75,-4.0]', '[-2,2,8,9,7]'); PERFORM 1/0; END$$;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 161
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (6136, 55, -819, 's336', '2024-11-02 15:58+00', '[0.5,1.75,-3.75]', NULL), (6137, 31, 538, 's4', '2024-04-05 15:04+00', '[-0.5,-3.75,3.75]', '[-2,-4,-8,8,1,8,6]'), (6138, 64, -175208220699256037, 's314', '2024-07-19 01:57+00', '[4.75,2.25,3.5]', NULL), (6139, 32, NULL, NULL, '2024-07-05 21:08+00', '[4.25,1.0,0.75]', '[8]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 162
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (6140, 39, -831, NULL, '2024-03-01 16:35+00', '[-4.5,-1.25,-4.25]', '[4,-8,-7,-4,-9,0,7]');
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 163
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (6141, NULL, 608, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 202) g), '2024-11-26 15:39+00', '[-3.25,2.0,4.0]', NULL), (6142, 9, -596, 's682', '2024-03-06 12:16+00', '[-3.75,-3.0,-3.5]', '[-1,-6,-5,7,4,4]'), (6143, 62, 3294270572089053020, 's467', '2024-05-12 08:39+00', '[4.5,0.75,-3.25]', NULL), (6144, 13, -358, 's558', '2024-11-12 21:54+00', '[1.25,2.0,-2.75]', '[0,-3]'), (6145, 88, -524, 's647', '2024-09-02 23:52+00', '[2.5,0.0,-2.0]', NULL), (6146, 72, -2176754469886402906, 's6', '2024-06-05 21:47+00', '[2.25,0.0,5.0]', NULL), (6147, 47, -346, 's601', '2024-02-07 20:50+00', NULL, NULL), (1471, NULL, 317, repeat('w1', 2785), '2024-09-25 07:16+00', '[-1.5,-5.0,-3.5]', NULL), (6149, 3, 2281547344437364529, 's966', '2024-08-01 14:13+00', '[-2.5,-0.25,3.5]', NULL), (6150, 8, -561, 's109', '2024-09-07 12:18+00', '[4.25,-2.75,0.75]', NULL), (6151, 12, -154, 's805', '2024-01-24 23:15+00', '[-5.0,4.0,2.25]', '[-7]'), (6152, 27, -668, NULL, '2024-04-27 20:40+00', '[-0.25,-5.0,1.5]', '[9,3,-5]'), (6153, 93, 976, 's782', '2024-01-21 00:19+00', '[-2.25,-2.5,-5.0]', NULL), (6154, 79, NULL, 's91', '2024-07-03 21:24+00', '[2.5,-4.0,2.75]', '[2,-3,2,-9,0]'), (6155, 68, 208, 's68', '2024-03-10 04:49+00', '[3.0,2.5,1.75]', NULL), (6156, 6, -420, 's940', '2024-07-23 22:05+00', '[-4.25,-0.5,1.0]', NULL);
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 164
RELEASE SAVEPOINT sp11;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 165
COMMIT;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 166
DECLARE c4 CURSOR WITH HOLD FOR SELECT id FROM t WHERE a < 10 ORDER BY id, b;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 167
FETCH 2 FROM c1;
CLOSE c1;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 168
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 6156 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 1500) g;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 169
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 170
SAVEPOINT sp12;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 171
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (7657, 90, 22, 's272', '2024-10-23 08:43+00', '[0.25,2.0,-1.0]', NULL);
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 172
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (7658, 54, 818, 's452', '2024-12-17 22:08+00', '[1.5,0.25,-2.75]', NULL);
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 173
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 7658 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 10) g;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 174
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (7669, 8, -495, 's596', '2024-05-19 08:38+00', '[-1.25,2.0,0.0]', '[-2,-3]'), (7670, 83, 130, 's447', '2024-10-12 16:26+00', '[1.5,2.25,1.75]', NULL), (7671, NULL, -339, 's435', '2024-04-01 09:30+00', '[-2.75,-2.5,-3.75]', NULL), (7672, 79, 448009839645259045, 's490', '2024-09-06 17:53+00', '[0.75,-2.75,2.5]', '[7,3,-6,2,-9,-6]'), (7673, 10, -333, repeat('w2', 3685), NULL, '[2.25,0.5,-4.75]', '[-1,-8,7,6,9]'), (7674, 57, -702, 's663', '2024-07-19 16:07+00', '[1.5,0.0,3.0]', '[2,-6,-9,3]'), (7675, NULL, 799198392478563705, NULL, '2024-07-11 12:50+00', '[-1.25,-2.0,3.0]', '[6,3,5,-2,4,-5,1,-8]'), (7676, 45, 592, 's436', '2024-06-09 12:18+00', '[4.5,-3.25,-2.25]', '[-9,-6,-3,9,9,-2,3,0]'), (7677, 33, -2728394262794394361, 's257', '2024-07-09 07:23+00', '[0.25,4.25,-2.75]', NULL), (7678, 63, 773, 's381', '2024-04-01 14:44+00', '[4.25,0.0,4.25]', '[3,5,-8]'), (7679, 9, NULL, 's134', '2024-04-08 15:06+00', '[3.5,0.75,-2.25]', '[6,-6,-9,-4,1,0,0,-4]'), (7680, 63, 4132456426274286804, 's780', '2024-09-17 02:51+00', '[4.25,0.5,-0.25]', NULL), (7681, 46, -954, 's6', '2024-10-18 10:15+00', NULL, '[-5,0,-4,9]'), (7682, 31, -222, 's98', '2024-03-17 04:50+00', '[-0.25,0.5,-2.75]', '[-9,-8]'), (7683, 50, -344, 's182', NULL, '[2.75,2.75,2.5]', '[8,-4,1,-5]'), (7684, 48, -9, 's241', '2024-08-05 21:09+00', NULL, '[-7,9,-7,-5]');
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 175
FETCH 5 FROM c4;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 176
SELECT count(*), min(ts), max(ts) FROM p WHERE ts > '2024-01-02';
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 177
SET enable_seqscan = off; SET enable_indexscan = off; SET enable_indexonlyscan = off;
SELECT id, a FROM t WHERE a = 46 AND b > 0 ORDER BY id, a LIMIT 20;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 178
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT round((v <#> '[1.0,3.75,-2.0]')::numeric, 4), count(*) OVER () FROM t WHERE a < 50 ORDER BY v <#> '[1.0,3.75,-2.0]' LIMIT 3;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 179
CREATE TABLE c1 USING :am AS SELECT * FROM t WHERE id % 1 = 0;
SELECT * FROM fz_chk('c1');
INSERT INTO c1 SELECT * FROM c1;
SELECT * FROM fz_chk('c1');
DROP TABLE c1;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 180
COMMIT;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 181
FETCH 5 FROM c4;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 182
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (7685, 7, -131, 's626', '2024-10-26 02:08+00', '[-2.75,4.25,3.75]', NULL), (7686, NULL, -176, NULL, '2024-01-08 22:08+00', '[-2.75,1.0,1.25]', '[-8,-6]'), (6346, 88, -588, 's961', '2024-02-11 03:48+00', '[4.75,4.75,-0.75]', NULL), (7688, 89, 624, 's363', '2024-07-07 23:29+00', '[-2.5,2.0,-3.25]', '[0,-5,8,-6,-8,6]'), (7689, 84, 204, NULL, NULL, '[-1.0,2.5,3.25]', '[7,8,6,5,5,9,2,8]'), (7690, 6, 956, 's897', '2024-07-16 19:04+00', '[3.75,5.0,-1.75]', '[3,2]'), (7691, 85, 146, 's13', '2024-09-27 04:41+00', '[-1.75,1.25,-3.5]', '[-3,-1,-5]'), (7692, 35, -310, 's524', '2024-12-13 11:33+00', '[-1.5,-4.25,-0.5]', NULL) RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 183
CALL fz_proc('t', 7692, 38, 0);
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 184
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (7807, 99, -59, 's156', '2024-06-25 15:04+00', '[-5.0,-4.25,-4.5]', NULL), (7808, 77, 505, NULL, '2024-12-22 17:22+00', '[-3.0,-3.5,1.5]', '[1,7,3]'), (5078, 63, 196135526884401540, 's399', '2024-10-02 14:15+00', '[2.25,-0.5,-2.25]', NULL), (7810, 94, -415, 's583', '2024-03-04 14:25+00', '[-2.5,0.75,-1.5]', '[-7,0]'), (7811, 63, 264, 's85', '2024-06-11 00:20+00', '[-3.25,-4.75,2.5]', '[2,7,-5,-2,9]'), (7812, 24, 3824917990634772927, 's865', '2024-06-11 09:41+00', '[1.75,-4.0,-1.25]', '[2,8,5,-1]'), (7813, 5, -706, NULL, '2024-06-04 18:16+00', '[-4.0,2.25,-0.5]', NULL);
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 185
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT a, count(*) FROM t WHERE a BETWEEN 47 AND 52 GROUP BY a ORDER BY a;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 186
VACUUM t;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 187
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (7814, 2, -612, NULL, '2024-06-14 05:08+00', '[2.5,4.75,-4.25]', NULL);
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 188
SET enable_seqscan = off; SET enable_bitmapscan = off;
INSERT INTO t SELECT id + 8000000, a, b, s, ts, v, w FROM t WHERE id > 7356 AND (SELECT count(*) FROM t) < 1000;
RESET enable_seqscan; RESET enable_bitmapscan;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 189
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (7815, 93, -213, 's121', '2024-01-09 14:01+00', '[-3.75,-3.5,-2.5]', '[7,4,-7,-2,-7]'), (7816, 99, 3691598193056718630, 's102', '2024-02-01 05:20+00', '[-5.0,0.25,3.0]', NULL), (7817, 51, 1547006877994209350, 's213', '2024-01-26 14:14+00', '[-1.75,1.0,2.5]', '[1,6,3]'), (7818, 15, -917, 's315', '2024-11-27 03:32+00', '[-2.0,3.25,-2.5]', NULL), (7819, NULL, 1012065045872100358, 's866', '2024-01-01 15:57+00', '[2.5,-2.5,-0.5]', '[-8,4,-1]'), (7820, 63, 188, 's417', '2024-05-24 00:27+00', '[-4.75,-3.5,4.0]', NULL), (7821, 66, -2789688703412967471, 's112', '2024-09-04 12:30+00', '[-2.5,2.0,-1.75]', NULL), (7822, 2, NULL, NULL, '2024-09-23 10:43+00', '[-2.75,2.0,1.25]', '[2,-9]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 190
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 7822 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 100) g;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 191
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 192
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
7923	56	-948001388446	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:27+00	[0,4,2]	\N
7924	\N	407612041503	c46	2024-02-02 10:00:17+00	[-3,6,7]	[3,5]
7925	32	780808356658	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:46+00	[-3,-3,-3]	\N
7926	4	-718401048908	\N	2024-02-02 10:00:01+00	[-7,-4,4]	[6,2]
7927	81	-459975750872	c6	2024-02-02 10:00:32+00	\N	[4,2]
7928	59	338759855292	c60	2024-02-02 10:00:32+00	[-4,-7,-8]	[5,3]
7929	78	480544424436	c23	2024-02-02 10:00:39+00	[6,-4,7]	\N
7930	\N	548486709415	c44	2024-02-02 10:00:06+00	[7,3,7]	\N
7931	7	-629758712806	c50	2024-02-02 10:00:18+00	\N	[2,9]
7932	17	617303848657	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:06+00	[-8,1,5]	\N
7933	1	967191715381	c25	2024-02-02 10:00:47+00	[4,-4,2]	[8,7]
7934	14	326394598954	c1	2024-02-02 10:00:43+00	[-7,7,7]	[2,1]
7935	22	-870934257858	\N	2024-02-02 10:00:40+00	[2,-7,3]	[6,6]
7936	9	-328071783844	\N	2024-02-02 10:00:25+00	[7,-7,-5]	\N
7937	23	-744215816486	c94	2024-02-02 10:00:45+00	[3,6,-4]	[0,3]
7938	2	-113666518056	\N	2024-02-02 10:00:19+00	[5,-3,-5]	\N
7939	8	815484684707	yyyyyyyyyyyyy	2024-02-02 10:00:53+00	[0,-1,0]	\N
7940	44	172871521236	c15	2024-02-02 10:00:08+00	[0,0,-2]	\N
7941	17	471922833307	c22	2024-02-02 10:00:42+00	[-7,0,0]	[2,6]
\.
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 193
CREATE TRIGGER fz_trg AFTER INSERT ON t FOR EACH ROW WHEN (NEW.a < 2) EXECUTE FUNCTION fz_trg_fn();
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 194
VACUUM FULL t;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 195
ROLLBACK;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 196
INSERT INTO t SELECT id + 2000000, a, b, s, ts, v, w FROM t WHERE true AND (SELECT count(*) FROM t) < 1000;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 197
SET enable_seqscan = off; SET enable_indexscan = off; SET enable_indexonlyscan = off;
SELECT id, a, b, length(s), ts, v FROM t WHERE id = 2595 ORDER BY 1, 2, 3, 4, 5;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 198
SET max_parallel_workers_per_gather = 2; SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0; SET parallel_leader_participation = off;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
-- op 199
BEGIN;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
COMMIT;
SELECT * FROM fz_chk('t') UNION ALL SELECT * FROM fz_chk('u') UNION ALL SELECT * FROM fz_chk('p') UNION ALL SELECT * FROM fz_chk('tlog');
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT count(*), sum(id) FROM t WHERE id > 0;
RESET enable_seqscan; RESET enable_bitmapscan;
\if :vec
SELECT vecstore_verify('t');
\else
SELECT true AS vecstore_verify;
\endif
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT count(*), sum(id) FROM u WHERE id > 0;
RESET enable_seqscan; RESET enable_bitmapscan;
\if :vec
SELECT vecstore_verify('u');
\else
SELECT true AS vecstore_verify;
\endif
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT count(*), sum(id) FROM p1 WHERE id > 0;
RESET enable_seqscan; RESET enable_bitmapscan;
\if :vec
SELECT vecstore_verify('p1');
\else
SELECT true AS vecstore_verify;
\endif
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT count(*), sum(id) FROM p2 WHERE id > 0;
RESET enable_seqscan; RESET enable_bitmapscan;
\if :vec
SELECT vecstore_verify('p2');
\else
SELECT true AS vecstore_verify;
\endif
SELECT count(*) AS leftover_prepared FROM pg_prepared_xacts WHERE gid LIKE 'fz\_%' AND database = current_database();
