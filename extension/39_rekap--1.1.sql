-- ======================================================================
-- (1.1, issue 14) the PK deadline setting and the roll-ups' summary tables (rekap)
-- ======================================================================

/*
 * The day a Perjanjian Kinerja is due: PermenPAN-RB 53/2014 has the PK
 * signed at the start of the year, within a month after the budget (DPA)
 * is set, which cek_tanpa_pk reads as "by 31 January".  Some pemda set a
 * later day of their own (a DPA set late), so it is a dated setting like
 * the others: a number of days into the report year, the PK on time when
 * signed on or before that day (31: by 31 January; 59: by 28 February, or
 * 29 February in a leap year).  A whole number, not an interval: a BI
 * driver maps it (JDBC has no interval).  NULL inherits; nothing set: 31.
 */
ALTER TABLE @extschema@.setelan
    ADD COLUMN tenggat_pk integer
        CONSTRAINT setelan_tenggat_pk_wajar CHECK (tenggat_pk BETWEEN 1 AND 366);
COMMENT ON COLUMN @extschema@.setelan.tenggat_pk IS 'the day of the report year (1-366) by which the original Perjanjian Kinerja (awal) is due: signed on or before 1 January + tenggat_pk - 1 days counts as on time in the roll-ups (lkj.fakta_instansi_tahun.pk_tepat_waktu); NULL inherits, 31 (31 January) where nothing is set (PermenPAN-RB 53/2014: within a month after the DPA)';

/*
 * The roll-ups' summary of one unit-year, written by
 * lkj.segarkan_rekap() from lkj.fakta_instansi_tahun and
 * lkj.fakta_indikator: a national roll-up computed live reads every
 * indicator-year of every unit (2 million at 25,000 units); from here it
 * reads one row a unit.  Materialized views cannot carry row security, so
 * these are tables, read under the same policies as every unit's rows.
 */
