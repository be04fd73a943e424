-- ======================================================================
-- capaian, penyerapan, efisiensi (src/capaian.c)
-- ======================================================================

-- (section: capaian)


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

-- One rule for a share as the report prints it, in C (percent_of): the
-- budget's absorption checks its amounts, persentase takes any counts.
CREATE FUNCTION @extschema@.penyerapan(anggaran numeric, realisasi numeric)
RETURNS numeric
AS 'MODULE_PATHNAME', 'penyerapan'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.penyerapan(numeric, numeric) IS
  'Penyerapan anggaran in percent: realisasi / anggaran * 100, rounded half away from zero to 2 decimals; anggaran 0 gives NULL';

CREATE FUNCTION @extschema@.persentase(pembilang numeric, penyebut numeric)
RETURNS numeric
AS 'MODULE_PATHNAME', 'persentase'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.persentase(numeric, numeric) IS
  'pembilang of penyebut as a percentage, the rule of lkj.penyerapan: pembilang * 100 / penyebut rounded half away from zero to 2 decimals (32 of 33 is 96.97); NULL when penyebut is 0; NaN and infinity raise 22023';

CREATE FUNCTION @extschema@.efisiensi(capaian numeric, penyerapan numeric, metode text DEFAULT 'selisih')
RETURNS numeric
AS 'MODULE_PATHNAME', 'efisiensi'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.efisiensi(numeric, numeric, text) IS
  'Efficiency of the rounded capaian and penyerapan: selisih = capaian - penyerapan to 2 decimals (Tabel 14); rasio = the indeks efisiensi IE = capaian / penyerapan, rounded half away from zero to 3 decimals; tingkat = the tingkat efisiensi TE = (IE - 1) x 100 from that rounded IE, as a percentage (exact, 2 decimals); rasio and tingkat are NULL when penyerapan is 0; another metode raises 22023';


-- ======================================================================
-- kriteria: the band of a capaian on a scale (src/kriteria.c)
-- ======================================================================

-- (section: kriteria)

CREATE FUNCTION @extschema@.kriteria(capaian numeric, skala @extschema@.skala) RETURNS @extschema@.kriteria
  AS 'MODULE_PATHNAME', 'kriteria_skala' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kriteria(numeric, @extschema@.skala) IS
  'criteria band of a capaian on a five-band scale as 1.0''s enum, the capaian compared exactly with the bounds (NULL outside the bands where the scale labels such values; another number of bands: 22023, use pita_kriteria)';

CREATE FUNCTION @extschema@.label_kriteria(capaian numeric, skala @extschema@.skala) RETURNS text
  AS 'MODULE_PATHNAME', 'kriteria_label_skala' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.label_kriteria(numeric, @extschema@.skala) IS
  'the scale''s own word for the band of a capaian on any scale (e.g. Sangat Baik where the enum says Sangat Tinggi), or its word for a capaian outside the bands';

CREATE FUNCTION @extschema@.pita_kriteria(capaian numeric, skala @extschema@.skala, OUT urutan integer, OUT label text)
  AS 'MODULE_PATHNAME', 'pita_kriteria_skala' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pita_kriteria(numeric, @extschema@.skala) IS
  'the band of a capaian on any scale: its number from the top (urutan 1, as Tabel 7 numbers it) and the scale''s word; outside the bands, urutan NULL and the scale''s word for such values, or 22023 where the scale says so';

CREATE FUNCTION @extschema@.rentang_skala(skala @extschema@.skala)
  RETURNS TABLE (no integer, kriteria @extschema@.kriteria, label text,
                 batas_bawah numeric, bawah_inklusif boolean,
                 batas_atas numeric, atas_inklusif boolean, "interval" text)
  AS 'MODULE_PATHNAME', 'skala_rentang' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION @extschema@.rentang_skala(@extschema@.skala) IS
  'the bands of a scale, top first: the enum band (five-band scales only, else NULL), the word, the bounds as meant (NULL where a band is open-ended) and the interval as the scale words it, which Tabel 7 prints ("> 75% - 90%", "91% - 100%", "= 100%")';

CREATE FUNCTION @extschema@.skala_kriteria_jaga() RETURNS trigger
  AS 'MODULE_PATHNAME', 'skala_kriteria_jaga' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.skala_kriteria_jaga() IS
  'trigger of lkj.skala_kriteria: refuses to change, delete or add built-in scales outside the extension''s script';

