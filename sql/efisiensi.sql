-- efisiensi: efficiency by method and capped capaian (issue 9, items 2 and
-- 4).  The functions first, then Kunir 2024 under settings it does not
-- have (each in a savepoint): the ratio method with a verdict scale in its
-- source's words, the savings method, a cap with both printed forms, and
-- what the settings refuse.  Flat lists: accepted, edges, refused with the
-- SQLSTATE and the constraint.
--
-- Rules (README "Efficiency by method"): IE = capaian / penyerapan rounded
-- half away from zero to 3 decimals; TE = (IE - 1) x 100 from that rounded
-- IE; penghematan = anggaran - realisasi (exact rupiah) and its share of
-- the anggaran to 2 decimals; every method reads the graded capaian
-- (capped where the unit caps).
\set SHOW_CONTEXT never
\set VERBOSITY default
SET datestyle = 'ISO, YMD';
SET extra_float_digits = 0;
SET lc_numeric = 'C';

-- The functions -------------------------------------------------------------------
-- BPOM's LKj 2021 (Pusat Riset dan Kajian, Tabel 28): capaian 99,92%,
-- penyerapan 94,00%: 99,92 / 94,00 = 1,062978.. -> 1,063; TE (1,063 - 1) x
-- 100 = 6,30 (the report prints 0,063, IE - 1 as a ratio).  99,92 - 94,00
-- = 5,92.
SELECT lkj.efisiensi(99.92, 94.00) AS selisih, lkj.efisiensi(99.92, 94.00, 'rasio') AS ie,
       lkj.efisiensi(99.92, 94.00, 'tingkat') AS te;
-- Half away from zero at the third decimal, on both sides of zero:
-- 100,05 / 100 = 1,0005 -> 1,001 (half to even would give 1,000), TE 0,10;
-- -100,05 / 100 = -1,0005 -> -1,001, TE (-1,001 - 1) x 100 = -200,10;
-- 100 / 100 = 1, TE 0,00; 0 / 50 = 0, TE -100,00.
SELECT c, p, lkj.efisiensi(c, p, 'rasio') AS ie, lkj.efisiensi(c, p, 'tingkat') AS te
  FROM (VALUES (100.05, 100), (-100.05, 100), (100, 100), (0, 50)) AS v (c, p);
-- No absorption: IE and TE are not measurable (NULL); selisih is.
SELECT lkj.efisiensi(80, 0, 'rasio') AS ie, lkj.efisiensi(80, 0, 'tingkat') AS te, lkj.efisiensi(80, 0) AS selisih;
-- Refused: an unknown method (22023, the hint lists the three), a negative
-- penyerapan and NaN (22023).
SELECT lkj.efisiensi(99.92, 94.00, 'persen');
SELECT lkj.efisiensi(99.92, -1, 'tingkat');
SELECT lkj.efisiensi('NaN', 94.00, 'tingkat');

-- SMART DJA (method smart): E = (a x c/100 - r) / (a x c/100) x 100, 2
-- decimals; nilai = 50 + E / 20 x 50 held to 0 - 100, from the rounded E.
--  1000, 900, 100: (1000 - 900) / 1000 = 10,00; nilai 50 + 25 = 75,00
--  1000, 1000, 100: E 0,00 (spent what the output was worth); nilai 50,00
--  1000, 800, 100: E 20,00, nilai 100,00 (the top); 1000, 700, 100: E
--    30,00, nilai 125 held to 100,00
--  1000, 1200, 100: E -20,00, nilai 0,00 (the bottom); 1000, 900, 80:
--    (800 - 900) / 800 = -12,50, nilai 50 - 31,25 = 18,75
--  Itjen's LAKIP 2019 (PMK 214/2017): E 74,03, printed unheld 235%; here
--    50 + 185,075 = 235,075 held to 100,00
--  1000, 333, 100: 667 / 1000 x 100 = 66,70; 3, 1, 100: (3 - 1) / 3 x 100 =
--    66,666.. -> 66,67 (half away from zero); -1/3 x 100 = -33,333.. -> -33,33
--  anggaran 0 or capaian 0: no output value, NULL
SELECT a, r, c, lkj.efisiensi_smart(a, r, c) AS e, lkj.nilai_efisiensi_smart(lkj.efisiensi_smart(a, r, c)) AS nilai
  FROM (VALUES (1000, 900, 100), (1000, 1000, 100), (1000, 800, 100), (1000, 700, 100), (1000, 1200, 100),
               (1000, 900, 80), (1000, 333, 100), (3, 1, 100), (3, 4, 100), (0, 10, 100), (1000, 10, 0))
       AS v (a, r, c);
