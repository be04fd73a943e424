-- data/diskominfo_2024.sql: Dinas Komunikasi dan Informatika of Kabupaten
-- Lumajang, fiscal year 2024, as facts in lkj's schema: the second demo unit
-- (issue 8), a dinas that differs from Kecamatan Kunir where real units do.
--
-- Invented, not a printed report: every name, NIP and figure below is made
-- up, at the scale of a regency's dinas (a budget of about 1,9 billion
-- rupiah).  What is taken from the regulations:
--   - the budget codes and names of urusan 2.16 (Komunikasi dan
--     Informatika) of the Permendagri 90/2019 nomenclature as updated by
--     Kepmendagri 050-5889/2021 (urusan.bidang.program.kegiatan.sub_kegiatan,
--     ../shared/research/README.md 1.3); the sub-kegiatan numbers as SIPD
--     lists them (they were renumbered by later decisions: a unit stores
--     those of its year's DPA);
--   - the seed's conventions (../shared/seed/README.md): capaian, the
--     Lumajang scale, penyerapan, every percentage rounded half away from
--     zero to two decimals before it is used again.
--
-- How it differs from Kunir, each on purpose:
--   - the budget is recorded per sub-kegiatan (Permendagri 90/2019 sets and
--     spends it there): kegiatan and program figures are left NULL and roll
--     up (lkj.anggaran_kegiatan, lkj.anggaran_program); two programs;
--   - no tujuan level: the Renstra's two sasaran hang on the Renstra itself;
--   - a PK awal and no PK perubahan, although the budget was revised in
--     September (lkj.periksa reports it: perubahan_tanpa_pk);
--   - the head changed on 1 July 2024: the PK is signed by the first head,
--     the report is headed by the second (lkj.kepala_instansi);
--   - each sasaran has three indicators, one of them a ratio (pembilang of
--     penyebut per quarter), one negative (lower is better), quarters summed,
--     averaged and the last one taken, and annual assessments;
--   - PPPK staff, titled PPPK (a new unit's label).
-- sql/diskominfo.sql works every printed figure out by hand.
--
-- Load with psql after CREATE EXTENSION lkj: \i data/diskominfo_2024.sql,
-- alone or after data/kunir_2024.sql (the regency is shared: its rows are
-- added only when absent).  One file holds the unit's whole 2024, so that a
-- test can load it as it is.

-- The regency, as data/kunir_2024.sql writes it, unless it is there.
INSERT INTO lkj.pemda (kode, nama, skala_kriteria)
VALUES ('lumajang', 'Kabupaten Lumajang', 'lumajang')
ON CONFLICT DO NOTHING;
INSERT INTO lkj.setelan (pemda, berlaku_mulai_tahun, skala_kriteria)
VALUES ('lumajang', 1990, 'lumajang')
ON CONFLICT DO NOTHING;

-- The head is recorded per year (below), not in 1.0's instansi.kepala_*.
INSERT INTO lkj.instansi (kode, pemda, nama, jenis, alamat)
VALUES ('diskominfo', 'lumajang', 'Dinas Komunikasi dan Informatika', 'dinas',
        'Jl. Alun-Alun Timur No. 3 Lumajang 67311');

-- Two heads in 2024: the first in office since 2022 signed the PK in
-- January; the second took office on 1 July and heads the report.
INSERT INTO lkj.kepala_instansi (instansi, tahun, mulai, nama, nip, pangkat, jabatan) VALUES
    ('diskominfo', 2024, '2022-02-14', 'Ir. HENDRA WIJAYANTO, M.T.', '197005122000031004',
     'Pembina Utama Muda (IV/c)', 'Kepala Dinas Komunikasi dan Informatika'),
    ('diskominfo', 2024, '2024-07-01', 'Dr. RATNA KUSUMAWARDANI, S.Kom., M.M.', '197811232003122002',
     'Pembina Tingkat I (IV/b)', 'Kepala Dinas Komunikasi dan Informatika');

-- The Renstra of the regency's transition period (RPD 2024-2026), as Kunir's;
-- its sasaran have no tujuan (sasaran.tujuan NULL).
INSERT INTO lkj.renstra (instansi, kode, nama, tahun_awal, tahun_akhir)
VALUES ('diskominfo', '2024-2026', 'Renstra 2024-2026', 2024, 2026);

INSERT INTO lkj.sasaran (instansi, renstra, no, tujuan, uraian) VALUES
    ('diskominfo', '2024-2026', 1, NULL,
     'Meningkatnya keterbukaan informasi dan komunikasi publik Pemerintah Kabupaten Lumajang'),
    ('diskominfo', '2024-2026', 2, NULL,
     'Meningkatnya penerapan Sistem Pemerintahan Berbasis Elektronik di Lingkup Pemerintah Kabupaten Lumajang');

-- The two programs of urusan 2.16 that serve the sasaran (the support
-- program 2.16.01 is left out: two programs, as issue 8 asks).  The unit
-- records sub-kegiatan: no budget figure of its own on a program or kegiatan.
-- The national code is the key (kode) and is printed as it is.
INSERT INTO lkj.program (instansi, tahun, kode, no, nama, renstra, sasaran, kode_nasional, kode_cetak) VALUES
    ('diskominfo', 2024, '2.16.02', 1, 'Program Informasi dan Komunikasi Publik', '2024-2026', 1,
     '2.16.02', '2.16.02'),
    ('diskominfo', 2024, '2.16.03', 2, 'Program Aplikasi Informatika', '2024-2026', 2,
     '2.16.03', '2.16.03');

INSERT INTO lkj.kegiatan (instansi, tahun, program, kode, no, nama, kode_nasional, kode_cetak) VALUES
    ('diskominfo', 2024, '2.16.02', '2.16.02.2.01', 1,
     'Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota',
     '2.16.02.2.01', '2.16.02.2.01'),
    ('diskominfo', 2024, '2.16.03', '2.16.03.2.01', 1,
     'Pengelolaan Nama Domain yang telah Ditetapkan oleh Pemerintah Pusat dan Sub Domain di Lingkup Pemerintah Daerah Kabupaten/Kota',
     '2.16.03.2.01', '2.16.03.2.01'),
    ('diskominfo', 2024, '2.16.03', '2.16.03.2.02', 2,
     'Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota',
     '2.16.03.2.02', '2.16.03.2.02');

-- The DPA's sub-kegiatan: anggaran awal (murni), perubahan (after the
-- September revision) and realisasi (SP2D to 31 December).  Pelayanan
-- Informasi Publik was not revised; its spending, 139.856.280 of
-- 143.200.000, is 97,665% exactly, which the report prints 97,67 (half
-- away from zero; half to even would print 97,66).
INSERT INTO lkj.sub_kegiatan (instansi, tahun, program, kegiatan, kode, kode_cetak, no, nama,
                              anggaran_awal, anggaran_perubahan, realisasi) VALUES
    ('diskominfo', 2024, '2.16.02', '2.16.02.2.01', '2.16.02.2.01.0002', '2.16.02.2.01.0002', 1,
     'Monitoring Opini dan Aspirasi Publik', 185400000, 172650000, 168915300),
    ('diskominfo', 2024, '2.16.02', '2.16.02.2.01', '2.16.02.2.01.0005', '2.16.02.2.01.0005', 2,
     'Pengelolaan Media Komunikasi Publik', 612750000, 640250000, 627481250),
    ('diskominfo', 2024, '2.16.02', '2.16.02.2.01', '2.16.02.2.01.0006', '2.16.02.2.01.0006', 3,
     'Pelayanan Informasi Publik', 143200000, 143200000, 139856280),
    ('diskominfo', 2024, '2.16.03', '2.16.03.2.01', '2.16.03.2.01.0001', '2.16.03.2.01.0001', 1,
     'Pengelolaan Nama Domain yang telah Ditetapkan oleh Pemerintah Pusat dan Sub Domain di Lingkup Pemerintah Daerah Kabupaten/Kota',
     96500000, 88500000, 87912000),
    ('diskominfo', 2024, '2.16.03', '2.16.03.2.02', '2.16.03.2.02.0004', '2.16.03.2.02.0004', 1,
     'Penyelenggaraan Sistem Penghubung Layanan Pemerintah', 274300000, 251800000, 236455125),
    ('diskominfo', 2024, '2.16.03', '2.16.03.2.02', '2.16.03.2.02.0007', '2.16.03.2.02.0007', 2,
     'Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik', 538900000, 565400000, 549987600);

-- Sasaran indicators (Tabel 3, 4, 8): three a sasaran.  How each year is
-- measured: nilai-kip and indeks-spbe once a year by an outside assessment
-- (Komisi Informasi Provinsi, KemenPAN-RB's SPBE evaluation); konten adds
-- up its quarters; aduan averages them and is negative (fewer days are
-- better); desa-sid is a ratio of villages and kelurahan (205 in the
-- regency), a count pair per quarter, each village counted in the quarter
-- it started; layanan-terintegrasi is a level, its last quarter is the year.
INSERT INTO lkj.indikator (instansi, kode, no, uraian, satuan, polaritas, agregasi, iku,
                           formulasi, sumber_data, renstra, sasaran) VALUES
    ('diskominfo', 'nilai-kip', 1, 'Nilai Keterbukaan Informasi Publik', 'Nilai', 'positif', 'terakhir', true,
     'Nilai hasil Monitoring dan Evaluasi Keterbukaan Informasi Publik Komisi Informasi Provinsi Jawa Timur',
     'Komisi Informasi Provinsi Jawa Timur', '2024-2026', 1),
    ('diskominfo', 'konten', 2, 'Jumlah konten informasi publik yang dipublikasikan', 'Konten', 'positif', 'jumlah', false,
     'Jumlah konten informasi publik yang dipublikasikan melalui media milik Pemerintah Daerah',
     'Bidang Informasi dan Komunikasi Publik', '2024-2026', 1),
    ('diskominfo', 'aduan', 3, 'Rata-rata waktu penyelesaian aduan masyarakat melalui SP4N-LAPOR!', 'Hari', 'negatif', 'rata-rata', true,
     'Jumlah hari penyelesaian seluruh aduan / jumlah aduan yang diselesaikan',
     'Aplikasi SP4N-LAPOR!', '2024-2026', 1),
    ('diskominfo', 'indeks-spbe', 1, 'Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)', 'Indeks', 'positif', 'terakhir', true,
     'Indeks hasil evaluasi SPBE Kementerian PANRB', 'Kementerian PANRB', '2024-2026', 2),
    ('diskominfo', 'desa-sid', 2, 'Persentase desa/kelurahan yang memanfaatkan Sistem Informasi Desa', 'Persen', 'positif', 'rasio', true,
     'Jumlah desa/kelurahan yang memanfaatkan Sistem Informasi Desa / jumlah desa dan kelurahan (205) x 100%',
     'Bidang Aplikasi Informatika', '2024-2026', 2),
    ('diskominfo', 'layanan-terintegrasi', 3, 'Persentase layanan publik yang terintegrasi secara elektronik', 'Persen', 'positif', 'terakhir', false,
     'Jumlah layanan publik yang terintegrasi / jumlah layanan publik x 100%',
     'Bidang Aplikasi Informatika', '2024-2026', 2);

-- Program and kegiatan indicators of 2024 (Tabel 6).
INSERT INTO lkj.indikator (instansi, kode, no, uraian, satuan, tahun, program, kegiatan) VALUES
    ('diskominfo', 'p-ikp', 1, 'Persentase informasi publik yang terpublikasi tepat waktu', 'Persen', 2024, '2.16.02', NULL),
    ('diskominfo', 'p-aptika', 1, 'Persentase perangkat daerah yang menggunakan aplikasi umum', 'Persen', 2024, '2.16.03', NULL),
    ('diskominfo', 'k-media', 1, 'Jumlah media komunikasi publik yang dikelola', 'Media', 2024, NULL, '2.16.02.2.01'),
    ('diskominfo', 'k-domain', 1, 'Jumlah sub domain yang dikelola', 'Sub Domain', 2024, NULL, '2.16.03.2.01'),
    ('diskominfo', 'k-aplikasi', 1, 'Jumlah aplikasi layanan publik yang terintegrasi', 'Aplikasi', 2024, NULL, '2.16.03.2.02');

-- The PK awal, signed by the first head; no PK perubahan.
INSERT INTO lkj.perjanjian_kinerja (instansi, tahun, jenis, tanggal, tempat,
        pihak_pertama_nama, pihak_pertama_jabatan, pihak_pertama_pangkat, pihak_pertama_nip,
        pihak_kedua_nama, pihak_kedua_jabatan) VALUES
    ('diskominfo', 2024, 'awal', '2024-01-08', 'Lumajang',
     'Ir. HENDRA WIJAYANTO, M.T.', 'Kepala Dinas Komunikasi dan Informatika', 'Pembina Utama Muda (IV/c)',
     '197005122000031004', 'INDAH WAHYUNI, S.H., M.Si', 'Pj. Bupati Lumajang');

-- The PK's budgets are the DPA murni's (sums of the sub-kegiatan's awal).
INSERT INTO lkj.anggaran_pk (instansi, tahun, pk, program, anggaran, sumber_dana) VALUES
    ('diskominfo', 2024, 'awal', '2.16.02', 941350000, 'DAU'),
    ('diskominfo', 2024, 'awal', '2.16.03', 909700000, 'DAU');

-- Targets: the Renstra's for 2024, 2025 and its end (2026); the PK awal's
-- for 2024, the same as the Renstra's.
INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai)
SELECT 'diskominfo', t.indikator, y.tahun, y.dokumen,
       CASE y.tahun WHEN 2024 THEN t.t2024 WHEN 2025 THEN t.t2025 ELSE t.t2026 END
  FROM (VALUES ('nilai-kip', 85, 87.5, 90),
               ('konten', 1200, 1300, 1400),
               ('aduan', 5, 4.5, 4),
               ('indeks-spbe', 2.60, 2.80, 3.00),
               ('desa-sid', 80, 88, 95),
               ('layanan-terintegrasi', 70, 78, 85))
       AS t (indikator, t2024, t2025, t2026)
 CROSS JOIN (VALUES (2024, 'renstra'), (2025, 'renstra'), (2026, 'renstra'), (2024, 'pk_awal'))
       AS y (tahun, dokumen);

INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai) VALUES
    ('diskominfo', 'p-ikp', 2024, 'pk_awal', 100),
    ('diskominfo', 'p-aptika', 2024, 'pk_awal', 85),
    ('diskominfo', 'k-media', 2024, 'pk_awal', 12),
    ('diskominfo', 'k-domain', 2024, 'pk_awal', 60),
    ('diskominfo', 'k-aplikasi', 2024, 'pk_awal', 25);

-- Realisasi.  The annual assessments as whole-year rows; the others per
-- quarter.  desa-sid: 52, 47, 39 and 31 of the 205 villages and kelurahan.
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES
    ('diskominfo', 'nilai-kip', 2024, NULL, 88.62),
    ('diskominfo', 'indeks-spbe', 2024, NULL, 2.41),
    ('diskominfo', 'konten', 2024, 1, 312),
    ('diskominfo', 'konten', 2024, 2, 298),
    ('diskominfo', 'konten', 2024, 3, 341),
    ('diskominfo', 'konten', 2024, 4, 369),
    ('diskominfo', 'aduan', 2024, 1, 5.2),
    ('diskominfo', 'aduan', 2024, 2, 4.8),
    ('diskominfo', 'aduan', 2024, 3, 4.6),
    ('diskominfo', 'aduan', 2024, 4, 4.2),
    ('diskominfo', 'layanan-terintegrasi', 2024, 1, 38),
    ('diskominfo', 'layanan-terintegrasi', 2024, 2, 44.5),
    ('diskominfo', 'layanan-terintegrasi', 2024, 3, 47),
    ('diskominfo', 'layanan-terintegrasi', 2024, 4, 50.5),
    ('diskominfo', 'p-ikp', 2024, NULL, 97.5),
    ('diskominfo', 'p-aptika', 2024, NULL, 88.2),
    ('diskominfo', 'k-media', 2024, NULL, 12),
    ('diskominfo', 'k-domain', 2024, NULL, 64),
    ('diskominfo', 'k-aplikasi', 2024, NULL, 23);

INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, pembilang, penyebut) VALUES
    ('diskominfo', 'desa-sid', 2024, 1, 52, 205),
    ('diskominfo', 'desa-sid', 2024, 2, 47, 205),
    ('diskominfo', 'desa-sid', 2024, 3, 39, 205),
    ('diskominfo', 'desa-sid', 2024, 4, 31, 205);

