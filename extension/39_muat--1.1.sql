-- ======================================================================
-- data in: staging tables a load fills and lkj.muat validates (1.1, issue 12)
-- ======================================================================

-- (section: muat)

/*
 * Issue 12.  A client (tools/lkj-muat, psql's \copy, any other) only reads a
 * planner's file and writes every cell as the text it holds into one staging
 * table per template kind, with the file, sheet and row it came from;
 * lkj.muat() (47_muat.sql) reads the text under the load's locale, reports
 * every mistake at once, and only then replaces that kind's rows of the
 * unit-year.  So the rules are written once, in the database, and a cell is
 * never converted by a client that might guess.  Text columns throughout:
 * a typed column would refuse a malformed cell before it could be reported
 * with its place.  Keyed by the unit first like every table holding a unit's
 * rows, so row security (85_akses) lets an operator fill only its units.
 */

CREATE TABLE @extschema@.pesan (
    kode        text PRIMARY KEY CONSTRAINT pesan_kode_bentuk CHECK (kode ~ '^[a-z0-9_]+$'),
    teks_id     text NOT NULL CONSTRAINT pesan_teks_id_isi CHECK (teks_id <> ''),
    teks_en     text NOT NULL CONSTRAINT pesan_teks_en_isi CHECK (teks_en <> '')
);
COMMENT ON TABLE @extschema@.pesan IS 'lkj''s own messages by stable code, in Indonesian and English: the load report (lkj.muat) prints teks_id.  A code that is a constraint''s name gives the sentence for a row that constraint refuses.  The extension''s content, written by its script (47_muat.sql keeps it current), not a unit''s data: not dumped, no row security.';
COMMENT ON COLUMN @extschema@.pesan.kode IS 'the stable code a report and a client match on (angka_salah, tanggal_mustahil, ...), or a constraint''s name';
COMMENT ON COLUMN @extschema@.pesan.teks_id IS 'the sentence in Indonesian, a format() pattern: %1$s the value, %2$s what is expected';
COMMENT ON COLUMN @extschema@.pesan.teks_en IS 'the same sentence in English, with the same placeholders';

CREATE TABLE @extschema@.muat_program (
    instansi        text NOT NULL REFERENCES @extschema@.instansi (kode),
    tahun           integer NOT NULL CONSTRAINT muat_program_tahun_wajar CHECK (tahun BETWEEN 1990 AND 2200),
    berkas          text NOT NULL,
    lembar          text NOT NULL DEFAULT '',
    baris           integer NOT NULL CONSTRAINT muat_program_baris_positif CHECK (baris > 0),
    jumlah_kolom    integer,
    kode            text,
    no              text,
    nama            text,
    renstra         text,
    sasaran         text,
    anggaran_awal   text,
    anggaran_perubahan text,
    realisasi       text,
    kode_nasional   text,
    kode_cetak      text,
    CONSTRAINT muat_program_pkey PRIMARY KEY (instansi, tahun, berkas, lembar, baris)
);
COMMENT ON TABLE @extschema@.muat_program IS 'Staging for the template program (the year''s programs: Tabel 5, 6, 15): one row a row of the planner''s file, every cell as the text it holds; lkj.muat() validates and applies it, and empties it once applied.';
COMMENT ON COLUMN @extschema@.muat_program.instansi IS 'the unit being loaded (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.muat_program.tahun IS 'the year being loaded';
COMMENT ON COLUMN @extschema@.muat_program.berkas IS 'the file the row came from, as the report names it';
COMMENT ON COLUMN @extschema@.muat_program.lembar IS 'the sheet of a workbook; empty for a CSV file';
COMMENT ON COLUMN @extschema@.muat_program.baris IS 'the row number as the spreadsheet shows it (the header is row 1)';
COMMENT ON COLUMN @extschema@.muat_program.jumlah_kolom IS 'how many cells the client read in the row; NULL when it cannot tell.  Another number than the template''s columns means a wrong separator';
COMMENT ON COLUMN @extschema@.muat_program.kode IS 'the cell kode: the program''s code in the unit, as the report numbers it (1, 2, ...)';
COMMENT ON COLUMN @extschema@.muat_program.no IS 'the cell no: its number across the unit (1, 2, ...)';
COMMENT ON COLUMN @extschema@.muat_program.nama IS 'the cell nama: the program''s name';
COMMENT ON COLUMN @extschema@.muat_program.renstra IS 'the cell renstra: the kode of the Renstra its sasaran belongs to (lkj.renstra)';
COMMENT ON COLUMN @extschema@.muat_program.sasaran IS 'the cell sasaran: the number of the sasaran it serves in that Renstra';
COMMENT ON COLUMN @extschema@.muat_program.anggaran_awal IS 'the cell anggaran_awal: budget of the original PK, Rupiah';
COMMENT ON COLUMN @extschema@.muat_program.anggaran_perubahan IS 'the cell anggaran_perubahan: budget after the revision, Rupiah; empty when none';
COMMENT ON COLUMN @extschema@.muat_program.realisasi IS 'the cell realisasi: money spent in the year, Rupiah';
COMMENT ON COLUMN @extschema@.muat_program.kode_nasional IS 'the cell kode_nasional: the program''s national code (2.16.02); empty for a unit outside the nomenclature';
COMMENT ON COLUMN @extschema@.muat_program.kode_cetak IS 'the cell kode_cetak: the national code as the documents print it; empty: as kode_nasional';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.muat_program', '');

CREATE TABLE @extschema@.muat_kegiatan (
    instansi        text NOT NULL REFERENCES @extschema@.instansi (kode),
    tahun           integer NOT NULL CONSTRAINT muat_kegiatan_tahun_wajar CHECK (tahun BETWEEN 1990 AND 2200),
    berkas          text NOT NULL,
    lembar          text NOT NULL DEFAULT '',
    baris           integer NOT NULL CONSTRAINT muat_kegiatan_baris_positif CHECK (baris > 0),
    jumlah_kolom    integer,
    program         text,
    kode            text,
    no              text,
    nama            text,
    anggaran_awal   text,
    anggaran_perubahan text,
    realisasi       text,
    kode_nasional   text,
    kode_cetak      text,
    CONSTRAINT muat_kegiatan_pkey PRIMARY KEY (instansi, tahun, berkas, lembar, baris)
);
COMMENT ON TABLE @extschema@.muat_kegiatan IS 'Staging for the template kegiatan (the year''s kegiatan of its programs: Tabel 6): one row a row of the planner''s file, every cell as the text it holds; lkj.muat() validates and applies it, and empties it once applied.';
COMMENT ON COLUMN @extschema@.muat_kegiatan.instansi IS 'the unit being loaded (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.muat_kegiatan.tahun IS 'the year being loaded';
COMMENT ON COLUMN @extschema@.muat_kegiatan.berkas IS 'the file the row came from, as the report names it';
COMMENT ON COLUMN @extschema@.muat_kegiatan.lembar IS 'the sheet of a workbook; empty for a CSV file';
COMMENT ON COLUMN @extschema@.muat_kegiatan.baris IS 'the row number as the spreadsheet shows it (the header is row 1)';
COMMENT ON COLUMN @extschema@.muat_kegiatan.jumlah_kolom IS 'how many cells the client read in the row; NULL when it cannot tell.  Another number than the template''s columns means a wrong separator';
COMMENT ON COLUMN @extschema@.muat_kegiatan.program IS 'the cell program: the kode of its program (this load''s program sheet, else lkj.program)';
COMMENT ON COLUMN @extschema@.muat_kegiatan.kode IS 'the cell kode: the kegiatan''s code in the unit (1.1, 1.2, ...)';
COMMENT ON COLUMN @extschema@.muat_kegiatan.no IS 'the cell no: its number within the program';
COMMENT ON COLUMN @extschema@.muat_kegiatan.nama IS 'the cell nama: the kegiatan''s name';
COMMENT ON COLUMN @extschema@.muat_kegiatan.anggaran_awal IS 'the cell anggaran_awal: budget of the original PK, Rupiah';
COMMENT ON COLUMN @extschema@.muat_kegiatan.anggaran_perubahan IS 'the cell anggaran_perubahan: budget after the revision, Rupiah';
COMMENT ON COLUMN @extschema@.muat_kegiatan.realisasi IS 'the cell realisasi: money spent, Rupiah';
COMMENT ON COLUMN @extschema@.muat_kegiatan.kode_nasional IS 'the cell kode_nasional: the kegiatan''s national code (2.16.02.2.01), continuing its program''s; empty for a unit outside the nomenclature';
COMMENT ON COLUMN @extschema@.muat_kegiatan.kode_cetak IS 'the cell kode_cetak: the national code as the documents print it; empty: as kode_nasional';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.muat_kegiatan', '');

