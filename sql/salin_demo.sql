-- The demo units' 2024 copied into 2025 with lkj.salin_tahun(), twice in a
-- row, then 2025 entered as a planner enters a new year (issue 8, "Done
-- when"): the dinas (data/diskominfo_2024.sql: sub-kegiatan budgets, no
-- tujuan level, a PK without revision, a head changed mid-year), the
-- directorate (data/dit-peipd_2024.sql: no pemda, its Renstra 2020-2024
-- ending, so 2025 lies in the next one) and Kecamatan Kunir.  Each unit's
-- 2024 report stays byte for byte what it was; a third copy after 2025 is
-- entered changes nothing.
--
-- Rules, as the seed states them (../shared/seed/README.md):
--   penyerapan = realisasi / anggaran x 100; capaian = realisasi / target x
--     100, negative: (2 x target - realisasi) / target x 100; each rounded
--     half away from zero to 2 decimals;
--   the year of an indicator: jumlah adds its quarters, rata-rata takes
--     their mean, terakhir the last one, rasio sums the numerators over the
--     year's denominator;
--   kriteria: the dinas's own scale from 2024 (data file: Sangat Baik >= 91,
--     Baik 76 - 90, Cukup 66 - 75, Kurang <= 65; capaian capped at 100 for
--     grading); permendagri-86-2017 for the directorate (>= 91 Sangat Tinggi).
SET datestyle = 'ISO, YMD';
SET extra_float_digits = 0;
SET lc_numeric = 'C';
\set ON_ERROR_STOP 1
BEGIN;
\set ECHO none
\i data/kunir_2024.sql
\i data/diskominfo_2024.sql
\i data/dit-peipd_2024.sql
\set ECHO all

-- Each unit's 2024 report as printed before anything of 2025 exists.
CREATE TEMP TABLE laporan_2024 AS
SELECT u.kode, md5(lkj.laporan(u.kode, 2024)) AS md5
  FROM lkj.instansi u;
SELECT kode FROM laporan_2024 ORDER BY kode;

-- The directorate's next Renstra (2025-2029, the RPJMN period), entered
-- before the copy: its two sasaran keep their numbers, so the programs
-- move onto them.
INSERT INTO lkj.renstra (instansi, kode, nama, tahun_awal, tahun_akhir, jenis)
VALUES ('dit-peipd', '2025-2029', 'Renstra Ditjen Bina Pembangunan Daerah 2025-2029', 2025, 2029, 'induk');
INSERT INTO lkj.sasaran (instansi, renstra, no, tujuan, uraian) VALUES
    ('dit-peipd', '2025-2029', 1, NULL, 'Meningkatnya kualitas dan keselarasan perencanaan pembangunan daerah'),
    ('dit-peipd', '2025-2029', 2, NULL, 'Meningkatnya kualitas evaluasi dan tata kelola data pembangunan daerah');

-- First copy.  Expected counts, from the data files:
--   diskominfo: 2 programs, 3 kegiatan, 6 sub-kegiatan, 6 year-level
--     indicators (p-ikp, p-aptika, p-aduan-tepat, k-media, k-domain,
--     k-aplikasi), no
--     per-year override of a Renstra indicator, 1 head (the one in office
--     on 31 December 2024, Dr. Ratna, who took office on 1 July);
--   dit-peipd: 2 programs, 3 kegiatan, no sub-kegiatan, no year-level
--     indicator, 1 head;
--   kunir: 6 programs, 12 kegiatan (1.1-1.6, 2.1-2.2, 3.1-3.2, 4.1, 5.1),
--     20 year-level indicators (p1-p5, 3 of program 6, 12 of kegiatan), no
--     head: its heads are recorded for every year of its Renstra already
--     (data/kunir_2024.sql, as the upgrade from 1.0 records them), and the
--     copy never overwrites what a year has.
SELECT u.kode, s.objek, s.disalin
  FROM (VALUES ('diskominfo'), ('dit-peipd'), ('kunir')) AS u (kode)
 CROSS JOIN LATERAL lkj.salin_tahun(u.kode, 2024, 2025) s
 ORDER BY u.kode, s.objek;

