-- ======================================================================
-- facts and dimensions for BI tools (1.1, issue 14)
-- ======================================================================

/*
 * The report views are shaped for printing (total rows among the facts,
 * figures as text, columns named after printed headings).  A dashboard
 * wants one view per grain, one row per fact, plain types and a band's
 * order as a number: these.  They read the same derived views the report
 * does (capaian_indikator, anggaran_rinci, setelan_berlaku), so a figure
 * here is the report's figure.  Asked for one unit and year, the WHERE
 * reaches the tables' keys (tests/t_satu_shard.sh).
 */

-- The level an indicator hangs on, in one place for the fact and the
-- dimension (exactly one of the four is set: 30_schema's check).
CREATE FUNCTION @extschema@.tingkat_indikator(tujuan integer, sasaran integer, program text, kegiatan text)
    RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    BEGIN ATOMIC
        RETURN CASE WHEN tujuan IS NOT NULL THEN 'tujuan'
                    WHEN sasaran IS NOT NULL THEN 'sasaran'
                    WHEN kegiatan IS NOT NULL THEN 'kegiatan'
                    WHEN program IS NOT NULL THEN 'program' END;
    END;
COMMENT ON FUNCTION @extschema@.tingkat_indikator(integer, integer, text, text) IS 'The level an indicator hangs on, from its keys: tujuan, sasaran, program or kegiatan (NULL when none is given).';

CREATE VIEW @extschema@.fakta_indikator AS
SELECT f.instansi, f.tahun, f.indikator,
       COALESCE(it.kode, f.indikator) AS kode,
       @extschema@.tingkat_indikator(it.tujuan, it.sasaran, it.program, it.kegiatan) AS tingkat,
       COALESCE(it.iku, false) AS iku,
       it.satuan, it.polaritas,
       f.target_dokumen, f.target, f.batas_bawah, f.batas_atas,
       f.realisasi, f.capaian, f.capaian_dinilai, f.batas_capaian,
       pk.urutan AS urutan_kriteria, f.kriteria, f.status,
       f.capaian_tahun_lalu,
       f.capaian - f.capaian_tahun_lalu AS selisih_capaian,
       @extschema@.arah_perubahan(f.capaian - f.capaian_tahun_lalu) AS arah,
       COALESCE(rt.tahunan OR 4 = ANY (rt.triwulan), false) AS angka_akhir
  -- the year before: a window over the unit's years of the identity (the
  -- unit's filter passes through it, being its partition)
  FROM (SELECT ci.*,
               CASE WHEN lag(ci.tahun) OVER w = ci.tahun - 1 THEN lag(ci.capaian) OVER w END AS capaian_tahun_lalu
          FROM @extschema@.capaian_indikator ci
        WINDOW w AS (PARTITION BY ci.instansi, ci.indikator ORDER BY ci.tahun)) f
  LEFT JOIN @extschema@.indikator_tahunan it
         ON it.instansi = f.instansi AND it.indikator = f.indikator AND it.tahun = f.tahun
  LEFT JOIN @extschema@.setelan_berlaku sb ON sb.instansi = f.instansi AND sb.tahun = f.tahun
  LEFT JOIN @extschema@.realisasi_tahun rt
         ON rt.instansi = f.instansi AND rt.indikator = f.indikator AND rt.tahun = f.tahun
  LEFT JOIN LATERAL @extschema@.pita_kriteria(f.capaian_dinilai, sb.skala_kriteria) pk ON true;
COMMENT ON VIEW @extschema@.fakta_indikator IS 'Fact: one row an indicator and year with a target or a realisasi (the rows of lkj.capaian_indikator), every level (tujuan, sasaran, program, kegiatan): target in force, realisasi, capaian raw and graded (capped), the band''s number (urutan_kriteria, 1 = best) and word on the unit''s scale in force, status, the year before''s capaian and the change in points, and whether the year''s realisasi is complete (angka_akhir).  Ask for one unit and year: SELECT * FROM lkj.fakta_indikator WHERE instansi = ''kunir'' AND tahun = 2024.';

CREATE VIEW @extschema@.fakta_anggaran AS
SELECT ar.instansi, ar.tahun, ar.jenis AS tingkat, ar.kode, ar.induk, ar.program, ar.kegiatan,
       ar.kode_nasional, ar.nama,
       ar.anggaran_awal, ar.anggaran_perubahan, ar.anggaran, ar.realisasi, ar.penyerapan,
       ar.anggaran - ar.realisasi AS penghematan,
       @extschema@.persentase(ar.anggaran - ar.realisasi, ar.anggaran) AS persen_penghematan,
       COALESCE(c.jumlah_indikator, 0) AS jumlah_indikator,
       c.rata_rata_capaian,
       @extschema@.efisiensi(c.rata_rata_capaian, ar.penyerapan, 'selisih') AS efisiensi
  FROM @extschema@.anggaran_rinci ar
  -- the node's own indicators of the year (a program's or a kegiatan's;
  -- a sub-kegiatan has none)
  LEFT JOIN (SELECT it.instansi, it.tahun,
                    @extschema@.tingkat_indikator(NULL, NULL, it.program, it.kegiatan) AS tingkat,
                    COALESCE(it.kegiatan, it.program) AS kode,
                    count(*)::integer AS jumlah_indikator,
                    round(avg(ci.capaian_dinilai), 2) AS rata_rata_capaian
               FROM @extschema@.indikator_tahunan it
               LEFT JOIN @extschema@.capaian_indikator ci
                      ON ci.instansi = it.instansi AND ci.indikator = it.indikator AND ci.tahun = it.tahun
              WHERE it.program IS NOT NULL OR it.kegiatan IS NOT NULL
              GROUP BY it.instansi, it.tahun,
                       @extschema@.tingkat_indikator(NULL, NULL, it.program, it.kegiatan),
                       COALESCE(it.kegiatan, it.program)) c
         ON c.instansi = ar.instansi AND c.tahun = ar.tahun AND c.tingkat = ar.jenis AND c.kode = ar.kode;
