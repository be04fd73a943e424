-- Every check of lkj.periksa() on its own, on a made-up unit (Kecamatan Uji)
-- whose data is built to trip each one at least once.  Each block says what
-- the data contradicts and the figures the message must carry; the figures
-- are worked out by hand in the comments.  periksa() judges as of 1 January
-- 2025, when 2023 and 2024 have ended, so the checks that wait for the end
-- of a year give their verdict; read directly, those checks' views show
-- their rows with the date they hold from (berlaku_mulai).  Messages print
-- numbers the Indonesian way through lkj.format_*, which read no locale
-- setting.
SET datestyle = 'ISO, YMD';
BEGIN;

-- The made-up unit -----------------------------------------------------------

INSERT INTO lkj.pemda (kode, nama) VALUES ('uji', 'Kabupaten Uji');
INSERT INTO lkj.instansi (kode, pemda, nama, jenis, kepala_jabatan, kepala_nama)
VALUES ('uji', 'uji', 'Kecamatan Uji', 'kecamatan', 'Camat Uji', 'Drs. UJI COBA');

-- Two planning periods that share 2023.
INSERT INTO lkj.renstra (instansi, kode, nama, tahun_awal, tahun_akhir) VALUES
    ('uji', 'lama', 'Renstra 2021-2023', 2021, 2023),
    ('uji', 'baru', 'Renstra 2023-2026', 2023, 2026);
INSERT INTO lkj.tujuan (instansi, renstra, no, uraian) VALUES
    ('uji', 'lama', 1, 'Tujuan lama'),
    ('uji', 'baru', 1, 'Tujuan baru');
INSERT INTO lkj.sasaran (instansi, renstra, no, tujuan, uraian) VALUES
    ('uji', 'lama', 1, 1, 'Sasaran lama'),
    ('uji', 'baru', 1, 1, 'Pelayanan'),
    ('uji', 'baru', 2, 1, 'Akuntabilitas desa');

-- Programs.  2024: p1, p2, p3 all under sasaran 1 (sasaran 2 has none);
-- 2023: q1 under the old Renstra, q2 under the new one's sasaran 2; 2025: q3
-- under the old Renstra, which ends in 2023.
INSERT INTO lkj.program (instansi, tahun, kode, no, nama, renstra, sasaran,
                         anggaran_awal, anggaran_perubahan, realisasi) VALUES
    ('uji', 2024, 'p1', 1, 'Program Satu', 'baru', 1, 1000000, 900000, 950000),
    ('uji', 2024, 'p2', 2, 'Program Dua', 'baru', 1, NULL, NULL, NULL),
    ('uji', 2024, 'p3', 3, 'Program Tiga', 'baru', 1, 500000, 500000, 400000),
    ('uji', 2023, 'q1', 1, 'Program Lama', 'lama', 1, 100000, 80000, 70000),
    ('uji', 2023, 'q2', 2, 'Program Desa', 'baru', 2, 50000, NULL, 50000),
    ('uji', 2025, 'q3', 1, 'Program Tersesat', 'lama', 1, 10000, NULL, NULL);
INSERT INTO lkj.kegiatan (instansi, tahun, program, kode, no, nama,
                          anggaran_awal, anggaran_perubahan, realisasi) VALUES
    ('uji', 2024, 'p1', 'k1.1', 1, 'Kegiatan Satu Satu', 600000, 500000, 500000),
    ('uji', 2024, 'p1', 'k1.2', 2, 'Kegiatan Satu Dua', 300000, 400000, 450000),
    ('uji', 2024, 'p2', 'k2.1', 1, 'Kegiatan Dua Satu', 200000, 200000, 150000),
    ('uji', 2024, 'p2', 'k2.2', 2, 'Kegiatan Dua Dua', NULL, 100000, NULL);

-- The original PK of 2023, the original and revised ones of 2024; the revised
-- one is dated before the original.
INSERT INTO lkj.perjanjian_kinerja (instansi, tahun, jenis, tanggal, tempat,
        pihak_pertama_nama, pihak_pertama_jabatan, pihak_kedua_nama, pihak_kedua_jabatan) VALUES
    ('uji', 2023, 'awal', '2023-01-16', 'Uji', 'Drs. UJI COBA', 'Camat Uji', 'BUPATI', 'Bupati Uji'),
    ('uji', 2024, 'awal', '2024-01-10', 'Uji', 'Drs. UJI COBA', 'Camat Uji', 'BUPATI', 'Bupati Uji'),
    ('uji', 2024, 'perubahan', '2023-12-20', 'Uji', 'Drs. UJI COBA', 'Camat Uji', 'BUPATI', 'Bupati Uji');
INSERT INTO lkj.anggaran_pk (instansi, tahun, pk, program, anggaran) VALUES
    ('uji', 2023, 'awal', 'q1', 100000),
    ('uji', 2023, 'awal', 'q2', 50000),
    ('uji', 2024, 'awal', 'p1', 1000000),
    ('uji', 2024, 'awal', 'p2', 300000),
    ('uji', 2024, 'awal', 'p3', 450000),
    ('uji', 2024, 'perubahan', 'p1', 900000),
    ('uji', 2024, 'perubahan', 'p2', 300000);

