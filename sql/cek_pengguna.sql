-- The registry of a regency's own checks (lkj.cek_pengguna, issue 10): who
-- may register a check, what a check view must be, and that lkj.periksa runs
-- only lkj's own cek_ views and the registered ones, never a view found by
-- its name.  The suite runs as the extension's owner (a superuser, as the
-- installer is); roles are made and dropped inside the transaction.
-- Every call judges as of 1 January 2025.
SET datestyle = 'ISO, YMD';
SET client_min_messages = notice;
-- the error's CONTEXT names a line of periksa's body, which any edit moves
\set SHOW_CONTEXT never
BEGIN;
\set ECHO none
\i data/kunir_2024.sql
\set ECHO all

-- The table: the extension owner's, dumped (config_dump), nobody else may
-- read or write it.  lkj_admin is granted by lkj.siapkan_peran().
SELECT c.relname, c.relacl IS NULL AS tiada_grant,
       c.oid = ANY (e.extconfig) AS didump
  FROM pg_class c, pg_extension e
 WHERE c.oid = 'lkj.cek_pengguna'::regclass AND e.extname = 'lkj';

-- A logging table any role may write, so that a side effect shows.
CREATE TABLE public.jejak (siapa text, kapan text);
GRANT INSERT, SELECT ON public.jejak TO PUBLIC;

-- A planner: no registry rights, but a schema of its own, where it
-- writes a check view whose function leaves a trace and raises a NOTICE
-- when it runs, as whoever runs it.
CREATE ROLE perencana_cek NOLOGIN;
CREATE SCHEMA perencana AUTHORIZATION perencana_cek;
GRANT USAGE ON SCHEMA lkj TO perencana_cek;
GRANT SELECT ON lkj.instansi TO perencana_cek;
SET ROLE perencana_cek;
CREATE FUNCTION perencana.jejak() RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO public.jejak VALUES (current_user, 'jalan');
    RAISE NOTICE 'perencana.jejak() ran as %', current_user;
    RETURN 'jahat';
END
$$;
CREATE VIEW perencana.cek_jahat AS
SELECT u.kode AS instansi, 2024 AS tahun, 'Tabel 1'::text AS tabel, perencana.jejak() AS kode,
       'galat'::text AS tingkat, 'instansi'::text AS objek, 'x'::text AS pesan, NULL::date AS berlaku_mulai
  FROM lkj.instansi u;
-- it cannot register it (42501), nor create it in lkj (42501)
SAVEPOINT s;
INSERT INTO lkj.cek_pengguna VALUES ('jahat', 'perencana.cek_jahat');
ROLLBACK TO SAVEPOINT s;
CREATE VIEW lkj.cek_jahat AS SELECT * FROM perencana.cek_jahat;
ROLLBACK TO SAVEPOINT s;
RESET ROLE;

-- periksa does not run it: the findings are Kunir's five, no NOTICE, no
-- trace, and daftar_cek does not list it (nor a cek_ view of lkj's owner
-- that is not registered: only members of the extension are found by name).
CREATE VIEW lkj.cek_tak_terdaftar AS SELECT * FROM perencana.cek_jahat;
SELECT kode, count(*) FROM lkj.periksa(per_tanggal => '2025-01-01') GROUP BY kode ORDER BY kode;
SELECT count(*) AS jejak FROM public.jejak;
SELECT kode FROM lkj.daftar_cek WHERE kode IN ('jahat', 'tak_terdaftar') OR terdaftar;
DROP VIEW lkj.cek_tak_terdaftar;

