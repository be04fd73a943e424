-- The budget: Tabel 5, 6, 14 and 15 and the PK's appendix.

CREATE VIEW @extschema@.cek_anggaran_kegiatan AS
SELECT a.instansi, a.tahun, f.tabel, 'anggaran_kegiatan'::text AS kode, 'galat'::text AS tingkat,
       'program ' || a.program AS objek,
       format('%s Program %s (%s) %s, tetapi jumlah %s %s kegiatannya %s (selisih %s): program dan rincian kegiatannya tidak dapat dicetak dengan jumlah yang sama.',
              f.judul, a.no, a.nama, @extschema@.format_rupiah(f.program), f.label,
              a.jumlah_kegiatan, @extschema@.format_rupiah(f.kegiatan),
              @extschema@.format_rupiah(abs(f.program - f.kegiatan))) AS pesan,
       NULL::date AS berlaku_mulai
  FROM @extschema@.periksa_anggaran a
 CROSS JOIN LATERAL (VALUES ('Tabel 6', 'Anggaran awal', 'anggaran awal', a.anggaran_awal, a.kegiatan_awal),
                            ('Tabel 6', 'Anggaran perubahan', 'anggaran perubahan', a.anggaran_perubahan, a.kegiatan_perubahan),
                            ('Tabel 15', 'Realisasi anggaran', 'realisasi', a.realisasi, a.kegiatan_realisasi))
       AS f (tabel, judul, label, program, kegiatan)
 WHERE f.program <> f.kegiatan
UNION ALL
SELECT a.instansi, a.tahun, f.tabel, 'anggaran_kegiatan', 'galat',
       'kegiatan ' || a.kegiatan,
       format('%s kegiatan "%s" (Program %s) %s, tetapi jumlah %s %s sub-kegiatannya %s (selisih %s): kegiatan dan rincian sub-kegiatannya tidak dapat dicetak dengan jumlah yang sama.',
              f.judul, a.nama, a.program_no, @extschema@.format_rupiah(f.kegiatan), f.label,
              a.jumlah_sub_kegiatan, @extschema@.format_rupiah(f.sub_kegiatan),
              @extschema@.format_rupiah(abs(f.kegiatan - f.sub_kegiatan))),
       NULL
  FROM @extschema@.periksa_anggaran_kegiatan a
 CROSS JOIN LATERAL (VALUES ('Tabel 6', 'Anggaran awal', 'anggaran awal', a.anggaran_awal, a.sub_kegiatan_awal),
                            ('Tabel 6', 'Anggaran perubahan', 'anggaran perubahan', a.anggaran_perubahan, a.sub_kegiatan_perubahan),
                            ('Tabel 15', 'Realisasi anggaran', 'realisasi', a.realisasi, a.sub_kegiatan_realisasi))
       AS f (tabel, judul, label, kegiatan, sub_kegiatan)
 WHERE f.kegiatan <> f.sub_kegiatan;
COMMENT ON VIEW @extschema@.cek_anggaran_kegiatan IS 'galat: a program''s own budget (awal, perubahan) or spending that is not the sum of its kegiatan, or a kegiatan''s own that is not the sum of its sub-kegiatan.  Tabel 6 prints the program above its kegiatan, and the sasaran and tujuan rows and Tabel 14 and 15 add up programs: a program that disagrees with its own kegiatan makes every one of those totals depend on which figure is believed (erratum 2: Program 1''s kegiatan add up to 1.607.221.457, the program says 1.696.436.296).';

CREATE VIEW @extschema@.cek_anggaran_pk AS
SELECT a.instansi, a.tahun, 'Tabel 5'::text AS tabel, 'anggaran_pk'::text AS kode, 'galat'::text AS tingkat,
       format('program %s, perjanjian_kinerja %s', a.program, pk.jenis) AS objek,
       CASE
         WHEN ap.anggaran IS NULL THEN
           format('Program %s (%s) dengan %s %s tidak tercantum dalam lampiran Perjanjian Kinerja %s %s: jumlah anggaran PK tidak sama dengan jumlah anggaran program.',
                  a.no, a.nama, d.label, @extschema@.format_rupiah(d.anggaran), pk.jenis, pk.tahun)
         WHEN d.anggaran IS NULL THEN
           format('Lampiran Perjanjian Kinerja %s %s mencantumkan %s untuk Program %s (%s), tetapi data anggaran tidak memuat %s program itu.',
                  pk.jenis, pk.tahun, @extschema@.format_rupiah(ap.anggaran), a.no, a.nama, d.label)
         ELSE
           format('Lampiran Perjanjian Kinerja %s %s mencantumkan %s untuk Program %s (%s), tetapi %s program itu %s (selisih %s).',
                  pk.jenis, pk.tahun, @extschema@.format_rupiah(ap.anggaran), a.no, a.nama, d.label,
                  @extschema@.format_rupiah(d.anggaran), @extschema@.format_rupiah(abs(ap.anggaran - d.anggaran)))
       END AS pesan,
       NULL::date AS berlaku_mulai
  FROM @extschema@.perjanjian_kinerja pk
  JOIN @extschema@.periksa_anggaran a ON a.instansi = pk.instansi AND a.tahun = pk.tahun
 CROSS JOIN LATERAL (SELECT CASE pk.jenis WHEN 'awal' THEN a.awal ELSE a.pagu END AS anggaran,
                            CASE pk.jenis WHEN 'awal' THEN 'anggaran awal' ELSE 'anggaran perubahan' END AS label) d
  LEFT JOIN @extschema@.anggaran_pk ap
         ON ap.instansi = pk.instansi AND ap.tahun = pk.tahun AND ap.pk = pk.jenis AND ap.program = a.program
 WHERE ap.anggaran IS DISTINCT FROM d.anggaran
   AND NOT (ap.anggaran IS NULL AND COALESCE(d.anggaran, 0) = 0);
COMMENT ON VIEW @extschema@.cek_anggaran_pk IS 'galat: a program budget in the appendix of a signed Perjanjian Kinerja (lkj.anggaran_pk) that is not the budget data''s (awal for the original PK, the revised budget for the revised one), or a program with a budget that the PK leaves out.  Tabel 5 prints the PK''s figures and Tabel 6 and 15 the budget data''s: they must be the same money, and the PK''s total must be the budget''s total.';

CREATE VIEW @extschema@.cek_anggaran_melebihi AS
SELECT a.instansi, a.tahun, 'Tabel 15'::text AS tabel, 'anggaran_melebihi'::text AS kode, 'galat'::text AS tingkat,
       'program ' || a.program AS objek,
       format('Realisasi Program %s (%s) %s melebihi anggarannya %s (penyerapan %s): belanja tidak boleh melampaui pagu.',
              a.no, a.nama, @extschema@.format_rupiah(a.realisasi_anggaran), @extschema@.format_rupiah(a.pagu),
              COALESCE(@extschema@.format_persen(@extschema@.penyerapan(a.pagu, a.realisasi_anggaran)), 'tidak dapat dihitung')) AS pesan,
       NULL::date AS berlaku_mulai
  FROM @extschema@.periksa_anggaran a
 WHERE a.realisasi_anggaran > a.pagu
UNION ALL
SELECT k.instansi, k.tahun, 'Tabel 15', 'anggaran_melebihi', 'galat',
       'kegiatan ' || k.kegiatan,
       format('Realisasi kegiatan "%s" (Program %s) %s melebihi anggarannya %s (penyerapan %s): belanja tidak boleh melampaui pagu.',
              k.nama, k.program_no, @extschema@.format_rupiah(k.realisasi_anggaran), @extschema@.format_rupiah(k.pagu),
              COALESCE(@extschema@.format_persen(@extschema@.penyerapan(k.pagu, k.realisasi_anggaran)), 'tidak dapat dihitung')),
       NULL
  FROM @extschema@.periksa_anggaran_kegiatan k
 WHERE k.realisasi_anggaran > k.pagu
