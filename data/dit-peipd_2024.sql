-- data/dit-peipd_2024.sql: a directorate of a ministry, fiscal year 2024,
-- as facts in lkj's schema: the central demo unit (issue 8), a unit with no
-- pemda, no tujuan level and no regional budget codes, stored without a
-- placeholder row for any of them.
--
-- Invented, not a printed report: the directorate's name is that of a real
-- directorate of Kemendagri's Direktorat Jenderal Bina Pembangunan Daerah,
-- every person, NIP and figure below is made up.  A central unit:
--   - belongs to a kementerian (lkj.kementerian), not to a pemda: its
--     report has no regency line, and it grades on its kementerian's scale
--     (Permendagri 86/2017's bands, built in, for want of a central one);
--   - follows its Direktorat Jenderal's Renstra 2020-2024, whose sasaran
--     have no tujuan of the directorate's own;
--   - spends a DIPA by program and kegiatan, which carry no Permendagri
--     90/2019 code (kode_nasional NULL): it records each kegiatan's budget
--     and spending, and the program rolls up;
--   - has no villages and no village documents.
-- sql/direktorat.sql checks that its report has none of these lines or
-- blocks.
--
-- Load with psql after CREATE EXTENSION lkj: \i data/dit-peipd_2024.sql,
-- alone or beside the other data files.

INSERT INTO lkj.kementerian (kode, nama, jenis, skala_kriteria)
VALUES ('kemendagri', 'Kementerian Dalam Negeri', 'kementerian', 'permendagri-86-2017')
ON CONFLICT DO NOTHING;
-- The scale as a setting from the earliest year, as the upgrade from 1.0
-- migrates kementerian.skala_kriteria.
INSERT INTO lkj.setelan (kementerian, berlaku_mulai_tahun, skala_kriteria)
VALUES ('kemendagri', 1990, 'permendagri-86-2017')
ON CONFLICT DO NOTHING;

INSERT INTO lkj.instansi (kode, kementerian, nama, jenis, alamat)
VALUES ('dit-peipd', 'kemendagri', 'Direktorat Perencanaan, Evaluasi dan Informasi Pembangunan Daerah',
        'direktorat', 'Jl. Taman Makam Pahlawan No. 20, Kalibata, Jakarta Selatan');

INSERT INTO lkj.kepala_instansi (instansi, tahun, mulai, nama, nip, pangkat, jabatan)
VALUES ('dit-peipd', 2024, '2023-03-06', 'Dr. BAMBANG SETYADI, S.E., M.Si.', '197204151998031002',
        'Pembina Utama Muda (IV/c)', 'Direktur Perencanaan, Evaluasi dan Informasi Pembangunan Daerah');

-- The directorate has no Renstra of its own: it follows its Ditjen's
-- (jenis induk), whose sasaran it carries.
INSERT INTO lkj.renstra (instansi, kode, nama, tahun_awal, tahun_akhir, jenis)
VALUES ('dit-peipd', '2020-2024', 'Renstra Ditjen Bina Pembangunan Daerah 2020-2024', 2020, 2024, 'induk');

INSERT INTO lkj.sasaran (instansi, renstra, no, tujuan, uraian) VALUES
    ('dit-peipd', '2020-2024', 1, NULL, 'Meningkatnya kualitas perencanaan pembangunan daerah'),
    ('dit-peipd', '2020-2024', 2, NULL, 'Meningkatnya kualitas evaluasi dan informasi pembangunan daerah');

INSERT INTO lkj.program (instansi, tahun, kode, no, nama, renstra, sasaran) VALUES
    ('dit-peipd', 2024, 'bina-bangda', 1, 'Program Bina Pembangunan Daerah', '2020-2024', 1),
    ('dit-peipd', 2024, 'evaluasi-informasi', 2, 'Program Evaluasi dan Informasi Pembangunan Daerah', '2020-2024', 2);

-- The DIPA's kegiatan with pagu, pagu after revision (unchanged) and spending.
INSERT INTO lkj.kegiatan (instansi, tahun, program, kode, no, nama,
                          anggaran_awal, anggaran_perubahan, realisasi) VALUES
    ('dit-peipd', 2024, 'bina-bangda', 'perencanaan', 1, 'Fasilitasi Perencanaan Pembangunan Daerah',
     4850000000, 4850000000, 4712305000),
    ('dit-peipd', 2024, 'bina-bangda', 'sipd', 2, 'Pengelolaan Sistem Informasi Pemerintahan Daerah',
     3600000000, 3600000000, 3381240000),
    ('dit-peipd', 2024, 'evaluasi-informasi', 'evaluasi', 1, 'Evaluasi dan Pelaporan Pembangunan Daerah',
     2280000000, 2280000000, 2206177000);

INSERT INTO lkj.indikator (instansi, kode, no, uraian, satuan, agregasi, iku, formulasi, sumber_data, renstra, sasaran) VALUES
    ('dit-peipd', 'rkpd-tepat-waktu', 1, 'Persentase daerah yang menetapkan RKPD tepat waktu', 'Persen', 'terakhir', true,
     'Jumlah daerah yang menetapkan RKPD tepat waktu / 546 daerah x 100%', 'SIPD', '2020-2024', 1),
    ('dit-peipd', 'sipd-input', 2, 'Persentase daerah yang menginput data perencanaan di SIPD tepat waktu', 'Persen', 'terakhir', true,
     'Jumlah daerah yang menginput data perencanaan tepat waktu / 546 daerah x 100%', 'SIPD', '2020-2024', 1),
    ('dit-peipd', 'laporan-evaluasi', 1, 'Jumlah laporan evaluasi pembangunan daerah yang disusun', 'Laporan', 'jumlah', true,
     'Jumlah laporan evaluasi yang disusun', 'Subdirektorat Evaluasi', '2020-2024', 2);

INSERT INTO lkj.perjanjian_kinerja (instansi, tahun, jenis, tanggal, tempat,
        pihak_pertama_nama, pihak_pertama_jabatan, pihak_pertama_pangkat, pihak_pertama_nip,
        pihak_kedua_nama, pihak_kedua_jabatan) VALUES
    ('dit-peipd', 2024, 'awal', '2024-01-15', 'Jakarta',
     'Dr. BAMBANG SETYADI, S.E., M.Si.', 'Direktur Perencanaan, Evaluasi dan Informasi Pembangunan Daerah',
     'Pembina Utama Muda (IV/c)', '197204151998031002',
     'Dr. SUTRISNO HADIWIDJOJO, M.Si.', 'Direktur Jenderal Bina Pembangunan Daerah');

INSERT INTO lkj.anggaran_pk (instansi, tahun, pk, program, anggaran, sumber_dana) VALUES
    ('dit-peipd', 2024, 'awal', 'bina-bangda', 8450000000, 'Rupiah Murni'),
    ('dit-peipd', 2024, 'awal', 'evaluasi-informasi', 2280000000, 'Rupiah Murni');

-- Targets of the Renstra's years (Tabel 4, 10, 12: 2024 is its end) and of
-- the PK 2024.
INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai) VALUES
    ('dit-peipd', 'rkpd-tepat-waktu', 2021, 'renstra', 85),
    ('dit-peipd', 'rkpd-tepat-waktu', 2022, 'renstra', 88),
    ('dit-peipd', 'rkpd-tepat-waktu', 2023, 'renstra', 92),
    ('dit-peipd', 'rkpd-tepat-waktu', 2024, 'renstra', 95),
    ('dit-peipd', 'rkpd-tepat-waktu', 2024, 'pk_awal', 95),
    ('dit-peipd', 'sipd-input', 2023, 'renstra', 95),
    ('dit-peipd', 'sipd-input', 2024, 'renstra', 100),
    ('dit-peipd', 'sipd-input', 2024, 'pk_awal', 100),
    ('dit-peipd', 'laporan-evaluasi', 2023, 'renstra', 36),
    ('dit-peipd', 'laporan-evaluasi', 2024, 'renstra', 38),
    ('dit-peipd', 'laporan-evaluasi', 2024, 'pk_awal', 38);

