-- The budget below the program: national codes in one normal form
-- (lkj.kode_normal), sub-kegiatan, the roll-up sub-kegiatan -> kegiatan ->
-- program (lkj.anggaran_kegiatan, lkj.anggaran_program, lkj.anggaran_rinci),
-- Tabel 15 at every level, and the budget checks at the sub-kegiatan level.
-- Every figure is worked by hand below: penyerapan = realisasi / anggaran
-- x 100, rounded half away from zero to 2 decimals (lkj.penyerapan), the
-- anggaran being the revised budget where there is one, else the original.
SET datestyle = 'ISO, YMD';
\set SHOW_CONTEXT never
\set VERBOSITY default

-- The SQLSTATE an expression raises, for the error list below.
CREATE FUNCTION pg_temp.sqlstate_of(expr text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE 'SELECT ' || expr;
  RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
  RETURN SQLSTATE;
END $$;

-- lkj.kode_normal: valid ------------------------------------------------------
-- the normal form: urusan 1 character, bidang and program 2 digits, kegiatan
-- 1 digit . 2 digits, sub-kegiatan 4 digits.
SELECT k AS masukan, lkj.kode_normal(k) AS normal
  FROM (VALUES ('7.01.02.2.01.0001'),          -- already normal
               ('7.01.02.2.01.01'),            -- sub-kegiatan with 2 digits -> 0001
               ('1.01.01.02.01.0001'),         -- zero-padded kegiatan part -> 1.01.01.2.01.0001
               ('1.01.01.02.01.01'),           -- both at once
               ('7.01.02.2.01'),               -- a kegiatan
               ('1.01.01.02.01'),              -- a kegiatan, zero-padded -> 1.01.01.2.01
               ('7.01.02'),                    -- a program
               ('7.01'),                       -- a bidang
               ('x.xx.01'),                    -- every urusan's support program -> X.XX.01
               ('1.05.02.2.03.0002')) AS t (k);

-- edge: a name after the code, white space around it
SELECT lkj.kode_normal('7.01.02.2.01.01 Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan') AS nama_di_belakang,
       lkj.kode_normal('  7.01.02 Program Penyelenggaraan Pemerintahan dan Pelayanan Publik') AS spasi_di_depan,
       lkj.kode_normal(E'7.01.02.2.01.0001\tKoordinasi') AS tab,
       lkj.kode_normal('7.01.02.2.01.0001   ') AS spasi_di_belakang,
       lkj.kode_normal(NULL) IS NULL AS null_tetap_null;
-- edge: the spellings of one sub-kegiatan meet in one key
SELECT count(DISTINCT lkj.kode_normal(k)) AS satu_kunci
  FROM (VALUES ('1.01.01.2.01.0001'), ('1.01.01.2.01.01'), ('1.01.01.02.01.0001'),
               ('1.01.01.02.01.01 Penyusunan Dokumen Perencanaan')) AS t (k);

-- invalid: the message and its detail once, then every case's SQLSTATE
-- (22P02 invalid_text_representation)
\set ON_ERROR_STOP 0
SELECT lkj.kode_normal('1.1');
\set ON_ERROR_STOP 1
SELECT k AS masukan, pg_temp.sqlstate_of(format('lkj.kode_normal(%L)', k)) AS sqlstate
  FROM (VALUES (''),                     -- empty
               ('7'),                    -- a lone urusan: Kunir's own program 1 looks the same
               ('1.1'),                  -- Kunir's kegiatan numbering, not a national code
               ('7.01.02.2'),            -- a kegiatan part without its two digits
               ('7.01.02.2.01.001'),     -- a 3-digit sub-kegiatan part
               ('7.01.02.2.01.00001'),   -- a 5-digit sub-kegiatan part
               ('7.01.02.12.01.0001'),   -- a 2-digit kegiatan part that is not zero-padded
               ('7.1.02'),               -- a 1-digit bidang
               ('7.01.02.2.01.0001.5'),  -- a seventh part
               ('7.01.02.'),             -- a trailing dot
               ('Program 7.01.02'),      -- the name first
               ('7,01,02')) AS t (k);  -- commas

BEGIN;

-- A made-up dinas that records its budget only per sub-kegiatan ------------------

INSERT INTO lkj.pemda (kode, nama) VALUES ('rinci', 'Kabupaten Rinci');
INSERT INTO lkj.instansi (kode, pemda, nama, jenis, kepala_jabatan, kepala_nama)
VALUES ('rinci', 'rinci', 'Dinas Kesehatan Rinci', 'dinas', 'Kepala Dinas', 'dr. RINCI');
INSERT INTO lkj.renstra (instansi, kode, nama, tahun_awal, tahun_akhir) VALUES
    ('rinci', '2024-2026', 'Renstra 2024-2026', 2024, 2026);
INSERT INTO lkj.tujuan (instansi, renstra, no, uraian) VALUES ('rinci', '2024-2026', 1, 'Derajat kesehatan meningkat');
INSERT INTO lkj.sasaran (instansi, renstra, no, tujuan, uraian) VALUES
    ('rinci', '2024-2026', 1, 1, 'Layanan kesehatan bermutu');

-- Two programs and their kegiatan without figures of their own, except
-- k2.1's original budget (20.000.000, which its sub-kegiatan do not give).
-- The codes as printed are kept beside the normal form.
INSERT INTO lkj.program (instansi, tahun, kode, no, nama, renstra, sasaran, kode_nasional, kode_cetak) VALUES
    ('rinci', 2024, 'p1', 1, 'Program Penunjang Urusan Pemerintahan Daerah', '2024-2026', 1,
        lkj.kode_normal('1.02.01'), '1.02.01'),
    ('rinci', 2024, 'p2', 2, 'Program Pemenuhan Upaya Kesehatan', '2024-2026', 1,
        lkj.kode_normal('1.02.02'), '1.02.02');
INSERT INTO lkj.kegiatan (instansi, tahun, program, kode, no, nama, kode_nasional, kode_cetak, anggaran_awal) VALUES
    ('rinci', 2024, 'p1', 'k1.1', 1, 'Perencanaan, Penganggaran dan Evaluasi Kinerja',
        lkj.kode_normal('1.02.01.2.01'), '1.02.01.2.01', NULL),
    ('rinci', 2024, 'p1', 'k1.2', 2, 'Administrasi Keuangan',
        lkj.kode_normal('1.02.01.02.02'), '1.02.01.02.02', NULL),
    ('rinci', 2024, 'p2', 'k2.1', 1, 'Penyediaan Fasilitas Pelayanan Kesehatan',
        lkj.kode_normal('1.02.02.2.01'), '1.02.02.2.01', 20000000),
    ('rinci', 2024, 'p2', 'k2.2', 2, 'Penyediaan Layanan Kesehatan',
        lkj.kode_normal('1.02.02.2.02'), '1.02.02.2.02', NULL);

-- Program 1 was revised (every sub-kegiatan has a perubahan), Program 2 was not.
INSERT INTO lkj.sub_kegiatan (instansi, tahun, program, kegiatan, kode, kode_cetak, no, nama,
                              anggaran_awal, anggaran_perubahan, realisasi)
SELECT 'rinci', 2024, p, k, lkj.kode_normal(c), c, n, nm, aw, pr, re
  FROM (VALUES
    ('p1', 'k1.1', '1.02.01.2.01.0001', 1, 'Penyusunan Dokumen Perencanaan', 10000000, 12000000, 11500000),
    ('p1', 'k1.1', '1.02.01.2.01.02',   2, 'Evaluasi Kinerja',                 5000000,  4000000,  3333333),
    ('p1', 'k1.2', '1.02.01.02.02.0001', 1, 'Penyediaan Gaji dan Tunjangan',   7500000,  7500000,  7000000),
    ('p2', 'k2.1', '1.02.02.2.01.0001', 1, 'Pengadaan Alat Kesehatan',        12000000,     NULL, 12500000),
    ('p2', 'k2.1', '1.02.02.2.01.0002', 2, 'Rehabilitasi Puskesmas',           7000000,     NULL,  6000000),
    ('p2', 'k2.2', '1.02.02.2.02.0001', 1, 'Pengelolaan Pelayanan Kesehatan',  2000000,     NULL,  1234500))
    AS t (p, k, c, n, nm, aw, pr, re);

-- Every level, by hand (anggaran = perubahan, else awal):
--  sub 1.02.01.2.01.0001  12.000.000, spent 11.500.000: 95,8333.. -> 95.83
--  sub 1.02.01.2.01.0002   4.000.000, spent  3.333.333: 83,333325 -> 83.33
--  kegiatan k1.1: awal 10.000.000 + 5.000.000 = 15.000.000, perubahan
--    12.000.000 + 4.000.000 = 16.000.000, spent 11.500.000 + 3.333.333 =
--    14.833.333: 92,70833125 -> 92.71
--  sub 1.02.01.2.02.0001 and kegiatan k1.2 (its only one): 7.500.000 both,
--    spent 7.000.000: 93,333.. -> 93.33
--  program p1: awal 15.000.000 + 7.500.000 = 22.500.000, perubahan
--    16.000.000 + 7.500.000 = 23.500.000, spent 14.833.333 + 7.000.000 =
--    21.833.333: 92,9078 -> 92.91
--  sub 1.02.02.2.01.0001  12.000.000, spent 12.500.000: 104,1666.. -> 104.17 (over budget)
--  sub 1.02.02.2.01.0002   7.000.000, spent  6.000.000: 85,714.. -> 85.71
--  kegiatan k2.1: awal its own 20.000.000 (its sub-kegiatan give 12.000.000
--    + 7.000.000 = 19.000.000: periksa reports it), no perubahan (neither its
--    own nor its sub-kegiatan's), spent 12.500.000 + 6.000.000 = 18.500.000
--    (its own is NULL): 92,5 -> 92.50
--  sub 1.02.02.2.02.0001 and kegiatan k2.2: 2.000.000, spent 1.234.500:
--    61,725 -> 61.73 (half away from zero; half to even would give 61.72)
--  program p2: awal 20.000.000 + 2.000.000 = 22.000.000, no perubahan, spent
--    18.500.000 + 1.234.500 = 19.734.500: 89,7022.. -> 89.70
--  jumlah: 23.500.000 + 22.000.000 = 45.500.000, spent 21.833.333 +
--    19.734.500 = 41.567.833: 91,3578.. -> 91.36
SELECT jenis, kode, induk, program, kegiatan, no, kode_nasional, kode_cetak,
       anggaran_awal, anggaran_perubahan, anggaran, realisasi, penyerapan
  FROM lkj.anggaran_rinci WHERE instansi = 'rinci'
 ORDER BY program, kegiatan NULLS FIRST, jenis <> 'kegiatan', kode;

-- The parts the checks read: a kegiatan's own figures and its sub-kegiatan's sums.
SELECT kegiatan, kegiatan_awal, kegiatan_perubahan, kegiatan_realisasi, jumlah_sub_kegiatan,
       sub_kegiatan_awal, sub_kegiatan_perubahan, sub_kegiatan_realisasi
  FROM lkj.anggaran_kegiatan WHERE instansi = 'rinci' ORDER BY kegiatan;
-- the program rule reads the kegiatan as rolled up: p1's kegiatan sums are
-- 22.500.000 / 23.500.000 / 21.833.333, p2's 22.000.000 / NULL / 19.734.500.
SELECT program, anggaran_awal, anggaran_perubahan, anggaran, realisasi, penyerapan,
       jumlah_kegiatan, kegiatan_awal, kegiatan_perubahan, kegiatan_realisasi
  FROM lkj.anggaran_program WHERE instansi = 'rinci' ORDER BY program;

-- Tabel 15 at every level, and its program and jumlah rows are Tabel 15's.
SELECT urutan, no, jenis_baris, kode_cetak, uraian, anggaran, realisasi, penyerapan
  FROM lkj.tabel_15_realisasi_anggaran_rinci WHERE instansi = 'rinci' ORDER BY urutan;
SELECT count(*) AS selisih_dengan_tabel_15
  FROM ((SELECT no, jenis_baris, uraian, anggaran, realisasi, penyerapan
           FROM lkj.tabel_15_realisasi_anggaran_rinci
          WHERE instansi = 'rinci' AND jenis_baris IN ('program', 'jumlah')
         EXCEPT ALL
         SELECT no, jenis_baris, uraian, anggaran, realisasi, penyerapan
           FROM lkj.tabel_15_realisasi_anggaran WHERE instansi = 'rinci')
        UNION ALL
        (SELECT no, jenis_baris, uraian, anggaran, realisasi, penyerapan
           FROM lkj.tabel_15_realisasi_anggaran WHERE instansi = 'rinci'
         EXCEPT ALL
         SELECT no, jenis_baris, uraian, anggaran, realisasi, penyerapan
           FROM lkj.tabel_15_realisasi_anggaran_rinci
          WHERE instansi = 'rinci' AND jenis_baris IN ('program', 'jumlah'))) d;

-- The checks: k2.1's own awal 20.000.000 against its sub-kegiatan's
-- 19.000.000 (selisih 1.000.000); sub-kegiatan 1.02.02.2.01.0001 spent
-- 12.500.000 of 12.000.000 (104,17%).  Nothing else of the budget.
SELECT kode, tabel, objek, pesan
  FROM lkj.periksa('rinci', 2024, '2025-01-01')
 WHERE kode LIKE 'anggaran%' ORDER BY kode, objek;

-- k2.1 without its own figure: its budget is its sub-kegiatan's 19.000.000,
-- spent 18.500.000: 97,368.. -> 97.37; p2's 19.000.000 + 2.000.000 =
-- 21.000.000, spent 19.734.500: 93,9738.. -> 93.97
UPDATE lkj.kegiatan SET anggaran_awal = NULL WHERE instansi = 'rinci' AND kode = 'k2.1';
SELECT jenis, kode, anggaran, realisasi, penyerapan
  FROM lkj.anggaran_rinci WHERE instansi = 'rinci' AND kode IN ('p2', 'k2.1');
-- A sub-kegiatan without its original budget leaves its kegiatan and program
-- without one (a partial sum would print a short budget): anggaran_kosong.
UPDATE lkj.sub_kegiatan SET anggaran_awal = NULL WHERE instansi = 'rinci' AND kode = '1.02.02.2.02.0001';
SELECT jenis, kode, anggaran_awal, anggaran, penyerapan
  FROM lkj.anggaran_rinci WHERE instansi = 'rinci' AND program = 'p2' AND jenis <> 'sub_kegiatan'
 ORDER BY kode DESC;
SELECT kode, tabel, objek, pesan
  FROM lkj.periksa('rinci', 2024, '2025-01-01')
 WHERE kode = 'anggaran_kosong' ORDER BY objek;

-- What the table refuses: one statement each, with its SQLSTATE --------------------------------------
\set ON_ERROR_STOP 0
SAVEPOINT s;
-- a negative budget (23514)
INSERT INTO lkj.sub_kegiatan (instansi, tahun, program, kegiatan, kode, no, nama, anggaran_awal)
VALUES ('rinci', 2024, 'p1', 'k1.1', '1.02.01.2.01.0009', 9, 'Negatif', -1);
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- NaN (23514: NaN sorts above every number and would pass ">= 0")
INSERT INTO lkj.sub_kegiatan (instansi, tahun, program, kegiatan, kode, no, nama, realisasi)
VALUES ('rinci', 2024, 'p1', 'k1.1', '1.02.01.2.01.0009', 9, 'NaN', 'NaN');
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- Infinity (23514)
INSERT INTO lkj.sub_kegiatan (instansi, tahun, program, kegiatan, kode, no, nama, anggaran_perubahan)
VALUES ('rinci', 2024, 'p1', 'k1.1', '1.02.01.2.01.0009', 9, 'Tak hingga', 'Infinity');
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- a code not in the normal form (23514): the 2-digit spelling
INSERT INTO lkj.sub_kegiatan (instansi, tahun, program, kegiatan, kode, no, nama)
VALUES ('rinci', 2024, 'p1', 'k1.1', '1.02.01.2.01.09', 9, 'Kode dua digit');
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- a kegiatan of another program (23503: the foreign key carries the program)
INSERT INTO lkj.sub_kegiatan (instansi, tahun, program, kegiatan, kode, no, nama)
VALUES ('rinci', 2024, 'p2', 'k1.1', '1.02.01.2.01.0009', 9, 'Program lain');
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- a code that does not continue its kegiatan's 1.02.01.2.01 (23503: the
-- generated prefix kode_nasional_kegiatan has its own foreign key)
INSERT INTO lkj.sub_kegiatan (instansi, tahun, program, kegiatan, kode, no, nama)
VALUES ('rinci', 2024, 'p1', 'k1.1', '1.02.01.2.02.0009', 9, 'Kegiatan lain');
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- a kegiatan code that does not continue its program's 1.02.01 (23503)
INSERT INTO lkj.kegiatan (instansi, tahun, program, kode, no, nama, kode_nasional)
VALUES ('rinci', 2024, 'p1', 'k1.3', 3, 'Program lain', '1.02.02.2.09');
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- the same code twice in a unit and year (23505)
INSERT INTO lkj.sub_kegiatan (instansi, tahun, program, kegiatan, kode, no, nama)
VALUES ('rinci', 2024, 'p1', 'k1.2', '1.02.01.2.01.0001', 9, 'Dua kali');
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- a program's national code not in the normal form (23514)
UPDATE lkj.program SET kode_nasional = '1.2.01' WHERE instansi = 'rinci' AND kode = 'p1';
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- a kegiatan's zero-padded code as key (23514): it goes in as printed only
UPDATE lkj.kegiatan SET kode_nasional = '1.02.01.02.02' WHERE instansi = 'rinci' AND kode = 'k1.2';
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
-- two kegiatan with one national code (23505)
UPDATE lkj.kegiatan SET kode_nasional = '1.02.01.2.01' WHERE instansi = 'rinci' AND kode = 'k1.2';
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO s;
\set ON_ERROR_STOP 1

ROLLBACK;
