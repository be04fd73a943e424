-- bench/nasional.sql: a made-up national database for the measurements of
-- issue 14 (bench/nasional.sh runs it, then bench/ukur.sql).
--
--   \set n 5000        units (default 50)
--   \i bench/nasional.sql
--
-- Three real units are the templates, each stretched to five report years
-- (2024-2028): Kecamatan Kunir (a kecamatan: village documents, staff,
-- assets, quarters), Diskominfo Lumajang (a dinas: sub-kegiatan, count-pair
-- quarters, its own scale and efficiency settings) and Direktorat PEIPD (a
-- directorate under a kementerian).  Units are copied from them in the
-- ratio 9 : 9 : 2, spread over 38 provinces, 514 regencies and cities
-- (Indonesia's counts) and 40 kementerian; each copy's realisasi is scaled
-- by a factor of its own (0.80-1.20) and its PK dates shifted by 0-44 days,
-- so capaian, bands and PK punctuality differ between units.  Rows are
-- copied column by column from the catalog (a column added to a table is
-- copied too), with triggers and foreign-key checks off
-- (session_replication_role = replica): the templates passed them.
\set ON_ERROR_STOP 1
\if :{?n}
\else
\set n 50
\endif
\set QUIET 1
\timing off
SELECT clock_timestamp() AS mulai \gset

\i data/kunir_2024.sql
\i data/diskominfo_2024.sql
\i data/dit-peipd_2024.sql

SET session_replication_role = replica;

-- Five years in one Renstra period: the templates' periods reach 2028.
UPDATE lkj.renstra SET tahun_akhir = 2028 WHERE kode IN ('2024-2026', '2020-2024');

-- 2025-2028: each table's 2024 rows again, a year (and its dates) on; a
-- program or kegiatan indicator, which belongs to one year, gets a kode of
-- its own per year (kode-YYYY); rows a later year already has are kept.
DO $tahun$
DECLARE
    t text;
    y integer;
    kolom text;
    nilai text;
    kunci text;
BEGIN
    FOR y IN 1..4 LOOP
        FOREACH t IN ARRAY ARRAY['program', 'kegiatan', 'sub_kegiatan', 'indikator', 'perjanjian_kinerja',
                                 'target', 'realisasi', 'anggaran_pk', 'kebutuhan_pegawai', 'pegawai',
                                 'sarana', 'kepala_instansi', 'dokumen_desa']
        LOOP
            kunci := CASE t WHEN 'dokumen_desa' THEN 'tahun_anggaran' ELSE 'tahun' END;
            SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum),
                   string_agg(CASE
                       WHEN a.attname IN ('tahun', 'tahun_anggaran') THEN format('x.%I + %s', a.attname, y)
                       WHEN t = 'indikator' AND a.attname = 'kode' THEN format('x.kode || ''-%s''', 2024 + y)
                       WHEN t IN ('target', 'realisasi') AND a.attname = 'indikator'
                         THEN format('CASE WHEN EXISTS (SELECT FROM lkj.indikator i WHERE i.instansi = x.instansi AND i.kode = x.indikator AND i.tahun IS NOT NULL) THEN x.indikator || ''-%s'' ELSE x.indikator END', 2024 + y)
                       WHEN a.atttypid = 'date'::regtype THEN format('(x.%I + interval ''%s years'')::date', a.attname, y)
                       ELSE format('x.%I', a.attname) END, ', ' ORDER BY a.attnum)
              INTO kolom, nilai
              FROM pg_attribute a
             WHERE a.attrelid = format('lkj.%I', t)::regclass AND a.attnum > 0 AND NOT a.attisdropped
               AND a.attgenerated = '';
            EXECUTE format('INSERT INTO lkj.%I (%s) SELECT %s FROM lkj.%I x WHERE x.%I = 2024 ON CONFLICT DO NOTHING',
                           t, kolom, nilai, t, kunci);
        END LOOP;
    END LOOP;
END
$tahun$;

-- The hierarchy: 38 provinces, 514 regencies and cities under them, 40
-- kementerian; every pemda on Lumajang's scale.
INSERT INTO lkj.pemda (kode, nama, jenis, skala_kriteria)
SELECT format('prov-%s', lpad(p::text, 2, '0')), format('Provinsi %s', p), 'provinsi', 'lumajang'
  FROM generate_series(1, 38) AS p;
