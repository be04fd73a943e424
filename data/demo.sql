-- data/demo.sql: the main job, run by "make demo" on a throw-away cluster
-- from the repository's root: the extension, the facts of Kecamatan Kunir
-- 2024, and its LKj as one document (lkj.laporan), printed raw so that it
-- can be read or pasted as it is (plain text and GitHub Markdown alike).
\set ON_ERROR_STOP 1
CREATE EXTENSION lkj;
\i data/kunir_2024.sql

\pset format unaligned
\pset tuples_only on
SELECT lkj.laporan('kunir', 2024);
-- What an auditor finds in the same data before the report is signed: the
-- contradictions the printed report carries (seed README, errata 2 and 3)
-- and what cannot be measured, as a table of the same kind.
\echo
SELECT lkj.format_tabel(
         ARRAY['No', 'Tingkat', 'Tabel', 'Kode', 'Objek', 'Temuan'],
         pg_catalog.array_agg(ARRAY[t.no::text, t.tingkat, t.tabel, t.kode, t.objek, t.pesan] ORDER BY t.no),
         'rlllll',
         'Hasil pemeriksaan (lkj.periksa) Kecamatan Kunir Tahun 2024')
  FROM (SELECT pg_catalog.row_number() OVER () AS no, p.*
          FROM lkj.periksa('kunir', 2024) p) t;
