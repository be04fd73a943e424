-- The second demo unit, Dinas Komunikasi dan Informatika of Kabupaten
-- Lumajang 2024 (data/diskominfo_2024.sql), loaded beside Kecamatan Kunir:
-- sub-kegiatan budgets rolled up to kegiatan and program, no tujuan level,
-- a PK awal without revision, a head who changed mid-year, a ratio
-- indicator.  Every figure is worked by hand in the comments, then read from
-- the views and from lkj.laporan()'s text.
--
-- Rules, as the seed states them (../shared/seed/README.md):
--   penyerapan = realisasi / anggaran x 100, the anggaran being the revised
--     one where there is one; capaian = realisasi / target x 100, negative:
--     (target - (realisasi - target)) / target x 100; every percentage
--     rounded half away from zero to 2 decimals before it is used again;
--   kriteria on the Lumajang scale: > 90 Sangat Tinggi, > 75 Tinggi,
--     > 65 Sedang, > 50 Rendah, else Sangat Rendah.
SET datestyle = 'ISO, YMD';
SET extra_float_digits = 0;
SET lc_numeric = 'C';
\set ON_ERROR_STOP 1
BEGIN;
\set ECHO none
\i data/kunir_2024.sql
\i data/diskominfo_2024.sql
\set ECHO all

-- One regency row for both units; the dinas under it, with no 1.0 head.
SELECT kode, pemda, kementerian, jenis, label_pppk, kepala_nama IS NULL AS tanpa_kepala_1_0
  FROM lkj.instansi ORDER BY kode;
SELECT count(*) AS pemda_lumajang FROM lkj.pemda WHERE kode = 'lumajang';

-- Every budget level ------------------------------------------------------
-- The unit records sub-kegiatan only: the kegiatan and programs roll up.
--  sub 2.16.02.2.01.0002: perubahan 172.650.000, spent 168.915.300:
--    168.915.300 / 172.650.000 = 0,978368.. -> 97,84
--  sub 2.16.02.2.01.0005: 640.250.000, spent 627.481.250: 0,980056.. -> 98,01
--  sub 2.16.02.2.01.0006: 143.200.000 (not revised), spent 139.856.280:
--    0,97665 exactly -> 97,67 (half away from zero; half to even: 97,66)
--  kegiatan 2.16.02.2.01: awal 185.400.000 + 612.750.000 + 143.200.000 =
--    941.350.000; perubahan 172.650.000 + 640.250.000 + 143.200.000 =
--    956.100.000; spent 168.915.300 + 627.481.250 + 139.856.280 = 936.252.830:
--    936.252.830 / 956.100.000 = 0,979241.. -> 97,92
--  program 2.16.02 (its one kegiatan): the same 941.350.000 / 956.100.000 /
--    936.252.830, 97,92
--  sub 2.16.03.2.01.0001 and kegiatan 2.16.03.2.01 (its one sub-kegiatan):
--    awal 96.500.000, perubahan 88.500.000, spent 87.912.000:
--    0,993355.. -> 99,34
--  sub 2.16.03.2.02.0004: 251.800.000, spent 236.455.125: 0,939059.. -> 93,91
--  sub 2.16.03.2.02.0007: 565.400.000, spent 549.987.600: 0,972740.. -> 97,27
--  kegiatan 2.16.03.2.02: awal 274.300.000 + 538.900.000 = 813.200.000;
--    perubahan 251.800.000 + 565.400.000 = 817.200.000; spent 236.455.125 +
--    549.987.600 = 786.442.725: 0,962362.. -> 96,24
--  program 2.16.03: awal 96.500.000 + 813.200.000 = 909.700.000; perubahan
--    88.500.000 + 817.200.000 = 905.700.000; spent 87.912.000 + 786.442.725 =
--    874.354.725: 0,965391.. -> 96,54
--  jumlah: awal 941.350.000 + 909.700.000 = 1.851.050.000; perubahan
--    956.100.000 + 905.700.000 = 1.861.800.000; spent 936.252.830 +
--    874.354.725 = 1.810.607.555: 0,972503.. -> 97,25
SELECT jenis, kode, induk, kode_cetak, anggaran_awal, anggaran_perubahan, anggaran, realisasi, penyerapan
  FROM lkj.anggaran_rinci WHERE instansi = 'diskominfo' AND tahun = 2024
 ORDER BY kode, jenis <> 'program', jenis <> 'kegiatan';

