-- ======================================================================
-- signing and history: the tables (1.1, issue 11)
-- ======================================================================

/*
 * Issue 11.  A unit-year's LKj is a draft until its head signs it; each
 * signature stores a version (versi_laporan, with the report's text, its
 * digest and a snapshot of the facts behind it, fakta_versi); a change
 * after signing needs a revision with its reason (revisi_laporan), and is
 * signed again as the next version.  Every insert, update and delete of a
 * unit's rows is recorded in riwayat.  The tables live here, among the
 * data (30-38), so that the checks (73_cek_tanda.sql) can read them in a
 * fresh install; their triggers, row security and guards come after the
 * grants (87_tanda--1.1.sql), their functions in 88_tanda.sql.  README,
 * Signing and revisions.
 */

CREATE TABLE @extschema@.versi_laporan (
    instansi        text NOT NULL
                    CONSTRAINT versi_laporan_instansi_fkey REFERENCES @extschema@.instansi (kode),
    tahun           integer NOT NULL
                    CONSTRAINT versi_laporan_tahun_wajar CHECK (tahun BETWEEN 1990 AND 2200),
    versi           integer NOT NULL
                    CONSTRAINT versi_laporan_versi_positif CHECK (versi > 0),
    tanggal         date NOT NULL,
    penanda_nama    text NOT NULL
                    CONSTRAINT versi_laporan_penanda_isi CHECK (penanda_nama <> ''),
    penanda_nip     text
                    CONSTRAINT versi_laporan_nip_bentuk CHECK (penanda_nip ~ '^[0-9]{18}$'),
    penanda_jabatan text,
    alasan          text,
    teks            text NOT NULL,
    digest          text NOT NULL
                    CONSTRAINT versi_laporan_digest_bentuk CHECK (digest ~ '^[0-9a-f]{64}$'),
    dicatat_oleh    text NOT NULL,
    dicatat_pada    timestamptz NOT NULL,
    CONSTRAINT versi_laporan_pkey PRIMARY KEY (instansi, tahun, versi)
);
COMMENT ON TABLE @extschema@.versi_laporan IS 'Each signed version of a unit-year''s LKj, numbered from 1: who signed it and when, the report''s text as lkj.laporan_draf printed it at the signature, and that text''s sha256.  Written by lkj.tandatangani (an INSERT here is the same: its trigger numbers the version and fills the text, digest and signer); never changed or deleted.  A unit-year is signed while its latest version has no open revision (lkj.revisi_laporan).';
COMMENT ON COLUMN @extschema@.versi_laporan.instansi IS 'the unit (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.versi_laporan.tahun IS 'the report''s year';
COMMENT ON COLUMN @extschema@.versi_laporan.versi IS 'the version''s number, 1 for the first signature, one more for each signature after a revision';
COMMENT ON COLUMN @extschema@.versi_laporan.tanggal IS 'the date the head signed, as printed under the report';
COMMENT ON COLUMN @extschema@.versi_laporan.penanda_nama IS 'who signed: by default the head of the unit in office at the end of the year (lkj.kepala_instansi)';
COMMENT ON COLUMN @extschema@.versi_laporan.penanda_nip IS 'the signer''s NIP (18 digits), NULL when not known';
COMMENT ON COLUMN @extschema@.versi_laporan.penanda_jabatan IS 'the signer''s position, NULL when not known';
COMMENT ON COLUMN @extschema@.versi_laporan.alasan IS 'the reason of the revision this version closes (lkj.revisi_laporan); NULL for version 1';
COMMENT ON COLUMN @extschema@.versi_laporan.teks IS 'the report as signed: lkj.laporan_draf(instansi, tahun) at the signature, which lkj.laporan prints by default';
COMMENT ON COLUMN @extschema@.versi_laporan.digest IS 'sha256 of teks (UTF-8), in hex: the signed document''s fingerprint, which the check tanda_berubah compares with today''s draft';
COMMENT ON COLUMN @extschema@.versi_laporan.dicatat_oleh IS 'the login (session_user) that recorded the signature';
COMMENT ON COLUMN @extschema@.versi_laporan.dicatat_pada IS 'when the signature was recorded (its transaction''s time)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.versi_laporan', '');

