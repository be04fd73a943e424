-- An indicator's identity across years, and lkj.salin_tahun() (issue 8,
-- item 4), on a made-up dinas built here: Dinas Kesehatan Uji of the
-- made-up Kabupaten Salin, no tujuan level, a Renstra 2024-2025 and one from
-- 2026, sub-kegiatan budgets under one program, a head who changed in 2024.
-- 2024 is copied to 2025 twice, 2025 is entered and reported, a wording
-- changed in 2025 leaves 2024's report byte for byte, the same indicator is
-- compared across years by its identity; then what the schema refuses.
-- Every figure is worked out by hand in the comments.
SET datestyle = 'ISO, YMD';
SET extra_float_digits = 0;
BEGIN;

-- The SQLSTATE, constraint, message and hint a statement fails with, or 'ok'.
CREATE FUNCTION pg_temp.tolak(perintah text, OUT kode text, OUT kendala text, OUT pesan text, OUT petunjuk text)
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE perintah;
    kode := 'ok';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS kode = RETURNED_SQLSTATE, kendala = CONSTRAINT_NAME,
                            pesan = MESSAGE_TEXT, petunjuk = PG_EXCEPTION_HINT;
END $$;

-- The unit ---------------------------------------------------------------------

INSERT INTO lkj.pemda (kode, nama) VALUES ('salin', 'Kabupaten Salin');
INSERT INTO lkj.setelan (pemda, berlaku_mulai_tahun, skala_kriteria) VALUES ('salin', 1990, 'lumajang');
INSERT INTO lkj.instansi (kode, pemda, nama, jenis) VALUES ('dinkes', 'salin', 'Dinas Kesehatan Uji', 'dinas');
INSERT INTO lkj.renstra (instansi, kode, nama, tahun_awal, tahun_akhir) VALUES
    ('dinkes', 'r1', 'Renstra 2024-2025', 2024, 2025),
    ('dinkes', 'r2', 'Renstra 2026-2030', 2026, 2030);
-- no tujuan level; the second Renstra has only sasaran 1 so far
INSERT INTO lkj.sasaran (instansi, renstra, no, tujuan, uraian) VALUES
    ('dinkes', 'r1', 1, NULL, 'Meningkatnya derajat kesehatan masyarakat'),
    ('dinkes', 'r1', 2, NULL, 'Meningkatnya tata kelola dinas'),
    ('dinkes', 'r2', 1, NULL, 'Meningkatnya derajat kesehatan masyarakat');

-- 2024: p1 with one kegiatan of two sub-kegiatan (its budget is theirs),
-- p2 with one kegiatan, both recording their own (500.000, spent 450.000).
INSERT INTO lkj.program (instansi, tahun, kode, no, nama, renstra, sasaran, kode_nasional, kode_cetak,
                         anggaran_awal, realisasi) VALUES
    ('dinkes', 2024, 'p1', 1, 'Program Pemenuhan Upaya Kesehatan', 'r1', 1, '1.02.02', '1.02.02', NULL, NULL),
    ('dinkes', 2024, 'p2', 2, 'Program Penunjang Urusan', 'r1', 2, NULL, NULL, 500000, 450000);
INSERT INTO lkj.kegiatan (instansi, tahun, program, kode, no, nama, kode_nasional, kode_cetak,
                          anggaran_awal, realisasi) VALUES
    ('dinkes', 2024, 'p1', 'k1', 1, 'Penyediaan Layanan Kesehatan', '1.02.02.2.01', '1.02.02.2.01', NULL, NULL),
    ('dinkes', 2024, 'p2', 'k2', 1, 'Administrasi Keuangan', NULL, NULL, 500000, 450000);
INSERT INTO lkj.sub_kegiatan (instansi, tahun, program, kegiatan, kode, kode_cetak, no, nama,
                              anggaran_awal, realisasi) VALUES
    ('dinkes', 2024, 'p1', 'k1', '1.02.02.2.01.0001', '1.02.02.2.01.01', 1, 'Pelayanan Kesehatan Dasar', 600000, 540000),
    ('dinkes', 2024, 'p1', 'k1', '1.02.02.2.01.0002', '1.02.02.2.01.02', 2, 'Pelayanan Kesehatan Rujukan', 400000, 360000);

