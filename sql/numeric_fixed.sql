-- src/numeric_fixed.c, the exact fixed-point codec under capaian and
-- penyerapan: a numeric read into a 128-bit scaled integer and written back
-- must be the very same numeric (compared as stored bytes with *=), for
-- every value that fits; a value that does not fit is reported (NULL here)
-- and left to PostgreSQL's numeric functions.
\set SHOW_CONTEXT never
\set VERBOSITY default

-- Whether two numerics are stored as the same bytes (record_image_eq on
-- one-column rows; a bare ROW(a) *= ROW(b) would compare a *= b).
CREATE FUNCTION pg_temp.same_bytes(a numeric, b numeric) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$ SELECT x *= y FROM (SELECT a) AS x, (SELECT b) AS y $$;

-- Test-only entry point of the library (not part of the extension's API).
CREATE FUNCTION pg_temp.roundtrip(numeric) RETURNS numeric
AS '$libdir/lkj', 'numeric_fixed_roundtrip' LANGUAGE C IMMUTABLE STRICT;

-- same_bytes sees the display scale, not only the value.
SELECT pg_temp.same_bytes(1.0, 1.0) AS sama, pg_temp.same_bytes(1.0, 1.00) AS skala_beda,
       pg_temp.same_bytes(1.0, 1.00) AND 1.0 = 1.00 AS nilai_sama;

-- Single values: zero with and without scale, base-10000 digit boundaries,
-- negative weights, the 38-digit limit of the scale, the int128 limits
-- (the range is symmetric, so -2^127 does not fit), specials.
SELECT x, pg_temp.roundtrip(x) AS roundtrip,
       pg_temp.roundtrip(x) IS NOT NULL AS muat,
       pg_temp.same_bytes(pg_temp.roundtrip(x), x) AS byte_sama
FROM (VALUES ('0'::numeric), ('0.00'), ('1'), ('-1'), ('9999'), ('10000'), ('-10000.0000'),
             ('0.0001'), ('0.00001'), ('0.5'), ('-0.05'), ('12345678.90123'),
             ('100000000000000000000'), ('1e37'), ('0.1e-30'),
             ('0.12345678901234567890123456789012345678'),
             ('0.123456789012345678901234567890123456789'),
             ('170141183460469231731687303715884105727'),
             ('-170141183460469231731687303715884105727'),
             ('170141183460469231731687303715884105728'),
             ('-170141183460469231731687303715884105728'),
             ('1.70141183460469231731687303715884105727'),
             ('1.70141183460469231731687303715884105728'),
             ('1e38'), ('1e39'),
             ('NaN'), ('Infinity'), ('-Infinity')) AS v(x);

-- Zero at a scale beyond the limit, and long-form headers (weight beyond
-- -64..63 or display scale above 63): not decoded, but their sign still is
-- (see the errors in capaian.sql).
SELECT pg_temp.roundtrip(pg_catalog.round(0, 39)) IS NULL AS nol_skala_39,
       pg_temp.roundtrip(1e300) IS NULL AS bobot_besar, pg_temp.roundtrip(-1e-300) IS NULL AS bobot_kecil,
       pg_temp.roundtrip(pg_catalog.round(-5, 100)) IS NULL AS skala_100;

-- Many values, scales 0..38, magnitudes 10^-30..10^36: every one that fits
-- comes back byte for byte and prints the same; exactly those fit whose
-- scale is at most 38 and whose digits at that scale stay within 2^127 - 1.
WITH v AS (
  SELECT pg_catalog.round((i * 7919 % 1000003 - 500000)::numeric * pg_catalog.power(10::numeric, (i % 61) - 30)
                          * (1 + (i % 7) * 0.123456789), (i % 39)) AS x
  FROM generate_series(1, 30000) AS i
)
SELECT count(*) AS nilai,
       count(*) FILTER (WHERE pg_temp.roundtrip(x) IS NOT NULL) AS muat,
       count(*) FILTER (WHERE pg_temp.roundtrip(x) IS NOT NULL AND NOT pg_temp.same_bytes(pg_temp.roundtrip(x), x)) AS beda_byte,
       count(*) FILTER (WHERE pg_temp.roundtrip(x)::text <> x::text) AS beda_teks,
       count(*) FILTER (WHERE (pg_temp.roundtrip(x) IS NULL)
                              <> (pg_catalog.scale(x) > 38 OR pg_catalog.abs(x) * pg_catalog.power(10::numeric, pg_catalog.scale(x))
                                                              > 170141183460469231731687303715884105727))
         AS salah_batas
FROM v;