CREATE FUNCTION @extschema@.kriteria(capaian numeric, skala text DEFAULT 'lumajang') RETURNS @extschema@.kriteria
  AS 'MODULE_PATHNAME', 'kriteria_nama' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kriteria(numeric, text) IS
  'criteria band of a capaian as 1.0''s enum on the five-band scale of that name in lkj.skala_kriteria (Lumajang''s Tabel 7 by default); as kriteria(numeric, skala)';

CREATE FUNCTION @extschema@.label_kriteria(capaian numeric, skala text DEFAULT 'lumajang') RETURNS text
  AS 'MODULE_PATHNAME', 'kriteria_label_nama' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.label_kriteria(numeric, text) IS
  'the own word of the scale of that name in lkj.skala_kriteria for the band of a capaian';

CREATE FUNCTION @extschema@.pita_kriteria(capaian numeric, skala text DEFAULT 'lumajang', OUT urutan integer, OUT label text)
  AS 'MODULE_PATHNAME', 'pita_kriteria_nama' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pita_kriteria(numeric, text) IS
  'the band (urutan from the top, word) of a capaian on the scale of that name in lkj.skala_kriteria, as pita_kriteria(numeric, skala)';

CREATE FUNCTION @extschema@.skala_bernama(nama text) RETURNS @extschema@.skala
  AS 'MODULE_PATHNAME', 'skala_bernama' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.skala_bernama(text) IS
  'the scale of that name in lkj.skala_kriteria (an unknown name raises 42704), read once per call site and snapshot as lkj.label_kriteria(numeric, text) reads it';

-- 1.0's names of the three above (README, Names): the same C functions
-- declared again, so that a 1.0 caller gets the same answer until 2.0.
CREATE FUNCTION @extschema@.kriteria_label(capaian numeric, skala @extschema@.skala) RETURNS text
  AS 'MODULE_PATHNAME', 'kriteria_label_skala' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kriteria_label(numeric, @extschema@.skala) IS
  'Alias of lkj.label_kriteria, kept for 1.0 callers until 2.0';
CREATE FUNCTION @extschema@.kriteria_label(capaian numeric, skala text DEFAULT 'lumajang') RETURNS text
  AS 'MODULE_PATHNAME', 'kriteria_label_nama' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kriteria_label(numeric, text) IS
  'Alias of lkj.label_kriteria, kept for 1.0 callers until 2.0';
CREATE FUNCTION @extschema@.skala_rentang(skala @extschema@.skala)
  RETURNS TABLE (no integer, kriteria @extschema@.kriteria, label text,
                 batas_bawah numeric, bawah_inklusif boolean,
                 batas_atas numeric, atas_inklusif boolean, "interval" text)
  AS 'MODULE_PATHNAME', 'skala_rentang' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION @extschema@.skala_rentang(@extschema@.skala) IS
  'Alias of lkj.rentang_skala, kept for 1.0 callers until 2.0';

-- ======================================================================
-- Indonesian number format (src/format.c)
-- ======================================================================

-- (section: format)

-- Numbers as the report prints them: 1.622.941.244 (a dot groups thousands),
-- 72,73% (a decimal comma), Rp. 1.622.941.244,- for money; a value keeps the
-- decimals it was given with (62,2, not 62,20).  None reads lc_numeric or
-- calls to_char: the text is the same on every server.

CREATE FUNCTION @extschema@.format_angka(nilai numeric) RETURNS text
  AS 'MODULE_PATHNAME', 'format_angka' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.format_angka(numeric) IS
  'A number the Indonesian way with the decimals it was given: 1.622.941.244, 62,2, -1.234,5, 100,00 for 100.00. A dot groups thousands, a comma marks the decimals; locale-independent (no lc_numeric, no to_char). NaN and infinity raise 22023. lkj.parse_angka reads the text back to the same value and scale.';

CREATE FUNCTION @extschema@.format_angka(nilai numeric, desimal integer) RETURNS text
  AS 'MODULE_PATHNAME', 'format_angka' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.format_angka(numeric, integer) IS
  'A number the Indonesian way rounded half away from zero (as round()) to exactly desimal decimals, 0 to 20, padded with zeros: format_angka(96, 2) = 96,00, format_angka(1234.5, 0) = 1.235. A desimal outside 0 to 20, NaN and infinity raise 22023. Locale-independent (no lc_numeric, no to_char).';