CREATE TABLE @extschema@.muat_indikator (
    instansi        text NOT NULL REFERENCES @extschema@.instansi (kode),
    tahun           integer NOT NULL CONSTRAINT muat_indikator_tahun_wajar CHECK (tahun BETWEEN 1990 AND 2200),
    berkas          text NOT NULL,
    lembar          text NOT NULL DEFAULT '',
    baris           integer NOT NULL CONSTRAINT muat_indikator_baris_positif CHECK (baris > 0),
    jumlah_kolom    integer,
    kode            text,
    no              text,
    uraian          text,
    satuan          text,
    polaritas       text,
    agregasi        text,
    program         text,
    kegiatan        text,
    formulasi       text,
    sumber_data     text,
    CONSTRAINT muat_indikator_pkey PRIMARY KEY (instansi, tahun, berkas, lembar, baris)
);
COMMENT ON TABLE @extschema@.muat_indikator IS 'Staging for the template indikator (the indicators of the year''s programs and kegiatan): one row a row of the planner''s file, every cell as the text it holds; lkj.muat() validates and applies it, and empties it once applied.';
COMMENT ON COLUMN @extschema@.muat_indikator.instansi IS 'the unit being loaded (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.muat_indikator.tahun IS 'the year being loaded';
COMMENT ON COLUMN @extschema@.muat_indikator.berkas IS 'the file the row came from, as the report names it';
COMMENT ON COLUMN @extschema@.muat_indikator.lembar IS 'the sheet of a workbook; empty for a CSV file';
COMMENT ON COLUMN @extschema@.muat_indikator.baris IS 'the row number as the spreadsheet shows it (the header is row 1)';
COMMENT ON COLUMN @extschema@.muat_indikator.jumlah_kolom IS 'how many cells the client read in the row; NULL when it cannot tell.  Another number than the template''s columns means a wrong separator';
COMMENT ON COLUMN @extschema@.muat_indikator.kode IS 'the cell kode: the indicator''s code in the unit (p1, k1.1, ...)';
COMMENT ON COLUMN @extschema@.muat_indikator.no IS 'the cell no: its number under its program or kegiatan';
COMMENT ON COLUMN @extschema@.muat_indikator.uraian IS 'the cell uraian: its wording';
COMMENT ON COLUMN @extschema@.muat_indikator.satuan IS 'the cell satuan: its unit (Persen, Dokumen, ...)';
COMMENT ON COLUMN @extschema@.muat_indikator.polaritas IS 'the cell polaritas: positif (higher is better) or negatif';
COMMENT ON COLUMN @extschema@.muat_indikator.agregasi IS 'the cell agregasi: how quarters give the year: jumlah, terakhir, rata-rata, rasio, rasio_jumlah';
COMMENT ON COLUMN @extschema@.muat_indikator.program IS 'the cell program: the kode of its program; empty for a kegiatan indicator';
COMMENT ON COLUMN @extschema@.muat_indikator.kegiatan IS 'the cell kegiatan: the kode of its kegiatan; empty for a program indicator';
COMMENT ON COLUMN @extschema@.muat_indikator.formulasi IS 'the cell formulasi: how it is computed';
COMMENT ON COLUMN @extschema@.muat_indikator.sumber_data IS 'the cell sumber_data: where its data comes from';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.muat_indikator', '');

CREATE TABLE @extschema@.muat_anggaran_pk (
    instansi        text NOT NULL REFERENCES @extschema@.instansi (kode),
    tahun           integer NOT NULL CONSTRAINT muat_anggaran_pk_tahun_wajar CHECK (tahun BETWEEN 1990 AND 2200),
    berkas          text NOT NULL,
    lembar          text NOT NULL DEFAULT '',
    baris           integer NOT NULL CONSTRAINT muat_anggaran_pk_baris_positif CHECK (baris > 0),
    jumlah_kolom    integer,
    pk              text,
    program         text,
    anggaran        text,
    sumber_dana     text,
    CONSTRAINT muat_anggaran_pk_pkey PRIMARY KEY (instansi, tahun, berkas, lembar, baris)
);
COMMENT ON TABLE @extschema@.muat_anggaran_pk IS 'Staging for the template anggaran_pk (program budgets as the signed PK''s appendix states them): one row a row of the planner''s file, every cell as the text it holds; lkj.muat() validates and applies it, and empties it once applied.';
COMMENT ON COLUMN @extschema@.muat_anggaran_pk.instansi IS 'the unit being loaded (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.muat_anggaran_pk.tahun IS 'the year being loaded';
COMMENT ON COLUMN @extschema@.muat_anggaran_pk.berkas IS 'the file the row came from, as the report names it';
COMMENT ON COLUMN @extschema@.muat_anggaran_pk.lembar IS 'the sheet of a workbook; empty for a CSV file';
COMMENT ON COLUMN @extschema@.muat_anggaran_pk.baris IS 'the row number as the spreadsheet shows it (the header is row 1)';
COMMENT ON COLUMN @extschema@.muat_anggaran_pk.jumlah_kolom IS 'how many cells the client read in the row; NULL when it cannot tell.  Another number than the template''s columns means a wrong separator';
COMMENT ON COLUMN @extschema@.muat_anggaran_pk.pk IS 'the cell pk: awal or perubahan';
COMMENT ON COLUMN @extschema@.muat_anggaran_pk.program IS 'the cell program: the program''s kode';
COMMENT ON COLUMN @extschema@.muat_anggaran_pk.anggaran IS 'the cell anggaran: the amount, Rupiah';
COMMENT ON COLUMN @extschema@.muat_anggaran_pk.sumber_dana IS 'the cell sumber_dana: source of funds (DAU, DAK, ...)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.muat_anggaran_pk', '');

CREATE TABLE @extschema@.muat_target (
    instansi        text NOT NULL REFERENCES @extschema@.instansi (kode),
    tahun           integer NOT NULL CONSTRAINT muat_target_tahun_wajar CHECK (tahun BETWEEN 1990 AND 2200),
    berkas          text NOT NULL,
    lembar          text NOT NULL DEFAULT '',
    baris           integer NOT NULL CONSTRAINT muat_target_baris_positif CHECK (baris > 0),
    jumlah_kolom    integer,
    indikator       text,
    dokumen         text,
    nilai           text,
    batas_bawah     text,
    batas_atas      text,
    keterangan      text,
    CONSTRAINT muat_target_pkey PRIMARY KEY (instansi, tahun, berkas, lembar, baris)
);
COMMENT ON TABLE @extschema@.muat_target IS 'Staging for the template target (the year''s targets of every indicator the year has): one row a row of the planner''s file, every cell as the text it holds; lkj.muat() validates and applies it, and empties it once applied.';
COMMENT ON COLUMN @extschema@.muat_target.instansi IS 'the unit being loaded (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.muat_target.tahun IS 'the year being loaded';
COMMENT ON COLUMN @extschema@.muat_target.berkas IS 'the file the row came from, as the report names it';
COMMENT ON COLUMN @extschema@.muat_target.lembar IS 'the sheet of a workbook; empty for a CSV file';
COMMENT ON COLUMN @extschema@.muat_target.baris IS 'the row number as the spreadsheet shows it (the header is row 1)';
COMMENT ON COLUMN @extschema@.muat_target.jumlah_kolom IS 'how many cells the client read in the row; NULL when it cannot tell.  Another number than the template''s columns means a wrong separator';
COMMENT ON COLUMN @extschema@.muat_target.indikator IS 'the cell indikator: the indicator''s kode';
COMMENT ON COLUMN @extschema@.muat_target.dokumen IS 'the cell dokumen: renstra, pk_awal, pk_perubahan or standar_nasional';
COMMENT ON COLUMN @extschema@.muat_target.nilai IS 'the cell nilai: the target value; empty for a range';
COMMENT ON COLUMN @extschema@.muat_target.batas_bawah IS 'the cell batas_bawah: lower bound of a range target';
COMMENT ON COLUMN @extschema@.muat_target.batas_atas IS 'the cell batas_atas: upper bound of a range target';
COMMENT ON COLUMN @extschema@.muat_target.keterangan IS 'the cell keterangan: a note';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.muat_target', '');

