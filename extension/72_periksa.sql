-- The registry and the entry point.

/*
 * A relation's columns as the contract compares them: names and types in
 * order, one text.
 */
CREATE FUNCTION @extschema@.periksa_kolom(relasi oid)
    RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT string_agg(format('%I %s', a.attname, format_type(a.atttypid, NULL)), ', ' ORDER BY a.attnum)
      FROM pg_catalog.pg_attribute a
     WHERE a.attrelid = periksa_kolom.relasi AND a.attnum > 0 AND NOT a.attisdropped;
END;
COMMENT ON FUNCTION @extschema@.periksa_kolom(oid) IS 'The columns of a relation (a check view, or the composite type lkj.temuan) as "name type, ...", in order: what lkj.daftar_cek and lkj.periksa_cek_sah compare with lkj.temuan''s.';

/*
 * Whose code a check may be: a registered check view, and everything it
 * reads or calls, runs with the rights of someone who could change it.  Its
 * owner and the owners of the functions it calls can, so they must be
 * roles trusted to write checks.
 */
CREATE FUNCTION @extschema@.periksa_peran_tepercaya(peran oid)
    RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT COALESCE(bool_or(r.rolsuper
                            OR r.oid = (SELECT e.extowner FROM pg_catalog.pg_extension e WHERE e.extname = 'lkj')
                            OR (to_regrole('lkj_admin') IS NOT NULL
                                AND pg_has_role(r.oid, to_regrole('lkj_admin')::oid, 'MEMBER'))),
                    false)
      FROM pg_catalog.pg_roles r
     WHERE r.oid = periksa_peran_tepercaya.peran;
END;
COMMENT ON FUNCTION @extschema@.periksa_peran_tepercaya(oid) IS 'Whether a role may own a registered check view or what it reads or calls: a superuser, the extension''s owner or a member of lkj_admin (the roles that may write lkj.cek_pengguna anyway).';

/*
 * The one judge of a registered check, asked at registration (the trigger
 * on lkj.cek_pengguna) and again by periksa before it runs the view: a
 * view can be dropped, replaced or given away after it was registered.
 * The walk follows the view's rewrite rule through pg_depend to every
 * relation, function and operator it names, and through every view among
 * them, so that a trusted view over a planner's view or function is
 * refused too.
 */
CREATE FUNCTION @extschema@.periksa_cek_sah(nama_view regclass,
                                            OUT sqlstate text, OUT masalah text,
                                            OUT rincian text, OUT saran text)
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    v record;
    kolom text;
    kolom_temuan text;
    asing record;
