-- The checks of signing and revisions (1.1, issue 11): a signed report
-- whose data moved, a revision without a reason, data entered after the
-- report was due.  The tables are in 39_tanda--1.1.sql; README, Signing
-- and revisions.

CREATE FUNCTION @extschema@.batas_laporan(tahun integer)
RETURNS date
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT (make_date(batas_laporan.tahun + 1, 3, 1) - 1);
END;
COMMENT ON FUNCTION @extschema@.batas_laporan(integer) IS
  'The day a year''s LKj is due: the last day of February of the next year (a perangkat daerah hands its LKj in by the end of February, as the SAKIP evaluation (LKE, PermenPAN-RB 88/2021) counts it on time; Perpres 29/2014 and PermenPAN-RB 53/2014 set the yearly reporting)';

CREATE VIEW @extschema@.cek_tanda_berubah AS
SELECT v.instansi, v.tahun, 'Laporan'::text AS tabel, 'tanda_berubah'::text AS kode, 'galat'::text AS tingkat,
       format('versi_laporan %s', v.versi) AS objek,
       format('LKj %s versi %s ditandatangani %s (sha256 %s), tetapi laporan dari data sekarang berbeda (sha256 %s): data berubah tanpa revisi, atau aturan di luar data unit (skala, setelan pemda) berubah. lkj.beda_versi(%L, %s, %s) menunjukkan angka yang berubah.',
              v.tahun, v.versi, @extschema@.format_tanggal(v.tanggal), left(v.digest, 12), left(d.digest, 12),
              v.instansi, v.tahun, v.versi) AS pesan,
       NULL::date AS berlaku_mulai
  FROM @extschema@.versi_laporan v
 CROSS JOIN LATERAL (SELECT encode(sha256(convert_to(@extschema@.laporan_draf(v.instansi, v.tahun), 'UTF8')), 'hex') AS digest) d
 WHERE v.versi = (SELECT max(w.versi) FROM @extschema@.versi_laporan w WHERE w.instansi = v.instansi AND w.tahun = v.tahun)
   AND NOT EXISTS (SELECT FROM @extschema@.revisi_laporan r
                    WHERE r.instansi = v.instansi AND r.tahun = v.tahun AND r.versi = v.versi)
   AND d.digest <> v.digest;
COMMENT ON VIEW @extschema@.cek_tanda_berubah IS 'galat: a signed year (its latest version, no revision open) whose report from today''s data differs from the signed digest.  The lock keeps the unit''s own rows, so what moves it is a change outside them (a pemda''s setting or scale, a unit''s name) or a lock stepped around (triggers disabled, row_security off): the signed document and the database no longer tell the same figures, and lkj.laporan prints the signed one.';

CREATE VIEW @extschema@.cek_revisi_tanpa_alasan AS
SELECT r.instansi, r.tahun, 'Laporan'::text AS tabel, 'revisi_tanpa_alasan'::text AS kode, 'galat'::text AS tingkat,
       format('revisi_laporan %s', r.versi) AS objek,
       format('Revisi versi %s LKj %s dibuka %s oleh %s tanpa alasan: versi berikutnya tidak dapat menjelaskan mengapa laporan yang ditandatangani diubah.',
              r.versi, r.tahun, @extschema@.format_tanggal((r.dibuka_pada AT TIME ZONE 'Asia/Jakarta')::date), r.dibuka_oleh) AS pesan,
       NULL::date AS berlaku_mulai
  FROM @extschema@.revisi_laporan r
 WHERE btrim(r.alasan) = ''
UNION ALL
SELECT v.instansi, v.tahun, 'Laporan', 'revisi_tanpa_alasan', 'galat',
       format('versi_laporan %s', v.versi),
       format('Versi %s LKj %s ditandatangani %s tanpa revisi yang dibuka atas versi %s: tidak ada alasan perubahan yang tercatat.',
              v.versi, v.tahun, @extschema@.format_tanggal(v.tanggal), v.versi - 1),
       NULL
  FROM @extschema@.versi_laporan v
 WHERE v.versi > 1
   AND NOT EXISTS (SELECT FROM @extschema@.revisi_laporan r
                    WHERE r.instansi = v.instansi AND r.tahun = v.tahun AND r.versi = v.versi - 1);
COMMENT ON VIEW @extschema@.cek_revisi_tanpa_alasan IS 'galat: a revision of a signed report with a blank reason, or a version after the first with no revision opened on the one before.  lkj.buka_revisi refuses both; rows written around it (by the owner, or restored from elsewhere) can hold them.  A signed report is evidence: each later version must say why it replaced the one the inspectorate and the evaluators read.';

CREATE VIEW @extschema@.cek_data_terlambat AS
SELECT h.instansi, h.tahun, 'Laporan'::text AS tabel, 'data_terlambat'::text AS kode, 'peringatan'::text AS tingkat,
       string_agg(DISTINCT 'tabel ' || h.tabel, ', ') AS objek,
       format('%s perubahan data tahun %s dicatat setelah batas penyampaian LKj %s (%s), antara %s dan %s: angka laporan berubah setelah laporan seharusnya diserahkan.',
              count(*), h.tahun, h.tahun, @extschema@.format_tanggal(@extschema@.batas_laporan(h.tahun)),
              @extschema@.format_tanggal(min((h.waktu AT TIME ZONE 'Asia/Jakarta')::date)),
              @extschema@.format_tanggal(max((h.waktu AT TIME ZONE 'Asia/Jakarta')::date))) AS pesan,
       NULL::date AS berlaku_mulai
  FROM @extschema@.riwayat h
 WHERE h.tahun IS NOT NULL
   AND (h.waktu AT TIME ZONE 'Asia/Jakarta')::date > @extschema@.batas_laporan(h.tahun)
   AND EXISTS (SELECT FROM @extschema@.versi_laporan v WHERE v.instansi = h.instansi AND v.tahun = h.tahun)
 GROUP BY h.instansi, h.tahun;
COMMENT ON VIEW @extschema@.cek_data_terlambat IS 'peringatan: rows of a signed year''s data (lkj.riwayat, by the row''s own year) written after the year''s LKj was due, the end of February of the next year (lkj.batas_laporan; dates in WIB).  The evaluators count a report on time by that date: figures entered later were not in the report handed in, and a revision must say why.  Only years signed at least once are judged: a draft loaded afterwards (the demo, an import of past years) is not late data.';
