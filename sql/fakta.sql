-- fakta: the fact, dimension and roll-up views for BI tools (issue 14).
-- Kunir 2024 (data/kunir_2024.sql) and Kecamatan Sukamaju (data/uji_lain.sql,
-- Kabupaten Contoh, scale contoh).  Every figure is the report's: the facts
-- read the views the report prints from.
\set SHOW_CONTEXT never
SET datestyle = 'ISO, YMD';
SET extra_float_digits = 0;
SET lc_numeric = 'C';
BEGIN;
\set ECHO none
\i data/kunir_2024.sql
\i data/uji_lain.sql
\set ECHO all

-- Indicator facts, tujuan and sasaran of Kunir 2024: Tabel 9's figures
-- (IPP 84,44 / 62,2 = 135,76%; fasilitasi 82,87 / 72,73 = 113,94%; village
-- documents 96,97 / 69,70 = 139,12%), band 1 (Sangat Tinggi, > 100% on
-- Lumajang's scale); every realisasi final (whole-year or fourth quarter).
SELECT indikator, kode, tingkat, iku, target_dokumen, target, realisasi, capaian, capaian_dinilai,
       urutan_kriteria, kriteria, status, angka_akhir
  FROM lkj.fakta_indikator
 WHERE instansi = 'kunir' AND tahun = 2024 AND tingkat IN ('tujuan', 'sasaran')
 ORDER BY indikator;
-- every level is there, one row an indicator: 1 tujuan, 2 sasaran, 8
-- program (p1-p5, p6's three village documents) and 12 kegiatan indicators,
-- 23 rows; p6-apbdes and p6-lppdes have no realisasi (not measured, not final)
SELECT tingkat, count(*), count(capaian) AS terukur, bool_and(angka_akhir) AS semua_akhir
  FROM lkj.fakta_indikator WHERE instansi = 'kunir' AND tahun = 2024
 GROUP BY tingkat ORDER BY tingkat;
-- Year on year (Tabel 10's rule), the P-Renstra's IPP (ipp-2018): 2019
-- 93,46%, 2020 106,81%: 106,81 - 93,46 = 13,35 points, naik; 2019 has no
-- 2018 capaian, so no change.
SELECT tahun, indikator, capaian, capaian_tahun_lalu, selisih_capaian, arah
  FROM lkj.fakta_indikator
 WHERE instansi = 'kunir' AND indikator = 'ipp-2018' AND tahun IN (2019, 2020)
 ORDER BY tahun;

-- Money facts, programs of Kunir 2024 (Tabel 15's figures): program 1
-- 1 494 310 908 of 1 556 601 844 = 96,00%; left 62 290 936 = 4,00%;
-- its one indicator at 100% gives efisiensi 100 - 96,00 = 4,00 points.
-- Program 6: 13 199 000 of 13 199 900 = 99,99%, 900 left (0,01%); its
-- three indicators, one measured (100%): mean 100,00, efisiensi 0,01.
SELECT kode, anggaran, realisasi, penyerapan, penghematan, persen_penghematan,
       jumlah_indikator, rata_rata_capaian, efisiensi
  FROM lkj.fakta_anggaran
 WHERE instansi = 'kunir' AND tahun = 2024 AND tingkat = 'program'
 ORDER BY kode;
-- no total rows: 6 programs, 12 kegiatan, 0 sub-kegiatan
SELECT tingkat, count(*) FROM lkj.fakta_anggaran WHERE instansi = 'kunir' AND tahun = 2024
 GROUP BY tingkat ORDER BY tingkat;

-- Unit-year facts: Kunir 2024's 3 indicators, all reached: 135,76 + 113,94
-- + 139,12 = 388,82, mean 129,6067; programs 1 560 338 808 of 1 622 941 244
-- = 96,14%; PK awal signed 10 January 2024, due by 31 January: on time.
-- Sukamaju 2024: 286,11 / 3 = 95,37; PK 15 January.
SELECT instansi, tahun, skala_kriteria, jumlah_indikator, jumlah_terukur, jumlah_tercapai,
       jumlah_capaian, round(rata_rata_capaian, 4) AS rata_rata_capaian, anggaran, realisasi_anggaran,
       penyerapan, tanggal_pk, tenggat_pk, pk_tepat_waktu
  FROM lkj.fakta_instansi_tahun WHERE tahun = 2024 ORDER BY instansi;

-- The deadline is a dated setting: Kabupaten Contoh gives its units until
-- day 9 (9 January) from 2024 on, so Sukamaju's PK of 15 January is late
-- in 2024 and its 2023 PK (16 January, day 31 in force) stays on time.
INSERT INTO lkj.setelan (pemda, berlaku_mulai_tahun, tenggat_pk) VALUES ('contoh', 2024, 9);
SELECT instansi, tahun, tanggal_pk, tenggat_pk, pk_tepat_waktu
  FROM lkj.fakta_instansi_tahun WHERE instansi = 'sukamaju' AND tahun IN (2023, 2024) ORDER BY tahun;
-- refused: no deadline, or one beyond the year (23514)
\set VERBOSITY sqlstate
SAVEPOINT salah;
INSERT INTO lkj.setelan (pemda, berlaku_mulai_tahun, tenggat_pk) VALUES ('contoh', 2025, 0);
ROLLBACK TO salah;
INSERT INTO lkj.setelan (pemda, berlaku_mulai_tahun, tenggat_pk) VALUES ('contoh', 2025, 367);
ROLLBACK TO salah;
\set VERBOSITY default

-- Dimensions.
SELECT instansi, nama, jenis, pemda, pemda_jenis, provinsi, wilayah, wilayah_jenis
  FROM lkj.dimensi_instansi ORDER BY instansi;
SELECT indikator, tingkat, iku, agregasi, tahun FROM lkj.dimensi_indikator
 WHERE instansi = 'kunir' AND tingkat IN ('tujuan', 'sasaran') ORDER BY indikator;
SELECT min(tahun), max(tahun), count(*) FROM lkj.dimensi_tahun;

-- Roll-ups, from the summary refreshed for 2024.  Lumajang gets a province
-- (Jawa Timur) so that the three levels differ.
INSERT INTO lkj.pemda (kode, nama, jenis) VALUES ('jatim', 'Provinsi Jawa Timur', 'provinsi');
UPDATE lkj.pemda SET provinsi = 'jatim' WHERE kode = 'lumajang';
SELECT lkj.segarkan_rekap(2024);
-- National: 2 units, 7 indicators (3 + 4), 6 measured, 5 reached; mean
-- over all measured indicators (388,82 + 286,11) / 6 = 112,488 -> 112,49;
-- median of the units' means 129,6067 and 95,37: (129,6067 + 95,37) / 2 =
-- 112,488 -> 112,49 (two units: the two middle values); PK on time 1 of 2
-- = 50,00%; budget 1 560 338 808 + 174 500 000 = 1 734 838 808 of
-- 1 622 941 244 + 190 000 000 = 1 812 941 244: 95,69%; findings not
-- computed (jumlah_instansi_diperiksa 0).
SELECT tahun, tingkat, wilayah, nama, jumlah_instansi, jumlah_indikator, jumlah_terukur, jumlah_tercapai,
       rata_rata_capaian, median_capaian, jumlah_pk_tepat_waktu, persen_pk_tepat_waktu,
       anggaran, realisasi_anggaran, penyerapan, jumlah_instansi_bertemuan, jumlah_instansi_diperiksa
  FROM lkj.rekap_tahun ORDER BY tingkat, wilayah;
-- By band: Kunir's three in Sangat Tinggi (1 on Lumajang's scale);
-- Sukamaju's 2 Sangat Baik and 1 Baik on scale contoh (bands 1 and 2).
SELECT tingkat, wilayah, urutan_kriteria, kriteria, jumlah_indikator, jumlah_instansi
  FROM lkj.rekap_kriteria ORDER BY tingkat, wilayah, urutan_kriteria, kriteria;

-- With the findings: each unit's galat and peringatan of lkj.periksa()
-- for 2024 as of 1 March 2025, stored with that date.
SELECT lkj.segarkan_rekap(2024, dengan_periksa => true, per_tanggal => '2025-03-01');
SELECT r.instansi, r.jumlah_temuan,
       r.jumlah_temuan = (SELECT count(*) FROM lkj.periksa(r.instansi, 2024, '2025-03-01') p
                           WHERE p.tingkat IN ('galat', 'peringatan')) AS sama,
       r.temuan_dihitung_pada, r.dihitung_pada
  FROM lkj.rekap_instansi_tahun r ORDER BY r.instansi;
SELECT tingkat, wilayah, jumlah_instansi_bertemuan, jumlah_instansi_diperiksa, temuan_dihitung_pada
  FROM lkj.rekap_tahun ORDER BY tingkat, wilayah;
-- the date is the caller's: none refused (22004)
\set VERBOSITY sqlstate
SAVEPOINT salah;
SELECT lkj.segarkan_rekap(2024, per_tanggal => NULL);
ROLLBACK TO salah;
\set VERBOSITY default

-- A refresh of one year leaves the others; a second refresh gives the same.
SELECT lkj.segarkan_rekap(2023);
SELECT tahun, count(*) FROM lkj.rekap_instansi_tahun GROUP BY tahun ORDER BY tahun;
SELECT lkj.segarkan_rekap(NULL);
SELECT tahun, count(*) FROM lkj.rekap_instansi_tahun GROUP BY tahun ORDER BY tahun;
ROLLBACK;
