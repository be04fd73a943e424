-- What every report view promises (lkj.tabel_*, lkj.ringkasan_*,
-- lkj.lampiran_*): its leading columns, plain column types, a comment, rows
-- in order and numbered 1 to n for every unit and year, a row marker.
-- Names print in the "name" type's C order: no setting changes this output.
BEGIN;
\set ECHO none
\i data/kunir_2024.sql
\i data/uji_lain.sql
\set ECHO all

-- The report views and their first five columns.
SELECT c.relname AS tampilan,
       pg_catalog.string_agg(a.attname || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod), ', '
                             ORDER BY a.attnum) AS kolom_awal
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum BETWEEN 1 AND 5
 WHERE c.relnamespace = 'lkj'::regnamespace AND c.relkind = 'v'
   AND c.relname ~ '^(tabel|ringkasan|lampiran)_'
 GROUP BY c.relname ORDER BY c.relname;

-- Every column of every view of the extension has a built-in base type
-- (no enum, domain, composite or extension type): none has another.
SELECT c.relname, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod)
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
  JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
 WHERE c.relnamespace = 'lkj'::regnamespace AND c.relkind = 'v'
   AND NOT (t.typtype = 'b' AND t.typnamespace = 'pg_catalog'::regnamespace);

-- The types the report views use.
SELECT DISTINCT pg_catalog.format_type(a.atttypid, a.atttypmod) AS tipe
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
 WHERE c.relnamespace = 'lkj'::regnamespace AND c.relkind = 'v'
   AND c.relname ~ '^(tabel|ringkasan|lampiran)_'
 ORDER BY 1;

-- Views without a comment: none.
SELECT c.relname FROM pg_catalog.pg_class c
 WHERE c.relnamespace = 'lkj'::regnamespace AND c.relkind = 'v'
   AND pg_catalog.obj_description(c.oid, 'pg_class') IS NULL;

-- For every report view: how many (instansi, tahun) it has, in how many of
-- them a plain SELECT * comes out as urutan 1, 2, ..., n (so the view is
-- ordered by instansi, tahun, urutan), whether the same holds for Kunir 2024
-- asked alone, and the kinds of rows it has.
CREATE FUNCTION pg_temp.urutan(tampilan text)
RETURNS TABLE (himpunan bigint, berurutan bigint, kunir_2024 boolean, jenis_baris text)
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE pg_catalog.format(
        'SELECT pg_catalog.count(*), pg_catalog.count(*) FILTER (WHERE urut = ARRAY(SELECT pg_catalog.generate_series(1, n)))
           FROM (SELECT pg_catalog.array_agg(urutan ORDER BY pos) AS urut, pg_catalog.count(*)::integer AS n
                   FROM (SELECT instansi, tahun, urutan, pg_catalog.row_number() OVER () AS pos FROM lkj.%1$I) s
                  GROUP BY instansi, tahun) x', tampilan)
      INTO himpunan, berurutan;
    EXECUTE pg_catalog.format(
        'SELECT urut = ARRAY(SELECT pg_catalog.generate_series(1, n))
           FROM (SELECT pg_catalog.array_agg(urutan ORDER BY pos) AS urut, pg_catalog.count(*)::integer AS n
                   FROM (SELECT urutan, pg_catalog.row_number() OVER () AS pos
                           FROM lkj.%1$I WHERE instansi = ''kunir'' AND tahun = 2024) s) x', tampilan)
      INTO kunir_2024;
    EXECUTE pg_catalog.format(
        'SELECT pg_catalog.string_agg(DISTINCT jenis_baris COLLATE "C", '' '' ORDER BY jenis_baris COLLATE "C") FROM lkj.%1$I', tampilan)
      INTO jenis_baris;
    RETURN NEXT;
END
$$;
SELECT c.relname AS tampilan, u.*
  FROM pg_catalog.pg_class c CROSS JOIN LATERAL pg_temp.urutan(c.relname) u
 WHERE c.relnamespace = 'lkj'::regnamespace AND c.relkind = 'v'
   AND c.relname ~ '^(tabel|ringkasan|lampiran)_'
 ORDER BY c.relname;

-- A unit that does not exist has no rows in any of them.
CREATE FUNCTION pg_temp.baris(tampilan text, unit text) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
BEGIN
    EXECUTE pg_catalog.format('SELECT pg_catalog.count(*) FROM lkj.%I WHERE instansi = %L', tampilan, unit) INTO n;
    RETURN n;
END
$$;
SELECT pg_catalog.sum(pg_temp.baris(c.relname, 'tidak-ada')) AS baris
  FROM pg_catalog.pg_class c
 WHERE c.relnamespace = 'lkj'::regnamespace AND c.relkind = 'v'
   AND c.relname ~ '^(tabel|ringkasan|lampiran)_';

-- The years a unit reports on (lkj.tahun_laporan): Kunir's two Renstra
-- periods 2018-2026; Sukamaju's 2023-2026.
SELECT instansi, pg_catalog.min(tahun), pg_catalog.max(tahun), pg_catalog.count(*)
  FROM lkj.tahun_laporan GROUP BY instansi ORDER BY instansi COLLATE "C";

ROLLBACK;