-- Second copy, at once: nothing.
SELECT u.kode, sum(s.disalin) AS disalin
  FROM (VALUES ('diskominfo'), ('dit-peipd'), ('kunir')) AS u (kode)
 CROSS JOIN LATERAL lkj.salin_tahun(u.kode, 2024, 2025) s
 GROUP BY u.kode ORDER BY u.kode;

-- 2025's structure is 2024's: the same codes, numbers, names and national
-- codes at every level (the rows of 2024 EXCEPT those of 2025: none), and
-- no money (every 2025 figure NULL).
SELECT jenis, kode, no, nama, kode_cetak FROM lkj.anggaran_rinci WHERE tahun = 2024
EXCEPT
SELECT jenis, kode, no, nama, kode_cetak FROM lkj.anggaran_rinci WHERE tahun = 2025;
SELECT instansi, jenis, count(*) AS baris,
       count(anggaran_awal) + count(anggaran_perubahan) + count(realisasi) AS angka
  FROM lkj.anggaran_rinci WHERE tahun = 2025
 GROUP BY instansi, jenis ORDER BY instansi, jenis;
-- The directorate's programs now hang on the sasaran of its 2025-2029 Renstra.
SELECT instansi, kode, renstra, sasaran FROM lkj.program
 WHERE instansi = 'dit-peipd' ORDER BY tahun, kode;
-- The heads of 2025: each unit's head at the end of 2024, from 1 January.
SELECT instansi, tahun, mulai, nama FROM lkj.kepala_instansi WHERE tahun = 2025 ORDER BY instansi;

-- Renstra targets carry over by the indicator's identity: before any PK of
-- 2025, the dinas's targets in force for 2025 are its Renstra's 2025 column
-- (data file: nilai-kip 87,5, konten 1.300, aduan 4,5, indeks-spbe 2,80,
-- desa-sid 88, layanan-terintegrasi 78).
SELECT indikator, dokumen, nilai FROM lkj.target_berlaku
 WHERE instansi = 'diskominfo' AND tahun = 2025 ORDER BY indikator;

-- Entering 2025 ---------------------------------------------------------------
-- The dinas.  The DPA 2025 (no revision), spending to 31 December:
--  .0002 180.000.000, spent 171.000.000: 0,95 -> 95,00
--  .0005 650.000.000, spent 637.000.000: 0,98 -> 98,00
--  .0006 150.000.000, spent 141.000.000: 0,94 -> 94,00
--  kegiatan 2.16.02.2.01 = program 2.16.02: 980.000.000, spent
--    171.000.000 + 637.000.000 + 141.000.000 = 949.000.000:
--    0,968367.. -> 96,84
--  .0001 100.000.000, spent 99.000.000: 0,99 -> 99,00 (= kegiatan 2.16.03.2.01)
--  .0004 260.000.000, spent 247.000.000: 0,95 -> 95,00
--  .0007 540.000.000, spent 529.200.000: 0,98 -> 98,00
--  kegiatan 2.16.03.2.02: 800.000.000, spent 776.200.000: 0,97025 exactly
--    -> 97,03 (half away from zero; half to even would give 97,02)
--  program 2.16.03: 900.000.000, spent 875.200.000: 0,972444.. -> 97,24
UPDATE lkj.sub_kegiatan s
   SET anggaran_awal = v.awal, realisasi = v.realisasi
  FROM (VALUES ('2.16.02.2.01.0002', 180000000, 171000000),
               ('2.16.02.2.01.0005', 650000000, 637000000),
               ('2.16.02.2.01.0006', 150000000, 141000000),
               ('2.16.03.2.01.0001', 100000000, 99000000),
               ('2.16.03.2.02.0004', 260000000, 247000000),
               ('2.16.03.2.02.0007', 540000000, 529200000)) AS v (kode, awal, realisasi)
 WHERE s.instansi = 'diskominfo' AND s.tahun = 2025 AND s.kode = v.kode;
