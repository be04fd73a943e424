-- data/uji_lain.sql: Kecamatan Sukamaju of the made-up Kabupaten Contoh, a
-- second unit that shares nothing with Kunir: another regency with its own
-- criteria scale and words, a Renstra 2023-2026, a negative indicator, range
-- targets, a target of zero, missing quarters, a year with no data at all
-- (2025), a program whose budget is its kegiatan's, a budget cut to zero,
-- a program with two indicators, a kegiatan without one.  The figures are
-- made up; every one the views derive from them is worked out by hand in
-- the tests that load this file (sql/uji_lain.sql).
--
-- Load with psql after CREATE EXTENSION lkj: \i data/uji_lain.sql

-- Closed lower bounds (>=), unlike Lumajang's open ones, and other words.
INSERT INTO lkj.skala_kriteria (nama, skala, keterangan)
VALUES ('contoh', 'Sangat Baik >= 85; Baik >= 70; Cukup >= 55; Kurang >= 40; Sangat Kurang',
        'Peraturan Bupati Contoh (made up)');

INSERT INTO lkj.pemda (kode, nama, skala_kriteria)
VALUES ('contoh', 'Kabupaten Contoh', 'contoh');

INSERT INTO lkj.instansi (kode, pemda, nama, jenis, alamat, kepala_jabatan, kepala_nama, kepala_nip, label_pppk)
VALUES ('sukamaju', 'contoh', 'Kecamatan Sukamaju', 'kecamatan', 'Jl. Contoh No. 1',
        'Camat Sukamaju', 'Drs. BUDI CONTOH', '197001012000031001', 'P3K');

-- The settings from the earliest year (lkj.setelan), as the upgrade from
-- 1.0 migrates pemda.skala_kriteria and instansi.label_pppk: the regency's
-- criteria scale, and the word Tabel 1 prints for PPPK staff.
INSERT INTO lkj.setelan (pemda, berlaku_mulai_tahun, skala_kriteria)
VALUES ('contoh', 1990, 'contoh');
INSERT INTO lkj.setelan (instansi, berlaku_mulai_tahun, label_pppk)
VALUES ('sukamaju', 1990, 'P3K');

-- The head of the unit in every year it reports on (lkj.tahun_laporan: the
-- years of its Renstra periods, 2023 to 2026), as the upgrade from 1.0
-- migrates lkj.instansi.kepala_*: the print gives no date of office, so
-- each year's row says 1 January.  Tabel 1 titles PPPK staff P3K
-- (label_pppk above), as 1.0 printed it.
INSERT INTO lkj.kepala_instansi (instansi, tahun, mulai, nama, nip, jabatan)
SELECT u.kode, y.tahun, make_date(y.tahun, 1, 1), u.kepala_nama, u.kepala_nip, u.kepala_jabatan
  FROM lkj.instansi u
 CROSS JOIN generate_series(2023, 2026) AS y (tahun)
 WHERE u.kode = 'sukamaju';

INSERT INTO lkj.renstra (instansi, kode, nama, tahun_awal, tahun_akhir)
VALUES ('sukamaju', '2023-2026', 'Renstra 2023-2026', 2023, 2026);

INSERT INTO lkj.tujuan (instansi, renstra, no, uraian)
VALUES ('sukamaju', '2023-2026', 1, 'Meningkatnya kualitas pelayanan kecamatan');

INSERT INTO lkj.sasaran (instansi, renstra, no, tujuan, uraian) VALUES
    ('sukamaju', '2023-2026', 1, 1, 'Meningkatnya kepuasan masyarakat'),
    ('sukamaju', '2023-2026', 2, 1, 'Meningkatnya tertib administrasi desa');

-- aduan: negative (fewer is better), summed over the quarters, an IKU of the tujuan.
-- ikm: the last quarter counts; range targets.  nol: a target of zero.
-- dokumen: the mean of the quarters.
INSERT INTO lkj.indikator (instansi, kode, no, uraian, satuan, polaritas, agregasi, iku, renstra, tujuan, sasaran) VALUES
    ('sukamaju', 'aduan', 1, 'Jumlah pengaduan masyarakat yang tidak tertangani', 'Kasus', 'negatif', 'jumlah', true,
     '2023-2026', 1, NULL),
    ('sukamaju', 'ikm', 1, 'Indeks Kepuasan Masyarakat', 'Indeks', 'positif', 'terakhir', true,
     '2023-2026', NULL, 1),
    ('sukamaju', 'nol', 2, 'Jumlah keluhan layanan yang berulang', 'Kasus', 'negatif', 'jumlah', false,
     '2023-2026', NULL, 1),
    ('sukamaju', 'dokumen', 1, 'Persentase desa yang tertib administrasi', 'Persen', 'positif', 'rata-rata', true,
     '2023-2026', NULL, 2);

