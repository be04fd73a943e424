-- ======================================================================
-- access: who reads and writes which unit's rows (1.1, issue 10)
-- ======================================================================

-- (section: akses)

/*
 * Issue 10, items 1 and 2.  One database holds every unit of a regency (or
 * of a province, or a ministry's directorates); a login role reads and
 * writes the units it was granted, and no others.  Two halves:
 *  - what a role may do to a table at all: the five NOLOGIN roles lkj_admin,
 *    lkj_perencana, lkj_operator, lkj_auditor and lkj_pembaca, with their
 *    GRANTs.  Roles are cluster-wide, so this script creates none:
 *    lkj.siapkan_peran() (86_akses.sql) does, run once per cluster;
 *  - which rows: the grants in lkj.akses (a login role, its role, the unit,
 *    pemda, province or kementerian it holds it on), read by the row
 *    security policies below through the helpers akses_*, which see only
 *    the caller's own grants (lkj.akses has row security itself).
 * No helper is SECURITY DEFINER: each reads as its caller, through the
 * caller's own row security, so none can show a row its caller could not
 * read anyway.  The table's owner and a superuser bypass row security (they
 * load data/, run pg_dump, and make demo's report); README, Sharing one
 * database.  The helpers live in this part, not a replaceable one: in the
 * upgrade the --1.1 parts run before the replaceable ones, and a policy
 * needs its functions first.  A later release replaces them in a part of
 * its own.
 */

CREATE TABLE @extschema@.akses (
    instansi        text REFERENCES @extschema@.instansi (kode),
    pemda           text REFERENCES @extschema@.pemda (kode),
    kementerian     text REFERENCES @extschema@.kementerian (kode),
    peran_login     text NOT NULL
                    CONSTRAINT akses_peran_login_isi CHECK (peran_login <> ''),
    peran           text NOT NULL
                    CONSTRAINT akses_peran_dikenal CHECK (peran IN
                        ('lkj_admin', 'lkj_perencana', 'lkj_operator', 'lkj_auditor', 'lkj_pembaca')),
    -- lkj_admin holds the whole database; every other role one scope
    CONSTRAINT akses_lingkup_satu CHECK (CASE WHEN peran = 'lkj_admin'
                                              THEN num_nonnulls(instansi, pemda, kementerian) = 0
                                              ELSE num_nonnulls(instansi, pemda, kementerian) = 1 END),
    CONSTRAINT akses_lingkup_peran_key
        UNIQUE NULLS NOT DISTINCT (instansi, pemda, kementerian, peran_login, peran)
);
-- what the helpers read: the caller's own grants
CREATE INDEX akses_peran_login_idx ON @extschema@.akses (peran_login);
COMMENT ON TABLE @extschema@.akses IS 'Who may read and write which rows: a login role holds one of lkj''s roles on a unit, a pemda (a province: its own rows and its kabupaten''s and kota''s), or a kementerian; lkj_admin on the whole database.  Written by lkj.beri_akses and lkj.cabut_akses; row security reads it, so a grant is dumped and restored with the data.  A login role sees its own rows, lkj_admin every row.';
COMMENT ON COLUMN @extschema@.akses.instansi IS 'the unit the role is held on (lkj.instansi kode); NULL when held on a pemda or kementerian';
COMMENT ON COLUMN @extschema@.akses.pemda IS 'the pemda the role is held on, every unit of it; a province (pemda of jenis provinsi) covers its kabupaten and kota too; NULL when held on a unit or kementerian';
COMMENT ON COLUMN @extschema@.akses.kementerian IS 'the kementerian or lembaga the role is held on, every unit of it; NULL when held on a unit or pemda';
COMMENT ON COLUMN @extschema@.akses.peran_login IS 'the login role (its name, as current_user gives it) the grant is for';
COMMENT ON COLUMN @extschema@.akses.peran IS 'the role held: lkj_admin, lkj_perencana, lkj_operator, lkj_auditor or lkj_pembaca';
COMMENT ON CONSTRAINT akses_lingkup_satu ON @extschema@.akses IS 'lkj_admin holds the whole database (no scope); every other role exactly one unit, pemda or kementerian';
COMMENT ON INDEX @extschema@.akses_peran_login_idx IS 'a login role''s own grants, which every row security check reads';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.akses', '');

