-- kriteria: the criteria band of a capaian on a scale, by value and by name
SET client_encoding = 'UTF8';
\pset null '(null)'

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

-- the bands, ordered lowest first
SELECT pg_catalog.enum_range(NULL::lkj.kriteria);
SELECT k FROM unnest('{Tinggi,Sangat Rendah,Sangat Tinggi,Sedang,Rendah}'::lkj.kriteria[]) k ORDER BY k DESC;
SELECT min(k), max(k) FROM unnest('{Tinggi,Rendah,Sedang}'::lkj.kriteria[]) k;
SELECT 'Sangat Tinggi'::lkj.kriteria > 'Tinggi' AS st_gt_t, 'Rendah'::lkj.kriteria > 'Sangat Rendah' AS r_gt_sr,
       'Sedang'::lkj.kriteria < 'Tinggi' AS s_lt_t, 'Sedang'::lkj.kriteria BETWEEN 'Rendah' AND 'Tinggi' AS between_r_t;
SELECT code, message FROM pg_temp.galat($$SELECT 'Sangat Baik'::lkj.kriteria$$);

-- the built-in scales
SELECT nama, skala, keterangan, bawaan FROM lkj.skala_kriteria ORDER BY nama;

-- Lumajang (Tabel 7): open lower bounds, so 90,00 is Tinggi and 50,00 Sangat Rendah;
-- expected is the band the seed's table gives, got is computed three ways
SELECT c AS capaian, expected,
       lkj.kriteria(c) AS by_default,
       lkj.kriteria(c, 'lumajang') AS by_name,
       lkj.kriteria(c, (SELECT skala FROM lkj.skala_kriteria WHERE nama = 'lumajang')) AS by_value,
       lkj.label_kriteria(c) AS label,
       lkj.kriteria(c) = expected AS ok
FROM (VALUES
  (139.12, 'Sangat Tinggi'::lkj.kriteria),  -- Tabel 8, desa documents on time
  (135.76, 'Sangat Tinggi'),                -- Tabel 8, Indeks Pelayanan Publik
  (113.94, 'Sangat Tinggi'),                -- Tabel 8, fasilitasi ditindaklanjuti
  (90.01, 'Sangat Tinggi'),
  (90.001, 'Sangat Tinggi'),
  (90.000001, 'Sangat Tinggi'),
  (90.00, 'Tinggi'),
  (90, 'Tinggi'),
  (75.01, 'Tinggi'),
  (75, 'Sedang'),
  (65.01, 'Sedang'),
  (65, 'Rendah'),
  (50.01, 'Rendah'),
  (50, 'Sangat Rendah'),
  (49.99, 'Sangat Rendah'),
  (0, 'Sangat Rendah'),
  (-12.5, 'Sangat Rendah')
) v(c, expected);

-- Permendagri 86/2017: closed lower bounds, so 91 is Sangat Tinggi and 90,5 Tinggi
SELECT c AS capaian, expected,
       lkj.kriteria(c, 'permendagri-86-2017') AS by_name,
       lkj.kriteria(c, (SELECT skala FROM lkj.skala_kriteria WHERE nama = 'permendagri-86-2017')) AS by_value,
       lkj.label_kriteria(c, 'permendagri-86-2017') AS label,
       lkj.kriteria(c, 'permendagri-86-2017') = expected AS ok
FROM (VALUES
  (91, 'Sangat Tinggi'::lkj.kriteria),
  (90.99, 'Tinggi'),
  (90.5, 'Tinggi'),
  (76, 'Tinggi'),
  (75.99, 'Sedang'),
  (66, 'Sedang'),
  (65.99, 'Rendah'),
  (51, 'Rendah'),
  (50.99, 'Sangat Rendah'),
  (0, 'Sangat Rendah')
) v(c, expected);

-- a regency's own scale: its words, mixed open and closed bounds, decimals
INSERT INTO lkj.skala_kriteria (nama, skala, keterangan) VALUES
  ('kabupaten-contoh', 'Sangat Baik >= 87.5; Baik > 75; Cukup >= 62.5; Kurang > 50; Sangat Kurang',
   'Perbup contoh (uji)');
