-- Signing and revisions (1.1, issue 11): the status of a unit-year, the
-- signature and the revision, the report by version, the versions and
-- their differences.  The tables are in 39_tanda--1.1.sql, the triggers
-- and policies in 87_tanda--1.1.sql.  README, Signing and revisions.

CREATE FUNCTION @extschema@.peran_luar()
RETURNS text
LANGUAGE C STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'peran_luar';
COMMENT ON FUNCTION @extschema@.peran_luar() IS
  'The role the session''s statement runs as, outside any SECURITY DEFINER function (SET ROLE''s role, else the login): what lkj.riwayat records as pengguna from inside the SECURITY DEFINER trigger, where current_user is the owner';

CREATE FUNCTION @extschema@.tanda_kunci(tabel text)
RETURNS text[]
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN tanda_kunci.tabel = 'realisasi'
                -- no primary key: its unique index realisasi_kunci
                THEN ARRAY['instansi', 'indikator', 'tahun', 'triwulan']
                ELSE ARRAY(SELECT a.attname::text
                             FROM pg_catalog.pg_constraint k
                             CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS u (attnum, n)
                             JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum
                            WHERE k.conrelid = pg_catalog.to_regclass('@extschema@.' || quote_ident(tanda_kunci.tabel))
                              AND k.contype = 'p'
                            ORDER BY u.n)
           END;
END;
COMMENT ON FUNCTION @extschema@.tanda_kunci(text) IS
  'The key columns of a table of lkj, in order: its primary key''s, for lkj.realisasi those of its unique index realisasi_kunci (instansi, indikator, tahun, triwulan)';

CREATE FUNCTION @extschema@.tanda_kunci_nilai(baris jsonb, kolom text[])
RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT coalesce(jsonb_object_agg(k.kolom, tanda_kunci_nilai.baris -> k.kolom), '{}'::jsonb)
      FROM unnest(tanda_kunci_nilai.kolom) AS k (kolom);
END;
COMMENT ON FUNCTION @extschema@.tanda_kunci_nilai(jsonb, text[]) IS
  'A row''s key as a JSON object of the key columns (lkj.tanda_kunci) and their values';

/*
 * Which years a row belongs to.  A signed report of year S reads the rows
 * of S and, for Tabel 10, of the five years before it; the lock refuses a
 * change to a row whose years meet S - 5 .. S.  A row with a year of its
 * own belongs to that year; the rest as written below.
 */
