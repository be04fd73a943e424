-- A unit without a Renstra of its own (issue 8, optional parts): an UPT of
-- a kementerian whose sasaran come from its Perjanjian Kinerja, recorded as
-- the document it is (lkj.renstra jenis 'pk', one year), with no pemda, no
-- tujuan and no Renstra target anywhere.  The report prints what the unit
-- has and says in one sentence why Tabel 11 and 12 have nothing; the views
-- of Tabel 11 and 12 have no rows for it; the directorate demo unit, which
-- follows its Ditjen's Renstra, keeps its Tabel 11 and 12.
--
-- Rules, as the seed states them (../shared/seed/README.md): capaian =
-- realisasi / target x 100, rounded half away from zero to 2 decimals;
-- kriteria on permendagri-86-2017: >= 91 Sangat Tinggi, >= 76 Tinggi.
SET datestyle = 'ISO, YMD';
SET extra_float_digits = 0;
SET lc_numeric = 'C';
\set ON_ERROR_STOP 1
BEGIN;
\set ECHO none
\i data/dit-peipd_2024.sql
\set ECHO all

-- The directorate follows its Ditjen's Renstra (jenis induk, its data file).

INSERT INTO lkj.instansi (kode, kementerian, nama, jenis, alamat)
VALUES ('upt-arsip', 'kemendagri', 'UPT Arsip Pemerintahan Daerah', 'upt', 'Jl. Medan Merdeka Utara No. 7 Jakarta');
INSERT INTO lkj.kepala_instansi (instansi, tahun, mulai, nama, nip, jabatan)
VALUES ('upt-arsip', 2024, '2023-01-02', 'SITI RAHAYU, S.Sos.', '197509092000032001', 'Kepala UPT Arsip Pemerintahan Daerah');
-- The PK 2024 is the document its sasaran come from.
INSERT INTO lkj.renstra (instansi, kode, nama, tahun_awal, tahun_akhir, jenis)
VALUES ('upt-arsip', 'pk-2024', 'Perjanjian Kinerja Tahun 2024', 2024, 2024, 'pk');
INSERT INTO lkj.sasaran (instansi, renstra, no, tujuan, uraian)
VALUES ('upt-arsip', 'pk-2024', 1, NULL, 'Meningkatnya kualitas pengelolaan arsip pemerintahan daerah');
INSERT INTO lkj.program (instansi, tahun, kode, no, nama, renstra, sasaran) VALUES
    ('upt-arsip', 2024, 'dukungan-manajemen', 1, 'Program Dukungan Manajemen', 'pk-2024', 1);
INSERT INTO lkj.kegiatan (instansi, tahun, program, kode, no, nama, anggaran_awal, realisasi) VALUES
    ('upt-arsip', 2024, 'dukungan-manajemen', 'arsip', 1, 'Pengelolaan Arsip Dinamis', 640000000, 611200000);
INSERT INTO lkj.indikator (instansi, kode, no, uraian, satuan, agregasi, iku, renstra, sasaran) VALUES
    ('upt-arsip', 'arsip-digital', 1, 'Persentase arsip vital yang didigitalkan', 'Persen', 'terakhir', true, 'pk-2024', 1),
    ('upt-arsip', 'layanan-arsip', 2, 'Jumlah layanan peminjaman arsip', 'Layanan', 'jumlah', true, 'pk-2024', 1);
INSERT INTO lkj.perjanjian_kinerja (instansi, tahun, jenis, tanggal, tempat,
        pihak_pertama_nama, pihak_pertama_jabatan, pihak_pertama_nip, pihak_kedua_nama, pihak_kedua_jabatan)
VALUES ('upt-arsip', 2024, 'awal', '2024-01-12', 'Jakarta',
        'SITI RAHAYU, S.Sos.', 'Kepala UPT Arsip Pemerintahan Daerah', '197509092000032001',
        'Dr. SUTRISNO HADIWIDJOJO, M.Si.', 'Direktur Jenderal Bina Pembangunan Daerah');