-- Staff on 31 December 2024 (Tabel 1): 17, of them 3 PPPK.
INSERT INTO lkj.jabatan (instansi, kode, no, nama, jenis, eselon) VALUES
    ('diskominfo', 'kepala-dinas', 1, 'Kepala Dinas', 'struktural', 2),
    ('diskominfo', 'sekretaris', 2, 'Sekretaris', 'struktural', 3),
    ('diskominfo', 'kabid-ikp', 3, 'Kepala Bidang Informasi dan Komunikasi Publik', 'struktural', 3),
    ('diskominfo', 'kabid-aptika', 4, 'Kepala Bidang Aplikasi Informatika', 'struktural', 3),
    ('diskominfo', 'kasubbag-umum', 5, 'Kepala Subbagian Umum dan Kepegawaian', 'struktural', 4),
    ('diskominfo', 'pranata-komputer', 6, 'Pranata Komputer', 'fungsional', NULL),
    ('diskominfo', 'pranata-humas', 7, 'Pranata Hubungan Masyarakat', 'fungsional', NULL),
    ('diskominfo', 'pelaksana', 8, 'Pelaksana', 'pelaksana', NULL),
    ('diskominfo', 'kontrak', 9, 'Tenaga Kontrak', 'kontrak', NULL);

INSERT INTO lkj.pegawai (instansi, tahun, no, jabatan, jenis_kelamin, status, pendidikan) VALUES
    ('diskominfo', 2024, 1, 'kepala-dinas', 'P', 'PNS', 'S3'),
    ('diskominfo', 2024, 2, 'sekretaris', 'L', 'PNS', 'S2'),
    ('diskominfo', 2024, 3, 'kabid-ikp', 'L', 'PNS', 'S1'),
    ('diskominfo', 2024, 4, 'kabid-aptika', 'P', 'PNS', 'S2'),
    ('diskominfo', 2024, 5, 'kasubbag-umum', 'P', 'PNS', 'S1'),
    ('diskominfo', 2024, 6, 'pranata-komputer', 'L', 'PNS', 'S1'),
    ('diskominfo', 2024, 7, 'pranata-komputer', 'L', 'PPPK', 'S1'),
    ('diskominfo', 2024, 8, 'pranata-komputer', 'P', 'PPPK', 'D3'),
    ('diskominfo', 2024, 9, 'pranata-humas', 'P', 'PNS', 'S1'),
    ('diskominfo', 2024, 10, 'pranata-humas', 'L', 'PPPK', 'S1'),
    ('diskominfo', 2024, 11, 'pelaksana', 'L', 'PNS', 'SMA'),
    ('diskominfo', 2024, 12, 'pelaksana', 'P', 'PNS', 'D3'),
    ('diskominfo', 2024, 13, 'pelaksana', 'L', 'PNS', 'SMA'),
    ('diskominfo', 2024, 14, 'pelaksana', 'P', 'PNS', 'S1'),
    ('diskominfo', 2024, 15, 'kontrak', 'L', 'TKB', 'SMA'),
    ('diskominfo', 2024, 16, 'kontrak', 'L', 'TKB', 'D3'),
    ('diskominfo', 2024, 17, 'kontrak', 'P', 'TKB', 'S1');