SELECT lkj.nilai_efisiensi_smart(74.03) AS itjen_2019, lkj.nilai_efisiensi_smart(NULL) AS tanpa;
-- Refused: NaN and the infinities (22023), as every figure.
SELECT lkj.efisiensi_smart('NaN', 900, 100);
SELECT lkj.nilai_efisiensi_smart('Infinity');

-- The cap's two forms (capaian_dinilai, capaian_cetak): above the cap the
-- cap with two decimals (a cap of 120 grades 120,00), at the cap itself
-- nothing changes (100,00 is not above 100), no cap (NULL) changes nothing,
-- mentah prints the raw figure.
SELECT c, b, k, lkj.capaian_dinilai(c, b) AS dinilai, lkj.capaian_cetak(c, b, k) AS cetak
  FROM (VALUES (104.26, 100, 'batas'), (135.76, 120, 'batas'), (100.00, 100, 'batas'), (104.26, NULL, 'batas'),
               (104.26, 100, 'mentah'), (NULL, 100, 'batas')) AS v (c, b, k);

-- The verdict is a scale over IE.  The default (standar efisiensi 1):
-- 1,000 is Efisien, 0,999 is not.  BPOM's own words, "1,81 >= IE >= SE
-- efisien, IE < SE tidak efisien" (SE = 1), leave IE above 1,81 out:
-- 1,810 is Efisien, 1,811 is in no band and gets the scale's word.
SELECT ie, lkj.label_kriteria(ie, 'Efisien >= 1; Tidak Efisien'::lkj.skala) AS bawaan,
       lkj.label_kriteria(ie, 'Efisien 1 - 1.81; Tidak Efisien < 1; di luar skala: Perlu Telaah'::lkj.skala) AS bpom
  FROM unnest(ARRAY[0.999, 1.000, 1.810, 1.811]::numeric[]) AS ie;

BEGIN;
\set ECHO none
\i data/kunir_2024.sql
\set ECHO all

-- Kunir as it is: 1.0's behaviour, nothing set: selisih, the verdict from
-- IE 1 (standar efisiensi 1), no cap, the raw figure.
SELECT metode_efisiensi, putusan_efisiensi, batas_capaian, cetak_batas_capaian
  FROM lkj.setelan_berlaku WHERE instansi = 'kunir' AND tahun = 2024;
-- Tabel 14's three rows:
--  ipp (tujuan): 135,76 against 96,14: selisih 39,62
--  fasilitasi: 113,94 against 96,01: 17,93
--  dokumen-desa: 139,12 against 99,49: 39,63
-- The efficiency view carries the other methods too (no verdict printed):
--  IE 135,76 / 96,14 = 1,412107.. -> 1,412, TE 41,20;
--     113,94 / 96,01 = 1,186751.. -> 1,187, TE 18,70;
--     139,12 / 99,49 = 1,398331.. -> 1,398, TE 39,80; all Efisien (>= 1)
--  penghematan 1.622.941.244 - 1.560.338.808 = 62.602.436, of the anggaran
--     3,857310.. -> 3,86; 1.563.189.144 - 1.500.889.908 = 62.299.236,
--     3,985389.. -> 3,99; 59.752.100 - 59.448.900 = 303.200, 0,507430.. ->
--     0,51; all Efisien (within the budget, capaian >= 100)
SELECT indikator_kode, metode, capaian, capaian_dinilai, capaian_cetak, penyerapan, selisih,
       indeks_efisiensi, tingkat_efisiensi, putusan_rasio, penghematan, persen_penghematan, putusan_penghematan
  FROM lkj.efisiensi_kinerja WHERE instansi = 'kunir' AND tahun = 2024 ORDER BY urutan;
