-- bench/dokumen.sql: how long lkj.dokumen() takes for one unit-year, in the
-- database (the HTML only; WeasyPrint's PDF and the Word file are outside).
-- Target (issue 13): under one second.  Not a regression test: run it on a
-- throw-away cluster with the extension installed, from the repository root:
--
--   make && tests/cluster.sh psql -X -v ON_ERROR_STOP=1 -f bench/dokumen.sql
--
-- It loads Kecamatan Kunir 2024 and the demo dinas, then renders each unit's
-- 2024 document five times after a warm-up and prints the best and worst
-- time, beside lkj.laporan() (the text it lays out) for comparison.

CREATE EXTENSION IF NOT EXISTS lkj;
\set QUIET on
\i data/kunir_2024.sql
\i data/diskominfo_2024.sql
\set QUIET off

CREATE TEMP TABLE waktu (unit text, fungsi text, ke integer, ms numeric);
DO $$
DECLARE
    u text;
    f text;
    t0 timestamptz;
    n integer;
BEGIN
    FOREACH u IN ARRAY ARRAY['kunir', 'diskominfo'] LOOP
        FOREACH f IN ARRAY ARRAY['dokumen', 'laporan'] LOOP
            EXECUTE format('SELECT length(lkj.%I($1, 2024))', f) INTO n USING u;   -- warm-up
            FOR i IN 1..5 LOOP
                t0 := clock_timestamp();
                EXECUTE format('SELECT length(lkj.%I($1, 2024))', f) INTO n USING u;
                INSERT INTO waktu VALUES (u, f, i, extract(epoch FROM clock_timestamp() - t0) * 1000);
            END LOOP;
        END LOOP;
    END LOOP;
END
$$;
SELECT unit, fungsi, round(min(ms)) AS terbaik_ms, round(max(ms)) AS terburuk_ms,
       CASE WHEN fungsi = 'dokumen' THEN max(ms) < 1000 END AS di_bawah_1_detik
  FROM waktu GROUP BY unit, fungsi ORDER BY unit, fungsi;
