-- ======================================================================
-- findings kept: an auditor's findings and saved checks (1.1, issue 10)
-- ======================================================================

-- (section: temuan_audit)

/*
 * Issue 10, item 1: lkj_auditor "reads everything of its scope, runs the
 * checks, writes only its findings"; issue 14 wants periksa's findings
 * stored with the date they were computed.  One table serves both: a row
 * is either a finding saved from lkj.periksa() (asal 'periksa', with the
 * per_tanggal it was computed as of and the check's code) or an auditor's
 * own note (asal 'auditor', code optional).  The unit's operator answers a
 * finding (jawaban, status dijawab); only its auditor closes it.
 * The name is not lkj.temuan: that is the row type of periksa's output
 * (10_types--1.0.sql), and a table brings a row type of its own name.
 * A uuid key, not a sequence: nothing to dump beside the rows.  No figure
 * column, so nothing here can hold NaN.
 * Row security is in 85_akses--1.1.sql with every other policy (its
 * helpers come first there); who may change which column is the trigger
 * below, since a policy cannot compare a row before and after.
 */

CREATE TABLE @extschema@.temuan_audit (
    instansi        text NOT NULL REFERENCES @extschema@.instansi (kode),
    tahun           integer NOT NULL,
    id              uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
    asal            text NOT NULL DEFAULT 'auditor'
                    CONSTRAINT temuan_audit_asal_dikenal CHECK (asal IN ('periksa', 'auditor')),
    per_tanggal     date,
    tabel           text,
    kode            text,
    tingkat         @extschema@.tingkat NOT NULL,
    objek           text,
    pesan           text NOT NULL
                    CONSTRAINT temuan_audit_pesan_isi CHECK (pesan <> ''),
    berlaku_mulai   date,
    catatan         text,
    status          text NOT NULL DEFAULT 'terbuka'
                    CONSTRAINT temuan_audit_status_dikenal CHECK (status IN ('terbuka', 'dijawab', 'ditutup')),
    jawaban         text,
    dicatat_oleh    text NOT NULL DEFAULT CURRENT_USER,
    dicatat_pada    timestamptz NOT NULL DEFAULT pg_catalog.now(),
    dijawab_oleh    text,
    dijawab_pada    timestamptz,
    ditutup_oleh    text,
    ditutup_pada    timestamptz,
    CONSTRAINT temuan_audit_pkey PRIMARY KEY (instansi, tahun, id),
    -- a saved check says which check and as of which date
    CONSTRAINT temuan_audit_periksa_lengkap
        CHECK (asal <> 'periksa' OR (kode IS NOT NULL AND per_tanggal IS NOT NULL)),
    -- an answered finding carries its answer
    CONSTRAINT temuan_audit_jawaban_ada
        CHECK (status <> 'dijawab' OR pg_catalog.length(pg_catalog.btrim(jawaban)) > 0),
    -- closed exactly when someone closed it: the operator, who cannot set
    -- ditutup_oleh, can neither close a finding nor reopen one
    CONSTRAINT temuan_audit_ditutup_oleh
        CHECK ((status = 'ditutup') = (ditutup_oleh IS NOT NULL))
);
COMMENT ON TABLE @extschema@.temuan_audit IS 'Findings kept: an auditor''s (lkj_auditor) own notes on a unit''s year and the findings of lkj.periksa() saved by lkj.simpan_temuan with the date they were computed as of; the unit''s operator answers them (jawaban), the auditor who wrote one closes it.  Row security: an auditor reads and writes its own findings within its scope and reads the others of its scope, the unit''s operators and its pemda''s planners read them, lkj_pembaca none';
COMMENT ON COLUMN @extschema@.temuan_audit.instansi IS 'the unit the finding concerns (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.temuan_audit.tahun IS 'the report year the finding concerns';
COMMENT ON COLUMN @extschema@.temuan_audit.id IS 'the finding''s identifier within its unit and year (a random uuid, so nothing but the rows needs dumping)';
COMMENT ON COLUMN @extschema@.temuan_audit.asal IS 'where it comes from: periksa (a check''s finding saved by lkj.simpan_temuan) or auditor (an auditor''s own finding)';
COMMENT ON COLUMN @extschema@.temuan_audit.per_tanggal IS 'for a saved check, the date lkj.periksa() judged as of (its per_tanggal); NULL for an auditor''s own finding unless it gives one';
COMMENT ON COLUMN @extschema@.temuan_audit.tabel IS 'the LKj table or section it concerns (Tabel 1 to 15, 3.1.2.6, Lampiran PK), as lkj.temuan.tabel; NULL: the report as a whole';
COMMENT ON COLUMN @extschema@.temuan_audit.kode IS 'the check''s code (lkj.daftar_cek) for a saved check or an auditor''s finding that names one; NULL for free text';
COMMENT ON COLUMN @extschema@.temuan_audit.tingkat IS 'severity: galat, peringatan or info (lkj.tingkat)';
COMMENT ON COLUMN @extschema@.temuan_audit.objek IS 'the objects concerned (kind and kode, e.g. "program 1"), as lkj.temuan.objek; NULL: none in particular';
COMMENT ON COLUMN @extschema@.temuan_audit.pesan IS 'the finding: periksa''s message for a saved check, the auditor''s text for its own';
COMMENT ON COLUMN @extschema@.temuan_audit.berlaku_mulai IS 'for a saved check, the date from which its verdict holds (lkj.temuan.berlaku_mulai); NULL: at once';
COMMENT ON COLUMN @extschema@.temuan_audit.catatan IS 'the auditor''s note: what it asks of the unit, or why it closed the finding';
COMMENT ON COLUMN @extschema@.temuan_audit.status IS 'terbuka (open), dijawab (answered by the unit: jawaban holds the answer), ditutup (closed by its auditor)';
COMMENT ON COLUMN @extschema@.temuan_audit.jawaban IS 'the unit''s answer: what it decided and where it is documented; written by its operator';
COMMENT ON COLUMN @extschema@.temuan_audit.dicatat_oleh IS 'the role that recorded the finding (current_user at INSERT); an auditor writes only findings recorded by itself';
COMMENT ON COLUMN @extschema@.temuan_audit.dicatat_pada IS 'when the finding was recorded';
COMMENT ON COLUMN @extschema@.temuan_audit.dijawab_oleh IS 'the role that last wrote jawaban (set by the table''s trigger)';
COMMENT ON COLUMN @extschema@.temuan_audit.dijawab_pada IS 'when jawaban was last written (set by the table''s trigger)';
COMMENT ON COLUMN @extschema@.temuan_audit.ditutup_oleh IS 'the role that closed the finding (set by the table''s trigger when status becomes ditutup, cleared when reopened)';
COMMENT ON COLUMN @extschema@.temuan_audit.ditutup_pada IS 'when the finding was closed (set with ditutup_oleh)';
COMMENT ON CONSTRAINT temuan_audit_periksa_lengkap ON @extschema@.temuan_audit IS 'a finding saved from lkj.periksa() names its check (kode) and the date it was computed as of (per_tanggal)';
COMMENT ON CONSTRAINT temuan_audit_jawaban_ada ON @extschema@.temuan_audit IS 'a finding marked dijawab carries the unit''s answer';
COMMENT ON CONSTRAINT temuan_audit_ditutup_oleh ON @extschema@.temuan_audit IS 'a finding is closed exactly when ditutup_oleh names who closed it';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.temuan_audit', '');

