CREATE TYPE @extschema@.polaritas AS ENUM ('positif', 'negatif');
COMMENT ON TYPE @extschema@.polaritas IS
  'Polarity of an indicator: positif when a higher realisasi is better, negatif when a lower one is';

-- ======================================================================
-- kriteria: the bands and the scales (src/kriteria.c)
-- ======================================================================

-- (section: kriteria)

/*
 * A criteria band (Tabel 7's "kriteria capaian kinerja") is an enum, lowest
 * first, so that <, ORDER BY, min() and max() follow the report's sense of
 * better.  A scale (lkj.skala) says which capaian falls in which band and
 * what a regency calls the bands; lkj.skala_kriteria names the scales.
 */
CREATE TYPE lkj.kriteria AS ENUM ('Sangat Rendah', 'Rendah', 'Sedang', 'Tinggi', 'Sangat Tinggi');
COMMENT ON TYPE lkj.kriteria IS
  'criteria band of a capaian (Tabel 7), ordered Sangat Rendah < Rendah < Sedang < Tinggi < Sangat Tinggi';

CREATE TYPE lkj.skala;

CREATE FUNCTION lkj.skala_in(cstring) RETURNS lkj.skala
  AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION lkj.skala_in(cstring) IS
  'input of lkj.skala: ''Sangat Tinggi > 90; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah'' (">=", or U+2265 in a UTF8 database, for a closed bound)';

CREATE FUNCTION lkj.skala_out(lkj.skala) RETURNS cstring
  AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION lkj.skala_out(lkj.skala) IS
  'output of lkj.skala, in the one canonical text form that skala_in reads back';

CREATE FUNCTION lkj.skala_recv(internal) RETURNS lkj.skala
  AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION lkj.skala_recv(internal) IS
  'binary input of lkj.skala (version byte first), checked as skala_in checks text';

CREATE FUNCTION lkj.skala_send(lkj.skala) RETURNS bytea
  AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION lkj.skala_send(lkj.skala) IS
  'binary output of lkj.skala: version 1, flags of the closed bounds, four numerics, five labels';

CREATE TYPE lkj.skala (
  INPUT = lkj.skala_in,
  OUTPUT = lkj.skala_out,
  RECEIVE = lkj.skala_recv,
  SEND = lkj.skala_send,
  INTERNALLENGTH = VARIABLE,
  ALIGNMENT = int4,
  STORAGE = extended
);
COMMENT ON TYPE lkj.skala IS
  'criteria scale: five bands top first with their own words, and four strictly descending lower bounds, each open (>) or closed (>=)';

CREATE FUNCTION lkj.skala_eq(lkj.skala, lkj.skala) RETURNS boolean
  AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION lkj.skala_eq(lkj.skala, lkj.skala) IS
  'whether two scales have the same bounds, the same kinds of bound and the same labels';

CREATE FUNCTION lkj.skala_ne(lkj.skala, lkj.skala) RETURNS boolean
  AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION lkj.skala_ne(lkj.skala, lkj.skala) IS
  'whether two scales differ in a bound, a kind of bound or a label';

CREATE OPERATOR lkj.= (
  LEFTARG = lkj.skala, RIGHTARG = lkj.skala, FUNCTION = lkj.skala_eq,
  COMMUTATOR = OPERATOR(lkj.=), NEGATOR = OPERATOR(lkj.<>),
  RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel
);
COMMENT ON OPERATOR lkj.= (lkj.skala, lkj.skala) IS 'equal scales';

CREATE OPERATOR lkj.<> (
  LEFTARG = lkj.skala, RIGHTARG = lkj.skala, FUNCTION = lkj.skala_ne,
  COMMUTATOR = OPERATOR(lkj.<>), NEGATOR = OPERATOR(lkj.=),
  RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR lkj.<> (lkj.skala, lkj.skala) IS 'different scales';

CREATE TYPE temuan AS (
    instansi    text,
    tahun       integer,
    tabel       text,
    kode        text,
    tingkat     text,
    objek       text,
    pesan       text
);
COMMENT ON TYPE temuan IS 'A finding of lkj.periksa(), the columns every check view (lkj.cek_<kode>) has: the unit and year, the LKj table it concerns (Tabel 1 to 15, a section such as 3.1.2.6, or Lampiran PK), the check''s code, its severity (tingkat: galat or peringatan), the objects concerned (kind and kode, e.g. "program 1, perjanjian_kinerja awal") and a message in Indonesian with the figures in the report''s format.';