-- ikk: a sasaran indicator (its Renstra's years); cakupan: an indicator of
-- program p1 of 2024; dokumen: of kegiatan k2 of 2024.
INSERT INTO lkj.indikator (instansi, kode, no, uraian, satuan, iku, renstra, sasaran, tahun, program, kegiatan) VALUES
    ('dinkes', 'ikk', 1, 'Indeks Keluarga Sehat (IKS)', 'Persen', true, 'r1', 1, NULL, NULL, NULL),
    ('dinkes', 'cakupan', 1, 'Cakupan pelayanan kesehatan dasar', 'Persen', false, NULL, NULL, 2024, 'p1', NULL),
    ('dinkes', 'dokumen', 1, 'Dokumen keuangan tepat waktu', 'Dokumen', false, NULL, NULL, 2024, NULL, 'k2');

-- The Renstra's targets, entered once for the period: 80 in 2024, 85 in 2025.
INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai) VALUES
    ('dinkes', 'ikk', 2024, 'renstra', 80),
    ('dinkes', 'ikk', 2025, 'renstra', 85);

-- The head changed on 1 July 2024: B heads at the end of 2024.
INSERT INTO lkj.kepala_instansi (instansi, tahun, mulai, nama, nip, pangkat, jabatan) VALUES
    ('dinkes', 2024, '2023-06-01', 'dr. A', '197001012000031001', 'Pembina', 'Kepala Dinas'),
    ('dinkes', 2024, '2024-07-01', 'dr. B, M.Kes', '197502022001122002', 'Pembina Tk. I', 'Kepala Dinas');

-- PK 2024 and the year's results: ikk 84 against 80 = 105,00%; cakupan 81
-- against 90 = 90,00%.
INSERT INTO lkj.perjanjian_kinerja (instansi, tahun, jenis, tanggal, tempat,
        pihak_pertama_nama, pihak_pertama_jabatan, pihak_kedua_nama, pihak_kedua_jabatan) VALUES
    ('dinkes', 2024, 'awal', '2024-01-15', 'Salin', 'dr. A', 'Kepala Dinas', 'BUPATI', 'Bupati Salin');
INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai) VALUES
    ('dinkes', 'ikk', 2024, 'pk_awal', 80),
    ('dinkes', 'cakupan', 2024, 'pk_awal', 90);
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES
    ('dinkes', 'ikk', 2024, NULL, 84),
    ('dinkes', 'cakupan', 2024, NULL, 81);

-- 2024's report as it stands, to compare after 2025 is entered and changed.
CREATE TEMP TABLE laporan_2024 AS SELECT lkj.laporan('dinkes', 2024) AS teks;

-- Without any row of indikator_tahun every indicator is its identity: ikk in
-- 2024 and 2025 (its Renstra), cakupan and dokumen in 2024.
SELECT indikator, tahun, kode, no, uraian, satuan, polaritas, iku, renstra, sasaran, program, kegiatan
  FROM lkj.indikator_tahunan WHERE instansi = 'dinkes' ORDER BY indikator, tahun;

-- The copy, twice ------------------------------------------------------------------

-- First call: 2 programs, 2 kegiatan, 2 sub-kegiatan, 2 indicators of a
-- program or kegiatan (cakupan, dokumen), no changed sasaran indicator, and
-- the head B (the latest mulai of 2024) from 1 January 2025.
SELECT * FROM lkj.salin_tahun('dinkes', 2024, 2025);
-- Second call: nothing more.
SELECT * FROM lkj.salin_tahun('dinkes', 2024, 2025);

