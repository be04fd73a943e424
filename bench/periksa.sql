-- bench/periksa.sql: how long lkj.periksa() takes over a regency of many units.
--
-- Not a regression test (pg_regress asserts counts, never time).  Run it on a
-- throw-away cluster with the extension installed, from the repository root:
--
--   make && tests/cluster.sh psql -X -v ON_ERROR_STOP=1 -v n=300 -f bench/periksa.sql
--
-- It loads Kecamatan Kunir 2024, copies every row of it to :n more units
-- (kunir-001 ...), and times lkj.periksa() for all units, for one unit, and
-- for one unit and year, each run three times after a warm-up; then each
-- check view on its own over every unit (best of three), to show where the
-- time goes; then periksa() as an operator of one unit, row security on.

\if :{?n}
\else
\set n 300
\endif

CREATE EXTENSION IF NOT EXISTS lkj;
\i data/kunir_2024.sql

SELECT pg_catalog.set_config('bench.n', :'n', false) AS n \gset

-- Every table keyed by instansi, parents first; generated columns are left out.
DO $$
DECLARE
    tabel text;
    kolom text;
    daftar text[] := ARRAY['instansi', 'renstra', 'tujuan', 'sasaran', 'program', 'kegiatan',
                           'indikator', 'perjanjian_kinerja', 'target', 'realisasi', 'anggaran_pk',
                           'jabatan', 'pegawai', 'kebutuhan_pegawai', 'sarana', 'desa', 'dokumen_desa'];
BEGIN
    FOREACH tabel IN ARRAY daftar LOOP
        SELECT string_agg(CASE WHEN a.attname = (CASE tabel WHEN 'instansi' THEN 'kode' ELSE 'instansi' END)
                               THEN 'u.kode' ELSE 't.' || pg_catalog.quote_ident(a.attname) END, ', ' ORDER BY a.attnum)
          INTO kolom
          FROM pg_attribute a
         WHERE a.attrelid = ('lkj.' || tabel)::regclass AND a.attnum > 0 AND NOT a.attisdropped
           AND a.attgenerated = '';
        EXECUTE format(
            'INSERT INTO lkj.%I (%s) SELECT %s FROM lkj.%I t CROSS JOIN (SELECT format(''kunir-%%s'', lpad(g::text, 3, ''0'')) AS kode FROM generate_series(1, %s) g) u WHERE t.%I = ''kunir''',
            tabel,
            (SELECT string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY a.attnum)
               FROM pg_attribute a
              WHERE a.attrelid = ('lkj.' || tabel)::regclass AND a.attnum > 0 AND NOT a.attisdropped
                AND a.attgenerated = ''),
            kolom, tabel, current_setting('bench.n'),
            CASE tabel WHEN 'instansi' THEN 'kode' ELSE 'instansi' END);
    END LOOP;
END
$$;

ANALYZE;
SELECT count(*) AS units FROM lkj.instansi;
SELECT count(*) AS rows_realisasi FROM lkj.realisasi;

-- warm-up (plans, caches), then three timed runs of each
SELECT count(*) AS findings_all FROM lkj.periksa();
SELECT count(*) AS findings_one FROM lkj.periksa('kunir-150');
\timing on
SELECT count(*) AS findings_all FROM lkj.periksa();
SELECT count(*) AS findings_all FROM lkj.periksa();
SELECT count(*) AS findings_all FROM lkj.periksa();
SELECT count(*) AS findings_one FROM lkj.periksa('kunir-150');
SELECT count(*) AS findings_one FROM lkj.periksa('kunir-150');
SELECT count(*) AS findings_one FROM lkj.periksa('kunir-150');
SELECT count(*) AS findings_one_year FROM lkj.periksa('kunir-150', 2024);
SELECT count(*) AS findings_one_year FROM lkj.periksa('kunir-150', 2024);
SELECT count(*) AS findings_one_year FROM lkj.periksa('kunir-150', 2024);
\timing off

-- Where the time goes: each check on its own over every unit (best of three),
-- its rows built as periksa() builds them, messages and all (a count(*)
-- would leave the message out, and with it the formatting of every figure).
CREATE TEMP TABLE waktu_cek (kode text, ms numeric);
DO $$
DECLARE
    c record;
    mulai timestamptz;
    terbaik numeric;
BEGIN
    FOR c IN SELECT kode, skema, view FROM lkj.daftar_cek LOOP
        terbaik := NULL;
        FOR i IN 1..3 LOOP
            mulai := clock_timestamp();
            EXECUTE format('SELECT pg_catalog.array_agg(ROW(c.instansi, c.tahun, c.tabel, c.kode, c.tingkat, c.objek, c.pesan, c.berlaku_mulai)::lkj.temuan) FROM %I.%I c',
                           c.skema, c.view);
            terbaik := least(terbaik, (extract(epoch FROM clock_timestamp() - mulai) * 1000)::numeric);
        END LOOP;
        INSERT INTO waktu_cek VALUES (c.kode, round(terbaik, 1));
    END LOOP;
END
$$;
SELECT kode, ms FROM waktu_cek ORDER BY ms DESC, kode;
SELECT sum(ms) AS ms_all_checks FROM waktu_cek;

-- The same calls as an operator of one unit, with row security on (issue
-- 10): lkj.siapkan_peran() makes the roles, the login bench_operator holds
-- lkj_operator on kunir-150 and sees only its rows.  periksa() without a
-- unit then checks that unit alone.
SELECT count(*) AS roles FROM lkj.siapkan_peran();
DROP ROLE IF EXISTS bench_operator;
CREATE ROLE bench_operator LOGIN;
SELECT lkj.beri_akses('bench_operator', 'lkj_operator', instansi => 'kunir-150');
SET ROLE bench_operator;
SELECT count(*) AS findings_operator_all FROM lkj.periksa();
SELECT count(*) AS findings_operator_one FROM lkj.periksa('kunir-150');
\timing on
SELECT count(*) AS findings_operator_all FROM lkj.periksa();
SELECT count(*) AS findings_operator_all FROM lkj.periksa();
SELECT count(*) AS findings_operator_all FROM lkj.periksa();
SELECT count(*) AS findings_operator_one FROM lkj.periksa('kunir-150');
SELECT count(*) AS findings_operator_one FROM lkj.periksa('kunir-150');
SELECT count(*) AS findings_operator_one FROM lkj.periksa('kunir-150');
SELECT count(*) AS findings_operator_one_year FROM lkj.periksa('kunir-150', 2024);
SELECT count(*) AS findings_operator_one_year FROM lkj.periksa('kunir-150', 2024);
SELECT count(*) AS findings_operator_one_year FROM lkj.periksa('kunir-150', 2024);
\timing off
RESET ROLE;
