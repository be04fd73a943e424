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

/*
 * The facts of a regency's LKj reports, not the printed tables: every printed
 * figure that can be derived is derived (by the views below).  Every table
 * is keyed by its unit (instansi) first, so that one unit's rows are one
 * index range, and a foreign key can never point at another unit's rows.
 * Codes (kode) are short slugs that planners type.  Foreign keys do not
 * cascade: deleting a unit that still has data is refused, not silent.
 */

CREATE TABLE pemda (
    kode            text PRIMARY KEY CHECK (kode ~ '^[a-z0-9][a-z0-9-]*$'),
    nama            text NOT NULL CHECK (nama <> ''),
    skala_kriteria  text NOT NULL DEFAULT 'lumajang'
                    REFERENCES skala_kriteria (nama)
);
COMMENT ON TABLE pemda IS 'A regency or city (pemerintah daerah) and the criteria scale (kriteria) that its units'' LKj reports grade capaian with.';

CREATE TABLE instansi (
    kode            text PRIMARY KEY CHECK (kode ~ '^[a-z0-9][a-z0-9-]*$'),
    pemda           text NOT NULL REFERENCES pemda (kode),
    nama            text NOT NULL CHECK (nama <> ''),
    jenis           text NOT NULL CHECK (jenis IN ('dinas', 'badan', 'kecamatan', 'kelurahan', 'sekretariat', 'inspektorat', 'lainnya')),
    alamat          text,
    kepala_jabatan  text NOT NULL CHECK (kepala_jabatan <> ''),
    kepala_nama     text NOT NULL CHECK (kepala_nama <> ''),
    kepala_nip      text CHECK (kepala_nip ~ '^[0-9]{18}$')
);
COMMENT ON TABLE instansi IS 'A government unit (perangkat daerah: dinas, badan, kecamatan) that publishes an LKj, with its head; every other table is keyed by its kode.';

CREATE TABLE renstra (
    instansi        text NOT NULL REFERENCES instansi (kode),
    kode            text NOT NULL CHECK (kode ~ '^[A-Za-z0-9][A-Za-z0-9.-]*$'),
    nama            text NOT NULL CHECK (nama <> ''),
    tahun_awal      integer NOT NULL CHECK (tahun_awal BETWEEN 1990 AND 2200),
    tahun_akhir     integer NOT NULL,
    PRIMARY KEY (instansi, kode),
    CHECK (tahun_akhir BETWEEN tahun_awal AND tahun_awal + 9)
);
COMMENT ON TABLE renstra IS 'A planning period of a unit: its Renstra (or P-Renstra, the revised one), from tahun_awal to tahun_akhir inclusive; one period per year, which lkj.periksa() checks.';

CREATE TABLE tujuan (
    instansi        text NOT NULL,
    renstra         text NOT NULL,
    no              integer NOT NULL CHECK (no > 0),
    uraian          text NOT NULL CHECK (uraian <> ''),
    PRIMARY KEY (instansi, renstra, no),
    FOREIGN KEY (instansi, renstra) REFERENCES renstra (instansi, kode)
);
COMMENT ON TABLE tujuan IS 'A goal (tujuan) of a Renstra, numbered as the report numbers it.';

CREATE TABLE sasaran (
    instansi        text NOT NULL,
    renstra         text NOT NULL,
    no              integer NOT NULL CHECK (no > 0),
    tujuan          integer NOT NULL,
    uraian          text NOT NULL CHECK (uraian <> ''),
    PRIMARY KEY (instansi, renstra, no),
    FOREIGN KEY (instansi, renstra, tujuan) REFERENCES tujuan (instansi, renstra, no)
);
COMMENT ON TABLE sasaran IS 'A strategic objective (sasaran strategis) under a tujuan, numbered across the Renstra as the report numbers it.';

CREATE TABLE program (
    instansi        text NOT NULL,
    tahun           integer NOT NULL CHECK (tahun BETWEEN 1990 AND 2200),
    kode            text NOT NULL CHECK (kode ~ '^[A-Za-z0-9][A-Za-z0-9.-]*$'),
    no              integer NOT NULL CHECK (no > 0),
    nama            text NOT NULL CHECK (nama <> ''),
    renstra         text NOT NULL,
    sasaran         integer NOT NULL,
    anggaran_awal       numeric CHECK (anggaran_awal >= 0),
    anggaran_perubahan  numeric CHECK (anggaran_perubahan >= 0),
    realisasi           numeric CHECK (realisasi >= 0),
    PRIMARY KEY (instansi, tahun, kode),
    UNIQUE (instansi, tahun, no),
    FOREIGN KEY (instansi, renstra, sasaran) REFERENCES sasaran (instansi, renstra, no)
);
COMMENT ON TABLE program IS 'A budget program of a year under a sasaran, numbered across the unit (Tabel 5, 15) with its budget as the budget documents give it: original (awal), revised (perubahan, after the September revision) and spent (realisasi).  Where the program''s own figures are NULL, the views add up its kegiatan.';

CREATE TABLE kegiatan (
    instansi        text NOT NULL,
    tahun           integer NOT NULL,
    program         text NOT NULL,
    kode            text NOT NULL CHECK (kode ~ '^[A-Za-z0-9][A-Za-z0-9.-]*$'),
    no              integer NOT NULL CHECK (no > 0),
    nama            text NOT NULL CHECK (nama <> ''),
    anggaran_awal       numeric CHECK (anggaran_awal >= 0),
    anggaran_perubahan  numeric CHECK (anggaran_perubahan >= 0),
    realisasi           numeric CHECK (realisasi >= 0),
    PRIMARY KEY (instansi, tahun, kode),
    UNIQUE (instansi, tahun, program, no),
    FOREIGN KEY (instansi, tahun, program) REFERENCES program (instansi, tahun, kode)
);
COMMENT ON TABLE kegiatan IS 'An activity (kegiatan) of a program, numbered within it, with its own budget (awal, perubahan) and spending where the documents give them.';

CREATE TABLE indikator (
    instansi        text NOT NULL,
    kode            text NOT NULL CHECK (kode ~ '^[A-Za-z0-9][A-Za-z0-9._-]*$'),
    no              integer NOT NULL DEFAULT 1 CHECK (no > 0),
    uraian          text NOT NULL CHECK (uraian <> ''),
    satuan          text NOT NULL DEFAULT 'Persen' CHECK (satuan <> ''),
    polaritas       polaritas NOT NULL DEFAULT 'positif',
    agregasi        text NOT NULL DEFAULT 'jumlah' CHECK (agregasi IN ('jumlah', 'terakhir', 'rata-rata', 'rasio')),
    sumber          text NOT NULL DEFAULT 'realisasi' CHECK (sumber IN ('realisasi', 'dokumen_desa')),
    formulasi       text,
    sumber_data     text,
    iku             boolean NOT NULL DEFAULT false,
    -- exactly one level: a tujuan or sasaran of a Renstra, a program or kegiatan of a year
    renstra         text,
    tujuan          integer,
    sasaran         integer,
    tahun           integer,
    program         text,
    kegiatan        text,
    PRIMARY KEY (instansi, kode),
    FOREIGN KEY (instansi, renstra, tujuan) REFERENCES tujuan (instansi, renstra, no),
    FOREIGN KEY (instansi, renstra, sasaran) REFERENCES sasaran (instansi, renstra, no),
    FOREIGN KEY (instansi, tahun, program) REFERENCES program (instansi, tahun, kode),
    FOREIGN KEY (instansi, tahun, kegiatan) REFERENCES kegiatan (instansi, tahun, kode),
    CHECK (pg_catalog.num_nonnulls(tujuan, sasaran, program, kegiatan) = 1),
    CHECK ((renstra IS NOT NULL) = (tujuan IS NOT NULL OR sasaran IS NOT NULL)),
    CHECK ((tahun IS NOT NULL) = (program IS NOT NULL OR kegiatan IS NOT NULL)),
    CHECK (NOT iku OR tujuan IS NOT NULL OR sasaran IS NOT NULL),
    CHECK (sumber = 'realisasi' OR agregasi = 'rasio')
);
COMMENT ON TABLE indikator IS 'A performance indicator of one tujuan, sasaran, program or kegiatan (exactly one), with its polarity (positif: higher is better), how its quarters give the year (agregasi: jumlah = sum, terakhir = last quarter, rata-rata = mean, rasio = sum of numerators over the year''s denominator), and where its realisasi comes from (sumber: realisasi rows, or dokumen_desa for the village-documents IKU).  iku marks a key indicator (Indikator Kinerja Utama, Tabel 3).';

CREATE TABLE perjanjian_kinerja (
    instansi        text NOT NULL REFERENCES instansi (kode),
    tahun           integer NOT NULL CHECK (tahun BETWEEN 1990 AND 2200),
    jenis           text NOT NULL CHECK (jenis IN ('awal', 'perubahan')),
    tanggal         date NOT NULL,
    tempat          text NOT NULL,
    pihak_pertama_nama     text NOT NULL,
    pihak_pertama_jabatan  text NOT NULL,
    pihak_pertama_nip      text CHECK (pihak_pertama_nip ~ '^[0-9]{18}$'),
    pihak_kedua_nama       text NOT NULL,
    pihak_kedua_jabatan    text NOT NULL,
    PRIMARY KEY (instansi, tahun, jenis),
    CHECK (pg_catalog.date_part('year', tanggal) BETWEEN tahun - 1 AND tahun)
);
COMMENT ON TABLE perjanjian_kinerja IS 'A signed performance agreement (Perjanjian Kinerja) of a year: the original (awal) and, after the budget revision, the revised one (perubahan), with its date and signatories.';

CREATE TABLE target (
    instansi        text NOT NULL,
    indikator       text NOT NULL,
    tahun           integer NOT NULL CHECK (tahun BETWEEN 1990 AND 2200),
    dokumen         text NOT NULL CHECK (dokumen IN ('renstra', 'pk_awal', 'pk_perubahan', 'standar_nasional')),
    nilai           numeric CHECK (nilai >= 0),
    batas_bawah     numeric CHECK (batas_bawah >= 0),
    batas_atas      numeric,
    keterangan      text,
    pk              text GENERATED ALWAYS AS (CASE dokumen WHEN 'pk_awal' THEN 'awal' WHEN 'pk_perubahan' THEN 'perubahan' END) STORED,
    PRIMARY KEY (instansi, indikator, tahun, dokumen),
    FOREIGN KEY (instansi, indikator) REFERENCES indikator (instansi, kode),
    FOREIGN KEY (instansi, tahun, pk) REFERENCES perjanjian_kinerja (instansi, tahun, jenis),
    CHECK ((nilai IS NOT NULL) <> (batas_bawah IS NOT NULL AND batas_atas IS NOT NULL)),
    CHECK ((batas_bawah IS NULL) = (batas_atas IS NULL)),
    CHECK (batas_bawah <= batas_atas)
);
COMMENT ON TABLE target IS 'A target of an indicator for a year, as one document sets it: the Renstra (its yearly target; the one of its last year is the end target), the original or revised Perjanjian Kinerja (which must exist), or a national standard.  Either one value (nilai) or a range (batas_bawah to batas_atas, PermenPAN-RB 6/2022).  Capaian is computed from the revised PK''s target, else the original PK''s, else the Renstra''s.';

CREATE TABLE realisasi (
    instansi        text NOT NULL,
    indikator       text NOT NULL,
    tahun           integer NOT NULL CHECK (tahun BETWEEN 1990 AND 2200),
    triwulan        smallint CHECK (triwulan BETWEEN 1 AND 4),
    nilai           numeric,
    pembilang       numeric CHECK (pembilang >= 0),
    penyebut        numeric CHECK (penyebut > 0),
    keterangan      text,
    FOREIGN KEY (instansi, indikator) REFERENCES indikator (instansi, kode),
    CHECK ((nilai IS NOT NULL) <> (pembilang IS NOT NULL AND penyebut IS NOT NULL)),
    CHECK ((pembilang IS NULL) = (penyebut IS NULL))
);
CREATE UNIQUE INDEX realisasi_kunci ON realisasi (instansi, indikator, tahun, (COALESCE(triwulan, 0)));
COMMENT ON TABLE realisasi IS 'What an indicator achieved: per quarter (triwulan 1 to 4), or for the whole year when triwulan is NULL (years measured once, such as those before quarterly reporting).  Either a value (nilai) or a count pair (pembilang of penyebut, e.g. 32 of 33 documents), so that a percentage comes out exact.';
COMMENT ON INDEX realisasi_kunci IS 'One realisasi per indicator, year and quarter, the year as a whole counting as quarter 0.';

CREATE TABLE anggaran_pk (
    instansi        text NOT NULL,
    tahun           integer NOT NULL,
    pk              text NOT NULL,
    program         text NOT NULL,
    anggaran        numeric NOT NULL CHECK (anggaran >= 0),
    sumber_dana     text NOT NULL DEFAULT 'DAU',
    PRIMARY KEY (instansi, tahun, pk, program),
    FOREIGN KEY (instansi, tahun, pk) REFERENCES perjanjian_kinerja (instansi, tahun, jenis),
    FOREIGN KEY (instansi, tahun, program) REFERENCES program (instansi, tahun, kode)
);
COMMENT ON TABLE anggaran_pk IS 'A program''s budget as the signed Perjanjian Kinerja (awal or perubahan) states it in its appendix, with the source of funds (DAU, DAK, ...); lkj.periksa() compares it with the budget data.';

CREATE TABLE jabatan (
    instansi        text NOT NULL REFERENCES instansi (kode),
    kode            text NOT NULL CHECK (kode ~ '^[a-z0-9][a-z0-9._-]*$'),
    no              integer NOT NULL CHECK (no > 0),
    nama            text NOT NULL CHECK (nama <> ''),
    jenis           text NOT NULL CHECK (jenis IN ('struktural', 'fungsional', 'pelaksana', 'kontrak')),
    eselon          smallint CHECK (eselon BETWEEN 1 AND 4),
    PRIMARY KEY (instansi, kode),
    UNIQUE (instansi, no),
    CHECK (eselon IS NULL OR jenis = 'struktural')
);
COMMENT ON TABLE jabatan IS 'A position (jabatan) of a unit as Tabel 1 lists it, in order, with its kind (struktural, fungsional, pelaksana, kontrak) and eselon; listed even when nobody holds it.';

CREATE TABLE pegawai (
    instansi        text NOT NULL,
    tahun           integer NOT NULL CHECK (tahun BETWEEN 1990 AND 2200),
    no              integer NOT NULL CHECK (no > 0),
    jabatan         text NOT NULL,
    jenis_kelamin   text NOT NULL CHECK (jenis_kelamin IN ('L', 'P')),
    status          text NOT NULL CHECK (status IN ('PNS', 'PPPK', 'TKB')),
    pendidikan      text NOT NULL CHECK (pendidikan IN ('SD', 'SMP', 'SMA', 'D3', 'S1', 'S2', 'S3')),
    PRIMARY KEY (instansi, tahun, no),
    FOREIGN KEY (instansi, jabatan) REFERENCES jabatan (instansi, kode)
);
COMMENT ON TABLE pegawai IS 'One member of staff of a unit at the end of a year: position, sex (L/P), employment status (PNS civil servant, PPPK contract civil servant, TKB monthly contract worker) and highest education; no names are kept.';

CREATE TABLE kebutuhan_pegawai (
    instansi        text NOT NULL REFERENCES instansi (kode),
    tahun           integer NOT NULL CHECK (tahun BETWEEN 1990 AND 2200),
    jumlah          integer NOT NULL CHECK (jumlah >= 0),
    sumber          text,
    PRIMARY KEY (instansi, tahun)
);
COMMENT ON TABLE kebutuhan_pegawai IS 'How many positions a unit needs in a year according to its job analysis (analisis jabatan, peta jabatan); the ASN share of it is section 3.1.2.6''s pemenuhan kebutuhan jabatan.';

CREATE TABLE sarana (
    instansi        text NOT NULL REFERENCES instansi (kode),
    tahun           integer NOT NULL CHECK (tahun BETWEEN 1990 AND 2200),
    no              integer NOT NULL CHECK (no > 0),
    nama            text NOT NULL CHECK (nama <> ''),
    satuan          text NOT NULL CHECK (satuan <> ''),
    baik            integer NOT NULL DEFAULT 0 CHECK (baik >= 0),
    rusak           integer NOT NULL DEFAULT 0 CHECK (rusak >= 0),
    rusak_berat     integer NOT NULL DEFAULT 0 CHECK (rusak_berat >= 0),
    PRIMARY KEY (instansi, tahun, no),
    CHECK (baik + rusak + rusak_berat > 0)
);
COMMENT ON TABLE sarana IS 'An asset line of a unit on 31 December of a year (Tabel 2) with its quantity in each condition: baik (good), rusak (damaged), rusak berat (badly damaged).';

CREATE TABLE desa (
    instansi        text NOT NULL REFERENCES instansi (kode),
    kode            text NOT NULL CHECK (kode ~ '^[a-z0-9][a-z0-9._-]*$'),
    nama            text NOT NULL CHECK (nama <> ''),
    PRIMARY KEY (instansi, kode)
);
COMMENT ON TABLE desa IS 'A village (desa) under a kecamatan.';

CREATE TABLE dokumen_desa (
    instansi        text NOT NULL,
    desa            text NOT NULL,
    jenis           text NOT NULL CHECK (jenis IN ('RKPDes', 'APBDes', 'LPPDes')),
    tahun_anggaran  integer NOT NULL CHECK (tahun_anggaran BETWEEN 1990 AND 2200),
    tanggal         date,
    PRIMARY KEY (instansi, desa, jenis, tahun_anggaran),
    FOREIGN KEY (instansi, desa) REFERENCES desa (instansi, kode)
);
COMMENT ON TABLE dokumen_desa IS 'The date a village set (ditetapkan) one of its administration documents for a fiscal year: its work plan (RKPDes), budget (APBDes) or accountability report (LPPDes); NULL while it has not.  lkj.batas_dokumen_desa() gives the statutory deadline it is measured against.';

-- pg_dump keeps the rows planners enter in these tables.
SELECT pg_catalog.pg_extension_config_dump('pemda', '');
SELECT pg_catalog.pg_extension_config_dump('instansi', '');
SELECT pg_catalog.pg_extension_config_dump('renstra', '');
SELECT pg_catalog.pg_extension_config_dump('tujuan', '');
SELECT pg_catalog.pg_extension_config_dump('sasaran', '');
SELECT pg_catalog.pg_extension_config_dump('program', '');
SELECT pg_catalog.pg_extension_config_dump('kegiatan', '');
SELECT pg_catalog.pg_extension_config_dump('indikator', '');
SELECT pg_catalog.pg_extension_config_dump('perjanjian_kinerja', '');
SELECT pg_catalog.pg_extension_config_dump('target', '');
SELECT pg_catalog.pg_extension_config_dump('realisasi', '');
SELECT pg_catalog.pg_extension_config_dump('anggaran_pk', '');
SELECT pg_catalog.pg_extension_config_dump('jabatan', '');
SELECT pg_catalog.pg_extension_config_dump('pegawai', '');
SELECT pg_catalog.pg_extension_config_dump('kebutuhan_pegawai', '');
SELECT pg_catalog.pg_extension_config_dump('sarana', '');
SELECT pg_catalog.pg_extension_config_dump('desa', '');
SELECT pg_catalog.pg_extension_config_dump('dokumen_desa', '');

/*
 * What every table of the report derives from: the deadline of a village
 * document, the realisasi of every quarter (stored or derived), the year's
 * realisasi under the indicator's rule, the target in force, and the
 * capaian.  The views of the report and lkj.periksa() read these.
 *
 * The small SQL functions are not STRICT (their CASE bodies already give
 * NULL for NULL) so that the planner can inline them into the views, and
 * they name PostgreSQL's operators explicitly, because an inlined body is
 * parsed on the caller's search_path.
 */

