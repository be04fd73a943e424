-- ======================================================================
-- the report's tables as views
-- ======================================================================

-- (section: views)

/*
 * One view per table of the report.  Every view starts with the unit
 * (instansi, its kode) and the report year (tahun), then urutan (the row
 * order, from 1), no (the number the report prints, text) and jenis_baris
 * (what the row is; a total is 'jumlah'), so that
 *     SELECT * FROM lkj.tabel_8_capaian_kinerja WHERE instansi = 'kunir' AND tahun = 2024
 * prints one table in order.  Columns are plain SQL types (enums as text).
 *
 * Such a WHERE must reach the indexes of the base tables and touch no other
 * unit's rows: every GROUP BY, DISTINCT and window below is partitioned by
 * instansi and tahun (so the planner can push the quals below it), every
 * UNION arm carries both columns, CTEs are NOT MATERIALIZED, and every join
 * is on instansi, so that one constant spreads to every table by equivalence.
 * sql/pushdown.sql proves it on a few hundred units.
 *
 * Where a goal (tujuan, sasaran) or a program has several indicators it has
 * several rows.  Tabel 6 prints the node's number, name and budget on the
 * first of them only, as the report prints merged cells, so that its
 * budgets add up; the flat lists (Tabel 3, 4, 8 to 14) number every row.
 */


-- Tabel 1: one row a position, listed even when nobody holds it, then the
-- total, a row that every member of staff of the year counts in: each
-- figure is counted once, for a position and for the total alike.
CREATE VIEW @extschema@.tabel_1_komposisi_pegawai AS
SELECT r.instansi, t.tahun,
       (row_number() OVER (PARTITION BY r.instansi, t.tahun ORDER BY r.no NULLS LAST))::integer AS urutan,
       r.no::text AS no, r.jenis_baris, r.uraian,
       count(p.no) FILTER (WHERE p.jenis_kelamin = 'L')::integer AS laki_laki,
       count(p.no) FILTER (WHERE p.jenis_kelamin = 'P')::integer AS perempuan,
       count(p.no) FILTER (WHERE p.status = 'PNS')::integer AS pns,
       count(p.no) FILTER (WHERE p.status = 'PPPK')::integer AS pppk,
       count(p.no) FILTER (WHERE p.status = 'TKB')::integer AS tkb,
       count(p.no) FILTER (WHERE p.pendidikan = 'SD')::integer AS sd,
       count(p.no) FILTER (WHERE p.pendidikan = 'SMP')::integer AS smp,
       count(p.no) FILTER (WHERE p.pendidikan = 'SMA')::integer AS sma,
       count(p.no) FILTER (WHERE p.pendidikan = 'D3')::integer AS d3,
       count(p.no) FILTER (WHERE p.pendidikan = 'S1')::integer AS s1,
       count(p.no) FILTER (WHERE p.pendidikan = 'S2')::integer AS s2,
       count(p.no) FILTER (WHERE p.pendidikan = 'S3')::integer AS s3,
       count(p.no) FILTER (WHERE pj.eselon = 2)::integer AS eselon_2,
       count(p.no) FILTER (WHERE pj.eselon = 3)::integer AS eselon_3,
       count(p.no) FILTER (WHERE pj.eselon = 4)::integer AS eselon_4
  FROM (SELECT j.instansi, j.kode, j.no, 'jabatan' AS jenis_baris, j.nama AS uraian
          FROM @extschema@.jabatan j
        UNION ALL
        SELECT u.kode, NULL, NULL, 'jumlah', 'Jumlah'
          FROM @extschema@.instansi u) r
  JOIN (SELECT DISTINCT pg.instansi, pg.tahun FROM @extschema@.pegawai pg) t ON t.instansi = r.instansi
  LEFT JOIN (@extschema@.pegawai p
             JOIN @extschema@.jabatan pj ON pj.instansi = p.instansi AND pj.kode = p.jabatan)
         ON p.instansi = r.instansi AND p.tahun = t.tahun AND (r.kode IS NULL OR p.jabatan = r.kode)
 GROUP BY r.instansi, t.tahun, r.no, r.jenis_baris, r.uraian
 ORDER BY r.instansi, t.tahun, urutan;
COMMENT ON VIEW @extschema@.tabel_1_komposisi_pegawai IS 'Tabel 1, komposisi pegawai: for every position of the unit (in its order, numbered 1 to n) its staff at the end of the year by sex, employment status (PNS, PPPK, TKB), education and eselon, then the total (jenis_baris ''jumlah''); years: those with staff.';

-- Tabel 2: one row an asset line, its condition in words as printed.
CREATE VIEW @extschema@.tabel_2_sarana_prasarana AS
SELECT s.instansi, s.tahun,
       (row_number() OVER (PARTITION BY s.instansi, s.tahun ORDER BY s.no))::integer AS urutan,
       s.no::text AS no, 'barang' AS jenis_baris, s.nama AS uraian, s.satuan,
       s.baik + s.rusak + s.rusak_berat AS jumlah, s.baik, s.rusak, s.rusak_berat,
       CASE num_nonnulls(NULLIF(s.baik, 0), NULLIF(s.rusak, 0), NULLIF(s.rusak_berat, 0))
         WHEN 1 THEN CASE WHEN s.baik > 0 THEN 'Baik' WHEN s.rusak > 0 THEN 'Rusak' ELSE 'Rusak Berat' END
         ELSE concat_ws(' ',
                CASE WHEN s.baik > 0 THEN s.baik || ' Baik' END,
                CASE WHEN s.rusak > 0 THEN s.rusak || ' Rusak' END,
                CASE WHEN s.rusak_berat > 0 THEN s.rusak_berat || ' Rusak Berat' END)
       END AS kondisi
  FROM @extschema@.sarana s
 ORDER BY s.instansi, s.tahun, urutan;
COMMENT ON VIEW @extschema@.tabel_2_sarana_prasarana IS 'Tabel 2, sarana dan prasarana on 31 December: every asset line with its quantity, the quantity in each condition and the condition as the report words it (''Baik'', ''6 Baik 1 Rusak'').';

-- Tabel 3: the key indicators (iku) of the Renstra in force.
CREATE VIEW @extschema@.tabel_3_iku AS
SELECT k.instansi, k.tahun,
       (row_number() OVER w)::integer AS urutan,
       (row_number() OVER w)::text AS no,
       k.jenis_baris, k.uraian, k.indikator, k.indikator_kode, k.satuan, i.formulasi, i.sumber_data
  FROM @extschema@.capaian_kinerja k
  JOIN @extschema@.indikator_tahunan i
    ON i.instansi = k.instansi AND i.indikator = k.indikator_kode AND i.tahun = k.tahun
 WHERE k.iku
WINDOW w AS (PARTITION BY k.instansi, k.tahun ORDER BY k.urutan)
 ORDER BY k.instansi, k.tahun, urutan;
COMMENT ON VIEW @extschema@.tabel_3_iku IS 'Tabel 3, Indikator Kinerja Utama: the key indicators (iku) of the tujuan and sasaran of the Renstra in force in the year, with unit, formula and data source; years: those of the Renstra period.';

