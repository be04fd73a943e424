-- data/kunir_2024.sql: Kecamatan Kunir (Kabupaten Lumajang), fiscal year 2024,
-- and what Tabel 10 gives of 2019 and 2020, as facts in lkj's schema.
--
-- Source: ../shared/seed/lkj-kecamatan-kunir-2024.txt (the printed LKj).  Every
-- figure below is typed once, from the place the report states it; every
-- other figure of the report is derived by the views.  Where the report
-- contradicts itself (seed README, errata), the facts stored are the ones the
-- report's own capaian and penyerapan follow from, and a comment names the
-- printed figure that the data cannot give.
--
-- Load with psql after CREATE EXTENSION lkj: \i data/kunir_2024.sql

INSERT INTO lkj.pemda (kode, nama, skala_kriteria)
VALUES ('lumajang', 'Kabupaten Lumajang', 'lumajang');

INSERT INTO lkj.instansi (kode, pemda, nama, jenis, alamat, kepala_jabatan, kepala_nama, kepala_nip, label_pppk)
VALUES ('kunir', 'lumajang', 'Kecamatan Kunir', 'kecamatan',
        'Jl. Sastrodikoro No. 01 Telp./ Fax. (0334) 520793 KUNIR – 67383',
        'Camat Kunir', 'M. IMRON ROSYADI, MA', '197703092005011003', 'P3K');

-- The settings from the earliest year (lkj.setelan), as the upgrade from
-- 1.0 migrates pemda.skala_kriteria and instansi.label_pppk: the regency's
-- criteria scale, and the word Tabel 1 prints for PPPK staff.
INSERT INTO lkj.setelan (pemda, berlaku_mulai_tahun, skala_kriteria)
VALUES ('lumajang', 1990, 'lumajang');
INSERT INTO lkj.setelan (instansi, berlaku_mulai_tahun, label_pppk)
VALUES ('kunir', 1990, 'P3K');

-- The head of the unit in every year it reports on (lkj.tahun_laporan: the
-- years of its Renstra periods, 2018 to 2026), as the upgrade from 1.0
-- migrates lkj.instansi.kepala_*: the print gives no date of office, so
-- each year's row says 1 January.  Tabel 1 titles PPPK staff P3K
-- (label_pppk above), as 1.0 printed it.
INSERT INTO lkj.kepala_instansi (instansi, tahun, mulai, nama, nip, jabatan)
SELECT u.kode, y.tahun, make_date(y.tahun, 1, 1), u.kepala_nama, u.kepala_nip, u.kepala_jabatan
  FROM lkj.instansi u
 CROSS JOIN generate_series(2018, 2026) AS y (tahun)
 WHERE u.kode = 'kunir';

-- Planning periods (section 3.1.2.2: 1 tujuan and 2 sasaran in both).
INSERT INTO lkj.renstra (instansi, kode, nama, tahun_awal, tahun_akhir) VALUES
    ('kunir', '2018-2023', 'P-Renstra 2018-2023', 2018, 2023),
    ('kunir', '2024-2026', 'Renstra 2024-2026', 2024, 2026);

INSERT INTO lkj.tujuan (instansi, renstra, no, uraian) VALUES
    ('kunir', '2018-2023', 1, 'Optimalnya Penyelenggaraan Reformasi Birokrasi'),
    ('kunir', '2024-2026', 1, 'Optimalnya Penyelenggaraan Reformasi Birokrasi');

INSERT INTO lkj.sasaran (instansi, renstra, no, tujuan, uraian) VALUES
    ('kunir', '2018-2023', 1, 1, 'Meningkatnya penyelenggaraan pelayanan publik di Kecamatan'),
    ('kunir', '2018-2023', 2, 1, 'Meningkatnya akuntabilitas Pemerintahan Desa'),
    ('kunir', '2024-2026', 1, 1, 'Meningkatnya penyelenggaraan pelayanan publik di Kecamatan'),
    ('kunir', '2024-2026', 2, 1, 'Meningkatnya akuntabilitas Pemerintahan Desa');