-- Indicators.
INSERT INTO lkj.indikator (instansi, kode, no, uraian, satuan, agregasi, sumber, iku,
                           renstra, tujuan, sasaran, tahun, program, kegiatan) VALUES
    ('uji', 'ipp', 1, 'Indeks Uji', 'Indeks', 'jumlah', 'realisasi', false, 'baru', 1, NULL, NULL, NULL, NULL),
    ('uji', 'fas', 1, 'Persentase fasilitasi', 'Persen', 'jumlah', 'realisasi', true, 'baru', NULL, 1, NULL, NULL, NULL),
    ('uji', 'rasio', 2, 'Persentase layanan tepat waktu', 'Persen', 'rasio', 'realisasi', false, 'baru', NULL, 1, NULL, NULL, NULL),
    ('uji', 'dok', 1, 'Persentase dokumen desa tepat waktu', 'Persen', 'rasio', 'dokumen_desa', true, 'baru', NULL, 2, NULL, NULL, NULL),
    ('uji', 'bentuk-jumlah', 2, 'Jumlah pembinaan', 'Kali', 'jumlah', 'realisasi', false, 'baru', NULL, 2, NULL, NULL, NULL),
    ('uji', 'bentuk-rasio', 3, 'Persentase aduan selesai', 'Persen', 'rasio', 'realisasi', false, 'baru', NULL, 2, NULL, NULL, NULL),
    ('uji', 'luar', 1, 'Indikator lama', 'Persen', 'jumlah', 'realisasi', false, 'lama', NULL, 1, NULL, NULL, NULL),
    ('uji', 'kurang', 1, 'Jumlah rapat koordinasi', 'Rapat', 'jumlah', 'realisasi', false, NULL, NULL, NULL, 2024, 'p1', NULL),
    ('uji', 'tanpa-real', 2, 'Persentase arsip tertata', 'Persen', 'jumlah', 'realisasi', false, NULL, NULL, NULL, 2024, 'p1', NULL),
    ('uji', 'nol', 1, 'Jumlah konflik sosial', 'Kasus', 'jumlah', 'realisasi', false, NULL, NULL, NULL, 2024, 'p3', NULL),
    ('uji', 'tanpa-target', 1, 'Persentase dokumen perencanaan', 'Persen', 'jumlah', 'realisasi', false, NULL, NULL, NULL, 2024, NULL, 'k1.1');

INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai) VALUES
    ('uji', 'ipp', 2024, 'renstra', 70),
    ('uji', 'ipp', 2024, 'pk_awal', 70),
    ('uji', 'ipp', 2024, 'pk_perubahan', 75),
    ('uji', 'fas', 2024, 'renstra', 40),
    ('uji', 'fas', 2024, 'pk_awal', 40),
    ('uji', 'rasio', 2024, 'pk_awal', 50),
    ('uji', 'rasio', 2024, 'pk_perubahan', 50),
    ('uji', 'dok', 2024, 'pk_awal', 70),
    ('uji', 'dok', 2024, 'pk_perubahan', 70),
    ('uji', 'bentuk-jumlah', 2024, 'pk_perubahan', 40),
    ('uji', 'bentuk-rasio', 2024, 'pk_perubahan', 80),
    ('uji', 'luar', 2024, 'renstra', 90),
    ('uji', 'kurang', 2024, 'pk_perubahan', 120),
    ('uji', 'tanpa-real', 2024, 'pk_perubahan', 100),
    ('uji', 'nol', 2024, 'pk_awal', 0),
    ('uji', 'nol', 2024, 'pk_perubahan', 0);

-- The ratio counted against 10, 12, 10, 10 below is what 1.0 stored and
-- 1.1 refuses at entry (trigger realisasi_penyebut_tetap, sql/rasio.sql):
-- written here as a database updated from 1.0 holds it, for the check.
ALTER TABLE lkj.realisasi DISABLE TRIGGER realisasi_penyebut_tetap;
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai, pembilang, penyebut) VALUES
    -- a whole year of 80 whose quarters add up to 85
    ('uji', 'ipp', 2024, NULL, 80, NULL, NULL),
    ('uji', 'ipp', 2024, 1, 20, NULL, NULL),
    ('uji', 'ipp', 2024, 2, 20, NULL, NULL),
    ('uji', 'ipp', 2024, 3, 20, NULL, NULL),
    ('uji', 'ipp', 2024, 4, 25, NULL, NULL),
    -- four quarters of 10,005 print as 10,01 (sum 40,04); the year is 40,02
    ('uji', 'fas', 2024, 1, 10.005, NULL, NULL),
    ('uji', 'fas', 2024, 2, 10.005, NULL, NULL),
    ('uji', 'fas', 2024, 3, 10.005, NULL, NULL),
    ('uji', 'fas', 2024, 4, 10.005, NULL, NULL),
    -- a ratio counted against 10, 12, 10, 10
    ('uji', 'rasio', 2024, 1, NULL, 5, 10),
    ('uji', 'rasio', 2024, 2, NULL, 3, 12),
    ('uji', 'rasio', 2024, 3, NULL, 4, 10),
    ('uji', 'rasio', 2024, 4, NULL, 2, 10),
    -- a sum with one quarter given as a count pair
    ('uji', 'bentuk-jumlah', 2024, 1, 10, NULL, NULL),
    ('uji', 'bentuk-jumlah', 2024, 2, NULL, 3, 4),
    ('uji', 'bentuk-jumlah', 2024, 3, 10, NULL, NULL),
    ('uji', 'bentuk-jumlah', 2024, 4, 10, NULL, NULL),
    -- a ratio with one quarter given as a value
    ('uji', 'bentuk-rasio', 2024, 1, NULL, 1, 4),
    ('uji', 'bentuk-rasio', 2024, 2, 25, NULL, NULL),
    ('uji', 'bentuk-rasio', 2024, 3, NULL, 1, 4),
    ('uji', 'bentuk-rasio', 2024, 4, NULL, 1, 4),
    -- three quarters of an ended year
    ('uji', 'kurang', 2024, 1, 30, NULL, NULL),
    ('uji', 'kurang', 2024, 2, 30, NULL, NULL),
    ('uji', 'kurang', 2024, 3, 30, NULL, NULL),
    -- 5 cases against a target of 0
    ('uji', 'nol', 2024, NULL, 5, NULL, NULL),
    -- a realisasi without a target
    ('uji', 'tanpa-target', 2024, NULL, 100, NULL, NULL),
    -- the old Renstra's indicator measured in 2024
    ('uji', 'luar', 2024, NULL, 95, NULL, NULL);
