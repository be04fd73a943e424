-- format_roundtrip: parse_angka reads back what format_* print, to the
-- value and the scale, over thousands of generated values; format_angka
-- agrees with an independent SQL oracle built from numeric's own text.
SET lc_numeric = 'C';

-- numeric's text with the integer digits grouped by dots and a decimal comma:
-- written with regexp, nothing shared with the C code.
CREATE FUNCTION pg_temp.oracle(x numeric) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN x < 0 THEN '-' ELSE '' END
      || regexp_replace(split_part(abs(x)::text, '.', 1), '(\d)(?=(\d{3})+$)', '\1.', 'g')
      || coalesce(',' || nullif(split_part(abs(x)::text, '.', 2), ''), '')
$$;

-- 6000 values from md5 digits: both signs, 1 to 160 integer digits, 0 to 24
-- decimals, trailing zeros kept in the scale, leading zeros, zeros.
CREATE TEMP TABLE nilai AS
WITH g AS (
  SELECT i, repeat(translate(md5(i::text), 'abcdef', '012345'), 1 + i % 5) AS d
  FROM generate_series(1, 6000) i)
SELECT i, (CASE WHEN i % 2 = 0 THEN '-' ELSE '' END
           || CASE WHEN i % 11 = 0 THEN '0' ELSE substr(d, 1, 1 + (i * 37) % length(d)) END
           || CASE WHEN i % 4 = 0 THEN '' ELSE '.' || substr(d, 3, (i * 13) % 25) END
           || CASE WHEN i % 7 = 0 AND i % 4 <> 0 THEN '000' ELSE '' END)::numeric AS x
FROM g;

-- What the values cover, so that a change of the generator shows here.
SELECT count(*) AS nilai, count(*) FILTER (WHERE x < 0) AS negatif, count(*) FILTER (WHERE x = 0) AS nol,
       count(DISTINCT scale(x)) AS skala_berbeda, max(scale(x)) AS skala_maks,
       count(*) FILTER (WHERE abs(x) >= 9223372036854775808) AS di_atas_int64,
       max(length(trunc(abs(x))::text)) AS digit_maks,
       count(*) FILTER (WHERE scale(x) > 0 AND x::text LIKE '%0') AS nol_di_belakang
FROM nilai;

-- format_angka: the oracle's text, and back to the same value and scale.
SELECT count(*) FILTER (WHERE lkj.format_angka(x) <> pg_temp.oracle(x)) AS beda_oracle,
       count(*) FILTER (WHERE lkj.parse_angka(lkj.format_angka(x)) <> x) AS beda_nilai,
       count(*) FILTER (WHERE scale(lkj.parse_angka(lkj.format_angka(x))) <> scale(x)) AS beda_skala
FROM nilai;

-- format_persen: the same with %.
SELECT count(*) FILTER (WHERE lkj.format_persen(x) <> pg_temp.oracle(x) || '%') AS beda_oracle,
       count(*) FILTER (WHERE lkj.parse_angka(lkj.format_persen(x)) <> x) AS beda_nilai,
       count(*) FILTER (WHERE scale(lkj.parse_angka(lkj.format_persen(x))) <> scale(x)) AS beda_skala
FROM nilai;

-- format_angka and format_persen with 0 to 4 and 20 decimals: round() then
-- the oracle; back to round(x, d) with scale d.
SELECT count(*) AS kasus,
       count(*) FILTER (WHERE lkj.format_angka(x, d) <> pg_temp.oracle(round(x, d))) AS beda_oracle,
       count(*) FILTER (WHERE lkj.format_persen(x, d) <> pg_temp.oracle(round(x, d)) || '%') AS beda_persen,
       count(*) FILTER (WHERE lkj.parse_angka(lkj.format_angka(x, d)) <> round(x, d)) AS beda_nilai,
       count(*) FILTER (WHERE scale(lkj.parse_angka(lkj.format_angka(x, d))) <> d) AS beda_skala
FROM nilai, (VALUES (0), (1), (2), (3), (4), (20)) v(d);

-- format_rupiah on whole amounts (also with a scale, 1234.00): Rp. and ,-,
-- the sign first; back to the same value with scale 0.
SELECT count(*) FILTER (WHERE lkj.format_rupiah(w) <> CASE WHEN w < 0 THEN '-' ELSE '' END
                                                    || 'Rp. ' || pg_temp.oracle(abs(trunc(w))) || ',-') AS beda_oracle,
       count(*) FILTER (WHERE lkj.parse_angka(lkj.format_rupiah(w)) <> w) AS beda_nilai,
       count(*) FILTER (WHERE scale(lkj.parse_angka(lkj.format_rupiah(w))) <> 0) AS beda_skala
FROM nilai, LATERAL (VALUES (trunc(x)), (trunc(x, 0) + 0.00)) t(w);

-- format_rupiah on amounts with sen: round(x, 2) with 2 decimals, or a whole
-- amount where the sen round away; back to round(x, 2).
SELECT count(*) FILTER (WHERE lkj.format_rupiah(x) <> CASE WHEN round(x, 2) < 0 THEN '-' ELSE '' END || 'Rp. '
                              || CASE WHEN round(x, 2) = trunc(round(x, 2)) THEN pg_temp.oracle(abs(round(x, 0))) || ',-'
                                      ELSE pg_temp.oracle(abs(round(x, 2))) END) AS beda_oracle,
       count(*) FILTER (WHERE lkj.parse_angka(lkj.format_rupiah(x)) <> round(x, 2)) AS beda_nilai,
       count(*) FILTER (WHERE round(x, 2) <> trunc(round(x, 2)) AND lkj.format_rupiah(x) LIKE '%,-') AS sen_dengan_strip,
       count(*) FILTER (WHERE round(x, 2) = trunc(round(x, 2))) AS sen_hilang
FROM nilai WHERE x <> trunc(x);

-- numeric's own text: parse_angka agrees with numeric_in except where the
-- Indonesian reading wins (a dot then exactly three digits, 1.234 = 1234),
-- and there it is x * 1000.
SELECT count(*) FILTER (WHERE NOT indonesia AND lkj.parse_angka(x::text) IS DISTINCT FROM x) AS beda_sql,
       count(*) FILTER (WHERE NOT indonesia AND scale(lkj.parse_angka(x::text)) <> scale(x)) AS beda_skala,
       count(*) FILTER (WHERE indonesia) AS dibaca_indonesia,
       count(*) FILTER (WHERE indonesia AND lkj.parse_angka(x::text) <> x * 1000) AS beda_indonesia
FROM nilai, LATERAL (SELECT x::text ~ '^-?[1-9][0-9]{0,2}\.[0-9]{3}$') t(indonesia);
