-- ======================================================================
-- access: the roles and the grant functions (1.1, issue 10)
-- ======================================================================

/*
 * Roles are cluster-wide and an extension script cannot know which exist,
 * so the script creates none; lkj.siapkan_peran() creates the five and
 * grants them what they may do to lkj's tables at all, and
 * lkj.beri_akses() gives a login role one of them on a scope, which row
 * security (85_akses--1.1.sql) reads.  Both run as their caller: creating
 * a role needs CREATEROLE, granting on lkj's tables the extension's owner,
 * granting a role its ADMIN OPTION (lkj_admin has it on the four others).
 * TRUNCATE is granted to nobody: it would step around row security.
 */

CREATE FUNCTION @extschema@.siapkan_peran()
RETURNS TABLE (peran text, keadaan text)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    semua constant text[] := ARRAY['lkj_admin', 'lkj_perencana', 'lkj_operator', 'lkj_auditor', 'lkj_pembaca'];
    r record;
    kuasa text[];
    p text;
    t record;
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles a WHERE a.rolname = current_user AND (a.rolcreaterole OR a.rolsuper)) THEN
        RAISE EXCEPTION 'permission denied to create lkj''s roles'
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = format('Role %s has neither CREATEROLE nor SUPERUSER.', current_user),
                  HINT = 'Run lkj.siapkan_peran() as the extension''s owner with CREATEROLE, or as a superuser.';
    END IF;
    IF NOT pg_has_role((SELECT n.nspowner FROM pg_namespace n WHERE n.nspname = '@extschema@'), 'USAGE') THEN
        RAISE EXCEPTION 'permission denied to grant on schema @extschema@'
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = format('Role %s does not own the extension''s objects, so it cannot grant on them.', current_user),
                  HINT = 'Run lkj.siapkan_peran() as the extension''s owner (with CREATEROLE) or as a superuser.';
    END IF;

    -- a role of that name must be what this function makes of it: a role
    -- with more power would hand that power to every login granted it
    FOR r IN
        SELECT a.rolname::text AS nama, a.*,
               ARRAY(SELECT g.rolname::text FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                      WHERE m.member = a.oid
                        AND NOT (a.rolname = 'lkj_admin' AND g.rolname::text = ANY (semua[2:5]))
                      ORDER BY 1) AS anggota
          FROM pg_roles a
         WHERE a.rolname::text = ANY (semua)
    LOOP
        kuasa := ARRAY[]::text[];
        IF r.rolsuper THEN kuasa := array_append(kuasa, 'SUPERUSER'); END IF;
        IF r.rolcanlogin THEN kuasa := array_append(kuasa, 'LOGIN'); END IF;
        IF r.rolbypassrls THEN kuasa := array_append(kuasa, 'BYPASSRLS'); END IF;
        IF r.rolcreaterole THEN kuasa := array_append(kuasa, 'CREATEROLE'); END IF;
        IF r.rolcreatedb THEN kuasa := array_append(kuasa, 'CREATEDB'); END IF;
        IF r.rolreplication THEN kuasa := array_append(kuasa, 'REPLICATION'); END IF;
        IF cardinality(kuasa) > 0 OR cardinality(r.anggota) > 0 THEN
            RAISE EXCEPTION 'role "%" already exists with other powers', r.nama
                USING ERRCODE = 'duplicate_object',
                      DETAIL = format('It has %s.',
                                      concat_ws(' and ',
                                                CASE WHEN cardinality(kuasa) > 0 THEN array_to_string(kuasa, ', ') END,
                                                CASE WHEN cardinality(r.anggota) > 0
                                                     THEN 'the privileges of ' || array_to_string(r.anggota, ', ') END)),
                      HINT = format('Take them away (ALTER ROLE %I NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB NOREPLICATION; REVOKE ... FROM %I) or drop the role, then run lkj.siapkan_peran() again.',
                                    r.nama, r.nama);
        END IF;
    END LOOP;

    FOREACH p IN ARRAY semua LOOP
        peran := p;
        IF EXISTS (SELECT FROM pg_roles a WHERE a.rolname = p) THEN
            keadaan := 'ada';
        ELSE
            EXECUTE format('CREATE ROLE %I NOLOGIN', p);
            EXECUTE format('COMMENT ON ROLE %I IS %L', p, CASE p
                WHEN 'lkj_admin' THEN 'lkj: units, pemda, scales, settings and grants of the whole database'
                WHEN 'lkj_perencana' THEN 'lkj: a planner, reads every unit of its pemda, sets its scales and settings'
                WHEN 'lkj_operator' THEN 'lkj: enters and reads the data of its units'
                WHEN 'lkj_auditor' THEN 'lkj: reads every unit of its scope and runs the checks'
                ELSE 'lkj: reads the report of the units granted (BI, dashboards)' END);
            keadaan := 'dibuat';
        END IF;
        EXECUTE format('GRANT USAGE ON SCHEMA @extschema@ TO %I', p);
        RETURN NEXT;
    END LOOP;

    -- every role reads every table and view of lkj: the views run as
    -- their reader (security_invoker), and row security narrows the rows
    FOR t IN
        SELECT c.relname::text AS nama, c.relkind,
               EXISTS (SELECT FROM pg_attribute a
                        WHERE a.attrelid = c.oid AND a.attname = 'instansi' AND NOT a.attisdropped) AS per_instansi
          FROM pg_depend d JOIN pg_class c ON c.oid = d.objid
         WHERE d.classid = 'pg_class'::regclass AND d.deptype = 'e'
           AND d.refclassid = 'pg_extension'::regclass
           AND d.refobjid = (SELECT e.oid FROM pg_extension e WHERE e.extname = 'lkj')
           AND c.relkind IN ('r', 'v')
         ORDER BY 1
    LOOP
        EXECUTE format('GRANT SELECT ON @extschema@.%I TO lkj_admin, lkj_perencana, lkj_operator, lkj_auditor, lkj_pembaca',
                       t.nama);
        IF t.relkind = 'r' THEN
            EXECUTE format('GRANT INSERT, UPDATE, DELETE ON @extschema@.%I TO lkj_admin', t.nama);
            IF t.per_instansi AND t.nama NOT IN ('akses', 'setelan', 'temuan_audit', 'riwayat', 'fakta_versi',
                                                 'versi_laporan', 'revisi_laporan') THEN
                EXECUTE format('GRANT INSERT, UPDATE, DELETE ON @extschema@.%I TO lkj_operator', t.nama);
            END IF;
            -- the history and a version's facts are written by triggers
            -- alone; a signature or a revision is only ever added
            -- (lkj.tandatangani, lkj.buka_revisi), by the unit's operator
            IF t.nama IN ('versi_laporan', 'revisi_laporan') THEN
                EXECUTE format('GRANT INSERT ON @extschema@.%I TO lkj_operator', t.nama);
            END IF;
            IF t.nama IN ('setelan', 'skala_kriteria') THEN
                EXECUTE format('GRANT INSERT, UPDATE, DELETE ON @extschema@.%I TO lkj_perencana', t.nama);
            END IF;
            -- an auditor writes its findings, an operator answers them
            -- (row security and the trigger temuan_audit_jaga say which)
            IF t.nama = 'temuan_audit' THEN
                EXECUTE format('GRANT INSERT, UPDATE ON @extschema@.%I TO lkj_auditor', t.nama);
                EXECUTE format('GRANT UPDATE (jawaban, status) ON @extschema@.%I TO lkj_operator', t.nama);
            END IF;
        END IF;
    END LOOP;
    -- lkj_admin grants the four others (lkj.beri_akses), no role beyond them
    -- (once: a second GRANT would only say it is there)
    FOREACH p IN ARRAY semua[2:5] LOOP
        IF NOT EXISTS (SELECT FROM pg_auth_members m
                        WHERE m.roleid = p::regrole AND m.member = 'lkj_admin'::regrole AND m.admin_option) THEN
            EXECUTE format('GRANT %I TO lkj_admin WITH ADMIN OPTION', p);
        END IF;
    END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@.siapkan_peran() IS
  'Creates the NOLOGIN roles lkj_admin, lkj_perencana, lkj_operator, lkj_auditor and lkj_pembaca where missing and grants them what they may do to lkj''s tables and views; run by the extension''s owner with CREATEROLE (or a superuser), once per cluster and again after ALTER EXTENSION lkj UPDATE.  Refuses (42710) a role of one of these names that has more powers (LOGIN, SUPERUSER, BYPASSRLS, ...) or another role''s privileges.  Returns each role and whether it was made (dibuat) or was there (ada)';

