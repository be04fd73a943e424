-- ======================================================================
-- the budget below the kegiatan: national codes and sub-kegiatan (1.1)
-- ======================================================================

/*
 * Since Permendagri 90/2019 budgets are set and spent per sub-kegiatan, and
 * every level carries a national code of one prefix hierarchy
 * urusan.bidang.program.kegiatan.sub_kegiatan (7.01.02.2.01.0001).  The code
 * circulates in several spellings (a 2-digit sub-kegiatan part, a zero-padded
 * kegiatan part), so the key holds it in one normal form, the one
 * lkj.kode_normal() gives, and the code as printed is kept beside it for
 * display.  The CHECKs below state the normal form by pattern rather than by
 * calling lkj.kode_normal(): the upgrade runs this part before the
 * replaceable parts create that function.
 *
 * program and kegiatan keep their own key (kode: Kunir numbers them 1,
 * 1.1 ...); the national code is optional there, since a unit outside the
 * regional nomenclature (a ministry's directorate) has none.
 */

ALTER TABLE @extschema@.program
    ADD COLUMN kode_nasional text
        CONSTRAINT program_kode_nasional_normal_form
        CHECK (kode_nasional ~ '^([0-9]|X)\.([0-9]{2}|XX)\.[0-9]{2}$'),
    ADD COLUMN kode_cetak text
        CONSTRAINT program_kode_cetak_not_empty CHECK (kode_cetak <> ''),
    ADD CONSTRAINT program_kode_nasional_key UNIQUE (instansi, tahun, kode_nasional),
    -- the target of kegiatan's prefix foreign key
    ADD CONSTRAINT program_kode_kode_nasional_key UNIQUE (instansi, tahun, kode, kode_nasional);
COMMENT ON COLUMN @extschema@.program.kode_nasional IS 'The program''s national code (Permendagri 90/2019: urusan.bidang.program, e.g. 7.01.02) in the normal form of lkj.kode_normal(), for keys and joins; NULL for a unit outside the nomenclature.';
COMMENT ON COLUMN @extschema@.program.kode_cetak IS 'The program''s national code as the unit''s documents print it (e.g. 7.01.02 or X.XX.01); NULL: as kode_nasional.';

ALTER TABLE @extschema@.kegiatan
    ADD COLUMN kode_nasional text
        CONSTRAINT kegiatan_kode_nasional_normal_form
        CHECK (kode_nasional ~ '^([0-9]|X)\.([0-9]{2}|XX)\.[0-9]{2}\.[0-9]\.[0-9]{2}$'),
    ADD COLUMN kode_cetak text
        CONSTRAINT kegiatan_kode_cetak_not_empty CHECK (kode_cetak <> ''),
    ADD CONSTRAINT kegiatan_kode_nasional_key UNIQUE (instansi, tahun, kode_nasional),
    -- the target of sub_kegiatan's foreign key, which carries the program
    ADD CONSTRAINT kegiatan_program_kode_key UNIQUE (instansi, tahun, program, kode),
    -- and of its prefix foreign key
    ADD CONSTRAINT kegiatan_kode_kode_nasional_key UNIQUE (instansi, tahun, kode, kode_nasional);
/*
 * The codes form a strict prefix hierarchy: a kegiatan's national code
 * starts with its program's.  The prefix is a generated column, so that a
 * foreign key holds it against the program's code; it is NULL (and the key
 * not checked) while the kegiatan has no national code.
 */
ALTER TABLE @extschema@.kegiatan
    ADD COLUMN kode_nasional_program text
        GENERATED ALWAYS AS (substring(kode_nasional FROM '^(.*)\.[0-9]\.[0-9]{2}$')) STORED,
    ADD CONSTRAINT kegiatan_kode_nasional_program_fkey
        FOREIGN KEY (instansi, tahun, program, kode_nasional_program)
        REFERENCES @extschema@.program (instansi, tahun, kode, kode_nasional);
COMMENT ON COLUMN @extschema@.kegiatan.kode_nasional_program IS 'The program part of kode_nasional (7.01.02 of 7.01.02.2.01), generated; its foreign key requires the kegiatan''s program to have that national code.';
COMMENT ON COLUMN @extschema@.kegiatan.kode_nasional IS 'The kegiatan''s national code (urusan.bidang.program.kegiatan, e.g. 7.01.02.2.01) in the normal form of lkj.kode_normal() (the kegiatan part one digit, a dot, two digits), for keys and joins; NULL for a unit outside the nomenclature.';
COMMENT ON COLUMN @extschema@.kegiatan.kode_cetak IS 'The kegiatan''s national code as the unit''s documents print it (e.g. 1.01.01.02.01); NULL: as kode_nasional.';