CREATE FUNCTION pembulatan(nilai numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE WHEN pg_catalog.scale(nilai) OPERATOR(pg_catalog.>) 2 THEN pg_catalog.round(nilai, 2) ELSE nilai END $$;
COMMENT ON FUNCTION pembulatan(numeric) IS 'A figure as the report prints and uses it: at most two decimals, rounded half away from zero; a value with fewer decimals keeps them (62.2 stays 62.2).';

CREATE FUNCTION persentase(pembilang numeric, penyebut numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT CASE WHEN penyebut OPERATOR(pg_catalog.<>) 0
                THEN pg_catalog.round(pembilang OPERATOR(pg_catalog.*) 100 OPERATOR(pg_catalog./) penyebut, 2) END
    $$;
COMMENT ON FUNCTION persentase(numeric, numeric) IS 'pembilang of penyebut as a percentage rounded half away from zero to two decimals (32 of 33 is 96.97); NULL when penyebut is 0.';

CREATE FUNCTION batas_dokumen_desa(jenis text, tahun_anggaran integer) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT CASE
        WHEN jenis OPERATOR(pg_catalog.=) 'RKPDes' THEN pg_catalog.make_date(tahun_anggaran OPERATOR(pg_catalog.-) 1, 9, 30)
        WHEN jenis OPERATOR(pg_catalog.=) 'APBDes' THEN pg_catalog.make_date(tahun_anggaran OPERATOR(pg_catalog.-) 1, 12, 31)
        WHEN jenis OPERATOR(pg_catalog.=) 'LPPDes' THEN pg_catalog.make_date(tahun_anggaran OPERATOR(pg_catalog.+) 1, 3, 31)
    END
    $$;
COMMENT ON FUNCTION batas_dokumen_desa(text, integer) IS 'The statutory deadline of a village document for a fiscal year: RKPDes by the end of September before it, APBDes by 31 December before it, LPPDes by 31 March after it (NULL for another kind).';

CREATE FUNCTION capaian_target(nilai numeric, batas_bawah numeric, batas_atas numeric,
                               realisasi numeric, polaritas @extschema@.polaritas)
    RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT CASE
        WHEN realisasi IS NULL THEN NULL
        WHEN nilai IS NOT NULL THEN @extschema@.capaian(nilai, realisasi, polaritas)
        ELSE @extschema@.capaian_rentang(batas_bawah, batas_atas, realisasi, polaritas)
    END
    $$;
COMMENT ON FUNCTION capaian_target(numeric, numeric, numeric, numeric, polaritas) IS 'Capaian of a realisasi against a target row of lkj.target: its single value (nilai) or its range (batas_bawah to batas_atas); NULL without a realisasi.';

CREATE VIEW realisasi_dokumen_desa AS
WITH dokumen AS (
    SELECT d.instansi, d.tanggal,
           @extschema@.batas_dokumen_desa(d.jenis, d.tahun_anggaran) AS batas
      FROM @extschema@.dokumen_desa d
)
SELECT dokumen.instansi,
       pg_catalog.date_part('year', dokumen.batas)::integer AS tahun,
       tw.triwulan::smallint AS triwulan,
       pg_catalog.count(*) FILTER (WHERE dokumen.tanggal <= dokumen.batas
                                     AND pg_catalog.date_part('quarter', dokumen.batas) = tw.triwulan) AS pembilang,
       (SELECT pg_catalog.count(*) * 3 FROM @extschema@.desa
         WHERE desa.instansi = dokumen.instansi) AS penyebut
  FROM dokumen
 CROSS JOIN pg_catalog.generate_series(1, 4) AS tw (triwulan)
 GROUP BY dokumen.instansi, pg_catalog.date_part('year', dokumen.batas), tw.triwulan;
COMMENT ON VIEW realisasi_dokumen_desa IS 'Per kecamatan, year and quarter: how many village documents were set on time (pembilang) among all that a year asks for, every village''s RKPDes, APBDes and LPPDes (penyebut = villages x 3).  A document counts in the year and quarter of its deadline: the previous year''s LPPDes in the first quarter, the next year''s RKPDes in the third and APBDes in the fourth.';

CREATE VIEW realisasi_triwulan AS
SELECT r.instansi, r.indikator, r.tahun, r.triwulan, r.nilai, r.pembilang, r.penyebut,
       COALESCE(@extschema@.pembulatan(r.nilai),
                @extschema@.persentase(r.pembilang, r.penyebut)) AS nilai_laporan
  FROM @extschema@.realisasi r
  JOIN @extschema@.indikator i ON i.instansi = r.instansi AND i.kode = r.indikator
 WHERE i.sumber = 'realisasi'
UNION ALL
SELECT i.instansi, i.kode, d.tahun, d.triwulan, NULL, d.pembilang, d.penyebut,
       @extschema@.persentase(d.pembilang, d.penyebut)
  FROM @extschema@.indikator i
  JOIN @extschema@.realisasi_dokumen_desa d ON d.instansi = i.instansi
 WHERE i.sumber = 'dokumen_desa';
COMMENT ON VIEW realisasi_triwulan IS 'Every realisasi of every indicator: the stored rows (triwulan NULL for a whole year measured once) and the quarters derived from village documents; nilai_laporan is the figure as the report prints it (at most two decimals, counts as a percentage).';

CREATE VIEW realisasi_tahun AS
SELECT r.instansi, r.indikator, r.tahun,
       CASE
         WHEN pg_catalog.bool_or(r.triwulan IS NULL) THEN
           pg_catalog.max(COALESCE(r.nilai, r.pembilang * 100 / r.penyebut)) FILTER (WHERE r.triwulan IS NULL)
         WHEN i.agregasi = 'jumlah' THEN pg_catalog.sum(r.nilai)
         WHEN i.agregasi = 'rata-rata' THEN pg_catalog.avg(r.nilai)
         WHEN i.agregasi = 'terakhir' THEN (pg_catalog.array_agg(r.nilai ORDER BY r.triwulan DESC))[1]
         WHEN i.agregasi = 'rasio' THEN pg_catalog.sum(r.pembilang) * 100 / pg_catalog.max(r.penyebut)
       END AS nilai_tepat,
       CASE
         WHEN pg_catalog.bool_or(r.triwulan IS NULL) THEN
           pg_catalog.max(r.nilai_laporan) FILTER (WHERE r.triwulan IS NULL)
         WHEN i.agregasi = 'jumlah' THEN @extschema@.pembulatan(pg_catalog.sum(r.nilai))
         WHEN i.agregasi = 'rata-rata' THEN pg_catalog.round(pg_catalog.avg(r.nilai), 2)
         WHEN i.agregasi = 'terakhir' THEN @extschema@.pembulatan((pg_catalog.array_agg(r.nilai ORDER BY r.triwulan DESC))[1])
         WHEN i.agregasi = 'rasio' THEN @extschema@.persentase(pg_catalog.sum(r.pembilang), pg_catalog.max(r.penyebut))
       END AS nilai,
       pg_catalog.count(r.triwulan)::integer AS jumlah_triwulan,
       pg_catalog.bool_or(r.triwulan IS NULL) AS tahunan
  FROM @extschema@.realisasi_triwulan r
  JOIN @extschema@.indikator i ON i.instansi = r.instansi AND i.kode = r.indikator
 GROUP BY r.instansi, r.indikator, r.tahun, i.agregasi;
COMMENT ON VIEW realisasi_tahun IS 'The year''s realisasi of every indicator: its whole-year row where it has one, else its quarters combined by its rule (agregasi).  nilai is the figure the report prints and computes capaian from (rounded to two decimals before it is used again, as the report does); nilai_tepat is the unrounded one.';

CREATE VIEW target_berlaku AS
SELECT DISTINCT ON (t.instansi, t.indikator, t.tahun)
       t.instansi, t.indikator, t.tahun, t.dokumen, t.nilai, t.batas_bawah, t.batas_atas
  FROM @extschema@.target t
 WHERE t.dokumen <> 'standar_nasional'
 ORDER BY t.instansi, t.indikator, t.tahun,
          CASE t.dokumen WHEN 'pk_perubahan' THEN 1 WHEN 'pk_awal' THEN 2 ELSE 3 END;
COMMENT ON VIEW target_berlaku IS 'The target each indicator''s capaian is measured against in a year: the revised Perjanjian Kinerja''s, else the original one''s, else the Renstra''s (dokumen says which).';

CREATE VIEW capaian_indikator AS
WITH tahun_indikator AS (
    SELECT instansi, indikator, tahun FROM @extschema@.target
    UNION
    SELECT instansi, indikator, tahun FROM @extschema@.realisasi_triwulan
)
SELECT ti.instansi, ti.indikator, ti.tahun,
       tb.dokumen AS target_dokumen, tb.nilai AS target, tb.batas_bawah, tb.batas_atas,
       rt.nilai AS realisasi,
       c.capaian,
       @extschema@.kriteria_label(c.capaian, p.skala_kriteria) AS kriteria,
       CASE WHEN c.capaian IS NULL THEN 'tidak terukur'
            WHEN c.capaian >= 100 THEN 'tercapai'
            ELSE 'belum tercapai' END AS status
  FROM tahun_indikator ti
  JOIN @extschema@.indikator i ON i.instansi = ti.instansi AND i.kode = ti.indikator
  JOIN @extschema@.instansi u ON u.kode = ti.instansi
  JOIN @extschema@.pemda p ON p.kode = u.pemda
  LEFT JOIN @extschema@.target_berlaku tb
         ON tb.instansi = ti.instansi AND tb.indikator = ti.indikator AND tb.tahun = ti.tahun
  LEFT JOIN @extschema@.realisasi_tahun rt
         ON rt.instansi = ti.instansi AND rt.indikator = ti.indikator AND rt.tahun = ti.tahun
 CROSS JOIN LATERAL (SELECT @extschema@.capaian_target(tb.nilai, tb.batas_bawah, tb.batas_atas,
                                                       rt.nilai, i.polaritas) AS capaian) c;
COMMENT ON VIEW capaian_indikator IS 'Every indicator in every year it has a target or a realisasi: the target in force, the year''s realisasi, the capaian computed from both with lkj.capaian (or lkj.capaian_rentang for a range), its kriteria on the scale of the unit''s regency, and a status: tercapai (100% or more), belum tercapai, or tidak terukur (no realisasi, or a target of 0 with a realisasi), which section 3.1.1 counts.';


-- ======================================================================
-- the report's tables as views
-- ======================================================================

-- (section: views)

/*
 * One view per table of the report.  Every view starts with the unit
 * (instansi, its kode) and the report year (tahun), then urutan (the row
 * order, from 1), no (the number the report prints, text) and jenis_baris
 * (what the row is; a total is 'jumlah'), so that
 *     SELECT * FROM lkj.tabel_8_capaian_kinerja WHERE instansi = 'kunir' AND tahun = 2024
 * prints one table in order.  Columns are plain SQL types (enums as text).
 *
 * Such a WHERE must reach the indexes of the base tables and touch no other
 * unit's rows: every GROUP BY, DISTINCT and window below is partitioned by
 * instansi and tahun (so the planner can push the quals below it), every
 * UNION arm carries both columns, CTEs are NOT MATERIALIZED, and every join
 * is on instansi, so that one constant spreads to every table by equivalence.
 * sql/pushdown.sql proves it on a few hundred units.
 *
 * Where a goal (tujuan, sasaran) or a program has several indicators it has
 * several rows.  Tabel 6 prints the node's number, name and budget on the
 * first of them only, as the report prints merged cells, so that its
 * budgets add up; the flat lists (Tabel 3, 4, 8 to 14) number every row.
 */

-- A constant series, so that the planner estimates a few years a period,
-- not the thousand rows it assumes of a series with variable bounds.
CREATE VIEW tahun_renstra AS
SELECT r.instansi, r.kode AS renstra, r.tahun_awal, r.tahun_awal + k.n AS tahun
  FROM @extschema@.renstra r
 CROSS JOIN pg_catalog.generate_series(0, 9) AS k (n)
 WHERE k.n <= r.tahun_akhir - r.tahun_awal;
COMMENT ON VIEW tahun_renstra IS 'Every year of every Renstra period (at most ten, as lkj.renstra allows), with the period''s first year.';

CREATE VIEW tahun_laporan AS
SELECT y.instansi, y.tahun FROM @extschema@.tahun_renstra y
UNION
SELECT pk.instansi, pk.tahun FROM @extschema@.perjanjian_kinerja pk
UNION
SELECT p.instansi, p.tahun FROM @extschema@.program p
UNION
SELECT t.instansi, t.tahun FROM @extschema@.target t;
COMMENT ON VIEW tahun_laporan IS 'The years a unit reports on: every year of its Renstra periods and every year it has a Perjanjian Kinerja, a program or a target.  Tabel 7 and Tabel 10 have rows for each of them.';

CREATE VIEW anggaran_program AS
SELECT p.instansi, p.tahun, p.kode AS program, p.no, p.nama, p.renstra, p.sasaran,
       a.anggaran_awal, a.anggaran_perubahan,
       COALESCE(a.anggaran_perubahan, a.anggaran_awal) AS anggaran,
       a.realisasi,
       @extschema@.penyerapan(COALESCE(a.anggaran_perubahan, a.anggaran_awal), a.realisasi) AS penyerapan
  FROM @extschema@.program p
  LEFT JOIN (SELECT k.instansi, k.tahun, k.program,
                    pg_catalog.sum(k.anggaran_awal) AS anggaran_awal,
                    pg_catalog.sum(k.anggaran_perubahan) AS anggaran_perubahan,
                    pg_catalog.sum(k.realisasi) AS realisasi
               FROM @extschema@.kegiatan k
              GROUP BY k.instansi, k.tahun, k.program) k
         ON k.instansi = p.instansi AND k.tahun = p.tahun AND k.program = p.kode
 CROSS JOIN LATERAL (SELECT COALESCE(p.anggaran_awal, k.anggaran_awal) AS anggaran_awal,
                            COALESCE(p.anggaran_perubahan, k.anggaran_perubahan) AS anggaran_perubahan,
                            COALESCE(p.realisasi, k.realisasi) AS realisasi) a;
COMMENT ON VIEW anggaran_program IS 'The budget of every program of a year: original (anggaran_awal) and revised (anggaran_perubahan, NULL when not revised) budget and spending, each the program''s own figure or, where that is NULL, the sum of its kegiatan''s; anggaran is the budget in force (the revised one, else the original) and penyerapan its absorption (lkj.penyerapan).';

CREATE VIEW anggaran_tujuan_sasaran AS
SELECT ap.instansi, ap.tahun, ap.renstra, g.jenis, g.no,
       pg_catalog.sum(ap.anggaran_awal) AS anggaran_awal,
       pg_catalog.sum(ap.anggaran_perubahan) AS anggaran_perubahan,
       pg_catalog.sum(ap.anggaran) AS anggaran,
       pg_catalog.sum(ap.realisasi) AS realisasi,
       @extschema@.penyerapan(pg_catalog.sum(ap.anggaran), pg_catalog.sum(ap.realisasi)) AS penyerapan
  FROM @extschema@.anggaran_program ap
  JOIN @extschema@.sasaran s ON s.instansi = ap.instansi AND s.renstra = ap.renstra AND s.no = ap.sasaran
 CROSS JOIN LATERAL (VALUES ('tujuan', s.tujuan), ('sasaran', s.no)) AS g (jenis, no)
 GROUP BY ap.instansi, ap.tahun, ap.renstra, g.jenis, g.no;
COMMENT ON VIEW anggaran_tujuan_sasaran IS 'The budget behind every tujuan and sasaran (jenis) in a year: the sums over its programs of lkj.anggaran_program (a tujuan''s programs are those of its sasaran), and the absorption of the sums (Tabel 6, 14).';

CREATE VIEW target_perjanjian AS
SELECT t.instansi, t.indikator, t.tahun,
       pg_catalog.max(t.nilai) FILTER (WHERE t.dokumen = 'pk_awal') AS awal,
       pg_catalog.max(t.batas_bawah) FILTER (WHERE t.dokumen = 'pk_awal') AS awal_bawah,
       pg_catalog.max(t.batas_atas) FILTER (WHERE t.dokumen = 'pk_awal') AS awal_atas,
       pg_catalog.max(t.nilai) FILTER (WHERE t.dokumen = 'pk_perubahan') AS perubahan,
       pg_catalog.max(t.batas_bawah) FILTER (WHERE t.dokumen = 'pk_perubahan') AS perubahan_bawah,
       pg_catalog.max(t.batas_atas) FILTER (WHERE t.dokumen = 'pk_perubahan') AS perubahan_atas
  FROM @extschema@.target t
 WHERE t.dokumen IN ('pk_awal', 'pk_perubahan')
 GROUP BY t.instansi, t.indikator, t.tahun;
COMMENT ON VIEW target_perjanjian IS 'The targets of every indicator in the original (awal) and the revised (perubahan) Perjanjian Kinerja of a year side by side: a value, or a range (_bawah to _atas).';

CREATE VIEW capaian_kinerja AS
SELECT b.instansi, b.tahun,
       (pg_catalog.row_number() OVER (PARTITION BY b.instansi, b.tahun
                                      ORDER BY b.tahun_awal, b.renstra, b.tujuan, b.sasaran NULLS FIRST,
                                               b.indikator_no, b.indikator_kode))::integer AS urutan,
       b.jenis_baris, b.renstra, b.tujuan, b.sasaran, b.uraian,
       b.indikator_kode, b.indikator, b.satuan, b.polaritas::text AS polaritas, b.iku,
       ci.target_dokumen, ci.target, ci.batas_bawah, ci.batas_atas,
       ci.realisasi, ci.capaian, ci.kriteria,
       COALESCE(ci.status, 'tidak terukur') AS status
  FROM (SELECT i.instansi, y.tahun, y.renstra, y.tahun_awal,
               COALESCE(i.tujuan, s.tujuan) AS tujuan, i.sasaran,
               CASE WHEN i.tujuan IS NOT NULL THEN 'tujuan' ELSE 'sasaran' END AS jenis_baris,
               COALESCE(t.uraian, s.uraian) AS uraian,
               i.kode AS indikator_kode, i.no AS indikator_no, i.uraian AS indikator,
               i.satuan, i.polaritas, i.iku
          FROM @extschema@.indikator i
          JOIN @extschema@.tahun_renstra y ON y.instansi = i.instansi AND y.renstra = i.renstra
          LEFT JOIN @extschema@.tujuan t ON t.instansi = i.instansi AND t.renstra = i.renstra AND t.no = i.tujuan
          LEFT JOIN @extschema@.sasaran s ON s.instansi = i.instansi AND s.renstra = i.renstra AND s.no = i.sasaran) b
  LEFT JOIN @extschema@.capaian_indikator ci
         ON ci.instansi = b.instansi AND ci.indikator = b.indikator_kode AND ci.tahun = b.tahun;
COMMENT ON VIEW capaian_kinerja IS 'Every indicator of a tujuan or sasaran in every year of its Renstra, in the report''s order (each tujuan, then its sasaran): its target in force, realisasi, capaian, kriteria and status from lkj.capaian_indikator, status ''tidak terukur'' where the year has no data.  Tabel 3, 4 and 8 to 14 and lkj.ringkasan_capaian are built on it.';

-- Tabel 1: one row a position, listed even when nobody holds it, then the total.
CREATE VIEW tabel_1_komposisi_pegawai AS
WITH per_jabatan AS NOT MATERIALIZED (
    SELECT j.instansi, t.tahun, j.no, j.nama,
           pg_catalog.count(p.no) FILTER (WHERE p.jenis_kelamin = 'L')::integer AS laki_laki,
           pg_catalog.count(p.no) FILTER (WHERE p.jenis_kelamin = 'P')::integer AS perempuan,
           pg_catalog.count(p.no) FILTER (WHERE p.status = 'PNS')::integer AS pns,
           pg_catalog.count(p.no) FILTER (WHERE p.status = 'PPPK')::integer AS pppk,
           pg_catalog.count(p.no) FILTER (WHERE p.status = 'TKB')::integer AS tkb,
           pg_catalog.count(p.no) FILTER (WHERE p.pendidikan = 'SD')::integer AS sd,
           pg_catalog.count(p.no) FILTER (WHERE p.pendidikan = 'SMP')::integer AS smp,
           pg_catalog.count(p.no) FILTER (WHERE p.pendidikan = 'SMA')::integer AS sma,
           pg_catalog.count(p.no) FILTER (WHERE p.pendidikan = 'D3')::integer AS d3,
           pg_catalog.count(p.no) FILTER (WHERE p.pendidikan = 'S1')::integer AS s1,
           pg_catalog.count(p.no) FILTER (WHERE p.pendidikan = 'S2')::integer AS s2,
           pg_catalog.count(p.no) FILTER (WHERE p.pendidikan = 'S3')::integer AS s3,
           pg_catalog.count(p.no) FILTER (WHERE j.eselon = 2)::integer AS eselon_2,
           pg_catalog.count(p.no) FILTER (WHERE j.eselon = 3)::integer AS eselon_3,
           pg_catalog.count(p.no) FILTER (WHERE j.eselon = 4)::integer AS eselon_4
      FROM @extschema@.jabatan j
      JOIN (SELECT DISTINCT pg.instansi, pg.tahun FROM @extschema@.pegawai pg) t ON t.instansi = j.instansi
      LEFT JOIN @extschema@.pegawai p ON p.instansi = j.instansi AND p.tahun = t.tahun AND p.jabatan = j.kode
     GROUP BY j.instansi, t.tahun, j.no, j.nama
)
SELECT b.instansi, b.tahun,
       (pg_catalog.row_number() OVER (PARTITION BY b.instansi, b.tahun ORDER BY b.no NULLS LAST))::integer AS urutan,
       b.no::text AS no, b.jenis_baris, b.uraian,
       b.laki_laki, b.perempuan, b.pns, b.pppk, b.tkb,
       b.sd, b.smp, b.sma, b.d3, b.s1, b.s2, b.s3, b.eselon_2, b.eselon_3, b.eselon_4
  FROM (SELECT j.instansi, j.tahun, j.no, 'jabatan' AS jenis_baris, j.nama AS uraian,
               j.laki_laki, j.perempuan, j.pns, j.pppk, j.tkb,
               j.sd, j.smp, j.sma, j.d3, j.s1, j.s2, j.s3, j.eselon_2, j.eselon_3, j.eselon_4
          FROM per_jabatan j
        UNION ALL
        SELECT j.instansi, j.tahun, NULL, 'jumlah', 'Jumlah',
               pg_catalog.sum(j.laki_laki)::integer, pg_catalog.sum(j.perempuan)::integer,
               pg_catalog.sum(j.pns)::integer, pg_catalog.sum(j.pppk)::integer, pg_catalog.sum(j.tkb)::integer,
               pg_catalog.sum(j.sd)::integer, pg_catalog.sum(j.smp)::integer, pg_catalog.sum(j.sma)::integer,
               pg_catalog.sum(j.d3)::integer, pg_catalog.sum(j.s1)::integer, pg_catalog.sum(j.s2)::integer,
               pg_catalog.sum(j.s3)::integer, pg_catalog.sum(j.eselon_2)::integer,
               pg_catalog.sum(j.eselon_3)::integer, pg_catalog.sum(j.eselon_4)::integer
          FROM per_jabatan j
         GROUP BY j.instansi, j.tahun) b
 ORDER BY b.instansi, b.tahun, urutan;
COMMENT ON VIEW tabel_1_komposisi_pegawai IS 'Tabel 1, komposisi pegawai: for every position of the unit (in its order, numbered 1 to n) its staff at the end of the year by sex, employment status (PNS, PPPK, TKB), education and eselon, then the total (jenis_baris ''jumlah''); years: those with staff.';

-- Tabel 2: one row an asset line, its condition in words as printed.
CREATE VIEW tabel_2_sarana_prasarana AS
SELECT s.instansi, s.tahun,
       (pg_catalog.row_number() OVER (PARTITION BY s.instansi, s.tahun ORDER BY s.no))::integer AS urutan,
       s.no::text AS no, 'barang' AS jenis_baris, s.nama AS uraian, s.satuan,
       s.baik + s.rusak + s.rusak_berat AS jumlah, s.baik, s.rusak, s.rusak_berat,
       CASE pg_catalog.num_nonnulls(NULLIF(s.baik, 0), NULLIF(s.rusak, 0), NULLIF(s.rusak_berat, 0))
         WHEN 1 THEN CASE WHEN s.baik > 0 THEN 'Baik' WHEN s.rusak > 0 THEN 'Rusak' ELSE 'Rusak Berat' END
         ELSE pg_catalog.concat_ws(' ',
                CASE WHEN s.baik > 0 THEN s.baik || ' Baik' END,
                CASE WHEN s.rusak > 0 THEN s.rusak || ' Rusak' END,
                CASE WHEN s.rusak_berat > 0 THEN s.rusak_berat || ' Rusak Berat' END)
       END AS kondisi
  FROM @extschema@.sarana s
 ORDER BY s.instansi, s.tahun, urutan;
COMMENT ON VIEW tabel_2_sarana_prasarana IS 'Tabel 2, sarana dan prasarana on 31 December: every asset line with its quantity, the quantity in each condition and the condition as the report words it (''Baik'', ''6 Baik 1 Rusak'').';

-- Tabel 3: the key indicators (iku) of the Renstra in force.
CREATE VIEW tabel_3_iku AS
SELECT k.instansi, k.tahun,
       (pg_catalog.row_number() OVER w)::integer AS urutan,
       (pg_catalog.row_number() OVER w)::text AS no,
       k.jenis_baris, k.uraian, k.indikator, k.indikator_kode, k.satuan, i.formulasi, i.sumber_data
  FROM @extschema@.capaian_kinerja k
  JOIN @extschema@.indikator i ON i.instansi = k.instansi AND i.kode = k.indikator_kode
 WHERE k.iku
WINDOW w AS (PARTITION BY k.instansi, k.tahun ORDER BY k.urutan)
 ORDER BY k.instansi, k.tahun, urutan;
COMMENT ON VIEW tabel_3_iku IS 'Tabel 3, Indikator Kinerja Utama: the key indicators (iku) of the tujuan and sasaran of the Renstra in force in the year, with unit, formula and data source; years: those of the Renstra period.';

-- Tabel 4: the Renstra's targets of the year, the tujuan block, then the sasaran block.
CREATE VIEW tabel_4_target_iku AS
SELECT k.instansi, k.tahun,
       (pg_catalog.row_number() OVER (PARTITION BY k.instansi, k.tahun
                                      ORDER BY k.jenis_baris = 'sasaran', k.urutan))::integer AS urutan,
       (pg_catalog.row_number() OVER (PARTITION BY k.instansi, k.tahun, k.jenis_baris
                                      ORDER BY k.urutan))::text AS no,
       k.jenis_baris, k.uraian, k.indikator, k.indikator_kode, k.satuan,
       t.nilai AS target, t.batas_bawah, t.batas_atas
  FROM @extschema@.capaian_kinerja k
  LEFT JOIN @extschema@.target t
         ON t.instansi = k.instansi AND t.indikator = k.indikator_kode AND t.tahun = k.tahun
        AND t.dokumen = 'renstra'
 ORDER BY k.instansi, k.tahun, urutan;
COMMENT ON VIEW tabel_4_target_iku IS 'Tabel 4, the targets set for the year: every indicator of the tujuan (numbered among the tujuan), then of the sasaran (numbered among the sasaran) of the Renstra in force, with the Renstra''s target for the year (a value, or a range batas_bawah to batas_atas).';

-- Tabel 5: the Perjanjian Kinerja, its sasaran targets, then its program budgets and their total.
CREATE VIEW tabel_5_perjanjian_kinerja AS
WITH anggaran AS NOT MATERIALIZED (
    SELECT ap.instansi, ap.tahun, ap.no, ap.nama,
           COALESCE(pa.anggaran, ap.anggaran_awal) AS anggaran_awal,
           COALESCE(pp.anggaran, ap.anggaran_perubahan) AS anggaran_perubahan
      FROM @extschema@.anggaran_program ap
      LEFT JOIN @extschema@.anggaran_pk pa
             ON pa.instansi = ap.instansi AND pa.tahun = ap.tahun AND pa.program = ap.program AND pa.pk = 'awal'
      LEFT JOIN @extschema@.anggaran_pk pp
             ON pp.instansi = ap.instansi AND pp.tahun = ap.tahun AND pp.program = ap.program AND pp.pk = 'perubahan'
     WHERE EXISTS (SELECT FROM @extschema@.perjanjian_kinerja pk
                    WHERE pk.instansi = ap.instansi AND pk.tahun = ap.tahun)
)
SELECT b.instansi, b.tahun,
       (pg_catalog.row_number() OVER (PARTITION BY b.instansi, b.tahun ORDER BY b.bagian, b.urut))::integer AS urutan,
       b.no, b.jenis_baris, b.uraian, b.indikator, b.indikator_kode, b.satuan,
       b.target_awal, b.target_awal_bawah, b.target_awal_atas,
       b.target_perubahan, b.target_perubahan_bawah, b.target_perubahan_atas,
       b.anggaran_awal, b.anggaran_perubahan
  FROM (SELECT i.instansi, tp.tahun, 1 AS bagian,
               pg_catalog.row_number() OVER w AS urut,
               (pg_catalog.row_number() OVER w)::text AS no,
               'sasaran' AS jenis_baris, s.uraian, i.uraian AS indikator, i.kode AS indikator_kode, i.satuan,
               tp.awal AS target_awal, tp.awal_bawah AS target_awal_bawah, tp.awal_atas AS target_awal_atas,
               tp.perubahan AS target_perubahan, tp.perubahan_bawah AS target_perubahan_bawah,
               tp.perubahan_atas AS target_perubahan_atas,
               NULL::numeric AS anggaran_awal, NULL::numeric AS anggaran_perubahan
          FROM @extschema@.indikator i
          JOIN @extschema@.sasaran s ON s.instansi = i.instansi AND s.renstra = i.renstra AND s.no = i.sasaran
          JOIN @extschema@.target_perjanjian tp ON tp.instansi = i.instansi AND tp.indikator = i.kode
        WINDOW w AS (PARTITION BY i.instansi, tp.tahun ORDER BY s.renstra, s.no, i.no, i.kode)
        UNION ALL
        SELECT p.instansi, p.tahun, 2, p.no, p.no::text, 'program', p.nama, NULL, NULL, NULL,
               NULL, NULL, NULL, NULL, NULL, NULL, p.anggaran_awal, p.anggaran_perubahan
          FROM anggaran p
        UNION ALL
        SELECT p.instansi, p.tahun, 3, 0, NULL, 'jumlah', 'Jumlah', NULL, NULL, NULL,
               NULL, NULL, NULL, NULL, NULL, NULL,
               pg_catalog.sum(p.anggaran_awal), pg_catalog.sum(p.anggaran_perubahan)
          FROM anggaran p
         GROUP BY p.instansi, p.tahun) b
 ORDER BY b.instansi, b.tahun, urutan;
COMMENT ON VIEW tabel_5_perjanjian_kinerja IS 'Tabel 5, the Perjanjian Kinerja of the year: every sasaran indicator with a target in the original or revised agreement (target_awal, target_perubahan), then every program of the year with its budget in the original and the revised agreement (lkj.anggaran_pk, else the budget data), then their total (''jumlah'').';

-- Tabel 6: the tree tujuan > sasaran > program > kegiatan, one row an indicator.
CREATE VIEW tabel_6_program_kegiatan AS
SELECT x.instansi, x.tahun,
       (pg_catalog.row_number() OVER (PARTITION BY x.instansi, x.tahun
                                      ORDER BY x.renstra, x.tujuan, x.sasaran, x.program_no, x.kegiatan_no,
                                               x.indikator_no, x.indikator_kode))::integer AS urutan,
       CASE WHEN x.pertama THEN
         CASE x.jenis_baris
           WHEN 'tujuan' THEN x.ke::text
           WHEN 'sasaran' THEN x.ke || '.'
           WHEN 'program' THEN CASE WHEN x.ke <= 26 THEN pg_catalog.chr(96 + x.ke) ELSE x.ke::text END || '.'
           ELSE '•'
         END
       END AS no,
       x.jenis_baris,
       CASE WHEN x.pertama THEN pg_catalog.initcap(x.jenis_baris) || ' ' || x.ke END AS label,
       CASE WHEN x.pertama THEN x.uraian END AS uraian,
       x.indikator, x.indikator_kode, x.satuan,
       x.target_awal, x.target_awal_bawah, x.target_awal_atas,
       CASE WHEN x.pertama THEN x.anggaran_awal END AS anggaran_awal,
       x.target_perubahan, x.target_perubahan_bawah, x.target_perubahan_atas,
       CASE WHEN x.pertama THEN x.anggaran_perubahan END AS anggaran_perubahan,
       x.tujuan, NULLIF(x.sasaran, 0) AS sasaran, x.program, x.kegiatan
  FROM (SELECT n.*,
               tp.awal AS target_awal, tp.awal_bawah AS target_awal_bawah, tp.awal_atas AS target_awal_atas,
               tp.perubahan AS target_perubahan, tp.perubahan_bawah AS target_perubahan_bawah,
               tp.perubahan_atas AS target_perubahan_atas,
               pg_catalog.row_number() OVER (PARTITION BY n.instansi, n.tahun, n.renstra, n.tujuan, n.sasaran,
                                                          n.program_no, n.kegiatan_no
                                             ORDER BY n.indikator_no, n.indikator_kode) = 1 AS pertama
          FROM (SELECT y.instansi, y.tahun, g.jenis AS jenis_baris, y.renstra,
                       g.tujuan, g.sasaran, 0 AS program_no, 0 AS kegiatan_no, g.no AS ke,
                       NULL::text AS program, NULL::text AS kegiatan, g.uraian,
                       a.anggaran_awal, a.anggaran_perubahan,
                       i.no AS indikator_no, i.kode AS indikator_kode, i.uraian AS indikator, i.satuan
                  FROM @extschema@.tahun_renstra y
                  JOIN (SELECT t.instansi, t.renstra, 'tujuan' AS jenis, t.no, t.no AS tujuan, 0 AS sasaran, t.uraian
                          FROM @extschema@.tujuan t
                        UNION ALL
                        SELECT s.instansi, s.renstra, 'sasaran', s.no, s.tujuan, s.no, s.uraian
                          FROM @extschema@.sasaran s) g
                    ON g.instansi = y.instansi AND g.renstra = y.renstra
                  LEFT JOIN @extschema@.anggaran_tujuan_sasaran a
                         ON a.instansi = y.instansi AND a.tahun = y.tahun AND a.renstra = y.renstra
                        AND a.jenis = g.jenis AND a.no = g.no
                  LEFT JOIN @extschema@.indikator i
                         ON i.instansi = y.instansi AND i.renstra = y.renstra
                        AND CASE g.jenis WHEN 'tujuan' THEN i.tujuan ELSE i.sasaran END = g.no
                UNION ALL
                SELECT ap.instansi, ap.tahun, 'program', ap.renstra, s.tujuan, s.no, ap.no, 0,
                       (pg_catalog.dense_rank() OVER (PARTITION BY ap.instansi, ap.tahun, ap.renstra, ap.sasaran
                                                      ORDER BY ap.no))::integer,
                       ap.program, NULL, ap.nama, ap.anggaran_awal, ap.anggaran_perubahan,
                       i.no, i.kode, i.uraian, i.satuan
                  FROM @extschema@.anggaran_program ap
                  JOIN @extschema@.sasaran s
                    ON s.instansi = ap.instansi AND s.renstra = ap.renstra AND s.no = ap.sasaran
                  LEFT JOIN @extschema@.indikator i
                         ON i.instansi = ap.instansi AND i.tahun = ap.tahun AND i.program = ap.program
                UNION ALL
                SELECT k.instansi, k.tahun, 'kegiatan', p.renstra, s.tujuan, s.no, p.no, k.no, k.no,
                       p.kode, k.kode, k.nama, k.anggaran_awal, k.anggaran_perubahan,
                       i.no, i.kode, i.uraian, i.satuan
                  FROM @extschema@.kegiatan k
                  JOIN @extschema@.program p ON p.instansi = k.instansi AND p.tahun = k.tahun AND p.kode = k.program
                  JOIN @extschema@.sasaran s ON s.instansi = p.instansi AND s.renstra = p.renstra AND s.no = p.sasaran
                  LEFT JOIN @extschema@.indikator i
                         ON i.instansi = k.instansi AND i.tahun = k.tahun AND i.kegiatan = k.kode) n
          LEFT JOIN @extschema@.target_perjanjian tp
                 ON tp.instansi = n.instansi AND tp.indikator = n.indikator_kode AND tp.tahun = n.tahun) x
 ORDER BY x.instansi, x.tahun, urutan;
COMMENT ON VIEW tabel_6_program_kegiatan IS 'Tabel 6, the programs and kegiatan behind the goals: the tree tujuan, sasaran, program, kegiatan of the year (the Renstra in force and the year''s programs), one row per indicator of a node, each with its targets in the original and revised Perjanjian Kinerja; a node''s number (no: 1, 1., a., •), label, name and budget are on its first row only.  Budgets: a kegiatan''s own, a program''s own (else the sum of its kegiatan), a sasaran''s and a tujuan''s the sums of their programs''.';

-- Tabel 7: the bands of the criteria scale of the unit's regency.
CREATE VIEW tabel_7_skala_kriteria AS
SELECT tl.instansi, tl.tahun, r.no AS urutan, r.no::text AS no, 'kriteria' AS jenis_baris,
       r."interval" AS interval_capaian, r.label AS kriteria, r.kriteria::text AS tingkat,
       r.batas_bawah, r.bawah_inklusif, r.batas_atas, r.atas_inklusif, sk.nama AS skala
  FROM @extschema@.tahun_laporan tl
  JOIN @extschema@.instansi u ON u.kode = tl.instansi
  JOIN @extschema@.pemda p ON p.kode = u.pemda
  JOIN @extschema@.skala_kriteria sk ON sk.nama = p.skala_kriteria
 CROSS JOIN LATERAL @extschema@.skala_rentang(sk.skala) r
 ORDER BY tl.instansi, tl.tahun, urutan;
COMMENT ON VIEW tabel_7_skala_kriteria IS 'Tabel 7, the criteria scale the unit''s capaian are graded on (the scale of its regency, lkj.skala_rentang): every band, top first, with its interval as printed, its name in the scale''s own words (kriteria) and as lkj.kriteria (tingkat), and its bounds; years: those of lkj.tahun_laporan.';

-- Tabel 8: capaian of the year with the realisasi of every quarter.
CREATE VIEW tabel_8_capaian_kinerja AS
SELECT k.instansi, k.tahun, k.urutan, k.urutan::text AS no, k.jenis_baris, k.uraian,
       k.indikator, k.indikator_kode, k.satuan, k.target, k.batas_bawah, k.batas_atas,
       tw.tw1 AS realisasi_tw1, tw.tw2 AS realisasi_tw2, tw.tw3 AS realisasi_tw3, tw.tw4 AS realisasi_tw4,
       k.realisasi, k.capaian, k.kriteria
  FROM @extschema@.capaian_kinerja k
  LEFT JOIN (SELECT r.instansi, r.indikator, r.tahun,
                    pg_catalog.max(r.nilai_laporan) FILTER (WHERE r.triwulan = 1) AS tw1,
                    pg_catalog.max(r.nilai_laporan) FILTER (WHERE r.triwulan = 2) AS tw2,
                    pg_catalog.max(r.nilai_laporan) FILTER (WHERE r.triwulan = 3) AS tw3,
                    pg_catalog.max(r.nilai_laporan) FILTER (WHERE r.triwulan = 4) AS tw4
               FROM @extschema@.realisasi_triwulan r
              GROUP BY r.instansi, r.indikator, r.tahun) tw
         ON tw.instansi = k.instansi AND tw.indikator = k.indikator_kode AND tw.tahun = k.tahun
 ORDER BY k.instansi, k.tahun, k.urutan;
COMMENT ON VIEW tabel_8_capaian_kinerja IS 'Tabel 8, capaian kinerja of the year: every tujuan and sasaran indicator with its target, the realisasi of each quarter as printed (NULL for a quarter without one), the year''s realisasi, capaian and kriteria (lkj.capaian_kinerja).';

-- Tabel 9: target against realisasi.
CREATE VIEW tabel_9_target_realisasi AS
SELECT k.instansi, k.tahun, k.urutan, k.urutan::text AS no, k.jenis_baris, k.uraian,
       k.indikator, k.indikator_kode, k.satuan, k.target, k.batas_bawah, k.batas_atas,
       k.realisasi, k.capaian, k.kriteria
  FROM @extschema@.capaian_kinerja k
 ORDER BY k.instansi, k.tahun, k.urutan;
COMMENT ON VIEW tabel_9_target_realisasi IS 'Tabel 9, target against realisasi of the year for every tujuan and sasaran indicator, with capaian and kriteria (the words of the text under it).';

-- Tabel 10: the five years before the report year side by side.
CREATE VIEW tabel_10_perbandingan_tahun AS
SELECT b.instansi, b.tahun,
       (pg_catalog.row_number() OVER w)::integer AS urutan, (pg_catalog.row_number() OVER w)::text AS no,
       b.jenis_baris, b.renstra, b.uraian, b.indikator, b.indikator_kode, b.satuan,
       b.tahun - 5 AS tahun_1, b.target_1, b.realisasi_1, b.capaian_1,
       b.tahun - 4 AS tahun_2, b.target_2, b.realisasi_2, b.capaian_2,
       b.tahun - 3 AS tahun_3, b.target_3, b.realisasi_3, b.capaian_3,
       b.tahun - 2 AS tahun_4, b.target_4, b.realisasi_4, b.capaian_4,
       b.tahun - 1 AS tahun_5, b.target_5, b.realisasi_5, b.capaian_5
  FROM (SELECT tl.instansi, tl.tahun, k.renstra, k.jenis_baris, k.uraian, k.indikator_kode, k.indikator, k.satuan,
               pg_catalog.min(k.tahun) AS dari_tahun, pg_catalog.min(k.urutan) AS urut,
               pg_catalog.max(k.target) FILTER (WHERE k.tahun = tl.tahun - 5) AS target_1,
               pg_catalog.max(k.realisasi) FILTER (WHERE k.tahun = tl.tahun - 5) AS realisasi_1,
               pg_catalog.max(k.capaian) FILTER (WHERE k.tahun = tl.tahun - 5) AS capaian_1,
               pg_catalog.max(k.target) FILTER (WHERE k.tahun = tl.tahun - 4) AS target_2,
               pg_catalog.max(k.realisasi) FILTER (WHERE k.tahun = tl.tahun - 4) AS realisasi_2,
               pg_catalog.max(k.capaian) FILTER (WHERE k.tahun = tl.tahun - 4) AS capaian_2,
               pg_catalog.max(k.target) FILTER (WHERE k.tahun = tl.tahun - 3) AS target_3,
               pg_catalog.max(k.realisasi) FILTER (WHERE k.tahun = tl.tahun - 3) AS realisasi_3,
               pg_catalog.max(k.capaian) FILTER (WHERE k.tahun = tl.tahun - 3) AS capaian_3,
               pg_catalog.max(k.target) FILTER (WHERE k.tahun = tl.tahun - 2) AS target_4,
               pg_catalog.max(k.realisasi) FILTER (WHERE k.tahun = tl.tahun - 2) AS realisasi_4,
               pg_catalog.max(k.capaian) FILTER (WHERE k.tahun = tl.tahun - 2) AS capaian_4,
               pg_catalog.max(k.target) FILTER (WHERE k.tahun = tl.tahun - 1) AS target_5,
               pg_catalog.max(k.realisasi) FILTER (WHERE k.tahun = tl.tahun - 1) AS realisasi_5,
               pg_catalog.max(k.capaian) FILTER (WHERE k.tahun = tl.tahun - 1) AS capaian_5
          FROM @extschema@.tahun_laporan tl
          JOIN @extschema@.capaian_kinerja k
            ON k.instansi = tl.instansi AND k.tahun BETWEEN tl.tahun - 5 AND tl.tahun - 1
         GROUP BY tl.instansi, tl.tahun, k.renstra, k.jenis_baris, k.uraian, k.indikator_kode, k.indikator, k.satuan) b
WINDOW w AS (PARTITION BY b.instansi, b.tahun ORDER BY b.dari_tahun, b.renstra, b.urut)
 ORDER BY b.instansi, b.tahun, urutan;
COMMENT ON VIEW tabel_10_perbandingan_tahun IS 'Tabel 10, the five years before the report year side by side (tahun_1 = tahun - 5 to tahun_5 = tahun - 1): for every tujuan and sasaran indicator of a Renstra in force in one of them, the target, realisasi and capaian of each year, NULL (N/A) where it has none.  A range target shows as a NULL target; its capaian is computed.';

-- Tabel 11: the year measured against the Renstra's own target for it.
CREATE VIEW tabel_11_capaian_renstra AS
SELECT k.instansi, k.tahun, k.urutan, k.urutan::text AS no, k.jenis_baris, k.uraian,
       k.indikator, k.indikator_kode, k.satuan, t.nilai AS target, t.batas_bawah, t.batas_atas, k.realisasi,
       @extschema@.capaian_target(t.nilai, t.batas_bawah, t.batas_atas, k.realisasi,
                                  k.polaritas::@extschema@.polaritas) AS capaian,
       t.keterangan
  FROM @extschema@.capaian_kinerja k
  LEFT JOIN @extschema@.target t
         ON t.instansi = k.instansi AND t.indikator = k.indikator_kode AND t.tahun = k.tahun
        AND t.dokumen = 'renstra'
 ORDER BY k.instansi, k.tahun, k.urutan;
COMMENT ON VIEW tabel_11_capaian_renstra IS 'Tabel 11, capaian of the year against the target the Renstra sets for it (not the Perjanjian Kinerja''s), computed with lkj.capaian_target, with the target''s keterangan.';

-- Tabel 12: the year's realisasi against the Renstra's end target.
CREATE VIEW tabel_12_target_akhir_renstra AS
SELECT k.instansi, k.tahun, k.urutan, k.urutan::text AS no, k.jenis_baris, k.uraian,
       k.indikator, k.indikator_kode, k.satuan, k.target, k.batas_bawah, k.batas_atas, k.realisasi,
       r.tahun_akhir, ta.nilai AS target_akhir, ta.batas_bawah AS target_akhir_bawah,
       ta.batas_atas AS target_akhir_atas, k.capaian,
       @extschema@.capaian_target(ta.nilai, ta.batas_bawah, ta.batas_atas, k.realisasi,
                                  k.polaritas::@extschema@.polaritas) AS capaian_target_akhir
  FROM @extschema@.capaian_kinerja k
  JOIN @extschema@.renstra r ON r.instansi = k.instansi AND r.kode = k.renstra
  LEFT JOIN @extschema@.target ta
         ON ta.instansi = k.instansi AND ta.indikator = k.indikator_kode AND ta.tahun = r.tahun_akhir
        AND ta.dokumen = 'renstra'
 ORDER BY k.instansi, k.tahun, k.urutan;
COMMENT ON VIEW tabel_12_target_akhir_renstra IS 'Tabel 12, the year''s realisasi beside the Renstra''s end target (its target for its last year, tahun_akhir): capaian is the year''s (as printed), capaian_target_akhir the realisasi measured against the end target.';

-- Tabel 13: the year's realisasi against a national standard.
CREATE VIEW tabel_13_standar_nasional AS
SELECT k.instansi, k.tahun, k.urutan, k.urutan::text AS no, k.jenis_baris, k.uraian,
       k.indikator, k.indikator_kode, k.satuan, k.target, k.batas_bawah, k.batas_atas, k.realisasi,
       sn.nilai AS standar, sn.batas_bawah AS standar_bawah, sn.batas_atas AS standar_atas, k.capaian,
       @extschema@.capaian_target(sn.nilai, sn.batas_bawah, sn.batas_atas, k.realisasi,
                                  k.polaritas::@extschema@.polaritas) AS capaian_standar,
       sn.keterangan
  FROM @extschema@.capaian_kinerja k
  LEFT JOIN @extschema@.target sn
         ON sn.instansi = k.instansi AND sn.indikator = k.indikator_kode AND sn.tahun = k.tahun
        AND sn.dokumen = 'standar_nasional'
 ORDER BY k.instansi, k.tahun, k.urutan;
COMMENT ON VIEW tabel_13_standar_nasional IS 'Tabel 13, the year''s realisasi beside a national (or other) standard stored as a target of dokumen ''standar_nasional'' (NULL: N/A): capaian is the year''s, capaian_standar the realisasi measured against the standard; keterangan says whose standard.';

-- Tabel 14: capaian against budget absorption, per tujuan and sasaran.
CREATE VIEW tabel_14_efisiensi AS
SELECT k.instansi, k.tahun, k.urutan, k.urutan::text AS no, k.jenis_baris, k.uraian,
       k.indikator, k.indikator_kode, k.capaian,
       a.anggaran, a.realisasi AS realisasi_anggaran, a.penyerapan,
       @extschema@.efisiensi(k.capaian, a.penyerapan, 'selisih') AS efisiensi
  FROM @extschema@.capaian_kinerja k
  LEFT JOIN @extschema@.anggaran_tujuan_sasaran a
         ON a.instansi = k.instansi AND a.tahun = k.tahun AND a.renstra = k.renstra AND a.jenis = k.jenis_baris
        AND a.no = CASE k.jenis_baris WHEN 'tujuan' THEN k.tujuan ELSE k.sasaran END
 ORDER BY k.instansi, k.tahun, k.urutan;
COMMENT ON VIEW tabel_14_efisiensi IS 'Tabel 14, efisiensi penggunaan sumber daya: for every tujuan and sasaran indicator its capaian, the budget in force and spending of its programs (a tujuan: all programs of its sasaran; lkj.anggaran_tujuan_sasaran), their absorption (lkj.penyerapan) and the efficiency capaian - penyerapan (lkj.efisiensi, selisih).';

-- Tabel 15: every program's budget and spending, then the total.
CREATE VIEW tabel_15_realisasi_anggaran AS
SELECT b.instansi, b.tahun,
       (pg_catalog.row_number() OVER (PARTITION BY b.instansi, b.tahun ORDER BY b.no NULLS LAST))::integer AS urutan,
       b.no::text AS no, b.jenis_baris, b.uraian, b.anggaran, b.realisasi, b.penyerapan
  FROM (SELECT ap.instansi, ap.tahun, ap.no, 'program' AS jenis_baris, ap.nama AS uraian,
               ap.anggaran, ap.realisasi, ap.penyerapan
          FROM @extschema@.anggaran_program ap
        UNION ALL
        SELECT ap.instansi, ap.tahun, NULL, 'jumlah', 'Jumlah',
               pg_catalog.sum(ap.anggaran), pg_catalog.sum(ap.realisasi),
               @extschema@.penyerapan(pg_catalog.sum(ap.anggaran), pg_catalog.sum(ap.realisasi))
          FROM @extschema@.anggaran_program ap
         GROUP BY ap.instansi, ap.tahun) b
 ORDER BY b.instansi, b.tahun, urutan;
COMMENT ON VIEW tabel_15_realisasi_anggaran IS 'Tabel 15, realisasi anggaran: every program of the year with its budget in force (revised, else original), spending and absorption (lkj.penyerapan), then the total (''jumlah''; section 3.2 quotes it).';

-- Appendix: both signed agreements, each its sasaran targets, programs and total.
CREATE VIEW lampiran_perjanjian_kinerja AS
SELECT b.instansi, b.tahun,
       (pg_catalog.row_number() OVER (PARTITION BY b.instansi, b.tahun ORDER BY b.pk, b.bagian, b.urut))::integer AS urutan,
       b.no, b.pk, b.jenis_baris, b.uraian, b.indikator, b.indikator_kode, b.satuan,
       b.target, b.batas_bawah, b.batas_atas, b.anggaran, b.sumber_dana
  FROM (SELECT pk.instansi, pk.tahun, pk.jenis AS pk, 1 AS bagian,
               pg_catalog.row_number() OVER w AS urut, (pg_catalog.row_number() OVER w)::text AS no,
               'sasaran' AS jenis_baris, s.uraian, i.uraian AS indikator, i.kode AS indikator_kode, i.satuan,
               t.nilai AS target, t.batas_bawah, t.batas_atas, NULL::numeric AS anggaran, NULL::text AS sumber_dana
          FROM @extschema@.perjanjian_kinerja pk
          JOIN @extschema@.target t ON t.instansi = pk.instansi AND t.tahun = pk.tahun AND t.pk = pk.jenis
          JOIN @extschema@.indikator i ON i.instansi = t.instansi AND i.kode = t.indikator
          JOIN @extschema@.sasaran s ON s.instansi = i.instansi AND s.renstra = i.renstra AND s.no = i.sasaran
        WINDOW w AS (PARTITION BY pk.instansi, pk.tahun, pk.jenis ORDER BY s.renstra, s.no, i.no, i.kode)
        UNION ALL
        SELECT a.instansi, a.tahun, a.pk, 2, p.no, p.no::text, 'program', p.nama, NULL, NULL, NULL,
               NULL, NULL, NULL, a.anggaran, a.sumber_dana
          FROM @extschema@.anggaran_pk a
          JOIN @extschema@.program p ON p.instansi = a.instansi AND p.tahun = a.tahun AND p.kode = a.program
        UNION ALL
        SELECT a.instansi, a.tahun, a.pk, 3, 0, NULL, 'jumlah', 'Jumlah', NULL, NULL, NULL,
               NULL, NULL, NULL, pg_catalog.sum(a.anggaran),
               pg_catalog.string_agg(DISTINCT a.sumber_dana, ', ' ORDER BY a.sumber_dana)
          FROM @extschema@.anggaran_pk a
         GROUP BY a.instansi, a.tahun, a.pk) b
 ORDER BY b.instansi, b.tahun, urutan;
COMMENT ON VIEW lampiran_perjanjian_kinerja IS 'The appendix tables of the signed Perjanjian Kinerja, the original (pk ''awal'') then the revised (''perubahan''): each its sasaran indicators with the agreement''s target, then its programs with the budget and source of funds as signed (lkj.anggaran_pk), then their total (''jumlah'', with every source of funds).';

-- What the text counts: staff (section 1.1.3, 3.1.2.6).
CREATE VIEW ringkasan_pegawai AS
SELECT a.instansi, a.tahun, v.urutan, NULL::text AS no, v.jenis_baris, v.kode, v.uraian,
       v.jumlah, v.dari, @extschema@.persentase(v.jumlah, v.dari) AS persen
  FROM (SELECT p.instansi, p.tahun, kp.jumlah AS kebutuhan,
               pg_catalog.count(*)::integer AS jumlah,
               pg_catalog.count(*) FILTER (WHERE p.jenis_kelamin = 'L')::integer AS laki_laki,
               pg_catalog.count(*) FILTER (WHERE p.jenis_kelamin = 'P')::integer AS perempuan,
               pg_catalog.count(*) FILTER (WHERE j.jenis = 'struktural')::integer AS struktural,
               pg_catalog.count(*) FILTER (WHERE j.jenis = 'fungsional')::integer AS fungsional,
               pg_catalog.count(*) FILTER (WHERE j.jenis = 'pelaksana')::integer AS pelaksana,
               pg_catalog.count(*) FILTER (WHERE j.jenis = 'kontrak')::integer AS kontrak,
               pg_catalog.count(*) FILTER (WHERE p.status = 'PNS')::integer AS pns,
               pg_catalog.count(*) FILTER (WHERE p.status = 'PPPK')::integer AS pppk,
               pg_catalog.count(*) FILTER (WHERE p.status = 'TKB')::integer AS tkb
          FROM @extschema@.pegawai p
          JOIN @extschema@.jabatan j ON j.instansi = p.instansi AND j.kode = p.jabatan
          LEFT JOIN @extschema@.kebutuhan_pegawai kp ON kp.instansi = p.instansi AND kp.tahun = p.tahun
         GROUP BY p.instansi, p.tahun, kp.jumlah) a
 CROSS JOIN LATERAL (VALUES
        (1, 'jumlah', 'pegawai', 'Jumlah pegawai', a.jumlah, a.jumlah),
        (2, 'jenis_kelamin', 'L', 'Laki-laki', a.laki_laki, a.jumlah),
        (3, 'jenis_kelamin', 'P', 'Perempuan', a.perempuan, a.jumlah),
        (4, 'jabatan', 'struktural', 'Pejabat struktural', a.struktural, a.jumlah),
        (5, 'jabatan', 'fungsional', 'Pejabat fungsional', a.fungsional, a.jumlah),
        (6, 'jabatan', 'pelaksana', 'Pejabat pelaksana', a.pelaksana, a.jumlah),
        (7, 'jabatan', 'kontrak', 'Tenaga kontrak', a.kontrak, a.jumlah),
        (8, 'status', 'PNS', 'PNS', a.pns, a.jumlah),
        (9, 'status', 'PPPK', 'PPPK', a.pppk, a.jumlah),
        (10, 'status', 'TKB', 'Tenaga kontrak bulanan (TKB)', a.tkb, a.jumlah),
        (11, 'kebutuhan', 'ASN', 'ASN (PNS dan PPPK) dari kebutuhan jabatan', a.pns + a.pppk, a.kebutuhan)
     ) AS v (urutan, jenis_baris, kode, uraian, jumlah, dari)
 ORDER BY a.instansi, a.tahun, v.urutan;
COMMENT ON VIEW ringkasan_pegawai IS 'The staff figures the text quotes, one a row (kode): the total, by sex, by kind of position, by employment status, and the ASN (PNS and PPPK) among the positions the job analysis needs (lkj.kebutuhan_pegawai: pemenuhan kebutuhan jabatan), each with its base (dari) and share (persen).';

-- What the text counts: the condition of the assets (section 3.1.2.6).
CREATE VIEW ringkasan_sarana AS
SELECT a.instansi, a.tahun, v.urutan, NULL::text AS no, v.jenis_baris, v.kode, v.uraian,
       v.jumlah, a.jumlah AS dari, @extschema@.persentase(v.jumlah, a.jumlah) AS persen
  FROM (SELECT s.instansi, s.tahun,
               pg_catalog.sum(s.baik + s.rusak + s.rusak_berat)::integer AS jumlah,
               pg_catalog.sum(s.baik)::integer AS baik,
               pg_catalog.sum(s.rusak)::integer AS rusak,
               pg_catalog.sum(s.rusak_berat)::integer AS rusak_berat
          FROM @extschema@.sarana s
         GROUP BY s.instansi, s.tahun) a
 CROSS JOIN LATERAL (VALUES
        (1, 'jumlah', 'jumlah', 'Jumlah barang', a.jumlah),
        (2, 'kondisi', 'baik', 'Baik', a.baik),
        (3, 'kondisi', 'rusak', 'Rusak', a.rusak),
        (4, 'kondisi', 'rusak_berat', 'Rusak berat', a.rusak_berat)
     ) AS v (urutan, jenis_baris, kode, uraian, jumlah)
 ORDER BY a.instansi, a.tahun, v.urutan;
COMMENT ON VIEW ringkasan_sarana IS 'The asset figures the text quotes: the number of items of Tabel 2 and how many are in each condition, with their share of all items.';

-- What the text counts: indicators reached, not reached, not measurable (section 3.1.1).
CREATE VIEW ringkasan_capaian AS
SELECT a.instansi, a.tahun,
       (pg_catalog.row_number() OVER (PARTITION BY a.instansi, a.tahun
                                      ORDER BY a.jenis_baris = 'sasaran', v.ke))::integer AS urutan,
       v.ke::text AS no, a.jenis_baris, v.status, v.uraian,
       v.jumlah, a.jumlah AS dari, @extschema@.persentase(v.jumlah, a.jumlah) AS persen
  FROM (SELECT k.instansi, k.tahun, k.jenis_baris,
               pg_catalog.count(*)::integer AS jumlah,
               pg_catalog.count(*) FILTER (WHERE k.status = 'tercapai')::integer AS tercapai,
               pg_catalog.count(*) FILTER (WHERE k.status = 'belum tercapai')::integer AS belum_tercapai,
               pg_catalog.count(*) FILTER (WHERE k.status = 'tidak terukur')::integer AS tidak_terukur
          FROM @extschema@.capaian_kinerja k
         GROUP BY k.instansi, k.tahun, k.jenis_baris) a
 CROSS JOIN LATERAL (VALUES
        (1, 'tercapai', 'Indikator kinerja dengan capaian 100% atau lebih', a.tercapai),
        (2, 'belum tercapai', 'Indikator kinerja dengan capaian di bawah 100%', a.belum_tercapai),
        (3, 'tidak terukur', 'Indikator kinerja yang tidak dapat diperoleh hasil pengukurannya', a.tidak_terukur)
     ) AS v (ke, status, uraian, jumlah)
 ORDER BY a.instansi, a.tahun, urutan;
COMMENT ON VIEW ringkasan_capaian IS 'Section 3.1.1''s count of the tujuan and the sasaran indicators (jenis_baris) of the year: with a capaian of 100% or more, below it, and not measurable (no realisasi, or none to compare with), each numbered as the text numbers them, with its share.';


-- ======================================================================
-- the report as text: lkj.laporan()
-- ======================================================================

-- (section: laporan)

/*
 * The report as one document: lkj.laporan(instansi, tahun) reads the views
 * above and prints a header block, every table of the report in its order
 * (Tabel 1 to 15, then the appendix tables of the Perjanjian Kinerja awal
 * and perubahan) and, after the table they summarise, the counts the text
 * quotes (ringkasan_*).  Every table is a padded pipe table, so that the
 * document reads as plain text and renders as GitHub Markdown alike; the
 * padding is lkj.format_tabel's alone.  Figures are in the report's format:
 * an indicator's figure in its unit (lkj.format_nilai, format_target), a
 * computed percentage with two decimals, money as Rp. 1.234,- where the
 * report prints it so (Tabel 5, the appendix), N/A for a figure the data
 * does not have, - for a zero count in Tabel 1.  This section is ASCII: the
 * non-ASCII characters of the document (the bullet of Tabel 6, the sign of
 * Tabel 7) come from the views.
 */

CREATE FUNCTION @extschema@.format_nilai(nilai numeric, satuan text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT CASE
    WHEN nilai IS NULL THEN NULL
    WHEN pg_catalog.lower(satuan) OPERATOR(pg_catalog.=) ANY ('{persen,%}'::text[]) THEN @extschema@.format_persen(nilai)
    WHEN satuan IS NULL OR pg_catalog.lower(satuan) OPERATOR(pg_catalog.=) 'indeks' THEN @extschema@.format_angka(nilai)
    ELSE @extschema@.format_angka(nilai) OPERATOR(pg_catalog.||) ' ' OPERATOR(pg_catalog.||) satuan
END
$$;
COMMENT ON FUNCTION @extschema@.format_nilai(numeric, text) IS
'An indicator''s figure in its unit as the report prints it, with the decimals it was given: 72,73% and 100% (satuan Persen or %), 62,2 (Indeks, or no satuan), 4 Fasilitasi (any other satuan, after the number); NULL for NULL.';

CREATE FUNCTION @extschema@.format_target(nilai numeric, batas_bawah numeric, batas_atas numeric, satuan text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT CASE
    WHEN nilai IS NOT NULL THEN @extschema@.format_nilai(nilai, satuan)
    WHEN batas_bawah IS NULL OR batas_atas IS NULL THEN NULL
    WHEN pg_catalog.lower(satuan) OPERATOR(pg_catalog.=) ANY ('{persen,%}'::text[]) THEN
        @extschema@.format_persen(batas_bawah) OPERATOR(pg_catalog.||) ' - ' OPERATOR(pg_catalog.||) @extschema@.format_persen(batas_atas)
    ELSE @extschema@.format_angka(batas_bawah) OPERATOR(pg_catalog.||) ' - ' OPERATOR(pg_catalog.||) @extschema@.format_nilai(batas_atas, satuan)
END
$$;
COMMENT ON FUNCTION @extschema@.format_target(numeric, numeric, numeric, text) IS
'A target of lkj.target as the report prints it: its value in its unit (lkj.format_nilai), or its range written as Tabel 7 writes bands: 80% - 90% (Persen), 80 - 90 (Indeks), 80 - 90 Kasus; NULL when it has neither.';

CREATE FUNCTION @extschema@.format_nip(nip text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
SELECT CASE WHEN nip OPERATOR(pg_catalog.~) '^[0-9]{18}$'
            THEN pg_catalog.concat_ws(' ', pg_catalog.substr(nip, 1, 8), pg_catalog.substr(nip, 9, 6),
                                      pg_catalog.substr(nip, 15, 1), pg_catalog.substr(nip, 16, 3))
            ELSE nip END
$$;
COMMENT ON FUNCTION @extschema@.format_nip(text) IS
'A civil servant''s number (NIP) as the report prints it under a signature, in its four parts (birth date, appointment month, sex, serial): 19770309 200501 1 003; any other text unchanged.';

CREATE FUNCTION @extschema@.format_tabel(kepala text[], baris text[],
                                         perataan text DEFAULT NULL, judul text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
-- PL/pgSQL resolves operators when it runs: pin them to PostgreSQL's own.
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    kolom integer;
    jumlah_baris integer := 0;
    sel text[];         -- every cell, the header's first, row after row
    lebar integer[];
    kanan boolean[];
    teks text[];
    garis text;
    k0 integer;
    b0 integer;
    b1 integer;
BEGIN
    IF kepala IS NULL OR pg_catalog.cardinality(kepala) = 0 OR pg_catalog.array_ndims(kepala) <> 1 THEN
        RAISE EXCEPTION 'table header must be a one-dimensional array of at least one title'
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Pass one title a column, e.g. ARRAY[''No'', ''Uraian''].';
    END IF;
    kolom := pg_catalog.cardinality(kepala);
    IF pg_catalog.cardinality(baris) > 0 THEN
        IF pg_catalog.array_ndims(baris) <> 2 OR pg_catalog.array_length(baris, 2) <> kolom THEN
            RAISE EXCEPTION 'table rows do not match the header'
                USING ERRCODE = 'invalid_parameter_value',
                      DETAIL = pg_catalog.format('The header has %s columns; the rows have dimensions %s.',
                                                 kolom, pg_catalog.array_dims(baris)),
                      HINT = 'Pass the rows as a two-dimensional array, one row a row of it, e.g. array_agg(ARRAY[no, uraian]).';
        END IF;
        jumlah_baris := pg_catalog.array_length(baris, 1);
    END IF;
    IF perataan IS NOT NULL AND (pg_catalog.char_length(perataan) <> kolom OR perataan !~ '^[lr]*$') THEN
        RAISE EXCEPTION 'invalid column alignment "%"', perataan
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = pg_catalog.format('The table has %s columns.', kolom),
                  HINT = 'Give one letter a column: l to align it left, r to align it right.';
    END IF;

    k0 := pg_catalog.array_lower(kepala, 1);
    FOR j IN 1..kolom LOOP
        sel[j] := kepala[k0 + j - 1];
    END LOOP;
    IF jumlah_baris > 0 THEN
        b0 := pg_catalog.array_lower(baris, 1);
        b1 := pg_catalog.array_lower(baris, 2);
        FOR i IN 1..jumlah_baris LOOP
            FOR j IN 1..kolom LOOP
                sel[i * kolom + j] := baris[b0 + i - 1][b1 + j - 1];
            END LOOP;
        END LOOP;
    END IF;
    -- A line break would end the row and a bare | would split the cell, in
    -- plain text and in Markdown alike.
    sel := ARRAY(SELECT pg_catalog.replace(pg_catalog.regexp_replace(COALESCE(s.isi, ''), '[\r\n\t]+', ' ', 'g'),
                                           '|', '\|')
                   FROM pg_catalog.unnest(sel) WITH ORDINALITY AS s (isi, ke)
                  ORDER BY s.ke);

    -- Widths in characters (char_length, lpad and rpad count characters), so
    -- that the bullet of Tabel 6 or the sign of Tabel 7 takes one column;
    -- at least 3, what a Markdown delimiter cell needs.
    FOR j IN 1..kolom LOOP
        lebar[j] := 3;
        FOR i IN 0..jumlah_baris LOOP
            lebar[j] := GREATEST(lebar[j], pg_catalog.char_length(sel[i * kolom + j]));
        END LOOP;
        kanan[j] := COALESCE(pg_catalog.substr(perataan, j, 1) = 'r', false);
    END LOOP;

    IF judul IS NOT NULL THEN
        teks := ARRAY[judul, ''];
    END IF;
    FOR i IN 0..jumlah_baris LOOP
        garis := '|';
        FOR j IN 1..kolom LOOP
            garis := garis || ' '
                     || CASE WHEN kanan[j] THEN pg_catalog.lpad(sel[i * kolom + j], lebar[j])
                             ELSE pg_catalog.rpad(sel[i * kolom + j], lebar[j]) END
                     || ' |';
        END LOOP;
        teks := teks || garis;
        IF i = 0 THEN
            garis := '|';
            FOR j IN 1..kolom LOOP
                garis := garis || CASE WHEN kanan[j] THEN pg_catalog.repeat('-', lebar[j] + 1) || ':'
                                       ELSE pg_catalog.repeat('-', lebar[j] + 2) END || '|';
            END LOOP;
            teks := teks || garis;
        END IF;
    END LOOP;
    IF jumlah_baris = 0 THEN
        teks := teks || ARRAY['', 'Tidak ada data.'];
    END IF;
    RETURN pg_catalog.array_to_string(teks, E'\n');
END
$$;
COMMENT ON FUNCTION @extschema@.format_tabel(text[], text[], text, text) IS
'A table as text that reads as plain text and is a GitHub Markdown pipe table: the titles (kepala, one a column), then the rows (baris, a two-dimensional array such as array_agg(ARRAY[...] ORDER BY ...)), every cell padded to its column''s width in characters, aligned by perataan (one letter a column, l left, r right; all left when NULL); NULL cells print empty, a line break in a cell as a space, | as \|.  judul, when given, comes first, then a blank line.  No rows: the header, then "Tidak ada data."  A header that is not a non-empty one-dimensional array, rows of another width, or a bad perataan raise 22023.';

CREATE FUNCTION @extschema@.laporan(instansi text, tahun integer)
RETURNS text
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
-- PL/pgSQL resolves operators when it runs: pin them to PostgreSQL's own.
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    unit record;
    janji record;
    bagian text[];      -- the document's blocks, blank lines between them
    b text[];
    b2 text[];
    ringkasan_sarana text[];
    renstra_tahun text;
    sasaran_saja boolean;
BEGIN
    SELECT i.nama, i.alamat, i.kepala_jabatan, i.kepala_nama, i.kepala_nip, p.nama AS pemda, p.skala_kriteria
      INTO unit
      FROM @extschema@.instansi i
      JOIN @extschema@.pemda p ON p.kode = i.pemda
     WHERE i.kode = laporan.instansi;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'instansi "%" does not exist', laporan.instansi
            USING ERRCODE = 'undefined_object',
                  HINT = 'Give the kode of a unit of lkj.instansi: SELECT kode, nama FROM lkj.instansi.';
    END IF;

    bagian := ARRAY[pg_catalog.concat_ws(E'\n',
        '# LAPORAN KINERJA (LKj) ' || pg_catalog.upper(unit.nama) || ' TAHUN ' || laporan.tahun,
        '',
        '- Perangkat daerah: ' || unit.nama,
        '- Pemerintah daerah: ' || unit.pemda,
        '- Alamat: ' || unit.alamat,
        '- Tahun anggaran: ' || laporan.tahun,
        '- Kepala: ' || unit.kepala_nama || ' (' || unit.kepala_jabatan || ')',
        '- NIP: ' || @extschema@.format_nip(unit.kepala_nip),
        CASE WHEN NOT EXISTS (SELECT FROM @extschema@.tahun_laporan t
                               WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun)
              AND NOT EXISTS (SELECT FROM @extschema@.pegawai t
                               WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun)
              AND NOT EXISTS (SELECT FROM @extschema@.sarana t
                               WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun)
             THEN '- Catatan: tidak ada data ' || unit.nama || ' untuk tahun ' || laporan.tahun || '.' END)];

    -- Tabel 1, a zero count printed -, then the staff figures of the text.
    SELECT pg_catalog.array_agg(ARRAY[t.no, t.uraian]
               || ARRAY(SELECT CASE WHEN v.n = 0 THEN '-' ELSE @extschema@.format_angka(v.n) END
                          FROM pg_catalog.unnest(ARRAY[t.laki_laki, t.perempuan, t.pns, t.pppk, t.tkb,
                                                       t.sd, t.smp, t.sma, t.d3, t.s1, t.s2, t.s3,
                                                       t.eselon_2, t.eselon_3, t.eselon_4])
                               WITH ORDINALITY AS v (n, ke)
                         ORDER BY v.ke)
               || ''::text
               ORDER BY t.urutan)
      INTO b
      FROM @extschema@.tabel_1_komposisi_pegawai t
     WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun;
    bagian := bagian || @extschema@.format_tabel(
        ARRAY['No', 'Jabatan Dalam Organisasi', 'L', 'P', 'PNS', 'P3K', 'TKB', 'SD', 'SMP', 'SMA',
              'D3', 'S1', 'S2', 'S3', 'Eselon 2', 'Eselon 3', 'Eselon 4', 'Ket.'],
        b, 'rl' || pg_catalog.repeat('r', 15) || 'l', 'Tabel 1  Tabel Komposisi Pegawai');

    -- The staff and the asset figures of the text, in one pass.
    SELECT pg_catalog.array_agg(r.sel ORDER BY r.urutan) FILTER (WHERE NOT r.sarana),
           pg_catalog.array_agg(r.sel ORDER BY r.urutan) FILTER (WHERE r.sarana)
      INTO b, ringkasan_sarana
      FROM (SELECT g.sarana, g.urutan,
                   ARRAY[g.uraian, @extschema@.format_angka(g.jumlah),
                         COALESCE(@extschema@.format_angka(g.dari), 'N/A'),
                         COALESCE(@extschema@.format_persen(g.persen, 2), 'N/A')] AS sel
              FROM (SELECT false AS sarana, t.urutan, t.uraian, t.jumlah, t.dari, t.persen
                      FROM @extschema@.ringkasan_pegawai t
                     WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun
                    UNION ALL
                    SELECT true, t.urutan, t.uraian, t.jumlah, t.dari, t.persen
                      FROM @extschema@.ringkasan_sarana t
                     WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun) g) r;
    bagian := bagian || @extschema@.format_tabel(ARRAY['Uraian', 'Jumlah', 'Dari', 'Persentase'], b, 'lrrr',
                                                 'Ringkasan Pegawai (bagian 1.1.3 dan 3.1.2.6)');

    -- Tabel 2, then the condition of the assets.
    SELECT pg_catalog.array_agg(ARRAY[t.no, t.uraian, t.satuan, @extschema@.format_angka(t.jumlah), t.kondisi]
                                ORDER BY t.urutan)
      INTO b
      FROM @extschema@.tabel_2_sarana_prasarana t
     WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun;
    bagian := bagian || @extschema@.format_tabel(
        ARRAY['No', 'Nama Barang', 'Satuan', 'Jumlah', 'Keterangan/ Kondisi Barang'], b, 'rllrl',
        'Tabel 2  Sarana dan Prasarana per Tanggal 31 Desember ' || laporan.tahun);

    bagian := bagian || @extschema@.format_tabel(ARRAY['Kondisi', 'Jumlah', 'Dari', 'Persentase'],
                                                 ringkasan_sarana, 'lrrr',
                                                 'Ringkasan Sarana dan Prasarana (bagian 3.1.2.6)');

    -- Tabel 3: "Sasaran Strategis" as printed, unless a tujuan has an IKU.
    SELECT pg_catalog.array_agg(ARRAY[t.no || '.', t.uraian, t.indikator, t.satuan, t.formulasi, t.sumber_data]
                                ORDER BY t.urutan),
           COALESCE(pg_catalog.bool_and(t.jenis_baris = 'sasaran'), true)
      INTO b, sasaran_saja
      FROM @extschema@.tabel_3_iku t
     WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun;
    bagian := bagian || @extschema@.format_tabel(
        ARRAY['No', CASE WHEN sasaran_saja THEN 'Sasaran Strategis' ELSE 'Tujuan/ Sasaran Strategis' END,
              'Indikator Kinerja Utama', 'Satuan', 'Formulasi', 'Sumber Data'],
        b, 'rlllll', 'Tabel 3  Indikator Kinerja Utama ' || unit.nama);

    -- Tabel 4: the tujuan, then a row that heads the sasaran, as printed.
    SELECT pg_catalog.array_agg(ARRAY[t.no || '.', t.uraian, t.indikator,
                                      COALESCE(@extschema@.format_target(t.target, t.batas_bawah, t.batas_atas,
                                                                         t.satuan), 'N/A')]
                                ORDER BY t.urutan) FILTER (WHERE t.jenis_baris = 'tujuan'),
           pg_catalog.array_agg(ARRAY[t.no || '.', t.uraian, t.indikator,
                                      COALESCE(@extschema@.format_target(t.target, t.batas_bawah, t.batas_atas,
                                                                         t.satuan), 'N/A')]
                                ORDER BY t.urutan) FILTER (WHERE t.jenis_baris = 'sasaran')
      INTO b, b2
      FROM @extschema@.tabel_4_target_iku t
     WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun;
    IF b2 IS NOT NULL THEN
        b := b || ARRAY[ARRAY['No.', 'Sasaran Strategis', '', '']] || b2;
    END IF;
    bagian := bagian || @extschema@.format_tabel(
        ARRAY['No', 'Tujuan', 'Indikator Kinerja Utama', 'Target ' || laporan.tahun], b, 'rllr',
        'Tabel 4  Target yang ditetapkan untuk Indikator Kinerja Utama');

    -- Tabel 5: the sasaran's targets, then the programs' budgets.
    SELECT pg_catalog.array_agg(ARRAY[t.no || '.', t.uraian, t.indikator,
                                      COALESCE(@extschema@.format_target(t.target_awal, t.target_awal_bawah,
                                                                         t.target_awal_atas, t.satuan), 'N/A'),
                                      COALESCE(@extschema@.format_target(t.target_perubahan, t.target_perubahan_bawah,
                                                                         t.target_perubahan_atas, t.satuan), 'N/A')]
                                ORDER BY t.urutan) FILTER (WHERE t.jenis_baris = 'sasaran'),
           pg_catalog.array_agg(ARRAY[t.no || '.', t.uraian,
                                      COALESCE(@extschema@.format_rupiah(t.anggaran_awal), 'N/A'),
                                      COALESCE(@extschema@.format_rupiah(t.anggaran_perubahan), 'N/A')]
                                ORDER BY t.urutan) FILTER (WHERE t.jenis_baris <> 'sasaran')
      INTO b, b2
      FROM @extschema@.tabel_5_perjanjian_kinerja t
     WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun;
    bagian := bagian || @extschema@.format_tabel(
        ARRAY['No.', 'Sasaran Strategis', 'Indikator Kinerja', 'Target Awal', 'Target Perubahan'], b, 'rllrr',
        'Tabel 5  Perjanjian Kinerja ' || unit.kepala_jabatan || ' Tahun ' || laporan.tahun);
    IF b2 IS NOT NULL THEN
        bagian := bagian || @extschema@.format_tabel(
            ARRAY['No', 'Program', 'Anggaran', 'Anggaran Perubahan'], b2, 'rlrr');
    END IF;

    -- Tabel 6: a node's number, label and name in one cell ("a. Program 1
    -- ..."), the tujuan's number in the No column, as printed.
    SELECT pg_catalog.array_agg(ARRAY[
               CASE WHEN t.jenis_baris = 'tujuan' THEN t.no END,
               CASE WHEN t.label IS NOT NULL
                    THEN pg_catalog.concat_ws(' ', CASE WHEN t.jenis_baris <> 'tujuan' THEN t.no END,
                                              t.label, t.uraian) END,
               t.indikator,
               CASE WHEN t.indikator_kode IS NOT NULL
                    THEN COALESCE(@extschema@.format_target(t.target_awal, t.target_awal_bawah,
                                                            t.target_awal_atas, t.satuan), 'N/A') END,
               CASE WHEN t.label IS NOT NULL
                    THEN COALESCE('Rp. ' || @extschema@.format_angka(t.anggaran_awal), 'N/A') END,
               CASE WHEN t.indikator_kode IS NOT NULL
                    THEN COALESCE(@extschema@.format_target(t.target_perubahan, t.target_perubahan_bawah,
                                                            t.target_perubahan_atas, t.satuan), 'N/A') END,
               CASE WHEN t.label IS NOT NULL
                    THEN COALESCE('Rp. ' || @extschema@.format_angka(t.anggaran_perubahan), 'N/A') END]
               ORDER BY t.urutan)
      INTO b
      FROM @extschema@.tabel_6_program_kegiatan t
     WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun;
    bagian := bagian || @extschema@.format_tabel(
        ARRAY['No', 'Tujuan/Sasaran strategis/program/kegiatan', 'Indikator Tujuan/Sasaran/ Program/ Kegiatan',
              'Target Awal ' || laporan.tahun, 'Anggaran Awal ' || laporan.tahun,
              'Target Perubahan ' || laporan.tahun, 'Anggaran Perubahan ' || laporan.tahun],
        b, 'lllrrrr', 'Tabel 6  Program dan Kegiatan yang Mendukung IKU Tahun ' || laporan.tahun);

    -- Tabel 7 straight from the regency's scale, which holds whatever the
    -- year: lkj.tabel_7_skala_kriteria has only the years of tahun_laporan.
    SELECT pg_catalog.array_agg(ARRAY[r.no || '.', r."interval", r.label] ORDER BY r.no)
      INTO b
      FROM @extschema@.skala_kriteria sk
     CROSS JOIN LATERAL @extschema@.skala_rentang(sk.skala) r
     WHERE sk.nama = unit.skala_kriteria;
    bagian := bagian || @extschema@.format_tabel(
        ARRAY['No', 'Interval Nilai Capaian Kinerja', 'Kriteria Capaian Kinerja'], b, 'rll',
        'Tabel 7  Skala Nilai Kriteria Capaian Kinerja');

    -- Tabel 8, then section 3.1.1's count of the indicators.
    SELECT pg_catalog.array_agg(ARRAY[t.no, t.uraian, t.indikator,
               COALESCE(@extschema@.format_target(t.target, t.batas_bawah, t.batas_atas, t.satuan), 'N/A'),
               COALESCE(@extschema@.format_nilai(t.realisasi_tw1, t.satuan), 'N/A'),
               COALESCE(@extschema@.format_nilai(t.realisasi_tw2, t.satuan), 'N/A'),
               COALESCE(@extschema@.format_nilai(t.realisasi_tw3, t.satuan), 'N/A'),
               COALESCE(@extschema@.format_nilai(t.realisasi_tw4, t.satuan), 'N/A'),
               COALESCE(@extschema@.format_nilai(t.realisasi, t.satuan), 'N/A'),
               COALESCE(@extschema@.format_persen(t.capaian, 2), 'N/A')]
               ORDER BY t.urutan)
      INTO b
      FROM @extschema@.tabel_8_capaian_kinerja t
     WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun;
    bagian := bagian || @extschema@.format_tabel(
        ARRAY['No', 'Tujuan/ Sasaran Strategis', 'Indikator Kinerja', 'Target', 'TW I', 'TW II', 'TW III', 'TW IV',
              'Realisasi Total', 'Capaian (%)'],
        b, 'rll' || pg_catalog.repeat('r', 7), 'Tabel 8  Capaian Kinerja Tahun ' || laporan.tahun);

    SELECT pg_catalog.array_agg(ARRAY[r.no, r.uraian,
                                      @extschema@.format_angka(COALESCE(r.tujuan, 0)),
                                      @extschema@.format_angka(COALESCE(r.sasaran, 0))]
                                ORDER BY r.no)
      INTO b
      FROM (SELECT t.no, t.uraian,
                   pg_catalog.max(t.jumlah) FILTER (WHERE t.jenis_baris = 'tujuan') AS tujuan,
                   pg_catalog.max(t.jumlah) FILTER (WHERE t.jenis_baris = 'sasaran') AS sasaran
              FROM @extschema@.ringkasan_capaian t
             WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun
             GROUP BY t.no, t.uraian) r;
    bagian := bagian || @extschema@.format_tabel(ARRAY['No', 'Uraian', 'Tujuan', 'Sasaran Strategis'], b, 'rlrr',
                                                 'Ringkasan Capaian Indikator Kinerja (bagian 3.1.1)');

    SELECT pg_catalog.array_agg(ARRAY[t.no, t.uraian, t.indikator,
               COALESCE(@extschema@.format_target(t.target, t.batas_bawah, t.batas_atas, t.satuan), 'N/A'),
               COALESCE(@extschema@.format_nilai(t.realisasi, t.satuan), 'N/A'),
               COALESCE(@extschema@.format_persen(t.capaian, 2), 'N/A')]
               ORDER BY t.urutan)
      INTO b
      FROM @extschema@.tabel_9_target_realisasi t
     WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun;
    bagian := bagian || @extschema@.format_tabel(
        ARRAY['No', 'Tujuan/Sasaran', 'Indikator', 'Target', 'Realisasi', 'Capaian'], b, 'rllrrr',
        'Tabel 9  Perbandingan Antara Target dan Realisasi Kinerja Tahun ' || laporan.tahun || ' ' || unit.nama);

    -- Tabel 10: target, realisasi, capaian of each of the five years before.
    -- The view leaves a range target NULL; it is looked up in target_berlaku.
    SELECT pg_catalog.array_agg(ARRAY[t.no, t.uraian, t.indikator]
               || ARRAY(SELECT COALESCE(CASE v.ke % 3
                                          WHEN 0 THEN @extschema@.format_persen(v.n, 2)
                                          WHEN 1 THEN COALESCE(@extschema@.format_nilai(v.n, t.satuan),
                                              (SELECT @extschema@.format_target(NULL, tb.batas_bawah, tb.batas_atas,
                                                                                t.satuan)
                                                 FROM @extschema@.target_berlaku tb
                                                WHERE tb.instansi = t.instansi AND tb.indikator = t.indikator_kode
                                                  AND tb.tahun = laporan.tahun - 5 + (v.ke - 1) / 3))
                                          ELSE @extschema@.format_nilai(v.n, t.satuan) END, 'N/A')
                          FROM pg_catalog.unnest(ARRAY[t.target_1, t.realisasi_1, t.capaian_1,
                                                       t.target_2, t.realisasi_2, t.capaian_2,
                                                       t.target_3, t.realisasi_3, t.capaian_3,
                                                       t.target_4, t.realisasi_4, t.capaian_4,
                                                       t.target_5, t.realisasi_5, t.capaian_5])
                               WITH ORDINALITY AS v (n, ke)
                         ORDER BY v.ke)
               ORDER BY t.urutan),
           pg_catalog.string_agg(DISTINCT r.nama, ', ' ORDER BY r.nama)
      INTO b, renstra_tahun
      FROM @extschema@.tabel_10_perbandingan_tahun t
      LEFT JOIN @extschema@.renstra r ON r.instansi = t.instansi AND r.kode = t.renstra
     WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun;
    bagian := bagian || (@extschema@.format_tabel(
        ARRAY['No', 'Tujuan/ Sasaran', 'Indikator']
            || ARRAY(SELECT y.y || ' ' || k.k
                       FROM pg_catalog.generate_series(laporan.tahun - 5, laporan.tahun - 1) AS y (y)
                      CROSS JOIN pg_catalog.unnest(ARRAY['T', 'R', 'C']) WITH ORDINALITY AS k (k, ke)
                      ORDER BY y.y, k.ke),
        b, 'rll' || pg_catalog.repeat('r', 15),
        'Tabel 10  Perbandingan Capaian Kinerja dari Tahun ' || (laporan.tahun - 5) || ' sd ' || (laporan.tahun - 1)
            || COALESCE(E'\n(Berdasarkan Dokumen ' || renstra_tahun || ')', ''))
        || CASE WHEN b IS NOT NULL THEN E'\n\nKet : T = Target, R = Realisasi, C = Capaian' ELSE '' END);

    -- Tabel 11 and 12 name the Renstra in force in the year.
    SELECT pg_catalog.string_agg(r.nama, ', ' ORDER BY r.tahun_awal, r.kode)
      INTO renstra_tahun
      FROM @extschema@.tahun_renstra y
      JOIN @extschema@.renstra r ON r.instansi = y.instansi AND r.kode = y.renstra
     WHERE y.instansi = laporan.instansi AND y.tahun = laporan.tahun;

    SELECT pg_catalog.array_agg(ARRAY[t.no, t.uraian, t.indikator,
               COALESCE(@extschema@.format_target(t.target, t.batas_bawah, t.batas_atas, t.satuan), 'N/A'),
               COALESCE(@extschema@.format_nilai(t.realisasi, t.satuan), 'N/A'),
               COALESCE(@extschema@.format_persen(t.capaian, 2), 'N/A'),
               t.keterangan]
               ORDER BY t.urutan)
      INTO b
      FROM @extschema@.tabel_11_capaian_renstra t
     WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun;
    bagian := bagian || @extschema@.format_tabel(
        ARRAY['No', 'Tujuan/ Sasaran', 'Indikator', laporan.tahun || ' T', laporan.tahun || ' R',
              laporan.tahun || ' C', 'Keterangan'],
        b, 'rllrrrl',
        'Tabel 11  Capaian Kinerja dari Tahun ' || laporan.tahun
            || COALESCE(' (Berdasarkan Dokumen ' || renstra_tahun || ')', ''));

    SELECT pg_catalog.array_agg(ARRAY[t.no, t.uraian, t.indikator,
               COALESCE(@extschema@.format_target(t.target, t.batas_bawah, t.batas_atas, t.satuan), 'N/A'),
               COALESCE(@extschema@.format_nilai(t.realisasi, t.satuan), 'N/A'),
               COALESCE(@extschema@.format_target(t.target_akhir, t.target_akhir_bawah, t.target_akhir_atas,
                                                  t.satuan), 'N/A'),
               COALESCE(@extschema@.format_persen(t.capaian, 2), 'N/A')]
               ORDER BY t.urutan)
      INTO b
      FROM @extschema@.tabel_12_target_akhir_renstra t
     WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun;
    bagian := bagian || @extschema@.format_tabel(
        ARRAY['No', 'Tujuan/ Sasaran Strategis', 'Indikator', 'Target ' || laporan.tahun, 'Realisasi',
              'Target Akhir Renstra', 'Capaian'],
        b, 'rllrrrr',
        'Tabel 12  Perbandingan Realisasi Kinerja Tahun ' || laporan.tahun || ' dengan Target Akhir '
            || COALESCE(renstra_tahun, 'Renstra'));

    SELECT pg_catalog.array_agg(ARRAY[t.no, t.uraian, t.indikator,
               COALESCE(@extschema@.format_target(t.target, t.batas_bawah, t.batas_atas, t.satuan), 'N/A'),
               COALESCE(@extschema@.format_nilai(t.realisasi, t.satuan), 'N/A'),
               COALESCE(@extschema@.format_target(t.standar, t.standar_bawah, t.standar_atas, t.satuan), 'N/A'),
               COALESCE(@extschema@.format_persen(t.capaian, 2), 'N/A')]
               ORDER BY t.urutan)
      INTO b
      FROM @extschema@.tabel_13_standar_nasional t
     WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun;
    bagian := bagian || @extschema@.format_tabel(
        ARRAY['No', 'Tujuan/ Sasaran Strategis', 'Indikator', 'Target', 'Realisasi', 'Standar Nasional/dst',
              'Capaian'],
        b, 'rllrrrr', 'Tabel 13  Perbandingan Realisasi Kinerja Tahun Ini dengan Standart Nasional');

    SELECT pg_catalog.array_agg(ARRAY[t.no, t.uraian, t.indikator,
               COALESCE(@extschema@.format_persen(t.capaian, 2), 'N/A'),
               COALESCE(@extschema@.format_persen(t.penyerapan, 2), 'N/A'),
               COALESCE(@extschema@.format_persen(t.efisiensi, 2), 'N/A')]
               ORDER BY t.urutan)
      INTO b
      FROM @extschema@.tabel_14_efisiensi t
     WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun;
    bagian := bagian || (@extschema@.format_tabel(
        ARRAY['No.', 'Tujuan/ Sasaran Strategis', 'Indikator Kinerja', 'Capaian Kinerja',
              'Persentase Penyerapan Anggaran', 'Tingkat Efisiensi *)'],
        b, 'rllrrr', 'Tabel 14  Efisiensi Penggunaan Sumber Daya')
        || E'\n\n*) (Rumus : capaian kinerja - % Penyerapan anggaran)');

    SELECT pg_catalog.array_agg(ARRAY[t.no,
               CASE WHEN t.jenis_baris = 'jumlah' THEN 'JUMLAH' ELSE t.uraian END,
               COALESCE(@extschema@.format_angka(t.anggaran), 'N/A'),
               COALESCE(@extschema@.format_angka(t.realisasi), 'N/A'),
               COALESCE(@extschema@.format_angka(t.penyerapan, 2), 'N/A')]
               ORDER BY t.urutan)
      INTO b
      FROM @extschema@.tabel_15_realisasi_anggaran t
     WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun;
    bagian := bagian || @extschema@.format_tabel(
        ARRAY['No', 'PROGRAM', 'ANGGARAN (Rp)', 'REALISASI Rp', 'REALISASI %'], b, 'rlrrr',
        'Tabel 15  Realisasi Anggaran ' || laporan.tahun);

    -- The appendix: each agreement's tables, then who signed it, where, when.
    FOR janji IN
        SELECT j.jenis, p.tanggal, p.tempat, p.pihak_pertama_nama, p.pihak_pertama_jabatan,
               p.pihak_pertama_nip, p.pihak_kedua_nama, p.pihak_kedua_jabatan
          FROM (VALUES (1, 'awal'), (2, 'perubahan')) AS j (ke, jenis)
          LEFT JOIN @extschema@.perjanjian_kinerja p
                 ON p.instansi = laporan.instansi AND p.tahun = laporan.tahun AND p.jenis = j.jenis
         ORDER BY j.ke
    LOOP
        SELECT pg_catalog.array_agg(ARRAY[t.no, t.uraian, t.indikator,
                   COALESCE(@extschema@.format_target(t.target, t.batas_bawah, t.batas_atas, t.satuan), 'N/A')]
                   ORDER BY t.urutan) FILTER (WHERE t.jenis_baris = 'sasaran'),
               pg_catalog.array_agg(ARRAY[t.no,
                   CASE WHEN t.jenis_baris = 'jumlah' THEN 'JUMLAH' ELSE t.uraian END,
                   @extschema@.format_rupiah(t.anggaran), t.sumber_dana]
                   ORDER BY t.urutan) FILTER (WHERE t.jenis_baris <> 'sasaran')
          INTO b, b2
          FROM @extschema@.lampiran_perjanjian_kinerja t
         WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun AND t.pk = janji.jenis;
        bagian := bagian || @extschema@.format_tabel(
            ARRAY['NO', 'SASARAN STRATEGIS', 'INDIKATOR KINERJA UTAMA', 'TARGET'], b, 'rllr',
            'LAMPIRAN ' || CASE janji.jenis WHEN 'perubahan' THEN 'PERUBAHAN ' ELSE '' END
                || 'PERJANJIAN KINERJA TAHUN ' || laporan.tahun || E'\n' || pg_catalog.upper(unit.nama));
        IF b2 IS NOT NULL THEN
            bagian := bagian || @extschema@.format_tabel(ARRAY['NO', 'PROGRAM', 'ANGGARAN', 'KET'], b2, 'rlrl');
        END IF;
        IF janji.tanggal IS NOT NULL THEN
            bagian := bagian || pg_catalog.concat_ws(E'\n',
                '- Pihak Pertama: ' || janji.pihak_pertama_nama || ' (' || janji.pihak_pertama_jabatan || ')'
                    || COALESCE(', NIP. ' || @extschema@.format_nip(janji.pihak_pertama_nip), ''),
                '- Pihak Kedua: ' || janji.pihak_kedua_nama || ' (' || janji.pihak_kedua_jabatan || ')',
                '- ' || janji.tempat || ', '
                    || pg_catalog.to_char(janji.tanggal::timestamp, 'DD') || ' '
                    || (ARRAY['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus',
                              'September', 'Oktober', 'November', 'Desember'])
                       [pg_catalog.to_char(janji.tanggal::timestamp, 'MM')::integer]
                    || ' ' || pg_catalog.to_char(janji.tanggal::timestamp, 'YYYY'));
        END IF;
    END LOOP;

    RETURN pg_catalog.array_to_string(bagian, E'\n\n');
END
$$;
COMMENT ON FUNCTION @extschema@.laporan(text, integer) IS
'The LKj of a unit (its kode in lkj.instansi) for a year as one text a planner can read or paste, plain text and GitHub Markdown alike: a header block (unit, regency, year, head and NIP), then every table of the report in its order with its printed title (Tabel 1 to 15, then the appendix tables of the Perjanjian Kinerja awal and perubahan), each a padded pipe table (lkj.format_tabel), and after Tabel 1, 2 and 8 the counts the text quotes (staff by sex, kind and status, positions filled; assets by condition; indicators reaching 100%, below, not measurable).  Figures in the report''s format: an indicator''s in its unit (lkj.format_target), computed percentages with two decimals (96,00), Rp. 1.234,- in Tabel 5 and the appendix, N/A where the data has no figure, - for a zero count in Tabel 1.  An unknown unit raises 42704; a year without data prints every table with "Tidak ada data." (and says so in the header when the unit has nothing at all for the year).  NULL arguments give NULL.';


-- ======================================================================
-- the checks: lkj.periksa()
-- ======================================================================

-- (section: periksa)

/*
 * The reviu of an LKj before it is signed (PermenPAN-RB 53/2014): every
 * place where the data cannot give one consistent report, or where a figure
 * needs a look.  A check is one view named cek_<kode> in this schema with the
 * columns of lkj.temuan; lkj.periksa() finds the views by that name and
 * unions them, so adding a check is adding one view (and its COMMENT, which
 * says what it catches and why it matters).  A finding is a galat when the
 * data contradicts itself and a printed figure changes with the reading, a
 * peringatan when it needs a planner's look.  The periksa_* views and
 * functions are what the checks share.
 *
 * A check first finds its candidates in the tables, which is cheap, and
 * only then reads the derived views for the figures of its message, one
 * indicator and year at a time (periksa_triwulan_dari and the like).  Over
 * a regency, a test of every row against another table (NOT EXISTS, a join
 * before a GROUP BY) probes an index for each of thousands of rows: a check
 * groups the table first and tests the groups, or hashes the other table.
 * It returns the candidate's instansi and tahun, never those of a
 * periksa_*_dari row, so that a unit's or year's filter reaches the keys of
 * the tables the candidates come from.
 * Views resolve every name when they are created; the SQL functions, which
 * are parsed where they are inlined, name operators as OPERATOR(pg_catalog.x)
 * and periksa() runs on search_path pg_catalog, so that no search_path of
 * the caller's changes a finding.
 */

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

CREATE FUNCTION periksa_dokumen(dokumen text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT CASE
        WHEN dokumen OPERATOR(pg_catalog.=) 'renstra' THEN 'Renstra'
        WHEN dokumen OPERATOR(pg_catalog.=) 'pk_awal' THEN 'PK awal'
        WHEN dokumen OPERATOR(pg_catalog.=) 'pk_perubahan' THEN 'PK perubahan'
        WHEN dokumen OPERATOR(pg_catalog.=) 'standar_nasional' THEN 'standar nasional'
        ELSE dokumen
    END
    $$;
COMMENT ON FUNCTION periksa_dokumen(text) IS 'The name a planner uses for a document of lkj.target.dokumen (pk_awal is PK awal), in a message of lkj.periksa().';

CREATE FUNCTION periksa_urutan_dokumen(dokumen text) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT CASE
        WHEN dokumen OPERATOR(pg_catalog.=) 'renstra' THEN 1
        WHEN dokumen OPERATOR(pg_catalog.=) 'pk_awal' THEN 2
        WHEN dokumen OPERATOR(pg_catalog.=) 'pk_perubahan' THEN 3
        ELSE 4
    END
    $$;
COMMENT ON FUNCTION periksa_urutan_dokumen(text) IS 'The order in which a message of lkj.periksa() lists the documents of lkj.target.dokumen: the Renstra, then the original PK, then the revised one.';

CREATE FUNCTION periksa_nama_triwulan(triwulan integer[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT pg_catalog.string_agg((ARRAY['I', 'II', 'III', 'IV'])[t.tw], ', ' ORDER BY t.n)
      FROM pg_catalog.unnest(triwulan) WITH ORDINALITY AS t (tw, n)
    $$;
COMMENT ON FUNCTION periksa_nama_triwulan(integer[]) IS 'Quarters as the report names them, in a message of lkj.periksa(): {1,2,3} is "I, II, III".';

-- One row, not a scalar: a scalar SQL function that reads FROM is never
-- inlined, and each of its calls would prepare lkj.format_nilai (itself not
-- inlinable) anew.  A set-returning one is inlined where a check reads it,
-- (SELECT d.teks FROM periksa_deret(...) AS d (teks)), and format_nilai is
-- then prepared once per query.
CREATE FUNCTION periksa_deret(nilai numeric[], satuan text, pemisah text) RETURNS SETOF text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 1
    AS $$
    SELECT pg_catalog.string_agg(COALESCE(@extschema@.format_nilai(x.n, satuan), '-'), pemisah ORDER BY x.i)
      FROM pg_catalog.unnest(nilai) WITH ORDINALITY AS x (n, i)
    $$;
COMMENT ON FUNCTION periksa_deret(numeric[], text, text) IS 'One row: figures in order, each as lkj.format_nilai() prints it in its unit (- for none), joined by pemisah: {20.72,20.72} in Persen with " + " is "20,72% + 20,72%".';

CREATE FUNCTION periksa_tanggal(tanggal date) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
    SELECT pg_catalog.format('%s %s %s',
               pg_catalog.date_part('day', tanggal)::integer,
               (ARRAY['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli',
                      'Agustus', 'September', 'Oktober', 'November', 'Desember'])
                   [pg_catalog.date_part('month', tanggal)::integer],
               pg_catalog.date_part('year', tanggal)::integer)
    $$;
COMMENT ON FUNCTION periksa_tanggal(date) IS 'A date the Indonesian way, in a message of lkj.periksa(): 2 September 2024.';

CREATE VIEW periksa_tahun_laporan AS
SELECT pk.instansi, pk.tahun,
       CURRENT_DATE >= pg_catalog.make_date(pk.tahun + 1, 1, 1) AS selesai
  FROM @extschema@.perjanjian_kinerja pk
 GROUP BY pk.instansi, pk.tahun;
COMMENT ON VIEW periksa_tahun_laporan IS 'The years an LKj is written for, for lkj.periksa(): every year a unit signed a Perjanjian Kinerja, and whether it has ended (selesai), after which every realisasi should be in.';

CREATE VIEW periksa_tahun_dokumen_desa AS
SELECT DISTINCT dd.instansi,
       pg_catalog.date_part('year', @extschema@.batas_dokumen_desa(dd.jenis, dd.tahun_anggaran))::integer AS tahun
  FROM @extschema@.dokumen_desa dd;
COMMENT ON VIEW periksa_tahun_dokumen_desa IS 'The years of every kecamatan that lkj.realisasi_dokumen_desa derives quarters for, those of its village documents'' deadlines, read from lkj.dokumen_desa alone: for lkj.periksa(), the years a village-documents indicator has a realisasi in.';

-- The number of a program or kegiatan is read by a subquery, for the
-- indicators that have one only: every check that names an indicator joins
-- this view, and two joins fewer leave its planner less to order.
CREATE VIEW periksa_indikator AS
SELECT i.instansi, i.kode, i.uraian, i.satuan, i.agregasi, i.sumber, i.iku,
       pg_catalog.format('"%s" (%s)', i.uraian,
           CASE WHEN i.tujuan IS NOT NULL THEN 'Tujuan ' || i.tujuan
                WHEN i.sasaran IS NOT NULL THEN 'Sasaran ' || i.sasaran
                WHEN i.program IS NOT NULL THEN
                  'Program ' || (SELECT p.no FROM @extschema@.program p
                                  WHERE p.instansi = i.instansi AND p.tahun = i.tahun AND p.kode = i.program)
                ELSE
                  'Kegiatan ' || (SELECT kp.no || '.' || k.no
                                    FROM @extschema@.kegiatan k
                                    JOIN @extschema@.program kp
                                      ON kp.instansi = k.instansi AND kp.tahun = k.tahun AND kp.kode = k.program
                                   WHERE k.instansi = i.instansi AND k.tahun = i.tahun AND k.kode = i.kegiatan)
           END) AS sebutan,
       r.nama AS renstra_nama,
       COALESCE(r.tahun_awal, i.tahun) AS tahun_awal,
       COALESCE(r.tahun_akhir, i.tahun) AS tahun_akhir,
       CASE WHEN i.renstra IS NOT NULL THEN 'Tabel 8' ELSE '3.1.2.7' END AS tabel_capaian,
       CASE WHEN i.sasaran IS NOT NULL THEN 'Tabel 5' ELSE 'Tabel 6' END AS tabel_target
  FROM @extschema@.indikator i
  LEFT JOIN @extschema@.renstra r ON r.instansi = i.instansi AND r.kode = i.renstra;
COMMENT ON VIEW periksa_indikator IS 'Every indicator as lkj.periksa() names it in a message ("uraian" (Sasaran 2)), with the years it belongs to (its Renstra''s name and period, or its program''s year) and the tables that print its capaian (Tabel 8 for a tujuan or sasaran, section 3.1.2.7 for a program or kegiatan) and its targets (Tabel 5 for a sasaran, else Tabel 6).';

CREATE VIEW periksa_anggaran AS
SELECT p.instansi, p.tahun, p.kode AS program, p.no, p.nama, p.renstra, p.sasaran,
       p.anggaran_awal, p.anggaran_perubahan, p.realisasi,
       COALESCE(k.jumlah, 0) AS jumlah_kegiatan,
       k.awal AS kegiatan_awal, k.perubahan AS kegiatan_perubahan, k.realisasi AS kegiatan_realisasi,
       COALESCE(p.anggaran_awal, k.awal) AS awal,
       COALESCE(p.anggaran_perubahan, k.perubahan) AS perubahan,
       COALESCE(p.anggaran_perubahan, k.perubahan, p.anggaran_awal, k.awal) AS pagu,
       COALESCE(p.realisasi, k.realisasi) AS realisasi_anggaran
  FROM @extschema@.program p
  LEFT JOIN (SELECT kg.instansi, kg.tahun, kg.program, pg_catalog.count(*) AS jumlah,
                    CASE WHEN pg_catalog.count(*) = pg_catalog.count(kg.anggaran_awal)
                         THEN pg_catalog.sum(kg.anggaran_awal) END AS awal,
                    CASE WHEN pg_catalog.count(*) = pg_catalog.count(kg.anggaran_perubahan)
                         THEN pg_catalog.sum(kg.anggaran_perubahan) END AS perubahan,
                    CASE WHEN pg_catalog.count(*) = pg_catalog.count(kg.realisasi)
                         THEN pg_catalog.sum(kg.realisasi) END AS realisasi
               FROM @extschema@.kegiatan kg
              GROUP BY kg.instansi, kg.tahun, kg.program) k
         ON k.instansi = p.instansi AND k.tahun = p.tahun AND k.program = p.kode;
COMMENT ON VIEW periksa_anggaran IS 'Every program''s budget as lkj.periksa() reads it: its own figures, the sums of its kegiatan (NULL unless every kegiatan has the figure), and the figures in force: awal and perubahan (its own, else its kegiatan''s), pagu (the revised budget, else the original) and realisasi_anggaran.';

CREATE VIEW periksa_triwulan AS
SELECT r.instansi, r.indikator, r.tahun, i.agregasi, i.satuan,
       pg_catalog.count(*)::integer AS jumlah,
       pg_catalog.array_agg(r.triwulan::integer ORDER BY r.triwulan) AS triwulan,
       pg_catalog.array_agg(r.nilai_laporan ORDER BY r.triwulan) AS cetak,
       pg_catalog.array_agg(r.pembilang ORDER BY r.triwulan) AS pembilang_triwulan,
       pg_catalog.array_agg(r.penyebut ORDER BY r.triwulan) AS penyebut_triwulan,
       pg_catalog.array_agg(r.triwulan::integer ORDER BY r.triwulan) FILTER (WHERE r.nilai IS NOT NULL) AS triwulan_nilai,
       pg_catalog.array_agg(r.triwulan::integer ORDER BY r.triwulan) FILTER (WHERE r.pembilang IS NOT NULL) AS triwulan_rasio,
       pg_catalog.count(DISTINCT r.penyebut)::integer AS jumlah_penyebut,
       pg_catalog.max(r.penyebut) AS penyebut,
       CASE i.agregasi
         WHEN 'jumlah' THEN @extschema@.pembulatan(pg_catalog.sum(r.nilai))
         WHEN 'rata-rata' THEN pg_catalog.round(pg_catalog.avg(r.nilai), 2)
         WHEN 'terakhir' THEN @extschema@.pembulatan((pg_catalog.array_agg(r.nilai ORDER BY r.triwulan DESC))[1])
         WHEN 'rasio' THEN @extschema@.persentase(pg_catalog.sum(r.pembilang), pg_catalog.max(r.penyebut))
       END AS nilai,
       CASE i.agregasi
         WHEN 'rata-rata' THEN pg_catalog.round(pg_catalog.avg(r.nilai_laporan), 2)
         WHEN 'terakhir' THEN (pg_catalog.array_agg(r.nilai_laporan ORDER BY r.triwulan DESC))[1]
         ELSE pg_catalog.sum(r.nilai_laporan)
       END AS nilai_cetak
  FROM @extschema@.realisasi_triwulan r
  JOIN @extschema@.indikator i ON i.instansi = r.instansi AND i.kode = r.indikator
 WHERE r.triwulan IS NOT NULL
 GROUP BY r.instansi, r.indikator, r.tahun, i.agregasi, i.satuan;
COMMENT ON VIEW periksa_triwulan IS 'The quarters of every indicator and year, without its whole-year row, for lkj.periksa(): which quarters there are (in order), their figures as printed (cetak), their numerators and denominators, which are values and which count pairs, the year they give under the indicator''s rule (nilai, as lkj.realisasi_tahun computes it) and the year the printed quarters give (nilai_cetak: the rounded quarters combined).';

/*
 * The derived views for one indicator and year.  OFFSET 0 keeps the query
 * from being pulled up into the caller once the function is inlined, so that
 * the caller's keys reach the view's tables as index conditions instead of
 * the whole view being computed for every unit (a LATERAL call per
 * candidate costs far less than the view over a whole regency).
 */

CREATE FUNCTION periksa_triwulan_dari(instansi text, indikator text, tahun integer)
    RETURNS SETOF periksa_triwulan
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT * FROM @extschema@.periksa_triwulan q
     WHERE q.instansi OPERATOR(pg_catalog.=) $1 AND q.indikator OPERATOR(pg_catalog.=) $2
       AND q.tahun OPERATOR(pg_catalog.=) $3
    OFFSET 0
    $$;
COMMENT ON FUNCTION periksa_triwulan_dari(text, text, integer) IS 'The row of lkj.periksa_triwulan of one indicator and year, read through its index keys: what a check calls for its few candidates.';

CREATE FUNCTION periksa_target_berlaku(instansi text, indikator text, tahun integer)
    RETURNS SETOF target_berlaku
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT * FROM @extschema@.target_berlaku tb
     WHERE tb.instansi OPERATOR(pg_catalog.=) $1 AND tb.indikator OPERATOR(pg_catalog.=) $2
       AND tb.tahun OPERATOR(pg_catalog.=) $3
    OFFSET 0
    $$;
COMMENT ON FUNCTION periksa_target_berlaku(text, text, integer) IS 'The row of lkj.target_berlaku (the target the capaian is measured against) of one indicator and year, read through its index keys: what a check calls for its few candidates.';

CREATE FUNCTION periksa_realisasi_tahun(instansi text, indikator text, tahun integer)
    RETURNS SETOF realisasi_tahun
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT * FROM @extschema@.realisasi_tahun rt
     WHERE rt.instansi OPERATOR(pg_catalog.=) $1 AND rt.indikator OPERATOR(pg_catalog.=) $2
       AND rt.tahun OPERATOR(pg_catalog.=) $3
    OFFSET 0
    $$;
COMMENT ON FUNCTION periksa_realisasi_tahun(text, text, integer) IS 'The row of lkj.realisasi_tahun (the year''s realisasi) of one indicator and year, read through its index keys: what a check calls for its few candidates.';

-- The budget: Tabel 5, 6, 14 and 15 and the PK's appendix.

CREATE VIEW cek_anggaran_kegiatan AS
SELECT a.instansi, a.tahun, f.tabel, 'anggaran_kegiatan'::text AS kode, 'galat'::text AS tingkat,
       'program ' || a.program AS objek,
       pg_catalog.format('%s Program %s (%s) %s, tetapi jumlah %s %s kegiatannya %s (selisih %s): program dan rincian kegiatannya tidak dapat dicetak dengan jumlah yang sama.',
                         f.judul, a.no, a.nama, @extschema@.format_rupiah(f.program), f.label,
                         a.jumlah_kegiatan, @extschema@.format_rupiah(f.kegiatan),
                         @extschema@.format_rupiah(pg_catalog.abs(f.program - f.kegiatan))) AS pesan
  FROM @extschema@.periksa_anggaran a
 CROSS JOIN LATERAL (VALUES ('Tabel 6', 'Anggaran awal', 'anggaran awal', a.anggaran_awal, a.kegiatan_awal),
                            ('Tabel 6', 'Anggaran perubahan', 'anggaran perubahan', a.anggaran_perubahan, a.kegiatan_perubahan),
                            ('Tabel 15', 'Realisasi anggaran', 'realisasi', a.realisasi, a.kegiatan_realisasi))
       AS f (tabel, judul, label, program, kegiatan)
 WHERE f.program <> f.kegiatan;
COMMENT ON VIEW cek_anggaran_kegiatan IS 'galat: a program''s own budget (awal, perubahan) or spending that is not the sum of its kegiatan.  Tabel 6 prints the program above its kegiatan, and the sasaran and tujuan rows and Tabel 14 and 15 add up programs: a program that disagrees with its own kegiatan makes every one of those totals depend on which figure is believed (erratum 2: Program 1''s kegiatan add up to 1.607.221.457, the program says 1.696.436.296).';

CREATE VIEW cek_anggaran_pk AS
SELECT a.instansi, a.tahun, 'Tabel 5'::text AS tabel, 'anggaran_pk'::text AS kode, 'galat'::text AS tingkat,
       pg_catalog.format('program %s, perjanjian_kinerja %s', a.program, pk.jenis) AS objek,
       CASE
         WHEN ap.anggaran IS NULL THEN
           pg_catalog.format('Program %s (%s) dengan %s %s tidak tercantum dalam lampiran Perjanjian Kinerja %s %s: jumlah anggaran PK tidak sama dengan jumlah anggaran program.',
                             a.no, a.nama, d.label, @extschema@.format_rupiah(d.anggaran), pk.jenis, pk.tahun)
         WHEN d.anggaran IS NULL THEN
           pg_catalog.format('Lampiran Perjanjian Kinerja %s %s mencantumkan %s untuk Program %s (%s), tetapi data anggaran tidak memuat %s program itu.',
                             pk.jenis, pk.tahun, @extschema@.format_rupiah(ap.anggaran), a.no, a.nama, d.label)
         ELSE
           pg_catalog.format('Lampiran Perjanjian Kinerja %s %s mencantumkan %s untuk Program %s (%s), tetapi %s program itu %s (selisih %s).',
                             pk.jenis, pk.tahun, @extschema@.format_rupiah(ap.anggaran), a.no, a.nama, d.label,
                             @extschema@.format_rupiah(d.anggaran), @extschema@.format_rupiah(pg_catalog.abs(ap.anggaran - d.anggaran)))
       END AS pesan
  FROM @extschema@.perjanjian_kinerja pk
  JOIN @extschema@.periksa_anggaran a ON a.instansi = pk.instansi AND a.tahun = pk.tahun
 CROSS JOIN LATERAL (SELECT CASE pk.jenis WHEN 'awal' THEN a.awal ELSE a.pagu END AS anggaran,
                            CASE pk.jenis WHEN 'awal' THEN 'anggaran awal' ELSE 'anggaran perubahan' END AS label) d
  LEFT JOIN @extschema@.anggaran_pk ap
         ON ap.instansi = pk.instansi AND ap.tahun = pk.tahun AND ap.pk = pk.jenis AND ap.program = a.program
 WHERE ap.anggaran IS DISTINCT FROM d.anggaran
   AND NOT (ap.anggaran IS NULL AND COALESCE(d.anggaran, 0) = 0);
COMMENT ON VIEW cek_anggaran_pk IS 'galat: a program budget in the appendix of a signed Perjanjian Kinerja (lkj.anggaran_pk) that is not the budget data''s (awal for the original PK, the revised budget for the revised one), or a program with a budget that the PK leaves out.  Tabel 5 prints the PK''s figures and Tabel 6 and 15 the budget data''s: they must be the same money, and the PK''s total must be the budget''s total.';

CREATE VIEW cek_anggaran_melebihi AS
SELECT a.instansi, a.tahun, 'Tabel 15'::text AS tabel, 'anggaran_melebihi'::text AS kode, 'galat'::text AS tingkat,
       'program ' || a.program AS objek,
       pg_catalog.format('Realisasi Program %s (%s) %s melebihi anggarannya %s (penyerapan %s): belanja tidak boleh melampaui pagu.',
                         a.no, a.nama, @extschema@.format_rupiah(a.realisasi_anggaran), @extschema@.format_rupiah(a.pagu),
                         COALESCE(@extschema@.format_persen(@extschema@.penyerapan(a.pagu, a.realisasi_anggaran)), 'tidak dapat dihitung')) AS pesan
  FROM @extschema@.periksa_anggaran a
 WHERE a.realisasi_anggaran > a.pagu
UNION ALL
SELECT k.instansi, k.tahun, 'Tabel 15', 'anggaran_melebihi', 'galat',
       'kegiatan ' || k.kode,
       pg_catalog.format('Realisasi kegiatan "%s" (Program %s) %s melebihi anggarannya %s (penyerapan %s): belanja tidak boleh melampaui pagu.',
                         k.nama, p.no, @extschema@.format_rupiah(k.realisasi), @extschema@.format_rupiah(COALESCE(k.anggaran_perubahan, k.anggaran_awal)),
                         COALESCE(@extschema@.format_persen(@extschema@.penyerapan(COALESCE(k.anggaran_perubahan, k.anggaran_awal), k.realisasi)), 'tidak dapat dihitung'))
  FROM @extschema@.kegiatan k
  JOIN @extschema@.program p ON p.instansi = k.instansi AND p.tahun = k.tahun AND p.kode = k.program
 WHERE k.realisasi > COALESCE(k.anggaran_perubahan, k.anggaran_awal);
COMMENT ON VIEW cek_anggaran_melebihi IS 'galat: a program or kegiatan that spent more than its budget (the revised one where there is one).  Spending above the pagu is not allowed in an APBD, so the spending or the budget is wrong, and Tabel 14 and 15 would print an absorption above 100%.';

CREATE VIEW cek_perubahan_tanpa_pk AS
SELECT a.instansi, a.tahun, 'Tabel 5'::text AS tabel, 'perubahan_tanpa_pk'::text AS kode, 'peringatan'::text AS tingkat,
       pg_catalog.string_agg('program ' || a.program, ', ' ORDER BY a.no) AS objek,
       pg_catalog.format('Anggaran %s program tahun %s diubah (%s), tetapi tidak ada Perjanjian Kinerja perubahan: kolom anggaran dan target perubahan Tabel 5 tidak berdasar pada perjanjian yang ditandatangani.',
                         pg_catalog.count(*), a.tahun,
                         pg_catalog.string_agg(pg_catalog.format('Program %s: %s menjadi %s', a.no,
                                                                 COALESCE(@extschema@.format_rupiah(a.awal), '-'),
                                                                 @extschema@.format_rupiah(a.perubahan)),
                                               '; ' ORDER BY a.no)) AS pesan
  FROM @extschema@.periksa_anggaran a
 WHERE a.perubahan IS DISTINCT FROM a.awal AND a.perubahan IS NOT NULL
   AND NOT EXISTS (SELECT FROM @extschema@.perjanjian_kinerja pk
                    WHERE pk.instansi = a.instansi AND pk.tahun = a.tahun AND pk.jenis = 'perubahan')
 GROUP BY a.instansi, a.tahun;
COMMENT ON VIEW cek_perubahan_tanpa_pk IS 'peringatan: a year whose budget was revised (a program''s perubahan differs from its awal) without a revised Perjanjian Kinerja.  PermenPAN-RB 53/2014 asks for a revised PK after a budget revision; without one, Tabel 5''s revised column and the targets the capaian is measured against have no signed basis.';

CREATE VIEW cek_anggaran_kosong AS
SELECT a.instansi, a.tahun, 'Tabel 6'::text AS tabel, 'anggaran_kosong'::text AS kode, 'peringatan'::text AS tingkat,
       'program ' || a.program AS objek,
       pg_catalog.format('Program %s (%s) tidak mempunyai anggaran awal, dan %s: Tabel 5 dan 6 tidak dapat mencetak anggarannya.',
                         a.no, a.nama,
                         CASE WHEN a.jumlah_kegiatan = 0 THEN 'tidak ada kegiatan yang anggarannya dapat dijumlahkan'
                              ELSE 'anggaran awal kegiatannya tidak lengkap' END) AS pesan
  FROM @extschema@.periksa_anggaran a
 WHERE a.awal IS NULL
UNION ALL
SELECT a.instansi, a.tahun, 'Tabel 15', 'anggaran_kosong', 'peringatan',
       'program ' || a.program,
       pg_catalog.format('Program %s (%s) tidak mempunyai realisasi anggaran tahun %s, padahal tahun itu sudah berakhir: Tabel 15 tidak dapat menghitung penyerapannya.',
                         a.no, a.nama, a.tahun)
  FROM @extschema@.periksa_anggaran a
  JOIN @extschema@.periksa_tahun_laporan y ON y.instansi = a.instansi AND y.tahun = a.tahun
 WHERE y.selesai AND a.realisasi_anggaran IS NULL
UNION ALL
SELECT k.instansi, k.tahun, 'Tabel 6', 'anggaran_kosong', 'peringatan',
       'kegiatan ' || k.kode,
       pg_catalog.format('Kegiatan "%s" (Program %s) tidak mempunyai %s: Tabel 6 tidak dapat mencetaknya.',
                         k.nama, a.no,
                         CASE WHEN k.anggaran_awal IS NULL THEN 'anggaran awal'
                              ELSE 'anggaran perubahan, padahal anggaran programnya diubah' END)
  FROM @extschema@.kegiatan k
  JOIN @extschema@.periksa_anggaran a ON a.instansi = k.instansi AND a.tahun = k.tahun AND a.program = k.program
 WHERE k.anggaran_awal IS NULL
    OR (k.anggaran_perubahan IS NULL AND a.anggaran_perubahan IS NOT NULL);
COMMENT ON VIEW cek_anggaran_kosong IS 'peringatan: a budget figure the report prints but the data does not give: a program without an original budget (neither its own nor complete kegiatan), a kegiatan without its original budget or, when its program''s budget was revised, without its revised one, and a program without spending in a year that has ended.  Tabel 5, 6 and 15 would print a gap, and the totals above it would be short.';

CREATE VIEW cek_renstra_tahun AS
SELECT p.instansi, p.tahun, 'Tabel 6'::text AS tabel, 'renstra_tahun'::text AS kode, 'galat'::text AS tingkat,
       'program ' || p.kode AS objek,
       pg_catalog.format('Program %s (%s) tahun %s berada di bawah sasaran %s %s (%s-%s), padahal tahun %s di luar periode itu: Tabel 6 dan 14 menghitungnya pada sasaran yang tidak berlaku.',
                         p.no, p.nama, p.tahun, p.sasaran, r.nama, r.tahun_awal, r.tahun_akhir, p.tahun) AS pesan
  FROM @extschema@.program p
  JOIN @extschema@.renstra r ON r.instansi = p.instansi AND r.kode = p.renstra
 WHERE p.tahun NOT BETWEEN r.tahun_awal AND r.tahun_akhir
UNION ALL
SELECT k.instansi, k.tahun, k.tabel, 'renstra_tahun', 'galat',
       'indikator ' || k.indikator,
       pg_catalog.format('Indikator %s dari %s (%s-%s) mempunyai %s tahun %s, di luar periode Renstra-nya.',
                         i.sebutan, i.renstra_nama, i.tahun_awal, i.tahun_akhir, k.data, k.tahun)
  FROM (SELECT t.instansi, t.indikator, t.tahun, 'Tabel 4' AS tabel,
               'target (' || pg_catalog.string_agg(@extschema@.periksa_dokumen(t.dokumen), ', ' ORDER BY @extschema@.periksa_urutan_dokumen(t.dokumen)) || ')' AS data
          FROM @extschema@.target t
         WHERE EXISTS (SELECT FROM @extschema@.indikator ik
                          JOIN @extschema@.renstra r ON r.instansi = ik.instansi AND r.kode = ik.renstra
                        WHERE ik.instansi = t.instansi AND ik.kode = t.indikator
                          AND t.tahun NOT BETWEEN r.tahun_awal AND r.tahun_akhir)
         GROUP BY t.instansi, t.indikator, t.tahun
        UNION ALL
        SELECT rl.instansi, rl.indikator, rl.tahun, 'Tabel 8', 'realisasi'
          FROM @extschema@.realisasi rl
         WHERE EXISTS (SELECT FROM @extschema@.indikator ik
                          JOIN @extschema@.renstra r ON r.instansi = ik.instansi AND r.kode = ik.renstra
                        WHERE ik.instansi = rl.instansi AND ik.kode = rl.indikator
                          AND rl.tahun NOT BETWEEN r.tahun_awal AND r.tahun_akhir)
         GROUP BY rl.instansi, rl.indikator, rl.tahun) k
  JOIN @extschema@.periksa_indikator i ON i.instansi = k.instansi AND i.kode = k.indikator;
COMMENT ON VIEW cek_renstra_tahun IS 'galat: a year''s data hung on a Renstra that does not cover that year: a program under a sasaran of another period, a target or a stored realisasi of a tujuan or sasaran indicator outside its Renstra''s years.  The report of that year would count the program under a sasaran that is not in force (Tabel 6, 14) or measure an indicator of another period (Tabel 4, 8).';

CREATE VIEW cek_renstra_tumpang_tindih AS
SELECT a.instansi, y.tahun, 'Tabel 4'::text AS tabel, 'renstra_tumpang_tindih'::text AS kode, 'galat'::text AS tingkat,
       pg_catalog.format('renstra %s, renstra %s', a.kode, b.kode) AS objek,
       pg_catalog.format('Tahun %s tercakup oleh dua periode perencanaan, %s (%s-%s) dan %s (%s-%s): tidak jelas sasaran dan target mana yang berlaku tahun itu.',
                         y.tahun, a.nama, a.tahun_awal, a.tahun_akhir, b.nama, b.tahun_awal, b.tahun_akhir) AS pesan
  FROM @extschema@.renstra a
  JOIN @extschema@.renstra b ON b.instansi = a.instansi AND b.kode > a.kode
                             AND b.tahun_awal <= a.tahun_akhir AND a.tahun_awal <= b.tahun_akhir
 CROSS JOIN LATERAL pg_catalog.generate_series(GREATEST(a.tahun_awal, b.tahun_awal),
                                               LEAST(a.tahun_akhir, b.tahun_akhir)) AS y (tahun);
COMMENT ON VIEW cek_renstra_tumpang_tindih IS 'galat: two planning periods (Renstra, P-Renstra) of a unit that cover the same year, one finding per year.  A year has one Renstra in force; with two, the report''s tujuan, sasaran and targets of that year (Tabel 3, 4, 11, 12) could come from either.';

CREATE VIEW cek_sasaran_tanpa_program AS
SELECT s.instansi, y.tahun, 'Tabel 14'::text AS tabel, 'sasaran_tanpa_program'::text AS kode, 'peringatan'::text AS tingkat,
       pg_catalog.format('renstra %s sasaran %s', s.renstra, s.no) AS objek,
       pg_catalog.format('Sasaran %s "%s" (%s) tidak didukung program apa pun tahun %s: Tabel 14 tidak dapat menghitung penyerapan anggaran dan tingkat efisiensinya.',
                         s.no, s.uraian, r.nama, y.tahun) AS pesan
  FROM @extschema@.periksa_tahun_laporan y
  JOIN @extschema@.renstra r ON r.instansi = y.instansi AND y.tahun BETWEEN r.tahun_awal AND r.tahun_akhir
  JOIN @extschema@.sasaran s ON s.instansi = r.instansi AND s.renstra = r.kode
 WHERE NOT EXISTS (SELECT FROM @extschema@.program p
                    WHERE p.instansi = s.instansi AND p.tahun = y.tahun
                      AND p.renstra = s.renstra AND p.sasaran = s.no);
COMMENT ON VIEW cek_sasaran_tanpa_program IS 'peringatan: a sasaran of the Renstra in force that no program of a report''s year serves.  Tabel 6 and 14 add up a sasaran''s budget from its programs: without one, its absorption and efficiency (Tabel 14) cannot be computed.';

-- Realisasi and its quarters: Tabel 8.

CREATE VIEW cek_realisasi_tahunan AS
SELECT k.instansi, k.tahun, 'Tabel 8'::text AS tabel, 'realisasi_tahunan'::text AS kode, 'galat'::text AS tingkat,
       'indikator ' || k.indikator AS objek,
       pg_catalog.format('Realisasi tahunan indikator %s tahun %s tercatat %s, tetapi triwulan I-IV (%s) memberi %s menurut aturan %s; capaian dihitung dari %s.',
                         i.sebutan, k.tahun, COALESCE(@extschema@.format_nilai(rt.nilai, q.satuan), '-'),
                         (SELECT d.teks FROM @extschema@.periksa_deret(q.cetak, q.satuan, '; ') AS d (teks)),
                         COALESCE(@extschema@.format_nilai(q.nilai, q.satuan), '-'), q.agregasi,
                         COALESCE(@extschema@.format_nilai(rt.nilai, q.satuan), '-')) AS pesan
  FROM (SELECT r.instansi, r.indikator, r.tahun
          FROM @extschema@.realisasi r
         GROUP BY r.instansi, r.indikator, r.tahun
        HAVING pg_catalog.count(*) FILTER (WHERE r.triwulan IS NULL) = 1
           AND pg_catalog.count(r.triwulan) = 4) k
  JOIN @extschema@.periksa_indikator i ON i.instansi = k.instansi AND i.kode = k.indikator
 CROSS JOIN LATERAL @extschema@.periksa_triwulan_dari(k.instansi, k.indikator, k.tahun) q
 CROSS JOIN LATERAL @extschema@.periksa_realisasi_tahun(k.instansi, k.indikator, k.tahun) rt
 WHERE i.sumber = 'realisasi' AND q.nilai IS DISTINCT FROM rt.nilai;
COMMENT ON VIEW cek_realisasi_tahunan IS 'galat: an indicator with a whole-year realisasi and all four quarters, where the quarters combined under its rule (agregasi) do not give the whole-year figure, compared as printed (two decimals).  Tabel 8 prints both the quarters and the year, and the capaian follows the whole-year row: a reader who adds up the quarters gets another capaian.';

CREATE VIEW cek_realisasi_bentuk AS
SELECT k.instansi, k.tahun, 'Tabel 8'::text AS tabel, 'realisasi_bentuk'::text AS kode, 'galat'::text AS tingkat,
       'indikator ' || k.indikator AS objek,
       CASE WHEN q.agregasi = 'rasio' THEN
         pg_catalog.format('Indikator %s dihitung sebagai rasio (jumlah pembilang dibagi penyebut), tetapi realisasi triwulan %s tahun %s diisi sebagai nilai, bukan pembilang dan penyebut: realisasi tahunannya tidak dapat dihitung.',
                           i.sebutan, @extschema@.periksa_nama_triwulan(q.triwulan_nilai), k.tahun)
       ELSE
         pg_catalog.format('Indikator %s dihitung dengan aturan %s, tetapi realisasi triwulan %s tahun %s diisi sebagai pembilang dan penyebut: triwulan itu tidak ikut dalam realisasi tahunan %s.',
                           i.sebutan, q.agregasi, @extschema@.periksa_nama_triwulan(q.triwulan_rasio), k.tahun,
                           COALESCE(@extschema@.format_nilai(q.nilai, q.satuan), '-'))
       END AS pesan
  FROM (SELECT r.instansi, r.indikator, r.tahun
          FROM @extschema@.realisasi r
          JOIN @extschema@.indikator ik ON ik.instansi = r.instansi AND ik.kode = r.indikator
         WHERE r.triwulan IS NOT NULL AND ik.sumber = 'realisasi'
           AND (ik.agregasi = 'rasio') = (r.pembilang IS NULL)
         GROUP BY r.instansi, r.indikator, r.tahun) k
 CROSS JOIN LATERAL @extschema@.periksa_triwulan_dari(k.instansi, k.indikator, k.tahun) q
  JOIN @extschema@.periksa_indikator i ON i.instansi = k.instansi AND i.kode = k.indikator;
COMMENT ON VIEW cek_realisasi_bentuk IS 'galat: quarters stored in a form the indicator''s rule cannot combine: values (nilai) for a rasio indicator, whose year is the sum of numerators over the denominator, or count pairs (pembilang/penyebut) for a jumlah, rata-rata or terakhir indicator, whose year is computed from values.  The year''s realisasi in Tabel 8 and every capaian after it would leave those quarters out.';

CREATE VIEW cek_triwulan_penyebut AS
SELECT k.instansi, k.tahun, 'Tabel 8'::text AS tabel, 'triwulan_penyebut'::text AS kode, 'galat'::text AS tingkat,
       'indikator ' || k.indikator AS objek,
       pg_catalog.format('Triwulan %s indikator rasio %s tahun %s memakai penyebut yang berbeda (pembilang %s; penyebut %s): realisasi tahunan dihitung dengan penyebut %s menjadi %s, yang tidak sesuai dengan triwulannya.',
                         @extschema@.periksa_nama_triwulan(q.triwulan), i.sebutan, k.tahun,
                         (SELECT d.teks FROM @extschema@.periksa_deret(q.pembilang_triwulan, NULL, ', ') AS d (teks)),
                         (SELECT d.teks FROM @extschema@.periksa_deret(q.penyebut_triwulan, NULL, ', ') AS d (teks)),
                         @extschema@.format_angka(q.penyebut), COALESCE(@extschema@.format_nilai(q.nilai, q.satuan), '-')) AS pesan
  FROM (SELECT r.instansi, r.indikator, r.tahun
          FROM @extschema@.realisasi r
          JOIN @extschema@.indikator ik ON ik.instansi = r.instansi AND ik.kode = r.indikator
         WHERE r.triwulan IS NOT NULL AND ik.sumber = 'realisasi' AND ik.agregasi = 'rasio'
         GROUP BY r.instansi, r.indikator, r.tahun
        HAVING pg_catalog.count(DISTINCT r.penyebut) > 1) k
 CROSS JOIN LATERAL @extschema@.periksa_triwulan_dari(k.instansi, k.indikator, k.tahun) q
  JOIN @extschema@.periksa_indikator i ON i.instansi = k.instansi AND i.kode = k.indikator;
COMMENT ON VIEW cek_triwulan_penyebut IS 'galat: the quarters of a rasio indicator with different denominators (e.g. villages counted 33 in one quarter and 30 in another).  The year is the sum of the numerators over one denominator (Tabel 8''s formula for the village-documents IKU): with several, there is no single year''s figure.';

CREATE VIEW cek_triwulan_pembulatan AS
SELECT k.instansi, k.tahun, 'Tabel 8'::text AS tabel, 'triwulan_pembulatan'::text AS kode, 'peringatan'::text AS tingkat,
       'indikator ' || k.indikator AS objek,
       pg_catalog.format('Realisasi triwulan indikator %s tahun %s dicetak %s = %s, tetapi realisasi tahunannya %s (dihitung dari nilai triwulan sebelum dibulatkan): beri catatan pada Tabel 8 atau cetak triwulan dengan lebih banyak desimal.',
                         i.sebutan, k.tahun,
                         CASE WHEN q.agregasi = 'rata-rata'
                              THEN '(' || (SELECT d.teks FROM @extschema@.periksa_deret(q.cetak, q.satuan, ' + ') AS d (teks)) || ') / ' || q.jumlah
                              ELSE (SELECT d.teks FROM @extschema@.periksa_deret(q.cetak, q.satuan, ' + ') AS d (teks)) END,
                         COALESCE(@extschema@.format_nilai(q.nilai_cetak, q.satuan), '-'),
                         COALESCE(@extschema@.format_nilai(q.nilai, q.satuan), '-')) AS pesan
  FROM (SELECT r.instansi, r.indikator, r.tahun, 'realisasi' AS sumber
          FROM @extschema@.realisasi r
         GROUP BY r.instansi, r.indikator, r.tahun
        HAVING pg_catalog.bool_and(r.triwulan IS NOT NULL)
           AND pg_catalog.bool_or(pg_catalog.scale(r.nilai) > 2 OR r.pembilang IS NOT NULL)
        UNION ALL
        SELECT ik.instansi, ik.kode, d.tahun, 'dokumen_desa'
          FROM @extschema@.indikator ik
          JOIN @extschema@.periksa_tahun_dokumen_desa d ON d.instansi = ik.instansi
         WHERE ik.sumber = 'dokumen_desa') k
  JOIN @extschema@.periksa_indikator i ON i.instansi = k.instansi AND i.kode = k.indikator AND i.sumber = k.sumber
 CROSS JOIN LATERAL @extschema@.periksa_triwulan_dari(k.instansi, k.indikator, k.tahun) q
 WHERE q.agregasi IN ('jumlah', 'rata-rata', 'rasio')
   AND CASE WHEN q.agregasi = 'rasio' THEN q.triwulan_nilai IS NULL AND q.jumlah_penyebut = 1
            ELSE q.triwulan_rasio IS NULL END
   AND q.nilai_cetak <> q.nilai;
COMMENT ON VIEW cek_triwulan_pembulatan IS 'peringatan: quarters that, rounded to two decimals as Tabel 8 prints them, do not add up (or average) to the year''s realisasi, which is computed from the unrounded quarters (erratum 3: 4 x 20,72 = 82,88 against 82,87; 33,33 + 0 + 30,30 + 33,33 = 96,96 against 96,97).  The figures are right, but a reader adding up the printed row gets another number: the report needs a note or more decimals.  Only quarters with more than two decimals or counted as pembilang/penyebut can differ, so only those are read; quarters that realisasi_bentuk or triwulan_penyebut reject are left to those checks.';

CREATE VIEW cek_triwulan_kurang AS
SELECT k.instansi, k.tahun, 'Tabel 8'::text AS tabel, 'triwulan_kurang'::text AS kode, 'galat'::text AS tingkat,
       'indikator ' || k.indikator AS objek,
       pg_catalog.format('Realisasi indikator %s tahun %s hanya ada untuk triwulan %s (%s), padahal tahun itu sudah berakhir: realisasi tahunan %s hanya dari %s triwulan; lengkapi triwulannya atau hitung indikator ini sebagai tidak dapat diperoleh hasil pengukurannya.',
                         i.sebutan, k.tahun, @extschema@.periksa_nama_triwulan(q.triwulan),
                         (SELECT d.teks FROM @extschema@.periksa_deret(q.cetak, q.satuan, '; ') AS d (teks)),
                         COALESCE(@extschema@.format_nilai(q.nilai, q.satuan), '-'), q.jumlah) AS pesan
  FROM (SELECT r.instansi, r.indikator, r.tahun, pg_catalog.bool_or(r.triwulan = 4) AS ada_iv
          FROM @extschema@.realisasi r
         WHERE CURRENT_DATE >= pg_catalog.make_date(r.tahun + 1, 1, 1)
         GROUP BY r.instansi, r.indikator, r.tahun
        HAVING pg_catalog.count(r.triwulan) BETWEEN 1 AND 3
           AND pg_catalog.bool_and(r.triwulan IS NOT NULL)) k
  JOIN @extschema@.periksa_indikator i ON i.instansi = k.instansi AND i.kode = k.indikator
 CROSS JOIN LATERAL @extschema@.periksa_triwulan_dari(k.instansi, k.indikator, k.tahun) q
 WHERE i.sumber = 'realisasi' AND NOT (i.agregasi = 'terakhir' AND k.ada_iv);
COMMENT ON VIEW cek_triwulan_kurang IS 'galat: an indicator measured per quarter (its realisasi rows, not the village documents, which give every quarter) that lacks a quarter of a year that has ended, and has no whole-year row (for a terakhir indicator, which takes the last quarter, only a missing fourth quarter counts).  Its year''s realisasi (and capaian) would be computed from part of the year, while section 3.1.1 must count it among the indicators "tidak dapat diperoleh hasil pengukurannya".';

-- Targets and measurability: Tabel 4, 5, 6, 8, 9 and section 3.1.1.

CREATE VIEW cek_tanpa_realisasi AS
SELECT k.instansi, k.tahun, i.tabel_capaian AS tabel, 'tanpa_realisasi'::text AS kode, 'peringatan'::text AS tingkat,
       'indikator ' || k.indikator AS objek,
       pg_catalog.format('Indikator %s bertarget %s tahun %s (%s) tetapi tidak mempunyai realisasi: hitung sebagai indikator yang tidak dapat diperoleh hasil pengukurannya, atau lengkapi realisasinya.',
                         i.sebutan, @extschema@.format_target(tb.nilai, tb.batas_bawah, tb.batas_atas, i.satuan),
                         k.tahun, @extschema@.periksa_dokumen(tb.dokumen)) AS pesan
  FROM (SELECT t.instansi, t.indikator, t.tahun
          FROM @extschema@.target t
          JOIN @extschema@.periksa_tahun_laporan y ON y.instansi = t.instansi AND y.tahun = t.tahun
          JOIN @extschema@.indikator ik ON ik.instansi = t.instansi AND ik.kode = t.indikator
         WHERE y.selesai AND t.dokumen <> 'standar_nasional'
           AND CASE ik.sumber
                 WHEN 'realisasi' THEN NOT EXISTS (
                     SELECT FROM @extschema@.realisasi r
                      WHERE r.instansi = t.instansi AND r.indikator = t.indikator AND r.tahun = t.tahun)
                 ELSE NOT EXISTS (
                     SELECT FROM @extschema@.dokumen_desa d
                      WHERE d.instansi = t.instansi AND d.tahun_anggaran BETWEEN t.tahun - 1 AND t.tahun + 1
                        AND @extschema@.batas_dokumen_desa(d.jenis, d.tahun_anggaran)
                            BETWEEN pg_catalog.make_date(t.tahun, 1, 1) AND pg_catalog.make_date(t.tahun, 12, 31))
               END
         GROUP BY t.instansi, t.indikator, t.tahun) k
 CROSS JOIN LATERAL @extschema@.periksa_target_berlaku(k.instansi, k.indikator, k.tahun) tb
  JOIN @extschema@.periksa_indikator i ON i.instansi = k.instansi AND i.kode = k.indikator
 WHERE k.tahun BETWEEN i.tahun_awal AND i.tahun_akhir;
COMMENT ON VIEW cek_tanpa_realisasi IS 'peringatan: an indicator with a target for a report''s year that has ended, and no realisasi at all.  Its capaian cannot be measured: section 3.1.1 must count it among the indicators "tidak dapat diperoleh hasil pengukurannya" instead of leaving it out or printing 0%.';

CREATE VIEW cek_target_nol AS
SELECT k.instansi, k.tahun, i.tabel_capaian AS tabel, 'target_nol'::text AS kode, 'peringatan'::text AS tingkat,
       'indikator ' || k.indikator AS objek,
       pg_catalog.format('Target indikator %s tahun %s (%s) adalah 0 sedangkan realisasinya %s: capaian tidak dapat dihitung; hitung sebagai indikator yang tidak dapat diperoleh hasil pengukurannya.',
                         i.sebutan, k.tahun, @extschema@.periksa_dokumen(tb.dokumen),
                         COALESCE(@extschema@.format_nilai(rt.nilai, i.satuan), '-')) AS pesan
  FROM (SELECT DISTINCT t.instansi, t.indikator, t.tahun
          FROM @extschema@.target t
         WHERE t.nilai = 0 AND t.dokumen <> 'standar_nasional') k
 CROSS JOIN LATERAL @extschema@.periksa_target_berlaku(k.instansi, k.indikator, k.tahun) tb
 CROSS JOIN LATERAL @extschema@.periksa_realisasi_tahun(k.instansi, k.indikator, k.tahun) rt
  JOIN @extschema@.periksa_indikator i ON i.instansi = k.instansi AND i.kode = k.indikator
 WHERE tb.nilai = 0 AND rt.nilai <> 0;
COMMENT ON VIEW cek_target_nol IS 'peringatan: a target of 0 (the one in force) with a realisasi other than 0.  The capaian formula divides by the target, so the indicator cannot be measured and section 3.1.1 must count it as "tidak dapat diperoleh hasil pengukurannya" (a negative indicator whose goal is zero needs a target range or another unit).';

CREATE VIEW cek_tanpa_target AS
SELECT k.instansi, k.tahun, i.tabel_capaian AS tabel, 'tanpa_target'::text AS kode, 'peringatan'::text AS tingkat,
       'indikator ' || k.indikator AS objek,
       pg_catalog.format('Indikator %s mempunyai realisasi %s tahun %s tetapi tidak mempunyai target Renstra atau Perjanjian Kinerja tahun itu: capaiannya tidak dapat dihitung.',
                         i.sebutan, COALESCE(@extschema@.format_nilai(rt.nilai, i.satuan), '-'), k.tahun) AS pesan
  FROM (SELECT a.instansi, a.indikator, a.tahun
          FROM (SELECT a.instansi, a.indikator, a.tahun
                  FROM (SELECT r.instansi, r.indikator, r.tahun, false AS target
                          FROM @extschema@.realisasi r
                        UNION ALL
                        SELECT t.instansi, t.indikator, t.tahun, true
                          FROM @extschema@.target t
                         WHERE t.dokumen <> 'standar_nasional') a
                 GROUP BY a.instansi, a.indikator, a.tahun
                HAVING NOT pg_catalog.bool_or(a.target)) a
          JOIN @extschema@.indikator ik ON ik.instansi = a.instansi AND ik.kode = a.indikator
         WHERE ik.sumber = 'realisasi'
        UNION ALL
        SELECT ik.instansi, ik.kode, d.tahun
          FROM @extschema@.indikator ik
          JOIN @extschema@.periksa_tahun_dokumen_desa d ON d.instansi = ik.instansi
         WHERE ik.sumber = 'dokumen_desa'
           AND NOT EXISTS (SELECT FROM @extschema@.target t
                            WHERE t.instansi = ik.instansi AND t.indikator = ik.kode AND t.tahun = d.tahun
                              AND t.dokumen <> 'standar_nasional')) k
  JOIN @extschema@.periksa_indikator i ON i.instansi = k.instansi AND i.kode = k.indikator
 CROSS JOIN LATERAL @extschema@.periksa_realisasi_tahun(k.instansi, k.indikator, k.tahun) rt
 WHERE k.tahun BETWEEN i.tahun_awal AND i.tahun_akhir;
COMMENT ON VIEW cek_tanpa_target IS 'peringatan: an indicator with a realisasi in one of its own years but no target from the Renstra or a Perjanjian Kinerja for that year (a national standard alone does not count).  Its capaian cannot be computed and Tabel 8 to 12 would print a realisasi without a target.';

-- Targets differ when one of the three figures differs between them or is
-- set in one and not in another: min and max per figure, which hash, where
-- pg_catalog.count(DISTINCT ROW(...)) would sort every group.
CREATE VIEW cek_target_berbeda AS
SELECT d.instansi, d.tahun, i.tabel_target AS tabel, 'target_berbeda'::text AS kode, 'peringatan'::text AS tingkat,
       'indikator ' || d.indikator AS objek,
       pg_catalog.format('Target indikator %s tahun %s berbeda antar dokumen: %s. Capaian dihitung dari target %s (%s).',
                         i.sebutan, d.tahun,
                         (SELECT pg_catalog.string_agg(@extschema@.periksa_dokumen(t.dokumen) || ' ' ||
                                                       @extschema@.format_target(t.nilai, t.batas_bawah, t.batas_atas, i.satuan),
                                                       '; ' ORDER BY @extschema@.periksa_urutan_dokumen(t.dokumen))
                            FROM @extschema@.target t
                           WHERE t.instansi = d.instansi AND t.indikator = d.indikator AND t.tahun = d.tahun
                             AND t.dokumen <> 'standar_nasional'),
                         @extschema@.periksa_dokumen(tb.dokumen),
                         @extschema@.format_target(tb.nilai, tb.batas_bawah, tb.batas_atas, i.satuan)) AS pesan
  FROM (SELECT t.instansi, t.indikator, t.tahun
          FROM @extschema@.target t
         WHERE t.dokumen <> 'standar_nasional'
         GROUP BY t.instansi, t.indikator, t.tahun
        HAVING pg_catalog.min(t.nilai) <> pg_catalog.max(t.nilai)
            OR pg_catalog.min(t.batas_bawah) <> pg_catalog.max(t.batas_bawah)
            OR pg_catalog.min(t.batas_atas) <> pg_catalog.max(t.batas_atas)
            OR pg_catalog.count(t.nilai) NOT IN (0, pg_catalog.count(*))
            OR pg_catalog.count(t.batas_bawah) NOT IN (0, pg_catalog.count(*))
            OR pg_catalog.count(t.batas_atas) NOT IN (0, pg_catalog.count(*))) d
 CROSS JOIN LATERAL @extschema@.periksa_target_berlaku(d.instansi, d.indikator, d.tahun) tb
  JOIN @extschema@.periksa_indikator i ON i.instansi = d.instansi AND i.kode = d.indikator;
COMMENT ON VIEW cek_target_berbeda IS 'peringatan: an indicator whose target for a year differs between the Renstra, the original PK and the revised PK.  Tabel 4 prints the Renstra''s, Tabel 5 and 6 the PK''s, and the capaian of Tabel 8 to 14 follows the revised PK''s, else the original''s, else the Renstra''s: the report must say which one it measures against (erratum 1: 62,2 against 62,02).';

CREATE VIEW cek_target_pk_hilang AS
SELECT k.instansi, k.tahun, 'Tabel 5'::text AS tabel, 'target_pk_hilang'::text AS kode, 'peringatan'::text AS tingkat,
       pg_catalog.format('indikator %s, perjanjian_kinerja %s', k.indikator, k.jenis) AS objek,
       pg_catalog.format('IKU %s tidak tercantum dalam Perjanjian Kinerja %s %s; capaiannya dihitung dari target %s (%s).',
                         i.sebutan, k.jenis, k.tahun, @extschema@.periksa_dokumen(tb.dokumen),
                         @extschema@.format_target(tb.nilai, tb.batas_bawah, tb.batas_atas, i.satuan)) AS pesan
  FROM (SELECT pk.instansi, pk.tahun, pk.jenis, ik.kode AS indikator
          FROM @extschema@.perjanjian_kinerja pk
          JOIN @extschema@.indikator ik ON ik.instansi = pk.instansi AND ik.iku
          JOIN @extschema@.renstra r ON r.instansi = ik.instansi AND r.kode = ik.renstra
         WHERE pk.tahun BETWEEN r.tahun_awal AND r.tahun_akhir
           AND NOT EXISTS (SELECT FROM @extschema@.target t
                            WHERE t.instansi = pk.instansi AND t.indikator = ik.kode AND t.tahun = pk.tahun
                              AND t.pk = pk.jenis)) k
 CROSS JOIN LATERAL @extschema@.periksa_target_berlaku(k.instansi, k.indikator, k.tahun) tb
  JOIN @extschema@.periksa_indikator i ON i.instansi = k.instansi AND i.kode = k.indikator;
COMMENT ON VIEW cek_target_pk_hilang IS 'peringatan: a key indicator (IKU) with a target for a year whose Perjanjian Kinerja (original or revised) does not state one for it.  The PK''s appendix lists every IKU with its target (Tabel 5); without it the capaian falls back to another document''s target.';

-- Two steps: the ended report years whose documents due number fewer than
-- villages x 3, counted in one pass over lkj.dokumen_desa; then, for those
-- years only, which village lacks which document.
CREATE VIEW cek_dokumen_desa_kurang AS
WITH jatuh_tempo (urutan, jenis, geser) AS (
    VALUES (1, 'LPPDes', -1), (2, 'RKPDes', 1), (3, 'APBDes', 1)
)
SELECT y.instansi, y.tahun, 'Tabel 8'::text AS tabel, 'dokumen_desa_kurang'::text AS kode, 'peringatan'::text AS tingkat,
       pg_catalog.string_agg(DISTINCT 'desa ' || d.kode, ', ') AS objek,
       pg_catalog.format('%s dari %s dokumen desa yang jatuh tempo tahun %s belum tercatat (%s) dan dihitung sebagai tidak tepat waktu.',
                         pg_catalog.count(*), pg_catalog.max(y.desa) * 3, y.tahun,
                         pg_catalog.string_agg(pg_catalog.format('%s: %s %s', d.nama, j.jenis, y.tahun + j.geser),
                                               '; ' ORDER BY d.kode, j.urutan)) AS pesan
  FROM (SELECT y.instansi, y.tahun, n.desa
          FROM @extschema@.periksa_tahun_laporan y
         CROSS JOIN LATERAL (SELECT pg_catalog.count(*) AS desa FROM @extschema@.desa x WHERE x.instansi = y.instansi) n
          LEFT JOIN (SELECT dd.instansi, dd.tahun_anggaran - j.geser AS tahun, pg_catalog.count(*) AS ada
                       FROM @extschema@.dokumen_desa dd
                       JOIN jatuh_tempo j ON j.jenis = dd.jenis
                      GROUP BY dd.instansi, dd.tahun_anggaran - j.geser) a
                 ON a.instansi = y.instansi AND a.tahun = y.tahun
         WHERE y.selesai AND COALESCE(a.ada, 0) < n.desa * 3
           AND EXISTS (SELECT FROM @extschema@.indikator i
                          JOIN @extschema@.target t ON t.instansi = i.instansi AND t.indikator = i.kode
                        WHERE i.instansi = y.instansi AND i.sumber = 'dokumen_desa'
                          AND t.tahun = y.tahun AND t.dokumen <> 'standar_nasional')) y
  JOIN @extschema@.desa d ON d.instansi = y.instansi
 CROSS JOIN jatuh_tempo j
 WHERE NOT EXISTS (SELECT FROM @extschema@.dokumen_desa dd
                    WHERE dd.instansi = d.instansi AND dd.desa = d.kode
                      AND dd.jenis = j.jenis AND dd.tahun_anggaran = y.tahun + j.geser)
 GROUP BY y.instansi, y.tahun;
COMMENT ON VIEW cek_dokumen_desa_kurang IS 'peringatan: a village document due in a report''s year that has ended (the previous year''s LPPDes, the next year''s RKPDes and APBDes) with no row in lkj.dokumen_desa, when a village-documents indicator has a target that year.  It counts as late (the denominator is villages x 3), which may be true or a row never entered; a document not yet set belongs in the table with no date.';

-- Staff and assets: Tabel 1, 2 and section 3.1.2.6.

CREATE VIEW cek_jabatan_eselon AS
SELECT pg.instansi, pg.tahun, 'Tabel 1'::text AS tabel, 'jabatan_eselon'::text AS kode, 'galat'::text AS tingkat,
       'jabatan ' || j.kode AS objek,
       CASE WHEN j.eselon IS NULL THEN
         pg_catalog.format('Jabatan struktural "%s" tidak mempunyai eselon: %s pemegangnya tahun %s tidak terhitung pada kolom eselon Tabel 1 (jumlah eselon %s, jumlah pejabat struktural %s).',
                           j.nama, pg_catalog.count(*), pg.tahun, s.eselon, s.struktural)
       ELSE
         pg_catalog.format('Jabatan "%s" tercatat eselon I, padahal perangkat daerah kabupaten/kota paling tinggi eselon II: Tabel 1 hanya mempunyai kolom eselon 2, 3 dan 4, sehingga %s pemegangnya tahun %s tidak terhitung (jumlah eselon %s, jumlah pejabat struktural %s).',
                           j.nama, pg_catalog.count(*), pg.tahun, s.eselon, s.struktural)
       END AS pesan
  FROM @extschema@.pegawai pg
  JOIN @extschema@.jabatan j ON j.instansi = pg.instansi AND j.kode = pg.jabatan
 CROSS JOIN LATERAL (SELECT pg_catalog.count(*) AS struktural,
                            pg_catalog.count(*) FILTER (WHERE xj.eselon BETWEEN 2 AND 4) AS eselon
                       FROM @extschema@.pegawai x
                       JOIN @extschema@.jabatan xj ON xj.instansi = x.instansi AND xj.kode = x.jabatan
                      WHERE x.instansi = pg.instansi AND x.tahun = pg.tahun AND xj.jenis = 'struktural') s
 WHERE j.jenis = 'struktural' AND (j.eselon IS NULL OR j.eselon = 1)
 GROUP BY pg.instansi, pg.tahun, j.kode, j.nama, j.eselon, s.eselon, s.struktural;
COMMENT ON VIEW cek_jabatan_eselon IS 'galat: a structural position held that year with no eselon, or with eselon I, which no regency unit has.  Tabel 1 counts its officials in the eselon columns 2 to 4: the eselon total then differs from the number of structural officials it prints.';

CREATE VIEW cek_jabatan_ganda AS
SELECT pg.instansi, pg.tahun, 'Tabel 1'::text AS tabel, 'jabatan_ganda'::text AS kode, 'galat'::text AS tingkat,
       'jabatan ' || j.kode AS objek,
       pg_catalog.format('Jabatan struktural "%s" dipangku %s pegawai tahun %s (no %s): satu jabatan struktural hanya untuk satu orang, sehingga Tabel 1 menghitung pejabatnya berlebih.',
                         j.nama, pg_catalog.count(*), pg.tahun,
                         pg_catalog.string_agg(pg.no::text, ', ' ORDER BY pg.no)) AS pesan
  FROM @extschema@.pegawai pg
  JOIN @extschema@.jabatan j ON j.instansi = pg.instansi AND j.kode = pg.jabatan
 WHERE j.jenis = 'struktural'
 GROUP BY pg.instansi, pg.tahun, j.kode, j.nama
HAVING pg_catalog.count(*) > 1;
COMMENT ON VIEW cek_jabatan_ganda IS 'galat: a structural position held by more than one member of staff in a year.  A structural position is one seat: Tabel 1 would count two officials (and two in its eselon column) for it, and the count of structural officials in section 1.1.3 would be off.';

CREATE VIEW cek_pegawai_status AS
SELECT pg.instansi, pg.tahun, 'Tabel 1'::text AS tabel, 'pegawai_status'::text AS kode, 'galat'::text AS tingkat,
       pg_catalog.string_agg('pegawai ' || pg.no, ', ' ORDER BY pg.no) AS objek,
       pg_catalog.format('%s pegawai berstatus %s (no %s) tercatat pada jabatan %s "%s" tahun %s: %s, sehingga Tabel 1 dan jumlah ASN pada bagian 3.1.2.6 saling bertentangan.',
                         pg_catalog.count(*), pg.status, pg_catalog.string_agg(pg.no::text, ', ' ORDER BY pg.no),
                         j.jenis, j.nama, pg.tahun,
                         CASE WHEN pg.status = 'TKB' THEN 'tenaga kontrak bukan ASN dan tidak dapat memangku jabatan ASN'
                              ELSE 'ASN tidak dicatat pada jabatan tenaga kontrak' END) AS pesan
  FROM @extschema@.pegawai pg
  JOIN @extschema@.jabatan j ON j.instansi = pg.instansi AND j.kode = pg.jabatan
 WHERE (pg.status = 'TKB') <> (j.jenis = 'kontrak')
 GROUP BY pg.instansi, pg.tahun, pg.status, j.kode, j.jenis, j.nama;
COMMENT ON VIEW cek_pegawai_status IS 'galat: a contract worker (TKB) in an ASN position (struktural, fungsional, pelaksana), or a civil servant (PNS, PPPK) in the contract position.  Tabel 1 counts positions and statuses in one row: the row would count a non-ASN as an official, and the ASN count behind section 3.1.2.6''s pemenuhan kebutuhan jabatan would not match the positions.';

CREATE VIEW cek_kebutuhan_pegawai AS
SELECT k.instansi, k.tahun, '3.1.2.6'::text AS tabel, 'kebutuhan_pegawai'::text AS kode, 'galat'::text AS tingkat,
       'kebutuhan_pegawai'::text AS objek,
       pg_catalog.format('Kebutuhan jabatan tahun %s hanya %s sedangkan ASN (PNS dan PPPK) %s orang: persentase pemenuhan kebutuhan jabatan menjadi %s, padahal setiap ASN menempati jabatan dalam peta jabatan.',
                         k.tahun, k.jumlah, a.asn,
                         COALESCE(@extschema@.format_persen(@extschema@.persentase(a.asn, k.jumlah)), 'tidak dapat dihitung')) AS pesan
  FROM @extschema@.kebutuhan_pegawai k
 CROSS JOIN LATERAL (SELECT pg_catalog.count(*) AS asn FROM @extschema@.pegawai pg
                      WHERE pg.instansi = k.instansi AND pg.tahun = k.tahun AND pg.status IN ('PNS', 'PPPK')) a
 WHERE a.asn > k.jumlah;
COMMENT ON VIEW cek_kebutuhan_pegawai IS 'galat: fewer positions needed (analisis jabatan) than ASN on the staff.  Every ASN holds a position of the peta jabatan, so section 3.1.2.6''s pemenuhan kebutuhan jabatan (ASN / positions needed, 10 / 19 = 52,63% for Kunir) cannot exceed 100%: one of the two figures is wrong.';

CREATE VIEW cek_sumber_daya_kosong AS
SELECT y.instansi, y.tahun, f.tabel, 'sumber_daya_kosong'::text AS kode, 'peringatan'::text AS tingkat,
       f.objek,
       pg_catalog.format('Tahun %s tidak mempunyai data %s: %s.', y.tahun, f.data, f.akibat) AS pesan
  FROM @extschema@.periksa_tahun_laporan y
 CROSS JOIN LATERAL (VALUES
        ('Tabel 1', 'pegawai', 'pegawai', 'Tabel 1 dan jumlah pegawai pada bagian 1.1.3 dan 3.1.2.6 tidak dapat disusun',
         EXISTS (SELECT FROM @extschema@.pegawai x WHERE x.instansi = y.instansi AND x.tahun = y.tahun)),
        ('Tabel 2', 'sarana', 'sarana dan prasarana', 'Tabel 2 dan persentase kondisi sarana pada bagian 3.1.2.6 tidak dapat disusun',
         EXISTS (SELECT FROM @extschema@.sarana x WHERE x.instansi = y.instansi AND x.tahun = y.tahun)),
        ('3.1.2.6', 'kebutuhan_pegawai', 'kebutuhan jabatan (analisis jabatan)', 'persentase pemenuhan kebutuhan jabatan pada bagian 3.1.2.6 tidak dapat dihitung',
         EXISTS (SELECT FROM @extschema@.kebutuhan_pegawai x WHERE x.instansi = y.instansi AND x.tahun = y.tahun)))
       AS f (tabel, objek, data, akibat, ada)
 WHERE NOT f.ada;
COMMENT ON VIEW cek_sumber_daya_kosong IS 'peringatan: a report''s year without staff (Tabel 1), assets (Tabel 2) or positions needed (section 3.1.2.6).  The report''s resources chapter and the efficiency analysis of section 3.1.2.6 cannot be written from the data.';

-- The names repeated in a unit's year first (a name is folded once a row,
-- and without the ordered lists of the message), then their lines grouped
-- by name and unit.
CREATE VIEW cek_sarana_ganda AS
SELECT s.instansi, s.tahun, 'Tabel 2'::text AS tabel, 'sarana_ganda'::text AS kode, 'peringatan'::text AS tingkat,
       pg_catalog.string_agg('sarana ' || s.no, ', ' ORDER BY s.no) AS objek,
       pg_catalog.format('Sarana "%s" (%s) tercatat %s kali tahun %s (no %s, jumlah %s): jika itu barang yang sama, Tabel 2 dan persentase kondisi sarana pada bagian 3.1.2.6 menghitungnya lebih dari sekali.',
                         pg_catalog.min(s.nama), pg_catalog.min(s.satuan), pg_catalog.count(*), s.tahun,
                         pg_catalog.string_agg(s.no::text, ', ' ORDER BY s.no),
                         pg_catalog.string_agg((s.baik + s.rusak + s.rusak_berat)::text, ' dan ' ORDER BY s.no)) AS pesan
  FROM (SELECT x.instansi, x.tahun, pg_catalog.lower(pg_catalog.btrim(x.nama)) AS nama
          FROM @extschema@.sarana x
         GROUP BY x.instansi, x.tahun, pg_catalog.lower(pg_catalog.btrim(x.nama))
        HAVING pg_catalog.count(*) > 1) g
  JOIN @extschema@.sarana s
    ON s.instansi = g.instansi AND s.tahun = g.tahun AND pg_catalog.lower(pg_catalog.btrim(s.nama)) = g.nama
 GROUP BY s.instansi, s.tahun, g.nama, pg_catalog.lower(pg_catalog.btrim(s.satuan))
HAVING pg_catalog.count(*) > 1;
COMMENT ON VIEW cek_sarana_ganda IS 'peringatan: an asset name (with its unit) listed more than once in a year.  Tabel 2 keeps one line per kind of asset with its quantity in each condition; a repeated line is most often the same assets entered twice, which inflates the item count and the baik / rusak shares of section 3.1.2.6.';

-- The agreements themselves.

CREATE VIEW cek_pk_tanggal AS
SELECT b.instansi, b.tahun, 'Lampiran PK'::text AS tabel, 'pk_tanggal'::text AS kode, 'galat'::text AS tingkat,
       'perjanjian_kinerja awal, perjanjian_kinerja perubahan'::text AS objek,
       pg_catalog.format('Perjanjian Kinerja perubahan %s bertanggal %s, sebelum Perjanjian Kinerja awal yang diubahnya (%s).',
                         b.tahun, @extschema@.periksa_tanggal(b.tanggal), @extschema@.periksa_tanggal(a.tanggal)) AS pesan
  FROM @extschema@.perjanjian_kinerja a
  JOIN @extschema@.perjanjian_kinerja b ON b.instansi = a.instansi AND b.tahun = a.tahun AND b.jenis = 'perubahan'
 WHERE a.jenis = 'awal' AND b.tanggal < a.tanggal;
COMMENT ON VIEW cek_pk_tanggal IS 'galat: a revised Perjanjian Kinerja dated before the original it revises.  The report prints both dates in its appendix, and which targets were in force when depends on them.';

-- The registry and the entry point.

CREATE VIEW daftar_cek AS
SELECT pg_catalog.substr(c.relname::text, 5) AS kode,
       n.nspname::text AS skema,
       c.relname::text AS view,
       pg_catalog.obj_description(c.oid, 'pg_class') AS keterangan,
       k.kolom = b.kolom AS sesuai,
       k.kolom
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 CROSS JOIN LATERAL (SELECT pg_catalog.string_agg(pg_catalog.format('%I %s', a.attname, pg_catalog.format_type(a.atttypid, NULL)),
                                                  ', ' ORDER BY a.attnum) AS kolom
                       FROM pg_catalog.pg_attribute a
                      WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) k
 CROSS JOIN (SELECT pg_catalog.string_agg(pg_catalog.format('%I %s', a.attname, pg_catalog.format_type(a.atttypid, NULL)),
                                          ', ' ORDER BY a.attnum) AS kolom
               FROM pg_catalog.pg_attribute a
              WHERE a.attrelid = '@extschema@.temuan'::pg_catalog.regclass AND a.attnum > 0 AND NOT a.attisdropped) b
 WHERE n.nspname = '@extschema@' AND c.relkind = 'v' AND c.relname::text LIKE 'cek\_%';
COMMENT ON VIEW daftar_cek IS 'The registry of checks that lkj.periksa() runs: every view named cek_<kode> in the extension''s schema, with its code, its COMMENT (its severity, what it catches, why it matters), its columns and whether they are those of lkj.temuan (sesuai), which periksa() requires.  A regency adds a check of its own by creating one more such view.';

CREATE FUNCTION periksa(instansi text DEFAULT NULL, tahun integer DEFAULT NULL)
    RETURNS SETOF temuan
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    cek record;
    saring text;
    bagian @extschema@.temuan[];
    hasil @extschema@.temuan[] := '{}';
BEGIN
    IF periksa.instansi IS NOT NULL
       AND NOT EXISTS (SELECT FROM @extschema@.instansi u WHERE u.kode = periksa.instansi) THEN
        RAISE EXCEPTION 'instansi "%" does not exist', periksa.instansi
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'No unit in lkj.instansi has this kode.',
                  HINT = 'Pass the kode of a unit (SELECT kode FROM lkj.instansi), or NULL for every unit.';
    END IF;

    -- One query per check, not one UNION of all: each stays small enough
    -- to be planned quickly and to run without JIT compilation, which for
    -- a union of every check costs more than running it.  The registry is
    -- read once: a check without the columns of lkj.temuan stops the loop
    -- before it runs.
    saring := CASE WHEN periksa.instansi IS NOT NULL THEN ' AND c.instansi = $1' ELSE '' END
           || CASE WHEN periksa.tahun IS NOT NULL THEN ' AND c.tahun = $2' ELSE '' END;
    FOR cek IN SELECT d.skema, d.view, d.sesuai, d.kolom FROM @extschema@.daftar_cek d ORDER BY d.kode LOOP
        IF NOT cek.sesuai THEN
            RAISE EXCEPTION 'check view "%" does not have the columns of lkj.temuan', cek.view
                USING ERRCODE = 'invalid_object_definition',
                      DETAIL = pg_catalog.format('Its columns are: %s.', cek.kolom),
                      HINT = 'A check view has exactly these columns, in this order: instansi text, tahun integer, tabel text, kode text, tingkat text, objek text, pesan text.';
        END IF;
        EXECUTE pg_catalog.format(
                    'SELECT pg_catalog.array_agg(ROW(c.instansi, c.tahun, c.tabel, c.kode, c.tingkat, c.objek, c.pesan)::%1$I.temuan) FROM %1$I.%2$I c WHERE true%3$s',
                    cek.skema, cek.view, saring)
           INTO bagian
           USING periksa.instansi, periksa.tahun;
        hasil := hasil || bagian;
    END LOOP;
    RETURN QUERY
        SELECT t.* FROM pg_catalog.unnest(hasil) AS t
         ORDER BY t.instansi, t.tahun, t.tingkat, t.kode, t.objek, t.pesan;
END
$$;
COMMENT ON FUNCTION periksa(text, integer) IS 'The reviu before an LKj is signed: every finding of every registered check (lkj.daftar_cek) for one unit (instansi, by kode) or all (NULL), one year or all (NULL), ordered by unit, year, severity (galat first), code and object.  An unknown instansi raises 22023, a check view without the columns of lkj.temuan 42P17; an empty result means no check found anything.';