-- The PK 2025, signed by the head of 2025.
INSERT INTO lkj.perjanjian_kinerja (instansi, tahun, jenis, tanggal, tempat,
        pihak_pertama_nama, pihak_pertama_jabatan, pihak_pertama_pangkat, pihak_pertama_nip,
        pihak_kedua_nama, pihak_kedua_jabatan)
SELECT 'diskominfo', 2025, 'awal', '2025-01-06', 'Lumajang', k.nama, k.jabatan, k.pangkat, k.nip,
       'Ir. H. INDAH AMPERAWATI, M.Si.', 'Bupati Lumajang'
  FROM lkj.kepala_instansi k WHERE k.instansi = 'diskominfo' AND k.tahun = 2025;
-- Its targets: the Renstra's 2025 column for the sasaran indicators; the
-- program and kegiatan indicators' own.
INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai)
SELECT instansi, indikator, 2025, 'pk_awal', nilai FROM lkj.target
 WHERE instansi = 'diskominfo' AND tahun = 2025 AND dokumen = 'renstra';
INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai) VALUES
    ('diskominfo', 'p-ikp', 2025, 'pk_awal', 100),
    ('diskominfo', 'p-aptika', 2025, 'pk_awal', 90),
    ('diskominfo', 'k-media', 2025, 'pk_awal', 12),
    ('diskominfo', 'k-domain', 2025, 'pk_awal', 65),
    ('diskominfo', 'k-aplikasi', 2025, 'pk_awal', 28);
-- Realisasi 2025, and the capaian each gives:
--  nilai-kip (terakhir) 90,10 of 87,5: 1,029714.. -> 102,97 Sangat Baik
--  konten (jumlah) 330 + 320 + 350 + 360 = 1.360 of 1.300: 1,046153.. -> 104,62
--  aduan (rata-rata, negative) (4,4 + 4,2 + 4,0 + 3,8) / 4 = 4,10 of 4,5:
--    (9 - 4,10) / 4,5 = 1,088888.. -> 108,89
--  indeks-spbe (terakhir) 2,75 of 2,80: 0,982142.. -> 98,21 Sangat Baik
--  desa-sid (rasio) 183 of 205 for the year: 89,268.. -> 89,27%; of 88:
--    1,014431.. -> 101,44 (from the unrounded 89,268..: 1,014412.. -> 101,44)
--  layanan-terintegrasi (terakhir) 52, 58, 63, 66 -> 66 of 78:
--    0,846153.. -> 84,62 Baik (76 - 90); every other dinas figure Sangat Baik
--  p-ikp 98,5 of 100 -> 98,50; p-aptika 91,8 of 90 -> 102,00;
--  k-media 12 of 12 -> 100,00; k-domain 66 of 65: 1,015384.. -> 101,54;
--  k-aplikasi 27 of 28: 0,964285.. -> 96,43
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES
    ('diskominfo', 'nilai-kip', 2025, NULL, 90.10),
    ('diskominfo', 'indeks-spbe', 2025, NULL, 2.75),
    ('diskominfo', 'konten', 2025, 1, 330), ('diskominfo', 'konten', 2025, 2, 320),
    ('diskominfo', 'konten', 2025, 3, 350), ('diskominfo', 'konten', 2025, 4, 360),
    ('diskominfo', 'aduan', 2025, 1, 4.4), ('diskominfo', 'aduan', 2025, 2, 4.2),
    ('diskominfo', 'aduan', 2025, 3, 4.0), ('diskominfo', 'aduan', 2025, 4, 3.8),
    ('diskominfo', 'layanan-terintegrasi', 2025, 1, 52), ('diskominfo', 'layanan-terintegrasi', 2025, 2, 58),
    ('diskominfo', 'layanan-terintegrasi', 2025, 3, 63), ('diskominfo', 'layanan-terintegrasi', 2025, 4, 66),
    ('diskominfo', 'p-ikp', 2025, NULL, 98.5),
    ('diskominfo', 'p-aptika', 2025, NULL, 91.8),
    ('diskominfo', 'k-media', 2025, NULL, 12),
    ('diskominfo', 'k-domain', 2025, NULL, 66),
    ('diskominfo', 'k-aplikasi', 2025, NULL, 27);
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, pembilang, penyebut)
VALUES ('diskominfo', 'desa-sid', 2025, NULL, 183, 205);
-- A wording changed in 2025 (the Renstra's indicator kept, its name made
-- precise): 2025 prints the new one, 2024 keeps the old.
INSERT INTO lkj.indikator_tahun (instansi, indikator, tahun, uraian)
VALUES ('diskominfo', 'konten', 2025, 'Jumlah konten informasi publik yang dipublikasikan melalui kanal resmi');