COMMENT ON VIEW @extschema@.fakta_anggaran IS 'Fact: one row a program, kegiatan and sub-kegiatan of a year (tingkat), from lkj.anggaran_rinci: budget original, revised and in force, spending, absorption (penyerapan), unspent budget (penghematan, rupiah, and its share), and for a program or kegiatan its own indicators: their number, the mean of their graded capaian, and efisiensi = that mean - penyerapan (the selisih method; NULL without a measured indicator).  No total rows: lkj.fakta_instansi_tahun and the roll-ups carry the sums.';

CREATE VIEW @extschema@.fakta_instansi_tahun AS
SELECT sb.instansi, sb.tahun, sb.skala_kriteria,
       COALESCE(k.jumlah_indikator, 0) AS jumlah_indikator,
       COALESCE(k.jumlah_terukur, 0) AS jumlah_terukur,
       COALESCE(k.jumlah_tercapai, 0) AS jumlah_tercapai,
       k.jumlah_capaian,
       k.jumlah_capaian / NULLIF(k.jumlah_terukur, 0) AS rata_rata_capaian,
       a.anggaran, a.realisasi AS realisasi_anggaran,
       @extschema@.penyerapan(a.anggaran, a.realisasi) AS penyerapan,
       pk.tanggal AS tanggal_pk,
       make_date(sb.tahun, 1, 1) + (sb.tenggat_pk - 1) AS tenggat_pk,
       COALESCE(pk.tanggal <= make_date(sb.tahun, 1, 1) + (sb.tenggat_pk - 1), false) AS pk_tepat_waktu
  FROM @extschema@.setelan_berlaku sb
  LEFT JOIN (SELECT ck.instansi, ck.tahun, count(*)::integer AS jumlah_indikator,
                    count(ck.capaian_dinilai)::integer AS jumlah_terukur,
                    count(*) FILTER (WHERE ck.capaian_dinilai >= 100)::integer AS jumlah_tercapai,
                    sum(ck.capaian_dinilai) AS jumlah_capaian
               FROM @extschema@.capaian_kinerja ck
              GROUP BY ck.instansi, ck.tahun) k ON k.instansi = sb.instansi AND k.tahun = sb.tahun
  LEFT JOIN (SELECT ap.instansi, ap.tahun, sum(ap.anggaran) AS anggaran, sum(ap.realisasi) AS realisasi
               FROM @extschema@.anggaran_program ap
              GROUP BY ap.instansi, ap.tahun) a ON a.instansi = sb.instansi AND a.tahun = sb.tahun
  LEFT JOIN @extschema@.perjanjian_kinerja pk
         ON pk.instansi = sb.instansi AND pk.tahun = sb.tahun AND pk.jenis = 'awal';
COMMENT ON VIEW @extschema@.fakta_instansi_tahun IS 'Fact: one row a unit and year it reports on (lkj.tahun_laporan): its tujuan and sasaran indicators (counted, measured, reached; the sum and mean of their graded capaian), its programs'' budget, spending and absorption, and its original Perjanjian Kinerja''s date against the deadline in force (setting tenggat_pk).  lkj.segarkan_rekap() copies it into lkj.rekap_instansi_tahun for the roll-ups.';