-- Nor can an administrator register it by mistake: the view and its
-- function are the planner's, who could change them after registration
-- (42501, naming the view first).  Taken over, the view still calls the
-- planner's function: refused again, naming the function.
SAVEPOINT s;
INSERT INTO lkj.cek_pengguna VALUES ('jahat', 'perencana.cek_jahat');
ROLLBACK TO SAVEPOINT s;
ALTER VIEW perencana.cek_jahat OWNER TO CURRENT_USER;
SAVEPOINT s;
INSERT INTO lkj.cek_pengguna VALUES ('jahat', 'perencana.cek_jahat');
ROLLBACK TO SAVEPOINT s;
-- A view of the owner's over the planner's view: refused, naming the view
-- inside (the walk goes through every view it reads).
ALTER VIEW perencana.cek_jahat OWNER TO perencana_cek;
CREATE VIEW public.cek_bungkus AS SELECT * FROM perencana.cek_jahat;
SAVEPOINT s;
INSERT INTO lkj.cek_pengguna VALUES ('bungkus', 'public.cek_bungkus');
ROLLBACK TO SAVEPOINT s;
-- Two views of the owner's deep, the inner one calling the planner's
-- function: refused, naming the function.
CREATE VIEW public.dalam AS
SELECT u.kode AS instansi, 2024 AS tahun, 'Tabel 1'::text AS tabel, perencana.jejak() AS kode,
       'galat'::text AS tingkat, 'instansi'::text AS objek, 'x'::text AS pesan, NULL::date AS berlaku_mulai
  FROM lkj.instansi u;
CREATE VIEW public.cek_dalam AS SELECT * FROM public.dalam;
SAVEPOINT s;
INSERT INTO lkj.cek_pengguna VALUES ('dalam', 'public.cek_dalam');
ROLLBACK TO SAVEPOINT s;
SELECT count(*) AS jejak FROM public.jejak;

-- What a check view must be, refused at registration and not when periksa
-- runs: a view (42P17), with exactly the columns of lkj.temuan (42P17,
-- here tahun bigint), running as its owner (security_invoker: 42501); a
-- code of its own (23514 for its form, 23505 for lkj's own codes or a view
-- registered twice).
CREATE VIEW public.cek_rusak AS
SELECT kode AS instansi, 2024::bigint AS tahun, 'Tabel 1'::text AS tabel, 'rusak'::text AS kode,
       'galat'::text AS tingkat, 'instansi'::text AS objek, 'x'::text AS pesan, NULL::date AS berlaku_mulai
  FROM lkj.instansi;
SAVEPOINT s;
INSERT INTO lkj.cek_pengguna VALUES ('rusak', 'public.cek_rusak');
ROLLBACK TO SAVEPOINT s;
INSERT INTO lkj.cek_pengguna VALUES ('tabel', 'public.jejak');
ROLLBACK TO SAVEPOINT s;
RELEASE SAVEPOINT s;
CREATE VIEW public.cek_pemanggil WITH (security_invoker = on) AS
SELECT * FROM lkj.cek_anggaran_kegiatan;
SAVEPOINT s;
INSERT INTO lkj.cek_pengguna VALUES ('pemanggil', 'public.cek_pemanggil');
ROLLBACK TO SAVEPOINT s;
INSERT INTO lkj.cek_pengguna VALUES ('Kepala', 'public.cek_pemanggil');
ROLLBACK TO SAVEPOINT s;
INSERT INTO lkj.cek_pengguna VALUES ('anggaran_pk', 'public.cek_pemanggil');
ROLLBACK TO SAVEPOINT s;
SELECT * FROM lkj.periksa_cek_sah('public.cek_rusak');
SELECT * FROM lkj.periksa_cek_sah(NULL);

-- A check of the regency's own, registered by the administrator: the head
-- who signed a PK (a made-up rule).  Kunir's head, M. Imron Rosyadi, signed
-- both PKs of 2024 (awal and perubahan): two findings, which periksa gives
-- beside Kunir's five, in its order: galat first, then peringatan by code.
CREATE VIEW public.cek_kepala AS
SELECT pk.instansi, pk.tahun, 'Lampiran PK'::text AS tabel, 'kepala'::text AS kode,
       'peringatan'::text AS tingkat, 'perjanjian_kinerja ' || pk.jenis AS objek,
       format('PK %s %s ditandatangani %s.', pk.jenis, pk.tahun, pk.pihak_pertama_nama) AS pesan,
       NULL::date AS berlaku_mulai
  FROM lkj.perjanjian_kinerja pk;
