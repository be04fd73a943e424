-- lkj.periksa() on Kecamatan Kunir 2024: the findings are the errata of the
-- printed report that its data can express, and nothing else; with the
-- errata fixed there are none.  Also the registry of checks (lkj.daftar_cek),
-- the contract every check view keeps (the columns of lkj.temuan), the
-- filters and the errors.  Messages print numbers through lkj.format_*,
-- which read no locale setting.  Every call judges as of 1 January 2025,
-- when 2024 has ended (periksa_tanggal.sql shows the day before).
SET datestyle = 'ISO, YMD';
BEGIN;
\set ECHO none
\i data/kunir_2024.sql
\set ECHO all

-- The registry: every view lkj.cek_<kode> of the extension, each with its
-- COMMENT, which starts with its severity (info is left to periksa() itself).
SELECT kode, view, split_part(keterangan, ':', 1) AS tingkat
  FROM lkj.daftar_cek ORDER BY kode;
SELECT kode FROM lkj.daftar_cek
 WHERE keterangan IS NULL OR split_part(keterangan, ':', 1) NOT IN ('galat', 'peringatan');

-- Every check view has exactly the columns of lkj.temuan, in order and of
-- the same types (sesuai): the offenders (none).
SELECT kolom FROM lkj.daftar_cek WHERE kode = 'anggaran_pk';
SELECT view, kolom FROM lkj.daftar_cek WHERE NOT sesuai;

-- Kunir 2024 -------------------------------------------------------------------

-- Five findings, read against the seed:
--  * anggaran_kegiatan (erratum 2): Program 1's six kegiatan add up to
--    5.281.000 + 1.286.532.024 + 3.189.000 + 66.789.033 + 196.580.400 +
--    48.850.000 = 1.607.221.457, while the program (and the PK, whose total
--    1.918.962.796 it follows) says 1.696.436.296: 89.214.839 apart.  The
--    revised column adds up (1.556.601.844), and so do programs 2 to 5.
--  * triwulan_pembulatan (erratum 3), twice: Tabel 8 prints four quarters of
--    20,72% and a year of 82,87% (4 x 20,72 = 82,88), and 33,33% + 0% +
--    30,30% + 33,33% = 96,96% against 32/33 = 96,97%.  The Indeks
--    Pelayanan Publik's 4 x 21,11 = 84,44 adds up.
--  * tanpa_realisasi, twice: Program 6's APBDes (9,09%) and LPPDes (100%)
--    indicators have targets in Tabel 6 and no realisasi anywhere in the
--    report; they are indicators "tidak dapat diperoleh hasil pengukurannya".
-- The other errata are printed figures the data does not hold: 62,02
-- (erratum 1), the ratios 0,93 and 1,07 (4), "rusak berat" 9,59% (5), "96"
-- (6), the row numbers (7), Tabel 6's 1.615.051.457 and its Sasaran 1 row
-- (2).  Nothing else is reported: the PK budgets equal the program budgets,
-- the targets agree between Renstra and both PKs, no spending exceeds its
-- budget, staff and assets are complete and consistent.
SELECT instansi, tahun, tabel, kode, tingkat, objek, berlaku_mulai FROM lkj.periksa('kunir', per_tanggal => '2025-01-01');
SELECT kode, pesan FROM lkj.periksa('kunir', per_tanggal => '2025-01-01');

-- Filters: every unit and every year give the same five (Kunir is the only
-- unit), as does 2024; 2019 and 2020, complete years of the old Renstra,
-- give none.
SELECT count(*) FROM lkj.periksa(per_tanggal => '2025-01-01');
SELECT count(*) FROM lkj.periksa('kunir', 2024, '2025-01-01');
SELECT count(*) FROM lkj.periksa(NULL, 2024, '2025-01-01');
SELECT count(*) FROM lkj.periksa('kunir', 2019, '2025-01-01');
-- Kunir's Renstra 2024-2026 has targets for 2026 and its P-Renstra realisasi
-- of 2019 and 2020 (Tabel 10), without a PK: none of those years has a
-- budget, so no PK is due and tanpa_pk stays silent, even once they have
-- ended; 2024 has its PK and its realisasi (0 rows).
SELECT kode, tahun FROM lkj.periksa('kunir', per_tanggal => '2027-02-01') WHERE kode IN ('tanpa_pk', 'pk_tanpa_realisasi');
SELECT count(*) FROM lkj.periksa(tahun => 2020, per_tanggal => '2025-01-01');