-- The directorate.  Its kegiatan budgets 2025 (it records kegiatan):
--  perencanaan 5.000.000.000, spent 4.875.000.000: 0,975 -> 97,50
--  sipd 3.800.000.000, spent 3.686.000.000: 0,97 -> 97,00
--  program bina-bangda 8.800.000.000, spent 8.561.000.000: 0,972840.. -> 97,28
--  evaluasi 2.400.000.000, spent 2.292.000.000: 0,955 -> 95,50 (= its program)
UPDATE lkj.kegiatan k
   SET anggaran_awal = v.awal, realisasi = v.realisasi
  FROM (VALUES ('perencanaan', 5000000000, 4875000000),
               ('sipd', 3800000000, 3686000000),
               ('evaluasi', 2400000000, 2292000000)) AS v (kode, awal, realisasi)
 WHERE k.instansi = 'dit-peipd' AND k.tahun = 2025 AND k.kode = v.kode;
-- Its Renstra-level indicators go on in the new Renstra: the same identity,
-- attached in 2025 to the sasaran of the same number of 2025-2029, one of
-- them with the new Renstra's wording.
INSERT INTO lkj.indikator_tahun (instansi, indikator, tahun, uraian, renstra, sasaran) VALUES
    ('dit-peipd', 'rkpd-tepat-waktu', 2025, NULL, '2025-2029', 1),
    ('dit-peipd', 'sipd-input', 2025, 'Persentase daerah yang menginput data perencanaan dan penganggaran di SIPD tepat waktu', '2025-2029', 1),
    ('dit-peipd', 'laporan-evaluasi', 2025, NULL, '2025-2029', 2);
INSERT INTO lkj.perjanjian_kinerja (instansi, tahun, jenis, tanggal, tempat,
        pihak_pertama_nama, pihak_pertama_jabatan, pihak_pertama_pangkat, pihak_pertama_nip,
        pihak_kedua_nama, pihak_kedua_jabatan)
SELECT 'dit-peipd', 2025, 'awal', '2025-01-20', 'Jakarta', k.nama, k.jabatan, k.pangkat, k.nip,
       'Dr. SUTRISNO HADIWIDJOJO, M.Si.', 'Direktur Jenderal Bina Pembangunan Daerah'
  FROM lkj.kepala_instansi k WHERE k.instansi = 'dit-peipd' AND k.tahun = 2025;
-- Targets and realisasi 2025, and the capaian (permendagri-86-2017):
--  rkpd-tepat-waktu 98,35 of 96: 1,024479.. -> 102,45 Sangat Tinggi
--  sipd-input 99,08 of 100 -> 99,08 Sangat Tinggi (>= 91)
--  laporan-evaluasi 38 of 40: 0,95 -> 95,00 Sangat Tinggi
INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai) VALUES
    ('dit-peipd', 'rkpd-tepat-waktu', 2025, 'renstra', 96),
    ('dit-peipd', 'rkpd-tepat-waktu', 2025, 'pk_awal', 96),
    ('dit-peipd', 'sipd-input', 2025, 'renstra', 100),
    ('dit-peipd', 'sipd-input', 2025, 'pk_awal', 100),
    ('dit-peipd', 'laporan-evaluasi', 2025, 'renstra', 40),
    ('dit-peipd', 'laporan-evaluasi', 2025, 'pk_awal', 40);
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES
    ('dit-peipd', 'rkpd-tepat-waktu', 2025, NULL, 98.35),
    ('dit-peipd', 'sipd-input', 2025, NULL, 99.08),
    ('dit-peipd', 'laporan-evaluasi', 2025, NULL, 38);