-- Tabel 4: the Renstra's targets of the year, the tujuan block, then the sasaran block.
CREATE VIEW @extschema@.tabel_4_target_iku AS
SELECT k.instansi, k.tahun,
       (row_number() OVER (PARTITION BY k.instansi, k.tahun
                           ORDER BY k.jenis_baris = 'sasaran', k.urutan))::integer AS urutan,
       (row_number() OVER (PARTITION BY k.instansi, k.tahun, k.jenis_baris
                           ORDER BY k.urutan))::text AS no,
       k.jenis_baris, k.uraian, k.indikator, k.indikator_kode, k.satuan,
       t.nilai AS target, t.batas_bawah, t.batas_atas
  FROM @extschema@.capaian_kinerja k
  LEFT JOIN @extschema@.target t
         ON t.instansi = k.instansi AND t.indikator = k.indikator_kode AND t.tahun = k.tahun
        AND t.dokumen = 'renstra'
 ORDER BY k.instansi, k.tahun, urutan;
COMMENT ON VIEW @extschema@.tabel_4_target_iku IS 'Tabel 4, the targets set for the year: every indicator of the tujuan (numbered among the tujuan), then of the sasaran (numbered among the sasaran) of the Renstra in force, with the Renstra''s target for the year (a value, or a range batas_bawah to batas_atas).';

-- Tabel 5: the Perjanjian Kinerja, its sasaran targets, then its program budgets and their total.
CREATE VIEW @extschema@.tabel_5_perjanjian_kinerja AS
WITH anggaran AS NOT MATERIALIZED (
    SELECT ap.instansi, ap.tahun, ap.no, ap.nama,
           COALESCE(pa.anggaran, ap.anggaran_awal) AS anggaran_awal,
           COALESCE(pp.anggaran, ap.anggaran_perubahan) AS anggaran_perubahan
      FROM @extschema@.anggaran_program ap
      LEFT JOIN @extschema@.anggaran_pk pa
             ON pa.instansi = ap.instansi AND pa.tahun = ap.tahun AND pa.program = ap.program AND pa.pk = 'awal'
      LEFT JOIN @extschema@.anggaran_pk pp
             ON pp.instansi = ap.instansi AND pp.tahun = ap.tahun AND pp.program = ap.program AND pp.pk = 'perubahan'
     WHERE EXISTS (SELECT FROM @extschema@.perjanjian_kinerja pk
                    WHERE pk.instansi = ap.instansi AND pk.tahun = ap.tahun)
)
SELECT b.instansi, b.tahun,
       (row_number() OVER (PARTITION BY b.instansi, b.tahun ORDER BY b.bagian, b.urut))::integer AS urutan,
       b.no, b.jenis_baris, b.uraian, b.indikator, b.indikator_kode, b.satuan,
       b.target_awal, b.target_awal_bawah, b.target_awal_atas,
       b.target_perubahan, b.target_perubahan_bawah, b.target_perubahan_atas,
       b.anggaran_awal, b.anggaran_perubahan
  FROM (SELECT i.instansi, tp.tahun, 1 AS bagian,
               row_number() OVER w AS urut,
               (row_number() OVER w)::text AS no,
               'sasaran' AS jenis_baris, s.uraian, i.uraian AS indikator, i.indikator AS indikator_kode, i.satuan,
               tp.awal AS target_awal, tp.awal_bawah AS target_awal_bawah, tp.awal_atas AS target_awal_atas,
               tp.perubahan AS target_perubahan, tp.perubahan_bawah AS target_perubahan_bawah,
               tp.perubahan_atas AS target_perubahan_atas,
               NULL::numeric AS anggaran_awal, NULL::numeric AS anggaran_perubahan
          FROM @extschema@.target_perjanjian tp
          JOIN @extschema@.indikator_tahunan i
            ON i.instansi = tp.instansi AND i.indikator = tp.indikator AND i.tahun = tp.tahun
          JOIN @extschema@.sasaran s ON s.instansi = i.instansi AND s.renstra = i.renstra AND s.no = i.sasaran
        WINDOW w AS (PARTITION BY i.instansi, tp.tahun ORDER BY s.renstra, s.no, i.no, i.indikator)
        UNION ALL
        SELECT p.instansi, p.tahun, 2, p.no, p.no::text, 'program', p.nama, NULL, NULL, NULL,
               NULL, NULL, NULL, NULL, NULL, NULL, p.anggaran_awal, p.anggaran_perubahan
          FROM anggaran p
        UNION ALL
        SELECT p.instansi, p.tahun, 3, 0, NULL, 'jumlah', 'Jumlah', NULL, NULL, NULL,
               NULL, NULL, NULL, NULL, NULL, NULL,
               sum(p.anggaran_awal), sum(p.anggaran_perubahan)
          FROM anggaran p
         GROUP BY p.instansi, p.tahun) b
 ORDER BY b.instansi, b.tahun, urutan;
COMMENT ON VIEW @extschema@.tabel_5_perjanjian_kinerja IS 'Tabel 5, the Perjanjian Kinerja of the year: every sasaran indicator with a target in the original or revised agreement (target_awal, target_perubahan), then every program of the year with its budget in the original and the revised agreement (lkj.anggaran_pk, else the budget data), then their total (''jumlah'').';

