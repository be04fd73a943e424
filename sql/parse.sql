-- parse: lkj.parse_angka, what planners paste from reports and spreadsheets.
SET lc_numeric = 'C';
\set VERBOSITY default
\set SHOW_CONTEXT never
-- U+00A0 is read as white space in a UTF8 database: the cases below need one.
SELECT getdatabaseencoding() AS encoding;

-- Reads one text and shows the value and its scale, or the error with its
-- SQLSTATE, so that every error's code is in the expected output.
CREATE FUNCTION pg_temp.baca(teks text,
                             OUT kode text, OUT nilai numeric, OUT skala int,
                             OUT pesan text, OUT rincian text, OUT saran text)
LANGUAGE plpgsql AS $$
BEGIN
  nilai := lkj.parse_angka(teks);
  skala := scale(nilai);
  kode := 'ok';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS kode = RETURNED_SQLSTATE, pesan = MESSAGE_TEXT,
                          rincian = PG_EXCEPTION_DETAIL, saran = PG_EXCEPTION_HINT;
END $$;

-- An input as a literal, with tab, line ends and U+00A0 (no-break space)
-- written as escapes, so that the expected output shows them.
CREATE FUNCTION pg_temp.tampil(teks text) RETURNS text LANGUAGE sql AS $$
  SELECT CASE WHEN teks = translate(teks, E'\t\n\r\u00a0', '') THEN quote_literal(teks)
              ELSE 'E''' || replace(replace(replace(replace(replace(teks, '\', '\\'),
                     E'\t', '\t'), E'\n', '\n'), E'\r', '\r'), E'\u00a0', '\u00a0') || ''''
         END
$$;

-- Every number format of the seed, as printed (Tabel 1, 2, 5, 6, 8, 10, 14, 15).
SELECT teks, lkj.parse_angka(teks) AS nilai, scale(lkj.parse_angka(teks)) AS skala
FROM unnest(ARRAY[
  '17', '12', '5', '-',                                -- Tabel 1 counts, - for zero
  '146', '132', '14', '90,41%', '9,59 %',              -- Tabel 2, section 3.1.2.6
  '70,59 %', '52,63%',                                 -- section 1.1.3, 3.1.2.6
  'Rp. 1.696.436.296,-', 'Rp. 10.412.300,-', 'Rp. 7.200.000,-',
  'Rp. 1.918.962.796,-', 'Rp. 1.622.941.244,-',       -- Tabel 5
  '72,73%', '69,70%',                                  -- Tabel 4, 5 targets
  '62,2', '62,02', 'Rp. 1.918.962.796', 'Rp. 5.281.000', '100%', '9,09%', -- Tabel 6
  '21,11', '84,44', '135,76 %', '20,72%', '82,87%', '113,94%', '0%', '33,33%',
  '30,30%', '96,97%', '139,12%',                       -- Tabel 8
  '78,4', '73,27', '0,93', '86%', '87', '96,6%', 'N/A', -- Tabel 10
  '96,14%', '39,62%', '17,93%', '96,01%', '99,49%', '39,63%', -- Tabel 14
  '1.556.601.844', '1.494.310.908', '96', '99,87', '100', '6.587.300', '1.560.338.808',
  '96,14'                                              -- Tabel 15
  ]) teks;
-- Text of the seed that is not a number: Tabel 6's "4 Fasilitasi", Tabel
-- 14's footnote mark, section 1.1.3's "29, 41 %".
SELECT teks, b.kode, b.rincian
FROM unnest(ARRAY['4 Fasilitasi', '39,62% *)', '29, 41 %']) teks, LATERAL pg_temp.baca(teks) b;

-- The brief's examples and the plain SQL numerals.
SELECT teks, b.kode, b.nilai, b.skala
FROM unnest(ARRAY[
  '1.622.941.244', 'Rp. 1.622.941.244,-', 'Rp 1.622.941.244', '72,73%', '135,76 %',
  '62,2', '-1.234,5', 'N/A', 'n/a', 'N/a', '-', '1234', '1234.5', '0.25', '-3', '+3',
  '100,00', '0,05', '0', '-0', '-0,00', '007', '1.5', '1234.5678', '0.250', '0.000',
  '1.000', '1.2345', '1,234', '1,5', '-1.234', '999.999.999.999.999.999.999.999',
  '12345678901234567890123456789012345678901234567890,123456789']) teks,
LATERAL pg_temp.baca(teks) b;

-- Prefixes, suffixes, signs and white space.
SELECT pg_temp.tampil(teks) AS teks, b.kode, b.nilai, b.skala
FROM unnest(ARRAY[
  'Rp.1.234', 'Rp1.234', 'rp 1.234', 'RP. 1.234', 'rP.   1.234', E'Rp.\t1.234',
  'Rp. 1.234,50', 'Rp. 1.234,-', '1.234,-', '-Rp. 1.234,-', 'Rp. -1.234,-', '+Rp. 5',
  'Rp -5', '72,73 %', '72,73  %', '-5,5%', '+0%', '1.000%',
  '  1.234  ', E'\t\n 1.234 \r\n', E'\u00a01.234\u00a0', E'\u00a0\u00a0 72,73\u00a0% \u00a0',
  E'Rp.\u00a01.622.941.244,-', E' \u00a0N/A\u00a0 ', E'\u00a0-\u00a0', '  -  ']) teks,
LATERAL pg_temp.baca(teks) b;

-- Every invalid input, with its SQLSTATE, message and detail.
\x on
SELECT pg_temp.tampil(teks) AS teks, b.kode, b.pesan, b.rincian, b.saran
FROM unnest(ARRAY[
  '', '   ', E'\u00a0', 'Rp.', 'Rp', 'rp. ', '%', ',-', 'Rp. -', '+', '--5', '-+5', '-Rp. -5',
  '+Rp +5', '- 5', '1,234.56', '1,234,567', '1,234,567.89', 'Rp 1,234.00', '1.23.4',
  '12.34.567', '1.234.56', '0.123.456', '1234.567.890', '12,3,4', '1,2,3',
  '1,5.3', '1.234,5.6', '1234,', ',5', '.5', '5.', '1.', 'Rp. 5%', 'Rp 72,73 %',
  '1.234,50,-', '5,-%', '5,- %', '5 %%', '1e3', '1E+09', '1,62294E+09', 'abc', '12abc',
  '12 34', '5-', '(1.234)', 'N/A%', '#N/A', 'NA', 'NaN', 'Infinity', 'Rp. 1.234,- ,-',
  E'1\u00a0234', '1 234', '1_000', '١٢٣', '５', '−5']) teks,
LATERAL pg_temp.baca(teks) b;
\x off

-- The errors as a client sees them.
SELECT lkj.parse_angka('1,234.56');
SELECT lkj.parse_angka('1.23.4');
SELECT lkj.parse_angka('Rp. 72,73%');
SELECT lkj.parse_angka('1e3');
SELECT lkj.parse_angka('');

-- NULL in, NULL out (STRICT); N/A also gives NULL.
SELECT lkj.parse_angka(NULL) IS NULL AS null_in, lkj.parse_angka('N/A') IS NULL AS na;
-- A number too large for numeric is numeric's own error.
SELECT lkj.parse_angka(repeat('9', 131073)) IS NULL;
SELECT length(lkj.parse_angka(repeat('9', 131072))::text) AS digits;