CREATE TABLE @extschema@.muat_realisasi (
    instansi        text NOT NULL REFERENCES @extschema@.instansi (kode),
    tahun           integer NOT NULL CONSTRAINT muat_realisasi_tahun_wajar CHECK (tahun BETWEEN 1990 AND 2200),
    berkas          text NOT NULL,
    lembar          text NOT NULL DEFAULT '',
    baris           integer NOT NULL CONSTRAINT muat_realisasi_baris_positif CHECK (baris > 0),
    jumlah_kolom    integer,
    indikator       text,
    triwulan        text,
    nilai           text,
    pembilang       text,
    penyebut        text,
    keterangan      text,
    CONSTRAINT muat_realisasi_pkey PRIMARY KEY (instansi, tahun, berkas, lembar, baris)
);
COMMENT ON TABLE @extschema@.muat_realisasi IS 'Staging for the template realisasi (the year''s realisasi per quarter (or the whole year)): one row a row of the planner''s file, every cell as the text it holds; lkj.muat() validates and applies it, and empties it once applied.';
COMMENT ON COLUMN @extschema@.muat_realisasi.instansi IS 'the unit being loaded (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.muat_realisasi.tahun IS 'the year being loaded';
COMMENT ON COLUMN @extschema@.muat_realisasi.berkas IS 'the file the row came from, as the report names it';
COMMENT ON COLUMN @extschema@.muat_realisasi.lembar IS 'the sheet of a workbook; empty for a CSV file';
COMMENT ON COLUMN @extschema@.muat_realisasi.baris IS 'the row number as the spreadsheet shows it (the header is row 1)';
COMMENT ON COLUMN @extschema@.muat_realisasi.jumlah_kolom IS 'how many cells the client read in the row; NULL when it cannot tell.  Another number than the template''s columns means a wrong separator';
COMMENT ON COLUMN @extschema@.muat_realisasi.indikator IS 'the cell indikator: the indicator''s kode';
COMMENT ON COLUMN @extschema@.muat_realisasi.triwulan IS 'the cell triwulan: the quarter 1 to 4; empty for the whole year';
COMMENT ON COLUMN @extschema@.muat_realisasi.nilai IS 'the cell nilai: the value achieved; empty when pembilang and penyebut are given';
COMMENT ON COLUMN @extschema@.muat_realisasi.pembilang IS 'the cell pembilang: numerator of a ratio indicator (32 of 33: 32)';
COMMENT ON COLUMN @extschema@.muat_realisasi.penyebut IS 'the cell penyebut: denominator of a ratio indicator (32 of 33: 33)';
COMMENT ON COLUMN @extschema@.muat_realisasi.keterangan IS 'the cell keterangan: a note';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.muat_realisasi', '');

CREATE TABLE @extschema@.muat_pegawai (
    instansi        text NOT NULL REFERENCES @extschema@.instansi (kode),
    tahun           integer NOT NULL CONSTRAINT muat_pegawai_tahun_wajar CHECK (tahun BETWEEN 1990 AND 2200),
    berkas          text NOT NULL,
    lembar          text NOT NULL DEFAULT '',
    baris           integer NOT NULL CONSTRAINT muat_pegawai_baris_positif CHECK (baris > 0),
    jumlah_kolom    integer,
    no              text,
    jabatan         text,
    jenis_kelamin   text,
    status          text,
    pendidikan      text,
    CONSTRAINT muat_pegawai_pkey PRIMARY KEY (instansi, tahun, berkas, lembar, baris)
);
COMMENT ON TABLE @extschema@.muat_pegawai IS 'Staging for the template pegawai (staff at year end: Tabel 1): one row a row of the planner''s file, every cell as the text it holds; lkj.muat() validates and applies it, and empties it once applied.';
COMMENT ON COLUMN @extschema@.muat_pegawai.instansi IS 'the unit being loaded (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.muat_pegawai.tahun IS 'the year being loaded';
COMMENT ON COLUMN @extschema@.muat_pegawai.berkas IS 'the file the row came from, as the report names it';
COMMENT ON COLUMN @extschema@.muat_pegawai.lembar IS 'the sheet of a workbook; empty for a CSV file';
COMMENT ON COLUMN @extschema@.muat_pegawai.baris IS 'the row number as the spreadsheet shows it (the header is row 1)';
COMMENT ON COLUMN @extschema@.muat_pegawai.jumlah_kolom IS 'how many cells the client read in the row; NULL when it cannot tell.  Another number than the template''s columns means a wrong separator';
COMMENT ON COLUMN @extschema@.muat_pegawai.no IS 'the cell no: the row number (1, 2, ...)';
COMMENT ON COLUMN @extschema@.muat_pegawai.jabatan IS 'the cell jabatan: the kode of the position (lkj.jabatan)';
COMMENT ON COLUMN @extschema@.muat_pegawai.jenis_kelamin IS 'the cell jenis_kelamin: L or P';
COMMENT ON COLUMN @extschema@.muat_pegawai.status IS 'the cell status: PNS, PPPK (or P3K) or TKB';
COMMENT ON COLUMN @extschema@.muat_pegawai.pendidikan IS 'the cell pendidikan: SD, SMP, SMA, D3, S1, S2 or S3';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.muat_pegawai', '');

CREATE TABLE @extschema@.muat_sarana (
    instansi        text NOT NULL REFERENCES @extschema@.instansi (kode),
    tahun           integer NOT NULL CONSTRAINT muat_sarana_tahun_wajar CHECK (tahun BETWEEN 1990 AND 2200),
    berkas          text NOT NULL,
    lembar          text NOT NULL DEFAULT '',
    baris           integer NOT NULL CONSTRAINT muat_sarana_baris_positif CHECK (baris > 0),
    jumlah_kolom    integer,
    no              text,
    nama            text,
    satuan          text,
    baik            text,
    rusak           text,
    rusak_berat     text,
    CONSTRAINT muat_sarana_pkey PRIMARY KEY (instansi, tahun, berkas, lembar, baris)
);
COMMENT ON TABLE @extschema@.muat_sarana IS 'Staging for the template sarana (asset lines at year end: Tabel 2): one row a row of the planner''s file, every cell as the text it holds; lkj.muat() validates and applies it, and empties it once applied.';
COMMENT ON COLUMN @extschema@.muat_sarana.instansi IS 'the unit being loaded (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.muat_sarana.tahun IS 'the year being loaded';
COMMENT ON COLUMN @extschema@.muat_sarana.berkas IS 'the file the row came from, as the report names it';
COMMENT ON COLUMN @extschema@.muat_sarana.lembar IS 'the sheet of a workbook; empty for a CSV file';
COMMENT ON COLUMN @extschema@.muat_sarana.baris IS 'the row number as the spreadsheet shows it (the header is row 1)';
COMMENT ON COLUMN @extschema@.muat_sarana.jumlah_kolom IS 'how many cells the client read in the row; NULL when it cannot tell.  Another number than the template''s columns means a wrong separator';
COMMENT ON COLUMN @extschema@.muat_sarana.no IS 'the cell no: the row number';
COMMENT ON COLUMN @extschema@.muat_sarana.nama IS 'the cell nama: the asset''s name';
COMMENT ON COLUMN @extschema@.muat_sarana.satuan IS 'the cell satuan: its unit (Unit, Buah, ...)';
COMMENT ON COLUMN @extschema@.muat_sarana.baik IS 'the cell baik: quantity in good condition';
COMMENT ON COLUMN @extschema@.muat_sarana.rusak IS 'the cell rusak: quantity damaged';
COMMENT ON COLUMN @extschema@.muat_sarana.rusak_berat IS 'the cell rusak_berat: quantity badly damaged';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.muat_sarana', '');

CREATE TABLE @extschema@.muat_dokumen_desa (
    instansi        text NOT NULL REFERENCES @extschema@.instansi (kode),
    tahun           integer NOT NULL CONSTRAINT muat_dokumen_desa_tahun_wajar CHECK (tahun BETWEEN 1990 AND 2200),
    berkas          text NOT NULL,
    lembar          text NOT NULL DEFAULT '',
    baris           integer NOT NULL CONSTRAINT muat_dokumen_desa_baris_positif CHECK (baris > 0),
    jumlah_kolom    integer,
    desa            text,
    jenis           text,
    tahun_anggaran  text,
    tanggal         text,
    CONSTRAINT muat_dokumen_desa_pkey PRIMARY KEY (instansi, tahun, berkas, lembar, baris)
);
COMMENT ON TABLE @extschema@.muat_dokumen_desa IS 'Staging for the template dokumen_desa (village documents whose deadline falls in the year): one row a row of the planner''s file, every cell as the text it holds; lkj.muat() validates and applies it, and empties it once applied.';
COMMENT ON COLUMN @extschema@.muat_dokumen_desa.instansi IS 'the unit being loaded (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.muat_dokumen_desa.tahun IS 'the year being loaded';
COMMENT ON COLUMN @extschema@.muat_dokumen_desa.berkas IS 'the file the row came from, as the report names it';
COMMENT ON COLUMN @extschema@.muat_dokumen_desa.lembar IS 'the sheet of a workbook; empty for a CSV file';
COMMENT ON COLUMN @extschema@.muat_dokumen_desa.baris IS 'the row number as the spreadsheet shows it (the header is row 1)';
COMMENT ON COLUMN @extschema@.muat_dokumen_desa.jumlah_kolom IS 'how many cells the client read in the row; NULL when it cannot tell.  Another number than the template''s columns means a wrong separator';
COMMENT ON COLUMN @extschema@.muat_dokumen_desa.desa IS 'the cell desa: the village''s kode (lkj.desa)';
COMMENT ON COLUMN @extschema@.muat_dokumen_desa.jenis IS 'the cell jenis: RKPDes, APBDes or LPPDes';
COMMENT ON COLUMN @extschema@.muat_dokumen_desa.tahun_anggaran IS 'the cell tahun_anggaran: the fiscal year the document is for';
COMMENT ON COLUMN @extschema@.muat_dokumen_desa.tanggal IS 'the cell tanggal: the day it was set (ditetapkan); empty while it has not been';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.muat_dokumen_desa', '');