ALTER TABLE lkj.realisasi ENABLE TRIGGER realisasi_penyebut_tetap;

-- Three villages.  Due in 2024: the LPPDes 2023 (31 March 2024, all three on
-- time), the RKPDes 2025 (30 September 2024, desa-3 late) and the APBDes
-- 2025 (31 December 2024, desa-3 never entered): 3 + 2 + 2 = 7 of 9.
INSERT INTO lkj.desa (instansi, kode, nama) VALUES
    ('uji', 'desa-1', 'Desa Satu'), ('uji', 'desa-2', 'Desa Dua'), ('uji', 'desa-3', 'Desa Tiga');
INSERT INTO lkj.dokumen_desa (instansi, desa, jenis, tahun_anggaran, tanggal) VALUES
    ('uji', 'desa-1', 'LPPDes', 2023, '2024-03-20'),
    ('uji', 'desa-2', 'LPPDes', 2023, '2024-03-21'),
    ('uji', 'desa-3', 'LPPDes', 2023, '2024-03-22'),
    ('uji', 'desa-1', 'RKPDes', 2025, '2024-09-20'),
    ('uji', 'desa-2', 'RKPDes', 2025, '2024-09-21'),
    ('uji', 'desa-3', 'RKPDes', 2025, '2024-10-05'),
    ('uji', 'desa-1', 'APBDes', 2025, '2024-12-20'),
    ('uji', 'desa-2', 'APBDes', 2025, '2024-12-21');

-- Staff of 2024.  Structural: camat (eselon 3), sekcam (no eselon), kasi
-- (eselon 4, held twice), kepala-i (eselon 1): 5 officials, 3 of them in the
-- eselon columns 2 to 4.  ASN (PNS, PPPK): 6; positions needed: 5.
INSERT INTO lkj.jabatan (instansi, kode, no, nama, jenis, eselon) VALUES
    ('uji', 'camat', 1, 'Camat', 'struktural', 3),
    ('uji', 'sekcam', 2, 'Sekretaris Camat', 'struktural', NULL),
    ('uji', 'kasi', 3, 'Kepala Seksi', 'struktural', 4),
    ('uji', 'kepala-i', 4, 'Kepala Badan', 'struktural', 1),
    ('uji', 'pelaksana', 5, 'Pelaksana', 'pelaksana', NULL),
    ('uji', 'kontrak', 6, 'Tenaga Kontrak', 'kontrak', NULL);
INSERT INTO lkj.pegawai (instansi, tahun, no, jabatan, jenis_kelamin, status, pendidikan) VALUES
    ('uji', 2024, 1, 'camat', 'L', 'PNS', 'S2'),
    ('uji', 2024, 2, 'sekcam', 'P', 'PNS', 'S1'),
    ('uji', 2024, 3, 'kasi', 'L', 'PNS', 'S1'),
    ('uji', 2024, 4, 'kasi', 'P', 'PNS', 'S1'),
    ('uji', 2024, 5, 'kepala-i', 'L', 'PNS', 'S2'),
    ('uji', 2024, 6, 'pelaksana', 'L', 'TKB', 'SMA'),
    ('uji', 2024, 7, 'kontrak', 'P', 'PNS', 'SMA'),
    ('uji', 2024, 8, 'kontrak', 'L', 'TKB', 'SMA');
INSERT INTO lkj.kebutuhan_pegawai (instansi, tahun, jumlah) VALUES ('uji', 2024, 5);