CREATE TABLE @extschema@.rekap_instansi_tahun (
    instansi            text NOT NULL
                        CONSTRAINT rekap_instansi_tahun_instansi_fkey REFERENCES @extschema@.instansi (kode)
                        ON DELETE CASCADE,
    tahun               integer NOT NULL,
    jumlah_indikator    integer NOT NULL,
    jumlah_terukur      integer NOT NULL,
    jumlah_tercapai     integer NOT NULL,
    jumlah_capaian      numeric CONSTRAINT rekap_instansi_tahun_jumlah_capaian_finite
                        CHECK (jumlah_capaian > '-Infinity'::numeric AND jumlah_capaian < 'Infinity'::numeric),
    rata_rata_capaian   numeric CONSTRAINT rekap_instansi_tahun_rata_rata_capaian_finite
                        CHECK (rata_rata_capaian > '-Infinity'::numeric AND rata_rata_capaian < 'Infinity'::numeric),
    anggaran            numeric CONSTRAINT rekap_instansi_tahun_anggaran_finite
                        CHECK (anggaran > '-Infinity'::numeric AND anggaran < 'Infinity'::numeric),
    realisasi_anggaran  numeric CONSTRAINT rekap_instansi_tahun_realisasi_anggaran_finite
                        CHECK (realisasi_anggaran > '-Infinity'::numeric AND realisasi_anggaran < 'Infinity'::numeric),
    tanggal_pk          date,
    tenggat_pk          date NOT NULL,
    pk_tepat_waktu      boolean NOT NULL,
    jumlah_temuan       integer,
    temuan_dihitung_pada date,
    dihitung_pada       date NOT NULL,
    CONSTRAINT rekap_instansi_tahun_pkey PRIMARY KEY (instansi, tahun)
);
COMMENT ON TABLE @extschema@.rekap_instansi_tahun IS 'Summary of one unit-year for the roll-ups (lkj.rekap_tahun), one row a unit and year of lkj.tahun_laporan: written by lkj.segarkan_rekap() from lkj.fakta_instansi_tahun, never by hand; as of the date dihitung_pada.';
COMMENT ON COLUMN @extschema@.rekap_instansi_tahun.instansi IS 'the unit (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.rekap_instansi_tahun.tahun IS 'the report year';
COMMENT ON COLUMN @extschema@.rekap_instansi_tahun.jumlah_indikator IS 'tujuan and sasaran indicators of the year (rows of lkj.capaian_kinerja)';
COMMENT ON COLUMN @extschema@.rekap_instansi_tahun.jumlah_terukur IS 'of them, those with a graded capaian (capaian_dinilai not NULL)';
COMMENT ON COLUMN @extschema@.rekap_instansi_tahun.jumlah_tercapai IS 'of them, those with a graded capaian of 100% or more (status tercapai)';
COMMENT ON COLUMN @extschema@.rekap_instansi_tahun.jumlah_capaian IS 'sum of the measured indicators'' graded capaian (capaian_dinilai), percent; NULL with none measured';
COMMENT ON COLUMN @extschema@.rekap_instansi_tahun.rata_rata_capaian IS 'jumlah_capaian / jumlah_terukur, percent, unrounded; NULL with none measured';
COMMENT ON COLUMN @extschema@.rekap_instansi_tahun.anggaran IS 'budget in force of the year''s programs, rupiah (sum of lkj.anggaran_program.anggaran)';
COMMENT ON COLUMN @extschema@.rekap_instansi_tahun.realisasi_anggaran IS 'spending of the year''s programs, rupiah (sum of lkj.anggaran_program.realisasi)';
COMMENT ON COLUMN @extschema@.rekap_instansi_tahun.tanggal_pk IS 'the date the original Perjanjian Kinerja (awal) of the year was signed; NULL: none signed';
COMMENT ON COLUMN @extschema@.rekap_instansi_tahun.tenggat_pk IS 'the last day the PK counts as on time: 1 January + setting tenggat_pk - 1 days (31 January by default)';
COMMENT ON COLUMN @extschema@.rekap_instansi_tahun.pk_tepat_waktu IS 'whether tanggal_pk is on or before tenggat_pk (false without a PK)';
COMMENT ON COLUMN @extschema@.rekap_instansi_tahun.jumlah_temuan IS 'the unit-year''s findings of lkj.periksa() at level galat or peringatan, as of temuan_dihitung_pada; NULL: not computed (lkj.segarkan_rekap(dengan_periksa => false))';
COMMENT ON COLUMN @extschema@.rekap_instansi_tahun.temuan_dihitung_pada IS 'the date as of which jumlah_temuan was computed (lkj.periksa''s per_tanggal); NULL: never';
COMMENT ON COLUMN @extschema@.rekap_instansi_tahun.dihitung_pada IS 'the date as of which the row was computed (lkj.segarkan_rekap''s per_tanggal, the day of the refresh unless given)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.rekap_instansi_tahun', '');

CREATE TABLE @extschema@.rekap_kriteria_tahun (
    instansi            text NOT NULL,
    tahun               integer NOT NULL,
    urutan_kriteria     integer NOT NULL,
    kriteria            text NOT NULL,
    jumlah              integer NOT NULL,
    CONSTRAINT rekap_kriteria_tahun_pkey PRIMARY KEY (instansi, tahun, urutan_kriteria),
    CONSTRAINT rekap_kriteria_tahun_rekap_fkey FOREIGN KEY (instansi, tahun)
        REFERENCES @extschema@.rekap_instansi_tahun (instansi, tahun) ON DELETE CASCADE
);
COMMENT ON TABLE @extschema@.rekap_kriteria_tahun IS 'Summary of one unit-year for the roll-ups by band (lkj.rekap_kriteria): its measured tujuan and sasaran indicators per kriteria band; written with lkj.rekap_instansi_tahun by lkj.segarkan_rekap().';
COMMENT ON COLUMN @extschema@.rekap_kriteria_tahun.instansi IS 'the unit (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.rekap_kriteria_tahun.tahun IS 'the report year';
COMMENT ON COLUMN @extschema@.rekap_kriteria_tahun.urutan_kriteria IS 'the band''s number from the top of the unit''s scale in force (1 = best, as Tabel 7 numbers it; lkj.pita_kriteria); 0: outside every band';
COMMENT ON COLUMN @extschema@.rekap_kriteria_tahun.kriteria IS 'the band''s word on the unit''s scale (lkj.label_kriteria)';
COMMENT ON COLUMN @extschema@.rekap_kriteria_tahun.jumlah IS 'measured tujuan and sasaran indicators of the unit-year in the band';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.rekap_kriteria_tahun', '');