CREATE TABLE @extschema@.sub_kegiatan (
    instansi        text NOT NULL,
    tahun           integer NOT NULL,
    program         text NOT NULL,
    kegiatan        text NOT NULL,
    kode            text NOT NULL
        CONSTRAINT sub_kegiatan_kode_normal_form
        CHECK (kode ~ '^([0-9]|X)\.([0-9]{2}|XX)\.[0-9]{2}\.[0-9]\.[0-9]{2}\.[0-9]{4}$'),
    kode_cetak      text CONSTRAINT sub_kegiatan_kode_cetak_not_empty CHECK (kode_cetak <> ''),
    no              integer NOT NULL CONSTRAINT sub_kegiatan_no_positive CHECK (no > 0),
    nama            text NOT NULL CONSTRAINT sub_kegiatan_nama_not_empty CHECK (nama <> ''),
    -- NaN sorts above every number and Infinity passes ">= 0": "< 'Infinity'"
    -- refuses both, so no sum above it turns into NaN or Infinity.
    anggaran_awal       numeric CONSTRAINT sub_kegiatan_anggaran_awal_not_negative_finite
                        CHECK (anggaran_awal >= 0 AND anggaran_awal < 'Infinity'),
    anggaran_perubahan  numeric CONSTRAINT sub_kegiatan_anggaran_perubahan_not_negative_finite
                        CHECK (anggaran_perubahan >= 0 AND anggaran_perubahan < 'Infinity'),
    realisasi           numeric CONSTRAINT sub_kegiatan_realisasi_not_negative_finite
                        CHECK (realisasi >= 0 AND realisasi < 'Infinity'),
    -- the kegiatan part of the code, which must be the kegiatan's national code
    kode_nasional_kegiatan text GENERATED ALWAYS AS (substring(kode FROM '^(.*)\.[0-9]{4}$')) STORED,
    PRIMARY KEY (instansi, tahun, kode),
    CONSTRAINT sub_kegiatan_no_key UNIQUE (instansi, tahun, kegiatan, no),
    CONSTRAINT sub_kegiatan_kegiatan_fkey FOREIGN KEY (instansi, tahun, program, kegiatan)
        REFERENCES @extschema@.kegiatan (instansi, tahun, program, kode),
    CONSTRAINT sub_kegiatan_kode_nasional_kegiatan_fkey FOREIGN KEY (instansi, tahun, kegiatan, kode_nasional_kegiatan)
        REFERENCES @extschema@.kegiatan (instansi, tahun, kode, kode_nasional)
);
COMMENT ON TABLE @extschema@.sub_kegiatan IS 'A sub-kegiatan of a kegiatan (Permendagri 90/2019: the level budgets are set and spent at since 2021), numbered within it, with its budget (awal, perubahan) and spending.  Where a kegiatan''s own figures are NULL, lkj.anggaran_kegiatan adds up its sub-kegiatan; a unit that records kegiatan only (Kunir) has no rows here.';
COMMENT ON COLUMN @extschema@.sub_kegiatan.instansi IS 'The unit (lkj.instansi kode).';
COMMENT ON COLUMN @extschema@.sub_kegiatan.tahun IS 'The budget year.';
COMMENT ON COLUMN @extschema@.sub_kegiatan.program IS 'The program''s kode (lkj.program), carried so that the foreign key ties the row to a kegiatan of that program.';
COMMENT ON COLUMN @extschema@.sub_kegiatan.kegiatan IS 'The kegiatan''s kode (lkj.kegiatan).';
COMMENT ON COLUMN @extschema@.sub_kegiatan.kode IS 'The national code in the normal form of lkj.kode_normal() (urusan.bidang.program.kegiatan.sub_kegiatan, the last part four digits: 7.01.02.2.01.0001), the key.';
COMMENT ON COLUMN @extschema@.sub_kegiatan.kode_cetak IS 'The code as the unit''s documents print it (7.01.02.2.01.01); NULL: as kode.';
COMMENT ON COLUMN @extschema@.sub_kegiatan.kode_nasional_kegiatan IS 'The kegiatan part of kode (7.01.02.2.01 of 7.01.02.2.01.0001), generated; its foreign key requires the kegiatan to have that national code, so a sub-kegiatan''s code always continues its kegiatan''s.';
COMMENT ON COLUMN @extschema@.sub_kegiatan.no IS 'Its number within the kegiatan, as printed.';
COMMENT ON COLUMN @extschema@.sub_kegiatan.nama IS 'Its name (nomenclature).';
COMMENT ON COLUMN @extschema@.sub_kegiatan.anggaran_awal IS 'The original budget (APBD murni), in rupiah.';
COMMENT ON COLUMN @extschema@.sub_kegiatan.anggaran_perubahan IS 'The revised budget (APBD perubahan), in rupiah; NULL when not revised.';
COMMENT ON COLUMN @extschema@.sub_kegiatan.realisasi IS 'The year''s spending, in rupiah.';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.sub_kegiatan', '');
