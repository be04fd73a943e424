-- Every report view on a second, made-up unit (data/uji_lain.sql: Kecamatan
-- Sukamaju, Kabupaten Contoh), loaded beside Kunir: nothing may be wired to
-- Kunir or Lumajang.  Each expected figure is worked out by hand in the
-- comment above the query.  Numbers print as numeric, locale-free: no
-- setting changes this output.
BEGIN;
\set ECHO none
\i data/kunir_2024.sql
\i data/uji_lain.sql
\set ECHO all

-- Tabel 7 on Contoh's scale, in its own words, with closed bounds (>=):
-- Sangat Baik >= 85, Baik >= 70 to < 85, Cukup >= 55, Kurang >= 40,
-- Sangat Kurang < 40.  Kunir keeps Lumajang's.
SELECT urutan, no, interval_capaian, kriteria, tingkat, batas_bawah, bawah_inklusif,
       batas_atas, atas_inklusif, skala
  FROM lkj.tabel_7_skala_kriteria WHERE instansi = 'sukamaju' AND tahun = 2024;
SELECT DISTINCT instansi, skala FROM lkj.tabel_7_skala_kriteria ORDER BY instansi;

-- Tabel 8 of 2024, by hand:
-- 1 aduan (negative, summed): target 20 (the revised PK's, not the
--   original 24), quarters 6 5 4 3, year 18, capaian (20 - (18 - 20)) / 20
--   = 110.00: Sangat Baik.
-- 2 ikm (last quarter counts, range 80 to 90): quarters 78 82 - 91 (no
--   third), year 91, above the range: 91 / 90 = 101.11: Sangat Baik.
-- 3 nol (target 0): measured once, 2; no capaian against 0 (NULL), no kriteria.
-- 4 dokumen (mean of the quarters): 50 60 70 - (no fourth), year 60.00,
--   60 / 80 = 75.00: Baik (>= 70, < 85), where Lumajang would say Sedang.
SELECT urutan, no, jenis_baris, uraian, indikator_kode, satuan
  FROM lkj.tabel_8_capaian_kinerja WHERE instansi = 'sukamaju' AND tahun = 2024;
SELECT urutan, target, batas_bawah, batas_atas, realisasi_tw1 AS tw1, realisasi_tw2 AS tw2,
       realisasi_tw3 AS tw3, realisasi_tw4 AS tw4, realisasi, capaian, kriteria
  FROM lkj.tabel_8_capaian_kinerja WHERE instansi = 'sukamaju' AND tahun = 2024;

-- 2023: aduan 27 against 25: (25 - 2) / 25 = 92.00 Sangat Baik; ikm 79 / 78
-- = 101.28; nol and dokumen have no data.  2025, a year with no data at
-- all: every indicator listed, nothing measured.
SELECT tahun, urutan, indikator_kode, target, realisasi, capaian, kriteria
  FROM lkj.tabel_9_target_realisasi WHERE instansi = 'sukamaju' AND tahun IN (2023, 2025)
 ORDER BY tahun, urutan;

-- Section 3.1.1 for 2024: the tujuan's 1 indicator reached (110%); of the
-- sasaran's 3: 1 reached (ikm), 1 below (dokumen 75%), 1 not measurable
-- (nol), a third each (33.33).  2025: all 4 not measurable.
SELECT tahun, urutan, no, jenis_baris, status, jumlah, dari, persen
  FROM lkj.ringkasan_capaian WHERE instansi = 'sukamaju' AND tahun IN (2024, 2025)
 ORDER BY tahun, urutan;

-- Tabel 3: the IKU, one of them the tujuan's.
SELECT urutan, no, jenis_baris, uraian, indikator_kode, satuan
  FROM lkj.tabel_3_iku WHERE instansi = 'sukamaju' AND tahun = 2024;

-- Tabel 4 and 11: the Renstra's own 2024 targets: aduan 22, capaian
-- (22 - (18 - 22)) / 22 = 118.1818... -> 118.18; ikm 80 to 90, 91 above:
-- 101.11; nol 0: NULL; dokumen 75: 60 / 75 = 80.00.
SELECT urutan, no, jenis_baris, indikator_kode, target, batas_bawah, batas_atas
  FROM lkj.tabel_4_target_iku WHERE instansi = 'sukamaju' AND tahun = 2024;
SELECT urutan, indikator_kode, target, batas_bawah, batas_atas, realisasi, capaian, keterangan
  FROM lkj.tabel_11_capaian_renstra WHERE instansi = 'sukamaju' AND tahun = 2024;