-- What 2025 shows ---------------------------------------------------------------
-- Every budget level of 2025, as worked out above.
SELECT instansi, jenis, kode, anggaran, realisasi, penyerapan
  FROM lkj.anggaran_rinci
 WHERE tahun = 2025 AND instansi IN ('diskominfo', 'dit-peipd')
 ORDER BY instansi, program, kegiatan NULLS FIRST, jenis, kode;
-- Every indicator's capaian of 2025, as worked out above.
SELECT instansi, indikator, target_dokumen, target, realisasi, capaian, kriteria
  FROM lkj.capaian_indikator
 WHERE tahun = 2025 AND instansi IN ('diskominfo', 'dit-peipd')
 ORDER BY instansi, indikator;
-- The same indicator in both years, compared by its identity (the
-- directorate's across its two Renstra): capaian 2024 (diskominfo.sql,
-- data file) and 2025 (above).
SELECT a.instansi, a.indikator, a.capaian AS capaian_2024, b.capaian AS capaian_2025
  FROM lkj.capaian_indikator a
  JOIN lkj.capaian_indikator b
    ON b.instansi = a.instansi AND b.indikator = a.indikator AND b.tahun = 2025
 WHERE a.tahun = 2024 AND a.instansi IN ('diskominfo', 'dit-peipd')
 ORDER BY a.instansi, a.indikator;
-- Tabel 8 of 2025: the wording of 2025; the directorate's indicators under
-- the sasaran of its new Renstra.
SELECT instansi, no, uraian, indikator, capaian
  FROM lkj.tabel_8_capaian_kinerja
 WHERE tahun = 2025 AND instansi IN ('diskominfo', 'dit-peipd') AND jenis_baris <> 'jumlah'
 ORDER BY instansi, urutan;
-- The report of 2025 is headed by the head of 2025.
SELECT u.kode, l.baris
  FROM (VALUES ('diskominfo'), ('dit-peipd')) AS u (kode)
 CROSS JOIN LATERAL regexp_split_to_table(lkj.laporan(u.kode, 2025), E'\n') AS l (baris)
 WHERE l.baris LIKE '- Kepala:%' OR l.baris LIKE '# %'
 ORDER BY u.kode, l.baris;

-- A third copy, after 2025 is entered: nothing copied, nothing overwritten.
CREATE TEMP TABLE laporan_2025 AS
SELECT u.kode, md5(lkj.laporan(u.kode, 2025)) AS md5 FROM lkj.instansi u;
SELECT u.kode, sum(s.disalin) AS disalin
  FROM (VALUES ('diskominfo'), ('dit-peipd'), ('kunir')) AS u (kode)
 CROSS JOIN LATERAL lkj.salin_tahun(u.kode, 2024, 2025) s
 GROUP BY u.kode ORDER BY u.kode;
SELECT l.kode, md5(lkj.laporan(l.kode, 2025)) = l.md5 AS laporan_2025_sama
  FROM laporan_2025 l ORDER BY l.kode;

-- Every unit's 2024 report is byte for byte what it was before 2025 existed.
SELECT l.kode, md5(lkj.laporan(l.kode, 2024)) = l.md5 AS laporan_2024_sama
  FROM laporan_2024 l ORDER BY l.kode;

-- And the year after: 2025 copied into 2026 gives the same structure again
-- (the dinas: 2 programs, 3 kegiatan, 6 sub-kegiatan, 6 indicators, 1 head),
-- and now also konten's 2025 wording (a Renstra indicator's change of a
-- year goes on while the Renstra does); 2025 untouched.
SELECT s.objek, s.disalin FROM lkj.salin_tahun('diskominfo', 2025, 2026) s ORDER BY s.objek;
SELECT md5(lkj.laporan('diskominfo', 2025)) = (SELECT md5 FROM laporan_2025 WHERE kode = 'diskominfo')
       AS laporan_2025_sama;
ROLLBACK;
