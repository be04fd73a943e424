-- The appendix of Kecamatan Kunir's LKj 2024: the tables of the signed
-- Perjanjian Kinerja, original (awal, 10 January 2024) and revised
-- (perubahan, 2 September 2024).  Numbers print as numeric, locale-free: no
-- setting changes this output.
BEGIN;
\set ECHO none
\i data/kunir_2024.sql
\set ECHO all

-- Printed, both agreements: the two sasaran with 72,73% and 69,70%; the six
-- programs with Rp. 1.696.436.296,- 10.412.300,- 143.479.700,- 26.359.900,-
-- 7.200.000,- 35.074.600,- JUMLAH Rp. 1.918.962.796,- (awal) and
-- 1.556.601.844,- 6.587.300,- 29.752.200,- 9.600.000,- 7.200.000,-
-- 13.199.900,- JUMLAH Rp. 1.622.941.244,- (perubahan), KET DAU throughout.
SELECT urutan, no, pk, jenis_baris, uraian, indikator, satuan, target
  FROM lkj.lampiran_perjanjian_kinerja WHERE instansi = 'kunir' AND tahun = 2024;
SELECT urutan, pk, jenis_baris, target, batas_bawah, batas_atas, anggaran, sumber_dana
  FROM lkj.lampiran_perjanjian_kinerja WHERE instansi = 'kunir' AND tahun = 2024;

-- One agreement alone.
SELECT urutan, no, jenis_baris, indikator_kode, target, anggaran
  FROM lkj.lampiran_perjanjian_kinerja WHERE instansi = 'kunir' AND tahun = 2024 AND pk = 'perubahan';

-- The appendix shows what was signed, not the budget data: a program
-- funded from two sources lists both on the total row.
UPDATE lkj.anggaran_pk SET sumber_dana = 'DAK'
 WHERE instansi = 'kunir' AND tahun = 2024 AND pk = 'awal' AND program = '3';
SELECT urutan, no, jenis_baris, anggaran, sumber_dana
  FROM lkj.lampiran_perjanjian_kinerja
 WHERE instansi = 'kunir' AND tahun = 2024 AND pk = 'awal' AND jenis_baris <> 'sasaran';

-- A year without an agreement has no appendix.
SELECT count(*) FROM lkj.lampiran_perjanjian_kinerja WHERE instansi = 'kunir' AND tahun = 2023;

ROLLBACK;
