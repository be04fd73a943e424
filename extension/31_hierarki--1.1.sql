-- ======================================================================
-- the government hierarchy, the head of a unit per year, PPPK/P3K (1.1)
-- ======================================================================

-- (section: hierarki)

/*
 * Issue 8, items 1, 3 (the pemda optional), 4 (the heads) and 5.  Every
 * unit belongs to exactly one parent: a pemda (a kabupaten or kota, which
 * names its province, itself a pemda row) or a central body (kementerian or
 * lembaga).  The parent gives the criteria scale the unit grades with.
 * This part runs in the fresh install and in the upgrade from 1.0 alike, so
 * every statement must work on a 1.0 database with data.
 */

-- pemda: its kind and its province.  1.0's rows are regencies (kabupaten);
-- their province is not recorded (NULL), which the schema allows.
ALTER TABLE @extschema@.pemda
    ADD COLUMN jenis text NOT NULL DEFAULT 'kabupaten'
        CONSTRAINT pemda_jenis_dikenal CHECK (jenis IN ('provinsi', 'kabupaten', 'kota')),
    ADD COLUMN provinsi text,
    -- always 'provinsi': the composite foreign key below reads it, so that
    -- provinsi can only name a pemda whose jenis is provinsi
    ADD COLUMN jenis_provinsi text GENERATED ALWAYS AS ('provinsi'::text) STORED,
    ADD CONSTRAINT pemda_kode_jenis_key UNIQUE (kode, jenis),
    ADD CONSTRAINT pemda_provinsi_harus_provinsi FOREIGN KEY (provinsi, jenis_provinsi)
        REFERENCES @extschema@.pemda (kode, jenis),
    ADD CONSTRAINT pemda_provinsi_tanpa_induk CHECK (jenis <> 'provinsi' OR provinsi IS NULL);
COMMENT ON TABLE @extschema@.pemda IS 'A pemerintah daerah: a province (provinsi), a regency (kabupaten) or a city (kota), a regency or city with the province it belongs to, and the criteria scale (kriteria) that its units'' LKj reports grade capaian with.';
COMMENT ON COLUMN @extschema@.pemda.kode IS 'short slug a planner types, e.g. lumajang';
COMMENT ON COLUMN @extschema@.pemda.nama IS 'name as printed in the report''s header, e.g. Kabupaten Lumajang';
COMMENT ON COLUMN @extschema@.pemda.skala_kriteria IS 'the criteria scale (lkj.skala_kriteria) its units grade capaian with';
COMMENT ON COLUMN @extschema@.pemda.jenis IS 'provinsi, kabupaten or kota (1.0''s rows became kabupaten)';
COMMENT ON COLUMN @extschema@.pemda.provinsi IS 'for a kabupaten or kota, the kode of its province (a pemda of jenis provinsi), NULL while not recorded; a province has none';
COMMENT ON COLUMN @extschema@.pemda.jenis_provinsi IS 'always provinsi: what the foreign key pemda_provinsi_harus_provinsi matches, so that provinsi names a province';

-- the central bodies, parents of the units outside a regency
CREATE TABLE @extschema@.kementerian (
    kode            text PRIMARY KEY
                    CONSTRAINT kementerian_kode_slug CHECK (kode ~ '^[a-z0-9][a-z0-9-]*$'),
    nama            text NOT NULL CONSTRAINT kementerian_nama_isi CHECK (nama <> ''),
    jenis           text NOT NULL
                    CONSTRAINT kementerian_jenis_dikenal CHECK (jenis IN ('kementerian', 'lembaga')),
    skala_kriteria  text NOT NULL REFERENCES @extschema@.skala_kriteria (nama)
);
COMMENT ON TABLE @extschema@.kementerian IS 'A central body: a ministry (kementerian) or a non-ministerial agency (lembaga), parent of the units outside a regency (a directorate, a bureau), and the criteria scale its units'' LKj reports grade capaian with.';
COMMENT ON COLUMN @extschema@.kementerian.kode IS 'short slug a planner types, e.g. kemendagri';
COMMENT ON COLUMN @extschema@.kementerian.nama IS 'name as printed in the report''s header, e.g. Kementerian Dalam Negeri';
COMMENT ON COLUMN @extschema@.kementerian.jenis IS 'kementerian or lembaga';
COMMENT ON COLUMN @extschema@.kementerian.skala_kriteria IS 'the criteria scale (lkj.skala_kriteria) its units grade capaian with; no default: no regency''s scale applies';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.kementerian', '');