-- The templates of a unit's identity, head, Renstra, PK, sub-kegiatan,
-- positions and positions needed (issue 12, item 1, second part): the same
-- staging as the kinds above, one table a kind, every cell as text.

CREATE TABLE @extschema@.muat_instansi (
    instansi        text NOT NULL REFERENCES @extschema@.instansi (kode),
    tahun           integer NOT NULL CONSTRAINT muat_instansi_tahun_wajar CHECK (tahun BETWEEN 1990 AND 2200),
    berkas          text NOT NULL,
    lembar          text NOT NULL DEFAULT '',
    baris           integer NOT NULL CONSTRAINT muat_instansi_baris_positif CHECK (baris > 0),
    jumlah_kolom    integer,
    nama            text,
    jenis           text,
    alamat          text,
    label_pppk      text,
    CONSTRAINT muat_instansi_pkey PRIMARY KEY (instansi, tahun, berkas, lembar, baris)
);
COMMENT ON TABLE @extschema@.muat_instansi IS 'Staging for the template instansi (the unit''s identity as the report prints it (lkj.instansi: name, kind, address, the word for PPPK staff)): one row a row of the planner''s file, every cell as the text it holds; lkj.muat() validates and applies it, and empties it once applied.';
COMMENT ON COLUMN @extschema@.muat_instansi.instansi IS 'the unit being loaded (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.muat_instansi.tahun IS 'the year being loaded';
COMMENT ON COLUMN @extschema@.muat_instansi.berkas IS 'the file the row came from, as the report names it';
COMMENT ON COLUMN @extschema@.muat_instansi.lembar IS 'the sheet of a workbook; empty for a CSV file';
COMMENT ON COLUMN @extschema@.muat_instansi.baris IS 'the row number as the spreadsheet shows it (the header is row 1)';
COMMENT ON COLUMN @extschema@.muat_instansi.jumlah_kolom IS 'how many cells the client read in the row; NULL when it cannot tell.  Another number than the template''s columns means a wrong separator';
COMMENT ON COLUMN @extschema@.muat_instansi.nama IS 'the cell nama: the unit''s name as printed';
COMMENT ON COLUMN @extschema@.muat_instansi.jenis IS 'the cell jenis: the kind of unit: dinas, badan, kecamatan, ...';
COMMENT ON COLUMN @extschema@.muat_instansi.alamat IS 'the cell alamat: the address the report''s header prints';
COMMENT ON COLUMN @extschema@.muat_instansi.label_pppk IS 'the cell label_pppk: the word Tabel 1 prints for PPPK staff: PPPK or P3K';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.muat_instansi', '');

CREATE TABLE @extschema@.muat_kepala_instansi (
    instansi        text NOT NULL REFERENCES @extschema@.instansi (kode),
    tahun           integer NOT NULL CONSTRAINT muat_kepala_instansi_tahun_wajar CHECK (tahun BETWEEN 1990 AND 2200),
    berkas          text NOT NULL,
    lembar          text NOT NULL DEFAULT '',
    baris           integer NOT NULL CONSTRAINT muat_kepala_instansi_baris_positif CHECK (baris > 0),
    jumlah_kolom    integer,
    mulai           text,
    nama            text,
    nip             text,
    pangkat         text,
    jabatan         text,
    CONSTRAINT muat_kepala_instansi_pkey PRIMARY KEY (instansi, tahun, berkas, lembar, baris)
);
COMMENT ON TABLE @extschema@.muat_kepala_instansi IS 'Staging for the template kepala_instansi (who headed the unit in the year (lkj.kepala_instansi): one row a head, several when the head changed): one row a row of the planner''s file, every cell as the text it holds; lkj.muat() validates and applies it, and empties it once applied.';
COMMENT ON COLUMN @extschema@.muat_kepala_instansi.instansi IS 'the unit being loaded (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.muat_kepala_instansi.tahun IS 'the year being loaded';
COMMENT ON COLUMN @extschema@.muat_kepala_instansi.berkas IS 'the file the row came from, as the report names it';
COMMENT ON COLUMN @extschema@.muat_kepala_instansi.lembar IS 'the sheet of a workbook; empty for a CSV file';
COMMENT ON COLUMN @extschema@.muat_kepala_instansi.baris IS 'the row number as the spreadsheet shows it (the header is row 1)';
COMMENT ON COLUMN @extschema@.muat_kepala_instansi.jumlah_kolom IS 'how many cells the client read in the row; NULL when it cannot tell.  Another number than the template''s columns means a wrong separator';
COMMENT ON COLUMN @extschema@.muat_kepala_instansi.mulai IS 'the cell mulai: the day this head took office';
COMMENT ON COLUMN @extschema@.muat_kepala_instansi.nama IS 'the cell nama: name as printed, with titles';
COMMENT ON COLUMN @extschema@.muat_kepala_instansi.nip IS 'the cell nip: NIP, 18 digits';
COMMENT ON COLUMN @extschema@.muat_kepala_instansi.pangkat IS 'the cell pangkat: rank and grade as printed';
COMMENT ON COLUMN @extschema@.muat_kepala_instansi.jabatan IS 'the cell jabatan: title as printed';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.muat_kepala_instansi', '');

CREATE TABLE @extschema@.muat_renstra (
    instansi        text NOT NULL REFERENCES @extschema@.instansi (kode),
    tahun           integer NOT NULL CONSTRAINT muat_renstra_tahun_wajar CHECK (tahun BETWEEN 1990 AND 2200),
    berkas          text NOT NULL,
    lembar          text NOT NULL DEFAULT '',
    baris           integer NOT NULL CONSTRAINT muat_renstra_baris_positif CHECK (baris > 0),
    jumlah_kolom    integer,
    kode            text,
    nama            text,
    jenis           text,
    tahun_awal      text,
    tahun_akhir     text,
    CONSTRAINT muat_renstra_pkey PRIMARY KEY (instansi, tahun, berkas, lembar, baris)
);
COMMENT ON TABLE @extschema@.muat_renstra IS 'Staging for the template renstra (the planning documents covering the year (lkj.renstra): the Renstra, the parent body''s, or the PK): one row a row of the planner''s file, every cell as the text it holds; lkj.muat() validates and applies it, and empties it once applied.';
COMMENT ON COLUMN @extschema@.muat_renstra.instansi IS 'the unit being loaded (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.muat_renstra.tahun IS 'the year being loaded';
COMMENT ON COLUMN @extschema@.muat_renstra.berkas IS 'the file the row came from, as the report names it';
COMMENT ON COLUMN @extschema@.muat_renstra.lembar IS 'the sheet of a workbook; empty for a CSV file';
COMMENT ON COLUMN @extschema@.muat_renstra.baris IS 'the row number as the spreadsheet shows it (the header is row 1)';
COMMENT ON COLUMN @extschema@.muat_renstra.jumlah_kolom IS 'how many cells the client read in the row; NULL when it cannot tell.  Another number than the template''s columns means a wrong separator';
COMMENT ON COLUMN @extschema@.muat_renstra.kode IS 'the cell kode: the document''s kode (2024-2026)';
COMMENT ON COLUMN @extschema@.muat_renstra.nama IS 'the cell nama: its name as printed';
COMMENT ON COLUMN @extschema@.muat_renstra.jenis IS 'the cell jenis: renstra, induk or pk';
COMMENT ON COLUMN @extschema@.muat_renstra.tahun_awal IS 'the cell tahun_awal: its first year';
COMMENT ON COLUMN @extschema@.muat_renstra.tahun_akhir IS 'the cell tahun_akhir: its last year';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.muat_renstra', '');