-- Assets of 2024: the laptops twice, once with a trailing space and a capital.
INSERT INTO lkj.sarana (instansi, tahun, no, nama, satuan, baik, rusak, rusak_berat) VALUES
    ('uji', 2024, 1, 'Laptop', 'Buah', 2, 0, 0),
    ('uji', 2024, 2, 'Meja', 'Buah', 3, 0, 0),
    ('uji', 2024, 3, 'laptop ', 'buah', 0, 1, 0);

-- A row of 2027 for ipp that names no level: it stays on tujuan 1 of the
-- Renstra 2023-2026, which ends before 2027 (indikator_induk).
INSERT INTO lkj.indikator_tahun (instansi, indikator, tahun, uraian)
VALUES ('uji', 'ipp', 2027, 'Indeks Uji 2027');

-- The planner has started 2024's text (issue 13): every section but 3.1.2.5
-- (causes and remedies: only the planner can write it; narasi_kosong) and
-- 3.1.2.1 (lkj still writes it from the data; narasi_dibuat).  2023 has no
-- text and is not judged.
INSERT INTO lkj.narasi (instansi, tahun, bagian, urutan, teks)
SELECT 'uji', 2024, b.bagian, 1, 'Teks bagian ' || b.bagian || '.'
  FROM lkj.dokumen_bagian() b WHERE b.bagian NOT IN ('3.1.2.5', '3.1.2.1');
-- SIPD (75_cek_sipd.sql).  p1 gets the national code 7.01.03 and its k1.1
-- the code 7.01.03.2.01, with two sub-kegiatan, 0001 (350.000, 300.000,
-- spent 300.000) and 0002 (250.000, 200.000, spent 200.000): they add up
-- to k1.1's own 600.000, 500.000 and 500.000, so no budget check changes.
-- SIPD's record of 2024, sub-unit 7.01.0.00.0.00.99.0000, holds 0001 (pagu
-- 300.000; cumulative spending 100.000 to 31 March, 80.000 to 30 June,
-- 200.000 to 30 September, 260.000 to 31 December; RAK 100.000 a quarter
-- and 50.000 in the fourth) and 0003 (pagu 50.000, spent 60.000 to
-- 31 December), which the plan lacks; it lacks the plan's 0002.
UPDATE lkj.program SET kode_nasional = '7.01.03' WHERE instansi = 'uji' AND tahun = 2024 AND kode = 'p1';
UPDATE lkj.kegiatan SET kode_nasional = '7.01.03.2.01' WHERE instansi = 'uji' AND tahun = 2024 AND kode = 'k1.1';
INSERT INTO lkj.sub_kegiatan (instansi, tahun, program, kegiatan, kode, no, nama, anggaran_awal, anggaran_perubahan, realisasi) VALUES
    ('uji', 2024, 'p1', 'k1.1', '7.01.03.2.01.0001', 1, 'Sub Kegiatan Satu', 350000, 300000, 300000),
    ('uji', 2024, 'p1', 'k1.1', '7.01.03.2.01.0002', 2, 'Sub Kegiatan Dua', 250000, 200000, 200000);
INSERT INTO lkj.sipd_sub_kegiatan (instansi, tahun, kode_sub_skpd, kode, kode_sipd, nama, pagu_murni, pagu,
                                   rak_tw1, rak_tw2, rak_tw3, rak_tw4) VALUES
    ('uji', 2024, '7.01.0.00.0.00.99.0000', '7.01.03.2.01.0001', '7.01.03.2.01.01', 'Sub Kegiatan Satu', 350000, 300000,
     100000, 100000, 100000, 50000),
    ('uji', 2024, '7.01.0.00.0.00.99.0000', '7.01.03.2.01.0003', '7.01.03.2.01.03', 'Sub Kegiatan Tiga', 50000, 50000,
     NULL, NULL, NULL, NULL);
INSERT INTO lkj.sipd_realisasi (instansi, tahun, kode_sub_skpd, kode, tanggal, realisasi) VALUES
    ('uji', 2024, '7.01.0.00.0.00.99.0000', '7.01.03.2.01.0001', '2024-03-31', 100000),
    ('uji', 2024, '7.01.0.00.0.00.99.0000', '7.01.03.2.01.0001', '2024-06-30', 80000),
    ('uji', 2024, '7.01.0.00.0.00.99.0000', '7.01.03.2.01.0001', '2024-09-30', 200000),
    ('uji', 2024, '7.01.0.00.0.00.99.0000', '7.01.03.2.01.0001', '2024-12-31', 260000),
    ('uji', 2024, '7.01.0.00.0.00.99.0000', '7.01.03.2.01.0003', '2024-12-31', 60000);

