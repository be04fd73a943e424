-- ======================================================================
-- roll-ups: per pemda, per province or kementerian, national (1.1, issue 14)
-- ======================================================================

/*
 * A national roll-up computed live from the per-unit views reads every
 * indicator-year of every unit (12 s at 5,000 units, issue 14); a summary
 * of one row a unit-year (lkj.rekap_instansi_tahun, 39_rekap--1.1.sql)
 * makes it one pass over 25,000 rows.  lkj.segarkan_rekap() writes the
 * summary in one transaction: a reader sees the old rows or the new, never
 * a half (MVCC), and a second refresh waits for the first.
 */
CREATE FUNCTION @extschema@.segarkan_rekap(tahun integer DEFAULT NULL, dengan_periksa boolean DEFAULT false,
                                          per_tanggal date DEFAULT CURRENT_DATE)
    RETURNS integer
    LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    n integer;
BEGIN
    IF segarkan_rekap.per_tanggal IS NULL THEN
        RAISE EXCEPTION 'per_tanggal must not be null'
            USING ERRCODE = 'null_value_not_allowed',
                  DETAIL = 'The summary is dated: its rows and findings hold as of that day.',
                  HINT = 'Leave per_tanggal out for today, or give a date.';
    END IF;
    -- SHARE ROW EXCLUSIVE: readers go on, a second refresh (or a writer)
    -- waits, so two refreshes never interleave their DELETE and INSERT
    LOCK TABLE @extschema@.rekap_instansi_tahun, @extschema@.rekap_kriteria_tahun IN SHARE ROW EXCLUSIVE MODE;
    -- row security applies: a caller refreshes the units it reads
    DELETE FROM @extschema@.rekap_instansi_tahun r
     WHERE segarkan_rekap.tahun IS NULL OR r.tahun OPERATOR(pg_catalog.=) segarkan_rekap.tahun;
    INSERT INTO @extschema@.rekap_instansi_tahun
           (instansi, tahun, jumlah_indikator, jumlah_terukur, jumlah_tercapai, jumlah_capaian,
            rata_rata_capaian, anggaran, realisasi_anggaran, tanggal_pk, tenggat_pk, pk_tepat_waktu,
            dihitung_pada)
    SELECT f.instansi, f.tahun, f.jumlah_indikator, f.jumlah_terukur, f.jumlah_tercapai, f.jumlah_capaian,
           f.rata_rata_capaian, f.anggaran, f.realisasi_anggaran, f.tanggal_pk, f.tenggat_pk, f.pk_tepat_waktu,
           segarkan_rekap.per_tanggal
      FROM @extschema@.fakta_instansi_tahun f
     WHERE segarkan_rekap.tahun IS NULL OR f.tahun OPERATOR(pg_catalog.=) segarkan_rekap.tahun;
    GET DIAGNOSTICS n = ROW_COUNT;
    INSERT INTO @extschema@.rekap_kriteria_tahun (instansi, tahun, urutan_kriteria, kriteria, jumlah)
    SELECT f.instansi, f.tahun, COALESCE(f.urutan_kriteria, 0), min(f.kriteria), count(*)
      FROM @extschema@.fakta_indikator f
      JOIN @extschema@.rekap_instansi_tahun r
        ON r.instansi OPERATOR(pg_catalog.=) f.instansi AND r.tahun OPERATOR(pg_catalog.=) f.tahun
     WHERE f.tingkat OPERATOR(pg_catalog.=) ANY (ARRAY['tujuan', 'sasaran'])
       AND f.capaian_dinilai IS NOT NULL
       AND (segarkan_rekap.tahun IS NULL OR f.tahun OPERATOR(pg_catalog.=) segarkan_rekap.tahun)
     GROUP BY f.instansi, f.tahun, COALESCE(f.urutan_kriteria, 0);
    -- The planner must know the summary's size: left to autovacuum, a
    -- national roll-up read right after the first refresh was planned for
    -- 25 rows of 8,000 and ran as nested loops (186 ms at 5,000 units).
    -- ANALYZE needs the tables' owner; another caller leaves it to autovacuum.
    IF pg_catalog.pg_has_role((SELECT c.relowner FROM pg_catalog.pg_class c
                                WHERE c.oid OPERATOR(pg_catalog.=) '@extschema@.rekap_instansi_tahun'::pg_catalog.regclass),
                              'USAGE') THEN
        ANALYZE @extschema@.rekap_instansi_tahun, @extschema@.rekap_kriteria_tahun;
    END IF;
    -- The findings, stored with the date they hold on, not computed per query.
    -- Hook: once lkj keeps findings in a table, count its open ones here.
    IF dengan_periksa THEN
        UPDATE @extschema@.rekap_instansi_tahun r
           SET jumlah_temuan = COALESCE(t.jumlah, 0), temuan_dihitung_pada = segarkan_rekap.per_tanggal
          FROM (SELECT r2.instansi, r2.tahun, p.jumlah
                  FROM @extschema@.rekap_instansi_tahun r2
                  LEFT JOIN (SELECT x.instansi, x.tahun, count(*)::integer AS jumlah
                               FROM @extschema@.periksa(NULL::text, segarkan_rekap.tahun, segarkan_rekap.per_tanggal) x
                              WHERE x.tingkat OPERATOR(pg_catalog.=) ANY (ARRAY['galat', 'peringatan'])
                              GROUP BY x.instansi, x.tahun) p
                         ON p.instansi OPERATOR(pg_catalog.=) r2.instansi AND p.tahun OPERATOR(pg_catalog.=) r2.tahun) t
         WHERE t.instansi OPERATOR(pg_catalog.=) r.instansi AND t.tahun OPERATOR(pg_catalog.=) r.tahun
           AND (segarkan_rekap.tahun IS NULL OR r.tahun OPERATOR(pg_catalog.=) segarkan_rekap.tahun);
    END IF;
    RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.segarkan_rekap(integer, boolean, date) IS 'Refreshes the roll-ups'' summary (lkj.rekap_instansi_tahun, lkj.rekap_kriteria_tahun) from lkj.fakta_instansi_tahun and lkj.fakta_indikator for one year (NULL: every year), for the units the caller reads and writes (row security), in one transaction: readers see the old summary until it commits, a second refresh waits.  dengan_periksa also runs lkj.periksa() as of per_tanggal and stores each unit-year''s galat and peringatan findings with that date (slow: minutes for a nation).  The rows carry per_tanggal (default today: no object of lkj reads a clock, the caller''s default does).  Returns the unit-years written.';