-- Tabel 15 at every level, numbered program.kegiatan.sub_kegiatan.
SELECT no, jenis_baris, kode_cetak, anggaran, realisasi, penyerapan
  FROM lkj.tabel_15_realisasi_anggaran_rinci WHERE instansi = 'diskominfo' AND tahun = 2024
 ORDER BY urutan;
-- Tabel 15 itself: the two programs and the total above.
SELECT no, jenis_baris, uraian, anggaran, realisasi, penyerapan
  FROM lkj.tabel_15_realisasi_anggaran WHERE instansi = 'diskominfo' AND tahun = 2024 ORDER BY urutan;
-- Tabel 5's budgets are the PK's, the awal column: 941.350.000 and
-- 909.700.000 (total 1.851.050.000); no PK perubahan, so the revised column
-- is the budget data's 956.100.000 and 905.700.000 (1.861.800.000).
SELECT no, jenis_baris, anggaran_awal, anggaran_perubahan
  FROM lkj.tabel_5_perjanjian_kinerja
 WHERE instansi = 'diskominfo' AND tahun = 2024 AND jenis_baris <> 'sasaran' ORDER BY urutan;

-- Capaian of every indicator -------------------------------------------------
-- Target in force: the PK awal's (no PK perubahan), equal to the Renstra's.
--  nilai-kip: whole-year 88,62 of 85: 1,042588.. -> 104,26, Sangat Tinggi
--  konten (jumlah): 312 + 298 + 341 + 369 = 1.320 of 1.200: 110,00, Sangat Tinggi
--  aduan (rata-rata, negatif): (5,2 + 4,8 + 4,6 + 4,2) / 4 = 18,8 / 4 = 4,70
--    days against 5: (5 - (4,70 - 5)) / 5 x 100 = 5,30 / 5 x 100 = 106,00,
--    Sangat Tinggi
--  indeks-spbe: whole-year 2,41 of 2,60: 0,926923.. -> 92,69, Sangat Tinggi
--  desa-sid (rasio, the ratio indicator): (52 + 47 + 39 + 31) of 205 =
--    169 / 205 = 0,824390.. -> 82,44%; of 80: 82,44 / 80 = 1,0305 -> 103,05,
--    Sangat Tinggi
--  layanan-terintegrasi (terakhir): the fourth quarter, 50,5 of 70:
--    0,721428.. -> 72,14, Sedang (> 65 - 75): belum tercapai
--  p-ikp: 97,5 of 100 -> 97,50, Sangat Tinggi, belum tercapai
--  p-aptika: 88,2 of 85: 1,037647.. -> 103,76, Sangat Tinggi
--  k-media: 12 of 12 -> 100,00; k-domain: 64 of 60: 1,0666.. -> 106,67;
--  k-aplikasi: 23 of 25 -> 92,00, Sangat Tinggi, belum tercapai
SELECT indikator, target, realisasi, capaian, kriteria, status
  FROM lkj.capaian_indikator WHERE instansi = 'diskominfo' AND tahun = 2024
 ORDER BY indikator;

-- Tabel 8: the quarters as printed.  desa-sid: 52 / 205 = 25,365.. -> 25,37;
-- 47 / 205 = 22,926.. -> 22,93; 39 / 205 = 19,024.. -> 19,02; 31 / 205 =
-- 15,121.. -> 15,12; the printed quarters add up to 82,44, the year.
SELECT no, jenis_baris, indikator_kode, target, realisasi_tw1, realisasi_tw2, realisasi_tw3, realisasi_tw4,
       realisasi, capaian, kriteria
  FROM lkj.tabel_8_capaian_kinerja WHERE instansi = 'diskominfo' AND tahun = 2024 ORDER BY urutan;

-- Tabel 14: a sasaran's penyerapan is its programs': sasaran 1 program
-- 2.16.02, 97,92; sasaran 2 program 2.16.03, 96,54.  efisiensi = capaian -
-- penyerapan: 104,26 - 97,92 = 6,34; 110,00 - 97,92 = 12,08; 106,00 - 97,92
-- = 8,08; 92,69 - 96,54 = -3,85; 103,05 - 96,54 = 6,51; 72,14 - 96,54 = -24,40.
SELECT no, jenis_baris, indikator_kode, capaian, anggaran, realisasi_anggaran, penyerapan, efisiensi
  FROM lkj.tabel_14_efisiensi WHERE instansi = 'diskominfo' AND tahun = 2024 ORDER BY urutan;