-- Targets of the PK only; realisasi:
--  arsip-digital (terakhir) 72,5 of 80: 0,90625 -> 90,63 Tinggi (>= 76, < 91)
--  layanan-arsip (jumlah) 110 + 125 + 140 + 150 = 525 of 480: 1,09375 -> 109,38
--    Sangat Tinggi (half away from zero: 109,375 -> 109,38)
--  penyerapan 611.200.000 / 640.000.000 = 0,955 -> 95,50
INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai) VALUES
    ('upt-arsip', 'arsip-digital', 2024, 'pk_awal', 80),
    ('upt-arsip', 'layanan-arsip', 2024, 'pk_awal', 480);
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES
    ('upt-arsip', 'arsip-digital', 2024, 4, 72.5),
    ('upt-arsip', 'layanan-arsip', 2024, 1, 110), ('upt-arsip', 'layanan-arsip', 2024, 2, 125),
    ('upt-arsip', 'layanan-arsip', 2024, 3, 140), ('upt-arsip', 'layanan-arsip', 2024, 4, 150);

-- valid ----------------------------------------------------------------------
SELECT instansi, kode, jenis, tahun_awal, tahun_akhir FROM lkj.renstra ORDER BY instansi, kode;
SELECT instansi, indikator, target_dokumen, target, realisasi, capaian, kriteria
  FROM lkj.capaian_indikator WHERE instansi = 'upt-arsip' ORDER BY indikator;
SELECT instansi, jenis, kode, anggaran, realisasi, penyerapan
  FROM lkj.anggaran_rinci WHERE instansi = 'upt-arsip' ORDER BY jenis DESC, kode;
-- Tabel 11 and 12 have no rows for the unit; the directorate keeps its own.
SELECT instansi, count(*) AS tabel_11 FROM lkj.tabel_11_capaian_renstra WHERE tahun = 2024
 GROUP BY instansi ORDER BY instansi;
SELECT instansi, count(*) AS tabel_12 FROM lkj.tabel_12_target_akhir_renstra WHERE tahun = 2024
 GROUP BY instansi ORDER BY instansi;
-- The report, Tabel 8 to 12: the capaian measured (Tabel 8, 9); the
-- sasaran's two indicators: 90,63 + 109,38 = 200,01, mean 100,005 -> 100,01
-- (half away from zero) Sangat Tinggi; no earlier year to compare (Tabel
-- 10); the sentence instead of two tables of N/A.
SELECT l.baris
  FROM regexp_split_to_table(lkj.laporan('upt-arsip', 2024), E'\n') WITH ORDINALITY AS l (baris, n)
 WHERE l.n BETWEEN (SELECT min(m.n) FROM regexp_split_to_table(lkj.laporan('upt-arsip', 2024), E'\n')
                                         WITH ORDINALITY AS m (baris, n) WHERE m.baris LIKE 'Tabel 8 %')
               AND (SELECT min(m.n) FROM regexp_split_to_table(lkj.laporan('upt-arsip', 2024), E'\n')
                                         WITH ORDINALITY AS m (baris, n) WHERE m.baris LIKE 'Tabel 13 %') - 1
 ORDER BY l.n;
-- The directorate's Tabel 11 is still a table, named for its Ditjen's Renstra.
SELECT l.baris
  FROM regexp_split_to_table(lkj.laporan('dit-peipd', 2024), E'\n') AS l (baris)
 WHERE l.baris LIKE 'Tabel 11 %' OR l.baris LIKE 'Tabel 12 %';
-- No check finds a missing Renstra: the PK document covers the year.
SELECT tingkat, kode FROM lkj.periksa('upt-arsip', 2024, '2025-06-30') WHERE kode LIKE 'renstra%';

-- invalid --------------------------------------------------------------------
CREATE FUNCTION pg_temp.tolak(sql text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE sql;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ' ' || SQLERRM;
END $$;
-- a kind of document lkj does not know; a PK standing for more than a year
SELECT pg_temp.tolak($$INSERT INTO lkj.renstra (instansi, kode, nama, tahun_awal, tahun_akhir, jenis)
                       VALUES ('upt-arsip', 'rpjmd', 'RPJMD', 2025, 2029, 'rpjmd')$$);
SELECT pg_temp.tolak($$INSERT INTO lkj.renstra (instansi, kode, nama, tahun_awal, tahun_akhir, jenis)
                       VALUES ('upt-arsip', 'pk-2025', 'Perjanjian Kinerja 2025-2026', 2025, 2026, 'pk')$$);
ROLLBACK;
