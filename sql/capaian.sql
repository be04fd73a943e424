-- lkj.capaian and lkj.capaian_rentang: the seed's figures computed from its
-- inputs, the rounding rule, the edges (both computation paths) and every
-- error with its SQLSTATE.
\set SHOW_CONTEXT never
\set VERBOSITY default

-- The SQLSTATE an expression raises, for the error tables below.
CREATE FUNCTION pg_temp.sqlstate_of(expr text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE 'SELECT ' || expr;
  RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
  RETURN SQLSTATE;
END $$;

-- Whether two numerics are stored as the same bytes (record_image_eq on
-- one-column rows; a bare ROW(a) *= ROW(b) would compare a *= b).
CREATE FUNCTION pg_temp.same_bytes(a numeric, b numeric) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$ SELECT x *= y FROM (SELECT a) AS x, (SELECT b) AS y $$;

-- An exact reference: the quotient to 200 decimals, then PostgreSQL's
-- round (half away from zero).  For the inputs below, whose denominators
-- have far fewer than 100 digits, no quotient can lie within 10^-200 of a
-- rounding midpoint without being on it, so this cannot round twice.
CREATE FUNCTION pg_temp.ref(target numeric, realisasi numeric, negatif boolean DEFAULT false)
RETURNS numeric LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT CASE WHEN target = 0 THEN CASE WHEN realisasi = 0 THEN 100.00 END
         ELSE pg_catalog.round(pg_catalog.round(CASE WHEN negatif THEN target - (realisasi - target)
                                                     ELSE realisasi END, 200) * 100 / target, 2) END
$$;

-- The enum and its order.
SELECT pg_catalog.enum_range(NULL::lkj.polaritas);

-- Tabel 8, 9 (and 11, 12, 13, which repeat them): capaian from the printed
-- target and realisasi; "dicetak" is what the report prints.
SELECT no, target, realisasi, lkj.capaian(target, realisasi) AS capaian, dicetak,
       lkj.capaian(target, realisasi) = dicetak AS sama
FROM (VALUES (1, 62.2, 84.44, 135.76),     -- Indeks Pelayanan Publik (tujuan)
             (2, 72.73, 82.87, 113.94),    -- fasilitasi dan koordinasi ditindaklanjuti
             (3, 69.70, 96.97, 139.12))    -- desa menyusun dokumen tepat waktu
     AS t(no, target, realisasi, dicetak)
ORDER BY no;

-- Erratum 1: the tujuan target 62,02 printed in Tabel 6 would give another capaian.
SELECT lkj.capaian(62.2, 84.44) AS dari_62_2, lkj.capaian(62.02, 84.44) AS dari_62_02;

-- Erratum 3: Tabel 8's quarters 4 x 20,72 add up to 82,88, not the printed 82,87.
SELECT 20.72 * 4 AS jumlah_triwulan, lkj.capaian(72.73, 20.72 * 4) AS capaian_jumlah,
       lkj.capaian(72.73, 82.87) AS capaian_dicetak;

-- Sasaran 2 from its counts (11 desa x 3 documents = 33): target 23/33 and
-- realisasi 32/33 are themselves percentages rounded to 2 decimals; the
-- report rounds them before it measures the capaian.  The unrounded chain
-- 32/23 would give 139.13, not the printed 139.12.
SELECT lkj.capaian(33, 23) AS target, lkj.capaian(33, 32) AS realisasi,
       lkj.capaian(lkj.capaian(33, 23), lkj.capaian(33, 32)) AS capaian,
       pg_catalog.round(32 * 100 / 23::numeric, 2) AS rantai_tanpa_pembulatan;

-- Erratum 4: Tabel 10 prints 2019 and 2020 as ratios (0,93 and 1,07).
SELECT lkj.capaian(78.4, 73.27) AS capaian_2019, lkj.capaian(78.6, 83.95) AS capaian_2020;

-- Polarity: positif is the default; negatif measures how far below the target.
SELECT lkj.capaian(10, 8) AS positif_default, lkj.capaian(10, 8, 'positif') AS positif,
       lkj.capaian(10, 8, 'negatif') AS negatif_di_bawah,
       lkj.capaian(10, 12, 'negatif') AS negatif_di_atas,
       lkj.capaian(10, 10, 'negatif') AS negatif_tepat,
       lkj.capaian(10, 25, 'negatif') AS negatif_jauh_di_atas;

-- The result always has scale 2.
SELECT lkj.capaian(50, 50) AS seratus, lkj.capaian(7, 0) AS nol, lkj.capaian(4, 1) AS seperempat,
       pg_catalog.scale(lkj.capaian(50, 50)) AS skala;

-- Half-way cases round away from zero, in both signs and both polarities:
-- 1/8 % = 0.125 exactly.
SELECT lkj.capaian(800, 1) AS setengah_naik, lkj.capaian(800, -1) AS setengah_negatif,
       lkj.capaian(8, 0.01) AS seperdelapan, lkj.capaian(8, -0.01) AS minus_seperdelapan,
       lkj.capaian(800, 801, 'negatif') AS negatif_setengah,
       lkj.capaian(800, 1601, 'negatif') AS negatif_setengah_minus;
-- Just off the half-way point.
SELECT lkj.capaian(3, 1) AS sepertiga, lkj.capaian(3, 2) AS dua_pertiga,
       lkj.capaian(8000, 9.9999) AS di_bawah_setengah, lkj.capaian(8000, 10.0001) AS di_atas_setengah;

-- A negative realisasi is allowed (a growth indicator can fall below zero).
SELECT lkj.capaian(5, -2.5) AS pertumbuhan_negatif, lkj.capaian(5, -2.5, 'negatif') AS negatif;

-- Target 0: met only by a realisasi of 0, otherwise not measurable (NULL).
SELECT lkj.capaian(0, 0) AS nol_nol, lkj.capaian(0, 0, 'negatif') AS nol_nol_negatif,
       lkj.capaian(0.000, 0.00) AS nol_berskala, lkj.capaian(0, 1) IS NULL AS nol_satu,
       lkj.capaian(0, -1, 'negatif') IS NULL AS nol_minus_satu;

-- NULL in, NULL out (STRICT).
SELECT lkj.capaian(NULL, 1) IS NULL AS target_null, lkj.capaian(1, NULL) IS NULL AS realisasi_null,
       lkj.capaian(1, 1, NULL) IS NULL AS polaritas_null;

-- Tiny, huge and long values.  A value takes the fixed-point path when its
-- digits at its display scale fit in 128 bits (38 decimal digits) and the
-- scaled division does too; otherwise PostgreSQL's numeric functions.
SELECT v.label, v.target, v.realisasi, v.negatif,
       CASE WHEN v.negatif THEN lkj.capaian(v.target, v.realisasi, 'negatif')
            ELSE lkj.capaian(v.target, v.realisasi) END AS capaian,
       (CASE WHEN v.negatif THEN lkj.capaian(v.target, v.realisasi, 'negatif')
             ELSE lkj.capaian(v.target, v.realisasi) END)
         = pg_temp.ref(v.target, v.realisasi, v.negatif) AS sama_ref
FROM (VALUES
  ('tiny, fixed',            1e-30,  2e-30,  false),
  ('tiny, scale 39: slow',   1e-39,  3e-39,  false),
  ('tiny target, fixed',     1e-30,  1,      false),
  ('tinier target, slow',    1e-36,  1,      false),
  ('huge, fixed',            1e30,   123456789012345678901234567890, false),
  ('huge, slow',             1e40,   5e39,   false),
  ('huge result, slow',      1,      1e40,   false),
  ('huge, negatif, slow',    1e40,   2.5e40, true),
  ('edge of 128 bits',       170141183460469231731687303715884105727, 85070591730234615865843651857942052864, false),
  ('many decimals, fixed',   3.14159265358979323846, 2.71828182845904523536, false),
  ('... negatif, fixed',     3.14159265358979323846, 2.71828182845904523536, true),
  ('40 decimals, slow',      0.1234567890123456789012345678901234567891, 0.0617283945061728394506172839450617283946, false)
  ) AS v(label, target, realisasi, negatif);

-- The same values on both paths: round(x, 40) keeps the value but gives it
-- a display scale of 40, beyond 128 bits, so the second call takes the slow
-- path.  Results are compared as stored bytes (*=), not only as values, and
-- with the exact reference; both counts must be 0.
WITH v AS (
  SELECT t, r
  FROM generate_series(1, 1201, 37) AS i,
       generate_series(-300, 3000, 41) AS j,
       LATERAL (VALUES (i / 100.0, j / 100.0), (i::numeric, j / 1000.0),
                       (i / 7.0, j / 3.0), (i * 1000003::numeric, j * 77777.7777))
         AS x(t, r)
)
SELECT count(*) AS baris,
       count(*) FILTER (WHERE NOT pg_temp.same_bytes(lkj.capaian(t, r), pg_temp.ref(t, r))) AS beda_ref_positif,
       count(*) FILTER (WHERE NOT pg_temp.same_bytes(lkj.capaian(t, r, 'negatif'), pg_temp.ref(t, r, true))) AS beda_ref_negatif,
       count(*) FILTER (WHERE NOT pg_temp.same_bytes(lkj.capaian(t, r), lkj.capaian(pg_catalog.round(t, 40), pg_catalog.round(r, 40))))
         AS beda_jalur_positif,
       count(*) FILTER (WHERE NOT pg_temp.same_bytes(lkj.capaian(t, r, 'negatif'), lkj.capaian(pg_catalog.round(t, 40), pg_catalog.round(r, 40), 'negatif')))
         AS beda_jalur_negatif,
       count(*) FILTER (WHERE NOT pg_temp.same_bytes(lkj.capaian(t, r), pg_catalog.round(r * 100 / t, 2)))
         AS beda_round_sql
FROM v;

-- capaian_rentang: the examples of PermenPAN-RB 6/2022.
SELECT lkj.capaian_rentang(80, 90, 70) AS positif_di_bawah,
       lkj.capaian_rentang(7, 8, 6.5, 'negatif') AS negatif_di_bawah,
       lkj.capaian_rentang(7, 8, 9, 'negatif') AS negatif_di_atas;
-- Inside the range, bounds included, whatever the polarity.
SELECT lkj.capaian_rentang(80, 90, 80) AS batas_bawah, lkj.capaian_rentang(80, 90, 90.000) AS batas_atas,
       lkj.capaian_rentang(80, 90, 85.5) AS di_dalam, lkj.capaian_rentang(7, 8, 7.5, 'negatif') AS negatif_di_dalam,
       lkj.capaian_rentang(5, 5, 5) AS rentang_satu_titik;
-- Positif above the range, measured against the upper bound.
SELECT lkj.capaian_rentang(80, 90, 99) AS positif_di_atas, lkj.capaian(90, 99) AS capaian_batas_atas;
-- Each side is exactly lkj.capaian against that bound.
SELECT count(*) AS baris,
       count(*) FILTER (WHERE lkj.capaian_rentang(lo, hi, r, p) IS DISTINCT FROM
                        CASE WHEN r < lo THEN lkj.capaian(lo, r, p)
                             WHEN r > hi THEN lkj.capaian(hi, r, p) ELSE 100.00 END) AS beda
FROM generate_series(0, 20) AS lo, generate_series(0, 6) AS w,
     LATERAL (SELECT lo + w AS hi) AS h, generate_series(-5, 40) AS r,
     unnest(pg_catalog.enum_range(NULL::lkj.polaritas)) AS p;
-- Bound 0 as in capaian: met by 0 inside the range, not measurable below or above it.
SELECT lkj.capaian_rentang(0, 0, 0) AS nol, lkj.capaian_rentang(0, 5, 0) AS nol_di_dalam,
       lkj.capaian_rentang(0, 5, -1) IS NULL AS di_bawah_nol, lkj.capaian_rentang(0, 0, 1) IS NULL AS di_atas_nol;
-- Bounds at different scales and beyond 128 bits (exact comparison).
SELECT lkj.capaian_rentang(0.00000000000000000000000000000000000001, 1, 0.5) AS skala_38,
       lkj.capaian_rentang(0.00000000000000000000000000000000000001, 1e30, 2e30) AS di_atas_besar,
       lkj.capaian_rentang(1e40, 3e40, 2e40) AS besar_di_dalam,
       lkj.capaian_rentang(1e40, 3e40, 0.5e40) AS besar_di_bawah,
       lkj.capaian_rentang(pg_catalog.round(1, 50), pg_catalog.round(2, 45), 1.5) AS skala_50;

-- Errors, each with its message, detail and hint.
SELECT lkj.capaian(-1, 5);
SELECT lkj.capaian(pg_catalog.round(-5, 100), 1);
SELECT lkj.capaian('NaN', 5);
SELECT lkj.capaian(5, 'Infinity');
SELECT lkj.capaian(5, '-Infinity', 'negatif');
SELECT lkj.capaian(5, 1, 'netral');
SELECT lkj.capaian_rentang(90, 80, 85);
SELECT lkj.capaian_rentang(-1, 8, 5);
SELECT lkj.capaian_rentang(1, 'Infinity', 5);
SELECT lkj.capaian_rentang(1, 8, 'NaN');
-- ... and their SQLSTATEs: 22023 invalid_parameter_value; the enum's own
-- input error is 22P02.
SELECT expr, pg_temp.sqlstate_of(expr) AS sqlstate
FROM (VALUES ('lkj.capaian(-1, 5)'), ('lkj.capaian(-0.01, 0)'), ('lkj.capaian(-1e40, 5)'),
             ('lkj.capaian(pg_catalog.round(-5, 100), 1)'),
             ('lkj.capaian(''NaN'', 5)'), ('lkj.capaian(5, ''NaN'')'),
             ('lkj.capaian(''Infinity'', 5)'), ('lkj.capaian(5, ''-Infinity'', ''negatif'')'),
             ('lkj.capaian(5, 1, ''netral'')'),
             ('lkj.capaian_rentang(90, 80, 85)'), ('lkj.capaian_rentang(1e40, 1e39, 5)'),
             ('lkj.capaian_rentang(-1, 8, 5)'), ('lkj.capaian_rentang(1, -8, 5)'),
             ('lkj.capaian_rentang(''NaN'', 8, 5)'), ('lkj.capaian_rentang(1, ''Infinity'', 5)'),
             ('lkj.capaian_rentang(1, 8, ''NaN'')'),
             ('lkj.capaian(-1, NULL)')) AS e(expr);