BEGIN
    IF nama_view IS NULL THEN
        RETURN;
    END IF;
    SELECT c.oid, c.relkind, c.relowner, c.reloptions INTO v
      FROM pg_catalog.pg_class c WHERE c.oid = nama_view;
    IF NOT FOUND THEN
        sqlstate := '42P17';
        masalah := 'it does not exist';
        rincian := 'The view was dropped after it was registered; lkj.cek_pengguna still holds its OID.';
        saran := 'Delete its row from lkj.cek_pengguna, or create the view again and register it anew.';
        RETURN;
    END IF;
    IF v.relkind <> 'v' THEN
        sqlstate := '42P17';
        masalah := 'it is not a view';
        rincian := 'A check is a view whose rows are findings.';
        saran := 'Register a view with the columns of lkj.temuan.';
        RETURN;
    END IF;
    kolom := @extschema@.periksa_kolom(v.oid);
    kolom_temuan := @extschema@.periksa_kolom('@extschema@.temuan'::regclass);
    IF kolom IS DISTINCT FROM kolom_temuan THEN
        sqlstate := '42P17';
        masalah := 'it does not have the columns of lkj.temuan';
        rincian := format('Its columns are: %s.', kolom);
        saran := format('A check view has exactly these columns, in this order: %s.', kolom_temuan);
        RETURN;
    END IF;
    IF EXISTS (SELECT FROM pg_catalog.pg_options_to_table(v.reloptions) o
                WHERE o.option_name = 'security_invoker' AND o.option_value::boolean) THEN
        sqlstate := '42501';
        masalah := 'it runs as its caller';
        rincian := 'The view is security_invoker: lkj.periksa would run it with the rights of whoever calls it, not of its owner.';
        saran := format('ALTER VIEW %s RESET (security_invoker), then register it.', nama_view);
        RETURN;
    END IF;
    WITH RECURSIVE dipakai (klas, objek) AS (
        SELECT 'pg_catalog.pg_class'::regclass::oid, v.oid
        UNION
        SELECT CASE WHEN d.refclassid = 'pg_catalog.pg_operator'::regclass THEN 'pg_catalog.pg_proc'::regclass::oid
                    ELSE d.refclassid END,
               CASE WHEN d.refclassid = 'pg_catalog.pg_operator'::regclass THEN o.oprcode::oid
                    ELSE d.refobjid END
          FROM dipakai u
          JOIN pg_catalog.pg_rewrite w ON u.klas = 'pg_catalog.pg_class'::regclass AND w.ev_class = u.objek
          JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.objid = w.oid
          LEFT JOIN pg_catalog.pg_operator o ON d.refclassid = 'pg_catalog.pg_operator'::regclass AND o.oid = d.refobjid
         WHERE d.refclassid IN ('pg_catalog.pg_class'::regclass, 'pg_catalog.pg_proc'::regclass,
                                'pg_catalog.pg_operator'::regclass)
    )
    SELECT pg_describe_object(u.klas, u.objek, 0) AS objek, p.pemilik::regrole AS pemilik INTO asing
      FROM dipakai u
     CROSS JOIN LATERAL (SELECT c.relowner FROM pg_catalog.pg_class c
                          WHERE u.klas = 'pg_catalog.pg_class'::regclass AND c.oid = u.objek
                         UNION ALL
                         SELECT f.proowner FROM pg_catalog.pg_proc f
                          WHERE u.klas = 'pg_catalog.pg_proc'::regclass AND f.oid = u.objek) AS p (pemilik)
     WHERE NOT @extschema@.periksa_peran_tepercaya(p.pemilik)
     ORDER BY u.objek = v.oid DESC, 1
     LIMIT 1;
    IF FOUND THEN
        sqlstate := '42501';
        masalah := format('%s is owned by %s', asing.objek, asing.pemilik);
        rincian := format('%s may change %s at any time, and lkj.periksa would then run its code; only the extension''s owner, a superuser or a member of lkj_admin may own a check view and what it reads or calls.',
                          asing.pemilik, asing.objek);
        saran := 'Have an administrator review the code and take it over (ALTER ... OWNER TO), then register the view.';
    END IF;
END
$$;
COMMENT ON FUNCTION @extschema@.periksa_cek_sah(regclass) IS 'Whether lkj.periksa may run a registered check view: NULLs when it may; else the SQLSTATE, the reason (masalah), a detail and a hint.  Refused: a relation that no longer exists, is not a view, lacks the columns of lkj.temuan (42P17), is security_invoker, or is owned by, reads or calls anything owned by a role other than a superuser, the extension''s owner or a member of lkj_admin (42501).  The trigger on lkj.cek_pengguna asks it at registration, periksa before every run.';

CREATE VIEW @extschema@.daftar_cek AS
SELECT substr(c.relname::text, 5) AS kode,
       n.nspname::text AS skema,
       c.relname::text AS view,
       obj_description(c.oid, 'pg_class') AS keterangan,
       k.kolom = b.kolom AS sesuai,
       k.kolom,
       false AS terdaftar,
       CASE WHEN k.kolom = b.kolom THEN NULL ELSE 'it does not have the columns of lkj.temuan' END AS masalah
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 CROSS JOIN LATERAL (SELECT @extschema@.periksa_kolom(c.oid) AS kolom) k
 CROSS JOIN (SELECT @extschema@.periksa_kolom('@extschema@.temuan'::regclass) AS kolom) b
 WHERE n.nspname = '@extschema@' AND c.relkind = 'v' AND c.relname::text LIKE 'cek\_%'
   AND EXISTS (SELECT FROM pg_catalog.pg_depend d
                WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
                  AND d.refclassid = 'pg_catalog.pg_extension'::regclass AND d.deptype = 'e'
                  AND d.refobjid = (SELECT e.oid FROM pg_catalog.pg_extension e WHERE e.extname = 'lkj'))
