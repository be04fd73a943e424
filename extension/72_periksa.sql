-- The registry and the entry point.

CREATE VIEW @extschema@.daftar_cek AS
SELECT substr(c.relname::text, 5) AS kode,
       n.nspname::text AS skema,
       c.relname::text AS view,
       obj_description(c.oid, 'pg_class') AS keterangan,
       k.kolom = b.kolom AS sesuai,
       k.kolom
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 CROSS JOIN LATERAL (SELECT string_agg(format('%I %s', a.attname, format_type(a.atttypid, NULL)),
                                       ', ' ORDER BY a.attnum) AS kolom
                       FROM pg_catalog.pg_attribute a
                      WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) k
 CROSS JOIN (SELECT string_agg(format('%I %s', a.attname, format_type(a.atttypid, NULL)),
                               ', ' ORDER BY a.attnum) AS kolom
               FROM pg_catalog.pg_attribute a
              WHERE a.attrelid = '@extschema@.temuan'::regclass AND a.attnum > 0 AND NOT a.attisdropped) b
 WHERE n.nspname = '@extschema@' AND c.relkind = 'v' AND c.relname::text LIKE 'cek\_%';
COMMENT ON VIEW @extschema@.daftar_cek IS 'The registry of checks that lkj.periksa() runs: every view named cek_<kode> in the extension''s schema, with its code, its COMMENT (its severity, what it catches, why it matters), its columns and whether they are those of lkj.temuan (sesuai), which periksa() requires.  A regency adds a check of its own by creating one more such view.';

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
    AS $$
DECLARE
    cek record;
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
    -- to be planned quickly and to run without JIT compilation, which for
    -- a union of every check costs more than running it.  The registry is
    -- read once: a check without the columns of lkj.temuan stops the loop
    -- before it runs.
    saring := CASE WHEN periksa.instansi IS NOT NULL THEN ' AND c.instansi = $1' ELSE '' END
           || CASE WHEN periksa.tahun IS NOT NULL THEN ' AND c.tahun = $2' ELSE '' END;
    FOR cek IN SELECT d.skema, d.view, d.sesuai, d.kolom FROM @extschema@.daftar_cek d ORDER BY d.kode LOOP
        IF NOT cek.sesuai THEN
            RAISE EXCEPTION 'check view "%" does not have the columns of lkj.temuan', cek.view
                USING ERRCODE = 'invalid_object_definition',
                      DETAIL = format('Its columns are: %s.', cek.kolom),
                      HINT = 'A check view has exactly these columns, in this order: instansi text, tahun integer, tabel text, kode text, tingkat text, objek text, pesan text, berlaku_mulai date.';
        END IF;
        -- The levels a check returns are checked as its rows are gathered:
        -- one outside lkj.tingkat would sort nowhere and mean nothing.
        EXECUTE format(
                    'SELECT array_agg(ROW(c.instansi, c.tahun, c.tabel, c.kode, c.tingkat, c.objek, c.pesan, c.berlaku_mulai)::%1$I.temuan), '
                    'string_agg(DISTINCT COALESCE(quote_literal(c.tingkat), ''NULL''), '', '') '
                    'FILTER (WHERE c.tingkat IS NULL OR c.tingkat <> ALL (enum_range(NULL::%1$I.tingkat)::text[])) '
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
COMMENT ON FUNCTION @extschema@.periksa(text, integer, date) IS 'The reviu before an LKj is signed, as of a date (per_tanggal, default today): every finding of every registered check (lkj.daftar_cek) for one unit (instansi, by kode) or all (NULL), one year or all (NULL), ordered by unit, year, severity (galat, peringatan, info: the order of lkj.tingkat, not the alphabet''s), code and object.  A finding whose berlaku_mulai is after per_tanggal is not given yet: instead one info per check, unit and year says what will be judged and from when.  An unknown instansi raises 42704, a NULL per_tanggal 22004, a check view without the columns of lkj.temuan or with a level outside lkj.tingkat 42P17; an empty result means no check found anything.';