-- No search_path changes a finding: a schema first on the path whose
-- operators and functions shadow PostgreSQL's and lkj's leaves the findings
-- as they are, through periksa() (which pins its search_path) and in the
-- check views read directly (whose SQL functions are parsed where they are
-- inlined, on the caller's path).
CREATE TEMP TABLE temuan_sebelum AS SELECT * FROM lkj.periksa(per_tanggal => '2025-01-01');
-- (The village-documents finding is left out of the direct read: the core's
-- lkj.batas_dokumen_desa compares text in a simple CASE, whose = the
-- caller's path resolves when it is inlined.)
CREATE TEMP VIEW lihat AS
SELECT * FROM lkj.cek_anggaran_kegiatan UNION ALL SELECT * FROM lkj.cek_triwulan_pembulatan
UNION ALL SELECT * FROM lkj.cek_tanpa_realisasi;
CREATE TEMP VIEW lihat_tanpa_desa AS SELECT * FROM lihat WHERE objek <> 'indikator dokumen-desa';
CREATE SCHEMA jahat;
CREATE FUNCTION jahat.tidak(text, text) RETURNS boolean LANGUAGE sql AS 'SELECT false';
CREATE OPERATOR jahat.= (LEFTARG = text, RIGHTARG = text, FUNCTION = jahat.tidak);
CREATE FUNCTION jahat.tidak(integer, integer) RETURNS boolean LANGUAGE sql AS 'SELECT false';
CREATE OPERATOR jahat.= (LEFTARG = integer, RIGHTARG = integer, FUNCTION = jahat.tidak);
CREATE FUNCTION jahat.sambung(text, text) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE OPERATOR jahat.|| (LEFTARG = text, RIGHTARG = text, FUNCTION = jahat.sambung);
CREATE FUNCTION jahat.format_nilai(numeric, text) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.format_rupiah(numeric) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE TABLE jahat.instansi (kode text);
SET search_path = jahat, pg_catalog, lkj, public;
SELECT count(*) AS temuan,
       (SELECT count(*) FROM (SELECT * FROM lkj.periksa(per_tanggal => '2025-01-01') EXCEPT SELECT * FROM temuan_sebelum) AS beda) AS berbeda
  FROM lkj.periksa('kunir', 2024, '2025-01-01');
SELECT count(*) AS temuan,
       (SELECT count(*) FROM (SELECT * FROM lihat_tanpa_desa EXCEPT SELECT * FROM temuan_sebelum) AS beda) AS berbeda
  FROM lihat_tanpa_desa;
RESET search_path;
SET client_min_messages = warning;
DROP SCHEMA jahat CASCADE;
RESET client_min_messages;

-- A unit that does not exist is an error, not an empty (clean) result:
-- 42704, as from lkj.laporan() (galat.sql).  A NULL date is no date.
\set VERBOSITY default
\set SHOW_CONTEXT never
SAVEPOINT tanpa_unit;
SELECT * FROM lkj.periksa('kunyit', per_tanggal => '2025-01-01');
ROLLBACK TO SAVEPOINT tanpa_unit;
DO $$
BEGIN
    PERFORM lkj.periksa('kunyit', 2024, '2025-01-01');
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'SQLSTATE %', SQLSTATE;
END
$$;
SAVEPOINT tanpa_tanggal;
SELECT * FROM lkj.periksa('kunir', 2024, NULL);
ROLLBACK TO SAVEPOINT tanpa_tanggal;

-- A check of the regency's own: one view more, registered in
-- lkj.cek_pengguna (sql/cek_pengguna.sql tests who may, and what is
-- refused), picked up by periksa() as it is.  One with a column of the
-- wrong type (tahun bigint) is refused at registration, with the columns it
-- has; one that returns a level outside lkj.tingkat (galat, peringatan,
-- info) or none is refused when periksa() runs: 42P17.
CREATE VIEW lkj.cek_lokal_kepala AS
SELECT u.kode AS instansi, pk.tahun, 'Lampiran PK'::text AS tabel, 'lokal_kepala'::text AS kode,
       'peringatan'::text AS tingkat, 'instansi ' || u.kode AS objek,
       format('Kepala %s menandatangani PK %s %s sebagai "%s".', u.kepala_nama, pk.jenis, pk.tahun,
              pk.pihak_pertama_jabatan) AS pesan,
       NULL::date AS berlaku_mulai
  FROM lkj.instansi u
  JOIN lkj.perjanjian_kinerja pk ON pk.instansi = u.kode AND pk.pihak_pertama_nama = u.kepala_nama;
COMMENT ON VIEW lkj.cek_lokal_kepala IS 'peringatan: made up for this test.';
SELECT kode, objek, pesan FROM lkj.periksa('kunir', per_tanggal => '2025-01-01') WHERE kode = 'lokal_kepala';
INSERT INTO lkj.cek_pengguna VALUES ('lokal_kepala', 'lkj.cek_lokal_kepala');
SELECT kode, objek, pesan FROM lkj.periksa('kunir', per_tanggal => '2025-01-01') WHERE kode = 'lokal_kepala';
DELETE FROM lkj.cek_pengguna;
DROP VIEW lkj.cek_lokal_kepala;
CREATE VIEW lkj.cek_lokal_rusak AS
SELECT kode AS instansi, 2024::bigint AS tahun, 'Tabel 1'::text AS tabel, 'lokal_rusak'::text AS kode,
       'galat'::text AS tingkat, 'instansi'::text AS objek, 'x'::text AS pesan, NULL::date AS berlaku_mulai
  FROM lkj.instansi;
SAVEPOINT rusak;
INSERT INTO lkj.cek_pengguna VALUES ('lokal_rusak', 'lkj.cek_lokal_rusak');
ROLLBACK TO SAVEPOINT rusak;
SELECT kode, sesuai FROM lkj.daftar_cek WHERE kode LIKE 'lokal%';
DROP VIEW lkj.cek_lokal_rusak;
CREATE VIEW lkj.cek_lokal_fatal AS
SELECT u.kode AS instansi, 2024 AS tahun, 'Tabel 1'::text AS tabel, 'lokal_fatal'::text AS kode,
       t.tingkat, 'instansi'::text AS objek, 'x'::text AS pesan, NULL::date AS berlaku_mulai
  FROM lkj.instansi u CROSS JOIN (VALUES ('fatal'), ('Galat'), ('galat'), (NULL)) AS t (tingkat);
INSERT INTO lkj.cek_pengguna VALUES ('lokal_fatal', 'lkj.cek_lokal_fatal');
SELECT kode, sesuai FROM lkj.daftar_cek WHERE kode LIKE 'lokal%';
SAVEPOINT fatal;
SELECT count(*) FROM lkj.periksa('kunir', per_tanggal => '2025-01-01');
ROLLBACK TO SAVEPOINT fatal;
DO $$
BEGIN
    PERFORM lkj.periksa(per_tanggal => '2025-01-01');
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'SQLSTATE %', SQLSTATE;
END
$$;
DELETE FROM lkj.cek_pengguna;
DROP VIEW lkj.cek_lokal_fatal;

-- Kunir with its errata fixed: no finding ------------------------------------

-- Erratum 2: Program 1's kegiatan add up to its 1.696.436.296 (kegiatan 2
-- takes the 89.214.839).
UPDATE lkj.kegiatan SET anggaran_awal = anggaran_awal + 89214839
 WHERE instansi = 'kunir' AND tahun = 2024 AND kode = '1.2';
-- Erratum 3: quarters printed as they are stored (20,72 x 3 + 20,71 =
-- 82,87), and ten villages whose documents give whole percentages: LPPDes
-- 9 of 30 on time (30,00%), RKPDes 6 (20,00%), APBDes 9 (30,00%), year 24 of
-- 30 = 80,00% = 30,00 + 0 + 20,00 + 30,00.
UPDATE lkj.realisasi SET nilai = CASE triwulan WHEN 4 THEN 20.71 ELSE 20.72 END
 WHERE instansi = 'kunir' AND indikator = 'fasilitasi' AND tahun = 2024;
DELETE FROM lkj.dokumen_desa WHERE instansi = 'kunir' AND desa = 'desa-11';
DELETE FROM lkj.desa WHERE instansi = 'kunir' AND kode = 'desa-11';
UPDATE lkj.dokumen_desa SET tanggal = tanggal + 30
 WHERE instansi = 'kunir'
   AND ((jenis = 'LPPDes' AND desa = 'desa-10')
        OR (jenis = 'RKPDes' AND desa IN ('desa-07', 'desa-08', 'desa-09', 'desa-10'))
        OR (jenis = 'APBDes' AND desa = 'desa-10'));
SELECT triwulan, pembilang, penyebut, nilai_laporan FROM lkj.realisasi_triwulan
 WHERE instansi = 'kunir' AND indikator = 'dokumen-desa' ORDER BY triwulan;
-- Program 6's other two indicators measured.
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES
    ('kunir', 'p6-apbdes', 2024, NULL, 90.91),
    ('kunir', 'p6-lppdes', 2024, NULL, 100);
SELECT * FROM lkj.periksa('kunir', per_tanggal => '2025-01-01');

ROLLBACK;
