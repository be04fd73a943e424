/* lkj.sql: the lkj extension script; the Makefile copies it to lkj--<version>.sql */

\echo Use "CREATE EXTENSION lkj" to load this file. \quit

/*
 * The script is read top to bottom: the core types and C functions, then the
 * tables that hold a regency's data, then the views of the report built on
 * both, then the report as text and the checks.  Every object has a COMMENT.
 * Names inside views and SQL functions are qualified with @extschema@ or
 * pg_catalog, so that no search_path can change what they mean.
 */


-- ======================================================================
-- capaian, penyerapan, efisiensi (src/capaian.c)
-- ======================================================================

-- (section: capaian)

CREATE TYPE @extschema@.polaritas AS ENUM ('positif', 'negatif');
COMMENT ON TYPE @extschema@.polaritas IS
  'Polarity of an indicator: positif when a higher realisasi is better, negatif when a lower one is';

CREATE FUNCTION @extschema@.capaian(target numeric, realisasi numeric,
                                    polaritas @extschema@.polaritas DEFAULT 'positif')
RETURNS numeric
AS 'MODULE_PATHNAME', 'capaian'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.capaian(numeric, numeric, @extschema@.polaritas) IS
  'Capaian kinerja in percent, rounded half away from zero to 2 decimals: realisasi / target * 100 (positif), (target - (realisasi - target)) / target * 100 (negatif); target 0 gives 100.00 when realisasi is 0, else NULL (not measurable)';

CREATE FUNCTION @extschema@.capaian_rentang(batas_bawah numeric, batas_atas numeric, realisasi numeric,
                                            polaritas @extschema@.polaritas DEFAULT 'positif')
RETURNS numeric
AS 'MODULE_PATHNAME', 'capaian_rentang'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.capaian_rentang(numeric, numeric, numeric, @extschema@.polaritas) IS
  'Capaian against a target range (PermenPAN-RB 6/2022): 100.00 inside the range (bounds included), below it the capaian against batas_bawah, above it the capaian against batas_atas';

CREATE FUNCTION @extschema@.penyerapan(anggaran numeric, realisasi numeric)
RETURNS numeric
AS 'MODULE_PATHNAME', 'penyerapan'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.penyerapan(numeric, numeric) IS
  'Penyerapan anggaran in percent: realisasi / anggaran * 100, rounded half away from zero to 2 decimals; anggaran 0 gives NULL';

CREATE FUNCTION @extschema@.efisiensi(capaian numeric, penyerapan numeric, metode text DEFAULT 'selisih')
RETURNS numeric
AS 'MODULE_PATHNAME', 'efisiensi'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.efisiensi(numeric, numeric, text) IS
  'Tingkat efisiensi of the rounded capaian and penyerapan: selisih = capaian - penyerapan to 2 decimals (Tabel 14), rasio = capaian / penyerapan to 3 decimals (NULL when penyerapan is 0)';


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

CREATE FUNCTION lkj.kriteria(capaian numeric, skala lkj.skala) RETURNS lkj.kriteria
  AS 'MODULE_PATHNAME', 'kriteria_skala' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION lkj.kriteria(numeric, lkj.skala) IS
  'criteria band of a capaian on a scale, the capaian compared exactly with the bounds';

CREATE FUNCTION lkj.kriteria_label(capaian numeric, skala lkj.skala) RETURNS text
  AS 'MODULE_PATHNAME', 'kriteria_label_skala' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION lkj.kriteria_label(numeric, lkj.skala) IS
  'the scale''s own word for the band of a capaian (e.g. Sangat Baik where the enum says Sangat Tinggi)';

CREATE FUNCTION lkj.skala_rentang(skala lkj.skala)
  RETURNS TABLE (no integer, kriteria lkj.kriteria, label text,
                 batas_bawah numeric, bawah_inklusif boolean,
                 batas_atas numeric, atas_inklusif boolean, "interval" text)
  AS 'MODULE_PATHNAME', 'skala_rentang' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION lkj.skala_rentang(lkj.skala) IS
  'the five bands of a scale, top first: bounds (null where a band is open-ended) and the interval as Tabel 7 prints it ("> 75% - 90%")';

