-- Optional parts (issue 8, item 3): a year without a revised PK, and a year
-- without any PK, on Kecamatan Kunir 2024 with its agreements taken away.
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
-- The appendix is one sentence, no empty table and no signatories.
SELECT baris FROM regexp_split_to_table(lkj.laporan('kunir', 2024), E'\n') AS baris
 WHERE baris LIKE 'LAMPIRAN%' OR baris LIKE '- Pihak%' OR baris LIKE '- Lumajang%' OR baris LIKE 'Tidak ada Perjanjian%';
-- periksa: 2024 has six programs and no PK; the PK was due a month after
-- the DPA, so from 1 February 2024 a peringatan, before it an info.
SELECT tingkat, tabel, objek, berlaku_mulai, pesan FROM lkj.periksa('kunir', 2024, '2024-02-01') WHERE kode = 'tanpa_pk';
SELECT tingkat, berlaku_mulai FROM lkj.periksa('kunir', 2024, '2024-01-31') WHERE kode = 'tanpa_pk';
-- A report's year is a year with a PK (periksa_tahun_laporan): without
-- one, the checks that judge a report's year leave 2024 (tanpa_realisasi,
-- pk_tanpa_realisasi: 0 rows), and tanpa_pk is the year's one finding.
SELECT kode FROM lkj.periksa('kunir', 2024, '2025-01-01') WHERE kode IN ('tanpa_realisasi', 'pk_tanpa_realisasi');

ROLLBACK;