-- instansi: a pemda or a kementerian, exactly one; the kinds of real
-- units; the head now recorded per year (kepala_instansi), so 1.0's
-- columns are optional; the word Tabel 1 prints for PPPK staff.
ALTER TABLE @extschema@.instansi
    ALTER COLUMN pemda DROP NOT NULL,
    ADD COLUMN kementerian text REFERENCES @extschema@.kementerian (kode),
    ADD CONSTRAINT instansi_induk_satu CHECK (num_nonnulls(pemda, kementerian) = 1),
    DROP CONSTRAINT instansi_jenis_check,
    ADD CONSTRAINT instansi_jenis_dikenal CHECK (jenis IN (
        'dinas', 'badan', 'kecamatan', 'kelurahan', 'sekretariat', 'inspektorat',
        'direktorat', 'biro', 'upt', 'kantor', 'lainnya')),
    ALTER COLUMN kepala_jabatan DROP NOT NULL,
    ALTER COLUMN kepala_nama DROP NOT NULL,
    -- 1.0 printed P3K in Tabel 1: its units keep it; a new unit gets the
    -- legal word unless it chooses otherwise (set just below)
    ADD COLUMN label_pppk text NOT NULL DEFAULT 'P3K'
        CONSTRAINT instansi_label_pppk_dikenal CHECK (label_pppk IN ('PPPK', 'P3K'));
ALTER TABLE @extschema@.instansi ALTER COLUMN label_pppk SET DEFAULT 'PPPK';
COMMENT ON TABLE @extschema@.instansi IS 'A government unit that publishes an LKj (a perangkat daerah: dinas, badan, kecamatan ...; or a unit of a central body: direktorat, biro ...), under exactly one parent (a pemda or a kementerian); every other table is keyed by its kode.';
COMMENT ON COLUMN @extschema@.instansi.kode IS 'short slug a planner types, e.g. kunir; every other table is keyed by it';
COMMENT ON COLUMN @extschema@.instansi.pemda IS 'the regency, city or province the unit belongs to; NULL for a unit of a central body';
COMMENT ON COLUMN @extschema@.instansi.kementerian IS 'the ministry or agency the unit belongs to; NULL for a unit of a pemda';
COMMENT ON COLUMN @extschema@.instansi.nama IS 'name as printed, e.g. Kecamatan Kunir';
COMMENT ON COLUMN @extschema@.instansi.jenis IS 'the kind of unit: dinas, badan, kecamatan, kelurahan, sekretariat, inspektorat, direktorat, biro, upt, kantor or lainnya';
COMMENT ON COLUMN @extschema@.instansi.alamat IS 'address as printed in the report''s header';
COMMENT ON COLUMN @extschema@.instansi.kepala_jabatan IS '1.0''s head of the unit (title); since 1.1 the head is recorded per year in lkj.kepala_instansi, and this is read only for a year that has no row there';
COMMENT ON COLUMN @extschema@.instansi.kepala_nama IS '1.0''s head of the unit (name); see kepala_jabatan';
COMMENT ON COLUMN @extschema@.instansi.kepala_nip IS '1.0''s head of the unit (NIP, 18 digits); see kepala_jabatan';
COMMENT ON COLUMN @extschema@.instansi.label_pppk IS 'the word Tabel 1 prints for staff of status PPPK: PPPK (the legal term, the default) or P3K (1.0''s units keep P3K, as their reports printed); a display choice that issue 8 will make a dated setting';