CREATE TABLE @extschema@.revisi_laporan (
    instansi        text NOT NULL,
    tahun           integer NOT NULL,
    versi           integer NOT NULL,
    alasan          text NOT NULL,
    dibuka_oleh     text NOT NULL,
    dibuka_pada     timestamptz NOT NULL,
    CONSTRAINT revisi_laporan_pkey PRIMARY KEY (instansi, tahun, versi),
    CONSTRAINT revisi_laporan_versi_fkey FOREIGN KEY (instansi, tahun, versi)
        REFERENCES @extschema@.versi_laporan (instansi, tahun, versi)
);
COMMENT ON TABLE @extschema@.revisi_laporan IS 'A revision opened on a signed version: from then on the unit-year''s figures may change again, until the next signature (lkj.versi_laporan, versi + 1) closes it.  Written by lkj.buka_revisi (an INSERT here is the same: its trigger checks the reason and fills the version and who); never changed or deleted.';
COMMENT ON COLUMN @extschema@.revisi_laporan.instansi IS 'the unit (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.revisi_laporan.tahun IS 'the report''s year';
COMMENT ON COLUMN @extschema@.revisi_laporan.versi IS 'the signed version the revision reopens (the latest when it was opened)';
COMMENT ON COLUMN @extschema@.revisi_laporan.alasan IS 'why the signed report is reopened, as the next version will carry it (required, not blank)';
COMMENT ON COLUMN @extschema@.revisi_laporan.dibuka_oleh IS 'the login (session_user) that opened the revision';
COMMENT ON COLUMN @extschema@.revisi_laporan.dibuka_pada IS 'when the revision was opened (its transaction''s time)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.revisi_laporan', '');

CREATE TABLE @extschema@.fakta_versi (
    instansi        text NOT NULL,
    tahun           integer NOT NULL,
    versi           integer NOT NULL,
    tabel           text NOT NULL,
    kunci           jsonb NOT NULL,
    baris           jsonb NOT NULL,
    CONSTRAINT fakta_versi_pkey PRIMARY KEY (instansi, tahun, versi, tabel, kunci),
    CONSTRAINT fakta_versi_versi_fkey FOREIGN KEY (instansi, tahun, versi)
        REFERENCES @extschema@.versi_laporan (instansi, tahun, versi)
);
COMMENT ON TABLE @extschema@.fakta_versi IS 'The facts behind a signed version: every row of the unit''s tables that the locks of the year protect (lkj.tanda_fakta), as it stood at the signature, so that lkj.beda_versi can compare two versions figure by figure.  Written by the signature''s trigger; never changed or deleted.';
COMMENT ON COLUMN @extschema@.fakta_versi.instansi IS 'the unit (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.fakta_versi.tahun IS 'the report''s year';
COMMENT ON COLUMN @extschema@.fakta_versi.versi IS 'the signed version (lkj.versi_laporan)';
COMMENT ON COLUMN @extschema@.fakta_versi.tabel IS 'the table of lkj the row is of';
COMMENT ON COLUMN @extschema@.fakta_versi.kunci IS 'the row''s key: its primary key''s columns (realisasi: instansi, indikator, tahun, triwulan) as a JSON object';
COMMENT ON COLUMN @extschema@.fakta_versi.baris IS 'the whole row as a JSON object (to_jsonb)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.fakta_versi', '');

CREATE SEQUENCE @extschema@.riwayat_id_seq;
COMMENT ON SEQUENCE @extschema@.riwayat_id_seq IS 'numbers lkj.riwayat''s rows in the order they were written (dumped with its value)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.riwayat_id_seq', '');

