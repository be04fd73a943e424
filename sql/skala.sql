-- skala: the criteria scale type lkj.skala (text and binary forms, checks, equality, bands)
SET client_encoding = 'UTF8';
\pset null '(null)'
-- the scales use "≥" and "≤", which need a UTF8 database
SELECT pg_catalog.getdatabaseencoding() AS database_encoding;

-- error helper: the SQLSTATE and the message of what q raises, or 00000
CREATE FUNCTION pg_temp.galat(q text, OUT code text, OUT message text, OUT detail text, OUT hint text)
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE q;
  code := '00000';
  message := 'no error';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS code = RETURNED_SQLSTATE, message = MESSAGE_TEXT,
                          detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
END $$;

-- the two built-in scales, in canonical form
SELECT 'Sangat Tinggi > 90; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah'::lkj.skala AS lumajang;
SELECT 'Sangat Tinggi >= 91; Tinggi >= 76; Sedang >= 66; Rendah >= 51; Sangat Rendah'::lkj.skala AS permendagri;

-- flexible input, one canonical output: "≥", "%", white space, trailing zeros, signs
SELECT input, input::lkj.skala AS canonical
FROM (VALUES
  (1, 'Sangat Tinggi ≥ 91; Tinggi ≥ 76; Sedang ≥ 66; Rendah ≥ 51; Sangat Rendah'),
  (2, 'Sangat Tinggi>90;Tinggi>75;Sedang>65;Rendah>50;Sangat Rendah'),
  (3, E'  Sangat   Tinggi \t >  90.00 % ;\n Tinggi > 75.0%; Sedang>=65.50;Rendah > +50 ; Sangat\tRendah  '),
  (4, 'A > 62.50; B >= .5; C > -0.0; D >= -.25; E'),
  (5, 'A >= 1250.5; B > 100; C >= 62.5; D > -10.25; E'),
  (6, 'Sangat Baik >= 90; Baik > 75; Cukup >= 65; Kurang > 50; Sangat Kurang'),
  (7, 'A > 90.000001; B > 90; C > 89.999999; D > 0.000000000000000000000000000001; E')
) v(n, input) ORDER BY n;

-- the canonical form reads back as itself (the operators live in schema lkj)
SELECT s::text = s::text::lkj.skala::text AS text_round_trip, s::text::lkj.skala OPERATOR(lkj.=) s AS equal
FROM (VALUES
  ('Sangat Tinggi > 90; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah'::lkj.skala),
  ('Sangat Tinggi ≥ 91; Tinggi ≥ 76; Sedang ≥ 66; Rendah ≥ 51; Sangat Rendah'),
  ('A >= 1250.5; B > 100; C >= 62.5; D > -10.25; E')
) v(s);

-- equality: the same bounds (in any notation), kinds of bound and labels
SELECT 'A > 90; B > 75; C > 65; D > 50; E'::lkj.skala OPERATOR(lkj.=) 'A>90.00;B>75.0;C>65;D>50;E' AS same_bounds,
       'A > 90; B > 75; C > 65; D > 50; E'::lkj.skala OPERATOR(lkj.=) 'A >= 90; B > 75; C > 65; D > 50; E' AS closed_vs_open,
       'A > 90; B > 75; C > 65; D > 50; E'::lkj.skala OPERATOR(lkj.=) 'A > 90; B > 75; C > 65; D > 50.01; E' AS other_bound,
       'A > 90; B > 75; C > 65; D > 50; E'::lkj.skala OPERATOR(lkj.=) 'A > 90; B > 75; C > 65; D > 50; F' AS other_label,
       'A > 90; B > 75; C > 65; D > 50; E'::lkj.skala OPERATOR(lkj.<>) 'A > 90; B > 75; C > 65; D > 50; F' AS ne_other_label,
       'A > 90; B > 75; C > 65; D > 50; E'::lkj.skala OPERATOR(lkj.<>) 'A>90;B>75;C>65;D>50;E' AS ne_same;

