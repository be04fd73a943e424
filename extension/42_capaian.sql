-- ======================================================================
-- derived facts: the target in force and the capaian of every indicator-year
-- ======================================================================

/*
 * An indicator in a year: its identity (lkj.indikator) where the year's row
 * (lkj.indikator_tahun) leaves a column NULL.  The years it exists in: a
 * tujuan or sasaran identity every year of its Renstra, a program or
 * kegiatan identity its own year, and every year it has a row for.  Every
 * view that prints or attaches an indicator for a year reads it here, joined
 * on (instansi, indikator, tahun); targets and realisasi name the identity.
 */
CREATE VIEW @extschema@.indikator_tahunan AS
SELECT y.instansi, y.indikator, y.tahun,
       COALESCE(it.kode, i.kode) AS kode,
       COALESCE(it.no, i.no) AS no,
       COALESCE(it.uraian, i.uraian) AS uraian,
       COALESCE(it.satuan, i.satuan) AS satuan,
       i.polaritas::text AS polaritas, i.agregasi, i.sumber,
       COALESCE(it.formulasi, i.formulasi) AS formulasi,
       COALESCE(it.sumber_data, i.sumber_data) AS sumber_data,
       i.iku AND COALESCE(l.tujuan, l.sasaran) IS NOT NULL AS iku,
       l.renstra, l.tujuan, l.sasaran, l.program, l.kegiatan,
       -- 1.1, appended: the weight within its sasaran (the year's, else the identity's)
       COALESCE(it.bobot, i.bobot) AS bobot
  FROM (SELECT i.instansi, i.kode AS indikator, r.tahun
          FROM @extschema@.indikator i
          JOIN @extschema@.tahun_renstra r ON r.instansi = i.instansi AND r.renstra = i.renstra
        UNION
        SELECT i.instansi, i.kode, i.tahun
          FROM @extschema@.indikator i
         WHERE i.tahun IS NOT NULL
        UNION
        SELECT it.instansi, it.indikator, it.tahun
          FROM @extschema@.indikator_tahun it) y
  JOIN @extschema@.indikator i ON i.instansi = y.instansi AND i.kode = y.indikator
  LEFT JOIN @extschema@.indikator_tahun it
         ON it.instansi = y.instansi AND it.indikator = y.indikator AND it.tahun = y.tahun
 -- the year's own level where its row names one, else the identity's
 CROSS JOIN LATERAL (
        SELECT it.renstra, it.tujuan, it.sasaran, it.program, it.kegiatan
         WHERE num_nonnulls(it.tujuan, it.sasaran, it.program, it.kegiatan) = 1
        UNION ALL
        SELECT i.renstra, i.tujuan, i.sasaran, i.program, i.kegiatan
         WHERE num_nonnulls(it.tujuan, it.sasaran, it.program, it.kegiatan) = 0) l;
COMMENT ON VIEW @extschema@.indikator_tahunan IS 'Every indicator in every year it exists in (a tujuan or sasaran indicator every year of its Renstra, a program or kegiatan indicator its own year, and every year lkj.indikator_tahun has a row for), as it is that year: the identity (indikator, the kode targets and realisasi name), the code the unit uses that year (kode), number, wording, unit, formula and data source (the year''s row, else the identity''s), polarity, rule and source of realisasi (the identity''s), iku (a key indicator, while it hangs on a tujuan or sasaran), and what it hangs on that year (the year''s row''s level, else the identity''s: for a program or kegiatan the one of the same kode in that year); bobot, its weight within its sasaran that year (lkj.indikator_tahun.bobot, else lkj.indikator.bobot; NULL: none).';
COMMENT ON COLUMN @extschema@.indikator_tahunan.bobot IS 'the indicator''s weight within its sasaran in the year: lkj.indikator_tahun.bobot, else lkj.indikator.bobot; NULL: none (metode_capaian_sasaran bobot then gives its sasaran no capaian)';