-- Tabel 10 of 2024: 2019 to 2022 before the Renstra, all NULL; 2023:
-- aduan 25 27 92.00, ikm 78 79 101.28, nol and dokumen NULL.
SELECT urutan, no, indikator_kode, target_1, capaian_1, target_4, capaian_4,
       tahun_5, target_5, realisasi_5, capaian_5
  FROM lkj.tabel_10_perbandingan_tahun WHERE instansi = 'sukamaju' AND tahun = 2024;

-- Tabel 10 of 2025: 2024's range target is a NULL target_5 with its
-- bounds beside it (batas_bawah_5, batas_atas_5), as laporan prints it.
SELECT urutan, indikator_kode, tahun_5, target_5, batas_bawah_5, batas_atas_5, realisasi_5, capaian_5
  FROM lkj.tabel_10_perbandingan_tahun WHERE instansi = 'sukamaju' AND tahun = 2025;

-- Tabel 12: end targets of 2026: aduan 15, (15 - (18 - 15)) / 15 = 80.00;
-- ikm 85 to 95 holds 91: 100.00; nol 0: NULL; dokumen 90: 60 / 90 =
-- 66.666... -> 66.67.
SELECT urutan, indikator_kode, realisasi, tahun_akhir, target_akhir, target_akhir_bawah,
       target_akhir_atas, capaian, capaian_target_akhir
  FROM lkj.tabel_12_target_akhir_renstra WHERE instansi = 'sukamaju' AND tahun = 2024;

-- Tabel 13: aduan's standard 10: (10 - (18 - 10)) / 10 = 20.00; no other.
SELECT urutan, indikator_kode, realisasi, standar, capaian, capaian_standar, keterangan
  FROM lkj.tabel_13_standar_nasional WHERE instansi = 'sukamaju' AND tahun = 2024;

-- Tabel 15 of 2024: program 1 has no figures of its own, its kegiatan's
-- revised budgets 90.000.000 + 60.000.000 and spending 85.500.000 +
-- 59.000.000 count: 144.500.000 / 150.000.000 = 96.333... -> 96.33;
-- program 2 30.000.000 / 40.000.000 = 75.00; program 3 was cut to 0: no
-- absorption (NULL).  Total 174.500.000 / 190.000.000 = 91.842... -> 91.84.
SELECT urutan, no, jenis_baris, uraian, anggaran, realisasi, penyerapan
  FROM lkj.tabel_15_realisasi_anggaran WHERE instansi = 'sukamaju' AND tahun = 2024;
-- 2023 was never revised: the original 120.000.000 counts, spent
-- 110.000.000: 91.666... -> 91.67.
SELECT urutan, no, jenis_baris, anggaran, realisasi, penyerapan
  FROM lkj.tabel_15_realisasi_anggaran WHERE instansi = 'sukamaju' AND tahun = 2023;

-- Tabel 14 of 2024: the tujuan and sasaran 1 both have programs 1 and 2
-- (program 3, 0 and 0, adds nothing to the tujuan): 91.84; aduan 110.00 -
-- 91.84 = 18.16, ikm 101.11 - 91.84 = 9.27, nol no capaian: NULL.
-- Sasaran 2 has only program 3: anggaran 0, no absorption, no efisiensi.
SELECT urutan, no, jenis_baris, indikator_kode, capaian, anggaran, realisasi_anggaran,
       penyerapan, efisiensi
  FROM lkj.tabel_14_efisiensi WHERE instansi = 'sukamaju' AND tahun = 2024;

-- Tabel 5 of 2024: the sasaran indicators in the agreements (ikm as a
-- range, nol 0, dokumen 80), the programs as signed (awal 150.000.000,
-- 40.000.000, 20.000.000 = 210.000.000; perubahan 150.000.000, 40.000.000,
-- 0 = 190.000.000).  2023: one agreement, no revised column.
SELECT urutan, no, jenis_baris, indikator_kode, target_awal, target_awal_bawah, target_awal_atas,
       target_perubahan, target_perubahan_bawah, target_perubahan_atas, anggaran_awal, anggaran_perubahan
  FROM lkj.tabel_5_perjanjian_kinerja WHERE instansi = 'sukamaju' AND tahun = 2024;
SELECT urutan, no, jenis_baris, indikator_kode, target_awal, target_perubahan, anggaran_awal, anggaran_perubahan
  FROM lkj.tabel_5_perjanjian_kinerja WHERE instansi = 'sukamaju' AND tahun = 2023;