-- Programs: 2023 has one, never revised (perubahan NULL).  In 2024 program 1
-- has no budget of its own (its kegiatan's add up: 150.000.000, 150.000.000,
-- 144.500.000) and program 3's budget was cut to 0 in the revision.
INSERT INTO lkj.program (instansi, tahun, kode, no, nama, renstra, sasaran,
                         anggaran_awal, anggaran_perubahan, realisasi) VALUES
    ('sukamaju', 2023, '1', 1, 'Program Penunjang Urusan Pemerintahan Daerah', '2023-2026', 1,
     120000000, NULL, 110000000),
    ('sukamaju', 2024, '1', 1, 'Program Penunjang Urusan Pemerintahan Daerah', '2023-2026', 1,
     NULL, NULL, NULL),
    ('sukamaju', 2024, '2', 2, 'Program Penyelenggaraan Pelayanan Publik', '2023-2026', 1,
     40000000, 40000000, 30000000),
    ('sukamaju', 2024, '3', 3, 'Program Pembinaan Pemerintahan Desa', '2023-2026', 2,
     20000000, 0, 0);

INSERT INTO lkj.kegiatan (instansi, tahun, program, kode, no, nama, anggaran_awal, anggaran_perubahan, realisasi) VALUES
    ('sukamaju', 2024, '1', '1.1', 1, 'Administrasi Keuangan', 100000000, 90000000, 85500000),
    ('sukamaju', 2024, '1', '1.2', 2, 'Administrasi Umum', 50000000, 60000000, 59000000),
    ('sukamaju', 2024, '2', '2.1', 1, 'Pelayanan Administrasi Terpadu Kecamatan', 40000000, NULL, NULL),
    ('sukamaju', 2024, '3', '3.1', 1, 'Fasilitasi Administrasi Desa', 20000000, 0, NULL);

-- Program 2 has two indicators (the second negative); kegiatan 1.2 none.
INSERT INTO lkj.indikator (instansi, kode, no, uraian, satuan, polaritas, tahun, program, kegiatan) VALUES
    ('sukamaju', 'p1', 1, 'Persentase layanan perkantoran terpenuhi', 'Persen', 'positif', 2024, '1', NULL),
    ('sukamaju', 'p2a', 1, 'Persentase pelayanan PATEN sesuai SOP', 'Persen', 'positif', 2024, '2', NULL),
    ('sukamaju', 'p2b', 2, 'Rata-rata lama pelayanan', 'Hari', 'negatif', 2024, '2', NULL),
    ('sukamaju', 'p3', 1, 'Persentase desa yang dibina', 'Persen', 'positif', 2024, '3', NULL),
    ('sukamaju', 'k1.1', 1, 'Jumlah dokumen keuangan', 'Dokumen', 'positif', 2024, NULL, '1.1'),
    ('sukamaju', 'k2.1', 1, 'Jumlah fasilitasi pelayanan', 'Kali', 'positif', 2024, NULL, '2.1'),
    ('sukamaju', 'k3.1', 1, 'Jumlah desa yang difasilitasi', 'Desa', 'positif', 2024, NULL, '3.1');

-- 2023 has only the original agreement; 2024 both.
INSERT INTO lkj.perjanjian_kinerja (instansi, tahun, jenis, tanggal, tempat,
        pihak_pertama_nama, pihak_pertama_jabatan, pihak_pertama_nip,
        pihak_kedua_nama, pihak_kedua_jabatan) VALUES
    ('sukamaju', 2023, 'awal', '2023-01-16', 'Contoh', 'Drs. BUDI CONTOH', 'Camat Sukamaju',
     '197001012000031001', 'SITI CONTOH, S.H.', 'Bupati Contoh'),
    ('sukamaju', 2024, 'awal', '2024-01-15', 'Contoh', 'Drs. BUDI CONTOH', 'Camat Sukamaju',
     '197001012000031001', 'SITI CONTOH, S.H.', 'Bupati Contoh'),
    ('sukamaju', 2024, 'perubahan', '2024-09-10', 'Contoh', 'Drs. BUDI CONTOH', 'Camat Sukamaju',
     '197001012000031001', 'SITI CONTOH, S.H.', 'Bupati Contoh');

