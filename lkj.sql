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
 * indicator and year at a time (periksa_triwulan_dari and the like).
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

CREATE FUNCTION periksa_nilai(nilai numeric, satuan text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT CASE
        WHEN nilai IS NULL THEN '-'
        WHEN satuan IS NULL THEN @extschema@.format_angka(nilai)
        WHEN pg_catalog.lower(satuan) IN ('persen', '%') THEN @extschema@.format_persen(nilai)
        WHEN pg_catalog.lower(satuan) = 'indeks' THEN @extschema@.format_angka(nilai)
        ELSE @extschema@.format_angka(nilai) || ' ' || satuan
    END
    $$;
COMMENT ON FUNCTION periksa_nilai(numeric, text) IS 'An indicator''s figure in a message of lkj.periksa(), as the report prints it in its unit: 72,73% for Persen, 62,2 for Indeks or no unit, 4 Fasilitasi otherwise; - for none.';

CREATE FUNCTION periksa_target(nilai numeric, batas_bawah numeric, batas_atas numeric, satuan text)
    RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT CASE
        WHEN nilai IS NOT NULL OR batas_bawah IS NULL THEN @extschema@.periksa_nilai(nilai, satuan)
        ELSE @extschema@.periksa_nilai(batas_bawah, satuan) || ' – ' || @extschema@.periksa_nilai(batas_atas, satuan)
    END
    $$;
COMMENT ON FUNCTION periksa_target(numeric, numeric, numeric, text) IS 'A target of lkj.target in a message of lkj.periksa(): its value, or its range as "60% – 70%".';

CREATE FUNCTION periksa_dokumen(dokumen text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT CASE dokumen
        WHEN 'renstra' THEN 'Renstra'
        WHEN 'pk_awal' THEN 'PK awal'
        WHEN 'pk_perubahan' THEN 'PK perubahan'
        WHEN 'standar_nasional' THEN 'standar nasional'
        ELSE dokumen
    END
    $$;
COMMENT ON FUNCTION periksa_dokumen(text) IS 'The name a planner uses for a document of lkj.target.dokumen (pk_awal is PK awal), in a message of lkj.periksa().';

CREATE FUNCTION periksa_urutan_dokumen(dokumen text) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT CASE dokumen WHEN 'renstra' THEN 1 WHEN 'pk_awal' THEN 2 WHEN 'pk_perubahan' THEN 3 ELSE 4 END
    $$;
COMMENT ON FUNCTION periksa_urutan_dokumen(text) IS 'The order in which a message of lkj.periksa() lists the documents of lkj.target.dokumen: the Renstra, then the original PK, then the revised one.';

CREATE FUNCTION periksa_nama_triwulan(triwulan integer[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT pg_catalog.string_agg((ARRAY['I', 'II', 'III', 'IV'])[t.tw], ', ' ORDER BY t.n)
      FROM pg_catalog.unnest(triwulan) WITH ORDINALITY AS t (tw, n)
    $$;
COMMENT ON FUNCTION periksa_nama_triwulan(integer[]) IS 'Quarters as the report names them, in a message of lkj.periksa(): {1,2,3} is "I, II, III".';

CREATE FUNCTION periksa_deret(nilai numeric[], satuan text, pemisah text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT pg_catalog.string_agg(@extschema@.periksa_nilai(x.n, satuan), pemisah ORDER BY x.i)
      FROM pg_catalog.unnest(nilai) WITH ORDINALITY AS x (n, i)
    $$;
COMMENT ON FUNCTION periksa_deret(numeric[], text, text) IS 'Figures in order, each as lkj.periksa_nilai() prints it, joined by pemisah: {20.72,20.72} in Persen with " + " is "20,72% + 20,72%".';

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

CREATE VIEW periksa_indikator AS
SELECT i.instansi, i.kode, i.uraian, i.satuan, i.agregasi, i.sumber, i.iku,
       pg_catalog.format('"%s" (%s)', i.uraian,
           CASE WHEN i.tujuan IS NOT NULL THEN 'Tujuan ' || i.tujuan
                WHEN i.sasaran IS NOT NULL THEN 'Sasaran ' || i.sasaran
                WHEN i.program IS NOT NULL THEN 'Program ' || p.no
                ELSE 'Kegiatan ' || kp.no || '.' || k.no END) AS sebutan,
       r.nama AS renstra_nama,
       COALESCE(r.tahun_awal, i.tahun) AS tahun_awal,
       COALESCE(r.tahun_akhir, i.tahun) AS tahun_akhir,
       CASE WHEN i.renstra IS NOT NULL THEN 'Tabel 8' ELSE '3.1.2.7' END AS tabel_capaian,
       CASE WHEN i.sasaran IS NOT NULL THEN 'Tabel 5' ELSE 'Tabel 6' END AS tabel_target
  FROM @extschema@.indikator i
  LEFT JOIN @extschema@.renstra r ON r.instansi = i.instansi AND r.kode = i.renstra
  LEFT JOIN @extschema@.program p ON p.instansi = i.instansi AND p.tahun = i.tahun AND p.kode = i.program
  LEFT JOIN @extschema@.kegiatan k ON k.instansi = i.instansi AND k.tahun = i.tahun AND k.kode = i.kegiatan
  LEFT JOIN @extschema@.program kp ON kp.instansi = k.instansi AND kp.tahun = k.tahun AND kp.kode = k.program;
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
     WHERE q.instansi = $1 AND q.indikator = $2 AND q.tahun = $3
    OFFSET 0
    $$;
COMMENT ON FUNCTION periksa_triwulan_dari(text, text, integer) IS 'The row of lkj.periksa_triwulan of one indicator and year, read through its index keys: what a check calls for its few candidates.';

CREATE FUNCTION periksa_target_berlaku(instansi text, indikator text, tahun integer)
    RETURNS SETOF target_berlaku
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT * FROM @extschema@.target_berlaku tb
     WHERE tb.instansi = $1 AND tb.indikator = $2 AND tb.tahun = $3
    OFFSET 0
    $$;
COMMENT ON FUNCTION periksa_target_berlaku(text, text, integer) IS 'The row of lkj.target_berlaku (the target the capaian is measured against) of one indicator and year, read through its index keys: what a check calls for its few candidates.';

CREATE FUNCTION periksa_realisasi_tahun(instansi text, indikator text, tahun integer)
    RETURNS SETOF realisasi_tahun
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT * FROM @extschema@.realisasi_tahun rt
     WHERE rt.instansi = $1 AND rt.indikator = $2 AND rt.tahun = $3
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
       pg_catalog.format('Program %s (%s) tahun %s berada di bawah sasaran %s %s (%s–%s), padahal tahun %s di luar periode itu: Tabel 6 dan 14 menghitungnya pada sasaran yang tidak berlaku.',
                         p.no, p.nama, p.tahun, p.sasaran, r.nama, r.tahun_awal, r.tahun_akhir, p.tahun) AS pesan
  FROM @extschema@.program p
  JOIN @extschema@.renstra r ON r.instansi = p.instansi AND r.kode = p.renstra
 WHERE p.tahun NOT BETWEEN r.tahun_awal AND r.tahun_akhir
UNION ALL
SELECT k.instansi, k.tahun, k.tabel, 'renstra_tahun', 'galat',
       'indikator ' || k.indikator,
       pg_catalog.format('Indikator %s dari %s (%s–%s) mempunyai %s tahun %s, di luar periode Renstra-nya.',
                         i.sebutan, i.renstra_nama, i.tahun_awal, i.tahun_akhir, k.data, k.tahun)
  FROM (SELECT t.instansi, t.indikator, t.tahun, 'Tabel 4' AS tabel,
               'target (' || pg_catalog.string_agg(@extschema@.periksa_dokumen(t.dokumen), ', ' ORDER BY @extschema@.periksa_urutan_dokumen(t.dokumen)) || ')' AS data
          FROM @extschema@.target t
          JOIN @extschema@.indikator ik ON ik.instansi = t.instansi AND ik.kode = t.indikator
          JOIN @extschema@.renstra r ON r.instansi = ik.instansi AND r.kode = ik.renstra
         WHERE t.tahun NOT BETWEEN r.tahun_awal AND r.tahun_akhir
         GROUP BY t.instansi, t.indikator, t.tahun
        UNION ALL
        SELECT rl.instansi, rl.indikator, rl.tahun, 'Tabel 8', 'realisasi'
          FROM @extschema@.realisasi rl
          JOIN @extschema@.indikator ik ON ik.instansi = rl.instansi AND ik.kode = rl.indikator
          JOIN @extschema@.renstra r ON r.instansi = ik.instansi AND r.kode = ik.renstra
         WHERE rl.tahun NOT BETWEEN r.tahun_awal AND r.tahun_akhir
         GROUP BY rl.instansi, rl.indikator, rl.tahun) k
  JOIN @extschema@.periksa_indikator i ON i.instansi = k.instansi AND i.kode = k.indikator;
COMMENT ON VIEW cek_renstra_tahun IS 'galat: a year''s data hung on a Renstra that does not cover that year: a program under a sasaran of another period, a target or a stored realisasi of a tujuan or sasaran indicator outside its Renstra''s years.  The report of that year would count the program under a sasaran that is not in force (Tabel 6, 14) or measure an indicator of another period (Tabel 4, 8).';

CREATE VIEW cek_renstra_tumpang_tindih AS
SELECT a.instansi, y.tahun, 'Tabel 4'::text AS tabel, 'renstra_tumpang_tindih'::text AS kode, 'galat'::text AS tingkat,
       pg_catalog.format('renstra %s, renstra %s', a.kode, b.kode) AS objek,
       pg_catalog.format('Tahun %s tercakup oleh dua periode perencanaan, %s (%s–%s) dan %s (%s–%s): tidak jelas sasaran dan target mana yang berlaku tahun itu.',
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
       pg_catalog.format('Realisasi tahunan indikator %s tahun %s tercatat %s, tetapi triwulan I–IV (%s) memberi %s menurut aturan %s; capaian dihitung dari %s.',
                         i.sebutan, k.tahun, @extschema@.periksa_nilai(rt.nilai, q.satuan),
                         @extschema@.periksa_deret(q.cetak, q.satuan, '; '),
                         @extschema@.periksa_nilai(q.nilai, q.satuan), q.agregasi,
                         @extschema@.periksa_nilai(rt.nilai, q.satuan)) AS pesan
  FROM (SELECT r.instansi, r.indikator, r.tahun
          FROM @extschema@.realisasi r
          JOIN @extschema@.indikator ik ON ik.instansi = r.instansi AND ik.kode = r.indikator
         WHERE ik.sumber = 'realisasi'
         GROUP BY r.instansi, r.indikator, r.tahun
        HAVING pg_catalog.count(*) FILTER (WHERE r.triwulan IS NULL) = 1
           AND pg_catalog.count(r.triwulan) = 4) k
 CROSS JOIN LATERAL @extschema@.periksa_triwulan_dari(k.instansi, k.indikator, k.tahun) q
 CROSS JOIN LATERAL @extschema@.periksa_realisasi_tahun(k.instansi, k.indikator, k.tahun) rt
  JOIN @extschema@.periksa_indikator i ON i.instansi = k.instansi AND i.kode = k.indikator
 WHERE q.nilai IS DISTINCT FROM rt.nilai;
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
                           @extschema@.periksa_nilai(q.nilai, q.satuan))
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
                         @extschema@.periksa_deret(q.pembilang_triwulan, NULL, ', '),
                         @extschema@.periksa_deret(q.penyebut_triwulan, NULL, ', '),
                         @extschema@.format_angka(q.penyebut), @extschema@.periksa_nilai(q.nilai, q.satuan)) AS pesan
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
                              THEN '(' || @extschema@.periksa_deret(q.cetak, q.satuan, ' + ') || ') / ' || q.jumlah
                              ELSE @extschema@.periksa_deret(q.cetak, q.satuan, ' + ') END,
                         @extschema@.periksa_nilai(q.nilai_cetak, q.satuan),
                         @extschema@.periksa_nilai(q.nilai, q.satuan)) AS pesan
  FROM (SELECT r.instansi, r.indikator, r.tahun
          FROM @extschema@.realisasi r
          JOIN @extschema@.indikator ik ON ik.instansi = r.instansi AND ik.kode = r.indikator
         WHERE ik.sumber = 'realisasi'
         GROUP BY r.instansi, r.indikator, r.tahun
        HAVING pg_catalog.bool_and(r.triwulan IS NOT NULL)
           AND pg_catalog.bool_or(pg_catalog.scale(r.nilai) > 2 OR r.pembilang IS NOT NULL)
        UNION ALL
        SELECT ik.instansi, ik.kode, d.tahun
          FROM @extschema@.indikator ik
          JOIN (SELECT DISTINCT dd.instansi, dd.tahun FROM @extschema@.realisasi_dokumen_desa dd) d
            ON d.instansi = ik.instansi
         WHERE ik.sumber = 'dokumen_desa') k
 CROSS JOIN LATERAL @extschema@.periksa_triwulan_dari(k.instansi, k.indikator, k.tahun) q
  JOIN @extschema@.periksa_indikator i ON i.instansi = k.instansi AND i.kode = k.indikator
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
                         @extschema@.periksa_deret(q.cetak, q.satuan, '; '),
                         @extschema@.periksa_nilai(q.nilai, q.satuan), q.jumlah) AS pesan
  FROM (SELECT r.instansi, r.indikator, r.tahun
          FROM @extschema@.realisasi r
          JOIN @extschema@.indikator ik ON ik.instansi = r.instansi AND ik.kode = r.indikator
         WHERE ik.sumber = 'realisasi'
           AND CURRENT_DATE >= pg_catalog.make_date(r.tahun + 1, 1, 1)
         GROUP BY r.instansi, r.indikator, r.tahun
        HAVING pg_catalog.count(r.triwulan) BETWEEN 1 AND 3
           AND pg_catalog.bool_and(r.triwulan IS NOT NULL)) k
 CROSS JOIN LATERAL @extschema@.periksa_triwulan_dari(k.instansi, k.indikator, k.tahun) q
  JOIN @extschema@.periksa_indikator i ON i.instansi = k.instansi AND i.kode = k.indikator;
COMMENT ON VIEW cek_triwulan_kurang IS 'galat: an indicator measured per quarter (its realisasi rows, not the village documents, which give every quarter) that lacks a quarter of a year that has ended, and has no whole-year row.  Its year''s realisasi (and capaian) would be computed from part of the year, while section 3.1.1 must count it among the indicators "tidak dapat diperoleh hasil pengukurannya".';

-- Targets and measurability: Tabel 4, 5, 6, 8, 9 and section 3.1.1.

CREATE VIEW cek_tanpa_realisasi AS
SELECT k.instansi, k.tahun, i.tabel_capaian AS tabel, 'tanpa_realisasi'::text AS kode, 'peringatan'::text AS tingkat,
       'indikator ' || k.indikator AS objek,
       pg_catalog.format('Indikator %s bertarget %s tahun %s (%s) tetapi tidak mempunyai realisasi: hitung sebagai indikator yang tidak dapat diperoleh hasil pengukurannya, atau lengkapi realisasinya.',
                         i.sebutan, @extschema@.periksa_target(tb.nilai, tb.batas_bawah, tb.batas_atas, i.satuan),
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
SELECT tb.instansi, tb.tahun, i.tabel_capaian AS tabel, 'target_nol'::text AS kode, 'peringatan'::text AS tingkat,
       'indikator ' || tb.indikator AS objek,
       pg_catalog.format('Target indikator %s tahun %s (%s) adalah 0 sedangkan realisasinya %s: capaian tidak dapat dihitung; hitung sebagai indikator yang tidak dapat diperoleh hasil pengukurannya.',
                         i.sebutan, tb.tahun, @extschema@.periksa_dokumen(tb.dokumen),
                         @extschema@.periksa_nilai(rt.nilai, i.satuan)) AS pesan
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
                         i.sebutan, @extschema@.periksa_nilai(rt.nilai, i.satuan), k.tahun) AS pesan
  FROM (SELECT a.instansi, a.indikator, a.tahun
          FROM (SELECT r.instansi, r.indikator, r.tahun
                  FROM @extschema@.realisasi r
                  JOIN @extschema@.indikator ik ON ik.instansi = r.instansi AND ik.kode = r.indikator
                 WHERE ik.sumber = 'realisasi'
                UNION
                SELECT ik.instansi, ik.kode, d.tahun
                  FROM @extschema@.indikator ik
                  JOIN (SELECT DISTINCT dd.instansi, dd.tahun FROM @extschema@.realisasi_dokumen_desa dd) d
                    ON d.instansi = ik.instansi
                 WHERE ik.sumber = 'dokumen_desa') a
         WHERE NOT EXISTS (SELECT FROM @extschema@.target t
                            WHERE t.instansi = a.instansi AND t.indikator = a.indikator AND t.tahun = a.tahun
                              AND t.dokumen <> 'standar_nasional')
        OFFSET 0) k  -- the few without a target, before any year's figure is read
 CROSS JOIN LATERAL @extschema@.periksa_realisasi_tahun(k.instansi, k.indikator, k.tahun) rt
  JOIN @extschema@.periksa_indikator i ON i.instansi = k.instansi AND i.kode = k.indikator
 WHERE k.tahun BETWEEN i.tahun_awal AND i.tahun_akhir;
COMMENT ON VIEW cek_tanpa_target IS 'peringatan: an indicator with a realisasi in one of its own years but no target from the Renstra or a Perjanjian Kinerja for that year (a national standard alone does not count).  Its capaian cannot be computed and Tabel 8 to 12 would print a realisasi without a target.';

CREATE VIEW cek_target_berbeda AS
SELECT d.instansi, d.tahun, i.tabel_target AS tabel, 'target_berbeda'::text AS kode, 'peringatan'::text AS tingkat,
       'indikator ' || d.indikator AS objek,
       pg_catalog.format('Target indikator %s tahun %s berbeda antar dokumen: %s. Capaian dihitung dari target %s (%s).',
                         i.sebutan, d.tahun,
                         (SELECT pg_catalog.string_agg(@extschema@.periksa_dokumen(t.dokumen) || ' ' ||
                                                       @extschema@.periksa_target(t.nilai, t.batas_bawah, t.batas_atas, i.satuan),
                                                       '; ' ORDER BY @extschema@.periksa_urutan_dokumen(t.dokumen))
                            FROM @extschema@.target t
                           WHERE t.instansi = d.instansi AND t.indikator = d.indikator AND t.tahun = d.tahun
                             AND t.dokumen <> 'standar_nasional'),
                         @extschema@.periksa_dokumen(tb.dokumen),
                         @extschema@.periksa_target(tb.nilai, tb.batas_bawah, tb.batas_atas, i.satuan)) AS pesan
  FROM (SELECT t.instansi, t.indikator, t.tahun
          FROM @extschema@.target t
         WHERE t.dokumen <> 'standar_nasional'
         GROUP BY t.instansi, t.indikator, t.tahun
        HAVING pg_catalog.count(DISTINCT ROW(t.nilai, t.batas_bawah, t.batas_atas)) > 1) d
 CROSS JOIN LATERAL @extschema@.periksa_target_berlaku(d.instansi, d.indikator, d.tahun) tb
  JOIN @extschema@.periksa_indikator i ON i.instansi = d.instansi AND i.kode = d.indikator;
COMMENT ON VIEW cek_target_berbeda IS 'peringatan: an indicator whose target for a year differs between the Renstra, the original PK and the revised PK.  Tabel 4 prints the Renstra''s, Tabel 5 and 6 the PK''s, and the capaian of Tabel 8 to 14 follows the revised PK''s, else the original''s, else the Renstra''s: the report must say which one it measures against (erratum 1: 62,2 against 62,02).';

CREATE VIEW cek_target_pk_hilang AS
SELECT k.instansi, k.tahun, 'Tabel 5'::text AS tabel, 'target_pk_hilang'::text AS kode, 'peringatan'::text AS tingkat,
       pg_catalog.format('indikator %s, perjanjian_kinerja %s', k.indikator, k.jenis) AS objek,
       pg_catalog.format('IKU %s tidak tercantum dalam Perjanjian Kinerja %s %s; capaiannya dihitung dari target %s (%s).',
                         i.sebutan, k.jenis, k.tahun, @extschema@.periksa_dokumen(tb.dokumen),
                         @extschema@.periksa_target(tb.nilai, tb.batas_bawah, tb.batas_atas, i.satuan)) AS pesan
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

CREATE VIEW cek_dokumen_desa_kurang AS
SELECT y.instansi, y.tahun, 'Tabel 8'::text AS tabel, 'dokumen_desa_kurang'::text AS kode, 'peringatan'::text AS tingkat,
       pg_catalog.string_agg(DISTINCT 'desa ' || d.kode, ', ') AS objek,
       pg_catalog.format('%s dari %s dokumen desa yang jatuh tempo tahun %s belum tercatat (%s) dan dihitung sebagai tidak tepat waktu.',
                         pg_catalog.count(*), pg_catalog.max(n.jumlah) * 3, y.tahun,
                         pg_catalog.string_agg(pg_catalog.format('%s: %s %s', d.nama, j.jenis, y.tahun + j.geser),
                                               '; ' ORDER BY d.kode, j.urutan)) AS pesan
  FROM @extschema@.periksa_tahun_laporan y
  JOIN @extschema@.desa d ON d.instansi = y.instansi
 CROSS JOIN (VALUES (1, 'LPPDes', -1), (2, 'RKPDes', 1), (3, 'APBDes', 1)) AS j (urutan, jenis, geser)
 CROSS JOIN LATERAL (SELECT pg_catalog.count(*) AS jumlah FROM @extschema@.desa x WHERE x.instansi = y.instansi) n
 WHERE y.selesai
   AND EXISTS (SELECT FROM @extschema@.indikator i
                  JOIN @extschema@.target t ON t.instansi = i.instansi AND t.indikator = i.kode
                WHERE i.instansi = y.instansi AND i.sumber = 'dokumen_desa'
                  AND t.tahun = y.tahun AND t.dokumen <> 'standar_nasional')
   AND NOT EXISTS (SELECT FROM @extschema@.dokumen_desa dd
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

CREATE VIEW cek_sarana_ganda AS
SELECT s.instansi, s.tahun, 'Tabel 2'::text AS tabel, 'sarana_ganda'::text AS kode, 'peringatan'::text AS tingkat,
       pg_catalog.string_agg('sarana ' || s.no, ', ' ORDER BY s.no) AS objek,
       pg_catalog.format('Sarana "%s" (%s) tercatat %s kali tahun %s (no %s, jumlah %s): jika itu barang yang sama, Tabel 2 dan persentase kondisi sarana pada bagian 3.1.2.6 menghitungnya lebih dari sekali.',
                         pg_catalog.min(s.nama), pg_catalog.min(s.satuan), pg_catalog.count(*), s.tahun,
                         pg_catalog.string_agg(s.no::text, ', ' ORDER BY s.no),
                         pg_catalog.string_agg((s.baik + s.rusak + s.rusak_berat)::text, ' dan ' ORDER BY s.no)) AS pesan
  FROM @extschema@.sarana s
 GROUP BY s.instansi, s.tahun, pg_catalog.lower(pg_catalog.btrim(s.nama)), pg_catalog.lower(pg_catalog.btrim(s.satuan))
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

    SELECT d.view, d.kolom INTO cek FROM @extschema@.daftar_cek d WHERE NOT d.sesuai ORDER BY d.kode LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'check view "%" does not have the columns of lkj.temuan', cek.view
            USING ERRCODE = 'invalid_object_definition',
                  DETAIL = pg_catalog.format('Its columns are: %s.', cek.kolom),
                  HINT = 'A check view has exactly these columns, in this order: instansi text, tahun integer, tabel text, kode text, tingkat text, objek text, pesan text.';
    END IF;

    -- One query per check, not one UNION of all: each stays small enough
    -- to be planned quickly and to run without JIT compilation, which for
    -- a union of every check costs more than running it.
    saring := CASE WHEN periksa.instansi IS NOT NULL THEN ' AND c.instansi = $1' ELSE '' END
           || CASE WHEN periksa.tahun IS NOT NULL THEN ' AND c.tahun = $2' ELSE '' END;
    FOR cek IN SELECT d.skema, d.view FROM @extschema@.daftar_cek d ORDER BY d.kode LOOP
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
