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
 */

CREATE FUNCTION pembulatan(nilai numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT CASE WHEN pg_catalog.scale(nilai) > 2 THEN pg_catalog.round(nilai, 2) ELSE nilai END $$;
COMMENT ON FUNCTION pembulatan(numeric) IS 'A figure as the report prints and uses it: at most two decimals, rounded half away from zero; a value with fewer decimals keeps them (62.2 stays 62.2).';

CREATE FUNCTION persentase(pembilang numeric, penyebut numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT CASE WHEN penyebut <> 0 THEN pg_catalog.round(pembilang * 100 / penyebut, 2) END $$;
COMMENT ON FUNCTION persentase(numeric, numeric) IS 'pembilang of penyebut as a percentage rounded half away from zero to two decimals (32 of 33 is 96.97); NULL when penyebut is 0.';

CREATE FUNCTION batas_dokumen_desa(jenis text, tahun_anggaran integer) RETURNS date
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
    SELECT CASE jenis
        WHEN 'RKPDes' THEN pg_catalog.make_date(tahun_anggaran - 1, 9, 30)
        WHEN 'APBDes' THEN pg_catalog.make_date(tahun_anggaran - 1, 12, 31)
        WHEN 'LPPDes' THEN pg_catalog.make_date(tahun_anggaran + 1, 3, 31)
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


-- ======================================================================
-- the report as text: lkj.laporan()
-- ======================================================================

-- (section: laporan)


-- ======================================================================
-- the checks: lkj.periksa()
-- ======================================================================

-- (section: periksa)