UNION ALL
SELECT s.instansi, s.tahun, 'Tabel 15', 'anggaran_melebihi', 'galat',
       'sub_kegiatan ' || s.kode,
       format('Realisasi sub-kegiatan %s "%s" (kegiatan "%s", Program %s) %s melebihi anggarannya %s (penyerapan %s): belanja tidak boleh melampaui pagu.',
              COALESCE(s.kode_cetak, s.kode), s.nama, k.nama, k.program_no, @extschema@.format_rupiah(s.realisasi),
              @extschema@.format_rupiah(COALESCE(s.anggaran_perubahan, s.anggaran_awal)),
              COALESCE(@extschema@.format_persen(@extschema@.penyerapan(COALESCE(s.anggaran_perubahan, s.anggaran_awal), s.realisasi)), 'tidak dapat dihitung')),
       NULL
  FROM @extschema@.sub_kegiatan s
  JOIN @extschema@.periksa_anggaran_kegiatan k ON k.instansi = s.instansi AND k.tahun = s.tahun AND k.kegiatan = s.kegiatan
 WHERE s.realisasi > COALESCE(s.anggaran_perubahan, s.anggaran_awal);
COMMENT ON VIEW @extschema@.cek_anggaran_melebihi IS 'galat: a program, kegiatan or sub-kegiatan that spent more than its budget (the revised one where there is one; a kegiatan''s and a program''s figures their own, else rolled up from the level below).  Spending above the pagu is not allowed in an APBD, so the spending or the budget is wrong, and Tabel 14 and 15 would print an absorption above 100%.';

CREATE VIEW @extschema@.cek_perubahan_tanpa_pk AS
SELECT a.instansi, a.tahun, 'Tabel 5'::text AS tabel, 'perubahan_tanpa_pk'::text AS kode, 'peringatan'::text AS tingkat,
       string_agg('program ' || a.program, ', ' ORDER BY a.no) AS objek,
       format('Anggaran %s program tahun %s diubah (%s), tetapi tidak ada Perjanjian Kinerja perubahan: kolom anggaran dan target perubahan Tabel 5 tidak berdasar pada perjanjian yang ditandatangani.',
              count(*), a.tahun,
              string_agg(format('Program %s: %s menjadi %s', a.no,
                                COALESCE(@extschema@.format_rupiah(a.awal), '-'),
                                @extschema@.format_rupiah(a.perubahan)),
                         '; ' ORDER BY a.no)) AS pesan,
       NULL::date AS berlaku_mulai
  FROM @extschema@.periksa_anggaran a
 WHERE a.perubahan IS DISTINCT FROM a.awal AND a.perubahan IS NOT NULL
   AND NOT EXISTS (SELECT FROM @extschema@.perjanjian_kinerja pk
                    WHERE pk.instansi = a.instansi AND pk.tahun = a.tahun AND pk.jenis = 'perubahan')
 GROUP BY a.instansi, a.tahun;
COMMENT ON VIEW @extschema@.cek_perubahan_tanpa_pk IS 'peringatan: a year whose budget was revised (a program''s perubahan differs from its awal) without a revised Perjanjian Kinerja.  PermenPAN-RB 53/2014 asks for a revised PK after a budget revision; without one, Tabel 5''s revised column and the targets the capaian is measured against have no signed basis.';

CREATE VIEW @extschema@.cek_anggaran_kosong AS
SELECT a.instansi, a.tahun, 'Tabel 6'::text AS tabel, 'anggaran_kosong'::text AS kode, 'peringatan'::text AS tingkat,
       'program ' || a.program AS objek,
       format('Program %s (%s) tidak mempunyai anggaran awal, dan %s: Tabel 5 dan 6 tidak dapat mencetak anggarannya.',
              a.no, a.nama,
              CASE WHEN a.jumlah_kegiatan = 0 THEN 'tidak ada kegiatan yang anggarannya dapat dijumlahkan'
                   ELSE 'anggaran awal kegiatannya tidak lengkap' END) AS pesan,
       NULL::date AS berlaku_mulai
  FROM @extschema@.periksa_anggaran a
 WHERE a.awal IS NULL
UNION ALL
SELECT a.instansi, a.tahun, 'Tabel 15', 'anggaran_kosong', 'peringatan',
       'program ' || a.program,
       format('Program %s (%s) tidak mempunyai realisasi anggaran tahun %s, padahal tahun itu sudah berakhir: Tabel 15 tidak dapat menghitung penyerapannya.',
              a.no, a.nama, a.tahun),
       y.berakhir
  FROM @extschema@.periksa_anggaran a
  JOIN @extschema@.periksa_tahun_laporan y ON y.instansi = a.instansi AND y.tahun = a.tahun
 WHERE a.realisasi_anggaran IS NULL
UNION ALL
SELECT k.instansi, k.tahun, 'Tabel 6', 'anggaran_kosong', 'peringatan',
       'kegiatan ' || k.kegiatan,
       format('Kegiatan "%s" (Program %s) tidak mempunyai %s: Tabel 6 tidak dapat mencetaknya.',
              k.nama, a.no,
              CASE WHEN k.awal IS NULL THEN 'anggaran awal'
                   ELSE 'anggaran perubahan, padahal anggaran programnya diubah' END
              || CASE WHEN k.jumlah_sub_kegiatan > 0 THEN ', sendiri maupun dari semua sub-kegiatannya' ELSE '' END),
       NULL
  FROM @extschema@.periksa_anggaran_kegiatan k
  JOIN @extschema@.periksa_anggaran a ON a.instansi = k.instansi AND a.tahun = k.tahun AND a.program = k.program
 WHERE k.awal IS NULL
    OR (k.perubahan IS NULL AND a.anggaran_perubahan IS NOT NULL);
COMMENT ON VIEW @extschema@.cek_anggaran_kosong IS 'peringatan: a budget figure the report prints but the data does not give: a program without an original budget (neither its own nor complete kegiatan), a kegiatan without its original budget (its own, else complete sub-kegiatan) or, when its program''s budget was revised, without its revised one, and a program without spending in a year that has ended.  Tabel 5, 6 and 15 would print a gap, and the totals above it would be short.  The program without spending waits for the year to end: that row carries berlaku_mulai 1 January of the next year, and before that date lkj.periksa() reports it in one info finding per unit and year.';

CREATE VIEW @extschema@.cek_renstra_tahun AS
SELECT p.instansi, p.tahun, 'Tabel 6'::text AS tabel, 'renstra_tahun'::text AS kode, 'galat'::text AS tingkat,
       'program ' || p.kode AS objek,
       format('Program %s (%s) tahun %s berada di bawah sasaran %s %s (%s-%s), padahal tahun %s di luar periode itu: Tabel 6 dan 14 menghitungnya pada sasaran yang tidak berlaku.',
              p.no, p.nama, p.tahun, p.sasaran, r.nama, r.tahun_awal, r.tahun_akhir, p.tahun) AS pesan,
       NULL::date AS berlaku_mulai
  FROM @extschema@.program p
  JOIN @extschema@.renstra r ON r.instansi = p.instansi AND r.kode = p.renstra
 WHERE p.tahun NOT BETWEEN r.tahun_awal AND r.tahun_akhir
UNION ALL
SELECT k.instansi, k.tahun, k.tabel, 'renstra_tahun', 'galat',
       'indikator ' || k.indikator,
       format('Indikator %s dari %s (%s-%s) mempunyai %s tahun %s, di luar periode Renstra-nya.',
              i.sebutan, i.renstra_nama, i.tahun_awal, i.tahun_akhir, k.data, k.tahun),
       NULL
  FROM (SELECT t.instansi, t.indikator, t.tahun, 'Tabel 4' AS tabel,
               'target (' || string_agg(@extschema@.periksa_dokumen(t.dokumen), ', ' ORDER BY @extschema@.periksa_urutan_dokumen(t.dokumen)) || ')' AS data
          FROM @extschema@.target t
         WHERE EXISTS (SELECT FROM @extschema@.indikator ik
                          JOIN @extschema@.renstra r ON r.instansi = ik.instansi AND r.kode = ik.renstra
                        WHERE ik.instansi = t.instansi AND ik.kode = t.indikator
                          AND t.tahun NOT BETWEEN r.tahun_awal AND r.tahun_akhir)
           -- a year with a row of its own hangs where that row says (indikator_tahun_induk)
           AND NOT EXISTS (SELECT FROM @extschema@.indikator_tahun it
                            WHERE it.instansi = t.instansi AND it.indikator = t.indikator AND it.tahun = t.tahun)
         GROUP BY t.instansi, t.indikator, t.tahun
        UNION ALL
        SELECT rl.instansi, rl.indikator, rl.tahun, 'Tabel 8', 'realisasi'
          FROM @extschema@.realisasi rl
         WHERE EXISTS (SELECT FROM @extschema@.indikator ik
                          JOIN @extschema@.renstra r ON r.instansi = ik.instansi AND r.kode = ik.renstra
                        WHERE ik.instansi = rl.instansi AND ik.kode = rl.indikator
                          AND rl.tahun NOT BETWEEN r.tahun_awal AND r.tahun_akhir)
           -- a year with a row of its own hangs where that row says (indikator_tahun_induk)
           AND NOT EXISTS (SELECT FROM @extschema@.indikator_tahun it
                            WHERE it.instansi = rl.instansi AND it.indikator = rl.indikator AND it.tahun = rl.tahun)
         GROUP BY rl.instansi, rl.indikator, rl.tahun) k
 CROSS JOIN LATERAL @extschema@.periksa_indikator_tahun(k.instansi, k.indikator, k.tahun) i;
