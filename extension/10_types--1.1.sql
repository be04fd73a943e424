-- ======================================================================
-- a finding of lkj.periksa(): its levels and the date it holds from (1.1)
-- ======================================================================

-- (section: temuan)

/*
 * The levels of a finding, most severe first.  The columns that hold a
 * level stay text (a check view's, lkj.temuan's): every view column of lkj
 * has a built-in type, which BI clients map without help, and a planner
 * writes 'peringatan' without a cast.  This enum is the set and its order:
 * lkj.periksa() refuses a check view that returns another level and sorts
 * by tingkat::lkj.tingkat, as any client can.
 */
CREATE TYPE @extschema@.tingkat AS ENUM ('galat', 'peringatan', 'info');
COMMENT ON TYPE @extschema@.tingkat IS
  'The levels of a finding of lkj.periksa(), most severe first: galat (the data contradicts itself and a printed figure depends on which side is believed), peringatan (needs a planner''s look), info (what a check cannot judge yet, and from when it will); ORDER BY tingkat::lkj.tingkat sorts findings by severity';

-- lkj.temuan was created in 10_types--1.0.sql; no table stores it.
ALTER TYPE @extschema@.temuan ADD ATTRIBUTE berlaku_mulai date;
COMMENT ON TYPE @extschema@.temuan IS 'A finding of lkj.periksa(), the columns every check view (lkj.cek_<kode>) has: the unit and year, the LKj table it concerns (Tabel 1 to 15, a section such as 3.1.2.6, or Lampiran PK), the check''s code, its severity (tingkat: galat, peringatan or info, as lkj.tingkat orders them), the objects concerned (kind and kode, e.g. "program 1, perjanjian_kinerja awal"), a message in Indonesian with the figures in the report''s format, and the date from which the verdict holds (berlaku_mulai; NULL: at once; 1 January after the year for a check that waits for the year to end).';