-- Programs of 2024 (Tabel 5, 6, 15), numbered 1-6 across the unit.
-- Erratum 2: Program 1's original budget is printed three ways.  The signed
-- Perjanjian Kinerja (and its total 1.918.962.796, which Tabel 6's tujuan row
-- repeats) says 1.696.436.296: that is stored.  Tabel 6's program row
-- (1.615.051.457) cannot be given by the data; its six kegiatan below add up
-- to 1.607.221.457, which lkj.periksa() reports.  Tabel 6's Sasaran 1 row
-- then reads 1.706.848.596 (programs 1 + 2), not the printed 1.696.436.296.
INSERT INTO lkj.program (instansi, tahun, kode, no, nama, renstra, sasaran,
                         anggaran_awal, anggaran_perubahan, realisasi) VALUES
    ('kunir', 2024, '1', 1, 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', '2024-2026', 1,
        1696436296, 1556601844, 1494310908),
    ('kunir', 2024, '2', 2, 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', '2024-2026', 1,
        10412300, 6587300, 6579000),
    ('kunir', 2024, '3', 3, 'Program Pemberdayaan Masyarakat Desa dan Kelurahan', '2024-2026', 2,
        143479700, 29752200, 29449900),
    ('kunir', 2024, '4', 4, 'Program Koordinasi Ketenteraman dan Ketertiban Umum', '2024-2026', 2,
        26359900, 9600000, 9600000),
    ('kunir', 2024, '5', 5, 'Program Penyelenggaraan Urusan Pemerintahan Umum', '2024-2026', 2,
        7200000, 7200000, 7200000),
    ('kunir', 2024, '6', 6, 'Program Pembinaan dan Pengawasan Pemerintahan Desa', '2024-2026', 2,
        35074600, 13199900, 13199000);