SELECT no, indikator_kode, capaian, efisiensi, metode, putusan
  FROM lkj.tabel_14_efisiensi WHERE instansi = 'kunir' AND tahun = 2024 ORDER BY urutan;
CREATE TEMP TABLE laporan_kunir AS SELECT lkj.laporan('kunir', 2024) AS teks;

-- The ratio method with BPOM's verdict, set for the regency from 2024:
-- Tabel 14 prints IE, TE and the verdict (the figures above), the formula
-- and the scale under it.
SAVEPOINT rasio;
INSERT INTO lkj.setelan (pemda, berlaku_mulai_tahun, metode_efisiensi, putusan_efisiensi)
VALUES ('lumajang', 2024, 'rasio', 'Efisien 1 - 1.81; Tidak Efisien < 1; di luar skala: Perlu Telaah');
SELECT baris FROM regexp_split_to_table(lkj.laporan('kunir', 2024), E'\n') WITH ORDINALITY AS t (baris, n)
 WHERE n BETWEEN (SELECT n FROM regexp_split_to_table(lkj.laporan('kunir', 2024), E'\n') WITH ORDINALITY AS u (baris, n)
                   WHERE baris LIKE 'Tabel 14 %')
             AND (SELECT n FROM regexp_split_to_table(lkj.laporan('kunir', 2024), E'\n') WITH ORDINALITY AS u (baris, n)
                   WHERE baris LIKE 'Tabel 15 %') - 1;
-- The unit's own row over the regency's: back to selisih for Kunir alone;
-- the report is 1.0's again, byte for byte.
INSERT INTO lkj.setelan (instansi, berlaku_mulai_tahun, metode_efisiensi) VALUES ('kunir', 2024, 'selisih');
SELECT lkj.laporan('kunir', 2024) = teks AS laporan_sama FROM laporan_kunir;
ROLLBACK TO rasio;

-- The savings method with a cap of 120 printed as the cap: ipp 135,76 and
-- dokumen-desa 139,12 are graded 120,00 and printed "120,00% (>120%)";
-- fasilitasi 113,94 is under the cap.  Penghematan as above, in rupiah:
-- Rp. 62.602.436,- (3,86%), Rp. 62.299.236,- (3,99%), Rp. 303.200,- (0,51%);
-- Efisien (120 and 113,94 are 100 or more).
SAVEPOINT penghematan;
INSERT INTO lkj.setelan (instansi, berlaku_mulai_tahun, metode_efisiensi, batas_capaian, cetak_batas_capaian)
VALUES ('kunir', 2024, 'penghematan', 120, 'batas');
SELECT baris FROM regexp_split_to_table(lkj.laporan('kunir', 2024), E'\n') WITH ORDINALITY AS t (baris, n)
 WHERE n BETWEEN (SELECT n FROM regexp_split_to_table(lkj.laporan('kunir', 2024), E'\n') WITH ORDINALITY AS u (baris, n)
                   WHERE baris LIKE 'Tabel 14 %')
             AND (SELECT n FROM regexp_split_to_table(lkj.laporan('kunir', 2024), E'\n') WITH ORDINALITY AS u (baris, n)
                   WHERE baris LIKE 'Tabel 15 %') - 1;
