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
--   kriteria on the dinas's own scale from 2024 (data file, section
--     "Skala, efisiensi, batas" at the end): >= 91 Sangat Baik, 76 - 90 Baik,
--     66 - 75 Cukup, <= 65 Kurang, a gap Tidak Masuk Skala; graded on the
--     capaian capped at 100 (a figure above 100 is graded as 100).
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
--  nilai-kip: whole-year 88,62 of 85: 1,042588.. -> 104,26 (graded 100),
--    Sangat Baik
--  konten (jumlah): 312 + 298 + 341 + 369 = 1.320 of 1.200: 110,00 (graded
--    100), Sangat Baik
--  aduan (rata-rata, negatif): (5,2 + 4,8 + 4,6 + 4,2) / 4 = 18,8 / 4 = 4,70
--    days against 5: (5 - (4,70 - 5)) / 5 x 100 = 5,30 / 5 x 100 = 106,00
--    (graded 100), Sangat Baik
--  indeks-spbe: whole-year 2,41 of 2,60: 0,926923.. -> 92,69, Sangat Baik
--  desa-sid (rasio, the ratio indicator): (52 + 47 + 39 + 31) of 205 =
--    169 / 205 = 0,824390.. -> 82,44%; of 80: 82,44 / 80 = 1,0305 -> 103,05
--    (graded 100), Sangat Baik
--  layanan-terintegrasi (terakhir): the fourth quarter, 50,5 of 70:
--    0,721428.. -> 72,14, Cukup (66 - 75): belum tercapai
--  p-ikp: 97,5 of 100 -> 97,50, Sangat Baik, belum tercapai
--  p-aptika: 88,2 of 85: 1,037647.. -> 103,76 (graded 100), Sangat Baik
--  k-media: 12 of 12 -> 100,00; k-domain: 64 of 60: 1,0666.. -> 106,67
--    (graded 100); k-aplikasi: 23 of 25 -> 92,00, Sangat Baik, belum tercapai
--  p-aduan-tepat (rasio_jumlah, section "Sasaran, tahun ke tahun" below):
--    197 / 221 -> 89,14% of 85 -> 104,87 (graded 100), Sangat Baik
--  (a capped capaian is still 100 or more: the statuses are the raw ones)
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
-- 2.16.02, 97,92; sasaran 2 program 2.16.03, 96,54.  efisiensi (selisih) =
-- graded capaian - penyerapan, the cap 100 standing for 104,26, 110,00,
-- 106,00 and 103,05: 100 - 97,92 = 2,08 (three times); 92,69 - 96,54 =
-- -3,85; 100 - 96,54 = 3,46; 72,14 - 96,54 = -24,40.  (The ratio method the
-- dinas prints: section "Skala, efisiensi, batas" at the end.)
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
-- Tabel 9's rows: every capaian above as the dinas prints it, its cap
-- printed (cetak_batas_capaian batas): the four above 100 (104,26, 110,00,
-- 106,00, 103,05) as "100,00% (>100%)", 92,69 and 72,14 as they are.
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


-- Skala, efisiensi, batas (issue 9) ---------------------------------------------
-- The dinas's settings from 2024 (the data file's last block): its own
-- 4-band scale with gaps, the ratio efficiency method with the verdict
-- Efisien from IE 1, capaian capped at 100 and printed "100,00% (>100%)".
-- Kunir, under the regency's row only, keeps 1.0's: the Lumajang scale,
-- selisih, no cap, the raw figure.
SELECT instansi, tahun, skala_kriteria, metode_efisiensi, putusan_efisiensi, batas_capaian, cetak_batas_capaian
  FROM lkj.setelan_berlaku WHERE tahun = 2024 ORDER BY instansi;

-- The scale as the Renstra words it: whole numbers, so 90 < x < 91,
-- 75 < x < 76 and 65 < x < 66 are in no band.  Tabel 7 prints the bands as
-- written; a capaian in a gap is graded Tidak Masuk Skala (urutan NULL),
-- one on a printed bound is in its band: 91 Sangat Baik, 90 and 76 Baik,
-- 75 and 66 Cukup, 65 Kurang.
SELECT no, label, batas_bawah, bawah_inklusif, batas_atas, atas_inklusif, interval
  FROM lkj.rentang_skala(lkj.skala_bernama('diskominfo-lumajang'));
SELECT c AS capaian, (lkj.pita_kriteria(c, 'diskominfo-lumajang')).*
  FROM unnest(ARRAY[91, 90.5, 90, 76, 75.5, 75, 66, 65.5, 65, 0]::numeric[]) AS c;
