-- ======================================================================
-- signing and history: locks, history, guards, row security (1.1, issue 11)
-- ======================================================================

/*
 * The tables are in 39_tanda--1.1.sql, the functions in 88_tanda.sql.  Here:
 * the trigger functions (in this part, not a replaceable one: the upgrade
 * runs the --1.1 parts before the replaceable ones, and CREATE TRIGGER
 * needs its function), the triggers and the policies.
 *
 * Restoring is not changing.  Every script pg_dump writes and every
 * pg_restore session starts with SET row_security = off; a role under row
 * security cannot write with it off (PostgreSQL refuses a statement a
 * policy would apply to), so only a role that bypasses row security (the
 * tables' owner, a superuser, BYPASSRLS: who can disable triggers anyway)
 * runs with it off.  So with row_security off the triggers record nothing
 * and lock nothing, and the restore loads the rows, the versions and the
 * history as they were, in whatever order pg_dump wrote the tables
 * (tests/t_tanda_dump.sh).
 */

CREATE FUNCTION @extschema@.tanda_catat()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    kolom_kunci constant text[] := @extschema@.tanda_kunci(TG_TABLE_NAME);
    kolom_unit constant text := CASE TG_TABLE_NAME WHEN 'instansi' THEN 'kode' ELSE 'instansi' END;
    v_lama jsonb[];
    v_baru jsonb[];
    k record;
BEGIN
    IF current_setting('row_security') = 'off' THEN
        RETURN NULL;   -- a restore (above), or the owner stepping around on purpose
    END IF;
    -- the rows changed: pairs of old and new by key, identical pairs left out
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(NULL::jsonb), array_agg(to_jsonb(b)) INTO v_lama, v_baru FROM baru b;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(to_jsonb(l)), array_agg(NULL::jsonb) INTO v_lama, v_baru FROM lama l;
    ELSE
        SELECT array_agg(l.r), array_agg(b.r) INTO v_lama, v_baru
          FROM (SELECT to_jsonb(x) AS r FROM lama x) l
          FULL JOIN (SELECT to_jsonb(x) AS r FROM baru x) b
            ON @extschema@.tanda_kunci_nilai(l.r, kolom_kunci) = @extschema@.tanda_kunci_nilai(b.r, kolom_kunci)
         WHERE l.r IS DISTINCT FROM b.r;
    END IF;
    IF v_lama IS NULL THEN
        RETURN NULL;
    END IF;

    -- the lock: a row of a year a signed report reads (before or after)
    IF EXISTS (SELECT FROM @extschema@.versi_laporan v
                WHERE v.instansi = ANY (ARRAY(SELECT coalesce(c.baru, c.lama) ->> kolom_unit
                                                FROM unnest(v_lama, v_baru) AS c (lama, baru)))) THEN
        SELECT s.r ->> kolom_unit AS unit, t.* INTO k
          FROM unnest(v_lama, v_baru) AS c (lama, baru)
         CROSS JOIN LATERAL (VALUES (c.lama), (c.baru)) AS s (r)
         CROSS JOIN LATERAL @extschema@.tanda_terkunci(s.r ->> kolom_unit,
                                                       @extschema@.tanda_rentang_tahun(TG_TABLE_NAME, s.r)) AS t
         WHERE s.r IS NOT NULL
         ORDER BY t.tahun
         LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'the LKj % of unit "%" is signed: its figures cannot change', k.tahun, k.unit
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = format('Version %s was signed on %s by %s; this %s of lkj.%s changes a row of the years that report reads (%s to %s: its year and the five before, which Tabel 10 prints).',
                                      k.versi, @extschema@.format_tanggal(k.tanggal), k.penanda_nama,
                                      TG_OP, TG_TABLE_NAME, k.tahun - 5, k.tahun),
                      HINT = format('Open a revision with its reason first, SELECT lkj.buka_revisi(%L, %s, ''<alasan>''); make the change; then sign again with lkj.tandatangani(%L, %s).',
                                    k.unit, k.tahun, k.unit, k.tahun);
        END IF;
    END IF;

    -- the history
    INSERT INTO @extschema@.riwayat (instansi, waktu, txid, pengguna_sesi, pengguna, tabel, operasi, tahun, kunci, lama, baru)
    SELECT coalesce(c.baru, c.lama) ->> kolom_unit, transaction_timestamp(), pg_current_xact_id()::text::bigint,
           session_user, @extschema@.peran_luar(), TG_TABLE_NAME,
           CASE WHEN c.lama IS NULL THEN 'INSERT' WHEN c.baru IS NULL THEN 'DELETE' ELSE 'UPDATE' END,
           coalesce(coalesce(c.baru, c.lama) ->> 'tahun', coalesce(c.baru, c.lama) ->> 'tahun_anggaran',
                    coalesce(c.baru, c.lama) ->> 'berlaku_mulai_tahun')::integer,
           @extschema@.tanda_kunci_nilai(coalesce(c.baru, c.lama), kolom_kunci), c.lama, c.baru
      FROM unnest(v_lama, v_baru) AS c (lama, baru)
     WHERE coalesce(c.baru, c.lama) ->> kolom_unit IS NOT NULL;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.tanda_catat() IS
  'Trigger function of the statement triggers tanda_catat_insert, _update and _delete on every table of lkj keyed by the unit (and lkj.instansi): pairs the old and new rows by key (lkj.tanda_kunci), leaves out the identical ones, refuses (55000) a change to a row of a year that a signed LKj reads (lkj.tanda_rentang_tahun, lkj.tanda_terkunci), and records the rest in lkj.riwayat.  SECURITY DEFINER, so that it writes lkj.riwayat, which no role may write; who is session_user and lkj.peran_luar().  Does nothing with row_security off (a pg_dump script or pg_restore: restoring is not changing)';