CREATE TABLE @extschema@.muat_tujuan (
    instansi        text NOT NULL REFERENCES @extschema@.instansi (kode),
    tahun           integer NOT NULL CONSTRAINT muat_tujuan_tahun_wajar CHECK (tahun BETWEEN 1990 AND 2200),
    berkas          text NOT NULL,
    lembar          text NOT NULL DEFAULT '',
    baris           integer NOT NULL CONSTRAINT muat_tujuan_baris_positif CHECK (baris > 0),
    jumlah_kolom    integer,
    renstra         text,
    no              text,
    uraian          text,
    CONSTRAINT muat_tujuan_pkey PRIMARY KEY (instansi, tahun, berkas, lembar, baris)
);
COMMENT ON TABLE @extschema@.muat_tujuan IS 'Staging for the template tujuan (the goals (lkj.tujuan) of the Renstra covering the year): one row a row of the planner''s file, every cell as the text it holds; lkj.muat() validates and applies it, and empties it once applied.';
COMMENT ON COLUMN @extschema@.muat_tujuan.instansi IS 'the unit being loaded (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.muat_tujuan.tahun IS 'the year being loaded';
COMMENT ON COLUMN @extschema@.muat_tujuan.berkas IS 'the file the row came from, as the report names it';
COMMENT ON COLUMN @extschema@.muat_tujuan.lembar IS 'the sheet of a workbook; empty for a CSV file';
COMMENT ON COLUMN @extschema@.muat_tujuan.baris IS 'the row number as the spreadsheet shows it (the header is row 1)';
COMMENT ON COLUMN @extschema@.muat_tujuan.jumlah_kolom IS 'how many cells the client read in the row; NULL when it cannot tell.  Another number than the template''s columns means a wrong separator';
COMMENT ON COLUMN @extschema@.muat_tujuan.renstra IS 'the cell renstra: the Renstra''s kode';
COMMENT ON COLUMN @extschema@.muat_tujuan.no IS 'the cell no: its number in the Renstra';
COMMENT ON COLUMN @extschema@.muat_tujuan.uraian IS 'the cell uraian: its wording';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.muat_tujuan', '');

CREATE TABLE @extschema@.muat_sasaran (
    instansi        text NOT NULL REFERENCES @extschema@.instansi (kode),
    tahun           integer NOT NULL CONSTRAINT muat_sasaran_tahun_wajar CHECK (tahun BETWEEN 1990 AND 2200),
    berkas          text NOT NULL,
    lembar          text NOT NULL DEFAULT '',
    baris           integer NOT NULL CONSTRAINT muat_sasaran_baris_positif CHECK (baris > 0),
    jumlah_kolom    integer,
    renstra         text,
    no              text,
    tujuan          text,
    uraian          text,
    CONSTRAINT muat_sasaran_pkey PRIMARY KEY (instansi, tahun, berkas, lembar, baris)
);
COMMENT ON TABLE @extschema@.muat_sasaran IS 'Staging for the template sasaran (the strategic objectives (lkj.sasaran) of the Renstra covering the year): one row a row of the planner''s file, every cell as the text it holds; lkj.muat() validates and applies it, and empties it once applied.';
COMMENT ON COLUMN @extschema@.muat_sasaran.instansi IS 'the unit being loaded (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.muat_sasaran.tahun IS 'the year being loaded';
COMMENT ON COLUMN @extschema@.muat_sasaran.berkas IS 'the file the row came from, as the report names it';
COMMENT ON COLUMN @extschema@.muat_sasaran.lembar IS 'the sheet of a workbook; empty for a CSV file';
COMMENT ON COLUMN @extschema@.muat_sasaran.baris IS 'the row number as the spreadsheet shows it (the header is row 1)';
COMMENT ON COLUMN @extschema@.muat_sasaran.jumlah_kolom IS 'how many cells the client read in the row; NULL when it cannot tell.  Another number than the template''s columns means a wrong separator';
COMMENT ON COLUMN @extschema@.muat_sasaran.renstra IS 'the cell renstra: the Renstra''s kode';
COMMENT ON COLUMN @extschema@.muat_sasaran.no IS 'the cell no: its number across the Renstra';
COMMENT ON COLUMN @extschema@.muat_sasaran.tujuan IS 'the cell tujuan: the number of its tujuan; empty for a unit without a tujuan level';
COMMENT ON COLUMN @extschema@.muat_sasaran.uraian IS 'the cell uraian: its wording';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.muat_sasaran', '');

CREATE TABLE @extschema@.muat_perjanjian_kinerja (
    instansi                 text NOT NULL REFERENCES @extschema@.instansi (kode),
    tahun                    integer NOT NULL CONSTRAINT muat_perjanjian_kinerja_tahun_wajar CHECK (tahun BETWEEN 1990 AND 2200),
    berkas                   text NOT NULL,
    lembar                   text NOT NULL DEFAULT '',
    baris                    integer NOT NULL CONSTRAINT muat_perjanjian_kinerja_baris_positif CHECK (baris > 0),
    jumlah_kolom             integer,
    jenis                    text,
    tanggal                  text,
    tempat                   text,
    pihak_pertama_nama       text,
    pihak_pertama_jabatan    text,
    pihak_pertama_pangkat    text,
    pihak_pertama_nip        text,
    pihak_kedua_nama         text,
    pihak_kedua_jabatan      text,
    CONSTRAINT muat_perjanjian_kinerja_pkey PRIMARY KEY (instansi, tahun, berkas, lembar, baris)
);
COMMENT ON TABLE @extschema@.muat_perjanjian_kinerja IS 'Staging for the template perjanjian_kinerja (the year''s Perjanjian Kinerja, original and revised, with its signatories (lkj.perjanjian_kinerja)): one row a row of the planner''s file, every cell as the text it holds; lkj.muat() validates and applies it, and empties it once applied.';
COMMENT ON COLUMN @extschema@.muat_perjanjian_kinerja.instansi IS 'the unit being loaded (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.muat_perjanjian_kinerja.tahun IS 'the year being loaded';
COMMENT ON COLUMN @extschema@.muat_perjanjian_kinerja.berkas IS 'the file the row came from, as the report names it';
COMMENT ON COLUMN @extschema@.muat_perjanjian_kinerja.lembar IS 'the sheet of a workbook; empty for a CSV file';
COMMENT ON COLUMN @extschema@.muat_perjanjian_kinerja.baris IS 'the row number as the spreadsheet shows it (the header is row 1)';
COMMENT ON COLUMN @extschema@.muat_perjanjian_kinerja.jumlah_kolom IS 'how many cells the client read in the row; NULL when it cannot tell.  Another number than the template''s columns means a wrong separator';
COMMENT ON COLUMN @extschema@.muat_perjanjian_kinerja.jenis IS 'the cell jenis: awal or perubahan';
COMMENT ON COLUMN @extschema@.muat_perjanjian_kinerja.tanggal IS 'the cell tanggal: the day it was signed';
COMMENT ON COLUMN @extschema@.muat_perjanjian_kinerja.tempat IS 'the cell tempat: the place it was signed';
COMMENT ON COLUMN @extschema@.muat_perjanjian_kinerja.pihak_pertama_nama IS 'the cell pihak_pertama_nama: the first party''s name';
COMMENT ON COLUMN @extschema@.muat_perjanjian_kinerja.pihak_pertama_jabatan IS 'the cell pihak_pertama_jabatan: the first party''s title';
COMMENT ON COLUMN @extschema@.muat_perjanjian_kinerja.pihak_pertama_pangkat IS 'the cell pihak_pertama_pangkat: the first party''s rank and grade';
COMMENT ON COLUMN @extschema@.muat_perjanjian_kinerja.pihak_pertama_nip IS 'the cell pihak_pertama_nip: the first party''s NIP, 18 digits';
COMMENT ON COLUMN @extschema@.muat_perjanjian_kinerja.pihak_kedua_nama IS 'the cell pihak_kedua_nama: the second party''s name';
COMMENT ON COLUMN @extschema@.muat_perjanjian_kinerja.pihak_kedua_jabatan IS 'the cell pihak_kedua_jabatan: the second party''s title';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.muat_perjanjian_kinerja', '');

CREATE TABLE @extschema@.muat_sub_kegiatan (
    instansi              text NOT NULL REFERENCES @extschema@.instansi (kode),
    tahun                 integer NOT NULL CONSTRAINT muat_sub_kegiatan_tahun_wajar CHECK (tahun BETWEEN 1990 AND 2200),
    berkas                text NOT NULL,
    lembar                text NOT NULL DEFAULT '',
    baris                 integer NOT NULL CONSTRAINT muat_sub_kegiatan_baris_positif CHECK (baris > 0),
    jumlah_kolom          integer,
    program               text,
    kegiatan              text,
    kode                  text,
    kode_cetak            text,
    no                    text,
    nama                  text,
    anggaran_awal         text,
    anggaran_perubahan    text,
    realisasi             text,
    CONSTRAINT muat_sub_kegiatan_pkey PRIMARY KEY (instansi, tahun, berkas, lembar, baris)
);
COMMENT ON TABLE @extschema@.muat_sub_kegiatan IS 'Staging for the template sub_kegiatan (the year''s sub-kegiatan of its kegiatan with budget and spending (lkj.sub_kegiatan)): one row a row of the planner''s file, every cell as the text it holds; lkj.muat() validates and applies it, and empties it once applied.';
COMMENT ON COLUMN @extschema@.muat_sub_kegiatan.instansi IS 'the unit being loaded (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.muat_sub_kegiatan.tahun IS 'the year being loaded';
COMMENT ON COLUMN @extschema@.muat_sub_kegiatan.berkas IS 'the file the row came from, as the report names it';
COMMENT ON COLUMN @extschema@.muat_sub_kegiatan.lembar IS 'the sheet of a workbook; empty for a CSV file';
COMMENT ON COLUMN @extschema@.muat_sub_kegiatan.baris IS 'the row number as the spreadsheet shows it (the header is row 1)';
COMMENT ON COLUMN @extschema@.muat_sub_kegiatan.jumlah_kolom IS 'how many cells the client read in the row; NULL when it cannot tell.  Another number than the template''s columns means a wrong separator';
COMMENT ON COLUMN @extschema@.muat_sub_kegiatan.program IS 'the cell program: the kode of its program';
COMMENT ON COLUMN @extschema@.muat_sub_kegiatan.kegiatan IS 'the cell kegiatan: the kode of its kegiatan';
COMMENT ON COLUMN @extschema@.muat_sub_kegiatan.kode IS 'the cell kode: the national code, 7.01.02.2.01.0001';
COMMENT ON COLUMN @extschema@.muat_sub_kegiatan.kode_cetak IS 'the cell kode_cetak: the code as the documents print it; empty: as kode';
COMMENT ON COLUMN @extschema@.muat_sub_kegiatan.no IS 'the cell no: its number within the kegiatan';
COMMENT ON COLUMN @extschema@.muat_sub_kegiatan.nama IS 'the cell nama: its name';
COMMENT ON COLUMN @extschema@.muat_sub_kegiatan.anggaran_awal IS 'the cell anggaran_awal: original budget, Rupiah';
COMMENT ON COLUMN @extschema@.muat_sub_kegiatan.anggaran_perubahan IS 'the cell anggaran_perubahan: revised budget, Rupiah';
COMMENT ON COLUMN @extschema@.muat_sub_kegiatan.realisasi IS 'the cell realisasi: money spent, Rupiah';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.muat_sub_kegiatan', '');

