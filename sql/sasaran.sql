-- sasaran: a sasaran's rows over its indicators, the change between two
-- years, and how a figure prints per unit (issue 9, items 3, 5 and 7).
-- Kunir 2024 (one indicator a sasaran, its 2019 and 2020 in Tabel 10) and a
-- made-up sasaran of three indicators beside it.  Flat lists: what is
-- accepted, the edges, what is refused.  The dinas demo unit's figures are
-- in sql/diskominfo.sql.
\set SHOW_CONTEXT never
\set VERBOSITY default
\set ON_ERROR_ROLLBACK on
SET lc_numeric TO 'C';
BEGIN;
\set ECHO none
\i data/kunir_2024.sql
\set ECHO all

-- ----------------------------------------------------------------------
-- sasaran rows: valid
-- ----------------------------------------------------------------------
-- Kunir 2024: one indicator a sasaran, so the sum and the mean are its
-- capaian: sasaran 1 113,94 (82,87 / 72,73), sasaran 2 139,12 (96,97 /
-- 69,70), both Sangat Tinggi (> 90); the tujuan's indicator (Indeks
-- Pelayanan Publik) is no sasaran's and has no row.  Method rata-rata,
-- the default.
SELECT urutan, sasaran, jumlah_indikator, jumlah_terukur, jumlah_tanpa_capaian, jumlah_capaian,
       rata_rata_capaian, kriteria_rata_rata, metode, capaian_sasaran, kriteria_sasaran
  FROM lkj.capaian_sasaran WHERE instansi = 'kunir' AND tahun = 2024 ORDER BY urutan;
-- 2021 to 2023 (P-Renstra years without realisasi): every indicator left
-- out and counted, no figure, no kriteria.
SELECT tahun, sasaran, jumlah_indikator, jumlah_terukur, jumlah_tanpa_capaian, jumlah_capaian, rata_rata_capaian,
       kriteria_rata_rata
  FROM lkj.capaian_sasaran WHERE instansi = 'kunir' AND tahun BETWEEN 2021 AND 2023 ORDER BY tahun, sasaran;

-- Sasaran 2 gets two more indicators in 2024: an IKU of 90 realised 75.5
-- (75,5 / 90 = 0,838888.. -> 83,89) and one of 40 realised 30 (30 / 40 =
-- 75,00), besides 139,12.
--   jumlah 139,12 + 83,89 + 75,00 = 298,01; rata-rata 298,01 / 3 =
--   99,336.. -> 99,34, Sangat Tinggi.
-- Kunir's Sasaran 2 indicator (dokumen-desa) is an IKU, so method iku
-- takes (139,12 + 83,89) / 2 = 223,01 / 2 = 111,505 -> 111,51 (half away
-- from zero).
INSERT INTO lkj.indikator (instansi, kode, no, uraian, satuan, iku, renstra, sasaran) VALUES
    ('kunir', 'uji-a', 2, 'Indikator uji A', 'Persen', true, '2024-2026', 2),
    ('kunir', 'uji-b', 3, 'Indikator uji B', 'Dokumen', false, '2024-2026', 2);
INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai) VALUES
    ('kunir', 'uji-a', 2024, 'renstra', 90), ('kunir', 'uji-b', 2024, 'renstra', 40);
INSERT INTO lkj.realisasi (instansi, indikator, tahun, nilai) VALUES
    ('kunir', 'uji-a', 2024, 75.5), ('kunir', 'uji-b', 2024, 30);
SELECT indikator_kode, capaian, iku FROM lkj.capaian_kinerja
 WHERE instansi = 'kunir' AND tahun = 2024 AND sasaran = 2 ORDER BY urutan;
SELECT sasaran, jumlah_indikator, jumlah_terukur, jumlah_capaian, rata_rata_capaian, kriteria_rata_rata,
       metode, capaian_sasaran, kriteria_sasaran
  FROM lkj.capaian_sasaran WHERE instansi = 'kunir' AND tahun = 2024 AND sasaran = 2;
-- The rows stay out of the indicator tables: Tabel 8 still has Kunir's
-- indicators and the two new ones, no Jumlah or Rata-rata row.
SELECT count(*) AS baris, count(*) FILTER (WHERE jenis_baris NOT IN ('tujuan', 'sasaran')) AS lain
  FROM lkj.tabel_8_capaian_kinerja WHERE instansi = 'kunir' AND tahun = 2024;

