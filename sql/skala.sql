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

-- text input that is not a scale: 22P02, with what is wrong; since 1.1 four
-- bands (1) are a scale, and a bound on the last band (3), "<" (12), "= 90"
-- (13) and "≤" (14) are forms of a band, judged by what they mean: 22023
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
  -- 2: version 3, which no build writes
  (2, '\x0300'),
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

-- binary version 2, for a scale 1.0 could not hold: version 2, 3 bands, rule 1
-- (galat); per band the kind of its lower end (3 bare, 1 ">", 0 none), its
-- bound, the kind of its upper end (3 bare, 6 "<=", 0 none), its bound, its
-- label: "A 91 - 100" = 03 [91] 03 [100] "A"; "B > 50" = 01 [50] 00 "B";
-- "C <= 50" = 00 06 [50] "C".  100 = one digit 0x0001 of weight 1
SELECT lkj.skala_send('A 91 - 100; B > 50 - 90; C <= 50; di luar skala: galat');
SELECT lkj.skala_send('A > 90; B; di luar skala: galat'::text::lkj.skala) IS NULL AS never;
-- a five-band scale of 1.0's form is sent as version 1, so 1.0 reads it
SELECT pg_catalog.get_byte(lkj.skala_send('A >= 91; B > 75; C > 65; D > 50; E'), 0) AS version_1_0_form,
       pg_catalog.get_byte(lkj.skala_send('A >= 91; B > 75; C > 65; D 40 - 50; E < 40'), 0) AS version_other;

-- binary round trip of n-band scales through COPY: every shape of end
CREATE TEMP TABLE pita_asal (n int, s lkj.skala);
INSERT INTO pita_asal VALUES
  (1, 'Efisien >= 100; Tidak Efisien'),
  (2, 'Sangat Tinggi 91 - 100; Tinggi 76 - 90; Sedang 66 - 75; Rendah 51 - 65; Sangat Rendah ≤ 50; di luar skala: Tidak Masuk Skala'),
  (3, 'Sempurna = 100; Sangat Baik >= 90 - < 100; Baik > 75 - < 90; Cukup ≥ 60 - ≤ 75; Kurang > 50 - < 60; Buruk <= 50; di luar skala: galat'),
  (4, 'J > 90; I > 80; H > 70; G > 60; F > 50; E > 40; D > 30; C > 20; B > 10; A');
COPY pita_asal TO :'skala_bin' (FORMAT binary);
CREATE TEMP TABLE pita_salin (n int, s lkj.skala);
COPY pita_salin FROM :'skala_bin' (FORMAT binary);
SELECT a.n, a.s OPERATOR(lkj.=) b.s AS equal, a.s::text = b.s::text AS same_text
FROM pita_asal a JOIN pita_salin b USING (n) ORDER BY n;

-- every value cut short at every byte, in both versions, is a malformed
-- value (22P03), never a broken message (08P01): recv checks what is left
-- before each read
DO $$
DECLARE
  f text := pg_catalog.current_setting('data_directory') || '/lkj_regress_skala_cut.bin';
  v lkj.skala;
  b bytea;
  k int;
  e record;
  codes text[] := '{}';
  cuts int := 0;
BEGIN
  FOREACH v IN ARRAY ARRAY['Sangat Tinggi >= 91; Tinggi > 75.5; Sedang > 65; Rendah > 50; Sangat Rendah'::lkj.skala,
                           'Sempurna = 100; Baik >= 80 - < 100; Cukup 60 - 79.5; Kurang < 60; di luar skala: Lain'] LOOP
    b := lkj.skala_send(v);
    FOR k IN 0 .. pg_catalog.length(b) - 1 LOOP
      DELETE FROM mentah;
      INSERT INTO mentah VALUES (0, pg_catalog.substr(b, 1, k));
      EXECUTE format($q$COPY (SELECT n, b FROM mentah) TO %L (FORMAT binary)$q$, f);
      e := pg_temp.galat(format($q$COPY skala_mentah FROM %L (FORMAT binary)$q$, f));
      cuts := cuts + 1;
      IF NOT e.code = ANY (codes) THEN
        codes := codes || e.code;
      END IF;
    END LOOP;
  END LOOP;
  RAISE NOTICE '% cuts, SQLSTATEs %', cuts, codes;
END $$;