-- Kegiatan (Tabel 6).  The report gives their budgets, not their spending.
-- Program 6 lists no kegiatan.
INSERT INTO lkj.kegiatan (instansi, tahun, program, kode, no, nama, anggaran_awal, anggaran_perubahan) VALUES
    ('kunir', 2024, '1', '1.1', 1, 'Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah', 5281000, 2731000),
    ('kunir', 2024, '1', '1.2', 2, 'Administrasi Keuangan Perangkat Daerah', 1286532024, 1255109911),
    ('kunir', 2024, '1', '1.3', 3, 'Administrasi Barang Milik Daerah pada Perangkat Daerah', 3189000, 1089000),
    ('kunir', 2024, '1', '1.4', 4, 'Administrasi Umum Perangkat Daerah', 66789033, 62401533),
    ('kunir', 2024, '1', '1.5', 5, 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', 196580400, 195620400),
    ('kunir', 2024, '1', '1.6', 6, 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', 48850000, 39650000),
    ('kunir', 2024, '2', '2.1', 1, 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', 5162400, 3437400),
    ('kunir', 2024, '2', '2.2', 2, 'Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat', 5249900, 3149900),
    ('kunir', 2024, '3', '3.1', 1, 'Koordinasi Kegiatan Pemberdayaan Desa', 112730000, 17452500),
    ('kunir', 2024, '3', '3.2', 2, 'Pemberdayaan dan Kesejahteraan Keluarga Tingkat Kecamatan dan Kelurahan', 30749700, 12299700),
    ('kunir', 2024, '4', '4.1', 1, 'Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum', 26359900, 9600000),
    ('kunir', 2024, '5', '5.1', 1, 'Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah', 7200000, 7200000);

-- Indicators of the Renstra 2024-2026 (Tabel 3, 4, 8).
INSERT INTO lkj.indikator (instansi, kode, uraian, satuan, polaritas, agregasi, sumber, iku,
                           formulasi, sumber_data, renstra, tujuan, sasaran) VALUES
    ('kunir', 'ipp', 'Indeks Pelayanan Publik', 'Indeks', 'positif', 'jumlah', 'realisasi', false,
     NULL, 'Hasil Penghitungan Indeks Pelayanan Publik Kabupaten', '2024-2026', 1, NULL),
    ('kunir', 'fasilitasi', 'Persentase hasil Fasilitasi dan Koordinasi yang ditindaklanjuti', 'Persen',
     'positif', 'jumlah', 'realisasi', true,
     'Jumlah Hasil Fasilitasi dan Koordinasi yang ditindaklanjuti / Jumlah Fasilitasi dan Koordinasi direncanakan x 100%',
     'Seluruh Aktivitas Fasilitasi dan Koordinasi yang menghasilkan output aktivitas sesuai kewenangan Kecamatan',
     '2024-2026', NULL, 1),
    ('kunir', 'dokumen-desa', 'Rata-rata persentase desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu',
     'Persen', 'positif', 'rasio', 'dokumen_desa', true,
     '(Jumlah desa yang menyusun RKPDesa tepat waktu + Jumlah desa yang menyusun APBDesa tepat waktu + Jumlah desa yang menyusun LPPDesa tepat waktu) / (Jumlah seluruh desa di wilayah Kecamatan x 3 dokumen administrasi pemerintahan desa) x 100',
     'LPPDesa tepat waktu: disampaikan oleh Kepala Desa kepada Bupati melalui Camat paling lambat 31 Maret tahun berikutnya; RKPDesa tepat waktu: ditetapkan dengan Peraturan Desa paling lambat akhir bulan September; APBDesa tepat waktu: ditetapkan dengan Peraturan Desa paling lambat 31 Desember tahun anggaran sebelumnya',
     '2024-2026', NULL, 2);

-- The same goal tree in the P-Renstra 2018-2023 (Tabel 10).
INSERT INTO lkj.indikator (instansi, kode, uraian, satuan, polaritas, agregasi, iku, renstra, tujuan, sasaran) VALUES
    ('kunir', 'ipp-2018', 'Indeks Pelayanan Publik', 'Indeks', 'positif', 'jumlah', false, '2018-2023', 1, NULL),
    ('kunir', 'fasilitasi-2018', 'Persentase hasil Fasilitasi dan Koordinasi yang ditindaklanjuti', 'Persen',
     'positif', 'jumlah', true, '2018-2023', NULL, 1),
    ('kunir', 'dokumen-desa-2018', 'Rata-rata persentase desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu',
     'Persen', 'positif', 'jumlah', true, '2018-2023', NULL, 2);

-- Indicators of the programs and kegiatan of 2024 (Tabel 6, section 3.1.2.7).
INSERT INTO lkj.indikator (instansi, kode, no, uraian, satuan, tahun, program, kegiatan) VALUES
    ('kunir', 'p1', 1, 'Persentase pemenuhan fasilitasi kebutuhan operasional perkantoran', 'Persen', 2024, '1', NULL),
    ('kunir', 'p2', 1, 'Persentase Pelayanan PATEN sesuai SP dan SOP', 'Persen', 2024, '2', NULL),
    ('kunir', 'p3', 1, 'Rata-rata persentase fasilitasi pemberdayaan masyarakat', 'Persen', 2024, '3', NULL),
    ('kunir', 'p4', 1, 'Persentase Fasilitasi Koordinasi Ketenteraman dan Ketertiban Umum', 'Persen', 2024, '4', NULL),
    ('kunir', 'p5', 1, 'Persentase Fasilitasi Penyelenggaraan Urusan Pemerintahan Umum', 'Persen', 2024, '5', NULL),
    ('kunir', 'p6-rkpdes', 1, 'Persentase Desa yang menetapkan RKPDes Tepat Waktu', 'Persen', 2024, '6', NULL),
    ('kunir', 'p6-apbdes', 2, 'Persentase Desa yang menetapkan APBDes Tepat Waktu', 'Persen', 2024, '6', NULL),
    ('kunir', 'p6-lppdes', 3, 'Persentase Desa yang menetapkan LPPDes Tepat Waktu', 'Persen', 2024, '6', NULL),
    ('kunir', 'k1.1', 1, 'Persentase fasilitasi penyusunan dokumen Perencanaan, Penganggaran, dan Evaluasi Kinerja', 'Persen', 2024, NULL, '1.1'),
    ('kunir', 'k1.2', 1, 'Persentase fasilitasi Administrasi Keuangan Perangkat Daerah', 'Persen', 2024, NULL, '1.2'),
    ('kunir', 'k1.3', 1, 'Persentase fasilitasi Administrasi BMD Perangkat Daerah', 'Persen', 2024, NULL, '1.3'),
    ('kunir', 'k1.4', 1, 'Persentase fasilitasi Administrasi Umum PD', 'Persen', 2024, NULL, '1.4'),
    ('kunir', 'k1.5', 1, 'Persentase fasilitasi jasa penunjang urusan pemerintahan daerah', 'Persen', 2024, NULL, '1.5'),
    ('kunir', 'k1.6', 1, 'Persentase pemeliharaan BMD', 'Persen', 2024, NULL, '1.6'),
    ('kunir', 'k2.1', 1, 'Persentase Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Kecamatan', 'Persen', 2024, NULL, '2.1'),
    ('kunir', 'k2.2', 1, 'Persentase fasilitasi Pelaksanaan Urusan Pemerintahan yang dilimpahkan kepada Camat', 'Persen', 2024, NULL, '2.2'),
    ('kunir', 'k3.1', 1, 'Persentase fasilitasi kegiatan pemberdayaan masyarakat desa', 'Persen', 2024, NULL, '3.1'),
    ('kunir', 'k3.2', 1, 'Persentase Pemberdayaan dan Kesejahteraan Keluarga Tingkat Kecamatan', 'Persen', 2024, NULL, '3.2'),
    ('kunir', 'k4.1', 1, 'Jumlah Fasilitasi Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum', 'Fasilitasi', 2024, NULL, '4.1'),
    ('kunir', 'k5.1', 1, 'Jumlah Fasilitasi Penyelenggaraan Urusan Pemerintahan Umum', 'Fasilitasi', 2024, NULL, '5.1');

-- The signed agreements (appendix: Perjanjian Kinerja, awal and perubahan).
INSERT INTO lkj.perjanjian_kinerja (instansi, tahun, jenis, tanggal, tempat,
        pihak_pertama_nama, pihak_pertama_jabatan, pihak_pertama_nip,
        pihak_kedua_nama, pihak_kedua_jabatan) VALUES
    ('kunir', 2024, 'awal', '2024-01-10', 'Lumajang',
     'M. IMRON ROSYADI, MA', 'Camat Kunir', '197703092005011003',
     'INDAH WAHYUNI, S.H., M.Si', 'Pj. Bupati Lumajang'),
    ('kunir', 2024, 'perubahan', '2024-09-02', 'Lumajang',
     'M. IMRON ROSYADI, MA', 'Camat Kunir', '197703092005011003',
     'INDAH WAHYUNI, S.H., M.Si', 'Pj. Bupati Lumajang');

INSERT INTO lkj.anggaran_pk (instansi, tahun, pk, program, anggaran, sumber_dana) VALUES
    ('kunir', 2024, 'awal', '1', 1696436296, 'DAU'),
    ('kunir', 2024, 'awal', '2', 10412300, 'DAU'),
    ('kunir', 2024, 'awal', '3', 143479700, 'DAU'),
    ('kunir', 2024, 'awal', '4', 26359900, 'DAU'),
    ('kunir', 2024, 'awal', '5', 7200000, 'DAU'),
    ('kunir', 2024, 'awal', '6', 35074600, 'DAU'),
    ('kunir', 2024, 'perubahan', '1', 1556601844, 'DAU'),
    ('kunir', 2024, 'perubahan', '2', 6587300, 'DAU'),
    ('kunir', 2024, 'perubahan', '3', 29752200, 'DAU'),
    ('kunir', 2024, 'perubahan', '4', 9600000, 'DAU'),
    ('kunir', 2024, 'perubahan', '5', 7200000, 'DAU'),
    ('kunir', 2024, 'perubahan', '6', 13199900, 'DAU');

-- Targets.  Renstra: the yearly targets of Tabel 4 and the end targets of
-- Tabel 12 (its last year, 2026).  PK: Tabel 5 and the appendix for the
-- sasaran, Tabel 6 for the tujuan, programs and kegiatan.
-- Erratum 1: Tabel 6 (Perubahan) and section 3.1.2.7 print the tujuan's target
-- as 62,02; everywhere else, and in the capaian 135,76% = 84,44 / 62,2, it is
-- 62,2.  62,2 is stored, so Tabel 6 cannot give the printed 62,02.
INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai) VALUES
    ('kunir', 'ipp', 2024, 'renstra', 62.2),
    ('kunir', 'ipp', 2026, 'renstra', 70.50),
    ('kunir', 'ipp', 2024, 'pk_awal', 62.2),
    ('kunir', 'ipp', 2024, 'pk_perubahan', 62.2),
    ('kunir', 'fasilitasi', 2024, 'renstra', 72.73),
    ('kunir', 'fasilitasi', 2026, 'renstra', 76.36),
    ('kunir', 'fasilitasi', 2024, 'pk_awal', 72.73),
    ('kunir', 'fasilitasi', 2024, 'pk_perubahan', 72.73),
    ('kunir', 'dokumen-desa', 2024, 'renstra', 69.70),
    ('kunir', 'dokumen-desa', 2026, 'renstra', 75.76),
    ('kunir', 'dokumen-desa', 2024, 'pk_awal', 69.70),
    ('kunir', 'dokumen-desa', 2024, 'pk_perubahan', 69.70),
    -- Tabel 10: the P-Renstra's targets of 2019 and 2020 (no data after 2020)
    ('kunir', 'ipp-2018', 2019, 'renstra', 78.4),
    ('kunir', 'ipp-2018', 2020, 'renstra', 78.6),
    ('kunir', 'fasilitasi-2018', 2019, 'renstra', 86),
    ('kunir', 'fasilitasi-2018', 2020, 'renstra', 87),
    ('kunir', 'dokumen-desa-2018', 2019, 'renstra', 96.6),
    ('kunir', 'dokumen-desa-2018', 2020, 'renstra', 96.6);

INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai)
SELECT 'kunir', i.kode, 2024, d.dokumen,
       CASE i.kode WHEN 'p6-apbdes' THEN 9.09 WHEN 'k4.1' THEN 4 WHEN 'k5.1' THEN 4 ELSE 100 END
  FROM lkj.indikator i
 CROSS JOIN (VALUES ('pk_awal'), ('pk_perubahan')) AS d (dokumen)
 WHERE i.instansi = 'kunir' AND i.tahun = 2024;

-- Realisasi per quarter (Tabel 8).
-- Erratum 3: Tabel 8 prints every quarter of the Sasaran 1 indicator as
-- 20,72% and the year as 82,87%, which 4 x 20,72 = 82,88 contradicts: the
-- printed quarters are rounded parts.  Stored are parts that round to the
-- printed 20,72 and add up to the 82,87 the capaian 113,94% follows from.
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES
    ('kunir', 'ipp', 2024, 1, 21.11),
    ('kunir', 'ipp', 2024, 2, 21.11),
    ('kunir', 'ipp', 2024, 3, 21.11),
    ('kunir', 'ipp', 2024, 4, 21.11),
    ('kunir', 'fasilitasi', 2024, 1, 20.7175),
    ('kunir', 'fasilitasi', 2024, 2, 20.7175),
    ('kunir', 'fasilitasi', 2024, 3, 20.7175),
    ('kunir', 'fasilitasi', 2024, 4, 20.7175);

-- Tabel 10: the years 2019 and 2020, measured once a year.
-- Erratum 4: the report prints the 2019 and 2020 capaian of the Indeks
-- Pelayanan Publik as ratios (0,93 and 1,07); the data gives 93,46 and 106,81.
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES
    ('kunir', 'ipp-2018', 2019, NULL, 73.27),
    ('kunir', 'ipp-2018', 2020, NULL, 83.95),
    ('kunir', 'fasilitasi-2018', 2019, NULL, 86),
    ('kunir', 'fasilitasi-2018', 2020, NULL, 87),
    ('kunir', 'dokumen-desa-2018', 2019, NULL, 96.6),
    ('kunir', 'dokumen-desa-2018', 2020, NULL, 96.6);

-- Programs' and kegiatan' indicators for the year (section 3.1.2.7: "target
-- 100% dan realisasi 100%", "4 Fasilitasi").  The report states no realisasi
-- for Program 6's APBDes and LPPDes indicators.
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai)
SELECT 'kunir', i.kode, 2024, NULL, CASE WHEN i.satuan = 'Fasilitasi' THEN 4 ELSE 100 END
  FROM lkj.indikator i
 WHERE i.instansi = 'kunir' AND i.tahun = 2024 AND i.kode NOT IN ('p6-apbdes', 'p6-lppdes');

-- The 11 villages and the dates of their documents.  The report gives only
-- counts: on time were 11 LPPDes 2023 (due 31 March 2024), 10 RKPDes 2025
-- (due 30 September 2024) and 11 APBDes 2025 (due 31 December 2024), which is
-- Tabel 8's 11, 0, 10 and 11 of 33 per quarter and 32 of 33 = 96,97% for the
-- year.  It names neither the villages nor the late one, nor the dates: the
-- codes and dates below are placeholders consistent with those counts.
INSERT INTO lkj.desa (instansi, kode, nama)
SELECT 'kunir', pg_catalog.format('desa-%s', pg_catalog.lpad(n::text, 2, '0')),
       pg_catalog.format('Desa %s', n)
  FROM pg_catalog.generate_series(1, 11) AS n;

INSERT INTO lkj.dokumen_desa (instansi, desa, jenis, tahun_anggaran, tanggal)
SELECT 'kunir', d.kode, j.jenis, j.tahun_anggaran,
       CASE WHEN j.jenis = 'RKPDes' AND d.kode = 'desa-11' THEN date '2024-10-14' ELSE j.tanggal END
  FROM lkj.desa d
 CROSS JOIN (VALUES ('LPPDes', 2023, date '2024-03-28'),
                    ('RKPDes', 2025, date '2024-09-27'),
                    ('APBDes', 2025, date '2024-12-30')) AS j (jenis, tahun_anggaran, tanggal)
 WHERE d.instansi = 'kunir';

-- Staff on 31 December 2024 (Tabel 1).  Erratum 7: the report numbers its
-- rows 1-7, 8, 7, 8; the view numbers them 1-10.
INSERT INTO lkj.jabatan (instansi, kode, no, nama, jenis, eselon) VALUES
    ('kunir', 'camat', 1, 'Camat', 'struktural', 3),
    ('kunir', 'sekretaris', 2, 'Sekretaris', 'struktural', 3),
    ('kunir', 'kasi-pemerintahan', 3, 'Kepala Seksi Pemerintahan', 'struktural', 4),
    ('kunir', 'kasi-pemberdayaan', 4, 'Kepala Pemberdayaan Masyarakat', 'struktural', 4),
    ('kunir', 'kasi-pelayanan', 5, 'Kepala Seksi Pelayanan Umum', 'struktural', 4),
    ('kunir', 'kasubag-umum', 6, 'Kepala Sub Bagian Umum dan Kepegawaian', 'struktural', 4),
    ('kunir', 'kasubag-keuangan', 7, 'Kepala Sub Bagian Keuangan', 'struktural', 4),
    ('kunir', 'fungsional', 8, 'Pejabat Fungsional', 'fungsional', NULL),
    ('kunir', 'pelaksana', 9, 'Pejabat Pelaksana', 'pelaksana', NULL),
    ('kunir', 'kontrak', 10, 'Tenaga Kontrak', 'kontrak', NULL);

-- One row a person.  Tabel 1 gives the contract workers' sex (4 L, 3 P) and
-- education (SD 1, SMP 1, SMA 3, S1 2) separately; which goes with which is
-- not printed, and no table depends on it.
INSERT INTO lkj.pegawai (instansi, tahun, no, jabatan, jenis_kelamin, status, pendidikan) VALUES
    ('kunir', 2024, 1, 'camat', 'L', 'PNS', 'S2'),
    ('kunir', 2024, 2, 'sekretaris', 'L', 'PNS', 'D3'),
    ('kunir', 2024, 3, 'kasi-pemerintahan', 'L', 'PNS', 'S1'),
    ('kunir', 2024, 4, 'kasi-pemberdayaan', 'L', 'PNS', 'SMA'),
    ('kunir', 2024, 5, 'kasi-pelayanan', 'P', 'PNS', 'S1'),
    ('kunir', 2024, 6, 'kasubag-umum', 'L', 'PNS', 'S1'),
    ('kunir', 2024, 7, 'kasubag-keuangan', 'P', 'PNS', 'S1'),
    ('kunir', 2024, 8, 'pelaksana', 'L', 'PNS', 'SMA'),
    ('kunir', 2024, 9, 'pelaksana', 'L', 'PNS', 'SMA'),
    ('kunir', 2024, 10, 'pelaksana', 'L', 'PNS', 'SMA'),
    ('kunir', 2024, 11, 'kontrak', 'L', 'TKB', 'SD'),
    ('kunir', 2024, 12, 'kontrak', 'L', 'TKB', 'SMP'),
    ('kunir', 2024, 13, 'kontrak', 'L', 'TKB', 'SMA'),
    ('kunir', 2024, 14, 'kontrak', 'L', 'TKB', 'SMA'),
    ('kunir', 2024, 15, 'kontrak', 'P', 'TKB', 'SMA'),
    ('kunir', 2024, 16, 'kontrak', 'P', 'TKB', 'S1'),
    ('kunir', 2024, 17, 'kontrak', 'P', 'TKB', 'S1');

-- Section 3.1.2.6: 19 positions needed according to the job analysis.
INSERT INTO lkj.kebutuhan_pegawai (instansi, tahun, jumlah, sumber)
VALUES ('kunir', 2024, 19, 'Analisa jabatan dan peta jabatan Kecamatan Kunir');

-- Assets on 31 December 2024 (Tabel 2).
-- Erratum 5: section 3.1.2.6 also says 9,59% "rusak berat"; Tabel 2 has no
-- badly damaged item, so the data gives 0% rusak berat.
INSERT INTO lkj.sarana (instansi, tahun, no, nama, satuan, baik, rusak) VALUES
    ('kunir', 2024, 1, 'Tanah Kantor', 'Bidang', 1, 0),
    ('kunir', 2024, 2, 'Tanah Rumah Dinas', 'Bidang', 1, 0),
    ('kunir', 2024, 3, 'Genset MT 5000', 'Unit', 1, 0),
    ('kunir', 2024, 4, 'Izuzu Panther TBR 54 RF', 'Unit', 1, 0),
    ('kunir', 2024, 5, 'Sepeda Motor', 'Unit', 6, 1),
    ('kunir', 2024, 6, 'Alat Ukur Meteran Dorong', 'Buah', 1, 0),
    ('kunir', 2024, 7, 'Meja Eselon III', 'Buah', 1, 0),
    ('kunir', 2024, 8, 'Brankas', 'Buah', 1, 0),
    ('kunir', 2024, 9, 'Lemari Besi', 'Buah', 2, 0),
    ('kunir', 2024, 10, 'Filling Cabinet', 'Buah', 2, 0),
    ('kunir', 2024, 11, 'AC / Air conditioner', 'Buah', 8, 0),
    ('kunir', 2024, 12, 'Meja Kerja Pejabat Eselon IV', 'Buah', 8, 0),
    ('kunir', 2024, 13, 'Kursi Kerja Pejabat Eselon IV', 'Buah', 8, 0),
    ('kunir', 2024, 14, 'LCD Proyektor', 'Buah', 1, 0),
    ('kunir', 2024, 15, 'Almari Besi', 'Buah', 4, 0),
    ('kunir', 2024, 16, 'Meja Kursi Tamu / Zice', 'Set', 1, 0),
    ('kunir', 2024, 17, 'Bangku Tunggu', 'Buah', 2, 0),
    ('kunir', 2024, 18, 'Televisi', 'Buah', 3, 0),
    ('kunir', 2024, 19, 'Meja Pelayanan / Receptionis', 'Buah', 1, 0),
    ('kunir', 2024, 20, 'Bangku Tunggu : 3 dudukan', 'Buah', 2, 0),
    ('kunir', 2024, 21, 'UPS-Back up', 'Buah', 1, 4),
    ('kunir', 2024, 22, 'Meja Operator', 'Buah', 2, 0),
    ('kunir', 2024, 23, 'Lemari Es / Kulkas', 'Buah', 1, 0),
    ('kunir', 2024, 24, 'Lemari Pendingin/Showcase', 'Buah', 1, 0),
    ('kunir', 2024, 25, 'Alat Pemadam Kebakaran', 'Buah', 1, 0),
    ('kunir', 2024, 26, 'UPS-unit power supply', 'Buah', 3, 0),
    ('kunir', 2024, 27, 'Kursi Kerja', 'Buah', 10, 0),
    ('kunir', 2024, 28, 'Meja Baca Individual', 'Buah', 1, 0),
    ('kunir', 2024, 29, 'Spring Bed', 'Buah', 2, 0),
    ('kunir', 2024, 30, 'Meja Makan (6 kursi)', 'Set', 1, 0),
    ('kunir', 2024, 31, 'Mesin Cuci 2 Tabung', 'Buah', 1, 0),
    ('kunir', 2024, 32, 'Kulkas 2 pintu', 'Buah', 1, 0),
    ('kunir', 2024, 33, 'Kompore Gas', 'Buah', 2, 0),
    ('kunir', 2024, 34, 'Meja Rapat Umum', 'Buah', 4, 0),
    ('kunir', 2024, 35, 'Meja Rapat Lipat', 'Buah', 6, 0),
    ('kunir', 2024, 36, 'Mesin Potong Rumput', 'Buah', 1, 0),
    ('kunir', 2024, 37, 'Meja staf non eselon', 'Buah', 6, 0),
    ('kunir', 2024, 38, 'Almari Arsip', 'Buah', 4, 0),
    ('kunir', 2024, 39, 'Mimbar / Podium', 'Buah', 2, 0),
    ('kunir', 2024, 40, 'Rak Mukena', 'Buah', 1, 0),
    ('kunir', 2024, 41, 'Kamera DSLR', 'Buah', 1, 0),
    ('kunir', 2024, 42, 'Vakuu cleaner', 'Buah', 1, 0),
    ('kunir', 2024, 43, 'Mesin Laminating', 'Buah', 0, 1),
    ('kunir', 2024, 44, 'Komputer / PC', 'Buah', 7, 1),
    ('kunir', 2024, 45, 'Printer', 'Buah', 5, 3),
    ('kunir', 2024, 46, 'Laptop', 'Buah', 4, 1),
    ('kunir', 2024, 47, 'Stavolt', 'Buah', 1, 0),
    ('kunir', 2024, 48, 'UPS Bateray', 'Buah', 2, 0),
    ('kunir', 2024, 49, 'Meja Pingpong', 'Set', 1, 0),
    ('kunir', 2024, 50, 'Bangunan Gedung Kantor', 'Unit', 1, 0),
    ('kunir', 2024, 51, 'Bangunan Panti PKK', 'Unit', 1, 0),
    ('kunir', 2024, 52, 'Bangunan Musholla', 'Unit', 1, 0),
    ('kunir', 2024, 53, 'Bangunan Rumah Dinas', 'Unit', 1, 0),
    ('kunir', 2024, 54, 'Faximile / Fax', 'Buah', 0, 1),
    ('kunir', 2024, 55, 'Pesawat telepon', 'Buah', 0, 1),
    ('kunir', 2024, 56, 'Handytalkie', 'Buah', 0, 1);