-- binary form: version 1, flags (bit i: bound i closed), per bound int32 length
-- and numeric's binary form (ndigits, weight, sign, dscale, base-10000 digits),
-- then the labels NUL-terminated: 90 = 0x5a, 75 = 0x4b, 65 = 0x41, 50 = 0x32
SELECT lkj.skala_send('Sangat Tinggi > 90; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah');
-- closed bounds: flags 0x0f; 91 = 0x5b, 76 = 0x4c, 51 = 0x33; 62.5 = two digits
-- 62 (0x3e) and 5000 (0x1388), weight 0, dscale 1
SELECT lkj.skala_send('A >= 91; B >= 76; C >= 62.5; D >= 51; E');
-- flags 0x04 (bound 3 closed); 0 = no digits; -10.25 = sign 0x4000, digits 10
-- and 2500 (0x09c4), dscale 2; -20 = 0x14 with sign 0x4000
SELECT lkj.skala_send('A > 90; B > 0; C >= -10.25; D > -20; E');

-- binary round trip through COPY; server-side COPY writes into the cluster's
-- own data directory, where no other test run writes
SELECT pg_catalog.current_setting('data_directory') || '/lkj_regress_skala.bin' AS skala_bin \gset
CREATE TEMP TABLE skala_asal (n int, s lkj.skala);
INSERT INTO skala_asal VALUES
  (1, 'Sangat Tinggi > 90; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah'),
  (2, 'Sangat Tinggi >= 91; Tinggi >= 76; Sedang >= 66; Rendah >= 51; Sangat Rendah'),
  (3, 'Sangat Baik >= 1250.5; Baik > 100; Cukup >= 62.5; Kurang > -10.25; Sangat Kurang');
COPY skala_asal TO :'skala_bin' (FORMAT binary);
CREATE TEMP TABLE skala_salin (n int, s lkj.skala);
COPY skala_salin FROM :'skala_bin' (FORMAT binary);
SELECT a.n, b.s, a.s OPERATOR(lkj.=) b.s AS equal, a.s::text = b.s::text AS same_text
FROM skala_asal a JOIN skala_salin b USING (n) ORDER BY n;

-- text input that is not a scale: 22P02, with what is wrong
\x on
SELECT n, input, e.*
FROM (VALUES
  (1, 'Sangat Tinggi > 90; Tinggi > 75; Sedang > 65; Sangat Rendah'),
  (2, 'Sangat Tinggi > 90; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah; Nol'),
  (3, 'Sangat Tinggi > 90; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah > 0'),
  (4, 'Sangat Tinggi > 90; Tinggi; Sedang > 65; Rendah > 50; Sangat Rendah'),
  (5, 'Sangat Tinggi > 90; > 75; Sedang > 65; Rendah > 50; Sangat Rendah'),
  (6, 'Sangat Tinggi > 90; Tinggi > 75; Sedang > 65; Rendah > 50;   '),
  (7, 'Tinggi > 90; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah'),
  (8, 'Sangat Tinggi > NaN; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah'),
  (9, 'Sangat Tinggi > Infinity; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah'),
  (10, 'garbage'),
  (11, ''),
  (12, 'Sangat Tinggi < 90; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah'),
  (13, 'Sangat Tinggi = 90; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah'),
  (14, 'Sangat Tinggi > 90; Tinggi > 75; Sedang > 65; Rendah ≤ 50; Sangat Rendah'),
  (15, 'Sangat Tinggi > 90; Tinggi > 62,5; Sedang > 60; Rendah > 50; Sangat Rendah'),
  (16, 'Sangat Tinggi > 90 persen; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah'),
  (17, 'Sangat Tinggi > 9e1; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah'),
  (18, 'Sangat Tinggi > 90; Tinggi > ; Sedang > 65; Rendah > 50; Sangat Rendah'),
  (19, 'Sangat Tinggi > 90; Tinggi > -; Sedang > 65; Rendah > 50; Sangat Rendah'),
  (20, 'Sangat Tinggi > 90; Tinggi > 75; Sedang >> 65; Rendah > 50; Sangat Rendah'),
  (21, repeat('x', 65) || ' > 90; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah'),
  (22, 'Sangat Tinggi > 1' || repeat('0', 40) || '; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah')
) v(n, input), pg_temp.galat(format('SELECT %L::lkj.skala', input)) e
ORDER BY n;
\x off

-- the message quotes the input, so for these only the detail: a control
-- character in a label; a bound so long that numeric_in never sees it
SELECT code, detail FROM pg_temp.galat(format('SELECT %L::lkj.skala',
  E'Sangat\u0001Tinggi > 90; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah'));
