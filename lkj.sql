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


-- ======================================================================
-- kriteria: the bands and the scales (src/kriteria.c)
-- ======================================================================

-- (section: kriteria)


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
