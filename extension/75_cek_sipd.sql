-- The reconciliation of SIPD-RI's figures with the plan (issue 12 item 5):
-- spending over pagu, codes on one side only, quarters, the cash plan.

/*
 * Each check reads the unit's SIPD record (lkj.sipd_sub_kegiatan,
 * lkj.sipd_realisasi, loaded by lkj.muat_sipd) against the plan
 * (lkj.sub_kegiatan).  A unit-year without SIPD rows is not judged: a unit
 * that does not load SIPD is told nothing.  A sub-kegiatan's figures are
 * added up over SIPD's sub-units (kode_sub_skpd), as lkj.muat_sipd writes
 * them into the plan.
 */
CREATE VIEW @extschema@.cek_sipd_melebihi_pagu AS
SELECT s.instansi, s.tahun, 'Tabel 15'::text AS tabel, 'sipd_melebihi_pagu'::text AS kode, 'galat'::text AS tingkat,
       'sipd_sub_kegiatan ' || s.kode_sub_skpd || ' ' || s.kode AS objek,
       format('Realisasi SIPD sub-kegiatan %s "%s" (sub unit %s) sampai %s %s melebihi pagunya %s (penyerapan %s): belanja tidak boleh melampaui pagu.',
              s.kode_sipd, COALESCE(s.nama, s.kode), s.kode_sub_skpd, @extschema@.format_tanggal(r.tanggal),
              @extschema@.format_rupiah(r.realisasi), @extschema@.format_rupiah(s.pagu),
              COALESCE(@extschema@.format_persen(@extschema@.penyerapan(s.pagu, r.realisasi)), 'tidak dapat dihitung')) AS pesan,
       NULL::date AS berlaku_mulai
  FROM @extschema@.sipd_sub_kegiatan s
  JOIN LATERAL (SELECT r.tanggal, r.realisasi FROM @extschema@.sipd_realisasi r
                 WHERE r.instansi = s.instansi AND r.tahun = s.tahun AND r.kode_sub_skpd = s.kode_sub_skpd AND r.kode = s.kode
                 ORDER BY r.tanggal DESC LIMIT 1) r ON true
 WHERE r.realisasi > s.pagu;
COMMENT ON VIEW @extschema@.cek_sipd_melebihi_pagu IS 'galat: a sub-kegiatan whose spending in SIPD-RI, at the latest cut-off loaded, is above its pagu in SIPD (per sub-unit).  Spending above the pagu is not allowed in an APBD: SIPD''s export or the budget loaded is wrong, and Tabel 15 would print an absorption above 100%.';

CREATE VIEW @extschema@.cek_sipd_tanpa_rencana AS
SELECT s.instansi, s.tahun, 'Tabel 15'::text AS tabel, 'sipd_tanpa_rencana'::text AS kode, 'galat'::text AS tingkat,
       'sipd_sub_kegiatan ' || s.kode AS objek,
       format('Sub-kegiatan %s "%s" ada di SIPD tahun %s (pagu %s), tetapi tidak ada di rencana unit: %s.  Tabel 6 dan 15 tidak memuat anggaran dan belanjanya.',
              min(s.kode_sipd), COALESCE(min(s.nama), s.kode), s.tahun, @extschema@.format_rupiah(sum(s.pagu)),
              CASE WHEN EXISTS (SELECT FROM @extschema@.kegiatan g
                                 WHERE g.instansi = s.instansi AND g.tahun = s.tahun
                                   AND g.kode_nasional = substring(s.kode FROM '^(.*)\.[0-9]{4}$'))
                   THEN 'jalankan lkj.muat_sipd() lagi untuk menambahkannya di bawah kegiatannya'
                   ELSE format('rencana tahun itu tidak mempunyai kegiatan %s', substring(s.kode FROM '^(.*)\.[0-9]{4}$')) END) AS pesan,
       NULL::date AS berlaku_mulai
  FROM @extschema@.sipd_sub_kegiatan s
 WHERE NOT EXISTS (SELECT FROM @extschema@.sub_kegiatan k
                    WHERE k.instansi = s.instansi AND k.tahun = s.tahun AND k.kode = s.kode)
 GROUP BY s.instansi, s.tahun, s.kode;
COMMENT ON VIEW @extschema@.cek_sipd_tanpa_rencana IS 'galat: a sub-kegiatan SIPD-RI holds for a unit-year (its DPA) that the plan (lkj.sub_kegiatan) lacks, most often because the plan has no kegiatan of that code.  The DPA is the unit''s budget: Tabel 6 and 15 would leave out money the unit was given and spent, and every total above it would be short.';

CREATE VIEW @extschema@.cek_rencana_tanpa_sipd AS
SELECT k.instansi, k.tahun, 'Tabel 15'::text AS tabel, 'rencana_tanpa_sipd'::text AS kode, 'peringatan'::text AS tingkat,
       'sub_kegiatan ' || k.kode AS objek,
       format('Sub-kegiatan %s "%s" ada di rencana tahun %s (anggaran %s), tetapi tidak ada di data SIPD yang dimuat: anggaran dan realisasinya tidak berdasar pada DPA.',
              COALESCE(k.kode_cetak, k.kode), k.nama, k.tahun,
              COALESCE(@extschema@.format_rupiah(COALESCE(k.anggaran_perubahan, k.anggaran_awal)), '-')) AS pesan,
       NULL::date AS berlaku_mulai
  FROM @extschema@.sub_kegiatan k
 WHERE EXISTS (SELECT FROM @extschema@.sipd_sub_kegiatan s WHERE s.instansi = k.instansi AND s.tahun = k.tahun)
   AND NOT EXISTS (SELECT FROM @extschema@.sipd_sub_kegiatan s
                    WHERE s.instansi = k.instansi AND s.tahun = k.tahun AND s.kode = k.kode);