-- Signing (73_cek_tanda.sql), undone after the two queries below, since a
-- signed year locks its data: the LKj 2023 signed twice, as a restore from
-- another database could hold it (written with row_security off, so no
-- trigger fills or checks the rows): version 2 without a revision of
-- version 1 (revisi_tanpa_alasan), its digest (of the text "x") not the
-- report's (tanda_berubah), and the data of 2023 above entered after its
-- deadline, 29 February 2024 (data_terlambat: this run's clock is later).
SAVEPOINT tanda;
SET LOCAL row_security = off;
INSERT INTO lkj.versi_laporan (instansi, tahun, versi, tanggal, penanda_nama, teks, digest, dicatat_oleh, dicatat_pada)
SELECT 'uji', 2023, v, '2024-01-31', 'Drs. UJI COBA', 'x', encode(sha256('x'), 'hex'), 'impor', '2024-01-31 08:00+07'
  FROM generate_series(1, 2) v;
RESET row_security;

-- Every registered check trips at least once: this is empty. ------------------

SELECT kode FROM lkj.daftar_cek
EXCEPT
SELECT kode FROM lkj.periksa('uji', per_tanggal => '2025-01-01')
ORDER BY kode;

-- Every finding carries the code of a registered check and the severity
-- that check's COMMENT states, or periksa()'s own info for a verdict not due
-- yet (tanpa_pk of 2025, due from 1 February; anggaran_kosong of 2025, due
-- when 2025 ends): the offenders (none).
SELECT p.kode, p.tingkat
  FROM lkj.periksa('uji', per_tanggal => '2025-01-01') p
  LEFT JOIN lkj.daftar_cek d ON d.kode = p.kode
 WHERE d.kode IS NULL OR (p.tingkat <> 'info' AND p.tingkat <> split_part(d.keterangan, ':', 1));
ROLLBACK TO SAVEPOINT tanda;

-- How many findings each check has, and of which severity and table.
SELECT kode, tingkat, tabel, count(*)
  FROM lkj.periksa('uji', per_tanggal => '2025-01-01')
 GROUP BY kode, tingkat, tabel
 ORDER BY kode, tabel, tingkat;

-- Each check on its own ---------------------------------------------------------

-- anggaran_kegiatan: p1 says 1.000.000 awal; its kegiatan 600.000 + 300.000
-- = 900.000 (selisih 100.000).  Perubahan 500.000 + 400.000 = 900.000 and
-- realisasi 500.000 + 450.000 = 950.000 agree with the program's.
SELECT tahun, tabel, objek, pesan FROM lkj.cek_anggaran_kegiatan WHERE instansi = 'uji';

-- anggaran_pk: PK awal 2024 says 300.000 for p2, whose awal the data lacks
-- (k2.2 has none); 450.000 for p3, whose awal is 500.000 (selisih 50.000);
-- the PK perubahan 2024 leaves out p3 (500.000).  p1 (1.000.000, 900.000),
-- p2 perubahan (its kegiatan's 200.000 + 100.000 = 300.000) and 2023 agree.
SELECT tahun, tabel, objek, pesan FROM lkj.cek_anggaran_pk WHERE instansi = 'uji' ORDER BY objek;

-- anggaran_melebihi: p1 spent 950.000 of 900.000 (105,56%); k1.2 450.000 of
-- 400.000 (112,50%).
SELECT tahun, tabel, objek, pesan FROM lkj.cek_anggaran_melebihi WHERE instansi = 'uji' ORDER BY objek;

-- anggaran_kosong: p2 has no awal of its own and k2.2 none either; p2's
-- spending (k2.2 has none) is missing in 2024, which has ended.  q3 (2025)
-- has no spending either: 2025 has a budget and no PK, a report's year all
-- the same (periksa_tahun_laporan), judged once it ends, on 1 January 2026.
SELECT tahun, tabel, objek, pesan, berlaku_mulai FROM lkj.cek_anggaran_kosong WHERE instansi = 'uji' ORDER BY tabel, objek;

-- perubahan_tanpa_pk: q1's budget went from 100.000 to 80.000 in 2023,
-- which has no revised PK.  2024 has one.
SELECT tahun, tabel, objek, pesan FROM lkj.cek_perubahan_tanpa_pk WHERE instansi = 'uji';

-- renstra_tahun: q3 (2025) under the Renstra 2021-2023; the old Renstra's
-- indicator has a Renstra target and a realisasi in 2024.
SELECT tahun, tabel, objek, pesan FROM lkj.cek_renstra_tahun WHERE instansi = 'uji' ORDER BY tabel, objek;

-- indikator_induk: ipp's row of 2027 hangs on tujuan 1 of Renstra 2023-2026
-- (2023-2026), which does not cover 2027.  The other indicators have no row.
SELECT tahun, tabel, objek, pesan FROM lkj.cek_indikator_induk WHERE instansi = 'uji';

-- renstra_tumpang_tindih: 2021-2023 and 2023-2026 share 2023, and only it.
SELECT tahun, tabel, objek, pesan FROM lkj.cek_renstra_tumpang_tindih WHERE instansi = 'uji';

-- sasaran_tanpa_program: in 2023 (a PK year) the new Renstra's sasaran 1 has
-- no program (q2 serves sasaran 2, q1 the old Renstra's); in 2024 sasaran 2
-- has none; in 2025 (a budget year without a PK) q3 serves the old
-- Renstra's, so neither has one.
SELECT tahun, tabel, objek, pesan FROM lkj.cek_sasaran_tanpa_program WHERE instansi = 'uji' ORDER BY tahun;

-- realisasi_tahunan: the whole-year row says 80, the quarters 20 + 20 + 20
-- + 25 = 85.
SELECT tahun, tabel, objek, pesan FROM lkj.cek_realisasi_tahunan WHERE instansi = 'uji';

-- realisasi_bentuk: the sum indicator's quarter II is 3/4 (the year adds up
-- only 10 + 10 + 10 = 30); the ratio indicator's quarter II is a value.
SELECT tahun, tabel, objek, pesan FROM lkj.cek_realisasi_bentuk WHERE instansi = 'uji' ORDER BY objek;

-- triwulan_penyebut: 5/10, 3/12, 4/10, 2/10; the year takes 14 over the
-- largest, 12: 116,67%.
SELECT tahun, tabel, objek, pesan FROM lkj.cek_triwulan_penyebut WHERE instansi = 'uji';

-- triwulan_pembulatan: 10,005 x 4 prints 10,01 x 4 = 40,04 against the
-- year's 40,02; the village documents print 33,33% + 0,00% + 22,22% + 22,22%
-- = 77,77% against 7/9 = 77,78%.  ipp (whole-year row), the two indicators of
-- realisasi_bentuk and the ratio of triwulan_penyebut are left to their checks.
SELECT tahun, tabel, objek, pesan FROM lkj.cek_triwulan_pembulatan WHERE instansi = 'uji' ORDER BY objek;

-- triwulan_kurang: quarters I to III only (30 each), year 90.
SELECT tahun, tabel, objek, pesan, berlaku_mulai FROM lkj.cek_triwulan_kurang WHERE instansi = 'uji';

-- tanpa_realisasi: a target of 100% in the PK perubahan 2024 and nothing
-- measured.  The old Renstra's indicator is outside its period (renstra_tahun).
SELECT tahun, tabel, objek, pesan, berlaku_mulai FROM lkj.cek_tanpa_realisasi WHERE instansi = 'uji';

-- tanpa_target: 100% measured in 2024 for a kegiatan's indicator with no target.
SELECT tahun, tabel, objek, pesan FROM lkj.cek_tanpa_target WHERE instansi = 'uji';

-- target_nol: 5 Kasus against a target of 0 in both PKs.
SELECT tahun, tabel, objek, pesan FROM lkj.cek_target_nol WHERE instansi = 'uji';

-- target_berbeda: Renstra 70, PK awal 70, PK perubahan 75; capaian from 75.
SELECT tahun, tabel, objek, pesan FROM lkj.cek_target_berbeda WHERE instansi = 'uji';

-- target_pk_hilang: the IKU "Persentase fasilitasi" is in the PK awal 2024
-- (40%) but not in the PK perubahan; the other IKU is in both.
SELECT tahun, tabel, objek, pesan FROM lkj.cek_target_pk_hilang WHERE instansi = 'uji';

-- dokumen_desa_kurang: 1 of 9 documents due in 2024 has no row.
SELECT tahun, tabel, objek, pesan, berlaku_mulai FROM lkj.cek_dokumen_desa_kurang WHERE instansi = 'uji';

-- jabatan_eselon: the Sekretaris Camat has no eselon, the Kepala Badan eselon
-- I; of 5 structural officials 3 are in the eselon columns.
SELECT tahun, tabel, objek, pesan FROM lkj.cek_jabatan_eselon WHERE instansi = 'uji' ORDER BY objek;

-- jabatan_ganda: two Kepala Seksi (no 3 and 4).
SELECT tahun, tabel, objek, pesan FROM lkj.cek_jabatan_ganda WHERE instansi = 'uji';

-- pegawai_status: a TKB (no 6) as pelaksana, a PNS (no 7) as contract worker.
SELECT tahun, tabel, objek, pesan FROM lkj.cek_pegawai_status WHERE instansi = 'uji' ORDER BY objek;

-- kebutuhan_pegawai: 6 ASN, 5 positions needed: 120,00%.
SELECT tahun, tabel, objek, pesan FROM lkj.cek_kebutuhan_pegawai WHERE instansi = 'uji';

-- sumber_daya_kosong: 2023 has a PK, 2025 a budget without a PK, and
-- neither has staff, assets or positions needed.
SELECT tahun, tabel, objek, pesan FROM lkj.cek_sumber_daya_kosong WHERE instansi = 'uji' ORDER BY tabel;

-- sarana_ganda: "Laptop" (2) and "laptop " (1), Buah.
SELECT tahun, tabel, objek, pesan FROM lkj.cek_sarana_ganda WHERE instansi = 'uji';

-- pk_tanggal: the revised PK 2024 is dated 20 December 2023, the original
-- 10 January 2024.
SELECT tahun, tabel, objek, pesan FROM lkj.cek_pk_tanggal WHERE instansi = 'uji';

-- Edge cases -----------------------------------------------------------------------

-- A target range counts as one value: a Renstra range of 60 to 80 against
-- PK targets of 70 differs; the message prints the range.
INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, batas_bawah, batas_atas)
VALUES ('uji', 'rasio', 2024, 'renstra', 60, 80);
SELECT tahun, objek, pesan FROM lkj.cek_target_berbeda WHERE instansi = 'uji' AND objek = 'indikator rasio';

-- The same value written with other decimals (50 and 50.00) is not a difference.
UPDATE lkj.target SET nilai = 50.00, batas_bawah = NULL, batas_atas = NULL
 WHERE instansi = 'uji' AND indikator = 'rasio' AND dokumen = 'renstra';
SELECT count(*) FROM lkj.cek_target_berbeda WHERE instansi = 'uji' AND objek = 'indikator rasio';

-- A national standard is not a target the report measures against: it
-- differs without a finding.
INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai)
VALUES ('uji', 'fas', 2024, 'standar_nasional', 90);
SELECT count(*) FROM lkj.cek_target_berbeda WHERE instansi = 'uji' AND objek = 'indikator fas';