-- Method iku from 2024 for Lumajang's units (a dated setting): 2024 takes
-- 111,51 for sasaran 2 and 113,94 for sasaran 1 (its one indicator,
-- fasilitasi, is an IKU); 2023 keeps rata-rata.
INSERT INTO lkj.setelan (pemda, berlaku_mulai_tahun, metode_capaian_sasaran) VALUES ('lumajang', 2024, 'iku');
SELECT tahun, sasaran, metode, rata_rata_capaian, capaian_sasaran, kriteria_sasaran
  FROM lkj.capaian_sasaran WHERE instansi = 'kunir' AND tahun IN (2023, 2024) ORDER BY tahun, sasaran;

-- ----------------------------------------------------------------------
-- sasaran rows: edge
-- ----------------------------------------------------------------------
-- uji-b without its realisasi: left out and counted; (139,12 + 83,89) / 2
-- = 111,505 -> 111,51 under both methods now.
DELETE FROM lkj.realisasi WHERE instansi = 'kunir' AND indikator = 'uji-b';
SELECT sasaran, jumlah_indikator, jumlah_terukur, jumlah_tanpa_capaian, jumlah_capaian, rata_rata_capaian, capaian_sasaran
  FROM lkj.capaian_sasaran WHERE instansi = 'kunir' AND tahun = 2024 AND sasaran = 2;
-- A sasaran whose IKU are all unmeasured has no capaian under iku, but
-- keeps its mean.
DELETE FROM lkj.realisasi WHERE instansi = 'kunir' AND indikator = 'uji-a';
UPDATE lkj.indikator SET iku = false WHERE instansi = 'kunir' AND kode = 'dokumen-desa';
SELECT sasaran, jumlah_terukur, rata_rata_capaian, metode, capaian_sasaran, kriteria_sasaran
  FROM lkj.capaian_sasaran WHERE instansi = 'kunir' AND tahun = 2024 AND sasaran = 2;

-- ----------------------------------------------------------------------
-- sasaran rows: invalid
-- ----------------------------------------------------------------------
INSERT INTO lkj.setelan (pemda, berlaku_mulai_tahun, metode_capaian_sasaran) VALUES ('lumajang', 2026, 'tertimbang');

-- ----------------------------------------------------------------------
-- year on year
-- ----------------------------------------------------------------------
-- arah_perubahan: the sign of a change.
SELECT v AS selisih, lkj.arah_perubahan(v) AS arah
  FROM unnest(ARRAY[13.35, 0.01, 0, 0.00, -0.01, -42, NULL]::numeric[]) AS v;
SELECT lkj.arah_perubahan('NaN');
-- Tabel 10 of 2024: Indeks Pelayanan Publik 93,46 (2019) then 106,81
-- (2020): 106,81 - 93,46 = 13,35 points, naik; the two sasaran indicators
-- 100,00 both years: 0,00, tetap; 2021 to 2023 have no capaian: NULL.
SELECT no, indikator_kode, capaian_1, capaian_2, selisih_2, arah_2, capaian_3, selisih_3, arah_3,
       selisih_4, arah_4, selisih_5, arah_5
  FROM lkj.tabel_10_perbandingan_tahun WHERE instansi = 'kunir' AND tahun = 2024 ORDER BY urutan;
-- A negative indicator compares capaian, which already rewards a lower
-- figure: ipp-2018 made negative, 2019: target 78,4, realisasi 73,27:
-- (78,4 - (73,27 - 78,4)) / 78,4 = 83,53 / 78,4 = 1,065433.. -> 106,54;
-- 2020: 78,6 and 83,95: (78,6 - 5,35) / 78,6 = 73,25 / 78,6 = 0,931933..
-- -> 93,19; 93,19 - 106,54 = -13,35, turun: the figure rose, the
-- performance fell.
UPDATE lkj.indikator SET polaritas = 'negatif' WHERE instansi = 'kunir' AND kode = 'ipp-2018';
SELECT no, capaian_1, capaian_2, selisih_2, arah_2
  FROM lkj.tabel_10_perbandingan_tahun WHERE instansi = 'kunir' AND tahun = 2024 AND indikator_kode = 'ipp-2018';

