-- bench/p2_satu.sql: issue 14's P2 on one small database, as the owner (no
-- row security): every report view (tabel_*, lampiran_*, ringkasan_*) and
-- fact view (fakta_*) of one unit-year, and lkj.laporan, timed twice: as
-- loaded (no statistics yet, as a freshly loaded unit is read before
-- autovacuum gets to it; tables of a few rows may never be analyzed) and
-- after ANALYZE.  Each figure is the median of 5 runs after a warm-up, each
-- statement planned anew (EXECUTE), every row fetched; laporan's first call
-- in the session (pertama: it plans its statements, which it then keeps for
-- the session) is printed beside it.  Then the sum the goal speaks of.
--
--   make && tests/cluster.sh psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION lkj' -f bench/p2_satu.sql
--   ... -v data=data/diskominfo_2024.sql -v unit=diskominfo -f bench/p2_satu.sql
--
-- Goal (issue 14): all report views of a unit-year together <= 20 ms, the
-- whole report <= 50 ms.  No test asserts a time; bench/nasional.sh gives
-- the same figures at 50, 5,000 and 25,000 units.
\set QUIET 1
\if :{?data}
\else
\set data data/kunir_2024.sql
\endif
\if :{?unit}
\else
\set unit kunir
\endif
\i :data
\pset footer off
-- in a schema of its own (the cluster is a throw-away one), so that a new
-- session can use them
CREATE SCHEMA p2;
CREATE FUNCTION p2.ukur(pertanyaan text, kali integer DEFAULT 5,
                             OUT ms numeric, OUT baris bigint, OUT pertama numeric)
LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; d numeric[] := '{}'; r record; t numeric;
BEGIN
    FOR i IN 0..kali LOOP
        baris := 0; t0 := clock_timestamp();
        FOR r IN EXECUTE pertanyaan LOOP baris := baris + 1; END LOOP;
        t := (extract(epoch FROM clock_timestamp() - t0) * 1000)::numeric;
        IF i > 0 THEN d := d || t; ELSE pertama := round(t, 1); END IF;
    END LOOP;
    ms := round((SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY x) FROM unnest(d) x), 1);
END $$;
CREATE FUNCTION p2.p2(unit text, OUT relname text, OUT baris bigint, OUT ms numeric, OUT pertama numeric)
RETURNS SETOF record LANGUAGE sql AS $$
SELECT v.relname, u.baris, u.ms, NULL::numeric
  FROM (SELECT c.relname::text AS relname FROM pg_class c
         WHERE c.relnamespace = 'lkj'::regnamespace AND c.relkind = 'v'
           AND c.relname ~ '^(tabel|lampiran|ringkasan|fakta)_') v
 CROSS JOIN LATERAL p2.ukur(format('SELECT * FROM lkj.%I WHERE instansi = %L AND tahun = 2024', v.relname, unit)) u
UNION ALL
SELECT 'laporan', u.baris, u.ms, u.pertama FROM p2.ukur(format('SELECT lkj.laporan(%L, 2024)', unit)) u
$$;
CREATE TABLE p2.dimuat AS SELECT * FROM p2.p2(:'unit');
ANALYZE;
-- a new session, so that laporan's first call plans its statements again
-- with no memory of the calls before
\c
CREATE TABLE p2.analyze AS SELECT * FROM p2.p2(:'unit');
SELECT :'unit' AS unit, a.relname, a.baris, d.ms AS ms_dimuat, d.pertama AS pertama_dimuat,
       a.ms AS ms_analyze, a.pertama AS pertama_analyze
  FROM p2.analyze a JOIN p2.dimuat d USING (relname)
 ORDER BY a.relname = 'laporan' DESC, a.relname ~ '^fakta_', d.ms DESC;
SELECT 'report views together (tabel, lampiran, ringkasan)' AS what,
       sum(d.ms) AS ms_dimuat, sum(a.ms) AS ms_analyze
  FROM p2.analyze a JOIN p2.dimuat d USING (relname)
 WHERE a.relname ~ '^(tabel|lampiran|ringkasan)_';
