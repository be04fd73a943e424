-- ======================================================================
-- derived facts: the efficiency of every tujuan and sasaran indicator, by every method (1.1)
-- ======================================================================

/*
 * Issue 9, item 2.  Reports judge a goal's capaian against the absorption
 * of its programs' budget by one of four methods; the unit's method in
 * force in the year (lkj.setelan_berlaku.metode_efisiensi) is the one
 * Tabel 14 prints, and this view carries all four, so that a unit that
 * changes its method can compare.  Every method reads the capaian the
 * unit grades with (capaian_dinilai: capped where the unit caps), as the
 * cap says that a capaian above it earns nothing more.  This is the LKj's
 * efisiensi kinerja; the budget cut that SIPD has called "efisiensi
 * belanja" since 2025 is another thing and has no column here.
 */
/*
 * SMART DJA's efficiency (Kemenkeu's Sistem Monitoring dan Evaluasi
 * Kinerja Terpadu; PMK 22/PMK.02/2021, which follows PMK 214/PMK.02/2017):
 * what the output should have cost, the budget times the share achieved,
 * against what was spent, E = (pagu x capaian - realisasi) / (pagu x
 * capaian), then a value on 0 to 100 where an E of 0 scores 50 and an E of
 * 20% scores 100: nilai efisiensi = 50 + E / 20 x 50.  SMART sums pagu x
 * capaian and realisasi over a unit's outputs (rincian output); here one
 * row is one indicator with its programs' budget, so the sums have one
 * term.  Held to 0 - 100 as issue 9 describes SMART's value: the texts
 * found (the regulation's summary at jdih.kemenkeu.go.id, Itjen's LAKIP
 * 2019) give E and the 50 + E / 20 x 50 transformation, but Itjen, under
 * PMK 214/2017, printed an unheld 235% (E 74,03); the hold is not verified
 * in the regulation's own text (README, Efficiency by method).
 */
CREATE FUNCTION @extschema@.efisiensi_smart(anggaran numeric, realisasi numeric, capaian numeric)
    RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    BEGIN ATOMIC
        -- (a x c/100 - r) / (a x c/100) x 100, with one division
        RETURN round((@extschema@.terhingga(anggaran, 'anggaran') * @extschema@.terhingga(capaian, 'capaian')
                      - 100 * @extschema@.terhingga(realisasi, 'realisasi')) * 100
                     / NULLIF(anggaran * capaian, 0), 2);
    END;
COMMENT ON FUNCTION @extschema@.efisiensi_smart(numeric, numeric, numeric) IS 'SMART DJA''s efficiency E (PMK 22/PMK.02/2021) of a budget (anggaran, the pagu), its spending (realisasi) and the capaian of what it bought: (anggaran x capaian / 100 - realisasi) / (anggaran x capaian / 100) x 100, a percentage rounded half away from zero to 2 decimals; NULL where anggaran x capaian is 0 or a figure is NULL; NaN or an infinity is 22023.  efisiensi_smart(1000, 900, 100) = 10.00.';

CREATE FUNCTION @extschema@.nilai_efisiensi_smart(efisiensi numeric)
    RETURNS numeric
    -- STRICT: GREATEST and LEAST skip a NULL, and would score no E as 0
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    BEGIN ATOMIC
        -- 50 + E / 20 x 50 = 50 + 2.5 E, exact
        RETURN round(LEAST(100, GREATEST(0, 50 + 2.5 * @extschema@.terhingga(efisiensi, 'efisiensi'))), 2);
    END;
COMMENT ON FUNCTION @extschema@.nilai_efisiensi_smart(numeric) IS 'SMART DJA''s nilai efisiensi of an efficiency E in percent (lkj.efisiensi_smart): 50 + E / 20 x 50, held to 0 - 100 (E 0 scores 50, E 20 or more 100, E -20 or less 0), 2 decimals; NULL for NULL; NaN or an infinity is 22023.  nilai_efisiensi_smart(10) = 75.00.';

