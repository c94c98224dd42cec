\set ON_ERROR_STOP 0
\set VERBOSITY sqlstate
\pset pager off
SELECT :'am' = 'vecstore' AS vec \gset
SET lock_timeout = '10s';
SET client_min_messages = warning;
DROP TABLE IF EXISTS t, u, tlog CASCADE;
DROP PUBLICATION IF EXISTS fzpub;
DROP PROCEDURE IF EXISTS fz_proc;
DROP FUNCTION IF EXISTS fz_trg_fn CASCADE;
DROP FUNCTION IF EXISTS fz_chk;
SET vecstore.write_buffer_size = 16384;
SET vecstore.chunk_group_size = 65536;
SET vecstore.compression = 'zstd';
CREATE TABLE t (id int, a int, b bigint, s text, ts timestamptz, v vector(3), w vector) USING :am;
CREATE TABLE u (id int, a int, b bigint, s text, ts timestamptz, v vector(3), w vector) USING :am;
CREATE FUNCTION fz_chk(tab text, OUT n bigint, OUT nulls bigint, OUT digest text)
LANGUAGE plpgsql AS $f$
BEGIN
	EXECUTE format('SELECT count(*), count(*) - count(x.*), md5(coalesce(string_agg(x::text, ''|'' ORDER BY x::text), '''')) FROM %I x', tab)
		INTO n, nulls, digest;
END$f$;
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
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT count(*), sum(b), count(s) FROM t WHERE id BETWEEN 0 AND 57;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 1
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (1, 98, -852, NULL, '2024-10-15 04:08+00', '[-1.75,-1.75,-2.5]', '[1,-3,8,-3,-4]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 1 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 5 = 0 THEN NULL ELSE repeat('x' || (g % 10), 1669) END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 300) g; PERFORM 1/(SELECT count(*) - count(*) FROM t); EXCEPTION WHEN division_by_zero THEN NULL; END; BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (302, 18, 675, 's317', '2024-01-20 21:45+00', '[-0.25,2.5,0.0]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 302 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 50) g;  EXCEPTION WHEN unique_violation THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (353, 51, NULL, NULL, '2024-06-13 18:53+00', NULL, NULL);  END$$;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 2
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (354, 67, 208, 's93', '2024-06-28 09:02+00', '[3.0,4.75,0.75]', '[-1,8,-7,0,1,0]'), (355, NULL, -9, 's32', '2024-01-03 19:34+00', '[4.5,0.5,-1.0]', NULL), (356, NULL, 1552944568718735664, 's806', '2024-03-24 18:08+00', '[-2.5,1.75,0.75]', NULL), (357, 58, -653, 's280', '2024-08-16 22:46+00', '[1.25,-2.75,-3.25]', NULL), (358, 80, -631, repeat(md5('70'), 9105), NULL, '[-4.0,0.5,4.25]', '[2,8,-1,6,-1]'), (359, 37, -634, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 150) g), '2024-01-16 17:49+00', '[3.0,0.5,0.5]', NULL), (360, 52, 782, NULL, '2024-08-12 10:33+00', '[-2.0,0.75,2.5]', NULL), (361, 53, 190, 's652', '2024-07-10 19:35+00', '[-4.75,-2.0,-2.5]', '[-2,-4,-8]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 3
WITH a AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (362, 61, 1864962780031869100, repeat('w5', 502), '2024-10-03 18:13+00', '[-0.75,1.5,-3.25]', '[-8,8,0,-6,0,8]'), (363, 37, -141, 's160', '2024-10-21 17:23+00', '[4.0,2.5,-2.0]', '[2,-9]') RETURNING *), b AS (INSERT INTO t SELECT * FROM a RETURNING *) SELECT count(*), (SELECT count(*) FROM a), (SELECT count(*) FROM t) FROM b;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 4
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 5
DECLARE c1 CURSOR WITH HOLD FOR SELECT id FROM t WHERE a < 10 ORDER BY id, b;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 6
COMMIT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 7
START TRANSACTION;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 8
PREPARE TRANSACTION 'fz_170754351';
COMMIT PREPARED 'fz_170754351';
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 9
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (364, 39, -23, 's983', NULL, '[-0.5,-4.5,-3.0]', '[6]'), (365, 60, -451, 's486', '2024-12-10 09:31+00', '[4.5,-3.25,-4.75]', '[0,8,1,0,7]'), (180, 95, 44695529933364911, repeat('w6', 3688), '2024-11-04 21:34+00', '[4.5,4.0,5.0]', '[6,3,-3,0,5,-7,0]'), (367, 55, -32, 's509', '2024-03-06 15:44+00', '[3.5,-2.75,1.75]', '[-7]'), (368, 10, -947, 's126', '2024-07-03 12:44+00', '[-1.5,4.75,-3.25]', '[0,5,-5]'), (364, 39, -23, 's983', NULL, '[-0.5,-4.5,-3.0]', '[6]'), (365, 60, -451, 's486', '2024-12-10 09:31+00', '[4.5,-3.25,-4.75]', '[0,8,1,0,7]') ON CONFLICT DO NOTHING RETURNING id) SELECT count(*), sum(id) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 10
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (369, 9, -757, NULL, '2024-10-05 00:27+00', '[2.75,2.75,0.5]', '[-8,-5,0,-5,9,7]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 11
WITH x AS (INSERT INTO t SELECT * FROM t WHERE true AND (SELECT count(*) FROM t) < 4000 RETURNING *) SELECT count(*), count(s), (SELECT count(*) FROM t) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 12
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (370, 58, -4266892831184218544, NULL, '2024-02-19 21:02+00', '[4.5,2.25,-1.25]', NULL), (371, 13, 2483290445155273032, repeat('w6', 3289), NULL, '[-3.25,-3.75,2.75]', '[3,2,-2]'), (372, 90, -720, 's984', '2024-06-21 09:51+00', '[3.25,-4.5,4.25]', '[-4,3,-7,-6]'), (96, 5, 355, 's634', '2024-01-14 15:19+00', '[0.0,2.25,2.25]', NULL), (374, 47, -38, repeat('w4', 3252), '2024-05-04 08:52+00', '[2.5,-4.5,0.5]', '[1,-8,-9,5,6,-5]'), (375, 37, -665, 's588', NULL, '[-3.75,4.75,1.25]', '[0,-4,5,2,0,-7]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 13
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (376, 26, -118, 's697', '2024-05-01 14:03+00', '[-4.5,-4.5,3.75]', '[-6,-7,-2,6,-7,6]'), (377, 6, -901, NULL, '2024-07-15 09:40+00', NULL, '[7,3,-3]'), (378, NULL, -1624489496498504840, 's366', '2024-12-07 19:01+00', '[4.0,1.0,3.25]', '[0]') ON CONFLICT DO NOTHING RETURNING id) SELECT count(*), sum(id) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 14
VACUUM FULL t;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 15
COPY u (id, a, b, s, ts, v, w) FROM STDIN;
379	73	539714251712	\N	2024-02-02 10:00:15+00	[7,-1,-6]	[4,0]
380	40	223074667204	\N	2024-02-02 10:00:00+00	[3,-5,-6]	\N
381	89	782869001626	\N	2024-02-02 10:00:51+00	[6,-4,-8]	\N
382	86	-862414864190	\N	2024-02-02 10:00:34+00	[1,-3,-4]	\N
383	16	-963011734182	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:14+00	\N	[6,4]
384	79	333717535693	\N	2024-02-02 10:00:10+00	[2,3,-8]	[1,4]
385	57	-624473165881	\N	2024-02-02 10:00:28+00	[5,5,-5]	[7,9]
386	53	997300970849	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:36+00	[7,7,-8]	[3,0]
387	25	-216100503775	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:48+00	[4,6,-2]	\N
388	18	74765435333	\N	2024-02-02 10:00:24+00	[-1,-7,7]	\N
389	60	-562770737312	\N	2024-02-02 10:00:24+00	[1,-2,2]	[9,1]
390	3	45829630059	\N	2024-02-02 10:00:34+00	[-3,4,-8]	[8,6]
391	75	150063223976	c90	2024-02-02 10:00:13+00	[-7,-4,5]	\N
392	78	-398642473159	\N	2024-02-02 10:00:59+00	\N	[6,4]
393	\N	763890132217	\N	2024-02-02 10:00:53+00	\N	[4,5]
394	30	197375382793	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:27+00	[7,8,-6]	\N
395	78	-762384298183		2024-02-02 10:00:53+00	[-3,8,-2]	\N
396	39	-831777204125	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:40+00	[3,-1,-5]	[9,1]
397	61	-384023202720	\N	2024-02-02 10:00:05+00	[-6,5,5]	[3,4]
398	77	307070459381	\N	2024-02-02 10:00:06+00	[-4,-5,1]	[6,3]
399	66	30149355996	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:41+00	[-6,-7,7]	[5,3]
400	20	-667845543016	yyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:23+00	[7,-5,-8]	\N
401	70	787148270629	\N	2024-02-02 10:00:04+00	[6,2,-3]	[1,5]
402	69	-742277825941	c25	2024-02-02 10:00:38+00	[6,-6,-1]	\N
403	43	566465854407	yyyyyyyyyyyyyyyy	2024-02-02 10:00:18+00	\N	[1,7]
404	63	-350987963715	c2	2024-02-02 10:00:26+00	[-2,2,4]	[1,9]
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 16
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
405	12	857750994086	\N	2024-02-02 10:00:24+00	[-1,0,-6]	[6,2]
406	2	7437536228	c31	2024-02-02 10:00:24+00	[-6,-8,-4]	\N
407	10	-950574318895	\N	2024-02-02 10:00:03+00	[-2,6,-8]	[9,7]
408	92	811935925686	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:52+00	[-7,-2,-8]	\N
409	24	-828321188779	\N	2024-02-02 10:00:23+00	[-3,2,-4]	\N
410	85	-840755868304	c27	2024-02-02 10:00:43+00	[-4,7,3]	[2,7]
411	76	-478298239381	c48	2024-02-02 10:00:04+00	[-2,-8,7]	\N
412	10	437756956767	\N	2024-02-02 10:00:23+00	\N	\N
413	82	-191242242934	\N	2024-02-02 10:00:58+00	[8,-6,1]	\N
414	\N	-706287569712	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:15+00	[-1,-4,0]	\N
415	\N	109099810320	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:45+00	\N	\N
416	4	-344769415819	c78	2024-02-02 10:00:28+00	\N	[5,0]
417	76	-631290933510	yyyyyyyyyyyyy	2024-02-02 10:00:37+00	[3,8,0]	[6,4]
418	\N	-98788431263	yyyyyyyyy	2024-02-02 10:00:08+00	[-2,8,4]	[8,5]
419	\N	947089503806	\N	2024-02-02 10:00:09+00	[-2,6,-7]	\N
420	3	737867508936	c47	2024-02-02 10:00:15+00	[7,-4,-5]	[6,2]
421	94	-982289861667	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:29+00	[6,-3,-4]	\N
422	92	-512190287356	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:34+00	[-7,-8,5]	[7,9]
423	11	12391620181	yyyyyyyyyyyyyy	2024-02-02 10:00:19+00	\N	\N
424	39	-341587343441	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:00+00	[-6,0,-5]	\N
425	27	5903875533	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:05+00	[7,6,4]	[5,9]
426	17	-241623569363	\N	2024-02-02 10:00:58+00	[6,8,4]	[2,8]
427	84	724653859927	c2	2024-02-02 10:00:16+00	[7,8,-2]	\N
428	66	561776292802	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:41+00	[0,5,3]	\N
429	36	705316085668	yyyyyyyyyyyyyy	2024-02-02 10:00:34+00	[2,-5,-5]	[9,2]
430	12	577510010798	yyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:21+00	[0,-5,5]	\N
431	\N	735572710971	\N	2024-02-02 10:00:47+00	\N	\N
432	\N	123914049075	\N	2024-02-02 10:00:20+00	[-6,-1,5]	[4,1]
433	12	460234013471	c46	2024-02-02 10:00:34+00	[-3,-1,-5]	\N
434	65	394388042917	\N	2024-02-02 10:00:11+00	[6,5,-7]	[2,6]
435	82	217379183848	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:58+00	[-4,1,-7]	\N
436	97	-555058756721	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:29+00	[-3,0,6]	[1,2]
437	11	883188391460	\N	2024-02-02 10:00:43+00	[-1,-4,-1]	[4,9]
438	71	-945178364525	c20	2024-02-02 10:00:21+00	[0,3,-7]	\N
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 17
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (439, 77, 796, 's791', '2024-09-14 09:26+00', '[-2.0,-4.5,-5.0]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 439 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 5) g;  EXCEPTION WHEN others THEN NULL; END; BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (445, 75, 499, 's14', '2024-06-23 22:39+00', '[2.75,-5.0,3.5]', '[2,-8,-2,8,-9,6,-6,-3]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 445 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 5) g; PERFORM 1/0; EXCEPTION WHEN others THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (451, 82, 885, 's595', NULL, NULL, '[4,9,0,-2,-6,2]'); PERFORM 1/0; END$$;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 18
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (452, 33, -3563286312121509022, repeat('w7', 3788), '2024-04-25 06:06+00', '[-0.5,3.25,-4.0]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 452 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 300) g;  EXCEPTION WHEN others THEN NULL; END; BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (753, 79, -90, repeat('w8', 2012), '2024-04-03 22:21+00', '[-2.25,-1.5,1.25]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 753 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 5 = 0 THEN NULL ELSE repeat('x' || (g % 10), 868) END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 50) g;  EXCEPTION WHEN unique_violation THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (804, 49, -175, 's786', '2024-03-14 00:17+00', '[-0.75,-3.75,-1.5]', '[8,5,-3,-3,1,9,-1]');  END$$;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 19
CREATE INDEX t_ix48409 ON t ((left(s, 20)));
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 20
ALTER TABLE t ADD COLUMN x454032 bigint DEFAULT -1;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 21
SET enable_seqscan = off; SET enable_indexscan = off; SET enable_indexonlyscan = off;
SELECT count(*), min(ts), max(ts) FROM t WHERE ts > '2024-01-02';
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 22
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (805, 62, 2207131902988550284, 's337', '2024-08-09 18:28+00', '[3.5,1.5,-2.5]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 805 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 300) g;  EXCEPTION WHEN division_by_zero THEN NULL; END; BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (1106, 65, NULL, 's96', '2024-04-03 21:41+00', NULL, NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 1106 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 5) g;  EXCEPTION WHEN unique_violation THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (1112, 97, 304, 's900', NULL, '[2.0,-0.25,-2.75]', NULL);  END$$;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 23
DECLARE c2 CURSOR WITH HOLD FOR SELECT id FROM t WHERE a < 10 ORDER BY id, b;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 24
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (1113, 12, -131, 's214', NULL, '[-3.5,2.25,0.0]', NULL), (1114, 87, 907, repeat('w4', 1767), NULL, '[3.0,3.25,0.5]', '[7,9]'), (1115, 25, -126, NULL, '2024-02-15 10:56+00', '[1.5,4.5,4.25]', NULL), (294, 5, 434, 's442', '2024-02-03 09:40+00', '[-4.5,1.75,2.25]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 25
CREATE UNIQUE INDEX t_ix591351 ON t (id, a);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 26
DECLARE c3 CURSOR WITH HOLD FOR SELECT count(*), count(s), sum(b) FROM u;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 27
CREATE TRIGGER fz_trg AFTER INSERT ON u FOR EACH ROW WHEN (NEW.a < 2) EXECUTE FUNCTION fz_trg_fn();
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 28
SET vecstore.fetch_cache_size = 8192;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 29
VACUUM FULL u;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 30
INSERT INTO u SELECT id + 7000000, a, b, s, ts, v, w FROM t WHERE a < 20 AND (SELECT count(*) FROM u) < 4000;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 31
DECLARE c4 CURSOR WITH HOLD FOR SELECT count(*), count(s), sum(b) FROM t;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 32
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (1117, 88, 32, NULL, NULL, '[-3.5,0.25,0.25]', '[-9,-8,-3]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 33
BEGIN;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 34
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 1117 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 100) g;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 35
DROP INDEX t_ix591351;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 36
CHECKPOINT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 37
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (1218, 39, NULL, 's869', '2024-12-16 00:49+00', '[-4.25,3.75,-1.75]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 38
INSERT INTO u SELECT id + 8000000, a, b, s, ts, v, w FROM t WHERE id % 3 = 0 AND (SELECT count(*) FROM u) < 4000;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 39
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (4, 41, -451, 's606', '2024-10-10 14:09+00', '[-1.5,-5.0,4.0]', NULL), (1220, 85, 724, 's629', '2024-04-25 05:07+00', '[4.5,2.75,-1.5]', '[-1,-7,-4,9,5]'), (1221, 86, -26, repeat('w2', 3184), '2024-01-10 00:35+00', '[1.0,-0.75,2.5]', '[-5,-3,5,8,8,-3]'), (1222, 2, -4037908879603357596, 's277', '2024-12-06 08:25+00', NULL, NULL), (1223, 2, 651, 's496', '2024-08-26 08:04+00', '[1.25,2.5,3.5]', NULL), (1224, 76, NULL, 's376', '2024-11-09 10:32+00', '[4.75,-2.5,1.0]', '[9,-8,0,-2]'), (1225, 92, -14, 's331', '2024-08-21 18:15+00', '[-1.5,-2.75,-3.75]', NULL), (1226, 83, -699, 's695', NULL, '[-3.25,-4.5,-4.0]', '[-4,-6,-9,1,4,8,7,1]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 40
ALTER TABLE t DROP COLUMN x454032;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 41
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (1227, 32, 663, 's942', '2024-08-22 02:36+00', '[0.25,1.5,-1.0]', NULL), (1228, 19, -518, NULL, '2024-06-25 07:18+00', '[-1.0,-3.25,3.5]', '[-8,-5,-6,-6,5]'), (1229, 28, -910, NULL, '2024-11-14 12:00+00', '[3.25,1.25,-3.75]', '[1]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 42
SAVEPOINT sp1;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 43
\set ON_ERROR_ROLLBACK on
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 44
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (1230, 0, 942, NULL, '2024-02-10 16:49+00', '[-3.25,-3.5,4.25]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 45
DECLARE c5 CURSOR FOR SELECT id FROM t WHERE a < 10 ORDER BY id, b;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 46
ROLLBACK TO SAVEPOINT sp1;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 47
INSERT INTO u (id, a, b, s, ts, v, w) VALUES (1231, 40, -535, NULL, '2024-08-09 02:17+00', '[4.25,3.75,-0.5]', '[-8,5,-8,-4,-8,-2,4]'), (1232, 19, -869, 's991', '2024-07-06 07:28+00', '[2.75,4.0,-3.0]', NULL), (1233, 14, -53, 's249', '2024-06-27 19:59+00', NULL, NULL), (1234, 87, -239, 's381', '2024-03-28 07:24+00', '[1.5,1.5,-1.5]', '[1]'), (1235, NULL, 542, 's199', '2024-08-22 23:07+00', '[1.25,-3.25,4.0]', NULL), (1236, 44, 719, 's950', '2024-08-11 05:14+00', '[2.25,0.0,-1.5]', NULL), (1237, 11, 31, 's449', '2024-11-06 15:12+00', '[-0.75,4.75,4.25]', NULL), (1238, 13, -2503445336684273989, 's659', '2024-04-22 05:44+00', '[-1.75,4.75,1.25]', '[6,0,3]'), (1239, 33, 4081462643762217130, NULL, '2024-11-08 08:50+00', '[4.25,-3.5,4.5]', NULL), (1240, 46, -136, 's329', NULL, '[4.0,-1.0,-3.25]', '[9,9,-6,6]'), (1241, 44, 218, 's79', '2024-01-13 03:08+00', '[2.0,-4.0,-0.75]', '[9,7]'), (1242, 85, -108, NULL, '2024-08-10 03:14+00', '[0.75,4.5,2.75]', NULL), (1243, 80, -207, 's671', '2024-07-06 11:37+00', '[1.5,-1.5,0.0]', '[4,-6,-9,8,-9,-3,8,5]'), (1244, 85, -836, 's72', '2024-07-03 03:04+00', '[3.0,-2.75,-4.0]', NULL), (1245, 96, 227, 's317', '2024-04-03 21:56+00', '[1.5,4.25,1.0]', NULL), (1246, 75, -3727584407207631651, 's75', '2024-11-12 08:31+00', '[-4.0,0.0,-2.25]', '[9]');
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 48
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (1247, 1, -54, NULL, '2024-12-08 12:22+00', '[-2.0,2.5,0.0]', NULL), (1248, 59, -604, 's640', '2024-03-07 03:46+00', '[-0.75,4.5,2.5]', NULL) RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 49
RELEASE SAVEPOINT sp1;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 50
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (1249, 40, 333, 's741', '2024-11-23 11:11+00', '[-1.25,0.25,-4.25]', NULL), (1250, 37, 993, NULL, '2024-08-03 03:33+00', '[0.75,-0.75,-4.25]', '[6,-2,5,-4]'), (1251, 96, -587, 's233', '2024-07-01 01:17+00', '[4.25,-5.0,2.25]', '[7,-6,1,5,6,3]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 51
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (1252, 27, 948, 's571', '2024-02-12 10:27+00', '[-2.0,-3.5,-1.0]', '[-5,-7,-3,-7,-4]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 1252 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 50) g; PERFORM 1/0; EXCEPTION WHEN others THEN NULL; END; BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (1303, 92, 297, 's250', '2024-07-10 12:58+00', '[5.0,-3.75,-3.0]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 1303 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 300) g; PERFORM 1/0; EXCEPTION WHEN others THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (1604, 45, 246, 's682', '2024-12-12 02:32+00', '[-4.0,5.0,4.75]', '[-6,8,8,0,-4,-9,8]');  END$$;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 52
SAVEPOINT sp2;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 53
ROLLBACK TO SAVEPOINT sp2;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 54
COPY u (id, a, b, s, ts, v, w) FROM STDIN;
1605	19	-456135030280	\N	2024-02-02 10:00:11+00	[5,3,3]	[4,3]
1606	22	-916132382705	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:55+00	[5,7,6]	\N
1607	26	355477681996	yyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:57+00	[-2,-8,1]	[6,9]
1608	91	185683731071	\N	2024-02-02 10:00:44+00	[6,0,-4]	[5,2]
1609	74	-390319288900	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:45+00	[-2,3,7]	\N
1610	97	81543049070	\N	2024-02-02 10:00:04+00	[0,5,6]	[7,6]
1611	\N	958160260161	c50	2024-02-02 10:00:38+00	[7,-8,-4]	[4,5]
1612	\N	-264492102799	c75	2024-02-02 10:00:51+00	[4,-1,6]	[9,7]
1613	86	-278673053363	\N	2024-02-02 10:00:40+00	[2,-1,-2]	\N
1614	87	473991240791	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:03+00	[-4,0,3]	[9,5]
1615	16	-83728860342	yyyyyyyyyyyyyyyyy	2024-02-02 10:00:49+00	[1,-3,-8]	\N
1616	67	483470591753	c30	2024-02-02 10:00:07+00	[-1,1,7]	\N
1617	97	521314511450	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:53+00	[5,-7,-6]	[2,6]
1618	4	-317341793065	yy	2024-02-02 10:00:56+00	[2,-4,8]	\N
1619	\N	419644297104	\N	2024-02-02 10:00:17+00	[-5,-6,-8]	[6,7]
1620	48	-958129531390	c65	2024-02-02 10:00:48+00	[-7,0,-5]	[8,5]
1621	97	614640169904	yyyyyyyyyyyyyyyyyy	2024-02-02 10:00:18+00	[-2,0,-4]	[4,6]
1622	93	-470984395628	\N	2024-02-02 10:00:59+00	[-4,3,-1]	\N
1623	16	885173326952	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:37+00	[7,7,8]	\N
1624	68	937168099393	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:41+00	[1,8,-1]	[8,2]
1625	62	952676320606	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:03+00	[6,-7,0]	\N
1626	26	-489970184221	\N	2024-02-02 10:00:12+00	[-2,-2,7]	\N
1627	90	-84471929747	c42	2024-02-02 10:00:42+00	[3,-3,-5]	[9,6]
1628	52	318371804230	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:43+00	[8,-8,6]	[1,2]
1629	99	-8642750583	\N	2024-02-02 10:00:41+00	[-4,5,-2]	[2,2]
1630	7	-277185701835	\N	2024-02-02 10:00:46+00	[0,1,5]	[8,5]
1631	5	104826587685	\N	2024-02-02 10:00:11+00	[3,7,1]	\N
1632	\N	-345362130384	\N	2024-02-02 10:00:07+00	\N	[5,4]
1633	91	-305887866616	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:22+00	[-7,-8,-8]	[2,6]
1634	79	-285934764382	\N	2024-02-02 10:00:28+00	[3,-3,5]	[8,7]
1635	38	-532096373466	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:51+00	[0,0,8]	[3,4]
1636	81	736906058672	c49	2024-02-02 10:00:37+00	[1,3,8]	\N
1637	25	-905445403872	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:08+00	[5,1,3]	[7,5]
1638	19	-302835533078	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:46+00	[4,-5,1]	[6,3]
1639	3	539812471177	c17	2024-02-02 10:00:51+00	[-1,3,-7]	[8,8]
1640	61	832387586247	c90	2024-02-02 10:00:45+00	[-7,7,-8]	\N
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 55
CREATE INDEX t_ix670448 ON t (id);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 56
SAVEPOINT sp3;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 57
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (1641, 74, -283, repeat('w1', 2157), '2024-02-02 06:02+00', '[0.25,4.0,-1.25]', '[9,-1,-4,-3]'), (1642, 69, -619, 's853', '2024-10-07 20:45+00', '[3.0,4.75,-4.25]', '[-7,-3,6,0,4,-1,7]'), (1643, 82, 493, 's608', '2024-02-05 03:37+00', '[-2.75,4.0,-3.25]', '[4,-9]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 58
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (1644, 33, -778, 's312', '2024-09-10 09:49+00', '[-4.75,-3.0,4.0]', NULL), (1645, 35, -187, NULL, '2024-09-13 05:24+00', '[-4.5,1.5,1.0]', '[0,1]'), (1646, 94, -263, NULL, '2024-09-17 13:05+00', '[4.25,-1.5,-3.5]', '[-4,-7,1,2,-8,-8,2]'), (1647, 47, 3611075638958965818, 's794', '2024-04-02 00:48+00', '[2.75,3.75,-3.0]', '[8]'), (1648, 8, 642977334963724416, repeat('w6', 1567), '2024-04-16 22:15+00', '[3.5,1.0,3.5]', NULL) RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 59
PREPARE TRANSACTION 'fz_784281236';
SET lock_timeout = '50ms';
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
SET lock_timeout = '10s';
ROLLBACK PREPARED 'fz_784281236';
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 60
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 1648 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 500) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 61
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2149, 27, NULL, 's564', '2024-12-03 13:34+00', '[-4.25,1.5,3.75]', '[7,8,-4,7,-4]'), (2150, 35, 283, repeat(md5('72'), 6399), '2024-06-16 10:45+00', '[-1.25,2.5,-1.5]', NULL), (2151, 73, 1482313453504807186, 's581', '2024-03-23 08:20+00', '[-0.5,4.0,-3.25]', NULL), (2152, NULL, 660, 's152', '2024-07-19 04:52+00', '[-1.25,-1.5,3.5]', '[0,-8,0,-6,4,-5,-9,-5]'), (2153, 16, 715131287394252537, NULL, '2024-12-02 06:32+00', NULL, NULL), (2154, 31, -308, 's574', '2024-03-14 22:42+00', '[-2.5,3.75,-4.5]', '[6,0,3]'), (2155, 71, -180, repeat('w3', 3648), '2024-03-18 10:14+00', '[-0.25,-5.0,4.75]', NULL), (2156, 95, 605, 's845', '2024-05-03 14:24+00', '[-4.0,-3.75,0.0]', NULL), (2157, NULL, -793, repeat('w3', 3490), '2024-12-25 18:53+00', '[-3.25,4.5,3.25]', NULL), (2158, 43, 830, 's692', '2024-05-17 08:08+00', '[0.25,-5.0,4.0]', '[9,1,9,2,1]'), (2159, 64, -160, 's737', '2024-10-17 22:01+00', '[4.0,3.75,1.5]', '[5]'), (500, 97, -4405279373928046132, 's112', '2024-01-03 17:17+00', '[1.0,4.0,4.25]', NULL), (2161, 33, 690, 's47', NULL, '[-2.0,-5.0,2.25]', NULL), (2162, 3, 993, 's495', '2024-10-07 21:12+00', NULL, '[-8,9]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 62
FETCH 1 FROM c1;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 63
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 2162 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 5 = 0 THEN NULL ELSE repeat('x' || (g % 10), 2684) END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 100) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 64
START TRANSACTION;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 65
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2263, NULL, 492, 's454', NULL, '[0.5,-1.75,-5.0]', '[-8,-2,2,-1,-7,5,-9]'), (1968, 76, 778, 's35', '2024-08-09 14:59+00', '[-0.5,-3.75,0.75]', '[-4,2,0,-9,3]'), (2265, 89, -475, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 279) g), NULL, '[-3.0,-2.25,0.25]', '[1,5,4,8,-7,-4]'), (2266, 45, 286376835720486008, 's676', NULL, '[-2.75,0.0,3.0]', NULL), (2267, 42, 2282718078932121534, 's157', '2024-06-06 01:06+00', '[-0.25,-3.75,-1.0]', '[-3,8,7,-9,-3]'), (2268, NULL, -500, 's944', '2024-12-26 22:53+00', '[2.25,4.25,-4.5]', NULL), (2269, 10, -97, 's806', NULL, '[4.5,-3.25,-1.0]', NULL) ON CONFLICT DO NOTHING RETURNING id) SELECT count(*), sum(id) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 66
END;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 67
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2270, 65, 160, 's604', '2024-04-06 12:51+00', '[-3.25,3.0,1.5]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 68
SELECT a, count(*) FROM t WHERE a BETWEEN 92 AND 97 GROUP BY a ORDER BY a;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 69
CREATE UNIQUE INDEX t_ix675208 ON t (id, a);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 70
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (767, 5, -3444338030392768323, 's798', '2024-05-09 06:24+00', '[1.25,-3.5,4.25]', '[-9,4,-5,-1,7,-4,8,-9]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 71
WITH x AS (INSERT INTO u (id, a, b, s, ts, v, w) VALUES (2272, 50, -783, 's290', '2024-01-14 19:07+00', '[-3.0,2.0,-2.0]', NULL), (2273, 3, 966, 's225', '2024-09-24 19:56+00', '[0.25,1.25,-0.75]', '[-2,1]'), (2274, 29, 2480643604910813760, 's857', '2024-12-16 03:30+00', '[4.5,1.25,3.5]', '[7,-4,9,2,8,-2,7]'), (2275, 21, -482, 's696', NULL, '[4.25,-2.5,0.75]', NULL), (1281, 77, 194, repeat('w2', 1572), '2024-06-18 20:04+00', '[3.5,-4.75,-2.75]', '[-3,-9,-1,-5,-6,-3]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 72
SET vecstore.compression = 'none';
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 73
REINDEX TABLE t;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 74
SET vecstore.fetch_cache_size = 0;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 75
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2277, 22, -148, 's993', '2024-11-24 19:12+00', '[3.25,-4.75,-1.75]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 76
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2278, 10, -420, NULL, NULL, '[-0.25,-4.75,-3.5]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 77
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2279, 47, -151, 's236', '2024-12-18 04:54+00', '[-1.75,-2.75,-2.75]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 78
START TRANSACTION;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 79
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2280, 33, NULL, repeat('w8', 1578), '2024-10-27 17:30+00', '[0.25,-1.25,2.5]', '[-3,-9,-8,5]'), (2281, 32, NULL, repeat('w0', 3231), '2024-11-28 09:59+00', '[0.0,0.25,3.75]', '[8,8,7]'), (2282, 14, -214966538066532666, NULL, '2024-01-05 15:39+00', '[-4.0,4.75,4.0]', NULL), (2283, 56, 236, repeat('w4', 826), '2024-01-06 17:24+00', '[-0.5,1.25,3.25]', '[9]'), (517, 82, 431, 's956', '2024-11-16 13:03+00', '[2.5,-1.5,3.25]', '[-9,6,-6,9,-7,4,-5]'), (2285, 58, 412, 's170', NULL, NULL, '[-4,2,0,-4,-6,-4,-6]'), (2286, 31, -107, repeat('w4', 3960), '2024-03-16 17:07+00', '[-0.75,-3.5,-0.5]', '[8]'), (2287, 68, 772, NULL, '2024-01-03 22:04+00', '[-1.75,1.5,-3.25]', NULL), (2288, 45, NULL, repeat('w3', 607), '2024-07-03 20:37+00', '[-4.5,4.75,5.0]', NULL), (2289, 0, 2626703439000670653, 's546', NULL, '[4.75,2.5,-3.75]', '[7,-6,9,0,3,-3,-6]'), (2290, 34, -405, 's694', '2024-03-08 13:57+00', '[4.75,-4.75,-3.5]', '[2,6,-6,9,4,5,-2]'), (2291, 52, -4285810901023559960, 's385', '2024-03-15 00:10+00', '[-1.75,-0.25,-1.75]', NULL), (2292, 2, 1, 's785', NULL, '[-2.75,-1.25,3.5]', '[4,8,8,7]'), (2293, 56, 2, repeat('w0', 1456), '2024-03-23 05:48+00', '[-5.0,0.0,-3.75]', NULL), (2294, 4, -829, repeat(md5('55'), 6504), '2024-11-28 15:08+00', '[1.75,2.0,5.0]', NULL), (2295, 65, NULL, 's508', '2024-03-23 03:17+00', '[-3.75,2.25,0.5]', '[-2,-2,-7,8,-6]'), (2296, NULL, 51, NULL, '2024-07-16 16:07+00', NULL, '[-1,8,-3,-7,-8,-1,-8,-5]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 80
COPY u (id, a, b, s, ts, v, w) FROM STDIN;
2297	27	449338827653	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:21+00	[0,8,8]	[7,6]
2298	0	-191754158551	c78	2024-02-02 10:00:41+00	[-4,0,6]	\N
2299	25	682626651903	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:41+00	[-6,-1,6]	[7,4]
2300	78	388595440705	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:26+00	\N	\N
2301	63	-399630925327	\N	2024-02-02 10:00:40+00	[-2,3,4]	\N
2302	24	-478300104820	\N	2024-02-02 10:00:04+00	[-5,-6,-6]	\N
2303	38	6336881262	c16	2024-02-02 10:00:12+00	[2,4,8]	[2,5]
2304	40	-434792986450	c20	2024-02-02 10:00:45+00	[2,-5,-4]	\N
2305	13	-413078851510	c93	2024-02-02 10:00:45+00	[-6,1,7]	\N
2306	40	-630506846078	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:24+00	\N	[0,8]
2307	43	386598909966	c44	2024-02-02 10:00:00+00	[5,-3,-6]	\N
2308	43	-499484387099	\N	2024-02-02 10:00:17+00	[0,-3,-1]	[3,2]
2309	71	522654882354	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:04+00	[8,1,-8]	[7,5]
2310	97	799950061528	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:12+00	[-8,3,-2]	[1,9]
2311	27	495294103718	\N	2024-02-02 10:00:10+00	[6,-4,4]	\N
2312	30	-459417360922	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:39+00	\N	[8,6]
2313	\N	-504744704633	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:34+00	[-6,1,8]	\N
2314	7	571057491910	c56	2024-02-02 10:00:37+00	[7,-1,2]	\N
2315	9	-858737138910	c69	2024-02-02 10:00:51+00	[-6,-2,5]	\N
2316	8	587219620809	c53	2024-02-02 10:00:35+00	[4,5,7]	[3,3]
2317	53	-990464030691	\N	2024-02-02 10:00:23+00	[0,-1,8]	\N
2318	75	213795018389	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:47+00	\N	\N
2319	71	-245141061338	\N	2024-02-02 10:00:44+00	[2,0,-4]	\N
2320	59	957129753640	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:07+00	[-1,7,1]	[0,3]
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 81
WITH x AS (INSERT INTO t SELECT * FROM t WHERE id % 3 = 0 AND (SELECT count(*) FROM t) < 4000 RETURNING *) SELECT count(*), count(s), (SELECT count(*) FROM t) FROM x;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 82
END;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 83
WITH x AS (INSERT INTO t SELECT * FROM u WHERE true AND (SELECT count(*) FROM t) < 4000 RETURNING *) SELECT count(*), count(s), (SELECT count(*) FROM t) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 84
DO $$BEGIN BEGIN INSERT INTO u (id, a, b, s, ts, v, w) VALUES (2321, 14, 260, repeat(md5('31'), 5883), '2024-12-05 20:02+00', '[4.75,4.5,-2.25]', NULL); INSERT INTO u (id, a, b, s, ts, v, w) SELECT 2321 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 5) g;  EXCEPTION WHEN unique_violation THEN NULL; END; INSERT INTO u (id, a, b, s, ts, v, w) VALUES (2327, 75, 272, 's644', '2024-05-12 19:47+00', '[2.25,-0.5,-0.25]', '[6,3,-3,9,0,9,8,4]');  END$$;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 85
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (309, 52, -485, repeat('w8', 2221), '2024-03-06 11:08+00', '[4.25,5.0,-5.0]', NULL), (2329, 22, -481, 's729', NULL, '[-4.0,-1.0,-0.25]', '[8,7,-2,-1,1,-2,3]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 86
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 2329 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 500) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 87
\if :vec
SELECT id FROM u ORDER BY id LIMIT 1 FOR UPDATE;
\else
DO $$BEGIN RAISE EXCEPTION 'unsupported' USING ERRCODE = '0A000'; END$$;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 88
BEGIN;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 89
DROP TRIGGER fz_trg ON u;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 90
SAVEPOINT sp4;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 91
CREATE TRIGGER fz_trg AFTER INSERT ON t FOR EACH ROW WHEN (NEW.a < 2) EXECUTE FUNCTION fz_trg_fn();
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 92
SELECT id, a FROM t WHERE a = 78 AND b > 0 ORDER BY id, a LIMIT 20;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 93
END;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 94
ROLLBACK;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 95
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2830, NULL, 909, 's563', '2024-04-06 10:48+00', '[4.5,1.25,0.75]', '[0]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 96
INSERT INTO u (id, a, b, s, ts, v, w) VALUES (2831, 12, -361, 's718', '2024-12-15 16:44+00', '[-3.25,0.0,2.0]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 97
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2832, 86, 770, 's850', NULL, '[-4.0,4.0,-3.25]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 98
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 99
INSERT INTO u (id, a, b, s, ts, v, w) VALUES (1729, 10, 814, 's649', '2024-05-18 16:53+00', '[3.75,2.25,-4.5]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 100
SAVEPOINT sp5;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 101
COPY u (id, a, b, s, ts, v, w) FROM STDIN;
2834	31	387560812772	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:08+00	[1,5,-2]	\N
2835	26	828991767604	\N	2024-02-02 10:00:55+00	[0,1,-8]	[2,1]
2836	20	-796591540240	\N	2024-02-02 10:00:57+00	[-8,-7,-6]	\N
2837	31	-590876472053	c77	2024-02-02 10:00:07+00	\N	\N
2838	85	-708372946430	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:07+00	\N	\N
2839	90	-812138525193	\N	2024-02-02 10:00:52+00	[2,-5,5]	[6,0]
2840	\N	803918434198	\N	2024-02-02 10:00:35+00	[-7,-4,7]	\N
2841	41	779038138372	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:13+00	[-8,5,-4]	\N
2842	17	488438503173	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:23+00	\N	\N
2843	77	-249095968266	\N	2024-02-02 10:00:13+00	\N	[7,2]
2844	61	588793451002	\N	2024-02-02 10:00:41+00	[4,5,-4]	\N
2845	20	-251510894424	c36	2024-02-02 10:00:20+00	[2,-2,-3]	\N
2846	39	-807070472554	c97	2024-02-02 10:00:40+00	\N	[4,4]
2847	59	717905339368	\N	2024-02-02 10:00:46+00	[-2,6,-2]	[3,3]
2848	13	-534693793438	\N	2024-02-02 10:00:36+00	[7,2,-4]	[0,1]
2849	84	-972479082437	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:36+00	[-2,8,-2]	\N
2850	68	-565331067363	c89	2024-02-02 10:00:57+00	[-5,6,8]	\N
2851	96	-688526527273	c41	2024-02-02 10:00:40+00	[1,-1,-8]	[7,2]
2852	83	-175425470870	c38	2024-02-02 10:00:07+00	[0,5,3]	[0,9]
2853	58	-279491330463	\N	2024-02-02 10:00:29+00	[-8,3,8]	\N
2854	59	-593179990099	c72	2024-02-02 10:00:41+00	[-4,3,5]	\N
2855	33	-328030507735	\N	2024-02-02 10:00:49+00	[-7,0,7]	[1,1]
2856	98	-626512527941	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:34+00	[-5,-3,-5]	\N
2857	48	-944070831340	c10	2024-02-02 10:00:53+00	[4,5,8]	\N
2858	25	306526407235	\N	2024-02-02 10:00:16+00	[2,-8,-2]	[8,9]
2859	73	-961103079984	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:23+00	[6,7,-3]	[7,6]
2860	3	-349117801302	c49	2024-02-02 10:00:16+00	[-1,3,-1]	[9,8]
2861	7	948133174429	\N	2024-02-02 10:00:54+00	[8,5,0]	[6,5]
2862	89	416454328678	\N	2024-02-02 10:00:56+00	[-2,-8,-1]	[6,8]
2863	92	-691933347900	yyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:49+00	[-8,-6,3]	[0,0]
2864	18	289971245825	\N	2024-02-02 10:00:38+00	[5,2,7]	\N
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 102
SET enable_seqscan = off; SET enable_indexscan = off; SET enable_indexonlyscan = off;
SELECT id, a, b, length(s), ts, v FROM t WHERE id = 422 ORDER BY 1, 2, 3, 4, 5;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 103
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 104
COMMIT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 105
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 106
ROLLBACK;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 107
WITH x AS (INSERT INTO t SELECT * FROM u WHERE a IS NULL AND (SELECT count(*) FROM t) < 4000 RETURNING *) SELECT count(*), count(s), (SELECT count(*) FROM t) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 108
BEGIN;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 109
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2865, 11, -107, 's323', '2024-07-10 01:31+00', '[4.0,5.0,-4.0]', '[-8,3,-6,-6]'), (2866, 45, -896, 's300', '2024-12-27 17:31+00', '[2.75,-4.5,4.0]', '[9]'), (2867, 15, -944, 's934', '2024-04-23 12:11+00', '[4.25,-3.5,-2.0]', NULL), (2868, 1, -533, 's654', '2024-05-19 14:19+00', '[4.75,-1.75,0.25]', NULL), (2869, 50, -821, 's610', NULL, '[2.0,3.0,0.5]', NULL), (2870, 98, -900, 's953', '2024-04-02 20:22+00', NULL, '[-8,-2,-3,1,-9]'), (2871, 38, -4030289264180859828, 's806', '2024-03-27 19:22+00', '[-0.25,-1.25,2.25]', '[-3,-5,-2,-3,-2,-3,1]'), (2872, 74, -643, 's805', '2024-09-09 21:54+00', '[2.75,-1.5,-0.75]', '[7,0]'), (2873, 16, -439, 's230', '2024-11-18 16:08+00', NULL, '[0,-8]'), (2874, 56, NULL, 's175', '2024-08-05 13:25+00', NULL, '[1,-3,-2,6,-3,3]'), (2875, 77, 516, 's863', '2024-03-04 23:55+00', '[-1.25,-4.25,-4.75]', NULL), (2876, 81, -484, 's722', '2024-01-25 06:50+00', '[0.25,0.0,5.0]', '[-9,4,2,4,9,2]'), (2877, 6, 502493220751907839, 's143', '2024-09-23 20:23+00', '[2.75,0.0,0.5]', NULL), (2878, 29, -210, 's561', '2024-04-02 17:25+00', '[-2.0,1.75,-4.75]', '[7,2,-3]'), (2879, 36, 3236721722817522960, NULL, '2024-11-08 12:39+00', '[-4.0,-4.75,0.5]', NULL), (2880, 17, -933, 's755', NULL, '[3.5,-3.5,-3.25]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 110
COMMIT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 111
SET vecstore.fetch_cache_size = 1048576;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 112
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2881, 64, -884, repeat('w5', 720), '2024-09-12 01:38+00', '[-1.5,-0.75,-3.0]', NULL), (2882, 60, -673, 's457', '2024-11-26 17:34+00', '[-4.5,4.5,-3.5]', '[-1,7]'), (2883, 89, -431, NULL, NULL, '[-0.5,-1.25,-4.25]', NULL), (2884, 23, 22, 's765', '2024-08-16 03:13+00', NULL, '[-3,-5,2,-7,-6,-2]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 113
SAVEPOINT sp6;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 114
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 2884 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 1500) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 115
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (4385, 70, NULL, 's337', '2024-08-13 08:06+00', '[3.0,2.25,-1.25]', '[1,5,-6,-2]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 4385 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 5 = 0 THEN NULL ELSE repeat('x' || (g % 10), 2193) END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 300) g; PERFORM 1/(SELECT count(*) - count(*) FROM t); EXCEPTION WHEN unique_violation THEN NULL; END; BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (4686, 49, 1929105104109368489, NULL, '2024-11-09 03:08+00', '[-0.5,-1.5,0.25]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 4686 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 300) g; PERFORM 1/0; EXCEPTION WHEN unique_violation THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (4987, 82, -51, 's672', '2024-02-22 04:01+00', '[4.5,-1.75,-2.0]', '[-4,-9,8,3,-6,7,3,-8]'); PERFORM 1/0; END$$;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 116
\set ON_ERROR_ROLLBACK on
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 117
START TRANSACTION;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 118
DECLARE c6 CURSOR FOR SELECT id, a, md5(s), v, w FROM t ORDER BY id, a, b, s, ts;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 119
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (4988, 63, -801064349760782874, 's278', '2024-10-22 15:34+00', '[1.5,2.0,0.5]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 120
SAVEPOINT sp7;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 121
BEGIN;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 122
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 4988 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 100) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 123
ROLLBACK;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 124
TRUNCATE u;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 125
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5089, 12, -965, 's46', '2024-01-23 04:34+00', '[-2.0,4.75,0.25]', '[-8,9,4]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 126
DROP TRIGGER fz_trg ON t;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 127
CREATE TRIGGER fz_trg AFTER INSERT ON t FOR EACH ROW WHEN (NEW.a < 2) EXECUTE FUNCTION fz_trg_fn();
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 128
SET enable_seqscan = off; SET enable_indexscan = off; SET enable_indexonlyscan = off;
SELECT id, v <-> '[-2.25,-0.75,-3.25]' AS d FROM t WHERE v IS NOT NULL ORDER BY d, id LIMIT 5;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 129
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 5089 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 100) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 130
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5190, 62, 4131189812068913276, NULL, '2024-03-16 15:41+00', '[-3.25,-3.5,-1.5]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 5190 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 50) g; PERFORM 1/(SELECT count(*) - count(*) FROM t); EXCEPTION WHEN others THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5241, NULL, -4380731844157507382, 's768', '2024-07-03 16:51+00', NULL, NULL); PERFORM 1/0; END$$;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 131
START TRANSACTION;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 132
FETCH 3 FROM c1;
CLOSE c1;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 133
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5242, 27, 749, NULL, '2024-06-18 10:37+00', '[-2.5,5.0,2.25]', '[-6,8]'), (5243, 77, -2251747637949357645, 's610', '2024-08-01 08:39+00', '[-0.5,-2.0,3.75]', NULL), (5244, 94, 813, 's43', '2024-07-05 16:52+00', '[4.5,-1.5,-2.25]', NULL), (5245, 70, -252, 's788', NULL, '[-3.75,3.0,3.0]', '[1]'), (5246, 53, 414, repeat('w4', 2445), '2024-02-24 05:04+00', '[4.75,2.0,4.0]', NULL), (5247, NULL, 192, 's380', '2024-10-18 02:39+00', '[0.5,0.25,4.25]', NULL), (5248, 24, 369, 's192', '2024-08-04 09:01+00', '[0.25,-3.5,3.25]', '[2,-6,6,-3,-9]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 134
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5249, 13, -582, 's21', '2024-08-26 18:57+00', '[4.75,-2.0,1.75]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 135
WITH a AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5250, NULL, 970, repeat('w3', 3275), '2024-03-06 10:18+00', '[-1.5,1.25,-2.0]', '[8,7,-5,6,4,-6,-2]'), (5251, 78, 876, 's109', NULL, NULL, '[-5]'), (5252, 46, -238042235821026863, 's899', '2024-08-21 06:53+00', '[-4.5,0.75,-3.0]', '[-6,-6,-9,-8,6,6]'), (5253, 6, -632, repeat('w1', 3834), '2024-11-10 12:46+00', '[3.75,3.25,0.25]', NULL) RETURNING id) INSERT INTO t (id, a, b, s, ts, v, w) SELECT id + 5000000, a, b, s, ts, v, w FROM t WHERE id IN (SELECT id FROM a) OR id % 50 = 0;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 136
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5254, 8, -334, 's390', '2024-03-11 14:29+00', '[1.5,4.5,-0.5]', NULL);
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 137
TRUNCATE t;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 138
ALTER TABLE t ADD COLUMN x776293 int DEFAULT 7;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 139
ROLLBACK;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 140
CALL fz_proc('t', 5254, 130, 1);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 141
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5645, 60, 3861693187134137825, NULL, '2024-06-01 03:40+00', '[1.0,2.25,-4.0]', '[8,9,7,-1,3]'), (5646, 47, -275, 's791', '2024-04-27 05:38+00', '[1.75,4.75,-4.5]', NULL) RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 142
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
5647	16	277309529357	\N	2024-02-02 10:00:05+00	[-2,8,-6]	[7,0]
5648	57	-696857591322	\N	2024-02-02 10:00:22+00	[-5,8,2]	\N
5649	21	123257622363	c67	2024-02-02 10:00:00+00	[-6,-8,-4]	\N
5650	41	123823488938	\N	2024-02-02 10:00:24+00	[-2,-3,1]	\N
5651	69	44992622851	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:05+00	[5,8,-8]	[5,4]
5652	10	-897718530616	yyyyyyy	2024-02-02 10:00:02+00	[7,-3,-7]	[6,5]
5653	43	815976319155	\N	2024-02-02 10:00:50+00	[-3,-8,-3]	\N
5654	\N	127493564685	c98	2024-02-02 10:00:47+00	[3,3,6]	\N
5655	2	-558213884879	yyyyyyyyyyyyyyyyy	2024-02-02 10:00:37+00	[-1,-7,1]	\N
5656	55	446063188320	c99	2024-02-02 10:00:07+00	[1,5,1]	[8,8]
5657	23	75031148535	\N	2024-02-02 10:00:54+00	[-8,3,3]	[8,2]
5658	1	-694403579702	c69	2024-02-02 10:00:57+00	[3,0,-1]	\N
5659	20	-134254420788	\N	2024-02-02 10:00:39+00	[8,0,2]	[5,4]
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 143
WITH x AS (INSERT INTO u SELECT * FROM u WHERE id % 3 = 0 AND (SELECT count(*) FROM u) < 4000 RETURNING *) SELECT count(*), count(s), (SELECT count(*) FROM u) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 144
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5660, 32, 451, 's617', '2024-09-21 05:09+00', '[1.25,-2.25,1.25]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 145
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5661, 95, 594, NULL, '2024-02-21 07:03+00', '[-3.25,-3.5,3.5]', NULL), (5662, 92, NULL, 's302', '2024-10-01 07:58+00', NULL, '[1,6,4,9,-1,-6,1]'), (5663, 43, -949, 's382', '2024-01-24 02:25+00', '[2.0,4.5,2.0]', '[-2,6,2]'), (5664, 96, 4002245499201252740, 's937', '2024-08-26 13:33+00', '[-4.5,2.0,-3.0]', NULL), (5665, 50, 274, 's656', '2024-08-27 14:09+00', NULL, '[2]'), (5666, 4, 2715006900719956995, repeat('w0', 914), '2024-10-15 07:52+00', '[-3.5,1.0,2.0]', '[-7,-4,3,3]'), (5667, 22, -4189916204478088505, 's270', '2024-11-08 15:33+00', '[1.25,3.0,-0.25]', NULL), (5668, 39, 419, 's716', '2024-02-04 23:44+00', '[0.75,-2.0,-1.0]', '[-4,-3,7,-5]'), (5669, 39, -2218909647228959177, repeat('w9', 2023), '2024-06-15 10:34+00', '[-0.25,-0.75,-4.5]', NULL), (5670, 64, 796, 's690', '2024-08-18 17:22+00', '[-0.25,-4.75,-2.5]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 146
ROLLBACK;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 147
BEGIN;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 148
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5671, NULL, -38, 's52', '2024-08-21 15:21+00', '[0.5,0.75,2.0]', '[2,-7,0]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 149
DROP TRIGGER fz_trg ON t;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 150
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5672, 57, -149, 's798', '2024-03-05 03:11+00', '[4.25,0.25,0.25]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 5672 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 5 = 0 THEN NULL ELSE repeat('x' || (g % 10), 2201) END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 50) g;  EXCEPTION WHEN division_by_zero THEN NULL; END; BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5723, 84, 762, 's889', '2024-04-13 17:58+00', '[4.75,0.5,-3.25]', '[9,-1,-4]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 5723 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 300) g;  EXCEPTION WHEN division_by_zero THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (6024, 38, -688, repeat('w0', 1528), '2024-08-10 20:20+00', '[-4.0,-3.25,-1.75]', '[-5,8,6,3]');  END$$;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 151
CREATE INDEX u_ix140132 ON u ((left(s, 20)));
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 152
ANALYZE t;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 153
FETCH 2 FROM c3;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 154
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (6025, 74, -2264233560387486289, repeat('w1', 2361), '2024-10-22 08:54+00', '[1.25,2.25,-2.0]', '[7,-8,-1,4]'), (6026, 68, 816, 's428', '2024-10-23 01:02+00', '[3.0,2.25,1.75]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 155
SAVEPOINT sp8;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 156
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (6027, 25, 264415744235389481, 's235', '2024-01-27 00:36+00', '[1.25,1.25,-2.75]', NULL), (6028, 41, -439, 's692', '2024-01-10 11:28+00', '[-4.25,0.75,-2.25]', '[7,-8,7,-6,-2,7,-6,-2]'), (6029, 19, 286, 's171', '2024-05-08 22:01+00', NULL, NULL), (6030, 61, -946, 's214', '2024-12-11 13:39+00', '[3.75,0.5,-3.5]', NULL), (6031, 70, 342, 's230', '2024-10-18 08:32+00', '[-0.75,-5.0,0.5]', NULL), (6032, 56, 4195173461107256313, 's453', '2024-01-12 03:17+00', '[-1.0,-1.75,3.25]', NULL), (6033, 48, NULL, 's892', '2024-04-13 12:10+00', '[-0.25,-0.75,0.0]', NULL), (6034, 44, -3271525337466913405, NULL, '2024-04-23 08:39+00', '[1.5,-1.25,0.0]', NULL), (6035, 85, 408, NULL, '2024-06-18 20:18+00', '[0.0,-1.5,-2.5]', NULL), (6036, 57, -538, 's76', '2024-04-28 21:59+00', '[-4.0,5.0,0.5]', NULL), (6037, 56, -167, 's412', NULL, '[-4.25,-1.5,-5.0]', '[5,-6,3,0,-1,7,-2]'), (6038, 23, 888, 's305', '2024-12-22 03:22+00', '[-0.5,-5.0,1.25]', NULL), (6039, 40, 653, 's977', '2024-01-22 12:09+00', NULL, NULL), (6040, 34, -645, 's332', NULL, NULL, '[-2,2,-5]'), (6041, 27, -898, 's58', '2024-11-20 12:19+00', '[2.5,2.0,-4.75]', NULL), (6042, 85, 454360423605766440, 's106', '2024-06-23 22:36+00', NULL, NULL), (6043, 37, 864, 's26', '2024-03-27 06:38+00', '[4.25,2.25,4.75]', '[-2,-4]'), (6044, 36, -238, 's144', '2024-09-10 05:29+00', '[-4.0,3.5,-4.75]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 157
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (6045, 19, NULL, repeat('w4', 3450), '2024-07-15 10:55+00', '[2.5,-2.5,1.0]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 6045 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 50) g;  EXCEPTION WHEN others THEN NULL; END; BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (6096, 13, 994, 's557', '2024-09-08 05:55+00', '[0.0,0.75,-2.0]', '[2,-4,9,2,-1,1]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 6096 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 300) g; PERFORM 1/(SELECT count(*) - count(*) FROM t); EXCEPTION WHEN others THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (6397, 95, 3931140363827650693, 's308', '2024-10-06 17:09+00', NULL, '[-4]'); PERFORM 1/0; END$$;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 158
WITH x AS (INSERT INTO t SELECT * FROM t WHERE true AND (SELECT count(*) FROM t) < 4000 RETURNING *) SELECT count(*), count(s), (SELECT count(*) FROM t) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 159
COMMIT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 160
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (6398, 19, 4580399129564075277, 's522', '2024-09-06 08:41+00', '[4.0,2.0,4.25]', '[5,4,-2,-9,2,0]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 6398 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 5) g; PERFORM 1/0; EXCEPTION WHEN unique_violation THEN NULL; END; BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (6404, 79, -938, NULL, '2024-05-26 14:42+00', NULL, '[3,-5,-3,9,-8,6,-4]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 6404 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 5 = 0 THEN NULL ELSE repeat('x' || (g % 10), 865) END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 300) g;  EXCEPTION WHEN unique_violation THEN NULL; END; BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (6705, 56, -33, 's658', '2024-03-16 14:26+00', '[-3.5,1.5,-4.5]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 6705 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 5) g; PERFORM 1/(SELECT count(*) - count(*) FROM t); EXCEPTION WHEN unique_violation THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (6711, 99, -849, 's97', NULL, '[5.0,-3.25,-4.75]', '[0,-1]'); PERFORM 1/0; END$$;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 161
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
6712	91	-813273012263	\N	2024-02-02 10:00:11+00	[5,3,-4]	[5,5]
6713	88	739707598403	\N	2024-02-02 10:00:06+00	[6,-1,1]	\N
6714	4	-168180889997	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:04+00	[4,-6,-6]	[8,7]
6715	98	248643153991	c62	2024-02-02 10:00:15+00	[4,3,7]	[0,8]
6716	29	233581977539	c81	2024-02-02 10:00:54+00	[7,4,-6]	[5,1]
6717	77	-277588794941	c10	2024-02-02 10:00:28+00	[1,4,0]	[3,8]
6718	98	565009414665	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:59+00	[5,-5,-7]	\N
6719	74	-627845186899	c18	2024-02-02 10:00:54+00	[-7,-4,-1]	\N
6720	23	-449920399479	\N	2024-02-02 10:00:38+00	[1,4,-1]	[9,0]
6721	21	-721956548228	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:28+00	[-7,2,-2]	[8,0]
6722	86	-895828096664	c46	2024-02-02 10:00:16+00	[-3,-1,-4]	\N
6723	\N	-170367874095	\N	2024-02-02 10:00:36+00	[4,1,-2]	\N
6724	32	622703234108	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:38+00	[2,1,-8]	\N
6725	53	328201768257	c61	2024-02-02 10:00:28+00	[-7,0,-5]	\N
6726	72	-14414934226	c18	2024-02-02 10:00:15+00	[-3,0,5]	[8,7]
6727	85	-789399348087	\N	2024-02-02 10:00:26+00	[8,-3,7]	[4,6]
6728	73	571397428699	\N	2024-02-02 10:00:24+00	[8,-4,-2]	[1,0]
6729	88	-277648386738	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:23+00	[5,-4,-6]	[8,5]
6730	24	-21333676286	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:55+00	[-8,-4,1]	\N
6731	8	188614128221	\N	2024-02-02 10:00:30+00	[-1,-7,-5]	[6,6]
6732	78	75331202915	\N	2024-02-02 10:00:09+00	[-7,2,-7]	\N
6733	89	-909832439960	yyyyyyyyyyy	2024-02-02 10:00:57+00	[-8,8,-3]	\N
6734	81	889209600317	\N	2024-02-02 10:00:53+00	[-4,-7,0]	\N
6735	66	-644939601252	c99	2024-02-02 10:00:13+00	[-2,-4,-8]	\N
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 162
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
6736	66	913598122648	c47	2024-02-02 10:00:08+00	\N	\N
6737	24	375049205294	\N	2024-02-02 10:00:04+00	[1,7,8]	\N
6738	43	500955512873	\N	2024-02-02 10:00:22+00	[6,7,-7]	\N
6739	35	263330528945	c96	2024-02-02 10:00:00+00	[1,5,-8]	\N
6740	85	529925712997	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:56+00	[4,-7,-6]	\N
6741	44	-635023195864	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:45+00	[5,7,7]	\N
6742	58	274195184161	c40	2024-02-02 10:00:37+00	[4,8,-4]	[3,9]
6743	84	853761502070	\N	2024-02-02 10:00:42+00	[-7,4,-6]	[9,4]
6744	51	-910783165119	c93	2024-02-02 10:00:25+00	[-4,-7,-5]	\N
6745	73	503977725048	\N	2024-02-02 10:00:25+00	[8,8,-4]	[4,0]
6746	13	-195049885585	\N	2024-02-02 10:00:22+00	[0,-6,8]	[5,5]
6747	\N	-313822470587	yyyyyyyyyyyyyyyyy	2024-02-02 10:00:38+00	[-2,-7,0]	[7,7]
6748	20	375035536020	c99	2024-02-02 10:00:22+00	[5,-4,4]	\N
6749	\N	271095698616	\N	2024-02-02 10:00:21+00	[-6,-1,2]	\N
6750	19	-699361701071	\N	2024-02-02 10:00:25+00	[-2,7,-5]	[7,4]
6751	10	-319544732514	c2	2024-02-02 10:00:12+00	[2,-1,-7]	\N
6752	26	577878583545	\N	2024-02-02 10:00:49+00	[0,7,5]	\N
6753	\N	467650742274	yyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:26+00	[-7,4,-4]	[2,6]
6754	50	612559517886	\N	2024-02-02 10:00:33+00	[2,6,6]	[7,4]
6755	20	592868002445	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:03+00	[7,-3,1]	\N
6756	29	-340565881454	\N	2024-02-02 10:00:53+00	[-6,-3,0]	\N
6757	65	805313241022	\N	2024-02-02 10:00:47+00	[0,-7,-8]	[6,2]
6758	86	-306739370285	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:36+00	[6,8,-2]	[0,3]
6759	47	-852589189528	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:38+00	[-7,6,0]	\N
6760	94	836121610420	c9	2024-02-02 10:00:57+00	[-1,2,-3]	\N
6761	22	-831361947247	c98	2024-02-02 10:00:58+00	[2,-8,-1]	\N
6762	98	-505756940074	\N	2024-02-02 10:00:08+00	[-4,-3,-6]	\N
6763	46	-834456121942	\N	2024-02-02 10:00:50+00	[3,-5,6]	\N
6764	72	-56139890209	yyy	2024-02-02 10:00:46+00	[8,-4,7]	[9,6]
6765	\N	209266201799	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:23+00	[-5,8,-7]	\N
6766	77	-315530847470	\N	2024-02-02 10:00:28+00	[1,-1,-7]	\N
6767	16	705592386395	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:37+00	[3,-8,-8]	[2,8]
6768	62	605321056187	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:37+00	\N	[6,5]
6769	36	57018139476	\N	2024-02-02 10:00:32+00	[-6,-8,-1]	[4,3]
6770	\N	-327977892004	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:31+00	\N	[9,0]
6771	25	644448299888	\N	2024-02-02 10:00:15+00	[-8,-1,-5]	[4,2]
6772	26	-551884788565	c71	2024-02-02 10:00:43+00	[-6,-7,-4]	[8,5]
6773	69	-626410447225	c88	2024-02-02 10:00:41+00	[-4,-8,4]	\N
6774	95	-103627360166	c82	2024-02-02 10:00:27+00	[-4,-2,5]	[0,2]
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 163
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (6775, 80, 14, NULL, '2024-12-09 05:04+00', '[3.0,3.0,-0.25]', '[-2,-2,6,8,2]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 164
DECLARE c7 CURSOR WITH HOLD FOR SELECT count(*), count(s), sum(b) FROM t;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 165
\if :vec
DELETE FROM u WHERE id % 2 = 0;
\else
DO $$BEGIN RAISE EXCEPTION 'unsupported' USING ERRCODE = '0A000'; END$$;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 166
BEGIN;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 167
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (6776, 64, 337, 's813', '2024-01-17 10:37+00', '[1.5,-2.25,0.75]', NULL), (6777, 42, NULL, 's493', '2024-03-02 09:03+00', '[0.75,0.0,-1.0]', NULL), (6778, 76, -80, 's585', '2024-12-20 16:46+00', '[2.75,0.25,-1.5]', NULL), (6779, 72, 310, 's239', '2024-05-06 20:25+00', '[-2.75,4.5,-1.25]', NULL), (6780, 6, -702, 's250', '2024-01-02 01:13+00', '[-1.25,5.0,-1.0]', '[-8,1,-1,-7,8,2]'), (6781, NULL, 2175647181153796118, 's985', '2024-05-04 01:38+00', '[-3.25,-4.0,-2.5]', NULL), (6782, 56, -117, 's491', '2024-08-17 07:55+00', '[4.25,4.5,-3.5]', '[-5,0,-4,-5]'), (4980, 23, -608, NULL, '2024-07-04 08:06+00', '[-2.75,-3.5,-2.0]', NULL), (6784, NULL, 685, 's462', '2024-05-14 14:23+00', '[-0.5,-4.75,-4.75]', '[-4,5]'), (6785, 79, 710156336296879673, 's882', '2024-09-21 11:30+00', '[-0.5,-0.25,-1.5]', '[-7,-8,-9,-5,6,-4]') ON CONFLICT DO NOTHING RETURNING id) SELECT count(*), sum(id) FROM x;
INSERT INTO t SELECT * FROM t WHERE id % 4 = 1 ON CONFLICT DO NOTHING;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 168
SAVEPOINT sp9;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 169
SELECT count(*), sum(b), count(s) FROM t WHERE id BETWEEN 1695 AND 1878;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 170
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (6786, 79, NULL, 's38', '2024-11-10 18:35+00', '[2.5,2.0,-1.5]', '[9,-4,2]');
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 171
SAVEPOINT sp10;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 172
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (6787, 0, 3365728213246388520, 's903', '2024-01-19 16:37+00', NULL, NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 173
END;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 174
COMMIT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 175
INSERT INTO t SELECT id + 7000000, a, b, s, ts, v, w FROM u WHERE true AND (SELECT count(*) FROM t) < 4000;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 176
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (6788, 96, -712, NULL, '2024-07-06 10:38+00', '[5.0,-3.25,4.5]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 177
ROLLBACK;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 178
FETCH 4 FROM c7;
CLOSE c7;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 179
ALTER TABLE t ADD COLUMN x237870 text;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 180
END;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 181
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (6789, NULL, 721, repeat('w6', 1042), NULL, '[4.5,3.0,3.0]', '[-4,8,0,2,7,-9]'), (6790, 59, -668, NULL, '2024-03-02 06:53+00', '[3.0,-4.5,-3.75]', '[8,9]'), (6791, 54, NULL, 's347', '2024-12-04 00:42+00', '[-4.75,-1.25,0.75]', '[7,-6,7]'), (6792, 64, 888, NULL, '2024-08-20 04:39+00', '[0.5,-2.25,0.75]', NULL), (6793, 88, -729, 's473', '2024-09-25 21:13+00', '[3.5,2.5,-1.75]', NULL), (6789, NULL, 721, repeat('w6', 1042), NULL, '[4.5,3.0,3.0]', '[-4,8,0,2,7,-9]'), (6790, 59, -668, NULL, '2024-03-02 06:53+00', '[3.0,-4.5,-3.75]', '[8,9]'), (6791, 54, NULL, 's347', '2024-12-04 00:42+00', '[-4.75,-1.25,0.75]', '[7,-6,7]') ON CONFLICT DO NOTHING RETURNING id) SELECT count(*), sum(id) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 182
BEGIN;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 183
SAVEPOINT sp11;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 184
WITH x AS (INSERT INTO u (id, a, b, s, ts, v, w) VALUES (6794, 79, -591, 's6', '2024-12-09 11:18+00', '[-3.75,3.0,-1.0]', '[-2,-5]'), (6795, NULL, -84, NULL, '2024-12-20 15:03+00', '[1.5,2.75,1.75]', NULL), (6796, 3, -617, NULL, '2024-01-14 00:17+00', '[-3.0,2.25,3.0]', '[2]'), (6797, 80, -1824735098474289012, 's219', '2024-09-26 19:10+00', '[4.0,4.0,-0.25]', NULL), (6798, 57, NULL, 's520', '2024-05-19 04:58+00', '[1.25,-4.5,-4.0]', '[-8]') ON CONFLICT DO NOTHING RETURNING id) SELECT count(*), sum(id) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 185
SELECT a, count(*) FROM t WHERE a BETWEEN 23 AND 28 GROUP BY a ORDER BY a;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 186
ROLLBACK TO SAVEPOINT sp11;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 187
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (6799, 31, 486, 's807', '2024-02-28 10:52+00', '[2.5,-5.0,-1.0]', '[-9,-9,-3,-1,8,9,9,8]'), (6800, 69, -198, 's589', NULL, '[-5.0,-1.5,4.25]', '[8,-6,0,-7,1,3]'), (6801, 54, -222, NULL, '2024-01-14 14:40+00', '[-3.25,-1.75,5.0]', '[7,-4,0,-4]'), (6802, 17, -3191537302801840684, NULL, '2024-10-06 11:15+00', '[-0.75,-0.5,1.75]', '[-9,0]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 188
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 189
BEGIN;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 190
CREATE INDEX t_ix912039 ON t (ts);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 191
CREATE TRIGGER fz_trg AFTER INSERT ON t FOR EACH ROW WHEN (NEW.a < 2) EXECUTE FUNCTION fz_trg_fn();
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 192
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (6803, NULL, 800, 's62', '2024-06-08 22:09+00', '[0.75,-3.75,-3.75]', NULL), (6804, 26, -851, 's272', '2024-05-19 19:14+00', '[-4.25,1.5,1.25]', NULL), (6805, NULL, -690, 's141', '2024-02-07 06:42+00', '[-1.5,3.75,4.0]', NULL), (6806, 87, -448, 's994', '2024-12-02 07:33+00', '[1.75,-1.5,2.75]', '[-2]'), (6807, 32, -629, 's301', '2024-09-25 09:35+00', '[-2.75,2.25,4.75]', '[-1,-7,-8,-5,5,0]'), (6808, 45, 758, 's977', '2024-10-04 12:16+00', NULL, '[2,7]'), (6809, 69, 296, NULL, '2024-03-08 14:01+00', '[-4.5,4.5,4.0]', NULL), (6810, 55, 135, NULL, '2024-06-06 09:11+00', '[-4.75,-3.75,-4.5]', NULL), (6811, 31, -626981582871993387, 's885', '2024-06-05 20:20+00', '[1.5,0.0,-0.25]', NULL) ON CONFLICT DO NOTHING RETURNING id) SELECT count(*), sum(id) FROM x;
INSERT INTO t SELECT * FROM u WHERE id % 4 = 1 ON CONFLICT DO NOTHING;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 193
COPY u (id, a, b, s, ts, v, w) FROM STDIN;
6812	72	275366212746	c19	2024-02-02 10:00:23+00	[-4,-6,3]	\N
6813	11	895786730702	y	2024-02-02 10:00:48+00	[5,-2,-1]	[9,6]
6814	\N	753537949175	yyyyyyyyy	2024-02-02 10:00:04+00	[1,-2,2]	[9,5]
6815	\N	366894014533	\N	2024-02-02 10:00:59+00	[-1,-3,-6]	\N
6816	75	-489549512381	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:41+00	[6,-5,5]	[7,2]
6817	74	-387384382201	yyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:16+00	[-2,-3,-2]	[9,8]
6818	\N	-412572441881	yyyyyyyyyyyyyyyyyy	2024-02-02 10:00:35+00	[8,7,-3]	[0,8]
6819	8	638681106037	\N	2024-02-02 10:00:35+00	[-4,2,-3]	\N
6820	46	64869706022	c79	2024-02-02 10:00:45+00	[-4,3,-1]	[9,6]
6821	12	770583094223	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:50+00	[-4,-3,-6]	[9,3]
6822	72	-680802511524	\N	2024-02-02 10:00:35+00	[1,3,-1]	\N
6823	48	187018631542	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:08+00	[0,-2,-2]	\N
6824	61	-382027704543	c22	2024-02-02 10:00:45+00	[5,-2,5]	[4,3]
6825	86	-366451113129	c77	2024-02-02 10:00:51+00	[-6,2,-4]	\N
6826	67	-398964937171	\N	2024-02-02 10:00:31+00	\N	[7,6]
6827	34	79668312400	\N	2024-02-02 10:00:47+00	[3,0,-2]	[7,4]
6828	48	-452250870875	\N	2024-02-02 10:00:50+00	[3,-4,2]	\N
6829	94	858712359505	c21	2024-02-02 10:00:32+00	[6,-7,4]	\N
6830	28	103866323450	\N	2024-02-02 10:00:07+00	\N	\N
6831	97	-875161003759	\N	2024-02-02 10:00:48+00	[1,4,1]	[7,7]
6832	20	-91495963534	c28	2024-02-02 10:00:03+00	[-1,5,3]	[7,2]
6833	64	760786566896	c40	2024-02-02 10:00:13+00	[6,5,1]	\N
6834	13	-903954025988	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:56+00	[-1,-3,-4]	[1,4]
6835	49	666332823137	c1	2024-02-02 10:00:18+00	[-6,0,6]	\N
6836	65	77042346163	c59	2024-02-02 10:00:59+00	[6,8,1]	[2,2]
6837	66	-106435694052	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:20+00	[-2,-3,-2]	\N
6838	69	-805609164738	\N	2024-02-02 10:00:12+00	[2,-8,0]	\N
6839	51	-516859543118	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:24+00	[0,3,-1]	\N
6840	51	-673270281622	c88	2024-02-02 10:00:36+00	[1,-8,-8]	\N
6841	58	957685749780	c6	2024-02-02 10:00:05+00	[-4,2,2]	\N
6842	\N	-577811991015	c9	2024-02-02 10:00:58+00	[-5,1,-3]	\N
6843	92	-359518003673	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:17+00	[4,7,5]	[2,4]
6844	43	508910019231	\N	2024-02-02 10:00:15+00	[6,3,6]	\N
6845	25	-650891110697	\N	2024-02-02 10:00:27+00	[-4,-5,1]	\N
6846	14	551157527474	c6	2024-02-02 10:00:55+00	[-8,3,2]	\N
6847	53	422886995298	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:52+00	[-5,5,0]	\N
6848	42	563394135143	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:13+00	[0,-4,-7]	[6,4]
6849	\N	225032345003	c61	2024-02-02 10:00:48+00	[-1,-3,3]	\N
6850	49	-848204990106	\N	2024-02-02 10:00:03+00	[-7,-5,-7]	\N
6851	65	-22170106437	c90	2024-02-02 10:00:51+00	[-6,-1,7]	\N
6852	4	-169274592706	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:52+00	[-5,-7,0]	\N
6853	98	-476297229337	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:52+00	[6,5,-3]	[3,1]
6854	79	-236367884397	yyy	2024-02-02 10:00:20+00	[-6,8,1]	[3,9]
6855	\N	676263231190	\N	2024-02-02 10:00:55+00	[6,-3,4]	[3,4]
6856	57	542514819184	c42	2024-02-02 10:00:44+00	\N	\N
6857	\N	59644173138	\N	2024-02-02 10:00:58+00	\N	[4,1]
6858	88	-547623484486	\N	2024-02-02 10:00:15+00	[-3,4,6]	[3,3]
6859	99	-806176118700	c20	2024-02-02 10:00:58+00	[4,7,7]	\N
6860	3	-806558189038	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:03+00	[4,-5,5]	\N
6861	80	553569147584	c69	2024-02-02 10:00:13+00	[-7,0,-8]	[5,9]
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 194
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (6862, NULL, -835, 's771', '2024-10-10 17:45+00', '[-3.25,4.0,-1.75]', '[1]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 195
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT count(*) FROM t WHERE s = 's537';
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 196
SAVEPOINT sp12;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 197
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 6862 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 5 = 0 THEN NULL ELSE repeat('x' || (g % 10), 750) END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 1500) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 198
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 8362 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 100) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 199
\if :vec
UPDATE t SET a = 1 WHERE id < 10;
\else
DO $$BEGIN RAISE EXCEPTION 'unsupported' USING ERRCODE = '0A000'; END$$;
\endif
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 200
RELEASE SAVEPOINT sp11;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 201
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (8463, 99, 422, 's521', '2024-08-14 04:14+00', '[4.75,5.0,0.75]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 202
FETCH 1 FROM c2;
CLOSE c2;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 203
TRUNCATE t;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 204
BEGIN ISOLATION LEVEL REPEATABLE READ;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 205
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (8464, 15, 823, NULL, '2024-04-12 08:24+00', NULL, NULL), (8465, 44, 3369966583920011591, 's520', '2024-10-22 09:16+00', '[-2.0,-1.5,0.25]', NULL), (8466, 26, -933, 's533', NULL, '[3.25,-4.0,2.25]', '[8]'), (8467, 19, 174571147137784305, NULL, NULL, NULL, NULL), (8468, NULL, 306, 's463', NULL, '[-3.75,-0.25,0.5]', '[-1,-7,9,8,-1,9]'), (8469, 39, 315, 's407', '2024-10-22 04:31+00', '[-0.5,-4.75,-1.5]', NULL), (8470, 78, 395, 's703', '2024-07-08 13:22+00', '[-0.5,0.0,-4.25]', '[-5,-9,-7,-1,4,-9,-9,-7]'), (8471, NULL, -300, 's222', '2024-05-07 06:26+00', NULL, '[1]'), (8472, 44, -785, 's402', '2024-03-01 17:34+00', '[0.5,-4.75,-3.0]', '[2,-2,1,3,-3]'), (8473, 55, NULL, 's237', '2024-04-09 04:18+00', NULL, '[6,1,2,-3]'), (8474, 94, -1620351043545800197, repeat('w8', 2934), '2024-09-07 12:06+00', '[2.25,3.25,1.0]', NULL), (8475, 23, NULL, 's933', '2024-04-22 17:07+00', '[3.0,0.25,-4.25]', '[7,4,2,6]'), (8476, 19, 114, 's466', '2024-03-13 06:14+00', '[0.5,5.0,-3.0]', NULL), (8477, 35, -4192204555635070775, NULL, '2024-12-03 04:47+00', '[-3.5,-0.75,0.0]', NULL), (8478, NULL, -677, NULL, '2024-03-05 02:35+00', '[-2.0,1.5,0.25]', '[4,6,9,5,9]'), (8479, 59, 545086489477315394, NULL, '2024-05-16 22:05+00', '[-5.0,-0.25,4.25]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 206
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT count(*), sum(b), count(s) FROM t WHERE id BETWEEN 1654 AND 1750;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 207
WITH x AS (INSERT INTO u SELECT * FROM t WHERE a IS NULL AND (SELECT count(*) FROM u) < 4000 RETURNING *) SELECT count(*), count(s), (SELECT count(*) FROM u) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 208
ROLLBACK;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 209
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 210
DECLARE c8 CURSOR FOR SELECT id FROM t WHERE a < 10 ORDER BY id, b;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 211
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
8480	85	289681365	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:31+00	[-4,-1,8]	\N
8481	44	263436786208	c20	2024-02-02 10:00:57+00	[1,-5,6]	\N
8482	83	501869864212	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:02+00	[-2,4,-8]	\N
8483	36	-591913351230	c86	2024-02-02 10:00:02+00	[3,4,-3]	\N
8484	\N	892895673397	c5	2024-02-02 10:00:24+00	[6,3,-8]	[7,9]
8485	37	-644977537165	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:23+00	[8,-4,6]	[0,7]
8486	20	-417049392827	\N	2024-02-02 10:00:40+00	[-8,-1,4]	[0,4]
8487	36	-43518766098	yyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:07+00	[-6,2,-5]	\N
8488	61	-49420653454	c79	2024-02-02 10:00:45+00	[5,-3,6]	\N
8489	44	567311885687	c1	2024-02-02 10:00:25+00	[-2,-8,1]	[1,9]
8490	31	819934191981	\N	2024-02-02 10:00:48+00	[-3,2,-2]	[5,2]
8491	52	88401184432	\N	2024-02-02 10:00:56+00	[4,5,8]	[1,4]
8492	95	432413454913	\N	2024-02-02 10:00:57+00	[-2,7,4]	\N
8493	\N	-204185145292	\N	2024-02-02 10:00:24+00	[-7,2,-8]	[6,2]
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 212
CREATE UNIQUE INDEX t_ix300372 ON t ((left(s, 20)));
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 213
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
8494	42	-520528952393	\N	2024-02-02 10:00:11+00	[-1,4,-2]	[3,4]
8495	97	632816185401	\N	2024-02-02 10:00:09+00	[0,5,1]	[8,9]
8496	\N	278064305754	yyyyyyyyyyyy	2024-02-02 10:00:29+00	[-6,1,8]	[7,7]
8497	36	-973797472468	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:55+00	[-5,5,-2]	[9,4]
8498	\N	-196378725070	c29	2024-02-02 10:00:13+00	[-1,3,6]	[6,8]
8499	56	-377630023520	yyyyyyy	2024-02-02 10:00:42+00	[-2,-5,7]	\N
8500	51	391465237736	\N	2024-02-02 10:00:10+00	[-2,2,-8]	[4,3]
8501	69	-187249383440	yyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:45+00	[3,-6,0]	[3,1]
8502	78	-401606602100	c74	2024-02-02 10:00:58+00	[7,8,-1]	[7,5]
8503	63	-289189076078	\N	2024-02-02 10:00:36+00	[3,-1,-7]	\N
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 214
COMMIT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 215
START TRANSACTION;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 216
COMMIT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 217
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 8503 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 100) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 218
ROLLBACK;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 219
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 220
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (8604, 91, NULL, 's349', '2024-09-19 04:48+00', '[3.75,4.5,-4.5]', '[-6,9,2,-2,-4,-8,-2]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 221
SET enable_seqscan = off; SET enable_indexscan = off; SET enable_indexonlyscan = off;
SELECT id, a FROM t WHERE a = 67 AND b > 0 ORDER BY id, a LIMIT 20;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 222
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (8605, 99, -111, 's40', '2024-05-06 08:49+00', '[-2.5,0.5,-3.75]', '[-6,9,-6,6,-5,-1,8,4]'), (8606, 48, NULL, 's761', '2024-07-07 04:52+00', '[-0.25,4.0,4.25]', '[2,-8]'), (4802, 29, 455, 's140', NULL, '[-4.0,-0.5,0.25]', '[-9,5]'), (8608, 5, -611, 's228', '2024-07-18 13:09+00', NULL, '[9,-3,1,8,-8,6]'), (8609, 58, NULL, 's649', '2024-06-22 19:32+00', '[5.0,-1.5,-2.5]', NULL), (8610, 66, 695, 's728', '2024-12-19 01:00+00', '[3.75,0.5,4.25]', '[4,-5,-3,0,-2,2,9,6]'), (8611, 79, 0, 's979', '2024-04-19 07:09+00', '[-2.75,1.5,-1.75]', '[-2,-8,-2,-9,1,-9,8]'), (8612, NULL, NULL, NULL, '2024-01-20 09:03+00', '[-0.5,5.0,1.25]', NULL) RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 223
TRUNCATE t;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 224
\if :vec
SELECT id FROM t ORDER BY id LIMIT 1 FOR UPDATE;
\else
DO $$BEGIN RAISE EXCEPTION 'unsupported' USING ERRCODE = '0A000'; END$$;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 225
ROLLBACK;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 226
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (8613, 63, -164, NULL, '2024-08-17 06:23+00', '[4.0,0.5,-4.0]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 227
SAVEPOINT sp13;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 228
ROLLBACK TO SAVEPOINT sp13;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 229
DECLARE c9 CURSOR WITH HOLD FOR SELECT count(*), count(s), sum(b) FROM t;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 230
BEGIN ISOLATION LEVEL REPEATABLE READ;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 231
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (8614, 87, -669, 's36', '2024-07-24 18:43+00', '[-3.75,5.0,0.75]', NULL), (6133, 50, -197, NULL, '2024-12-13 13:56+00', '[-0.5,3.5,3.25]', '[-7,-5]'), (8616, 43, 758, 's984', '2024-07-15 04:09+00', '[-5.0,-1.0,1.25]', NULL), (8617, 81, -187, 's686', '2024-11-04 05:44+00', '[-0.25,-0.25,3.5]', '[-7,0]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 232
BEGIN;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 233
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT count(*), sum(b), count(s) FROM t WHERE id BETWEEN 3952 AND 3988;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 234
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (3164, 5, -3799583186972605620, 's990', '2024-10-08 14:15+00', '[-1.75,0.75,0.5]', '[-7,0]'), (8619, 63, NULL, 's494', NULL, '[-5.0,-0.5,-4.25]', NULL), (8620, 59, -243, 's854', '2024-06-01 10:15+00', '[3.0,3.25,3.25]', '[-5,-6,8,-2]'), (8621, 98, NULL, 's134', '2024-11-14 20:19+00', '[-2.0,-0.5,-4.0]', '[-4,-1,5,6,5,-6,-9]'), (8622, NULL, 139, 's231', '2024-10-14 20:31+00', '[2.0,-4.75,-3.75]', NULL), (8623, 50, -211, 's41', '2024-04-02 15:50+00', '[-5.0,-2.0,-1.25]', '[-9,1,-5,2,0,7]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 235
ROLLBACK TO SAVEPOINT sp13;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 236
FETCH 5 FROM c4;
CLOSE c4;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 237
DECLARE c10 CURSOR FOR SELECT id FROM u WHERE a < 10 ORDER BY id, b;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 238
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT count(*), min(ts), max(ts) FROM t WHERE ts > '2024-01-02';
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 239
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (8624, 40, 177, 's409', '2024-02-20 02:49+00', '[-3.75,2.25,-1.5]', '[9,7,-7,1,5,8,0,-2]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 240
COMMIT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 241
ROLLBACK;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 242
FETCH 1 FROM c9;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 243
CREATE INDEX u_ix610666 ON u (id, a);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 244
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (8625, NULL, -444, NULL, '2024-02-05 11:39+00', '[3.5,-0.25,-3.25]', '[-6,4]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 245
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (8626, 48, 3137787774163214501, repeat('w8', 2293), '2024-12-24 23:06+00', '[-4.25,5.0,-3.5]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 246
INSERT INTO t SELECT id + 7000000, a, b, s, ts, v, w FROM t WHERE a IS NULL AND (SELECT count(*) FROM t) < 4000;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 247
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 8626 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 100) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 248
INSERT INTO u SELECT id + 5000000, a, b, s, ts, v, w FROM t WHERE a < 20 AND (SELECT count(*) FROM u) < 4000;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 249
\if :vec
DELETE FROM u WHERE id % 2 = 0;
\else
DO $$BEGIN RAISE EXCEPTION 'unsupported' USING ERRCODE = '0A000'; END$$;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 250
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (8727, 39, -692, 's464', '2024-05-08 00:11+00', '[0.0,-0.75,-0.25]', '[-9,-8,-6]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 8727 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 300) g;  EXCEPTION WHEN others THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5737, 75, -32, 's517', '2024-09-01 21:21+00', '[2.75,-3.25,3.5]', NULL); PERFORM 1/0; END$$;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 251
TRUNCATE t;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 252
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (9029, NULL, 3745222474897264271, 's167', '2024-11-26 01:43+00', '[1.5,0.5,-4.0]', '[-6,5]'), (9030, 5, 1092684477033908120, NULL, '2024-12-08 20:18+00', '[4.75,3.25,-1.25]', NULL), (9031, 12, 935, 's754', '2024-03-05 22:02+00', '[-2.75,2.5,5.0]', NULL), (9032, 95, 1419508291815305794, 's164', '2024-05-02 18:53+00', '[-0.25,0.0,0.5]', '[-4,-5,-6,-8,-6,1,2]'), (9033, 12, 294, 's425', '2024-12-04 09:10+00', '[0.0,-2.0,-0.25]', '[-2,-9,6]'), (9034, 35, -742, 's116', NULL, '[-3.75,2.5,4.75]', '[9,8,3,-5]'), (9035, 10, 514, NULL, NULL, '[-2.25,1.0,0.0]', '[-8,0,4,4,5]'), (9036, 4, -693, repeat('w5', 1267), '2024-08-05 01:46+00', '[-0.75,-3.5,-1.25]', NULL), (9037, NULL, -2793119023454894574, repeat('w6', 3713), '2024-03-25 06:50+00', '[-1.0,4.75,1.75]', '[3,0,2,-2,4]'), (5076, 31, 751, NULL, NULL, '[-4.75,-1.5,3.5]', '[-6]'), (9039, 23, NULL, 's866', '2024-04-10 20:23+00', '[-2.25,0.25,4.0]', NULL), (9040, 18, -109, 's897', NULL, '[2.5,2.5,-4.25]', '[-2,9,-5,-7,-2,7,-4]'), (9041, 89, 932, 's951', '2024-03-11 22:06+00', '[-2.5,-4.5,-3.75]', '[8,-1,7,-5,4]'), (9042, 63, -504, 's615', NULL, '[-4.5,4.0,-4.0]', '[-1,-4,9,3,-2]'), (9043, NULL, -542, 's238', '2024-07-07 07:02+00', '[-1.0,2.0,3.5]', '[4,1,-1,-4]'), (5196, 13, 689, 's152', '2024-09-10 10:23+00', '[3.25,2.0,-1.0]', NULL), (9045, 39, 233693851016404334, NULL, '2024-06-07 03:09+00', '[4.25,-0.25,-2.0]', NULL), (9046, 94, 143, NULL, '2024-03-24 02:54+00', '[-0.5,-4.0,1.75]', NULL), (9047, 48, 1508706185919771155, 's241', NULL, '[1.0,2.5,-3.25]', '[9,-6,2,5]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 253
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 9047 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 100) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 254
WITH x AS (INSERT INTO t SELECT * FROM t WHERE id % 3 = 0 AND (SELECT count(*) FROM t) < 4000 RETURNING *) SELECT count(*), count(s), (SELECT count(*) FROM t) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 255
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (9148, 81, -264, NULL, NULL, '[1.25,-1.0,-2.0]', NULL), (9149, NULL, NULL, 's206', '2024-12-09 21:53+00', NULL, NULL), (9150, NULL, NULL, 's693', '2024-10-23 12:26+00', '[4.5,-1.5,4.75]', '[-8,2,8,-3]'), (9148, 81, -264, NULL, NULL, '[1.25,-1.0,-2.0]', NULL) ON CONFLICT DO NOTHING RETURNING id) SELECT count(*), sum(id) FROM x;
INSERT INTO t SELECT * FROM t WHERE id % 4 = 1 ON CONFLICT DO NOTHING;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 256
CREATE INDEX t_ix676602 ON t (ts);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 257
DROP INDEX t_ix675208;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 258
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 9150 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 10) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 259
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 9160 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 5 = 0 THEN NULL ELSE repeat('x' || (g % 10), 1476) END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 1500) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 260
CALL fz_proc('t', 10660, 61, 2);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 261
FETCH 1 FROM c9;
CLOSE c9;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 262
START TRANSACTION;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 263
CHECKPOINT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 264
SAVEPOINT sp14;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 265
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (10844, 17, 502, repeat('w3', 2395), '2024-05-20 19:13+00', '[-0.5,-0.75,0.25]', '[-5]');
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 266
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 10844 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 1500) g;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 267
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 12344 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 10) g;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 268
\set ON_ERROR_ROLLBACK off
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 269
INSERT INTO u (id, a, b, s, ts, v, w) VALUES (12355, NULL, -412498350550631891, 's444', '2024-07-15 15:19+00', '[4.75,-0.25,-3.25]', '[2,8,5]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 270
\if :vec
SELECT id FROM t WHERE id = 3 FOR SHARE;
\else
DO $$BEGIN RAISE EXCEPTION 'unsupported' USING ERRCODE = '0A000'; END$$;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 271
DROP TRIGGER fz_trg ON t;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 272
DECLARE c11 CURSOR FOR SELECT id, a, md5(s), v, w FROM t ORDER BY id, a, b, s, ts;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 273
\set ON_ERROR_ROLLBACK off
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 274
SET enable_seqscan = off; SET enable_indexscan = off; SET enable_indexonlyscan = off;
SELECT a, count(*) FROM t WHERE a BETWEEN 52 AND 57 GROUP BY a ORDER BY a;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 275
DECLARE c12 CURSOR FOR SELECT count(*), count(s), sum(b) FROM t;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 276
PREPARE TRANSACTION 'fz_698608671';
SET lock_timeout = '50ms';
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
SET lock_timeout = '10s';
COMMIT PREPARED 'fz_698608671';
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 277
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (12356, NULL, -105, 's241', NULL, '[-1.0,3.75,-4.0]', NULL), (12357, 13, -58, 's443', '2024-03-13 22:57+00', '[4.25,4.5,4.25]', NULL), (12358, 14, -359, 's625', '2024-10-06 14:56+00', NULL, NULL), (12359, 94, -60, 's407', '2024-03-26 09:47+00', '[1.5,2.25,-0.5]', NULL), (12360, 56, 715, 's391', '2024-02-06 13:16+00', '[-3.5,1.75,-4.0]', '[1,5,-4,8,2,0]'), (12361, 19, 883, NULL, '2024-09-11 04:07+00', '[4.0,3.5,-3.25]', '[-6,-6,-4,3,-8,9]'), (12362, 84, -316, 's49', '2024-05-10 12:10+00', '[0.5,0.0,-4.0]', '[4,3,5,-4,5,-3]'), (12363, 92, NULL, repeat('w5', 2316), '2024-02-26 11:40+00', '[0.75,4.25,-2.75]', '[-1,-2,-6,-6,3,-1]') ON CONFLICT DO NOTHING RETURNING id) SELECT count(*), sum(id) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 278
END;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 279
BEGIN;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 280
SAVEPOINT sp15;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 281
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 12363 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 100) g;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 282
BEGIN;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 283
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
12464	32	-95114430869	\N	2024-02-02 10:00:16+00	[-8,-2,6]	\N
12465	94	430870001833	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:52+00	[6,-5,5]	\N
12466	92	-493133566836	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:20+00	[-3,5,-4]	\N
12467	87	-932541122608	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:53+00	[2,5,8]	\N
12468	94	286654578241	c90	2024-02-02 10:00:45+00	[-3,5,6]	\N
12469	31	-228138482106	c87	2024-02-02 10:00:06+00	[-7,-5,2]	[6,3]
12470	20	598230738499	c59	2024-02-02 10:00:03+00	[-1,-5,3]	[5,4]
12471	13	963901015849	\N	2024-02-02 10:00:13+00	[6,4,8]	[4,7]
12472	35	545868201113	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:06+00	\N	[1,9]
12473	13	556222562582	c20	2024-02-02 10:00:21+00	[8,2,-5]	[9,9]
12474	46	748579074445	\N	2024-02-02 10:00:35+00	[-1,4,7]	\N
12475	95	-97801167892	\N	2024-02-02 10:00:51+00	[2,-7,-5]	\N
12476	60	850973686898	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:14+00	[-1,-6,-2]	[9,1]
12477	68	425209356401	c0	2024-02-02 10:00:22+00	[1,2,1]	[1,9]
12478	44	-596560678275	c5	2024-02-02 10:00:34+00	[-2,3,0]	[2,9]
12479	92	-410170870115	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:31+00	[0,-5,0]	[5,8]
12480	63	913285670426	c0	2024-02-02 10:00:29+00	[-4,4,3]	\N
12481	97	663800005463	\N	2024-02-02 10:00:31+00	[-3,0,6]	[4,1]
12482	62	671760192635	\N	2024-02-02 10:00:55+00	[4,-4,-8]	\N
12483	47	719468708011	c48	2024-02-02 10:00:39+00	[4,-3,-6]	[5,6]
12484	99	-918683004273	\N	2024-02-02 10:00:43+00	[8,1,-5]	\N
12485	85	58790173588	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:39+00	[-4,-2,3]	[9,2]
12486	74	-540120093348	\N	2024-02-02 10:00:25+00	[-4,4,6]	[2,1]
12487	48	-791706452239	c9	2024-02-02 10:00:17+00	[-2,-2,-3]	\N
12488	84	548752370521	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:45+00	[-1,-7,2]	\N
12489	94	-630800360169	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:26+00	[-6,-6,-2]	[2,2]
12490	24	-432778113095	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:33+00	[0,-6,5]	\N
12491	22	-209737035715	\N	2024-02-02 10:00:25+00	[-4,1,8]	[5,1]
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 284
DROP TABLE u;
CREATE TABLE u (id int, a int, b bigint, s text, ts timestamptz, v vector(3), w vector) USING :am;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 285
ROLLBACK TO SAVEPOINT sp15;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 286
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (12492, 27, -2108932461206539808, 's744', '2024-06-27 16:04+00', '[0.5,3.75,4.25]', '[-4]'), (12493, 32, 777, 's188', '2024-02-05 13:17+00', '[-4.5,2.0,4.25]', '[1,1,2,-4,6]'), (12494, 82, 940, 's155', '2024-09-01 13:11+00', '[2.5,-3.25,2.5]', '[-2,-5,1,4,1]'), (12495, 22, 679, 's291', NULL, '[1.5,-4.0,-1.75]', '[2]'), (12496, 26, 412, NULL, '2024-10-19 06:51+00', '[-1.5,3.75,-2.0]', '[-5,8,-5,7,1,4]'), (12497, 83, -86, repeat(md5('34'), 2914), '2024-08-28 02:15+00', '[1.5,-4.25,-1.0]', '[5]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 287
FETCH 3 FROM c3;
CLOSE c3;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 288
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (12498, 70, -103, 's346', '2024-03-26 07:13+00', '[0.25,-2.25,2.25]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 289
\set ON_ERROR_ROLLBACK on
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 290
SELECT count(*), sum(b), count(s) FROM t WHERE id BETWEEN 3208 AND 3357;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 291
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (12499, 30, -3672480798008704100, NULL, '2024-05-26 05:56+00', '[5.0,3.0,-3.5]', '[-2,4,3,-7,-6,-5,9]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 12499 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 5) g;  EXCEPTION WHEN unique_violation THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (12505, 73, -2891805185218129152, NULL, '2024-01-16 09:51+00', '[2.75,1.5,-3.75]', '[8,9]'); PERFORM 1/0; END$$;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 292
INSERT INTO t SELECT id + 7000000, a, b, s, ts, v, w FROM u WHERE true AND (SELECT count(*) FROM t) < 4000;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 293
ALTER TABLE t ALTER COLUMN a TYPE numeric;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 294
DO $$BEGIN BEGIN INSERT INTO u (id, a, b, s, ts, v, w) VALUES (12506, 25, -57, 's160', '2024-04-17 08:11+00', '[4.5,-4.0,-4.0]', NULL); INSERT INTO u (id, a, b, s, ts, v, w) SELECT 12506 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 50) g; PERFORM 1/(SELECT count(*) - count(*) FROM u); EXCEPTION WHEN division_by_zero THEN NULL; END; BEGIN INSERT INTO u (id, a, b, s, ts, v, w) VALUES (12557, NULL, 444, 's23', '2024-03-27 03:36+00', '[-3.5,-0.25,-1.75]', '[5,4,-8,5,-6,-1,1,-2]'); INSERT INTO u (id, a, b, s, ts, v, w) SELECT 12557 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 300) g;  EXCEPTION WHEN unique_violation THEN NULL; END; BEGIN INSERT INTO u (id, a, b, s, ts, v, w) VALUES (12858, 65, -462, 's234', '2024-08-10 16:39+00', '[4.25,-3.25,1.25]', '[-9,-9]'); INSERT INTO u (id, a, b, s, ts, v, w) SELECT 12858 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 50) g;  EXCEPTION WHEN others THEN NULL; END; INSERT INTO u (id, a, b, s, ts, v, w) VALUES (12909, 10, -501, 's24', '2024-02-03 11:35+00', '[-2.25,-0.25,-2.0]', NULL);  END$$;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 295
DO $$BEGIN BEGIN INSERT INTO u (id, a, b, s, ts, v, w) VALUES (12910, 11, 916, 's893', '2024-04-03 23:35+00', '[1.5,-2.25,1.5]', NULL); INSERT INTO u (id, a, b, s, ts, v, w) SELECT 12910 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 5) g;  EXCEPTION WHEN division_by_zero THEN NULL; END; BEGIN INSERT INTO u (id, a, b, s, ts, v, w) VALUES (12916, 51, 780, 's915', '2024-01-25 16:40+00', '[-2.25,1.0,-2.25]', '[2,-8,-2,-2,-6,2]'); INSERT INTO u (id, a, b, s, ts, v, w) SELECT 12916 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 5) g;  EXCEPTION WHEN others THEN NULL; END; INSERT INTO u (id, a, b, s, ts, v, w) VALUES (12922, 94, 15, NULL, '2024-02-15 10:00+00', '[3.25,1.75,-3.25]', NULL);  END$$;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 296
SELECT a, count(*) FROM t WHERE a BETWEEN 45 AND 50 GROUP BY a ORDER BY a;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 297
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (12923, 94, -545, NULL, '2024-01-24 04:51+00', '[2.0,1.75,0.5]', '[4]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 298
DECLARE c13 CURSOR WITH HOLD FOR SELECT id FROM t WHERE a < 10 ORDER BY id, b;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 299
SAVEPOINT sp16;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 300
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 12923 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 10) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 301
WITH a AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (12934, 47, -4022269012653453551, 's658', '2024-09-16 00:35+00', '[-4.0,-4.75,4.5]', NULL), (12935, 0, -227, NULL, '2024-06-11 08:53+00', '[4.0,-0.75,-3.0]', '[-4,8,3,-4,-1,3]') RETURNING *), b AS (INSERT INTO t SELECT * FROM a RETURNING *) SELECT count(*), (SELECT count(*) FROM a), (SELECT count(*) FROM t) FROM b;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 302
WITH a AS (INSERT INTO u (id, a, b, s, ts, v, w) VALUES (4963, 43, NULL, NULL, '2024-05-18 21:27+00', NULL, '[6,6,4,2,-9]'), (12937, NULL, -2710914645954609607, repeat('w5', 3789), '2024-02-04 19:59+00', '[2.0,3.0,2.5]', '[-2]'), (12938, NULL, 974, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 237) g), '2024-04-26 08:32+00', '[4.75,0.75,-2.25]', NULL), (12939, 77, -930, 's546', '2024-08-14 22:57+00', '[-0.25,2.25,-2.0]', NULL) RETURNING *), b AS (INSERT INTO u SELECT * FROM a RETURNING *) SELECT count(*), (SELECT count(*) FROM a), (SELECT count(*) FROM u) FROM b;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 303
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (12940, 56, 3964999739050580816, 's360', '2024-12-05 18:15+00', '[-2.25,-4.75,4.0]', '[-1]'), (12941, 76, -764, 's864', '2024-11-18 15:41+00', '[2.5,4.5,-0.75]', '[1]'), (12942, 5, 1721645352724985373, repeat('w6', 939), '2024-09-14 21:27+00', '[-3.25,0.0,-5.0]', NULL), (12943, 33, 420, NULL, '2024-08-21 09:40+00', '[-3.0,1.5,-0.5]', NULL), (12944, 21, -166, 's496', NULL, '[-5.0,0.0,-0.25]', '[-3,-9,7,-5,-6]'), (12945, 14, 915, 's7', '2024-10-06 12:09+00', '[1.5,3.5,4.75]', NULL), (12946, NULL, 362, NULL, '2024-10-06 23:41+00', '[-4.75,3.75,4.5]', '[2,4,-7,8,1]'), (12947, 54, -891, repeat('w0', 1261), '2024-02-21 20:46+00', NULL, NULL), (12948, NULL, NULL, 's815', '2024-04-05 10:40+00', '[2.25,4.5,-2.5]', NULL), (12949, 71, 130, 's685', '2024-11-04 06:07+00', '[-3.75,1.75,3.75]', NULL), (12950, 30, 964, 's906', '2024-01-20 10:07+00', '[-3.5,3.5,-3.25]', NULL), (12951, 15, NULL, 's562', '2024-10-09 01:25+00', '[3.0,0.0,-0.5]', '[0,-8,1,-3,-8,3,3,4]'), (12952, 55, -509, 's987', NULL, '[1.75,0.25,3.75]', NULL), (12953, 42, -329, 's531', NULL, '[3.75,4.0,-1.25]', NULL), (12954, 32, -769, 's928', '2024-06-02 22:05+00', '[2.0,-4.0,-3.0]', NULL), (12955, 2, -420, 's492', '2024-10-07 23:24+00', '[-4.25,-1.0,-1.0]', '[-8,-7,-6,7,-7,-6]'), (12956, 80, NULL, NULL, '2024-09-06 02:00+00', '[5.0,-0.25,-1.75]', '[5,2,5,9,6,-3,9]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 304
WITH a AS (INSERT INTO u (id, a, b, s, ts, v, w) VALUES (12957, 27, 185, 's165', '2024-02-05 03:19+00', '[3.75,3.75,-1.25]', NULL) RETURNING id) INSERT INTO u (id, a, b, s, ts, v, w) SELECT id + 5000000, a, b, s, ts, v, w FROM u WHERE id IN (SELECT id FROM a) OR id % 50 = 0;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 305
SET vecstore.enable_chunk_skipping = off;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 306
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (12958, 63, 1205473880759564592, 's117', '2024-03-27 19:38+00', '[5.0,0.0,-3.75]', NULL);
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 307
SELECT id, a, b, length(s), ts, v FROM t WHERE id = 1408 ORDER BY 1, 2, 3, 4, 5;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 308
COMMIT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 309
BEGIN;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 310
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (12959, 25, 2535810857088421572, 's314', '2024-10-26 18:50+00', '[-0.75,-4.25,-4.25]', NULL), (12960, NULL, 14, NULL, '2024-03-02 23:09+00', '[1.0,2.75,1.0]', '[-7,7,-4,-6]'), (12961, 22, 331, NULL, '2024-07-06 01:50+00', NULL, NULL), (12962, 25, -208, repeat('w8', 889), '2024-04-12 08:59+00', NULL, NULL), (12963, NULL, 112, 's916', '2024-08-01 10:03+00', '[0.25,4.5,0.25]', '[5,6,-7,-8,6,-9,-3]'), (12964, 58, 378, 's313', '2024-10-04 09:27+00', '[-4.75,1.25,2.5]', '[6,7,9,-2,4]'), (12965, 99, NULL, 's444', '2024-02-04 01:41+00', '[-4.75,1.25,-4.75]', NULL) RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 311
SET enable_seqscan = off; SET enable_indexscan = off; SET enable_indexonlyscan = off;
SELECT id, v <-> '[4.25,4.5,-4.75]' AS d FROM t WHERE v IS NOT NULL ORDER BY d, id LIMIT 5;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 312
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (12966, 94, NULL, NULL, NULL, '[3.75,-3.0,-1.25]', NULL), (12967, 86, 436, 's233', '2024-09-28 00:00+00', '[1.75,0.5,0.5]', NULL), (12968, 11, NULL, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 254) g), '2024-05-21 12:20+00', '[-2.0,-4.0,2.25]', NULL), (12969, NULL, 697, 's860', '2024-02-21 10:28+00', '[3.0,-3.0,-2.25]', NULL), (12970, 52, -85, 's628', NULL, '[4.0,-4.5,-2.75]', NULL), (12971, NULL, -818, 's421', '2024-02-23 11:28+00', '[4.5,3.25,-1.0]', NULL), (12972, NULL, -878, 's553', '2024-03-27 20:13+00', '[-2.25,2.25,2.0]', NULL), (12973, 34, 939, 's534', NULL, '[-0.25,-0.5,-2.25]', '[-7,1]') ON CONFLICT DO NOTHING RETURNING id) SELECT count(*), sum(id) FROM x;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 313
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (12974, 37, 537, NULL, '2024-04-27 04:10+00', '[-0.5,-0.5,3.75]', '[5,5,1,-7,7,-8]');
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 314
SET vecstore.fetch_cache_size = 8192;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 315
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 12974 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 500) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 316
SAVEPOINT sp17;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 317
BEGIN;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 318
START TRANSACTION;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 319
COMMIT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 320
DO $$BEGIN BEGIN INSERT INTO u (id, a, b, s, ts, v, w) VALUES (13475, 8, 3846711104456556381, 's817', NULL, '[2.75,-2.0,-1.75]', '[1,2,3,0,-3,1,0,-3]'); INSERT INTO u (id, a, b, s, ts, v, w) SELECT 13475 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 5 = 0 THEN NULL ELSE repeat('x' || (g % 10), 1805) END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 50) g; PERFORM 1/0; EXCEPTION WHEN unique_violation THEN NULL; END; INSERT INTO u (id, a, b, s, ts, v, w) VALUES (13526, NULL, 615, 's704', '2024-01-10 21:57+00', '[-0.25,-0.25,-4.5]', NULL);  END$$;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 321
SET vecstore.enable_chunk_skipping = on;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 322
INSERT INTO u (id, a, b, s, ts, v, w) SELECT 13526 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 1500) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 323
COMMIT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 324
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (15027, NULL, -499, NULL, '2024-05-07 21:59+00', '[4.75,-1.5,5.0]', NULL), (15028, 63, -2581855944110441331, 's383', '2024-06-05 15:00+00', '[2.0,2.75,2.75]', '[7,-7,5,-4]'), (15029, 35, -472, 's266', '2024-08-10 07:36+00', '[-3.0,-3.5,4.0]', '[1,6,8,-5,6,6,0,4]'), (15030, 79, -441, 's865', '2024-04-09 23:53+00', '[4.75,2.25,-4.25]', '[-2,4,2]'), (15031, 56, NULL, 's834', NULL, NULL, NULL), (15032, 19, 998, 's40', '2024-12-03 20:51+00', '[0.5,0.0,-1.75]', NULL), (15033, 36, 549, 's473', '2024-08-28 20:40+00', '[-4.75,-2.75,-2.75]', '[-4]'), (15034, 3, 206, NULL, '2024-03-22 17:52+00', '[2.0,2.0,-2.75]', '[2,-6,-5,-5,-8,-6]'), (15035, 80, 673, 's798', NULL, '[4.25,2.25,2.25]', NULL), (15036, 43, -280, 's580', '2024-04-16 05:26+00', '[3.0,2.0,4.75]', NULL), (15037, NULL, 785, 's826', '2024-11-03 15:45+00', '[2.75,2.5,3.0]', '[-1,-7]'), (15038, 34, NULL, NULL, '2024-05-07 12:11+00', '[1.5,-2.0,3.75]', '[8,3]'), (15039, 9, 449, 's887', '2024-08-17 01:01+00', '[-0.75,3.5,-0.75]', '[0]'), (15040, 32, -4224247699853837311, 's279', '2024-02-22 07:00+00', '[-0.5,-4.75,1.0]', NULL), (15041, 5, 721, 's595', NULL, '[-3.5,-2.5,-4.5]', NULL), (15042, 96, -976, 's217', '2024-03-28 18:14+00', '[-4.5,-2.25,2.75]', NULL), (15043, 60, NULL, 's191', '2024-07-01 16:11+00', '[2.25,-0.5,1.0]', '[-2,-3]'), (15044, 25, 363, 's612', '2024-06-10 11:23+00', '[1.0,-3.5,-1.0]', '[9,7,3]'), (15045, 61, -952, 's743', '2024-04-11 13:00+00', '[0.0,2.75,-4.75]', NULL), (15046, 60, -1081463399677013228, 's679', '2024-04-18 18:42+00', '[1.5,0.75,3.5]', '[-2,2,6,-7,-3,-8]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 325
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (15047, 9, 863, 's991', '2024-07-28 05:58+00', '[-4.5,1.0,4.25]', NULL), (15048, 82, NULL, 's505', '2024-03-02 15:19+00', NULL, '[0,4,9,-1,8,-9]'), (15049, 77, -399, 's500', '2024-05-22 03:17+00', '[1.5,3.5,3.25]', '[-3,5]'), (15050, NULL, 794, repeat(md5('20'), 3698), NULL, '[3.75,-1.5,-2.5]', '[-8,-3,8,5,1,-5,6,-9]'), (15051, 19, 3356405485382860140, repeat('w2', 3052), '2024-08-12 21:17+00', '[2.25,-4.0,-4.25]', NULL), (15052, 58, 1036911711967646379, NULL, '2024-03-15 05:45+00', '[2.0,-0.75,2.0]', '[2,-1]'), (15053, 15, 249, 's993', '2024-02-20 15:04+00', '[-2.0,3.25,-2.0]', NULL) RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 326
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (15054, 85, 943, 's59', '2024-12-22 16:18+00', '[-2.75,1.25,4.0]', NULL), (15055, 84, -289, 's854', '2024-05-10 10:56+00', '[-2.25,-1.25,0.75]', '[8,-3,2,-2,-6,5]'), (15056, 95, 468316599271315462, NULL, '2024-05-24 02:04+00', '[-3.0,-0.25,-2.25]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 327
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 328
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (15057, 64, 344023745265611444, NULL, '2024-04-26 06:29+00', '[4.0,-2.75,0.5]', NULL), (15058, 77, 213943123290304703, NULL, '2024-04-26 18:40+00', '[-2.75,0.0,-4.75]', '[6,-9,2,-2,4,-7,-3]');
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 329
SAVEPOINT sp18;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 330
ROLLBACK TO SAVEPOINT sp18;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 331
SAVEPOINT sp19;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 332
SAVEPOINT sp20;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 333
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (15059, 74, -957, 's914', '2024-02-23 20:41+00', '[-1.75,-3.75,-4.5]', '[0,3]'), (15060, 5, 309422147121655586, 's390', '2024-03-05 08:45+00', '[0.25,4.0,3.75]', '[4,4,3]'), (15061, NULL, -200, 's710', '2024-05-09 10:26+00', '[1.5,-0.75,-3.0]', NULL), (15062, 27, -101, NULL, '2024-09-21 07:00+00', '[-2.5,-0.75,4.5]', '[9,-6,-3,9,-3,5,1]'), (15063, 10, NULL, 's783', '2024-06-01 04:04+00', '[2.0,-4.5,3.25]', NULL), (15064, 37, 698, NULL, '2024-12-24 13:20+00', '[2.75,3.75,-3.25]', '[-2,5,-8,-3,7,-2,-3,-3]'), (15065, 60, -24, 's216', '2024-04-15 05:38+00', '[-0.75,0.25,-4.0]', '[4,-1,3,8,2,-9]'), (15066, 60, 875, 's186', '2024-06-19 03:49+00', '[3.25,2.75,-3.0]', NULL), (15067, 46, -875, 's972', '2024-07-06 21:53+00', '[3.0,3.5,-1.0]', '[0,1,-9,-9,-2,-7]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 334
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (15068, 28, 164, NULL, '2024-04-18 02:12+00', '[3.5,4.0,-3.75]', '[-1,8,8]'), (15069, 88, -487, repeat('w0', 1743), '2024-02-18 01:34+00', '[-2.5,4.75,2.25]', '[7,-8,-6,-8,-9,0]'), (2830, 15, -248, 's741', '2024-11-22 18:42+00', '[-1.5,1.5,1.25]', '[-1,7,-1,-2,-5,6,-8]'), (15071, 43, 650540669601205754, NULL, '2024-05-20 15:57+00', '[1.75,0.25,-3.0]', NULL), (15072, 56, -3862399833067781309, NULL, '2024-04-01 02:33+00', '[0.75,-5.0,-1.0]', NULL), (15073, 61, -988, repeat(md5('42'), 7076), NULL, '[4.75,-0.25,-4.25]', NULL), (15074, 9, 51, NULL, '2024-04-12 11:28+00', '[-0.5,-1.5,4.5]', NULL), (15075, 9, 585, NULL, NULL, '[-0.75,-2.75,4.5]', NULL), (15076, 4, NULL, 's871', '2024-10-06 20:30+00', '[3.25,-0.5,2.5]', '[-7,-3]'), (15077, 99, -234, NULL, '2024-02-17 20:25+00', NULL, NULL), (15078, 28, 921, 's824', '2024-06-21 16:32+00', '[3.75,2.25,1.5]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 335
FETCH 1 FROM c13;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 336
ROLLBACK TO SAVEPOINT sp20;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 337
ROLLBACK TO SAVEPOINT sp20;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 338
VACUUM t;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 339
RELEASE SAVEPOINT sp19;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 340
DECLARE c14 CURSOR WITH HOLD FOR SELECT id, a, md5(s), v, w FROM t ORDER BY id, a, b, s, ts;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 341
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (15079, 85, 722, NULL, '2024-06-01 15:29+00', '[0.25,-4.25,0.0]', '[2,-4,3,5,4,5,-8]'), (15080, 76, NULL, 's778', '2024-10-17 18:48+00', '[-4.25,-2.0,-1.75]', '[9,-6]'), (15081, 46, -3462746953151055145, 's414', '2024-10-07 18:46+00', '[-2.25,-1.0,-2.5]', '[-2,-7,-1,-3]'), (15082, 61, 4292085288866623904, 's621', '2024-04-20 21:32+00', '[-1.0,-3.75,-2.75]', '[0,3,2]'), (15083, 33, -951, 's816', '2024-07-14 01:51+00', '[-0.25,-3.75,-0.75]', '[-7,-2,-2,-5,-9,-4,-1,-2]'), (15084, 65, 4593964232814046453, 's386', '2024-06-27 13:14+00', '[0.5,4.0,-2.75]', NULL), (15085, 14, -808, NULL, NULL, '[0.0,-4.75,-3.75]', NULL), (15086, 12, 764, 's777', NULL, '[-3.25,-3.75,3.25]', '[8,-4,-4,2,0]'), (15087, 8, -249, NULL, '2024-12-25 20:04+00', NULL, '[-5,-5,2,-6]'), (15088, 34, -954, NULL, '2024-01-28 07:53+00', '[1.0,-0.5,3.0]', '[-8,-3]'), (15089, 25, 972, 's187', '2024-05-15 00:31+00', '[-2.25,3.5,-4.25]', '[6]'), (15090, 45, 247, 's514', '2024-10-17 21:44+00', '[4.25,-3.0,1.25]', NULL), (15091, 47, 523, NULL, '2024-12-24 19:47+00', '[-2.5,0.5,4.0]', '[6,5,-6]'), (15092, 2, -215, NULL, NULL, '[-1.5,2.25,-3.0]', '[1,5,-6,-3]'), (15093, 28, 601, 's567', '2024-12-23 03:21+00', '[-3.25,-4.75,0.75]', '[-7]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 342
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (15094, 56, 612879541403107341, 's869', NULL, '[-1.5,0.25,-2.75]', '[-7,-9,-9,5,2,-9]'), (11258, 46, -843, NULL, '2024-02-03 01:51+00', '[2.5,2.0,-4.5]', NULL), (15096, 15, -912975797663018658, 's769', '2024-07-03 05:34+00', '[1.5,3.5,-1.0]', '[6,-5]'), (15097, 43, -527864649539799149, repeat('w7', 3331), NULL, '[-1.75,-1.5,-3.5]', NULL), (15098, 67, -761, 's217', '2024-07-13 04:16+00', '[-0.5,-1.75,3.5]', '[7,-7,-4,8,-8,6,7,-3]'), (15099, 26, 299, 's756', '2024-09-12 07:42+00', '[0.25,-0.5,-3.25]', '[-2,6,-4,-7,8,-2,-2]'), (15100, NULL, 953, 's726', '2024-08-10 10:36+00', NULL, '[-2,4,2,4,0]'), (15101, 19, -8, 's44', '2024-06-05 19:02+00', '[-0.25,-5.0,-3.25]', '[-8,-1,9,-3,0,-5,9]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 343
SAVEPOINT sp21;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 344
ROLLBACK;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 345
BEGIN;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 346
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (15102, 71, 239, 's165', '2024-09-24 03:07+00', '[-3.5,0.5,4.25]', NULL), (15103, 8, 235, 's8', '2024-11-24 04:55+00', '[4.5,3.25,0.25]', '[0,-6,7,0,-7,-9,2,7]'), (15104, 18, 1417395998973064956, 's759', NULL, '[1.25,2.0,-4.5]', '[-7,0,5,2,2]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 347
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (15105, 31, -551, 's456', '2024-10-26 18:29+00', '[4.5,3.25,-3.0]', '[-5,-7,8,-4]');
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 348
SAVEPOINT sp22;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
-- op 349
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 15105 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 5 = 0 THEN NULL ELSE repeat('x' || (g % 10), 2285) END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 10) g;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
COMMIT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('tlog');
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
SELECT count(*) AS leftover_prepared FROM pg_prepared_xacts WHERE gid LIKE 'fz\_%';
