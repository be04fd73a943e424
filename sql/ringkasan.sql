-- What the text of Kecamatan Kunir's LKj 2024 counts (lkj.ringkasan_*)
-- against the printed figures.  Numbers print as numeric, locale-free: no
-- setting changes this output.
BEGIN;
\set ECHO none
\i data/kunir_2024.sql
\set ECHO all

-- Section 1.1.3: 17 staff; struktural 7, fungsional 0, pelaksana 3, PNS 10,
-- PPPK 0, tenaga kontrak 7; men and women 70,59 % : 29,41 % (12 and 5).
-- Section 3.1.2.6: 19 positions needed, 10 ASN, pemenuhan 52,63%; 7
-- contract workers.
SELECT urutan, no, jenis_baris, kode, uraian, jumlah, dari, persen
  FROM lkj.ringkasan_pegawai WHERE instansi = 'kunir' AND tahun = 2024;

-- Section 3.1.2.6: baik 90,41%, rusak 9,59% (132 and 14 of 146).
-- Erratum 5: the text also says 9,59% rusak berat; Tabel 2 has no badly
-- damaged item, so the data gives 0 (0.00%).
SELECT urutan, no, jenis_baris, kode, uraian, jumlah, dari, persen
  FROM lkj.ringkasan_sarana WHERE instansi = 'kunir' AND tahun = 2024;

-- Section 3.1.1: the tujuan's indicator reached 135,76%; of the sasaran's,
-- 2 reached 100% or more, 0 fell below, 0 could not be measured.
SELECT urutan, no, jenis_baris, status, uraian, jumlah, dari, persen
  FROM lkj.ringkasan_capaian WHERE instansi = 'kunir' AND tahun = 2024;

-- 2019 and 2020 measured the P-Renstra's indicators; 2021 had none measured.
SELECT tahun, jenis_baris, status, jumlah, dari
  FROM lkj.ringkasan_capaian
 WHERE instansi = 'kunir' AND tahun IN (2020, 2021) AND jumlah > 0
 ORDER BY tahun, urutan;

-- Without the job analysis the share of positions filled is unknown.
DELETE FROM lkj.kebutuhan_pegawai WHERE instansi = 'kunir';
SELECT urutan, kode, jumlah, dari, persen
  FROM lkj.ringkasan_pegawai WHERE instansi = 'kunir' AND tahun = 2024 AND jenis_baris = 'kebutuhan';

ROLLBACK;
