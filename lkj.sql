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


-- ======================================================================
-- Indonesian number format (src/format.c)
-- ======================================================================

-- (section: format)


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