-- No tujuan row in the budget per goal, only the two sasaran.
SELECT jenis, no, anggaran, realisasi, penyerapan
  FROM lkj.anggaran_tujuan_sasaran WHERE instansi = 'diskominfo' AND tahun = 2024 ORDER BY jenis, no;

-- Section 3.1.1: six sasaran indicators, four at 100% or more
-- (nilai-kip, konten, aduan, desa-sid), two below (indeks-spbe, layanan).
SELECT jenis_baris, status, jumlah, dari FROM lkj.ringkasan_capaian
 WHERE instansi = 'diskominfo' AND tahun = 2024 ORDER BY urutan;
-- The text's staff figures: 17 staff, ASN 11 PNS + 3 PPPK = 14 of 29
-- positions needed: 48,275.. -> 48,28.
SELECT kode, jumlah, dari, persen FROM lkj.ringkasan_pegawai
 WHERE instansi = 'diskominfo' AND tahun = 2024 AND kode IN ('pegawai', 'PNS', 'PPPK', 'ASN') ORDER BY urutan;

-- The report as text ----------------------------------------------------------
-- The header names the head in office at the end of the year (since
-- 1 July); the PK's signature line the head who signed it in January.
SELECT baris FROM regexp_split_to_table(lkj.laporan('diskominfo', 2024), E'\n') AS baris
 WHERE baris LIKE '- %' OR baris LIKE '#%';
-- No tujuan level: no title or row says Tujuan; every column title that
-- says "Tujuan/ Sasaran" for Kunir says Sasaran here.
SELECT count(*) AS baris_tujuan
  FROM regexp_split_to_table(lkj.laporan('diskominfo', 2024), E'\n') AS baris WHERE baris LIKE '%Tujuan%';
SELECT DISTINCT split_part(baris, '|', 3) AS judul_kolom
  FROM regexp_split_to_table(lkj.laporan('diskominfo', 2024), E'\n') AS baris
 WHERE baris LIKE '| No%' ORDER BY 1;
-- Tabel 15 as printed: every level with its code, the figures above in the
-- report's format (its rows have six cells; the appendix's four).
SELECT baris FROM regexp_split_to_table(lkj.laporan('diskominfo', 2024), E'\n') AS baris
 WHERE baris ~ '^(\|[^|]*){6}\|$' AND (baris ~ '^\| +[0-9.]+ \| 2\.16\.' OR baris LIKE '%| JUMLAH %'
                                     OR baris LIKE '%PROGRAM/ KEGIATAN%');
-- Tabel 9's rows: every capaian above as printed.
SELECT split_part(baris, '|', 4) AS indikator, split_part(baris, '|', 6) AS realisasi, split_part(baris, '|', 7) AS capaian
  FROM (SELECT baris, sum((baris LIKE 'Tabel 9 %')::int) OVER (ORDER BY n) - sum((baris LIKE 'Tabel 10 %')::int) OVER (ORDER BY n) AS di_tabel_9
          FROM regexp_split_to_table(lkj.laporan('diskominfo', 2024), E'\n') WITH ORDINALITY AS t (baris, n)) t
 WHERE di_tabel_9 = 1 AND baris ~ '^\| +[0-9]+ \|';
-- One appendix, the PK awal; no PERUBAHAN block.
SELECT baris FROM regexp_split_to_table(lkj.laporan('diskominfo', 2024), E'\n') AS baris
 WHERE baris LIKE 'LAMPIRAN%';

-- The checks ------------------------------------------------------------------------
-- As of 1 January 2025 one finding: both programs' budgets were revised
-- (941.350.000 -> 956.100.000, 909.700.000 -> 905.700.000) without a PK
-- perubahan.  Kunir's five stay as they were.
SELECT instansi, tingkat, tabel, kode, objek FROM lkj.periksa(NULL, 2024, '2025-01-01');

-- A budget year without a PK is a report's year: 2025 with one program of
-- 300.000.000 and no PK, no staff, no assets, no spending, no realisasi.
-- Judged as of 1 January 2026: tanpa_pk, and now the other checks too:
-- anggaran_kosong (no spending in an ended year), sasaran_tanpa_program
-- (sasaran 2 has no program in 2025), sumber_daya_kosong (staff, assets,
-- positions needed: 3), tanpa_realisasi (the six sasaran indicators have a
-- Renstra target for 2025 and no realisasi).  Before, only tanpa_pk.
SAVEPOINT tahun_2025;
INSERT INTO lkj.program (instansi, tahun, kode, no, nama, renstra, sasaran, kode_nasional, kode_cetak,
                         anggaran_awal)
