-- muat: loading a unit-year from staging rows (issue 12): lkj.parse_tanggal,
-- how a cell reads under a locale, lkj.muat's report, dry run, replacement
-- by natural key, all or nothing, and the helpers for SQL users.  The whole
-- year from files, the planted mistakes and the operator's load are
-- tests/t_muat.sh.
SET DateStyle = 'ISO, MDY';   -- the trap: this DateStyle reads 01/10/2025 as 10 January
\set VERBOSITY default
\set SHOW_CONTEXT never

CREATE FUNCTION pg_temp.tanggal(teks text, lokal text DEFAULT 'id',
                                OUT kode text, OUT tanggal date, OUT pesan text, OUT rincian text)
LANGUAGE plpgsql AS $$
BEGIN
  tanggal := lkj.parse_tanggal(teks, lokal);
  kode := 'ok';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS kode = RETURNED_SQLSTATE, pesan = MESSAGE_TEXT, rincian = PG_EXCEPTION_DETAIL;
END $$;

-- Day first under 'id', whatever DateStyle says: 01/10/2025 is 1 October
-- (date '01/10/2025' is 10 January under MDY: the wrong figure with no error).
SELECT date '01/10/2025' AS datestyle_mdy, lkj.parse_tanggal('01/10/2025') AS id;
SELECT t.teks, t.lokal, r.*
  FROM (VALUES ('01/10/2025', 'id'), ('1-10-2025', 'id'), ('1.10.2025', 'id'), (' 31/12/2024 ', 'id'),
               ('31 Desember 2024', 'id'), ('1 Okt 2025', 'id'), ('17 AGUSTUS 1945', 'id'), ('28 Peb. 2024', 'id'),
               ('2024-12-31', 'id'), ('2024-12-31', 'intl'),
               ('29/02/2024', 'id'),                  -- a leap day
               ('29/02/2023', 'id'),                  -- 2023 has none: 22008
               ('31/02/2024', 'id'),                  -- 22008
               ('12/31/2024', 'id'),                  -- month first: no month 31, 22008
               ('00/12/2024', 'id'),                  -- no day 0, 22008
               ('27/09/24', 'id'),                    -- a two-digit year is a guess: 22007
               ('1/10-2025', 'id'),                   -- two separators: 22007
               ('30 Desembr 2024', 'id'),             -- no such month: 22007
               ('31/12/2024', 'intl'),                -- intl takes ISO alone: 22007
               ('2024-02-30', 'intl'),                -- no day 30 in February under intl too: 22008
               ('2024-13-01', 'intl'),                -- no month 13: 22008
               ('2024-12-31', 'en')                   -- no such locale: 22023
       ) AS t (teks, lokal), pg_temp.tanggal(t.teks, t.lokal) r;

-- How one cell reads (NULL: it does; else the lkj.pesan code), per locale.
SELECT t.teks, t.tipe, t.lokal, t.minimum,
       lkj.muat_galat_sel(t.teks, t.tipe, t.lokal, t.minimum, t.pilihan) AS galat,
       CASE WHEN lkj.muat_galat_sel(t.teks, t.tipe, t.lokal, t.minimum, t.pilihan) IS NULL
            THEN lkj.muat_baca(t.teks, t.tipe, t.lokal, t.pilihan) END AS dibaca
  FROM (VALUES ('Rp 1.234.567', 'angka', 'id', 'nol', NULL::text[]),
               ('Rp. 29.449.900,-', 'angka', 'id', 'nol', NULL),
               ('72,73 %', 'angka', 'id', NULL, NULL),
               ('20,7175', 'angka', 'id', NULL, NULL),
               ('1.500', 'angka', 'id', NULL, NULL),         -- Indonesian: one thousand five hundred
               ('1.5', 'angka', 'id', NULL, NULL),           -- a decimal point under id: not guessed
               ('1,234.56', 'angka', 'id', NULL, NULL),      -- English grouping
               ('1.23.4', 'angka', 'id', NULL, NULL),
               ('1e3', 'angka', 'id', NULL, NULL),
               ('N/A', 'angka', 'id', NULL, NULL),           -- no data is an empty cell
               ('-', 'angka', 'id', NULL, NULL),
               ('-5', 'angka', 'id', 'nol', NULL),
               ('0', 'angka', 'id', 'positif', NULL),
               ('1500.25', 'angka', 'intl', NULL, NULL),
               ('1500,25', 'angka', 'intl', NULL, NULL),     -- a decimal comma under intl
               ('1.500', 'angka', 'intl', NULL, NULL),       -- intl: one and a half
               ('3', 'bulat', 'id', NULL, NULL),
               ('3,0', 'bulat', 'id', NULL, NULL),           -- 3,0 is the whole number 3
               ('3,5', 'bulat', 'id', NULL, NULL),
               ('99999999999', 'bulat', 'id', NULL, NULL),
               ('p3k', 'pilihan', 'id', NULL, ARRAY['PNS', 'PPPK', 'P3K', 'TKB']),   -- stored as PPPK
               ('p3k', 'pilihan', 'id', NULL, ARRAY['PPPK', 'P3K']),   -- the label instansi.label_pppk: stays P3K
               ('pk_Awal', 'pilihan', 'id', NULL, ARRAY['pk_awal', 'pk_perubahan']),
               ('pk awal', 'pilihan', 'id', NULL, ARRAY['pk_awal', 'pk_perubahan']),
               ('k1.1', 'kode', 'id', NULL, NULL),
               ('k 1.1', 'kode', 'id', NULL, NULL),
               ('31 Desember 2024', 'tanggal', 'id', NULL, NULL),
               ('31/12/2024', 'tanggal', 'intl', NULL, NULL)
       ) AS t (teks, tipe, lokal, minimum, pilihan);