CREATE FUNCTION @extschema@.format_persen(nilai numeric) RETURNS text
  AS 'MODULE_PATHNAME', 'format_persen' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.format_persen(numeric) IS
  'A percentage as the report prints it, the number as given followed by % without a space: 135,76%, 100% for 100, 100,00% for 100.00. The value is the percentage itself (72.73 prints 72,73%), not a ratio. Locale-independent (no lc_numeric, no to_char); NaN and infinity raise 22023.';

CREATE FUNCTION @extschema@.format_persen(nilai numeric, desimal integer) RETURNS text
  AS 'MODULE_PATHNAME', 'format_persen' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.format_persen(numeric, integer) IS
  'A percentage rounded half away from zero to exactly desimal decimals (0 to 20), then %: format_persen(96, 2) = 96,00%. A desimal outside 0 to 20, NaN and infinity raise 22023. Locale-independent (no lc_numeric, no to_char).';

CREATE FUNCTION @extschema@.format_rupiah(nilai numeric) RETURNS text
  AS 'MODULE_PATHNAME', 'format_rupiah' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.format_rupiah(numeric) IS
  'An amount of rupiah as the report prints it: Rp. 1.622.941.244,- for a whole amount (also 1234.00), Rp. 0,- for zero, -Rp. 1.234,- when negative. An amount with sen is rounded half away from zero to 2 decimals and printed without ",-": Rp. 1.234,50; one that rounds to whole sen of zero prints as whole (1234.001 gives Rp. 1.234,-). Locale-independent (no lc_numeric, no to_char); NaN and infinity raise 22023.';

CREATE FUNCTION @extschema@.parse_angka(teks text) RETURNS numeric
  AS 'MODULE_PATHNAME', 'parse_angka' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_angka(text) IS
  'Reads a number as a report prints it or a planner pastes it, keeping the scale written (62,2 gives 62.2, 100,00 gives 100.00), so parse_angka(format_angka(x)) = x to the scale. White space around it (with U+00A0 in a UTF8 database) is trimmed. Accepts a sign (- or +, once, before or after Rp), an Rp or Rp. prefix in any case with optional space, a ",-" suffix on whole numbers, a % suffix with optional space (72,73% gives 72.73, the percentage as printed). The number is Indonesian where it can be: a dot groups thousands only in groups of three after a lead of 1 to 3 digits that is not 0 (1.234 gives 1234), one comma marks decimals. Otherwise a plain numeral with one decimal point and digits on both sides (1.5, 1234.5678, 0.25). N/A in any case gives NULL; a lone - gives 0 (the report prints - for a zero count). Rejected with 22P02 and a detail saying why: empty text, English grouping (1,234.56), bad groups (1.23.4), two commas, exponent notation (1e3: a spreadsheet shows it for a rounded value), two signs, Rp with %, ",-" after decimals or with %, any other text. Locale-independent (no lc_numeric).';

-- ======================================================================
-- a report's figures, names and dates as it prints them
-- ======================================================================

-- Built on the number format above; the text report, the checks' messages
-- and any client print with these, so that a figure reads the same
-- everywhere.

