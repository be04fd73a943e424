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

-- The planner's estimate of a query's total cost.
CREATE FUNCTION pg_temp.biaya(pertanyaan text) RETURNS numeric
LANGUAGE plpgsql AS $$
DECLARE
    rencana jsonb;
BEGIN
    EXECUTE 'EXPLAIN (FORMAT JSON) ' || pertanyaan INTO rencana;
    RETURN (rencana->0->'Plan'->>'Total Cost')::numeric;
END
$$;

-- One line per view for salin-0200 in 2024: it reads rows (the check is not
-- vacuous), never more than the unit's own, and the planner knows the query
-- is small: its estimate stays below jit_above_cost, so that no query of
-- one unit pays for JIT compilation (a series with variable bounds, which
-- the planner takes for a thousand rows, once made it cost seconds).
SELECT c.relname AS tampilan,
       pg_catalog.sum(p.dibaca) > 0 AS membaca,
       pg_catalog.bool_and(p.dibaca <= p.milik) AS hanya_milik_sendiri,
       pg_temp.biaya(pg_catalog.format('SELECT * FROM lkj.%I WHERE instansi = %L AND tahun = 2024',
                                       c.relname, 'salin-0200'))
         < pg_catalog.current_setting('jit_above_cost')::numeric AS tanpa_jit
  FROM pg_catalog.pg_class c
 CROSS JOIN LATERAL pg_temp.pindai(pg_catalog.format('SELECT * FROM lkj.%I WHERE instansi = %L AND tahun = 2024',
                                                     c.relname, 'salin-0200'), 'salin-0200') p
 WHERE c.relnamespace = 'lkj'::regnamespace AND c.relkind = 'v'
   AND c.relname ~ '^(tabel|ringkasan|lampiran)_'
 GROUP BY c.relname ORDER BY c.relname;

-- The scans that read too much, if any: none.
SELECT c.relname AS tampilan, p.*
  FROM pg_catalog.pg_class c
 CROSS JOIN LATERAL pg_temp.pindai(pg_catalog.format('SELECT * FROM lkj.%I WHERE instansi = %L AND tahun = 2024',
                                                     c.relname, 'salin-0200'), 'salin-0200') p
 WHERE c.relnamespace = 'lkj'::regnamespace AND c.relkind = 'v'
   AND c.relname ~ '^(tabel|ringkasan|lampiran)_' AND p.dibaca > p.milik
 ORDER BY 1, 2;

-- The check can fail: asked for a year of every unit, Tabel 8 reads them all.
SELECT pg_catalog.bool_and(dibaca <= milik) AS hanya_milik_sendiri
  FROM pg_temp.pindai('SELECT * FROM lkj.tabel_8_capaian_kinerja WHERE tahun = 2024', 'salin-0200');

-- The copy gives the same Tabel 14 as Kunir.
SELECT urutan, capaian, penyerapan, efisiensi
  FROM lkj.tabel_14_efisiensi WHERE instansi = 'salin-0200' AND tahun = 2024;

ROLLBACK;
