-- ======================================================================
-- the checks: lkj.periksa()
-- ======================================================================

-- (section: periksa)

/*
 * The reviu of an LKj before it is signed (PermenPAN-RB 53/2014): every
 * place where the data cannot give one consistent report, or where a figure
 * needs a look.  A check is one view named cek_<kode> in this schema with the
 * columns of lkj.temuan; lkj.periksa() finds the views by that name and
 * unions them, so adding a check is adding one view (and its COMMENT, which
 * says what it catches and why it matters).  A finding is a galat when the
 * data contradicts itself and a printed figure changes with the reading, a
 * peringatan when it needs a planner's look.  No check reads a clock: a
 * finding that can only be judged once its year has ended carries that date
 * (berlaku_mulai), and periksa() turns the ones not due at its date into an
 * info.  The periksa_* views and functions are what the checks share.
 *
 * A check first finds its candidates in the tables, which is cheap, and
 * only then reads the derived views for the figures of its message, one
 * indicator and year at a time (periksa_target_realisasi).  Over a regency,
 * a test of every row against another table (NOT EXISTS, a join before a
 * GROUP BY) probes an index for each of thousands of rows: a check groups
 * the table first and tests the groups, or hashes the other table.  It
 * returns the candidate's instansi and tahun, so that a unit's or year's
 * filter reaches the keys of the tables the candidates come from.
 * The views and the SQL functions (BEGIN ATOMIC) resolve every name when
 * they are created, and periksa() runs on search_path pg_catalog, pg_temp:
 * no search_path of the caller's changes a finding.
 */


