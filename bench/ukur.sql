-- bench/ukur.sql: the measurements of issue 14 on a database bench/nasional.sql
-- made (bench/nasional.sh runs both).  Times are medians of 5 runs after one
-- warm-up, each statement planned anew (as a BI tool's simple query), every
-- row fetched; default settings.  Readers are logins holding lkj's roles, so
-- row security is on:
--   P2  as lkj_pembaca of one unit: every report view for that unit-year,
--       the facts, and the whole text report (lkj.laporan);
--   P3  the national roll-up for one year as lkj_admin (row security on,
--       every row granted), after the refresh (lkj.segarkan_rekap, as the
--       owner: its time is reported);
--   P4  lkj.periksa(NULL, 2024) as lkj_auditor of one regency.
-- P2 is measured as the owner too (no row security): the difference is the
-- policies' share.
\set ON_ERROR_STOP 1
\set QUIET 1
\if :{?unit}
\else
\set unit u00001
\endif
\pset footer off

SELECT count(*) FROM lkj.siapkan_peran() \gset
DO $$
BEGIN
    CREATE ROLE bench_pembaca LOGIN;
    CREATE ROLE bench_admin LOGIN;
    CREATE ROLE bench_auditor LOGIN;
EXCEPTION WHEN duplicate_object THEN NULL;
END
$$;
SELECT lkj.beri_akses('bench_pembaca', 'lkj_pembaca', instansi => :'unit') \gset
SELECT lkj.beri_akses('bench_admin', 'lkj_admin') \gset
SELECT lkj.beri_akses('bench_auditor', 'lkj_auditor', pemda => 'kab-001') \gset

-- the median of runs of a statement, in ms, and its rows
CREATE FUNCTION pg_temp.ukur(pertanyaan text, kali integer DEFAULT 5, OUT ms numeric, OUT baris bigint)
LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
    d numeric[] := '{}';
    r record;
BEGIN
    FOR i IN 0..kali LOOP
        baris := 0;
        t0 := clock_timestamp();
        FOR r IN EXECUTE pertanyaan LOOP
            baris := baris + 1;
        END LOOP;
        IF i > 0 THEN
            d := d || (extract(epoch FROM clock_timestamp() - t0) * 1000)::numeric;
        END IF;
    END LOOP;
    ms := round((SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY x) FROM unnest(d) x), 1);
END
$$;

CREATE TEMP TABLE hasil (bagian text, objek text, ms numeric, baris bigint);
GRANT ALL ON hasil TO PUBLIC;

-- P3's refresh, as the owner (it writes every unit's summary)
SELECT clock_timestamp() AS t0 \gset
SELECT lkj.segarkan_rekap(2024) AS ditulis \gset
INSERT INTO hasil SELECT 'P3', 'segarkan_rekap(2024)', round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric * 1000, 1), :ditulis;

-- P2 for the current role, its rows labelled bagian
CREATE FUNCTION pg_temp.p2(bagian text, unit text) RETURNS SETOF hasil
LANGUAGE sql AS $$
    SELECT bagian, v.relname, u.ms, u.baris
      FROM (SELECT c.relname::text AS relname FROM pg_class c
             WHERE c.relnamespace = 'lkj'::regnamespace AND c.relkind = 'v'
               AND (c.relname ~ '^(tabel|lampiran|ringkasan)_' OR c.relname ~ '^fakta_')) v
     CROSS JOIN LATERAL pg_temp.ukur(format('SELECT * FROM lkj.%I WHERE instansi = %L AND tahun = 2024', v.relname, unit)) u
    UNION ALL
    SELECT bagian, 'laporan', u.ms, u.baris FROM pg_temp.ukur(format('SELECT lkj.laporan(%L, 2024)', unit)) u
$$;

-- as the owner (no row security), to tell the views' own cost from the
-- policies'; then as the reader
INSERT INTO hasil SELECT * FROM pg_temp.p2('P2 pemilik', :'unit');
SET ROLE bench_pembaca;
INSERT INTO hasil SELECT * FROM pg_temp.p2('P2', :'unit');
RESET ROLE;

SET ROLE bench_admin;
INSERT INTO hasil SELECT 'P3', 'rekap_tahun nasional', u.ms, u.baris
  FROM pg_temp.ukur('SELECT * FROM lkj.rekap_tahun WHERE tingkat = ''nasional'' AND tahun = 2024') u;
INSERT INTO hasil SELECT 'P3', 'rekap_tahun, every scope', u.ms, u.baris
  FROM pg_temp.ukur('SELECT * FROM lkj.rekap_tahun WHERE tahun = 2024') u;
INSERT INTO hasil SELECT 'P3', 'rekap_kriteria nasional', u.ms, u.baris
  FROM pg_temp.ukur('SELECT * FROM lkj.rekap_kriteria WHERE tingkat = ''nasional'' AND tahun = 2024') u;
RESET ROLE;

SET ROLE bench_auditor;
INSERT INTO hasil SELECT 'P4', 'periksa(NULL, 2024), one regency', u.ms, u.baris
  FROM pg_temp.ukur('SELECT * FROM lkj.periksa(NULL, 2024)', 3) u;
RESET ROLE;

INSERT INTO hasil
SELECT bagian, 'every report view together', sum(ms), sum(baris) FROM hasil
 WHERE bagian IN ('P2', 'P2 pemilik') AND objek ~ '^(tabel|lampiran|ringkasan)_'
 GROUP BY bagian;

\pset format unaligned
\pset fieldsep '\t'
\pset tuples_only on
SELECT bagian, objek, ms, baris, (SELECT count(*) FROM lkj.instansi) AS instansi FROM hasil ORDER BY bagian, objek;
