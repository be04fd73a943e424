-- lkj.penyerapan and lkj.efisiensi: Tabel 14 and 15 computed from the
-- seed's amounts, the rounding rule that makes 39,62, the edges and every
-- error with its SQLSTATE.
\set SHOW_CONTEXT never
\set VERBOSITY default

-- The SQLSTATE an expression raises, for the error table below.
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

-- Tabel 15, the budget per program (Rp), as printed.
CREATE TEMP TABLE program (no int PRIMARY KEY, sasaran int NOT NULL,
                           anggaran numeric NOT NULL, realisasi numeric NOT NULL,
                           dicetak numeric NOT NULL);
INSERT INTO program VALUES
  (1, 1, 1556601844, 1494310908, 96),     -- erratum 6: printed "96"
  (2, 1,    6587300,    6579000, 99.87),
  (3, 2,   29752200,   29449900, 98.98),
  (4, 2,    9600000,    9600000, 100),
  (5, 2,    7200000,    7200000, 100),
  (6, 2,   13199900,   13199000, 99.99);

-- Tabel 15 per program and JUMLAH.  Program 1 gives 96.00: the report
-- prints "96" (erratum 6), the same value with its decimals dropped.
SELECT no::text AS program, anggaran, realisasi, lkj.penyerapan(anggaran, realisasi) AS penyerapan,
       dicetak, lkj.penyerapan(anggaran, realisasi) = dicetak AS sama
FROM program
UNION ALL
SELECT 'JUMLAH', sum(anggaran), sum(realisasi), lkj.penyerapan(sum(anggaran), sum(realisasi)),
       96.14, lkj.penyerapan(sum(anggaran), sum(realisasi)) = 96.14
FROM program
ORDER BY program;

-- Tabel 14's absorption per sasaran: sasaran 1 is programs 1-2, sasaran 2
-- programs 3-6 (1.563.189.144 / 1.500.889.908 and 59.752.100 / 59.448.900).
SELECT sasaran, sum(anggaran) AS anggaran, sum(realisasi) AS realisasi,
       lkj.penyerapan(sum(anggaran), sum(realisasi)) AS penyerapan
FROM program GROUP BY sasaran ORDER BY sasaran;

-- Tabel 14: efisiensi = capaian - penyerapan, both computed here from the
-- seed's inputs (capaian from Tabel 9, penyerapan from Tabel 15).
WITH baris (no, target, realisasi, program_dari, program_sampai, dicetak) AS (
  VALUES (1, 62.2, 84.44, 1, 6, 39.62),    -- tujuan: all six programs
         (2, 72.73, 82.87, 1, 2, 17.93),   -- sasaran 1
         (3, 69.70, 96.97, 3, 6, 39.63)    -- sasaran 2
), angka AS (
  SELECT b.no, b.dicetak, lkj.capaian(b.target, b.realisasi) AS capaian,
         (SELECT lkj.penyerapan(sum(p.anggaran), sum(p.realisasi)) FROM program AS p
          WHERE p.no BETWEEN b.program_dari AND b.program_sampai) AS penyerapan
  FROM baris AS b
)
SELECT no, capaian, penyerapan, lkj.efisiensi(capaian, penyerapan) AS efisiensi, dicetak,
       lkj.efisiensi(capaian, penyerapan) = dicetak AS sama,
       lkj.efisiensi(capaian, penyerapan, 'rasio') AS rasio
FROM angka ORDER BY no;

-- The rounding rule that matters: rounded figures give 39.62 (as printed);
-- the unrounded chain gives 39.61.
SELECT lkj.efisiensi(lkj.capaian(62.2, 84.44), lkj.penyerapan(1622941244, 1560338808)) AS dibulatkan_dulu,
       pg_catalog.round(84.44 * 100 / 62.2 - 1560338808::numeric * 100 / 1622941244, 2) AS tanpa_pembulatan;

-- rasio to 3 decimals, half away from zero: 99.92 / 94.00 = 1.06297...
SELECT lkj.efisiensi(99.92, 94.00, 'rasio') AS rasio, 99.92 / 94.00 AS pembagian_sql;