COMMENT ON VIEW public.cek_kepala IS 'peringatan: made up for this test.';
INSERT INTO lkj.cek_pengguna VALUES ('kepala', 'public.cek_kepala');
SELECT kode, skema, view, keterangan, sesuai, terdaftar, masalah FROM lkj.daftar_cek WHERE terdaftar;
SELECT tingkat, kode, objek, pesan FROM lkj.periksa('kunir', 2024, '2025-01-01');
SELECT count(*) FROM lkj.daftar_cek;
-- registered twice (terse: the index key is the view's OID)
SAVEPOINT s;
\set VERBOSITY terse
INSERT INTO lkj.cek_pengguna VALUES ('kepala_lagi', 'public.cek_kepala');
\set VERBOSITY default
ROLLBACK TO SAVEPOINT s;

-- What changes after registration is judged again when periksa runs:
-- given to the planner (42501), replaced by one that calls the planner's
-- function (42501), returning a level outside lkj.tingkat (42P17), dropped
-- (42P17).  Each time nothing of the planner's ran.
SAVEPOINT s;
ALTER VIEW public.cek_kepala OWNER TO perencana_cek;
SELECT kode, sesuai, masalah FROM lkj.daftar_cek WHERE terdaftar;
SELECT count(*) FROM lkj.periksa(per_tanggal => '2025-01-01');
ROLLBACK TO SAVEPOINT s;
CREATE OR REPLACE VIEW public.cek_kepala AS
SELECT pk.instansi, pk.tahun, 'Lampiran PK'::text AS tabel, perencana.jejak() AS kode,
       'peringatan'::text AS tingkat, 'perjanjian_kinerja ' || pk.jenis AS objek,
       'x'::text AS pesan, NULL::date AS berlaku_mulai
  FROM lkj.perjanjian_kinerja pk;
SELECT count(*) FROM lkj.periksa(per_tanggal => '2025-01-01');
ROLLBACK TO SAVEPOINT s;
CREATE OR REPLACE VIEW public.cek_kepala AS
SELECT pk.instansi, pk.tahun, 'Lampiran PK'::text AS tabel, 'kepala'::text AS kode,
       'fatal'::text AS tingkat, 'perjanjian_kinerja ' || pk.jenis AS objek,
       'x'::text AS pesan, NULL::date AS berlaku_mulai
  FROM lkj.perjanjian_kinerja pk;
SELECT count(*) FROM lkj.periksa(per_tanggal => '2025-01-01');
ROLLBACK TO SAVEPOINT s;
DROP VIEW public.cek_kepala;
SELECT kode, view, sesuai, masalah FROM lkj.daftar_cek WHERE terdaftar;
SELECT count(*) FROM lkj.periksa(per_tanggal => '2025-01-01');
ROLLBACK TO SAVEPOINT s;
SELECT count(*) AS jejak FROM public.jejak;

-- A member of lkj_admin registers (with the grant lkj.siapkan_peran gives
-- lkj_admin) and may own a check view; a role that is not, may not.
CREATE ROLE lkj_admin NOLOGIN;
CREATE ROLE admin_cek NOLOGIN IN ROLE lkj_admin;
GRANT SELECT, INSERT, UPDATE, DELETE ON lkj.cek_pengguna TO lkj_admin;
GRANT USAGE, CREATE ON SCHEMA public TO admin_cek;
GRANT USAGE ON SCHEMA lkj TO admin_cek;
GRANT SELECT ON lkj.perjanjian_kinerja TO admin_cek;
SET ROLE admin_cek;
CREATE VIEW public.cek_admin AS
SELECT pk.instansi, pk.tahun, 'Lampiran PK'::text AS tabel, 'admin'::text AS kode,
       'peringatan'::text AS tingkat, 'perjanjian_kinerja ' || pk.jenis AS objek,
       'x'::text AS pesan, NULL::date AS berlaku_mulai
  FROM lkj.perjanjian_kinerja pk;
INSERT INTO lkj.cek_pengguna VALUES ('admin', 'public.cek_admin');
RESET ROLE;
SELECT kode, count(*) FROM lkj.periksa('kunir', 2024, '2025-01-01') WHERE kode IN ('admin', 'kepala') GROUP BY kode;
REVOKE lkj_admin FROM admin_cek;
SELECT kode, masalah FROM lkj.daftar_cek WHERE kode = 'admin';

ROLLBACK;
