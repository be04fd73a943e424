-- Every report view, asked for one unit and one year, reads that unit's
-- rows and no other's: the WHERE reaches the base tables' indexes through
-- every GROUP BY, DISTINCT, UNION and window.  Kunir is copied into 400
-- made-up units over 552 made-up regencies (data/banyak_instansi.sql), the
-- planner is told the sizes (ANALYZE), and for one copy the actual plan of
-- each view is read (EXPLAIN ANALYZE, FORMAT JSON): no scan of an lkj table
-- may return and filter out, per loop, more rows than that unit has in that
-- table (one row of lkj.instansi, of lkj.pemda and of lkj.skala_kriteria;
-- of lkj.setelan the unit's and its parent's rows).
-- A seq scan of any of them would read the rows of all 402 units.
BEGIN;
\set ECHO none
\i data/kunir_2024.sql
\i data/uji_lain.sql
\set banyak 400
\i data/banyak_instansi.sql
\set ECHO all
ANALYZE;

SELECT pg_catalog.count(*) AS instansi, (SELECT pg_catalog.count(*) FROM lkj.pemda) AS pemda,
       (SELECT pg_catalog.count(*) FROM lkj.realisasi) AS realisasi
  FROM lkj.instansi;

-- How many rows each table holds for a unit.
CREATE FUNCTION pg_temp.milik(tabel text, unit text) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
BEGIN
    -- a unit's parent (pemda or kementerian) and its scale: one row each
    IF tabel IN ('instansi', 'pemda', 'kementerian', 'skala_kriteria') THEN
        RETURN 1;
    END IF;
    -- its settings: its own and its parent's
    IF tabel = 'setelan' THEN
        SELECT pg_catalog.count(*) INTO n
          FROM lkj.setelan s JOIN lkj.instansi u ON u.kode = unit
         WHERE s.instansi = u.kode OR s.pemda = u.pemda OR s.kementerian = u.kementerian;
        RETURN n;
    END IF;
    EXECUTE pg_catalog.format('SELECT pg_catalog.count(*) FROM lkj.%I WHERE instansi = %L', tabel, unit) INTO n;
    RETURN n;
END
$$;

-- Every scan of an lkj table in the actual plan of a query: the rows it
-- read per loop (returned + removed by a filter or an index recheck) and
-- how many the unit has.
CREATE FUNCTION pg_temp.pindai(pertanyaan text, unit text)
RETURNS TABLE (tabel text, simpul text, dibaca numeric, milik bigint)
LANGUAGE plpgsql AS $$
DECLARE
    rencana jsonb;
BEGIN
    EXECUTE 'EXPLAIN (ANALYZE, FORMAT JSON, COSTS OFF, TIMING OFF, SUMMARY OFF) ' || pertanyaan INTO rencana;
    RETURN QUERY
    SELECT s->>'Relation Name', s->>'Node Type',
           (s->>'Actual Rows')::numeric
             + COALESCE((s->>'Rows Removed by Filter')::numeric, 0)
             + COALESCE((s->>'Rows Removed by Index Recheck')::numeric, 0),
           pg_temp.milik(s->>'Relation Name', unit)
      FROM jsonb_path_query(rencana, 'strict $.**') AS s
     WHERE jsonb_typeof(s) = 'object' AND s ? 'Relation Name'
       AND (s->>'Relation Name')::name IN (SELECT relname FROM pg_catalog.pg_class
                                            WHERE relnamespace = 'lkj'::regnamespace AND relkind = 'r');
END
$$;

-- A query's actual plan, as JSON, with the planner's estimates.
CREATE FUNCTION pg_temp.jelaskan(pertanyaan text) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    rencana jsonb;
BEGIN
    EXECUTE 'EXPLAIN (ANALYZE, FORMAT JSON, TIMING OFF, SUMMARY OFF) ' || pertanyaan INTO rencana;
    RETURN rencana;