INSERT INTO lkj.anggaran_pk (instansi, tahun, pk, program, anggaran, sumber_dana) VALUES
    ('sukamaju', 2023, 'awal', '1', 120000000, 'DAU'),
    ('sukamaju', 2024, 'awal', '1', 150000000, 'DAU'),
    ('sukamaju', 2024, 'awal', '2', 40000000, 'DAU'),
    ('sukamaju', 2024, 'awal', '3', 20000000, 'DAK'),
    ('sukamaju', 2024, 'perubahan', '1', 150000000, 'DAU'),
    ('sukamaju', 2024, 'perubahan', '2', 40000000, 'DAU'),
    ('sukamaju', 2024, 'perubahan', '3', 0, 'DAK');

-- Targets.  Nothing at all for 2025; the Renstra's end targets are 2026's.
INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai, batas_bawah, batas_atas, keterangan) VALUES
    ('sukamaju', 'aduan', 2023, 'renstra', 25, NULL, NULL, NULL),
    ('sukamaju', 'aduan', 2023, 'pk_awal', 25, NULL, NULL, NULL),
    ('sukamaju', 'ikm', 2023, 'renstra', 78, NULL, NULL, NULL),
    ('sukamaju', 'ikm', 2023, 'pk_awal', 78, NULL, NULL, NULL),
    ('sukamaju', 'aduan', 2024, 'renstra', 22, NULL, NULL, NULL),
    ('sukamaju', 'aduan', 2024, 'pk_awal', 24, NULL, NULL, NULL),
    ('sukamaju', 'aduan', 2024, 'pk_perubahan', 20, NULL, NULL, NULL),
    ('sukamaju', 'aduan', 2024, 'standar_nasional', 10, NULL, NULL, 'Standar Pelayanan Minimal (contoh)'),
    ('sukamaju', 'ikm', 2024, 'renstra', NULL, 80, 90, NULL),
    ('sukamaju', 'ikm', 2024, 'pk_awal', NULL, 80, 90, NULL),
    ('sukamaju', 'ikm', 2024, 'pk_perubahan', NULL, 80, 90, NULL),
    ('sukamaju', 'nol', 2024, 'renstra', 0, NULL, NULL, 'tidak boleh ada keluhan berulang'),
    ('sukamaju', 'nol', 2024, 'pk_awal', 0, NULL, NULL, NULL),
    ('sukamaju', 'nol', 2024, 'pk_perubahan', 0, NULL, NULL, NULL),
    ('sukamaju', 'dokumen', 2024, 'renstra', 75, NULL, NULL, NULL),
    ('sukamaju', 'dokumen', 2024, 'pk_awal', 80, NULL, NULL, NULL),
    ('sukamaju', 'dokumen', 2024, 'pk_perubahan', 80, NULL, NULL, NULL),
    ('sukamaju', 'aduan', 2026, 'renstra', 15, NULL, NULL, NULL),
    ('sukamaju', 'ikm', 2026, 'renstra', NULL, 85, 95, NULL),
    ('sukamaju', 'nol', 2026, 'renstra', 0, NULL, NULL, NULL),
    ('sukamaju', 'dokumen', 2026, 'renstra', 90, NULL, NULL, NULL),
    ('sukamaju', 'p1', 2024, 'pk_awal', 100, NULL, NULL, NULL),
    ('sukamaju', 'p1', 2024, 'pk_perubahan', 100, NULL, NULL, NULL),
    ('sukamaju', 'p2a', 2024, 'pk_awal', 100, NULL, NULL, NULL),
    ('sukamaju', 'p2a', 2024, 'pk_perubahan', 100, NULL, NULL, NULL),
    ('sukamaju', 'p2b', 2024, 'pk_awal', 3, NULL, NULL, NULL),
    ('sukamaju', 'p2b', 2024, 'pk_perubahan', 3, NULL, NULL, NULL),
    ('sukamaju', 'p3', 2024, 'pk_awal', 100, NULL, NULL, NULL),
    ('sukamaju', 'p3', 2024, 'pk_perubahan', 100, NULL, NULL, NULL),
    ('sukamaju', 'k1.1', 2024, 'pk_awal', 5, NULL, NULL, NULL),
    ('sukamaju', 'k1.1', 2024, 'pk_perubahan', 5, NULL, NULL, NULL),
    ('sukamaju', 'k2.1', 2024, 'pk_awal', 12, NULL, NULL, NULL),
    ('sukamaju', 'k2.1', 2024, 'pk_perubahan', 12, NULL, NULL, NULL),
    ('sukamaju', 'k3.1', 2024, 'pk_awal', 10, NULL, NULL, NULL),
    ('sukamaju', 'k3.1', 2024, 'pk_perubahan', 8, NULL, NULL, NULL);

