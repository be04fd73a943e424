-- ======================================================================
-- closing: every view of lkj runs as its reader (1.1, issue 10)
-- ======================================================================

/*
 * A view reads its tables with its owner's rights, and the owner bypasses
 * row security: a view over lkj.realisasi would show an operator every
 * unit's rows.  security_invoker makes the reader's row security apply.
 * This is a closing part (extension/akhir/): CREATE OR REPLACE VIEW without
 * WITH (...) resets a view's options, and the upgrade script re-creates
 * every view after the --1.1 parts, so the option is set here, after every
 * view of either script exists.  Only the extension's own views: a view a
 * planner created in lkj on 1.0 is its owner's to decide.
 */
DO $invoker$
DECLARE
    v record;
BEGIN
    FOR v IN
        SELECT c.relname
          FROM pg_catalog.pg_depend d
          JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) d.objid
          JOIN pg_catalog.pg_extension e ON e.oid OPERATOR(pg_catalog.=) d.refobjid
         WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
           AND d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_extension'::pg_catalog.regclass
           AND d.deptype OPERATOR(pg_catalog.=) 'e'
           AND e.extname OPERATOR(pg_catalog.=) 'lkj'
           AND c.relkind OPERATOR(pg_catalog.=) 'v'
         ORDER BY c.relname
    LOOP
        EXECUTE pg_catalog.format('ALTER VIEW @extschema@.%I SET (security_invoker = true)', v.relname);
    END LOOP;
END
$invoker$;