-- The cap grades: on a scale with a band above 120 ("Melampaui Target"),
-- ipp and dokumen-desa are Sangat Tinggi (graded 120,00), not Melampaui;
-- fasilitasi 113,94 Sangat Tinggi; the 100,00 indicators (k1.1) Sangat
-- Tinggi; p6-lppdes, without a realisasi, stays ungraded (not the cap).
-- Section 3.1.1's counts read the graded figure: 120 is still 100 or more,
-- so 21 tercapai and 2 tidak terukur (p6-apbdes, p6-lppdes) as before.
INSERT INTO lkj.skala_kriteria (nama, skala)
VALUES ('uji-melampaui', 'Melampaui Target > 120; Sangat Tinggi > 90; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah');
UPDATE lkj.setelan SET skala_kriteria = 'uji-melampaui' WHERE instansi = 'kunir' AND berlaku_mulai_tahun = 2024;
SELECT indikator, capaian, capaian_dinilai, capaian_cetak, kriteria, status
  FROM lkj.capaian_indikator
 WHERE instansi = 'kunir' AND tahun = 2024 AND indikator IN ('ipp', 'fasilitasi', 'dokumen-desa', 'k1.1', 'p6-lppdes')
 ORDER BY indikator;
SELECT status, count(*) FROM lkj.capaian_indikator WHERE instansi = 'kunir' AND tahun = 2024 GROUP BY 1 ORDER BY 1;
-- Printed raw (mentah): the cap still grades (120,00, Sangat Tinggi), the
-- figure printed is the raw one: 135,76%, 139,12%.
UPDATE lkj.setelan SET cetak_batas_capaian = 'mentah' WHERE instansi = 'kunir' AND berlaku_mulai_tahun = 2024;
SELECT indikator, capaian, capaian_dinilai, capaian_cetak, kriteria
  FROM lkj.capaian_indikator WHERE instansi = 'kunir' AND tahun = 2024 AND indikator IN ('ipp', 'dokumen-desa')
 ORDER BY indikator;
-- A cap set for the regency and lifted (0) for the unit: none applies, ipp
-- is graded 135,76, Melampaui Target (> 120); without the unit's 0 (NULL
-- inherits), the regency's 110 does: ipp graded 110,00, Sangat Tinggi.
UPDATE lkj.setelan SET batas_capaian = 0 WHERE instansi = 'kunir' AND berlaku_mulai_tahun = 2024;
INSERT INTO lkj.setelan (pemda, berlaku_mulai_tahun, batas_capaian) VALUES ('lumajang', 2024, 110);
SELECT instansi, tahun, batas_capaian FROM lkj.setelan_berlaku WHERE instansi = 'kunir' AND tahun = 2024;
SELECT capaian, capaian_dinilai, kriteria FROM lkj.capaian_indikator
 WHERE instansi = 'kunir' AND tahun = 2024 AND indikator = 'ipp';
UPDATE lkj.setelan SET batas_capaian = NULL WHERE instansi = 'kunir' AND berlaku_mulai_tahun = 2024;
SELECT capaian, capaian_dinilai, kriteria FROM lkj.capaian_indikator
 WHERE instansi = 'kunir' AND tahun = 2024 AND indikator = 'ipp';
ROLLBACK TO penghematan;

-- What the settings refuse (23514, the constraint named for what it
-- protects; a malformed verdict scale 22P02).
SAVEPOINT salah;
INSERT INTO lkj.setelan (instansi, berlaku_mulai_tahun, metode_efisiensi) VALUES ('kunir', 2025, 'persen');
ROLLBACK TO salah;
INSERT INTO lkj.setelan (instansi, berlaku_mulai_tahun, batas_capaian) VALUES ('kunir', 2025, 90);
ROLLBACK TO salah;
INSERT INTO lkj.setelan (instansi, berlaku_mulai_tahun, batas_capaian) VALUES ('kunir', 2025, 'Infinity');
ROLLBACK TO salah;
INSERT INTO lkj.setelan (instansi, berlaku_mulai_tahun, cetak_batas_capaian) VALUES ('kunir', 2025, '(>100%)');
ROLLBACK TO salah;
INSERT INTO lkj.setelan (instansi, berlaku_mulai_tahun, putusan_efisiensi) VALUES ('kunir', 2025, 'Efisien >= 1');
ROLLBACK TO salah;
-- The edges accepted: a cap of exactly 100, 0 (none).
INSERT INTO lkj.setelan (instansi, berlaku_mulai_tahun, batas_capaian) VALUES ('kunir', 2025, 100), ('kunir', 2026, 0);
ROLLBACK TO salah;

ROLLBACK;
