-- bench/capaian.sql: lkj.capaian against the same formula written inline in
-- SQL and as a PL/pgSQL function, over the same rows in one run.
--
--   bench/run.sh          (installs the build, runs this on a throw-away cluster)
--
-- Each method is timed as count(expr) over every row, so that the consumer
-- costs next to nothing; the rounds are interleaved and the fastest of each
-- is kept, since the machine is shared.  A bare count(target) measures the
-- scan itself; the ratios are printed raw and with that scan time taken off.
\set ON_ERROR_STOP 1
\pset footer off
CREATE EXTENSION IF NOT EXISTS lkj;

SET max_parallel_workers_per_gather = 0;
SET jit = off;

-- 2 000 000 rows like an indicator table: targets and results with 2
-- decimals, a fifth of them negative indicators.  The generator is seeded,
-- so every run measures the same data.
SELECT pg_catalog.setseed(0.2024);
CREATE UNLOGGED TABLE bench_capaian AS
SELECT pg_catalog.round((1 + pg_catalog.random() * 999)::numeric, 2) AS target,
       pg_catalog.round((pg_catalog.random() * 1500)::numeric, 2) AS realisasi,
       (CASE WHEN pg_catalog.random() < 0.2 THEN 'negatif' ELSE 'positif' END)::lkj.polaritas AS polaritas
FROM pg_catalog.generate_series(1, 2000000);
VACUUM ANALYZE bench_capaian;

CREATE FUNCTION pg_temp.capaian_plpgsql(target numeric, realisasi numeric, polaritas lkj.polaritas)
RETURNS numeric LANGUAGE plpgsql IMMUTABLE STRICT AS $$
BEGIN
  IF target = 0 THEN
    RETURN CASE WHEN realisasi = 0 THEN 100.00 END;
  END IF;
  IF polaritas = 'negatif' THEN
    RETURN pg_catalog.round((target - (realisasi - target)) * 100 / target, 2);
  END IF;
  RETURN pg_catalog.round(realisasi * 100 / target, 2);
END $$;

-- Same results: compared as text, so the scale must match as well.
SELECT count(*) AS baris,
       count(*) FILTER (WHERE c::text IS DISTINCT FROM s::text) AS beda_sql,
       count(*) FILTER (WHERE c::text IS DISTINCT FROM p::text) AS beda_plpgsql
FROM (SELECT lkj.capaian(target, realisasi, polaritas) AS c,
             pg_catalog.round(CASE WHEN polaritas = 'negatif' THEN target - (realisasi - target)
                                   ELSE realisasi END * 100 / target, 2) AS s,
             pg_temp.capaian_plpgsql(target, realisasi, polaritas) AS p
      FROM bench_capaian) AS t;

DO $$
DECLARE
  queries text[] := ARRAY[
    'SELECT count(target) FROM bench_capaian',
    'SELECT count(lkj.capaian(target, realisasi, polaritas)) FROM bench_capaian',
    $q$SELECT count(pg_catalog.round(CASE WHEN polaritas = 'negatif' THEN target - (realisasi - target)
                                        ELSE realisasi END * 100 / target, 2)) FROM bench_capaian$q$,
    'SELECT count(pg_temp.capaian_plpgsql(target, realisasi, polaritas)) FROM bench_capaian'];
  names text[] := ARRAY['scan only', 'lkj.capaian (C)', 'inline SQL', 'PL/pgSQL'];
  best float8[] := ARRAY[NULL, NULL, NULL, NULL]::float8[];
  t0 timestamptz;
  ms float8;
  n bigint;
  rows bigint;
BEGIN
  SELECT count(*) INTO rows FROM bench_capaian;
  -- warm the cache (and each function's first call)
  FOR i IN 1 .. 4 LOOP EXECUTE queries[i] INTO n; END LOOP;
  FOR round IN 1 .. 5 LOOP
    FOR i IN 1 .. 4 LOOP
      t0 := pg_catalog.clock_timestamp();
      EXECUTE queries[i] INTO n;
      ms := extract(epoch FROM pg_catalog.clock_timestamp() - t0) * 1000;
      IF best[i] IS NULL OR ms < best[i] THEN best[i] := ms; END IF;
    END LOOP;
  END LOOP;
  FOR i IN 1 .. 4 LOOP
    RAISE NOTICE '%: % ms for % rows (% rows/s)', pg_catalog.rpad(names[i], 16), round(best[i]::numeric, 1),
      rows, round(rows / best[i] * 1000);
  END LOOP;
  RAISE NOTICE 'C vs inline SQL: % x raw, % x without the scan',
    round((best[3] / best[2])::numeric, 2), round(((best[3] - best[1]) / (best[2] - best[1]))::numeric, 2);
  RAISE NOTICE 'C vs PL/pgSQL:   % x raw, % x without the scan',
    round((best[4] / best[2])::numeric, 2), round(((best[4] - best[1]) / (best[2] - best[1]))::numeric, 2);
END $$;
