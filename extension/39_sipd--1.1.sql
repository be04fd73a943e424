-- ======================================================================
-- data in from SIPD-RI: staging for its exports, and the unit's SIPD record
-- (1.1, issue 12 item 5; functions in 48_sipd.sql, checks in 75_cek_sipd.sql)
-- ======================================================================

-- (section: sipd)

/*
 * SIPD-RI (Kemendagri's planning, budgeting and treasury system) has no
 * public API; its data leaves it through exports in the layout the public
 * wp-sipd tools keep (agusnurwanto/wp-sipd: tabel.sql's data_sub_keg_bl,
 * data_realisasi_akun_sipd, data_anggaran_kas, and the JSON of its API doc
 * public/partials/dokumentasi/wpsipd-public-dokumentasi-api.php,
 * get_sub_keg_sipd and get_rak_sipd; ../shared/research/README.md 1.2-1.5).
 *
 * Two kinds of tables, as for the templates:
 *  - staging, muat_sipd_<jenis>: a client (tools/lkj-sipd, or \copy) writes
 *    every field of the export as the text it holds, with the file and the
 *    row it came from; lkj.muat_sipd() reads them (the JSON's numbers with a
 *    dot as the decimal point, never through parse_angka, which would read
 *    "1.500" as 1500), reports every mistake at once, applies, and empties
 *    them.  Not a unit's figures: no lock and no history (like muat_*).
 *  - the unit's SIPD record, sipd_sub_kegiatan and sipd_realisasi: typed,
 *    keyed as SIPD keys a sub-kegiatan, (tahun, kode_sub_skpd, kode_sub_giat)
 *    (never kode_sbl, which is made of one SIPD instance's database ids),
 *    with the code in lkj.kode_normal()'s form.  Spending is SIPD's
 *    cumulative figure to a cut-off date (tanggal_akhir), one row a date:
 *    a quarter is the difference of two cut-offs (lkj.sipd_triwulan).
 *    lkj.sub_kegiatan stores a year's spending only, so the cut-offs are kept
 *    here, where the reconciliation (75_cek_sipd.sql) reads them.  Evidence
 *    like the plan's figures: locked by a signature and recorded in the
 *    history (87_tanda), dumped with the data.
 *
 * Every table has an instansi column: row security and the grants come from
 * 85_akses and 86_akses, which list such tables from the catalog.
 */

CREATE TABLE @extschema@.muat_sipd_sub_kegiatan (
    instansi        text NOT NULL REFERENCES @extschema@.instansi (kode),
    tahun           integer NOT NULL CONSTRAINT muat_sipd_sub_kegiatan_tahun_wajar CHECK (tahun BETWEEN 1990 AND 2200),
    berkas          text NOT NULL,
    baris           integer NOT NULL CONSTRAINT muat_sipd_sub_kegiatan_baris_positif CHECK (baris > 0),
    tahun_anggaran  text,
    kode_sub_skpd   text,
    kode_sub_giat   text,
    nama_sub_giat   text,
    pagumurni       text,
    pagu            text,
    kode_sbl        text,
    CONSTRAINT muat_sipd_sub_kegiatan_pkey PRIMARY KEY (instansi, tahun, berkas, baris)
);
COMMENT ON TABLE @extschema@.muat_sipd_sub_kegiatan IS 'Staging for SIPD-RI''s sub-kegiatan list of a unit-year (wp-sipd data_sub_keg_bl, the API''s get_sub_keg_sipd): one row an element of the export''s data array, every field as the text the JSON holds; lkj.muat_sipd() validates and applies it, and empties it once applied.';
COMMENT ON COLUMN @extschema@.muat_sipd_sub_kegiatan.instansi IS 'the unit being loaded (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.muat_sipd_sub_kegiatan.tahun IS 'the year being loaded';
COMMENT ON COLUMN @extschema@.muat_sipd_sub_kegiatan.berkas IS 'the file the row came from, as the report names it';
COMMENT ON COLUMN @extschema@.muat_sipd_sub_kegiatan.baris IS 'the element''s number in the file''s data array, from 1';
COMMENT ON COLUMN @extschema@.muat_sipd_sub_kegiatan.tahun_anggaran IS 'the field tahun_anggaran: the budget year, which must be the year loaded';
COMMENT ON COLUMN @extschema@.muat_sipd_sub_kegiatan.kode_sub_skpd IS 'the field kode_sub_skpd: the sub-unit''s organisation code (7.01.0.00.0.00.06.0000)';
COMMENT ON COLUMN @extschema@.muat_sipd_sub_kegiatan.kode_sub_giat IS 'the field kode_sub_giat: the sub-kegiatan''s national code in any spelling lkj.kode_normal() reads (7.01.02.2.01.01)';
COMMENT ON COLUMN @extschema@.muat_sipd_sub_kegiatan.nama_sub_giat IS 'the field nama_sub_giat: its name, often after its code';
COMMENT ON COLUMN @extschema@.muat_sipd_sub_kegiatan.pagumurni IS 'the field pagumurni: the original budget (APBD murni), a number with a dot as decimal point; empty: as pagu';
COMMENT ON COLUMN @extschema@.muat_sipd_sub_kegiatan.pagu IS 'the field pagu: the budget in force (after the APBD perubahan), a number with a dot as decimal point';
COMMENT ON COLUMN @extschema@.muat_sipd_sub_kegiatan.kode_sbl IS 'the field kode_sbl: SIPD''s internal key of the row (database ids), used only to tie the same export''s spending and RAK rows to it';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.muat_sipd_sub_kegiatan', '');

