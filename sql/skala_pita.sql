-- skala_pita: scales of any real shape (issue 9 item 1): 2 to 10 bands,
-- gaps, closed / open / equal bounds, a bottom band "< y", the scale's rule
-- for a capaian outside its bands; the band of a capaian on them
-- (pita_kriteria, label_kriteria, kriteria) and their Tabel 7 intervals
SET client_encoding = 'UTF8';
\pset null '(null)'

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

-- valid scales, as written and in canonical form: the wording of every
-- interval is kept ("91 - 100" stays bare, ">= 76 - < 91" keeps its
-- operators), "≥"/"≤" become ">="/"<=", "%" and trailing zeros go
SELECT n, input::lkj.skala AS canonical
FROM (VALUES
  -- 2 bands: a verdict (Efisien / Tidak Efisien)
  (1, 'Efisien >= 100; Tidak Efisien'),
  -- 3 bands, the bottom one written "< y"
  (2, 'Baik >= 80; Cukup >= 60; Kurang < 60'),
  -- 4 bands with a gap between each (Permendagri 86/2017 prints 91 - 100, 76 - 90 ...)
  (3, 'Sangat Baik 91 - 100; Baik 76 - 90; Cukup 66 - 75; Kurang ≤ 65; di luar skala: galat'),
  -- 5 bands as Permendagri 86/2017 prints them, with its gaps and the rule
  -- that a capaian in one (or above 100) is labelled
  (4, 'Sangat Tinggi 91% - 100%; Tinggi 76% - 90%; Sedang 66% - 75%; Rendah 51% - 65%; Sangat Rendah ≤ 50%; di luar skala: Tidak Masuk Skala'),
  -- 6 bands, "= 100" at the top, mixed ends
  (5, 'Sempurna = 100; Sangat Baik >= 90 - < 100; Baik > 75 - < 90; Cukup ≥ 60 - ≤ 75; Kurang > 50 - < 60; Buruk <= 50; di luar skala: galat'),
  -- 7 bands (SAKIP's AA to D), 1.0's form
  (6, 'AA > 90; A > 80; BB > 70; B > 60; CC > 50; C > 30; D'),
  -- 10 bands, the most a scale has
  (7, 'J > 90; I > 80; H > 70; G > 60; F > 50; E > 40; D > 30; C > 20; B > 10; A'),
  -- a label ending in a number, a negative lower end
  (8, 'Level 3 > 50; Level 2 -10 - 50; Level 1 < -10'),
  -- the upper end written where 1.0's form leaves it to the band above
  (9, 'Tinggi > 90; Sedang > 75 - 90; Rendah <= 75'),
  -- the en dash of a printed table ("91–100") reads as "-"
  (10, 'Sangat Tinggi 91–100; Tinggi 76 – 90; Rendah ≤ 75; di luar skala: galat')
) v(n, input) ORDER BY n;

-- the canonical form reads back as the same value
SELECT n, s::text::lkj.skala OPERATOR(lkj.=) s AS round_trip
FROM (VALUES
  (1, 'Sangat Baik 91 - 100; Baik 76 - 90; Cukup 66 - 75; Kurang ≤ 65; di luar skala: galat'::lkj.skala),
  (2, 'Sempurna = 100; Sangat Baik >= 90 - < 100; Baik > 75 - < 90; Cukup ≥ 60 - ≤ 75; Kurang > 50 - < 60; Buruk <= 50; di luar skala: galat'),
  (3, 'Sangat Tinggi 91 - 100; Tinggi 76 - 90; Sedang 66 - 75; Rendah 51 - 65; Sangat Rendah ≤ 50; di luar skala: Tidak Masuk Skala'),
  (4, 'Level 3 > 50; Level 2 -10 - 50; Level 1 < -10')
) v(n, s) ORDER BY n;

-- Tabel 7: each band's interval exactly as the scale words it; a band whose
-- upper end is not written gets the one the band above gives (1.0, Lumajang)
SELECT no, kriteria, label, batas_bawah, bawah_inklusif, batas_atas, atas_inklusif, "interval"
FROM lkj.rentang_skala('Sangat Tinggi 91 - 100; Tinggi 76 - 90; Sedang 66 - 75; Rendah 51 - 65; Sangat Rendah ≤ 50; di luar skala: Tidak Masuk Skala');
SELECT no, kriteria, label, batas_bawah, bawah_inklusif, batas_atas, atas_inklusif, "interval"
FROM lkj.rentang_skala('Sempurna = 100; Sangat Baik >= 90 - < 100; Baik > 75 - < 90; Cukup ≥ 60 - ≤ 75; Kurang > 50 - < 60; Buruk <= 50; di luar skala: galat');
SELECT no, kriteria, label, "interval" FROM lkj.rentang_skala('Baik >= 80; Cukup >= 60; Kurang < 60');
SELECT no, kriteria, label, "interval" FROM lkj.rentang_skala('AA > 90; A > 80; BB > 70; B > 60; CC > 50; C > 30; D');
SELECT no, label, "interval" FROM lkj.rentang_skala('Tinggi > 90; Sedang > 75 - 90; Rendah <= 75');
-- Kunir's scale prints as 1.0 printed it (Tabel 7 of the seed)
SELECT no, kriteria, label, "interval" FROM lkj.rentang_skala(lkj.skala_bernama('lumajang'));

-- the band of a capaian: pita_kriteria (number from the top, word) on the
-- 4-band scale with gaps, "di luar skala: galat".  Worked by hand:
-- 95 in 91-100 -> 1; 91 closed -> 1; 90.5 between 90 and 91 -> error;
-- 90 -> 2; 76 -> 2; 75.5 in the gap 75-76 -> error; 66 -> 3; 65.5 -> error
-- (65 is Kurang's top: <= 65 closed, so 65.5 is above it); 65 -> 4;
-- -5 -> 4 (Kurang is open below); 100.01 above the top band -> error
SELECT c AS capaian, e.code,
       CASE WHEN e.code = '00000' THEN (lkj.pita_kriteria(c, s)).urutan END AS urutan,
       CASE WHEN e.code = '00000' THEN (lkj.pita_kriteria(c, s)).label END AS label,
       e.message
FROM (SELECT 'Sangat Baik 91 - 100; Baik 76 - 90; Cukup 66 - 75; Kurang ≤ 65; di luar skala: galat'::lkj.skala AS s) k,
     unnest('{95,91,90.5,90,76,75.5,66,65.5,65,-5,100.01}'::numeric[]) WITH ORDINALITY u(c, i),
     pg_temp.galat(format('SELECT lkj.pita_kriteria(%s, %L::lkj.skala)', c, s)) e
ORDER BY i;
SELECT e.* FROM pg_temp.galat($$SELECT lkj.label_kriteria(90.5, 'Sangat Baik 91 - 100; Baik 76 - 90; Cukup 66 - 75; Kurang ≤ 65; di luar skala: galat'::lkj.skala)$$) e;

-- the same gaps labelled: a capaian in one is "Tidak Masuk Skala", number NULL;
-- 135.76 (Kunir's Indeks Pelayanan Publik) is above 100, outside the top band
SELECT c AS capaian, (lkj.pita_kriteria(c, s)).*, lkj.label_kriteria(c, s) AS label_kriteria,
       lkj.kriteria(c, s) AS kriteria_1_0
FROM (SELECT 'Sangat Tinggi 91 - 100; Tinggi 76 - 90; Sedang 66 - 75; Rendah 51 - 65; Sangat Rendah ≤ 50; di luar skala: Tidak Masuk Skala'::lkj.skala AS s) k,
     unnest('{135.76,100,91,90.5,90,75.99,51,50.5,50,0}'::numeric[]) WITH ORDINALITY u(c, i)
ORDER BY i;

-- "= 100" and mixed ends, no gap below 100: 100 -> Sempurna (1); 99.99 ->
-- Sangat Baik (2, < 100); 90 -> 2 (>= 90); 89.99 -> Baik (3, > 75 - < 90);
-- Cukup is 60 - 75 closed and Baik starts above 75, so 75.5 -> 3, 75 -> 4;
-- 60 -> 4; 59.99 -> Kurang (5, > 50 - < 60); 50 -> Buruk (6, <= 50);
-- -1 -> 6; 100.5 is above the top band -> error (di luar skala: galat)
SELECT c AS capaian, e.code,
       CASE WHEN e.code = '00000' THEN (lkj.pita_kriteria(c, s)).urutan END AS urutan,
       CASE WHEN e.code = '00000' THEN lkj.label_kriteria(c, s) END AS label
FROM (SELECT 'Sempurna = 100; Sangat Baik >= 90 - < 100; Baik > 75 - < 90; Cukup ≥ 60 - ≤ 75; Kurang > 50 - < 60; Buruk <= 50; di luar skala: galat'::lkj.skala AS s) k,
     unnest('{100,99.99,90,89.99,75.5,75,60,59.99,50,-1,100.5}'::numeric[]) WITH ORDINALITY u(c, i),
     pg_temp.galat(format('SELECT lkj.pita_kriteria(%s, %L::lkj.skala)', c, s)) e
ORDER BY i;

-- 1.0's enum names a five-band scale's bands; on another number of bands it
-- has no name for them: 22023 with the function to use instead
SELECT e.* FROM pg_temp.galat($$SELECT lkj.kriteria(85, 'Baik >= 80; Cukup >= 60; Kurang < 60'::lkj.skala)$$) e;
-- pita_kriteria on 1.0's scales: the enum's band, top = 1; by name (default lumajang)
SELECT c, lkj.kriteria(c) AS kriteria, (lkj.pita_kriteria(c)).*, (lkj.pita_kriteria(c, 'permendagri-86-2017')).urutan AS urutan_permendagri
FROM unnest('{135.76,90,75,65,50}'::numeric[]) c;
SELECT e.code, e.message FROM pg_temp.galat($$SELECT lkj.pita_kriteria(80, 'tidak-ada')$$) e;
SELECT (lkj.pita_kriteria(NULL, 'lumajang')).* ;

-- a 4-band scale with a gap stored by name grades by name too
INSERT INTO lkj.skala_kriteria (nama, skala, keterangan) VALUES
  ('uji-empat', 'Sangat Baik > 85; Baik > 70 - 85; Cukup 55 - 70; Kurang < 50; di luar skala: Tidak Masuk Skala', 'uji');
-- 85.01 -> 1; 85 -> 2; 70.01 -> 2; 70 -> 3 (55 - 70 closed); 55 -> 3;
-- 52 -> between 50 and 55: outside; 50 -> outside (Kurang is < 50); 49.99 -> 4
SELECT c, (lkj.pita_kriteria(c, 'uji-empat')).*, lkj.label_kriteria(c, 'uji-empat') AS label_kriteria
FROM unnest('{85.01,85,70.01,70,55,52,50,49.99}'::numeric[]) WITH ORDINALITY u(c, i) ORDER BY i;
DELETE FROM lkj.skala_kriteria WHERE nama = 'uji-empat';

-- well-formed scales that cannot grade: 22023, naming the bands
\x on
SELECT n, input, e.*
FROM (VALUES
  -- reversed: lower bounds that rise
  (1, 'A > 50; B > 65; C'),
  -- reversed inside a band
  (2, 'A > 90; B 80 - 70; C < 70'),
  -- overlapping: B reaches above where A starts
  (3, 'A > 90; B 80 - 95; C < 80'),
  -- overlapping at one point, both closed
  (4, 'A >= 90; B 80 - 90; C < 80'),
  -- a gap and no rule for it
  (5, 'A 91 - 100; B 76 - 90; C <= 75'),
  -- a bounded top band and no rule
  (6, 'A = 100; B >= 90 - < 100; C < 90'),
  -- a bounded bottom band and no rule
  (7, 'A > 90; B > 75; C > 50'),
  -- both ends open at the same point: 90 itself is in no band
  (8, 'A > 90; B < 90'),
  -- a rule where nothing is outside
  (9, 'A > 90; B; di luar skala: galat'),
  -- a band with no lower end that is not the last
  (10, 'A < 90; B > 50; C'),
  -- "= x" twice the same
  (11, 'A = 100; B = 100; C < 100; di luar skala: galat'),
  -- a band of one value written by its lower bounds (1.0 refused it too)
  (12, 'A > 90; B >= 90; C')
) v(n, input), pg_temp.galat(format('SELECT %L::lkj.skala', input)) e
ORDER BY n;

-- malformed text: 22P02
SELECT n, input, e.*
FROM (VALUES
  (1, 'Hanya Satu > 50'),
  (2, 'J > 90; I > 80; H > 70; G > 60; F > 50; E > 40; D > 30; C > 20; B > 10; A > 0; Nol'),
  (3, 'A > 90 - >= 95; B'),
  (4, 'A = 100 - 101; B < 100; di luar skala: galat'),
  (5, 'A 91 - ; B'),
  (6, 'A > 90; B; di luar skala:'),
  (7, 'A ≥ 90 - ≥ 95; B'),
  (8, 'A 91 - 100; B 1 - 2 - 3; di luar skala: galat'),
  (9, 'A > 90; B; di luar skala: B'),
  (10, 'A > 90; B > 80; di luar skala: galat; C'),
  (11, 'A > 90 -; B'),
  (12, 'A 91 - 100; B <; di luar skala: galat')
) v(n, input), pg_temp.galat(format('SELECT %L::lkj.skala', input)) e
ORDER BY n;
\x off

-- the parser never reads past its input: every prefix of every valid scale
-- above, cut after each character (so also just before and after "≥", at a
-- segment's end), is a scale or a 22P02 / 22023, never another error
SELECT count(*) AS prefixes, count(*) FILTER (WHERE e.code = '00000') AS valid,
       pg_catalog.string_agg(DISTINCT e.code, ' ' ORDER BY e.code) AS codes
FROM (VALUES
  ('Sangat Baik 91 - 100; Baik 76 - 90; Cukup 66 - 75; Kurang ≤ 65; di luar skala: galat'),
  ('Sempurna = 100; Sangat Baik ≥ 90 - < 100; Baik > 75 - < 90; Cukup ≥ 60 - ≤ 75; Kurang > 50 - < 60; Buruk ≤ 50; di luar skala: galat'),
  ('Sangat Tinggi ≥ 91; Tinggi ≥ 76; Sedang ≥ 66; Rendah ≥ 51; Sangat Rendah'),
  ('Level 3 > 50%; Level 2 -10% - 50%; Level 1 < -10%')
) v(s),
LATERAL generate_series(0, pg_catalog.length(s)) k,
LATERAL pg_temp.galat(format('SELECT %L::lkj.skala', pg_catalog.substr(s, 1, k))) e;
-- and each prefix followed by "; B" (a segment that ends right after the cut)
SELECT count(*) AS prefixes, pg_catalog.string_agg(DISTINCT e.code, ' ' ORDER BY e.code) AS codes
FROM (VALUES ('A ≥ 91 - ≤ 100; B ≤ 90; di luar skala: galat'), ('A = 100; B 1 - < 100; di luar skala: galat')) v(s),
LATERAL generate_series(0, pg_catalog.length(s)) k,
LATERAL pg_temp.galat(format('SELECT %L::lkj.skala', pg_catalog.substr(s, 1, k) || '; B')) e;
