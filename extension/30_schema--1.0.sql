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