CREATE VIEW @extschema@.efisiensi_kinerja AS
SELECT k.instansi, k.tahun, k.urutan, k.jenis_baris, k.renstra, k.tujuan, k.sasaran, k.uraian,
       k.indikator_kode, k.indikator,
       k.capaian, k.capaian_dinilai, k.capaian_cetak,
       a.anggaran, a.realisasi AS realisasi_anggaran, a.penyerapan,
       COALESCE(k.metode_efisiensi, 'selisih') AS metode,
       -- selisih: points, 2 decimals (1.0's Tabel 14)
       @extschema@.efisiensi(k.capaian_dinilai, a.penyerapan, 'selisih') AS selisih,
       -- rasio: IE to 3 decimals, TE from that IE, the verdict on that IE
       @extschema@.efisiensi(k.capaian_dinilai, a.penyerapan, 'rasio') AS indeks_efisiensi,
       @extschema@.efisiensi(k.capaian_dinilai, a.penyerapan, 'tingkat') AS tingkat_efisiensi,
       @extschema@.label_kriteria(@extschema@.efisiensi(k.capaian_dinilai, a.penyerapan, 'rasio'),
                                  k.putusan_efisiensi::@extschema@.skala) AS putusan_rasio,
       -- penghematan: rupiah left unspent, exact; its share to 2 decimals
       a.anggaran - a.realisasi AS penghematan,
       @extschema@.persentase(a.anggaran - a.realisasi, a.anggaran) AS persen_penghematan,
       CASE WHEN k.capaian_dinilai IS NULL OR a.anggaran IS NULL OR a.realisasi IS NULL THEN NULL
            WHEN a.realisasi <= a.anggaran AND k.capaian_dinilai >= 100 THEN 'Efisien'
            ELSE 'Tidak Efisien' END AS putusan_penghematan,
       -- 1.1, appended: smart (SMART DJA): E to 2 decimals, its value from that E
       @extschema@.efisiensi_smart(a.anggaran, a.realisasi, k.capaian_dinilai) AS efisiensi_smart,
       @extschema@.nilai_efisiensi_smart(@extschema@.efisiensi_smart(a.anggaran, a.realisasi, k.capaian_dinilai))
           AS nilai_efisiensi_smart
  FROM @extschema@.capaian_kinerja k
  -- the year's settings come with k (lkj.setelan_berlaku, joined there)
  LEFT JOIN @extschema@.anggaran_tujuan_sasaran a
         ON a.instansi = k.instansi AND a.tahun = k.tahun AND a.renstra = k.renstra AND a.jenis = k.jenis_baris
        AND a.no = CASE k.jenis_baris WHEN 'tujuan' THEN k.tujuan ELSE k.sasaran END;
COMMENT ON VIEW @extschema@.efisiensi_kinerja IS 'The efficiency of every tujuan and sasaran indicator of a year (lkj.capaian_kinerja), by every method, with the method the unit prints in Tabel 14 that year (metode, lkj.setelan_berlaku): the capaian (raw), the capaian graded with (capaian_dinilai, capped where the unit caps) and as printed (capaian_cetak); the budget in force and spending of its programs (a tujuan: all programs of its sasaran; lkj.anggaran_tujuan_sasaran) and their absorption; selisih = capaian_dinilai - penyerapan (2 decimals); indeks_efisiensi IE = capaian_dinilai / penyerapan (3 decimals, half away from zero), tingkat_efisiensi TE = (IE - 1) x 100 from that IE, putusan_rasio the verdict of the unit''s scale over IE (putusan_efisiensi; Efisien >= 1; Tidak Efisien by default); penghematan = anggaran - realisasi in rupiah, persen_penghematan its share of the anggaran (2 decimals), putusan_penghematan Efisien where realisasi <= anggaran and capaian_dinilai >= 100, else Tidak Efisien.  efisiensi_smart, SMART DJA''s E = (anggaran x capaian_dinilai / 100 - realisasi) / (anggaran x capaian_dinilai / 100) x 100 (2 decimals, lkj.efisiensi_smart), nilai_efisiensi_smart = 50 + E / 20 x 50 held to 0 - 100 (lkj.nilai_efisiensi_smart).  NULL where a figure is missing (IE and TE also where penyerapan is 0, E where anggaran or capaian is 0).';
COMMENT ON COLUMN @extschema@.efisiensi_kinerja.capaian_dinilai IS 'the capaian the unit grades with: the cap in force in the year where the capaian is above it (setting batas_capaian, lkj.capaian_dinilai), else the capaian';
COMMENT ON COLUMN @extschema@.efisiensi_kinerja.capaian_cetak IS 'the capaian as lkj.laporan prints it (setting cetak_batas_capaian, lkj.capaian_cetak): 104,26%, or 100,00% (>100%) above a cap printed batas';
COMMENT ON COLUMN @extschema@.efisiensi_kinerja.efisiensi_smart IS 'SMART DJA''s efficiency E in percent (PMK 22/PMK.02/2021): (anggaran x capaian_dinilai / 100 - realisasi_anggaran) / (anggaran x capaian_dinilai / 100) x 100, 2 decimals (lkj.efisiensi_smart)';
COMMENT ON COLUMN @extschema@.efisiensi_kinerja.nilai_efisiensi_smart IS 'SMART DJA''s nilai efisiensi: 50 + efisiensi_smart / 20 x 50, held to 0 - 100, 2 decimals (lkj.nilai_efisiensi_smart)';