CREATE FUNCTION @extschema@.tanda_tetap()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD IS NOT DISTINCT FROM NEW THEN
        RETURN NEW;   -- an identical re-write changes nothing
    END IF;
    RAISE EXCEPTION 'rows of lkj.% cannot be changed or deleted', TG_TABLE_NAME
        USING ERRCODE = 'object_not_in_prerequisite_state',
              DETAIL = 'The history and the signed versions are evidence for the inspectorate and the evaluators: rows are only added.',
              HINT = 'A signed report is corrected by a new version: lkj.buka_revisi, the change, lkj.tandatangani.';
END
$$;
COMMENT ON FUNCTION @extschema@.tanda_tetap() IS
  'Trigger function of tanda_tetap on lkj.riwayat, lkj.versi_laporan, lkj.revisi_laporan and lkj.fakta_versi: refuses an UPDATE that changes a row and every DELETE (55000), to every role, the owner too';

CREATE FUNCTION @extschema@.versi_laporan_isi()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    akhir record;
    revisi record;
    kepala record;
BEGIN
    IF current_setting('row_security') = 'off' THEN
        RETURN NEW;   -- a restore: the version as it was signed
    END IF;
    SELECT v.versi, v.tanggal INTO akhir FROM @extschema@.versi_laporan v
     WHERE v.instansi = NEW.instansi AND v.tahun = NEW.tahun ORDER BY v.versi DESC LIMIT 1;
    IF FOUND THEN
        SELECT r.alasan INTO revisi FROM @extschema@.revisi_laporan r
         WHERE r.instansi = NEW.instansi AND r.tahun = NEW.tahun AND r.versi = akhir.versi;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'the LKj % of unit "%" is signed already', NEW.tahun, NEW.instansi
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = format('Version %s was signed on %s and no revision of it is open.', akhir.versi, @extschema@.format_tanggal(akhir.tanggal)),
                      HINT = format('To sign a changed report, open a revision with its reason first: SELECT lkj.buka_revisi(%L, %s, ''<alasan>'').', NEW.instansi, NEW.tahun);
        END IF;
        NEW.versi := akhir.versi + 1;
        NEW.alasan := revisi.alasan;
    ELSE
        NEW.versi := 1;
        NEW.alasan := NULL;
    END IF;
    IF NEW.penanda_nama IS NULL THEN
        -- the head in office at the end of the year, as the report's header
        SELECT k.nama, k.nip, k.jabatan INTO kepala FROM @extschema@.kepala_instansi k
         WHERE k.instansi = NEW.instansi AND k.tahun = NEW.tahun ORDER BY k.mulai DESC LIMIT 1;
        IF NOT FOUND THEN
            SELECT i.kepala_nama AS nama, i.kepala_nip AS nip, i.kepala_jabatan AS jabatan INTO kepala
              FROM @extschema@.instansi i WHERE i.kode = NEW.instansi;
        END IF;
        NEW.penanda_nama := kepala.nama;
        NEW.penanda_nip := kepala.nip;
        NEW.penanda_jabatan := kepala.jabatan;
    END IF;
    NEW.teks := @extschema@.laporan_draf(NEW.instansi, NEW.tahun);
    NEW.digest := encode(sha256(convert_to(NEW.teks, 'UTF8')), 'hex');
    NEW.dicatat_oleh := session_user;
    NEW.dicatat_pada := transaction_timestamp();
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@.versi_laporan_isi() IS
  'Trigger function of versi_laporan_isi (BEFORE INSERT on lkj.versi_laporan): refuses a signature while the year is signed and no revision is open (55000); numbers the version, carries the revision''s reason, fills the signer with the head of the year where none is given (lkj.kepala_instansi, else lkj.instansi), the text (lkj.laporan_draf), its sha256 and who recorded it.  SECURITY DEFINER: the text is the whole report whoever signs.  With row_security off (a restore) the row is kept as dumped';