-- Tabel 6: the tree tujuan > sasaran > program > kegiatan, one row an indicator.
CREATE VIEW @extschema@.tabel_6_program_kegiatan AS
SELECT x.instansi, x.tahun,
       (row_number() OVER (PARTITION BY x.instansi, x.tahun
                           ORDER BY x.renstra, x.tujuan, x.sasaran, x.program_no, x.kegiatan_no,
                                    x.indikator_no, x.indikator_kode))::integer AS urutan,
       CASE WHEN x.pertama THEN
         CASE x.jenis_baris
           WHEN 'tujuan' THEN x.ke::text
           WHEN 'sasaran' THEN x.ke || '.'
           WHEN 'program' THEN CASE WHEN x.ke <= 26 THEN chr(96 + x.ke) ELSE x.ke::text END || '.'
           ELSE '•'
         END
       END AS no,
       x.jenis_baris,
       CASE WHEN x.pertama THEN initcap(x.jenis_baris) || ' ' || x.ke END AS label,
       CASE WHEN x.pertama THEN x.uraian END AS uraian,
       x.indikator, x.indikator_kode, x.satuan,
       x.target_awal, x.target_awal_bawah, x.target_awal_atas,
       CASE WHEN x.pertama THEN x.anggaran_awal END AS anggaran_awal,
       x.target_perubahan, x.target_perubahan_bawah, x.target_perubahan_atas,
       CASE WHEN x.pertama THEN x.anggaran_perubahan END AS anggaran_perubahan,
       x.tujuan, NULLIF(x.sasaran, 0) AS sasaran, x.program, x.kegiatan
  FROM (SELECT n.*,
               tp.awal AS target_awal, tp.awal_bawah AS target_awal_bawah, tp.awal_atas AS target_awal_atas,
               tp.perubahan AS target_perubahan, tp.perubahan_bawah AS target_perubahan_bawah,
               tp.perubahan_atas AS target_perubahan_atas,
               row_number() OVER (PARTITION BY n.instansi, n.tahun, n.renstra, n.tujuan, n.sasaran,
                                               n.program_no, n.kegiatan_no
                                  ORDER BY n.indikator_no, n.indikator_kode) = 1 AS pertama
          FROM (SELECT y.instansi, y.tahun, g.jenis AS jenis_baris, y.renstra,
                       g.tujuan, g.sasaran, 0 AS program_no, 0 AS kegiatan_no, g.no AS ke,
                       NULL::text AS program, NULL::text AS kegiatan, g.uraian,
                       a.anggaran_awal, a.anggaran_perubahan,
                       i.no AS indikator_no, i.indikator AS indikator_kode, i.uraian AS indikator, i.satuan
                  FROM @extschema@.tahun_renstra y
                  JOIN (SELECT t.instansi, t.renstra, 'tujuan' AS jenis, t.no, t.no AS tujuan, 0 AS sasaran, t.uraian
                          FROM @extschema@.tujuan t
                        UNION ALL
                        SELECT s.instansi, s.renstra, 'sasaran', s.no, s.tujuan, s.no, s.uraian
                          FROM @extschema@.sasaran s) g
                    ON g.instansi = y.instansi AND g.renstra = y.renstra
                  LEFT JOIN @extschema@.anggaran_tujuan_sasaran a
                         ON a.instansi = y.instansi AND a.tahun = y.tahun AND a.renstra = y.renstra
                        AND a.jenis = g.jenis AND a.no = g.no
                  LEFT JOIN @extschema@.indikator_tahunan i
                         ON i.instansi = y.instansi AND i.tahun = y.tahun AND i.renstra = y.renstra
                        AND CASE g.jenis WHEN 'tujuan' THEN i.tujuan ELSE i.sasaran END = g.no
                UNION ALL
                SELECT ap.instansi, ap.tahun, 'program', ap.renstra, s.tujuan, s.no, ap.no, 0,
                       (dense_rank() OVER (PARTITION BY ap.instansi, ap.tahun, ap.renstra, ap.sasaran
                                           ORDER BY ap.no))::integer,
                       ap.program, NULL, ap.nama, ap.anggaran_awal, ap.anggaran_perubahan,
                       i.no, i.indikator, i.uraian, i.satuan
                  FROM @extschema@.anggaran_program ap
                  JOIN @extschema@.sasaran s
                    ON s.instansi = ap.instansi AND s.renstra = ap.renstra AND s.no = ap.sasaran
                  LEFT JOIN @extschema@.indikator_tahunan i
                         ON i.instansi = ap.instansi AND i.tahun = ap.tahun AND i.program = ap.program
                UNION ALL
                SELECT k.instansi, k.tahun, 'kegiatan', p.renstra, s.tujuan, s.no, p.no, k.no, k.no,
                       p.kode, k.kegiatan, k.nama, k.anggaran_awal, k.anggaran_perubahan,
                       i.no, i.indikator, i.uraian, i.satuan
                  FROM @extschema@.anggaran_kegiatan k
                  JOIN @extschema@.program p ON p.instansi = k.instansi AND p.tahun = k.tahun AND p.kode = k.program
                  JOIN @extschema@.sasaran s ON s.instansi = p.instansi AND s.renstra = p.renstra AND s.no = p.sasaran
                  LEFT JOIN @extschema@.indikator_tahunan i
                         ON i.instansi = k.instansi AND i.tahun = k.tahun AND i.kegiatan = k.kegiatan) n
          LEFT JOIN @extschema@.target_perjanjian tp
                 ON tp.instansi = n.instansi AND tp.indikator = n.indikator_kode AND tp.tahun = n.tahun) x
 ORDER BY x.instansi, x.tahun, urutan;
COMMENT ON VIEW @extschema@.tabel_6_program_kegiatan IS 'Tabel 6, the programs and kegiatan behind the goals: the tree tujuan, sasaran, program, kegiatan of the year (the Renstra in force and the year''s programs), one row per indicator of a node, each with its targets in the original and revised Perjanjian Kinerja; a node''s number (no: 1, 1., a., •), label, name and budget are on its first row only.  Budgets: a kegiatan''s own (else the sum of its sub-kegiatan, lkj.anggaran_kegiatan), a program''s own (else the sum of its kegiatan), a sasaran''s and a tujuan''s the sums of their programs''.';

-- Tabel 7: the bands of the criteria scale in force in the year.
CREATE VIEW @extschema@.tabel_7_skala_kriteria AS
SELECT tl.instansi, tl.tahun, r.no AS urutan, r.no::text AS no, 'kriteria' AS jenis_baris,
       r."interval" AS interval_capaian, r.label AS kriteria, r.kriteria::text AS tingkat,
       r.batas_bawah, r.bawah_inklusif, r.batas_atas, r.atas_inklusif, tl.skala_kriteria AS skala
  FROM @extschema@.setelan_berlaku tl
 CROSS JOIN LATERAL @extschema@.rentang_skala(@extschema@.skala_bernama(tl.skala_kriteria)) r
 ORDER BY tl.instansi, tl.tahun, urutan;
COMMENT ON VIEW @extschema@.tabel_7_skala_kriteria IS 'Tabel 7, the criteria scale the unit''s capaian are graded on in the year (the scale in force, lkj.setelan_berlaku: the unit''s own, else its regency''s or for a central unit its kementerian''s; lkj.rentang_skala): every band, top first, with its interval as printed, its name in the scale''s own words (kriteria) and as lkj.kriteria (tingkat), and its bounds; years: those of lkj.tahun_laporan.';

-- Tabel 8: capaian of the year with the realisasi of every quarter.
CREATE VIEW @extschema@.tabel_8_capaian_kinerja AS
SELECT k.instansi, k.tahun, k.urutan, k.urutan::text AS no, k.jenis_baris, k.uraian,
       k.indikator, k.indikator_kode, k.satuan, k.target, k.batas_bawah, k.batas_atas,
       tw.tw1 AS realisasi_tw1, tw.tw2 AS realisasi_tw2, tw.tw3 AS realisasi_tw3, tw.tw4 AS realisasi_tw4,
       k.realisasi, k.capaian, k.kriteria,
       -- 1.1, appended: graded and printed under the unit's cap (issue 9)
       k.capaian_dinilai, k.capaian_cetak
  FROM @extschema@.capaian_kinerja k
  LEFT JOIN (SELECT r.instansi, r.indikator, r.tahun,
                    max(r.nilai_laporan) FILTER (WHERE r.triwulan = 1) AS tw1,
                    max(r.nilai_laporan) FILTER (WHERE r.triwulan = 2) AS tw2,
                    max(r.nilai_laporan) FILTER (WHERE r.triwulan = 3) AS tw3,
                    max(r.nilai_laporan) FILTER (WHERE r.triwulan = 4) AS tw4
               FROM @extschema@.realisasi_triwulan r
              GROUP BY r.instansi, r.indikator, r.tahun) tw
         ON tw.instansi = k.instansi AND tw.indikator = k.indikator_kode AND tw.tahun = k.tahun
 ORDER BY k.instansi, k.tahun, k.urutan;