CREATE FUNCTION @extschema@.capaian_target(nilai numeric, batas_bawah numeric, batas_atas numeric,
                                           realisasi numeric, polaritas @extschema@.polaritas)
    RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    BEGIN ATOMIC
        RETURN CASE
            WHEN realisasi IS NULL THEN NULL
            WHEN nilai IS NOT NULL THEN @extschema@.capaian(nilai, realisasi, polaritas)
            ELSE @extschema@.capaian_rentang(batas_bawah, batas_atas, realisasi, polaritas)
        END;
    END;
COMMENT ON FUNCTION @extschema@.capaian_target(numeric, numeric, numeric, numeric, @extschema@.polaritas) IS 'Capaian of a realisasi against a target row of lkj.target: its single value (nilai) or its range (batas_bawah to batas_atas); NULL without a realisasi.';

-- A cap (setting batas_capaian) grades and may print a capaian as the cap:
-- one place for every table that prints a capaian (Tabel 8 to 14).
CREATE FUNCTION @extschema@.capaian_dinilai(capaian numeric, batas numeric)
    RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    BEGIN ATOMIC
        -- the cap with the capaian's two decimals (a cap of 100 grades
        -- 100.00); not least(), which would grade a missing capaian as the cap
        RETURN CASE WHEN @extschema@.terhingga(capaian, 'capaian') > @extschema@.terhingga(batas, 'batas')
                    THEN round(batas, 2) ELSE capaian END;
    END;
COMMENT ON FUNCTION @extschema@.capaian_dinilai(numeric, numeric) IS 'The capaian a unit grades with under a cap (setting batas_capaian): the cap, to two decimals, where the capaian is above it, else the capaian; NULL batas: no cap; NaN or an infinity is 22023.  capaian_dinilai(104.26, 100) = 100.00.';

CREATE FUNCTION @extschema@.capaian_cetak(capaian numeric, batas numeric, cetak text)
    RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    BEGIN ATOMIC
        RETURN CASE WHEN @extschema@.terhingga(capaian, 'capaian') > @extschema@.terhingga(batas, 'batas')
                         AND cetak = 'batas'
                    THEN @extschema@.format_persen(round(batas, 2), 2) || ' (>'
                         || @extschema@.format_angka(batas) || '%)'
                    ELSE @extschema@.format_persen(capaian, 2) END;
    END;
COMMENT ON FUNCTION @extschema@.capaian_cetak(numeric, numeric, text) IS 'A capaian as the report prints it (setting cetak_batas_capaian): with cetak batas and the capaian above the cap (batas), the cap and the fact, 100,00% (>100%); else the raw figure with two decimals, 104,26%; NULL for NULL; NaN or an infinity is 22023.';

CREATE VIEW @extschema@.target_berlaku AS
SELECT DISTINCT ON (t.instansi, t.indikator, t.tahun)
       t.instansi, t.indikator, t.tahun, t.dokumen, t.nilai, t.batas_bawah, t.batas_atas
  FROM @extschema@.target t
 WHERE t.dokumen <> 'standar_nasional'
 ORDER BY t.instansi, t.indikator, t.tahun,
          CASE t.dokumen WHEN 'pk_perubahan' THEN 1 WHEN 'pk_awal' THEN 2 ELSE 3 END;
COMMENT ON VIEW @extschema@.target_berlaku IS 'The target each indicator''s capaian is measured against in a year: the revised Perjanjian Kinerja''s, else the original one''s, else the Renstra''s (dokumen says which).';