CREATE TABLE @extschema@.muat_sipd_realisasi (
    instansi        text NOT NULL REFERENCES @extschema@.instansi (kode),
    tahun           integer NOT NULL CONSTRAINT muat_sipd_realisasi_tahun_wajar CHECK (tahun BETWEEN 1990 AND 2200),
    berkas          text NOT NULL,
    baris           integer NOT NULL CONSTRAINT muat_sipd_realisasi_baris_positif CHECK (baris > 0),
    tanggal_akhir   text,
    kode_sbl        text,
    kode_sub_skpd   text,
    kode_sub_giat   text,
    kode_akun       text,
    nilai           text,
    realisasi       text,
    CONSTRAINT muat_sipd_realisasi_pkey PRIMARY KEY (instansi, tahun, berkas, baris)
);
COMMENT ON TABLE @extschema@.muat_sipd_realisasi IS 'Staging for SIPD-RI''s spending per account of a sub-kegiatan, cumulative to a cut-off date (wp-sipd data_realisasi_akun_sipd; SIPD-RI''s statistik-belanja ?tanggal_akhir=): one row an element of the export''s data array as text; lkj.muat_sipd() adds a sub-kegiatan''s accounts up per date, and empties it once applied.';
COMMENT ON COLUMN @extschema@.muat_sipd_realisasi.instansi IS 'the unit being loaded (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.muat_sipd_realisasi.tahun IS 'the year being loaded';
COMMENT ON COLUMN @extschema@.muat_sipd_realisasi.berkas IS 'the file the row came from, as the report names it';
COMMENT ON COLUMN @extschema@.muat_sipd_realisasi.baris IS 'the element''s number in the file''s data array, from 1';
COMMENT ON COLUMN @extschema@.muat_sipd_realisasi.tanggal_akhir IS 'the cut-off date the spending runs to, ISO (2024-03-31): the row''s own field, else the file''s';
COMMENT ON COLUMN @extschema@.muat_sipd_realisasi.kode_sbl IS 'the field kode_sbl: ties the row to a sub-kegiatan of the same load''s list when kode_sub_skpd and kode_sub_giat are absent';
COMMENT ON COLUMN @extschema@.muat_sipd_realisasi.kode_sub_skpd IS 'the field kode_sub_skpd, when the export has it';
COMMENT ON COLUMN @extschema@.muat_sipd_realisasi.kode_sub_giat IS 'the field kode_sub_giat, when the export has it';
COMMENT ON COLUMN @extschema@.muat_sipd_realisasi.kode_akun IS 'the field kode_akun: the account (5.1.02.01.01.0024)';
COMMENT ON COLUMN @extschema@.muat_sipd_realisasi.nilai IS 'the field nilai: the account''s budget, a number with a dot as decimal point (kept for the reader; the sub-kegiatan''s pagu is the list''s)';
COMMENT ON COLUMN @extschema@.muat_sipd_realisasi.realisasi IS 'the field realisasi: the account''s spending from 1 January to the cut-off, a number with a dot as decimal point';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.muat_sipd_realisasi', '');