CREATE TABLE lkj.skala_kriteria (
  nama text PRIMARY KEY CHECK (nama ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  skala lkj.skala NOT NULL,
  keterangan text,
  bawaan boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE lkj.skala_kriteria IS
  'the criteria scales by name: the built-in ones (bawaan) and those a regency adds';
COMMENT ON COLUMN lkj.skala_kriteria.nama IS
  'name of the scale: lower-case letters, digits and hyphens, e.g. lumajang';
COMMENT ON COLUMN lkj.skala_kriteria.skala IS 'the scale';
COMMENT ON COLUMN lkj.skala_kriteria.keterangan IS 'where the scale comes from (regulation, table of a report)';
COMMENT ON COLUMN lkj.skala_kriteria.bawaan IS
  'true for the scales the extension brings, which it alone changes and a dump leaves out';

CREATE FUNCTION lkj.skala_kriteria_jaga() RETURNS trigger
  AS 'MODULE_PATHNAME', 'skala_kriteria_jaga' LANGUAGE C;
COMMENT ON FUNCTION lkj.skala_kriteria_jaga() IS
  'trigger of lkj.skala_kriteria: refuses to change, delete or add built-in scales outside the extension''s script';

CREATE TRIGGER skala_kriteria_jaga
  BEFORE INSERT OR UPDATE OR DELETE ON lkj.skala_kriteria
  FOR EACH ROW EXECUTE FUNCTION lkj.skala_kriteria_jaga();
COMMENT ON TRIGGER skala_kriteria_jaga ON lkj.skala_kriteria IS
  'keeps the built-in scales as the extension made them';

CREATE TRIGGER skala_kriteria_jaga_truncate
  BEFORE TRUNCATE ON lkj.skala_kriteria
  FOR EACH STATEMENT EXECUTE FUNCTION lkj.skala_kriteria_jaga();
COMMENT ON TRIGGER skala_kriteria_jaga_truncate ON lkj.skala_kriteria IS
  'refuses TRUNCATE, which would remove the built-in scales';

INSERT INTO lkj.skala_kriteria (nama, skala, keterangan, bawaan) VALUES
  ('lumajang',
   'Sangat Tinggi > 90; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah',
   'Tabel 7 LKj Kecamatan Kunir 2024 / Pemkab Lumajang', true),
  ('permendagri-86-2017',
   'Sangat Tinggi >= 91; Tinggi >= 76; Sedang >= 66; Rendah >= 51; Sangat Rendah',
   'Permendagri 86/2017', true);

SELECT pg_catalog.pg_extension_config_dump('@extschema@.skala_kriteria', 'WHERE NOT bawaan');

-- the scales are public reference data that lkj.kriteria(numeric, text) reads
GRANT SELECT ON lkj.skala_kriteria TO PUBLIC;

CREATE FUNCTION lkj.kriteria(capaian numeric, skala text DEFAULT 'lumajang') RETURNS lkj.kriteria
  AS 'MODULE_PATHNAME', 'kriteria_nama' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION lkj.kriteria(numeric, text) IS
  'criteria band of a capaian on the scale of that name in lkj.skala_kriteria (Lumajang''s Tabel 7 by default)';

CREATE FUNCTION lkj.kriteria_label(capaian numeric, skala text DEFAULT 'lumajang') RETURNS text
  AS 'MODULE_PATHNAME', 'kriteria_label_nama' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION lkj.kriteria_label(numeric, text) IS
  'the own word of the scale of that name in lkj.skala_kriteria for the band of a capaian';


-- ======================================================================
-- Indonesian number format (src/format.c)
-- ======================================================================

-- (section: format)

-- Numbers as the report prints them: 1.622.941.244 (a dot groups thousands),
-- 72,73% (a decimal comma), Rp. 1.622.941.244,- for money; a value keeps the
-- decimals it was given with (62,2, not 62,20).  None reads lc_numeric or
-- calls to_char: the text is the same on every server.

CREATE FUNCTION lkj.format_angka(nilai numeric)
RETURNS text
AS 'MODULE_PATHNAME', 'format_angka'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION lkj.format_angka(numeric) IS
'A number the Indonesian way with the decimals it was given: 1.622.941.244, 62,2, -1.234,5, 100,00 for 100.00. A dot groups thousands, a comma marks the decimals; locale-independent (no lc_numeric, no to_char). NaN and infinity raise 22023. lkj.parse_angka reads the text back to the same value and scale.';

CREATE FUNCTION lkj.format_angka(nilai numeric, desimal integer)
RETURNS text
AS 'MODULE_PATHNAME', 'format_angka'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION lkj.format_angka(numeric, integer) IS
'A number the Indonesian way rounded half away from zero (as round()) to exactly desimal decimals, 0 to 20, padded with zeros: format_angka(96, 2) = 96,00, format_angka(1234.5, 0) = 1.235. A desimal outside 0 to 20, NaN and infinity raise 22023. Locale-independent (no lc_numeric, no to_char).';

CREATE FUNCTION lkj.format_persen(nilai numeric)
RETURNS text
AS 'MODULE_PATHNAME', 'format_persen'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION lkj.format_persen(numeric) IS
'A percentage as the report prints it, the number as given followed by % without a space: 135,76%, 100% for 100, 100,00% for 100.00. The value is the percentage itself (72.73 prints 72,73%), not a ratio. Locale-independent (no lc_numeric, no to_char); NaN and infinity raise 22023.';

CREATE FUNCTION lkj.format_persen(nilai numeric, desimal integer)
RETURNS text
AS 'MODULE_PATHNAME', 'format_persen'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION lkj.format_persen(numeric, integer) IS
'A percentage rounded half away from zero to exactly desimal decimals (0 to 20), then %: format_persen(96, 2) = 96,00%. A desimal outside 0 to 20, NaN and infinity raise 22023. Locale-independent (no lc_numeric, no to_char).';

CREATE FUNCTION lkj.format_rupiah(nilai numeric)
RETURNS text
AS 'MODULE_PATHNAME', 'format_rupiah'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION lkj.format_rupiah(numeric) IS
'An amount of rupiah as the report prints it: Rp. 1.622.941.244,- for a whole amount (also 1234.00), Rp. 0,- for zero, -Rp. 1.234,- when negative. An amount with sen is rounded half away from zero to 2 decimals and printed without ",-": Rp. 1.234,50; one that rounds to whole sen of zero prints as whole (1234.001 gives Rp. 1.234,-). Locale-independent (no lc_numeric, no to_char); NaN and infinity raise 22023.';

CREATE FUNCTION lkj.parse_angka(teks text)
RETURNS numeric
AS 'MODULE_PATHNAME', 'parse_angka'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION lkj.parse_angka(text) IS
'Reads a number as a report prints it or a planner pastes it, keeping the scale written (62,2 gives 62.2, 100,00 gives 100.00), so parse_angka(format_angka(x)) = x to the scale. White space around it (with U+00A0 in a UTF8 database) is trimmed. Accepts a sign (- or +, once, before or after Rp), an Rp or Rp. prefix in any case with optional space, a ",-" suffix on whole numbers, a % suffix with optional space (72,73% gives 72.73, the percentage as printed). The number is Indonesian where it can be: a dot groups thousands only in groups of three after a lead of 1 to 3 digits that is not 0 (1.234 gives 1234), one comma marks decimals. Otherwise a plain numeral with one decimal point and digits on both sides (1.5, 1234.5678, 0.25). N/A in any case gives NULL; a lone - gives 0 (the report prints - for a zero count). Rejected with 22P02 and a detail saying why: empty text, English grouping (1,234.56), bad groups (1.23.4), two commas, exponent notation (1e3: a spreadsheet shows it for a rounded value), two signs, Rp with %, ",-" after decimals or with %, any other text. Locale-independent (no lc_numeric).';



-- ======================================================================
-- the schema: a regency's units, plans, targets, results, budgets
-- ======================================================================

-- (section: schema)


-- ======================================================================
-- the report's tables as views
-- ======================================================================

-- (section: views)


-- ======================================================================
-- the report as text: lkj.laporan()
-- ======================================================================

-- (section: laporan)


-- ======================================================================
-- the checks: lkj.periksa()
-- ======================================================================

-- (section: periksa)