-- Realisasi.  ikm has no third quarter, dokumen no fourth; nol is measured
-- once for the year; p3 and k3.1 have none.
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES
    ('sukamaju', 'aduan', 2023, NULL, 27),
    ('sukamaju', 'ikm', 2023, NULL, 79),
    ('sukamaju', 'aduan', 2024, 1, 6),
    ('sukamaju', 'aduan', 2024, 2, 5),
    ('sukamaju', 'aduan', 2024, 3, 4),
    ('sukamaju', 'aduan', 2024, 4, 3),
    ('sukamaju', 'ikm', 2024, 1, 78),
    ('sukamaju', 'ikm', 2024, 2, 82),
    ('sukamaju', 'ikm', 2024, 4, 91),
    ('sukamaju', 'nol', 2024, NULL, 2),
    ('sukamaju', 'dokumen', 2024, 1, 50),
    ('sukamaju', 'dokumen', 2024, 2, 60),
    ('sukamaju', 'dokumen', 2024, 3, 70),
    ('sukamaju', 'p1', 2024, NULL, 100),
    ('sukamaju', 'p2a', 2024, NULL, 95),
    ('sukamaju', 'p2b', 2024, NULL, 2),
    ('sukamaju', 'k1.1', 2024, NULL, 5),
    ('sukamaju', 'k2.1', 2024, NULL, 12);

-- Staff: a position nobody holds (kasi-trantib), a PPPK, two contract workers.
INSERT INTO lkj.jabatan (instansi, kode, no, nama, jenis, eselon) VALUES
    ('sukamaju', 'camat', 1, 'Camat', 'struktural', 3),
    ('sukamaju', 'sekcam', 2, 'Sekretaris Kecamatan', 'struktural', 3),
    ('sukamaju', 'kasi-pemerintahan', 3, 'Kepala Seksi Pemerintahan', 'struktural', 4),
    ('sukamaju', 'kasi-trantib', 4, 'Kepala Seksi Ketenteraman dan Ketertiban', 'struktural', 4),
    ('sukamaju', 'fungsional', 5, 'Pejabat Fungsional', 'fungsional', NULL),
    ('sukamaju', 'pelaksana', 6, 'Pejabat Pelaksana', 'pelaksana', NULL),
    ('sukamaju', 'kontrak', 7, 'Tenaga Kontrak', 'kontrak', NULL);

INSERT INTO lkj.pegawai (instansi, tahun, no, jabatan, jenis_kelamin, status, pendidikan) VALUES
    ('sukamaju', 2024, 1, 'camat', 'L', 'PNS', 'S2'),
    ('sukamaju', 2024, 2, 'sekcam', 'P', 'PNS', 'S1'),
    ('sukamaju', 2024, 3, 'kasi-pemerintahan', 'L', 'PNS', 'S1'),
    ('sukamaju', 2024, 4, 'fungsional', 'P', 'PPPK', 'S1'),
    ('sukamaju', 2024, 5, 'pelaksana', 'L', 'PNS', 'SMA'),
    ('sukamaju', 2024, 6, 'kontrak', 'L', 'TKB', 'SMA'),
    ('sukamaju', 2024, 7, 'kontrak', 'P', 'TKB', 'D3');

INSERT INTO lkj.kebutuhan_pegawai (instansi, tahun, jumlah, sumber)
VALUES ('sukamaju', 2024, 8, 'Peta jabatan Kecamatan Sukamaju');

-- Assets, some of them badly damaged (rusak berat).
INSERT INTO lkj.sarana (instansi, tahun, no, nama, satuan, baik, rusak, rusak_berat) VALUES
    ('sukamaju', 2024, 1, 'Mobil Dinas', 'Unit', 1, 0, 1),
    ('sukamaju', 2024, 2, 'Komputer', 'Unit', 4, 1, 0),
    ('sukamaju', 2024, 3, 'Meja Kerja', 'Buah', 0, 0, 2);