SELECT code, detail FROM pg_temp.galat(format('SELECT %L::lkj.skala',
  'Sangat Tinggi > 1' || repeat('0', 200000) || '; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah'));

-- at the limits, still valid: a 64-character label, a 40-character bound
SELECT length(lkj.label_kriteria(100, (repeat('é', 64) || ' > 90; B > 75; C > 65; D > 50; E')::lkj.skala)) AS label_chars,
       (SELECT length(batas_bawah::text) FROM lkj.rentang_skala(('A > 1' || repeat('0', 39) || '; B > 75; C > 65; D > 50; E')::lkj.skala) WHERE no = 1) AS bound_chars;
-- a bound whose trailing zeros go is short enough
SELECT ('A > 1.' || repeat('0', 60) || '; B > 0.5; C > 0; D > -1; E')::lkj.skala;

-- well-formed scales whose bounds do not descend: 22023, naming both bounds
\x on
SELECT n, input, e.*
FROM (VALUES
  (1, 'Sangat Tinggi > 90; Tinggi > 90; Sedang > 65; Rendah > 50; Sangat Rendah'),
  (2, 'Sangat Tinggi >= 90; Tinggi > 90; Sedang > 65; Rendah > 50; Sangat Rendah'),
  (3, 'Sangat Tinggi > 50; Tinggi > 65; Sedang > 75; Rendah > 90; Sangat Rendah'),
  (4, 'Sangat Tinggi ≥ 91; Tinggi ≥ 76; Sedang ≥ 66; Rendah ≥ 66.00; Sangat Rendah')
) v(n, input), pg_temp.galat(format('SELECT %L::lkj.skala', input)) e
ORDER BY n;
\x off

