-- angka: NaN, Infinity and -Infinity are refused at the door (issue 10 item 4).
-- Every numeric column of every table of lkj, listed from the catalog (a new
-- column without its guard shows up below as accepted), is tried with all
-- three on a row where nothing else is wrong, and the constraint that
-- refuses it is named; then every function of lkj that takes a numeric,
-- listed from the catalog, is called with each in each numeric argument:
-- all give 22023 "<argument> must be a finite number".
\set SHOW_CONTEXT never
\set VERBOSITY terse
BEGIN;
\set ECHO none
\i data/kunir_2024.sql
\set ECHO all
-- rows where every numeric column holds a figure: a range target, a count
-- pair, a PK budget and a sub-kegiatan with its budget, for Kunir's program 1
INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, batas_bawah, batas_atas)
SELECT instansi, kode, 2030, 'standar_nasional', 80, 90 FROM lkj.indikator WHERE instansi = 'kunir' AND kode = 'ipp';
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES ('kunir', 'ipp', 2030, 1, 10);
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, pembilang, penyebut) VALUES ('kunir', 'ipp', 2030, 2, 1, 2);
SELECT count(*) > 0 AS ada_anggaran_pk FROM lkj.anggaran_pk WHERE instansi = 'kunir';
UPDATE lkj.kegiatan SET realisasi = anggaran_awal
 WHERE ctid = (SELECT ctid FROM lkj.kegiatan WHERE instansi = 'kunir' AND program = '1' AND anggaran_awal IS NOT NULL
               ORDER BY tahun, kode LIMIT 1);
UPDATE lkj.program SET kode_nasional = '7.01.01' WHERE instansi = 'kunir' AND kode = '1';
UPDATE lkj.kegiatan SET kode_nasional = '7.01.01.2.01'
 WHERE ctid = (SELECT ctid FROM lkj.kegiatan WHERE instansi = 'kunir' AND program = '1' ORDER BY tahun, kode LIMIT 1);
INSERT INTO lkj.sub_kegiatan (instansi, tahun, program, kegiatan, no, kode, kode_cetak, nama, anggaran_awal, anggaran_perubahan, realisasi)
SELECT k.instansi, k.tahun, k.program, k.kode, 1, '7.01.01.2.01.0001', '7.01.01.2.01.0001', 'uji', 1, 1, 1
  FROM lkj.kegiatan k WHERE k.instansi = 'kunir' AND k.kode_nasional IS NOT NULL;
-- a SIPD sub-kegiatan with its RAK and a cut-off's spending (39_sipd--1.1.sql)
INSERT INTO lkj.sipd_sub_kegiatan (instansi, tahun, kode_sub_skpd, kode, kode_sipd, pagu_murni, pagu, rak_tw1, rak_tw2, rak_tw3, rak_tw4)
VALUES ('kunir', 2024, '7.01.0.00.0.00.06.0000', '7.01.01.2.01.0001', '7.01.01.2.01.01', 1, 1, 0, 0, 0, 1);
INSERT INTO lkj.sipd_realisasi (instansi, tahun, kode_sub_skpd, kode, tanggal, realisasi)
VALUES ('kunir', 2024, '7.01.0.00.0.00.06.0000', '7.01.01.2.01.0001', '2024-12-31', 1);
-- a dated cap (33_setelan--1.1.sql), the one numeric setting
INSERT INTO lkj.setelan (instansi, berlaku_mulai_tahun, batas_capaian) VALUES ('kunir', 2030, 120);
UPDATE lkj.indikator SET bobot = 1 WHERE instansi = 'kunir' AND kode = 'ipp';
INSERT INTO lkj.indikator_tahun (instansi, indikator, tahun, bobot) VALUES ('kunir', 'ipp', 2030, 2);
-- the roll-ups' summary (39_rekap--1.1.sql), Kunir 2024's figures in it
SELECT lkj.segarkan_rekap(2024);