INSERT INTO lkj.pemda (kode, nama, jenis, provinsi, skala_kriteria)
SELECT format('kab-%s', lpad(k::text, 3, '0')),
       format('%s %s', CASE WHEN k % 5 = 0 THEN 'Kota' ELSE 'Kabupaten' END, k),
       CASE WHEN k % 5 = 0 THEN 'kota' ELSE 'kabupaten' END,
       format('prov-%s', lpad(((k - 1) % 38 + 1)::text, 2, '0')), 'lumajang'
  FROM generate_series(1, 514) AS k;
INSERT INTO lkj.setelan (pemda, berlaku_mulai_tahun, skala_kriteria)
SELECT kode, 1990, skala_kriteria FROM lkj.pemda WHERE kode LIKE 'prov-%' OR kode LIKE 'kab-%';
INSERT INTO lkj.kementerian (kode, nama, jenis, skala_kriteria)
SELECT format('kem-%s', lpad(m::text, 2, '0')), format('Kementerian %s', m), 'kementerian',
       (SELECT skala_kriteria FROM lkj.kementerian WHERE kode = 'kemendagri')
  FROM generate_series(1, 40) AS m;

-- The units: u00001 ... with their template, factor and date shift.
CREATE TEMP TABLE peta AS
SELECT format('u%s', lpad(i::text, 5, '0')) AS kode,
       CASE WHEN i % 10 IN (0, 5) THEN 'dit-peipd' WHEN i % 2 = 1 THEN 'kunir' ELSE 'diskominfo' END AS templat,
       0.80 + ((i * 7919) % 41) / 100.0 AS faktor,
       (i * 31) % 45 AS geser,
       i
  FROM generate_series(1, :n) AS i;
INSERT INTO lkj.instansi (kode, pemda, kementerian, nama, jenis, alamat, kepala_jabatan, kepala_nama, kepala_nip, label_pppk)
SELECT m.kode,
       CASE WHEN u.kementerian IS NULL THEN format('kab-%s', lpad(((m.i - 1) % 514 + 1)::text, 3, '0')) END,
       CASE WHEN u.kementerian IS NOT NULL THEN format('kem-%s', lpad(((m.i - 1) % 40 + 1)::text, 2, '0')) END,
       format('%s %s', u.nama, m.i), u.jenis, u.alamat, u.kepala_jabatan, u.kepala_nama, u.kepala_nip, u.label_pppk
  FROM peta m JOIN lkj.instansi u ON u.kode = m.templat;

DO $salin$
DECLARE
    t text;
    kolom text;
    nilai text;
BEGIN
    FOREACH t IN ARRAY ARRAY['renstra', 'tujuan', 'sasaran', 'program', 'kegiatan', 'sub_kegiatan', 'indikator',
                             'indikator_tahun', 'perjanjian_kinerja', 'target', 'realisasi', 'anggaran_pk',
                             'jabatan', 'pegawai', 'kebutuhan_pegawai', 'sarana', 'desa', 'dokumen_desa',
                             'kepala_instansi', 'setelan']
    LOOP
        SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum),
               string_agg(CASE
                   WHEN a.attname = 'instansi' THEN 'm.kode'
                   WHEN t = 'realisasi' AND a.attname = 'nilai' THEN 'round(x.nilai * m.faktor, 2)'
                   WHEN t = 'perjanjian_kinerja' AND a.attname = 'tanggal' THEN 'x.tanggal + m.geser'
                   ELSE format('x.%I', a.attname) END, ', ' ORDER BY a.attnum)
          INTO kolom, nilai
          FROM pg_attribute a
         WHERE a.attrelid = format('lkj.%I', t)::regclass AND a.attnum > 0 AND NOT a.attisdropped
           AND a.attgenerated = '';
        EXECUTE format('INSERT INTO lkj.%I (%s) SELECT %s FROM lkj.%I x JOIN pg_temp.peta m ON m.templat = x.instansi',
                       t, kolom, nilai, t);
    END LOOP;
END
$salin$;

RESET session_replication_role;
DROP TABLE peta;
VACUUM ANALYZE;

SELECT round(extract(epoch FROM clock_timestamp() - :'mulai'::timestamptz)::numeric, 1) AS detik_muat,
       (SELECT count(*) FROM lkj.instansi) AS instansi,
       (SELECT count(*) FROM lkj.realisasi) AS realisasi,
       (SELECT count(*) FROM lkj.target) AS target,
       (SELECT count(*) FROM lkj.sub_kegiatan) AS sub_kegiatan,
       pg_size_pretty(pg_database_size(current_database())) AS ukuran
\gset
\echo 'muat: ' :instansi ' units, ' :realisasi ' realisasi, ' :target ' target, ' :sub_kegiatan ' sub-kegiatan rows in ' :detik_muat ' s; database ' :ukuran