END
$$;
-- The planner's estimate of a query: its Total Cost, or its Plan Rows.
CREATE FUNCTION pg_temp.perkiraan(pertanyaan text, ukuran text) RETURNS numeric
LANGUAGE plpgsql AS $$
DECLARE
    rencana jsonb;
BEGIN
    EXECUTE 'EXPLAIN (FORMAT JSON) ' || pertanyaan INTO rencana;
    RETURN (rencana->0->'Plan'->>ukuran)::numeric;
END
$$;

-- One line per view for salin-0200 in 2024: it reads rows (the check is not
-- vacuous), never more than the unit's own, and the planner knows the query
-- is small: its estimate stays below jit_above_cost, so that no query of
-- one unit pays for JIT compilation (a series with variable bounds, which
-- the planner takes for a thousand rows, once made it cost seconds).
CREATE TEMP VIEW pindaian AS
SELECT c.relname AS tampilan, p.*
  FROM pg_catalog.pg_class c
 CROSS JOIN LATERAL pg_temp.pindai(pg_catalog.format('SELECT * FROM lkj.%I WHERE instansi = %L AND tahun = 2024',
                                                     c.relname, 'salin-0200'), 'salin-0200') p
 WHERE c.relnamespace = 'lkj'::regnamespace AND c.relkind = 'v'
   AND c.relname ~ '^(tabel|ringkasan|lampiran)_';
GRANT SELECT ON pindaian TO PUBLIC;
SELECT p.tampilan,
       pg_catalog.sum(p.dibaca) > 0 AS membaca,
       pg_catalog.bool_and(p.dibaca <= p.milik) AS hanya_milik_sendiri,
       pg_temp.perkiraan(pg_catalog.format('SELECT * FROM lkj.%I WHERE instansi = %L AND tahun = 2024',
                                           p.tampilan, 'salin-0200'), 'Total Cost')
         < pg_catalog.current_setting('jit_above_cost')::numeric AS tanpa_jit
  FROM pindaian p
 GROUP BY p.tampilan ORDER BY p.tampilan;

-- The scans that read too much, if any: none.
SELECT * FROM pindaian WHERE dibaca > milik ORDER BY 1, 2;

-- The check can fail: asked for a year of every unit, Tabel 8 reads them all.
SELECT pg_catalog.bool_and(dibaca <= milik) AS hanya_milik_sendiri
  FROM pg_temp.pindai('SELECT * FROM lkj.tabel_8_capaian_kinerja WHERE tahun = 2024', 'salin-0200');

-- Under row security, as a BI reader (lkj_pembaca) of salin-0200 alone.
-- Every unit table's policy asks lkj.akses_boleh(instansi, 'baca'): the
-- same answer as instansi = ANY (lkj.akses_instansi('baca')), below for
-- every unit code as a reader of three units.
CREATE TEMP TABLE semua_kode AS SELECT kode FROM lkj.instansi;
GRANT SELECT ON semua_kode TO PUBLIC;
SELECT pg_catalog.count(*) FROM lkj.siapkan_peran() \gset
CREATE ROLE pushdown_pembaca LOGIN;
CREATE ROLE pushdown_tiga LOGIN;
SELECT lkj.beri_akses('pushdown_pembaca', 'lkj_pembaca', instansi => 'salin-0200');
SELECT lkj.beri_akses('pushdown_tiga', 'lkj_pembaca', instansi => k)
  FROM pg_catalog.unnest(ARRAY['salin-0001', 'salin-0002', 'salin-0003']) k;
-- The planner's estimate of a unit's rows, as the owner (no row security)
-- and as the reader: the same.  Written as instansi = ANY (units), as 1.1's
-- policies first were (bentuk_lama: that clause added to the query), the
-- policy is taken for 10 units out of 402 and a unit's rows for one, and the report views re-ran whole sub-plans in nested loops (at
-- 5,000 units, 0,5 to 2,7 s for the views that take 0,1 s now: README, At
-- national scale).
CREATE TEMP TABLE perkiraan_pemilik AS
SELECT t AS tabel, pg_temp.perkiraan(pg_catalog.format('SELECT * FROM lkj.%I WHERE instansi = %L', t, 'salin-0200'), 'Plan Rows') AS baris
  FROM pg_catalog.unnest(ARRAY['realisasi', 'target', 'indikator', 'program', 'kegiatan', 'pegawai', 'sarana']) t;