CREATE FUNCTION @extschema@.versi_laporan_fakta()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF current_setting('row_security') = 'off' THEN
        RETURN NULL;   -- a restore loads fakta_versi as dumped
    END IF;
    INSERT INTO @extschema@.fakta_versi (instansi, tahun, versi, tabel, kunci, baris)
    SELECT NEW.instansi, NEW.tahun, NEW.versi, f.tabel, f.kunci, f.baris
      FROM @extschema@.tanda_fakta(NEW.instansi, NEW.tahun) f;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.versi_laporan_fakta() IS
  'Trigger function of versi_laporan_fakta (AFTER INSERT on lkj.versi_laporan): stores the facts behind the new version (lkj.tanda_fakta) in lkj.fakta_versi, which no role may write.  SECURITY DEFINER';

CREATE FUNCTION @extschema@.revisi_laporan_isi()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    akhir integer;
BEGIN
    IF current_setting('row_security') = 'off' THEN
        RETURN NEW;
    END IF;
    IF NEW.alasan IS NULL OR btrim(NEW.alasan) = '' THEN
        RAISE EXCEPTION 'alasan must not be empty'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'A revision of a signed report names why it is reopened; the next version carries the reason.',
                  HINT = 'Say what will change and why, e.g. ''realisasi triwulan 4 IKM dikoreksi sesuai hasil survei akhir''.';
    END IF;
    SELECT max(v.versi) INTO akhir FROM @extschema@.versi_laporan v
     WHERE v.instansi = NEW.instansi AND v.tahun = NEW.tahun;
    IF akhir IS NULL THEN
        RAISE EXCEPTION 'the LKj % of unit "%" has not been signed', NEW.tahun, NEW.instansi
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = 'A draft may be changed freely; only a signed report needs a revision.',
                  HINT = format('Sign it with SELECT lkj.tandatangani(%L, %s).', NEW.instansi, NEW.tahun);
    END IF;
    IF EXISTS (SELECT FROM @extschema@.revisi_laporan r
                WHERE r.instansi = NEW.instansi AND r.tahun = NEW.tahun AND r.versi = akhir) THEN
        RAISE EXCEPTION 'a revision of the LKj % of unit "%" is open already', NEW.tahun, NEW.instansi
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = format('Version %s is under revision: its figures may change until it is signed again.', akhir),
                  HINT = format('Make the change, then sign again with SELECT lkj.tandatangani(%L, %s).', NEW.instansi, NEW.tahun);
    END IF;
    NEW.versi := akhir;
    NEW.alasan := btrim(NEW.alasan);
    NEW.dibuka_oleh := session_user;
    NEW.dibuka_pada := transaction_timestamp();
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@.revisi_laporan_isi() IS
  'Trigger function of revisi_laporan_isi (BEFORE INSERT on lkj.revisi_laporan): refuses a blank reason (22023), a year never signed or already under revision (55000); sets the version reopened (the latest) and who opened it.  With row_security off (a restore) the row is kept as dumped';

CREATE TRIGGER versi_laporan_isi BEFORE INSERT ON @extschema@.versi_laporan
    FOR EACH ROW EXECUTE FUNCTION @extschema@.versi_laporan_isi();
COMMENT ON TRIGGER versi_laporan_isi ON @extschema@.versi_laporan IS 'a signature: numbered, its text and digest computed, refused while the year is signed';
CREATE TRIGGER versi_laporan_fakta AFTER INSERT ON @extschema@.versi_laporan
    FOR EACH ROW EXECUTE FUNCTION @extschema@.versi_laporan_fakta();