COMMENT ON VIEW @extschema@.cek_renstra_tahun IS 'galat: a year''s data hung on a Renstra that does not cover that year: a program under a sasaran of another period, a target or a stored realisasi of a tujuan or sasaran indicator outside its Renstra''s years.  The report of that year would count the program under a sasaran that is not in force (Tabel 6, 14) or measure an indicator of another period (Tabel 4, 8).';

-- A year's row of an indicator hangs where no foreign key reaches: its
-- identity's level when it names none (a program or kegiatan of the same
-- kode in its year, which may be deleted after), or a Renstra that must
-- cover its year.  Candidates from lkj.indikator_tahun, which is small.
CREATE VIEW @extschema@.cek_indikator_induk AS
SELECT e.instansi, e.tahun,
       CASE WHEN e.renstra IS NOT NULL THEN 'Tabel 8' ELSE 'Tabel 6' END::text AS tabel,
       'indikator_induk'::text AS kode, 'galat'::text AS tingkat,
       'indikator ' || e.indikator AS objek,
       CASE WHEN e.renstra IS NOT NULL THEN
              format('Indikator "%s" tahun %s berada di bawah %s %s %s (%s-%s), padahal tahun %s di luar periode itu: Tabel 3, 4 dan 8 sampai 14 tahun itu tidak dapat memuatnya pada Renstra yang berlaku.',
                     e.uraian, e.tahun, CASE WHEN e.tujuan IS NOT NULL THEN 'tujuan' ELSE 'sasaran' END,
                     COALESCE(e.tujuan, e.sasaran), r.nama, r.tahun_awal, r.tahun_akhir, e.tahun)
            ELSE
              format('Indikator "%s" tahun %s berada di bawah %s %s, yang tidak ada pada tahun %s: Tabel 6 tahun itu tidak memuatnya; masukkan %s itu atau tetapkan induk indikator pada lkj.indikator_tahun.',
                     e.uraian, e.tahun, CASE WHEN e.program IS NOT NULL THEN 'program' ELSE 'kegiatan' END,
                     COALESCE(e.program, e.kegiatan), e.tahun,
                     CASE WHEN e.program IS NOT NULL THEN 'program' ELSE 'kegiatan' END)
       END AS pesan,
       NULL::date AS berlaku_mulai
  FROM @extschema@.indikator_tahun x
  JOIN @extschema@.indikator_tahunan e
    ON e.instansi = x.instansi AND e.indikator = x.indikator AND e.tahun = x.tahun
  LEFT JOIN @extschema@.renstra r ON r.instansi = e.instansi AND r.kode = e.renstra
 WHERE (e.renstra IS NOT NULL AND e.tahun NOT BETWEEN r.tahun_awal AND r.tahun_akhir)
    OR (e.program IS NOT NULL
        AND NOT EXISTS (SELECT FROM @extschema@.program p
                         WHERE p.instansi = e.instansi AND p.tahun = e.tahun AND p.kode = e.program))
    OR (e.kegiatan IS NOT NULL
        AND NOT EXISTS (SELECT FROM @extschema@.kegiatan k
                         WHERE k.instansi = e.instansi AND k.tahun = e.tahun AND k.kode = e.kegiatan));
COMMENT ON VIEW @extschema@.cek_indikator_induk IS 'galat: an indicator''s row of a year (lkj.indikator_tahun) that hangs on nothing in force that year: on its identity''s program or kegiatan, whose namesake of that year is missing (deleted after the row was written; a row naming its level is held by a foreign key), or on a tujuan or sasaran of a Renstra that does not cover the year.  The year''s Tabel 6, or Tabel 3, 4 and 8 to 14, would leave the indicator out or count it under a plan not in force.';

CREATE VIEW @extschema@.cek_renstra_tumpang_tindih AS
SELECT a.instansi, y.tahun, 'Tabel 4'::text AS tabel, 'renstra_tumpang_tindih'::text AS kode, 'galat'::text AS tingkat,
       format('renstra %s, renstra %s', a.kode, b.kode) AS objek,
       format('Tahun %s tercakup oleh dua periode perencanaan, %s (%s-%s) dan %s (%s-%s): tidak jelas sasaran dan target mana yang berlaku tahun itu.',
              y.tahun, a.nama, a.tahun_awal, a.tahun_akhir, b.nama, b.tahun_awal, b.tahun_akhir) AS pesan,
       NULL::date AS berlaku_mulai
  FROM @extschema@.renstra a
  JOIN @extschema@.renstra b ON b.instansi = a.instansi AND b.kode > a.kode
                             AND b.tahun_awal <= a.tahun_akhir AND a.tahun_awal <= b.tahun_akhir
 CROSS JOIN LATERAL generate_series(GREATEST(a.tahun_awal, b.tahun_awal),
                                    LEAST(a.tahun_akhir, b.tahun_akhir)) AS y (tahun);
COMMENT ON VIEW @extschema@.cek_renstra_tumpang_tindih IS 'galat: two planning periods (Renstra, P-Renstra) of a unit that cover the same year, one finding per year.  A year has one Renstra in force; with two, the report''s tujuan, sasaran and targets of that year (Tabel 3, 4, 11, 12) could come from either.';

CREATE VIEW @extschema@.cek_sasaran_tanpa_program AS
SELECT s.instansi, y.tahun, 'Tabel 14'::text AS tabel, 'sasaran_tanpa_program'::text AS kode, 'peringatan'::text AS tingkat,
       format('renstra %s sasaran %s', s.renstra, s.no) AS objek,
       format('Sasaran %s "%s" (%s) tidak didukung program apa pun tahun %s: Tabel 14 tidak dapat menghitung penyerapan anggaran dan tingkat efisiensinya.',
              s.no, s.uraian, r.nama, y.tahun) AS pesan,
       NULL::date AS berlaku_mulai
  FROM @extschema@.periksa_tahun_laporan y
  JOIN @extschema@.renstra r ON r.instansi = y.instansi AND y.tahun BETWEEN r.tahun_awal AND r.tahun_akhir
  JOIN @extschema@.sasaran s ON s.instansi = r.instansi AND s.renstra = r.kode
 WHERE NOT EXISTS (SELECT FROM @extschema@.program p
                    WHERE p.instansi = s.instansi AND p.tahun = y.tahun
                      AND p.renstra = s.renstra AND p.sasaran = s.no);
COMMENT ON VIEW @extschema@.cek_sasaran_tanpa_program IS 'peringatan: a sasaran of the Renstra in force that no program of a report''s year serves.  Tabel 6 and 14 add up a sasaran''s budget from its programs: without one, its absorption and efficiency (Tabel 14) cannot be computed.';

-- Realisasi and its quarters: Tabel 8.

CREATE VIEW @extschema@.cek_realisasi_tahunan AS
SELECT k.instansi, k.tahun, 'Tabel 8'::text AS tabel, 'realisasi_tahunan'::text AS kode, 'galat'::text AS tingkat,
       'indikator ' || k.indikator AS objek,
       format('Realisasi tahunan indikator %s tahun %s tercatat %s, tetapi triwulan I-IV (%s) memberi %s menurut aturan %s; capaian dihitung dari %s.',
              i.sebutan, k.tahun, COALESCE(@extschema@.format_nilai(tr.realisasi, i.satuan), '-'),
              (SELECT d.teks FROM @extschema@.periksa_deret(tr.triwulan_cetak, i.satuan, '; ') AS d (teks)),
              COALESCE(@extschema@.format_nilai(tr.nilai_triwulan, i.satuan), '-'), i.agregasi,
              COALESCE(@extschema@.format_nilai(tr.realisasi, i.satuan), '-')) AS pesan,
       NULL::date AS berlaku_mulai
  FROM @extschema@.periksa_isian_realisasi k
 CROSS JOIN LATERAL @extschema@.periksa_indikator_tahun(k.instansi, k.indikator, k.tahun) i
 CROSS JOIN LATERAL @extschema@.periksa_target_realisasi(k.instansi, k.indikator, k.tahun) tr
 WHERE k.tahunan = 1 AND k.triwulan = 4
   AND i.sumber = 'realisasi' AND tr.nilai_triwulan IS DISTINCT FROM tr.realisasi;