CREATE VIEW @extschema@.dimensi_instansi AS
SELECT u.kode AS instansi, u.nama, u.jenis,
       u.pemda, p.nama AS pemda_nama, p.jenis AS pemda_jenis,
       u.kementerian, k.nama AS kementerian_nama, k.jenis AS kementerian_jenis,
       CASE WHEN p.jenis = 'provinsi' THEN p.kode ELSE p.provinsi END AS provinsi,
       CASE WHEN p.jenis = 'provinsi' THEN p.nama ELSE pp.nama END AS provinsi_nama,
       COALESCE(CASE WHEN p.jenis = 'provinsi' THEN p.kode ELSE p.provinsi END, u.kementerian) AS wilayah,
       CASE WHEN u.kementerian IS NOT NULL THEN k.jenis
            WHEN p.jenis = 'provinsi' OR p.provinsi IS NOT NULL THEN 'provinsi' END AS wilayah_jenis
  FROM @extschema@.instansi u
  LEFT JOIN @extschema@.pemda p ON p.kode = u.pemda
  LEFT JOIN @extschema@.pemda pp ON pp.kode = p.provinsi
  LEFT JOIN @extschema@.kementerian k ON k.kode = u.kementerian;
COMMENT ON VIEW @extschema@.dimensi_instansi IS 'Dimension: one row a unit, with its kind, its pemda (and the pemda''s kind) or its kementerian, and the level above a pemda the roll-ups group by (wilayah): the province of a kabupaten or kota (the pemda itself for a province''s own units), or the kementerian or lembaga of a central unit; NULL for a pemda whose province is not recorded.';

CREATE VIEW @extschema@.dimensi_indikator AS
SELECT i.instansi, i.kode AS indikator, i.no, i.uraian, i.satuan, i.polaritas::text AS polaritas,
       i.agregasi, i.sumber, i.iku, i.desimal,
       @extschema@.tingkat_indikator(i.tujuan, i.sasaran, i.program, i.kegiatan) AS tingkat,
       i.renstra, i.tujuan, i.sasaran, i.tahun, i.program, i.kegiatan
  FROM @extschema@.indikator i;
COMMENT ON VIEW @extschema@.dimensi_indikator IS 'Dimension: one row an indicator identity (lkj.indikator; the kode lkj.fakta_indikator.indikator names), as it was entered: wording, unit, polarity, quarter-to-year rule, source, IKU flag, decimals and the level it hangs on (a year''s own wording and level: lkj.indikator_tahunan).';

CREATE VIEW @extschema@.dimensi_tahun AS
SELECT y.tahun::integer AS tahun, make_date(y.tahun::integer, 1, 1) AS tanggal_awal,
       make_date(y.tahun::integer, 12, 31) AS tanggal_akhir
  FROM (SELECT min(r.tahun_awal) AS awal, max(r.tahun_akhir) AS akhir FROM @extschema@.renstra r) b
 CROSS JOIN LATERAL generate_series(b.awal, b.akhir) AS y (tahun);
COMMENT ON VIEW @extschema@.dimensi_tahun IS 'Dimension: every year from the first Renstra period''s start to the last one''s end of the units the reader sees, with its first and last day.';

-- The columns' comments as rows: psqlODBC (13.02, Debian 12) leaves
-- SQLColumns' REMARKS empty, so an ODBC client (Excel, Power BI over ODBC)
-- reads the descriptions here; JDBC's getColumns gives them as REMARKS.
CREATE VIEW @extschema@.kamus_kolom AS
SELECT c.relname::text AS view, a.attnum::integer AS urutan, a.attname::text AS kolom,
       format_type(a.atttypid, a.atttypmod) AS tipe,
       col_description(c.oid, a.attnum) AS keterangan
  FROM pg_depend d
  JOIN pg_class c ON c.oid = d.objid
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE d.classid = 'pg_class'::regclass AND d.deptype = 'e'
   AND d.refclassid = 'pg_extension'::regclass
   AND d.refobjid = (SELECT e.oid FROM pg_extension e WHERE e.extname = 'lkj')
   AND c.relkind = 'v';
COMMENT ON VIEW @extschema@.kamus_kolom IS 'The data dictionary: every column of every view of lkj, in order, with its SQL type and its comment (meaning, unit, formula or source), for clients whose driver does not show column comments (psqlODBC).  SELECT kolom, tipe, keterangan FROM lkj.kamus_kolom WHERE view = ''fakta_indikator'' ORDER BY urutan.';