INSERT INTO lkj.kebutuhan_pegawai (instansi, tahun, jumlah, sumber)
VALUES ('diskominfo', 2024, 29, 'Analisis jabatan dan peta jabatan Dinas Komunikasi dan Informatika');

-- Assets on 31 December 2024 (Tabel 2).
INSERT INTO lkj.sarana (instansi, tahun, no, nama, satuan, baik, rusak, rusak_berat) VALUES
    ('diskominfo', 2024, 1, 'Bangunan Gedung Kantor', 'Unit', 1, 0, 0),
    ('diskominfo', 2024, 2, 'Ruang Server (Data Center)', 'Unit', 1, 0, 0),
    ('diskominfo', 2024, 3, 'Server Rack', 'Unit', 4, 1, 0),
    ('diskominfo', 2024, 4, 'Komputer / PC', 'Unit', 18, 3, 1),
    ('diskominfo', 2024, 5, 'Laptop', 'Unit', 12, 2, 0),
    ('diskominfo', 2024, 6, 'Printer', 'Unit', 6, 2, 0),
    ('diskominfo', 2024, 7, 'Kamera Video', 'Unit', 3, 0, 0),
    ('diskominfo', 2024, 8, 'Videotron', 'Unit', 2, 0, 1),
    ('diskominfo', 2024, 9, 'Kendaraan Roda Empat', 'Unit', 2, 0, 0),
    ('diskominfo', 2024, 10, 'Sepeda Motor', 'Unit', 5, 1, 0),
    ('diskominfo', 2024, 11, 'Meja Kerja', 'Buah', 25, 2, 0),
    ('diskominfo', 2024, 12, 'Kursi Kerja', 'Buah', 30, 4, 0);