SELECT nama, skala, bawaan FROM lkj.skala_kriteria WHERE nama = 'kabupaten-contoh';
SELECT c AS capaian, expected,
       lkj.kriteria(c, 'kabupaten-contoh') AS by_name,
       lkj.kriteria(c, 'Sangat Baik >= 87.5; Baik > 75; Cukup >= 62.5; Kurang > 50; Sangat Kurang'::lkj.skala) AS by_value,
       lkj.label_kriteria(c, 'kabupaten-contoh') AS label_by_name,
       lkj.label_kriteria(c, 'Sangat Baik >= 87.5; Baik > 75; Cukup >= 62.5; Kurang > 50; Sangat Kurang'::lkj.skala) AS label_by_value,
       lkj.kriteria(c, 'kabupaten-contoh') = expected AS ok
FROM (VALUES
  (87.5, 'Sangat Tinggi'::lkj.kriteria),
  (87.49, 'Tinggi'),
  (75.01, 'Tinggi'),
  (75, 'Sedang'),
  (62.5, 'Sedang'),
  (62.49, 'Rendah'),
  (50.01, 'Rendah'),
  (50, 'Sangat Rendah')
) v(c, expected);
SELECT * FROM lkj.rentang_skala((SELECT skala FROM lkj.skala_kriteria WHERE nama = 'kabupaten-contoh'));

-- the bands order the capaian of one scale
SELECT max(lkj.kriteria(c)) AS best, min(lkj.kriteria(c)) AS worst
FROM unnest('{139.12,90,50,65.5}'::numeric[]) c;

-- an unknown literal picks the text (name) version: a scale's text is no name
SELECT lkj.kriteria(80, 'Sangat Tinggi > 90; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah');
SELECT lkj.kriteria(80, 'Sangat Tinggi > 70; Tinggi > 60; Sedang > 50; Rendah > 40; Sangat Rendah'::lkj.skala);
SELECT p.oid::regprocedure AS function, p.provolatile AS volatility, p.proisstrict AS strict, p.proparallel AS parallel
FROM pg_catalog.pg_proc p
WHERE p.pronamespace = 'lkj'::regnamespace AND p.proname IN ('kriteria', 'label_kriteria', 'kriteria_label')
ORDER BY 1;

-- 1.0's name, kriteria_label, kept until 2.0: the same word by name and by value
SELECT c, lkj.kriteria_label(c) AS kriteria_label, lkj.label_kriteria(c) AS label_kriteria,
       lkj.kriteria_label(c, 'permendagri-86-2017') = lkj.label_kriteria(c, 'permendagri-86-2017') AS same_by_name,
       lkj.kriteria_label(c, 'Sangat Baik >= 87.5; Baik > 75; Cukup >= 62.5; Kurang > 50; Sangat Kurang'::lkj.skala)
         = lkj.label_kriteria(c, 'Sangat Baik >= 87.5; Baik > 75; Cukup >= 62.5; Kurang > 50; Sangat Kurang'::lkj.skala)
         AS same_by_value
FROM unnest('{95,90.5,80,70,60,40}'::numeric[]) c;

-- unknown scale names: 42704, whatever the case or the call
SELECT e.* FROM pg_temp.galat($$SELECT lkj.kriteria(80, 'Lumajang')$$) e;
SELECT e.* FROM pg_temp.galat($$SELECT lkj.label_kriteria(80, 'tidak-ada')$$) e;

-- lkj.kriteria is a type and a function: PostgreSQL reads a call with one
-- quoted literal, lkj.kriteria('...'), as a cast to the type, so a capaian
-- is given as a number
SELECT lkj.kriteria('Tinggi') AS cast_to_band, lkj.kriteria(90.5) AS band_of_number;
SELECT e.code, e.message FROM pg_temp.galat($$SELECT lkj.kriteria('90.5')$$) e;

-- null in, null out; infinities have a band, NaN has none
SELECT lkj.kriteria(NULL::numeric) AS null_capaian, lkj.kriteria(80, NULL::text) AS null_name,
       lkj.kriteria(80, NULL::lkj.skala) AS null_scale, lkj.label_kriteria(NULL, 'lumajang') AS null_label;
SELECT lkj.kriteria('Infinity'::numeric) AS plus_infinity, lkj.kriteria('-Infinity'::numeric) AS minus_infinity;
SELECT e.* FROM pg_temp.galat($$SELECT lkj.kriteria('NaN'::numeric)$$) e;
SELECT e.* FROM pg_temp.galat($$SELECT lkj.label_kriteria('NaN', 'A > 1; B > 0; C > -1; D > -2; E'::lkj.skala)$$) e;