COMMENT ON VIEW @extschema@.cek_rencana_tanpa_sipd IS 'peringatan: a sub-kegiatan of the plan (lkj.sub_kegiatan) that the SIPD list loaded for the unit-year does not hold (only for a unit-year with SIPD rows).  Its budget and spending were entered by hand, not taken from the DPA: a sub-kegiatan dropped in the APBD perubahan, a code typed wrong, or a SIPD export of another sub-unit.';

CREATE VIEW @extschema@.cek_sipd_triwulan AS
WITH q AS (
    SELECT t.instansi, t.tahun, t.kode, t.triwulan, sum(t.kumulatif) AS kumulatif, sum(t.realisasi) AS realisasi,
           count(*) FILTER (WHERE t.realisasi IS NULL) AS kurang
      FROM @extschema@.sipd_triwulan t
     GROUP BY t.instansi, t.tahun, t.kode, t.triwulan
)
SELECT q.instansi, q.tahun, 'Tabel 15'::text AS tabel, 'sipd_triwulan'::text AS kode, 'galat'::text AS tingkat,
       'sipd_sub_kegiatan ' || q.kode AS objek,
       format('Realisasi SIPD sub-kegiatan %s triwulan %s negatif (%s): belanja kumulatif sampai akhir triwulan %s lebih kecil daripada sampai akhir triwulan %s; salah satu data potong tanggal keliru.',
              q.kode, q.triwulan, @extschema@.format_rupiah(q.realisasi), q.triwulan, q.triwulan - 1) AS pesan,
       NULL::date AS berlaku_mulai
  FROM q
 WHERE q.kurang = 0 AND q.realisasi < 0
UNION ALL
SELECT q.instansi, q.tahun, 'Tabel 15', 'sipd_triwulan', 'galat', 'sub_kegiatan ' || q.kode,
       format('Realisasi SIPD sub-kegiatan %s per triwulan (%s) berjumlah %s, tetapi realisasi tahun %s di rencana %s: Tabel 15 tidak sama dengan SIPD.',
              COALESCE(k.kode_cetak, k.kode),
              string_agg(format('TW %s %s', q.triwulan, @extschema@.format_rupiah(q.realisasi)), '; ' ORDER BY q.triwulan),
              @extschema@.format_rupiah(sum(q.realisasi)), q.tahun,
              COALESCE(@extschema@.format_rupiah(k.realisasi), 'kosong')),
       NULL
  FROM q
  JOIN @extschema@.sub_kegiatan k ON k.instansi = q.instansi AND k.tahun = q.tahun AND k.kode = q.kode
 GROUP BY q.instansi, q.tahun, q.kode, k.kode, k.kode_cetak, k.realisasi
HAVING sum(q.kurang) = 0 AND sum(q.realisasi) IS DISTINCT FROM k.realisasi;
COMMENT ON VIEW @extschema@.cek_sipd_triwulan IS 'galat: a sub-kegiatan''s quarters from SIPD-RI''s cumulative spending (lkj.sipd_triwulan: each quarter the cut-off at its end minus the one before) that cannot be right: a quarter below zero (a later cut-off with less spending than an earlier one), or, with all four quarters loaded, quarters that do not add up to the year''s spending of the plan (lkj.sub_kegiatan realisasi, Tabel 15).  The report''s year and SIPD''s quarters would tell two different spendings.';

CREATE VIEW @extschema@.cek_sipd_rak AS
SELECT s.instansi, s.tahun, 'Tabel 15'::text AS tabel, 'sipd_rak'::text AS kode, 'peringatan'::text AS tingkat,
       'sipd_sub_kegiatan ' || s.kode_sub_skpd || ' ' || s.kode AS objek,
       format('Rencana anggaran kas (RAK) SIPD sub-kegiatan %s (sub unit %s) berjumlah %s, tidak sama dengan pagunya %s: penyerapan per triwulan terhadap RAK tidak dapat dibandingkan.',
              s.kode_sipd, s.kode_sub_skpd, @extschema@.format_rupiah(s.rak_tw1 + s.rak_tw2 + s.rak_tw3 + s.rak_tw4),
              @extschema@.format_rupiah(s.pagu)) AS pesan,
       NULL::date AS berlaku_mulai
  FROM @extschema@.sipd_sub_kegiatan s
 WHERE s.rak_tw1 + s.rak_tw2 + s.rak_tw3 + s.rak_tw4 <> s.pagu;
COMMENT ON VIEW @extschema@.cek_sipd_rak IS 'peringatan: a sub-kegiatan whose cash plan in SIPD-RI (RAK, anggaran kas: twelve months over every account) does not add up to its pagu.  The RAK is what spending is measured against per quarter (wp-sipd''s serapan: realisasi TW 1..n over RAK TW 1..n); a RAK not redone after the APBD perubahan makes that measure wrong.';