-- A whole-year row with fewer than four quarters is the year's figure: the
-- missing quarter is not a finding, nor the disagreement.
DELETE FROM lkj.realisasi WHERE instansi = 'uji' AND indikator = 'ipp' AND triwulan = 4;
SELECT count(*) FROM lkj.cek_realisasi_tahunan WHERE instansi = 'uji';
SELECT count(*) FROM lkj.cek_triwulan_kurang WHERE instansi = 'uji' AND objek = 'indikator ipp';

-- An indicator whose year is its last quarter (terakhir) lacks nothing when
-- only a middle quarter is missing; without the fourth it does.
INSERT INTO lkj.indikator (instansi, kode, no, uraian, satuan, agregasi, tahun, program)
VALUES ('uji', 'akhir', 3, 'Indeks kepuasan akhir tahun', 'Indeks', 'terakhir', 2024, 'p1');
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES
    ('uji', 'akhir', 2024, 1, 70), ('uji', 'akhir', 2024, 2, 75), ('uji', 'akhir', 2024, 4, 81);
SELECT count(*) FROM lkj.cek_triwulan_kurang WHERE instansi = 'uji' AND objek = 'indikator akhir';
UPDATE lkj.realisasi SET triwulan = 3 WHERE instansi = 'uji' AND indikator = 'akhir' AND triwulan = 4;
SELECT pesan FROM lkj.cek_triwulan_kurang WHERE instansi = 'uji' AND objek = 'indikator akhir';

