-- ======================================================================
-- derived facts: the realisasi: a quarter's (stored, or from the village documents against their deadlines) and the year's under the indicator's rule
-- ======================================================================

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
        RETURN CASE WHEN scale(nilai) > 2 THEN round(nilai, 2) ELSE @extschema@.terhingga(nilai) END;
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
                 WHEN 'rasio_jumlah' THEN sum(r.pembilang) FILTER (WHERE r.triwulan IS NOT NULL) * 100
                                          / sum(r.penyebut) FILTER (WHERE r.triwulan IS NOT NULL)
               END AS triwulan_tepat,
               CASE i.agregasi
                 WHEN 'jumlah' THEN @extschema@.pembulatan(sum(r.nilai) FILTER (WHERE r.triwulan IS NOT NULL))
                 WHEN 'rata-rata' THEN round(avg(r.nilai) FILTER (WHERE r.triwulan IS NOT NULL), 2)
                 WHEN 'terakhir' THEN @extschema@.pembulatan((array_agg(r.nilai ORDER BY r.triwulan DESC)
                                                                  FILTER (WHERE r.triwulan IS NOT NULL))[1])
                 WHEN 'rasio' THEN @extschema@.persentase(sum(r.pembilang) FILTER (WHERE r.triwulan IS NOT NULL),
                                                          max(r.penyebut) FILTER (WHERE r.triwulan IS NOT NULL))
                 WHEN 'rasio_jumlah' THEN @extschema@.persentase(sum(r.pembilang) FILTER (WHERE r.triwulan IS NOT NULL),
                                                                 sum(r.penyebut) FILTER (WHERE r.triwulan IS NOT NULL))
               END AS triwulan_nilai,
               -- The printed quarters have two decimals: a sum of them needs no
               -- rounding, and a ratio's printed shares of one denominator add up.
               -- Shares of different wholes neither add up nor average to
               -- the year: under rasio_jumlah the reader's figure is the
               -- counts' (Tabel 8 prints the year from them).
               CASE i.agregasi
                 WHEN 'rasio_jumlah' THEN @extschema@.persentase(sum(r.pembilang) FILTER (WHERE r.triwulan IS NOT NULL),
                                                                 sum(r.penyebut) FILTER (WHERE r.triwulan IS NOT NULL))
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
COMMENT ON VIEW @extschema@.realisasi_tahun IS 'The year''s realisasi of every indicator: its whole-year row where it has one (tahunan), else its quarters combined by its rule (agregasi: jumlah adds them, rata-rata averages them, terakhir takes the last, rasio divides the numerators'' sum by the one denominator of a fixed whole, rasio_jumlah by the denominators'' sum: 40/45 and 52/60 give 92/105 = 87,62%).  nilai is the figure the report prints and computes capaian from (rounded to two decimals before it is used again, as the report does); nilai_tepat is the unrounded one.  nilai_triwulan is what the quarters give by the rule even beside a whole-year row, nilai_triwulan_cetak what the quarters as printed give; triwulan lists the quarters in order, triwulan_cetak their figures as printed, triwulan_pembilang and triwulan_penyebut their count pairs (all NULL without quarters).  lkj.periksa() reads them from here.';