-- Tabel 6 of 2024: sasaran 1 and program 2 have two indicators each, their
-- second row without number, name or budget; kegiatan 1.2 has none and
-- still a row.  Budgets: the tujuan 150.000.000 + 40.000.000 + 20.000.000 =
-- 210.000.000 and 150.000.000 + 40.000.000 + 0 = 190.000.000; sasaran 1
-- 190.000.000 twice; sasaran 2 20.000.000 and 0; kegiatan 2.1 has no
-- revised figure (NULL), its program has.  k3.1's revised target is 8.
SELECT urutan, no, jenis_baris, label, uraian, indikator_kode, satuan
  FROM lkj.tabel_6_program_kegiatan WHERE instansi = 'sukamaju' AND tahun = 2024;
SELECT urutan, target_awal, target_awal_bawah, target_awal_atas, anggaran_awal,
       target_perubahan, target_perubahan_bawah, target_perubahan_atas, anggaran_perubahan
  FROM lkj.tabel_6_program_kegiatan WHERE instansi = 'sukamaju' AND tahun = 2024;

-- The appendix: 2024 both agreements, program 3 funded by DAK, so the
-- totals name both sources; 2023 the original one only.
SELECT tahun, urutan, no, pk, jenis_baris, indikator_kode, target, batas_bawah, batas_atas,
       anggaran, sumber_dana
  FROM lkj.lampiran_perjanjian_kinerja WHERE instansi = 'sukamaju' AND tahun IN (2023, 2024)
 ORDER BY tahun, urutan;

-- Tabel 1: kasi-trantib is held by nobody and still listed.  Totals: 7
-- staff, L 4, P 3; PNS 4, PPPK 1, TKB 2; SMA 2, D3 1, S1 3, S2 1; eselon 3
-- twice (camat, sekcam), eselon 4 once.
SELECT urutan, no, jenis_baris, uraian, laki_laki AS l, perempuan AS p, pns, pppk, tkb,
       sd, smp, sma, d3, s1, s2, s3, eselon_2 AS e2, eselon_3 AS e3, eselon_4 AS e4
  FROM lkj.tabel_1_komposisi_pegawai WHERE instansi = 'sukamaju' AND tahun = 2024;

-- Staff shares: L 4 / 7 = 57.142... -> 57.14, P 3 / 7 = 42.857... -> 42.86;
-- ASN 4 PNS + 1 PPPK = 5 of the 8 positions needed: 62.50.
SELECT urutan, kode, jumlah, dari, persen
  FROM lkj.ringkasan_pegawai WHERE instansi = 'sukamaju' AND tahun = 2024;

-- Tabel 2 and the asset shares: 9 items, 5 good (55.555... -> 55.56), 1
-- damaged (11.11), 3 badly damaged (33.33).
SELECT urutan, no, uraian, satuan, jumlah, baik, rusak, rusak_berat, kondisi
  FROM lkj.tabel_2_sarana_prasarana WHERE instansi = 'sukamaju' AND tahun = 2024;
SELECT urutan, kode, jumlah, dari, persen
  FROM lkj.ringkasan_sarana WHERE instansi = 'sukamaju' AND tahun = 2024;

-- The years each kind of table has for Sukamaju: staff 2024; agreements
-- 2023 and 2024; the Renstra's years 2023 to 2026; programs 2023 and 2024.
SELECT 'tabel_1' AS tabel, pg_catalog.string_agg(DISTINCT tahun::text, ' ' ORDER BY tahun::text) AS tahun
  FROM lkj.tabel_1_komposisi_pegawai WHERE instansi = 'sukamaju'
UNION ALL
SELECT 'tabel_5', pg_catalog.string_agg(DISTINCT tahun::text, ' ' ORDER BY tahun::text)
  FROM lkj.tabel_5_perjanjian_kinerja WHERE instansi = 'sukamaju'
UNION ALL
SELECT 'tabel_8', pg_catalog.string_agg(DISTINCT tahun::text, ' ' ORDER BY tahun::text)
  FROM lkj.tabel_8_capaian_kinerja WHERE instansi = 'sukamaju'
UNION ALL
SELECT 'tabel_15', pg_catalog.string_agg(DISTINCT tahun::text, ' ' ORDER BY tahun::text)
  FROM lkj.tabel_15_realisasi_anggaran WHERE instansi = 'sukamaju';

ROLLBACK;
