-- ======================================================================
-- the registry of a regency's own checks (1.1, issue 10)
-- ======================================================================

/*
 * 1.0 ran every view named cek_* in schema lkj, as whoever called periksa:
 * anyone given CREATE on lkj to add a check could run code as the auditor
 * or the superuser.  Since 1.1 periksa runs lkj's own cek_ views (members
 * of the extension) and the views registered here, and nothing it finds by
 * name.  The table is the extension owner's; only the roles it grants write
 * to it (lkj.siapkan_peran() grants lkj_admin).  A check is a regency's, not
 * a unit's: it is keyed by its code, and its rows name their units.
 */
CREATE TABLE @extschema@.cek_pengguna (
    kode      text     NOT NULL,
    nama_view regclass NOT NULL,
    CONSTRAINT cek_pengguna_pkey PRIMARY KEY (kode),
    CONSTRAINT cek_pengguna_satu_kode_per_view UNIQUE (nama_view),
    CONSTRAINT cek_pengguna_kode_bentuk CHECK (kode ~ '^[a-z][a-z0-9_]*$')
);
COMMENT ON TABLE @extschema@.cek_pengguna IS
  'The checks a regency adds to lkj.periksa(): one row per check view, written by the extension''s owner or lkj_admin only.  A view is admitted when it has the columns of lkj.temuan, is not security_invoker, and it and everything it reads or calls is owned by the extension''s owner, a superuser or a member of lkj_admin (lkj.periksa_cek_sah); periksa checks this again before every run.';
COMMENT ON COLUMN @extschema@.cek_pengguna.kode IS
  'The check''s code, as lkj.daftar_cek lists it: lower-case letters, digits and _, starting with a letter, and not the code of one of lkj''s own checks.';
COMMENT ON COLUMN @extschema@.cek_pengguna.nama_view IS
  'The check view, in any schema: periksa runs it by this reference, never by a name looked up in a schema.';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.cek_pengguna', '');

/*
 * A 1.0 database whose owner added checks of its own as cek_ views in lkj
 * keeps them: they are registered here (in a fresh install there are none;
 * lkj's own cek_ views are members of the extension).  Views in lkj owned
 * by another role are not: 80_jaga names them for the owner to review.
 */
INSERT INTO @extschema@.cek_pengguna (kode, nama_view)
SELECT pg_catalog.substr(c.relname::pg_catalog.text, 5), c.oid
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
 WHERE n.nspname OPERATOR(pg_catalog.=) '@extschema@'
   AND c.relkind OPERATOR(pg_catalog.=) 'v'
   AND c.relname::pg_catalog.text LIKE 'cek\_%'
   AND c.relowner OPERATOR(pg_catalog.=) n.nspowner
   AND pg_catalog.substr(c.relname::pg_catalog.text, 5) ~ '^[a-z][a-z0-9_]*$'
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
                    WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
                      AND d.objid OPERATOR(pg_catalog.=) c.oid
                      AND d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_extension'::pg_catalog.regclass
                      AND d.deptype OPERATOR(pg_catalog.=) 'e');

/*
 * Refused at registration, not when periksa runs: the trigger function is
 * created once with its trigger (a --1.1 part runs before the replaceable
 * ones in the upgrade), and calls lkj.periksa_cek_sah, the one judge that
 * periksa asks again at run time, when it runs.
 */
CREATE FUNCTION @extschema@.cek_pengguna_daftar()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    sah record;
BEGIN
    -- lkj's own: a member view cek_<kode> of the extension (the catalog,
    -- which every registrant may read, not lkj.daftar_cek)
    IF EXISTS (SELECT FROM pg_catalog.pg_depend d
                WHERE d.classid = 'pg_catalog.pg_class'::regclass
                  AND d.objid = to_regclass(format('@extschema@.%I', 'cek_' || NEW.kode))
                  AND d.refclassid = 'pg_catalog.pg_extension'::regclass AND d.deptype = 'e') THEN
        RAISE EXCEPTION 'check code "%" is one of lkj''s own checks', NEW.kode
            USING ERRCODE = 'unique_violation',
                  DETAIL = format('lkj.cek_%s is one of the extension''s own check views; a registered check needs a code of its own.', NEW.kode),
                  HINT = 'Choose another kode, e.g. one that starts with the regency''s name.';
    END IF;
    SELECT * INTO sah FROM @extschema@.periksa_cek_sah(NEW.nama_view);
    IF sah.masalah IS NOT NULL THEN
        RAISE EXCEPTION 'check view % cannot be registered: %', NEW.nama_view, sah.masalah
            USING ERRCODE = sah.sqlstate,
                  DETAIL = sah.rincian,
                  HINT = sah.saran;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@.cek_pengguna_daftar() IS
  'Trigger function of lkj.cek_pengguna: refuses a code of lkj''s own checks (23505) and a view lkj.periksa_cek_sah does not admit (42P17: not a view or not the columns of lkj.temuan; 42501: it or what it reads or calls is owned by a role that may not write checks, or it runs as its caller)';

CREATE TRIGGER cek_pengguna_daftar
    BEFORE INSERT OR UPDATE ON @extschema@.cek_pengguna
    FOR EACH ROW EXECUTE FUNCTION @extschema@.cek_pengguna_daftar();