-- 2025's structure is 2024's but for the year and the money (both
-- directions empty).
SELECT kode, no, nama, renstra, sasaran, kode_nasional, kode_cetak FROM lkj.program WHERE instansi = 'dinkes' AND tahun = 2024
EXCEPT
SELECT kode, no, nama, renstra, sasaran, kode_nasional, kode_cetak FROM lkj.program WHERE instansi = 'dinkes' AND tahun = 2025;
SELECT kode, no, nama, renstra, sasaran, kode_nasional, kode_cetak FROM lkj.program WHERE instansi = 'dinkes' AND tahun = 2025
EXCEPT
SELECT kode, no, nama, renstra, sasaran, kode_nasional, kode_cetak FROM lkj.program WHERE instansi = 'dinkes' AND tahun = 2024;
SELECT program, kode, no, nama, kode_nasional, kode_cetak FROM lkj.kegiatan WHERE instansi = 'dinkes' AND tahun = 2024
EXCEPT
SELECT program, kode, no, nama, kode_nasional, kode_cetak FROM lkj.kegiatan WHERE instansi = 'dinkes' AND tahun = 2025;
SELECT program, kegiatan, kode, kode_cetak, no, nama FROM lkj.sub_kegiatan WHERE instansi = 'dinkes' AND tahun = 2024
EXCEPT
SELECT program, kegiatan, kode, kode_cetak, no, nama FROM lkj.sub_kegiatan WHERE instansi = 'dinkes' AND tahun = 2025;
SELECT kode, no, uraian, satuan, sasaran, program, kegiatan FROM lkj.indikator_tahunan WHERE instansi = 'dinkes' AND tahun = 2024
EXCEPT
SELECT kode, no, uraian, satuan, sasaran, program, kegiatan FROM lkj.indikator_tahunan WHERE instansi = 'dinkes' AND tahun = 2025;
-- No money, no PK, no target, no realisasi copied: every figure of 2025 NULL,
-- no PK of 2025, and 2025's only targets are the Renstra's (entered with it).
SELECT jenis, kode, anggaran_awal, anggaran_perubahan, anggaran, realisasi
  FROM lkj.anggaran_rinci WHERE instansi = 'dinkes' AND tahun = 2025 ORDER BY jenis, kode;
SELECT count(*) FROM lkj.perjanjian_kinerja WHERE instansi = 'dinkes' AND tahun = 2025;
SELECT indikator, dokumen, nilai FROM lkj.target WHERE instansi = 'dinkes' AND tahun = 2025;
SELECT count(*) FROM lkj.realisasi WHERE instansi = 'dinkes' AND tahun = 2025;
-- The rows written for the indicators: all NULL (the identity's), so 2025
-- carries 2024's code, wording, unit and program.
SELECT * FROM lkj.indikator_tahun WHERE instansi = 'dinkes' ORDER BY indikator, tahun;
-- The heads: 2024's two, 2025's B from 1 January.
SELECT tahun, mulai, nama, pangkat FROM lkj.kepala_instansi WHERE instansi = 'dinkes' ORDER BY tahun, mulai;

-- The Renstra's target carries over by identity: before any PK of 2025, ikk's
-- target in force is the Renstra's 85 (no realisasi yet: tidak terukur).
SELECT indikator_kode, target_dokumen, target, realisasi, capaian, status
  FROM lkj.capaian_kinerja WHERE instansi = 'dinkes' AND tahun = 2025;

-- 2025 entered --------------------------------------------------------------------

-- PK 2025: ikk 86, cakupan 92.  Budgets: the sub-kegiatan 700.000 (spent
-- 630.000) and 300.000 (spent 285.000); k2 550.000 (spent 495.000).
-- Results: ikk 86 against 86 = 100,00% (Sangat Tinggi, above 90);
-- cakupan 87,4 against 92 = 87,4 / 92 x 100 = 95,00%.
INSERT INTO lkj.perjanjian_kinerja (instansi, tahun, jenis, tanggal, tempat,
        pihak_pertama_nama, pihak_pertama_jabatan, pihak_kedua_nama, pihak_kedua_jabatan) VALUES
    ('dinkes', 2025, 'awal', '2025-01-14', 'Salin', 'dr. B, M.Kes', 'Kepala Dinas', 'BUPATI', 'Bupati Salin');
INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai) VALUES
    ('dinkes', 'ikk', 2025, 'pk_awal', 86),
    ('dinkes', 'cakupan', 2025, 'pk_awal', 92);
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES
    ('dinkes', 'ikk', 2025, NULL, 86),
    ('dinkes', 'cakupan', 2025, NULL, 87.4);
UPDATE lkj.sub_kegiatan SET anggaran_awal = 700000, realisasi = 630000
 WHERE instansi = 'dinkes' AND tahun = 2025 AND kode = '1.02.02.2.01.0001';
UPDATE lkj.sub_kegiatan SET anggaran_awal = 300000, realisasi = 285000
 WHERE instansi = 'dinkes' AND tahun = 2025 AND kode = '1.02.02.2.01.0002';
UPDATE lkj.kegiatan SET anggaran_awal = 550000, realisasi = 495000
 WHERE instansi = 'dinkes' AND tahun = 2025 AND kode = 'k2';

-- 2025's capaian: ikk 100,00 (PK awal 86); cakupan 95,00.
SELECT indikator, target_dokumen, target, realisasi, capaian, kriteria, status
  FROM lkj.capaian_indikator WHERE instansi = 'dinkes' AND tahun = 2025 ORDER BY indikator;