UNION ALL
SELECT p.kode,
       n.nspname::text,
       c.relname::text,
       obj_description(c.oid, 'pg_class'),
       s.masalah IS NULL,
       k.kolom,
       true,
       s.masalah
  FROM @extschema@.cek_pengguna p
  LEFT JOIN pg_catalog.pg_class c ON c.oid = p.nama_view
  LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 CROSS JOIN LATERAL (SELECT @extschema@.periksa_kolom(c.oid) AS kolom) k
 CROSS JOIN LATERAL @extschema@.periksa_cek_sah(p.nama_view) s;
COMMENT ON VIEW @extschema@.daftar_cek IS 'The checks that lkj.periksa() runs: lkj''s own (terdaftar false: every view named cek_<kode> in the extension''s schema that is a member of the extension, nothing else found by name) and the regency''s, registered in lkj.cek_pengguna (terdaftar true); with its code, schema and view, its COMMENT (its severity, what it catches, why it matters), its columns, whether periksa() may run it (sesuai: the columns of lkj.temuan, and for a registered view the whole of lkj.periksa_cek_sah) and, when not, why (masalah).';

/*
 * No check reads a clock: a check whose verdict waits for a date (the end
 * of the year) emits its candidates with that date as berlaku_mulai, and
 * periksa() compares it with the date it judges as of.  That date is an
 * argument; its default (today) is evaluated by the caller, outside this
 * body, so the same data and date give the same findings on any day.
 */
CREATE FUNCTION @extschema@.periksa(instansi text DEFAULT NULL, tahun integer DEFAULT NULL,
                                    per_tanggal date DEFAULT CURRENT_DATE)
    RETURNS SETOF @extschema@.temuan
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    SET jit = off
    SET join_collapse_limit = 1
    SET from_collapse_limit = 1
    AS $$
DECLARE
    cek record;
    sah record;
    saring text;
    bagian @extschema@.temuan[];
    tingkat_lain text;
    hasil @extschema@.temuan[] := '{}';