-- What a load refuses as a call.
SELECT * FROM lkj.muat('kunyit', 2024);
SELECT * FROM lkj.muat('kunyit', 2024, 'en');

-- The rest in one transaction, rolled back at the end: the suites share a
-- database, and the next ones must not meet this unit.
BEGIN;
-- A unit with one year to fill: a kecamatan, its Renstra, a PK.
INSERT INTO lkj.pemda (kode, nama, skala_kriteria) VALUES ('uji', 'Kabupaten Uji', 'lumajang');
INSERT INTO lkj.instansi (kode, pemda, nama, jenis) VALUES ('kec', 'uji', 'Kecamatan Uji', 'kecamatan');
INSERT INTO lkj.renstra (instansi, kode, nama, tahun_awal, tahun_akhir) VALUES ('kec', 'r', 'Renstra 2024-2026', 2024, 2026);
INSERT INTO lkj.tujuan (instansi, renstra, no, uraian) VALUES ('kec', 'r', 1, 'Tujuan');
INSERT INTO lkj.sasaran (instansi, renstra, no, tujuan, uraian) VALUES ('kec', 'r', 1, 1, 'Sasaran');
INSERT INTO lkj.perjanjian_kinerja (instansi, tahun, jenis, tanggal, tempat, pihak_pertama_nama,
                                    pihak_pertama_jabatan, pihak_kedua_nama, pihak_kedua_jabatan)
VALUES ('kec', 2024, 'awal', '2024-01-10', 'Uji', 'A', 'Camat', 'B', 'Bupati');

-- Programs and an indicator with its target, international locale.
INSERT INTO lkj.muat_program (instansi, tahun, berkas, lembar, baris, kode, no, nama, renstra, sasaran,
                              anggaran_awal, anggaran_perubahan, realisasi) VALUES
  ('kec', 2024, 'uji.xlsx', 'program', 2, '1', '1', 'Program Satu', 'r', '1', '1000000', '900000.50', '810000'),
  ('kec', 2024, 'uji.xlsx', 'program', 3, '2', '2', 'Program Dua', 'r', '1', '500000', NULL, '250000');
INSERT INTO lkj.muat_indikator (instansi, tahun, berkas, lembar, baris, kode, no, uraian, satuan, polaritas, agregasi, program)
VALUES ('kec', 2024, 'uji.xlsx', 'indikator', 2, 'p1', '1', 'Persentase satu', 'Persen', 'positif', 'jumlah', '1');
INSERT INTO lkj.muat_target (instansi, tahun, berkas, lembar, baris, indikator, dokumen, nilai)
VALUES ('kec', 2024, 'uji.xlsx', 'target', 2, 'p1', 'pk_awal', '90');
INSERT INTO lkj.muat_realisasi (instansi, tahun, berkas, lembar, baris, indikator, triwulan, nilai)
VALUES ('kec', 2024, 'uji.xlsx', 'realisasi', 2, 'p1', NULL, '81');