-- Tabel 8 of 2025: ikk under sasaran 1.
SELECT no, jenis_baris, uraian, indikator, indikator_kode, satuan, target, realisasi, capaian, kriteria
  FROM lkj.tabel_8_capaian_kinerja WHERE instansi = 'dinkes' AND tahun = 2025;
-- Tabel 6 of 2025: sasaran 1 (ikk, 86) over program a. p1 (cakupan, 92;
-- budget its kegiatan's: 700.000 + 300.000 = 1.000.000) and its kegiatan k1,
-- sasaran 2 over p2 (k2's 550.000) and k2 (dokumen, no PK target).
SELECT no, jenis_baris, label, uraian, indikator, indikator_kode, target_awal, anggaran_awal
  FROM lkj.tabel_6_program_kegiatan WHERE instansi = 'dinkes' AND tahun = 2025;

-- A wording changed in 2025 -----------------------------------------------------------

-- From 2025 the unit prints ikk as IKK-25, "Indeks Keluarga Sehat", in Indeks.
INSERT INTO lkj.indikator_tahun (instansi, indikator, tahun, kode, uraian, satuan)
VALUES ('dinkes', 'ikk', 2025, 'IKK-25', 'Indeks Keluarga Sehat', 'Indeks');
-- 2025's tables print it; the identity (indikator_kode) stays ikk, so the
-- targets and realisasi, named by the identity, still meet it: 86 / 86.
SELECT no, indikator, indikator_kode, satuan, target, realisasi, capaian
  FROM lkj.tabel_8_capaian_kinerja WHERE instansi = 'dinkes' AND tahun = 2025;
SELECT no, indikator, satuan, formulasi FROM lkj.tabel_3_iku WHERE instansi = 'dinkes' AND tahun = 2025;
SELECT indikator, kode, uraian, satuan FROM lkj.indikator_tahunan
 WHERE instansi = 'dinkes' AND indikator = 'ikk' ORDER BY tahun;
-- 2024 keeps its wording: its report is byte for byte what it was.
SELECT teks = lkj.laporan('dinkes', 2024) AS laporan_2024_sama FROM laporan_2024;
-- The same indicator across years, by identity: 2024 105,00 (84 / 80),
-- 2025 100,00 (86 / 86), whatever it was called.
SELECT a.indikator, a.capaian AS capaian_2024, b.capaian AS capaian_2025,
       y.kode AS kode_2025, y.uraian AS uraian_2025
  FROM lkj.capaian_indikator a
  JOIN lkj.capaian_indikator b ON b.instansi = a.instansi AND b.indikator = a.indikator AND b.tahun = 2025
  JOIN lkj.indikator_tahunan y ON y.instansi = b.instansi AND y.indikator = b.indikator AND y.tahun = 2025
 WHERE a.instansi = 'dinkes' AND a.tahun = 2024
 ORDER BY a.indikator;
-- Tabel 10 of 2026 (2021-2025 side by side): one row for ikk, worded as in
-- 2025 (the latest year shown; 2026 lies in the next Renstra), with 2024's
-- 84 / 105,00 and 2025's 86 / 100,00.
SELECT no, indikator, indikator_kode, realisasi_4, capaian_4, realisasi_5, capaian_5
  FROM lkj.tabel_10_perbandingan_tahun WHERE instansi = 'dinkes' AND tahun = 2026;
-- The copy again after the change: nothing (the 2025 row of ikk was the
-- planner's, never overwritten).
SELECT * FROM lkj.salin_tahun('dinkes', 2024, 2025);

-- Into the next Renstra ------------------------------------------------------------------

-- 2026 lies in r2, which has no sasaran 2 for p2: refused before anything is
-- written (23503).
SELECT * FROM pg_temp.tolak($$SELECT * FROM lkj.salin_tahun('dinkes', 2025, 2026)$$);
SELECT count(*) FROM lkj.program WHERE instansi = 'dinkes' AND tahun = 2026;
-- With sasaran 2 in r2, the programs move to r2's sasaran of the same
-- number; ikk's change of 2025 stays in r1 (2026 is not its Renstra's):
-- 2 programs, 2 kegiatan, 2 sub-kegiatan, 2 indicators, 0, the head.
INSERT INTO lkj.sasaran (instansi, renstra, no, tujuan, uraian)
VALUES ('dinkes', 'r2', 2, NULL, 'Meningkatnya tata kelola dinas');
SELECT * FROM lkj.salin_tahun('dinkes', 2025, 2026);
SELECT kode, renstra, sasaran FROM lkj.program WHERE instansi = 'dinkes' AND tahun = 2026 ORDER BY kode;
-- No Renstra covers 2031 (23503).
SELECT * FROM pg_temp.tolak($$SELECT * FROM lkj.salin_tahun('dinkes', 2026, 2031)$$);

-- What is refused ---------------------------------------------------------------------------

-- cakupan carried by hand to 2027, which has no program p1: a row without a
-- level of its own hangs on p1 of 2027 and is refused (23503, the trigger,
-- with its hint).
SELECT * FROM pg_temp.tolak($$INSERT INTO lkj.indikator_tahun (instansi, indikator, tahun) VALUES ('dinkes', 'cakupan', 2027)$$);
-- a program the year lacks, named (23503, the foreign key)
SELECT * FROM pg_temp.tolak($$INSERT INTO lkj.indikator_tahun (instansi, indikator, tahun, program) VALUES ('dinkes', 'cakupan', 2027, 'p1')$$);
-- two levels (23514)
SELECT * FROM pg_temp.tolak($$INSERT INTO lkj.indikator_tahun (instansi, indikator, tahun, renstra, sasaran, program)
VALUES ('dinkes', 'ikk', 2024, 'r1', 1, 'p1')$$);
-- a code twice in a year, two rows (23505, the unique key)
SELECT * FROM pg_temp.tolak($$UPDATE lkj.indikator_tahun SET kode = 'IKK-25' WHERE instansi = 'dinkes' AND indikator = 'cakupan' AND tahun = 2025$$);
-- a year's code that is another indicator's identity code that year
-- (23505, the trigger): cakupan is cakupan's code in 2025
SELECT * FROM pg_temp.tolak($$UPDATE lkj.indikator_tahun SET kode = 'cakupan' WHERE instansi = 'dinkes' AND indikator = 'dokumen' AND tahun = 2025$$);
-- a new identity whose code is another's code in one of its years (23505)
SELECT * FROM pg_temp.tolak($$INSERT INTO lkj.indikator (instansi, kode, uraian, renstra, sasaran) VALUES ('dinkes', 'IKK-25', 'Lain', 'r1', 2)$$);
-- edge, valid: ikk prints IKK-25 in 2025, so the code ikk is free in 2025
-- and dokumen may print it there (ok); codes are unique per year, and ikk's
-- targets and realisasi name the identity, not the printed code.
SELECT * FROM pg_temp.tolak($$UPDATE lkj.indikator_tahun SET kode = 'ikk' WHERE instansi = 'dinkes' AND indikator = 'dokumen' AND tahun = 2025$$);
SELECT indikator, tahun, kode FROM lkj.indikator_tahunan WHERE instansi = 'dinkes' AND tahun = 2025 ORDER BY indikator;
-- unknown unit (42704)
SELECT * FROM pg_temp.tolak($$SELECT * FROM lkj.salin_tahun('dinkes-x', 2024, 2025)$$);
-- ke not after dari (22023), the same year (22023)
SELECT * FROM pg_temp.tolak($$SELECT * FROM lkj.salin_tahun('dinkes', 2025, 2024)$$);
SELECT * FROM pg_temp.tolak($$SELECT * FROM lkj.salin_tahun('dinkes', 2025, 2025)$$);
-- a year with nothing to copy (22023): 2023 has no program, indicator or head
SELECT * FROM pg_temp.tolak($$SELECT * FROM lkj.salin_tahun('dinkes', 2023, 2024)$$);

-- The check indikator_induk ------------------------------------------------------------------

-- Kegiatan k2 of 2026 removed after the copy: dokumen's row of 2026 names no
-- level and hung on it.  ikk given a row for 2026 without a level: it stays
-- on r1's sasaran 1, which ends in 2025.  Two galat.
DELETE FROM lkj.kegiatan WHERE instansi = 'dinkes' AND tahun = 2026 AND kode = 'k2';
INSERT INTO lkj.indikator_tahun (instansi, indikator, tahun, uraian) VALUES ('dinkes', 'ikk', 2026, 'IKS');
SELECT tahun, tabel, kode, tingkat, objek, pesan FROM lkj.cek_indikator_induk WHERE instansi = 'dinkes' ORDER BY tahun, objek;
SELECT tahun, kode, objek FROM lkj.periksa('dinkes', 2026, '2026-01-01') WHERE kode = 'indikator_induk' ORDER BY objek;

ROLLBACK;