-- names are slugs: 23514
SELECT e.code, e.message FROM pg_temp.galat($$INSERT INTO lkj.skala_kriteria (nama, skala) VALUES ('Kabupaten Contoh', 'A > 90; B > 75; C > 65; D > 50; E')$$) e;
SELECT e.code, e.message FROM pg_temp.galat($$INSERT INTO lkj.skala_kriteria (nama, skala) VALUES ('-contoh', 'A > 90; B > 75; C > 65; D > 50; E')$$) e;
SELECT e.code, e.message FROM pg_temp.galat($$INSERT INTO lkj.skala_kriteria (nama, skala) VALUES (repeat('a', 64), 'A > 90; B > 75; C > 65; D > 50; E')$$) e;
SELECT e.code, e.message FROM pg_temp.galat($$INSERT INTO lkj.skala_kriteria (nama, skala) VALUES ('lumajang', 'A > 90; B > 75; C > 65; D > 50; E')$$) e;
-- a scale that does not descend never reaches the table
SELECT e.code, e.message, e.detail FROM pg_temp.galat($$INSERT INTO lkj.skala_kriteria (nama, skala) VALUES ('naik', 'A > 50; B > 65; C > 75; D > 90; E')$$) e;

-- the built-in scales stay as the extension made them: 23001
SELECT e.* FROM pg_temp.galat($$UPDATE lkj.skala_kriteria SET skala = 'A > 80; B > 70; C > 60; D > 50; E' WHERE nama = 'lumajang'$$) e;
SELECT e.* FROM pg_temp.galat($$UPDATE lkj.skala_kriteria SET bawaan = false WHERE nama = 'permendagri-86-2017'$$) e;
SELECT e.* FROM pg_temp.galat($$DELETE FROM lkj.skala_kriteria WHERE nama = 'lumajang'$$) e;
SELECT e.* FROM pg_temp.galat($$INSERT INTO lkj.skala_kriteria (nama, skala, bawaan) VALUES ('palsu', 'A > 90; B > 75; C > 65; D > 50; E', true)$$) e;
SELECT e.* FROM pg_temp.galat($$UPDATE lkj.skala_kriteria SET bawaan = true WHERE nama = 'kabupaten-contoh'$$) e;
-- CASCADE, or the foreign key of lkj.pemda refuses first; the trigger still must
SET client_min_messages = warning;
SELECT e.* FROM pg_temp.galat($$TRUNCATE lkj.skala_kriteria CASCADE$$) e;
RESET client_min_messages;
-- a planner's own scale can change and go
UPDATE lkj.skala_kriteria SET skala = 'Sangat Baik > 85; Baik > 70; Cukup > 55; Kurang > 40; Sangat Kurang'
WHERE nama = 'kabupaten-contoh';
SELECT lkj.kriteria(80, 'kabupaten-contoh'), lkj.label_kriteria(80, 'kabupaten-contoh');
DELETE FROM lkj.skala_kriteria WHERE nama = 'kabupaten-contoh';
SELECT nama FROM lkj.skala_kriteria ORDER BY nama;

-- a dump keeps the scales a planner adds, not the built-in ones
SELECT c.relname, u.extcondition
FROM pg_catalog.pg_extension x
CROSS JOIN LATERAL unnest(x.extconfig, x.extcondition) AS u(cfg, extcondition)
JOIN pg_catalog.pg_class c ON c.oid = u.cfg
WHERE x.extname = 'lkj' AND c.relname = 'skala_kriteria';

-- one call site reads lkj.skala_kriteria once per scale, not once per row
-- (the scan counters are read before and after in one transaction block,
-- where they are not flushed)
CREATE FUNCTION pg_temp.scans() RETURNS bigint LANGUAGE sql AS $$
  SELECT pg_catalog.pg_stat_get_xact_numscans('lkj.skala_kriteria'::regclass)
       + pg_catalog.pg_stat_get_xact_numscans('lkj.skala_kriteria_pkey'::regclass) $$;