COMMENT ON VIEW @extschema@.tabel_8_capaian_kinerja IS 'Tabel 8, capaian kinerja of the year: every tujuan and sasaran indicator with its target, the realisasi of each quarter as printed (NULL for a quarter without one), the year''s realisasi, capaian and kriteria (lkj.capaian_kinerja); capaian_dinilai and capaian_cetak, the capaian as graded and as printed under the unit''s cap.';
COMMENT ON COLUMN @extschema@.tabel_8_capaian_kinerja.capaian_dinilai IS 'the capaian the unit grades with: the cap in force where the capaian is above it (setting batas_capaian), else the capaian';
COMMENT ON COLUMN @extschema@.tabel_8_capaian_kinerja.capaian_cetak IS 'the capaian as lkj.laporan prints it (setting cetak_batas_capaian): 104,26%, or 100,00% (>100%) above a cap printed batas';

-- Tabel 9: target against realisasi.
CREATE VIEW @extschema@.tabel_9_target_realisasi AS
SELECT k.instansi, k.tahun, k.urutan, k.urutan::text AS no, k.jenis_baris, k.uraian,
       k.indikator, k.indikator_kode, k.satuan, k.target, k.batas_bawah, k.batas_atas,
       k.realisasi, k.capaian, k.kriteria,
       -- 1.1, appended: graded and printed under the unit's cap (issue 9)
       k.capaian_dinilai, k.capaian_cetak
  FROM @extschema@.capaian_kinerja k
 ORDER BY k.instansi, k.tahun, k.urutan;
COMMENT ON VIEW @extschema@.tabel_9_target_realisasi IS 'Tabel 9, target against realisasi of the year for every tujuan and sasaran indicator, with capaian and kriteria (the words of the text under it); capaian_dinilai and capaian_cetak, the capaian as graded and as printed under the unit''s cap.';
COMMENT ON COLUMN @extschema@.tabel_9_target_realisasi.capaian_dinilai IS 'the capaian the unit grades with: the cap in force where the capaian is above it (setting batas_capaian), else the capaian';
COMMENT ON COLUMN @extschema@.tabel_9_target_realisasi.capaian_cetak IS 'the capaian as lkj.laporan prints it (setting cetak_batas_capaian): 104,26%, or 100,00% (>100%) above a cap printed batas';

-- Tabel 10: the five years before the report year side by side.
CREATE VIEW @extschema@.tabel_10_perbandingan_tahun AS
SELECT b.instansi, b.tahun,
       (row_number() OVER w)::integer AS urutan, (row_number() OVER w)::text AS no,
       b.jenis_baris, b.renstra, b.uraian,
       COALESCE(iy.uraian, b.indikator) AS indikator, b.indikator_kode, COALESCE(iy.satuan, b.satuan) AS satuan,
       b.tahun - 5 AS tahun_1, b.target_1, b.realisasi_1, b.capaian_1,
       b.tahun - 4 AS tahun_2, b.target_2, b.realisasi_2, b.capaian_2,
       b.tahun - 3 AS tahun_3, b.target_3, b.realisasi_3, b.capaian_3,
       b.tahun - 2 AS tahun_4, b.target_4, b.realisasi_4, b.capaian_4,
       b.tahun - 1 AS tahun_5, b.target_5, b.realisasi_5, b.capaian_5,
       b.batas_bawah_1, b.batas_atas_1, b.batas_bawah_2, b.batas_atas_2, b.batas_bawah_3, b.batas_atas_3,
       b.batas_bawah_4, b.batas_atas_4, b.batas_bawah_5, b.batas_atas_5,
       -- year on year, the same identity: percentage points and direction
       b.capaian_2 - b.capaian_1 AS selisih_2, @extschema@.arah_perubahan(b.capaian_2 - b.capaian_1) AS arah_2,
       b.capaian_3 - b.capaian_2 AS selisih_3, @extschema@.arah_perubahan(b.capaian_3 - b.capaian_2) AS arah_3,
       b.capaian_4 - b.capaian_3 AS selisih_4, @extschema@.arah_perubahan(b.capaian_4 - b.capaian_3) AS arah_4,
       b.capaian_5 - b.capaian_4 AS selisih_5, @extschema@.arah_perubahan(b.capaian_5 - b.capaian_4) AS arah_5,
       -- 1.1, appended: each year's capaian as printed under that year's cap
       b.capaian_cetak_1, b.capaian_cetak_2, b.capaian_cetak_3, b.capaian_cetak_4, b.capaian_cetak_5
  FROM (SELECT tl.instansi, tl.tahun, k.renstra, k.jenis_baris, k.uraian, k.indikator_kode,
               (array_agg(k.indikator ORDER BY k.tahun DESC))[1] AS indikator,
               (array_agg(k.satuan ORDER BY k.tahun DESC))[1] AS satuan,
               min(k.tahun) AS dari_tahun, min(k.urutan) AS urut,
               max(k.target) FILTER (WHERE k.tahun = tl.tahun - 5) AS target_1,
               max(k.realisasi) FILTER (WHERE k.tahun = tl.tahun - 5) AS realisasi_1,
               max(k.capaian) FILTER (WHERE k.tahun = tl.tahun - 5) AS capaian_1,
               max(k.target) FILTER (WHERE k.tahun = tl.tahun - 4) AS target_2,
               max(k.realisasi) FILTER (WHERE k.tahun = tl.tahun - 4) AS realisasi_2,
               max(k.capaian) FILTER (WHERE k.tahun = tl.tahun - 4) AS capaian_2,
               max(k.target) FILTER (WHERE k.tahun = tl.tahun - 3) AS target_3,
               max(k.realisasi) FILTER (WHERE k.tahun = tl.tahun - 3) AS realisasi_3,
               max(k.capaian) FILTER (WHERE k.tahun = tl.tahun - 3) AS capaian_3,
               max(k.target) FILTER (WHERE k.tahun = tl.tahun - 2) AS target_4,
               max(k.realisasi) FILTER (WHERE k.tahun = tl.tahun - 2) AS realisasi_4,
               max(k.capaian) FILTER (WHERE k.tahun = tl.tahun - 2) AS capaian_4,
               max(k.target) FILTER (WHERE k.tahun = tl.tahun - 1) AS target_5,
               max(k.realisasi) FILTER (WHERE k.tahun = tl.tahun - 1) AS realisasi_5,
               max(k.capaian) FILTER (WHERE k.tahun = tl.tahun - 1) AS capaian_5,
               max(k.batas_bawah) FILTER (WHERE k.tahun = tl.tahun - 5) AS batas_bawah_1,
               max(k.batas_atas) FILTER (WHERE k.tahun = tl.tahun - 5) AS batas_atas_1,
               max(k.batas_bawah) FILTER (WHERE k.tahun = tl.tahun - 4) AS batas_bawah_2,
               max(k.batas_atas) FILTER (WHERE k.tahun = tl.tahun - 4) AS batas_atas_2,
               max(k.batas_bawah) FILTER (WHERE k.tahun = tl.tahun - 3) AS batas_bawah_3,
               max(k.batas_atas) FILTER (WHERE k.tahun = tl.tahun - 3) AS batas_atas_3,
               max(k.batas_bawah) FILTER (WHERE k.tahun = tl.tahun - 2) AS batas_bawah_4,
               max(k.batas_atas) FILTER (WHERE k.tahun = tl.tahun - 2) AS batas_atas_4,
               max(k.batas_bawah) FILTER (WHERE k.tahun = tl.tahun - 1) AS batas_bawah_5,
               max(k.batas_atas) FILTER (WHERE k.tahun = tl.tahun - 1) AS batas_atas_5,
               max(k.capaian_cetak) FILTER (WHERE k.tahun = tl.tahun - 5) AS capaian_cetak_1,
               max(k.capaian_cetak) FILTER (WHERE k.tahun = tl.tahun - 4) AS capaian_cetak_2,
               max(k.capaian_cetak) FILTER (WHERE k.tahun = tl.tahun - 3) AS capaian_cetak_3,
               max(k.capaian_cetak) FILTER (WHERE k.tahun = tl.tahun - 2) AS capaian_cetak_4,
               max(k.capaian_cetak) FILTER (WHERE k.tahun = tl.tahun - 1) AS capaian_cetak_5
          FROM @extschema@.tahun_laporan tl
          JOIN @extschema@.capaian_kinerja k
            ON k.instansi = tl.instansi AND k.tahun BETWEEN tl.tahun - 5 AND tl.tahun - 1
         GROUP BY tl.instansi, tl.tahun, k.renstra, k.jenis_baris, k.uraian, k.indikator_kode) b
  -- one row an identity, worded as in the report's year (else the latest
  -- year shown): a wording changed between years compares the same indicator
  LEFT JOIN @extschema@.indikator_tahunan iy
         ON iy.instansi = b.instansi AND iy.indikator = b.indikator_kode AND iy.tahun = b.tahun