-- Spending of exactly the budget is allowed; a kegiatan without a revised
-- budget is measured against its original one, and one rupiah over it is
-- reported although its absorption rounds to 100,00%.
UPDATE lkj.kegiatan SET realisasi = 400000 WHERE instansi = 'uji' AND kode = 'k1.2';
UPDATE lkj.kegiatan SET anggaran_perubahan = NULL, realisasi = 200001 WHERE instansi = 'uji' AND kode = 'k2.1';
SELECT objek, pesan FROM lkj.cek_anggaran_melebihi WHERE instansi = 'uji' ORDER BY objek;

-- A budget cut to zero is no gap, and a program of 0 the PK leaves out is
-- not missing from it.
UPDATE lkj.program SET anggaran_perubahan = 0, realisasi = 0 WHERE instansi = 'uji' AND kode = 'p3';
SELECT objek, pesan FROM lkj.cek_anggaran_pk WHERE instansi = 'uji' AND objek LIKE 'program p3%';

-- tanpa_pk: q3 is 2025's budget (one program, Program 1) and 2025 has no
-- PK.  PermenPAN-RB 53/2014 has the PK signed within a month after the DPA,
-- which is set by the start of the year: as of 31 January 2025 periksa()
-- gives one info naming 1 February 2025, from that day a peringatan.  2023
-- and 2024 have a PK: no row; 2021, 2022 and 2026 have no budget: no row.
SELECT tahun, tabel, objek, pesan, berlaku_mulai FROM lkj.cek_tanpa_pk WHERE instansi = 'uji';
SELECT tingkat, tahun, berlaku_mulai, pesan FROM lkj.periksa('uji', 2025, '2025-01-31') WHERE kode = 'tanpa_pk';
SELECT tingkat, tahun, berlaku_mulai FROM lkj.periksa('uji', 2025, '2025-02-01') WHERE kode = 'tanpa_pk';
-- A revised PK alone is a signed PK: no finding.
INSERT INTO lkj.perjanjian_kinerja (instansi, tahun, jenis, tanggal, tempat,
        pihak_pertama_nama, pihak_pertama_jabatan, pihak_kedua_nama, pihak_kedua_jabatan) VALUES
    ('uji', 2025, 'perubahan', '2025-09-01', 'Uji', 'Drs. UJI COBA', 'Camat Uji', 'BUPATI', 'Bupati Uji');
SELECT count(*) FROM lkj.cek_tanpa_pk WHERE instansi = 'uji';
DELETE FROM lkj.perjanjian_kinerja WHERE instansi = 'uji' AND tahun = 2025;

-- pk_tanpa_realisasi: 2023 has its original PK and no realisasi at all (every
-- stored realisasi is 2024's; the village documents' deadlines fall in 2024),
-- from 1 January 2024 on.  2024 has realisasi: no row; 2025 has no PK: no row.
SELECT tahun, tabel, objek, pesan, berlaku_mulai FROM lkj.cek_pk_tanpa_realisasi WHERE instansi = 'uji';
-- An LPPDes 2022 (due 31 March 2023) gives the village-documents indicator
-- 'dok' a realisasi in 2023: the year is measured, no row.
INSERT INTO lkj.dokumen_desa (instansi, desa, jenis, tahun_anggaran, tanggal) VALUES
    ('uji', 'desa-1', 'LPPDes', 2022, '2023-03-20');
