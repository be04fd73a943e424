-- Tabel 8 to 13 of Kecamatan Kunir 2024 (capaian of the year, against
-- earlier years, the Renstra, its end target, a national standard) against
-- the printed report.  Numbers print as numeric, locale-free: no setting
-- changes this output.
BEGIN;
\set ECHO none
\i data/kunir_2024.sql
\set ECHO all

-- Tabel 8.  Printed: 62,2 | 21,11 x 4 | 84,44 | 135,76 %; 72,73% | 20,72% x 4
-- | 82,87% | 113,94%; 69,70% | 33,33% 0% 30,30% 33,33% | 96,97% | 139,12%.
-- Erratum 3: 4 x 20,72 = 82,88 and 33,33 + 0 + 30,30 + 33,33 = 96,96; the
-- totals are not the sums of the printed quarters.  The data keeps the
-- counts (32 of 33 documents) and quarters that round to 20,72, and gives
-- the printed totals.
SELECT urutan, no, jenis_baris, uraian, indikator, satuan
  FROM lkj.tabel_8_capaian_kinerja WHERE instansi = 'kunir' AND tahun = 2024;
SELECT urutan, target, realisasi_tw1 AS tw1, realisasi_tw2 AS tw2, realisasi_tw3 AS tw3,
       realisasi_tw4 AS tw4, realisasi, capaian, kriteria
  FROM lkj.tabel_8_capaian_kinerja WHERE instansi = 'kunir' AND tahun = 2024;

-- Tabel 9: the same target, realisasi and capaian; the text under it calls
-- each "sangat tinggi" (kriteria).
SELECT urutan, no, jenis_baris, indikator_kode, target, realisasi, capaian, kriteria
  FROM lkj.tabel_9_target_realisasi WHERE instansi = 'kunir' AND tahun = 2024;

-- Tabel 10: 2019 to 2023 under the P-Renstra 2018-2023, N/A (NULL) from 2021.
-- Erratum 4: the report prints the Indeks Pelayanan Publik's capaian as
-- 0,93 and 1,07; the data gives 93.46 (73,27 / 78,4) and 106.81
-- (83,95 / 78,6), percentages like every other capaian.  The other rows are
-- printed as here: 86 86 100, 87 87 100; 96,6 96,6 100 twice.
SELECT urutan, no, jenis_baris, renstra, uraian, indikator_kode, satuan
  FROM lkj.tabel_10_perbandingan_tahun WHERE instansi = 'kunir' AND tahun = 2024;
SELECT urutan, tahun_1, target_1, realisasi_1, capaian_1, tahun_2, target_2, realisasi_2, capaian_2
  FROM lkj.tabel_10_perbandingan_tahun WHERE instansi = 'kunir' AND tahun = 2024;
SELECT urutan, tahun_3, target_3, realisasi_3, capaian_3, tahun_4, target_4, realisasi_4, capaian_4,
       tahun_5, target_5, realisasi_5, capaian_5
  FROM lkj.tabel_10_perbandingan_tahun WHERE instansi = 'kunir' AND tahun = 2024;

-- Tabel 11: against the Renstra's own 2024 targets, which equal the
-- Perjanjian Kinerja's; printed 62,2 84,44 135,76 %; 72,73% 82,87% 113,94%;
-- 69,70% 96,97% 139,12%, Keterangan empty.
SELECT urutan, no, indikator_kode, target, realisasi, capaian, keterangan
  FROM lkj.tabel_11_capaian_renstra WHERE instansi = 'kunir' AND tahun = 2024;

-- Tabel 12: printed Target Akhir Renstra 70,50, 76,36%, 75,76% and the
-- year's capaian.  capaian_target_akhir measures the realisasi against the
-- end target: 84,44 / 70,50 = 119.773... -> 119.77; 82,87 / 76,36 =
-- 108.525... -> 108.53; 96,97 / 75,76 = 127.996... -> 128.00.
SELECT urutan, no, indikator_kode, target, realisasi, tahun_akhir, target_akhir,
       capaian, capaian_target_akhir
  FROM lkj.tabel_12_target_akhir_renstra WHERE instansi = 'kunir' AND tahun = 2024;

-- Tabel 13: no national standard is known, N/A everywhere.
SELECT urutan, no, indikator_kode, target, realisasi, standar, standar_bawah, standar_atas,
       capaian, capaian_standar, keterangan
  FROM lkj.tabel_13_standar_nasional WHERE instansi = 'kunir' AND tahun = 2024;

-- A national standard, once stored, is measured like a target:
-- 84,44 / 80 = 105.55; a range (80 to 85) that holds the realisasi 82,87
-- gives 100.
INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai, keterangan)
VALUES ('kunir', 'ipp', 2024, 'standar_nasional', 80, 'made up for this test');
INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, batas_bawah, batas_atas)
VALUES ('kunir', 'fasilitasi', 2024, 'standar_nasional', 80, 85);
SELECT urutan, indikator_kode, realisasi, standar, standar_bawah, standar_atas, capaian_standar, keterangan
  FROM lkj.tabel_13_standar_nasional WHERE instansi = 'kunir' AND tahun = 2024;

-- Tabel 8 of 2019, the P-Renstra measured once a year: no quarters.
SELECT urutan, indikator_kode, target, realisasi_tw1 AS tw1, realisasi_tw4 AS tw4, realisasi, capaian, kriteria
  FROM lkj.tabel_8_capaian_kinerja WHERE instansi = 'kunir' AND tahun = 2019;

-- 2026, the Renstra's last year: its end targets and no realisasi yet.
SELECT urutan, indikator_kode, target, realisasi, capaian, kriteria
  FROM lkj.tabel_9_target_realisasi WHERE instansi = 'kunir' AND tahun = 2026;

ROLLBACK;
