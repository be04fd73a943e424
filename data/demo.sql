-- data/demo.sql: the main job, run by "make demo" on a throw-away cluster
-- from the repository's root: the extension, the facts of one unit's 2024
-- (data/<unit>_2024.sql; psql variable unit, Kecamatan Kunir when unset),
-- and its LKj as one document (lkj.laporan), printed raw so that it can be
-- read or pasted as it is (plain text and GitHub Markdown alike).
--   make demo                        Kecamatan Kunir, from the printed report
--   make demo UNIT=diskominfo        a dinas of Lumajang with sub-kegiatan budgets
--   make demo UNIT=dit-peipd         a directorate of a ministry, no pemda
\set ON_ERROR_STOP 1
\if :{?unit}
\else
\set unit kunir
\endif
\set berkas 'data/' :unit '_2024.sql'
CREATE EXTENSION lkj;
\i :berkas

\pset format unaligned
\pset tuples_only on
SELECT lkj.laporan(:'unit', 2024);
-- What an auditor finds in the same data before the report is signed: for
-- Kunir the contradictions the printed report carries (seed README, errata
-- 2 and 3) and what cannot be measured, as a table of the same kind.
\echo
SELECT lkj.format_tabel(
         ARRAY['No', 'Tingkat', 'Tabel', 'Kode', 'Objek', 'Temuan'],
         pg_catalog.array_agg(ARRAY[t.no::text, t.tingkat, t.tabel, t.kode, t.objek, t.pesan] ORDER BY t.no),
         'rlllll',
         'Hasil pemeriksaan (lkj.periksa) ' || (SELECT i.nama FROM lkj.instansi i WHERE i.kode = :'unit')
           || ' Tahun 2024')
  FROM (SELECT pg_catalog.row_number() OVER () AS no, p.*
          FROM lkj.periksa(:'unit', 2024) p) t;
