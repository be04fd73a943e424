
/*
 * What every table of the report derives from: the deadline of a village
 * document, the realisasi of every quarter (stored or derived), the year's
 * realisasi under the indicator's rule, the target in force, and the
 * capaian.  The views of the report and lkj.periksa() read these.
 *
 * The small SQL functions are not STRICT (their CASE bodies already give
 * NULL for NULL) so that the planner can inline them into the views.
 */

CREATE FUNCTION @extschema@.pembulatan(nilai numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    BEGIN ATOMIC
        RETURN CASE WHEN scale(nilai) > 2 THEN round(nilai, 2) ELSE nilai END;
    END;
COMMENT ON FUNCTION @extschema@.pembulatan(numeric) IS 'A figure as the report prints and uses it: at most two decimals, rounded half away from zero; a value with fewer decimals keeps them (62.2 stays 62.2).';

CREATE FUNCTION @extschema@.batas_dokumen_desa(jenis text, tahun_anggaran integer) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    BEGIN ATOMIC
        RETURN CASE
            WHEN jenis = 'RKPDes' THEN make_date(tahun_anggaran - 1, 9, 30)
            WHEN jenis = 'APBDes' THEN make_date(tahun_anggaran - 1, 12, 31)
            WHEN jenis = 'LPPDes' THEN make_date(tahun_anggaran + 1, 3, 31)
        END;
    END;
COMMENT ON FUNCTION @extschema@.batas_dokumen_desa(text, integer) IS 'The statutory deadline of a village document for a fiscal year: RKPDes by the end of September before it, APBDes by 31 December before it, LPPDes by 31 March after it (NULL for another kind).';

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

CREATE VIEW @extschema@.realisasi_dokumen_desa AS
WITH dokumen AS (
    SELECT d.instansi, d.tanggal,
           @extschema@.batas_dokumen_desa(d.jenis, d.tahun_anggaran) AS batas
      FROM @extschema@.dokumen_desa d
)
SELECT dokumen.instansi,
       date_part('year', dokumen.batas)::integer AS tahun,
       tw.triwulan::smallint AS triwulan,
       count(*) FILTER (WHERE dokumen.tanggal <= dokumen.batas
                          AND date_part('quarter', dokumen.batas) = tw.triwulan) AS pembilang,
       (SELECT count(*) * 3 FROM @extschema@.desa
         WHERE desa.instansi = dokumen.instansi) AS penyebut
  FROM dokumen
 CROSS JOIN generate_series(1, 4) AS tw (triwulan)
 GROUP BY dokumen.instansi, date_part('year', dokumen.batas), tw.triwulan;
COMMENT ON VIEW @extschema@.realisasi_dokumen_desa IS 'Per kecamatan, year and quarter: how many village documents were set on time (pembilang) among all that a year asks for, every village''s RKPDes, APBDes and LPPDes (penyebut = villages x 3).  A document counts in the year and quarter of its deadline: the previous year''s LPPDes in the first quarter, the next year''s RKPDes in the third and APBDes in the fourth.';

CREATE VIEW @extschema@.realisasi_triwulan AS
SELECT r.instansi, r.indikator, r.tahun, r.triwulan, r.nilai, r.pembilang, r.penyebut,
       COALESCE(@extschema@.pembulatan(r.nilai),
                @extschema@.persentase(r.pembilang, r.penyebut)) AS nilai_laporan
  FROM @extschema@.realisasi r
  JOIN @extschema@.indikator i ON i.instansi = r.instansi AND i.kode = r.indikator
 WHERE i.sumber = 'realisasi'
UNION ALL
SELECT i.instansi, i.kode, d.tahun, d.triwulan, NULL, d.pembilang, d.penyebut,
       @extschema@.persentase(d.pembilang, d.penyebut)
  FROM @extschema@.indikator i
  JOIN @extschema@.realisasi_dokumen_desa d ON d.instansi = i.instansi
 WHERE i.sumber = 'dokumen_desa';
COMMENT ON VIEW @extschema@.realisasi_triwulan IS 'Every realisasi of every indicator: the stored rows (triwulan NULL for a whole year measured once) and the quarters derived from village documents; nilai_laporan is the figure as the report prints it (at most two decimals, counts as a percentage).';

-- The quarter-to-year rule, once: a year with a whole-year row is that row;
-- otherwise its quarters make it by the indicator's agregasi.  The rule
-- gives the quarters' year at three precisions: exact (tepat), as the
-- report prints and computes with it (nilai), and as a reader adds up the
-- printed quarters (cetak, which lkj.periksa() compares with nilai).  The
-- quarters' lists are kept for the checks, so that they read one pass.
CREATE VIEW @extschema@.realisasi_tahun AS
SELECT g.instansi, g.indikator, g.tahun,
       CASE WHEN g.tahunan THEN g.tahunan_tepat ELSE g.triwulan_tepat END AS nilai_tepat,
       CASE WHEN g.tahunan THEN g.tahunan_nilai ELSE g.triwulan_nilai END AS nilai,
       g.jumlah_triwulan, g.tahunan,
       g.triwulan_nilai AS nilai_triwulan, g.triwulan_cetak AS nilai_triwulan_cetak,
       g.triwulan, g.cetak AS triwulan_cetak, g.pembilang AS triwulan_pembilang, g.penyebut AS triwulan_penyebut
  FROM (SELECT r.instansi, r.indikator, r.tahun,
               bool_or(r.triwulan IS NULL) AS tahunan,
               max(COALESCE(r.nilai, r.pembilang * 100 / r.penyebut))
                   FILTER (WHERE r.triwulan IS NULL) AS tahunan_tepat,
               max(r.nilai_laporan) FILTER (WHERE r.triwulan IS NULL) AS tahunan_nilai,
               CASE i.agregasi
                 WHEN 'jumlah' THEN sum(r.nilai) FILTER (WHERE r.triwulan IS NOT NULL)
                 WHEN 'rata-rata' THEN avg(r.nilai) FILTER (WHERE r.triwulan IS NOT NULL)
                 WHEN 'terakhir' THEN (array_agg(r.nilai ORDER BY r.triwulan DESC)
                                           FILTER (WHERE r.triwulan IS NOT NULL))[1]
                 WHEN 'rasio' THEN sum(r.pembilang) FILTER (WHERE r.triwulan IS NOT NULL) * 100
                                   / max(r.penyebut) FILTER (WHERE r.triwulan IS NOT NULL)
               END AS triwulan_tepat,
               CASE i.agregasi
                 WHEN 'jumlah' THEN @extschema@.pembulatan(sum(r.nilai) FILTER (WHERE r.triwulan IS NOT NULL))
                 WHEN 'rata-rata' THEN round(avg(r.nilai) FILTER (WHERE r.triwulan IS NOT NULL), 2)
                 WHEN 'terakhir' THEN @extschema@.pembulatan((array_agg(r.nilai ORDER BY r.triwulan DESC)
                                                                  FILTER (WHERE r.triwulan IS NOT NULL))[1])
                 WHEN 'rasio' THEN @extschema@.persentase(sum(r.pembilang) FILTER (WHERE r.triwulan IS NOT NULL),
                                                          max(r.penyebut) FILTER (WHERE r.triwulan IS NOT NULL))
               END AS triwulan_nilai,
               -- The printed quarters have two decimals: a sum of them needs no
               -- rounding, and a ratio's printed shares of one denominator add up.
               CASE i.agregasi
                 WHEN 'rata-rata' THEN round(avg(r.nilai_laporan) FILTER (WHERE r.triwulan IS NOT NULL), 2)
                 WHEN 'terakhir' THEN (array_agg(r.nilai_laporan ORDER BY r.triwulan DESC)
                                           FILTER (WHERE r.triwulan IS NOT NULL))[1]
                 ELSE sum(r.nilai_laporan) FILTER (WHERE r.triwulan IS NOT NULL)
               END AS triwulan_cetak,
               count(r.triwulan)::integer AS jumlah_triwulan,
               array_agg(r.triwulan::integer ORDER BY r.triwulan) FILTER (WHERE r.triwulan IS NOT NULL) AS triwulan,
               array_agg(r.nilai_laporan ORDER BY r.triwulan) FILTER (WHERE r.triwulan IS NOT NULL) AS cetak,
               array_agg(r.pembilang ORDER BY r.triwulan) FILTER (WHERE r.triwulan IS NOT NULL) AS pembilang,
               array_agg(r.penyebut ORDER BY r.triwulan) FILTER (WHERE r.triwulan IS NOT NULL) AS penyebut
          FROM @extschema@.realisasi_triwulan r
          JOIN @extschema@.indikator i ON i.instansi = r.instansi AND i.kode = r.indikator
         GROUP BY r.instansi, r.indikator, r.tahun, i.agregasi) g;
COMMENT ON VIEW @extschema@.realisasi_tahun IS 'The year''s realisasi of every indicator: its whole-year row where it has one (tahunan), else its quarters combined by its rule (agregasi: jumlah adds them, rata-rata averages them, terakhir takes the last, rasio divides the numerators'' sum by the denominator).  nilai is the figure the report prints and computes capaian from (rounded to two decimals before it is used again, as the report does); nilai_tepat is the unrounded one.  nilai_triwulan is what the quarters give by the rule even beside a whole-year row, nilai_triwulan_cetak what the quarters as printed give; triwulan lists the quarters in order, triwulan_cetak their figures as printed, triwulan_pembilang and triwulan_penyebut their count pairs (all NULL without quarters).  lkj.periksa() reads them from here.';

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
       @extschema@.label_kriteria(c.capaian, COALESCE(p.skala_kriteria, k.skala_kriteria)) AS kriteria,
       CASE WHEN c.capaian IS NULL THEN 'tidak terukur'
            WHEN c.capaian >= 100 THEN 'tercapai'
            ELSE 'belum tercapai' END AS status
  FROM tahun_indikator ti
  JOIN @extschema@.indikator i ON i.instansi = ti.instansi AND i.kode = ti.indikator
  JOIN @extschema@.instansi u ON u.kode = ti.instansi
  -- the scale of the unit's parent: its pemda, or its kementerian
  LEFT JOIN @extschema@.pemda p ON p.kode = u.pemda
  LEFT JOIN @extschema@.kementerian k ON k.kode = u.kementerian
  LEFT JOIN @extschema@.target_berlaku tb
         ON tb.instansi = ti.instansi AND tb.indikator = ti.indikator AND tb.tahun = ti.tahun
  LEFT JOIN @extschema@.realisasi_tahun rt
         ON rt.instansi = ti.instansi AND rt.indikator = ti.indikator AND rt.tahun = ti.tahun
 CROSS JOIN LATERAL (SELECT @extschema@.capaian_target(tb.nilai, tb.batas_bawah, tb.batas_atas,
                                                       rt.nilai, i.polaritas) AS capaian) c;
COMMENT ON VIEW @extschema@.capaian_indikator IS 'Every indicator in every year it has a target or a realisasi: the target in force, the year''s realisasi, the capaian computed from both with lkj.capaian (or lkj.capaian_rentang for a range), its kriteria on the scale of the unit''s regency (of its kementerian for a central unit), and a status: tercapai (100% or more), belum tercapai, or tidak terukur (no realisasi, or a target of 0 with a realisasi), which section 3.1.1 counts.';


-- A constant series, so that the planner estimates a few years a period,
-- not the thousand rows it assumes of a series with variable bounds.
CREATE VIEW @extschema@.tahun_renstra AS
SELECT r.instansi, r.kode AS renstra, r.tahun_awal, r.tahun_awal + k.n AS tahun
  FROM @extschema@.renstra r
 CROSS JOIN generate_series(0, 9) AS k (n)
 WHERE k.n <= r.tahun_akhir - r.tahun_awal;
COMMENT ON VIEW @extschema@.tahun_renstra IS 'Every year of every Renstra period (at most ten, as lkj.renstra allows), with the period''s first year.';

CREATE VIEW @extschema@.tahun_laporan AS
SELECT y.instansi, y.tahun FROM @extschema@.tahun_renstra y
UNION
SELECT pk.instansi, pk.tahun FROM @extschema@.perjanjian_kinerja pk
UNION
SELECT p.instansi, p.tahun FROM @extschema@.program p
UNION
SELECT t.instansi, t.tahun FROM @extschema@.target t;
COMMENT ON VIEW @extschema@.tahun_laporan IS 'The years a unit reports on: every year of its Renstra periods and every year it has a Perjanjian Kinerja, a program or a target.  Tabel 7 and Tabel 10 have rows for each of them.';

-- The program budget rule, once: a program's figure is its own, else the
-- sum of its kegiatan's, and that sum only when every kegiatan has the
-- figure (a partial sum would print a short budget as the program's).
-- lkj.periksa() reads the parts (program_*, kegiatan_*) from here too.
CREATE VIEW @extschema@.anggaran_program AS
SELECT p.instansi, p.tahun, p.kode AS program, p.no, p.nama, p.renstra, p.sasaran,
       a.anggaran_awal, a.anggaran_perubahan,
       COALESCE(a.anggaran_perubahan, a.anggaran_awal) AS anggaran,
       a.realisasi,
       @extschema@.penyerapan(COALESCE(a.anggaran_perubahan, a.anggaran_awal), a.realisasi) AS penyerapan,
       p.anggaran_awal AS program_awal, p.anggaran_perubahan AS program_perubahan, p.realisasi AS program_realisasi,
       COALESCE(k.jumlah, 0) AS jumlah_kegiatan,
       k.anggaran_awal AS kegiatan_awal, k.anggaran_perubahan AS kegiatan_perubahan, k.realisasi AS kegiatan_realisasi
  FROM @extschema@.program p
  LEFT JOIN (SELECT k.instansi, k.tahun, k.program, count(*) AS jumlah,
                    CASE WHEN count(*) = count(k.anggaran_awal)
                         THEN sum(k.anggaran_awal) END AS anggaran_awal,
                    CASE WHEN count(*) = count(k.anggaran_perubahan)
                         THEN sum(k.anggaran_perubahan) END AS anggaran_perubahan,
                    CASE WHEN count(*) = count(k.realisasi)
                         THEN sum(k.realisasi) END AS realisasi
               FROM @extschema@.kegiatan k
              GROUP BY k.instansi, k.tahun, k.program) k
         ON k.instansi = p.instansi AND k.tahun = p.tahun AND k.program = p.kode
 CROSS JOIN LATERAL (SELECT COALESCE(p.anggaran_awal, k.anggaran_awal) AS anggaran_awal,
                            COALESCE(p.anggaran_perubahan, k.anggaran_perubahan) AS anggaran_perubahan,
                            COALESCE(p.realisasi, k.realisasi) AS realisasi) a;
COMMENT ON VIEW @extschema@.anggaran_program IS 'The budget of every program of a year: original (anggaran_awal) and revised (anggaran_perubahan, NULL when not revised) budget and spending, each the program''s own figure or, where that is NULL, the sum of its kegiatan''s (NULL unless every kegiatan has the figure); anggaran is the budget in force (the revised one, else the original) and penyerapan its absorption (lkj.penyerapan).  The parts: the program''s own figures (program_awal, program_perubahan, program_realisasi), its number of kegiatan and their sums (kegiatan_awal, kegiatan_perubahan, kegiatan_realisasi).';

CREATE VIEW @extschema@.anggaran_tujuan_sasaran AS
SELECT ap.instansi, ap.tahun, ap.renstra, g.jenis, g.no,
       sum(ap.anggaran_awal) AS anggaran_awal,
       sum(ap.anggaran_perubahan) AS anggaran_perubahan,
       sum(ap.anggaran) AS anggaran,
       sum(ap.realisasi) AS realisasi,
       @extschema@.penyerapan(sum(ap.anggaran), sum(ap.realisasi)) AS penyerapan
  FROM @extschema@.anggaran_program ap
  JOIN @extschema@.sasaran s ON s.instansi = ap.instansi AND s.renstra = ap.renstra AND s.no = ap.sasaran
 CROSS JOIN LATERAL (VALUES ('tujuan', s.tujuan), ('sasaran', s.no)) AS g (jenis, no)
 GROUP BY ap.instansi, ap.tahun, ap.renstra, g.jenis, g.no;
COMMENT ON VIEW @extschema@.anggaran_tujuan_sasaran IS 'The budget behind every tujuan and sasaran (jenis) in a year: the sums over its programs of lkj.anggaran_program (a tujuan''s programs are those of its sasaran), and the absorption of the sums (Tabel 6, 14).';

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
       ci.target_dokumen, ci.target, ci.batas_bawah, ci.batas_atas,
       ci.realisasi, ci.capaian, ci.kriteria,
       COALESCE(ci.status, 'tidak terukur') AS status
  FROM (SELECT i.instansi, y.tahun, y.renstra, y.tahun_awal,
               COALESCE(i.tujuan, s.tujuan) AS tujuan, i.sasaran,
               CASE WHEN i.tujuan IS NOT NULL THEN 'tujuan' ELSE 'sasaran' END AS jenis_baris,
               COALESCE(t.uraian, s.uraian) AS uraian,
               i.kode AS indikator_kode, i.no AS indikator_no, i.uraian AS indikator,
               i.satuan, i.polaritas, i.iku
          FROM @extschema@.indikator i
          JOIN @extschema@.tahun_renstra y ON y.instansi = i.instansi AND y.renstra = i.renstra
          LEFT JOIN @extschema@.tujuan t ON t.instansi = i.instansi AND t.renstra = i.renstra AND t.no = i.tujuan
          LEFT JOIN @extschema@.sasaran s ON s.instansi = i.instansi AND s.renstra = i.renstra AND s.no = i.sasaran) b
  LEFT JOIN @extschema@.capaian_indikator ci
         ON ci.instansi = b.instansi AND ci.indikator = b.indikator_kode AND ci.tahun = b.tahun;
COMMENT ON VIEW @extschema@.capaian_kinerja IS 'Every indicator of a tujuan or sasaran in every year of its Renstra, in the report''s order (each tujuan, then its sasaran): its target in force, realisasi, capaian, kriteria and status from lkj.capaian_indikator, status ''tidak terukur'' where the year has no data.  Tabel 3, 4 and 8 to 14 and lkj.ringkasan_capaian are built on it.';

-- Tabel 11 and 13 measure the year's realisasi against the same year's
-- target of another document than the one in force: one place for both.
CREATE VIEW @extschema@.capaian_dokumen AS
SELECT k.*, d.dokumen AS banding_dokumen, t.nilai AS banding_target, t.batas_bawah AS banding_bawah,
       t.batas_atas AS banding_atas, t.keterangan AS banding_keterangan,
       @extschema@.capaian_target(t.nilai, t.batas_bawah, t.batas_atas, k.realisasi,
                                  k.polaritas::@extschema@.polaritas) AS banding_capaian
  FROM @extschema@.capaian_kinerja k
 CROSS JOIN (VALUES ('renstra'), ('standar_nasional')) AS d (dokumen)
  LEFT JOIN @extschema@.target t
         ON t.instansi = k.instansi AND t.indikator = k.indikator_kode AND t.tahun = k.tahun
        AND t.dokumen = d.dokumen;
COMMENT ON VIEW @extschema@.capaian_dokumen IS 'Every row of lkj.capaian_kinerja once for the Renstra (banding_dokumen ''renstra'') and once for a national standard (''standar_nasional''): that document''s target of the year (banding_target, or the range banding_bawah to banding_atas, NULL where it sets none), its keterangan, and the year''s realisasi measured against it with lkj.capaian_target (banding_capaian).  Tabel 11 and 13 read it.';