COMMENT ON VIEW @extschema@.cek_realisasi_tahunan IS 'galat: an indicator with a whole-year realisasi and all four quarters, where the quarters combined under its rule (agregasi) do not give the whole-year figure, compared as printed (two decimals).  Tabel 8 prints both the quarters and the year, and the capaian follows the whole-year row: a reader who adds up the quarters gets another capaian.';

CREATE VIEW @extschema@.cek_realisasi_bentuk AS
SELECT k.instansi, k.tahun, 'Tabel 8'::text AS tabel, 'realisasi_bentuk'::text AS kode, 'galat'::text AS tingkat,
       'indikator ' || k.indikator AS objek,
       CASE WHEN i.agregasi IN ('rasio', 'rasio_jumlah') THEN
         format('Indikator %s dihitung sebagai rasio (jumlah pembilang dibagi penyebut), tetapi realisasi triwulan %s tahun %s diisi sebagai nilai, bukan pembilang dan penyebut: realisasi tahunannya tidak dapat dihitung.',
                i.sebutan, @extschema@.periksa_nama_triwulan(tr.triwulan_nilai), k.tahun)
       ELSE
         format('Indikator %s dihitung dengan aturan %s, tetapi realisasi triwulan %s tahun %s diisi sebagai pembilang dan penyebut: triwulan itu tidak ikut dalam realisasi tahunan %s.',
                i.sebutan, i.agregasi, @extschema@.periksa_nama_triwulan(tr.triwulan_rasio), k.tahun,
                COALESCE(@extschema@.format_nilai(tr.nilai_triwulan, i.satuan), '-'))
       END AS pesan,
       NULL::date AS berlaku_mulai
  FROM @extschema@.periksa_isian_realisasi k
  -- the rule and the source are the identity's: judged here, before the
  -- lookups below run for the few candidates left
  JOIN @extschema@.indikator ik ON ik.instansi = k.instansi AND ik.kode = k.indikator
 CROSS JOIN LATERAL @extschema@.periksa_indikator_tahun(k.instansi, k.indikator, k.tahun) i
 CROSS JOIN LATERAL @extschema@.periksa_target_realisasi(k.instansi, k.indikator, k.tahun) tr
 WHERE ik.sumber = 'realisasi'
   AND CASE WHEN ik.agregasi IN ('rasio', 'rasio_jumlah') THEN k.triwulan_nilai > 0 ELSE k.triwulan_pasangan > 0 END;
COMMENT ON VIEW @extschema@.cek_realisasi_bentuk IS 'galat: quarters stored in a form the indicator''s rule cannot combine: values (nilai) for a rasio or rasio_jumlah indicator, whose year is the sum of numerators over the denominator (or the denominators'' sum), or count pairs (pembilang/penyebut) for a jumlah, rata-rata or terakhir indicator, whose year is computed from values.  The year''s realisasi in Tabel 8 and every capaian after it would leave those quarters out.';

CREATE VIEW @extschema@.cek_triwulan_penyebut AS
SELECT k.instansi, k.tahun, 'Tabel 8'::text AS tabel, 'triwulan_penyebut'::text AS kode, 'galat'::text AS tingkat,
       'indikator ' || k.indikator AS objek,
       format('Triwulan %s indikator rasio %s tahun %s memakai penyebut yang berbeda (pembilang %s; penyebut %s): realisasi tahunan dihitung dengan penyebut %s menjadi %s, yang tidak sesuai dengan triwulannya.',
              @extschema@.periksa_nama_triwulan(tr.triwulan), i.sebutan, k.tahun,
              (SELECT d.teks FROM @extschema@.periksa_deret(tr.triwulan_pembilang, NULL, ', ') AS d (teks)),
              (SELECT d.teks FROM @extschema@.periksa_deret(tr.triwulan_penyebut, NULL, ', ') AS d (teks)),
              @extschema@.format_angka(tr.penyebut), COALESCE(@extschema@.format_nilai(tr.nilai_triwulan, i.satuan), '-')) AS pesan,
       NULL::date AS berlaku_mulai
  FROM @extschema@.periksa_isian_realisasi k
 CROSS JOIN LATERAL @extschema@.periksa_indikator_tahun(k.instansi, k.indikator, k.tahun) i
 CROSS JOIN LATERAL @extschema@.periksa_target_realisasi(k.instansi, k.indikator, k.tahun) tr
 WHERE k.penyebut_berbeda AND i.sumber = 'realisasi' AND i.agregasi = 'rasio';
COMMENT ON VIEW @extschema@.cek_triwulan_penyebut IS 'galat: the quarters of a rasio indicator with different denominators (e.g. villages counted 33 in one quarter and 30 in another), written before 1.1 or by COPY (a restore, a bulk import): since 1.1 the trigger realisasi_penyebut_tetap refuses them at entry by INSERT or UPDATE.  The year is the sum of the numerators over one denominator (Tabel 8''s formula for the village-documents IKU): with several, there is no single year''s figure.';

CREATE VIEW @extschema@.cek_triwulan_pembulatan AS
SELECT k.instansi, k.tahun, 'Tabel 8'::text AS tabel, 'triwulan_pembulatan'::text AS kode, 'peringatan'::text AS tingkat,
       'indikator ' || k.indikator AS objek,
       format('Realisasi triwulan indikator %s tahun %s dicetak %s = %s, tetapi realisasi tahunannya %s (dihitung dari nilai triwulan sebelum dibulatkan): beri catatan pada Tabel 8 atau cetak triwulan dengan lebih banyak desimal.',
              i.sebutan, k.tahun,
              CASE WHEN i.agregasi = 'rata-rata'
                   THEN '(' || (SELECT d.teks FROM @extschema@.periksa_deret(tr.triwulan_cetak, i.satuan, ' + ') AS d (teks)) || ') / ' || tr.jumlah_triwulan
                   ELSE (SELECT d.teks FROM @extschema@.periksa_deret(tr.triwulan_cetak, i.satuan, ' + ') AS d (teks)) END,
              COALESCE(@extschema@.format_nilai(tr.nilai_triwulan_cetak, i.satuan), '-'),
              COALESCE(@extschema@.format_nilai(tr.nilai_triwulan, i.satuan), '-')) AS pesan,
       NULL::date AS berlaku_mulai
  FROM (SELECT r.instansi, r.indikator, r.tahun, 'realisasi' AS sumber
          FROM @extschema@.periksa_isian_realisasi r
         WHERE r.tahunan = 0 AND r.lebih_dua_desimal
        UNION ALL
        SELECT ik.instansi, ik.kode, d.tahun, 'dokumen_desa'
          FROM @extschema@.indikator ik
          JOIN @extschema@.periksa_tahun_dokumen_desa d ON d.instansi = ik.instansi
         WHERE ik.sumber = 'dokumen_desa') k
 CROSS JOIN LATERAL @extschema@.periksa_indikator_tahun(k.instansi, k.indikator, k.tahun) i
 CROSS JOIN LATERAL @extschema@.periksa_target_realisasi(k.instansi, k.indikator, k.tahun) tr
 WHERE i.sumber = k.sumber
   AND i.agregasi IN ('jumlah', 'rata-rata', 'rasio')
   AND CASE WHEN i.agregasi = 'rasio' THEN tr.triwulan_nilai IS NULL AND tr.jumlah_penyebut = 1
            ELSE tr.triwulan_rasio IS NULL END
   AND tr.nilai_triwulan_cetak <> tr.nilai_triwulan;