-- malformed version 2 values: 22P03, saying what is wrong
DELETE FROM mentah;
INSERT INTO mentah VALUES
  -- 1: valid: 2 bands, no rule; ">= 100" then nothing
  (1, '\x020200' || '\x02'::bytea || pg_temp.batas(100) || '\x00'::bytea || pg_temp.label('A')
      || '\x0000'::bytea || pg_temp.label('B')),
  -- 2: one band
  (2, '\x020100'),
  -- 3: eleven bands
  (3, '\x020b00'),
  -- 4: a lower end of kind 5 ("<" is an upper end)
  (4, '\x020200' || '\x05'::bytea || pg_temp.batas(100) || '\x00'::bytea || pg_temp.label('A')
      || '\x0000'::bytea || pg_temp.label('B')),
  -- 5: a bare lower end without an upper end
  (5, '\x020200' || '\x03'::bytea || pg_temp.batas(100) || '\x00'::bytea || pg_temp.label('A')
      || '\x0000'::bytea || pg_temp.label('B')),
  -- 6: rule 2 without its label
  (6, '\x020202' || '\x02'::bytea || pg_temp.batas(100) || '\x00'::bytea || pg_temp.label('A')
      || '\x0000'::bytea || pg_temp.label('B')),
  -- 7: a rule of kind 7
  (7, '\x020207' || '\x02'::bytea || pg_temp.batas(100) || '\x00'::bytea || pg_temp.label('A')
      || '\x0000'::bytea || pg_temp.label('B')),
  -- 8: a byte left over
  (8, '\x020200' || '\x02'::bytea || pg_temp.batas(100) || '\x00'::bytea || pg_temp.label('A')
      || '\x0000'::bytea || pg_temp.label('B') || '\x00'::bytea),
  -- 9: a label that reads as a range
  (9, '\x020200' || '\x02'::bytea || pg_temp.batas(100) || '\x00'::bytea || pg_temp.label('A 1 - 2')
      || '\x0000'::bytea || pg_temp.label('B')),
  -- 10: a rule whose label is "galat"
  (10, '\x020202' || '\x02'::bytea || pg_temp.batas(100) || '\x00'::bytea || pg_temp.label('A')
      || '\x00'::bytea || '\x06'::bytea || pg_temp.batas(50) || pg_temp.label('B') || pg_temp.label('Galat')),
  -- 11: a bound claiming more digits than its bytes hold
  (11, '\x020200' || '\x02'::bytea || pg_catalog.int4send(8) || '\x0009000000000000'::bytea);
DELETE FROM skala_mentah;
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

-- values stored by 1.0 still read: 1.0's on-disk layout (version 1: flags,
-- four offsets of bounds, five of labels, int-aligned numerics, labels),
-- built byte by byte through a binary-coercible cast (this machine's byte
-- order, as 1.0 wrote it), reads as the same scale as its text
CREATE CAST (bytea AS lkj.skala) WITHOUT FUNCTION;
CREATE CAST (numeric AS bytea) WITHOUT FUNCTION;
CREATE FUNCTION pg_temp.le(n int, w int) RETURNS bytea LANGUAGE sql
AS $$ SELECT pg_catalog.string_agg(pg_catalog.set_byte('\x00'::bytea, 0, (n >> (8 * i)) & 255), ''::bytea ORDER BY i)
      FROM generate_series(0, w - 1) i $$;
CREATE FUNCTION pg_temp.skala_1_0(flags int, b numeric[], l text[]) RETURNS lkj.skala LANGUAGE plpgsql AS $$
DECLARE
  pos int := 24;                       -- 4 (varlena header) + 2 + 2 * 4 + 2 * 5
  head bytea := pg_catalog.set_byte('\x01'::bytea || '\x00'::bytea, 1, flags);
  body bytea := '';
  nb bytea;
  i int;
BEGIN
  FOR i IN 1..4 LOOP
    nb := (b[i]::numeric)::bytea;      -- the numeric's bytes after its header
    head := head || pg_temp.le(pos, 2);
    body := body || pg_temp.le((pg_catalog.length(nb) + 4) << 2, 4) || nb;
    pos := pos + 4 + pg_catalog.length(nb);
    IF pos % 4 <> 0 AND i < 4 THEN
      body := body || pg_catalog.substr('\x000000'::bytea, 1, 4 - pos % 4);
      pos := pos + 4 - pos % 4;
    END IF;
  END LOOP;
  FOR i IN 1..5 LOOP
    head := head || pg_temp.le(pos, 2);
    body := body || pg_catalog.convert_to(l[i], 'UTF8') || '\x00'::bytea;
    pos := pos + pg_catalog.octet_length(l[i]) + 1;
  END LOOP;
  RETURN (head || body)::lkj.skala;
END $$;
SELECT s AS stored_by_1_0,
       s OPERATOR(lkj.=) s::text::lkj.skala AS equals_its_text,
       lkj.label_kriteria(90, s) AS band_of_90, lkj.label_kriteria(62.5, s) AS band_of_62_5,
       pg_catalog.get_byte(lkj.skala_send(s), 0) AS sent_as
