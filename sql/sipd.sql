-- SIPD-RI exports in (issue 12 item 5): lkj.muat_sipd and its readers, the
-- quarters by differencing, the reconciliation.  The demo dinas
-- (data/diskominfo_2024.sql) gets a small export written in SQL into the
-- staging tables, as tools/lkj-sipd writes them (every field as the JSON's
-- text); tests/t_sipd.sh loads its whole year from JSON files through the
-- client.  Every figure is worked by hand in the comments.
SET datestyle = 'ISO, YMD';
SET extra_float_digits = 0;
SET lc_numeric = 'C';
\set SHOW_CONTEXT never
\set VERBOSITY terse
\set ON_ERROR_ROLLBACK on
BEGIN;
\set ECHO none
\i data/diskominfo_2024.sql
\set ECHO all
-- lkj.parse_angka's reading, or its SQLSTATE
CREATE FUNCTION pg_temp.parse_angka(t text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    RETURN lkj.parse_angka(t)::text;
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE;
END $$;

-- A JSON number's dot is the decimal point: "1.500" is 1,5 where the
-- Indonesian reader lkj.parse_angka reads 1500; trailing zeros go (the plan
-- stores and prints 143200000, not 143200000,00); a thousands separator, a
-- comma or Rp is not a JSON number.
SELECT t, lkj.sipd_angka(t) AS sipd, pg_temp.parse_angka(t) AS parse_angka
  FROM unnest(ARRAY['1.500', '1500.50', '143200000.00', '296187500', '-5', '1.5E+3',
                    '1,5', '1.500.000', 'Rp 1.500', '', ' 42 ']) AS t;

-- Codes in SIPD's spellings, to the normal form; what is not a whole
-- sub-kegiatan code gives NULL (reported as kode_salah).
SELECT t, lkj.sipd_kode(t)
  FROM unnest(ARRAY['7.01.02.2.01.01', '1.01.01.02.01.0001', '2.16.02.2.01.0006',
                    '7.01.02.2.01.01 Koordinasi/Sinergi Perencanaan', '7.01.02.2.01', 'x', '']) AS t;

-- Cut-off dates: ISO only (SIPD-RI writes 2024-03-31); a day that does not
-- exist and a planner's 31/03/2024 give NULL (tanggal_salah).
SELECT t, lkj.sipd_tanggal(t) FROM unnest(ARRAY['2024-03-31', '31/03/2024', '2024-02-30']) AS t;

-- Mistakes: every one reported at once, nothing written.  The list (file
-- sub.json): row 1 of budget year 2023; row 2 with the code "7.01" and the
-- pagu "1.500.000" (thousands dots: not a JSON number); row 3 a negative
-- pagumurni; row 4 without a sub-unit; rows 5 and 6 the same sub-kegiatan
-- in two spellings (0002 and 02).  Spending (real.json): row 1 a kode_sbl
-- the list does not hold; row 2 the cut-off 31/03/2024; row 3 a cut-off in
-- 2025; row 4 "Rp 100" spent.  RAK (rak.json): row 1 "abc" in March.
INSERT INTO lkj.muat_sipd_sub_kegiatan (instansi, tahun, berkas, baris, tahun_anggaran, kode_sub_skpd, kode_sub_giat,
                                        nama_sub_giat, pagumurni, pagu, kode_sbl) VALUES
    ('diskominfo', 2024, 'sub.json', 1, '2023', 'D', '2.16.02.2.01.05', NULL, NULL, '100', 's1'),
    ('diskominfo', 2024, 'sub.json', 2, '2024', 'D', '7.01', NULL, NULL, '1.500.000', 's2'),
    ('diskominfo', 2024, 'sub.json', 3, '2024', 'D', '2.16.02.2.01.06', NULL, '-5', '100', 's3'),
    ('diskominfo', 2024, 'sub.json', 4, '2024', '', '2.16.03.2.01.01', NULL, NULL, '100', 's4'),
    ('diskominfo', 2024, 'sub.json', 5, '2024', 'D', '2.16.02.2.01.0002', NULL, NULL, '100', 's5'),
    ('diskominfo', 2024, 'sub.json', 6, '2024', 'D', '2.16.02.2.01.02', NULL, NULL, '100', 's6');
INSERT INTO lkj.muat_sipd_realisasi (instansi, tahun, berkas, baris, tanggal_akhir, kode_sbl, kode_akun, realisasi) VALUES
    ('diskominfo', 2024, 'real.json', 1, '2024-03-31', 'tidak-ada', '5.1', '10'),
    ('diskominfo', 2024, 'real.json', 2, '31/03/2024', 's1', '5.1', '10'),
    ('diskominfo', 2024, 'real.json', 3, '2025-01-31', 's1', '5.1', '10'),
    ('diskominfo', 2024, 'real.json', 4, '2024-06-30', 's1', '5.1', 'Rp 100');
INSERT INTO lkj.muat_sipd_rak (instansi, tahun, berkas, baris, kode_sbl, kode_akun, bulan) VALUES
    ('diskominfo', 2024, 'rak.json', 1, 's1', '5.1', ARRAY['0', '0', 'abc', '0', '0', '0', '0', '0', '0', '0', '0', '100']);
SELECT hasil, berkas, baris, kolom, nilai, kode, pesan FROM lkj.muat_sipd('diskominfo', 2024);
SELECT (SELECT count(*) FROM lkj.sipd_sub_kegiatan) AS sipd, (SELECT count(*) FROM lkj.muat_sipd_sub_kegiatan) AS staging,
       (SELECT sum(realisasi) FROM lkj.sub_kegiatan WHERE instansi = 'diskominfo') AS realisasi_rencana;
DELETE FROM lkj.muat_sipd_sub_kegiatan; DELETE FROM lkj.muat_sipd_realisasi; DELETE FROM lkj.muat_sipd_rak;

-- Spending or RAK without the list: daftar_kosong.
INSERT INTO lkj.muat_sipd_realisasi (instansi, tahun, berkas, baris, tanggal_akhir, kode_sub_skpd, kode_sub_giat, realisasi)
VALUES ('diskominfo', 2024, 'real.json', 1, '2024-03-31', 'D', '2.16.02.2.01.02', '10');
SELECT hasil, berkas, baris, kolom, nilai, kode, pesan FROM lkj.muat_sipd('diskominfo', 2024);
DELETE FROM lkj.muat_sipd_realisasi;

-- A good export.  Sub-unit D holds three sub-kegiatan:
--   2.16.02.2.01.02 (the plan's 0002): pagumurni 185400000, pagu
--     "172650000.00": the plan's own figures; spending by kode_sbl s1
--     to 31 March 30000000 + 0.50 + 0.50 on three accounts = 30000001,
--     to 30 June 75000000: quarters 30000001 and 44999999;
--   2.16.02.2.01.0009 (not in the plan, its kegiatan 2.16.02.2.01 is):
--     pagu "1500.50" (1500,5, not 150050), no pagumurni (the original
--     budget is the pagu), spent 1.500 to 30 June by its codes: added to the
--     plan as sub-kegiatan 4 of 2.16.02.2.01 (the kegiatan had 3);
--   2.16.01.2.01.01 (its kegiatan is not in the plan): left out.
-- RAK: 0002 50000000 a quarter, 0009 375,125 a quarter (1.500,5 in all).
INSERT INTO lkj.muat_sipd_sub_kegiatan (instansi, tahun, berkas, baris, tahun_anggaran, kode_sub_skpd, kode_sub_giat,
                                        nama_sub_giat, pagumurni, pagu, kode_sbl) VALUES
    ('diskominfo', 2024, 'sub.json', 1, '2024', 'D', '2.16.02.2.01.02', '2.16.02.2.01.02 Monitoring Opini dan Aspirasi Publik',
     '185400000', '172650000.00', 's1'),
    ('diskominfo', 2024, 'sub.json', 2, '2024', 'D', '2.16.02.2.01.0009', '2.16.02.2.01.0009 Sub-kegiatan Baru', NULL, '1500.50', 's2'),
    ('diskominfo', 2024, 'sub.json', 3, '2024', 'D', '2.16.01.2.01.01', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', '45000000', '45000000', 's3');
INSERT INTO lkj.muat_sipd_realisasi (instansi, tahun, berkas, baris, tanggal_akhir, kode_sbl, kode_sub_skpd, kode_sub_giat,
                                     kode_akun, nilai, realisasi) VALUES
    ('diskominfo', 2024, 'real-03.json', 1, '2024-03-31', 's1', NULL, NULL, '5.1.02.01.01.0024', '100000000', '30000000'),
    ('diskominfo', 2024, 'real-03.json', 2, '2024-03-31', 's1', NULL, NULL, '5.1.02.02.01.0026', '50000000', '0.50'),
    ('diskominfo', 2024, 'real-03.json', 3, '2024-03-31', 's1', NULL, NULL, '5.1.02.02.01.0027', '22650000', '0.5'),
    ('diskominfo', 2024, 'real-06.json', 1, '2024-06-30', 's1', NULL, NULL, '5.1.02.01.01.0024', '172650000', '75000000'),
    ('diskominfo', 2024, 'real-06.json', 2, '2024-06-30', NULL, 'D', '2.16.02.2.01.09', '5.1.02.01.01.0024', '1500.50', '1.500');
INSERT INTO lkj.muat_sipd_rak (instansi, tahun, berkas, baris, kode_sbl, kode_sub_skpd, kode_sub_giat, kode_akun, bulan) VALUES
    ('diskominfo', 2024, 'rak.json', 1, 's1', NULL, NULL, '5.1', ARRAY['0', '0', '50000000', '0', '0', '50000000', '0', '0', '50000000', '0', '0', '22650000']),
    ('diskominfo', 2024, 'rak.json', 2, NULL, 'D', '2.16.02.2.01.0009', '5.1', ARRAY['375.125', NULL, '', '375.125', '0', '0', '375.125', '0', '0', '375.125', '0', '0']);

-- The dry run lists 3 + 3 rows of the SIPD record added, 0002 changed (its
-- spending 168915300 becomes 75000000, the latest cut-off), 0009 added,
-- 2.16.01.2.01.0001 left out; nothing is written, the staging rows stay.
SELECT hasil, jenis, kunci, kode, pesan FROM lkj.muat_sipd('diskominfo', 2024, uji_coba => true);
SELECT (SELECT count(*) FROM lkj.sipd_sub_kegiatan) AS sipd, (SELECT count(*) FROM lkj.muat_sipd_sub_kegiatan) AS staging,
       (SELECT realisasi FROM lkj.sub_kegiatan WHERE instansi = 'diskominfo' AND kode = '2.16.02.2.01.0002') AS realisasi_0002;

-- The load: the same list, written; the staging rows emptied.
SELECT hasil, jenis, kunci FROM lkj.muat_sipd('diskominfo', 2024);
SELECT (SELECT count(*) FROM lkj.muat_sipd_sub_kegiatan) + (SELECT count(*) FROM lkj.muat_sipd_realisasi)
     + (SELECT count(*) FROM lkj.muat_sipd_rak) AS staging;
SELECT kode_sub_skpd, kode, kode_sipd, nama, pagu_murni, pagu, rak_tw1, rak_tw2, rak_tw3, rak_tw4
  FROM lkj.sipd_sub_kegiatan ORDER BY kode;
SELECT kode, tanggal, realisasi FROM lkj.sipd_realisasi ORDER BY kode, tanggal;
SELECT kegiatan, kode, kode_cetak, no, nama, anggaran_awal, anggaran_perubahan, realisasi
  FROM lkj.sub_kegiatan WHERE instansi = 'diskominfo' AND kegiatan = '2.16.02.2.01' ORDER BY no;
-- The quarters: 0002 30000001 and 75000000 - 30000001 = 44999999; the
-- third and fourth cut-offs were not loaded.  0009: only 30 June, so its
-- second quarter cannot be told (NULL) and the first is NULL too.
SELECT kode, triwulan, kumulatif, realisasi, rak FROM lkj.sipd_triwulan ORDER BY kode, triwulan;

-- The reconciliation as of 1 January 2025: SIPD's 2.16.01.2.01.0001 without
-- its kegiatan in the plan (sipd_tanpa_rencana); the plan's other four
-- sub-kegiatan not in SIPD's list (rencana_tanpa_sipd); no spending over a
-- pagu, no quarter below zero, the quarters of 0002 incomplete (not
-- judged), every RAK its pagu (150000000 + 22650000; 4 x 375,125 = 1500,5).
SELECT kode, tingkat, objek, pesan FROM lkj.periksa('diskominfo', 2024, '2025-01-01')
 WHERE kode IN ('sipd_melebihi_pagu', 'sipd_tanpa_rencana', 'rencana_tanpa_sipd', 'sipd_triwulan', 'sipd_rak')
 ORDER BY kode, objek;

-- Again with the same rows: nothing changes (2.16.01.2.01.0001 is left out
-- again).  A later export of 30 September only adds that date; the earlier
-- cut-offs stay; 0002's year becomes 125000000.
INSERT INTO lkj.muat_sipd_sub_kegiatan (instansi, tahun, berkas, baris, kode_sub_skpd, kode_sub_giat, nama_sub_giat, pagumurni, pagu, kode_sbl)
SELECT instansi, tahun, 'sub.json', row_number() OVER (ORDER BY kode), kode_sub_skpd, kode_sipd, nama, pagu_murni::text, pagu::text, kode
  FROM lkj.sipd_sub_kegiatan;
SELECT hasil, jenis, kunci FROM lkj.muat_sipd('diskominfo', 2024);
INSERT INTO lkj.muat_sipd_sub_kegiatan (instansi, tahun, berkas, baris, kode_sub_skpd, kode_sub_giat, nama_sub_giat, pagumurni, pagu, kode_sbl)
SELECT instansi, tahun, 'sub.json', row_number() OVER (ORDER BY kode), kode_sub_skpd, kode_sipd, nama, pagu_murni::text, pagu::text, kode
  FROM lkj.sipd_sub_kegiatan;
INSERT INTO lkj.muat_sipd_realisasi (instansi, tahun, berkas, baris, tanggal_akhir, kode_sub_skpd, kode_sub_giat, realisasi)
VALUES ('diskominfo', 2024, 'real-09.json', 1, '2024-09-30', 'D', '2.16.02.2.01.02', '125000000');
SELECT hasil, jenis, kunci FROM lkj.muat_sipd('diskominfo', 2024);
SELECT kode, tanggal, realisasi FROM lkj.sipd_realisasi WHERE kode = '2.16.02.2.01.0002' ORDER BY tanggal;
SELECT realisasi FROM lkj.sub_kegiatan WHERE instansi = 'diskominfo' AND kode = '2.16.02.2.01.0002';

-- Two rows of the list with the same kode_sbl (an export's slip): a
-- spending row tied by its codes counts once (0002 stays 125000000, not
-- twice that: nothing changes), one tied by that kode_sbl alone names no
-- single sub-kegiatan and is refused.
INSERT INTO lkj.muat_sipd_sub_kegiatan (instansi, tahun, berkas, baris, kode_sub_skpd, kode_sub_giat, nama_sub_giat, pagumurni, pagu, kode_sbl)
SELECT instansi, tahun, 'sub.json', row_number() OVER (ORDER BY kode), kode_sub_skpd, kode_sipd, nama, pagu_murni::text, pagu::text, 'sama'
  FROM lkj.sipd_sub_kegiatan;
INSERT INTO lkj.muat_sipd_realisasi (instansi, tahun, berkas, baris, tanggal_akhir, kode_sbl, kode_sub_skpd, kode_sub_giat, realisasi)
VALUES ('diskominfo', 2024, 'real-09.json', 1, '2024-09-30', 'sama', 'D', '2.16.02.2.01.02', '125000000');
SELECT hasil, jenis, kunci FROM lkj.muat_sipd('diskominfo', 2024, uji_coba => true);
INSERT INTO lkj.muat_sipd_realisasi (instansi, tahun, berkas, baris, tanggal_akhir, kode_sbl, realisasi)
VALUES ('diskominfo', 2024, 'real-09.json', 2, '2024-09-30', 'sama', '1');
SELECT hasil, berkas, baris, kolom, nilai, kode FROM lkj.muat_sipd('diskominfo', 2024);
DELETE FROM lkj.muat_sipd_sub_kegiatan; DELETE FROM lkj.muat_sipd_realisasi;

-- A cut-off with less spending than the one before: the third quarter
-- 100000000 - 125000000 = -25000000 (sipd_triwulan); and spending over the
-- pagu of 0009, 1600 of 1500,5 (106,63%: sipd_melebihi_pagu); both written
-- straight into the record, as a restore would.
INSERT INTO lkj.sipd_realisasi (instansi, tahun, kode_sub_skpd, kode, tanggal, realisasi) VALUES
    ('diskominfo', 2024, 'D', '2.16.02.2.01.0002', '2024-12-31', 100000000),
    ('diskominfo', 2024, 'D', '2.16.02.2.01.0009', '2024-12-31', 1600);
SELECT kode, objek, pesan FROM lkj.periksa('diskominfo', 2024, '2025-01-01')
 WHERE kode IN ('sipd_melebihi_pagu', 'sipd_triwulan') ORDER BY kode, objek;

-- What the record refuses: a cut-off outside its year, a negative or NaN
-- pagu, a code not in normal form, a RAK of three quarters.
INSERT INTO lkj.sipd_realisasi (instansi, tahun, kode_sub_skpd, kode, tanggal, realisasi)
VALUES ('diskominfo', 2024, 'D', '2.16.02.2.01.0002', '2025-01-01', 1);
UPDATE lkj.sipd_sub_kegiatan SET pagu = -1 WHERE kode = '2.16.02.2.01.0002';
UPDATE lkj.sipd_sub_kegiatan SET pagu = 'NaN' WHERE kode = '2.16.02.2.01.0002';
INSERT INTO lkj.sipd_sub_kegiatan (instansi, tahun, kode_sub_skpd, kode, kode_sipd, pagu)
VALUES ('diskominfo', 2024, 'D', '2.16.02.2.01.02', '2.16.02.2.01.02', 1);
UPDATE lkj.sipd_sub_kegiatan SET rak_tw4 = NULL WHERE kode = '2.16.02.2.01.0002';

-- An unknown unit: 42704, as everywhere.
SELECT * FROM lkj.muat_sipd('kunyit', 2024);

-- A signed year: the load is refused (55000) before a row is read; a dry
-- run meets the lock at its first write and says so; with a revision open
-- the load goes through.
SAVEPOINT tanda;
SELECT lkj.tandatangani('diskominfo', 2024, '2025-01-31');
INSERT INTO lkj.muat_sipd_sub_kegiatan (instansi, tahun, berkas, baris, kode_sub_skpd, kode_sub_giat, pagu)
VALUES ('diskominfo', 2024, 'sub.json', 1, 'D', '2.16.02.2.01.02', '172650000');
SELECT hasil FROM lkj.muat_sipd('diskominfo', 2024);
ROLLBACK TO SAVEPOINT tanda;
SELECT lkj.tandatangani('diskominfo', 2024, '2025-01-31');
INSERT INTO lkj.muat_sipd_sub_kegiatan (instansi, tahun, berkas, baris, kode_sub_skpd, kode_sub_giat, pagu)
VALUES ('diskominfo', 2024, 'sub.json', 1, 'D', '2.16.02.2.01.02', '172650000');
SELECT hasil, kode, pesan FROM lkj.muat_sipd('diskominfo', 2024, uji_coba => true);
SELECT lkj.buka_revisi('diskominfo', 2024, 'Data SIPD dimuat ulang');
SELECT hasil, jenis, kunci FROM lkj.muat_sipd('diskominfo', 2024);

ROLLBACK;