COMMENT ON VIEW @extschema@.cek_triwulan_pembulatan IS 'peringatan: quarters that, rounded to two decimals as Tabel 8 prints them, do not add up (or average) to the year''s realisasi, which is computed from the unrounded quarters (erratum 3: 4 x 20,72 = 82,88 against 82,87; 33,33 + 0 + 30,30 + 33,33 = 96,96 against 96,97).  The figures are right, but a reader adding up the printed row gets another number: the report needs a note or more decimals.  Only quarters with more than two decimals or counted as pembilang/penyebut can differ, so only those are read; quarters that realisasi_bentuk or triwulan_penyebut reject are left to those checks.';

CREATE VIEW @extschema@.cek_triwulan_kurang AS
SELECT k.instansi, k.tahun, 'Tabel 8'::text AS tabel, 'triwulan_kurang'::text AS kode, 'galat'::text AS tingkat,
       'indikator ' || k.indikator AS objek,
       format('Realisasi indikator %s tahun %s hanya ada untuk triwulan %s (%s), padahal tahun itu sudah berakhir: realisasi tahunan %s hanya dari %s triwulan; lengkapi triwulannya atau hitung indikator ini sebagai tidak dapat diperoleh hasil pengukurannya.',
              i.sebutan, k.tahun, @extschema@.periksa_nama_triwulan(tr.triwulan),
              (SELECT d.teks FROM @extschema@.periksa_deret(tr.triwulan_cetak, i.satuan, '; ') AS d (teks)),
              COALESCE(@extschema@.format_nilai(tr.nilai_triwulan, i.satuan), '-'), tr.jumlah_triwulan) AS pesan,
       @extschema@.periksa_tahun_berakhir(k.tahun) AS berlaku_mulai
  FROM @extschema@.periksa_isian_realisasi k
 CROSS JOIN LATERAL @extschema@.periksa_indikator_tahun(k.instansi, k.indikator, k.tahun) i
 CROSS JOIN LATERAL @extschema@.periksa_target_realisasi(k.instansi, k.indikator, k.tahun) tr
 WHERE k.tahunan = 0 AND k.triwulan BETWEEN 1 AND 3
   AND i.sumber = 'realisasi' AND NOT (i.agregasi = 'terakhir' AND k.ada_iv);
COMMENT ON VIEW @extschema@.cek_triwulan_kurang IS 'galat: an indicator measured per quarter (its realisasi rows, not the village documents, which give every quarter) that lacks a quarter of a year that has ended, and has no whole-year row (for a terakhir indicator, which takes the last quarter, only a missing fourth quarter counts).  Its year''s realisasi (and capaian) would be computed from part of the year, while section 3.1.1 must count it among the indicators "tidak dapat diperoleh hasil pengukurannya".  It waits for the year to end: its rows carry berlaku_mulai 1 January of the next year, and before that date lkj.periksa() reports them as one info finding per unit and year.';

-- Targets and measurability: Tabel 4, 5, 6, 8, 9 and section 3.1.1.

CREATE VIEW @extschema@.cek_tanpa_realisasi AS
SELECT k.instansi, k.tahun, i.tabel_capaian AS tabel, 'tanpa_realisasi'::text AS kode, 'peringatan'::text AS tingkat,
       'indikator ' || k.indikator AS objek,
       format('Indikator %s bertarget %s tahun %s (%s) tetapi tidak mempunyai realisasi: hitung sebagai indikator yang tidak dapat diperoleh hasil pengukurannya, atau lengkapi realisasinya.',
              i.sebutan, @extschema@.format_target(tr.target, tr.batas_bawah, tr.batas_atas, i.satuan),
              k.tahun, @extschema@.periksa_dokumen(tr.dokumen_target)) AS pesan,
       k.berakhir AS berlaku_mulai
  FROM (SELECT t.instansi, t.indikator, t.tahun, y.berakhir
          FROM @extschema@.target t
          JOIN @extschema@.periksa_tahun_laporan y ON y.instansi = t.instansi AND y.tahun = t.tahun
          JOIN @extschema@.indikator ik ON ik.instansi = t.instansi AND ik.kode = t.indikator
         WHERE t.dokumen <> 'standar_nasional'
           AND CASE ik.sumber
                 WHEN 'realisasi' THEN NOT EXISTS (
                     SELECT FROM @extschema@.realisasi r
                      WHERE r.instansi = t.instansi AND r.indikator = t.indikator AND r.tahun = t.tahun)
                 ELSE NOT EXISTS (
                     SELECT FROM @extschema@.dokumen_desa d
                      WHERE d.instansi = t.instansi AND d.tahun_anggaran BETWEEN t.tahun - 1 AND t.tahun + 1
                        AND @extschema@.batas_dokumen_desa(d.jenis, d.tahun_anggaran)
                            BETWEEN make_date(t.tahun, 1, 1) AND make_date(t.tahun, 12, 31))
               END
         GROUP BY t.instansi, t.indikator, t.tahun, y.berakhir) k
 CROSS JOIN LATERAL @extschema@.periksa_target_realisasi(k.instansi, k.indikator, k.tahun) tr
 CROSS JOIN LATERAL @extschema@.periksa_indikator_tahun(k.instansi, k.indikator, k.tahun) i
 WHERE k.tahun BETWEEN i.tahun_awal AND i.tahun_akhir;
COMMENT ON VIEW @extschema@.cek_tanpa_realisasi IS 'peringatan: an indicator with a target for a report''s year that has ended, and no realisasi at all.  Its capaian cannot be measured: section 3.1.1 must count it among the indicators "tidak dapat diperoleh hasil pengukurannya" instead of leaving it out or printing 0%.  It waits for the year to end: its rows carry berlaku_mulai 1 January of the next year, and before that date lkj.periksa() reports them as one info finding per unit and year.';

CREATE VIEW @extschema@.cek_target_nol AS
SELECT k.instansi, k.tahun, i.tabel_capaian AS tabel, 'target_nol'::text AS kode, 'peringatan'::text AS tingkat,
       'indikator ' || k.indikator AS objek,
       format('Target indikator %s tahun %s (%s) adalah 0 sedangkan realisasinya %s: capaian tidak dapat dihitung; hitung sebagai indikator yang tidak dapat diperoleh hasil pengukurannya.',
              i.sebutan, k.tahun, @extschema@.periksa_dokumen(tr.dokumen_target),
              COALESCE(@extschema@.format_nilai(tr.realisasi, i.satuan), '-')) AS pesan,
       NULL::date AS berlaku_mulai
  FROM (SELECT DISTINCT t.instansi, t.indikator, t.tahun
          FROM @extschema@.target t
         WHERE t.nilai = 0 AND t.dokumen <> 'standar_nasional') k
 CROSS JOIN LATERAL @extschema@.periksa_target_realisasi(k.instansi, k.indikator, k.tahun) tr
 CROSS JOIN LATERAL @extschema@.periksa_indikator_tahun(k.instansi, k.indikator, k.tahun) i
 WHERE tr.target = 0 AND tr.realisasi <> 0;
COMMENT ON VIEW @extschema@.cek_target_nol IS 'peringatan: a target of 0 (the one in force) with a realisasi other than 0.  The capaian formula divides by the target, so the indicator cannot be measured and section 3.1.1 must count it as "tidak dapat diperoleh hasil pengukurannya" (a negative indicator whose goal is zero needs a target range or another unit).';