FROM (VALUES
  (pg_temp.skala_1_0(0, '{90,75,65,50}', '{Sangat Tinggi,Tinggi,Sedang,Rendah,Sangat Rendah}')),
  (pg_temp.skala_1_0(5, '{91,75.5,62.5,-10.25}', '{Sangat Baik,Baik,Cukup,Kurang,Sangat Kurang}'))
) v(s);
SELECT no, "interval" FROM lkj.rentang_skala(pg_temp.skala_1_0(0, '{90,75,65,50}', '{Sangat Tinggi,Tinggi,Sedang,Rendah,Sangat Rendah}'));
DROP CAST (bytea AS lkj.skala);
DROP CAST (numeric AS bytea);

-- order and hash: a b-tree class (one cmp, the operators around it) and a
-- hash class, both valid for the access methods
SELECT c.opcname, a.amname, pg_catalog.amvalidate(c.oid) AS valid, c.opcdefault AS is_default
FROM pg_catalog.pg_opclass c JOIN pg_catalog.pg_am a ON a.oid = c.opcmethod
WHERE c.opcintype = 'lkj.skala'::regtype ORDER BY 1;
-- equal scales (90 and 90.00, "≥" and ">=") hash alike and compare 0;
-- a label, a kind of end, a bound or the rule makes them differ
SELECT n, lkj.skala_cmp(a, b) AS cmp, a OPERATOR(lkj.=) b AS eq, a OPERATOR(lkj.<) b AS lt,
       a OPERATOR(lkj.<=) b AS le, a OPERATOR(lkj.>=) b AS ge, a OPERATOR(lkj.>) b AS gt, a OPERATOR(lkj.<>) b AS ne,
       lkj.skala_hash(a) = lkj.skala_hash(b) AS same_hash,
       lkj.skala_hash_extended(a, 7) = lkj.skala_hash_extended(b, 7) AS same_hash_7
FROM (VALUES
  (1, 'A > 90.00; B ≥ 75; C'::lkj.skala, 'A > 90; B >= 75.0; C'::lkj.skala),
  (2, 'A > 90; B >= 75; C', 'A > 90; B >= 75; D'),
  (3, 'A > 90; B >= 75; C', 'A >= 90; B >= 75; C'),
  (4, 'A > 90; B >= 75; C', 'A > 91; B >= 75; C'),
  (5, 'A 91 - 100; B <= 90; di luar skala: galat', 'A 91 - 100; B <= 90; di luar skala: Lain'),
  (6, 'A > 90; B > 75 - 90; C', 'A > 90; B > 75; C'),
  (7, 'A > 90; B', 'A > 90; B > 75; C')
) v(n, a, b) ORDER BY n;

-- a skala column takes a UNIQUE index, GROUP BY, DISTINCT and ORDER BY;
-- the index refuses a scale written with other zeros or "≥" (equal)
CREATE TEMP TABLE skala_unik (s lkj.skala CONSTRAINT skala_unik_sekali UNIQUE);
INSERT INTO skala_unik VALUES
  ('A > 90; B > 75; C'), ('A > 90; B > 75; D'), ('A >= 90; B > 75; C'),
  ('A 91 - 100; B <= 90; di luar skala: galat'), ('Efisien >= 100; Tidak Efisien');
SELECT e.code, e.message FROM pg_temp.galat($$INSERT INTO skala_unik VALUES ('A > 90.00; B > 75.0; C')$$) e;
SELECT e.code, e.message FROM pg_temp.galat($$INSERT INTO skala_unik VALUES ('A ≥ 90; B > 75; C')$$) e;
SELECT s FROM skala_unik ORDER BY s;
SELECT s, count(*) FROM (SELECT s FROM skala_unik UNION ALL SELECT s::text::lkj.skala FROM skala_unik) u
GROUP BY s ORDER BY s;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT DISTINCT s FROM (SELECT s FROM skala_unik UNION ALL SELECT s FROM skala_unik) u;
SELECT count(*) AS distinct_hashed FROM (SELECT DISTINCT s FROM (SELECT s FROM skala_unik UNION ALL SELECT s FROM skala_unik) u) d;
RESET enable_sort;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT * FROM skala_unik WHERE s OPERATOR(lkj.=) 'A > 90; B > 75; C';
SELECT * FROM skala_unik WHERE s OPERATOR(lkj.=) 'A > 90.0; B > 75; C';
RESET enable_seqscan;

-- every object of this section has a comment
SELECT d.type, d.identity
FROM pg_catalog.pg_depend dep
JOIN pg_catalog.pg_extension x ON x.oid = dep.refobjid AND x.extname = 'lkj'
CROSS JOIN LATERAL pg_catalog.pg_identify_object(dep.classid, dep.objid, 0) d
WHERE dep.deptype = 'e'
  AND (d.identity LIKE '%skala%' OR d.identity LIKE '%kriteria%')
  AND pg_catalog.obj_description(dep.objid, (SELECT c.relname FROM pg_catalog.pg_class c WHERE c.oid = dep.classid)) IS NULL
ORDER BY 1, 2;
