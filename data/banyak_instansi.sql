-- data/banyak_instansi.sql: many made-up units, each a copy of Kecamatan
-- Kunir's data, so that a test can show that the report views read one
-- unit's rows and no other's (sql/pushdown.sql).
--
-- Load data/kunir_2024.sql first.  The psql variable banyak says how many
-- copies (default 400, at most 9999); they are named salin-0001,
-- salin-0002, ... and spread over 552 made-up regencies (pemda, as many as
-- Indonesia's provinces, regencies and cities), all on Lumajang's scale.
-- Every table keyed by instansi is copied row for row from Kunir's rows, its
-- columns read from the catalog, so a column added to the schema is copied
-- too.  Run ANALYZE afterwards, so that the planner knows the sizes.
--
--     \set banyak 400
--     \i data/banyak_instansi.sql
--     ANALYZE;

\if :{?banyak}
\else
\set banyak 400
\endif

INSERT INTO lkj.pemda (kode, nama, skala_kriteria)
SELECT pg_catalog.format('salin-p%s', pg_catalog.lpad(n::text, 4, '0')),
       pg_catalog.format('Kabupaten Salinan %s', n), 'lumajang'
  FROM pg_catalog.generate_series(1, 552) AS n;
INSERT INTO lkj.setelan (pemda, berlaku_mulai_tahun, skala_kriteria)
SELECT p.kode, 1990, p.skala_kriteria FROM lkj.pemda p WHERE p.kode LIKE 'salin-p%';

INSERT INTO lkj.instansi (kode, pemda, nama, jenis, alamat, kepala_jabatan, kepala_nama, kepala_nip, label_pppk)
SELECT pg_catalog.format('salin-%s', pg_catalog.lpad(n::text, 4, '0')),
       pg_catalog.format('salin-p%s', pg_catalog.lpad(((n - 1) % 552 + 1)::text, 4, '0')),
       pg_catalog.format('Kecamatan Salinan %s', n), u.jenis, u.alamat,
       u.kepala_jabatan, u.kepala_nama, u.kepala_nip, u.label_pppk
  FROM lkj.instansi u
 CROSS JOIN pg_catalog.generate_series(1, :banyak) AS n
 WHERE u.kode = 'kunir';

-- The other tables, parents before children; the generated column of
-- lkj.target is left to the server.
SET lkj.banyak TO :'banyak';
DO $$
DECLARE
    tabel text;
    kolom text;
BEGIN
    FOREACH tabel IN ARRAY ARRAY['renstra', 'tujuan', 'sasaran', 'program', 'kegiatan', 'indikator',
                                 'perjanjian_kinerja', 'target', 'realisasi', 'anggaran_pk',
                                 'jabatan', 'pegawai', 'kebutuhan_pegawai', 'sarana',
                                 'desa', 'dokumen_desa', 'kepala_instansi', 'setelan']
    LOOP
        SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY a.attnum)
          INTO kolom
          FROM pg_catalog.pg_attribute a
         WHERE a.attrelid = pg_catalog.format('lkj.%I', tabel)::regclass
           AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
           AND a.attname <> 'instansi';
        EXECUTE pg_catalog.format(
            'INSERT INTO lkj.%1$I (instansi, %2$s)
             SELECT pg_catalog.format(''salin-%%s'', pg_catalog.lpad(n::text, 4, ''0'')), %2$s
               FROM lkj.%1$I
              CROSS JOIN pg_catalog.generate_series(1, %3$s) AS n
              WHERE instansi = ''kunir''',
            tabel, kolom, pg_catalog.current_setting('lkj.banyak')::integer);
    END LOOP;
END
$$;
