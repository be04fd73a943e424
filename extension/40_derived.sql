
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

/*
 * A national code of the Permendagri 90/2019 hierarchy in one normal form,
 * so that the spellings in circulation meet in one key: the sub-kegiatan
 * part with 2 or 4 digits (7.01.02.2.01.01 = 7.01.02.2.01.0001), a
 * zero-padded kegiatan part (1.01.01.02.01 = 1.01.01.2.01), a name after the
 * code ("7.01.02 Program Penyelenggaraan ...").  Levels: bidang (7.01),
 * program (7.01.02), kegiatan (7.01.02.2.01), sub-kegiatan; X and XX stand
 * for "every urusan / bidang" (X.XX.01, the support program of every unit).
 * A lone urusan digit is refused: it cannot be told from a unit's own
 * numbering (Kunir's program 1).  PL/pgSQL, not BEGIN ATOMIC, for the 22P02
 * error on what is not a code.
 */
CREATE FUNCTION @extschema@.kode_normal(kode text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    b text[];
BEGIN
    b := regexp_match(kode,
           '^\s*([0-9]|[Xx])\.([0-9]{2}|[Xx]{2})'
           '(?:\.([0-9]{2})(?:\.0?([0-9])\.([0-9]{2})(?:\.([0-9]{4}|[0-9]{2}))?)?)?'
           '(?:\s.*)?$');
    IF b IS NULL THEN
        RAISE EXCEPTION 'invalid input syntax for a Permendagri 90/2019 code: "%"', kode
            USING ERRCODE = 'invalid_text_representation',
                  DETAIL = 'A code is urusan.bidang.program.kegiatan.sub_kegiatan or a prefix of it down to the bidang, e.g. 7.01.02.2.01.0001, 7.01.02.2.01 or 7.01.02, optionally followed by white space and its name.';
    END IF;
    RETURN concat_ws('.', upper(b[1]), upper(b[2]), b[3], b[4], b[5], lpad(b[6], 4, '0'));
END
$$;
COMMENT ON FUNCTION @extschema@.kode_normal(text) IS 'A national code of the Permendagri 90/2019 hierarchy (urusan.bidang.program.kegiatan.sub_kegiatan, or a prefix down to the bidang) in the normal form keys and joins use: the kegiatan part one digit, a dot and two digits (02.01 becomes 2.01), the sub-kegiatan part four digits (01 becomes 0001), X and XX upper case; a name after the code is dropped (''7.01.02.2.01.01 Koordinasi ...'' gives 7.01.02.2.01.0001).  What is not such a code: error 22P02.';

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

-- The settings in force for a unit and a year (lkj.setelan): per setting,
-- of the rows of the unit and of its parent from that year or earlier, the
-- unit's own before its parent's, the latest first, the first that sets it;
-- 1.0's columns where none does.  One scan of lkj.setelan a unit-year; a
-- new setting is one more line of the lateral and of the COALESCE.
CREATE VIEW @extschema@.setelan_berlaku AS
SELECT tl.instansi, tl.tahun,
       COALESCE(s.skala_kriteria, p.skala_kriteria, k.skala_kriteria) AS skala_kriteria,
       COALESCE(s.label_pppk, u.label_pppk) AS label_pppk
  FROM @extschema@.tahun_laporan tl
  JOIN @extschema@.instansi u ON u.kode = tl.instansi
  LEFT JOIN @extschema@.pemda p ON p.kode = u.pemda
  LEFT JOIN @extschema@.kementerian k ON k.kode = u.kementerian
 CROSS JOIN LATERAL (
        SELECT (array_agg(x.skala_kriteria ORDER BY x.instansi IS NULL, x.berlaku_mulai_tahun DESC)
                  FILTER (WHERE x.skala_kriteria IS NOT NULL))[1] AS skala_kriteria,
               (array_agg(x.label_pppk ORDER BY x.instansi IS NULL, x.berlaku_mulai_tahun DESC)
                  FILTER (WHERE x.label_pppk IS NOT NULL))[1] AS label_pppk
          FROM @extschema@.setelan x
         WHERE (x.instansi = u.kode OR x.pemda = u.pemda OR x.kementerian = u.kementerian)
           AND x.berlaku_mulai_tahun <= tl.tahun) s;
COMMENT ON VIEW @extschema@.setelan_berlaku IS 'The settings in force for a unit in every year it reports on (lkj.tahun_laporan): each the unit''s own latest setting (lkj.setelan) from that year or earlier, else its parent''s (its pemda''s, or its kementerian''s for a central unit), else 1.0''s column (pemda or kementerian skala_kriteria, instansi label_pppk).  Every figure and word a setting changes is read here for the report''s year.';

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
       @extschema@.label_kriteria(c.capaian, sb.skala_kriteria) AS kriteria,
       CASE WHEN c.capaian IS NULL THEN 'tidak terukur'
            WHEN c.capaian >= 100 THEN 'tercapai'
            ELSE 'belum tercapai' END AS status
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
                                                       rt.nilai, i.polaritas) AS capaian) c;
