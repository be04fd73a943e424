-- The central demo unit: a directorate of Kemendagri 2024
-- (data/dit-peipd_2024.sql), under a kementerian and no pemda, without a
-- tujuan level or national budget codes, with no placeholder row for any of
-- them: its report has no regency line and no empty block.  Loaded alone,
-- then with the dinas of Lumajang (data/diskominfo_2024.sql), which also
-- loads alone, without Kunir's file.
SET datestyle = 'ISO, YMD';
\set ON_ERROR_STOP 1
BEGIN;
\set ECHO none
\i data/dit-peipd_2024.sql
\i data/diskominfo_2024.sql
\set ECHO all

-- No placeholder: the only pemda is the dinas's own regency, the
-- directorate's parent is its kementerian, and it has no tujuan, no
-- village, no national code.
SELECT kode, pemda, kementerian, jenis FROM lkj.instansi ORDER BY kode;
SELECT kode FROM lkj.pemda ORDER BY kode;
SELECT (SELECT count(*) FROM lkj.tujuan WHERE instansi = 'dit-peipd') AS tujuan,
       (SELECT count(*) FROM lkj.desa WHERE instansi = 'dit-peipd') AS desa,
       (SELECT count(*) FROM lkj.program WHERE instansi = 'dit-peipd' AND kode_nasional IS NOT NULL) AS kode_nasional,
       (SELECT count(*) FROM lkj.sub_kegiatan WHERE instansi = 'dit-peipd') AS sub_kegiatan;

-- Its scale is its kementerian's, Permendagri 86/2017's bands (>= 91
-- Sangat Tinggi, >= 76 Tinggi, >= 66 Sedang, >= 51 Rendah):
--  rkpd-tepat-waktu 97,81 of 95: 1,029578.. -> 102,96, Sangat Tinggi
--  sipd-input 98,67 of 100 -> 98,67, Sangat Tinggi, belum tercapai
--  laporan-evaluasi 38 of 38 -> 100,00
SELECT tahun, skala_kriteria FROM lkj.setelan_berlaku WHERE instansi = 'dit-peipd' AND tahun = 2024;
SELECT indikator, target, realisasi, capaian, kriteria, status
  FROM lkj.capaian_indikator WHERE instansi = 'dit-peipd' AND tahun = 2024 ORDER BY indikator;

-- Budget per kegiatan, rolled up to the program (no sub-kegiatan, no code):
--  perencanaan 4.712.305.000 of 4.850.000.000: 0,971609.. -> 97,16
--  sipd 3.381.240.000 of 3.600.000.000: 0,939233.. -> 93,92
--  program bina-bangda 4.850.000.000 + 3.600.000.000 = 8.450.000.000, spent
--    4.712.305.000 + 3.381.240.000 = 8.093.545.000: 0,957815.. -> 95,78
--  evaluasi and its program: 2.206.177.000 of 2.280.000.000: 0,967621.. -> 96,76
--  jumlah 10.730.000.000, spent 10.299.722.000: 0,959899.. -> 95,99
SELECT no, jenis_baris, kode_cetak, anggaran, realisasi, penyerapan
  FROM lkj.tabel_15_realisasi_anggaran_rinci WHERE instansi = 'dit-peipd' AND tahun = 2024 ORDER BY urutan;

-- Tabel 10: the Renstra 2020-2024's earlier years.  rkpd-tepat-waktu
-- 2021 86,42 of 85: 1,016705.. -> 101,67; 2022 90,12 of 88: 1,024090.. ->
-- 102,41; 2023 93,83 of 92: 1,019891.. -> 101,99; sipd-input 2023 96,15 of
-- 95: 1,012105.. -> 101,21; laporan-evaluasi 2023 36 of 36 -> 100,00.
SELECT no, indikator_kode, capaian_3 AS c2021, capaian_4 AS c2022, capaian_5 AS c2023
  FROM lkj.tabel_10_perbandingan_tahun WHERE instansi = 'dit-peipd' AND tahun = 2024 ORDER BY urutan;

-- The report: the kementerian line, no regency line, no tujuan, and no
-- block without data ("Tidak ada data.", or a sentence in place of a table).
SELECT baris FROM regexp_split_to_table(lkj.laporan('dit-peipd', 2024), E'\n') AS baris
 WHERE baris LIKE '- %' OR baris LIKE '#%';
SELECT count(*) FILTER (WHERE baris LIKE '%Pemerintah daerah%' OR baris LIKE '%Kabupaten%') AS baris_pemda,
       count(*) FILTER (WHERE baris LIKE '%Tujuan%') AS baris_tujuan,
       count(*) FILTER (WHERE baris LIKE 'Tidak ada%') AS blok_kosong,
       count(*) FILTER (WHERE baris LIKE 'Tabel %') AS tabel
  FROM regexp_split_to_table(lkj.laporan('dit-peipd', 2024), E'\n') AS baris;
-- Tabel 15 without a Kode column (no code to print), at the kegiatan level.
SELECT baris FROM regexp_split_to_table(lkj.laporan('dit-peipd', 2024), E'\n') AS baris
 WHERE baris ~ '^(\|[^|]*){5}\|$' AND (baris ~ '^\| +[0-9]+(\.[0-9]+)? \| (Program|Fasilitasi|Pengelolaan|Evaluasi)'
                                     OR baris LIKE '%PROGRAM/ KEGIATAN%' OR baris LIKE '%| JUMLAH %');

-- The checks find nothing in either unit as of 1 January 2025 but the
-- dinas's budget revised without a PK perubahan.
SELECT instansi, tingkat, kode, objek FROM lkj.periksa(NULL, 2024, '2025-01-01');
-- The dinas's report loads alone too: its header names the regency.
SELECT baris FROM regexp_split_to_table(lkj.laporan('diskominfo', 2024), E'\n') AS baris
 WHERE baris LIKE '- Pemerintah daerah%';

ROLLBACK;