CREATE FUNCTION pg_temp.coba(perintah text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE perintah;
    RETURN 'accepted';
EXCEPTION WHEN OTHERS THEN
    DECLARE c text; s text; m text;
    BEGIN
        GET STACKED DIAGNOSTICS c = CONSTRAINT_NAME, s = RETURNED_SQLSTATE, m = MESSAGE_TEXT;
        RETURN s || ' ' || coalesce(nullif(c, ''), m);
    END;
END $$;

-- each column: which constraint refuses NaN, Infinity, -Infinity (23514)
SELECT c.relname || '.' || a.attname AS kolom,
       pg_temp.coba(format('UPDATE lkj.%I SET %I = ''NaN'' WHERE ctid = (SELECT ctid FROM lkj.%I WHERE %I IS NOT NULL LIMIT 1)',
                           c.relname, a.attname, c.relname, a.attname)) AS nan,
       pg_temp.coba(format('UPDATE lkj.%I SET %I = ''Infinity'' WHERE ctid = (SELECT ctid FROM lkj.%I WHERE %I IS NOT NULL LIMIT 1)',
                           c.relname, a.attname, c.relname, a.attname)) AS infinity,
       pg_temp.coba(format('UPDATE lkj.%I SET %I = ''-Infinity'' WHERE ctid = (SELECT ctid FROM lkj.%I WHERE %I IS NOT NULL LIMIT 1)',
                           c.relname, a.attname, c.relname, a.attname)) AS minus_infinity,
       pg_temp.coba(format('DO $d$BEGIN IF NOT EXISTS (SELECT FROM lkj.%I WHERE %I IS NOT NULL) THEN RAISE ''no row to try''; END IF; END$d$',
                           c.relname, a.attname)) AS ada_baris
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
 WHERE c.relnamespace = 'lkj'::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
   AND a.atttypid IN ('numeric'::regtype, 'float8'::regtype, 'float4'::regtype)
 ORDER BY 1;

-- every function that takes a numeric, with NaN, Infinity, -Infinity in each
-- numeric argument and 1 in the others (text arguments: a scale's name, a
-- method, a unit; polaritas positif).  format_target, sel_nilai and
-- capaian_target read a target's value or its range, never both: given a
-- value of 1, they do not read the range's bounds (arguments 2 and 3, or 3
-- and 4), so "accepted" there is a bound that was never read; with the
-- value NULL the bounds reach format_persen / capaian_rentang, which refuse.
WITH f AS (
    SELECT p.oid, p.oid::regprocedure AS fungsi, p.proargtypes::oid[] AS t, p.pronargs AS n
      FROM pg_proc p
     WHERE p.pronamespace = 'lkj'::regnamespace AND p.prokind = 'f'
       AND 'numeric'::regtype = ANY (p.proargtypes::oid[])
), panggil AS (
    SELECT f.fungsi, i AS argumen, v,
           format('SELECT %s(%s)', f.oid::regproc,
                  (SELECT string_agg(CASE WHEN j = i THEN quote_literal(v) || '::numeric'
                                          WHEN f.t[j] = 'numeric'::regtype THEN '1'
                                          WHEN f.t[j] = 'text'::regtype AND f.oid::regproc::text ~ 'kriteria' THEN '''lumajang'''
                                          WHEN f.t[j] = 'text'::regtype AND f.oid::regproc::text ~ 'efisiensi' THEN '''selisih'''
                                          WHEN f.t[j] = 'text'::regtype THEN '''Persen'''
                                          WHEN f.t[j] = 'lkj.skala'::regtype THEN '''Sangat Tinggi > 90; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah''::lkj.skala'
                                          WHEN f.t[j] = 'lkj.polaritas'::regtype THEN '''positif'''
                                          ELSE format('1::%s', f.t[j]::regtype) END, ', ' ORDER BY j)
                     FROM generate_series(0, f.n - 1) j)) AS perintah
      FROM f, generate_series(0, f.n - 1) i, unnest(ARRAY['NaN', 'Infinity', '-Infinity']) v
     WHERE f.t[i] = 'numeric'::regtype
)
SELECT fungsi, argumen + 1 AS argumen, string_agg(DISTINCT regexp_replace(pg_temp.coba(perintah), '^(22023) (\w+) must be a finite number$', '\1 \2 ...'), '; ') AS hasil
  FROM panggil GROUP BY 1, 2 ORDER BY fungsi::text, 2;
SELECT pg_temp.coba($$SELECT lkj.format_target(NULL, 'NaN', 1, 'Persen')$$) AS format_target,
       pg_temp.coba($$SELECT lkj.sel_nilai(NULL, 'Persen', 1, 'Infinity')$$) AS sel_nilai,
       pg_temp.coba($$SELECT lkj.capaian_target(NULL, 1, '-Infinity', 5, 'positif')$$) AS capaian_target;
ROLLBACK;
