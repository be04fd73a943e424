-- ======================================================================
-- a figure is a finite number (src/capaian.c; issue 10 item 4)
-- ======================================================================

/*
 * The C functions that take a figure refuse NaN and the infinities
 * themselves; the SQL functions that do arithmetic of their own
 * (pembulatan, jumlah_lengkap) pass the figure through this guard, so that
 * every function of lkj refuses them with the same 22023 and the same
 * message.  The tables refuse them at the door (36_angka--1.1.sql).
 */
CREATE FUNCTION @extschema@.terhingga(nilai numeric, nama text DEFAULT 'nilai')
RETURNS numeric
AS 'MODULE_PATHNAME', 'terhingga'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.terhingga(numeric, text) IS
  'The figure itself when it is a finite number; NaN, Infinity and -Infinity raise 22023 "<nama> must be a finite number", the message every function of lkj that takes a figure gives';
