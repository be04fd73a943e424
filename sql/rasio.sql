-- rasio: a share per quarter made into the year (issue 9, item 6).  rasio
-- divides the numerators' sum by one denominator (a fixed whole: 205
-- villages); rasio_jumlah divides it by the denominators' sum (a whole that
-- changes every quarter: complaints due).  Quarters of a rasio indicator
-- with different denominators are refused at entry (trigger
-- realisasi_penyebut_tetap, 23514).  Kunir 2024 and the dinas demo unit.
-- Flat lists: what is accepted, the edges, what is refused.
\set SHOW_CONTEXT never
\set VERBOSITY default
\set ON_ERROR_ROLLBACK on
SET lc_numeric TO 'C';
BEGIN;
\set ECHO none
\i data/kunir_2024.sql
\i data/diskominfo_2024.sql
\set ECHO all

-- The SQLSTATE and constraint a statement fails with, or 'ok'.
CREATE FUNCTION pg_temp.tolak(perintah text, OUT kode text, OUT kendala text)
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE perintah;
    kode := 'ok';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS kode = RETURNED_SQLSTATE, kendala = CONSTRAINT_NAME;
END $$;

-- ----------------------------------------------------------------------
-- valid
-- ----------------------------------------------------------------------
-- p-aduan-tepat (rasio_jumlah): 40/45, 52/60, 47/52, 58/64.
--   quarters as printed: 40/45 = 88,888.. -> 88,89; 52/60 = 86,666.. ->
--   86,67; 47/52 = 90,384.. -> 90,38; 58/64 = 90,625 -> 90,63 (half away
--   from zero);
--   year: (40 + 52 + 47 + 58) / (45 + 60 + 52 + 64) = 197 / 221 =
--   0,891402.. -> 89,14; the printed quarters neither add up (356,57) nor
--   average (89,1425 -> 89,14, equal here by chance) to it: nilai_triwulan_cetak
--   is the counts' figure, 89,14.
-- desa-sid (rasio, 205 villages every quarter): (52 + 47 + 39 + 31) / 205 =
--   169 / 205 = 0,824390.. -> 82,44.
SELECT indikator, nilai_tepat, nilai, nilai_triwulan_cetak, triwulan_cetak, triwulan_pembilang, triwulan_penyebut
  FROM lkj.realisasi_tahun WHERE instansi = 'diskominfo' AND indikator IN ('p-aduan-tepat', 'desa-sid')
 ORDER BY indikator;
-- capaian: 89,14 / 85 = 1,048705.. -> 104,87; desa-sid 82,44 / 80 =
-- 1,0305 -> 103,05; both graded 100 (the dinas's cap), Sangat Baik on its
-- scale (>= 91).
SELECT indikator, target, realisasi, capaian, kriteria, status
  FROM lkj.capaian_indikator WHERE instansi = 'diskominfo' AND tahun = 2024 AND indikator IN ('p-aduan-tepat', 'desa-sid')
 ORDER BY indikator;

-- The two rules differ on the same counts: desa-sid under rasio_jumlah is
-- the mean share of a quarter, 169 / (4 x 205) = 169 / 820 = 0,206097.. ->
-- 20,61, not the year's 82,44: the rule is the indicator's, not the data's.
SAVEPOINT s;
UPDATE lkj.indikator SET agregasi = 'rasio_jumlah' WHERE instansi = 'diskominfo' AND kode = 'desa-sid';
SELECT indikator, nilai FROM lkj.realisasi_tahun WHERE instansi = 'diskominfo' AND indikator = 'desa-sid';
ROLLBACK TO s;

-- ----------------------------------------------------------------------
-- edge
-- ----------------------------------------------------------------------
SELECT t.kasus, r.kode, r.kendala FROM (VALUES
    -- another year may have another whole: 210 villages in 2025
    ('a rasio year with its own denominator',
     $$INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, pembilang, penyebut) VALUES
         ('diskominfo', 'desa-sid', 2025, 1, 20, 210), ('diskominfo', 'desa-sid', 2025, 2, 20, 210)$$),
    -- a whole-year row is the year itself, beside the quarters
    ('a rasio whole-year row over another denominator',
     $$INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, pembilang, penyebut) VALUES
         ('diskominfo', 'desa-sid', 2024, NULL, 169, 210)$$),
    ('a rasio quarter updated to the same denominator',
     $$UPDATE lkj.realisasi SET pembilang = 53 WHERE instansi = 'diskominfo' AND indikator = 'desa-sid' AND tahun = 2024 AND triwulan = 1$$),
    ('a rasio_jumlah quarter with yet another denominator',
     $$UPDATE lkj.realisasi SET penyebut = 70 WHERE instansi = 'diskominfo' AND indikator = 'p-aduan-tepat' AND triwulan = 4$$),
    ('a rasio indicator made rasio_jumlah',
     $$UPDATE lkj.indikator SET agregasi = 'rasio_jumlah' WHERE instansi = 'diskominfo' AND kode = 'desa-sid'$$),
    ('a rasio_jumlah indicator made rasio while its quarters share one denominator',
     $$UPDATE lkj.indikator SET agregasi = 'rasio' WHERE instansi = 'diskominfo' AND kode = 'desa-sid'$$),
    ('Kunir''s village documents, rasio by the villages (no realisasi rows)',
     $$UPDATE lkj.indikator SET uraian = uraian WHERE instansi = 'kunir' AND sumber = 'dokumen_desa'$$)
  ) AS t (kasus, perintah) CROSS JOIN LATERAL pg_temp.tolak(t.perintah) AS r;