SELECT baris FROM regexp_split_to_table(lkj.laporan('diskominfo', 2024), E'\n') AS baris
 WHERE baris ~ '^\| +[0-9]\. \| +[≥≤0-9][^|]*% +\|';

-- The cap: a capaian above 100 is graded 100,00 and printed "100,00%
-- (>100%)"; one at or below it is graded and printed as it is.
--  aduan 106,00, desa-sid 103,05, k-domain 106,67, konten 110,00, nilai-kip
--    104,26, p-aptika 103,76 -> 100,00, "100,00% (>100%)", Sangat Baik,
--    tercapai (100 is still 100 or more: section 3.1.1's counts stay 4 and 2)
--  k-media 100,00 (not above the cap) -> 100,00, "100,00%"
--  p-aduan-tepat 104,87 -> 100,00, "100,00% (>100%)", Sangat Baik
--  indeks-spbe 92,69, k-aplikasi 92,00, p-ikp 97,50 -> as they are, "92,69%",
--    "92,00%", "97,50%", Sangat Baik; layanan-terintegrasi 72,14, Cukup
SELECT indikator, capaian, capaian_dinilai, batas_capaian, capaian_cetak, kriteria, status
  FROM lkj.capaian_indikator WHERE instansi = 'diskominfo' AND tahun = 2024 ORDER BY indikator;

-- Efficiency by every method, on the graded capaian (capped) and the
-- sasaran's penyerapan (97,92 for sasaran 1, 96,54 for sasaran 2):
--  rasio: IE = capaian / penyerapan, half away from zero to 3 decimals;
--    TE = (IE - 1) x 100 from that IE; Efisien where IE >= 1.
--    nilai-kip, konten, aduan: 100 / 97,92 = 1,021241.. -> 1,021; TE 2,10;
--      Efisien
--    indeks-spbe: 92,69 / 96,54 = 0,960120.. -> 0,960; TE -4,00; Tidak Efisien
--    desa-sid: 100 / 96,54 = 1,035840.. -> 1,036; TE 3,60; Efisien
--    layanan-terintegrasi: 72,14 / 96,54 = 0,747255.. -> 0,747; TE -25,30;
--      Tidak Efisien
--  selisih: 2,08 (three times), -3,85, 3,46, -24,40 (Tabel 14's section)
--  penghematan: sasaran 1: 956.100.000 - 936.252.830 = 19.847.170, of
--    956.100.000: 2,0758.. -> 2,08; sasaran 2: 905.700.000 - 874.354.725 =
--    31.345.275, 3,4609.. -> 3,46; Efisien where spending is within the
--    budget (both) and the graded capaian is 100 or more: nilai-kip, konten,
--    aduan, desa-sid; Tidak Efisien: indeks-spbe (92,69), layanan (72,14)
SELECT indikator_kode, metode, capaian_dinilai, penyerapan, selisih, indeks_efisiensi, tingkat_efisiensi,
       putusan_rasio, penghematan, persen_penghematan, putusan_penghematan
  FROM lkj.efisiensi_kinerja WHERE instansi = 'diskominfo' AND tahun = 2024 ORDER BY urutan;
-- Tabel 14 carries the method in force and its verdict (putusan).
SELECT no, indikator_kode, capaian_cetak, metode, indeks_efisiensi, tingkat_efisiensi, putusan
  FROM lkj.tabel_14_efisiensi WHERE instansi = 'diskominfo' AND tahun = 2024 ORDER BY urutan;
-- As printed: the ratio method's table, the figures above in the report's
-- format (1,021; 2,10%), the capped capaian as the dinas prints it, and the
-- formula with the verdict's scale under it.
SELECT baris FROM regexp_split_to_table(lkj.laporan('diskominfo', 2024), E'\n') WITH ORDINALITY AS t (baris, n)
 WHERE n BETWEEN (SELECT n FROM regexp_split_to_table(lkj.laporan('diskominfo', 2024), E'\n') WITH ORDINALITY AS u (baris, n)
                   WHERE baris LIKE 'Tabel 14 %')
             AND (SELECT n FROM regexp_split_to_table(lkj.laporan('diskominfo', 2024), E'\n') WITH ORDINALITY AS u (baris, n)
                   WHERE baris LIKE 'Tabel 15 %') - 1;

-- Changing the method and the cap from 2025 leaves the 2024 report byte for
-- byte: the dinas goes back to selisih, lifts its cap (0) and prints raw
-- figures from 2025; Kunir takes the ratio method and a cap of 100 from
-- 2025.  Each 2024 report has the same md5 before and after; the 2025
-- settings are the new ones.
CREATE TEMP TABLE laporan_2024 AS
SELECT i AS instansi, md5(lkj.laporan(i, 2024)) AS md5 FROM unnest(ARRAY['diskominfo', 'kunir']) AS i;
SAVEPOINT setelan_2025;
INSERT INTO lkj.setelan (instansi, berlaku_mulai_tahun, metode_efisiensi, batas_capaian, cetak_batas_capaian)
VALUES ('diskominfo', 2025, 'selisih', 0, 'mentah'),
       ('kunir', 2025, 'rasio', 100, 'batas');
SELECT l.instansi, md5(lkj.laporan(l.instansi, 2024)) = l.md5 AS laporan_2024_sama FROM laporan_2024 l ORDER BY 1;
SELECT instansi, tahun, metode_efisiensi, batas_capaian, cetak_batas_capaian
  FROM lkj.setelan_berlaku WHERE instansi IN ('diskominfo', 'kunir') AND tahun IN (2024, 2025) ORDER BY 1, 2;
ROLLBACK TO setelan_2025;

-- Sasaran, tahun ke tahun, rasio triwulan (issue 9, items 3, 5, 6, 7) ---------
-- The sasaran rows (lkj.capaian_sasaran): sum and mean of the capaian the
-- indicators are graded with (the dinas caps at 100, section above), the
-- kriteria of the mean on the dinas's scale (Sangat Baik >= 91, Baik 76 -
-- 90, Cukup 66 - 75, Kurang <= 65).
--  Sasaran 1: nilai-kip 104,26, konten 110,00, aduan 106,00, each graded
--    100,00: 300,00; 300,00 / 3 = 100,00, Sangat Baik
--  Sasaran 2: indeks-spbe 92,69 + desa-sid 100,00 (103,05 capped) +
--    layanan-terintegrasi 72,14 = 264,83; 264,83 / 3 = 88,2766.. -> 88,28,
--    Baik: indicators Sangat Baik, Sangat Baik and Cukup, the sasaran Baik.
-- Method rata-rata (the default): the sasaran's capaian is the mean.
SELECT urutan, sasaran, jumlah_indikator, jumlah_terukur, jumlah_tanpa_capaian, jumlah_capaian,
       rata_rata_capaian, kriteria_rata_rata, metode, capaian_sasaran, kriteria_sasaran
  FROM lkj.capaian_sasaran WHERE instansi = 'diskominfo' AND tahun = 2024 ORDER BY urutan;
-- laporan prints them as a table of their own after Tabel 8 (Kunir, one
-- indicator a sasaran, has none): counts, 300,00% and 264,83%, the means
-- 100,00% and 88,28% with their kriteria.
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
--  Sasaran 1: nilai-kip and aduan, both graded 100,00: 200,00 / 2 = 100,00
--  Sasaran 2: indeks-spbe and desa-sid: (92,69 + 100,00) / 2 = 192,69 / 2 =
--    96,345 -> 96,35 (half away from zero), Sangat Baik
-- Then layanan-terintegrasi loses its quarters: left out and counted, the
-- mean of the other two is 96,35 as well (sum 192,69).
SAVEPOINT sasaran;
-- (the dinas's settings row of 2024, data file, gains the method)
UPDATE lkj.setelan SET metode_capaian_sasaran = 'iku' WHERE instansi = 'diskominfo' AND berlaku_mulai_tahun = 2024;
SELECT sasaran, metode, rata_rata_capaian, capaian_sasaran, kriteria_sasaran
  FROM lkj.capaian_sasaran WHERE instansi = 'diskominfo' AND tahun = 2024 ORDER BY urutan;
-- the report's table gains the sasaran's capaian by the method: 100,00% (iku)
-- and 96,35% (iku), Sangat Baik
SELECT regexp_replace(baris, ' {2,}', ' ', 'g') AS baris FROM tabel_sasaran ORDER BY n;
DELETE FROM lkj.realisasi WHERE instansi = 'diskominfo' AND indikator = 'layanan-terintegrasi';
SELECT sasaran, jumlah_indikator, jumlah_terukur, jumlah_tanpa_capaian, jumlah_capaian, rata_rata_capaian, kriteria_rata_rata
  FROM lkj.capaian_sasaran WHERE instansi = 'diskominfo' AND tahun = 2024 AND sasaran = 2;
ROLLBACK TO sasaran;

-- The ratio by quarter: p-aduan-tepat (rasio_jumlah), 40/45, 52/60, 47/52,
-- 58/64: (40 + 52 + 47 + 58) / (45 + 60 + 52 + 64) = 197 / 221 =
-- 0,891402.. -> 89,14%; against 85: 89,14 / 85 = 1,048705.. -> 104,87,
-- graded 100 (the cap), Sangat Baik.  Under rasio the quarters are refused: they would give
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


-- The cap wherever a capaian prints (issue 9, item 4) ------------------------
-- nilai-kip: 104,26 above the cap 100, printed "100,00% (>100%)" in Tabel
-- 8, 9, 11 (against the Renstra's 2024 target) and 13 as in Tabel 14;
-- indeks-spbe (92,69) below it, printed 92,69% everywhere.  The views carry
-- the raw figure (capaian) and the graded and printed ones beside it.
SELECT 8 AS tabel, indikator_kode, capaian, capaian_dinilai, capaian_cetak FROM lkj.tabel_8_capaian_kinerja
 WHERE instansi = 'diskominfo' AND tahun = 2024 AND indikator_kode IN ('nilai-kip', 'indeks-spbe')
UNION ALL
SELECT 9, indikator_kode, capaian, capaian_dinilai, capaian_cetak FROM lkj.tabel_9_target_realisasi
 WHERE instansi = 'diskominfo' AND tahun = 2024 AND indikator_kode IN ('nilai-kip', 'indeks-spbe')
UNION ALL
SELECT 11, indikator_kode, capaian, capaian_dinilai, capaian_cetak FROM lkj.tabel_11_capaian_renstra
 WHERE instansi = 'diskominfo' AND tahun = 2024 AND indikator_kode IN ('nilai-kip', 'indeks-spbe')
UNION ALL
SELECT 12, indikator_kode, capaian, capaian_dinilai, capaian_cetak FROM lkj.tabel_12_target_akhir_renstra
 WHERE instansi = 'diskominfo' AND tahun = 2024 AND indikator_kode IN ('nilai-kip', 'indeks-spbe')
UNION ALL
SELECT 13, indikator_kode, capaian, capaian_dinilai, capaian_cetak FROM lkj.tabel_13_standar_nasional
 WHERE instansi = 'diskominfo' AND tahun = 2024 AND indikator_kode IN ('nilai-kip', 'indeks-spbe')
 ORDER BY 1, 2;
-- Tabel 10 of 2025 prints 2024 (tahun_5) as the cap of 2024 says.
SELECT indikator_kode, capaian_5, capaian_cetak_5 FROM lkj.tabel_10_perbandingan_tahun
 WHERE instansi = 'diskominfo' AND tahun = 2025 AND indikator_kode IN ('nilai-kip', 'indeks-spbe') ORDER BY 1;
-- Every line of the document with nilai-kip's capaian: the capped form in
-- Tabel 8, 9, 11, 12, 13 and 14, the raw 104,26 nowhere.
SELECT regexp_replace(baris, ' {2,}', ' ', 'g') AS baris
  FROM regexp_split_to_table(lkj.laporan('diskominfo', 2024), E'\n') AS baris
 WHERE baris LIKE '| %Nilai Keterbukaan Informasi Publik%' AND baris LIKE '%\%%';
-- Printed mentah from 2024 on, every one of those prints 104,26% again.
SAVEPOINT mentah;
UPDATE lkj.setelan SET cetak_batas_capaian = 'mentah' WHERE instansi = 'diskominfo' AND berlaku_mulai_tahun = 2024;
SELECT count(*) FILTER (WHERE baris LIKE '%104,26%%') AS mentah, count(*) FILTER (WHERE baris LIKE '%(>100%)%') AS batas
  FROM regexp_split_to_table(lkj.laporan('diskominfo', 2024), E'\n') AS baris
 WHERE baris LIKE '| %Nilai Keterbukaan Informasi Publik%';
ROLLBACK TO mentah;

-- The unit of measure in a column of its own (satuan_cetak kolom) -------------
-- Every table that prints a target or a realisasi gains a Satuan column
-- after the indicator (Tabel 3 has one already) and prints bare figures:
-- nilai-kip's target 85 "Nilai" prints 85,00 -> "85" beside "Nilai", its
-- realisasi "88,62".  Titles of every such table, then nilai-kip's rows.
-- A national standard of 80 for nilai-kip (the dinas has none) shows that
-- Tabel 13's standard column follows too: "80", not "80 Nilai".
SAVEPOINT satuan_kolom;
UPDATE lkj.setelan SET satuan_cetak = 'kolom' WHERE instansi = 'diskominfo' AND berlaku_mulai_tahun = 2024;
INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai) VALUES ('diskominfo', 'nilai-kip', 2024, 'standar_nasional', 80);
SELECT DISTINCT regexp_replace(baris, ' {2,}', ' ', 'g') AS judul
  FROM regexp_split_to_table(lkj.laporan('diskominfo', 2024), E'\n') AS baris
 WHERE baris ~* '^\| +(No\.?|NO) +\|' AND baris ~* 'Satuan' ORDER BY 1;
SELECT regexp_replace(baris, ' {2,}', ' ', 'g') AS baris
  FROM regexp_split_to_table(lkj.laporan('diskominfo', 2024), E'\n') AS baris
 WHERE baris LIKE '| %Nilai Keterbukaan Informasi Publik%';
-- No figure keeps its unit: no cell ends in " Nilai" (the unit after a figure).
SELECT count(*) AS satuan_setelah_angka
  FROM regexp_split_to_table(lkj.laporan('diskominfo', 2024), E'\n') AS baris
 WHERE baris ~ '[0-9] Nilai +\|';
ROLLBACK TO satuan_kolom;

-- The weighted sasaran capaian (metode_capaian_sasaran bobot) ----------------
-- sum(bobot x capaian_dinilai) / sum(bobot) over the measured indicators.
-- Weights: sasaran 1 nilai-kip 1, konten 1, aduan 1 (all graded 100,00):
--   (100 + 100 + 100) / 3 = 100,00, Sangat Baik.
-- Sasaran 2 indeks-spbe 2, desa-sid 1, layanan-terintegrasi 1:
--   (2 x 92,69 + 1 x 100,00 + 1 x 72,14) / 4 = (185,38 + 100,00 + 72,14) / 4
--   = 357,52 / 4 = 89,38, Baik (76 - 90), where the plain mean is 88,28.
SAVEPOINT bobot;
UPDATE lkj.setelan SET metode_capaian_sasaran = 'bobot' WHERE instansi = 'diskominfo' AND berlaku_mulai_tahun = 2024;
UPDATE lkj.indikator SET bobot = CASE kode WHEN 'indeks-spbe' THEN 2 ELSE 1 END
 WHERE instansi = 'diskominfo' AND kode IN ('nilai-kip', 'konten', 'aduan', 'indeks-spbe', 'desa-sid', 'layanan-terintegrasi');
SELECT sasaran, metode, jumlah_tanpa_bobot, rata_rata_capaian, rata_rata_bobot, capaian_sasaran, kriteria_sasaran
  FROM lkj.capaian_sasaran WHERE instansi = 'diskominfo' AND tahun = 2024 ORDER BY urutan;
SELECT regexp_replace(baris, ' {2,}', ' ', 'g') AS baris FROM tabel_sasaran ORDER BY n;
-- The year reweighs: layanan-terintegrasi 2 in 2024 (lkj.indikator_tahun):
--   (185,38 + 100,00 + 2 x 72,14) / 5 = 429,66 / 5 = 85,932 -> 85,93, Baik.
INSERT INTO lkj.indikator_tahun (instansi, indikator, tahun, bobot) VALUES ('diskominfo', 'layanan-terintegrasi', 2024, 2);
SELECT sasaran, rata_rata_bobot, capaian_sasaran, kriteria_sasaran
  FROM lkj.capaian_sasaran WHERE instansi = 'diskominfo' AND tahun = 2024 AND sasaran = 2;
-- An indicator without a capaian leaves its weight out of the divisor too:
-- layanan-terintegrasi loses its quarters, (2 x 92,69 + 1 x 100,00) / 3 =
-- 285,38 / 3 = 95,1266.. -> 95,13, Sangat Baik (>= 91).
SAVEPOINT bobot_terukur;
DELETE FROM lkj.realisasi WHERE instansi = 'diskominfo' AND indikator = 'layanan-terintegrasi';
SELECT sasaran, jumlah_terukur, jumlah_tanpa_bobot, rata_rata_bobot, capaian_sasaran, kriteria_sasaran
  FROM lkj.capaian_sasaran WHERE instansi = 'diskominfo' AND tahun = 2024 AND sasaran = 2;
ROLLBACK TO bobot_terukur;
-- Refused: a weight of 0 or below, NaN, an infinity (23514).
\set ON_ERROR_STOP 0
\set ON_ERROR_ROLLBACK on
\set VERBOSITY terse
UPDATE lkj.indikator SET bobot = 0 WHERE instansi = 'diskominfo' AND kode = 'konten';
UPDATE lkj.indikator SET bobot = -1 WHERE instansi = 'diskominfo' AND kode = 'konten';
UPDATE lkj.indikator SET bobot = 'NaN' WHERE instansi = 'diskominfo' AND kode = 'konten';
UPDATE lkj.indikator_tahun SET bobot = 'Infinity' WHERE instansi = 'diskominfo' AND indikator = 'layanan-terintegrasi';
UPDATE lkj.indikator_tahun SET bobot = 0 WHERE instansi = 'diskominfo' AND indikator = 'layanan-terintegrasi';
-- An indicator without a weight: the sasaran has no capaian (NULL, counted
-- in jumlah_tanpa_bobot) and the report is refused (23502), naming it.
UPDATE lkj.indikator SET bobot = NULL WHERE instansi = 'diskominfo' AND kode = 'aduan';
SELECT sasaran, jumlah_tanpa_bobot, rata_rata_bobot, capaian_sasaran, kriteria_sasaran
  FROM lkj.capaian_sasaran WHERE instansi = 'diskominfo' AND tahun = 2024 AND sasaran = 1;
\set VERBOSITY default
\set SHOW_CONTEXT never
SELECT length(lkj.laporan('diskominfo', 2024)) > 0;
\set SHOW_CONTEXT errors
\unset ON_ERROR_ROLLBACK
\set ON_ERROR_STOP 1
ROLLBACK TO bobot;

-- SMART DJA's efficiency (metode_efisiensi smart) ----------------------------
-- E = (anggaran x capaian / 100 - realisasi) / (anggaran x capaian / 100) x
-- 100, nilai efisiensi = 50 + E / 20 x 50 held to 0 - 100.  Sasaran 1
-- (program 2.16.02: anggaran 956.100.000, realisasi 936.252.830), every
-- indicator graded 100,00: E = (956.100.000 - 936.252.830) / 956.100.000 x
-- 100 = 19.847.170 / 956.100.000 x 100 = 2,0758.. -> 2,08; nilai 50 + 2,08
-- x 2,5 = 55,20.
-- Sasaran 2 (program 2.16.03: anggaran 905.700.000, realisasi 874.354.725):
--   indeks-spbe 92,69: pagu x capaian = 839.493.330; (839.493.330 -
--     874.354.725) / 839.493.330 = -34.861.395 / 839.493.330 = -4,1526.. ->
--     -4,15; 50 - 4,15 x 2,5 = 39,625 -> 39,63
--   desa-sid 100,00: (905.700.000 - 874.354.725) / 905.700.000 = 31.345.275
--     / 905.700.000 = 3,4609.. -> 3,46; 50 + 8,65 = 58,65
--   layanan-terintegrasi 72,14: 653.371.980; (653.371.980 - 874.354.725) /
--     653.371.980 = -220.982.745 / 653.371.980 = -33,8218.. -> -33,82;
--     50 - 84,55 = -34,55, held to 0,00
-- The capped capaian prints as the dinas prints it; the formula under the table.
SAVEPOINT smart;
UPDATE lkj.setelan SET metode_efisiensi = 'smart' WHERE instansi = 'diskominfo' AND berlaku_mulai_tahun = 2024;
SELECT indikator_kode, capaian_dinilai, anggaran, realisasi_anggaran, efisiensi_smart, nilai_efisiensi_smart, metode, putusan
  FROM lkj.tabel_14_efisiensi WHERE instansi = 'diskominfo' AND tahun = 2024 ORDER BY urutan;
SELECT baris FROM regexp_split_to_table(lkj.laporan('diskominfo', 2024), E'\n') WITH ORDINALITY AS t (baris, n)
 WHERE n BETWEEN (SELECT n FROM regexp_split_to_table(lkj.laporan('diskominfo', 2024), E'\n') WITH ORDINALITY AS u (baris, n)
                   WHERE baris LIKE 'Tabel 14 %')
             AND (SELECT n FROM regexp_split_to_table(lkj.laporan('diskominfo', 2024), E'\n') WITH ORDINALITY AS u (baris, n)
                   WHERE baris LIKE 'Tabel 15 %') - 1;
ROLLBACK TO smart;

ROLLBACK;