-- the pemda whose planner edits a scale (NULL: the built-in ones and those
-- 1.0 held, which lkj_admin edits)
ALTER TABLE @extschema@.skala_kriteria
    ADD COLUMN pemda text REFERENCES @extschema@.pemda (kode);
COMMENT ON COLUMN @extschema@.skala_kriteria.pemda IS 'the pemda whose lkj_perencana may change the scale (lkj.akses); NULL for the built-in scales and for those only lkj_admin changes.  Every scale is readable by all: a pemda''s setting may name another''s';

-- ----------------------------------------------------------------------
-- the helpers the policies read.  A policy calls each as (SELECT f()),
-- an InitPlan: once per table a statement reads, not once per row; and
-- instansi = ANY (array) reaches the tables' keys.  (A unit table's policy
-- calls akses_boleh, whose list akses_instansi remembers per snapshot.)  None reads a table
-- whose policy calls it back: akses_lingkup reads lkj.akses and lkj.pemda
-- only (lkj.instansi's policy is built on it), akses_instansi and
-- akses_induk read lkj.instansi through that policy.
--
-- A report view reads 20 to 35 tables, so a helper runs that often in one
-- statement, and at national scale (README, At national scale) its cost
-- must neither grow with the number of units nor be paid in planning:
--  - akses_lingkup, akses_instansi_hitung and akses_induk are PL/pgSQL, whose
--    plans are kept for the session; a SQL function's body is planned
--    again in every statement that calls it, in each InitPlan (about 2 ms
--    a call, most of a report's time under row security);
--  - they find the units from the caller's grants by index: the units
--    granted, then those of a granted pemda or kementerian through
--    instansi_pemda_idx and instansi_kementerian_idx, never by a pass over
--    every unit of the database (lkj_admin, who reads every unit, aside);
--  - akses_admin asks to_regrole, reading no table, and stays SQL so that
--    it is inlined;
--  - akses_instansi (C) remembers akses_instansi_hitung's answer for the
--    role, the word and the snapshot, so the statements of one snapshot
--    (laporan's sixty) compute it once.
-- ----------------------------------------------------------------------

-- the units of a granted pemda or kementerian, the pemda of a granted
-- province: what akses_instansi and akses_lingkup look up
CREATE INDEX instansi_pemda_idx ON @extschema@.instansi (pemda);
CREATE INDEX instansi_kementerian_idx ON @extschema@.instansi (kementerian);
CREATE INDEX pemda_provinsi_idx ON @extschema@.pemda (provinsi);
COMMENT ON INDEX @extschema@.instansi_pemda_idx IS 'the units of a pemda: row security (lkj.akses_instansi) finds those of a pemda granted without reading every unit';
COMMENT ON INDEX @extschema@.instansi_kementerian_idx IS 'the units of a kementerian: row security (lkj.akses_instansi) finds those of a kementerian granted without reading every unit';
COMMENT ON INDEX @extschema@.pemda_provinsi_idx IS 'the kabupaten and kota of a province: row security (lkj.akses_lingkup) finds those of a province granted';

CREATE FUNCTION @extschema@.akses_admin()
RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    -- to_regrole: NULL, so false, while the role does not exist
    SELECT COALESCE(pg_catalog.pg_has_role(pg_catalog.to_regrole('lkj_admin')::pg_catalog.oid, 'USAGE'), false);
END;
COMMENT ON FUNCTION @extschema@.akses_admin() IS
  'Whether the current role has the privileges of lkj_admin (false while lkj.siapkan_peran() has not created it): row security lets lkj_admin read and write every row';

CREATE FUNCTION @extschema@.akses_lingkup(jenis text, peran text[])
RETURNS text[]
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    CASE akses_lingkup.jenis
    WHEN 'instansi' THEN
        RETURN ARRAY(SELECT a.instansi FROM @extschema@.akses a
                      WHERE a.peran_login OPERATOR(pg_catalog.=) CURRENT_USER
                        AND a.peran OPERATOR(pg_catalog.=) ANY (akses_lingkup.peran)
                        AND a.instansi IS NOT NULL);
    WHEN 'pemda' THEN
        -- a province covers itself and its kabupaten and kota
        RETURN ARRAY(SELECT a.pemda FROM @extschema@.akses a
                      WHERE a.peran_login OPERATOR(pg_catalog.=) CURRENT_USER
                        AND a.peran OPERATOR(pg_catalog.=) ANY (akses_lingkup.peran)
                        AND a.pemda IS NOT NULL
                     UNION
                     SELECT p.kode FROM @extschema@.pemda p
                      WHERE p.provinsi OPERATOR(pg_catalog.=) ANY (ARRAY(
                                SELECT a.pemda FROM @extschema@.akses a
                                 WHERE a.peran_login OPERATOR(pg_catalog.=) CURRENT_USER
                                   AND a.peran OPERATOR(pg_catalog.=) ANY (akses_lingkup.peran)
                                   AND a.pemda IS NOT NULL)));
    WHEN 'kementerian' THEN
        RETURN ARRAY(SELECT a.kementerian FROM @extschema@.akses a
                      WHERE a.peran_login OPERATOR(pg_catalog.=) CURRENT_USER
                        AND a.peran OPERATOR(pg_catalog.=) ANY (akses_lingkup.peran)
                        AND a.kementerian IS NOT NULL);
    ELSE
        RETURN NULL;
    END CASE;
END
$$;
COMMENT ON FUNCTION @extschema@.akses_lingkup(text, text[]) IS
  'The units (jenis instansi), pemda or kementerian that the current role''s grants in lkj.akses, in one of the roles named, are on; a pemda''s list holds the kabupaten and kota of a province granted';

CREATE FUNCTION @extschema@.akses_instansi_hitung(hak text)
RETURNS text[]
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    peran_hak text[] := CASE akses_instansi_hitung.hak
                        WHEN 'baca' THEN ARRAY['lkj_perencana', 'lkj_operator', 'lkj_auditor', 'lkj_pembaca']
                        WHEN 'tulis' THEN ARRAY['lkj_operator']
                        WHEN 'atur' THEN ARRAY['lkj_perencana']
                        WHEN 'periksa' THEN ARRAY['lkj_auditor'] END;
    pemda_hak text[];
    kementerian_hak text[];
BEGIN
    IF @extschema@.akses_admin() THEN
        -- every unit: lkj.instansi's policy shows lkj_admin all
        RETURN ARRAY(SELECT i.kode FROM @extschema@.instansi i);
    END IF;
    -- the units lkj.instansi's policy shows the role (baca), or the part of
    -- them its writing role covers: the units granted (each exists, a
    -- foreign key), and those of a pemda or kementerian granted, looked up
    -- by index only when there is one (a login on a unit has none)
    pemda_hak := @extschema@.akses_lingkup('pemda', peran_hak);
    kementerian_hak := @extschema@.akses_lingkup('kementerian', peran_hak);
    RETURN @extschema@.akses_lingkup('instansi', peran_hak)
           OPERATOR(pg_catalog.||)
           CASE WHEN pg_catalog.cardinality(pemda_hak) OPERATOR(pg_catalog.=) 0 THEN '{}'::text[]
                ELSE ARRAY(SELECT i.kode FROM @extschema@.instansi i
                            WHERE i.pemda OPERATOR(pg_catalog.=) ANY (pemda_hak)) END
           OPERATOR(pg_catalog.||)
           CASE WHEN pg_catalog.cardinality(kementerian_hak) OPERATOR(pg_catalog.=) 0 THEN '{}'::text[]
                ELSE ARRAY(SELECT i.kode FROM @extschema@.instansi i
                            WHERE i.kementerian OPERATOR(pg_catalog.=) ANY (kementerian_hak)) END;
END
$$;
COMMENT ON FUNCTION @extschema@.akses_instansi_hitung(text) IS
  'What lkj.akses_instansi answers, computed: the units whose rows the current role may by its grants in lkj.akses; called by lkj.akses_instansi when it has no answer for the snapshot';

-- the answer remembered for one role, word and snapshot (src/akses.c): a
-- statement's policies call it once per table it reads, laporan's sixty
-- statements about 360 times for the same answer
CREATE FUNCTION @extschema@.akses_instansi(hak text)
RETURNS text[]
AS 'MODULE_PATHNAME', 'akses_instansi'
LANGUAGE C STABLE STRICT PARALLEL RESTRICTED;
COMMENT ON FUNCTION @extschema@.akses_instansi(text) IS
  'The units whose rows the current role may, by its grants in lkj.akses: baca (read: any grant covering the unit), tulis (write its data: lkj_operator), atur (set its settings: lkj_perencana), periksa (record findings on it: lkj_auditor); every unit for lkj_admin';

CREATE FUNCTION @extschema@.akses_induk(jenis text, hak text)
RETURNS text[]
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    semua constant text[] := ARRAY['lkj_perencana', 'lkj_operator', 'lkj_auditor', 'lkj_pembaca'];
BEGIN
    IF @extschema@.akses_admin() THEN
        RETURN CASE WHEN akses_induk.jenis OPERATOR(pg_catalog.=) 'pemda'
                    THEN ARRAY(SELECT p.kode FROM @extschema@.pemda p)
                    ELSE ARRAY(SELECT k.kode FROM @extschema@.kementerian k) END;
    ELSIF akses_induk.hak OPERATOR(pg_catalog.=) 'atur' THEN
        RETURN @extschema@.akses_lingkup(akses_induk.jenis, ARRAY['lkj_perencana']);
    END IF;
    -- baca: granted on it (or its province), or on a unit of it.  A unit
    -- has a pemda or a kementerian, never both (instansi_induk_satu), so
    -- the units of a pemda granted add no kementerian and those of a
    -- kementerian granted no pemda: only the units granted themselves do
    RETURN CASE WHEN akses_induk.jenis OPERATOR(pg_catalog.=) 'pemda'
                THEN @extschema@.akses_lingkup('pemda', semua)
                     OPERATOR(pg_catalog.||)
                     ARRAY(SELECT i.pemda FROM @extschema@.instansi i
                            WHERE i.kode OPERATOR(pg_catalog.=) ANY (@extschema@.akses_lingkup('instansi', semua))
                              AND i.pemda IS NOT NULL)
                ELSE @extschema@.akses_lingkup('kementerian', semua)
                     OPERATOR(pg_catalog.||)
                     ARRAY(SELECT i.kementerian FROM @extschema@.instansi i
                            WHERE i.kode OPERATOR(pg_catalog.=) ANY (@extschema@.akses_lingkup('instansi', semua))
                              AND i.kementerian IS NOT NULL) END;
END
$$;
COMMENT ON FUNCTION @extschema@.akses_induk(text, text) IS
  'The pemda (jenis pemda) or kementerian (jenis kementerian) codes whose settings the current role may: baca (read: granted on it or its province, or on one of its units), atur (change: lkj_perencana on it or its province); all for lkj_admin';

-- the policies' test of a row's unit (src/akses.c): instansi = ANY
-- (akses_instansi(hak)), from akses_instansi's remembered answer by binary
-- search, with a support function that tells the planner what it means;
-- written as = ANY over an InitPlan, a view's one unit was estimated at one
-- row of its hundreds at national scale.  PARALLEL RESTRICTED, as is
-- akses_instansi: a parallel worker is a process of its own, without the
-- leader's remembered answer, started for each query; with workers planned
-- (the estimates being right) a regency auditor's periksa took 587 ms
-- instead of 140-160 ms at 25,000 units
CREATE FUNCTION @extschema@.akses_boleh_dukung(internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'akses_boleh_dukung'
LANGUAGE C STRICT;
COMMENT ON FUNCTION @extschema@.akses_boleh_dukung(internal) IS
  'The planner support of lkj.akses_boleh: the policy keeps every row of a scan that names one unit already, else as many as instansi = ANY (lkj.akses_instansi(hak)), evaluated while planning; and that = ANY as the index condition of a b-tree on instansi where no unit is named';

CREATE FUNCTION @extschema@.akses_boleh(instansi text, hak text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'akses_boleh'
LANGUAGE C STABLE STRICT PARALLEL RESTRICTED
SUPPORT @extschema@.akses_boleh_dukung;
COMMENT ON FUNCTION @extschema@.akses_boleh(text, text) IS
  'Whether the current role may, by its grants, read (hak baca) or write (tulis, atur, periksa) the unit''s rows: instansi = ANY (lkj.akses_instansi(hak)), what every unit table''s policy asks of a row; its support function lets the planner estimate a unit''s rows under row security as without it';

-- ----------------------------------------------------------------------
-- row security: every table that holds a unit's, pemda's or kementerian's
-- rows.  Reading has one policy a table, writing one per command (INSERT,
-- UPDATE, DELETE), so that a SELECT pays for the reading one alone.
-- ----------------------------------------------------------------------

/*
 * lkj_policy: what the DO block below makes of a line of this list: the
 * table, who reads which rows, who writes which rows (the same expression
 * for USING and WITH CHECK), and the comments that say so.
 */
CREATE TEMP TABLE lkj_policy (tabel text, baca text, tulis text, ket_baca text, ket_tulis text);
INSERT INTO pg_temp.lkj_policy VALUES
  ('akses',
   'peran_login OPERATOR(pg_catalog.=) CURRENT_USER OR (SELECT @extschema@.akses_admin())',
   '(SELECT @extschema@.akses_admin())',
   'a login role reads its own grants, which the other policies read through it; lkj_admin reads all',
   'only lkj_admin grants and revokes (lkj.beri_akses, lkj.cabut_akses)'),
  -- the hierarchy's names and the scales are no secret: every role reads
  -- them, a report prints them, a pemda's setting may name another's scale
  ('pemda', 'true', '(SELECT @extschema@.akses_admin())',
   'every role reads the regencies, cities and provinces: names a report prints',
   'lkj_admin alone adds, changes and removes a pemda'),
  ('kementerian', 'true', '(SELECT @extschema@.akses_admin())',
   'every role reads the ministries and agencies: names a report prints',
   'lkj_admin alone adds, changes and removes a kementerian'),
  ('skala_kriteria', 'true',
   'pemda OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.akses_induk(''pemda'', ''atur''))::text[])'
   ' OR (SELECT @extschema@.akses_admin())',
   'every role reads every scale: lkj.kriteria(numeric, text) grades by name, and a pemda''s setting may name a scale of another',
   'a planner (lkj_perencana) adds and changes the scales of its pemda; lkj_admin every scale'),
  ('instansi',
   '(SELECT @extschema@.akses_admin())'
   ' OR kode OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.akses_lingkup(''instansi'', ARRAY[''lkj_perencana'', ''lkj_operator'', ''lkj_auditor'', ''lkj_pembaca'']))::text[])'
   ' OR pemda OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.akses_lingkup(''pemda'', ARRAY[''lkj_perencana'', ''lkj_operator'', ''lkj_auditor'', ''lkj_pembaca'']))::text[])'
   ' OR kementerian OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.akses_lingkup(''kementerian'', ARRAY[''lkj_perencana'', ''lkj_operator'', ''lkj_auditor'', ''lkj_pembaca'']))::text[])',
   '(SELECT @extschema@.akses_admin())',
   'a role reads the units its grants cover (and through them every other table''s rows); another unit is as absent as one that does not exist',
   'lkj_admin alone adds, changes and removes a unit'),
  ('setelan',
   '@extschema@.akses_boleh(instansi, ''baca'')'
   ' OR pemda OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.akses_induk(''pemda'', ''baca''))::text[])'
   ' OR kementerian OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.akses_induk(''kementerian'', ''baca''))::text[])',
   '@extschema@.akses_boleh(instansi, ''atur'')'
   ' OR pemda OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.akses_induk(''pemda'', ''atur''))::text[])'
   ' OR kementerian OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.akses_induk(''kementerian'', ''atur''))::text[])',
   'a role reads the settings of the units it reads and of their pemda or kementerian, which their reports use',
   'a planner (lkj_perencana) sets its pemda''s settings and its units''; lkj_admin every one');

/*
 * Every other table with an instansi column holds a unit's rows: read where
 * lkj.instansi shows the unit, written by the unit's operators (and
 * lkj_admin).  Listed from the catalog, so no table of this release is
 * forgotten; a table a later release adds gets its policies in that
 * release's part (tests/t_akses.sh lists every table, and a table without
 * row security shows there as readable by all).
 */
INSERT INTO pg_temp.lkj_policy
SELECT c.relname,
       '@extschema@.akses_boleh(instansi, ''baca'')',
       '@extschema@.akses_boleh(instansi, ''tulis'')',
       'a role reads the rows of the units lkj.instansi shows it',
       'an operator (lkj_operator) enters its units'' rows, lkj_admin every unit''s'
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_attribute a ON a.attrelid OPERATOR(pg_catalog.=) c.oid
 WHERE c.relnamespace OPERATOR(pg_catalog.=) '@extschema@'::pg_catalog.regnamespace
   AND c.relkind OPERATOR(pg_catalog.=) 'r'
   AND a.attname OPERATOR(pg_catalog.=) 'instansi' AND NOT a.attisdropped
   AND c.relname::pg_catalog.text OPERATOR(pg_catalog.<>) ALL (ARRAY(SELECT p.tabel FROM pg_temp.lkj_policy p))
   -- its own policies, below: the operator does not write findings
   AND c.relname OPERATOR(pg_catalog.<>) 'temuan_audit';

DO $akses$
DECLARE
    t record;
    perintah text;
BEGIN
    FOR t IN SELECT * FROM pg_temp.lkj_policy ORDER BY tabel LOOP
        EXECUTE pg_catalog.format('ALTER TABLE @extschema@.%I ENABLE ROW LEVEL SECURITY', t.tabel);
        EXECUTE pg_catalog.format('CREATE POLICY %I ON @extschema@.%I FOR SELECT USING (%s)',
                                  t.tabel || '_baca', t.tabel, t.baca);
        EXECUTE pg_catalog.format('COMMENT ON POLICY %I ON @extschema@.%I IS %L',
                                  t.tabel || '_baca', t.tabel, t.ket_baca);
        FOREACH perintah IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
            EXECUTE pg_catalog.format('CREATE POLICY %I ON @extschema@.%I FOR %s %s',
                                      t.tabel || '_' || pg_catalog.lower(perintah), t.tabel, perintah,
                                      CASE perintah
                                      WHEN 'INSERT' THEN pg_catalog.format('WITH CHECK (%s)', t.tulis)
                                      WHEN 'UPDATE' THEN pg_catalog.format('USING (%s) WITH CHECK (%s)', t.tulis, t.tulis)
                                      ELSE pg_catalog.format('USING (%s)', t.tulis) END);
            EXECUTE pg_catalog.format('COMMENT ON POLICY %I ON @extschema@.%I IS %L',
                                      t.tabel || '_' || pg_catalog.lower(perintah), t.tabel, t.ket_tulis);
        END LOOP;
    END LOOP;
END
$akses$;
DROP TABLE pg_temp.lkj_policy;

/*
 * lkj.temuan_audit (83_temuan--1.1.sql): an auditor's findings.  Read by
 * the auditors of the unit, its operators (who answer) and its pemda's
 * planners; not by lkj_pembaca (a finding is the unit's business until it
 * is answered, not a dashboard's).  Written by an auditor of the unit, its
 * own findings only (dicatat_oleh); updated by that auditor or by the
 * unit's operators, who may change only the answer (the trigger
 * lkj.temuan_audit_jaga); deleted by lkj_admin alone, so a finding is
 * closed, not erased.  Each write policy names the role it is for, never
 * the units a login reads: a login may hold several roles on several units.
 */
ALTER TABLE @extschema@.temuan_audit ENABLE ROW LEVEL SECURITY;
CREATE POLICY temuan_audit_baca ON @extschema@.temuan_audit FOR SELECT
    USING ((SELECT @extschema@.akses_admin())
           OR @extschema@.akses_boleh(instansi, 'periksa')
           OR @extschema@.akses_boleh(instansi, 'tulis')
           OR @extschema@.akses_boleh(instansi, 'atur'));
COMMENT ON POLICY temuan_audit_baca ON @extschema@.temuan_audit IS
  'the findings of a unit are read by its auditors, its operators and its pemda''s planners (lkj_perencana), and by lkj_admin; not by lkj_pembaca';
CREATE POLICY temuan_audit_insert ON @extschema@.temuan_audit FOR INSERT
    WITH CHECK ((SELECT @extschema@.akses_admin())
                OR (@extschema@.akses_boleh(instansi, 'periksa')
                    AND dicatat_oleh OPERATOR(pg_catalog.=) CURRENT_USER));
COMMENT ON POLICY temuan_audit_insert ON @extschema@.temuan_audit IS
  'an auditor (lkj_auditor) records findings on the units of its scope, in its own name; lkj_admin on every unit';
CREATE POLICY temuan_audit_update ON @extschema@.temuan_audit FOR UPDATE
    USING ((SELECT @extschema@.akses_admin())
           OR (@extschema@.akses_boleh(instansi, 'periksa')
               AND dicatat_oleh OPERATOR(pg_catalog.=) CURRENT_USER))
    WITH CHECK ((SELECT @extschema@.akses_admin())
                OR (@extschema@.akses_boleh(instansi, 'periksa')
                    AND dicatat_oleh OPERATOR(pg_catalog.=) CURRENT_USER));
COMMENT ON POLICY temuan_audit_update ON @extschema@.temuan_audit IS
  'an auditor changes and closes the findings it recorded, on the units of its scope; lkj_admin every finding';
CREATE POLICY temuan_audit_jawab ON @extschema@.temuan_audit FOR UPDATE
    USING (@extschema@.akses_boleh(instansi, 'tulis'))
    WITH CHECK (@extschema@.akses_boleh(instansi, 'tulis'));
COMMENT ON POLICY temuan_audit_jawab ON @extschema@.temuan_audit IS
  'a unit''s operator (lkj_operator) answers its findings: the trigger lkj.temuan_audit_jaga lets it change jawaban and status (terbuka, dijawab) alone';
CREATE POLICY temuan_audit_delete ON @extschema@.temuan_audit FOR DELETE
    USING ((SELECT @extschema@.akses_admin()));
COMMENT ON POLICY temuan_audit_delete ON @extschema@.temuan_audit IS
  'lkj_admin alone deletes a finding; an auditor closes it instead (status ditutup), so the record stays';