/*
 * Who may change which column of a finding.  Row security lets a row be
 * updated by its auditor and by the unit's operators; a login may hold
 * both roles, on different units, and a column GRANT cannot tell by whom
 * the row was written, so this trigger does: the auditor who recorded a
 * finding (or lkj_admin, or the table's owner) changes anything but who
 * recorded it and when; anyone else (an operator) only jawaban and status
 * between terbuka and dijawab.  It fills in who answered or closed, and
 * when.  Not SECURITY DEFINER: it reads only the caller's own grants.  It
 * lives in this part, with its table, since a trigger needs its function
 * first (the replaceable parts come after this one in the upgrade).
 */
CREATE FUNCTION @extschema@.temuan_audit_jaga()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    penulis boolean := OLD.dicatat_oleh = current_user
                       OR @extschema@.akses_admin()
                       OR pg_has_role((SELECT c.relowner FROM pg_class c WHERE c.oid = TG_RELID), 'USAGE');
BEGIN
    IF NEW.dicatat_oleh IS DISTINCT FROM OLD.dicatat_oleh OR NEW.dicatat_pada IS DISTINCT FROM OLD.dicatat_pada
       OR NEW.instansi IS DISTINCT FROM OLD.instansi OR NEW.tahun IS DISTINCT FROM OLD.tahun OR NEW.id IS DISTINCT FROM OLD.id
    THEN
        RAISE EXCEPTION 'a finding''s unit, year, identifier and recorder cannot be changed'
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = 'They say what the finding is about and who wrote it.',
                  HINT = 'Close the finding (status ditutup) and record a new one.';
    END IF;
    IF NOT penulis THEN
        IF (NEW.asal, NEW.per_tanggal, NEW.tabel, NEW.kode, NEW.tingkat, NEW.objek, NEW.pesan, NEW.berlaku_mulai, NEW.catatan)
           IS DISTINCT FROM
           (OLD.asal, OLD.per_tanggal, OLD.tabel, OLD.kode, OLD.tingkat, OLD.objek, OLD.pesan, OLD.berlaku_mulai, OLD.catatan)
           OR 'ditutup' IN (NEW.status, OLD.status) AND NEW.status IS DISTINCT FROM OLD.status
        THEN
            RAISE EXCEPTION 'permission denied to change the finding beyond its answer'
                USING ERRCODE = 'insufficient_privilege',
                      DETAIL = format('Role %s did not record this finding: it may write jawaban and set status terbuka or dijawab.', current_user),
                      HINT = 'Ask the auditor who recorded it (dicatat_oleh) to change or close it.';
        END IF;
    END IF;
    IF NEW.jawaban IS DISTINCT FROM OLD.jawaban THEN
        NEW.dijawab_oleh := current_user;
        NEW.dijawab_pada := now();
    END IF;
    IF NEW.status = 'ditutup' AND OLD.status <> 'ditutup' THEN
        NEW.ditutup_oleh := current_user;
        NEW.ditutup_pada := now();
    ELSIF NEW.status <> 'ditutup' THEN
        NEW.ditutup_oleh := NULL;
        NEW.ditutup_pada := NULL;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@.temuan_audit_jaga() IS
  'Trigger of lkj.temuan_audit: the auditor who recorded a finding (or lkj_admin, or the owner) changes it, anyone else (the unit''s operator) only its answer and status terbuka or dijawab (42501 otherwise); nobody changes its unit, year, id or recorder; fills in dijawab_oleh/_pada and ditutup_oleh/_pada';

CREATE TRIGGER temuan_audit_jaga BEFORE UPDATE ON @extschema@.temuan_audit
    FOR EACH ROW EXECUTE FUNCTION @extschema@.temuan_audit_jaga();
COMMENT ON TRIGGER temuan_audit_jaga ON @extschema@.temuan_audit IS
  'who may change which column of a finding (lkj.temuan_audit_jaga)';