CREATE TABLE @extschema@.muat_jabatan (
    instansi        text NOT NULL REFERENCES @extschema@.instansi (kode),
    tahun           integer NOT NULL CONSTRAINT muat_jabatan_tahun_wajar CHECK (tahun BETWEEN 1990 AND 2200),
    berkas          text NOT NULL,
    lembar          text NOT NULL DEFAULT '',
    baris           integer NOT NULL CONSTRAINT muat_jabatan_baris_positif CHECK (baris > 0),
    jumlah_kolom    integer,
    kode            text,
    no              text,
    nama            text,
    jenis           text,
    eselon          text,
    CONSTRAINT muat_jabatan_pkey PRIMARY KEY (instansi, tahun, berkas, lembar, baris)
);
COMMENT ON TABLE @extschema@.muat_jabatan IS 'Staging for the template jabatan (the unit''s positions as Tabel 1 lists them (lkj.jabatan)): one row a row of the planner''s file, every cell as the text it holds; lkj.muat() validates and applies it, and empties it once applied.';
COMMENT ON COLUMN @extschema@.muat_jabatan.instansi IS 'the unit being loaded (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.muat_jabatan.tahun IS 'the year being loaded';
COMMENT ON COLUMN @extschema@.muat_jabatan.berkas IS 'the file the row came from, as the report names it';
COMMENT ON COLUMN @extschema@.muat_jabatan.lembar IS 'the sheet of a workbook; empty for a CSV file';
COMMENT ON COLUMN @extschema@.muat_jabatan.baris IS 'the row number as the spreadsheet shows it (the header is row 1)';
COMMENT ON COLUMN @extschema@.muat_jabatan.jumlah_kolom IS 'how many cells the client read in the row; NULL when it cannot tell.  Another number than the template''s columns means a wrong separator';
COMMENT ON COLUMN @extschema@.muat_jabatan.kode IS 'the cell kode: the position''s kode';
COMMENT ON COLUMN @extschema@.muat_jabatan.no IS 'the cell no: its place in Tabel 1';
COMMENT ON COLUMN @extschema@.muat_jabatan.nama IS 'the cell nama: its name';
COMMENT ON COLUMN @extschema@.muat_jabatan.jenis IS 'the cell jenis: struktural, fungsional, pelaksana or kontrak';
COMMENT ON COLUMN @extschema@.muat_jabatan.eselon IS 'the cell eselon: eselon 1 to 4 of a structural position';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.muat_jabatan', '');

CREATE TABLE @extschema@.muat_kebutuhan_pegawai (
    instansi        text NOT NULL REFERENCES @extschema@.instansi (kode),
    tahun           integer NOT NULL CONSTRAINT muat_kebutuhan_pegawai_tahun_wajar CHECK (tahun BETWEEN 1990 AND 2200),
    berkas          text NOT NULL,
    lembar          text NOT NULL DEFAULT '',
    baris           integer NOT NULL CONSTRAINT muat_kebutuhan_pegawai_baris_positif CHECK (baris > 0),
    jumlah_kolom    integer,
    jumlah          text,
    sumber          text,
    CONSTRAINT muat_kebutuhan_pegawai_pkey PRIMARY KEY (instansi, tahun, berkas, lembar, baris)
);
COMMENT ON TABLE @extschema@.muat_kebutuhan_pegawai IS 'Staging for the template kebutuhan_pegawai (the positions the unit needs in the year by its job analysis (lkj.kebutuhan_pegawai): one row): one row a row of the planner''s file, every cell as the text it holds; lkj.muat() validates and applies it, and empties it once applied.';
COMMENT ON COLUMN @extschema@.muat_kebutuhan_pegawai.instansi IS 'the unit being loaded (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.muat_kebutuhan_pegawai.tahun IS 'the year being loaded';
COMMENT ON COLUMN @extschema@.muat_kebutuhan_pegawai.berkas IS 'the file the row came from, as the report names it';
COMMENT ON COLUMN @extschema@.muat_kebutuhan_pegawai.lembar IS 'the sheet of a workbook; empty for a CSV file';
COMMENT ON COLUMN @extschema@.muat_kebutuhan_pegawai.baris IS 'the row number as the spreadsheet shows it (the header is row 1)';
COMMENT ON COLUMN @extschema@.muat_kebutuhan_pegawai.jumlah_kolom IS 'how many cells the client read in the row; NULL when it cannot tell.  Another number than the template''s columns means a wrong separator';
COMMENT ON COLUMN @extschema@.muat_kebutuhan_pegawai.jumlah IS 'the cell jumlah: how many positions';
COMMENT ON COLUMN @extschema@.muat_kebutuhan_pegawai.sumber IS 'the cell sumber: the document it comes from';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.muat_kebutuhan_pegawai', '');

-- Constraint names that say what they protect (issue 12, item 4).  1.0 left
-- these table constraints auto-named <table>_check, _check1, ...: a planner
-- reading "violates check constraint target_check1" learns nothing.  Renamed
-- here, which runs in a fresh install and in the upgrade from 1.0 alike, so
-- both end with the same names; lkj.pesan below holds each one's sentence.

ALTER TABLE @extschema@.renstra RENAME CONSTRAINT renstra_check TO renstra_rentang_tahun;
COMMENT ON CONSTRAINT renstra_rentang_tahun ON @extschema@.renstra IS 'a Renstra ends in its first year or up to nine years later';
ALTER TABLE @extschema@.indikator RENAME CONSTRAINT indikator_check TO indikator_satu_induk;
COMMENT ON CONSTRAINT indikator_satu_induk ON @extschema@.indikator IS 'an indicator belongs to exactly one tujuan, sasaran, program or kegiatan';
ALTER TABLE @extschema@.indikator RENAME CONSTRAINT indikator_check1 TO indikator_renstra_sesuai_induk;
COMMENT ON CONSTRAINT indikator_renstra_sesuai_induk ON @extschema@.indikator IS 'a Renstra is named exactly when the indicator hangs on a tujuan or sasaran';
ALTER TABLE @extschema@.indikator RENAME CONSTRAINT indikator_check2 TO indikator_tahun_sesuai_induk;
COMMENT ON CONSTRAINT indikator_tahun_sesuai_induk ON @extschema@.indikator IS 'a year is named exactly when the indicator hangs on a program or kegiatan';
ALTER TABLE @extschema@.indikator RENAME CONSTRAINT indikator_check3 TO indikator_iku_tujuan_sasaran;
COMMENT ON CONSTRAINT indikator_iku_tujuan_sasaran ON @extschema@.indikator IS 'only a tujuan or sasaran indicator is an IKU';
ALTER TABLE @extschema@.indikator RENAME CONSTRAINT indikator_check4 TO indikator_dokumen_desa_rasio;
COMMENT ON CONSTRAINT indikator_dokumen_desa_rasio ON @extschema@.indikator IS 'an indicator counted from village documents is a rasio';
ALTER TABLE @extschema@.perjanjian_kinerja RENAME CONSTRAINT perjanjian_kinerja_check TO perjanjian_kinerja_tanggal_tahun;
COMMENT ON CONSTRAINT perjanjian_kinerja_tanggal_tahun ON @extschema@.perjanjian_kinerja IS 'a PK is signed in its year or the year before';
ALTER TABLE @extschema@.target RENAME CONSTRAINT target_check TO target_nilai_atau_rentang;
COMMENT ON CONSTRAINT target_nilai_atau_rentang ON @extschema@.target IS 'a target is one value or one range, not both and not neither';
ALTER TABLE @extschema@.target RENAME CONSTRAINT target_check1 TO target_rentang_lengkap;
COMMENT ON CONSTRAINT target_rentang_lengkap ON @extschema@.target IS 'a range has both its bounds';
ALTER TABLE @extschema@.target RENAME CONSTRAINT target_check2 TO target_rentang_urut;
COMMENT ON CONSTRAINT target_rentang_urut ON @extschema@.target IS 'a range''s lower bound is not above its upper bound';
ALTER TABLE @extschema@.realisasi RENAME CONSTRAINT realisasi_check TO realisasi_nilai_atau_pasangan;
COMMENT ON CONSTRAINT realisasi_nilai_atau_pasangan ON @extschema@.realisasi IS 'a realisasi is a value or a count pair, not both and not neither';
ALTER TABLE @extschema@.realisasi RENAME CONSTRAINT realisasi_check1 TO realisasi_pasangan_lengkap;
COMMENT ON CONSTRAINT realisasi_pasangan_lengkap ON @extschema@.realisasi IS 'pembilang and penyebut go together';
ALTER TABLE @extschema@.jabatan RENAME CONSTRAINT jabatan_check TO jabatan_eselon_struktural;
COMMENT ON CONSTRAINT jabatan_eselon_struktural ON @extschema@.jabatan IS 'only a structural position has an eselon';
ALTER TABLE @extschema@.sarana RENAME CONSTRAINT sarana_check TO sarana_jumlah_ada;
COMMENT ON CONSTRAINT sarana_jumlah_ada ON @extschema@.sarana IS 'an asset line counts at least one item';