WINDOW w AS (PARTITION BY b.instansi, b.tahun ORDER BY b.dari_tahun, b.renstra, b.urut)
 ORDER BY b.instansi, b.tahun, urutan;
COMMENT ON VIEW @extschema@.tabel_10_perbandingan_tahun IS 'Tabel 10, the five years before the report year side by side (tahun_1 = tahun - 5 to tahun_5 = tahun - 1): for every tujuan and sasaran indicator of a Renstra in force in one of them (one row an identity, worded as in the report''s year, else as in the latest year shown), the target, realisasi and capaian of each year, NULL (N/A) where it has none.  A range target is a NULL target_N with its bounds in batas_bawah_N and batas_atas_N (appended after capaian_5); its capaian is computed.  selisih_N (N = 2 to 5, appended last) is capaian_N - capaian_(N-1) in percentage points for the same indicator (its identity), arah_N its direction (lkj.arah_perubahan: naik, turun, tetap); NULL where either year has no capaian.  capaian_cetak_N (appended last) is capaian_N as lkj.laporan prints it under the cap in force in that year (lkj.capaian_cetak); selisih_N compares the raw capaian.';
COMMENT ON COLUMN @extschema@.tabel_10_perbandingan_tahun.capaian_cetak_1 IS 'capaian_1 as printed under the unit''s cap of year tahun_1 (setting cetak_batas_capaian): 104,26%, or 100,00% (>100%) above a cap printed batas';
COMMENT ON COLUMN @extschema@.tabel_10_perbandingan_tahun.capaian_cetak_2 IS 'capaian_2 as printed under the unit''s cap of year tahun_2 (setting cetak_batas_capaian): 104,26%, or 100,00% (>100%) above a cap printed batas';
COMMENT ON COLUMN @extschema@.tabel_10_perbandingan_tahun.capaian_cetak_3 IS 'capaian_3 as printed under the unit''s cap of year tahun_3 (setting cetak_batas_capaian): 104,26%, or 100,00% (>100%) above a cap printed batas';
COMMENT ON COLUMN @extschema@.tabel_10_perbandingan_tahun.capaian_cetak_4 IS 'capaian_4 as printed under the unit''s cap of year tahun_4 (setting cetak_batas_capaian): 104,26%, or 100,00% (>100%) above a cap printed batas';
COMMENT ON COLUMN @extschema@.tabel_10_perbandingan_tahun.capaian_cetak_5 IS 'capaian_5 as printed under the unit''s cap of year tahun_5 (setting cetak_batas_capaian): 104,26%, or 100,00% (>100%) above a cap printed batas';

-- Tabel 11: the year measured against the Renstra's own target for it.
CREATE VIEW @extschema@.tabel_11_capaian_renstra AS
SELECT k.instansi, k.tahun, k.urutan, k.urutan::text AS no, k.jenis_baris, k.uraian,
       k.indikator, k.indikator_kode, k.satuan, k.banding_target AS target, k.banding_bawah AS batas_bawah,
       k.banding_atas AS batas_atas, k.realisasi, k.banding_capaian AS capaian, k.banding_keterangan AS keterangan,
       -- 1.1, appended: that capaian graded and printed under the unit's cap
       k.banding_dinilai AS capaian_dinilai, k.banding_cetak AS capaian_cetak
  FROM @extschema@.capaian_dokumen k
 WHERE k.banding_dokumen = 'renstra'
   -- a Perjanjian Kinerja standing in for a Renstra sets no Renstra target
   AND NOT EXISTS (SELECT FROM @extschema@.renstra r
                    WHERE r.instansi = k.instansi AND r.kode = k.renstra AND r.jenis = 'pk')
 ORDER BY k.instansi, k.tahun, k.urutan;
COMMENT ON VIEW @extschema@.tabel_11_capaian_renstra IS 'Tabel 11, capaian of the year against the target the Renstra sets for it (not the Perjanjian Kinerja''s), computed with lkj.capaian_target (lkj.capaian_dokumen), with the target''s keterangan; no rows for a unit whose sasaran come from its Perjanjian Kinerja (lkj.renstra jenis pk), which sets no Renstra target.  capaian_dinilai and capaian_cetak: that capaian as graded and printed under the unit''s cap of the year.';
COMMENT ON COLUMN @extschema@.tabel_11_capaian_renstra.capaian_dinilai IS 'the capaian against the Renstra''s target as the unit grades it: the cap in force where it is above it (setting batas_capaian)';
COMMENT ON COLUMN @extschema@.tabel_11_capaian_renstra.capaian_cetak IS 'the capaian against the Renstra''s target as lkj.laporan prints it (setting cetak_batas_capaian): 104,26%, or 100,00% (>100%) above a cap printed batas';

