-- lkj.periksa() judges as of a date it is given, never the clock's: the same
-- data and date give the same findings on any day.  Kecamatan Kunir 2024 as
-- of 31 December 2024 and as of 1 January 2025: on the last day of the year
-- the checks that wait for its end (here tanpa_realisasi: an indicator with
-- a target and no realisasi) cannot judge yet and say so in one info; from
-- 1 January the year has ended and the info becomes the findings.
SET datestyle = 'ISO, YMD';
BEGIN;
\set ECHO none
\i data/kunir_2024.sql
\set ECHO all

-- 31 December 2024: anggaran_kegiatan and both triwulan_pembulatan hold at
-- once (berlaku_mulai NULL); Program 6's two indicators without realisasi
-- are one info, dated 1 January 2025.  The levels sort by severity, not by
-- name: info comes after peringatan.
SELECT tingkat, tabel, kode, objek, berlaku_mulai FROM lkj.periksa('kunir', 2024, '2024-12-31');
SELECT pesan FROM lkj.periksa('kunir', 2024, '2024-12-31') WHERE tingkat = 'info';

-- 1 January 2025: the five findings of the printed report's errata, the two
-- tanpa_realisasi among them, holding from that day.
SELECT tingkat, tabel, kode, objek, berlaku_mulai FROM lkj.periksa('kunir', 2024, '2025-01-01');

-- What changes overnight: the info goes, two peringatan come; the three
-- findings that held already are the same rows on both days.
SELECT 'hanya 31 Desember' AS per, x.tingkat, x.kode, x.objek
  FROM (SELECT * FROM lkj.periksa('kunir', 2024, '2024-12-31')
        EXCEPT ALL SELECT * FROM lkj.periksa('kunir', 2024, '2025-01-01')) x
UNION ALL
SELECT 'hanya 1 Januari', y.tingkat, y.kode, y.objek
  FROM (SELECT * FROM lkj.periksa('kunir', 2024, '2025-01-01')
        EXCEPT ALL SELECT * FROM lkj.periksa('kunir', 2024, '2024-12-31')) y
ORDER BY 1, 2, 3, 4;

-- Any later date gives the same as 1 January 2025.
SELECT (SELECT array_agg(p ORDER BY p.kode, p.objek) FROM lkj.periksa('kunir', 2024, '2025-01-01') p)
     = (SELECT array_agg(p ORDER BY p.kode, p.objek) FROM lkj.periksa('kunir', 2024, '2031-06-15') p) AS sama;

-- The check views themselves hold no date: they give the same rows on any
-- day, each with the date it holds from.
SELECT kode, objek, berlaku_mulai FROM lkj.cek_tanpa_realisasi WHERE instansi = 'kunir' ORDER BY objek;

-- Left out, the date is the caller's today, taken when the call is made:
-- an argument default, the one clock in lkj (tanpa_jam.sql).  No test
-- leaves it out.
SELECT pg_get_function_arguments('lkj.periksa(text, integer, date)'::regprocedure);

ROLLBACK;