-- Measured once a year, 2021 to 2024.
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES
    ('dit-peipd', 'rkpd-tepat-waktu', 2021, NULL, 86.42),
    ('dit-peipd', 'rkpd-tepat-waktu', 2022, NULL, 90.12),
    ('dit-peipd', 'rkpd-tepat-waktu', 2023, NULL, 93.83),
    ('dit-peipd', 'rkpd-tepat-waktu', 2024, NULL, 97.81),
    ('dit-peipd', 'sipd-input', 2023, NULL, 96.15),
    ('dit-peipd', 'sipd-input', 2024, NULL, 98.67),
    ('dit-peipd', 'laporan-evaluasi', 2023, NULL, 36),
    ('dit-peipd', 'laporan-evaluasi', 2024, NULL, 38);

-- Staff on 31 December 2024 (Tabel 1): the non-ASN support staff (PPNPN)
-- count as TKB.
INSERT INTO lkj.jabatan (instansi, kode, no, nama, jenis, eselon) VALUES
    ('dit-peipd', 'direktur', 1, 'Direktur', 'struktural', 2),
    ('dit-peipd', 'kasubdit-perencanaan', 2, 'Kepala Subdirektorat Perencanaan', 'struktural', 3),
    ('dit-peipd', 'kasubdit-evaluasi', 3, 'Kepala Subdirektorat Evaluasi dan Informasi', 'struktural', 3),
    ('dit-peipd', 'kasubbag-tu', 4, 'Kepala Subbagian Tata Usaha', 'struktural', 4),
    ('dit-peipd', 'perencana', 5, 'Perencana', 'fungsional', NULL),
    ('dit-peipd', 'pelaksana', 6, 'Pelaksana', 'pelaksana', NULL),
    ('dit-peipd', 'ppnpn', 7, 'Pegawai Pemerintah Non Pegawai Negeri', 'kontrak', NULL);