-- Tabel 12: the year's realisasi against the Renstra's end target.
CREATE VIEW @extschema@.tabel_12_target_akhir_renstra AS
SELECT k.instansi, k.tahun, k.urutan, k.urutan::text AS no, k.jenis_baris, k.uraian,
       k.indikator, k.indikator_kode, k.satuan, k.target, k.batas_bawah, k.batas_atas, k.realisasi,
       r.tahun_akhir, ta.nilai AS target_akhir, ta.batas_bawah AS target_akhir_bawah,
       ta.batas_atas AS target_akhir_atas, k.capaian,
       @extschema@.capaian_target(ta.nilai, ta.batas_bawah, ta.batas_atas, k.realisasi,
                                  k.polaritas::@extschema@.polaritas) AS capaian_target_akhir,
       -- 1.1, appended: the year's capaian graded and printed under the unit's cap
       k.capaian_dinilai, k.capaian_cetak
  FROM @extschema@.capaian_kinerja k
  JOIN @extschema@.renstra r ON r.instansi = k.instansi AND r.kode = k.renstra AND r.jenis <> 'pk'
  LEFT JOIN @extschema@.target ta
         ON ta.instansi = k.instansi AND ta.indikator = k.indikator_kode AND ta.tahun = r.tahun_akhir
        AND ta.dokumen = 'renstra'
 ORDER BY k.instansi, k.tahun, k.urutan;
COMMENT ON VIEW @extschema@.tabel_12_target_akhir_renstra IS 'Tabel 12, the year''s realisasi beside the Renstra''s end target (its target for its last year, tahun_akhir): capaian is the year''s (as printed), capaian_target_akhir the realisasi measured against the end target; no rows for a unit whose sasaran come from its Perjanjian Kinerja (lkj.renstra jenis pk).  capaian_dinilai and capaian_cetak: the year''s capaian as graded and printed under the unit''s cap.';
COMMENT ON COLUMN @extschema@.tabel_12_target_akhir_renstra.capaian_dinilai IS 'the year''s capaian as the unit grades it: the cap in force where the capaian is above it (setting batas_capaian), else the capaian';
COMMENT ON COLUMN @extschema@.tabel_12_target_akhir_renstra.capaian_cetak IS 'the year''s capaian as lkj.laporan prints it (setting cetak_batas_capaian): 104,26%, or 100,00% (>100%) above a cap printed batas';

-- Tabel 13: the year's realisasi against a national standard.
CREATE VIEW @extschema@.tabel_13_standar_nasional AS
SELECT k.instansi, k.tahun, k.urutan, k.urutan::text AS no, k.jenis_baris, k.uraian,
       k.indikator, k.indikator_kode, k.satuan, k.target, k.batas_bawah, k.batas_atas, k.realisasi,
       k.banding_target AS standar, k.banding_bawah AS standar_bawah, k.banding_atas AS standar_atas, k.capaian,
       k.banding_capaian AS capaian_standar, k.banding_keterangan AS keterangan,
       -- 1.1, appended: the year's capaian graded and printed under the unit's cap
       k.capaian_dinilai, k.capaian_cetak
  FROM @extschema@.capaian_dokumen k
 WHERE k.banding_dokumen = 'standar_nasional'
 ORDER BY k.instansi, k.tahun, k.urutan;
COMMENT ON VIEW @extschema@.tabel_13_standar_nasional IS 'Tabel 13, the year''s realisasi beside a national (or other) standard stored as a target of dokumen ''standar_nasional'' (NULL: N/A): capaian is the year''s, capaian_standar the realisasi measured against the standard; keterangan says whose standard; capaian_dinilai and capaian_cetak: the year''s capaian as graded and printed under the unit''s cap.';
COMMENT ON COLUMN @extschema@.tabel_13_standar_nasional.capaian_dinilai IS 'the year''s capaian as the unit grades it: the cap in force where the capaian is above it (setting batas_capaian), else the capaian';
COMMENT ON COLUMN @extschema@.tabel_13_standar_nasional.capaian_cetak IS 'the year''s capaian as lkj.laporan prints it (setting cetak_batas_capaian): 104,26%, or 100,00% (>100%) above a cap printed batas';

-- Tabel 14: capaian against budget absorption, per tujuan and sasaran, by
-- the unit's method (lkj.efisiensi_kinerja has every method's figures).
CREATE VIEW @extschema@.tabel_14_efisiensi AS
SELECT e.instansi, e.tahun, e.urutan, e.urutan::text AS no, e.jenis_baris, e.uraian,
       e.indikator, e.indikator_kode, e.capaian,
       e.anggaran, e.realisasi_anggaran, e.penyerapan,
       e.selisih AS efisiensi,
       -- 1.1, appended so that the upgrade replaces the view in place
       e.capaian_dinilai, e.capaian_cetak, e.metode, e.indeks_efisiensi, e.tingkat_efisiensi,
       e.penghematan, e.persen_penghematan,
       CASE e.metode WHEN 'rasio' THEN e.putusan_rasio
                     WHEN 'penghematan' THEN e.putusan_penghematan END AS putusan,
       -- appended: the smart method's E and value (SMART DJA)
       e.efisiensi_smart, e.nilai_efisiensi_smart
  FROM @extschema@.efisiensi_kinerja e
 ORDER BY e.instansi, e.tahun, e.urutan;
COMMENT ON VIEW @extschema@.tabel_14_efisiensi IS 'Tabel 14, efisiensi penggunaan sumber daya, for every tujuan and sasaran indicator (lkj.efisiensi_kinerja): its capaian (raw; capaian_dinilai as graded, capped where the unit caps; capaian_cetak as printed), the budget in force and spending of its programs (a tujuan: all programs of its sasaran) and their absorption; efisiensi = capaian_dinilai - penyerapan (selisih, 1.0''s column); the method the unit prints that year (metode: selisih, rasio or penghematan, lkj.setelan_berlaku), the ratio method''s indeks_efisiensi and tingkat_efisiensi, the savings (penghematan, rupiah, and persen_penghematan), and the verdict of the method in force (putusan; NULL for selisih and smart, which have none); SMART DJA''s efisiensi_smart and nilai_efisiensi_smart (method smart).';
COMMENT ON COLUMN @extschema@.tabel_14_efisiensi.capaian_dinilai IS 'the capaian the unit grades with: the cap in force in the year where the capaian is above it (setting batas_capaian, lkj.capaian_dinilai), else the capaian';
COMMENT ON COLUMN @extschema@.tabel_14_efisiensi.capaian_cetak IS 'the capaian as lkj.laporan prints it (setting cetak_batas_capaian, lkj.capaian_cetak): 104,26%, or 100,00% (>100%) above a cap printed batas';
COMMENT ON COLUMN @extschema@.tabel_14_efisiensi.efisiensi_smart IS 'SMART DJA''s efficiency E in percent (lkj.efisiensi_kinerja.efisiensi_smart), printed when the unit''s method is smart';
COMMENT ON COLUMN @extschema@.tabel_14_efisiensi.nilai_efisiensi_smart IS 'SMART DJA''s nilai efisiensi, 50 + E / 20 x 50 held to 0 - 100 (lkj.efisiensi_kinerja.nilai_efisiensi_smart), printed when the unit''s method is smart';