CREATE TABLE @extschema@.muat_sipd_rak (
    instansi        text NOT NULL REFERENCES @extschema@.instansi (kode),
    tahun           integer NOT NULL CONSTRAINT muat_sipd_rak_tahun_wajar CHECK (tahun BETWEEN 1990 AND 2200),
    berkas          text NOT NULL,
    baris           integer NOT NULL CONSTRAINT muat_sipd_rak_baris_positif CHECK (baris > 0),
    kode_sbl        text,
    kode_sub_skpd   text,
    kode_sub_giat   text,
    kode_akun       text,
    bulan           text[] CONSTRAINT muat_sipd_rak_bulan_dua_belas CHECK (cardinality(bulan) = 12),
    CONSTRAINT muat_sipd_rak_pkey PRIMARY KEY (instansi, tahun, berkas, baris)
);
COMMENT ON TABLE @extschema@.muat_sipd_rak IS 'Staging for SIPD-RI''s cash plan (RAK, anggaran kas) per account of a sub-kegiatan (wp-sipd data_anggaran_kas, the API''s get_rak_sipd): one row an element of the export''s data array, its twelve months as text; lkj.muat_sipd() adds them up per quarter, and empties it once applied.';
COMMENT ON COLUMN @extschema@.muat_sipd_rak.instansi IS 'the unit being loaded (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.muat_sipd_rak.tahun IS 'the year being loaded';
COMMENT ON COLUMN @extschema@.muat_sipd_rak.berkas IS 'the file the row came from, as the report names it';
COMMENT ON COLUMN @extschema@.muat_sipd_rak.baris IS 'the element''s number in the file''s data array, from 1';
COMMENT ON COLUMN @extschema@.muat_sipd_rak.kode_sbl IS 'the field kode_sbl: ties the row to a sub-kegiatan of the same load''s list when kode_sub_skpd and kode_sub_giat are absent';
COMMENT ON COLUMN @extschema@.muat_sipd_rak.kode_sub_skpd IS 'the field kode_sub_skpd, when the export has it';
COMMENT ON COLUMN @extschema@.muat_sipd_rak.kode_sub_giat IS 'the field kode_sub_giat, when the export has it';
COMMENT ON COLUMN @extschema@.muat_sipd_rak.kode_akun IS 'the field kode_akun: the account';
COMMENT ON COLUMN @extschema@.muat_sipd_rak.bulan IS 'the fields bulan_1 to bulan_12: the amount planned to be drawn each month, numbers with a dot as decimal point';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.muat_sipd_rak', '');

CREATE TABLE @extschema@.sipd_sub_kegiatan (
    instansi        text NOT NULL REFERENCES @extschema@.instansi (kode),
    tahun           integer NOT NULL CONSTRAINT sipd_sub_kegiatan_tahun_wajar CHECK (tahun BETWEEN 1990 AND 2200),
    kode_sub_skpd   text NOT NULL CONSTRAINT sipd_sub_kegiatan_kode_sub_skpd_isi CHECK (kode_sub_skpd <> ''),
    kode            text NOT NULL
        CONSTRAINT sipd_sub_kegiatan_kode_normal_form
        CHECK (kode ~ '^([0-9]|X)\.([0-9]{2}|XX)\.[0-9]{2}\.[0-9]\.[0-9]{2}\.[0-9]{4}$'),
    kode_sipd       text NOT NULL CONSTRAINT sipd_sub_kegiatan_kode_sipd_isi CHECK (kode_sipd <> ''),
    nama            text,
    pagu_murni      numeric CONSTRAINT sipd_sub_kegiatan_pagu_murni_finite
                    CHECK (pagu_murni >= 0 AND pagu_murni < 'Infinity'),
    pagu            numeric NOT NULL CONSTRAINT sipd_sub_kegiatan_pagu_finite
                    CHECK (pagu >= 0 AND pagu < 'Infinity'),
    rak_tw1         numeric CONSTRAINT sipd_sub_kegiatan_rak_tw1_finite CHECK (rak_tw1 >= 0 AND rak_tw1 < 'Infinity'),
    rak_tw2         numeric CONSTRAINT sipd_sub_kegiatan_rak_tw2_finite CHECK (rak_tw2 >= 0 AND rak_tw2 < 'Infinity'),
    rak_tw3         numeric CONSTRAINT sipd_sub_kegiatan_rak_tw3_finite CHECK (rak_tw3 >= 0 AND rak_tw3 < 'Infinity'),
    rak_tw4         numeric CONSTRAINT sipd_sub_kegiatan_rak_tw4_finite CHECK (rak_tw4 >= 0 AND rak_tw4 < 'Infinity'),
    CONSTRAINT sipd_sub_kegiatan_pkey PRIMARY KEY (instansi, tahun, kode_sub_skpd, kode),
    CONSTRAINT sipd_sub_kegiatan_rak_lengkap
        CHECK (num_nulls(rak_tw1, rak_tw2, rak_tw3, rak_tw4) IN (0, 4))
);
COMMENT ON TABLE @extschema@.sipd_sub_kegiatan IS 'A unit''s sub-kegiatan as SIPD-RI holds them for a year (the DPA): keyed as SIPD keys them, by sub-unit (kode_sub_skpd) and national code, with the original budget, the budget in force and the cash plan per quarter.  Written by lkj.muat_sipd(), which carries the figures into lkj.sub_kegiatan; the reconciliation checks (sipd_*) compare the two.';
COMMENT ON COLUMN @extschema@.sipd_sub_kegiatan.instansi IS 'The unit (lkj.instansi kode).';
COMMENT ON COLUMN @extschema@.sipd_sub_kegiatan.tahun IS 'The budget year (tahun_anggaran).';
COMMENT ON COLUMN @extschema@.sipd_sub_kegiatan.kode_sub_skpd IS 'SIPD''s organisation code of the sub-unit that holds the budget (7.01.0.00.0.00.06.0000); a unit with sub-units (UPTD) has several, and lkj.sub_kegiatan adds them up.';
COMMENT ON COLUMN @extschema@.sipd_sub_kegiatan.kode IS 'The sub-kegiatan''s national code in the normal form of lkj.kode_normal() (7.01.02.2.01.0001), the key lkj.sub_kegiatan is matched on.';
COMMENT ON COLUMN @extschema@.sipd_sub_kegiatan.kode_sipd IS 'The code as SIPD wrote it, without a name after it (7.01.02.2.01.01).';
COMMENT ON COLUMN @extschema@.sipd_sub_kegiatan.nama IS 'Its name as SIPD wrote it, the code before it removed.';
COMMENT ON COLUMN @extschema@.sipd_sub_kegiatan.pagu_murni IS 'The original budget (pagumurni, APBD murni), rupiah; NULL when the export has none.';
COMMENT ON COLUMN @extschema@.sipd_sub_kegiatan.pagu IS 'The budget in force (pagu: after the APBD perubahan when there was one), rupiah.';
COMMENT ON COLUMN @extschema@.sipd_sub_kegiatan.rak_tw1 IS 'The cash plan (RAK) of quarter 1: bulan_1 to bulan_3 over every account, rupiah; NULL without a RAK.';
COMMENT ON COLUMN @extschema@.sipd_sub_kegiatan.rak_tw2 IS 'The cash plan (RAK) of quarter 2 (bulan_4 to bulan_6), rupiah.';
COMMENT ON COLUMN @extschema@.sipd_sub_kegiatan.rak_tw3 IS 'The cash plan (RAK) of quarter 3 (bulan_7 to bulan_9), rupiah.';
COMMENT ON COLUMN @extschema@.sipd_sub_kegiatan.rak_tw4 IS 'The cash plan (RAK) of quarter 4 (bulan_10 to bulan_12), rupiah.';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.sipd_sub_kegiatan', '');