-- ----------------------------------------------------------------------
-- invalid
-- ----------------------------------------------------------------------
-- The issue's case: a share whose whole changes each quarter counted
-- under rasio.  1.0 took the numerators over the largest denominator,
-- 197 / 64 = 3,078125 -> 307,81%, and printed it; 1.1 refuses the quarter
-- that brings a second denominator, naming both figures: 307,81% under
-- rasio, 197 / 221 -> 89,14% under rasio_jumlah.
INSERT INTO lkj.indikator (instansi, kode, no, uraian, satuan, agregasi, tahun, program)
VALUES ('diskominfo', 'aduan-rasio', 3, 'Persentase aduan diselesaikan tepat waktu (rasio)', 'Persen', 'rasio', 2024, '2.16.02');
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, pembilang, penyebut) VALUES
    ('diskominfo', 'aduan-rasio', 2024, 1, 40, 45),
    ('diskominfo', 'aduan-rasio', 2024, 2, 52, 60),
    ('diskominfo', 'aduan-rasio', 2024, 3, 47, 52),
    ('diskominfo', 'aduan-rasio', 2024, 4, 58, 64);
-- one quarter at a time: the first passes, the second is refused
-- (40/45, 52/60: 92 / 60 = 153,33% against 92 / 105 = 87,62%)
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, pembilang, penyebut) VALUES
    ('diskominfo', 'aduan-rasio', 2024, 1, 40, 45);
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, pembilang, penyebut) VALUES
    ('diskominfo', 'aduan-rasio', 2024, 2, 52, 60);

SELECT t.kasus, r.kode, r.kendala FROM (VALUES
    ('a rasio quarter with another denominator',
     $$INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, pembilang, penyebut) VALUES
         ('diskominfo', 'desa-sid', 2025, 3, 20, 205)$$),
    ('a rasio quarter updated to another denominator',
     $$UPDATE lkj.realisasi SET penyebut = 210 WHERE instansi = 'diskominfo' AND indikator = 'desa-sid' AND tahun = 2024 AND triwulan = 2$$),
    ('a rasio_jumlah indicator with varying denominators made rasio',
     $$UPDATE lkj.indikator SET agregasi = 'rasio' WHERE instansi = 'diskominfo' AND kode = 'p-aduan-tepat'$$),
    ('an unknown rule',
     $$UPDATE lkj.indikator SET agregasi = 'rasio_rata' WHERE instansi = 'diskominfo' AND kode = 'p-aduan-tepat'$$),
    ('village documents under rasio_jumlah',
     $$UPDATE lkj.indikator SET agregasi = 'rasio_jumlah' WHERE instansi = 'kunir' AND sumber = 'dokumen_desa'$$)
  ) AS t (kasus, perintah) CROSS JOIN LATERAL pg_temp.tolak(t.perintah) AS r;

-- COPY (pg_restore, a bulk import) is not refused but found: a dump of a
-- database updated from 1.0 must restore whatever 1.0 stored.  The same
-- quarters 40/45 and 52/60 under rasio: triwulan_penyebut, the year 92 / 60
-- = 153,33%.
SAVEPOINT s;
COPY lkj.realisasi (instansi, indikator, tahun, triwulan, pembilang, penyebut) FROM stdin;
diskominfo	aduan-rasio	2024	2	52	60
\.
SELECT triwulan, pembilang, penyebut FROM lkj.realisasi WHERE indikator = 'aduan-rasio' ORDER BY triwulan;
SELECT tahun, kode, objek, pesan FROM lkj.cek_triwulan_penyebut WHERE instansi = 'diskominfo';
ROLLBACK TO s;

-- A rasio_jumlah quarter typed as a value: its year leaves it out, and
-- realisasi_bentuk says so (the quarters 40/45, 52/60, 47/52 give 139 /
-- 157 = 88,535.. -> 88,54).
SAVEPOINT s;
DELETE FROM lkj.realisasi WHERE instansi = 'diskominfo' AND indikator = 'p-aduan-tepat' AND triwulan = 4;
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES ('diskominfo', 'p-aduan-tepat', 2024, 4, 90.63);
SELECT nilai FROM lkj.realisasi_tahun WHERE instansi = 'diskominfo' AND indikator = 'p-aduan-tepat';
SELECT tahun, kode, objek, pesan FROM lkj.cek_realisasi_bentuk WHERE instansi = 'diskominfo';
ROLLBACK TO s;

ROLLBACK;