VALUES ('diskominfo', 2025, '2.16.02', 1, 'Program Informasi dan Komunikasi Publik', '2024-2026', 1,
        '2.16.02', '2.16.02', 300000000);
SELECT tahun, ada_pk, berakhir FROM lkj.periksa_tahun_laporan WHERE instansi = 'diskominfo' ORDER BY tahun;
SELECT kode, tingkat, tabel, count(*) AS temuan
  FROM lkj.periksa('diskominfo', 2025, '2026-01-01') GROUP BY 1, 2, 3 ORDER BY 1, 3;
-- Its report: Tabel 5 is one sentence, not an empty table.
SELECT baris FROM regexp_split_to_table(lkj.laporan('diskominfo', 2025), E'\n') WITH ORDINALITY AS t (baris, n)
 WHERE n BETWEEN (SELECT n FROM regexp_split_to_table(lkj.laporan('diskominfo', 2025), E'\n') WITH ORDINALITY AS u (baris, n)
                   WHERE baris LIKE 'Tabel 5 %')
             AND (SELECT n FROM regexp_split_to_table(lkj.laporan('diskominfo', 2025), E'\n') WITH ORDINALITY AS u (baris, n)
                   WHERE baris LIKE 'Tabel 6 %') - 1;
ROLLBACK TO tahun_2025;

-- Sasaran, tahun ke tahun, rasio triwulan (issue 9, items 3, 5, 6, 7) ---------
-- The sasaran rows (lkj.capaian_sasaran): sum and mean of the indicators'
-- capaian as printed, the kriteria of the mean on the Lumajang scale.
--  Sasaran 1: nilai-kip 104,26 + konten 110,00 + aduan 106,00 = 320,26;
--    320,26 / 3 = 106,7533.. -> 106,75, Sangat Tinggi (> 90)
--  Sasaran 2: indeks-spbe 92,69 + desa-sid 103,05 + layanan-terintegrasi
--    72,14 = 267,88; 267,88 / 3 = 89,2933.. -> 89,29, Tinggi (> 75 - 90):
--    three indicators Sangat Tinggi or Sedang, the sasaran Tinggi.
-- Method rata-rata (the default): the sasaran's capaian is the mean.
SELECT urutan, sasaran, jumlah_indikator, jumlah_terukur, jumlah_tanpa_capaian, jumlah_capaian,
       rata_rata_capaian, kriteria_rata_rata, metode, capaian_sasaran, kriteria_sasaran
  FROM lkj.capaian_sasaran WHERE instansi = 'diskominfo' AND tahun = 2024 ORDER BY urutan;
-- laporan prints them as a table of their own after Tabel 8 (Kunir, one
-- indicator a sasaran, has none): counts, 320,26% and 267,88%, the means
-- 106,75% and 89,29% with their kriteria.
CREATE TEMP VIEW tabel_sasaran AS
SELECT t.n, t.baris
  FROM regexp_split_to_table(lkj.laporan('diskominfo', 2024), E'\n') WITH ORDINALITY AS t (baris, n)
 WHERE t.n > (SELECT u.n FROM regexp_split_to_table(lkj.laporan('diskominfo', 2024), E'\n') WITH ORDINALITY AS u (baris, n)
               WHERE u.baris LIKE 'Capaian Sasaran Strategis Tahun%')
   AND t.n < (SELECT u.n FROM regexp_split_to_table(lkj.laporan('diskominfo', 2024), E'\n') WITH ORDINALITY AS u (baris, n)
               WHERE u.baris LIKE 'Ringkasan Capaian Indikator%')
   AND t.baris LIKE '|%';
SELECT regexp_replace(baris, ' {2,}', ' ', 'g') AS baris FROM tabel_sasaran ORDER BY n;
-- The dinas's own method from 2024: the mean of its IKU.
--  Sasaran 1: nilai-kip and aduan: (104,26 + 106,00) / 2 = 210,26 / 2 = 105,13
--  Sasaran 2: indeks-spbe and desa-sid: (92,69 + 103,05) / 2 = 195,74 / 2 =
--    97,87, Sangat Tinggi
-- Then layanan-terintegrasi loses its quarters: left out and counted, the
-- mean of the other two is 97,87 as well (sum 195,74).
SAVEPOINT sasaran;
INSERT INTO lkj.setelan (instansi, berlaku_mulai_tahun, metode_capaian_sasaran) VALUES ('diskominfo', 2024, 'iku');
SELECT sasaran, metode, rata_rata_capaian, capaian_sasaran, kriteria_sasaran
  FROM lkj.capaian_sasaran WHERE instansi = 'diskominfo' AND tahun = 2024 ORDER BY urutan;