-- Under 'id' the dot decimal 900000.50 is a mistake, not 90000050: every
-- mistake at once, nothing written.
SELECT hasil, berkas, lembar, baris, kolom, nilai, kode, pesan FROM lkj.muat('kec', 2024);
SELECT count(*) AS program FROM lkj.program WHERE instansi = 'kec';
-- The same rows under 'intl', a dry run: five rows to add, nothing written.
SELECT hasil, jenis, kunci, berkas, lembar, baris, pesan FROM lkj.muat('kec', 2024, 'intl', uji_coba => true);
SELECT count(*) AS program FROM lkj.program WHERE instansi = 'kec';
-- Applied: the same five; staging emptied; the figures as typed
-- (900000.50 keeps its scale).  Capaian of p1: 81 / 90 x 100 = 90,00.
SELECT hasil, jenis, kunci FROM lkj.muat('kec', 2024, 'intl');
SELECT kode, anggaran_awal, anggaran_perubahan, realisasi FROM lkj.program WHERE instansi = 'kec' ORDER BY kode;
SELECT (SELECT count(*) FROM lkj.muat_program) AS staging_program, (SELECT count(*) FROM lkj.muat_target) AS staging_target;
SELECT indikator, target, realisasi, capaian FROM lkj.capaian_indikator WHERE instansi = 'kec' AND tahun = 2024;

-- The program sheet again, program 2 left out and program 1's realisasi
-- changed: a dry run says so; then applied.
INSERT INTO lkj.muat_program (instansi, tahun, berkas, lembar, baris, kode, no, nama, renstra, sasaran,
                              anggaran_awal, anggaran_perubahan, realisasi) VALUES
  ('kec', 2024, 'program.csv', '', 2, '1', '1', 'Program Satu', 'r', '1', '1.000.000', '900.000,50', 'Rp 850.000');
SELECT hasil, jenis, kunci, berkas, baris, pesan FROM lkj.muat('kec', 2024, uji_coba => true);
SELECT hasil, jenis, kunci FROM lkj.muat('kec', 2024);
SELECT kode, realisasi FROM lkj.program WHERE instansi = 'kec' ORDER BY kode;

-- Program 1 left out while its indicator p1 is not in the load: the table
-- refuses the removal (the indicator names it), which undoes every write
-- of the load and is said in Indonesian from lkj.pesan by the constraint's name.
INSERT INTO lkj.muat_program (instansi, tahun, berkas, lembar, baris, kode, no, nama, renstra, sasaran)
VALUES ('kec', 2024, 'program.csv', '', 2, '3', '3', 'Program Tiga', 'r', '1');
SELECT hasil, kolom, kode, pesan FROM lkj.muat('kec', 2024);
SELECT kode FROM lkj.program WHERE instansi = 'kec' ORDER BY kode;
DELETE FROM lkj.muat_program;

-- For SQL users: an indicator with its targets, a quarter's realisasi
-- (recorded twice: the second replaces the first).  Capaian of p2:
-- 45 / 50 x 100 = 90,00 (PK awal; the PK perubahan target is not stored
-- without its PK: none given).
SELECT lkj.tambah_indikator('kec', 'p2', 'Persentase dua', 2024, 50, program => '1');
SELECT lkj.catat_realisasi('kec', 'p2', 2024, 1, 40);
SELECT lkj.catat_realisasi('kec', 'p2', 2024, 1, 45);
SELECT indikator, tahun, triwulan, nilai FROM lkj.realisasi WHERE instansi = 'kec' AND indikator = 'p2';
SELECT indikator, target, realisasi, capaian FROM lkj.capaian_indikator WHERE instansi = 'kec' AND indikator = 'p2';
SAVEPOINT kuartal;
SELECT lkj.catat_realisasi('kec', 'p2', 2024, 5, 1);
ROLLBACK TO SAVEPOINT kuartal;

-- A signed year (issue 11) refuses a load before reading a cell (55000,
-- the revision in the hint); a dry run still reports.
SELECT lkj.tandatangani('kec', 2024, '2025-02-14', 'Camat Uji') AS versi;
INSERT INTO lkj.muat_program (instansi, tahun, berkas, lembar, baris, kode, no, nama, renstra, sasaran)
VALUES ('kec', 2024, 'program.csv', '', 2, '1', '1', 'Program Satu Baru', 'r', '1');
SELECT hasil, jenis, kunci FROM lkj.muat('kec', 2024, uji_coba => true);
SELECT hasil FROM lkj.muat('kec', 2024);
ROLLBACK;
