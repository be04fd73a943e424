-- ======================================================================
-- bad numbers refused at the door: NaN and the infinities (1.1, issue 10 item 4)
-- ======================================================================

/*
 * numeric admits NaN, Infinity and -Infinity, and 1.0's "x >= 0" checks let
 * NaN and Infinity through (NaN sorts above every number).  One such row
 * made lkj.laporan and lkj.periksa fail for every unit of the regency that
 * reads the view it lands in.  Every figure column now carries a CHECK
 * named <table>_<column>_finite, as sub_kegiatan's columns do
 * (32_anggaran--1.1.sql): "> -Infinity AND < Infinity" is false for all
 * three (NaN compares above Infinity) and NULL, so allowed, for NULL.
 * sql/angka.sql lists the numeric columns from the catalog, so a new
 * column without its guard fails the test.
 *
 * 1.0 could not hold such a row and still print a report, so the upgrade
 * validates at once; should one be there, the upgrade stops with the
 * constraint's name, and the row is corrected (or set NULL) first.
 */

ALTER TABLE @extschema@.anggaran_pk ADD CONSTRAINT anggaran_pk_anggaran_finite
    CHECK (anggaran > '-Infinity'::numeric AND anggaran < 'Infinity'::numeric);
ALTER TABLE @extschema@.kegiatan ADD CONSTRAINT kegiatan_anggaran_awal_finite
    CHECK (anggaran_awal > '-Infinity'::numeric AND anggaran_awal < 'Infinity'::numeric);
ALTER TABLE @extschema@.kegiatan ADD CONSTRAINT kegiatan_anggaran_perubahan_finite
    CHECK (anggaran_perubahan > '-Infinity'::numeric AND anggaran_perubahan < 'Infinity'::numeric);
ALTER TABLE @extschema@.kegiatan ADD CONSTRAINT kegiatan_realisasi_finite
    CHECK (realisasi > '-Infinity'::numeric AND realisasi < 'Infinity'::numeric);
ALTER TABLE @extschema@.program ADD CONSTRAINT program_anggaran_awal_finite
    CHECK (anggaran_awal > '-Infinity'::numeric AND anggaran_awal < 'Infinity'::numeric);
ALTER TABLE @extschema@.program ADD CONSTRAINT program_anggaran_perubahan_finite
    CHECK (anggaran_perubahan > '-Infinity'::numeric AND anggaran_perubahan < 'Infinity'::numeric);
ALTER TABLE @extschema@.program ADD CONSTRAINT program_realisasi_finite
    CHECK (realisasi > '-Infinity'::numeric AND realisasi < 'Infinity'::numeric);
ALTER TABLE @extschema@.realisasi ADD CONSTRAINT realisasi_nilai_finite
    CHECK (nilai > '-Infinity'::numeric AND nilai < 'Infinity'::numeric);
ALTER TABLE @extschema@.realisasi ADD CONSTRAINT realisasi_pembilang_finite
    CHECK (pembilang > '-Infinity'::numeric AND pembilang < 'Infinity'::numeric);
ALTER TABLE @extschema@.realisasi ADD CONSTRAINT realisasi_penyebut_finite
    CHECK (penyebut > '-Infinity'::numeric AND penyebut < 'Infinity'::numeric);
ALTER TABLE @extschema@.target ADD CONSTRAINT target_nilai_finite
    CHECK (nilai > '-Infinity'::numeric AND nilai < 'Infinity'::numeric);
ALTER TABLE @extschema@.target ADD CONSTRAINT target_batas_bawah_finite
    CHECK (batas_bawah > '-Infinity'::numeric AND batas_bawah < 'Infinity'::numeric);
ALTER TABLE @extschema@.target ADD CONSTRAINT target_batas_atas_finite
    CHECK (batas_atas > '-Infinity'::numeric AND batas_atas < 'Infinity'::numeric);