COMMENT ON TRIGGER versi_laporan_fakta ON @extschema@.versi_laporan IS 'a signature stores the facts behind it in lkj.fakta_versi';
CREATE TRIGGER revisi_laporan_isi BEFORE INSERT ON @extschema@.revisi_laporan
    FOR EACH ROW EXECUTE FUNCTION @extschema@.revisi_laporan_isi();
COMMENT ON TRIGGER revisi_laporan_isi ON @extschema@.revisi_laporan IS 'a revision needs a reason and a signed version without an open revision';

DO $tanda$
DECLARE
    t text;
    perintah text;
BEGIN
    -- nothing of the evidence changes
    FOREACH t IN ARRAY ARRAY['riwayat', 'versi_laporan', 'revisi_laporan', 'fakta_versi'] LOOP
        EXECUTE format('CREATE TRIGGER tanda_tetap BEFORE UPDATE OR DELETE ON @extschema@.%I FOR EACH ROW EXECUTE FUNCTION @extschema@.tanda_tetap()', t);
        EXECUTE format('COMMENT ON TRIGGER tanda_tetap ON @extschema@.%I IS %L', t,
                       'rows are only added: an UPDATE that changes a row and every DELETE refused (55000)');
    END LOOP;
    -- every table keyed by the unit, and the units: locked and recorded.
    -- Listed from the catalog, so no table of this release is forgotten; a
    -- later release's new table gets its triggers in its own part.
    FOR t IN
        SELECT c.relname::text
          FROM pg_catalog.pg_class c
         WHERE c.relnamespace = '@extschema@'::pg_catalog.regnamespace AND c.relkind = 'r'
           AND (c.relname = 'instansi'
                OR EXISTS (SELECT FROM pg_catalog.pg_attribute a
                            WHERE a.attrelid = c.oid AND a.attname = 'instansi' AND NOT a.attisdropped))
           AND c.relname <> ALL (ARRAY['akses', 'riwayat', 'versi_laporan', 'revisi_laporan', 'fakta_versi',
                                       -- not a unit's figures: an auditor's findings, written after
                                       -- the signature and with a trail of their own; the roll-ups'
                                       -- summary, recomputed from the figures; a load's staging rows
                                       'temuan_audit', 'rekap_instansi_tahun', 'rekap_kriteria_tahun'])
           AND c.relname NOT LIKE 'muat\_%'
         ORDER BY 1
    LOOP
        FOREACH perintah IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
            EXECUTE format('CREATE TRIGGER %I AFTER %s ON @extschema@.%I REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.tanda_catat()',
                           'tanda_catat_' || lower(perintah), perintah, t,
                           CASE perintah WHEN 'INSERT' THEN 'NEW TABLE AS baru'
                                         WHEN 'DELETE' THEN 'OLD TABLE AS lama'
                                         ELSE 'OLD TABLE AS lama NEW TABLE AS baru' END);
            EXECUTE format('COMMENT ON TRIGGER %I ON @extschema@.%I IS %L', 'tanda_catat_' || lower(perintah), t,
                           'each ' || perintah || ' of a unit''s rows: refused on a signed year (55000), else recorded in lkj.riwayat (lkj.tanda_catat)');
        END LOOP;
    END LOOP;

    -- row security: 85_akses--1.1.sql gave these tables (keyed by the unit,
    -- and created before it) the policies of every unit's table: read by
    -- every grant covering the unit, written by its operators.  Nobody
    -- writes the facts and the history but the triggers (SECURITY
    -- DEFINER); versions and revisions are only added, through their
    -- triggers (lkj.tandatangani, lkj.buka_revisi).
    FOREACH t IN ARRAY ARRAY['riwayat', 'fakta_versi'] LOOP
        EXECUTE format('DROP POLICY %I ON @extschema@.%I', t || '_insert', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['riwayat', 'fakta_versi', 'versi_laporan', 'revisi_laporan'] LOOP
        EXECUTE format('DROP POLICY %I ON @extschema@.%I', t || '_update', t);
        EXECUTE format('DROP POLICY %I ON @extschema@.%I', t || '_delete', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['versi_laporan', 'revisi_laporan'] LOOP
        EXECUTE format('COMMENT ON POLICY %I ON @extschema@.%I IS %L', t || '_insert', t,
                       'an operator (lkj_operator) signs and reopens its units'' reports, lkj_admin every unit''s (lkj.tandatangani, lkj.buka_revisi, whose triggers decide what is written); no policy updates or deletes');
    END LOOP;
END
$tanda$;
