\set ON_ERROR_STOP 0
\set VERBOSITY sqlstate
\pset pager off
SELECT :'am' = 'vecstore' AS vec \gset
SET lock_timeout = '10s';
SET client_min_messages = warning;
DROP TABLE IF EXISTS t, u, p, tlog CASCADE;
DROP PUBLICATION IF EXISTS fzpub;
DROP PROCEDURE IF EXISTS fz_proc;
DROP FUNCTION IF EXISTS fz_trg_fn CASCADE;
DROP FUNCTION IF EXISTS fz_chk;
SET vecstore.write_buffer_size = 8192;
SET vecstore.chunk_group_size = 4194304;
SET vecstore.compression = 'zstd';
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
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (1, 27, NULL, 's846', '2024-02-08 02:35+00', '[-1.5,5.0,5.0]', '[9]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 1
CALL fz_proc('t', 1, 12, 1);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 2
SET enable_seqscan = off; SET enable_bitmapscan = off;
INSERT INTO t SELECT id + 5000000, a, b, s, ts, v, w FROM t WHERE id > 36 AND (SELECT count(*) FROM t) < 4000;
RESET enable_seqscan; RESET enable_bitmapscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 3
DECLARE c1 CURSOR WITH HOLD FOR SELECT id, a, md5(s), v, w FROM t ORDER BY id, a, b, s, ts;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 4
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (38, 40, -259, 's537', '2024-03-23 07:05+00', '[0.25,2.0,-0.5]', '[-6,7]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 38 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 5 = 0 THEN NULL ELSE repeat('x' || (g % 10), 1501) END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 50) g; PERFORM 1/0; EXCEPTION WHEN unique_violation THEN NULL; END; BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (89, 9, 793, 's816', '2024-06-23 11:38+00', '[-3.75,-0.75,2.5]', '[-8,0]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 89 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 300) g;  EXCEPTION WHEN unique_violation THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (390, 59, 12, 's132', NULL, '[1.25,1.25,2.75]', NULL); PERFORM 1/0; END$$;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 5
BEGIN;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 6
SET vecstore.chunk_group_size = 1048576;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 7
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (391, 36, NULL, 's707', '2024-06-20 18:20+00', '[4.75,-4.25,2.25]', '[3,3,3,-6,6,3,-8]');
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 8
CREATE TABLE c1 USING :am AS SELECT * FROM t WHERE id % 1 = 0;
SELECT * FROM fz_chk('c1');
INSERT INTO c1 SELECT * FROM c1;
SELECT * FROM fz_chk('c1');
DROP TABLE c1;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 9
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (392, NULL, 300, NULL, '2024-06-20 11:30+00', '[2.25,2.5,2.5]', NULL), (393, 94, -669, 's936', '2024-04-17 11:09+00', NULL, '[-1,7]'), (394, 98, 30, repeat('w6', 3530), '2024-04-20 06:51+00', '[-2.0,3.25,2.75]', NULL), (15, 60, 959, repeat('w3', 2425), '2024-12-12 11:05+00', '[-1.75,2.5,4.75]', '[6]'), (396, 82, NULL, repeat('w2', 2277), '2024-07-26 22:48+00', '[0.25,-3.75,1.25]', NULL), (397, NULL, -943, 's610', '2024-08-26 20:09+00', '[0.5,-2.75,3.75]', '[-9]'), (398, 13, -111, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 159) g), '2024-04-27 06:01+00', '[4.25,0.0,-1.0]', '[-8,2,5]'), (399, 66, 28, 's795', '2024-03-17 16:01+00', '[-5.0,-2.75,-2.25]', NULL), (400, 7, 138, repeat('w0', 3663), '2024-02-18 01:15+00', NULL, NULL), (33, 78, -591, 's964', '2024-08-17 17:51+00', '[3.25,-1.0,3.75]', '[5,-5,4,-6]'), (402, 85, 973620487028639437, 's259', '2024-03-23 20:42+00', '[2.25,-1.5,-3.5]', NULL), (403, 28, 56, NULL, '2024-07-07 11:20+00', '[0.25,3.75,2.25]', NULL), (170, 37, -395611594617116336, NULL, '2024-02-03 08:17+00', '[-0.75,-3.0,1.75]', '[3,-5,8,7,9]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 10
COPY p (id, a, b, s, ts, v, w) FROM STDIN;
405	28	-730006437372	c54	2024-02-02 10:00:29+00	[-6,0,-6]	\N
406	30	-604646629527	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:12+00	[0,-4,-7]	[2,4]
407	22	-957893519545	c39	2024-02-02 10:00:16+00	[-2,1,6]	\N
408	57	429446377502	\N	2024-02-02 10:00:27+00	[-2,8,7]	\N
409	29	940604893956	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:45+00	[4,8,1]	\N
410	\N	-879039777235	\N	2024-02-02 10:00:05+00	[3,-7,-4]	[4,6]
411	\N	-19591952641	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:00+00	[1,-1,1]	\N
412	39	-999214201839	c33	2024-02-02 10:00:21+00	[2,-1,-7]	\N
413	11	-686081899487	c48	2024-02-02 10:00:25+00	[-2,-1,8]	\N
414	29	163754190274	c75	2024-02-02 10:00:54+00	\N	\N
415	92	837493769820	yyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:45+00	[4,2,7]	[2,0]
416	72	966227297239	c65	2024-02-02 10:00:45+00	[8,-4,8]	[0,9]
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 11
CREATE INDEX t_ix43895 ON t (ts);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 12
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (417, 62, -856, 's763', '2024-09-18 02:42+00', '[-1.0,-4.0,-1.0]', NULL), (418, 83, -216, 's294', NULL, '[4.75,5.0,-2.0]', NULL);
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 13
SET enable_seqscan = off; SET enable_bitmapscan = off;
INSERT INTO t SELECT id + 10000000, a, b, s, ts, v, w FROM t WHERE id > 31 AND (SELECT count(*) FROM t) < 4000;
RESET enable_seqscan; RESET enable_bitmapscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 14
WITH a AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (419, 59, 1137696671032020173, NULL, '2024-08-01 09:29+00', '[2.0,-0.75,1.0]', NULL), (420, 74, NULL, 's520', '2024-05-12 04:38+00', '[-3.25,0.75,-1.5]', NULL), (421, 20, NULL, NULL, '2024-08-13 09:46+00', '[0.0,-3.25,0.25]', NULL) RETURNING id) INSERT INTO t (id, a, b, s, ts, v, w) SELECT id + 5000000, a, b, s, ts, v, w FROM t WHERE id IN (SELECT id FROM a) OR id % 50 = 0;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 15
CREATE TRIGGER fz_trg AFTER INSERT ON t FOR EACH ROW WHEN (NEW.a < 2) EXECUTE FUNCTION fz_trg_fn();
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 16
INSERT INTO u (id, a, b, s, ts, v, w) VALUES (422, 9, -436, 's650', '2024-05-04 01:53+00', '[-1.25,-0.75,1.75]', '[2,4,-9,3]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 17
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 422 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 10) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 18
DECLARE c2 CURSOR WITH HOLD FOR SELECT count(*), count(s), sum(b) FROM t;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 19
INSERT INTO u (id, a, b, s, ts, v, w) VALUES (433, 83, -383, 's76', '2024-11-13 03:10+00', '[2.75,3.75,-1.5]', NULL), (434, 54, -1389130360306462493, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 113) g), '2024-02-11 07:23+00', '[1.5,1.0,1.5]', '[3,-1,1,-8]'), (435, 46, 290, repeat('w6', 3145), '2024-04-03 08:57+00', '[-0.25,-4.75,-3.0]', NULL), (436, 60, -850, repeat('w1', 1416), '2024-09-28 14:28+00', '[3.25,-3.5,2.25]', NULL), (437, NULL, -923, 's447', '2024-05-05 20:16+00', '[-3.25,-3.5,-4.0]', NULL), (438, 33, -978, 's248', '2024-08-09 10:41+00', '[-1.25,3.75,-1.25]', NULL), (439, 7, NULL, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 227) g), '2024-11-21 13:05+00', '[-1.5,2.75,-4.5]', '[2,3,-3,-9,0,7,-7]'), (440, 39, -526787147130095785, 's917', '2024-05-04 19:31+00', '[1.5,-4.25,4.5]', NULL), (441, 76, -1215551396063672776, 's953', '2024-12-11 23:07+00', '[-2.0,-2.25,3.25]', '[0]'), (442, 47, -776, repeat(md5('44'), 5442), NULL, '[-3.25,3.75,-1.75]', NULL), (443, 55, NULL, 's331', '2024-04-12 17:58+00', '[2.5,-4.75,5.0]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 20
SELECT count(*), sum(b), count(s) FROM t WHERE id BETWEEN 237 AND 269;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 21
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (444, 76, 932, 's109', NULL, '[2.25,1.0,-1.0]', '[-5,6,-4,-9,0,-5,-2,1]'), (445, 76, NULL, 's493', '2024-03-08 13:04+00', '[0.0,-2.5,1.75]', '[-1,-7]'), (446, 90, 3077666426925336256, 's680', '2024-11-08 23:34+00', '[-0.5,-0.5,-0.75]', '[-1,-1,-3,5,-2,-4]'), (447, 74, -343460960373298279, NULL, '2024-02-21 14:02+00', '[-1.5,2.0,0.75]', NULL), (448, 24, -602, 's793', '2024-06-17 05:28+00', '[-5.0,-3.5,5.0]', '[-3,-8,2,1,-5,-8]'), (444, 76, 932, 's109', NULL, '[2.25,1.0,-1.0]', '[-5,6,-4,-9,0,-5,-2,1]'), (445, 76, NULL, 's493', '2024-03-08 13:04+00', '[0.0,-2.5,1.75]', '[-1,-7]'), (446, 90, 3077666426925336256, 's680', '2024-11-08 23:34+00', '[-0.5,-0.5,-0.75]', '[-1,-1,-3,5,-2,-4]') ON CONFLICT DO NOTHING RETURNING id) SELECT count(*), sum(id) FROM x;
INSERT INTO t SELECT * FROM p WHERE id % 4 = 1 ON CONFLICT DO NOTHING;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 22
INSERT INTO u (id, a, b, s, ts, v, w) VALUES (449, 26, NULL, 's679', '2024-08-03 13:06+00', '[5.0,3.5,-3.75]', '[-1,4,0,0,4,-8,0]'), (450, 53, 643, repeat('w0', 2278), '2024-04-13 23:25+00', '[1.75,-3.25,-3.75]', NULL), (451, 20, -2969351880635882799, NULL, '2024-06-24 16:10+00', '[3.25,-2.5,-4.0]', NULL), (452, 25, -910, 's397', '2024-08-11 01:38+00', NULL, '[-2,3,-3]'), (453, 27, NULL, NULL, '2024-03-13 11:07+00', '[-2.0,-4.5,3.75]', '[1]'), (454, 70, 330, 's457', '2024-10-08 13:24+00', '[-2.25,-4.75,-5.0]', '[5,-2,5,5,-4,6,3,-6]'), (455, 46, NULL, 's84', '2024-09-22 01:02+00', '[0.0,3.0,-3.75]', NULL), (456, 17, NULL, 's709', NULL, '[-2.0,-3.0,2.75]', NULL), (457, 87, -865, 's628', '2024-10-25 08:10+00', '[2.25,-2.75,-1.0]', '[-3,9,-1,7,-2,1,2,-8]'), (458, 81, 834, 's368', '2024-05-04 16:03+00', '[2.0,3.75,3.25]', '[-1,8]'), (459, 47, 183, repeat('w9', 3545), '2024-06-25 02:28+00', '[-0.5,3.25,-1.0]', NULL), (460, 84, 531, NULL, NULL, '[1.75,1.5,3.0]', NULL), (251, 83, NULL, 's311', NULL, '[0.5,3.5,-1.5]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 23
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (462, 31, -869, 's990', '2024-11-26 08:25+00', NULL, '[9,5,7,6,-2,-4]'), (463, NULL, -513, 's201', '2024-02-01 19:35+00', '[-2.0,3.25,4.5]', '[-4,7,0,-7,0,-8,6]'), (464, NULL, -47, 's179', NULL, '[-3.5,-1.0,-1.5]', '[1,-1]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 24
WITH x AS (INSERT INTO t SELECT * FROM u WHERE a < 20 AND (SELECT count(*) FROM t) < 4000 RETURNING *) SELECT count(*), count(s), (SELECT count(*) FROM t) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 25
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (465, 25, -330, 's872', '2024-07-11 19:15+00', '[3.5,2.5,2.5]', '[-9]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 26
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (466, 74, NULL, NULL, '2024-03-02 00:07+00', '[0.5,-2.75,-4.75]', NULL), (467, 5, -865, 's900', '2024-06-07 17:57+00', '[1.0,-3.5,-1.25]', NULL), (468, NULL, 299, 's647', NULL, '[-3.5,-3.0,-3.5]', '[0,1,1,4]'), (469, 36, NULL, 's294', '2024-06-25 19:32+00', '[-4.75,1.5,-4.75]', NULL), (470, 90, NULL, 's174', '2024-12-28 02:36+00', '[3.25,-2.0,-0.5]', '[-9]'), (466, 74, NULL, NULL, '2024-03-02 00:07+00', '[0.5,-2.75,-4.75]', NULL) ON CONFLICT DO NOTHING RETURNING id) SELECT count(*), sum(id) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 27
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (471, 20, 433, NULL, '2024-03-04 20:49+00', '[3.75,-3.5,5.0]', NULL);
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 28
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 471 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 1500) g;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 29
INSERT INTO p (id, a, b, s, ts, v, w) VALUES (1972, 58, 412, 's159', '2024-11-02 11:37+00', '[2.0,3.75,0.0]', NULL), (1973, 74, 317, 's720', '2024-04-17 06:17+00', '[4.75,-2.75,-2.75]', '[7,2,-4,-2,1,-3]'), (1974, 13, -599, 's280', '2024-03-26 09:46+00', '[5.0,-3.5,-0.75]', NULL), (1975, NULL, 421, NULL, '2024-11-10 14:01+00', '[1.25,-5.0,-1.25]', '[9,9,4,-2,9,-2,-4]'), (1976, 40, 833, repeat('w6', 2477), '2024-07-23 22:40+00', '[4.75,1.5,3.25]', '[1,-9,3]'), (1977, 13, NULL, 's867', '2024-03-23 06:33+00', '[3.5,-1.75,2.5]', '[7,1,4,5,-3,-4]'), (1978, 15, 306, repeat(md5('51'), 2503), NULL, NULL, NULL), (1979, 45, -573450461387666494, NULL, '2024-07-15 06:10+00', '[5.0,-2.0,2.5]', '[-5,2,4,5]'), (1980, 83, -273, 's436', '2024-04-09 22:24+00', '[2.5,-5.0,-0.75]', NULL), (1981, 62, 351, NULL, '2024-03-10 12:03+00', '[0.0,-3.0,3.25]', '[-9]'), (1982, NULL, 185, 's213', '2024-04-06 14:22+00', '[3.5,-2.5,4.75]', '[8,0]'), (1983, 67, NULL, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 129) g), '2024-11-04 17:07+00', '[2.5,2.75,3.75]', NULL), (1984, 62, -4489812392648243099, 's303', '2024-06-15 22:36+00', '[0.75,1.75,1.5]', '[-4,2]'), (1985, NULL, 908, 's147', '2024-02-17 15:31+00', NULL, '[1,-6,2]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 30
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT round((v <-> '[1.75,0.25,1.75]')::numeric, 4) FROM t ORDER BY v <-> '[1.75,0.25,1.75]' LIMIT 12;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 31
SAVEPOINT sp1;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 32
ROLLBACK TO SAVEPOINT sp1;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 33
SELECT round((v <#> '[4.25,5.0,-3.75]')::numeric, 4), count(*) OVER () FROM t WHERE a < 50 ORDER BY v <#> '[4.25,5.0,-3.75]' LIMIT 3;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 34
COMMIT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 35
INSERT INTO u (id, a, b, s, ts, v, w) SELECT 1985 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 10) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 36
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 1995 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 10) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 37
TRUNCATE t;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 38
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT count(*) FROM t WHERE s = 's780';
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 39
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2006, NULL, 3155711650664933365, 's608', '2024-07-15 02:00+00', '[-2.75,2.5,1.5]', '[6,-3]'), (2007, 54, NULL, 's132', '2024-02-28 02:13+00', '[-0.75,4.0,-1.25]', NULL), (2008, 46, 753, 's471', '2024-02-10 20:35+00', '[-1.0,-4.25,-4.5]', NULL), (1333, 79, NULL, 's623', '2024-12-20 05:55+00', NULL, NULL), (2010, 86, -760, 's394', '2024-11-06 20:51+00', '[2.0,-0.75,4.0]', NULL), (2011, 83, -319, 's598', '2024-12-01 04:38+00', '[-1.25,1.0,1.0]', '[5,0,-9,1]'), (2012, 75, 604, 's831', NULL, '[4.0,-2.75,-0.75]', '[2,8,-7,8,8,6,3,-3]'), (2013, 29, 3972006828148996223, 's553', '2024-05-19 00:50+00', NULL, '[-2,3]'), (2014, 66, -586, 's371', '2024-04-03 05:51+00', '[0.5,1.25,3.25]', '[-8,6,2,-6]'), (2015, 10, -293, repeat('w9', 2491), '2024-10-01 03:02+00', '[-1.75,-1.0,-0.75]', NULL), (2016, 77, -922, NULL, '2024-03-13 02:01+00', '[2.25,2.75,-4.0]', '[-6,-7,-1,1,9,-2,-7]'), (2017, 50, -240, 's963', '2024-12-08 05:02+00', '[3.75,-4.75,-4.25]', NULL), (2018, 97, 1248522817198191634, 's451', '2024-04-22 23:19+00', '[-3.5,2.5,0.0]', NULL), (2019, 48, -706, repeat('w0', 1142), '2024-01-15 22:58+00', '[-1.5,-4.0,4.75]', '[5,-6,3]'), (2020, 57, -521, repeat('w0', 1238), '2024-11-12 04:21+00', '[3.75,-2.75,2.0]', '[4,4,-2,-5,-9]'), (2021, 42, -776, NULL, '2024-08-04 04:32+00', '[-1.75,3.75,2.5]', '[-1,-3]'), (2022, 33, -800, 's300', '2024-07-06 01:53+00', '[5.0,-4.75,2.0]', '[7,-5,5,-9,7,0]'), (2023, 52, -717, repeat('w9', 824), '2024-09-25 07:45+00', '[4.5,2.75,-0.75]', NULL), (2024, 80, -585, 's532', NULL, '[-4.25,3.25,0.5]', NULL), (2025, 63, NULL, repeat('w9', 3906), '2024-08-05 21:17+00', '[-4.5,-2.5,0.75]', '[2]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 40
BEGIN;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 41
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2026, 73, -2625182839058986401, 's550', '2024-08-15 16:01+00', '[-1.25,-3.75,-1.5]', '[-6,0,-1]'), (2027, 2, NULL, 's590', '2024-04-09 00:53+00', '[-1.25,2.0,-3.5]', NULL), (2028, 34, 26, 's554', '2024-02-04 03:25+00', '[-1.5,-2.75,4.0]', NULL), (2029, 2, -138, 's53', '2024-10-17 01:25+00', '[0.25,1.25,-1.25]', '[9,1,3,8,-8,1,7]'), (2030, 45, 296, NULL, NULL, '[0.0,1.75,-2.0]', '[-2]'), (2031, 99, -904, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 149) g), '2024-01-02 20:39+00', '[-4.5,4.75,-3.5]', NULL) ON CONFLICT DO NOTHING RETURNING id) SELECT count(*), sum(id) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 42
SET enable_seqscan = off; SET enable_bitmapscan = off;
INSERT INTO t SELECT id + 3000000, a, b, s, ts, v, w FROM t WHERE id > 1964 AND (SELECT count(*) FROM t) < 4000;
RESET enable_seqscan; RESET enable_bitmapscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 43
SAVEPOINT sp2;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 44
SAVEPOINT sp3;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 45
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2032, 94, NULL, repeat('w6', 1324), '2024-08-20 22:36+00', '[0.75,2.25,3.75]', NULL), (2033, 3, 50, 's882', '2024-10-13 00:59+00', '[0.0,3.75,0.0]', NULL), (2034, 37, NULL, 's620', NULL, '[2.0,-4.25,3.25]', NULL), (2035, 13, 388, 's691', '2024-03-14 10:42+00', '[4.75,-0.75,3.25]', NULL), (2036, 60, 295, 's563', '2024-03-14 03:00+00', '[2.75,1.25,4.0]', NULL), (2037, 79, -73, 's538', '2024-05-24 11:18+00', '[1.0,0.0,-5.0]', '[3,5,0,-4,8,0,-5,4]'), (2038, 11, 985, 's978', '2024-04-11 06:27+00', NULL, NULL) RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 46
ROLLBACK TO SAVEPOINT sp3;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 47
SET max_parallel_workers_per_gather = 2; SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0; SET parallel_leader_participation = off;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 48
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 49
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2039, 71, 4366585336304069645, 's835', '2024-10-19 10:44+00', NULL, NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 50
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2040, 43, 819, 's212', '2024-11-06 16:18+00', '[-2.0,1.5,-2.25]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 51
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 2040 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 10) g;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 52
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2051, NULL, NULL, repeat('w8', 2822), NULL, '[3.5,3.0,-2.75]', '[-6,-5,-4,7,7,-6,-9]'), (2052, 66, -118, 's330', '2024-01-21 00:43+00', '[-1.25,0.5,-0.75]', NULL), (2053, NULL, -285, repeat('w6', 2886), '2024-10-13 00:03+00', '[-4.5,2.0,-4.25]', '[-2,-8,-4,9]'), (2054, 58, 967, 's598', '2024-02-08 21:24+00', '[-0.25,1.25,2.75]', NULL), (2055, NULL, -984, NULL, '2024-05-13 17:23+00', '[1.0,0.25,1.25]', '[4,2]'), (2056, 59, -928, 's94', '2024-01-11 04:15+00', '[3.5,-3.0,3.75]', NULL), (2057, 20, -170, 's232', '2024-10-07 09:30+00', '[-3.0,-1.0,4.5]', '[8,-2,3,7,-3,-5]'), (2058, 65, NULL, 's581', '2024-12-25 12:01+00', '[-5.0,1.0,-3.75]', '[1,-3,-6,-7]'), (2059, 64, 1130278921145545925, 's836', NULL, '[-0.5,0.5,1.25]', '[-5,-1,-4,-9,2,2,4,-9]'), (2060, 31, 856, 's751', '2024-03-10 03:17+00', '[-4.5,1.25,-4.5]', '[-3,0,-5,3,-8,8,0]'), (2061, 72, 468, 's0', '2024-07-22 21:36+00', '[-0.5,-4.5,4.25]', '[-2]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 53
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 2061 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 500) g;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 54
CREATE INDEX t_ix868999 ON t (a, b);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 55
START TRANSACTION;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 56
START TRANSACTION;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 57
DROP TABLE u;
CREATE TABLE u (id int, a int, b bigint, s text, ts timestamptz, v vector(3), w vector) USING :am;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 58
DROP TABLE u;
CREATE TABLE u (id int, a int, b bigint, s text, ts timestamptz, v vector(3), w vector) USING :am;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 59
SET enable_seqscan = off; SET enable_indexscan = off; SET enable_indexonlyscan = off;
SELECT id, a FROM t WHERE a = 75 AND b > 0 ORDER BY id, a LIMIT 20;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 60
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2562, 87, -512, NULL, '2024-01-17 22:28+00', '[-0.25,-3.0,-2.75]', '[1,-6,8,4]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 61
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2563, 26, -261, repeat('w4', 2335), '2024-01-02 08:19+00', '[-2.5,0.0,2.0]', NULL), (2564, 9, NULL, 's756', '2024-08-03 23:45+00', '[-3.5,2.75,1.75]', NULL), (2565, 45, 286, 's80', '2024-12-21 22:16+00', '[-4.75,-4.75,1.25]', '[2,-4,7,-4,-6]'), (2566, 95, 326, 's378', '2024-06-08 11:08+00', '[-1.0,-1.25,-4.25]', NULL), (2567, 90, 4508012324944657662, 's82', '2024-12-06 09:38+00', '[-1.5,-2.5,-3.0]', NULL), (2568, NULL, NULL, NULL, '2024-04-07 23:23+00', '[3.0,1.75,-2.75]', NULL), (2569, 53, -1577846667904199659, 's200', '2024-01-15 18:43+00', '[3.5,0.0,3.25]', NULL), (2570, 19, 270, 's740', NULL, '[4.5,-0.25,4.0]', '[6,-5,0,1,7,-9]'), (2571, 94, 2029164340234923288, NULL, '2024-10-15 12:16+00', '[-2.0,3.75,-3.25]', NULL), (2572, 24, 3, 's753', '2024-08-08 17:36+00', '[4.25,4.0,-3.75]', '[5,-5]'), (2573, 91, 284, 's401', '2024-12-17 03:29+00', '[-2.0,4.0,2.5]', '[2,-8,3]'), (2574, 1, -58, 's636', '2024-12-05 13:58+00', '[-2.0,4.0,-3.25]', '[-4,2,1,-9,-1,-6]'), (2575, 67, -910, 's617', '2024-06-04 11:35+00', '[-1.25,-1.0,0.5]', NULL), (2576, 74, 0, 's894', '2024-05-06 04:35+00', '[1.0,-2.75,4.25]', '[5,-9,-9,1,-5]'), (2577, 4, 3663286294535552879, 's221', '2024-10-17 02:23+00', '[-3.0,4.25,4.75]', NULL), (2578, 59, 920, 's21', '2024-01-11 18:30+00', '[4.5,-4.5,5.0]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 62
INSERT INTO p SELECT id + 6000000, a, b, s, ts, v, w FROM u WHERE id % 3 = 0 AND (SELECT count(*) FROM p) < 4000;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 63
SET enable_seqscan = off; SET enable_indexscan = off; SET enable_indexonlyscan = off;
SELECT count(*), min(ts), max(ts) FROM t WHERE ts > '2024-01-02';
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 64
ROLLBACK TO SAVEPOINT sp2;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 65
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2579, 61, 658, NULL, '2024-06-05 04:13+00', '[2.25,1.25,2.0]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 2579 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 50) g;  EXCEPTION WHEN division_by_zero THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2630, 73, -302, repeat('w1', 2895), NULL, '[4.25,0.5,2.25]', NULL); PERFORM 1/0; END$$;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 66
COMMIT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 67
DROP TRIGGER fz_trg ON t;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 68
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2631, 2, -589, NULL, '2024-05-28 16:41+00', '[-4.25,-3.0,4.5]', NULL), (2632, 73, 380605150582824279, NULL, '2024-01-21 10:59+00', '[-4.75,2.75,1.25]', '[-4,-8,4,-8,-7,1]'), (2633, 51, -972, 's669', NULL, '[-4.25,1.5,4.75]', '[-4,-7,-9,-5,-3,-5]'), (2634, 45, 104, 's235', '2024-09-05 21:38+00', '[-1.0,2.5,-4.5]', '[8,5,8,-1,2]'), (2635, 16, -795, 's92', '2024-06-05 20:14+00', '[4.75,-3.0,-3.25]', NULL), (2636, 23, 511, 's165', '2024-03-28 23:54+00', '[0.5,-1.25,2.0]', '[-3,2,3,5,-3,1,-9,-6]'), (2637, NULL, 381, 's941', '2024-01-08 18:24+00', '[5.0,-1.5,-4.75]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 69
INSERT INTO t SELECT id + 6000000, a, b, s, ts, v, w FROM t WHERE id % 3 = 0 AND (SELECT count(*) FROM t) < 4000;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 70
WITH x AS (INSERT INTO t SELECT * FROM u WHERE id % 3 = 0 AND (SELECT count(*) FROM t) < 4000 RETURNING *) SELECT count(*), count(s), (SELECT count(*) FROM t) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 71
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT round((v <-> '[-3.75,0.25,-5.0]')::numeric, 4) FROM t ORDER BY v <-> '[-3.75,0.25,-5.0]' LIMIT 20;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 72
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (1799, 17, -949, 's514', '2024-03-01 04:58+00', '[-3.5,-2.5,2.25]', '[4,1]'), (2639, 50, -932, NULL, '2024-04-26 20:44+00', '[4.5,-1.5,4.0]', NULL), (2640, NULL, 800, NULL, '2024-08-05 16:27+00', '[3.5,-2.75,5.0]', '[7,2]'), (2641, 9, 982, 's15', '2024-04-24 02:17+00', '[-4.0,-4.5,-2.0]', '[8,2,-1,-9,1,-8,5]'), (2642, 88, 527, 's996', '2024-07-14 10:34+00', '[1.0,1.5,-2.75]', '[-2]'), (2643, 32, -506, 's34', '2024-11-04 02:53+00', '[-4.25,1.25,3.75]', NULL) RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 73
FETCH 4 FROM c2;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 74
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2644, 48, 523, 's272', '2024-06-23 02:25+00', '[0.0,-4.0,5.0]', '[-1,-1,6,2]'), (2645, 28, -209514297038698426, repeat('w0', 1818), '2024-03-27 21:29+00', '[1.75,-3.25,1.5]', NULL), (2646, 45, -380, 's711', '2024-02-09 12:18+00', '[5.0,2.5,-2.25]', '[-9,-5,2]'), (2647, 79, -219, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 101) g), '2024-09-07 00:36+00', '[3.5,-0.75,0.0]', NULL), (2648, 67, -586, NULL, '2024-05-20 11:58+00', '[0.75,-4.5,-0.5]', '[-1,2,-2,3,9,-5,-3]'), (2649, 74, -325, 's424', '2024-02-25 14:24+00', '[-4.75,-3.5,4.25]', '[4,4,6,-4,-7,5,3,6]'), (2650, 1, -177, 's788', '2024-11-10 17:21+00', '[-3.75,-1.5,-4.0]', '[-6]'), (2651, 27, -925359037529924239, 's427', '2024-08-28 01:35+00', '[-3.0,1.5,-4.25]', '[1,1,-3]'), (2652, NULL, -462, 's679', NULL, '[3.75,1.25,3.0]', '[0]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 75
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
2653	84	-688255056501	c69	2024-02-02 10:00:23+00	[-7,-2,3]	\N
2654	52	-517788744155	c43	2024-02-02 10:00:50+00	[-7,2,-8]	[5,0]
2655	26	887353459462	\N	2024-02-02 10:00:40+00	[6,4,6]	\N
2656	\N	482712069886	\N	2024-02-02 10:00:46+00	[-6,7,-3]	[2,7]
2657	59	-799063165033	c86	2024-02-02 10:00:03+00	[-3,-4,-2]	\N
2658	89	838933816531	yyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:28+00	[6,5,-4]	\N
2659	41	760702758731	\N	2024-02-02 10:00:42+00	[2,-4,1]	[3,2]
2660	88	-671587675561	\N	2024-02-02 10:00:46+00	[-4,1,-1]	\N
2661	26	-364031589521	c23	2024-02-02 10:00:31+00	[-5,-7,3]	[8,8]
2662	38	-694192637982	c44	2024-02-02 10:00:30+00	[-6,-2,7]	[8,1]
2663	44	443762769066	\N	2024-02-02 10:00:19+00	[1,-7,-5]	\N
2664	22	-343591444554	c6	2024-02-02 10:00:51+00	[7,-1,2]	\N
2665	4	-787058792146	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:26+00	[-5,-3,4]	\N
2666	93	456722758641	\N	2024-02-02 10:00:05+00	[3,-6,3]	\N
2667	13	-405163656028		2024-02-02 10:00:34+00	[7,1,-4]	[1,2]
2668	25	-550938440523	c69	2024-02-02 10:00:08+00	[-3,-7,8]	\N
2669	62	635046628872	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:14+00	[-5,-8,-5]	[9,3]
2670	66	956657442913	\N	2024-02-02 10:00:07+00	[0,-8,5]	\N
2671	9	358132653102	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:49+00	[-1,8,-7]	[1,0]
2672	52	-459742020320	c88	2024-02-02 10:00:09+00	[6,-3,-8]	[0,1]
2673	28	936135131912	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:30+00	[3,-4,-2]	[1,0]
2674	6	579048789138	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:22+00	[-6,-6,-2]	[6,1]
2675	38	-45809774198	c74	2024-02-02 10:00:24+00	[7,-4,0]	[7,9]
2676	29	7546180658	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:35+00	[-5,-6,0]	\N
2677	87	-501409708538	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:41+00	[-7,4,4]	[5,6]
2678	77	928915327014	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:51+00	[5,1,-8]	\N
2679	10	25829476791	c60	2024-02-02 10:00:39+00	[6,-4,2]	\N
2680	89	-468252419040	c4	2024-02-02 10:00:07+00	\N	[6,8]
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 76
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2681, 19, 823, 's518', '2024-07-10 15:20+00', '[4.5,-2.0,-2.5]', NULL), (719, 31, -486, 's526', '2024-11-04 17:47+00', '[-3.0,-1.0,1.5]', NULL), (2683, 37, 295, 's510', '2024-09-26 21:03+00', '[-4.75,-4.25,-3.25]', '[0,7,-5,5,-8,1,6,-5]'), (1112, 75, -196, 's298', '2024-10-21 08:40+00', '[-4.75,1.5,3.75]', '[3,6]'), (2685, 88, 708, 's205', '2024-01-26 17:22+00', '[-4.25,-2.5,-0.25]', '[0,-8,9]'), (2686, 46, 4145610164522174996, 's370', '2024-06-15 12:06+00', '[1.0,2.5,-0.75]', NULL), (2687, 64, 595, 's677', '2024-01-05 08:48+00', '[1.5,-4.0,-0.75]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 77
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2688, 57, 1025389011600176872, NULL, '2024-06-09 07:56+00', '[4.5,1.5,-3.25]', '[-4,-6,3]'), (2689, 95, 24, 's544', '2024-06-28 05:45+00', '[1.5,-0.5,-3.0]', NULL), (2690, 8, 368, 's804', '2024-07-13 06:36+00', '[-3.0,-2.75,-1.5]', '[7,-6,0,-8]'), (2691, 83, 326, repeat(md5('8'), 8320), '2024-12-13 19:57+00', '[3.0,-0.75,4.5]', NULL), (2692, NULL, 643, NULL, NULL, '[-3.25,0.0,-1.75]', NULL) ON CONFLICT DO NOTHING RETURNING id) SELECT count(*), sum(id) FROM x;
INSERT INTO t SELECT * FROM u WHERE id % 4 = 1 ON CONFLICT DO NOTHING;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 78
SAVEPOINT sp4;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 79
CALL fz_proc('t', 2692, 9, 0);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 80
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2720, 43, -528, 's228', '2024-04-10 18:34+00', '[-4.75,3.0,-0.75]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 2720 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 5) g; PERFORM 1/(SELECT count(*) - count(*) FROM t); EXCEPTION WHEN others THEN NULL; END; BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2726, 49, -536, 's257', '2024-01-26 11:34+00', NULL, NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 2726 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 5) g;  EXCEPTION WHEN division_by_zero THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2732, 21, -4306758413529495042, repeat('w4', 1324), '2024-04-26 22:47+00', '[-0.5,-4.75,4.75]', '[2,-3]'); PERFORM 1/0; END$$;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 81
ROLLBACK;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 82
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2733, 39, 416, 's351', '2024-01-26 22:29+00', '[-2.75,0.75,2.5]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 2733 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 5) g; PERFORM 1/(SELECT count(*) - count(*) FROM t); EXCEPTION WHEN unique_violation THEN NULL; END; BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2739, 13, -203, repeat('w4', 3838), '2024-05-22 00:58+00', '[1.75,1.0,-2.5]', '[-5,-5,-9,-6,-3,9,8]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 2739 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 5 = 0 THEN NULL ELSE repeat('x' || (g % 10), 452) END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 50) g;  EXCEPTION WHEN division_by_zero THEN NULL; END; BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (2790, 9, 147, repeat('w3', 1337), '2024-08-25 20:57+00', '[1.0,-3.5,-3.5]', '[-3,5,5]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 2790 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 300) g;  EXCEPTION WHEN division_by_zero THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (3091, 83, -508, NULL, '2024-08-23 15:38+00', '[4.5,1.0,-4.0]', '[-9,3,9,-2]');  END$$;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 83
FETCH 2 FROM c1;
CLOSE c1;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 84
VACUUM FULL t;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 85
BEGIN;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 86
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (3092, 2, 556, 's166', '2024-12-04 05:09+00', '[0.0,-3.5,3.0]', '[-9,-7,-9,8,-7,7,8]'), (3093, 68, NULL, 's297', NULL, '[-5.0,3.75,-1.75]', NULL), (3094, 58, 507, 's360', '2024-07-04 19:05+00', '[-3.75,-1.25,-3.5]', NULL), (3095, 37, -314, NULL, '2024-01-03 02:02+00', '[4.5,-1.75,3.25]', NULL), (3096, 73, 501, 's686', '2024-02-01 01:45+00', '[1.75,-4.25,-2.25]', '[5,-1,-5,-1,0]'), (3097, NULL, 446339355056956590, 's557', '2024-01-14 17:01+00', '[0.25,-5.0,-1.25]', '[8,-4]'), (3098, 40, -868, NULL, '2024-08-06 06:33+00', '[-1.25,1.5,3.25]', '[-3,-3]'), (3099, 1, -757, 's707', '2024-03-20 14:39+00', '[-0.5,1.25,-1.25]', NULL), (3100, NULL, 267, 's612', '2024-11-24 18:09+00', NULL, NULL), (3101, 68, NULL, 's992', '2024-03-18 03:46+00', '[-0.75,2.0,-2.25]', '[0,3,4,-4,5]'), (3102, 58, -937, 's343', '2024-04-04 06:51+00', '[-5.0,-2.0,-4.0]', '[9,0,-1]'), (3103, 12, -493287385259635397, 's274', NULL, '[-3.0,0.5,0.75]', '[-5,2,-1]'), (3104, 84, 631, 's907', '2024-07-25 00:14+00', '[1.0,0.75,-1.25]', '[-1,-9,-8,-6,3,2,-2,0]'), (1796, 14, -808, repeat('w7', 748), '2024-08-16 05:58+00', '[-4.0,-0.75,0.75]', NULL), (3106, 7, NULL, 's985', '2024-12-07 18:39+00', '[1.0,-3.25,-4.25]', '[-2]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 87
SAVEPOINT sp5;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 88
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (3107, 57, 2051931890457290869, 's486', NULL, '[-2.25,3.0,-5.0]', '[6]'), (3108, NULL, 361, 's968', '2024-11-12 04:24+00', '[-4.5,0.75,-2.25]', '[5]'), (3109, NULL, 1004308966903654892, NULL, '2024-10-07 02:25+00', '[0.75,2.5,-1.5]', NULL), (3110, 95, 273, 's803', '2024-04-27 15:12+00', '[-1.5,0.0,-4.5]', NULL), (3111, 2, -511, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 242) g), '2024-01-05 19:51+00', '[3.75,1.0,-3.0]', NULL), (3112, 53, -2116539050634556798, repeat('w9', 3856), '2024-01-06 07:27+00', '[1.5,-1.0,4.0]', '[-1,4,-6]'), (3113, 13, -855, NULL, '2024-03-28 04:26+00', '[-0.25,3.0,4.25]', NULL), (3114, 75, 69, 's584', '2024-04-14 02:37+00', '[-1.0,-1.25,1.5]', NULL), (3115, 9, 4089306977554979451, 's694', '2024-06-26 00:28+00', '[-2.25,2.25,0.0]', '[4,-7,-3,8]'), (3116, 95, -263, 's655', '2024-08-25 11:08+00', '[-0.75,-3.25,-4.5]', '[4,-7,6,9,5,1,9]'), (3117, 97, 2656861886619008481, 's208', '2024-11-25 09:53+00', '[4.25,-2.0,0.75]', '[-1,-4,-7,5,9]'), (62, 52, -856, NULL, '2024-03-03 22:15+00', '[-1.0,-1.25,-4.75]', NULL), (3119, NULL, -849, 's264', '2024-06-10 13:47+00', '[-3.75,-1.0,-2.5]', NULL), (3120, NULL, 1691540074570882639, 's824', '2024-03-07 19:59+00', NULL, NULL), (3121, 91, NULL, NULL, '2024-02-26 15:06+00', '[2.0,2.25,-1.5]', '[9,4,-5,-9,-3,9,-3,-6]'), (3122, 96, 92, NULL, '2024-01-01 07:46+00', '[-1.75,5.0,2.25]', '[-3,0,-1]');
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 89
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (3123, 89, -353, NULL, '2024-05-02 19:20+00', NULL, '[-4,-2,5]');
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 90
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
3124	8	-445662700778	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:51+00	[8,1,-6]	[6,7]
3125	99	-772147461198	\N	2024-02-02 10:00:49+00	[7,5,3]	[5,9]
3126	\N	-846851659918	yyyyyyyyyyy	2024-02-02 10:00:54+00	[-4,-7,-4]	[0,4]
3127	91	998396872104	c96	2024-02-02 10:00:49+00	[-6,-4,4]	[0,0]
3128	77	-148850511809	yyyyyyyyyyyyyyyyy	2024-02-02 10:00:48+00	[-6,2,-3]	[2,3]
3129	\N	327939275831	c54	2024-02-02 10:00:51+00	[-1,6,-5]	[6,7]
3130	62	128774993550	c36	2024-02-02 10:00:21+00	[-2,-4,-2]	\N
3131	95	804128422589	c31	2024-02-02 10:00:00+00	[-4,2,2]	[3,6]
3132	77	-278455824503	c29	2024-02-02 10:00:14+00	\N	\N
3133	29	-95154380098	c40	2024-02-02 10:00:48+00	[3,4,4]	\N
3134	39	-284218221243	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:24+00	[-1,-7,-3]	\N
3135	22	743962884505	\N	2024-02-02 10:00:55+00	[2,-7,3]	[2,8]
3136	8	947025223171	c70	2024-02-02 10:00:01+00	[6,-2,2]	\N
3137	\N	-116782605688	c3	2024-02-02 10:00:19+00	\N	[3,7]
3138	39	-764143856840	c61	2024-02-02 10:00:38+00	[7,2,3]	[5,9]
3139	46	13762112849	\N	2024-02-02 10:00:37+00	[5,-8,-1]	[1,9]
3140	65	744711613160	\N	2024-02-02 10:00:47+00	[5,-6,-3]	[5,1]
3141	9	130989596771	\N	2024-02-02 10:00:46+00	[5,-3,4]	[3,5]
3142	71	213969336674	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:56+00	[-8,-4,4]	[2,2]
3143	\N	229023958444	yyyyyyyyyyyyyy	2024-02-02 10:00:13+00	[-7,-2,8]	[3,8]
3144	33	126211007321	yyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:40+00	[-8,5,-4]	[3,6]
3145	29	-615158382311	\N	2024-02-02 10:00:57+00	[2,-3,-1]	[2,3]
3146	54	-995945004620	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:28+00	[6,-2,0]	[0,7]
3147	27	588135386040	yyyyyyyy	2024-02-02 10:00:15+00	[-4,2,6]	[5,6]
3148	81	-690397351528	\N	2024-02-02 10:00:12+00	[3,5,1]	\N
3149	98	-390351652050	\N	2024-02-02 10:00:30+00	[-3,5,7]	[7,7]
3150	45	-222179533613	c66	2024-02-02 10:00:46+00	[-4,8,-3]	[1,6]
3151	73	118213943908	c54	2024-02-02 10:00:40+00	[4,-4,6]	[0,7]
3152	18	256664588139	c91	2024-02-02 10:00:43+00	[1,-3,-8]	[6,5]
3153	3	-396575569210	\N	2024-02-02 10:00:23+00	[4,-3,1]	[7,7]
3154	49	-188179207796	c66	2024-02-02 10:00:51+00	[2,7,-5]	[9,4]
3155	63	-168107945831	c49	2024-02-02 10:00:01+00	[-8,0,2]	\N
3156	18	-874504174431	\N	2024-02-02 10:00:27+00	\N	\N
3157	19	-913272012144	yyyyyyyyyyyyyyy	2024-02-02 10:00:47+00	[-5,-4,-6]	\N
3158	\N	-917862055330	c63	2024-02-02 10:00:01+00	[-3,-4,1]	\N
3159	25	-42836474155	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:20+00	[-5,6,-3]	[3,5]
3160	19	368076845152	c50	2024-02-02 10:00:43+00	[7,-8,-3]	[0,7]
3161	76	-673825767848	c4	2024-02-02 10:00:55+00	[-8,6,6]	[6,8]
3162	82	545268967270	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:32+00	[7,-3,4]	\N
3163	61	968453714287	c0	2024-02-02 10:00:24+00	[-2,4,5]	[9,2]
3164	71	-258641898676	\N	2024-02-02 10:00:10+00	[-8,2,2]	\N
3165	97	994644390681	c73	2024-02-02 10:00:18+00	[-6,7,-7]	\N
3166	35	938927757685	c75	2024-02-02 10:00:46+00	[-8,-6,-4]	[9,6]
3167	92	439093383443	yyyyyyyyyy	2024-02-02 10:00:16+00	[3,-5,-7]	\N
3168	73	901137514779	c35	2024-02-02 10:00:20+00	[8,8,8]	[4,7]
3169	37	902620197715	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:34+00	[-5,-7,-4]	\N
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 91
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (3170, 56, -638053336254307416, 's860', '2024-08-23 02:46+00', '[-2.25,-3.0,-3.25]', '[1,-4,-4,-2,6]'), (3171, 33, 857, 's639', '2024-05-25 02:40+00', '[2.0,-1.75,-3.5]', NULL), (3172, 7, -51, 's122', '2024-09-07 08:10+00', '[1.25,-2.5,-3.0]', '[6,-1,9,2,-6,8,6,9]'), (3173, 12, 987, 's182', '2024-10-10 10:24+00', '[-4.75,0.0,-1.75]', NULL) RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 92
SAVEPOINT sp6;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 93
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT id, a FROM t WHERE a = 48 AND b > 0 ORDER BY id, a LIMIT 20;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 94
WITH a AS (INSERT INTO p (id, a, b, s, ts, v, w) VALUES (3174, NULL, 543, 's197', '2024-11-04 21:18+00', '[-5.0,-0.75,-4.25]', '[-1,1]') RETURNING *), b AS (INSERT INTO p SELECT * FROM a RETURNING *) SELECT count(*), (SELECT count(*) FROM a), (SELECT count(*) FROM p) FROM b;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 95
CREATE INDEX t_ix744617 ON t (id);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 96
CREATE TABLE c2 USING :am AS SELECT * FROM t WHERE id % 2 = 0;
SELECT * FROM fz_chk('c2');
INSERT INTO c2 SELECT * FROM c2;
SELECT * FROM fz_chk('c2');
DROP TABLE c2;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 97
INSERT INTO p (id, a, b, s, ts, v, w) VALUES (3175, 89, NULL, 's276', '2024-12-14 03:53+00', '[1.75,0.75,-4.75]', '[4]'), (3176, 20, -726, repeat('w2', 1111), '2024-06-09 17:09+00', '[-3.25,-2.5,-0.25]', '[8,6]'), (3177, 1, -712, 's854', '2024-01-08 11:15+00', '[1.0,1.75,0.25]', NULL), (2745, 6, 892, 's202', NULL, NULL, NULL), (3179, NULL, -368, 's457', NULL, '[-2.75,-2.25,-0.25]', NULL), (3180, 65, 4570412370750366216, 's809', '2024-12-21 23:10+00', NULL, '[-8,-6,7,-3,7,3]'), (3181, 55, -508, 's203', '2024-01-23 07:42+00', '[3.5,-0.5,0.75]', NULL), (3182, 28, NULL, NULL, '2024-07-03 04:05+00', '[-1.0,5.0,-3.5]', NULL), (3183, 12, 657, NULL, '2024-02-19 15:08+00', '[-3.0,-4.75,-2.25]', '[-7]'), (3184, 6, -450, 's283', '2024-12-27 11:26+00', '[2.0,2.0,-2.25]', NULL), (3185, 30, 196993106887769736, 's3', '2024-02-26 12:05+00', '[0.5,-3.75,-0.25]', '[8,9,5,9,8,-3]'), (3186, 93, 46, 's515', '2024-04-20 08:42+00', NULL, NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 98
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 3186 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 1500) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 99
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (4687, 90, NULL, 's882', '2024-06-24 21:13+00', '[-0.25,2.25,0.75]', NULL), (4688, 29, 506, repeat(md5('7'), 4799), '2024-11-12 22:01+00', '[-4.5,1.75,4.5]', '[-2,1,1,6,-6]'), (4689, 23, -447, 's430', '2024-01-23 04:57+00', '[2.0,-0.5,1.5]', NULL), (4690, 91, 889, repeat('w0', 2249), '2024-04-11 01:54+00', '[-2.75,0.75,3.0]', NULL), (4691, 50, -958, 's779', '2024-03-13 00:47+00', '[-3.0,-4.5,4.75]', '[-9,9,9,-2]'), (4692, 30, 177, 's870', '2024-02-02 18:20+00', '[3.0,2.25,-3.25]', NULL), (4693, 46, NULL, 's249', '2024-06-13 07:41+00', '[-1.25,1.0,5.0]', NULL), (4694, 34, -41, repeat('w9', 1217), '2024-01-22 12:29+00', '[2.5,3.75,1.0]', NULL), (4695, 97, 799, 's217', NULL, '[-4.0,-3.75,-3.75]', NULL), (3362, 37, -245, 's380', '2024-03-04 16:33+00', '[3.5,-1.75,-1.5]', '[1,8,9,-1,0,-7]'), (4697, 14, 315, repeat('w0', 1978), '2024-06-22 03:21+00', '[-5.0,-2.5,-2.0]', '[2,3,-1,-2,-4,5,-4,2]'), (4698, NULL, -343, 's202', '2024-11-02 15:34+00', '[-4.0,-2.25,-2.25]', NULL), (4699, 78, 782, 's631', '2024-09-18 04:45+00', '[-0.75,-0.25,-0.25]', '[5,1,9,-5]'), (4700, 57, -2647199498279113570, 's606', NULL, '[3.0,-2.75,-0.75]', '[-4,7]');
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 100
DECLARE c3 CURSOR WITH HOLD FOR SELECT count(*), count(s), sum(b) FROM p;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 101
SET vecstore.chunk_group_size = 131072;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 102
INSERT INTO p (id, a, b, s, ts, v, w) SELECT 4700 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 5 = 0 THEN NULL ELSE repeat('x' || (g % 10), 1298) END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 10) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 103
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
4711	29	214020831234	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:30+00	[0,-8,-7]	\N
4712	28	124556593005	\N	2024-02-02 10:00:15+00	[6,4,6]	\N
4713	47	101006027794	c17	2024-02-02 10:00:31+00	[-1,-5,-2]	\N
4714	63	681585563505	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:09+00	[3,4,-2]	[6,2]
4715	12	397361591629	c54	2024-02-02 10:00:07+00	[-2,-2,-1]	\N
4716	38	-695784402890	c61	2024-02-02 10:00:35+00	[-2,2,5]	\N
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 104
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (4717, 12, 670, 's159', '2024-11-23 13:12+00', '[3.0,-2.75,0.0]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 4717 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 50) g; PERFORM 1/0; EXCEPTION WHEN division_by_zero THEN NULL; END; BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (4768, 24, -604, 's892', '2024-09-16 03:01+00', '[-4.5,4.0,-3.5]', '[0,-2,9,-4]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 4768 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 300) g;  EXCEPTION WHEN unique_violation THEN NULL; END; BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5069, 20, -3506556693253068615, NULL, '2024-01-07 07:13+00', '[-3.75,-1.0,2.75]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 5069 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 5) g;  EXCEPTION WHEN division_by_zero THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5075, 52, -983, 's23', '2024-12-04 14:44+00', '[-1.75,0.5,-4.5]', NULL); PERFORM 1/0; END$$;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 105
FETCH 2 FROM c3;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 106
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5076, 96, -717641050035882955, 's570', '2024-09-07 14:36+00', '[-3.25,-3.75,0.75]', '[-9,-9,-1,6,-4,-3,6]'), (5077, 55, -581, 's391', '2024-07-22 00:42+00', '[0.0,3.25,4.5]', NULL), (5078, NULL, NULL, 's814', NULL, '[-2.5,-3.25,-3.75]', '[0,-9]'), (5079, 90, 27, 's990', '2024-02-04 16:29+00', '[-3.5,1.75,-1.5]', NULL), (5080, 91, 547, 's894', '2024-02-19 01:41+00', '[-2.75,2.0,1.0]', '[2,-5,7,-4,4]'), (5081, 30, -3987098593853146013, 's727', '2024-11-26 09:58+00', '[-3.5,-3.5,1.25]', NULL), (5082, NULL, -2975129199730323313, repeat('w3', 3114), NULL, NULL, NULL), (5083, 17, -96, 's99', '2024-04-11 01:36+00', '[1.5,-0.25,4.5]', NULL), (5084, 73, 477, 's21', '2024-11-16 09:11+00', '[4.25,0.0,-0.25]', '[-6,7]'), (5085, 14, -403, 's280', '2024-06-08 13:58+00', '[4.5,-1.25,1.75]', '[-3,-5,8,-5,8]'), (2109, 22, 904, NULL, '2024-08-06 22:41+00', '[-3.5,-2.25,2.5]', '[-8,-3,3,3,4,-3,2]'), (5087, 83, -181, 's569', '2024-04-13 04:32+00', '[-3.75,-1.25,-4.0]', '[2,-1,5]'), (5088, 47, -623, repeat('w9', 2671), '2024-11-06 05:05+00', '[0.25,-3.5,3.25]', NULL), (5089, 42, -831, 's12', '2024-07-01 13:14+00', '[5.0,1.0,-5.0]', NULL), (5090, 30, NULL, 's595', NULL, '[-3.75,-1.25,2.0]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 107
BEGIN;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 108
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5091, 89, -1763848942546973040, repeat('w1', 3401), '2024-08-09 11:25+00', '[5.0,0.25,4.5]', NULL);
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 109
INSERT INTO t SELECT id + 9000000, a, b, s, ts, v, w FROM t WHERE a < 20 AND (SELECT count(*) FROM t) < 4000;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 110
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT a, count(*) FROM t WHERE a BETWEEN 31 AND 36 GROUP BY a ORDER BY a;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 111
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5092, 85, 491, 's178', '2024-01-21 05:52+00', '[-4.0,2.0,-4.75]', NULL), (5093, 11, 597, 's347', NULL, '[2.75,1.5,1.25]', NULL), (5094, NULL, NULL, 's27', '2024-07-07 07:21+00', NULL, NULL) RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 112
CREATE TRIGGER fz_trg AFTER INSERT ON t FOR EACH ROW WHEN (NEW.a < 2) EXECUTE FUNCTION fz_trg_fn();
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 113
DROP TRIGGER fz_trg ON t;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 114
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5095, NULL, 8, 's509', NULL, '[3.0,4.5,-4.75]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 115
SET vecstore.write_buffer_size = 65536;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 116
\set ON_ERROR_ROLLBACK on
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 117
SAVEPOINT sp7;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 118
FETCH 3 FROM c2;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 119
CREATE TRIGGER fz_trg AFTER INSERT ON t FOR EACH ROW WHEN (NEW.a < 2) EXECUTE FUNCTION fz_trg_fn();
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 120
SET enable_seqscan = off; SET enable_indexscan = off; SET enable_indexonlyscan = off;
SELECT count(*), sum(b), count(s) FROM t WHERE id BETWEEN 3526 AND 3761;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 121
INSERT INTO u (id, a, b, s, ts, v, w) SELECT 5095 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 10) g;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 122
INSERT INTO u (id, a, b, s, ts, v, w) VALUES (5106, 90, 577, 's907', '2024-10-05 03:15+00', '[0.5,-2.75,2.0]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 123
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT count(*), min(ts), max(ts) FROM t WHERE ts > '2024-01-02';
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 124
INSERT INTO u (id, a, b, s, ts, v, w) VALUES (5107, 58, -2384434688092620913, 's55', '2024-03-26 09:14+00', '[-1.0,-3.5,-2.25]', '[-5,-4,1,3,-5,9]'), (5108, 77, 2250460736768372578, 's124', '2024-04-23 22:01+00', '[-0.25,-5.0,-0.25]', NULL), (5109, 86, -673, repeat('w3', 800), '2024-02-12 12:56+00', '[-5.0,-3.75,1.25]', NULL);
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 125
TRUNCATE t;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 126
SAVEPOINT sp8;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 127
BEGIN;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 128
ROLLBACK;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 129
SELECT round((v <-> '[-0.5,1.5,-0.5]')::numeric, 4) FROM t ORDER BY v <-> '[-0.5,1.5,-0.5]' LIMIT 11;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 130
WITH x AS (INSERT INTO t SELECT * FROM p WHERE a < 20 AND (SELECT count(*) FROM t) < 4000 RETURNING *) SELECT count(*), count(s), (SELECT count(*) FROM t) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 131
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5110, 13, 313, 's855', '2024-07-07 00:30+00', '[0.25,1.0,-3.25]', '[3,-5]'), (5111, 36, -410, NULL, '2024-10-16 19:39+00', '[5.0,3.0,-4.75]', NULL), (5112, NULL, -233, 's745', '2024-04-14 00:29+00', '[-3.75,-3.75,5.0]', '[0,3,-3,4]'), (5113, 87, -251, NULL, '2024-04-03 09:33+00', '[1.5,0.5,4.0]', NULL), (5114, 75, -325, NULL, '2024-06-16 23:28+00', '[3.0,-1.75,-4.25]', '[2]'), (5115, NULL, -388, NULL, '2024-09-14 17:04+00', NULL, '[3,-5]'), (5116, 38, -472561475780353839, 's412', '2024-02-16 10:02+00', '[-0.75,0.75,2.0]', '[-4,5,-4,-4,5]'), (5117, 97, 340, 's688', '2024-09-03 06:19+00', '[-1.25,5.0,-3.5]', '[-2,1,-9,-9,5,4,2]'), (5118, 90, 298, 's942', '2024-08-19 11:52+00', '[-5.0,4.0,-4.75]', '[1,6,-3,4,8,-3,6]'), (5119, 27, 424, 's820', '2024-11-23 04:40+00', '[-1.75,-0.5,3.5]', NULL), (5120, 39, 1816602181994441576, 's292', '2024-04-19 04:11+00', '[4.25,-2.75,-3.5]', NULL), (5121, 82, -419, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 16) g), '2024-11-23 17:21+00', '[-1.5,0.0,-2.0]', '[1,-9,0,0,-9]'), (5122, 17, 1702282028462000242, 's456', '2024-03-14 08:05+00', '[0.75,3.25,3.25]', '[1]'), (5123, 33, -325, NULL, '2024-04-09 19:44+00', '[-1.25,-4.5,-2.0]', '[-5,8,6,2]'), (5124, 7, -129, 's87', '2024-08-07 01:45+00', '[-3.25,2.75,-2.75]', '[-6,7,-5]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 132
SET vecstore.fetch_cache_size = 1048576;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 133
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 5124 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 100) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 134
START TRANSACTION;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 135
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5225, 95, -309, 's370', '2024-02-07 17:46+00', '[1.5,-3.5,3.5]', NULL), (5226, 59, -383, NULL, '2024-01-07 15:11+00', '[4.25,1.75,-2.0]', '[-7,7]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 136
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5227, 76, 877, 's277', NULL, '[-0.75,-3.0,2.25]', '[-2,-5,-9,9]'), (5227, 76, 877, 's277', NULL, '[-0.75,-3.0,2.25]', '[-2,-5,-9,9]') ON CONFLICT DO NOTHING RETURNING id) SELECT count(*), sum(id) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 137
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5228, 74, -913, NULL, '2024-03-16 15:11+00', '[-3.0,3.0,1.5]', NULL);
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 138
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5229, 65, -718, 's320', NULL, '[-4.25,1.5,-2.25]', NULL), (5230, 84, 554, 's609', '2024-12-21 06:09+00', '[2.5,-2.5,-4.5]', NULL), (5231, 15, -759, 's528', '2024-12-11 20:33+00', '[-2.75,-4.25,-0.75]', '[9,4,9,-8,-5,1,4,4]'), (5232, 66, -125, NULL, '2024-05-20 02:28+00', '[1.25,2.75,2.0]', NULL), (5233, NULL, 662564683449023927, 's856', '2024-11-11 01:58+00', '[2.0,-1.0,2.5]', NULL);
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 139
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 5233 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 5 = 0 THEN NULL ELSE repeat('x' || (g % 10), 2531) END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 500) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 140
CREATE UNIQUE INDEX t_ix63443 ON t (ts);
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 141
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5734, 97, -4466783667692457126, 's601', '2024-04-17 22:46+00', '[0.25,-1.75,4.0]', '[5,-4]'), (5735, 93, 242, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 99) g), NULL, '[0.25,-4.5,2.0]', NULL), (5736, 39, 86024566840249815, 's300', '2024-11-09 14:50+00', '[2.0,-1.75,4.5]', NULL), (5737, 27, 2837004510827766665, NULL, '2024-07-05 11:57+00', '[-1.0,-2.25,3.25]', NULL), (5738, 17, 431, NULL, '2024-09-17 19:13+00', '[3.5,-1.0,-5.0]', '[-4,-7,-1,-7,-3,-6,0]'), (5739, 31, 613, 's579', '2024-12-26 01:44+00', '[-3.25,4.0,-4.5]', NULL), (5740, 10, -119, NULL, '2024-08-18 10:29+00', '[-1.0,-3.25,1.25]', '[8,0,-6,-3,1,0]'), (5741, 29, 2432504616764948950, 's253', '2024-03-21 13:21+00', '[5.0,3.25,3.0]', NULL), (5742, 70, 53, 's479', '2024-03-18 23:26+00', '[0.75,-3.75,-4.75]', '[-9,-8,-4]'), (5743, 88, -676, 's326', '2024-07-21 04:34+00', '[2.0,-2.5,2.0]', NULL), (5734, 97, -4466783667692457126, 's601', '2024-04-17 22:46+00', '[0.25,-1.75,4.0]', '[5,-4]'), (5735, 93, 242, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 99) g), NULL, '[0.25,-4.5,2.0]', NULL), (5736, 39, 86024566840249815, 's300', '2024-11-09 14:50+00', '[2.0,-1.75,4.5]', NULL), (5737, 27, 2837004510827766665, NULL, '2024-07-05 11:57+00', '[-1.0,-2.25,3.25]', NULL), (5738, 17, 431, NULL, '2024-09-17 19:13+00', '[3.5,-1.0,-5.0]', '[-4,-7,-1,-7,-3,-6,0]'), (5739, 31, 613, 's579', '2024-12-26 01:44+00', '[-3.25,4.0,-4.5]', NULL), (5740, 10, -119, NULL, '2024-08-18 10:29+00', '[-1.0,-3.25,1.25]', '[8,0,-6,-3,1,0]') ON CONFLICT DO NOTHING RETURNING id) SELECT count(*), sum(id) FROM x;
INSERT INTO t SELECT * FROM u WHERE id % 4 = 1 ON CONFLICT DO NOTHING;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 142
COMMIT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 143
START TRANSACTION;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 144
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5744, 78, NULL, 's103', '2024-06-28 13:01+00', '[1.5,-1.0,0.0]', NULL), (5745, 15, -685, NULL, '2024-08-15 20:51+00', '[3.0,-3.5,0.0]', '[7,3,2,8,8,9]'), (5746, 9, -826, 's541', '2024-11-14 01:02+00', '[3.5,-2.25,1.5]', '[-5,-2]'), (5747, 86, 699, 's772', '2024-04-02 07:00+00', '[-2.75,1.0,3.5]', '[-4,7,9]'), (5748, 35, NULL, 's802', '2024-04-22 10:19+00', '[-4.5,0.75,1.75]', '[-5,9,7,1,-9,6,8,8]'), (5749, 91, 161, NULL, '2024-11-16 01:58+00', NULL, '[-2,-1,5,-7,5,8]'), (5750, 56, 105, 's521', '2024-12-07 13:04+00', '[-3.0,3.5,1.75]', '[-2,-2,-2,-2]'), (5751, 36, NULL, 's307', '2024-05-22 17:24+00', '[4.0,5.0,-2.5]', NULL), (5752, 5, NULL, 's28', '2024-06-06 20:55+00', '[2.75,-2.25,-1.5]', NULL), (5753, 14, 874, 's338', '2024-10-25 03:54+00', '[0.25,-0.25,-2.75]', NULL), (5754, 8, -357, repeat('w6', 2690), '2024-09-04 00:23+00', '[0.25,-1.0,3.5]', NULL), (5755, 71, 124255970441258268, 's260', '2024-01-12 13:01+00', NULL, NULL), (5756, 67, 1628787860432501614, 's356', NULL, NULL, '[5,-2,-4,8,-1,7,1,6]'), (5757, 52, 678, 's149', '2024-01-18 17:54+00', '[2.0,0.25,-2.25]', NULL), (5758, 24, NULL, 's135', NULL, '[2.0,4.25,-2.25]', '[2]'), (5759, NULL, -783, repeat('w3', 1413), '2024-04-03 20:44+00', NULL, '[1,4]'), (5760, 20, -677, 's99', '2024-08-06 17:06+00', '[2.75,-3.5,-4.0]', '[-5,-7,4,6,6,3]'), (5761, 54, -410, 's610', '2024-10-18 05:21+00', '[-1.25,-1.25,2.0]', '[7,6,4,8,-5,-3,-2]'), (5762, 8, NULL, 's900', '2024-03-24 14:40+00', '[-5.0,1.25,-4.0]', '[-3,-9,7,-5,-3,2,4]'), (5763, 83, -461, 's512', '2024-01-08 10:47+00', NULL, '[-6]');
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 145
WITH a AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5764, 2, 434, 's731', '2024-10-02 05:53+00', '[0.0,4.0,-0.75]', '[-9,0,1,2,-9,-7,-7,5]'), (5765, NULL, 4234715852916546507, NULL, '2024-02-26 03:17+00', NULL, '[3,-2,-6,1]'), (5766, 66, 642, 's8', '2024-03-17 20:59+00', NULL, '[-4,1,1,3]'), (5767, NULL, -937293347985157006, 's210', '2024-09-01 06:21+00', '[-1.5,-0.25,-4.5]', '[9,-2,4,9,3,-7,-7]'), (5768, 15, -820, 's845', '2024-10-02 06:02+00', '[3.25,-1.5,4.75]', '[-2,-1,2,-5,1,5,-4]'), (5769, 59, NULL, 's591', '2024-09-08 15:19+00', '[4.25,4.25,3.75]', NULL) RETURNING id) INSERT INTO t (id, a, b, s, ts, v, w) SELECT id + 5000000, a, b, s, ts, v, w FROM t WHERE id IN (SELECT id FROM a) OR id % 50 = 0;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 146
VACUUM FULL t;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 147
RESET max_parallel_workers_per_gather; RESET parallel_setup_cost; RESET parallel_tuple_cost; RESET min_parallel_table_scan_size; RESET parallel_leader_participation;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 148
PREPARE TRANSACTION 'fz_172864371';
SET lock_timeout = '50ms';
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
SET lock_timeout = '10s';
COMMIT PREPARED 'fz_172864371';
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 149
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5770, 87, -151, 's316', '2024-06-11 04:01+00', '[2.75,-5.0,-1.5]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 5770 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 50) g; PERFORM 1/0; EXCEPTION WHEN unique_violation THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5821, 71, 2360299354005430434, 's865', '2024-11-01 06:53+00', '[-4.0,-3.25,-2.5]', NULL);  END$$;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 150
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5822, 51, -521, 's166', '2024-07-04 13:50+00', '[-0.75,-2.75,5.0]', '[7,-3,6]'), (5823, 30, -39, 's65', '2024-06-21 21:05+00', '[3.25,-4.75,-4.75]', '[-6,2]'), (5824, 67, 496, 's166', '2024-07-18 17:53+00', '[3.5,5.0,-4.5]', '[-3,-4,9,3]'), (5825, 60, 3, 's992', '2024-07-23 08:46+00', '[-1.0,2.75,-4.5]', NULL), (5826, NULL, -368, 's449', '2024-08-16 02:04+00', '[0.5,2.5,3.0]', NULL), (5827, 58, NULL, 's328', '2024-06-10 04:22+00', '[2.75,4.5,-5.0]', NULL), (5828, 28, 978, 's608', '2024-10-19 16:02+00', '[-1.25,0.25,-4.5]', '[8,9,9]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 151
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5829, 47, -523, 's118', '2024-05-06 15:47+00', '[2.5,-4.0,1.5]', '[-7,-6,-6,2,6]'), (5830, 61, 869, 's587', '2024-01-27 05:44+00', '[4.5,-2.75,-1.5]', NULL), (5831, 33, -519, 's51', '2024-10-10 03:18+00', '[5.0,-2.5,-1.25]', '[-5,6,-9,-5,-3,8,2,0]'), (5832, 6, -858, 's894', '2024-05-15 04:16+00', '[-3.0,-1.25,3.0]', '[5,-4,-6,1]'), (5833, 23, -174, 's97', NULL, NULL, NULL), (5834, 94, -902, 's733', '2024-11-03 12:33+00', '[3.25,-3.0,3.5]', '[9,5,1,-7,1,-7,-6,3]'), (5835, NULL, 984, 's361', NULL, '[2.5,-1.25,4.5]', NULL), (5836, 0, 757, 's214', '2024-01-03 05:16+00', '[-3.25,-3.5,0.25]', '[-4]'), (5837, 98, -505412243218478420, 's749', '2024-01-03 23:06+00', '[3.5,1.25,0.5]', NULL), (1955, NULL, 3404029689736895110, repeat('w9', 3943), '2024-07-20 20:27+00', '[2.5,-5.0,-2.75]', NULL), (5839, 76, 868, 's545', '2024-05-04 08:08+00', '[1.0,2.75,-1.25]', NULL), (5840, 86, -854, 's307', '2024-10-01 00:54+00', '[2.0,-1.0,-0.25]', NULL), (5841, 87, -760, 's586', '2024-05-28 01:19+00', '[2.75,3.75,1.5]', NULL), (5842, 59, NULL, 's88', '2024-07-01 10:22+00', '[3.0,3.75,2.5]', NULL), (5843, 50, NULL, 's36', '2024-10-04 20:39+00', '[3.25,-4.75,4.5]', NULL), (5844, 11, 344134108939245647, repeat('w9', 3385), '2024-07-11 21:09+00', '[-3.25,-4.0,3.75]', '[-6,9,1,-4,1,-5,5,-8]'), (5845, 27, -845, 's83', '2024-10-18 12:59+00', '[-2.25,3.5,-2.75]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 152
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
5846	37	-163950269273	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:04+00	[5,1,-1]	\N
5847	\N	-292287426820	c97	2024-02-02 10:00:03+00	[0,1,-5]	\N
5848	\N	-318547489082	c90	2024-02-02 10:00:18+00	[-2,8,-3]	\N
5849	70	-437189868769	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:32+00	[6,7,-4]	[5,6]
5850	83	632019858765	c9	2024-02-02 10:00:41+00	[-1,1,6]	\N
5851	46	-44413379873	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:34+00	[-1,0,-8]	[9,4]
5852	\N	91186542916	\N	2024-02-02 10:00:42+00	\N	\N
5853	\N	132169597115	yyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:12+00	\N	[5,4]
5854	46	-459452758694	c13	2024-02-02 10:00:04+00	[8,-5,6]	[0,9]
5855	46	726614242847	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:49+00	[5,1,3]	[5,3]
5856	92	-965754846391	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:12+00	[-6,7,-6]	\N
5857	94	-700251670633	\N	2024-02-02 10:00:22+00	\N	[2,5]
5858	95	185384729405	yyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:03+00	[-3,2,-6]	[4,7]
5859	46	952622961751	c6	2024-02-02 10:00:28+00	[-6,-3,3]	[8,3]
5860	67	-870965896735	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:26+00	[8,7,-4]	[6,6]
5861	96	-77816548445	\N	2024-02-02 10:00:20+00	[-4,0,8]	\N
5862	90	-573289355658	c51	2024-02-02 10:00:46+00	\N	\N
5863	27	-735715947061	c44	2024-02-02 10:00:17+00	[3,-3,1]	\N
5864	71	437164628153	c85	2024-02-02 10:00:27+00	[2,1,-1]	\N
5865	84	-459694416306	c53	2024-02-02 10:00:53+00	[-4,3,-3]	[3,3]
5866	54	-799253934848	\N	2024-02-02 10:00:54+00	[0,-6,-6]	[8,7]
5867	47	129546271573	c46	2024-02-02 10:00:16+00	[-6,-6,4]	\N
5868	30	-47212286948	\N	2024-02-02 10:00:01+00	\N	[7,2]
5869	74	84685764150	c16	2024-02-02 10:00:17+00	[0,2,5]	\N
5870	26	-283728490702	c25	2024-02-02 10:00:03+00	[1,0,-7]	[2,8]
5871	24	-696629465304	c10	2024-02-02 10:00:02+00	[-2,4,-3]	[3,3]
5872	50	111073886727	yyyyyyyyyy	2024-02-02 10:00:35+00	[3,-5,8]	[0,6]
5873	98	211412651104	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:42+00	[3,-7,1]	[6,9]
5874	21	348476341678	\N	2024-02-02 10:00:07+00	[-3,8,-8]	\N
5875	5	47741896731	c71	2024-02-02 10:00:05+00	[-8,5,7]	\N
5876	22	359278102172	c27	2024-02-02 10:00:05+00	[6,-1,-7]	\N
5877	75	83455041643	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:58+00	[-7,4,3]	[9,3]
5878	37	-523801005923	\N	2024-02-02 10:00:02+00	[-8,7,6]	[8,9]
5879	\N	655168979294	c1	2024-02-02 10:00:48+00	[8,-4,-6]	[1,2]
5880	93	-589993740563	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:26+00	\N	[8,6]
5881	12	935974464584	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:44+00	[6,-6,7]	[8,8]
5882	23	132199317845	c76	2024-02-02 10:00:46+00	[-2,7,-4]	\N
5883	28	887044295913	c30	2024-02-02 10:00:42+00	[7,4,-8]	[6,7]
5884	26	-663463216647	\N	2024-02-02 10:00:59+00	[3,1,1]	[1,3]
5885	65	-327132752769	\N	2024-02-02 10:00:12+00	\N	\N
5886	\N	208214892881	\N	2024-02-02 10:00:47+00	[-5,-5,8]	[8,7]
5887	19	-916605024507	yyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:18+00	[5,-3,-6]	\N
5888	\N	164258994726	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:45+00	[-8,8,0]	[4,7]
5889	92	769687308735	\N	2024-02-02 10:00:08+00	[-3,-8,2]	[5,8]
5890	0	-813968513234	\N	2024-02-02 10:00:32+00	[-7,-3,-2]	[3,5]
5891	21	967373718286	c60	2024-02-02 10:00:15+00	[-5,7,8]	\N
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 153
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5892, 92, -335, 's958', NULL, '[-3.75,0.75,-0.5]', '[3,9,9,-1]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 5892 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 5) g;  EXCEPTION WHEN division_by_zero THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5898, 61, 585, 's265', NULL, '[-1.0,2.75,-1.75]', NULL); PERFORM 1/0; END$$;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 154
BEGIN;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 155
WITH x AS (INSERT INTO t SELECT * FROM t WHERE a IS NULL AND (SELECT count(*) FROM t) < 4000 RETURNING *) SELECT count(*), count(s), (SELECT count(*) FROM t) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 156
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5899, 38, -3313935583693532055, 's199', '2024-05-08 01:51+00', '[0.0,4.0,-2.5]', '[6,7,7,8,-3,-1,6]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 5899 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 5) g; PERFORM 1/(SELECT count(*) - count(*) FROM t); EXCEPTION WHEN others THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5905, 85, -393, NULL, '2024-04-12 14:03+00', '[-2.75,-4.5,-0.25]', '[-5,-1,7,4,2,7,5]');  END$$;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 157
VACUUM FULL t;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 158
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5906, 82, -3844350649555572091, 's130', '2024-10-08 22:54+00', '[2.0,4.0,-2.25]', NULL);
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 159
SAVEPOINT sp9;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 160
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5907, 95, 541, 's616', '2024-01-20 17:24+00', '[-0.25,1.5,0.0]', '[-4,9]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 161
PREPARE TRANSACTION 'fz_115202125';
SET lock_timeout = '50ms';
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
SET lock_timeout = '10s';
COMMIT PREPARED 'fz_115202125';
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 162
SELECT round((v <#> '[2.5,-0.75,4.0]')::numeric, 4), count(*) OVER () FROM t WHERE a < 50 ORDER BY v <#> '[2.5,-0.75,4.0]' LIMIT 3;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 163
\if :vec
SELECT id FROM t WHERE id = 3 FOR SHARE;
\else
DO $$BEGIN RAISE EXCEPTION 'unsupported' USING ERRCODE = '0A000'; END$$;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 164
INSERT INTO t SELECT id + 2000000, a, b, s, ts, v, w FROM p WHERE true AND (SELECT count(*) FROM t) < 4000;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 165
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 166
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
5908	11	-773659741899	y	2024-02-02 10:00:55+00	[7,-4,-5]	\N
5909	10	-513103166993	yyyyy	2024-02-02 10:00:08+00	[-1,1,-5]	\N
5910	29	-531997167460	\N	2024-02-02 10:00:24+00	[5,-4,1]	\N
5911	99	84892018684	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:47+00	[-3,-7,2]	[3,9]
5912	50	118960903931	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:45+00	[-2,8,-2]	[2,3]
5913	88	133901153560	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:00+00	\N	\N
5914	27	19172220411	c5	2024-02-02 10:00:15+00	[0,5,2]	\N
5915	37	-755713357500	c93	2024-02-02 10:00:51+00	[8,2,-3]	[6,8]
5916	97	-206434487426	\N	2024-02-02 10:00:11+00	[5,6,3]	[6,8]
5917	22	437581366169	\N	2024-02-02 10:00:42+00	\N	[7,2]
5918	\N	530081452647	\N	2024-02-02 10:00:25+00	[-8,2,0]	[4,4]
5919	10	393387761592		2024-02-02 10:00:47+00	\N	\N
5920	9	591506117665	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:05+00	[-1,-3,-3]	\N
5921	11	-849801284521	\N	2024-02-02 10:00:10+00	\N	\N
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 167
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5922, NULL, 534, NULL, NULL, '[3.0,-2.0,1.0]', NULL);
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 168
PREPARE TRANSACTION 'fz_755012902';
SET lock_timeout = '50ms';
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
SET lock_timeout = '10s';
COMMIT PREPARED 'fz_755012902';
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 169
WITH x AS (INSERT INTO u (id, a, b, s, ts, v, w) VALUES (5923, 87, NULL, 's167', '2024-08-21 11:44+00', '[4.0,0.75,3.25]', NULL), (5924, 95, 4, repeat('w6', 620), '2024-04-18 15:26+00', '[-0.25,-1.75,2.25]', NULL), (5925, NULL, 2531639339434137133, NULL, '2024-12-20 15:41+00', '[-4.75,4.0,-2.25]', NULL), (5926, 96, 223, NULL, '2024-03-19 18:38+00', '[-1.0,4.5,-1.0]', '[3,-7,0,-8,-9]'), (5927, 9, -830, 's650', '2024-02-17 18:50+00', '[3.5,0.25,3.25]', NULL), (5923, 87, NULL, 's167', '2024-08-21 11:44+00', '[4.0,0.75,3.25]', NULL), (5924, 95, 4, repeat('w6', 620), '2024-04-18 15:26+00', '[-0.25,-1.75,2.25]', NULL) ON CONFLICT DO NOTHING RETURNING id) SELECT count(*), sum(id) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 170
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5928, 84, -4191111155410302187, 's537', '2024-03-04 09:36+00', '[3.25,-3.25,-2.0]', '[-8,-7,9,6,2,-8,-4]'), (5929, 70, -770, NULL, '2024-09-12 08:45+00', '[1.75,-0.25,3.25]', '[9]'), (5930, 16, 37, NULL, '2024-05-26 12:47+00', NULL, '[-2,-9,9,-3]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 171
WITH a AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (752, NULL, 989, repeat('w5', 3680), '2024-10-15 00:02+00', '[-5.0,-3.75,-5.0]', '[-4,9,2,-3,-1,-4,1]') RETURNING id) INSERT INTO t (id, a, b, s, ts, v, w) SELECT id + 5000000, a, b, s, ts, v, w FROM t WHERE id IN (SELECT id FROM a) OR id % 50 = 0;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 172
WITH a AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5932, 29, NULL, 's576', '2024-03-16 11:35+00', '[2.0,2.75,-1.25]', NULL), (5933, 5, -463, 's541', '2024-09-05 16:22+00', '[3.25,4.0,0.5]', NULL), (5934, 97, -304, 's63', '2024-09-07 04:37+00', NULL, '[-5,4,2,-8,-1,-2,9]'), (5935, 1, -785, 's535', '2024-07-11 00:44+00', '[-2.0,0.25,-2.25]', '[6,2,6,-6,4,-2]') RETURNING *), b AS (INSERT INTO t SELECT * FROM a RETURNING *) SELECT count(*), (SELECT count(*) FROM a), (SELECT count(*) FROM t) FROM b;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 173
\if :vec
UPDATE t SET a = 1 WHERE id < 10;
\else
DO $$BEGIN RAISE EXCEPTION 'unsupported' USING ERRCODE = '0A000'; END$$;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 174
SAVEPOINT sp10;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 175
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5936, 77, -912, NULL, '2024-05-16 11:11+00', '[0.0,0.25,4.5]', '[-2]'), (5937, 41, 817, 's223', '2024-04-26 01:48+00', '[2.0,-1.25,1.5]', '[-6,0,-5]'), (5938, 96, -799204768030704140, 's530', '2024-04-10 20:29+00', '[-2.0,3.25,-4.25]', NULL), (5939, 6, 3347962742121776219, NULL, NULL, '[-2.0,4.25,4.5]', NULL), (5940, 44, -869, 's621', '2024-12-02 21:45+00', '[-4.25,4.5,0.5]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 176
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (922, 33, 379, 's235', '2024-09-14 08:28+00', '[-4.25,1.0,-0.25]', '[-3,-9,-4,-1]'), (5942, 8, 557, 's666', '2024-03-16 04:27+00', '[3.25,-2.75,3.25]', '[-8,8]'), (5943, 50, -711, 's233', '2024-01-08 17:17+00', '[2.5,-5.0,2.75]', NULL), (5944, 8, -315, 's443', '2024-11-26 04:43+00', '[-3.25,0.0,-0.75]', '[-8,7,-2,-8,1,8,9]'), (2803, 90, 397, 's390', '2024-01-12 05:33+00', '[-0.75,-0.5,1.25]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 177
FETCH 3 FROM c2;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 178
ROLLBACK TO SAVEPOINT sp10;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 179
COMMIT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 180
INSERT INTO t SELECT id + 5000000, a, b, s, ts, v, w FROM t WHERE id % 3 = 0 AND (SELECT count(*) FROM t) < 4000;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 181
WITH x AS (INSERT INTO u (id, a, b, s, ts, v, w) VALUES (5946, 34, -346, 's723', '2024-05-20 21:05+00', '[-0.25,1.0,0.5]', '[-2]'), (5947, 63, -68, 's642', '2024-06-04 07:29+00', '[-0.5,-0.75,1.25]', '[6,0,-7,9,-8]'), (5948, 50, -649, 's73', '2024-05-19 21:33+00', '[-4.75,-3.25,1.75]', NULL) RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 182
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5949, 16, -2026735086556021419, 's757', '2024-03-23 01:48+00', '[-4.75,-3.5,-0.25]', '[1,-9,0,-7,0,2]'), (5950, 50, 467, 's859', '2024-08-16 09:51+00', '[-3.5,1.25,-1.0]', NULL), (5951, 96, -710, NULL, '2024-12-18 12:11+00', '[0.5,-5.0,-2.75]', '[5,0,-9,2,-9]'), (5952, 62, 4201636293815712473, 's583', '2024-03-26 13:31+00', '[2.5,0.25,4.25]', '[3,-9,-6,3,2,4,9]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 183
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (5953, 27, 473, 's633', NULL, '[3.5,-2.75,-1.75]', '[7,2,6,5,4,6,-2,-4]'), (5954, NULL, 332, 's801', '2024-05-20 21:12+00', '[4.25,-3.5,-0.75]', NULL) RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 184
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
5955	31	-366836542307	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:23+00	[4,4,6]	\N
5956	71	683371170964	c43	2024-02-02 10:00:08+00	[-7,-3,-6]	[8,4]
5957	81	265743720565	\N	2024-02-02 10:00:17+00	[-5,8,8]	[0,5]
5958	77	416263285759	yyyyyy	2024-02-02 10:00:24+00	\N	[5,3]
5959	53	-476412197172	yyyy	2024-02-02 10:00:57+00	[5,5,-8]	[6,5]
5960	52	-528221840917	\N	2024-02-02 10:00:19+00	\N	[2,7]
5961	34	-619090944440	\N	2024-02-02 10:00:28+00	\N	\N
5962	85	273132751182	c36	2024-02-02 10:00:31+00	\N	[4,0]
5963	19	569421921366	\N	2024-02-02 10:00:03+00	[2,2,-6]	[2,6]
5964	63	492772639841	\N	2024-02-02 10:00:34+00	[6,2,8]	[4,6]
5965	92	-516912717441	c44	2024-02-02 10:00:18+00	[4,-2,-6]	\N
5966	81	229350967114	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:19+00	[-5,7,-2]	[3,7]
5967	\N	680171401129	c42	2024-02-02 10:00:54+00	[-2,6,7]	\N
5968	92	-420638231053	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:31+00	[-7,-2,8]	\N
5969	70	-782691424463	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:43+00	[-1,7,3]	[1,1]
5970	75	799041089547	c60	2024-02-02 10:00:59+00	[-5,2,-2]	\N
5971	24	-801748766451	yyyyyyyyyyyyy	2024-02-02 10:00:54+00	[8,-7,-8]	\N
5972	20	-936622469220	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:06+00	[-2,-7,-6]	[6,3]
5973	\N	804278926023	yyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:03+00	[2,6,8]	[4,5]
5974	41	841037557158	c0	2024-02-02 10:00:48+00	[6,-3,-5]	[1,2]
5975	\N	-166206490010	\N	2024-02-02 10:00:03+00	[-5,2,5]	\N
5976	45	140029990412	\N	2024-02-02 10:00:06+00	[8,-4,-3]	[3,1]
5977	6	733824571544	c95	2024-02-02 10:00:08+00	[-4,5,8]	[4,1]
5978	13	-743627427687	c76	2024-02-02 10:00:46+00	[5,-5,2]	[6,8]
5979	50	849173027388	\N	2024-02-02 10:00:06+00	[4,-3,-2]	\N
5980	77	-899821702251	c40	2024-02-02 10:00:01+00	[5,-8,-3]	[5,9]
5981	19	467598154909	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:51+00	\N	[4,2]
5982	76	961934475748	\N	2024-02-02 10:00:55+00	[-6,1,0]	[0,4]
5983	4	-650617338359	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:24+00	[1,-2,-7]	[1,2]
5984	14	982405905848	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:48+00	\N	[9,1]
5985	21	445971076047	\N	2024-02-02 10:00:46+00	[3,-2,6]	\N
5986	90	-634597120914	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:42+00	[5,-6,8]	\N
5987	93	162352442730	yyyyyyyyyyyyyyyyyy	2024-02-02 10:00:41+00	[-5,2,-7]	\N
5988	79	893561679180	yyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:03+00	[4,-3,7]	[5,6]
5989	99	-113983760922	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:28+00	[5,-8,-5]	\N
5990	97	-300823139341	c63	2024-02-02 10:00:09+00	\N	\N
5991	92	542470477959	c9	2024-02-02 10:00:43+00	[8,8,-2]	[0,9]
5992	71	-265502814233	c62	2024-02-02 10:00:04+00	[-7,-7,0]	[4,1]
5993	32	554757762181	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:01+00	[2,-5,-3]	\N
5994	96	-665575579003	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:48+00	[8,-5,5]	[7,6]
5995	34	944486569387	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:41+00	[-7,-1,-4]	[5,9]
5996	27	-678487113170	c85	2024-02-02 10:00:10+00	[0,5,-4]	\N
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 185
WITH x AS (INSERT INTO p (id, a, b, s, ts, v, w) VALUES (5997, 69, -30, 's138', '2024-01-25 05:35+00', '[-2.75,1.0,0.5]', '[9,-3]'), (5998, 97, 979, 's111', '2024-05-04 08:57+00', '[1.5,1.0,4.75]', NULL), (5999, 91, 947, 's198', NULL, '[-4.0,1.25,-3.75]', NULL), (3512, 6, -561, 's725', '2024-05-15 12:11+00', '[0.5,2.0,3.0]', '[-1,7,-4,-8,-4,2,9]'), (3176, 4, -1736163130339466869, 's97', NULL, '[3.5,-2.0,1.5]', '[1,-8,1,-3]'), (6002, 84, -336, 's408', '2024-12-19 07:58+00', '[2.25,3.0,2.25]', NULL), (6003, 88, NULL, 's491', '2024-07-09 16:46+00', '[1.5,-4.0,0.25]', '[5,6,5,5,-9]'), (6004, NULL, 653, 's546', '2024-09-18 00:19+00', '[-4.5,-2.75,-2.75]', NULL) RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 186
CHECKPOINT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 187
BEGIN;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 188
DROP TRIGGER fz_trg ON t;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 189
COMMIT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 190
INSERT INTO p (id, a, b, s, ts, v, w) VALUES (6005, 79, -862, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 117) g), '2024-12-25 03:30+00', '[-0.5,1.75,1.25]', '[-8,-5]'), (6006, 53, -914, 's352', '2024-06-22 17:26+00', '[4.75,2.0,0.25]', NULL), (6007, 93, -637, 's580', '2024-08-09 11:32+00', '[-2.0,3.75,-3.75]', '[-2,9,3,-5]'), (6008, 81, 1298936574507095842, 's712', '2024-09-25 21:07+00', NULL, NULL), (3329, 55, -245, 's136', '2024-06-20 20:29+00', NULL, NULL), (6010, 45, -172, 's479', '2024-02-05 00:28+00', '[-0.5,-4.75,-3.5]', '[-8,6,1,6,-8,9,7,-2]'), (6011, 30, 3420878629218800482, 's281', '2024-04-27 00:43+00', '[2.5,-2.5,-4.75]', '[5]'), (6012, 54, 1879028749006312464, 's854', '2024-08-20 05:57+00', '[-4.75,-5.0,-2.25]', NULL), (6013, 64, -122, repeat('w9', 673), '2024-01-28 22:11+00', '[5.0,-3.25,3.0]', '[-4,8,3,-4,-6,-2]'), (6014, 56, -1818826287357156049, repeat('w4', 1007), '2024-06-11 22:56+00', '[2.0,-1.25,-2.0]', NULL), (6015, 94, -3741385073324518087, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 229) g), '2024-11-03 04:45+00', '[1.0,3.0,-1.25]', NULL), (6016, 85, -775, 's779', '2024-07-02 04:50+00', '[-0.25,3.5,1.75]', '[-4,6,3,0,-1,4,-3,-3]'), (6017, 29, 41, 's380', '2024-08-08 10:52+00', '[-2.5,2.0,-4.75]', '[-1,8,3,-2]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 191
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 6017 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 500) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 192
SET max_parallel_workers_per_gather = 2; SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0; SET parallel_leader_participation = on;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 193
DECLARE c4 CURSOR WITH HOLD FOR SELECT count(*), count(s), sum(b) FROM p;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 194
BEGIN;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 195
SAVEPOINT sp11;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 196
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
6518	73	-307875370667	\N	2024-02-02 10:00:23+00	[5,2,4]	[6,3]
6519	67	215761299973	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:08+00	\N	[3,0]
6520	65	886850277724	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:12+00	\N	\N
6521	66	629327039032	c52	2024-02-02 10:00:34+00	[3,-2,6]	[5,8]
6522	29	922915830994	\N	2024-02-02 10:00:18+00	[8,-5,-1]	\N
6523	31	219011812552	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:11+00	[-7,-8,-1]	\N
6524	97	-189317096781	\N	2024-02-02 10:00:44+00	[-3,-1,3]	\N
6525	30	219649933902	\N	2024-02-02 10:00:35+00	[-1,1,-1]	\N
6526	97	-766207337050	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:59+00	[-1,-2,4]	[3,5]
6527	36	540742960159	c29	2024-02-02 10:00:01+00	[-1,-3,7]	\N
6528	27	898813272743	\N	2024-02-02 10:00:20+00	[4,0,4]	\N
6529	17	927594406651	c46	2024-02-02 10:00:44+00	[5,3,4]	\N
6530	69	177765664309	\N	2024-02-02 10:00:38+00	[-1,-4,4]	[3,0]
6531	55	-692496280401	\N	2024-02-02 10:00:20+00	[-3,-3,-3]	[0,3]
6532	\N	675551667995	c89	2024-02-02 10:00:26+00	\N	[6,2]
6533	44	856100853515	\N	2024-02-02 10:00:35+00	\N	\N
6534	89	-39036549321	\N	2024-02-02 10:00:21+00	\N	[6,6]
6535	81	830424779851	c12	2024-02-02 10:00:48+00	[-2,1,0]	[2,6]
6536	81	726815991707	\N	2024-02-02 10:00:30+00	[8,-5,-2]	\N
6537	71	-456853706989	\N	2024-02-02 10:00:41+00	[1,-5,-6]	\N
6538	77	-902432152455	\N	2024-02-02 10:00:07+00	[-1,6,-7]	\N
6539	98	916059094392	\N	2024-02-02 10:00:37+00	[7,1,2]	\N
6540	14	-231437190624	c77	2024-02-02 10:00:23+00	[1,5,-3]	[6,9]
6541	\N	-280309321498	yy	2024-02-02 10:00:08+00	[5,-1,8]	[3,2]
6542	31	-554236781271	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:45+00	[-1,5,-7]	[6,9]
6543	88	-439546737792	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:30+00	[4,4,3]	[5,4]
6544	\N	630608189691	\N	2024-02-02 10:00:00+00	[-8,3,-5]	[8,0]
6545	60	984665109226	c14	2024-02-02 10:00:57+00	[8,-6,-1]	[4,7]
6546	75	356228706053	yyyyyyy	2024-02-02 10:00:58+00	[6,8,3]	[4,2]
6547	21	922397813298	c27	2024-02-02 10:00:17+00	[2,5,2]	\N
6548	76	276808674108	\N	2024-02-02 10:00:59+00	[1,2,-8]	[4,0]
6549	43	547319064974	c56	2024-02-02 10:00:12+00	[1,1,1]	\N
6550	3	-942364179401	c73	2024-02-02 10:00:12+00	[3,-8,-8]	\N
6551	62	34965194663	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:23+00	\N	[2,0]
6552	69	-261847304520	\N	2024-02-02 10:00:21+00	[-6,-3,-1]	\N
6553	76	333730021156	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:24+00	\N	[4,5]
6554	49	-225092276038	c18	2024-02-02 10:00:23+00	[2,3,5]	\N
6555	\N	-345972474795	\N	2024-02-02 10:00:04+00	\N	\N
6556	\N	149591610378	c47	2024-02-02 10:00:41+00	[7,8,4]	\N
6557	16	-930058676501	c65	2024-02-02 10:00:02+00	\N	\N
6558	79	747834872796	\N	2024-02-02 10:00:19+00	[-5,-1,8]	\N
6559	28	-740378260212	\N	2024-02-02 10:00:48+00	[0,-4,4]	\N
\.
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 197
INSERT INTO u (id, a, b, s, ts, v, w) VALUES (6560, 31, -826, 's148', '2024-06-01 16:17+00', '[-3.5,-1.25,-0.75]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 198
COMMIT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 199
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (6561, 77, NULL, 's694', '2024-07-19 19:21+00', '[-1.75,0.25,-3.75]', '[8,7,-7,9,6,2,6,6]'), (6562, 30, 13, repeat('w6', 2246), '2024-04-18 09:18+00', '[-3.0,-1.0,2.5]', '[-6,-3]'), (6563, NULL, 2984105140109228015, NULL, NULL, '[-3.0,-4.25,3.0]', '[9,5,-1,1,-5,7]'), (6564, 50, -541, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 95) g), '2024-01-13 07:56+00', NULL, NULL), (6565, 11, 825, 's188', '2024-01-02 05:33+00', NULL, '[-4]'), (6566, 53, -673, 's893', '2024-11-21 09:16+00', '[-5.0,5.0,-3.25]', NULL), (6567, 39, -341, 's512', '2024-07-17 17:31+00', '[1.75,-3.25,-0.75]', '[7,2,-4,-3,-1]'), (6568, NULL, 51, 's451', '2024-09-06 23:40+00', '[3.0,-3.0,0.75]', NULL), (6569, 84, -1013102832080712743, 's748', '2024-02-26 02:14+00', '[-5.0,3.0,-1.25]', NULL), (6570, 35, -291, 's529', '2024-01-24 13:49+00', '[2.5,0.0,-1.5]', '[-3]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 200
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 6570 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 10) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 201
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (6581, 94, -388, NULL, '2024-03-26 17:38+00', '[-0.5,2.25,3.25]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 202
CALL fz_proc('t', 6581, 74, 1);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 203
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
6804	49	-946623053794	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:25+00	[4,-1,-8]	[0,5]
6805	97	-453845398006	yyyyyy	2024-02-02 10:00:08+00	[-8,0,-5]	[6,9]
6806	14	-86676133731	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:09+00	[8,6,3]	[5,1]
6807	53	-533639049806	c13	2024-02-02 10:00:29+00	[-2,7,-1]	[6,6]
6808	32	449135987356	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:27+00	[-1,-5,4]	[6,9]
6809	28	-621568525128	c92	2024-02-02 10:00:35+00	[-1,-1,-4]	[1,7]
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 204
DECLARE c5 CURSOR WITH HOLD FOR SELECT id FROM t WHERE a < 10 ORDER BY id, b;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 205
END;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 206
DECLARE c6 CURSOR WITH HOLD FOR SELECT count(*), count(s), sum(b) FROM t;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 207
\if :vec
SELECT id FROM u WHERE id = 3 FOR SHARE;
\else
DO $$BEGIN RAISE EXCEPTION 'unsupported' USING ERRCODE = '0A000'; END$$;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 208
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 209
ALTER TABLE t ADD COLUMN x424155 vector(2) DEFAULT '[1,2]';
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 210
SAVEPOINT sp12;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 211
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 6809 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 1500) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 212
SET enable_seqscan = off; SET enable_indexscan = off; SET enable_indexonlyscan = off;
SELECT id, a, b, length(s), ts, v FROM t WHERE id = 3707 ORDER BY 1, 2, 3, 4, 5;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 213
SET vecstore.chunk_group_size = 131072;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 214
FETCH 3 FROM c4;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 215
INSERT INTO t SELECT id + 9000000, a, b, s, ts, v, w FROM t WHERE id % 3 = 0 AND (SELECT count(*) FROM t) < 4000;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 216
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (8310, 76, -210, 's781', NULL, '[-0.25,0.5,-0.75]', '[0,3,8,-8,-4]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 217
RELEASE SAVEPOINT sp12;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 218
CREATE TRIGGER fz_trg AFTER INSERT ON t FOR EACH ROW WHEN (NEW.a < 2) EXECUTE FUNCTION fz_trg_fn();
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 219
BEGIN;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 220
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (8311, 0, 4604107944304319821, 's228', '2024-11-03 20:28+00', NULL, '[-9,0,-2,-1,-5,0,0]'), (8312, 57, -943, NULL, '2024-06-24 20:26+00', NULL, '[0,-8,-4]'), (8313, NULL, 345, 's111', '2024-09-11 10:13+00', '[-5.0,-1.75,1.0]', '[7,5,-9,-1]'), (8314, 15, -67, 's423', '2024-07-12 16:18+00', '[-4.25,3.25,1.0]', NULL), (8315, 92, NULL, 's88', '2024-04-15 20:00+00', '[-3.75,1.25,-4.25]', NULL), (8316, 55, -648, 's767', NULL, '[4.25,-3.0,-2.25]', NULL) RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 221
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (8317, 20, -3444399602851222048, 's695', '2024-02-08 12:38+00', '[-1.5,-0.75,-2.5]', '[2,-8,-5,5,-2,-2,-1]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 222
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (8318, 83, 641, 's240', '2024-04-08 07:44+00', '[4.75,4.75,-1.25]', NULL) RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 223
BEGIN;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 224
SAVEPOINT sp13;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 225
INSERT INTO u (id, a, b, s, ts, v, w) VALUES (8319, 15, -1215174508674448807, NULL, '2024-06-12 22:41+00', '[-0.75,-3.0,3.0]', '[0,6,8]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 226
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (8320, 25, 809, 's851', '2024-12-15 14:52+00', '[-1.25,2.75,-5.0]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 8320 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 50) g;  EXCEPTION WHEN unique_violation THEN NULL; END; BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (8371, NULL, 381, NULL, '2024-12-14 08:48+00', '[-2.75,0.75,-2.5]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 8371 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 300) g;  EXCEPTION WHEN unique_violation THEN NULL; END; BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (8672, 22, -656, 's517', '2024-09-10 03:21+00', '[-5.0,3.0,1.0]', '[6,-7,-7]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 8672 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 5) g; PERFORM 1/(SELECT count(*) - count(*) FROM t); EXCEPTION WHEN others THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (8678, 15, 3677233934831477891, 's764', '2024-02-11 03:52+00', NULL, '[6,1,-4]'); PERFORM 1/0; END$$;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 227
RELEASE SAVEPOINT sp13;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 228
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (8679, 19, 956, repeat('w9', 2579), '2024-08-26 23:09+00', '[0.25,-2.5,-5.0]', '[8,6]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 229
SELECT count(*), sum(b), count(s) FROM t WHERE id BETWEEN 2062 AND 2146;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 230
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (8680, 47, 3554439442421830425, 's601', '2024-05-28 03:26+00', '[-3.0,1.5,4.25]', NULL) RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 231
BEGIN;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 232
ROLLBACK;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 233
COMMIT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 234
SET vecstore.chunk_group_size = 1048576;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 235
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT a, count(*) FROM t WHERE a BETWEEN 89 AND 94 GROUP BY a ORDER BY a;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 236
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
8681	45	-865551989299	\N	2024-02-02 10:00:15+00	[-2,8,2]	\N
8682	74	-492905851808	c91	2024-02-02 10:00:43+00	[-2,2,2]	[3,6]
8683	95	526349000877	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:12+00	[-8,-1,0]	[8,7]
8684	36	-707202592548	\N	2024-02-02 10:00:47+00	[-6,5,-7]	\N
8685	77	824742420187	\N	2024-02-02 10:00:34+00	[0,3,-3]	\N
8686	5	589286548956	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:50+00	[-6,-1,0]	\N
8687	97	409177923222	c91	2024-02-02 10:00:56+00	[-8,5,4]	\N
8688	52	-846863147139	yyyyyy	2024-02-02 10:00:08+00	[2,-7,-8]	[0,3]
8689	46	-269196849404	yyyyyyyyyyyyyyyyy	2024-02-02 10:00:56+00	[6,-7,-3]	\N
8690	54	-619013539787	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:58+00	[0,-8,-4]	[1,2]
8691	93	482882028167	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:50+00	[-6,-1,7]	\N
8692	13	808685988799	c42	2024-02-02 10:00:07+00	[-8,-1,4]	\N
8693	10	-357608753748	\N	2024-02-02 10:00:36+00	[1,-3,2]	[8,6]
8694	8	-549827150732	c55	2024-02-02 10:00:41+00	[0,-2,-8]	\N
8695	\N	537936950810	\N	2024-02-02 10:00:13+00	[3,-6,-7]	[5,5]
8696	91	-914338088956	c67	2024-02-02 10:00:11+00	\N	\N
8697	33	203185002350	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:34+00	[-7,7,2]	[6,2]
8698	61	321216781646	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:35+00	[1,8,0]	[8,5]
8699	91	-136812228928	yyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:35+00	[-4,6,-3]	\N
8700	51	911146331923	c38	2024-02-02 10:00:49+00	[-3,-1,-5]	\N
8701	7	-560807325008	c3	2024-02-02 10:00:49+00	[8,5,-2]	\N
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 237
CALL fz_proc('p', 8701, 78, 0);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 238
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 8935 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 10) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 239
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (8946, 57, NULL, 's717', '2024-01-09 08:10+00', '[-1.0,-1.25,-4.75]', NULL), (8947, 42, NULL, 's139', NULL, '[-4.25,0.75,-0.5]', NULL), (8948, 34, -480, repeat('w2', 1243), '2024-10-09 22:55+00', '[1.25,2.0,0.75]', '[-9,8]'), (8949, 68, -659, NULL, '2024-09-13 14:51+00', '[-5.0,-0.75,-5.0]', NULL), (8950, 82, -1752217434580641426, 's924', NULL, '[1.25,-1.0,-3.0]', '[3,-2]'), (8951, 44, -339, 's859', '2024-02-14 07:26+00', '[-2.5,-1.25,-2.25]', NULL), (8952, 58, -348, 's668', '2024-01-15 15:43+00', '[2.5,2.75,4.5]', NULL), (8953, 42, 397, 's587', '2024-08-26 04:38+00', '[-4.25,3.0,-4.0]', NULL), (8954, 44, -70, 's151', NULL, '[3.25,-4.25,4.0]', NULL), (8955, NULL, 114, 's396', '2024-11-18 00:21+00', '[-3.25,-2.75,3.25]', '[-3,-4,3,2,-2]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 240
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (8956, 67, -512, 's36', '2024-11-07 07:14+00', '[-2.75,-1.25,2.5]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 241
COMMIT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 242
BEGIN ISOLATION LEVEL REPEATABLE READ;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 243
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (8957, 78, 113, repeat('w2', 2639), '2024-06-17 01:22+00', '[0.25,1.0,-3.5]', '[-3,-7,7]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 244
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT id, a, b, length(s), ts, v FROM t WHERE id = 4463 ORDER BY 1, 2, 3, 4, 5;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 245
DECLARE c7 CURSOR WITH HOLD FOR SELECT count(*), count(s), sum(b) FROM t;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 246
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (8958, 59, -479083895354464684, 's627', '2024-07-01 06:59+00', '[-1.25,1.25,-0.75]', '[-2,2,6,5,-4]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 247
\set ON_ERROR_ROLLBACK off
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 248
SET enable_seqscan = off; SET enable_indexscan = off; SET enable_indexonlyscan = off;
SELECT round((v <-> '[-2.0,3.0,-1.75]')::numeric, 4) FROM t ORDER BY v <-> '[-2.0,3.0,-1.75]' LIMIT 10;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 249
START TRANSACTION;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 250
SAVEPOINT sp14;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 251
SET vecstore.fetch_cache_size = 8192;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 252
SELECT id, v <-> '[0.5,-1.5,-3.75]' AS d FROM t WHERE v IS NOT NULL ORDER BY d, id LIMIT 5;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 253
ROLLBACK;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 254
CHECKPOINT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 255
\if :vec
CREATE PUBLICATION fzpub FOR TABLE t;
\else
DO $$BEGIN RAISE EXCEPTION 'unsupported' USING ERRCODE = '0A000'; END$$;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 256
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (8959, 57, 787344837356241182, repeat('w6', 3441), NULL, '[2.75,4.25,4.0]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 8959 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 50) g; PERFORM 1/(SELECT count(*) - count(*) FROM t); EXCEPTION WHEN division_by_zero THEN NULL; END; BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (9010, 22, 732, NULL, '2024-10-13 10:19+00', '[-1.0,-0.5,5.0]', NULL); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 9010 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 5 = 0 THEN NULL ELSE repeat('x' || (g % 10), 200) END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 300) g; PERFORM 1/0; EXCEPTION WHEN unique_violation THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (9311, 85, 405, 's825', '2024-09-22 05:50+00', '[-3.25,-1.75,-3.25]', '[0,0,-9,0]'); PERFORM 1/0; END$$;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 257
SELECT count(*), min(ts), max(ts) FROM t WHERE ts > '2024-01-02';
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 258
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (9312, 43, -2807592785834216040, NULL, '2024-04-27 04:11+00', '[-3.75,3.75,-1.25]', '[0]'), (9313, 22, -698, 's175', '2024-02-18 05:38+00', '[3.0,-2.75,0.25]', NULL), (9314, 74, NULL, repeat('w5', 2335), '2024-02-15 17:08+00', '[4.5,3.75,-2.0]', '[-7,-6,2,-3,-8,2]'), (9315, 25, -346, repeat('w4', 1182), '2024-11-01 18:27+00', '[2.5,0.25,3.75]', NULL), (9316, 42, 757, 's114', '2024-03-17 03:07+00', '[0.75,0.0,1.5]', NULL), (9317, 18, -215, 's296', '2024-04-01 12:16+00', '[-3.75,2.0,-5.0]', NULL), (9318, 75, -619, 's912', '2024-05-14 01:27+00', '[2.25,0.75,-1.5]', '[6,6,9]'), (7550, 1, 4130486261021078031, 's106', '2024-01-02 10:05+00', '[-3.0,-1.5,-2.0]', '[-9,6]'), (9320, 51, 358, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 34) g), '2024-10-27 14:48+00', '[-1.75,0.5,3.5]', '[6,-8,-9]'), (9321, NULL, 229, 's126', '2024-09-26 09:17+00', '[4.25,1.0,4.0]', '[7,-9,-4,-3,5]'), (9322, 31, 638, 's920', '2024-11-12 19:37+00', '[1.5,0.0,0.5]', '[0,3,7]'), (9323, 95, -255, 's556', '2024-02-01 03:27+00', '[-1.0,4.0,1.5]', '[7,-5,3,1,1]'), (3298, 88, -709, 's689', NULL, '[0.0,-1.0,-1.75]', NULL), (9325, 50, -302, 's404', '2024-05-07 15:02+00', '[0.0,-0.5,-4.5]', NULL), (9326, 99, 721, repeat('w8', 3759), '2024-03-20 21:52+00', '[-0.5,-4.0,-1.0]', '[-9,5]'), (9327, 34, -142, 's385', '2024-03-05 14:04+00', '[-5.0,1.0,-3.25]', '[-5,1,7,-3]'), (9328, 44, 419, 's585', '2024-02-08 15:39+00', '[5.0,-4.0,-4.25]', '[1,8,4,-2,7,2,-4,3]'), (9329, 66, -994, 's719', '2024-01-26 21:13+00', '[3.25,-0.75,-3.25]', '[5,1,3,-6,-5,2,3]'), (9330, 81, -118, 's12', '2024-11-09 09:35+00', '[-2.75,4.5,-1.5]', '[0,-6,8,4]'), (9331, 28, -387, 's632', '2024-10-12 10:18+00', '[-4.25,-0.25,-3.5]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 259
BEGIN ISOLATION LEVEL REPEATABLE READ;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 260
SET vecstore.enable_chunk_skipping = on;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 261
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (9332, 48, -212, 's617', '2024-06-16 23:17+00', NULL, '[-3,5,7,-4]'), (9333, 85, NULL, NULL, '2024-09-05 02:56+00', '[-2.0,-0.5,0.5]', NULL), (9334, 4, NULL, 's8', '2024-11-12 15:50+00', '[-5.0,3.5,1.0]', '[4]'), (9335, 29, -58, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 279) g), '2024-11-01 22:13+00', NULL, NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 262
RESET max_parallel_workers_per_gather; RESET parallel_setup_cost; RESET parallel_tuple_cost; RESET min_parallel_table_scan_size; RESET parallel_leader_participation;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 263
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (9336, 67, -974, NULL, '2024-07-21 19:22+00', '[4.25,1.75,3.75]', '[6]'), (9337, 24, -976, 's256', '2024-05-04 09:17+00', '[-3.25,-1.5,4.25]', '[1]'), (9338, 54, 711, 's956', '2024-10-27 06:28+00', '[-4.0,4.75,3.25]', NULL), (9339, 88, 503, 's456', '2024-10-13 11:08+00', '[1.0,-0.75,-0.5]', '[-3,-6,2,8]'), (9340, 66, -2542977694804843234, 's813', '2024-11-08 20:51+00', '[3.0,-1.0,2.75]', NULL), (9341, 65, 3005521107883050634, 's541', '2024-04-08 07:57+00', '[2.75,0.75,-1.5]', NULL), (9342, 21, -777, 's564', '2024-01-10 03:23+00', '[-0.75,2.0,1.75]', NULL), (9343, 69, 809, 's721', '2024-03-26 19:45+00', '[0.75,0.0,-1.0]', '[-9,0]'), (113, 99, 4209518458680129433, 's167', '2024-03-26 06:19+00', '[-1.75,4.0,-3.0]', '[3,7,-6,-7,6,-7]'), (9345, 58, 3669223880227638706, 's208', '2024-07-16 22:27+00', '[-0.25,0.25,-1.0]', '[-7]'), (9346, 12, NULL, 's328', '2024-10-21 21:12+00', '[-2.5,-5.0,2.25]', '[-7,-5,-6,-2]'), (9347, 36, 653, NULL, '2024-01-18 22:20+00', '[-2.5,5.0,-3.75]', NULL), (9348, 46, 48, 's431', '2024-06-18 15:04+00', '[-1.0,-0.25,1.5]', NULL), (9349, 97, NULL, 's118', '2024-07-10 16:03+00', '[1.75,3.5,3.75]', '[5,0,7,9,-8,-8]'), (9350, 70, 528, repeat('w8', 1804), '2024-03-01 04:14+00', '[0.25,-2.5,-3.25]', '[-1]'), (9351, 7, -310, 's517', '2024-02-01 21:02+00', '[5.0,-2.75,-1.75]', NULL), (9352, 73, 1269380873021885102, repeat('w1', 2047), '2024-09-28 12:32+00', '[0.5,-5.0,-0.25]', '[4,-3]'), (9353, 55, -119, repeat('w0', 2721), '2024-07-15 16:01+00', NULL, NULL), (9354, 85, -398, 's432', '2024-08-06 04:54+00', '[-2.75,-5.0,2.75]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 264
SAVEPOINT sp15;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 265
INSERT INTO p (id, a, b, s, ts, v, w) VALUES (9355, NULL, 463, 's766', '2024-08-18 10:20+00', '[-2.5,-3.5,-1.75]', '[8,-7]');
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 266
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 267
SELECT round((v <#> '[2.5,-1.5,-2.25]')::numeric, 4), count(*) OVER () FROM t WHERE a < 50 ORDER BY v <#> '[2.5,-1.5,-2.25]' LIMIT 3;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 268
COMMIT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 269
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (9356, 50, 911, 's380', NULL, '[-0.25,2.75,1.0]', '[1,-5,2,9]'), (9357, 32, 744, 's478', '2024-02-02 17:27+00', '[-0.5,2.75,-0.75]', '[-2]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 270
COPY p (id, a, b, s, ts, v, w) FROM STDIN;
9358	98	-671308027698	yyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:34+00	[2,-7,-2]	[9,2]
9359	31	173328133767	c40	2024-02-02 10:00:18+00	[-2,-6,5]	[9,1]
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 271
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (9360, 77, -892, 's634', '2024-08-13 01:25+00', '[-3.0,-4.5,-0.25]', '[-9,7,0,-4,-1,-6,8]'), (9361, 58, 571, 's867', '2024-05-19 04:34+00', '[-4.0,-3.5,4.25]', NULL), (9362, 34, -926, NULL, NULL, '[4.75,-3.75,0.75]', NULL), (9363, 80, 510, 's299', '2024-09-23 01:45+00', '[3.25,0.0,3.75]', NULL), (9364, 66, -185, 's165', '2024-07-12 23:32+00', '[-4.5,5.0,-1.5]', NULL) RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 272
DECLARE c8 CURSOR WITH HOLD FOR SELECT id, a, md5(s), v, w FROM p ORDER BY id, a, b, s, ts;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 273
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 9364 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 10) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 274
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 9374 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 10) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 275
TRUNCATE u;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 276
INSERT INTO u (id, a, b, s, ts, v, w) VALUES (9385, 77, -705, 's272', '2024-01-05 06:45+00', '[-2.75,-4.75,3.75]', '[9,3,3,-7,0,8,8]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 277
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
9386	\N	551138911640	c30	2024-02-02 10:00:00+00	[7,4,-3]	[7,7]
9387	7	-590996611526	\N	2024-02-02 10:00:26+00	[-6,1,1]	[3,8]
9388	54	-108466187211	\N	2024-02-02 10:00:37+00	[0,-1,-4]	\N
9389	64	807081554976	\N	2024-02-02 10:00:03+00	[-8,4,7]	\N
9390	23	397449657745	\N	2024-02-02 10:00:50+00	[7,-2,4]	\N
9391	17	-603567330892	\N	2024-02-02 10:00:13+00	[-2,5,-7]	[6,0]
9392	4	-48341816197	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:21+00	[2,5,-7]	[5,6]
9393	85	-223802772119	\N	2024-02-02 10:00:56+00	[5,0,-3]	\N
9394	59	19017336536	c46	2024-02-02 10:00:43+00	[-4,-4,4]	[7,7]
9395	73	-885197784609	c49	2024-02-02 10:00:53+00	\N	[8,5]
9396	82	498875192283	\N	2024-02-02 10:00:32+00	[-7,7,7]	[9,3]
9397	88	-178743989932	yyyyyyyyyyyyyy	2024-02-02 10:00:18+00	[-7,0,-3]	\N
9398	70	-156728270325	\N	2024-02-02 10:00:19+00	[7,-2,1]	\N
9399	66	-2474705138	\N	2024-02-02 10:00:39+00	[0,0,-8]	[3,6]
9400	38	-900774911225	\N	2024-02-02 10:00:30+00	[-2,4,-2]	[2,7]
9401	76	-77412112220	yyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:10+00	[-2,-3,3]	\N
9402	23	-788716321508	\N	2024-02-02 10:00:04+00	[-1,-5,7]	\N
9403	24	-593323291884	yyy	2024-02-02 10:00:20+00	[1,-3,7]	[1,0]
9404	85	587932144889	c51	2024-02-02 10:00:35+00	[0,-2,-6]	[6,6]
9405	82	-133690723622	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:58+00	[6,-8,-8]	\N
9406	\N	-78495059223	\N	2024-02-02 10:00:18+00	[-4,-8,0]	\N
9407	69	734866453976	c88	2024-02-02 10:00:00+00	[-3,4,5]	\N
9408	\N	334303275809	c56	2024-02-02 10:00:28+00	[-3,1,-7]	[6,6]
9409	28	582801030865	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:25+00	[-2,6,-7]	\N
9410	29	-487891711343	\N	2024-02-02 10:00:10+00	[-6,-2,-3]	[5,9]
9411	81	-437805141940	\N	2024-02-02 10:00:30+00	[4,-7,2]	[0,2]
9412	17	-705995812473	\N	2024-02-02 10:00:10+00	[-6,7,-7]	\N
9413	\N	-934001083414	c40	2024-02-02 10:00:31+00	[4,-1,8]	[9,8]
9414	\N	264718382679	\N	2024-02-02 10:00:45+00	[6,-2,1]	[2,0]
9415	60	-337196024325	c39	2024-02-02 10:00:03+00	[4,-5,-6]	[2,0]
9416	30	444521150362	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:51+00	[-5,-8,-7]	[0,6]
9417	70	803955357118	c65	2024-02-02 10:00:07+00	[-6,-6,-7]	[3,3]
9418	47	-387473698524	c77	2024-02-02 10:00:56+00	[-3,1,5]	[1,9]
9419	86	-189794396653	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:52+00	[3,-2,-5]	[8,2]
9420	2	827914457118	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:34+00	[-2,7,-7]	\N
9421	58	631538713166	c96	2024-02-02 10:00:12+00	[-6,4,-8]	\N
9422	58	-408177610153	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:24+00	[-5,-6,1]	\N
9423	13	163871114534	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:20+00	[7,-4,0]	\N
9424	29	835221478963	\N	2024-02-02 10:00:28+00	[-7,-2,5]	\N
9425	57	728116566852	\N	2024-02-02 10:00:55+00	[4,2,-7]	\N
9426	\N	829445520182	c76	2024-02-02 10:00:20+00	[3,7,-8]	[3,9]
9427	39	-863799438875	\N	2024-02-02 10:00:30+00	[-2,6,8]	[7,6]
9428	20	280200440761	c17	2024-02-02 10:00:42+00	[-4,-4,-1]	[0,2]
9429	48	505722945977	c65	2024-02-02 10:00:43+00	[-6,-3,-3]	\N
9430	19	-600052673576	\N	2024-02-02 10:00:12+00	[2,5,6]	[0,5]
9431	97	-780589079130	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:54+00	\N	\N
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 278
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (9432, 28, -1120949513488502733, 's968', '2024-07-09 12:23+00', NULL, NULL), (9433, NULL, NULL, 's316', '2024-02-01 04:29+00', '[3.75,1.75,4.75]', '[-1,-7,-1,-3,5]'), (9434, 93, -97, repeat('w7', 2961), '2024-03-10 11:38+00', '[-4.5,4.0,2.75]', NULL), (9435, NULL, 693, NULL, '2024-10-02 07:47+00', '[-5.0,3.25,0.25]', '[1,4,5]'), (9436, 25, 898, NULL, '2024-04-20 00:07+00', '[0.75,-4.75,-1.0]', NULL), (9437, NULL, 347, 's320', '2024-03-20 04:50+00', '[-3.0,4.25,3.0]', '[-8,-5,2,1,8,4,-6]'), (9438, 29, -678, NULL, '2024-12-02 01:04+00', '[-1.5,-2.25,-4.0]', '[-2,1,5,-8,-2,3]'), (9439, 78, -288, NULL, '2024-08-18 02:05+00', '[1.75,1.75,-1.75]', NULL), (9440, 99, 2293250864717267142, 's149', '2024-03-10 18:11+00', NULL, NULL), (9441, NULL, 492, NULL, NULL, '[0.75,-0.5,-2.25]', NULL), (9442, 82, -700, 's630', NULL, '[2.0,1.0,-3.75]', '[2,-8]'), (9443, 63, -497, 's309', '2024-05-01 12:28+00', '[1.25,3.0,-3.5]', '[-2,-8,-8]'), (9444, 95, -871, 's677', '2024-11-08 12:35+00', NULL, NULL), (9445, 49, -3290187039479793595, 's241', '2024-05-08 22:27+00', '[1.5,-1.25,-4.75]', '[9,8,0,1,-6]'), (9446, 53, -462, 's94', '2024-07-12 17:46+00', '[-0.25,-3.5,-4.5]', '[-2]'), (9447, 52, -4111658489344899311, repeat('w6', 3257), '2024-10-09 19:30+00', '[1.5,4.25,4.0]', NULL), (9448, NULL, -322, 's383', '2024-02-10 10:27+00', '[-0.75,-1.0,-2.0]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 279
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (9449, 16, -843, 's990', '2024-10-26 07:37+00', '[0.25,-4.25,2.0]', NULL), (2542, 66, 879, 's33', '2024-01-01 01:05+00', '[1.25,1.75,-2.5]', NULL), (6020, 17, 906, 's359', '2024-07-18 09:44+00', '[0.5,0.25,0.0]', NULL), (9452, 25, NULL, repeat('w3', 1805), '2024-01-05 17:17+00', '[2.75,-1.0,-5.0]', '[-1,2,-8,1]'), (9453, 11, -670618529539405843, 's686', '2024-05-17 14:52+00', '[1.25,-5.0,4.0]', NULL), (9454, 19, 613, NULL, '2024-07-15 22:46+00', NULL, NULL), (9455, 83, -683, 's907', '2024-04-03 02:25+00', '[3.0,-0.5,-3.75]', NULL) RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 280
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (9456, 98, -648, 's82', '2024-08-02 14:13+00', '[4.75,2.5,-3.5]', '[2,-7,-5]'), (9457, 49, -921, 's80', '2024-09-20 03:12+00', '[4.25,-5.0,-4.25]', NULL), (6869, NULL, -486, 's813', '2024-11-04 12:47+00', '[-5.0,-4.75,0.75]', NULL), (9459, 52, -4200863124510890804, 's225', NULL, NULL, NULL), (9460, 98, NULL, repeat('w6', 2420), '2024-07-26 07:48+00', '[-2.0,2.0,-5.0]', '[9,-2,2,0,3]'), (9461, 99, -269, 's715', '2024-07-20 06:29+00', '[2.25,3.75,1.0]', NULL), (9462, 34, -3125553867838283288, 's604', '2024-07-16 00:52+00', '[-3.75,0.5,2.25]', NULL), (9463, 42, 67, 's214', '2024-02-28 09:11+00', '[-1.25,-4.0,1.5]', '[-5,-4,-8,-7]'), (9464, 31, NULL, 's596', '2024-11-27 16:36+00', '[3.75,-1.5,-1.5]', NULL), (9465, 27, 2872604159099387481, 's60', '2024-01-28 07:47+00', NULL, '[0]'), (9466, 88, -820, NULL, '2024-03-27 22:50+00', '[2.0,3.0,1.25]', '[2]'), (9467, 12, 3114310921296770963, 's795', '2024-02-10 14:22+00', '[0.5,-1.75,-0.5]', '[-7,4,3,-7,-4,9,-7,3]'), (9468, NULL, -678, 's328', '2024-09-18 20:53+00', '[1.5,-4.25,-2.0]', NULL), (9469, NULL, NULL, 's980', '2024-08-16 01:05+00', '[-0.25,4.75,-1.25]', NULL), (9470, 41, 3198067669878179640, 's211', '2024-11-06 12:06+00', '[3.25,-5.0,-3.5]', NULL), (9471, 29, -599, 's740', '2024-10-18 14:40+00', '[2.0,3.75,-2.0]', '[-1,5,-5,4]'), (9472, 76, 648435574150078695, repeat('w0', 1708), '2024-10-08 10:55+00', '[-0.75,-4.5,2.5]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 281
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT count(*), sum(b), count(s) FROM t WHERE id BETWEEN 1491 AND 1593;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 282
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (9473, 86, 103, 's23', '2024-08-13 00:23+00', NULL, '[-3,8,-5,-1,0,-3,1,-5]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 283
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (9474, 44, NULL, 's891', '2024-12-17 19:19+00', '[4.5,3.25,2.25]', '[6,7,6,3,6,-7]') RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 284
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (3840, 82, 109, 's99', NULL, '[0.5,-4.75,-0.25]', '[1,2,-5,1]'), (9476, 39, 211, repeat('w2', 3677), '2024-05-03 07:49+00', '[2.0,3.5,4.5]', NULL), (9477, 97, -710, 's305', '2024-01-13 13:56+00', '[3.75,-3.0,5.0]', NULL), (9478, 59, NULL, 's663', '2024-05-13 13:59+00', '[2.75,-0.25,-3.75]', '[-8]'), (9479, 41, -449, NULL, '2024-03-12 14:06+00', '[1.5,2.0,-0.75]', NULL), (9480, 14, 465, 's24', '2024-07-26 23:24+00', '[-3.25,3.5,-5.0]', NULL), (9481, 19, -11, 's679', '2024-08-28 20:41+00', '[-4.5,4.75,1.75]', NULL), (9482, 4, 678, 's906', '2024-09-16 14:50+00', '[-0.25,3.25,-0.75]', NULL), (9483, 85, -750, 's734', '2024-09-09 05:46+00', '[-4.25,-3.0,3.5]', '[3,-4,6,-7,2,0]'), (9484, 89, -3843525380751309571, NULL, '2024-05-06 15:06+00', '[-3.0,0.25,0.5]', '[-9]'), (9485, 60, -370, 's411', '2024-05-17 12:35+00', '[2.75,3.0,-2.25]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 285
BEGIN;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 286
DECLARE c9 CURSOR FOR SELECT count(*), count(s), sum(b) FROM t;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 287
COMMIT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 288
INSERT INTO u (id, a, b, s, ts, v, w) VALUES (9486, 7, 70, 's870', '2024-07-08 08:33+00', '[-0.75,-0.75,-0.5]', NULL), (9487, NULL, -576, NULL, '2024-07-07 10:55+00', '[-2.0,-1.75,2.25]', NULL), (9488, 45, 34, 's85', '2024-11-04 23:58+00', '[-5.0,-3.0,-0.5]', NULL), (9489, 17, 3572023761918569850, 's848', NULL, '[0.75,-1.25,-3.75]', '[2]'), (9490, 51, 673, 's98', '2024-07-13 17:24+00', '[-3.25,-1.25,-2.5]', NULL), (9491, NULL, NULL, 's151', '2024-11-25 04:37+00', '[-2.25,-5.0,-4.5]', '[-2]'), (9492, NULL, -720, 's685', '2024-08-08 07:57+00', '[2.0,-5.0,0.5]', '[1,1,2,-6]'), (9493, 72, -1612704075174757140, 's777', '2024-11-12 02:39+00', '[-1.75,0.0,3.5]', NULL), (9494, 93, 708, NULL, '2024-03-03 17:06+00', '[4.25,3.0,-4.5]', '[-4,-2,-4,1,-2]'), (9495, 98, 153, 's662', '2024-06-09 11:01+00', '[-1.75,0.25,1.5]', '[7]'), (9496, 55, -3054997679090238506, 's84', '2024-08-13 19:24+00', NULL, '[4]'), (9497, 85, NULL, 's300', '2024-02-11 07:38+00', NULL, '[2,-2,-4,6,-1]'), (9498, 11, -74, 's322', '2024-04-13 08:08+00', '[3.75,-4.5,-2.75]', '[7,8,4,0]'), (9499, 97, -4334421390755712867, 's136', '2024-09-16 01:50+00', '[2.0,-4.75,-1.5]', '[-3,-5,6,9]'), (9500, 36, 254, repeat(md5('47'), 7968), NULL, '[-4.0,-1.25,-1.75]', '[5]'), (9501, 22, -673, NULL, '2024-08-27 22:16+00', '[-1.5,0.25,-0.75]', '[1,-3,1,9,1,-6,-6]'), (9502, 27, 665, 's203', '2024-04-13 11:21+00', '[3.75,0.5,5.0]', '[2,5]'), (9503, 13, 795, 's624', NULL, '[4.0,-4.75,-3.5]', NULL), (9504, 25, 962, 's585', '2024-09-24 15:50+00', '[4.0,-3.0,-1.25]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 289
DECLARE c10 CURSOR WITH HOLD FOR SELECT count(*), count(s), sum(b) FROM t;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 290
SET enable_seqscan = off; SET enable_indexscan = off; SET enable_indexonlyscan = off;
SELECT round((v <#> '[1.25,4.25,2.5]')::numeric, 4), count(*) OVER () FROM u WHERE a < 50 ORDER BY v <#> '[1.25,4.25,2.5]' LIMIT 3;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 291
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
9505	47	-108833045138	c93	2024-02-02 10:00:40+00	[0,-3,5]	[8,4]
9506	73	-838391209874	yyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:21+00	[6,-6,-7]	[6,4]
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 292
DO $$BEGIN BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (9507, 9, 745, repeat('w4', 3272), NULL, '[2.0,-4.75,4.0]', '[7,-9,3,-6]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 9507 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 50) g;  EXCEPTION WHEN others THEN NULL; END; BEGIN INSERT INTO t (id, a, b, s, ts, v, w) VALUES (9558, 74, NULL, repeat('w3', 3467), '2024-11-26 23:15+00', '[0.5,0.5,2.75]', '[1,6,5,4,-2,-5,6]'); INSERT INTO t (id, a, b, s, ts, v, w) SELECT 9558 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 5) g;  EXCEPTION WHEN others THEN NULL; END; INSERT INTO t (id, a, b, s, ts, v, w) VALUES (9564, 68, -138, 's764', NULL, '[-4.0,1.25,1.75]', '[0,-3,-8,-8,-9,-2]');  END$$;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 293
COMMIT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 294
DECLARE c11 CURSOR WITH HOLD FOR SELECT id, a, md5(s), v, w FROM t ORDER BY id, a, b, s, ts;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 295
COMMIT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 296
WITH x AS (INSERT INTO t SELECT * FROM p WHERE id % 3 = 0 AND (SELECT count(*) FROM t) < 4000 RETURNING *) SELECT count(*), count(s), (SELECT count(*) FROM t) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 297
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (9565, 88, -1358676742412190952, 's984', '2024-08-09 06:08+00', NULL, NULL), (9566, NULL, NULL, 's45', '2024-11-05 11:32+00', '[-4.25,-4.25,-2.75]', '[2,5,-7,2,9,9,4]'), (9567, NULL, 972, 's796', '2024-09-03 07:16+00', '[-1.25,0.0,3.5]', NULL), (9568, 64, 64, 's165', '2024-03-06 03:11+00', NULL, NULL) RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 298
INSERT INTO u (id, a, b, s, ts, v, w) VALUES (9569, 81, -267, NULL, '2024-12-10 09:00+00', '[1.0,-4.5,2.0]', NULL), (9570, 88, 196, 's26', '2024-03-04 14:24+00', '[4.5,-3.0,4.25]', '[3,2,7,-9,4,-9,-3]'), (9571, 46, -458, NULL, '2024-04-09 05:43+00', '[2.25,2.0,1.25]', '[-6,-3,-7,-1,2]'), (9572, 79, 781, 's164', '2024-12-06 06:30+00', '[-3.0,4.5,-4.5]', NULL), (9573, 42, 939, 's187', '2024-12-28 05:26+00', '[0.25,-0.25,4.75]', '[1]'), (9574, 95, 680, 's700', '2024-05-11 23:58+00', '[5.0,3.75,4.0]', '[9,-7,-5,6,4,0]'), (9575, NULL, -591, 's348', '2024-12-16 18:31+00', '[-3.0,0.0,-4.25]', NULL), (9576, 93, 1783268451592433029, 's226', '2024-11-28 23:11+00', '[3.75,3.75,1.5]', '[2,-3,1,7]'), (9577, 72, 4195605394591856368, 's752', '2024-05-22 10:32+00', '[4.25,3.75,0.0]', '[5,5]'), (9578, 64, NULL, 's968', '2024-08-16 11:24+00', '[2.5,4.25,3.25]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 299
TRUNCATE t;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 300
BEGIN;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 301
\if :vec
SELECT id FROM p ORDER BY id LIMIT 1 FOR UPDATE;
\else
DO $$BEGIN RAISE EXCEPTION 'unsupported' USING ERRCODE = '0A000'; END$$;
\endif
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 302
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 9578 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 500) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 303
CREATE INDEX t_ix583735 ON t (id);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 304
DECLARE c12 CURSOR WITH HOLD FOR SELECT id FROM t WHERE a < 10 ORDER BY id, b;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 305
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (10079, 81, -450, 's569', '2024-11-10 16:31+00', '[0.0,0.5,-1.75]', '[-8,-4,-4,-2,2]'), (10080, 22, 678, 's840', '2024-08-05 12:28+00', '[3.5,1.0,3.5]', NULL), (10081, 37, -64, 's287', '2024-10-19 00:24+00', '[2.75,-3.25,-0.25]', '[-5,-6,-9,-5,-3]'), (10082, 23, -468, 's458', '2024-05-04 11:06+00', '[1.0,1.5,0.75]', NULL), (10083, NULL, -323, 's810', '2024-02-07 16:34+00', '[-3.0,-3.75,-3.5]', NULL), (10084, 79, NULL, 's426', '2024-11-25 01:15+00', '[-1.5,-1.5,-1.0]', NULL) RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 306
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 10084 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 1500) g;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 307
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (11585, 45, 890, NULL, '2024-10-28 02:45+00', '[-3.75,-3.75,3.0]', '[-7,6,-6,1,7,-2]'), (11586, NULL, 205, NULL, '2024-12-22 19:32+00', '[-4.75,-1.0,-4.25]', NULL), (11587, 5, -532, 's494', '2024-07-09 22:58+00', '[4.75,-3.0,2.0]', NULL), (11588, 7, 383, repeat('w3', 1129), '2024-09-02 07:34+00', '[-2.25,-4.25,-2.5]', NULL), (11589, 59, -293, 's667', '2024-11-05 09:33+00', '[-3.0,0.75,1.0]', '[0]'), (11590, 75, -472, 's523', '2024-07-05 10:57+00', '[0.25,4.75,4.5]', NULL), (11591, 99, -2851029545060064232, 's392', '2024-01-03 20:15+00', '[-1.25,4.75,3.75]', NULL), (11592, 87, 3662260281961874142, 's61', '2024-12-11 20:14+00', '[-0.25,0.25,0.25]', NULL), (11593, 10, -475917064127851222, 's81', '2024-06-12 08:11+00', NULL, '[-4]'), (11594, 56, -368, 's724', '2024-04-09 04:41+00', '[1.75,-3.5,-0.5]', '[-8,-8,-7,4,-6,-6,-5]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 308
COPY u (id, a, b, s, ts, v, w) FROM STDIN;
11595	21	627926404783	c53	2024-02-02 10:00:20+00	[5,2,7]	[5,0]
11596	23	791245112919	c27	2024-02-02 10:00:33+00	[3,-3,-2]	[2,1]
11597	91	933407931433	c0	2024-02-02 10:00:22+00	[-5,-4,7]	[3,6]
11598	45	191494695249	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:36+00	[-7,1,-1]	[9,3]
11599	91	11845874722	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:24+00	[3,4,-3]	[3,9]
11600	\N	121186164712	\N	2024-02-02 10:00:07+00	\N	[2,4]
11601	\N	256297996130	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:26+00	[-1,6,2]	\N
11602	56	278011922754	c4	2024-02-02 10:00:15+00	[-7,3,-5]	\N
11603	55	-913555372479	c67	2024-02-02 10:00:47+00	[6,3,0]	\N
11604	49	-190317865913	yyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:19+00	[-3,8,3]	[9,6]
11605	50	-554671439041	c1	2024-02-02 10:00:29+00	[-7,-6,2]	\N
11606	68	-553051650261	c35	2024-02-02 10:00:57+00	[7,-2,-6]	[0,6]
11607	1	597546059983	c45	2024-02-02 10:00:57+00	[-8,-7,-5]	[6,9]
11608	13	-323716058077	yyyyyyyyyyyyyyyyyy	2024-02-02 10:00:20+00	[5,0,-8]	[3,6]
11609	82	226614778914	c94	2024-02-02 10:00:26+00	\N	[6,4]
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 309
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (11610, 29, 3721189088538395693, 's176', '2024-03-23 02:36+00', '[4.0,-1.5,-2.0]', '[7,2,4]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 310
FETCH 3 FROM c4;
CLOSE c4;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 311
WITH a AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (11611, 49, -439, NULL, '2024-02-24 21:15+00', '[-4.25,3.0,0.75]', NULL), (11612, 41, -739, 's514', NULL, '[2.0,-4.75,-2.25]', '[4,9,-7]'), (11613, 98, 131, repeat('w4', 2538), '2024-01-24 14:47+00', '[1.0,-3.75,-3.75]', NULL), (11614, 88, -449, repeat('w4', 3633), '2024-01-18 05:53+00', '[-1.75,-4.75,-2.75]', NULL) RETURNING id) INSERT INTO t (id, a, b, s, ts, v, w) SELECT id + 5000000, a, b, s, ts, v, w FROM t WHERE id IN (SELECT id FROM a) OR id % 50 = 0;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 312
COMMIT;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 313
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (11615, 36, -985, NULL, '2024-08-09 02:43+00', '[-2.5,-2.5,2.75]', NULL), (11616, 50, -8, NULL, '2024-02-26 02:29+00', NULL, NULL), (11617, 70, -895, repeat('w2', 2959), '2024-05-13 13:45+00', '[3.0,2.5,-1.0]', NULL), (11618, NULL, 258, repeat('w9', 1900), '2024-12-07 05:20+00', '[1.5,0.0,3.75]', '[0,7]'), (11619, 93, 946, 's579', '2024-02-25 23:38+00', '[2.25,1.75,2.5]', NULL), (11620, 86, -649, 's707', '2024-04-01 08:56+00', '[1.75,-0.25,4.75]', NULL), (11621, 46, NULL, 's815', '2024-02-23 23:53+00', '[-4.75,-1.75,3.25]', NULL), (11622, 67, -258, 's458', NULL, '[4.5,-2.75,3.0]', NULL), (11623, 33, -485, repeat('w6', 1771), '2024-01-18 13:26+00', '[5.0,-0.25,3.5]', NULL), (11624, 40, 328, 's5', '2024-09-09 15:48+00', '[-2.75,4.25,-1.75]', '[-2,-5,-3,7,7]'), (11625, 29, 484, repeat('w9', 1120), '2024-11-28 01:43+00', '[2.75,-4.5,2.75]', '[-3,-6,8,5]'), (11626, 26, -599, 's502', '2024-12-02 03:13+00', '[-0.75,-4.75,-1.5]', '[-5,-3,-4]'), (11627, 3, 172, 's943', '2024-06-12 15:38+00', '[0.5,-0.5,2.75]', '[9,8,5]'), (11628, 19, 148, repeat('w3', 3736), '2024-03-15 17:07+00', '[1.75,2.25,-1.5]', NULL), (11629, 2, 4169151939061529233, 's2', '2024-09-01 21:49+00', '[4.5,-0.5,-3.75]', NULL), (11630, 28, NULL, 's906', '2024-04-02 21:52+00', '[-3.75,-2.0,-4.75]', '[-4,-4,-5,-1,-1,5]'), (11631, 98, NULL, 's155', '2024-01-19 17:42+00', '[2.0,3.5,4.25]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 314
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (11632, NULL, -220, 's334', '2024-03-21 01:32+00', '[1.0,1.75,-0.25]', NULL), (11633, 12, 1854059980693847788, NULL, '2024-01-07 13:55+00', '[-3.25,-4.25,1.75]', NULL), (11634, 5, 326, 's586', '2024-02-17 14:04+00', '[-0.5,3.75,1.5]', '[6,3,-2]'), (11635, 44, -218, NULL, '2024-12-15 16:33+00', '[-4.5,-1.0,-0.5]', NULL), (11636, 11, 272, repeat('w4', 2154), '2024-06-21 06:11+00', '[4.5,-4.5,0.0]', '[8,-9,-7,-3,-6,4,4]'), (11637, 97, 815, 's524', '2024-03-18 03:28+00', NULL, '[7,-5,9,-8,-3,0]'), (11638, 26, 128, 's249', '2024-11-04 06:53+00', '[0.25,4.5,-1.0]', '[-7]'), (11639, 6, NULL, 's359', '2024-04-19 05:48+00', '[2.0,0.0,-4.5]', NULL), (11640, 78, NULL, 's872', '2024-01-25 17:59+00', '[1.5,-0.75,4.0]', '[-7,7,8,-6,-9,-3,-5,8]'), (11641, 97, -895, repeat('w3', 2394), '2024-04-24 00:45+00', '[4.25,-1.75,1.0]', '[-9,9]'), (11632, NULL, -220, 's334', '2024-03-21 01:32+00', '[1.0,1.75,-0.25]', NULL), (11633, 12, 1854059980693847788, NULL, '2024-01-07 13:55+00', '[-3.25,-4.25,1.75]', NULL), (11634, 5, 326, 's586', '2024-02-17 14:04+00', '[-0.5,3.75,1.5]', '[6,3,-2]') ON CONFLICT DO NOTHING RETURNING id) SELECT count(*), sum(id) FROM x;
INSERT INTO t SELECT * FROM t WHERE id % 4 = 1 ON CONFLICT DO NOTHING;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 315
START TRANSACTION;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 316
VACUUM FULL u;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 317
SET vecstore.enable_chunk_skipping = on;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 318
SET vecstore.chunk_group_size = 1048576;
\if :ERROR
ROLLBACK;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 319
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT count(*) FROM t WHERE s = 's961';
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 320
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (11642, 87, 943, 's55', '2024-06-25 02:32+00', '[-2.25,-4.5,2.75]', '[5]'), (11643, 21, -161, 's188', '2024-06-16 03:22+00', NULL, NULL), (11644, 89, -930, 's307', '2024-12-12 18:18+00', '[2.25,2.25,1.5]', NULL), (7600, 21, 135, repeat('w1', 608), '2024-11-11 13:11+00', '[2.5,-1.75,-0.5]', NULL), (11646, 75, 1517993597115321286, 's625', '2024-10-09 16:36+00', '[-2.25,3.5,4.0]', '[-3,4,-7,6,-9]'), (11647, 67, -28, 's698', '2024-05-08 14:30+00', '[-4.0,4.75,-5.0]', NULL), (11648, 73, 0, 's492', '2024-11-28 02:42+00', '[-3.0,-0.25,0.0]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 321
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
11649	36	51687100475	c4	2024-02-02 10:00:44+00	[-7,1,0]	[9,9]
11650	85	463417931837	yyyyyyyyyyy	2024-02-02 10:00:59+00	[-5,-1,-4]	\N
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 322
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (11651, 66, 169, 's160', NULL, NULL, NULL), (11652, 61, 416, 's709', '2024-05-08 13:44+00', '[-0.75,-4.0,1.0]', '[7,-5,0,8,-1]'), (11653, 78, 555, NULL, '2024-07-26 13:17+00', '[3.5,4.25,-0.5]', NULL) RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 323
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (11654, 23, -4092737274051968448, 's986', '2024-07-14 04:00+00', '[0.0,-4.75,5.0]', '[1,3,3]'), (11655, 97, 782, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 232) g), '2024-02-28 07:22+00', '[5.0,0.75,4.5]', '[-1,-6,-3,-9,0,-6,-5,-8]'), (11656, 11, -604, 's518', '2024-04-02 02:55+00', '[-2.75,4.5,-4.0]', NULL), (11657, 18, -66, repeat('w8', 756), '2024-02-10 17:12+00', '[-0.5,0.25,3.25]', '[5,2,7,3]'), (11658, NULL, -459, 's582', '2024-07-13 02:22+00', '[3.5,-1.0,-3.5]', '[5,0,0,3]'), (11659, 71, -793, 's819', '2024-06-19 05:53+00', '[-4.0,3.25,2.5]', NULL), (11660, 29, -930, 's284', '2024-04-10 10:09+00', '[0.5,-0.25,4.25]', NULL), (11661, 82, 211, repeat('w6', 1251), '2024-12-16 22:13+00', '[0.25,0.75,2.75]', NULL), (11662, 18, 223, 's944', NULL, '[5.0,0.0,3.0]', '[9,1,-8,7,-9,-3]'), (11663, 94, -2421523273189692028, 's593', '2024-11-18 08:21+00', '[-1.75,-1.25,-0.75]', '[7,7,-6,-1,-4,-1,-7]'), (11664, 62, -648, NULL, '2024-01-15 09:08+00', '[2.75,0.0,0.25]', NULL), (11665, 41, -447, 's634', '2024-01-24 07:47+00', NULL, NULL), (7027, 69, 928, 's344', '2024-11-06 01:13+00', NULL, NULL), (11667, 38, 314, repeat('w8', 2046), '2024-07-09 19:18+00', '[-0.25,-4.0,4.5]', NULL), (11668, 99, 1, 's520', '2024-06-06 01:12+00', '[-3.25,4.75,3.5]', '[6,3,-2,4,-8,8,0,3]'), (11669, 15, -1545156703494207155, NULL, '2024-12-17 03:46+00', '[-2.25,2.5,2.25]', NULL), (11670, 12, 93, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 100) g), '2024-06-10 20:18+00', '[1.5,1.0,-1.0]', NULL), (11671, 98, 87, 's129', '2024-01-02 16:25+00', '[3.5,2.75,3.75]', '[4,-8,-4,1,-1,8,-7]'), (11672, 48, -976, 's691', '2024-04-01 05:04+00', '[-4.75,-1.25,-5.0]', NULL), (11673, 49, -802, 's953', '2024-04-06 01:26+00', NULL, NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 324
INSERT INTO u (id, a, b, s, ts, v, w) VALUES (11674, 8, 638, repeat('w6', 2892), '2024-06-01 21:30+00', NULL, NULL), (8455, 32, NULL, (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 57) g), '2024-01-25 07:35+00', NULL, '[-6,8,-3,-4,2,-9]'), (11676, 89, -305, NULL, NULL, '[0.25,5.0,3.75]', '[3,3,9,-9,-6,0,5,-9]'), (11677, 80, -2066267639383887680, 's75', '2024-10-24 13:29+00', '[4.75,4.25,-4.25]', '[-5,-8]'), (11678, 25, 701, 's760', '2024-06-24 07:31+00', '[-3.0,-2.0,-1.25]', '[8,3,-4]'), (11679, 11, 308, 's936', '2024-06-20 22:11+00', '[-2.0,-1.5,-0.5]', NULL), (11680, NULL, -535, 's470', '2024-12-08 07:33+00', '[3.25,-2.25,-1.75]', '[2,3,-7,5]'), (11681, 61, 810, NULL, '2024-06-12 17:22+00', NULL, '[2,9]'), (11682, 27, -712, 's915', '2024-11-10 07:26+00', '[-3.25,-3.25,3.25]', NULL), (11683, 21, 819, NULL, '2024-11-11 13:42+00', '[3.5,0.25,3.5]', NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 325
START TRANSACTION;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 326
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 11683 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 7 = 0 THEN NULL ELSE 'g' || g END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 500) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 327
SET vecstore.chunk_group_size = 1048576;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 328
SET enable_seqscan = off; SET enable_bitmapscan = off;
SELECT count(*), sum(b), count(s) FROM p WHERE id BETWEEN 4574 AND 4576;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 329
ROLLBACK;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 330
\if :vec
CREATE PUBLICATION fzpub FOR TABLE t;
\else
DO $$BEGIN RAISE EXCEPTION 'unsupported' USING ERRCODE = '0A000'; END$$;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 331
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
12184	88	163861153097	\N	2024-02-02 10:00:56+00	[3,-4,7]	\N
12185	41	-728335411213	\N	2024-02-02 10:00:41+00	[4,4,5]	\N
12186	57	-570013571082	\N	2024-02-02 10:00:06+00	[-2,-3,4]	\N
12187	47	-931149663941	c54	2024-02-02 10:00:14+00	[3,3,-3]	[8,8]
12188	31	-578257962510	yyyyyyyyyy	2024-02-02 10:00:40+00	[-8,0,-3]	\N
12189	24	-415419007697	c82	2024-02-02 10:00:45+00	[2,6,2]	\N
12190	74	830626558592	yyyyyyyyyyyyyyyyyy	2024-02-02 10:00:17+00	[0,-3,-3]	\N
12191	92	-606387249863	\N	2024-02-02 10:00:28+00	[-2,7,7]	[9,4]
12192	63	-787666151501	c14	2024-02-02 10:00:48+00	[6,5,3]	[9,7]
12193	57	-366535693116	yy	2024-02-02 10:00:32+00	\N	\N
12194	87	812434502902	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:38+00	[5,-3,-6]	[1,3]
12195	90	517850754362	c49	2024-02-02 10:00:07+00	\N	[6,5]
12196	64	-238321256672	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:58+00	[-1,-3,-8]	[7,8]
12197	29	-833972111322	yyyyyyyyyy	2024-02-02 10:00:16+00	[3,4,6]	\N
12198	81	846535492931	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:27+00	[-1,-3,-2]	\N
12199	63	676888468748	yyyyyyyyyyyy	2024-02-02 10:00:22+00	[3,-8,3]	[1,0]
12200	19	852505176981	c33	2024-02-02 10:00:16+00	[2,-3,7]	\N
12201	29	-830911814173	c39	2024-02-02 10:00:37+00	[-2,3,0]	\N
12202	13	-497884628192	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:09+00	[1,8,1]	\N
12203	2	-445759170518	\N	2024-02-02 10:00:30+00	[-5,-6,2]	[5,8]
12204	\N	-835615579367	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:54+00	[8,-1,-6]	[2,5]
12205	17	-515993499760	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:50+00	[2,8,3]	[3,7]
12206	92	971752277314	c91	2024-02-02 10:00:35+00	[0,2,-1]	\N
12207	84	-162174956516	c51	2024-02-02 10:00:35+00	\N	\N
12208	\N	-659831309187	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:55+00	[0,-4,8]	\N
12209	34	-109593852713	\N	2024-02-02 10:00:55+00	[-3,5,0]	\N
12210	44	961800227529	\N	2024-02-02 10:00:58+00	[5,4,-2]	\N
12211	15	863045079930	c56	2024-02-02 10:00:07+00	[1,6,5]	\N
12212	84	-585347239515	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:02+00	[-8,-3,2]	[1,2]
12213	\N	-567234801835	\N	2024-02-02 10:00:37+00	[4,-3,-4]	\N
12214	70	560324393956	c29	2024-02-02 10:00:50+00	[6,3,1]	\N
12215	25	545776974398	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:31+00	\N	\N
12216	10	-456007100292	\N	2024-02-02 10:00:04+00	[-6,-2,1]	[3,4]
12217	46	-123657906938	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:03+00	[0,6,4]	[0,4]
12218	51	-345615948036	c36	2024-02-02 10:00:38+00	[1,0,-6]	\N
12219	73	-593992478339	\N	2024-02-02 10:00:34+00	[-2,5,0]	[3,3]
12220	28	-421481695630	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:52+00	[-5,-4,-4]	[9,0]
12221	32	-78403945344	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:43+00	[3,0,0]	\N
12222	\N	317963137618	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:42+00	[-7,-1,7]	[9,0]
12223	58	728829983757	c97	2024-02-02 10:00:05+00	[-1,-6,4]	[8,9]
12224	89	164205521888	\N	2024-02-02 10:00:55+00	[1,-8,5]	[5,4]
12225	44	-176248207782	c61	2024-02-02 10:00:06+00	[7,-8,-3]	[1,2]
12226	26	-532131621515	c25	2024-02-02 10:00:53+00	[7,-8,-4]	[5,6]
12227	30	-587038971686	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:54+00	[-1,-7,8]	\N
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 332
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (12228, 67, -354, 's938', '2024-08-14 08:36+00', '[3.5,0.0,-0.5]', '[-4,-4,2]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 333
WITH x AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (12229, 30, -3716528751288944420, 's315', '2024-06-21 09:31+00', '[-0.75,-1.5,1.5]', NULL), (3718, 40, -314, 's857', '2024-07-16 11:43+00', NULL, '[8,-2,3,8,-1,-4,6,1]'), (12231, 9, -3769574509275487698, 's183', '2024-01-13 00:47+00', '[-3.0,-2.0,0.25]', NULL), (12232, NULL, 410, 's202', '2024-10-16 11:24+00', '[-4.5,-1.5,3.25]', NULL), (12233, 74, -2, 's440', '2024-09-16 11:20+00', '[2.0,-2.25,1.0]', '[1]'), (12234, 97, 720, 's352', '2024-10-12 16:11+00', '[1.75,-1.0,2.0]', NULL), (12235, 47, 374, 's550', NULL, '[-4.75,1.75,-3.5]', NULL), (12236, 73, 283, 's137', '2024-06-14 05:11+00', '[4.75,-1.25,2.0]', NULL), (12237, 63, 145, 's673', '2024-01-02 16:27+00', '[1.25,-1.5,2.75]', NULL) RETURNING id, a, s) SELECT count(*), sum(id), md5(string_agg(x::text, '|' ORDER BY x::text)) FROM x;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 334
SAVEPOINT sp16;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 335
INSERT INTO u (id, a, b, s, ts, v, w) VALUES (12238, 66, NULL, 's888', NULL, '[-4.25,-1.0,4.75]', '[-6,5,9,-7,-3,9,-2,-3]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 336
COPY t (id, a, b, s, ts, v, w) FROM STDIN;
12239	20	-987343358418	yyyyyyyyyyyyyy	2024-02-02 10:00:20+00	[-5,-5,0]	[2,8]
12240	27	862694467889	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:50+00	[-7,0,-6]	[0,1]
12241	14	183446022195	\N	2024-02-02 10:00:53+00	[4,1,-8]	[0,8]
12242	26	-720634512209	\N	2024-02-02 10:00:02+00	[-1,0,4]	\N
12243	78	-731699897080	c66	2024-02-02 10:00:46+00	[-8,-1,-5]	\N
12244	17	124970614069	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:30+00	[-6,-6,3]	[0,1]
12245	60	-128932349611	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:07+00	[-3,6,-6]	[3,0]
12246	17	852016161316	\N	2024-02-02 10:00:21+00	[3,0,8]	\N
12247	99	533036286403	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:24+00	[-2,-4,5]	[5,4]
12248	75	-255448421424	yyyyyyyyyyy	2024-02-02 10:00:40+00	[-1,0,4]	[6,2]
12249	9	107391079832	\N	2024-02-02 10:00:05+00	[2,-7,-7]	\N
12250	\N	-760768198120	\N	2024-02-02 10:00:44+00	[2,5,-3]	[8,9]
12251	67	804930337709	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:20+00	[8,-5,4]	[3,2]
12252	79	-262862612628	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:00+00	[-7,1,-4]	\N
12253	0	447286317552	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:12+00	[4,2,4]	[5,4]
12254	17	176548099861	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:10+00	[4,5,-4]	\N
12255	87	-998147705117	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:27+00	[-2,-5,-2]	[1,2]
12256	51	-141506885552	\N	2024-02-02 10:00:31+00	[6,2,7]	[8,9]
12257	87	-19883477167	\N	2024-02-02 10:00:54+00	[3,3,-6]	\N
12258	24	-653730124766	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:34+00	\N	\N
12259	46	-236483177670	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:07+00	[-4,0,7]	[9,3]
12260	92	131252751273	c73	2024-02-02 10:00:07+00	[-6,1,8]	[9,8]
12261	83	-529622205616	c10	2024-02-02 10:00:57+00	[-5,-2,4]	\N
12262	86	19886321238	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:25+00	[2,-5,-7]	\N
12263	\N	-417653566738	\N	2024-02-02 10:00:16+00	[3,-8,8]	[6,1]
12264	49	-873009777123	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:10+00	[-4,3,5]	\N
12265	58	443092854315	\N	2024-02-02 10:00:30+00	[-3,-5,3]	[6,8]
12266	71	137553549990	\N	2024-02-02 10:00:43+00	[5,8,-1]	\N
12267	15	-655072611943	\N	2024-02-02 10:00:25+00	[2,4,-5]	[2,7]
12268	45	519993191363	\N	2024-02-02 10:00:31+00	\N	[0,9]
12269	3	-552484550031	\N	2024-02-02 10:00:56+00	[5,2,-4]	[2,2]
12270	83	410340585366	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:28+00	[-7,2,3]	\N
12271	83	990795423086	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:19+00	\N	\N
12272	80	384791141615	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:45+00	[-5,3,6]	\N
12273	93	-407389465195	c15	2024-02-02 10:00:22+00	\N	[9,9]
12274	5	777379444832	c73	2024-02-02 10:00:17+00	[-1,6,1]	\N
12275	89	324802404916	\N	2024-02-02 10:00:52+00	[7,1,7]	\N
12276	\N	100912090746	c23	2024-02-02 10:00:36+00	[-5,-5,3]	[0,7]
12277	\N	340899069151	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:13+00	[6,7,-2]	\N
12278	23	311287184998	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:58+00	\N	\N
12279	73	79998938655	c13	2024-02-02 10:00:30+00	\N	\N
12280	71	871790141457	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:13+00	[-2,6,6]	\N
12281	22	-426849746029	yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:16+00	[-5,-4,-4]	[9,1]
12282	39	-706704160397	yyyyyyyyyyyyyyyyyyyyy	2024-02-02 10:00:13+00	\N	\N
12283	31	770218878572	\N	2024-02-02 10:00:47+00	[-4,-4,4]	[9,0]
\.
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 337
\if :vec
CREATE PUBLICATION fzpub FOR TABLE t;
\else
DO $$BEGIN RAISE EXCEPTION 'unsupported' USING ERRCODE = '0A000'; END$$;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 338
SELECT round((v <-> '[4.5,0.75,1.25]')::numeric, 4) FROM t ORDER BY v <-> '[4.5,0.75,1.25]' LIMIT 20;
RESET enable_seqscan; RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_indexonlyscan;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 339
WITH a AS (INSERT INTO t (id, a, b, s, ts, v, w) VALUES (12284, 9, 126, 's85', '2024-08-06 21:33+00', '[4.75,1.5,-2.25]', '[9,4,-4,-9,0,9]'), (12285, 83, 733, 's459', '2024-05-19 18:11+00', '[-0.5,-1.5,-5.0]', NULL), (12286, NULL, 3018253402631562160, 's613', '2024-10-12 06:16+00', '[1.0,3.25,-3.25]', '[4,3,8]'), (12287, 40, -43, repeat('w2', 3657), '2024-07-14 13:18+00', '[-0.5,-2.0,-0.75]', NULL), (12288, 59, -636, 's894', NULL, NULL, '[-5,-6,4,-7,-7]'), (12289, 14, 169, 's297', '2024-05-23 03:44+00', '[-2.0,1.0,-3.75]', '[0,8,-7,9,4,6]') RETURNING *), b AS (INSERT INTO t SELECT * FROM a RETURNING *) SELECT count(*), (SELECT count(*) FROM a), (SELECT count(*) FROM t) FROM b;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 340
INSERT INTO p (id, a, b, s, ts, v, w) VALUES (12290, 38, 930, 's368', NULL, '[-4.5,-4.25,-0.25]', '[7,9,-2,0,2,-1]'), (12291, 64, 975, NULL, '2024-12-27 15:34+00', '[-3.25,0.25,4.0]', '[0,9,5]'), (12292, 95, -732, repeat('w8', 2815), '2024-11-16 02:39+00', '[4.0,1.25,2.5]', NULL), (12293, 70, NULL, 's855', '2024-02-10 01:14+00', '[-2.25,-1.75,1.0]', NULL), (391, 67, -468, 's28', '2024-11-02 05:44+00', '[-4.75,-2.5,-4.25]', '[4,-8,-6,5]'), (12295, 97, 830, 's191', NULL, '[-2.75,-1.75,5.0]', NULL), (12296, 46, 905, 's738', '2024-05-03 12:14+00', '[2.25,-1.25,1.25]', NULL), (7715, 19, 833, 's492', '2024-08-23 16:49+00', '[3.5,2.5,-0.25]', '[0,4,-8]'), (12298, 78, -413, 's952', '2024-04-25 14:54+00', '[0.5,-5.0,3.0]', '[1,-1,8]'), (12299, 84, 71, 's132', '2024-11-09 21:32+00', '[1.5,-4.75,-2.75]', NULL), (12300, 18, -365981334951842397, 's471', '2024-03-15 05:26+00', '[-1.5,4.25,1.0]', NULL), (12301, 14, -146, 's524', '2024-02-11 23:59+00', '[-4.75,-2.75,-4.75]', NULL), (12302, 7, -4376036850924075257, 's705', '2024-07-23 14:43+00', '[-3.0,4.5,-3.25]', '[2,-1,-4,-7]'), (12303, 45, 347, 's562', '2024-09-07 17:01+00', NULL, '[6,-6,1]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 341
INSERT INTO t (id, a, b, s, ts, v, w) SELECT 12303 + g, CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 7) % 100 END, g::bigint * 1000003, CASE WHEN g % 5 = 0 THEN NULL ELSE repeat('x' || (g % 10), 2892) END, '2024-01-01'::timestamptz + g * interval '1 minute', CASE WHEN g % 11 = 0 THEN NULL ELSE array_fill((g % 13)::real / 4, ARRAY[3])::vector END, CASE WHEN g % 3 = 0 THEN array_fill(g::real, ARRAY[1 + g % 17])::vector END FROM generate_series(1, 10) g;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 342
INSERT INTO p (id, a, b, s, ts, v, w) VALUES (12314, 92, 268, NULL, '2024-03-03 22:45+00', '[-4.75,1.5,0.5]', '[8,-6,-7,2,-3,4]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 343
\set ON_ERROR_ROLLBACK on
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 344
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (12315, 90, 468, 's32', '2024-02-14 15:38+00', '[0.5,-4.0,2.5]', '[2,-7,-7]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 345
CLUSTER t USING t_ix43895;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 346
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (12316, 50, -917, 's939', '2024-12-15 23:44+00', '[-4.25,2.0,3.75]', '[1]');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 347
DECLARE c13 CURSOR WITH HOLD FOR SELECT count(*), count(s), sum(b) FROM p;
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 348
\if :vec
SELECT id FROM t WHERE id = 3 FOR SHARE;
\else
DO $$BEGIN RAISE EXCEPTION 'unsupported' USING ERRCODE = '0A000'; END$$;
\endif
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
-- op 349
INSERT INTO t (id, a, b, s, ts, v, w) VALUES (12317, 9, 564, NULL, '2024-10-06 12:02+00', NULL, NULL);
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
SELECT * FROM fz_chk('tlog');
SELECT * FROM fz_chk('t');
SELECT * FROM fz_chk('u');
SELECT * FROM fz_chk('p');
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