-- Issue 9 (sasaran rows, ratio by quarter, display) ---------------------------
-- A share whose whole changes every quarter: complaints settled on time out
-- of those due in the quarter, 40 of 45, 52 of 60, 47 of 52, 58 of 64.  Its
-- year is the numerators over the denominators' sum (rasio_jumlah):
-- 197 / 221 = 89,14%; under rasio (one denominator) it would be refused.
INSERT INTO lkj.indikator (instansi, kode, no, uraian, satuan, agregasi, tahun, program, formulasi, sumber_data)
VALUES ('diskominfo', 'p-aduan-tepat', 2, 'Persentase aduan masyarakat yang diselesaikan tepat waktu', 'Persen',
        'rasio_jumlah', 2024, '2.16.02',
        'Jumlah aduan yang diselesaikan tepat waktu / jumlah aduan yang jatuh tempo x 100%', 'Aplikasi SP4N-LAPOR!');
INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai) VALUES
    ('diskominfo', 'p-aduan-tepat', 2024, 'pk_awal', 85);
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, pembilang, penyebut) VALUES
    ('diskominfo', 'p-aduan-tepat', 2024, 1, 40, 45),
    ('diskominfo', 'p-aduan-tepat', 2024, 2, 52, 60),
    ('diskominfo', 'p-aduan-tepat', 2024, 3, 47, 52),
    ('diskominfo', 'p-aduan-tepat', 2024, 4, 58, 64);