BEGIN
    IF periksa.per_tanggal IS NULL THEN
        RAISE EXCEPTION 'per_tanggal must not be null'
            USING ERRCODE = 'null_value_not_allowed',
                  DETAIL = 'The checks judge the data as of a date: those that wait for the end of a year give their verdict from 1 January of the next.',
                  HINT = 'Pass the date to judge as of, or leave the argument out for today.';
    END IF;
    IF periksa.instansi IS NOT NULL
       AND NOT EXISTS (SELECT FROM @extschema@.instansi u WHERE u.kode = periksa.instansi) THEN
        RAISE EXCEPTION 'unit "%" does not exist', periksa.instansi
            USING ERRCODE = 'undefined_object',
                  DETAIL = 'No row of lkj.instansi has this kode.',
                  HINT = 'Pass the kode of a unit (SELECT kode, nama FROM lkj.instansi), or NULL for every unit.';
    END IF;

    -- One query per check, not one UNION of all: each stays small enough
    -- to be planned quickly.  JIT is off for the whole call (the function's
    -- SET): the checks' lateral lookups per indicator push the estimated
    -- cost of a few of them over jit_above_cost once a database holds a few
    -- hundred units, and compiling them then took seconds for queries that
    -- run in milliseconds (bench/periksa.sql, 301 units: 7,2 s with JIT,
    -- 0,7 s without).  Each check is written candidates first, lookups
    -- after, and is planned in that order (the collapse limits of 1): the
    -- planner's search over every order of the inlined lookups cost more
    -- than the runs themselves (0,7 s down to 0,33 s over 301 units).  The
    -- registry is read once: a check without the columns of lkj.temuan
    -- stops the loop before it runs.
    saring := CASE WHEN periksa.instansi IS NOT NULL THEN ' AND c.instansi = $1' ELSE '' END
           || CASE WHEN periksa.tahun IS NOT NULL THEN ' AND c.tahun = $2' ELSE '' END;
    FOR cek IN SELECT d.kode, d.skema, d.view, d.sesuai, d.kolom, d.terdaftar
                 FROM @extschema@.daftar_cek d ORDER BY d.kode LOOP
        -- A registered view is judged again before it runs: it may have been
        -- dropped, replaced or given away since it was registered.
        IF cek.terdaftar AND NOT cek.sesuai THEN
            SELECT s.* INTO sah
              FROM @extschema@.cek_pengguna p, @extschema@.periksa_cek_sah(p.nama_view) s
             WHERE p.kode = cek.kode;
            RAISE EXCEPTION 'registered check "%" cannot run: %', cek.kode, sah.masalah
                USING ERRCODE = sah.sqlstate, DETAIL = sah.rincian, HINT = sah.saran;
        ELSIF NOT cek.sesuai THEN
            RAISE EXCEPTION 'check view "%" does not have the columns of lkj.temuan', cek.view
                USING ERRCODE = 'invalid_object_definition',
                      DETAIL = format('Its columns are: %s.', cek.kolom),
                      HINT = 'A check view has exactly these columns, in this order: instansi text, tahun integer, tabel text, kode text, tingkat text, objek text, pesan text, berlaku_mulai date.';
        END IF;
        -- The levels a check returns are checked as its rows are gathered:
        -- one outside lkj.tingkat would sort nowhere and mean nothing.
        EXECUTE format(
                    'SELECT array_agg(ROW(c.instansi, c.tahun, c.tabel, c.kode, c.tingkat, c.objek, c.pesan, c.berlaku_mulai)::@extschema@.temuan), '
                    'string_agg(DISTINCT COALESCE(quote_literal(c.tingkat), ''NULL''), '', '') '
                    'FILTER (WHERE c.tingkat IS NULL OR c.tingkat <> ALL (enum_range(NULL::@extschema@.tingkat)::text[])) '
                    'FROM %1$I.%2$I c WHERE true%3$s',
                    cek.skema, cek.view, saring)
           INTO bagian, tingkat_lain
           USING periksa.instansi, periksa.tahun;
        IF tingkat_lain IS NOT NULL THEN
            RAISE EXCEPTION 'check view "%" returned a finding with an unknown tingkat', cek.view
                USING ERRCODE = 'invalid_object_definition',
                      DETAIL = format('It returned tingkat %s; the levels are %s.', tingkat_lain,
                                      array_to_string(enum_range(NULL::@extschema@.tingkat), ', ')),
                      HINT = 'Give every row of the view one of these levels.';
        END IF;
        hasil := hasil || bagian;
    END LOOP;

    -- A finding holds from its berlaku_mulai on (NULL: at once).  Before
    -- that date a check cannot give its verdict yet, and says so: one info
    -- per check, unit and year, with what it will judge and from when.
    RETURN QUERY
        WITH semua AS (SELECT * FROM unnest(hasil))
        SELECT t.* FROM (
            SELECT s.* FROM semua s
             WHERE s.berlaku_mulai IS NULL OR s.berlaku_mulai <= periksa.per_tanggal
            UNION ALL
            SELECT s.instansi, s.tahun,
                   string_agg(DISTINCT s.tabel, ', ' ORDER BY s.tabel),
                   s.kode, 'info',
                   string_agg(s.objek, '; ' ORDER BY s.objek),
                   format('Per %s pemeriksaan %s tahun %s belum dapat memberi penilaian; mulai %s akan dinilai %s calon temuan: %s.',
                          @extschema@.format_tanggal(periksa.per_tanggal), s.kode, s.tahun,
                          @extschema@.format_tanggal(min(s.berlaku_mulai)), count(*),
                          string_agg(s.objek, '; ' ORDER BY s.objek)),
                   min(s.berlaku_mulai)
              FROM semua s
             WHERE s.berlaku_mulai > periksa.per_tanggal
             GROUP BY s.instansi, s.tahun, s.kode) t
         ORDER BY t.instansi, t.tahun, t.tingkat::@extschema@.tingkat, t.kode, t.objek, t.pesan;
END
$$;
COMMENT ON FUNCTION @extschema@.periksa(text, integer, date) IS 'The reviu before an LKj is signed, as of a date (per_tanggal, default today): every finding of every check lkj.daftar_cek lists (lkj''s own cek_ views and the views registered in lkj.cek_pengguna, each run with its owner''s rights) for one unit (instansi, by kode) or all (NULL), one year or all (NULL), ordered by unit, year, severity (galat, peringatan, info: the order of lkj.tingkat, not the alphabet''s), code and object.  A finding whose berlaku_mulai is after per_tanggal is not given yet: instead one info per check, unit and year says what will be judged and from when.  An unknown instansi raises 42704, a NULL per_tanggal 22004, a check view without the columns of lkj.temuan or with a level outside lkj.tingkat 42P17, a registered view that lkj.periksa_cek_sah no longer admits its SQLSTATE (42P17 or 42501); an empty result means no check found anything.';
