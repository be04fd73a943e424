-- ======================================================================
-- findings kept: saving periksa's findings (1.1, issues 10 and 14)
-- ======================================================================

/*
 * lkj.simpan_temuan keeps what lkj.periksa() finds as of a date in
 * lkj.temuan_audit (83_temuan--1.1.sql), so that an auditor's reviu can be
 * shown later as it was computed, whatever the data became.  It runs as
 * its caller: periksa reads the caller's units, and row security lets the
 * rows in only on the units the caller audits (42501 otherwise).
 */

CREATE FUNCTION @extschema@.simpan_temuan(instansi text, tahun integer, per_tanggal date DEFAULT CURRENT_DATE)
RETURNS integer
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    n integer;
BEGIN
    IF simpan_temuan.instansi IS NULL OR simpan_temuan.tahun IS NULL OR simpan_temuan.per_tanggal IS NULL THEN
        RAISE EXCEPTION '% must not be null',
                        CASE WHEN simpan_temuan.instansi IS NULL THEN 'instansi'
                             WHEN simpan_temuan.tahun IS NULL THEN 'tahun' ELSE 'per_tanggal' END
            USING ERRCODE = 'null_value_not_allowed',
                  HINT = 'Save the findings of one unit''s year at a time: lkj.simpan_temuan(''kunir'', 2024).';
    END IF;
    INSERT INTO @extschema@.temuan_audit
           (instansi, tahun, asal, per_tanggal, tabel, kode, tingkat, objek, pesan, berlaku_mulai)
    SELECT t.instansi, t.tahun, 'periksa', simpan_temuan.per_tanggal, t.tabel, t.kode,
           t.tingkat::@extschema@.tingkat, t.objek, t.pesan, t.berlaku_mulai
      FROM @extschema@.periksa(simpan_temuan.instansi, simpan_temuan.tahun, simpan_temuan.per_tanggal) t;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.simpan_temuan(text, integer, date) IS
  'Saves every finding lkj.periksa(instansi, tahun, per_tanggal) gives into lkj.temuan_audit (asal periksa, with per_tanggal, recorded by the caller) and returns how many; run by an auditor (lkj_auditor) of the unit or lkj_admin (42501 for anyone else, from row security); an unknown unit raises 42704 as periksa does, a NULL unit, year or date 22004 (one unit''s year at a time: a finding is saved where its auditor may record it)';