CREATE TABLE @extschema@.sipd_realisasi (
    instansi        text NOT NULL,
    tahun           integer NOT NULL,
    kode_sub_skpd   text NOT NULL,
    kode            text NOT NULL,
    tanggal         date NOT NULL,
    realisasi       numeric NOT NULL CONSTRAINT sipd_realisasi_realisasi_finite
                    CHECK (realisasi >= 0 AND realisasi < 'Infinity'),
    CONSTRAINT sipd_realisasi_pkey PRIMARY KEY (instansi, tahun, kode_sub_skpd, kode, tanggal),
    CONSTRAINT sipd_realisasi_tanggal_tahun CHECK (extract(year FROM tanggal) = tahun),
    CONSTRAINT sipd_realisasi_sub_kegiatan_fkey FOREIGN KEY (instansi, tahun, kode_sub_skpd, kode)
        REFERENCES @extschema@.sipd_sub_kegiatan (instansi, tahun, kode_sub_skpd, kode) ON DELETE CASCADE
);
COMMENT ON TABLE @extschema@.sipd_realisasi IS 'A sub-kegiatan''s spending as SIPD-RI reports it, cumulative from 1 January to a cut-off date (tanggal), over all its accounts: one row a date loaded.  A quarter is the cut-off at its end minus the one at the end of the quarter before (lkj.sipd_triwulan); the latest cut-off of the year is the year''s spending lkj.muat_sipd() writes into lkj.sub_kegiatan.';
COMMENT ON COLUMN @extschema@.sipd_realisasi.instansi IS 'The unit (lkj.instansi kode).';
COMMENT ON COLUMN @extschema@.sipd_realisasi.tahun IS 'The budget year.';
COMMENT ON COLUMN @extschema@.sipd_realisasi.kode_sub_skpd IS 'The sub-unit (lkj.sipd_sub_kegiatan).';
COMMENT ON COLUMN @extschema@.sipd_realisasi.kode IS 'The sub-kegiatan''s national code, normal form (lkj.sipd_sub_kegiatan).';
COMMENT ON COLUMN @extschema@.sipd_realisasi.tanggal IS 'The cut-off date (tanggal_akhir): the spending runs from 1 January of the year to this day, inclusive; a date of the year.';
COMMENT ON COLUMN @extschema@.sipd_realisasi.realisasi IS 'The spending to the cut-off, the sum over the accounts, rupiah.';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.sipd_realisasi', '');
