-- ======================================================================
-- the schema's guard: data kept, CREATE kept to the owner (1.1, issue 10)
-- ======================================================================

/*
 * An event trigger is created once and changed only by ALTER, so it lives
 * in a --1.1 part; its function with it, because in the upgrade script the
 * --1.1 parts run before the replaceable ones, and the trigger needs its
 * function first.  A later release replaces the function in a part of its
 * own.  Creating an event trigger needs a superuser, who installs lkj
 * anyway (lkj.control: not trusted); README, Sharing one database.
 */
CREATE FUNCTION @extschema@.jaga_skema()
RETURNS event_trigger
AS 'MODULE_PATHNAME', 'jaga_skema'
LANGUAGE C;
COMMENT ON FUNCTION @extschema@.jaga_skema() IS
  'Event trigger function of lkj_jaga_skema (ddl_command_start): refuses DROP EXTENSION lkj, DROP SCHEMA lkj and DROP OWNED BY the extension''s owner while a table of lkj holds rows pg_dump would keep, unless SET LOCAL lkj.hapus_data names the current database (2BP01); refuses GRANT of CREATE on schema lkj (42501)';

CREATE EVENT TRIGGER lkj_jaga_skema ON ddl_command_start
    WHEN TAG IN ('DROP EXTENSION', 'DROP SCHEMA', 'DROP OWNED', 'GRANT')
    EXECUTE FUNCTION @extschema@.jaga_skema();
COMMENT ON EVENT TRIGGER lkj_jaga_skema IS
  'Keeps every unit''s data and the schema''s CREATE privilege: see lkj.jaga_skema()';

/*
 * Nobody but the owner creates in schema lkj: 1.0's README invited planners
 * to add cek_* views there, and a GRANT of CREATE given for that lets them
 * put a lkj.format_angka(integer) in laporan's path too.  A fresh schema
 * grants nothing; on a 1.0 database every CREATE granted is taken back, and
 * the check views others created there are named, for the owner to review
 * (since 1.1 periksa runs only its own and the registered ones).
 */
DO $jaga$
DECLARE
    g record;
BEGIN
    FOR g IN
        SELECT a.grantee
          FROM pg_catalog.pg_namespace n, pg_catalog.aclexplode(n.nspacl) a
         WHERE n.nspname OPERATOR(pg_catalog.=) '@extschema@'
           AND a.privilege_type OPERATOR(pg_catalog.=) 'CREATE'
           AND a.grantee OPERATOR(pg_catalog.<>) n.nspowner
    LOOP
        EXECUTE pg_catalog.format('REVOKE CREATE ON SCHEMA @extschema@ FROM %s CASCADE',
                                  CASE WHEN g.grantee OPERATOR(pg_catalog.=) 0 THEN 'PUBLIC'
                                       ELSE pg_catalog.quote_ident(g.grantee::pg_catalog.regrole::pg_catalog.text) END);
    END LOOP;
    FOR g IN
        SELECT c.relname, c.relowner::pg_catalog.regrole AS pemilik
          FROM pg_catalog.pg_class c, pg_catalog.pg_namespace n
         WHERE n.oid OPERATOR(pg_catalog.=) c.relnamespace
           AND n.nspname OPERATOR(pg_catalog.=) '@extschema@'
           AND c.relkind OPERATOR(pg_catalog.=) 'v'
           AND c.relowner OPERATOR(pg_catalog.<>) n.nspowner
    LOOP
        RAISE WARNING 'view @extschema@.% is owned by %, not by the extension''s owner', g.relname, g.pemilik
            USING HINT = 'lkj.periksa no longer runs it: review it, then ALTER VIEW ... OWNER TO the extension''s owner and register it in lkj.cek_pengguna, or drop it.';
    END LOOP;
END
$jaga$;