SELECT count(*) FROM lkj.cek_pk_tanpa_realisasi WHERE instansi = 'uji';
DELETE FROM lkj.dokumen_desa WHERE instansi = 'uji' AND tahun_anggaran = 2022;
-- So does one stored realisasi of 2023.
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES ('uji', 'ipp', 2023, NULL, 70);
SELECT count(*) FROM lkj.cek_pk_tanpa_realisasi WHERE instansi = 'uji';
DELETE FROM lkj.realisasi WHERE instansi = 'uji' AND tahun = 2023;

-- narasi_kosong and narasi_dibuat: 2024's two sections without text.
SELECT tahun, tabel, kode, objek, pesan FROM lkj.cek_narasi_kosong WHERE instansi = 'uji'
UNION ALL
SELECT tahun, tabel, kode, objek, pesan FROM lkj.cek_narasi_dibuat WHERE instansi = 'uji';
-- Once written, neither.
INSERT INTO lkj.narasi (instansi, tahun, bagian, urutan, jenis, teks) VALUES
    ('uji', 2024, '3.1.2.5', 1, 'paragraf', 'Penyebab dan solusi.'),
    ('uji', 2024, '3.1.2.1', 1, 'daftar', 'Indikator uji.');
SELECT (SELECT count(*) FROM lkj.cek_narasi_kosong WHERE instansi = 'uji')
     + (SELECT count(*) FROM lkj.cek_narasi_dibuat WHERE instansi = 'uji') AS temuan;
DELETE FROM lkj.narasi WHERE instansi = 'uji' AND bagian IN ('3.1.2.5', '3.1.2.1');

-- sipd_melebihi_pagu: 7.01.03.2.01.0003 spent 60.000 to 31 December of a
-- pagu of 50.000: 60 / 50 = 120,00%.  0001's 260.000 is within its 300.000
-- (and the plan's 0001, 300.000 of 300.000, is not over: anggaran_melebihi).
SELECT tahun, tabel, objek, pesan FROM lkj.cek_sipd_melebihi_pagu WHERE instansi = 'uji';

-- sipd_tanpa_rencana: SIPD's 0003 (pagu 50.000) is not in the plan; its
-- kegiatan 7.01.03.2.01 is, so lkj.muat_sipd would add it.
SELECT tahun, tabel, objek, pesan FROM lkj.cek_sipd_tanpa_rencana WHERE instansi = 'uji';

-- rencana_tanpa_sipd: the plan's 0002 (anggaran 200.000) is not in SIPD.
SELECT tahun, tabel, objek, pesan FROM lkj.cek_rencana_tanpa_sipd WHERE instansi = 'uji';

-- sipd_triwulan: 0001's quarters are 100.000, 80.000 - 100.000 = -20.000,
-- 200.000 - 80.000 = 120.000 and 260.000 - 200.000 = 60.000: the second is
-- negative; together 260.000, where the plan says 300.000.  0003 has only
-- 31 December: its quarters cannot be told, so it is not judged.
SELECT tahun, tabel, objek, pesan FROM lkj.cek_sipd_triwulan WHERE instansi = 'uji' ORDER BY objek;
SELECT kode, triwulan, kumulatif, realisasi, rak FROM lkj.sipd_triwulan WHERE instansi = 'uji' ORDER BY kode, triwulan;

-- sipd_rak: 0001's RAK 100.000 x 3 + 50.000 = 350.000 against its pagu of
-- 300.000.  0003 has no RAK: not judged.
SELECT tahun, tabel, objek, pesan FROM lkj.cek_sipd_rak WHERE instansi = 'uji';

-- A year filter keeps findings of that year only; a unit filter keeps that unit.
SELECT DISTINCT tahun FROM lkj.periksa('uji', 2023, '2025-01-01') ORDER BY tahun;
SELECT count(*) FROM lkj.periksa(NULL, 2023, '2025-01-01') WHERE instansi <> 'uji';

-- As of 30 June 2024, 2024 has not ended: each check that waits for it
-- (the program without spending, the missing quarter, the indicator without
-- realisasi, the village documents) gives one info for 2024 instead, saying
-- what it will judge and from when; every other finding stands as it is, and
-- 2023's too (pk_tanpa_realisasi among them); 2025's tanpa_pk and
-- anggaran_kosong are infos at both dates, so they count among those waiting.  Severity orders the rows:
-- galat, peringatan, info.
SELECT tingkat, kode, tahun, tabel, objek, berlaku_mulai, pesan
  FROM lkj.periksa('uji', 2024, '2024-06-30') WHERE tingkat = 'info';
SELECT tingkat, count(*) FROM lkj.periksa('uji', per_tanggal => '2024-06-30') GROUP BY tingkat ORDER BY tingkat::lkj.tingkat;
SELECT (SELECT count(*) FROM lkj.periksa('uji', per_tanggal => '2025-01-01'))
     - (SELECT count(*) FROM lkj.periksa('uji', per_tanggal => '2024-06-30') WHERE tingkat <> 'info') AS menunggu;

ROLLBACK;
