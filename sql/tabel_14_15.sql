-- Tabel 14 (efisiensi) and Tabel 15 (realisasi anggaran) of Kecamatan Kunir
-- 2024 against the printed report.  Numbers print as numeric, locale-free:
-- no setting changes this output.
BEGIN;
\set ECHO none
\i data/kunir_2024.sql
\set ECHO all

-- Tabel 14.  Printed: 135,76 % 96,14% 39,62%; 113,94% 96,01% 17,93%;
-- 139,12% 99,49% 39,63%.  The tujuan's budget is all six programs'
-- (1.622.941.244, spent 1.560.338.808: 96.1426... -> 96.14), Sasaran 1's
-- programs 1 and 2 (1.563.189.144, 1.500.889.908: 96.0146... -> 96.01),
-- Sasaran 2's programs 3 to 6 (59.752.100, 59.448.900: 99.4925... -> 99.49),
-- as the text and the seed README say.  Efisiensi is the difference of the
-- rounded figures: 135,76 - 96,14 = 39,62 (unrounded it would be 39,61).
SELECT urutan, no, jenis_baris, uraian, indikator
  FROM lkj.tabel_14_efisiensi WHERE instansi = 'kunir' AND tahun = 2024;
SELECT urutan, capaian, anggaran, realisasi_anggaran, penyerapan, efisiensi
  FROM lkj.tabel_14_efisiensi WHERE instansi = 'kunir' AND tahun = 2024;

-- Tabel 15.  Printed: 96, 99,87, 98,98, 100, 100, 99,99 and JUMLAH
-- 1.622.941.244 1.560.338.808 96,14.  Erratum 6: Program 1's 96 is
-- 1.494.310.908 / 1.556.601.844 = 95.9982... -> 96.00.  The report's
-- program names differ between its tables; the data keeps the PK's.
SELECT urutan, no, jenis_baris, uraian, anggaran, realisasi, penyerapan
  FROM lkj.tabel_15_realisasi_anggaran WHERE instansi = 'kunir' AND tahun = 2024;

-- Section 3.2 quotes the total: Rp. 1.622.941.244,-, Rp. 1.560.338.808,-, 96,14%.
SELECT anggaran, realisasi, penyerapan
  FROM lkj.tabel_15_realisasi_anggaran WHERE instansi = 'kunir' AND tahun = 2024 AND jenis_baris = 'jumlah';

-- A program whose own budget is unknown takes its kegiatan's: with
-- Program 2's figures removed, its kegiatan's 5.162.400 + 5.249.900 and
-- 3.437.400 + 3.149.900 stand in; as they have no spending, neither has the
-- program (NULL), and the total's spending and absorption leave it out:
-- 1.553.759.808 / 1.622.941.244 = 95.7372... -> 95.74.
UPDATE lkj.program SET anggaran_awal = NULL, anggaran_perubahan = NULL, realisasi = NULL
 WHERE instansi = 'kunir' AND tahun = 2024 AND kode = '2';
SELECT urutan, no, anggaran, realisasi, penyerapan
  FROM lkj.tabel_15_realisasi_anggaran WHERE instansi = 'kunir' AND tahun = 2024;
SELECT program, anggaran_awal, anggaran_perubahan, anggaran, realisasi, penyerapan
  FROM lkj.anggaran_program WHERE instansi = 'kunir' AND tahun = 2024 AND program = '2';

-- Without a revision the original budget counts: with no revised figure
-- for programs 4 and 5 nor for their kegiatan, program 4 goes back to
-- 26.359.900 (program 5 is 7.200.000 either way), so Sasaran 2's budget
-- becomes 29.752.200 + 26.359.900 + 7.200.000 + 13.199.900 = 76.512.000,
-- spent 59.448.900: 77.6987... -> 77.70, efisiensi 139,12 - 77,70 = 61.42.
-- Sasaran 1 still lacks Program 2's spending (above): 1.494.310.908 /
-- 1.563.189.144 = 95.5937... -> 95.59, efisiensi 113,94 - 95,59 = 18.35.
UPDATE lkj.program SET anggaran_perubahan = NULL
 WHERE instansi = 'kunir' AND tahun = 2024 AND kode IN ('4', '5');
UPDATE lkj.kegiatan SET anggaran_perubahan = NULL
 WHERE instansi = 'kunir' AND tahun = 2024 AND program IN ('4', '5');
SELECT urutan, jenis_baris, capaian, anggaran, realisasi_anggaran, penyerapan, efisiensi
  FROM lkj.tabel_14_efisiensi WHERE instansi = 'kunir' AND tahun = 2024 AND jenis_baris = 'sasaran';

ROLLBACK;