-- Tabel 15: every program's budget and spending, then the total.
CREATE VIEW @extschema@.tabel_15_realisasi_anggaran AS
SELECT b.instansi, b.tahun,
       (row_number() OVER (PARTITION BY b.instansi, b.tahun ORDER BY b.no NULLS LAST))::integer AS urutan,
       b.no::text AS no, b.jenis_baris, b.uraian, b.anggaran, b.realisasi, b.penyerapan
  FROM (SELECT ap.instansi, ap.tahun, ap.no, 'program' AS jenis_baris, ap.nama AS uraian,
               ap.anggaran, ap.realisasi, ap.penyerapan
          FROM @extschema@.anggaran_program ap
        UNION ALL
        SELECT ap.instansi, ap.tahun, NULL, 'jumlah', 'Jumlah',
               sum(ap.anggaran), sum(ap.realisasi),
               @extschema@.penyerapan(sum(ap.anggaran), sum(ap.realisasi))
          FROM @extschema@.anggaran_program ap
         GROUP BY ap.instansi, ap.tahun) b
 ORDER BY b.instansi, b.tahun, urutan;
COMMENT ON VIEW @extschema@.tabel_15_realisasi_anggaran IS 'Tabel 15, realisasi anggaran: every program of the year with its budget in force (revised, else original), spending and absorption (lkj.penyerapan), then the total (''jumlah''; section 3.2 quotes it).';

-- Tabel 15 at every level: each program, its kegiatan under it and their
-- sub-kegiatan under them, then the total of the programs.  Its program and
-- jumlah rows are Tabel 15's.
CREATE VIEW @extschema@.tabel_15_realisasi_anggaran_rinci AS
SELECT b.instansi, b.tahun,
       (row_number() OVER (PARTITION BY b.instansi, b.tahun
                           ORDER BY b.no_program NULLS LAST, b.no_kegiatan NULLS FIRST,
                                    b.no_sub_kegiatan NULLS FIRST))::integer AS urutan,
       NULLIF(concat_ws('.', b.no_program, b.no_kegiatan, b.no_sub_kegiatan), '') AS no,
       b.jenis_baris, b.uraian, b.anggaran, b.realisasi, b.penyerapan, b.kode_cetak,
       b.program, b.kegiatan, b.sub_kegiatan
  FROM (SELECT r.instansi, r.tahun, ap.no AS no_program,
               CASE WHEN r.jenis <> 'program' THEN ak.no END AS no_kegiatan,
               CASE WHEN r.jenis = 'sub_kegiatan' THEN r.no END AS no_sub_kegiatan,
               r.jenis AS jenis_baris, r.nama AS uraian, r.anggaran, r.realisasi, r.penyerapan, r.kode_cetak,
               r.program, r.kegiatan, CASE WHEN r.jenis = 'sub_kegiatan' THEN r.kode END AS sub_kegiatan
          FROM @extschema@.anggaran_rinci r
          JOIN @extschema@.anggaran_program ap
            ON ap.instansi = r.instansi AND ap.tahun = r.tahun AND ap.program = r.program
          LEFT JOIN @extschema@.kegiatan ak
                 ON ak.instansi = r.instansi AND ak.tahun = r.tahun AND ak.kode = r.kegiatan
        UNION ALL
        SELECT ap.instansi, ap.tahun, NULL, NULL, NULL, 'jumlah', 'Jumlah',
               sum(ap.anggaran), sum(ap.realisasi),
               @extschema@.penyerapan(sum(ap.anggaran), sum(ap.realisasi)), NULL, NULL, NULL, NULL
          FROM @extschema@.anggaran_program ap
         GROUP BY ap.instansi, ap.tahun) b
 ORDER BY b.instansi, b.tahun, urutan;
COMMENT ON VIEW @extschema@.tabel_15_realisasi_anggaran_rinci IS 'Tabel 15 with the levels below the program: every program (no 1, 2 ...), under it its kegiatan (1.1, 1.2 ...) and under each kegiatan its sub-kegiatan (1.1.1 ...), each with its budget in force, spending and absorption as lkj.anggaran_rinci gives them and its national code as printed, then the total of the programs (''jumlah'').  Its program and jumlah rows are the rows of lkj.tabel_15_realisasi_anggaran (WHERE jenis_baris IN (''program'', ''jumlah'')).';

-- Appendix: both signed agreements, each its sasaran targets, programs and total.
CREATE VIEW @extschema@.lampiran_perjanjian_kinerja AS
SELECT b.instansi, b.tahun,
       (row_number() OVER (PARTITION BY b.instansi, b.tahun ORDER BY b.pk, b.bagian, b.urut))::integer AS urutan,
       b.no, b.pk, b.jenis_baris, b.uraian, b.indikator, b.indikator_kode, b.satuan,
       b.target, b.batas_bawah, b.batas_atas, b.anggaran, b.sumber_dana
  FROM (SELECT pk.instansi, pk.tahun, pk.jenis AS pk, 1 AS bagian,
               row_number() OVER w AS urut, (row_number() OVER w)::text AS no,
               'sasaran' AS jenis_baris, s.uraian, i.uraian AS indikator, i.indikator AS indikator_kode, i.satuan,
               t.nilai AS target, t.batas_bawah, t.batas_atas, NULL::numeric AS anggaran, NULL::text AS sumber_dana
          FROM @extschema@.perjanjian_kinerja pk
          JOIN @extschema@.target t ON t.instansi = pk.instansi AND t.tahun = pk.tahun AND t.pk = pk.jenis
          JOIN @extschema@.indikator_tahunan i
            ON i.instansi = t.instansi AND i.indikator = t.indikator AND i.tahun = t.tahun
          JOIN @extschema@.sasaran s ON s.instansi = i.instansi AND s.renstra = i.renstra AND s.no = i.sasaran
        WINDOW w AS (PARTITION BY pk.instansi, pk.tahun, pk.jenis ORDER BY s.renstra, s.no, i.no, i.indikator)
        UNION ALL
        SELECT a.instansi, a.tahun, a.pk, 2, p.no, p.no::text, 'program', p.nama, NULL, NULL, NULL,
               NULL, NULL, NULL, a.anggaran, a.sumber_dana
          FROM @extschema@.anggaran_pk a
          JOIN @extschema@.program p ON p.instansi = a.instansi AND p.tahun = a.tahun AND p.kode = a.program
        UNION ALL
        SELECT a.instansi, a.tahun, a.pk, 3, 0, NULL, 'jumlah', 'Jumlah', NULL, NULL, NULL,
               NULL, NULL, NULL, sum(a.anggaran),
               string_agg(DISTINCT a.sumber_dana, ', ' ORDER BY a.sumber_dana)
          FROM @extschema@.anggaran_pk a
         GROUP BY a.instansi, a.tahun, a.pk) b
 ORDER BY b.instansi, b.tahun, urutan;
COMMENT ON VIEW @extschema@.lampiran_perjanjian_kinerja IS 'The appendix tables of the signed Perjanjian Kinerja, the original (pk ''awal'') then the revised (''perubahan''): each its sasaran indicators with the agreement''s target, then its programs with the budget and source of funds as signed (lkj.anggaran_pk), then their total (''jumlah'', with every source of funds).';