-- Each unit's place in the three roll-ups, once for both roll-up views.
CREATE VIEW @extschema@.rekap_lingkup AS
SELECT d.instansi, g.tingkat, g.wilayah, g.nama
  FROM @extschema@.dimensi_instansi d
 CROSS JOIN LATERAL (VALUES ('pemda', d.pemda, d.pemda_nama),
                            (d.wilayah_jenis, d.wilayah, COALESCE(d.provinsi_nama, d.kementerian_nama)),
                            ('nasional', NULL, 'Nasional')) g (tingkat, wilayah, nama)
 WHERE g.tingkat = 'nasional' OR (g.tingkat IS NOT NULL AND g.wilayah IS NOT NULL);
COMMENT ON VIEW @extschema@.rekap_lingkup IS 'Every unit''s place in the roll-ups, one row a level: its pemda (tingkat pemda), its province (provinsi) or its kementerian or lembaga (kementerian, lembaga), and the nation (nasional, wilayah NULL); a level the unit lacks (a central unit''s pemda, a pemda without a recorded province) has no row.';

CREATE VIEW @extschema@.rekap_tahun AS
SELECT r.tahun, g.tingkat, g.wilayah, min(g.nama) AS nama,
       count(*)::integer AS jumlah_instansi,
       sum(r.jumlah_indikator)::integer AS jumlah_indikator,
       sum(r.jumlah_terukur)::integer AS jumlah_terukur,
       sum(r.jumlah_tercapai)::integer AS jumlah_tercapai,
       round(sum(r.jumlah_capaian) / NULLIF(sum(r.jumlah_terukur), 0), 2) AS rata_rata_capaian,
       -- the median in numeric: the lower and the upper middle value (the
       -- same one for an odd count), averaged; NULLs are left out
       round((percentile_disc(0.5) WITHIN GROUP (ORDER BY r.rata_rata_capaian)
              + percentile_disc(0.5) WITHIN GROUP (ORDER BY r.rata_rata_capaian DESC)) / 2, 2) AS median_capaian,
       (count(*) FILTER (WHERE r.pk_tepat_waktu))::integer AS jumlah_pk_tepat_waktu,
       @extschema@.persentase(count(*) FILTER (WHERE r.pk_tepat_waktu), count(*)) AS persen_pk_tepat_waktu,
       sum(r.anggaran) AS anggaran, sum(r.realisasi_anggaran) AS realisasi_anggaran,
       @extschema@.penyerapan(sum(r.anggaran), sum(r.realisasi_anggaran)) AS penyerapan,
       (count(*) FILTER (WHERE r.jumlah_temuan > 0))::integer AS jumlah_instansi_bertemuan,
       count(r.jumlah_temuan)::integer AS jumlah_instansi_diperiksa,
       min(r.temuan_dihitung_pada) AS temuan_dihitung_pada,
       min(r.dihitung_pada) AS dihitung_pada
  FROM @extschema@.rekap_instansi_tahun r
  JOIN @extschema@.rekap_lingkup g ON g.instansi = r.instansi
 GROUP BY r.tahun, g.tingkat, g.wilayah;
COMMENT ON VIEW @extschema@.rekap_tahun IS 'Roll-up per year and scope (tingkat: pemda, provinsi, kementerian or lembaga, nasional; wilayah its kode), from the summary lkj.segarkan_rekap() writes (as of dihitung_pada): units, their tujuan and sasaran indicators, the mean graded capaian over all measured indicators and the median of the units'' means, the share of units whose original PK was signed by the deadline in force, budget absorption, and units with findings.  National for one year: SELECT * FROM lkj.rekap_tahun WHERE tingkat = ''nasional'' AND tahun = 2024.';

CREATE VIEW @extschema@.rekap_kriteria AS
SELECT k.tahun, g.tingkat, g.wilayah, min(g.nama) AS nama, k.urutan_kriteria, k.kriteria,
       sum(k.jumlah)::integer AS jumlah_indikator,
       count(*)::integer AS jumlah_instansi
  FROM @extschema@.rekap_kriteria_tahun k
  JOIN @extschema@.rekap_lingkup g ON g.instansi = k.instansi
 GROUP BY k.tahun, g.tingkat, g.wilayah, k.urutan_kriteria, k.kriteria;
COMMENT ON VIEW @extschema@.rekap_kriteria IS 'Roll-up per year, scope and band: measured tujuan and sasaran indicators per kriteria band (urutan_kriteria 1 = the best band of each unit''s scale, 0 outside every band; kriteria the scale''s word, so units on different scales give a row each), from the summary lkj.segarkan_rekap() writes.';