CREATE VIEW @extschema@.cek_tanpa_target AS
SELECT k.instansi, k.tahun, i.tabel_capaian AS tabel, 'tanpa_target'::text AS kode, 'peringatan'::text AS tingkat,
       'indikator ' || k.indikator AS objek,
       format('Indikator %s mempunyai realisasi %s tahun %s tetapi tidak mempunyai target Renstra atau Perjanjian Kinerja tahun itu: capaiannya tidak dapat dihitung.',
              i.sebutan, COALESCE(@extschema@.format_nilai(tr.realisasi, i.satuan), '-'), k.tahun) AS pesan,
       NULL::date AS berlaku_mulai
  FROM (SELECT a.instansi, a.indikator, a.tahun
          FROM (SELECT a.instansi, a.indikator, a.tahun
                  FROM (SELECT r.instansi, r.indikator, r.tahun, false AS target
                          FROM @extschema@.realisasi r
                        UNION ALL
                        SELECT t.instansi, t.indikator, t.tahun, true
                          FROM @extschema@.target t
                         WHERE t.dokumen <> 'standar_nasional') a
                 GROUP BY a.instansi, a.indikator, a.tahun
                HAVING NOT bool_or(a.target)) a
          JOIN @extschema@.indikator ik ON ik.instansi = a.instansi AND ik.kode = a.indikator
         WHERE ik.sumber = 'realisasi'
        UNION ALL
        SELECT ik.instansi, ik.kode, d.tahun
          FROM @extschema@.indikator ik
          JOIN @extschema@.periksa_tahun_dokumen_desa d ON d.instansi = ik.instansi
         WHERE ik.sumber = 'dokumen_desa'
           AND NOT EXISTS (SELECT FROM @extschema@.target t
                            WHERE t.instansi = ik.instansi AND t.indikator = ik.kode AND t.tahun = d.tahun
                              AND t.dokumen <> 'standar_nasional')) k
 CROSS JOIN LATERAL @extschema@.periksa_indikator_tahun(k.instansi, k.indikator, k.tahun) i
 CROSS JOIN LATERAL @extschema@.periksa_target_realisasi(k.instansi, k.indikator, k.tahun) tr
 WHERE k.tahun BETWEEN i.tahun_awal AND i.tahun_akhir;
COMMENT ON VIEW @extschema@.cek_tanpa_target IS 'peringatan: an indicator with a realisasi in one of its own years but no target from the Renstra or a Perjanjian Kinerja for that year (a national standard alone does not count).  Its capaian cannot be computed and Tabel 8 to 12 would print a realisasi without a target.';

-- Targets differ when one of the three figures differs between them or is
-- set in one and not in another: min and max per figure, which hash, where
-- count(DISTINCT ROW(...)) would sort every group.
CREATE VIEW @extschema@.cek_target_berbeda AS
SELECT d.instansi, d.tahun, i.tabel_target AS tabel, 'target_berbeda'::text AS kode, 'peringatan'::text AS tingkat,
       'indikator ' || d.indikator AS objek,
       format('Target indikator %s tahun %s berbeda antar dokumen: %s. Capaian dihitung dari target %s (%s).',
              i.sebutan, d.tahun,
              (SELECT string_agg(@extschema@.periksa_dokumen(t.dokumen) || ' ' ||
                                 @extschema@.format_target(t.nilai, t.batas_bawah, t.batas_atas, i.satuan),
                                 '; ' ORDER BY @extschema@.periksa_urutan_dokumen(t.dokumen))
                            FROM @extschema@.target t
                           WHERE t.instansi = d.instansi AND t.indikator = d.indikator AND t.tahun = d.tahun
                             AND t.dokumen <> 'standar_nasional'),
              @extschema@.periksa_dokumen(tr.dokumen_target),
              @extschema@.format_target(tr.target, tr.batas_bawah, tr.batas_atas, i.satuan)) AS pesan,
       NULL::date AS berlaku_mulai
  FROM (SELECT t.instansi, t.indikator, t.tahun
          FROM @extschema@.target t
         WHERE t.dokumen <> 'standar_nasional'
         GROUP BY t.instansi, t.indikator, t.tahun
        HAVING min(t.nilai) <> max(t.nilai)
            OR min(t.batas_bawah) <> max(t.batas_bawah)
            OR min(t.batas_atas) <> max(t.batas_atas)
            OR count(t.nilai) NOT IN (0, count(*))
            OR count(t.batas_bawah) NOT IN (0, count(*))
            OR count(t.batas_atas) NOT IN (0, count(*))) d
 CROSS JOIN LATERAL @extschema@.periksa_target_realisasi(d.instansi, d.indikator, d.tahun) tr
 CROSS JOIN LATERAL @extschema@.periksa_indikator_tahun(d.instansi, d.indikator, d.tahun) i;
COMMENT ON VIEW @extschema@.cek_target_berbeda IS 'peringatan: an indicator whose target for a year differs between the Renstra, the original PK and the revised PK.  Tabel 4 prints the Renstra''s, Tabel 5 and 6 the PK''s, and the capaian of Tabel 8 to 14 follows the revised PK''s, else the original''s, else the Renstra''s: the report must say which one it measures against (erratum 1: 62,2 against 62,02).';

CREATE VIEW @extschema@.cek_target_pk_hilang AS
SELECT k.instansi, k.tahun, 'Tabel 5'::text AS tabel, 'target_pk_hilang'::text AS kode, 'peringatan'::text AS tingkat,
       format('indikator %s, perjanjian_kinerja %s', k.indikator, k.jenis) AS objek,
       format('IKU %s tidak tercantum dalam Perjanjian Kinerja %s %s; capaiannya dihitung dari target %s (%s).',
              i.sebutan, k.jenis, k.tahun, @extschema@.periksa_dokumen(tr.dokumen_target),
              @extschema@.format_target(tr.target, tr.batas_bawah, tr.batas_atas, i.satuan)) AS pesan,
       NULL::date AS berlaku_mulai
  FROM (SELECT pk.instansi, pk.tahun, pk.jenis, ik.indikator
          FROM @extschema@.perjanjian_kinerja pk
          JOIN @extschema@.indikator_tahunan ik ON ik.instansi = pk.instansi AND ik.tahun = pk.tahun AND ik.iku
          JOIN @extschema@.renstra r ON r.instansi = ik.instansi AND r.kode = ik.renstra
         WHERE pk.tahun BETWEEN r.tahun_awal AND r.tahun_akhir
           AND NOT EXISTS (SELECT FROM @extschema@.target t
                            WHERE t.instansi = pk.instansi AND t.indikator = ik.indikator AND t.tahun = pk.tahun
                              AND t.pk = pk.jenis)) k
 CROSS JOIN LATERAL @extschema@.periksa_target_realisasi(k.instansi, k.indikator, k.tahun) tr
 CROSS JOIN LATERAL @extschema@.periksa_indikator_tahun(k.instansi, k.indikator, k.tahun) i
 WHERE tr.dokumen_target IS NOT NULL;
COMMENT ON VIEW @extschema@.cek_target_pk_hilang IS 'peringatan: a key indicator (IKU) with a target for a year whose Perjanjian Kinerja (original or revised) does not state one for it.  The PK''s appendix lists every IKU with its target (Tabel 5); without it the capaian falls back to another document''s target.';

-- Two steps: the report years whose documents due number fewer than
-- villages x 3, counted in one pass over lkj.dokumen_desa; then, for those
-- years only, which village lacks which document.
CREATE VIEW @extschema@.cek_dokumen_desa_kurang AS
WITH jatuh_tempo (urutan, jenis, geser) AS (
    VALUES (1, 'LPPDes', -1), (2, 'RKPDes', 1), (3, 'APBDes', 1)
)
SELECT y.instansi, y.tahun, 'Tabel 8'::text AS tabel, 'dokumen_desa_kurang'::text AS kode, 'peringatan'::text AS tingkat,
       string_agg(DISTINCT 'desa ' || d.kode, ', ') AS objek,
       format('%s dari %s dokumen desa yang jatuh tempo tahun %s belum tercatat (%s) dan dihitung sebagai tidak tepat waktu.',
              count(*), max(y.desa) * 3, y.tahun,
              string_agg(format('%s: %s %s', d.nama, j.jenis, y.tahun + j.geser),
                         '; ' ORDER BY d.kode, j.urutan)) AS pesan,
       @extschema@.periksa_tahun_berakhir(y.tahun) AS berlaku_mulai
  FROM (SELECT y.instansi, y.tahun, n.desa
          FROM @extschema@.periksa_tahun_laporan y
         CROSS JOIN LATERAL (SELECT count(*) AS desa FROM @extschema@.desa x WHERE x.instansi = y.instansi) n
          LEFT JOIN (SELECT dd.instansi, dd.tahun_anggaran - j.geser AS tahun, count(*) AS ada
                       FROM @extschema@.dokumen_desa dd
                       JOIN jatuh_tempo j ON j.jenis = dd.jenis
                      GROUP BY dd.instansi, dd.tahun_anggaran - j.geser) a
                 ON a.instansi = y.instansi AND a.tahun = y.tahun
         WHERE COALESCE(a.ada, 0) < n.desa * 3
           AND EXISTS (SELECT FROM @extschema@.indikator i
                          JOIN @extschema@.target t ON t.instansi = i.instansi AND t.indikator = i.kode
                        WHERE i.instansi = y.instansi AND i.sumber = 'dokumen_desa'
                          AND t.tahun = y.tahun AND t.dokumen <> 'standar_nasional')) y
  JOIN @extschema@.desa d ON d.instansi = y.instansi
 CROSS JOIN jatuh_tempo j
 WHERE NOT EXISTS (SELECT FROM @extschema@.dokumen_desa dd
                    WHERE dd.instansi = d.instansi AND dd.desa = d.kode
                      AND dd.jenis = j.jenis AND dd.tahun_anggaran = y.tahun + j.geser)
 GROUP BY y.instansi, y.tahun;
