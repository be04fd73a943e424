-- komentar: every column of every view of lkj has a comment (issue 14): a
-- BI tool shows it as the column's description (JDBC and ODBC REMARKS).
-- Listed from the catalog, so a new view column without a comment fails
-- here, by name; add it to extension/akhir/91_komentar.sql or write a
-- COMMENT ON COLUMN beside its view.
SELECT c.relname AS view, a.attname AS kolom
  FROM pg_catalog.pg_depend d
  JOIN pg_catalog.pg_class c ON c.oid = d.objid
  JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.deptype = 'e'
   AND d.refobjid = (SELECT e.oid FROM pg_catalog.pg_extension e WHERE e.extname = 'lkj')
   AND c.relkind = 'v'
   AND pg_catalog.col_description(c.oid, a.attnum) IS NULL
 ORDER BY 1, a.attnum;

-- How many view columns there are, all commented (an empty list above with
-- no views would pass too).
SELECT count(*) > 900 AS banyak_kolom,
       count(*) FILTER (WHERE pg_catalog.col_description(c.oid, a.attnum) IS NULL) AS tanpa_komentar
  FROM pg_catalog.pg_depend d
  JOIN pg_catalog.pg_class c ON c.oid = d.objid
  JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.deptype = 'e'
   AND d.refobjid = (SELECT e.oid FROM pg_catalog.pg_extension e WHERE e.extname = 'lkj')
   AND c.relkind = 'v';

-- What a reader sees: a fact column's description.
SELECT pg_catalog.col_description('lkj.fakta_indikator'::regclass, 17) AS urutan_kriteria,
       pg_catalog.col_description('lkj.tabel_10_perbandingan_tahun'::regclass,
                                  (SELECT attnum FROM pg_catalog.pg_attribute
                                    WHERE attrelid = 'lkj.tabel_10_perbandingan_tahun'::regclass AND attname = 'selisih_3')) AS selisih_3;
