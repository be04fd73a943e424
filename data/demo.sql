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
\pset format aligned
\pset tuples_only off

-- ======================================================================
-- lkj.periksa: the lead adds the checks of the same data here, e.g.
-- SELECT * FROM lkj.periksa('kunir', 2024);
-- ======================================================================
