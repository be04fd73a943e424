-- Tabel 3 (IKU), 4 (their targets), 5 (Perjanjian Kinerja), 6 (programs and
-- kegiatan) and 7 (the criteria scale) of Kecamatan Kunir 2024 against the
-- printed report.  Numbers print as numeric, locale-free: no setting changes
-- this output.
BEGIN;
\set ECHO none
\i data/kunir_2024.sql
\set ECHO all

-- Tabel 3: the two IKU of the sasaran (the tujuan's Indeks Pelayanan Publik
-- is not an IKU), with unit, formula and source.
SELECT urutan, no, jenis_baris, uraian, indikator, satuan
  FROM lkj.tabel_3_iku WHERE instansi = 'kunir' AND tahun = 2024;
SELECT urutan, formulasi, sumber_data
  FROM lkj.tabel_3_iku WHERE instansi = 'kunir' AND tahun = 2024;

-- Tabel 4: the Renstra's targets of 2024, the tujuan block numbered 1, the
-- sasaran block 1, 2.  Printed: 62,2 / 72,73% / 69,70% (62.2 keeps its one
-- decimal, 69.70 its two).
SELECT urutan, no, jenis_baris, uraian, indikator, satuan, target, batas_bawah, batas_atas
  FROM lkj.tabel_4_target_iku WHERE instansi = 'kunir' AND tahun = 2024;

-- Tabel 5: printed targets 72,73% and 69,70% (awal and perubahan), program
-- budgets 1.696.436.296 / 1.556.601.844, 10.412.300 / 6.587.300,
-- 143.479.700 / 29.752.200, 26.359.900 / 9.600.000, 7.200.000 / 7.200.000,
-- 35.074.600 / 13.199.900, Jumlah 1.918.962.796 / 1.622.941.244.
SELECT urutan, no, jenis_baris, uraian, indikator_kode, satuan,
       target_awal, target_perubahan, anggaran_awal, anggaran_perubahan
  FROM lkj.tabel_5_perjanjian_kinerja WHERE instansi = 'kunir' AND tahun = 2024;

-- Tabel 6, the tree: numbers, labels, names and indicators.  Program 6 has
-- three indicators and so three rows; only the first carries its number,
-- label and name.
SELECT urutan, no, jenis_baris, label, uraian, indikator
  FROM lkj.tabel_6_program_kegiatan WHERE instansi = 'kunir' AND tahun = 2024;

-- Tabel 6, targets and budgets.  Printed as the view gives them, except:
-- erratum 1: the tujuan's Perubahan target is printed 62,02; the data gives 62.2.
-- erratum 2: the Awal budget of Program 1 is printed 1.615.051.457 and of
-- Sasaran 1 1.696.436.296; the data gives 1.696.436.296 (the signed PK's)
-- and 1.706.848.596 (programs 1 + 2).  Sasaran 2's 212.114.200 and the
-- tujuan's 1.918.962.796 (Awal), 1.563.189.144, 59.752.100 and
-- 1.622.941.244 (Perubahan) are printed as here.
SELECT urutan, indikator_kode, satuan, target_awal, anggaran_awal, target_perubahan, anggaran_perubahan,
       tujuan, sasaran, program, kegiatan
  FROM lkj.tabel_6_program_kegiatan WHERE instansi = 'kunir' AND tahun = 2024;

-- Erratum 2 again: the six kegiatan of Program 1 add up to 1.607.221.457
-- (Awal), neither the printed 1.615.051.457 nor the program's 1.696.436.296;
-- in the Perubahan column they add up to the program's 1.556.601.844.
SELECT program, pg_catalog.sum(anggaran_awal) AS kegiatan_awal, pg_catalog.sum(anggaran_perubahan) AS kegiatan_perubahan
  FROM lkj.tabel_6_program_kegiatan
 WHERE instansi = 'kunir' AND tahun = 2024 AND jenis_baris = 'kegiatan'
 GROUP BY program ORDER BY program;

-- Every node's budget is on one row only, so a column adds up per level:
-- the programs to the tujuan (1.918.962.796 / 1.622.941.244).
SELECT jenis_baris, pg_catalog.count(*) AS baris, pg_catalog.count(no) AS bernomor,
       pg_catalog.sum(anggaran_awal) AS awal, pg_catalog.sum(anggaran_perubahan) AS perubahan
  FROM lkj.tabel_6_program_kegiatan
 WHERE instansi = 'kunir' AND tahun = 2024
 GROUP BY jenis_baris ORDER BY pg_catalog.min(urutan);

-- Tabel 7: Lumajang's scale as printed: "> 90%" Sangat Tinggi ... "≤ 50%"
-- Sangat Rendah; the bounds are open (exactly 90 is Tinggi).
SELECT urutan, no, interval_capaian, kriteria, tingkat, batas_bawah, bawah_inklusif,
       batas_atas, atas_inklusif, skala
  FROM lkj.tabel_7_skala_kriteria WHERE instansi = 'kunir' AND tahun = 2024;

-- Tabel 7 exists for every year the unit reports on (lkj.tahun_laporan):
-- both Renstra periods (2018-2026), nothing else.
SELECT pg_catalog.min(tahun), pg_catalog.max(tahun), pg_catalog.count(DISTINCT tahun) AS tahun,
       pg_catalog.count(*) AS baris
  FROM lkj.tabel_7_skala_kriteria WHERE instansi = 'kunir';

ROLLBACK;