CREATE VIEW @extschema@.capaian_indikator AS
WITH tahun_indikator AS (
    SELECT instansi, indikator, tahun FROM @extschema@.target
    UNION
    SELECT instansi, indikator, tahun FROM @extschema@.realisasi_triwulan
)
SELECT ti.instansi, ti.indikator, ti.tahun,
       tb.dokumen AS target_dokumen, tb.nilai AS target, tb.batas_bawah, tb.batas_atas,
       rt.nilai AS realisasi,
       c.capaian,
       @extschema@.label_kriteria(c.dinilai, sb.skala_kriteria) AS kriteria,
       CASE WHEN c.dinilai IS NULL THEN 'tidak terukur'
            WHEN c.dinilai >= 100 THEN 'tercapai'
            ELSE 'belum tercapai' END AS status,
       -- 1.1, appended so that the upgrade replaces the view in place
       c.dinilai AS capaian_dinilai,
       sb.batas_capaian,
       @extschema@.capaian_cetak(c.capaian, sb.batas_capaian, sb.cetak_batas_capaian) AS capaian_cetak
  FROM tahun_indikator ti
  JOIN @extschema@.indikator i ON i.instansi = ti.instansi AND i.kode = ti.indikator
  -- the scale in force in the year (a year with a target is one the unit
  -- reports on; one without has no capaian to grade)
  LEFT JOIN @extschema@.setelan_berlaku sb ON sb.instansi = ti.instansi AND sb.tahun = ti.tahun
  LEFT JOIN @extschema@.target_berlaku tb
         ON tb.instansi = ti.instansi AND tb.indikator = ti.indikator AND tb.tahun = ti.tahun
  LEFT JOIN @extschema@.realisasi_tahun rt
         ON rt.instansi = ti.instansi AND rt.indikator = ti.indikator AND rt.tahun = ti.tahun
 CROSS JOIN LATERAL (SELECT @extschema@.capaian_target(tb.nilai, tb.batas_bawah, tb.batas_atas,
                                                       rt.nilai, i.polaritas) AS capaian) c0
 -- the figure the unit grades with: the capaian, or the cap in force in the
 -- year where the capaian is higher
 CROSS JOIN LATERAL (SELECT c0.capaian,
                            @extschema@.capaian_dinilai(c0.capaian, sb.batas_capaian) AS dinilai) c;
COMMENT ON VIEW @extschema@.capaian_indikator IS 'Every indicator in every year it has a target or a realisasi: the target in force, the year''s realisasi, the capaian computed from both with lkj.capaian (or lkj.capaian_rentang for a range; the raw figure, above any cap), its kriteria on the scale in force for the unit in the year (lkj.setelan_berlaku) and a status: tercapai (100% or more), belum tercapai, or tidak terukur (no realisasi, or a target of 0 with a realisasi), which section 3.1.1 counts; kriteria and status grade capaian_dinilai, the capaian or the unit''s cap in force in the year where that is lower (batas_capaian, NULL: no cap); capaian_cetak is the capaian as the report prints it, the raw figure (104,26%) or, where the unit prints the cap (cetak_batas_capaian batas) and the capaian is above it, the cap and the fact (100,00% (>100%)).';
COMMENT ON COLUMN @extschema@.capaian_indikator.capaian_dinilai IS 'the capaian the unit grades with: the cap in force in the year where the capaian is above it (setting batas_capaian, lkj.capaian_dinilai), else the capaian';
COMMENT ON COLUMN @extschema@.capaian_indikator.capaian_cetak IS 'the capaian as lkj.laporan prints it (setting cetak_batas_capaian, lkj.capaian_cetak): 104,26%, or 100,00% (>100%) above a cap printed batas';

CREATE VIEW @extschema@.target_perjanjian AS
SELECT t.instansi, t.indikator, t.tahun,
       max(t.nilai) FILTER (WHERE t.dokumen = 'pk_awal') AS awal,
       max(t.batas_bawah) FILTER (WHERE t.dokumen = 'pk_awal') AS awal_bawah,
       max(t.batas_atas) FILTER (WHERE t.dokumen = 'pk_awal') AS awal_atas,
       max(t.nilai) FILTER (WHERE t.dokumen = 'pk_perubahan') AS perubahan,
       max(t.batas_bawah) FILTER (WHERE t.dokumen = 'pk_perubahan') AS perubahan_bawah,
       max(t.batas_atas) FILTER (WHERE t.dokumen = 'pk_perubahan') AS perubahan_atas
  FROM @extschema@.target t
 WHERE t.dokumen IN ('pk_awal', 'pk_perubahan')
 GROUP BY t.instansi, t.indikator, t.tahun;
COMMENT ON VIEW @extschema@.target_perjanjian IS 'The targets of every indicator in the original (awal) and the revised (perubahan) Perjanjian Kinerja of a year side by side: a value, or a range (_bawah to _atas).';