CREATE FUNCTION @extschema@.tanda_rentang_tahun(tabel text, baris jsonb)
RETURNS int4range
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE
      -- a Renstra, its tujuan and sasaran: every year of its period
      WHEN tanda_rentang_tahun.tabel = 'renstra'
        THEN int4range((tanda_rentang_tahun.baris ->> 'tahun_awal')::integer,
                       (tanda_rentang_tahun.baris ->> 'tahun_akhir')::integer, '[]')
      WHEN tanda_rentang_tahun.tabel IN ('tujuan', 'sasaran')
        THEN coalesce((SELECT int4range(r.tahun_awal, r.tahun_akhir, '[]') FROM @extschema@.renstra r
                        WHERE r.instansi = tanda_rentang_tahun.baris ->> 'instansi'
                          AND r.kode = tanda_rentang_tahun.baris ->> 'renstra'),
                      int4range(NULL, NULL))
      -- an indicator: its program's year, else its Renstra's period, else every year
      WHEN tanda_rentang_tahun.tabel = 'indikator'
        THEN coalesce(int4range((tanda_rentang_tahun.baris ->> 'tahun')::integer,
                                (tanda_rentang_tahun.baris ->> 'tahun')::integer, '[]'),
                      (SELECT int4range(r.tahun_awal, r.tahun_akhir, '[]') FROM @extschema@.renstra r
                        WHERE r.instansi = tanda_rentang_tahun.baris ->> 'instansi'
                          AND r.kode = tanda_rentang_tahun.baris ->> 'renstra'),
                      int4range(NULL, NULL))
      -- a Renstra target: its year and the whole period (Tabel 4 prints the
      -- period's targets, Tabel 12 the end target)
      WHEN tanda_rentang_tahun.tabel = 'target' AND tanda_rentang_tahun.baris ->> 'dokumen' = 'renstra'
        THEN coalesce(range_merge(int4range((tanda_rentang_tahun.baris ->> 'tahun')::integer,
                                            (tanda_rentang_tahun.baris ->> 'tahun')::integer, '[]'),
                                  (SELECT int4range(r.tahun_awal, r.tahun_akhir, '[]')
                                     FROM @extschema@.indikator i
                                     JOIN @extschema@.renstra r ON r.instansi = i.instansi AND r.kode = i.renstra
                                    WHERE i.instansi = tanda_rentang_tahun.baris ->> 'instansi'
                                      AND i.kode = tanda_rentang_tahun.baris ->> 'indikator')),
                      int4range((tanda_rentang_tahun.baris ->> 'tahun')::integer,
                                (tanda_rentang_tahun.baris ->> 'tahun')::integer, '[]'))
      -- a village document of budget year Y is due in Y - 1 (RKPDes,
      -- APBDes) or Y + 1 (LPPDes)
      WHEN tanda_rentang_tahun.tabel = 'dokumen_desa'
        THEN int4range((tanda_rentang_tahun.baris ->> 'tahun_anggaran')::integer - 1,
                       (tanda_rentang_tahun.baris ->> 'tahun_anggaran')::integer + 1, '[]')
      -- a setting holds from its year on
      WHEN tanda_rentang_tahun.tabel = 'setelan'
        THEN int4range((tanda_rentang_tahun.baris ->> 'berlaku_mulai_tahun')::integer, NULL)
      WHEN tanda_rentang_tahun.baris ? 'tahun'
        THEN int4range((tanda_rentang_tahun.baris ->> 'tahun')::integer,
                       (tanda_rentang_tahun.baris ->> 'tahun')::integer, '[]')
      -- the unit itself, its positions and villages: every year
      ELSE int4range(NULL, NULL)
    END;
END;
COMMENT ON FUNCTION @extschema@.tanda_rentang_tahun(text, jsonb) IS
  'The years a row of a table of lkj belongs to, as a range: its tahun; a Renstra, tujuan and sasaran the Renstra''s period; an indicator its program''s year, else its Renstra''s period; a Renstra target its year and its Renstra''s period; a village document of budget year Y the years Y - 1 to Y + 1; a setting its year and every later one; the unit, its positions and villages every year.  The lock refuses a change to a row whose range meets S - 5 .. S of a signed year S';

CREATE FUNCTION @extschema@.tanda_terkunci(instansi text, rentang int4range)
RETURNS TABLE (tahun integer, versi integer, tanggal date, penanda_nama text)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT v.tahun, v.versi, v.tanggal, v.penanda_nama
      FROM @extschema@.versi_laporan v
     WHERE v.instansi = tanda_terkunci.instansi
       AND int4range(v.tahun - 5, v.tahun, '[]') && tanda_terkunci.rentang
       AND v.versi = (SELECT max(w.versi) FROM @extschema@.versi_laporan w
                       WHERE w.instansi = v.instansi AND w.tahun = v.tahun)
       AND NOT EXISTS (SELECT FROM @extschema@.revisi_laporan r
                        WHERE r.instansi = v.instansi AND r.tahun = v.tahun AND r.versi = v.versi);
END;
COMMENT ON FUNCTION @extschema@.tanda_terkunci(text, int4range) IS
  'The signed years of a unit (latest version without an open revision) whose report reads a row of the years given: S with S - 5 .. S meeting the range; with their latest version, its date and signer';

CREATE FUNCTION @extschema@.tanda_fakta(instansi text, tahun integer)
RETURNS TABLE (tabel text, kunci jsonb, baris jsonb)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    t text;
BEGIN
    -- the tables the lock guards: those with the trigger tanda_catat_update
    FOR t IN SELECT c.relname::text
               FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
              WHERE c.relnamespace = '@extschema@'::regnamespace AND g.tgname = 'tanda_catat_update'
              ORDER BY 1
    LOOP
        RETURN QUERY EXECUTE format(
            'SELECT %L::text, @extschema@.tanda_kunci_nilai(to_jsonb(x), $3), to_jsonb(x)
               FROM @extschema@.%I x
              WHERE x.%I OPERATOR(pg_catalog.=) $1
                AND @extschema@.tanda_rentang_tahun(%L, to_jsonb(x)) OPERATOR(pg_catalog.&&) int4range($2 - 5, $2, ''[]'')',
            t, t, CASE t WHEN 'instansi' THEN 'kode' ELSE 'instansi' END, t)
            USING tanda_fakta.instansi, tanda_fakta.tahun, @extschema@.tanda_kunci(t);
    END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@.tanda_fakta(text, integer) IS
  'The facts behind a unit-year''s report as they stand: every row of the tables the lock guards whose years (lkj.tanda_rentang_tahun) meet tahun - 5 .. tahun, with its table and key; what a signature stores in lkj.fakta_versi';

CREATE VIEW @extschema@.status_laporan AS
SELECT y.instansi, y.tahun,
       CASE WHEN v.versi IS NULL THEN 'draf' WHEN r.versi IS NULL THEN 'tertanda' ELSE 'revisi' END AS status,
       v.versi, v.tanggal, v.penanda_nama, r.alasan AS alasan_revisi, r.dibuka_pada AS revisi_dibuka_pada
  FROM (SELECT t.instansi, t.tahun FROM @extschema@.tahun_laporan t
        UNION
        SELECT w.instansi, w.tahun FROM @extschema@.versi_laporan w) y
  LEFT JOIN LATERAL (SELECT w.versi, w.tanggal, w.penanda_nama FROM @extschema@.versi_laporan w
                      WHERE w.instansi = y.instansi AND w.tahun = y.tahun
                      ORDER BY w.versi DESC LIMIT 1) v ON true
  LEFT JOIN @extschema@.revisi_laporan r ON r.instansi = y.instansi AND r.tahun = y.tahun AND r.versi = v.versi;
COMMENT ON VIEW @extschema@.status_laporan IS 'The status of every unit-year (the years a unit reports on, lkj.tahun_laporan, and every year signed): draf (never signed), tertanda (signed: its figures are locked) or revisi (a revision of the latest version is open), with the latest signed version.';
COMMENT ON COLUMN @extschema@.status_laporan.instansi IS 'the unit (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.status_laporan.tahun IS 'the report''s year';
COMMENT ON COLUMN @extschema@.status_laporan.status IS 'draf, tertanda or revisi';
COMMENT ON COLUMN @extschema@.status_laporan.versi IS 'the latest signed version, NULL for a draft never signed';
COMMENT ON COLUMN @extschema@.status_laporan.tanggal IS 'the date the latest version was signed';
COMMENT ON COLUMN @extschema@.status_laporan.penanda_nama IS 'who signed the latest version';
COMMENT ON COLUMN @extschema@.status_laporan.alasan_revisi IS 'the reason of the open revision, NULL when none is open';
COMMENT ON COLUMN @extschema@.status_laporan.revisi_dibuka_pada IS 'when the open revision was opened';

CREATE FUNCTION @extschema@.tandatangani(instansi text, tahun integer, tanggal date DEFAULT CURRENT_DATE,
                                         penanda_nama text DEFAULT NULL, penanda_nip text DEFAULT NULL,
                                         penanda_jabatan text DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    hasil integer;
BEGIN
    IF tandatangani.instansi IS NULL OR tandatangani.tahun IS NULL OR tandatangani.tanggal IS NULL THEN
        RAISE EXCEPTION 'instansi, tahun and tanggal must not be null'
            USING ERRCODE = 'null_value_not_allowed',
                  HINT = 'Name the unit and year; the date defaults to today.';
    END IF;
    IF NOT EXISTS (SELECT FROM @extschema@.instansi i WHERE i.kode = tandatangani.instansi) THEN
        RAISE EXCEPTION 'unit "%" does not exist', tandatangani.instansi
            USING ERRCODE = 'undefined_object', DETAIL = 'No row of lkj.instansi has this kode.';
    END IF;
    -- the trigger versi_laporan_isi numbers the version and fills the rest
    INSERT INTO @extschema@.versi_laporan (instansi, tahun, versi, tanggal, penanda_nama, penanda_nip, penanda_jabatan,
                                           teks, digest, dicatat_oleh, dicatat_pada)
    VALUES (tandatangani.instansi, tandatangani.tahun, 0, tandatangani.tanggal, tandatangani.penanda_nama,
            tandatangani.penanda_nip, tandatangani.penanda_jabatan, '', '', '', '-infinity')
    RETURNING versi INTO hasil;
    RETURN hasil;
END
$$;
COMMENT ON FUNCTION @extschema@.tandatangani(text, integer, date, text, text, text) IS
  'Signs the LKj of a unit and year: stores the next version (lkj.versi_laporan: the draft''s text from lkj.laporan_draf, its sha256, the facts behind it) and locks the year''s figures until a revision is opened; returns the version''s number.  tanggal defaults to today (an argument default: the caller''s clock), the signer to the head in office at the end of the year (lkj.kepala_instansi).  A year signed with no open revision: 55000 (hint: lkj.buka_revisi); unknown unit 42704; NULL unit, year or date 22004';

CREATE FUNCTION @extschema@.buka_revisi(instansi text, tahun integer, alasan text)
RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    hasil integer;
BEGIN
    IF NOT EXISTS (SELECT FROM @extschema@.instansi i WHERE i.kode = buka_revisi.instansi) THEN
        RAISE EXCEPTION 'unit "%" does not exist', buka_revisi.instansi
            USING ERRCODE = 'undefined_object', DETAIL = 'No row of lkj.instansi has this kode.';
    END IF;
    -- the trigger revisi_laporan_isi checks the reason and the state
    INSERT INTO @extschema@.revisi_laporan (instansi, tahun, versi, alasan, dibuka_oleh, dibuka_pada)
    VALUES (buka_revisi.instansi, buka_revisi.tahun, 0, buka_revisi.alasan, '', '-infinity')
    RETURNING versi INTO hasil;
    RETURN hasil;
END
$$;
COMMENT ON FUNCTION @extschema@.buka_revisi(text, integer, text) IS
  'Opens a revision of the latest signed version of a unit-year, with its reason (required, not blank: 22023): the year''s figures may change again until lkj.tandatangani signs the next version, which carries the reason.  Returns the version reopened.  A year never signed, or already under revision: 55000; unknown unit 42704';

CREATE FUNCTION @extschema@.laporan(instansi text, tahun integer, versi text DEFAULT 'tertanda')
RETURNS text
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v record;
    akhir record;
    revisi record;
BEGIN
    IF laporan.versi NOT IN ('tertanda', 'draf') AND laporan.versi !~ '^[0-9]{1,9}$' THEN
        RAISE EXCEPTION 'unknown versi "%"', laporan.versi
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Pass ''tertanda'' (the latest signed version, the default), ''draf'' (the current data) or a version''s number (lkj.daftar_versi).';
    END IF;
    SELECT w.versi, w.tanggal, w.penanda_nama INTO akhir FROM @extschema@.versi_laporan w
     WHERE w.instansi = laporan.instansi AND w.tahun = laporan.tahun ORDER BY w.versi DESC LIMIT 1;
    IF NOT FOUND THEN
        IF laporan.versi ~ '^[0-9]' THEN
            PERFORM @extschema@.laporan_draf(laporan.instansi, laporan.tahun);   -- an unknown unit: 42704
            RAISE EXCEPTION 'version % of the LKj % of unit "%" does not exist', laporan.versi, laporan.tahun, laporan.instansi
                USING ERRCODE = 'undefined_object', DETAIL = 'The report has never been signed.';
        END IF;
        -- never signed: the draft as it always printed, without a first line
        RETURN @extschema@.laporan_draf(laporan.instansi, laporan.tahun);
    END IF;
    SELECT r.alasan, r.dibuka_pada INTO revisi FROM @extschema@.revisi_laporan r
     WHERE r.instansi = laporan.instansi AND r.tahun = laporan.tahun AND r.versi = akhir.versi;
    IF laporan.versi = 'draf' THEN
        RETURN format('DRAF, belum ditandatangani; versi tertanda terakhir: %s (%s)%s.',
                      akhir.versi, @extschema@.format_tanggal(akhir.tanggal),
                      CASE WHEN revisi.alasan IS NOT NULL THEN format('; revisi dibuka: %s', revisi.alasan)
                           ELSE '; tahun ini terkunci, data sama dengan versi itu' END)
               || E'\n\n' || @extschema@.laporan_draf(laporan.instansi, laporan.tahun);
    END IF;
    SELECT w.* INTO v FROM @extschema@.versi_laporan w
     WHERE w.instansi = laporan.instansi AND w.tahun = laporan.tahun
       AND w.versi = CASE laporan.versi WHEN 'tertanda' THEN akhir.versi ELSE laporan.versi::integer END;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'version % of the LKj % of unit "%" does not exist', laporan.versi, laporan.tahun, laporan.instansi
            USING ERRCODE = 'undefined_object',
                  DETAIL = format('Its versions are 1 to %s (lkj.daftar_versi).', akhir.versi);
    END IF;
    RETURN format('VERSI TERTANDA %s dari %s, ditandatangani %s oleh %s%s; sha256 %s%s.',
                  v.versi, akhir.versi, @extschema@.format_tanggal(v.tanggal), v.penanda_nama,
                  CASE WHEN v.penanda_nip IS NOT NULL THEN ', NIP ' || @extschema@.format_nip(v.penanda_nip) ELSE '' END,
                  v.digest,
                  CASE WHEN v.versi < akhir.versi THEN format('; diganti oleh versi %s', akhir.versi)
                       WHEN revisi.alasan IS NOT NULL THEN format('; revisi dibuka: %s', revisi.alasan)
                       ELSE '' END)
           || E'\n\n' || v.teks;
END
$$;
COMMENT ON FUNCTION @extschema@.laporan(text, integer, text) IS
  'The LKj of a unit and year as one text (lkj.laporan_draf prints it), by version: ''tertanda'' (default) the latest signed version as it was signed, ''draf'' the current data, or a version''s number (lkj.daftar_versi).  A signed version starts with a line naming it (VERSI TERTANDA n dari m, date, signer, NIP, sha256, and a later version or an open revision), a draft of a signed year with a line saying DRAF and the latest signed version; a year never signed prints the draft with no first line, exactly as 1.0''s laporan (so an unsigned report reads as before, and lkj''s demo is unchanged).  Unknown unit or version: 42704; another versi word: 22023; NULL arguments give NULL';

CREATE FUNCTION @extschema@.daftar_versi(instansi text, tahun integer)
RETURNS TABLE (versi integer, tanggal date, penanda_nama text, penanda_nip text, alasan text, digest text,
               dicatat_oleh text, dicatat_pada timestamptz, status text)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT v.versi, v.tanggal, v.penanda_nama, v.penanda_nip, v.alasan, v.digest, v.dicatat_oleh, v.dicatat_pada,
           CASE WHEN r.versi IS NOT NULL THEN 'direvisi'
                WHEN v.versi < max(v.versi) OVER () THEN 'diganti'
                ELSE 'berlaku' END
      FROM @extschema@.versi_laporan v
      LEFT JOIN @extschema@.revisi_laporan r ON r.instansi = v.instansi AND r.tahun = v.tahun AND r.versi = v.versi
     WHERE v.instansi = daftar_versi.instansi AND v.tahun = daftar_versi.tahun
     ORDER BY v.versi;
END;
COMMENT ON FUNCTION @extschema@.daftar_versi(text, integer) IS
  'The signed versions of a unit-year in order: number, date, signer, the reason of the revision it closes, the digest, who recorded it and when, and its status: berlaku (the one in force), direvisi (a revision of it is open, or it was revised) or diganti (a later version replaced it)';

CREATE FUNCTION @extschema@.beda_versi(instansi text, tahun integer, dari integer, ke integer DEFAULT NULL)
RETURNS TABLE (tabel text, kunci jsonb, kolom text, lama jsonb, baru jsonb)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM @extschema@.versi_laporan v
                    WHERE v.instansi = beda_versi.instansi AND v.tahun = beda_versi.tahun AND v.versi = beda_versi.dari)
       OR (beda_versi.ke IS NOT NULL
           AND NOT EXISTS (SELECT FROM @extschema@.versi_laporan v
                            WHERE v.instansi = beda_versi.instansi AND v.tahun = beda_versi.tahun AND v.versi = beda_versi.ke)) THEN
        RAISE EXCEPTION 'version % of the LKj % of unit "%" does not exist',
                        CASE WHEN EXISTS (SELECT FROM @extschema@.versi_laporan v
                                           WHERE v.instansi = beda_versi.instansi AND v.tahun = beda_versi.tahun
                                             AND v.versi = beda_versi.dari)
                             THEN beda_versi.ke ELSE beda_versi.dari END,
                        beda_versi.tahun, beda_versi.instansi
            USING ERRCODE = 'undefined_object', HINT = 'lkj.daftar_versi lists the versions.';
    END IF;
    RETURN QUERY
    WITH a AS (SELECT f.tabel, f.kunci, f.baris FROM @extschema@.fakta_versi f
                WHERE f.instansi = beda_versi.instansi AND f.tahun = beda_versi.tahun AND f.versi = beda_versi.dari),
         b AS (SELECT f.tabel, f.kunci, f.baris FROM @extschema@.fakta_versi f
                WHERE beda_versi.ke IS NOT NULL
                  AND f.instansi = beda_versi.instansi AND f.tahun = beda_versi.tahun AND f.versi = beda_versi.ke
               UNION ALL
               SELECT f.tabel, f.kunci, f.baris FROM @extschema@.tanda_fakta(beda_versi.instansi, beda_versi.tahun) f
                WHERE beda_versi.ke IS NULL)
    SELECT coalesce(a.tabel, b.tabel), coalesce(a.kunci, b.kunci), k.kolom, a.baris -> k.kolom, b.baris -> k.kolom
      FROM a FULL JOIN b ON a.tabel = b.tabel AND a.kunci = b.kunci
     CROSS JOIN LATERAL jsonb_object_keys(coalesce(a.baris, '{}'::jsonb) || coalesce(b.baris, '{}'::jsonb)) AS k (kolom)
     WHERE (a.baris -> k.kolom) IS DISTINCT FROM (b.baris -> k.kolom)
     ORDER BY 1, 2::text, 3;
END
$$;
COMMENT ON FUNCTION @extschema@.beda_versi(text, integer, integer, integer) IS
  'The differences between two signed versions of a unit-year, figure by figure, from the facts each stored (lkj.fakta_versi): one row per table, key and column whose value differs (lama in version dari, baru in version ke; a row added or removed shows every column against NULL).  ke NULL compares version dari with the current data (lkj.tanda_fakta).  Unknown version: 42704';