GRANT SELECT ON perkiraan_pemilik TO PUBLIC;
SET ROLE pushdown_pembaca;
SELECT o.tabel, o.baris AS pemilik,
       pg_temp.perkiraan(pg_catalog.format('SELECT * FROM lkj.%I WHERE instansi = %L', o.tabel, 'salin-0200'), 'Plan Rows') AS pembaca,
       pg_temp.perkiraan(pg_catalog.format('SELECT * FROM lkj.%I WHERE instansi = %L AND instansi = ANY ((SELECT lkj.akses_instansi(%L))::text[])',
                                           o.tabel, 'salin-0200', 'baca'), 'Plan Rows') AS bentuk_lama,
       pg_temp.milik(o.tabel, 'salin-0200') AS sebenarnya
  FROM perkiraan_pemilik o ORDER BY o.tabel;
-- Every report view as the reader: rows read, only the unit's own.
SELECT p.tampilan,
       pg_catalog.sum(p.dibaca) > 0 AS membaca,
       pg_catalog.bool_and(p.dibaca <= p.milik) AS hanya_milik_sendiri
  FROM pindaian p
 GROUP BY p.tampilan ORDER BY p.tampilan;
-- The scans that read too much, if any: none.  (With the policy offered as
-- the index condition beside the unit's key, the planner costed ten
-- descents of the index and read renstra, perjanjian_kinerja and tujuan
-- whole: 803 rows for 2.)
SELECT * FROM pindaian WHERE dibaca > milik ORDER BY 1, 2;
RESET ROLE;
-- A reader of three units asking for all it reads: the policy itself is
-- the index condition (instansi = ANY (units)), so the scan reads the three
-- units' rows, not the 402 units'; the planner, which evaluates
-- akses_instansi while planning, expects the three units' rows.
SET ROLE pushdown_tiga;
SELECT pg_catalog.count(*) AS kode,
       pg_catalog.count(*) FILTER (WHERE lkj.akses_boleh(k.kode, 'baca')) AS boleh,
       pg_catalog.count(*) FILTER (WHERE lkj.akses_boleh(k.kode, 'baca')
                                   IS DISTINCT FROM (k.kode = ANY (lkj.akses_instansi('baca')))) AS beda,
       pg_catalog.count(*) FILTER (WHERE lkj.akses_boleh(k.kode, 'tulis')) AS boleh_tulis
  FROM semua_kode k;
SELECT s->>'Node Type' AS simpul, s->>'Index Cond' AS syarat_indeks, s->>'Filter' AS saring,
       (s->>'Plan Rows')::numeric AS perkiraan,
       (s->>'Actual Rows')::numeric + COALESCE((s->>'Rows Removed by Filter')::numeric, 0) AS dibaca
  FROM (SELECT r FROM pg_catalog.jsonb_path_query(
          (SELECT x FROM pg_temp.jelaskan('SELECT * FROM lkj.realisasi') x), 'strict $.**') r) q(s)
 WHERE pg_catalog.jsonb_typeof(s) = 'object'
   AND (s->>'Relation Name' = 'realisasi' OR s->>'Index Name' LIKE 'realisasi%');
SELECT pg_catalog.count(*) AS baris, pg_catalog.count(DISTINCT instansi) AS unit FROM lkj.realisasi;
RESET ROLE;
-- The copy gives the same Tabel 14 as Kunir.
SELECT urutan, capaian, penyerapan, efisiensi
  FROM lkj.tabel_14_efisiensi WHERE instansi = 'salin-0200' AND tahun = 2024;

ROLLBACK;
