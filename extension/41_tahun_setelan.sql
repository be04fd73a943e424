-- ======================================================================
-- derived facts: the years a unit reports on, and the settings in force in each
-- ======================================================================

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
       COALESCE(s.label_pppk, u.label_pppk) AS label_pppk,
       COALESCE(s.metode_efisiensi, 'selisih') AS metode_efisiensi,
       -- as text, a standard type every client maps; lkj.skala reads it back
       COALESCE(s.putusan_efisiensi, 'Efisien >= 1; Tidak Efisien'::@extschema@.skala)::text AS putusan_efisiensi,
       NULLIF(s.batas_capaian, 0) AS batas_capaian,
       COALESCE(s.cetak_batas_capaian, 'mentah') AS cetak_batas_capaian,
       COALESCE(s.metode_capaian_sasaran, 'rata-rata') AS metode_capaian_sasaran,
       COALESCE(s.satuan_cetak, 'setelah_angka') AS satuan_cetak,
       -- 1.1, issue 14, appended: the PK's deadline (39_ringkasan--1.1.sql)
       COALESCE(s.tenggat_pk, 31) AS tenggat_pk
  FROM @extschema@.tahun_laporan tl
  JOIN @extschema@.instansi u ON u.kode = tl.instansi
  LEFT JOIN @extschema@.pemda p ON p.kode = u.pemda
  LEFT JOIN @extschema@.kementerian k ON k.kode = u.kementerian
 CROSS JOIN LATERAL (
        SELECT (array_agg(x.skala_kriteria ORDER BY x.instansi IS NULL, x.berlaku_mulai_tahun DESC)
                  FILTER (WHERE x.skala_kriteria IS NOT NULL))[1] AS skala_kriteria,
               (array_agg(x.label_pppk ORDER BY x.instansi IS NULL, x.berlaku_mulai_tahun DESC)
                  FILTER (WHERE x.label_pppk IS NOT NULL))[1] AS label_pppk,
               (array_agg(x.metode_efisiensi ORDER BY x.instansi IS NULL, x.berlaku_mulai_tahun DESC)
                  FILTER (WHERE x.metode_efisiensi IS NOT NULL))[1] AS metode_efisiensi,
               (array_agg(x.putusan_efisiensi ORDER BY x.instansi IS NULL, x.berlaku_mulai_tahun DESC)
                  FILTER (WHERE x.putusan_efisiensi IS NOT NULL))[1] AS putusan_efisiensi,
               (array_agg(x.batas_capaian ORDER BY x.instansi IS NULL, x.berlaku_mulai_tahun DESC)
                  FILTER (WHERE x.batas_capaian IS NOT NULL))[1] AS batas_capaian,
               (array_agg(x.cetak_batas_capaian ORDER BY x.instansi IS NULL, x.berlaku_mulai_tahun DESC)
                  FILTER (WHERE x.cetak_batas_capaian IS NOT NULL))[1] AS cetak_batas_capaian,
               (array_agg(x.metode_capaian_sasaran ORDER BY x.instansi IS NULL, x.berlaku_mulai_tahun DESC)
                  FILTER (WHERE x.metode_capaian_sasaran IS NOT NULL))[1] AS metode_capaian_sasaran,
               (array_agg(x.satuan_cetak ORDER BY x.instansi IS NULL, x.berlaku_mulai_tahun DESC)
                  FILTER (WHERE x.satuan_cetak IS NOT NULL))[1] AS satuan_cetak,
               (array_agg(x.tenggat_pk ORDER BY x.instansi IS NULL, x.berlaku_mulai_tahun DESC)
                  FILTER (WHERE x.tenggat_pk IS NOT NULL))[1] AS tenggat_pk
          FROM @extschema@.setelan x
         WHERE (x.instansi = u.kode OR x.pemda = u.pemda OR x.kementerian = u.kementerian)
           AND x.berlaku_mulai_tahun <= tl.tahun) s;
COMMENT ON VIEW @extschema@.setelan_berlaku IS 'The settings in force for a unit in every year it reports on (lkj.tahun_laporan): each the unit''s own latest setting (lkj.setelan) from that year or earlier, else its parent''s (its pemda''s, or its kementerian''s for a central unit), else 1.0''s column (pemda or kementerian skala_kriteria, instansi label_pppk) or, for a setting 1.0 did not have, 1.0''s behaviour or its default (metode_efisiensi selisih, putusan_efisiensi Efisien >= 1; Tidak Efisien, batas_capaian NULL: no cap, cetak_batas_capaian mentah, metode_capaian_sasaran rata-rata, satuan_cetak setelah_angka, tenggat_pk 31: the original PK due by 31 January).  Every figure and word a setting changes is read here for the report''s year.';
