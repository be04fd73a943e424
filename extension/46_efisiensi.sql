-- ======================================================================
-- derived facts: the efficiency of every tujuan and sasaran indicator, by every method (1.1)
-- ======================================================================

/*
 * Issue 9, item 2.  Reports judge a goal's capaian against the absorption
 * of its programs' budget by one of three methods; the unit's method in
 * force in the year (lkj.setelan_berlaku.metode_efisiensi) is the one
 * Tabel 14 prints, and this view carries all three, so that a unit that
 * changes its method can compare.  Every method reads the capaian the
 * unit grades with (capaian_dinilai: capped where the unit caps), as the
 * cap says that a capaian above it earns nothing more.  This is the LKj's
 * efisiensi kinerja; the budget cut that SIPD has called "efisiensi
 * belanja" since 2025 is another thing and has no column here.
 */
CREATE VIEW @extschema@.efisiensi_kinerja AS
SELECT k.instansi, k.tahun, k.urutan, k.jenis_baris, k.renstra, k.tujuan, k.sasaran, k.uraian,
       k.indikator_kode, k.indikator,
       k.capaian, k.capaian_dinilai, k.capaian_cetak,
       a.anggaran, a.realisasi AS realisasi_anggaran, a.penyerapan,
       COALESCE(sb.metode_efisiensi, 'selisih') AS metode,
       -- selisih: points, 2 decimals (1.0's Tabel 14)
       @extschema@.efisiensi(k.capaian_dinilai, a.penyerapan, 'selisih') AS selisih,
       -- rasio: IE to 3 decimals, TE from that IE, the verdict on that IE
       @extschema@.efisiensi(k.capaian_dinilai, a.penyerapan, 'rasio') AS indeks_efisiensi,
       @extschema@.efisiensi(k.capaian_dinilai, a.penyerapan, 'tingkat') AS tingkat_efisiensi,
       @extschema@.label_kriteria(@extschema@.efisiensi(k.capaian_dinilai, a.penyerapan, 'rasio'),
                                  sb.putusan_efisiensi::@extschema@.skala) AS putusan_rasio,
       -- penghematan: rupiah left unspent, exact; its share to 2 decimals
       a.anggaran - a.realisasi AS penghematan,
       @extschema@.persentase(a.anggaran - a.realisasi, a.anggaran) AS persen_penghematan,
       CASE WHEN k.capaian_dinilai IS NULL OR a.anggaran IS NULL OR a.realisasi IS NULL THEN NULL
            WHEN a.realisasi <= a.anggaran AND k.capaian_dinilai >= 100 THEN 'Efisien'
            ELSE 'Tidak Efisien' END AS putusan_penghematan
  FROM @extschema@.capaian_kinerja k
  -- every such year is one the unit reports on; LEFT so that no row is lost
  LEFT JOIN @extschema@.setelan_berlaku sb ON sb.instansi = k.instansi AND sb.tahun = k.tahun
  LEFT JOIN @extschema@.anggaran_tujuan_sasaran a
         ON a.instansi = k.instansi AND a.tahun = k.tahun AND a.renstra = k.renstra AND a.jenis = k.jenis_baris
        AND a.no = CASE k.jenis_baris WHEN 'tujuan' THEN k.tujuan ELSE k.sasaran END;
COMMENT ON VIEW @extschema@.efisiensi_kinerja IS 'The efficiency of every tujuan and sasaran indicator of a year (lkj.capaian_kinerja), by every method, with the method the unit prints in Tabel 14 that year (metode, lkj.setelan_berlaku): the capaian (raw), the capaian graded with (capaian_dinilai, capped where the unit caps) and as printed (capaian_cetak); the budget in force and spending of its programs (a tujuan: all programs of its sasaran; lkj.anggaran_tujuan_sasaran) and their absorption; selisih = capaian_dinilai - penyerapan (2 decimals); indeks_efisiensi IE = capaian_dinilai / penyerapan (3 decimals, half away from zero), tingkat_efisiensi TE = (IE - 1) x 100 from that IE, putusan_rasio the verdict of the unit''s scale over IE (putusan_efisiensi; Efisien >= 1; Tidak Efisien by default); penghematan = anggaran - realisasi in rupiah, persen_penghematan its share of the anggaran (2 decimals), putusan_penghematan Efisien where realisasi <= anggaran and capaian_dinilai >= 100, else Tidak Efisien.  NULL where a figure is missing (IE and TE also where penyerapan is 0).';