-- What the text counts: staff (section 1.1.3, 3.1.2.6).
CREATE VIEW @extschema@.ringkasan_pegawai AS
SELECT a.instansi, a.tahun, v.urutan, NULL::text AS no, v.jenis_baris, v.kode, v.uraian,
       v.jumlah, v.dari, @extschema@.persentase(v.jumlah, v.dari) AS persen
  FROM (SELECT p.instansi, p.tahun, kp.jumlah AS kebutuhan,
               count(*)::integer AS jumlah,
               count(*) FILTER (WHERE p.jenis_kelamin = 'L')::integer AS laki_laki,
               count(*) FILTER (WHERE p.jenis_kelamin = 'P')::integer AS perempuan,
               count(*) FILTER (WHERE j.jenis = 'struktural')::integer AS struktural,
               count(*) FILTER (WHERE j.jenis = 'fungsional')::integer AS fungsional,
               count(*) FILTER (WHERE j.jenis = 'pelaksana')::integer AS pelaksana,
               count(*) FILTER (WHERE j.jenis = 'kontrak')::integer AS kontrak,
               count(*) FILTER (WHERE p.status = 'PNS')::integer AS pns,
               count(*) FILTER (WHERE p.status = 'PPPK')::integer AS pppk,
               count(*) FILTER (WHERE p.status = 'TKB')::integer AS tkb
          FROM @extschema@.pegawai p
          JOIN @extschema@.jabatan j ON j.instansi = p.instansi AND j.kode = p.jabatan
          LEFT JOIN @extschema@.kebutuhan_pegawai kp ON kp.instansi = p.instansi AND kp.tahun = p.tahun
         GROUP BY p.instansi, p.tahun, kp.jumlah) a
 CROSS JOIN LATERAL (VALUES
        (1, 'jumlah', 'pegawai', 'Jumlah pegawai', a.jumlah, a.jumlah),
        (2, 'jenis_kelamin', 'L', 'Laki-laki', a.laki_laki, a.jumlah),
        (3, 'jenis_kelamin', 'P', 'Perempuan', a.perempuan, a.jumlah),
        (4, 'jabatan', 'struktural', 'Pejabat struktural', a.struktural, a.jumlah),
        (5, 'jabatan', 'fungsional', 'Pejabat fungsional', a.fungsional, a.jumlah),
        (6, 'jabatan', 'pelaksana', 'Pejabat pelaksana', a.pelaksana, a.jumlah),
        (7, 'jabatan', 'kontrak', 'Tenaga kontrak', a.kontrak, a.jumlah),
        (8, 'status', 'PNS', 'PNS', a.pns, a.jumlah),
        (9, 'status', 'PPPK', 'PPPK', a.pppk, a.jumlah),
        (10, 'status', 'TKB', 'Tenaga kontrak bulanan (TKB)', a.tkb, a.jumlah),
        (11, 'kebutuhan', 'ASN', 'ASN (PNS dan PPPK) dari kebutuhan jabatan', a.pns + a.pppk, a.kebutuhan)
     ) AS v (urutan, jenis_baris, kode, uraian, jumlah, dari)
 ORDER BY a.instansi, a.tahun, v.urutan;
COMMENT ON VIEW @extschema@.ringkasan_pegawai IS 'The staff figures the text quotes, one a row (kode): the total, by sex, by kind of position, by employment status, and the ASN (PNS and PPPK) among the positions the job analysis needs (lkj.kebutuhan_pegawai: pemenuhan kebutuhan jabatan), each with its base (dari) and share (persen).';

-- What the text counts: the condition of the assets (section 3.1.2.6).
CREATE VIEW @extschema@.ringkasan_sarana AS
SELECT a.instansi, a.tahun, v.urutan, NULL::text AS no, v.jenis_baris, v.kode, v.uraian,
       v.jumlah, a.jumlah AS dari, @extschema@.persentase(v.jumlah, a.jumlah) AS persen
  FROM (SELECT s.instansi, s.tahun,
               sum(s.baik + s.rusak + s.rusak_berat)::integer AS jumlah,
               sum(s.baik)::integer AS baik,
               sum(s.rusak)::integer AS rusak,
               sum(s.rusak_berat)::integer AS rusak_berat
          FROM @extschema@.sarana s
         GROUP BY s.instansi, s.tahun) a
 CROSS JOIN LATERAL (VALUES
        (1, 'jumlah', 'jumlah', 'Jumlah barang', a.jumlah),
        (2, 'kondisi', 'baik', 'Baik', a.baik),
        (3, 'kondisi', 'rusak', 'Rusak', a.rusak),
        (4, 'kondisi', 'rusak_berat', 'Rusak berat', a.rusak_berat)
     ) AS v (urutan, jenis_baris, kode, uraian, jumlah)
 ORDER BY a.instansi, a.tahun, v.urutan;
COMMENT ON VIEW @extschema@.ringkasan_sarana IS 'The asset figures the text quotes: the number of items of Tabel 2 and how many are in each condition, with their share of all items.';

-- What the text counts: indicators reached, not reached, not measurable (section 3.1.1).
CREATE VIEW @extschema@.ringkasan_capaian AS
SELECT a.instansi, a.tahun,
       (row_number() OVER (PARTITION BY a.instansi, a.tahun
                           ORDER BY a.jenis_baris = 'sasaran', v.ke))::integer AS urutan,
       v.ke::text AS no, a.jenis_baris, v.status, v.uraian,
       v.jumlah, a.jumlah AS dari, @extschema@.persentase(v.jumlah, a.jumlah) AS persen
  FROM (SELECT k.instansi, k.tahun, k.jenis_baris,
               count(*)::integer AS jumlah,
               count(*) FILTER (WHERE k.status = 'tercapai')::integer AS tercapai,
               count(*) FILTER (WHERE k.status = 'belum tercapai')::integer AS belum_tercapai,
               count(*) FILTER (WHERE k.status = 'tidak terukur')::integer AS tidak_terukur
          FROM @extschema@.capaian_kinerja k
         GROUP BY k.instansi, k.tahun, k.jenis_baris) a
 CROSS JOIN LATERAL (VALUES
        (1, 'tercapai', 'Indikator kinerja dengan capaian 100% atau lebih', a.tercapai),
        (2, 'belum tercapai', 'Indikator kinerja dengan capaian di bawah 100%', a.belum_tercapai),
        (3, 'tidak terukur', 'Indikator kinerja yang tidak dapat diperoleh hasil pengukurannya', a.tidak_terukur)
     ) AS v (ke, status, uraian, jumlah)
 ORDER BY a.instansi, a.tahun, urutan;
COMMENT ON VIEW @extschema@.ringkasan_capaian IS 'Section 3.1.1''s count of the tujuan and the sasaran indicators (jenis_baris) of the year: with a capaian of 100% or more, below it, and not measurable (no realisasi, or none to compare with), each numbered as the text numbers them, with its share.';