-- the head of a unit per year; several in a year when the head changed
CREATE TABLE @extschema@.kepala_instansi (
    instansi        text NOT NULL REFERENCES @extschema@.instansi (kode),
    tahun           integer NOT NULL
                    CONSTRAINT kepala_instansi_tahun_wajar CHECK (tahun BETWEEN 1990 AND 2200),
    mulai           date NOT NULL,
    nama            text NOT NULL CONSTRAINT kepala_instansi_nama_isi CHECK (nama <> ''),
    nip             text CONSTRAINT kepala_instansi_nip_18_angka CHECK (nip ~ '^[0-9]{18}$'),
    pangkat         text CONSTRAINT kepala_instansi_pangkat_isi CHECK (pangkat <> ''),
    jabatan         text NOT NULL CONSTRAINT kepala_instansi_jabatan_isi CHECK (jabatan <> ''),
    PRIMARY KEY (instansi, tahun, mulai),
    CONSTRAINT kepala_instansi_mulai_sampai_tahun
        CHECK (mulai <= make_date(tahun, 12, 31))
);
COMMENT ON TABLE @extschema@.kepala_instansi IS 'Who headed a unit in a year: one row per head who led it during the year (several when the head changed mid-year), from the day each took office (mulai); the head in office at the end of the year, the one with the latest mulai, heads the report.';
COMMENT ON COLUMN @extschema@.kepala_instansi.instansi IS 'the unit (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.kepala_instansi.tahun IS 'the report year this head led the unit in';
COMMENT ON COLUMN @extschema@.kepala_instansi.mulai IS 'the day this head took office (may lie before the year); at most 31 December of the year.  The rows migrated from 1.0, which recorded no date, say 1 January of the year';
COMMENT ON COLUMN @extschema@.kepala_instansi.nama IS 'name as printed, with titles';
COMMENT ON COLUMN @extschema@.kepala_instansi.nip IS 'NIP, 18 digits; NULL for a head who has none';
COMMENT ON COLUMN @extschema@.kepala_instansi.pangkat IS 'rank and grade as printed (e.g. Pembina Tk. I, IV/b); NULL when not recorded';
COMMENT ON COLUMN @extschema@.kepala_instansi.jabatan IS 'title as printed, e.g. Camat Kunir';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.kepala_instansi', '');

-- 1.0's head becomes the head of every year the unit reports on (the years
-- of lkj.tahun_laporan, written out: the view is created after this part),
-- in office from 1 January, as 1.0 recorded no date.
INSERT INTO @extschema@.kepala_instansi (instansi, tahun, mulai, nama, nip, jabatan)
SELECT i.kode, y.tahun, make_date(y.tahun, 1, 1), i.kepala_nama, i.kepala_nip, i.kepala_jabatan
  FROM @extschema@.instansi i
  JOIN (SELECT r.instansi, r.tahun_awal + k.n AS tahun
          FROM @extschema@.renstra r
         CROSS JOIN generate_series(0, 9) AS k (n)
         WHERE k.n <= r.tahun_akhir - r.tahun_awal
        UNION
        SELECT pk.instansi, pk.tahun FROM @extschema@.perjanjian_kinerja pk
        UNION
        SELECT p.instansi, p.tahun FROM @extschema@.program p
        UNION
        SELECT t.instansi, t.tahun FROM @extschema@.target t) y ON y.instansi = i.kode
 WHERE i.kepala_nama IS NOT NULL AND i.kepala_jabatan IS NOT NULL;

-- a PK's first party signs with a rank too; the original and the revised
-- PK each name their own signers
ALTER TABLE @extschema@.perjanjian_kinerja
    ADD COLUMN pihak_pertama_pangkat text
        CONSTRAINT perjanjian_kinerja_pangkat_isi CHECK (pihak_pertama_pangkat <> '');
COMMENT ON COLUMN @extschema@.perjanjian_kinerja.pihak_pertama_pangkat IS 'rank and grade of the first party as the signed PK prints it (e.g. Pembina, IV/a); NULL when it prints none';

-- PPPK and P3K: the legal term and the common one are one status, stored
-- as PPPK, so that every count (Tabel 1, the staff figures, the checks)
-- counts them together.  A trigger, not a domain: a domain can refuse a
-- value but not rewrite it, and the column keeps its type and CHECK.
CREATE FUNCTION @extschema@.pegawai_status_baku()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NEW.status = 'P3K' THEN
        NEW.status := 'PPPK';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@.pegawai_status_baku() IS
  'Trigger function of lkj.pegawai: stores the common P3K as the legal PPPK, one status';
CREATE TRIGGER pegawai_status_baku
  BEFORE INSERT OR UPDATE OF status ON @extschema@.pegawai
  FOR EACH ROW EXECUTE FUNCTION @extschema@.pegawai_status_baku();
COMMENT ON TRIGGER pegawai_status_baku ON @extschema@.pegawai IS
  'stores status P3K as PPPK before the CHECK sees it';
