-- Optional parts (issue 8, item 3): a unit without a tujuan level; a year
-- without a revised PK, and a year without any PK, on Kecamatan Kunir 2024
-- with its agreements taken away.
-- What a unit does not have is left out of the report, not printed as an
-- empty table; the capaian falls back to the Renstra's targets
-- (target_berlaku: revised PK, else original PK, else Renstra), and
-- lkj.periksa() says the PK is missing (tanpa_pk) once it is due.
SET datestyle = 'ISO, YMD';
BEGIN;
\set ECHO none
\i data/kunir_2024.sql
\set ECHO all

CREATE TEMP TABLE tabel_8_lengkap AS SELECT * FROM lkj.tabel_8_capaian_kinerja WHERE instansi = 'kunir';
-- The appendix's titles in the whole report, with both PKs: two.
SELECT baris FROM regexp_split_to_table(lkj.laporan('kunir', 2024), E'\n') AS baris WHERE baris LIKE 'LAMPIRAN%';

-- Valid: no revised PK.  Kunir 2024 measured against its original PK only.
DELETE FROM lkj.anggaran_pk WHERE instansi = 'kunir' AND tahun = 2024 AND pk = 'perubahan';
DELETE FROM lkj.target WHERE instansi = 'kunir' AND tahun = 2024 AND dokumen = 'pk_perubahan';
DELETE FROM lkj.perjanjian_kinerja WHERE instansi = 'kunir' AND tahun = 2024 AND jenis = 'perubahan';
-- The revised PK's appendix is left out, the original's stays, with its
-- signatories (10 Januari 2024).
SELECT baris FROM regexp_split_to_table(lkj.laporan('kunir', 2024), E'\n') AS baris
 WHERE baris LIKE 'LAMPIRAN%' OR baris LIKE '- Pihak%' OR baris LIKE '- Lumajang%' OR baris LIKE 'Tidak ada Perjanjian%';
-- Tabel 8 unchanged: the revised PK's targets were the original's (62,2;
-- 72,73%; 69,70%), so every capaian stays (0 rows differ).
SELECT count(*) FROM (SELECT * FROM lkj.tabel_8_capaian_kinerja WHERE instansi = 'kunir'
                      EXCEPT SELECT * FROM tabel_8_lengkap) AS beda;
-- The target in force is the original PK's now.
SELECT indikator, dokumen, nilai FROM lkj.target_berlaku
 WHERE instansi = 'kunir' AND tahun = 2024 AND indikator IN ('ipp', 'fasilitasi', 'dokumen-desa') ORDER BY indikator;

-- Edge: no PK at all.  Targets from the Renstra (the same 62,2; 72,73%;
-- 69,70% for 2024): Tabel 8 still unchanged, with dokumen 'renstra'.
DELETE FROM lkj.anggaran_pk WHERE instansi = 'kunir' AND tahun = 2024;
DELETE FROM lkj.target WHERE instansi = 'kunir' AND tahun = 2024 AND dokumen = 'pk_awal';
DELETE FROM lkj.perjanjian_kinerja WHERE instansi = 'kunir' AND tahun = 2024;
SELECT count(*) FROM (SELECT * FROM lkj.tabel_8_capaian_kinerja WHERE instansi = 'kunir'
                      EXCEPT SELECT * FROM tabel_8_lengkap) AS beda;
SELECT indikator, dokumen, nilai FROM lkj.target_berlaku
 WHERE instansi = 'kunir' AND tahun = 2024 AND indikator IN ('ipp', 'fasilitasi', 'dokumen-desa') ORDER BY indikator;
-- The appendix is one sentence, no empty table and no signatories; Tabel 5
-- too is one sentence (the first line), not an empty table.
SELECT baris FROM regexp_split_to_table(lkj.laporan('kunir', 2024), E'\n') AS baris
 WHERE baris LIKE 'LAMPIRAN%' OR baris LIKE '- Pihak%' OR baris LIKE '- Lumajang%' OR baris LIKE 'Tidak ada Perjanjian%';
-- periksa: 2024 has six programs and no PK; the PK was due a month after
-- the DPA, so from 1 February 2024 a peringatan, before it an info.
SELECT tingkat, tabel, objek, berlaku_mulai, pesan FROM lkj.periksa('kunir', 2024, '2024-02-01') WHERE kode = 'tanpa_pk';
SELECT tingkat, berlaku_mulai FROM lkj.periksa('kunir', 2024, '2024-01-31') WHERE kode = 'tanpa_pk';
-- Without a PK 2024 is still a report's year, for its budget
-- (periksa_tahun_laporan): the checks that judge a report's year judge it,
-- but find nothing new: the program indicators' targets were the PK's, gone
-- with it, so tanpa_realisasi has none to report, and pk_tanpa_realisasi
-- needs a PK (0 rows); tanpa_pk is the year's one new finding.
SELECT kode FROM lkj.periksa('kunir', 2024, '2025-01-01') WHERE kode IN ('tanpa_realisasi', 'pk_tanpa_realisasi');