COMMENT ON VIEW @extschema@.capaian_indikator IS 'Every indicator in every year it has a target or a realisasi: the target in force, the year''s realisasi, the capaian computed from both with lkj.capaian (or lkj.capaian_rentang for a range), its kriteria on the scale in force for the unit in the year (lkj.setelan_berlaku), and a status: tercapai (100% or more), belum tercapai, or tidak terukur (no realisasi, or a target of 0 with a realisasi), which section 3.1.1 counts.';


/*
 * The budget rule, one level at a time: a figure (awal, perubahan,
 * realisasi) is the level's own, else the sum of the level below, and that
 * sum only when every row below has the figure (a partial sum would print a
 * short budget).  lkj.jumlah_lengkap() is that sum; a kegiatan rolls up its
 * sub-kegiatan here, and lkj.anggaran_program rolls up these kegiatan, so a
 * program of a unit that records only sub-kegiatan gets its budget through
 * two steps of the same rule.  lkj.periksa() reads the parts (own figures,
 * sums) from both views.
 */
CREATE FUNCTION @extschema@.jumlah_lengkap(jumlah bigint, terisi bigint, total numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    BEGIN ATOMIC
        RETURN CASE WHEN jumlah = terisi THEN total END;
    END;
COMMENT ON FUNCTION @extschema@.jumlah_lengkap(bigint, bigint, numeric) IS 'The sum of a figure over the rows below a budget level (jumlah of them, terisi of them with the figure, total the sum), or NULL unless every row has the figure: the roll-up half of the budget rule of lkj.anggaran_kegiatan and lkj.anggaran_program.';

CREATE VIEW @extschema@.anggaran_kegiatan AS
SELECT k.instansi, k.tahun, k.program, k.kode AS kegiatan, k.no, k.nama, k.kode_nasional, k.kode_cetak,
       a.anggaran_awal, a.anggaran_perubahan,
       COALESCE(a.anggaran_perubahan, a.anggaran_awal) AS anggaran,
       a.realisasi,
       @extschema@.penyerapan(COALESCE(a.anggaran_perubahan, a.anggaran_awal), a.realisasi) AS penyerapan,
       k.anggaran_awal AS kegiatan_awal, k.anggaran_perubahan AS kegiatan_perubahan, k.realisasi AS kegiatan_realisasi,
       COALESCE(s.jumlah, 0) AS jumlah_sub_kegiatan,
       s.anggaran_awal AS sub_kegiatan_awal, s.anggaran_perubahan AS sub_kegiatan_perubahan,
       s.realisasi AS sub_kegiatan_realisasi
  FROM @extschema@.kegiatan k
  LEFT JOIN (SELECT s.instansi, s.tahun, s.kegiatan, count(*) AS jumlah,
                    @extschema@.jumlah_lengkap(count(*), count(s.anggaran_awal), sum(s.anggaran_awal)) AS anggaran_awal,
                    @extschema@.jumlah_lengkap(count(*), count(s.anggaran_perubahan), sum(s.anggaran_perubahan)) AS anggaran_perubahan,
                    @extschema@.jumlah_lengkap(count(*), count(s.realisasi), sum(s.realisasi)) AS realisasi
               FROM @extschema@.sub_kegiatan s
              GROUP BY s.instansi, s.tahun, s.kegiatan) s
         ON s.instansi = k.instansi AND s.tahun = k.tahun AND s.kegiatan = k.kode
 CROSS JOIN LATERAL (SELECT COALESCE(k.anggaran_awal, s.anggaran_awal) AS anggaran_awal,
                            COALESCE(k.anggaran_perubahan, s.anggaran_perubahan) AS anggaran_perubahan,
                            COALESCE(k.realisasi, s.realisasi) AS realisasi) a;
COMMENT ON VIEW @extschema@.anggaran_kegiatan IS 'The budget of every kegiatan of a year: original (anggaran_awal) and revised (anggaran_perubahan, NULL when not revised) budget and spending, each the kegiatan''s own figure or, where that is NULL, the sum of its sub-kegiatan''s (NULL unless every sub-kegiatan has the figure); anggaran is the budget in force (the revised one, else the original) and penyerapan its absorption (lkj.penyerapan).  The parts: the kegiatan''s own figures (kegiatan_awal, kegiatan_perubahan, kegiatan_realisasi), its number of sub-kegiatan and their sums (sub_kegiatan_awal, sub_kegiatan_perubahan, sub_kegiatan_realisasi).';

-- The same rule a level up: a program over its kegiatan as rolled up above.
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
                    @extschema@.jumlah_lengkap(count(*), count(k.anggaran_awal), sum(k.anggaran_awal)) AS anggaran_awal,
                    @extschema@.jumlah_lengkap(count(*), count(k.anggaran_perubahan), sum(k.anggaran_perubahan)) AS anggaran_perubahan,
                    @extschema@.jumlah_lengkap(count(*), count(k.realisasi), sum(k.realisasi)) AS realisasi
               FROM @extschema@.anggaran_kegiatan k
              GROUP BY k.instansi, k.tahun, k.program) k
         ON k.instansi = p.instansi AND k.tahun = p.tahun AND k.program = p.kode
 CROSS JOIN LATERAL (SELECT COALESCE(p.anggaran_awal, k.anggaran_awal) AS anggaran_awal,
                            COALESCE(p.anggaran_perubahan, k.anggaran_perubahan) AS anggaran_perubahan,
                            COALESCE(p.realisasi, k.realisasi) AS realisasi) a;
