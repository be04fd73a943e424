-- keamanan: who may do what, and that no search_path changes a figure.
-- The views and the report resolve every name at creation time or through
-- @extschema@ / pg_catalog; a planner's (or an attacker's) objects that
-- shadow lkj's names or PostgreSQL's must not reach them.
\set SHOW_CONTEXT never
\set VERBOSITY default
BEGIN;
\set ECHO none
\i data/kunir_2024.sql
\set ECHO all

-- the figures as they are
CREATE TEMP TABLE sebelum AS
SELECT md5(lkj.laporan('kunir', 2024)) AS laporan,
       (SELECT string_agg(capaian::text, ' ' ORDER BY urutan)
          FROM lkj.tabel_8_capaian_kinerja WHERE instansi = 'kunir' AND tahun = 2024) AS tabel_8,
       (SELECT string_agg(kriteria, ', ' ORDER BY urutan)
          FROM lkj.tabel_8_capaian_kinerja WHERE instansi = 'kunir' AND tahun = 2024) AS kriteria,
       (SELECT string_agg(interval_capaian, ', ' ORDER BY urutan)
          FROM lkj.tabel_7_skala_kriteria WHERE instansi = 'kunir' AND tahun = 2024) AS tabel_7;
SELECT tabel_8, kriteria, tabel_7 FROM sebelum;

-- a schema whose functions shadow lkj's and PostgreSQL's names, first on the path
CREATE SCHEMA jahat;
CREATE FUNCTION jahat.capaian(numeric, numeric, lkj.polaritas DEFAULT 'positif') RETURNS numeric
    LANGUAGE sql AS 'SELECT 0::numeric';
CREATE FUNCTION jahat.penyerapan(numeric, numeric) RETURNS numeric LANGUAGE sql AS 'SELECT 0::numeric';
CREATE FUNCTION jahat.format_angka(numeric) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.format_persen(numeric) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.label_kriteria(numeric, text) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.rentang_skala(lkj.skala) RETURNS SETOF record LANGUAGE sql AS $$SELECT NULL::record WHERE false$$;
CREATE FUNCTION jahat.round(numeric, integer) RETURNS numeric LANGUAGE sql AS 'SELECT 0::numeric';
CREATE FUNCTION jahat.sum(numeric) RETURNS numeric LANGUAGE sql AS 'SELECT 0::numeric';
CREATE FUNCTION jahat.nol(numeric, numeric) RETURNS numeric LANGUAGE sql AS 'SELECT 0::numeric';
CREATE OPERATOR jahat.+ (LEFTARG = numeric, RIGHTARG = numeric, FUNCTION = jahat.nol);
CREATE OPERATOR jahat.* (LEFTARG = numeric, RIGHTARG = numeric, FUNCTION = jahat.nol);
CREATE FUNCTION jahat.tidak(text, text) RETURNS boolean LANGUAGE sql AS 'SELECT false';
CREATE OPERATOR jahat.= (LEFTARG = text, RIGHTARG = text, FUNCTION = jahat.tidak);
CREATE TABLE jahat.instansi (kode text, nama text);
CREATE TABLE jahat.program (kode text);
SET search_path = jahat, pg_catalog, lkj, public;

-- (this query itself must name text's = explicitly, or the shadow would hit it)
SELECT md5(lkj.laporan('kunir', 2024)) OPERATOR(pg_catalog.=) (SELECT laporan FROM sebelum) AS laporan_sama,
       (SELECT string_agg(capaian::text, ' ' ORDER BY urutan)
          FROM lkj.tabel_8_capaian_kinerja
         WHERE instansi OPERATOR(pg_catalog.=) 'kunir' AND tahun = 2024)
         OPERATOR(pg_catalog.=) (SELECT tabel_8 FROM sebelum) AS tabel_8_sama,
       (SELECT string_agg(kriteria, ', ' ORDER BY urutan)
          FROM lkj.tabel_8_capaian_kinerja
         WHERE instansi OPERATOR(pg_catalog.=) 'kunir' AND tahun = 2024)
         OPERATOR(pg_catalog.=) (SELECT kriteria FROM sebelum) AS kriteria_sama,
       (SELECT string_agg(interval_capaian, ', ' ORDER BY urutan)
          FROM lkj.tabel_7_skala_kriteria
         WHERE instansi OPERATOR(pg_catalog.=) 'kunir' AND tahun = 2024)
         OPERATOR(pg_catalog.=) (SELECT tabel_7 FROM sebelum) AS tabel_7_sama,
       (SELECT count(*) FROM lkj.periksa('kunir', 2024, '2025-01-01')) AS temuan;
-- a scale by name: the lookup C runs is parsed on this path too
SELECT lkj.label_kriteria(80, 'lumajang') AS label_kriteria, lkj.kriteria_label(80, 'lumajang') AS kriteria_label,
       lkj.kriteria(95, 'permendagri-86-2017') AS kriteria;
RESET search_path;

-- a planner: reads every view and the report, adds rows, cannot alter the extension's objects
CREATE ROLE lkj_perencana NOLOGIN;
GRANT USAGE ON SCHEMA lkj TO lkj_perencana;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA lkj TO lkj_perencana;
-- since 1.1 row security shows a role the units lkj.akses grants it (as
-- lkj.beri_akses would record; tests/t_akses.sh tries every role): without
-- this row the role would see no unit at all
INSERT INTO lkj.akses (peran_login, peran, instansi) VALUES ('lkj_perencana', 'lkj_operator', 'kunir');
SET ROLE lkj_perencana;
SELECT capaian FROM lkj.tabel_9_target_realisasi WHERE instansi = 'kunir' AND tahun = 2024 ORDER BY urutan;
SELECT length(lkj.laporan('kunir', 2024)) > 10000 AS laporan_terbaca;
UPDATE lkj.realisasi SET nilai = 21.12 WHERE instansi = 'kunir' AND indikator = 'ipp' AND tahun = 2024 AND triwulan = 4;
SELECT realisasi, capaian FROM lkj.tabel_8_capaian_kinerja WHERE instansi = 'kunir' AND tahun = 2024 AND urutan = 1;
SAVEPOINT s;
DROP VIEW lkj.tabel_8_capaian_kinerja;
ROLLBACK TO s;
CREATE FUNCTION lkj.capaian(numeric, numeric) RETURNS numeric LANGUAGE sql AS 'SELECT 0::numeric';
ROLLBACK TO s;
RESET ROLE;

-- a BI tool's read-only role sees the views, and nothing it may not write
CREATE ROLE lkj_bi NOLOGIN;
GRANT USAGE ON SCHEMA lkj TO lkj_bi;
GRANT SELECT ON ALL TABLES IN SCHEMA lkj TO lkj_bi;
INSERT INTO lkj.akses (peran_login, peran, instansi) VALUES ('lkj_bi', 'lkj_pembaca', 'kunir');
SET ROLE lkj_bi;
SELECT count(*) FROM lkj.tabel_6_program_kegiatan WHERE instansi = 'kunir' AND tahun = 2024;
SAVEPOINT s;
DELETE FROM lkj.realisasi WHERE instansi = 'kunir';
ROLLBACK TO s;
RESET ROLE;

-- the extension stays in its schema
ALTER EXTENSION lkj SET SCHEMA public;
ROLLBACK;