-- ----------------------------------------------------------------------
-- display
-- ----------------------------------------------------------------------
-- format_nilai with the indicator's decimals and the unit's place.
SELECT n AS nilai, s AS satuan, d AS desimal, k AS satuan_terpisah, lkj.format_nilai(n, s, d, k) AS cetak
  FROM (VALUES (2.41, 'Indeks', 3, false), (2.41, 'Indeks', NULL, false), (1320, 'Konten', 0, false),
               (4.7, 'Hari', 0, false), (4.5, 'Hari', 0, false), (82.44, 'Persen', NULL, false),
               (82.44, 'Persen', NULL, true), (82.44, 'Persen', 1, true), (4, 'Fasilitasi', NULL, true),
               (1234567.891, 'Rupiah', 2, false), (NULL, 'Persen', 2, false)) AS t (n, s, d, k);
-- a range with decimals, and its unit apart
SELECT lkj.format_target(NULL, 80, 90, 'Persen', 1, false) AS persen,
       lkj.format_target(NULL, 2.5, 3, 'Indeks', 2, false) AS indeks,
       lkj.format_target(NULL, 80, 90, 'Kasus', NULL, true) AS terpisah,
       lkj.sel_nilai(NULL, 'Persen', NULL, NULL, 2, true) AS kosong;
-- Without decimals or a column, every figure prints as 1.0 prints it.
SELECT count(*) AS beda FROM lkj.realisasi_triwulan r
 WHERE lkj.sel_nilai(r.nilai_laporan, 'Fasilitasi', NULL, NULL, NULL, false) <> lkj.sel_nilai(r.nilai_laporan, 'Fasilitasi');
-- decimals out of range
UPDATE lkj.indikator SET desimal = 21 WHERE instansi = 'kunir' AND kode = 'fasilitasi';
UPDATE lkj.indikator SET desimal = -1 WHERE instansi = 'kunir' AND kode = 'fasilitasi';
SELECT lkj.format_nilai(1, 'Persen', 21, false);
INSERT INTO lkj.setelan (instansi, berlaku_mulai_tahun, satuan_cetak) VALUES ('kunir', 2026, 'sebelum_angka');

-- The unit in a column of its own for Kunir from 2025: the 2024 report is
-- byte for byte as before.  Then from 2024: Tabel 8 and 9 gain a Satuan
-- column after the indicator, and their figures print bare (72,73 and
-- 82,87 in a row whose unit is Persen); computed percentages keep their %.
ROLLBACK;
BEGIN;
\set ECHO none
\i data/kunir_2024.sql
\set ECHO all
CREATE TEMP TABLE sebelum AS SELECT lkj.laporan('kunir', 2024) AS teks;
INSERT INTO lkj.setelan (instansi, berlaku_mulai_tahun, satuan_cetak) VALUES ('kunir', 2025, 'kolom');
SELECT lkj.laporan('kunir', 2024) = s.teks AS sama FROM sebelum s;
SELECT tahun, satuan_cetak FROM lkj.setelan_berlaku WHERE instansi = 'kunir' AND tahun BETWEEN 2024 AND 2025 ORDER BY tahun;
INSERT INTO lkj.setelan (instansi, berlaku_mulai_tahun, satuan_cetak) VALUES ('kunir', 2024, 'kolom');
CREATE TEMP VIEW baris_laporan AS
SELECT t.n, t.baris,
       (array_agg(substring(t.baris FROM '^Tabel ([0-9]+) ')) FILTER (WHERE t.baris ~ '^Tabel [0-9]+ ') OVER (ORDER BY t.n))[
         count(*) FILTER (WHERE t.baris ~ '^Tabel [0-9]+ ') OVER (ORDER BY t.n)] AS tabel
  FROM regexp_split_to_table(lkj.laporan('kunir', 2024), E'\n') WITH ORDINALITY AS t (baris, n);
SELECT tabel, baris FROM baris_laporan WHERE tabel IN ('8', '9') AND baris LIKE '|%' AND baris NOT LIKE '|--%'
 ORDER BY n;
ROLLBACK;