CREATE FUNCTION @extschema@.format_nilai(nilai numeric, satuan text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    RETURN CASE
        WHEN nilai IS NULL THEN NULL
        WHEN lower(satuan) = ANY ('{persen,%}'::text[]) THEN @extschema@.format_persen(nilai)
        WHEN satuan IS NULL OR lower(satuan) = 'indeks' THEN @extschema@.format_angka(nilai)
        ELSE @extschema@.format_angka(nilai) || ' ' || satuan
    END;
END;
COMMENT ON FUNCTION @extschema@.format_nilai(numeric, text) IS
'An indicator''s figure in its unit as the report prints it, with the decimals it was given: 72,73% and 100% (satuan Persen or %), 62,2 (Indeks, or no satuan), 4 Fasilitasi (any other satuan, after the number); NULL for NULL.';

CREATE FUNCTION @extschema@.format_target(nilai numeric, batas_bawah numeric, batas_atas numeric, satuan text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    RETURN CASE
        WHEN nilai IS NOT NULL THEN @extschema@.format_nilai(nilai, satuan)
        WHEN batas_bawah IS NULL OR batas_atas IS NULL THEN NULL
        WHEN lower(satuan) = ANY ('{persen,%}'::text[]) THEN
            @extschema@.format_persen(batas_bawah) || ' - ' || @extschema@.format_persen(batas_atas)
        ELSE @extschema@.format_angka(batas_bawah) || ' - ' || @extschema@.format_nilai(batas_atas, satuan)
    END;
END;
COMMENT ON FUNCTION @extschema@.format_target(numeric, numeric, numeric, text) IS
'A target of lkj.target as the report prints it: its value in its unit (lkj.format_nilai), or its range written as Tabel 7 writes bands: 80% - 90% (Persen), 80 - 90 (Indeks), 80 - 90 Kasus; NULL when it has neither.';

-- Issue 9, item 7: decimals per indicator, the unit in a column of its
-- own.  Without either (NULL, false) these print as the two above.
CREATE FUNCTION @extschema@.format_nilai(nilai numeric, satuan text, desimal integer, satuan_terpisah boolean)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    RETURN CASE
        WHEN nilai IS NULL THEN NULL
        -- format_angka's own 22023 for decimals outside 0 to 20, on every path
        WHEN (satuan_terpisah OR desimal NOT BETWEEN 0 AND 20) AND desimal IS NOT NULL
            THEN @extschema@.format_angka(nilai, desimal)
        WHEN satuan_terpisah THEN @extschema@.format_angka(nilai)
        WHEN desimal IS NOT NULL THEN @extschema@.format_nilai(round(nilai, desimal), satuan)
        ELSE @extschema@.format_nilai(nilai, satuan)
    END;
END;
COMMENT ON FUNCTION @extschema@.format_nilai(numeric, text, integer, boolean) IS
'An indicator''s figure with the indicator''s decimals (desimal, rounded half away from zero; NULL: the figure''s own, as format_nilai(numeric, text)) and its unit after it, or, when satuan_terpisah, the bare number for a table that prints the unit in a column of its own: format_nilai(2.41, ''Indeks'', 3, false) is 2,410, format_nilai(82.44, ''Persen'', NULL, true) is 82,44.';

CREATE FUNCTION @extschema@.format_target(nilai numeric, batas_bawah numeric, batas_atas numeric, satuan text,
                                          desimal integer, satuan_terpisah boolean)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    RETURN CASE
        WHEN nilai IS NOT NULL THEN @extschema@.format_nilai(nilai, satuan, desimal, satuan_terpisah)
        WHEN batas_bawah IS NULL OR batas_atas IS NULL THEN NULL
        WHEN satuan_terpisah THEN @extschema@.format_nilai(batas_bawah, satuan, desimal, true) || ' - '
                                  || @extschema@.format_nilai(batas_atas, satuan, desimal, true)
        WHEN desimal IS NOT NULL THEN @extschema@.format_target(NULL, round(batas_bawah, desimal), round(batas_atas, desimal), satuan)
        ELSE @extschema@.format_target(NULL, batas_bawah, batas_atas, satuan)
    END;
END;
COMMENT ON FUNCTION @extschema@.format_target(numeric, numeric, numeric, text, integer, boolean) IS
'A target of lkj.target with the indicator''s decimals and the unit after it or left to a column of its own (lkj.format_nilai(numeric, text, integer, boolean)): its value, or its range 80 - 90; NULL when it has neither.';

CREATE FUNCTION @extschema@.format_nip(nip text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    RETURN CASE WHEN nip ~ '^[0-9]{18}$'
                THEN concat_ws(' ', substr(nip, 1, 8), substr(nip, 9, 6), substr(nip, 15, 1), substr(nip, 16, 3))
                ELSE nip END;
END;
COMMENT ON FUNCTION @extschema@.format_nip(text) IS
'A civil servant''s number (NIP) as the report prints it under a signature, in its four parts (birth date, appointment month, sex, serial): 19770309 200501 1 003; any other text unchanged.';

CREATE FUNCTION @extschema@.format_tanggal(tanggal date, hari_dua_digit boolean DEFAULT false)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    RETURN format('%s %s %s',
                  CASE WHEN hari_dua_digit
                       THEN lpad(date_part('day', tanggal)::integer::text, 2, '0')
                       ELSE date_part('day', tanggal)::integer::text END,
                  (ARRAY['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli',
                         'Agustus', 'September', 'Oktober', 'November', 'Desember'])
                      [date_part('month', tanggal)::integer],
                  date_part('year', tanggal)::integer);
END;
COMMENT ON FUNCTION @extschema@.format_tanggal(date, boolean) IS
'A date the Indonesian way, the month in words: 2 September 2024; with hari_dua_digit the day in two digits, as the signature of the Perjanjian Kinerja prints it: 02 September 2024.  Locale-independent (no lc_time, no to_char).';