COMMENT ON VIEW @extschema@.anggaran_program IS 'The budget of every program of a year: original (anggaran_awal) and revised (anggaran_perubahan, NULL when not revised) budget and spending, each the program''s own figure or, where that is NULL, the sum of its kegiatan''s as lkj.anggaran_kegiatan gives them (a kegiatan''s own, else its sub-kegiatan''s; NULL unless every kegiatan has the figure); anggaran is the budget in force (the revised one, else the original) and penyerapan its absorption (lkj.penyerapan).  The parts: the program''s own figures (program_awal, program_perubahan, program_realisasi), its number of kegiatan and their sums (kegiatan_awal, kegiatan_perubahan, kegiatan_realisasi).';

-- Every budget level in one view, for the tables that print below the
-- program (anggaran, realisasi and % per program, kegiatan, sub-kegiatan).
CREATE VIEW @extschema@.anggaran_rinci AS
SELECT ap.instansi, ap.tahun, 'program'::text AS jenis, ap.program AS kode, NULL::text AS induk,
       ap.program, NULL::text AS kegiatan, ap.no, p.kode_nasional,
       COALESCE(p.kode_cetak, p.kode_nasional) AS kode_cetak, ap.nama,
       ap.anggaran_awal, ap.anggaran_perubahan, ap.anggaran, ap.realisasi, ap.penyerapan
  FROM @extschema@.anggaran_program ap
  JOIN @extschema@.program p ON p.instansi = ap.instansi AND p.tahun = ap.tahun AND p.kode = ap.program
UNION ALL
SELECT ak.instansi, ak.tahun, 'kegiatan', ak.kegiatan, ak.program,
       ak.program, ak.kegiatan, ak.no, ak.kode_nasional,
       COALESCE(ak.kode_cetak, ak.kode_nasional), ak.nama,
       ak.anggaran_awal, ak.anggaran_perubahan, ak.anggaran, ak.realisasi, ak.penyerapan
  FROM @extschema@.anggaran_kegiatan ak
UNION ALL
SELECT s.instansi, s.tahun, 'sub_kegiatan', s.kode, s.kegiatan,
       s.program, s.kegiatan, s.no, s.kode,
       COALESCE(s.kode_cetak, s.kode), s.nama,
       s.anggaran_awal, s.anggaran_perubahan, COALESCE(s.anggaran_perubahan, s.anggaran_awal), s.realisasi,
       @extschema@.penyerapan(COALESCE(s.anggaran_perubahan, s.anggaran_awal), s.realisasi)
  FROM @extschema@.sub_kegiatan s;
COMMENT ON VIEW @extschema@.anggaran_rinci IS 'The budget of every program, kegiatan and sub-kegiatan of a year, one row each (jenis: program, kegiatan, sub_kegiatan): its key (kode), its parent''s key (induk: a kegiatan''s program, a sub-kegiatan''s kegiatan), its program and kegiatan, number, national code (normal form, and as printed), name, original and revised budget, the budget in force (anggaran: revised, else original), spending and absorption (penyerapan, 2 decimals as printed).  A program''s and a kegiatan''s figures follow lkj.anggaran_program and lkj.anggaran_kegiatan: their own, else rolled up from the level below.';

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
 WHERE g.no IS NOT NULL
 GROUP BY ap.instansi, ap.tahun, ap.renstra, g.jenis, g.no;
COMMENT ON VIEW @extschema@.anggaran_tujuan_sasaran IS 'The budget behind every tujuan and sasaran (jenis) in a year: the sums over its programs of lkj.anggaran_program (a tujuan''s programs are those of its sasaran; a sasaran without a tujuan adds to no tujuan row), and the absorption of the sums (Tabel 6, 14).';

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
