-- The registry and the entry point.

CREATE VIEW daftar_cek AS
SELECT pg_catalog.substr(c.relname::text, 5) AS kode,
       n.nspname::text AS skema,
       c.relname::text AS view,
       pg_catalog.obj_description(c.oid, 'pg_class') AS keterangan,
       k.kolom = b.kolom AS sesuai,
       k.kolom
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 CROSS JOIN LATERAL (SELECT pg_catalog.string_agg(pg_catalog.format('%I %s', a.attname, pg_catalog.format_type(a.atttypid, NULL)),
                                                  ', ' ORDER BY a.attnum) AS kolom
                       FROM pg_catalog.pg_attribute a
                      WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) k
 CROSS JOIN (SELECT pg_catalog.string_agg(pg_catalog.format('%I %s', a.attname, pg_catalog.format_type(a.atttypid, NULL)),
                                          ', ' ORDER BY a.attnum) AS kolom
               FROM pg_catalog.pg_attribute a
              WHERE a.attrelid = '@extschema@.temuan'::pg_catalog.regclass AND a.attnum > 0 AND NOT a.attisdropped) b
 WHERE n.nspname = '@extschema@' AND c.relkind = 'v' AND c.relname::text LIKE 'cek\_%';
COMMENT ON VIEW daftar_cek IS 'The registry of checks that lkj.periksa() runs: every view named cek_<kode> in the extension''s schema, with its code, its COMMENT (its severity, what it catches, why it matters), its columns and whether they are those of lkj.temuan (sesuai), which periksa() requires.  A regency adds a check of its own by creating one more such view.';

CREATE FUNCTION periksa(instansi text DEFAULT NULL, tahun integer DEFAULT NULL)
    RETURNS SETOF temuan
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    cek record;
    saring text;
    bagian @extschema@.temuan[];
    hasil @extschema@.temuan[] := '{}';
BEGIN
    IF periksa.instansi IS NOT NULL
       AND NOT EXISTS (SELECT FROM @extschema@.instansi u WHERE u.kode = periksa.instansi) THEN
        RAISE EXCEPTION 'instansi "%" does not exist', periksa.instansi
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'No unit in lkj.instansi has this kode.',
                  HINT = 'Pass the kode of a unit (SELECT kode FROM lkj.instansi), or NULL for every unit.';
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
                      DETAIL = pg_catalog.format('Its columns are: %s.', cek.kolom),
                      HINT = 'A check view has exactly these columns, in this order: instansi text, tahun integer, tabel text, kode text, tingkat text, objek text, pesan text.';
        END IF;
        EXECUTE pg_catalog.format(
                    'SELECT pg_catalog.array_agg(ROW(c.instansi, c.tahun, c.tabel, c.kode, c.tingkat, c.objek, c.pesan)::%1$I.temuan) FROM %1$I.%2$I c WHERE true%3$s',
                    cek.skema, cek.view, saring)
           INTO bagian
           USING periksa.instansi, periksa.tahun;
        hasil := hasil || bagian;
    END LOOP;
    RETURN QUERY
        SELECT t.* FROM pg_catalog.unnest(hasil) AS t
         ORDER BY t.instansi, t.tahun, t.tingkat, t.kode, t.objek, t.pesan;
END
$$;
COMMENT ON FUNCTION periksa(text, integer) IS 'The reviu before an LKj is signed: every finding of every registered check (lkj.daftar_cek) for one unit (instansi, by kode) or all (NULL), one year or all (NULL), ordered by unit, year, severity (galat first), code and object.  An unknown instansi raises 22023, a check view without the columns of lkj.temuan 42P17; an empty result means no check found anything.';