CREATE FUNCTION @extschema@.beri_akses(peran_login text, peran text, instansi text DEFAULT NULL,
                                       pemda text DEFAULT NULL, kementerian text DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM @extschema@.akses_periksa_argumen(beri_akses.peran_login, beri_akses.peran,
                                              beri_akses.instansi, beri_akses.pemda, beri_akses.kementerian);
    -- the role first: it fails (42501) for a caller who may not grant it
    EXECUTE format('GRANT %I TO %I', beri_akses.peran, beri_akses.peran_login);
    INSERT INTO @extschema@.akses AS a (peran_login, peran, instansi, pemda, kementerian)
    VALUES (beri_akses.peran_login, beri_akses.peran, beri_akses.instansi, beri_akses.pemda, beri_akses.kementerian)
    ON CONFLICT ON CONSTRAINT akses_lingkup_peran_key DO NOTHING;
END
$$;
COMMENT ON FUNCTION @extschema@.beri_akses(text, text, text, text, text) IS
  'Gives a login role one of lkj''s roles on a unit (instansi), a pemda (a province covers its kabupaten and kota) or a kementerian, exactly one of them; lkj_admin on none (the whole database).  Grants the role and records the scope in lkj.akses; run by lkj_admin (or the extension''s owner); a grant held already is kept as it is';

CREATE FUNCTION @extschema@.cabut_akses(peran_login text, peran text, instansi text DEFAULT NULL,
                                        pemda text DEFAULT NULL, kementerian text DEFAULT NULL)
RETURNS boolean
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    ada boolean;
BEGIN
    PERFORM @extschema@.akses_periksa_argumen(cabut_akses.peran_login, cabut_akses.peran,
                                              cabut_akses.instansi, cabut_akses.pemda, cabut_akses.kementerian);
    DELETE FROM @extschema@.akses a
     WHERE a.peran_login = cabut_akses.peran_login AND a.peran = cabut_akses.peran
       AND a.instansi IS NOT DISTINCT FROM cabut_akses.instansi
       AND a.pemda IS NOT DISTINCT FROM cabut_akses.pemda
       AND a.kementerian IS NOT DISTINCT FROM cabut_akses.kementerian;
    ada := FOUND;
    -- the role goes with its last scope
    IF NOT EXISTS (SELECT FROM @extschema@.akses a
                    WHERE a.peran_login = cabut_akses.peran_login AND a.peran = cabut_akses.peran)
       AND pg_has_role(cabut_akses.peran_login, cabut_akses.peran, 'MEMBER') THEN
        EXECUTE format('REVOKE %I FROM %I', cabut_akses.peran, cabut_akses.peran_login);
    END IF;
    RETURN ada;
END
$$;
COMMENT ON FUNCTION @extschema@.cabut_akses(text, text, text, text, text) IS
  'Takes back what lkj.beri_akses gave: the grant of the role on that scope, and the role itself when the login holds it on no other scope.  Returns whether such a grant existed';

CREATE FUNCTION @extschema@.akses_periksa_argumen(peran_login text, peran text, instansi text,
                                                  pemda text, kementerian text)
RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF peran IS NULL OR peran NOT IN ('lkj_admin', 'lkj_perencana', 'lkj_operator', 'lkj_auditor', 'lkj_pembaca') THEN
        RAISE EXCEPTION 'unknown lkj role "%"', peran
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Name one of lkj_admin, lkj_perencana, lkj_operator, lkj_auditor, lkj_pembaca.';
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles r WHERE r.rolname = peran) THEN
        RAISE EXCEPTION 'role "%" does not exist', peran
            USING ERRCODE = 'undefined_object',
                  HINT = 'Create lkj''s roles first: SELECT * FROM lkj.siapkan_peran();';
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles r WHERE r.rolname = peran_login) THEN
        RAISE EXCEPTION 'role "%" does not exist', peran_login
            USING ERRCODE = 'undefined_object',
                  HINT = 'Create the login role first (CREATE ROLE ... LOGIN).';
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles r WHERE r.rolname = peran_login AND r.rolcanlogin) THEN
        RAISE EXCEPTION 'role "%" cannot log in', peran_login
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'Row security matches the grants against the role a session runs as (current_user), so a grant to a group role would never match.',
                  HINT = 'Grant to each login role.';
    END IF;
    IF (peran = 'lkj_admin') <> (num_nonnulls(instansi, pemda, kementerian) = 0)
       OR num_nonnulls(instansi, pemda, kementerian) > 1 THEN
        RAISE EXCEPTION 'a grant of % needs %', peran,
                        CASE WHEN peran = 'lkj_admin' THEN 'no scope' ELSE 'exactly one scope' END
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'lkj_admin holds the whole database; every other role one unit (instansi), pemda or kementerian.',
                  HINT = CASE WHEN peran = 'lkj_admin' THEN 'Leave instansi, pemda and kementerian out.'
                              ELSE 'Pass one of instansi, pemda or kementerian, e.g. lkj.beri_akses(''budi'', ''lkj_operator'', instansi => ''kunir'').' END;
    END IF;
    IF instansi IS NOT NULL AND NOT EXISTS (SELECT FROM @extschema@.instansi u WHERE u.kode = instansi) THEN
        RAISE EXCEPTION 'unit "%" does not exist', instansi
            USING ERRCODE = 'undefined_object',
                  DETAIL = 'No row of lkj.instansi has this kode.';
    END IF;
    IF pemda IS NOT NULL AND NOT EXISTS (SELECT FROM @extschema@.pemda u WHERE u.kode = pemda) THEN
        RAISE EXCEPTION 'pemda "%" does not exist', pemda
            USING ERRCODE = 'undefined_object',
                  DETAIL = 'No row of lkj.pemda has this kode.';
    END IF;
    IF kementerian IS NOT NULL AND NOT EXISTS (SELECT FROM @extschema@.kementerian u WHERE u.kode = kementerian) THEN
        RAISE EXCEPTION 'kementerian "%" does not exist', kementerian
            USING ERRCODE = 'undefined_object',
                  DETAIL = 'No row of lkj.kementerian has this kode.';
    END IF;
END
$$;
COMMENT ON FUNCTION @extschema@.akses_periksa_argumen(text, text, text, text, text) IS
  'What lkj.beri_akses and lkj.cabut_akses check of their arguments: a known role that exists (22023, 42704), a login role (42704, 22023), one scope that exists (22023, 42704), none for lkj_admin';