CREATE VIEW @extschema@.capaian_kinerja AS
SELECT b.instansi, b.tahun,
       (row_number() OVER (PARTITION BY b.instansi, b.tahun
                           ORDER BY b.tahun_awal, b.renstra, b.tujuan, b.sasaran NULLS FIRST,
                                    b.indikator_no, b.indikator_kode))::integer AS urutan,
       b.jenis_baris, b.renstra, b.tujuan, b.sasaran, b.uraian,
       b.indikator_kode, b.indikator, b.satuan, b.polaritas::text AS polaritas, b.iku,
       tb.dokumen AS target_dokumen, tb.nilai AS target, tb.batas_bawah, tb.batas_atas,
       rt.nilai AS realisasi, c.capaian,
       @extschema@.label_kriteria(c.dinilai, sb.skala_kriteria) AS kriteria,
       CASE WHEN c.dinilai IS NULL THEN 'tidak terukur'
            WHEN c.dinilai >= 100 THEN 'tercapai'
            ELSE 'belum tercapai' END AS status,
       -- 1.1, appended: the graded (capped) capaian and its printed form
       c.dinilai AS capaian_dinilai,
       @extschema@.capaian_cetak(c.capaian, sb.batas_capaian, sb.cetak_batas_capaian) AS capaian_cetak,
       -- appended: the year's settings the views on this one print with, so
       -- that they need not join lkj.setelan_berlaku again (each such join
       -- multiplied the planner's estimate by the years it guesses a unit has)
       sb.batas_capaian, sb.cetak_batas_capaian, sb.metode_efisiensi, sb.putusan_efisiensi
  FROM (SELECT i.instansi, i.tahun, i.renstra, r.tahun_awal,
               COALESCE(i.tujuan, s.tujuan) AS tujuan, i.sasaran,
               CASE WHEN i.tujuan IS NOT NULL THEN 'tujuan' ELSE 'sasaran' END AS jenis_baris,
               COALESCE(t.uraian, s.uraian) AS uraian,
               i.indikator AS indikator_kode, i.no AS indikator_no, i.uraian AS indikator,
               i.satuan, i.polaritas, i.iku
          FROM @extschema@.indikator_tahunan i
          JOIN @extschema@.renstra r ON r.instansi = i.instansi AND r.kode = i.renstra
          LEFT JOIN @extschema@.tujuan t ON t.instansi = i.instansi AND t.renstra = i.renstra AND t.no = i.tujuan
          LEFT JOIN @extschema@.sasaran s ON s.instansi = i.instansi AND s.renstra = i.renstra AND s.no = i.sasaran) b
  -- lkj.capaian_indikator's figures, joined here directly: that view's
  -- years (a target or a realisasi) are not needed where b gives them, and
  -- a year without either gives the same NULLs and 'tidak terukur'.  Fewer
  -- relations to plan, for every view built on this one (issue 14, P2).
  LEFT JOIN @extschema@.setelan_berlaku sb ON sb.instansi = b.instansi AND sb.tahun = b.tahun
  LEFT JOIN @extschema@.target_berlaku tb
         ON tb.instansi = b.instansi AND tb.indikator = b.indikator_kode AND tb.tahun = b.tahun
  LEFT JOIN @extschema@.realisasi_tahun rt
         ON rt.instansi = b.instansi AND rt.indikator = b.indikator_kode AND rt.tahun = b.tahun
 CROSS JOIN LATERAL (SELECT @extschema@.capaian_target(tb.nilai, tb.batas_bawah, tb.batas_atas,
                                                       rt.nilai, b.polaritas::@extschema@.polaritas) AS capaian) c0
 CROSS JOIN LATERAL (SELECT c0.capaian,
                            @extschema@.capaian_dinilai(c0.capaian, sb.batas_capaian) AS dinilai) c;
COMMENT ON VIEW @extschema@.capaian_kinerja IS 'Every indicator of a tujuan or sasaran in every year it hangs on one (lkj.indikator_tahunan: every year of its Renstra, with the year''s wording and unit; indikator_kode is the identity, the same in every year), in the report''s order (each tujuan, then its sasaran): its target in force, realisasi, capaian, kriteria, status, the graded capaian (capaian_dinilai) and the printed one (capaian_cetak) from lkj.capaian_indikator, status ''tidak terukur'' where the year has no data.  Tabel 3, 4 and 8 to 14 and lkj.ringkasan_capaian are built on it.';
COMMENT ON COLUMN @extschema@.capaian_kinerja.capaian_dinilai IS 'the capaian the unit grades with: the cap in force in the year where the capaian is above it (setting batas_capaian, lkj.capaian_dinilai), else the capaian';
COMMENT ON COLUMN @extschema@.capaian_kinerja.capaian_cetak IS 'the capaian as lkj.laporan prints it (setting cetak_batas_capaian, lkj.capaian_cetak): 104,26%, or 100,00% (>100%) above a cap printed batas';

-- Tabel 11 and 13 measure the year's realisasi against the same year's
-- target of another document than the one in force: one place for both.
CREATE VIEW @extschema@.capaian_dokumen AS
SELECT k.instansi, k.tahun, k.urutan, k.jenis_baris, k.renstra, k.tujuan, k.sasaran, k.uraian,
       k.indikator_kode, k.indikator, k.satuan, k.polaritas, k.iku, k.target_dokumen, k.target,
       k.batas_bawah, k.batas_atas, k.realisasi, k.capaian, k.kriteria, k.status,
       k.capaian_dinilai, k.capaian_cetak,
       d.dokumen AS banding_dokumen, t.nilai AS banding_target, t.batas_bawah AS banding_bawah,
       t.batas_atas AS banding_atas, t.keterangan AS banding_keterangan,
       b.capaian AS banding_capaian,
       -- 1.1, appended: graded and printed under the unit's cap of the year
       @extschema@.capaian_dinilai(b.capaian, k.batas_capaian) AS banding_dinilai,
       @extschema@.capaian_cetak(b.capaian, k.batas_capaian, k.cetak_batas_capaian) AS banding_cetak
  FROM @extschema@.capaian_kinerja k
 CROSS JOIN (VALUES ('renstra'), ('standar_nasional')) AS d (dokumen)
  LEFT JOIN @extschema@.target t
         ON t.instansi = k.instansi AND t.indikator = k.indikator_kode AND t.tahun = k.tahun
        AND t.dokumen = d.dokumen
 CROSS JOIN LATERAL (SELECT @extschema@.capaian_target(t.nilai, t.batas_bawah, t.batas_atas, k.realisasi,
                                                       k.polaritas::@extschema@.polaritas) AS capaian) b;
COMMENT ON VIEW @extschema@.capaian_dokumen IS 'Every row of lkj.capaian_kinerja once for the Renstra (banding_dokumen ''renstra'') and once for a national standard (''standar_nasional''): that document''s target of the year (banding_target, or the range banding_bawah to banding_atas, NULL where it sets none), its keterangan, and the year''s realisasi measured against it with lkj.capaian_target (banding_capaian), that capaian as the unit grades it under its cap of the year (banding_dinilai, lkj.capaian_dinilai) and prints it (banding_cetak, lkj.capaian_cetak).  Tabel 11 and 13 read it.';
COMMENT ON COLUMN @extschema@.capaian_dokumen.capaian_dinilai IS 'the capaian the unit grades with: the cap in force in the year where the capaian is above it (setting batas_capaian, lkj.capaian_dinilai), else the capaian';
COMMENT ON COLUMN @extschema@.capaian_dokumen.capaian_cetak IS 'the capaian as lkj.laporan prints it (setting cetak_batas_capaian, lkj.capaian_cetak): 104,26%, or 100,00% (>100%) above a cap printed batas';
COMMENT ON COLUMN @extschema@.capaian_dokumen.banding_dinilai IS 'banding_capaian as the unit grades it: the cap in force in the year where banding_capaian is above it (setting batas_capaian, lkj.capaian_dinilai)';
COMMENT ON COLUMN @extschema@.capaian_dokumen.banding_cetak IS 'banding_capaian as lkj.laporan prints it (setting cetak_batas_capaian, lkj.capaian_cetak): 104,26%, or 100,00% (>100%) above a cap printed batas';