BEGIN;
SELECT pg_temp.scans() AS before \gset
SELECT count(*) AS rows, count(DISTINCT k) AS bands
FROM (SELECT lkj.kriteria(g / 10.0) AS k FROM generate_series(1, 2000) g) s;
SELECT pg_temp.scans() - :before AS lookups;
SELECT pg_temp.scans() AS before \gset
SELECT count(*) AS rows, count(DISTINCT k) AS bands
FROM (SELECT lkj.kriteria(g / 10.0, CASE WHEN g % 2 = 0 THEN 'lumajang' ELSE 'permendagri-86-2017' END) AS k
      FROM generate_series(1, 2000) g) s;
SELECT pg_temp.scans() - :before AS lookups;
-- six scales in turn at one call site: six lookups, and every band as the
-- scale's value gives it (the subquery for the value scans 2000 times)
INSERT INTO lkj.skala_kriteria (nama, skala) VALUES
  ('uji-1', 'A > 80; B > 60; C > 40; D > 20; E'),
  ('uji-2', 'A >= 80; B >= 60; C >= 40; D >= 20; E'),
  ('uji-3', 'A > 100; B > 99.5; C > 50; D > 0; E'),
  ('uji-4', 'A >= 150; B > 120; C >= 100; D > 80; E');
SELECT pg_temp.scans() AS before \gset
SELECT count(*) AS rows, count(DISTINCT n) AS scales,
       count(*) FILTER (WHERE lkj.label_kriteria(c, n) IS DISTINCT FROM
                              lkj.label_kriteria(c, (SELECT skala FROM lkj.skala_kriteria k WHERE k.nama = n))) AS mismatches
FROM (SELECT g / 10.0 AS c,
             (ARRAY['lumajang', 'permendagri-86-2017', 'uji-1', 'uji-2', 'uji-3', 'uji-4'])[g % 6 + 1] AS n
      FROM generate_series(1, 2000) g) s;
SELECT pg_temp.scans() - :before - 2000 AS lookups_by_name;
-- and the counters do count: three call sites, three lookups
SELECT pg_temp.scans() AS before \gset
SELECT lkj.kriteria(1), lkj.kriteria(2), lkj.kriteria(3);
SELECT pg_temp.scans() - :before AS lookups;
COMMIT;
DELETE FROM lkj.skala_kriteria WHERE nama LIKE 'uji-_';

-- an unknown name, caught, leaves the call site sound for the next name
DO $$
DECLARE
  n text;
BEGIN
  FOREACH n IN ARRAY ARRAY['tidak-ada', 'lumajang', 'tidak-ada', 'permendagri-86-2017', 'lumajang'] LOOP
    BEGIN
      RAISE NOTICE '%: %', n, lkj.kriteria(90.5, n);
    EXCEPTION WHEN undefined_object THEN
      RAISE NOTICE '%: % (%)', n, SQLERRM, SQLSTATE;
    END;
  END LOOP;
END $$;

-- but never serves a scale the snapshot no longer sees: PL/pgSQL evaluates
-- the call in the loop with the same state in every pass; pass 2 changes the
-- scale and rolls the change back, pass 3 sees the scale of pass 1 again,
-- pass 4 the change of pass 3
CREATE FUNCTION pg_temp.empat_kali() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE lkj.skala_kriteria SET skala = 'A > 90; B > 75; C > 65; D > 50; E' WHERE nama = 'uji-cache';
  FOR i IN 1..4 LOOP
    BEGIN
      IF i = 2 THEN
        UPDATE lkj.skala_kriteria SET skala = 'A > 95; B > 85; C > 70; D > 50; E' WHERE nama = 'uji-cache';
      END IF;
      RAISE NOTICE 'pass %: %', i, lkj.label_kriteria(80, 'uji-cache');
      IF i = 2 THEN
        RAISE EXCEPTION 'undo';
      END IF;
      IF i = 3 THEN
        UPDATE lkj.skala_kriteria SET skala = 'A > 79; B > 75; C > 65; D > 50; E' WHERE nama = 'uji-cache';
      END IF;
    EXCEPTION WHEN raise_exception THEN
      NULL;
    END;
  END LOOP;
END $$;
INSERT INTO lkj.skala_kriteria (nama, skala) VALUES ('uji-cache', 'A > 90; B > 75; C > 65; D > 50; E');
SELECT pg_temp.empat_kali();
-- under REPEATABLE READ the snapshot stays, and only the subtransaction
-- tells that the change of pass 2 is gone
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT pg_temp.empat_kali();
COMMIT;
DELETE FROM lkj.skala_kriteria WHERE nama = 'uji-cache';