INSERT INTO lkj.pegawai (instansi, tahun, no, jabatan, jenis_kelamin, status, pendidikan) VALUES
    ('dit-peipd', 2024, 1, 'direktur', 'L', 'PNS', 'S3'),
    ('dit-peipd', 2024, 2, 'kasubdit-perencanaan', 'P', 'PNS', 'S2'),
    ('dit-peipd', 2024, 3, 'kasubdit-evaluasi', 'L', 'PNS', 'S2'),
    ('dit-peipd', 2024, 4, 'kasubbag-tu', 'P', 'PNS', 'S1'),
    ('dit-peipd', 2024, 5, 'perencana', 'L', 'PNS', 'S2'),
    ('dit-peipd', 2024, 6, 'perencana', 'P', 'PNS', 'S1'),
    ('dit-peipd', 2024, 7, 'perencana', 'P', 'PPPK', 'S1'),
    ('dit-peipd', 2024, 8, 'pelaksana', 'L', 'PNS', 'S1'),
    ('dit-peipd', 2024, 9, 'pelaksana', 'P', 'PNS', 'D3'),
    ('dit-peipd', 2024, 10, 'ppnpn', 'L', 'TKB', 'SMA'),
    ('dit-peipd', 2024, 11, 'ppnpn', 'P', 'TKB', 'SMA');

INSERT INTO lkj.kebutuhan_pegawai (instansi, tahun, jumlah, sumber)
VALUES ('dit-peipd', 2024, 16, 'Peta jabatan Direktorat Jenderal Bina Pembangunan Daerah');

INSERT INTO lkj.sarana (instansi, tahun, no, nama, satuan, baik, rusak, rusak_berat) VALUES
    ('dit-peipd', 2024, 1, 'Komputer / PC', 'Unit', 14, 1, 0),
    ('dit-peipd', 2024, 2, 'Laptop', 'Unit', 9, 0, 0),
    ('dit-peipd', 2024, 3, 'Printer', 'Unit', 4, 1, 0),
    ('dit-peipd', 2024, 4, 'Meja Kerja', 'Buah', 20, 0, 0),
    ('dit-peipd', 2024, 5, 'Lemari Arsip', 'Buah', 6, 0, 0);
