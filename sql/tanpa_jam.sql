-- No object of lkj reads a clock: every function body (prosrc, and
-- prosqlbody for BEGIN ATOMIC ones, as pg_get_functiondef prints them),
-- every view and rewrite rule, every column default and constraint of the
-- extension is scanned for the functions and keywords that read one (now(),
-- CURRENT_DATE, CURRENT_TIMESTAMP, CURRENT_TIME, LOCALTIME, LOCALTIMESTAMP,
-- clock_timestamp(), statement_timestamp(), transaction_timestamp(),
-- timeofday()) and for the literals 'now', 'today', 'tomorrow' and
-- 'yesterday' that a cast to a date or time turns into one.  The hits
-- allowed: argument defaults, which the caller evaluates when it leaves the
-- date out (lkj.periksa()'s, lkj.simpan_temuan()'s and lkj.segarkan_rekap()'s
-- per_tanggal and lkj.tandatangani()'s tanggal, DEFAULT CURRENT_DATE); the
-- record of when a finding was written, answered and closed
-- (lkj.temuan_audit.dicatat_pada's default, the stamps of its trigger
-- lkj.temuan_audit_jaga); and the trigger functions of issue 11 that record
-- when a row was written (transaction_timestamp() in tanda_catat,
-- versi_laporan_isi and revisi_laporan_isi: the history's and a signature's
-- time).  No view and no function that computes a figure or a finding reads
-- one.
BEGIN;

CREATE TEMP VIEW teks_lkj (jenis, nama, teks) AS
WITH anggota AS (
    SELECT d.classid, d.objid
      FROM pg_depend d
     WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
       AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'lkj')
), fungsi AS (
    SELECT p.* FROM pg_proc p JOIN anggota a ON a.classid = 'pg_proc'::regclass AND a.objid = p.oid
), relasi AS (
    SELECT c.* FROM pg_class c JOIN anggota a ON a.classid = 'pg_class'::regclass AND a.objid = c.oid
)
SELECT 'fungsi', f.oid::regprocedure::text, pg_get_functiondef(f.oid) FROM fungsi f
UNION ALL
SELECT 'badan fungsi', f.oid::regprocedure::text,
       CASE WHEN f.prosqlbody IS NOT NULL THEN pg_get_function_sqlbody(f.oid) ELSE f.prosrc END
  FROM fungsi f
UNION ALL
SELECT 'default argumen', f.oid::regprocedure::text, pg_get_expr(f.proargdefaults, 0)
  FROM fungsi f WHERE f.proargdefaults IS NOT NULL
UNION ALL
SELECT 'view', v.schemaname || '.' || v.viewname, v.definition
  FROM pg_views v JOIN relasi r ON r.oid = format('%I.%I', v.schemaname, v.viewname)::regclass
UNION ALL
SELECT 'rule', format('%s on %s', w.rulename, w.ev_class::regclass), pg_get_ruledef(w.oid)
  FROM pg_rewrite w JOIN relasi r ON r.oid = w.ev_class
UNION ALL
SELECT 'default kolom', format('%s.%s', r.oid::regclass, a.attname), pg_get_expr(ad.adbin, ad.adrelid)
  FROM pg_attrdef ad
  JOIN relasi r ON r.oid = ad.adrelid
  JOIN pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
UNION ALL
SELECT 'constraint', format('%s on %s', k.conname, r.oid::regclass), pg_get_constraintdef(k.oid)
  FROM pg_constraint k JOIN relasi r ON r.oid = k.conrelid;

CREATE TEMP VIEW jam_lkj AS
SELECT t.jenis, t.nama, lower(m[1]) AS jam
  FROM teks_lkj t
 CROSS JOIN LATERAL regexp_matches(t.teks,
         '(\m(?:now|current_date|current_timestamp|current_time|localtime|localtimestamp|clock_timestamp'
         '|statement_timestamp|transaction_timestamp|timeofday)\M|''(?:now|today|tomorrow|yesterday)'')',
         'gi') AS m;

-- What was read: every function, view, rule, default and constraint (each
-- kind is there; the counts are not pinned, so a new object needs no edit).
SELECT jenis, count(*) > 0 AS dibaca FROM teks_lkj GROUP BY jenis ORDER BY jenis;

-- The clocks found: the argument defaults of lkj.periksa(),
-- lkj.segarkan_rekap(), lkj.simpan_temuan() and lkj.tandatangani(), which pg_get_functiondef
-- prints in the function's header; the findings' record of when (the
-- default of temuan_audit.dicatat_pada; now() twice in temuan_audit_jaga,
-- for dijawab_pada and ditutup_pada, found in its body and in its
-- definition); and the three trigger functions that stamp the time of a write.
SELECT jenis, nama, jam FROM jam_lkj ORDER BY jenis, nama, jam;

-- The scan finds what it looks for: a function and a view that read the
-- clock, made members of the extension, are reported.
CREATE FUNCTION lkj.uji_jam() RETURNS date LANGUAGE sql STABLE BEGIN ATOMIC SELECT current_date; END;
CREATE FUNCTION lkj.uji_jam_teks() RETURNS timestamptz LANGUAGE plpgsql STABLE
    AS $$BEGIN RETURN 'now'::timestamptz + (statement_timestamp() - now()); END$$;
CREATE VIEW lkj.uji_jam_view AS SELECT localtimestamp AS sekarang, 'tomorrow'::text AS besok;
ALTER EXTENSION lkj ADD FUNCTION lkj.uji_jam();
ALTER EXTENSION lkj ADD FUNCTION lkj.uji_jam_teks();
ALTER EXTENSION lkj ADD VIEW lkj.uji_jam_view;
SELECT jenis, nama, jam FROM jam_lkj WHERE nama LIKE '%uji_jam%' ORDER BY jenis, nama, jam;

ROLLBACK;