-- binary input is checked as text input is: write raw bytes with COPY of a
-- bytea (whose binary form is its bytes) and read them back as lkj.skala
CREATE FUNCTION pg_temp.batas(n numeric) RETURNS bytea LANGUAGE sql
AS $$ SELECT pg_catalog.int4send(pg_catalog.length(pg_catalog.numeric_send(n))) || pg_catalog.numeric_send(n) $$;
CREATE FUNCTION pg_temp.label(t text) RETURNS bytea LANGUAGE sql
AS $$ SELECT pg_catalog.convert_to(t, 'UTF8') || '\x00'::bytea $$;
CREATE FUNCTION pg_temp.labels(VARIADIC t text[]) RETURNS bytea LANGUAGE sql
AS $$ SELECT pg_catalog.string_agg(pg_temp.label(x), ''::bytea ORDER BY i) FROM unnest(t) WITH ORDINALITY u(x, i) $$;
CREATE TEMP TABLE mentah (n int, b bytea);
INSERT INTO mentah VALUES
  -- 1: valid; labels with white space to normalize, 90.00 with trailing zeros, all closed
  (1, '\x010f' || pg_temp.batas(90.00) || pg_temp.batas(75) || pg_temp.batas(65) || pg_temp.batas(50)
      || pg_temp.labels(E' Sangat \t Tinggi ', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah')),
  -- 2: version 2
  (2, '\x0200'),
  -- 3: flags with a fifth bound
  (3, '\x0110'),
  -- 4: a bound longer than the value
  (4, '\x0100' || pg_catalog.int4send(255) || '\x0001'::bytea),
  -- 5: a bound with bytes left over
  (5, '\x0100' || pg_catalog.int4send(12) || pg_catalog.numeric_send(90) || '\x0000'::bytea),
  -- 6: NaN
  (6, '\x0100' || pg_temp.batas('NaN') || pg_temp.batas(75) || pg_temp.batas(65) || pg_temp.batas(50)
      || pg_temp.labels('A', 'B', 'C', 'D', 'E')),
  -- 7: ascending bounds
  (7, '\x0100' || pg_temp.batas(75) || pg_temp.batas(90) || pg_temp.batas(65) || pg_temp.batas(50)
      || pg_temp.labels('A', 'B', 'C', 'D', 'E')),
  -- 8: a duplicate label
  (8, '\x0100' || pg_temp.batas(90) || pg_temp.batas(75) || pg_temp.batas(65) || pg_temp.batas(50)
      || pg_temp.labels('A', 'B', 'A', 'D', 'E')),
  -- 9: a label with ";"
  (9, '\x0100' || pg_temp.batas(90) || pg_temp.batas(75) || pg_temp.batas(65) || pg_temp.batas(50)
      || pg_temp.labels('A;B', 'B', 'C', 'D', 'E')),
  -- 10: a blank label
  (10, '\x0100' || pg_temp.batas(90) || pg_temp.batas(75) || pg_temp.batas(65) || pg_temp.batas(50)
      || pg_temp.labels('A', ' ', 'C', 'D', 'E')),
  -- 11: only four labels
  (11, '\x0100' || pg_temp.batas(90) || pg_temp.batas(75) || pg_temp.batas(65) || pg_temp.batas(50)
      || pg_temp.labels('A', 'B', 'C', 'D')),
  -- 12: a label with ">" and one with a control character
  (12, '\x0100' || pg_temp.batas(90) || pg_temp.batas(75) || pg_temp.batas(65) || pg_temp.batas(50)
      || pg_temp.labels('A', 'B > 1', 'C', 'D', 'E')),
  (13, '\x0100' || pg_temp.batas(90) || pg_temp.batas(75) || pg_temp.batas(65) || pg_temp.batas(50)
      || pg_temp.labels('A', 'B', 'C', E'D\u0001', 'E')),
  -- 14: a 41-character bound
  (14, '\x0100' || pg_temp.batas(('1' || repeat('0', 40))::numeric) || pg_temp.batas(75) || pg_temp.batas(65)
      || pg_temp.batas(50) || pg_temp.labels('A', 'B', 'C', 'D', 'E'));
CREATE TEMP TABLE skala_mentah (n int, s lkj.skala);
DO $$
DECLARE
  f text := pg_catalog.current_setting('data_directory') || '/lkj_regress_skala_raw.bin';
  r record;
  e record;
BEGIN
  FOR r IN SELECT n FROM mentah ORDER BY n LOOP
    EXECUTE format($q$COPY (SELECT n, b FROM mentah WHERE n = %s) TO %L (FORMAT binary)$q$, r.n, f);
    e := pg_temp.galat(format($q$COPY skala_mentah FROM %L (FORMAT binary)$q$, f));
    RAISE NOTICE '%: % % (%)', r.n, e.code, e.message, e.detail;
  END LOOP;
END $$;
SELECT n, s FROM skala_mentah ORDER BY n;

-- the bands of a scale as rows, the interval as Tabel 7 prints it
SELECT * FROM lkj.rentang_skala('Sangat Tinggi > 90; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah');
SELECT * FROM lkj.rentang_skala('Sangat Tinggi >= 91; Tinggi >= 76; Sedang >= 66; Rendah >= 51; Sangat Rendah');
-- mixed bounds, the scale's own words, Indonesian number format
SELECT * FROM lkj.rentang_skala('Sangat Baik >= 1250.5; Baik > 100; Cukup >= 62.5; Kurang > -10.25; Sangat Kurang');
SELECT no, interval FROM lkj.rentang_skala('A > 1234567.5; B >= 1000.001; C > 999; D > 0; E');
SELECT count(*) AS rows_of_null FROM lkj.rentang_skala(NULL);
-- 1.0's name, skala_rentang, kept until 2.0: the same rows
SELECT s.nama, count(*) AS rows, count(*) FILTER (WHERE lama = baru) AS same
FROM lkj.skala_kriteria s
CROSS JOIN LATERAL lkj.skala_rentang(s.skala) WITH ORDINALITY AS lama
JOIN LATERAL lkj.rentang_skala(s.skala) WITH ORDINALITY AS baru ON baru.ordinality = lama.ordinality
GROUP BY s.nama ORDER BY s.nama;

-- every object of this section has a comment
SELECT d.type, d.identity
FROM pg_catalog.pg_depend dep
JOIN pg_catalog.pg_extension x ON x.oid = dep.refobjid AND x.extname = 'lkj'
CROSS JOIN LATERAL pg_catalog.pg_identify_object(dep.classid, dep.objid, 0) d
WHERE dep.deptype = 'e'
  AND (d.identity LIKE '%skala%' OR d.identity LIKE '%kriteria%')
  AND pg_catalog.obj_description(dep.objid, (SELECT c.relname FROM pg_catalog.pg_class c WHERE c.oid = dep.classid)) IS NULL
ORDER BY 1, 2;
