-- ======================================================================
-- dated settings: what changes a figure or a word, from a year on (1.1)
-- ======================================================================

-- (section: setelan)

/*
 * Issue 8, item 4.  A setting that changes a figure or a word of the report
 * (the criteria scale, the PPPK label; issue 9's methods, caps and display
 * choices) is recorded with the year from which it applies, so that setting
 * it anew from 2025 leaves a signed 2024 report as it was.  One row sets
 * any number of them for one scope (a pemda, a kementerian or one unit)
 * from one year; a NULL column sets nothing and inherits.  A new setting is
 * a new column here and one line in lkj.setelan_berlaku (41_tahun_setelan.sql).
 * 1.0's columns pemda.skala_kriteria, kementerian.skala_kriteria and
 * instansi.label_pppk become the settings of the earliest year, 1990; they
 * stay, read only where no setting applies (a 1.0 caller's new pemda).
 */
CREATE TABLE @extschema@.setelan (
    instansi            text REFERENCES @extschema@.instansi (kode),
    pemda               text REFERENCES @extschema@.pemda (kode),
    kementerian         text REFERENCES @extschema@.kementerian (kode),
    berlaku_mulai_tahun integer NOT NULL
                        CONSTRAINT setelan_tahun_wajar CHECK (berlaku_mulai_tahun BETWEEN 1990 AND 2200),
    skala_kriteria      text REFERENCES @extschema@.skala_kriteria (nama),
    label_pppk          text CONSTRAINT setelan_label_pppk_dikenal CHECK (label_pppk IN ('PPPK', 'P3K')),
    metode_efisiensi    text CONSTRAINT setelan_metode_efisiensi_dikenal
                        CHECK (metode_efisiensi IN ('selisih', 'rasio', 'penghematan', 'smart')),
    putusan_efisiensi   @extschema@.skala,
    batas_capaian       numeric CONSTRAINT setelan_batas_capaian_finite
                        CHECK (batas_capaian > '-Infinity'::numeric AND batas_capaian < 'Infinity'::numeric)
                        -- at least 100, so that a capped capaian is still tercapai
                        CONSTRAINT setelan_batas_capaian_wajar CHECK (batas_capaian = 0 OR batas_capaian >= 100),
    cetak_batas_capaian text CONSTRAINT setelan_cetak_batas_capaian_dikenal
                        CHECK (cetak_batas_capaian IN ('mentah', 'batas')),
    -- issue 9 (sasaran rows, display): NULL in every row keeps 1.0's report
    metode_capaian_sasaran text CONSTRAINT setelan_metode_capaian_sasaran_dikenal
                        CHECK (metode_capaian_sasaran IN ('rata-rata', 'iku', 'bobot')),
    satuan_cetak        text CONSTRAINT setelan_satuan_cetak_dikenal
                        CHECK (satuan_cetak IN ('setelah_angka', 'kolom')),
    CONSTRAINT setelan_lingkup_satu CHECK (num_nonnulls(instansi, pemda, kementerian) = 1),
    -- the key: one row a scope and year (the two NULL scopes of a row are
    -- equal to another row's, so that the scope alone decides)
    CONSTRAINT setelan_lingkup_tahun_key
        UNIQUE NULLS NOT DISTINCT (instansi, pemda, kementerian, berlaku_mulai_tahun)
);
-- what lkj.setelan_berlaku reads for a unit's parent
CREATE INDEX setelan_pemda_idx ON @extschema@.setelan (pemda, berlaku_mulai_tahun) WHERE pemda IS NOT NULL;
CREATE INDEX setelan_kementerian_idx ON @extschema@.setelan (kementerian, berlaku_mulai_tahun) WHERE kementerian IS NOT NULL;
COMMENT ON TABLE @extschema@.setelan IS 'Dated settings that change a figure or a word of the report: for one scope (a unit, or a pemda or kementerian for all its units) the settings that apply from a year on, until a later row of the same scope; a NULL setting inherits (from the scope''s earlier rows, then from the unit''s parent).  lkj.setelan_berlaku gives those in force for a unit and year.  Authoritative since 1.1: 1.0''s pemda.skala_kriteria, kementerian.skala_kriteria and instansi.label_pppk are read only where no row here applies.';
COMMENT ON COLUMN @extschema@.setelan.instansi IS 'the unit the row sets for (lkj.instansi kode), over its parent''s settings; NULL when the row is a pemda''s or a kementerian''s';
COMMENT ON COLUMN @extschema@.setelan.pemda IS 'the pemda whose units the row sets for; NULL when the row is a unit''s or a kementerian''s';
COMMENT ON COLUMN @extschema@.setelan.kementerian IS 'the kementerian or lembaga whose units the row sets for; NULL when the row is a unit''s or a pemda''s';
COMMENT ON COLUMN @extschema@.setelan.berlaku_mulai_tahun IS 'the first report year the row applies to; it applies until the scope''s next row that sets the same column (1990: 1.0''s settings, migrated)';
COMMENT ON COLUMN @extschema@.setelan.skala_kriteria IS 'the criteria scale (lkj.skala_kriteria) capaian are graded on and Tabel 7 prints; NULL inherits';
COMMENT ON COLUMN @extschema@.setelan.label_pppk IS 'the word Tabel 1 prints for staff of status PPPK: PPPK or P3K; NULL inherits';
COMMENT ON COLUMN @extschema@.setelan.metode_efisiensi IS 'the efficiency method Tabel 14 prints (lkj.efisiensi_kinerja carries all four): selisih (capaian - penyerapan, 1.0''s), rasio (IE = capaian / penyerapan, TE = (IE - 1) x 100, a verdict on IE by putusan_efisiensi) penghematan (anggaran - realisasi in rupiah, Efisien when realisasi <= anggaran and capaian >= 100) or smart (SMART DJA, PMK 22/PMK.02/2021: E = (anggaran x capaian/100 - realisasi) / (anggaran x capaian/100) x 100, nilai efisiensi = 50 + E/20 x 50 held to 0 - 100; source: the regulation at jdih.kemenkeu.go.id/dok/22-pmk-02-2021 and Itjen''s LAKIP 2019, whose example does not hold the value to 100); NULL inherits, selisih where nothing is set';
COMMENT ON COLUMN @extschema@.setelan.putusan_efisiensi IS 'the verdict of the rasio method, a scale over the indeks efisiensi (IE, 3 decimals): where its boundary lies, in the source''s words; NULL inherits, Efisien >= 1; Tidak Efisien where nothing is set (standar efisiensi 1, BPOM''s LKj 2021)';
COMMENT ON COLUMN @extschema@.setelan.batas_capaian IS 'the cap on capaian for grading (kriteria, status, the counts of section 3.1.1, efficiency): a capaian above it is graded as the cap (e.g. 100 or 120; at least 100, so that a capped figure is still tercapai); 0 lifts an inherited cap; NULL inherits, no cap where nothing is set';
COMMENT ON COLUMN @extschema@.setelan.cetak_batas_capaian IS 'how a capaian above the cap is printed: mentah (the raw figure, 104,26%) or batas (the cap and the fact, 100,00% (>100%)); NULL inherits, mentah where nothing is set';
COMMENT ON COLUMN @extschema@.setelan.metode_capaian_sasaran IS 'how a sasaran''s capaian follows from its indicators'' (lkj.capaian_sasaran): rata-rata, the mean of the measured indicators'' capaian (the default, and the common practice); iku, the mean of its measured key indicators (IKU) only; bobot, the weighted mean of its measured indicators, sum(bobot x capaian) / sum(bobot), each indicator''s weight lkj.indikator.bobot (a year''s own in lkj.indikator_tahun.bobot), none if an indicator of the sasaran has no weight; NULL inherits';
COMMENT ON COLUMN @extschema@.setelan.satuan_cetak IS 'where lkj.laporan prints an indicator''s unit of measure: setelah_angka, after the figure (4 Fasilitasi, 72,73%; the default, as 1.0 and Kunir''s report), or kolom, a Satuan column of its own beside bare figures; NULL inherits';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.setelan', '');

-- 1.0's settings become the settings from 1990, the earliest year a report
-- can have: a pemda's and a kementerian's scale, a unit's PPPK label
-- (every 1.0 unit's is P3K, 31_hierarki--1.1.sql).  data/ writes the same
-- rows for its units.
INSERT INTO @extschema@.setelan (pemda, berlaku_mulai_tahun, skala_kriteria)
SELECT p.kode, 1990, p.skala_kriteria FROM @extschema@.pemda p;
INSERT INTO @extschema@.setelan (kementerian, berlaku_mulai_tahun, skala_kriteria)
SELECT k.kode, 1990, k.skala_kriteria FROM @extschema@.kementerian k;
INSERT INTO @extschema@.setelan (instansi, berlaku_mulai_tahun, label_pppk)
SELECT i.kode, 1990, i.label_pppk FROM @extschema@.instansi i;

COMMENT ON COLUMN @extschema@.pemda.skala_kriteria IS '1.0''s criteria scale of its units; since 1.1 the scale is a dated setting (lkj.setelan), and this is read only for a year no setting gives a scale';
COMMENT ON COLUMN @extschema@.kementerian.skala_kriteria IS 'the criteria scale of its units where no dated setting (lkj.setelan) gives one; no default: no regency''s scale applies';
COMMENT ON COLUMN @extschema@.instansi.label_pppk IS '1.0''s word for PPPK staff in Tabel 1; since 1.1 a dated setting (lkj.setelan), and this is read only for a year no setting gives a label';