CREATE FUNCTION @extschema@.periksa_dokumen(dokumen text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    BEGIN ATOMIC
        SELECT CASE
            WHEN dokumen = 'renstra' THEN 'Renstra'
            WHEN dokumen = 'pk_awal' THEN 'PK awal'
            WHEN dokumen = 'pk_perubahan' THEN 'PK perubahan'
            WHEN dokumen = 'standar_nasional' THEN 'standar nasional'
            ELSE dokumen
        END;
    END;
COMMENT ON FUNCTION @extschema@.periksa_dokumen(text) IS 'The name a planner uses for a document of lkj.target.dokumen (pk_awal is PK awal), in a message of lkj.periksa().';

CREATE FUNCTION @extschema@.periksa_urutan_dokumen(dokumen text) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    BEGIN ATOMIC
        SELECT CASE
            WHEN dokumen = 'renstra' THEN 1
            WHEN dokumen = 'pk_awal' THEN 2
            WHEN dokumen = 'pk_perubahan' THEN 3
            ELSE 4
        END;
    END;
COMMENT ON FUNCTION @extschema@.periksa_urutan_dokumen(text) IS 'The order in which a message of lkj.periksa() lists the documents of lkj.target.dokumen: the Renstra, then the original PK, then the revised one.';

CREATE FUNCTION @extschema@.periksa_nama_triwulan(triwulan integer[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    BEGIN ATOMIC
        SELECT string_agg((ARRAY['I', 'II', 'III', 'IV'])[t.tw], ', ' ORDER BY t.n)
          FROM unnest(triwulan) WITH ORDINALITY AS t (tw, n);
    END;
COMMENT ON FUNCTION @extschema@.periksa_nama_triwulan(integer[]) IS 'Quarters as the report names them, in a message of lkj.periksa(): {1,2,3} is "I, II, III".';

-- One row, not a scalar: a scalar SQL function that reads FROM is never
-- inlined, and each of its calls would prepare lkj.format_nilai (itself not
-- inlinable) anew.  A set-returning one is inlined where a check reads it,
-- (SELECT d.teks FROM periksa_deret(...) AS d (teks)), and format_nilai is
-- then prepared once per query.
CREATE FUNCTION @extschema@.periksa_deret(nilai numeric[], satuan text, pemisah text) RETURNS SETOF text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 1
    BEGIN ATOMIC
        SELECT string_agg(COALESCE(@extschema@.format_nilai(x.n, satuan), '-'), pemisah ORDER BY x.i)
          FROM unnest(nilai) WITH ORDINALITY AS x (n, i);
    END;
COMMENT ON FUNCTION @extschema@.periksa_deret(numeric[], text, text) IS 'One row: figures in order, each as lkj.format_nilai() prints it in its unit (- for none), joined by pemisah: {20.72,20.72} in Persen with " + " is "20,72% + 20,72%".';

-- A check that waits for the end of a year emits its candidates all the
-- same, with this date as their berlaku_mulai: lkj.periksa() compares it
-- with the date it judges as of, so that no view reads a clock.
CREATE FUNCTION @extschema@.periksa_tahun_berakhir(tahun integer) RETURNS date
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    BEGIN ATOMIC
        SELECT make_date(tahun + 1, 1, 1);
    END;
COMMENT ON FUNCTION @extschema@.periksa_tahun_berakhir(integer) IS 'The date from which a year has ended, 1 January of the next: from then on every realisasi, spending and village document of the year should be in, and the checks that wait for it give their verdict (their berlaku_mulai).';

CREATE VIEW @extschema@.periksa_tahun_laporan AS
SELECT y.instansi, y.tahun,
       @extschema@.periksa_tahun_berakhir(y.tahun) AS berakhir,
       bool_or(y.pk) AS ada_pk
  FROM (SELECT pk.instansi, pk.tahun, true AS pk
          FROM @extschema@.perjanjian_kinerja pk
        UNION ALL
        SELECT p.instansi, p.tahun, false
          FROM @extschema@.program p) y
 GROUP BY y.instansi, y.tahun;
COMMENT ON VIEW @extschema@.periksa_tahun_laporan IS 'The years an LKj is written for, for lkj.periksa(): every year a unit signed a Perjanjian Kinerja or has a budget (programs of that year, its DPA), the date from which it has ended (berakhir), after which every realisasi should be in, and whether a PK was signed (ada_pk).  A budget year without a PK is a report''s year too: the checks that read this view judge it as any other (tanpa_pk says the PK is missing).  Years with only Renstra targets or only realisasi are not.';

CREATE VIEW @extschema@.periksa_tahun_dokumen_desa AS
SELECT DISTINCT dd.instansi,
       date_part('year', @extschema@.batas_dokumen_desa(dd.jenis, dd.tahun_anggaran))::integer AS tahun
  FROM @extschema@.dokumen_desa dd;
COMMENT ON VIEW @extschema@.periksa_tahun_dokumen_desa IS 'The years of every kecamatan that lkj.realisasi_dokumen_desa derives quarters for, those of its village documents'' deadlines, read from lkj.dokumen_desa alone: for lkj.periksa(), the years a village-documents indicator has a realisasi in.';

-- An indicator as it is in one year (lkj.indikator_tahunan), for a check's
-- few candidates: a function of one row, inlined where a check reads it
-- laterally, so that the keys reach the tables as index conditions.  A year
-- the indicator does not exist in (data outside its Renstra's years, which
-- renstra_tahun reports) gives the identity as it is, its own years with
-- it.  The number of a program or kegiatan is read by a subquery, for the
-- indicators that have one only.
CREATE FUNCTION @extschema@.periksa_indikator_tahun(instansi text, indikator text, tahun integer)
    RETURNS TABLE (uraian text, satuan text, agregasi text, sumber text, iku boolean, sebutan text,
                   renstra_nama text, tahun_awal integer, tahun_akhir integer,
                   tabel_capaian text, tabel_target text)
    LANGUAGE sql STABLE PARALLEL SAFE ROWS 1
    BEGIN ATOMIC
        SELECT COALESCE(it.uraian, i.uraian), COALESCE(it.satuan, i.satuan), i.agregasi, i.sumber,
               COALESCE(it.iku, i.iku),
               format('"%s" (%s)', COALESCE(it.uraian, i.uraian),
                   CASE WHEN l.tujuan IS NOT NULL THEN 'Tujuan ' || l.tujuan
                        WHEN l.sasaran IS NOT NULL THEN 'Sasaran ' || l.sasaran
                        WHEN l.program IS NOT NULL THEN
                          'Program ' || (SELECT p.no FROM @extschema@.program p
                                          WHERE p.instansi = i.instansi AND p.tahun = l.tahun AND p.kode = l.program)
                        ELSE
                          'Kegiatan ' || (SELECT kp.no || '.' || k.no
                                            FROM @extschema@.kegiatan k
                                            JOIN @extschema@.program kp
                                              ON kp.instansi = k.instansi AND kp.tahun = k.tahun AND kp.kode = k.program
                                           WHERE k.instansi = i.instansi AND k.tahun = l.tahun AND k.kode = l.kegiatan)
                   END),
               r.nama,
               COALESCE(r.tahun_awal, l.tahun),
               COALESCE(r.tahun_akhir, l.tahun),
               CASE WHEN l.renstra IS NOT NULL THEN 'Tabel 8' ELSE '3.1.2.7' END,
               CASE WHEN l.sasaran IS NOT NULL THEN 'Tabel 5' ELSE 'Tabel 6' END
          FROM @extschema@.indikator i
          LEFT JOIN @extschema@.indikator_tahunan it
                 ON it.instansi = i.instansi AND it.indikator = i.kode AND it.tahun = $3
         CROSS JOIN LATERAL (SELECT it.renstra, it.tujuan, it.sasaran, it.program, it.kegiatan, it.tahun
                              WHERE it.indikator IS NOT NULL
                             UNION ALL
                             SELECT i.renstra, i.tujuan, i.sasaran, i.program, i.kegiatan, i.tahun
                              WHERE it.indikator IS NULL) l
          LEFT JOIN @extschema@.renstra r ON r.instansi = i.instansi AND r.kode = l.renstra
         WHERE i.instansi = $1 AND i.kode = $2;
    END;
COMMENT ON FUNCTION @extschema@.periksa_indikator_tahun(text, text, integer) IS 'One indicator (instansi, indikator: the identity) in one year as lkj.periksa() names it in a message ("uraian" (Sasaran 2), the year''s wording and level, lkj.indikator_tahunan), with the years its level of that year belongs to (its Renstra''s name and period, or the year of its program or kegiatan) and the tables that print its capaian (Tabel 8 for a tujuan or sasaran, section 3.1.2.7 for a program or kegiatan) and its targets (Tabel 5 for a sasaran, else Tabel 6).  A year it does not exist in gives the identity''s own level and years.  One row; none for an unknown indicator.';

-- The quarters stored for an indicator-year, summed up once for the checks
-- of Tabel 8 (realisasi_tahunan, realisasi_bentuk, triwulan_penyebut,
-- triwulan_pembulatan, triwulan_kurang): each picks its candidates from
-- these counts.  Grouped by instansi, so that a unit's filter reaches the
-- table's key.
CREATE VIEW @extschema@.periksa_isian_realisasi AS
SELECT r.instansi, r.indikator, r.tahun,
       count(*) FILTER (WHERE r.triwulan IS NULL) AS tahunan,
       count(r.triwulan) AS triwulan,
       bool_or(r.triwulan = 4) AS ada_iv,
       count(r.triwulan) FILTER (WHERE r.pembilang IS NULL) AS triwulan_nilai,
       count(r.triwulan) FILTER (WHERE r.pembilang IS NOT NULL) AS triwulan_pasangan,
       min(r.penyebut) FILTER (WHERE r.triwulan IS NOT NULL)
         <> max(r.penyebut) FILTER (WHERE r.triwulan IS NOT NULL) AS penyebut_berbeda,
       bool_or(scale(r.nilai) > 2 OR r.pembilang IS NOT NULL) AS lebih_dua_desimal
  FROM @extschema@.realisasi r
 GROUP BY r.instansi, r.indikator, r.tahun;
COMMENT ON VIEW @extschema@.periksa_isian_realisasi IS 'What is stored of an indicator''s realisasi in a year, counted once for the checks of Tabel 8: whole-year rows (tahunan), quarters (triwulan), whether the fourth is there (ada_iv), quarters stored as a value or as a count pair, whether the quarters'' denominators differ, and whether a figure has more than two decimals or is a count pair (then its printed, rounded form can differ from it).';

CREATE VIEW @extschema@.periksa_anggaran AS
SELECT ap.instansi, ap.tahun, ap.program, ap.no, ap.nama, ap.renstra, ap.sasaran,
       ap.program_awal AS anggaran_awal, ap.program_perubahan AS anggaran_perubahan,
       ap.program_realisasi AS realisasi,
       ap.jumlah_kegiatan, ap.kegiatan_awal, ap.kegiatan_perubahan, ap.kegiatan_realisasi,
       ap.anggaran_awal AS awal, ap.anggaran_perubahan AS perubahan, ap.anggaran AS pagu,
       ap.realisasi AS realisasi_anggaran
  FROM @extschema@.anggaran_program ap;
COMMENT ON VIEW @extschema@.periksa_anggaran IS 'Every program''s budget as lkj.periksa() reads it, under lkj.anggaran_program''s rule and names: its own figures (anggaran_awal, anggaran_perubahan, realisasi), the sums of its kegiatan (NULL unless every kegiatan has the figure), and the figures in force: awal and perubahan (its own, else its kegiatan''s), pagu (the revised budget, else the original) and realisasi_anggaran.';

CREATE VIEW @extschema@.periksa_anggaran_kegiatan AS
SELECT ak.instansi, ak.tahun, ak.program, p.no AS program_no, ak.kegiatan, ak.no, ak.nama,
       ak.kegiatan_awal AS anggaran_awal, ak.kegiatan_perubahan AS anggaran_perubahan,
       ak.kegiatan_realisasi AS realisasi,
       ak.jumlah_sub_kegiatan, ak.sub_kegiatan_awal, ak.sub_kegiatan_perubahan, ak.sub_kegiatan_realisasi,
       ak.anggaran_awal AS awal, ak.anggaran_perubahan AS perubahan, ak.anggaran AS pagu,
       ak.realisasi AS realisasi_anggaran
  FROM @extschema@.anggaran_kegiatan ak
  JOIN @extschema@.program p ON p.instansi = ak.instansi AND p.tahun = ak.tahun AND p.kode = ak.program;
COMMENT ON VIEW @extschema@.periksa_anggaran_kegiatan IS 'Every kegiatan''s budget as lkj.periksa() reads it, under lkj.anggaran_kegiatan''s rule and in lkj.periksa_anggaran''s names: its program and the program''s number, its own figures (anggaran_awal, anggaran_perubahan, realisasi), the sums of its sub-kegiatan (NULL unless every sub-kegiatan has the figure), and the figures in force: awal and perubahan (its own, else its sub-kegiatan''s), pagu (the revised budget, else the original) and realisasi_anggaran.';

/*
 * The figures of one indicator in one year, for a check's few candidates:
 * the target in force (lkj.target_berlaku) and the year's realisasi and its
 * quarters (lkj.realisasi_tahun: the quarter-to-year rule, exact and as
 * printed), with what the checks list of the quarters.  A quarter is a
 * value or a count pair, never both (lkj.realisasi's CHECK; a
 * village-documents quarter is a pair): one without pembilang is a value.
 *
 * The target and the realisasi are each a scalar subquery of one row, in a
 * subquery that OFFSET 0 keeps apart once the function is inlined: the
 * planner drops the columns a check does not read, and with them their
 * lookup, so that a check of targets never computes a year's realisasi.
 * The keys, the arguments, reach the views' tables as index conditions: a
 * call per candidate costs far less than the views over a whole regency.
 */
CREATE FUNCTION @extschema@.periksa_target_realisasi(instansi text, indikator text, tahun integer)
    RETURNS TABLE (dokumen_target text, target numeric, batas_bawah numeric, batas_atas numeric,
                   realisasi numeric, jumlah_triwulan integer, triwulan integer[],
                   triwulan_cetak numeric[], triwulan_pembilang numeric[], triwulan_penyebut numeric[],
                   triwulan_nilai integer[], triwulan_rasio integer[], jumlah_penyebut integer,
                   penyebut numeric, nilai_triwulan numeric, nilai_triwulan_cetak numeric)
    LANGUAGE sql STABLE PARALLEL SAFE
    BEGIN ATOMIC
        SELECT (x.tb).dokumen, (x.tb).nilai, (x.tb).batas_bawah, (x.tb).batas_atas,
               (x.rt).nilai, (x.rt).jumlah_triwulan, (x.rt).triwulan,
               (x.rt).triwulan_cetak, (x.rt).triwulan_pembilang, (x.rt).triwulan_penyebut,
               (SELECT array_agg(t.tw ORDER BY t.ke) FILTER (WHERE t.pembilang IS NULL)
                  FROM ROWS FROM (unnest((x.rt).triwulan), unnest((x.rt).triwulan_pembilang))
                       WITH ORDINALITY AS t (tw, pembilang, ke)),
               (SELECT array_agg(t.tw ORDER BY t.ke) FILTER (WHERE t.pembilang IS NOT NULL)
                  FROM ROWS FROM (unnest((x.rt).triwulan), unnest((x.rt).triwulan_pembilang))
                       WITH ORDINALITY AS t (tw, pembilang, ke)),
               (SELECT count(DISTINCT p.penyebut)::integer FROM unnest((x.rt).triwulan_penyebut) AS p (penyebut)),
               (SELECT max(p.penyebut) FROM unnest((x.rt).triwulan_penyebut) AS p (penyebut)),
               (x.rt).nilai_triwulan, (x.rt).nilai_triwulan_cetak
          FROM (SELECT (SELECT tb FROM @extschema@.target_berlaku tb
                         WHERE tb.instansi = $1 AND tb.indikator = $2 AND tb.tahun = $3) AS tb,
                       (SELECT rt FROM @extschema@.realisasi_tahun rt
                         WHERE rt.instansi = $1 AND rt.indikator = $2 AND rt.tahun = $3) AS rt
                OFFSET 0) x;
    END;
COMMENT ON FUNCTION @extschema@.periksa_target_realisasi(text, text, integer) IS 'The figures of one indicator (instansi, indikator) in one year that the checks of lkj.periksa() read, through the index keys: the target in force (dokumen_target, target, batas_bawah, batas_atas: lkj.target_berlaku) and the year''s realisasi and its quarters (lkj.realisasi_tahun): which quarters there are (in order), their figures as printed, their numerators and denominators, which are values (triwulan_nilai) and which count pairs (triwulan_rasio), how many denominators they have and the largest, the year they give under the indicator''s rule (nilai_triwulan) and the year the printed quarters give (nilai_triwulan_cetak).  One row, NULL where the year has no target or no realisasi.';