COMMENT ON VIEW @extschema@.cek_dokumen_desa_kurang IS 'peringatan: a village document due in a report''s year that has ended (the previous year''s LPPDes, the next year''s RKPDes and APBDes) with no row in lkj.dokumen_desa, when a village-documents indicator has a target that year.  It counts as late (the denominator is villages x 3), which may be true or a row never entered; a document not yet set belongs in the table with no date.  It waits for the year to end: its rows carry berlaku_mulai 1 January of the next year, and before that date lkj.periksa() reports them as one info finding per unit and year.';

-- Staff and assets: Tabel 1, 2 and section 3.1.2.6.

CREATE VIEW @extschema@.cek_jabatan_eselon AS
SELECT pg.instansi, pg.tahun, 'Tabel 1'::text AS tabel, 'jabatan_eselon'::text AS kode, 'galat'::text AS tingkat,
       'jabatan ' || j.kode AS objek,
       CASE WHEN j.eselon IS NULL THEN
         format('Jabatan struktural "%s" tidak mempunyai eselon: %s pemegangnya tahun %s tidak terhitung pada kolom eselon Tabel 1 (jumlah eselon %s, jumlah pejabat struktural %s).',
                j.nama, count(*), pg.tahun, s.eselon, s.struktural)
       ELSE
         format('Jabatan "%s" tercatat eselon I, padahal perangkat daerah kabupaten/kota paling tinggi eselon II: Tabel 1 hanya mempunyai kolom eselon 2, 3 dan 4, sehingga %s pemegangnya tahun %s tidak terhitung (jumlah eselon %s, jumlah pejabat struktural %s).',
                j.nama, count(*), pg.tahun, s.eselon, s.struktural)
       END AS pesan,
       NULL::date AS berlaku_mulai
  FROM @extschema@.pegawai pg
  JOIN @extschema@.jabatan j ON j.instansi = pg.instansi AND j.kode = pg.jabatan
 CROSS JOIN LATERAL (SELECT count(*) AS struktural,
                            count(*) FILTER (WHERE xj.eselon BETWEEN 2 AND 4) AS eselon
                       FROM @extschema@.pegawai x
                       JOIN @extschema@.jabatan xj ON xj.instansi = x.instansi AND xj.kode = x.jabatan
                      WHERE x.instansi = pg.instansi AND x.tahun = pg.tahun AND xj.jenis = 'struktural') s
 WHERE j.jenis = 'struktural' AND (j.eselon IS NULL OR j.eselon = 1)
 GROUP BY pg.instansi, pg.tahun, j.kode, j.nama, j.eselon, s.eselon, s.struktural;
COMMENT ON VIEW @extschema@.cek_jabatan_eselon IS 'galat: a structural position held that year with no eselon, or with eselon I, which no regency unit has.  Tabel 1 counts its officials in the eselon columns 2 to 4: the eselon total then differs from the number of structural officials it prints.';

CREATE VIEW @extschema@.cek_jabatan_ganda AS
SELECT pg.instansi, pg.tahun, 'Tabel 1'::text AS tabel, 'jabatan_ganda'::text AS kode, 'galat'::text AS tingkat,
       'jabatan ' || j.kode AS objek,
       format('Jabatan struktural "%s" dipangku %s pegawai tahun %s (no %s): satu jabatan struktural hanya untuk satu orang, sehingga Tabel 1 menghitung pejabatnya berlebih.',
              j.nama, count(*), pg.tahun,
              string_agg(pg.no::text, ', ' ORDER BY pg.no)) AS pesan,
       NULL::date AS berlaku_mulai
  FROM @extschema@.pegawai pg
  JOIN @extschema@.jabatan j ON j.instansi = pg.instansi AND j.kode = pg.jabatan
 WHERE j.jenis = 'struktural'
 GROUP BY pg.instansi, pg.tahun, j.kode, j.nama
HAVING count(*) > 1;
COMMENT ON VIEW @extschema@.cek_jabatan_ganda IS 'galat: a structural position held by more than one member of staff in a year.  A structural position is one seat: Tabel 1 would count two officials (and two in its eselon column) for it, and the count of structural officials in section 1.1.3 would be off.';

CREATE VIEW @extschema@.cek_pegawai_status AS
SELECT pg.instansi, pg.tahun, 'Tabel 1'::text AS tabel, 'pegawai_status'::text AS kode, 'galat'::text AS tingkat,
       string_agg('pegawai ' || pg.no, ', ' ORDER BY pg.no) AS objek,
       format('%s pegawai berstatus %s (no %s) tercatat pada jabatan %s "%s" tahun %s: %s, sehingga Tabel 1 dan jumlah ASN pada bagian 3.1.2.6 saling bertentangan.',
              count(*), pg.status, string_agg(pg.no::text, ', ' ORDER BY pg.no),
              j.jenis, j.nama, pg.tahun,
              CASE WHEN pg.status = 'TKB' THEN 'tenaga kontrak bukan ASN dan tidak dapat memangku jabatan ASN'
                   ELSE 'ASN tidak dicatat pada jabatan tenaga kontrak' END) AS pesan,
       NULL::date AS berlaku_mulai
  FROM @extschema@.pegawai pg
  JOIN @extschema@.jabatan j ON j.instansi = pg.instansi AND j.kode = pg.jabatan
 WHERE (pg.status = 'TKB') <> (j.jenis = 'kontrak')
 GROUP BY pg.instansi, pg.tahun, pg.status, j.kode, j.jenis, j.nama;
COMMENT ON VIEW @extschema@.cek_pegawai_status IS 'galat: a contract worker (TKB) in an ASN position (struktural, fungsional, pelaksana), or a civil servant (PNS, PPPK) in the contract position.  Tabel 1 counts positions and statuses in one row: the row would count a non-ASN as an official, and the ASN count behind section 3.1.2.6''s pemenuhan kebutuhan jabatan would not match the positions.';

CREATE VIEW @extschema@.cek_kebutuhan_pegawai AS
SELECT k.instansi, k.tahun, '3.1.2.6'::text AS tabel, 'kebutuhan_pegawai'::text AS kode, 'galat'::text AS tingkat,
       'kebutuhan_pegawai'::text AS objek,
       format('Kebutuhan jabatan tahun %s hanya %s sedangkan ASN (PNS dan PPPK) %s orang: persentase pemenuhan kebutuhan jabatan menjadi %s, padahal setiap ASN menempati jabatan dalam peta jabatan.',
              k.tahun, k.jumlah, a.asn,
              COALESCE(@extschema@.format_persen(@extschema@.persentase(a.asn, k.jumlah)), 'tidak dapat dihitung')) AS pesan,
       NULL::date AS berlaku_mulai
  FROM @extschema@.kebutuhan_pegawai k
 CROSS JOIN LATERAL (SELECT count(*) AS asn FROM @extschema@.pegawai pg
                      WHERE pg.instansi = k.instansi AND pg.tahun = k.tahun AND pg.status IN ('PNS', 'PPPK')) a
 WHERE a.asn > k.jumlah;
COMMENT ON VIEW @extschema@.cek_kebutuhan_pegawai IS 'galat: fewer positions needed (analisis jabatan) than ASN on the staff.  Every ASN holds a position of the peta jabatan, so section 3.1.2.6''s pemenuhan kebutuhan jabatan (ASN / positions needed, 10 / 19 = 52,63% for Kunir) cannot exceed 100%: one of the two figures is wrong.';