-- The SPBE index is read to three decimals, the content count to none.
UPDATE lkj.indikator SET desimal = 3 WHERE instansi = 'diskominfo' AND kode = 'indeks-spbe';
UPDATE lkj.indikator SET desimal = 0 WHERE instansi = 'diskominfo' AND kode = 'konten';

-- Skala, efisiensi, batas (issue 9): the dinas's own rules from 2024, as
-- its Renstra 2024-2026 words them (a setting of the unit, over the
-- regency's Lumajang scale, which Kunir keeps).
--   - The criteria scale: Permendagri 86/2017's bands in the dinas's words,
--     its two lowest bands made one ("Kurang"), whole numbers as printed,
--     so the gaps between 90 and 91, 75 and 76, 65 and 66 stay gaps; a
--     capaian in one (90,50) is graded "Tidak Masuk Skala" and listed by
--     the evaluator, not rounded into a band.
--   - Efficiency by the ratio method: IE = capaian / penyerapan, TE =
--     (IE - 1) x 100, "Efisien" from IE 1 (standar efisiensi 1).
--   - Capaian capped at 100 for grading, printed "100,00% (>100%)".
INSERT INTO lkj.skala_kriteria (nama, skala, keterangan) VALUES
    ('diskominfo-lumajang',
     'Sangat Baik >= 91; Baik 76 - 90; Cukup 66 - 75; Kurang <= 65; di luar skala: Tidak Masuk Skala',
     'Renstra Diskominfo Lumajang 2024-2026: Sangat Baik ≥ 91; Baik 76 - 90; Cukup 66 - 75; Kurang ≤ 65');
INSERT INTO lkj.setelan (instansi, berlaku_mulai_tahun, skala_kriteria, metode_efisiensi, putusan_efisiensi,
                         batas_capaian, cetak_batas_capaian)
VALUES ('diskominfo', 2024, 'diskominfo-lumajang', 'rasio', 'Efisien >= 1; Tidak Efisien', 100, 'batas');