-- penyerapan edges: nothing spent, all spent, more than the budget, tiny,
-- huge (beyond 128 bits: the slow path), half-way rounding (1/8 %).
SELECT lkj.penyerapan(1000, 0) AS tidak_terserap, lkj.penyerapan(1000, 1000) AS penuh,
       lkj.penyerapan(1000, 1234.5) AS melebihi, lkj.penyerapan(0.03, 0.01) AS kecil,
       lkj.penyerapan(1e40, 9.6e39) AS sangat_besar, lkj.penyerapan(800, 1) AS setengah,
       lkj.penyerapan(8000, 9.9999) AS di_bawah_setengah;
-- anggaran 0 is not measurable, whatever was spent.
SELECT lkj.penyerapan(0, 0) IS NULL AS nol_nol, lkj.penyerapan(0, 5) IS NULL AS nol_lima,
       lkj.penyerapan(NULL, 5) IS NULL AS anggaran_null;

-- Both paths and an exact reference over a generated range; round(x, 40)
-- takes the slow path for the same values.  All counts of differences are 0.
WITH v AS (
  SELECT a, r
  FROM generate_series(1, 5001, 97) AS i, generate_series(0, 6000, 113) AS j,
       LATERAL (VALUES (i * 1000::numeric, j * 1000::numeric), (i * 12345.67, j * 9876.54),
                       (i::numeric, j / 100.0)) AS x(a, r)
)
SELECT count(*) AS baris,
       count(*) FILTER (WHERE NOT pg_temp.same_bytes(lkj.penyerapan(a, r), pg_catalog.round(pg_catalog.round(r, 200) * 100 / a, 2))) AS beda_ref,
       count(*) FILTER (WHERE NOT pg_temp.same_bytes(lkj.penyerapan(a, r), lkj.penyerapan(pg_catalog.round(a, 40), pg_catalog.round(r, 40)))) AS beda_jalur,
       count(*) FILTER (WHERE NOT pg_temp.same_bytes(lkj.efisiensi(r, a / 100), pg_catalog.round(r - a / 100, 2))) AS beda_selisih,
       count(*) FILTER (WHERE NOT pg_temp.same_bytes(lkj.efisiensi(r, a / 100, 'rasio'), lkj.efisiensi(pg_catalog.round(r, 40), pg_catalog.round(a / 100, 40), 'rasio')))
         AS beda_jalur_rasio
FROM v;

-- efisiensi edges: the default method, a negative capaian (allowed), inputs
-- with more decimals (rounded half away from zero), rasio with no absorption.
SELECT lkj.efisiensi(100, 96) AS skala_dua, lkj.efisiensi(-12.5, 50) AS capaian_negatif,
       lkj.efisiensi(100.005, 0) AS setengah, lkj.efisiensi(-100.005, 0) AS setengah_negatif,
       lkj.efisiensi(1e40, 1) AS sangat_besar,
       lkj.efisiensi(100, 0, 'rasio') IS NULL AS rasio_tanpa_serapan,
       lkj.efisiensi(0.0005, 1, 'rasio') AS rasio_setengah, lkj.efisiensi(-0.0005, 1, 'rasio') AS rasio_setengah_negatif;

-- Errors, each with its message, detail and hint.
SELECT lkj.penyerapan(-1, 5);
SELECT lkj.penyerapan(100, -5);
SELECT lkj.penyerapan('NaN', 5);
SELECT lkj.efisiensi(135.76, 96.14, 'persen');
SELECT lkj.efisiensi(135.76, -1);
SELECT lkj.efisiensi('Infinity', 96.14);
-- ... and their SQLSTATEs (22023 invalid_parameter_value).
SELECT expr, pg_temp.sqlstate_of(expr) AS sqlstate
FROM (VALUES ('lkj.penyerapan(-1, 5)'), ('lkj.penyerapan(0, -5)'), ('lkj.penyerapan(-1e40, 5)'),
             ('lkj.penyerapan(100, -0.01)'), ('lkj.penyerapan(''NaN'', 5)'),
             ('lkj.penyerapan(5, ''Infinity'')'), ('lkj.penyerapan(''-Infinity'', 5)'),
             ('lkj.efisiensi(135.76, 96.14, ''persen'')'), ('lkj.efisiensi(135.76, 96.14, ''Selisih'')'),
             ('lkj.efisiensi(135.76, 96.14, '''')'), ('lkj.efisiensi(135.76, -1)'),
             ('lkj.efisiensi(135.76, -1, ''rasio'')'), ('lkj.efisiensi(''Infinity'', 96.14)'),
             ('lkj.efisiensi(135.76, ''NaN'', ''rasio'')'),
             ('lkj.efisiensi(135.76, 96.14, NULL)')) AS e(expr);