ROLLBACK;

-- A unit without a tujuan level: a ministry's directorate whose one sasaran
-- hangs directly on its Renstra (tujuan NULL), one IKU with target 200
-- Dokumen and 181 done (capaian 181 / 200 x 100 = 90,50%), one program
-- spending 900 of 1.000 (penyerapan 90,00%; efisiensi 90,50 - 90,00 = 0,50).
BEGIN;
INSERT INTO lkj.kementerian (kode, nama, jenis, skala_kriteria)
VALUES ('kemen-contoh', 'Kementerian Contoh', 'kementerian', 'permendagri-86-2017');
INSERT INTO lkj.instansi (kode, kementerian, nama, jenis, alamat)
VALUES ('dit', 'kemen-contoh', 'Direktorat Contoh', 'direktorat', 'Jakarta');
INSERT INTO lkj.renstra VALUES ('dit', 'r', 'Renstra 2020-2024', 2020, 2024);
-- valid: a sasaran with no tujuan
INSERT INTO lkj.sasaran (instansi, renstra, no, tujuan, uraian) VALUES ('dit', 'r', 1, NULL, 'Tersusunnya regulasi');
INSERT INTO lkj.indikator (instansi, kode, uraian, satuan, iku, renstra, sasaran)
VALUES ('dit', 'reg', 'Jumlah regulasi', 'Dokumen', true, 'r', 1);
INSERT INTO lkj.program (instansi, tahun, kode, no, nama, renstra, sasaran, anggaran_awal, anggaran_perubahan, realisasi)
VALUES ('dit', 2024, 'p', 1, 'Program Regulasi', 'r', 1, 1000, 1000, 900);
INSERT INTO lkj.perjanjian_kinerja (instansi, tahun, jenis, tanggal, tempat,
        pihak_pertama_nama, pihak_pertama_jabatan, pihak_kedua_nama, pihak_kedua_jabatan)
VALUES ('dit', 2024, 'awal', '2024-01-31', 'Jakarta', 'Dr. ANDI', 'Direktur Contoh', 'Ir. CITRA', 'Direktur Jenderal Contoh');
INSERT INTO lkj.anggaran_pk (instansi, tahun, pk, program, anggaran) VALUES ('dit', 2024, 'awal', 'p', 1000);
INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai) VALUES
    ('dit', 'reg', 2024, 'renstra', 200), ('dit', 'reg', 2024, 'pk_awal', 200);
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES ('dit', 'reg', 2024, NULL, 181);
-- invalid: a tujuan that does not exist is still refused (23503)
DO $$ BEGIN
    INSERT INTO lkj.sasaran (instansi, renstra, no, tujuan, uraian) VALUES ('dit', 'r', 2, 9, 'x');
EXCEPTION WHEN foreign_key_violation THEN RAISE NOTICE 'refused: %', SQLSTATE;
END $$;
-- The budget behind the sasaran, and no tujuan row (1 row: sasaran 1).
SELECT jenis, no, anggaran, realisasi, penyerapan FROM lkj.anggaran_tujuan_sasaran WHERE instansi = 'dit';
-- Tabel 6, 8 and 14: the sasaran and its indicator, no tujuan row.
SELECT jenis_baris, no, uraian, indikator, anggaran_awal FROM lkj.tabel_6_program_kegiatan WHERE instansi = 'dit' AND tahun = 2024 ORDER BY urutan;
SELECT jenis_baris, no, uraian, target, realisasi, capaian FROM lkj.tabel_8_capaian_kinerja WHERE instansi = 'dit' AND tahun = 2024;
SELECT jenis_baris, no, capaian, penyerapan, efisiensi FROM lkj.tabel_14_efisiensi WHERE instansi = 'dit' AND tahun = 2024;
-- laporan: Tabel 4 lists the sasaran under their own title, with no empty
-- Tujuan block; section 3.1.1's counts have no Tujuan column (1 below 100%).
\pset tuples_only on
WITH b (baris, n) AS (SELECT * FROM regexp_split_to_table(lkj.laporan('dit', 2024), E'\n') WITH ORDINALITY)
SELECT baris FROM b
 WHERE n >= (SELECT n FROM b WHERE baris LIKE 'Tabel 4 %') AND n < (SELECT n FROM b WHERE baris LIKE 'Tabel 5 %')
 ORDER BY n;
SELECT t FROM regexp_split_to_table(lkj.laporan('dit', 2024), E'\n\n') AS t WHERE t LIKE 'Ringkasan Capaian%' OR t LIKE '|  No | Uraian  %';
\pset tuples_only off
-- periksa finds nothing in the missing tujuan (only the resources it lacks).
SELECT kode, objek FROM lkj.periksa('dit', 2024, '2025-01-01') ORDER BY kode, objek;
ROLLBACK;
