-- ======================================================================
-- derived facts: a sasaran's rows over its indicators, and a change between years
-- ======================================================================

/*
 * Issue 9, items 3 and 5.  Where a sasaran has several indicators, reports
 * print under them a "Jumlah" and a "Rata-rata" row (sum and mean of the
 * indicators' capaian as printed, two decimals) and the kriteria of the
 * mean, and many take that mean as the sasaran's capaian.  Those rows are
 * a view of their own, one row a sasaran and year, never mixed into the
 * indicator rows of capaian_kinerja or a tabel_* view: a client that adds
 * up Tabel 8 must not count them.
 */

CREATE VIEW @extschema@.capaian_sasaran AS
SELECT g.instansi, g.tahun,
       (row_number() OVER (PARTITION BY g.instansi, g.tahun ORDER BY g.urut))::integer AS urutan,
       g.renstra, g.tujuan, g.sasaran, g.uraian,
       g.jumlah_indikator, g.jumlah_terukur, g.jumlah_indikator - g.jumlah_terukur AS jumlah_tanpa_capaian,
       g.jumlah_capaian, g.rata_rata_capaian,
       @extschema@.label_kriteria(g.rata_rata_capaian, sb.skala_kriteria) AS kriteria_rata_rata,
       sb.metode_capaian_sasaran AS metode,
       m.capaian_sasaran,
       @extschema@.label_kriteria(m.capaian_sasaran, sb.skala_kriteria) AS kriteria_sasaran,
       -- 1.1, appended: the weighted mean and the indicators it lacks a weight for
       g.jumlah_tanpa_bobot, g.rata_rata_bobot
  FROM (SELECT k.instansi, k.tahun, k.renstra, k.tujuan, k.sasaran, min(k.urutan) AS urut,
               (array_agg(k.uraian))[1] AS uraian,
               count(*)::integer AS jumlah_indikator,
               -- the figure the unit grades with: the capaian, or the cap in
               -- force where it is lower (capaian_dinilai)
               count(k.capaian_dinilai)::integer AS jumlah_terukur,
               sum(k.capaian_dinilai) AS jumlah_capaian,
               round(avg(k.capaian_dinilai), 2) AS rata_rata_capaian,
               round(avg(k.capaian_dinilai) FILTER (WHERE k.iku), 2) AS rata_rata_iku,
               -- the weighted mean over the measured indicators: a weight
               -- without a capaian is left out of the divisor too
               count(*) FILTER (WHERE it.bobot IS NULL)::integer AS jumlah_tanpa_bobot,
               round(sum(it.bobot * k.capaian_dinilai)
                     / sum(it.bobot) FILTER (WHERE k.capaian_dinilai IS NOT NULL), 2) AS rata_rata_bobot
          FROM @extschema@.capaian_kinerja k
          JOIN @extschema@.indikator_tahunan it
            ON it.instansi = k.instansi AND it.indikator = k.indikator_kode AND it.tahun = k.tahun
         WHERE k.jenis_baris = 'sasaran'
         GROUP BY k.instansi, k.tahun, k.renstra, k.tujuan, k.sasaran) g
  JOIN @extschema@.setelan_berlaku sb ON sb.instansi = g.instansi AND sb.tahun = g.tahun
 CROSS JOIN LATERAL (SELECT CASE sb.metode_capaian_sasaran
                              WHEN 'rata-rata' THEN g.rata_rata_capaian
                              WHEN 'iku' THEN g.rata_rata_iku
                              -- none rather than a mean that leaves an
                              -- unweighted indicator out unseen
                              WHEN 'bobot' THEN CASE WHEN g.jumlah_tanpa_bobot = 0 THEN g.rata_rata_bobot END
                            END AS capaian_sasaran) m;
COMMENT ON VIEW @extschema@.capaian_sasaran IS 'One row a sasaran and year over its indicators (lkj.capaian_kinerja, sasaran rows), in the report''s order (urutan): how many indicators it has, how many have a capaian (jumlah_terukur; the others are left out of the figures and counted in jumlah_tanpa_capaian), the sum (jumlah_capaian) and the mean (rata_rata_capaian, rounded half away from zero to two decimals) of the capaian they are graded with (capaian_dinilai: as printed, or the unit''s cap where that is lower), the kriteria of that mean on the scale in force, and the sasaran''s capaian by the method in force (lkj.setelan_berlaku.metode_capaian_sasaran: rata-rata, the mean; iku, the mean of its key indicators; bobot, the weighted mean rata_rata_bobot, none while jumlah_tanpa_bobot > 0) with its kriteria.  jumlah_tanpa_bobot counts its indicators without a weight in the year (lkj.indikator_tahunan.bobot); rata_rata_bobot = sum(bobot x capaian_dinilai) / sum(bobot) over the measured weighted indicators, 2 decimals.  NULL figures where no indicator has a capaian.  Its own view, never rows of a table of indicators.';
COMMENT ON COLUMN @extschema@.capaian_sasaran.jumlah_tanpa_bobot IS 'how many of the sasaran''s indicators have no weight in the year (lkj.indikator.bobot, lkj.indikator_tahun.bobot); under metode bobot, capaian_sasaran is NULL and lkj.laporan refuses (23502) while it is above 0';
COMMENT ON COLUMN @extschema@.capaian_sasaran.rata_rata_bobot IS 'the weighted mean of the measured indicators'' graded capaian: sum(bobot x capaian_dinilai) / sum(bobot) over the indicators with a capaian and a weight, rounded half away from zero to 2 decimals; the sasaran''s capaian under metode bobot';

CREATE FUNCTION @extschema@.arah_perubahan(selisih numeric)
    RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    BEGIN ATOMIC
        RETURN CASE sign(@extschema@.terhingga(selisih, 'selisih')) WHEN 1 THEN 'naik' WHEN -1 THEN 'turun' WHEN 0 THEN 'tetap' END;
    END;
COMMENT ON FUNCTION @extschema@.arah_perubahan(numeric) IS 'The direction of a change between two years as reports word it: naik (up), turun (down), tetap (the same); NULL for NULL; NaN or an infinity is 22023.  A change of capaian is already judged by polarity (a negative indicator''s capaian rises as its figure falls), so naik is always better.';