-- the report's table gains the sasaran's capaian by the method: 105,13% (iku)
-- and 97,87% (iku), Sangat Tinggi
SELECT regexp_replace(baris, ' {2,}', ' ', 'g') AS baris FROM tabel_sasaran ORDER BY n;
DELETE FROM lkj.realisasi WHERE instansi = 'diskominfo' AND indikator = 'layanan-terintegrasi';
SELECT sasaran, jumlah_indikator, jumlah_terukur, jumlah_tanpa_capaian, jumlah_capaian, rata_rata_capaian, kriteria_rata_rata
  FROM lkj.capaian_sasaran WHERE instansi = 'diskominfo' AND tahun = 2024 AND sasaran = 2;
ROLLBACK TO sasaran;

-- The ratio by quarter: p-aduan-tepat (rasio_jumlah), 40/45, 52/60, 47/52,
-- 58/64: (40 + 52 + 47 + 58) / (45 + 60 + 52 + 64) = 197 / 221 =
-- 0,891402.. -> 89,14%; against 85: 89,14 / 85 = 1,048705.. -> 104,87,
-- Sangat Tinggi.  Under rasio the quarters are refused: they would give
-- 197 / 64 = 307,81% (sql/rasio.sql).
SELECT indikator, target, realisasi, capaian, kriteria, status
  FROM lkj.capaian_indikator WHERE instansi = 'diskominfo' AND indikator = 'p-aduan-tepat';
SAVEPOINT rasio;
\set ON_ERROR_STOP 0
\set SHOW_CONTEXT never
UPDATE lkj.indikator SET agregasi = 'rasio' WHERE instansi = 'diskominfo' AND kode = 'p-aduan-tepat';
\set SHOW_CONTEXT errors
\set ON_ERROR_STOP 1
ROLLBACK TO rasio;
-- Tabel 6 prints it under its program with its PK target, 85%.
SELECT baris FROM regexp_split_to_table(lkj.laporan('diskominfo', 2024), E'\n') AS baris
 WHERE baris LIKE '%aduan masyarakat yang diselesaikan%';

-- Year on year: 2025 measured for two indicators (whole-year rows; no PK,
-- so the Renstra's 2025 targets hold).
--  nilai-kip 90,3 of 87,5: 1,032 -> 103,20; 2024 104,26: 103,20 - 104,26 =
--    -1,06 points, turun
--  indeks-spbe 2,95 of 2,80: 1,053571.. -> 105,36; 2024 92,69: 105,36 -
--    92,69 = 12,67 points, naik
--  the other four: no 2025 capaian, no change.
-- Tabel 10 of 2026 puts 2024 (tahun_4) and 2025 (tahun_5) side by side.
SAVEPOINT tahun_ke_tahun;
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES
    ('diskominfo', 'nilai-kip', 2025, NULL, 90.3),
    ('diskominfo', 'indeks-spbe', 2025, NULL, 2.95);
SELECT no, indikator_kode, tahun_4, capaian_4, tahun_5, capaian_5, selisih_5, arah_5
  FROM lkj.tabel_10_perbandingan_tahun WHERE instansi = 'diskominfo' AND tahun = 2026 ORDER BY urutan;
ROLLBACK TO tahun_ke_tahun;

-- Display: the SPBE index prints three decimals in every table (targets
-- 2,6 -> 2,600 and 3 -> 3,000, realisasi 2,41 -> 2,410; computed
-- percentages keep two); the content count prints none, as its figures
-- already had; the unit stays after the figure (the regency's default, as
-- Kunir's).  Every line of the document with a figure of the SPBE index:
SELECT regexp_replace(baris, ' {2,}', ' ', 'g') AS baris
  FROM regexp_split_to_table(lkj.laporan('diskominfo', 2024), E'\n') AS baris
 WHERE baris LIKE '| %Indeks Sistem Pemerintahan%' AND baris ~ '[0-9],[0-9]';

ROLLBACK;