CREATE VIEW @extschema@.cek_sumber_daya_kosong AS
SELECT y.instansi, y.tahun, f.tabel, 'sumber_daya_kosong'::text AS kode, 'peringatan'::text AS tingkat,
       f.objek,
       format('Tahun %s tidak mempunyai data %s: %s.', y.tahun, f.data, f.akibat) AS pesan,
       NULL::date AS berlaku_mulai
  FROM @extschema@.periksa_tahun_laporan y
 CROSS JOIN LATERAL (VALUES
        ('Tabel 1', 'pegawai', 'pegawai', 'Tabel 1 dan jumlah pegawai pada bagian 1.1.3 dan 3.1.2.6 tidak dapat disusun',
         EXISTS (SELECT FROM @extschema@.pegawai x WHERE x.instansi = y.instansi AND x.tahun = y.tahun)),
        ('Tabel 2', 'sarana', 'sarana dan prasarana', 'Tabel 2 dan persentase kondisi sarana pada bagian 3.1.2.6 tidak dapat disusun',
         EXISTS (SELECT FROM @extschema@.sarana x WHERE x.instansi = y.instansi AND x.tahun = y.tahun)),
        ('3.1.2.6', 'kebutuhan_pegawai', 'kebutuhan jabatan (analisis jabatan)', 'persentase pemenuhan kebutuhan jabatan pada bagian 3.1.2.6 tidak dapat dihitung',
         EXISTS (SELECT FROM @extschema@.kebutuhan_pegawai x WHERE x.instansi = y.instansi AND x.tahun = y.tahun)))
       AS f (tabel, objek, data, akibat, ada)
 WHERE NOT f.ada;
COMMENT ON VIEW @extschema@.cek_sumber_daya_kosong IS 'peringatan: a report''s year without staff (Tabel 1), assets (Tabel 2) or positions needed (section 3.1.2.6).  The report''s resources chapter and the efficiency analysis of section 3.1.2.6 cannot be written from the data.';

-- The names repeated in a unit's year first (a name is folded once a row,
-- and without the ordered lists of the message), then their lines grouped
-- by name and unit.
CREATE VIEW @extschema@.cek_sarana_ganda AS
SELECT s.instansi, s.tahun, 'Tabel 2'::text AS tabel, 'sarana_ganda'::text AS kode, 'peringatan'::text AS tingkat,
       string_agg('sarana ' || s.no, ', ' ORDER BY s.no) AS objek,
       format('Sarana "%s" (%s) tercatat %s kali tahun %s (no %s, jumlah %s): jika itu barang yang sama, Tabel 2 dan persentase kondisi sarana pada bagian 3.1.2.6 menghitungnya lebih dari sekali.',
              min(s.nama), min(s.satuan), count(*), s.tahun,
              string_agg(s.no::text, ', ' ORDER BY s.no),
              string_agg((s.baik + s.rusak + s.rusak_berat)::text, ' dan ' ORDER BY s.no)) AS pesan,
       NULL::date AS berlaku_mulai
  FROM (SELECT x.instansi, x.tahun, lower(btrim(x.nama)) AS nama
          FROM @extschema@.sarana x
         GROUP BY x.instansi, x.tahun, lower(btrim(x.nama))
        HAVING count(*) > 1) g
  JOIN @extschema@.sarana s
    ON s.instansi = g.instansi AND s.tahun = g.tahun AND lower(btrim(s.nama)) = g.nama
 GROUP BY s.instansi, s.tahun, g.nama, lower(btrim(s.satuan))
HAVING count(*) > 1;
COMMENT ON VIEW @extschema@.cek_sarana_ganda IS 'peringatan: an asset name (with its unit) listed more than once in a year.  Tabel 2 keeps one line per kind of asset with its quantity in each condition; a repeated line is most often the same assets entered twice, which inflates the item count and the baik / rusak shares of section 3.1.2.6.';

-- The agreements themselves.

CREATE VIEW @extschema@.cek_pk_tanggal AS
SELECT b.instansi, b.tahun, 'Lampiran PK'::text AS tabel, 'pk_tanggal'::text AS kode, 'galat'::text AS tingkat,
       'perjanjian_kinerja awal, perjanjian_kinerja perubahan'::text AS objek,
       format('Perjanjian Kinerja perubahan %s bertanggal %s, sebelum Perjanjian Kinerja awal yang diubahnya (%s).',
              b.tahun, @extschema@.format_tanggal(b.tanggal), @extschema@.format_tanggal(a.tanggal)) AS pesan,
       NULL::date AS berlaku_mulai
  FROM @extschema@.perjanjian_kinerja a
  JOIN @extschema@.perjanjian_kinerja b ON b.instansi = a.instansi AND b.tahun = a.tahun AND b.jenis = 'perubahan'
 WHERE a.jenis = 'awal' AND b.tanggal < a.tanggal;
COMMENT ON VIEW @extschema@.cek_pk_tanggal IS 'galat: a revised Perjanjian Kinerja dated before the original it revises.  The report prints both dates in its appendix, and which targets were in force when depends on them.';

CREATE VIEW @extschema@.cek_tanpa_pk AS
SELECT p.instansi, p.tahun, 'Lampiran PK'::text AS tabel, 'tanpa_pk'::text AS kode, 'peringatan'::text AS tingkat,
       'perjanjian_kinerja awal'::text AS objek,
       format('Tahun %s mempunyai anggaran %s program (%s), tetapi tidak ada Perjanjian Kinerja yang ditandatangani: Tabel 5 dan lampiran PK tidak dapat dicetak, dan capaian diukur terhadap target Renstra.',
              p.tahun, count(*), string_agg('Program ' || p.no, ', ' ORDER BY p.no)) AS pesan,
       make_date(p.tahun, 2, 1) AS berlaku_mulai
  FROM @extschema@.program p
 WHERE NOT EXISTS (SELECT FROM @extschema@.perjanjian_kinerja pk
                    WHERE pk.instansi = p.instansi AND pk.tahun = p.tahun)
 GROUP BY p.instansi, p.tahun;
COMMENT ON VIEW @extschema@.cek_tanpa_pk IS 'peringatan: a year with a budget (programs of that year, its DPA) and no signed Perjanjian Kinerja, original or revised.  PermenPAN-RB 53/2014 has the PK signed at the start of the year, within a month after the DPA: without it Tabel 5 and the PK appendix have nothing to print, and the capaian is measured against the Renstra''s targets, which nobody signed for that year.  It waits for the PK to be due: its rows carry berlaku_mulai 1 February of the year, and before that date lkj.periksa() reports them as one info finding per unit and year.  A year with Renstra targets or realisasi but no budget (a Renstra''s later years, earlier years kept for comparison) is no report''s year and is not judged.';

CREATE VIEW @extschema@.cek_pk_tanpa_realisasi AS
SELECT y.instansi, y.tahun, 'Tabel 8'::text AS tabel, 'pk_tanpa_realisasi'::text AS kode, 'peringatan'::text AS tingkat,
       (SELECT string_agg('perjanjian_kinerja ' || pk.jenis, ', ' ORDER BY pk.jenis)
          FROM @extschema@.perjanjian_kinerja pk
         WHERE pk.instansi = y.instansi AND pk.tahun = y.tahun) AS objek,
       format('Perjanjian Kinerja tahun %s ditandatangani, tetapi tidak ada satu pun realisasi indikator tahun itu, padahal tahun itu sudah berakhir: Tabel 8 sampai 14 tidak dapat mengukur capaian apa pun.',
              y.tahun) AS pesan,
       y.berakhir AS berlaku_mulai
  FROM @extschema@.periksa_tahun_laporan y
 WHERE y.ada_pk
   AND NOT EXISTS (SELECT FROM @extschema@.realisasi r
                    WHERE r.instansi = y.instansi AND r.tahun = y.tahun)
   AND NOT (EXISTS (SELECT FROM @extschema@.periksa_tahun_dokumen_desa d
                     WHERE d.instansi = y.instansi AND d.tahun = y.tahun)
            AND EXISTS (SELECT FROM @extschema@.indikator i
                         WHERE i.instansi = y.instansi AND i.sumber = 'dokumen_desa'));
COMMENT ON VIEW @extschema@.cek_pk_tanpa_realisasi IS 'peringatan: a year with a signed Perjanjian Kinerja and no realisasi at all, neither a stored one nor one derived from village documents.  The report measures what the PK promised: with nothing measured, Tabel 8 to 14 and section 3.1 have no capaian (tanpa_realisasi lists the indicators one by one; this finding says the year''s measuring was never entered).  It waits for the year to end: its row carries berlaku_mulai 1 January of the next year, and before that date lkj.periksa() reports it as one info finding per unit and year.';