-- lkj's messages: the load report's sentences (lkj.muat), and per constraint
-- the sentence for a row it refuses.  Written here so that a fresh install and
-- the upgrade hold the same rows; a later release changes them the same way.
INSERT INTO @extschema@.pesan (kode, teks_id, teks_en) VALUES
    ('wajib_diisi',
     'Sel ini wajib diisi; isilah sesuai catatan di baris judul.',
     'This cell must be filled; fill it as the header''s note says.'),
    ('angka_salah',
     '"%1$s" bukan angka; tulis angka (%2$s).',
     '"%1$s" is not a number; write a number (%2$s).'),
    ('angka_bukan_id',
     '"%1$s" ditulis dengan titik desimal atau koma ribuan, padahal muatan ini berlokal Indonesia; tulis koma untuk desimal dan titik untuk ribuan (%2$s), atau muat dengan lokal intl.',
     '"%1$s" uses a decimal point or thousands commas while this load is Indonesian; write a decimal comma and thousands dots (%2$s), or load with locale intl.'),
    ('angka_bukan_intl',
     '"%1$s" ditulis dengan koma desimal, padahal muatan ini berlokal internasional; tulis titik desimal (%2$s), atau muat dengan lokal id.',
     '"%1$s" uses a decimal comma while this load is international; write a decimal point (%2$s), or load with locale id.'),
    ('bukan_bulat',
     '"%1$s" harus bilangan bulat, tanpa desimal.',
     '"%1$s" must be a whole number, without decimals.'),
    ('negatif',
     '"%1$s" negatif; nilai ini tidak boleh kurang dari nol.',
     '"%1$s" is negative; this value must not be below zero.'),
    ('bukan_positif',
     '"%1$s" harus lebih dari nol.',
     '"%1$s" must be above zero.'),
    ('tanggal_salah',
     '"%1$s" bukan tanggal yang dapat dibaca; tulis %2$s.',
     '"%1$s" is not a date that can be read; write %2$s.'),
    ('tanggal_mustahil',
     '"%1$s" tidak ada di kalender: hari ditulis lebih dulu, lalu bulan 1 sampai 12 (%2$s).',
     '"%1$s" is not a date of the calendar: the day comes first, then the month 1 to 12 (%2$s).'),
    ('pilihan_salah',
     '"%1$s" bukan pilihan yang dikenal; pilih salah satu dari: %2$s.',
     '"%1$s" is not a known choice; choose one of: %2$s.'),
    ('kode_bentuk',
     '"%1$s" bukan kode yang sah; kode dimulai dengan huruf atau angka, lalu hanya huruf, angka, titik, garis bawah atau tanda hubung.',
     '"%1$s" is not a valid code; a code starts with a letter or digit, then letters, digits, dots, underscores or hyphens only.'),
    ('kode_tak_dikenal',
     'Kode "%1$s" tidak dikenal: tidak ada %2$s dengan kode ini pada unit dan tahun ini; periksa ejaannya atau isi dulu lembar %2$s.',
     'Code "%1$s" is unknown: no %2$s of this unit and year has it; check its spelling or fill the %2$s sheet first.'),
    ('kolom_tak_cocok',
     'Baris ini terbaca %1$s kolom, padahal templat memiliki %2$s kolom; periksa pemisah kolom (titik koma untuk CSV Indonesia) dan tanda kutip.',
     'This row reads as %1$s columns where the template has %2$s; check the separator (a semicolon in an Indonesian CSV) and the quotes.'),
    ('baris_ganda',
     'Baris dengan kunci "%1$s" sudah ada di baris %2$s; hapus salah satunya.',
     'A row with key "%1$s" is there already in row %2$s; remove one of them.'),
    ('sasaran_tak_dikenal',
     'Renstra "%2$s" tidak memiliki sasaran nomor %1$s.',
     'Renstra "%2$s" has no sasaran number %1$s.'),
    ('induk_indikator',
     'Indikator harus berada di bawah tepat satu program atau satu kegiatan: isi kolom program atau kolom kegiatan, tidak keduanya.',
     'An indicator belongs to exactly one program or one kegiatan: fill the program column or the kegiatan column, not both.'),
    ('pk_tidak_ada',
     'Target %1$s membutuhkan Perjanjian Kinerja tahun ini yang belum tercatat; catat dulu PK-nya.',
     'A %1$s target needs this year''s Perjanjian Kinerja, which is not recorded; record the PK first.'),
    ('target_kosong',
     'Target tidak diisi: isi nilai, atau batas bawah dan batas atas untuk target rentang.',
     'The target is missing: fill nilai, or batas_bawah and batas_atas for a range.'),
    ('target_dua',
     'Target berisi nilai dan rentang sekaligus; isi salah satu saja.',
     'The target has a value and a range; fill one of them.'),
    ('rentang_separuh',
     'Target rentang membutuhkan batas bawah dan batas atas; salah satunya kosong.',
     'A range target needs both bounds; one of them is empty.'),
    ('rentang_terbalik',
     'Batas bawah %1$s lebih besar daripada batas atas.',
     'The lower bound %1$s is above the upper bound.'),
    ('triwulan_salah',
     'Triwulan %1$s tidak ada: tahun hanya memiliki triwulan 1 sampai 4 (kosongkan untuk realisasi setahun).',
     'There is no quarter %1$s: a year has quarters 1 to 4 (leave it empty for the whole year).'),
    ('realisasi_kosong',
     'Realisasi tidak diisi: isi nilai, atau pembilang dan penyebut.',
     'The realisasi is missing: fill nilai, or pembilang and penyebut.'),
    ('realisasi_dua',
     'Realisasi berisi nilai dan pembilang/penyebut sekaligus; isi salah satu saja.',
     'The realisasi has a value and a count pair; fill one of them.'),
    ('pasangan_separuh',
     'Pembilang dan penyebut harus diisi berdua; salah satunya kosong.',
     'Pembilang and penyebut go together; one of them is empty.'),
    ('sarana_kosong',
     'Baris sarana tanpa jumlah: isi jumlah baik, rusak atau rusak berat.',
     'An asset line without a quantity: fill baik, rusak or rusak_berat.'),
    ('dokumen_di_luar_tahun',
     'Batas waktu dokumen tahun anggaran %1$s tidak jatuh pada tahun yang dimuat; dokumen ini milik muatan tahun lain.',
     'The deadline of this document for fiscal year %1$s does not fall in the year loaded; it belongs to another year''s load.'),
    ('tanggal_di_luar',
     'Tanggal "%1$s" terlalu jauh dari tahun anggaran dokumennya; periksa tahunnya.',
     'The date "%1$s" is too far from its document''s fiscal year; check the year.'),
    ('aturan_basis_data',
     'Tabel %1$s menolak muatan ini: %2$s.  Tidak ada yang disimpan.',
     'Table %1$s refused this load: %2$s.  Nothing was saved.'),
    ('baris_tambah',
     '%2$s %1$s: baris baru.',
     '%2$s %1$s is added.'),
    ('baris_ubah',
     '%2$s %1$s: isinya berubah.',
     '%2$s %1$s is changed.'),
    ('baris_hapus',
     '%2$s %1$s: dihapus, karena tidak ada di berkas.',
     '%2$s %1$s is removed: the file does not have it.'),
    ('renstra_rentang_tahun',
     'Renstra harus berakhir pada tahun awalnya atau paling lama sembilan tahun sesudahnya.',
     'A Renstra ends in its first year or at most nine years later.'),
    ('indikator_satu_induk',
     'Indikator harus berada di bawah tepat satu tujuan, sasaran, program atau kegiatan.',
     'An indicator belongs to exactly one tujuan, sasaran, program or kegiatan.'),
    ('indikator_renstra_sesuai_induk',
     'Renstra diisi tepat bila indikator berada di bawah tujuan atau sasaran.',
     'A Renstra is named exactly when the indicator hangs on a tujuan or sasaran.'),
    ('indikator_tahun_sesuai_induk',
     'Tahun diisi tepat bila indikator berada di bawah program atau kegiatan.',
     'A year is named exactly when the indicator hangs on a program or kegiatan.'),
    ('indikator_iku_tujuan_sasaran',
     'Hanya indikator tujuan atau sasaran yang dapat menjadi IKU.',
     'Only a tujuan or sasaran indicator can be an IKU.'),
    ('indikator_dokumen_desa_rasio',
     'Indikator yang dihitung dari dokumen desa harus beragregasi rasio.',
     'An indicator counted from village documents uses the rasio rule.'),
    ('perjanjian_kinerja_tanggal_tahun',
     'Perjanjian Kinerja ditandatangani pada tahunnya atau tahun sebelumnya.',
     'A PK is signed in its year or the year before.'),
    ('target_nilai_atau_rentang',
     'Target berisi satu nilai atau satu rentang, tidak keduanya dan tidak kosong.',
     'A target is one value or one range, not both and not neither.'),
    ('target_rentang_lengkap',
     'Target rentang membutuhkan batas bawah dan batas atas.',
     'A range target needs both bounds.'),
    ('target_rentang_urut',
     'Batas bawah target tidak boleh lebih besar daripada batas atasnya.',
     'A target''s lower bound must not be above its upper bound.'),
    ('realisasi_nilai_atau_pasangan',
     'Realisasi berisi satu nilai atau satu pasangan pembilang/penyebut, tidak keduanya dan tidak kosong.',
     'A realisasi is a value or a count pair, not both and not neither.'),
    ('realisasi_pasangan_lengkap',
     'Pembilang dan penyebut harus diisi berdua.',
     'Pembilang and penyebut go together.'),
    ('jabatan_eselon_struktural',
     'Hanya jabatan struktural yang memiliki eselon.',
     'Only a structural position has an eselon.'),
    ('sarana_jumlah_ada',
     'Baris sarana harus berjumlah sedikitnya satu barang.',
     'An asset line counts at least one item.'),
    ('indikator_instansi_tahun_program_fkey',
     'Program yang akan dihapus masih memiliki indikator tahun ini; muat juga lembar indikator tanpa indikator program itu, atau biarkan programnya di berkas.',
     'A program the load removes still has indicators this year; load the indikator sheet without them too, or keep the program in the file.'),
    ('indikator_instansi_tahun_kegiatan_fkey',
     'Kegiatan yang akan dihapus masih memiliki indikator tahun ini; muat juga lembar indikator tanpa indikator kegiatan itu, atau biarkan kegiatannya di berkas.',
     'A kegiatan the load removes still has indicators this year; load the indikator sheet without them too, or keep the kegiatan in the file.'),
    ('kegiatan_instansi_tahun_program_fkey',
     'Program yang akan dihapus masih memiliki kegiatan; muat juga lembar kegiatan tanpa kegiatan program itu, atau biarkan programnya di berkas.',
     'A program the load removes still has kegiatan; load the kegiatan sheet without them too, or keep the program in the file.'),
    ('anggaran_pk_instansi_tahun_program_fkey',
     'Program yang akan dihapus masih tercantum dalam anggaran PK; muat juga lembar anggaran_pk tanpa program itu.',
     'A program the load removes is still in a PK''s budget; load the anggaran_pk sheet without it too.'),
    ('target_instansi_indikator_fkey',
     'Indikator yang akan dihapus masih memiliki target; hapus dulu targetnya, atau biarkan indikatornya di berkas.',
     'An indicator the load removes still has targets; remove them first, or keep the indicator in the file.'),
    ('realisasi_instansi_indikator_fkey',
     'Indikator yang akan dihapus masih memiliki realisasi; hapus dulu realisasinya, atau biarkan indikatornya di berkas.',
     'An indicator the load removes still has realisasi; remove them first, or keep the indicator in the file.'),
    ('identitas_hak',
     'Identitas unit di berkas berbeda dari yang tercatat, dan hanya admin (lkj_admin) yang dapat mengubahnya; kembalikan isinya seperti semula, atau minta admin memuatnya.',
     'The unit''s identity in the file differs from the one recorded, and only an admin (lkj_admin) may change it; put it back as it was, or ask an admin to load it.'),
    ('mulai_sesudah_tahun',
     'Kepala yang mulai menjabat "%1$s" belum memimpin unit pada tahun yang dimuat; tanggal mulai paling lambat 31 Desember tahun itu.',
     'A head who took office on "%1$s" did not lead the unit in the year loaded; the day is at most 31 December of that year.'),
    ('nip_salah',
     '"%1$s" bukan NIP: NIP terdiri atas 18 angka tanpa spasi atau tanda baca (ketik sel sebagai teks agar angkanya tidak dibulatkan).',
     '"%1$s" is not a NIP: a NIP is 18 digits without spaces or punctuation (type the cell as text so that its digits are not rounded).'),
    ('renstra_di_luar_tahun',
     'Dokumen berjangka %1$s tidak mencakup tahun %2$s yang dimuat; lembar renstra hanya memuat dokumen yang berlaku pada tahun itu.',
     'A document for %1$s does not cover the year %2$s loaded; the renstra sheet holds only the documents in force that year.'),
    ('tujuan_tak_dikenal',
     'Renstra "%2$s" tidak memiliki tujuan nomor %1$s.',
     'Renstra "%2$s" has no tujuan number %1$s.'),
    ('kode_sub_kegiatan',
     '"%1$s" bukan kode sub-kegiatan nasional: urusan.bidang.program.kegiatan.sub-kegiatan dengan bagian terakhir empat angka, misalnya 2.16.02.2.01.0002.',
     '"%1$s" is not a national sub-kegiatan code: urusan.bidang.program.kegiatan.sub-kegiatan with a last part of four digits, e.g. 2.16.02.2.01.0002.'),
    ('pegawai_instansi_jabatan_fkey',
     'Jabatan yang akan dihapus masih dipegang pegawai; muat juga lembar pegawai tanpa jabatan itu, atau biarkan jabatannya di berkas.',
     'A position the load removes is still held by staff; load the pegawai sheet without it too, or keep the position in the file.'),
    ('sub_kegiatan_kegiatan_fkey',
     'Sub-kegiatan harus berada di bawah kegiatan yang ada, dari program yang disebutnya; periksa kolom program dan kegiatan, atau kegiatan yang akan dihapus masih memiliki sub-kegiatan.',
     'A sub-kegiatan belongs to an existing kegiatan of the program it names; check the program and kegiatan columns, or a kegiatan the load removes still has sub-kegiatan.'),
    ('sub_kegiatan_kode_nasional_kegiatan_fkey',
     'Kode sub-kegiatan harus melanjutkan kode nasional kegiatannya (kolom kode_nasional di lembar kegiatan).',
     'A sub-kegiatan''s code continues its kegiatan''s national code (the kode_nasional column of the kegiatan sheet).'),
    ('kegiatan_kode_nasional_program_fkey',
     'Kode nasional kegiatan harus melanjutkan kode nasional programnya (kolom kode_nasional di lembar program).',
     'A kegiatan''s national code continues its program''s (the kode_nasional column of the program sheet).'),
    ('program_instansi_renstra_sasaran_fkey',
     'Sasaran yang akan dihapus masih dilayani program; muat juga lembar program tanpa sasaran itu, atau biarkan sasarannya di berkas.',
     'A sasaran the load removes is still served by a program; load the program sheet without it too, or keep the sasaran in the file.'),
    ('indikator_instansi_renstra_sasaran_fkey',
     'Sasaran yang akan dihapus masih memiliki indikator Renstra; ubah dulu indikatornya, atau biarkan sasarannya di berkas.',
     'A sasaran the load removes still has Renstra indicators; change them first, or keep the sasaran in the file.'),
    ('target_instansi_tahun_pk_fkey',
     'Perjanjian Kinerja yang akan dihapus masih memiliki target; muat juga lembar target tanpa target PK itu, atau biarkan PK-nya di berkas.',
     'A PK the load removes still has targets; load the target sheet without them too, or keep the PK in the file.');