CREATE TABLE @extschema@.riwayat (
    instansi        text NOT NULL,
    id              bigint NOT NULL DEFAULT nextval('@extschema@.riwayat_id_seq'::regclass),
    waktu           timestamptz NOT NULL,
    txid            bigint NOT NULL,
    pengguna_sesi   text NOT NULL,
    pengguna        text NOT NULL,
    tabel           text NOT NULL,
    operasi         text NOT NULL
                    CONSTRAINT riwayat_operasi_dikenal CHECK (operasi IN ('INSERT', 'UPDATE', 'DELETE')),
    tahun           integer,
    kunci           jsonb NOT NULL,
    lama            jsonb,
    baru            jsonb,
    CONSTRAINT riwayat_pkey PRIMARY KEY (instansi, id),
    CONSTRAINT riwayat_baris_ada CHECK (CASE operasi WHEN 'INSERT' THEN lama IS NULL AND baru IS NOT NULL
                                                     WHEN 'DELETE' THEN lama IS NOT NULL AND baru IS NULL
                                                     ELSE lama IS NOT NULL AND baru IS NOT NULL END)
);
CREATE INDEX riwayat_instansi_tahun_idx ON @extschema@.riwayat (instansi, tahun);
COMMENT ON TABLE @extschema@.riwayat IS 'The history of a unit''s rows: one row for each row an INSERT, UPDATE or DELETE changed in a table of lkj keyed by the unit (and lkj.instansi), written by the tables'' trigger tanda_catat, with who, when, the transaction, the key and the old and new row.  A statement that changes nothing (an UPDATE setting the same values, reloading identical data) records nothing.  Nobody but the trigger writes it: no role has a policy to add, change or delete a row, and an UPDATE or DELETE is refused even to the owner (55000).  A pg_dump script or pg_restore loads it as it was and records nothing of its own (row_security off).';
COMMENT ON COLUMN @extschema@.riwayat.instansi IS 'the unit whose row changed (lkj.instansi kode; no foreign key: the history outlives a unit)';
COMMENT ON COLUMN @extschema@.riwayat.id IS 'the order of writing (lkj.riwayat_id_seq)';
COMMENT ON COLUMN @extschema@.riwayat.waktu IS 'when: the writing transaction''s start (transaction_timestamp)';
COMMENT ON COLUMN @extschema@.riwayat.txid IS 'the writing transaction (pg_current_xact_id): the rows one transaction changed together';
COMMENT ON COLUMN @extschema@.riwayat.pengguna_sesi IS 'who: the login (session_user)';
COMMENT ON COLUMN @extschema@.riwayat.pengguna IS 'the role the statement ran as (current_user outside any SECURITY DEFINER function: SET ROLE''s, else the login)';
COMMENT ON COLUMN @extschema@.riwayat.tabel IS 'the table of lkj the row is of';
COMMENT ON COLUMN @extschema@.riwayat.operasi IS 'INSERT (baru only), UPDATE (lama and baru) or DELETE (lama only); an UPDATE that changes a row''s key is recorded as the DELETE of the old key and the INSERT of the new';
COMMENT ON COLUMN @extschema@.riwayat.tahun IS 'the row''s own year (tahun, tahun_anggaran or berlaku_mulai_tahun), NULL for a row of no one year (a Renstra, a position, a village)';
COMMENT ON COLUMN @extschema@.riwayat.kunci IS 'the row''s key: its primary key''s columns (realisasi: instansi, indikator, tahun, triwulan) as a JSON object';
COMMENT ON COLUMN @extschema@.riwayat.lama IS 'the row before (to_jsonb), NULL for an INSERT';
COMMENT ON COLUMN @extschema@.riwayat.baru IS 'the row after (to_jsonb), NULL for a DELETE';
COMMENT ON INDEX @extschema@.riwayat_instansi_tahun_idx IS 'a unit-year''s history, which the check data_terlambat reads';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.riwayat', '');
