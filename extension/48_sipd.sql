-- ======================================================================
-- data in from SIPD-RI: reading its exports, applying them, its quarters
-- (1.1, issue 12 item 5; tables in 39_sipd--1.1.sql, checks in 75_cek_sipd.sql)
-- ======================================================================

-- (section: sipd)

/*
 * A SIPD export is JSON: its numbers use a dot as the decimal point (and
 * wp-sipd serves them as strings, "296187500" or "1500.50").  They are read
 * here with that rule alone, never with lkj.parse_angka, whose Indonesian
 * rule takes the dot for a thousands separator and would read "1.500" as
 * 1500.  A client may pass a JSON number or a JSON string: both reach the
 * staging tables as the text of the number.
 */
CREATE FUNCTION @extschema@.sipd_angka(teks text) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN btrim(sipd_angka.teks) ~ '^-?[0-9]{1,30}(\.[0-9]{1,30})?([eE][-+]?[0-9]{1,3})?$'
                THEN trim_scale(btrim(sipd_angka.teks)::numeric) END;
END;
COMMENT ON FUNCTION @extschema@.sipd_angka(text) IS
  'A number of a SIPD export (JSON) as numeric: digits, an optional dot and decimals, an optional exponent (1500.50, 296187500, 1.5E+3) without trailing zeros (143200000.00 is 143200000, as the plan stores and prints it); a dot is always the decimal point, so "1.500" is 1,5, not 1500 as lkj.parse_angka would read it.  Anything else (a comma, a thousands separator, Rp, text) gives NULL, which lkj.muat_sipd reports as angka_salah.';

CREATE FUNCTION @extschema@.sipd_kode(teks text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    k text;
BEGIN
    k := @extschema@.kode_normal(teks);
    -- a sub-kegiatan's code has all six parts
    IF k ~ '^([0-9]|X)\.([0-9]{2}|XX)\.[0-9]{2}\.[0-9]\.[0-9]{2}\.[0-9]{4}$' THEN
        RETURN k;
    END IF;
    RETURN NULL;
EXCEPTION WHEN invalid_text_representation THEN
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.sipd_kode(text) IS
  'A sub-kegiatan''s code as SIPD writes it (7.01.02.2.01.01, 1.01.01.02.01.0001, or followed by its name) in the normal form of lkj.kode_normal() (7.01.02.2.01.0001); NULL for what is not a whole sub-kegiatan code, which lkj.muat_sipd reports as kode_salah.';

CREATE FUNCTION @extschema@.sipd_tanggal(teks text) RETURNS date
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    m text[] := regexp_match(btrim(teks), '^([0-9]{4})-([0-9]{2})-([0-9]{2})$');
BEGIN
    IF m IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN make_date(m[1]::integer, m[2]::integer, m[3]::integer);
EXCEPTION WHEN datetime_field_overflow THEN
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.sipd_tanggal(text) IS
  'A cut-off date of a SIPD export (tanggal_akhir), ISO as SIPD-RI writes it (2024-03-31), independent of DateStyle; NULL for any other shape (31/03/2024) or a day that does not exist (2024-02-30), which lkj.muat_sipd reports as tanggal_salah.';

CREATE FUNCTION @extschema@.sipd_galat_angka(teks text, wajib boolean) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN COALESCE(btrim(sipd_galat_angka.teks), '') = ''
                     THEN CASE WHEN sipd_galat_angka.wajib THEN 'wajib_diisi' END
                WHEN @extschema@.sipd_angka(sipd_galat_angka.teks) IS NULL THEN 'angka_salah'
                WHEN @extschema@.sipd_angka(sipd_galat_angka.teks) < 0 THEN 'angka_negatif' END;
END;
COMMENT ON FUNCTION @extschema@.sipd_galat_angka(text, boolean) IS
  'What is wrong with a number field of a SIPD export, as lkj.muat_sipd''s code: wajib_diisi (empty and required), angka_salah (not a JSON number), angka_negatif; NULL when it reads.';

CREATE FUNCTION @extschema@.sipd_pesan(kode text, kolom text, nilai text, harapan text DEFAULT NULL) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE sipd_pesan.kode
        WHEN 'wajib_diisi' THEN format('Kolom %s wajib diisi.', sipd_pesan.kolom)
        WHEN 'angka_salah' THEN format('Kolom %s berisi "%s", bukan angka JSON: tulis angka dengan titik sebagai tanda desimal, tanpa pemisah ribuan (1500000.50).',
                                       sipd_pesan.kolom, sipd_pesan.nilai)
        WHEN 'angka_negatif' THEN format('Kolom %s berisi %s: nilai rupiah tidak boleh negatif.', sipd_pesan.kolom, sipd_pesan.nilai)
        WHEN 'kode_salah' THEN format('Kolom %s berisi "%s", bukan kode sub-kegiatan Permendagri 90/2019 (urusan.bidang.program.kegiatan.sub_kegiatan, mis. 7.01.02.2.01.0001).',
                                     sipd_pesan.kolom, sipd_pesan.nilai)
        WHEN 'tahun_lain' THEN format('Kolom %s berisi %s, padahal yang dimuat tahun %s.', sipd_pesan.kolom, sipd_pesan.nilai, sipd_pesan.harapan)
        WHEN 'tanggal_salah' THEN format('Kolom %s berisi "%s", bukan tanggal ISO (2024-03-31).', sipd_pesan.kolom, sipd_pesan.nilai)
        WHEN 'tanggal_di_luar_tahun' THEN format('Tanggal potong %s tidak berada di tahun %s yang dimuat.', sipd_pesan.nilai, sipd_pesan.harapan)
        WHEN 'baris_ganda' THEN format('Sub-kegiatan %s sudah ada di baris lain muatan ini (kunci: tahun, kode_sub_skpd, kode_sub_giat).', sipd_pesan.nilai)
        WHEN 'sub_kegiatan_tak_dikenal' THEN format('Baris ini menunjuk sub-kegiatan %s yang tidak ada di daftar sub-kegiatan muatan ini.', sipd_pesan.nilai)
        WHEN 'daftar_kosong' THEN 'Muatan SIPD tanpa daftar sub-kegiatan (get_sub_keg_sipd): realisasi dan RAK hanya dapat dimuat bersama daftar itu.'
        WHEN 'aturan_basis_data' THEN format('Basis data menolak muatan pada tabel %s: %s', sipd_pesan.kolom, sipd_pesan.nilai)
        WHEN 'tahun_ditandatangani' THEN format('LKj yang membaca tahun %s sudah ditandatangani: buka revisinya dahulu (lkj.buka_revisi), lalu muat lagi.', sipd_pesan.harapan)
        WHEN 'tanpa_kegiatan' THEN format('Sub-kegiatan %s tidak dimuat ke lkj.sub_kegiatan: rencana unit tahun %s tidak mempunyai kegiatan %s (temuan sipd_tanpa_rencana).',
                                          sipd_pesan.nilai, sipd_pesan.harapan, substring(sipd_pesan.nilai FROM '^(.*)\.[0-9]{4}$'))
        ELSE sipd_pesan.kode || ': ' || COALESCE(sipd_pesan.nilai, '') END;
END;
COMMENT ON FUNCTION @extschema@.sipd_pesan(text, text, text, text) IS
  'The Indonesian sentence of a lkj.muat_sipd report row, by its code, with the field, the value and what was expected filled in.';

/*
 * The staging rows read: each export row tied to its sub-kegiatan, by
 * (kode_sub_skpd, kode_sub_giat) where the row has them, else by the same
 * load's kode_sbl.  Only meaningful once lkj.muat_sipd found no mistake.
 */
CREATE FUNCTION @extschema@.sipd_staging(instansi text, tahun integer)
RETURNS TABLE (jenis text, kode_sub_skpd text, kode text, kode_sipd text, nama text,
               pagu_murni numeric, pagu numeric, tanggal date, realisasi numeric,
               rak_tw1 numeric, rak_tw2 numeric, rak_tw3 numeric, rak_tw4 numeric)
LANGUAGE sql STABLE
BEGIN ATOMIC
    WITH sk AS (
        SELECT btrim(s.kode_sub_skpd) AS kode_sub_skpd, @extschema@.sipd_kode(s.kode_sub_giat) AS kode,
               substring(btrim(s.kode_sub_giat) FROM '^[^[:space:]]+') AS kode_sipd,
               NULLIF(btrim(regexp_replace(COALESCE(s.nama_sub_giat, ''), '^[[:space:]]*[0-9Xx]+(\.[0-9Xx]+)+[[:space:]]*', '')), '') AS nama,
               @extschema@.sipd_angka(s.pagumurni) AS pagu_murni, @extschema@.sipd_angka(s.pagu) AS pagu,
               NULLIF(btrim(s.kode_sbl), '') AS kode_sbl
          FROM @extschema@.muat_sipd_sub_kegiatan s
         WHERE s.instansi = sipd_staging.instansi AND s.tahun = sipd_staging.tahun
    ), sbl AS (
        -- a kode_sbl ties a row only when one sub-kegiatan of the list has it
        SELECT sk.kode_sbl, min(sk.kode_sub_skpd) AS kode_sub_skpd, min(sk.kode) AS kode
          FROM sk WHERE sk.kode_sbl IS NOT NULL GROUP BY sk.kode_sbl HAVING count(*) = 1
    ), r AS (
        SELECT COALESCE(NULLIF(btrim(r.kode_sub_skpd), ''), sbl.kode_sub_skpd) AS kode_sub_skpd,
               COALESCE(@extschema@.sipd_kode(r.kode_sub_giat), sbl.kode) AS kode,
               @extschema@.sipd_tanggal(r.tanggal_akhir) AS tanggal, @extschema@.sipd_angka(r.realisasi) AS realisasi
          FROM @extschema@.muat_sipd_realisasi r
          LEFT JOIN sbl ON sbl.kode_sbl = btrim(r.kode_sbl)
         WHERE r.instansi = sipd_staging.instansi AND r.tahun = sipd_staging.tahun
    ), k AS (
        SELECT COALESCE(NULLIF(btrim(k.kode_sub_skpd), ''), sbl.kode_sub_skpd) AS kode_sub_skpd,
               COALESCE(@extschema@.sipd_kode(k.kode_sub_giat), sbl.kode) AS kode,
               (SELECT array_agg(COALESCE(@extschema@.sipd_angka(NULLIF(btrim(b), '')), 0) ORDER BY o)
                  FROM unnest(k.bulan) WITH ORDINALITY AS x (b, o)) AS bulan
          FROM @extschema@.muat_sipd_rak k
          LEFT JOIN sbl ON sbl.kode_sbl = btrim(k.kode_sbl)
         WHERE k.instansi = sipd_staging.instansi AND k.tahun = sipd_staging.tahun
    )
    SELECT 'sub_kegiatan', sk.kode_sub_skpd, sk.kode, sk.kode_sipd, sk.nama, sk.pagu_murni, sk.pagu,
           NULL::date, NULL::numeric, trim_scale(q.tw1), trim_scale(q.tw2), trim_scale(q.tw3), trim_scale(q.tw4)
      FROM sk
      LEFT JOIN (SELECT k.kode_sub_skpd, k.kode,
                        sum(k.bulan[1] + k.bulan[2] + k.bulan[3]) AS tw1, sum(k.bulan[4] + k.bulan[5] + k.bulan[6]) AS tw2,
                        sum(k.bulan[7] + k.bulan[8] + k.bulan[9]) AS tw3, sum(k.bulan[10] + k.bulan[11] + k.bulan[12]) AS tw4
                   FROM k GROUP BY k.kode_sub_skpd, k.kode) q
        ON q.kode_sub_skpd = sk.kode_sub_skpd AND q.kode = sk.kode
    UNION ALL
    SELECT 'realisasi', r.kode_sub_skpd, r.kode, NULL, NULL, NULL, NULL, r.tanggal, trim_scale(sum(r.realisasi)),
           NULL, NULL, NULL, NULL
      FROM r GROUP BY r.kode_sub_skpd, r.kode, r.tanggal;
END;
COMMENT ON FUNCTION @extschema@.sipd_staging(text, integer) IS
  'A unit-year''s SIPD staging rows as lkj.muat_sipd writes them: per sub-kegiatan (jenis sub_kegiatan) its sub-unit, normal code, code and name as SIPD wrote them, budgets and cash plan per quarter (RAK months added up over the accounts; NULL without RAK rows); per sub-kegiatan and cut-off date (jenis realisasi) the spending added up over the accounts.  Rows without kode_sub_skpd and kode_sub_giat are tied by the same load''s kode_sbl.  Internal to lkj.muat_sipd; read only after it found no mistake.';

CREATE FUNCTION @extschema@.sipd_galat(instansi text, tahun integer)
RETURNS TABLE (berkas text, baris integer, kolom text, nilai text, kode text)
LANGUAGE sql STABLE
BEGIN ATOMIC
    WITH s AS (
        SELECT s.*, @extschema@.sipd_kode(s.kode_sub_giat) AS normal
          FROM @extschema@.muat_sipd_sub_kegiatan s
         WHERE s.instansi = sipd_galat.instansi AND s.tahun = sipd_galat.tahun
    ), sbl AS (
        SELECT btrim(s.kode_sbl) AS kode_sbl, min(s.kode_sub_skpd) AS kode_sub_skpd, min(s.normal) AS kode
          FROM s WHERE NULLIF(btrim(s.kode_sbl), '') IS NOT NULL GROUP BY 1 HAVING count(*) = 1
    ), rujukan AS (
        SELECT 'realisasi' AS jenis, r.berkas, r.baris, r.kode_sbl, r.kode_sub_skpd, r.kode_sub_giat
          FROM @extschema@.muat_sipd_realisasi r WHERE r.instansi = sipd_galat.instansi AND r.tahun = sipd_galat.tahun
        UNION ALL
        SELECT 'rak', k.berkas, k.baris, k.kode_sbl, k.kode_sub_skpd, k.kode_sub_giat
          FROM @extschema@.muat_sipd_rak k WHERE k.instansi = sipd_galat.instansi AND k.tahun = sipd_galat.tahun
    )
    -- the list: year, sub-unit, code, budgets, one row a key
    SELECT s.berkas, s.baris, 'tahun_anggaran', s.tahun_anggaran, 'tahun_lain'
      FROM s WHERE NULLIF(btrim(s.tahun_anggaran), '') IS NOT NULL AND btrim(s.tahun_anggaran) <> sipd_galat.tahun::text
    UNION ALL
    SELECT s.berkas, s.baris, 'kode_sub_skpd', s.kode_sub_skpd, 'wajib_diisi'
      FROM s WHERE COALESCE(btrim(s.kode_sub_skpd), '') = ''
    UNION ALL
    SELECT s.berkas, s.baris, 'kode_sub_giat', s.kode_sub_giat,
           CASE WHEN COALESCE(btrim(s.kode_sub_giat), '') = '' THEN 'wajib_diisi' ELSE 'kode_salah' END
      FROM s WHERE s.normal IS NULL
    UNION ALL
    SELECT s.berkas, s.baris, f.kolom, f.nilai, @extschema@.sipd_galat_angka(f.nilai, f.wajib)
      FROM s CROSS JOIN LATERAL (VALUES ('pagu', s.pagu, true), ('pagumurni', s.pagumurni, false)) AS f (kolom, nilai, wajib)
     WHERE @extschema@.sipd_galat_angka(f.nilai, f.wajib) IS NOT NULL
    UNION ALL
    SELECT d.berkas, d.baris, 'kode_sub_giat', d.kode_sub_giat, 'baris_ganda'
      FROM (SELECT s.berkas, s.baris, s.kode_sub_giat,
                   row_number() OVER (PARTITION BY btrim(s.kode_sub_skpd), s.normal ORDER BY s.berkas, s.baris) AS n
              FROM s WHERE s.normal IS NOT NULL) d
     WHERE d.n > 1
    UNION ALL
    -- spending and RAK rows: which sub-kegiatan of the list they name
    SELECT j.berkas, j.baris, CASE WHEN j.kode_sub_giat IS NULL THEN 'kode_sbl' ELSE 'kode_sub_giat' END,
           COALESCE(j.kode_sub_giat, j.kode_sbl),
           CASE WHEN j.kode_sub_giat IS NOT NULL AND @extschema@.sipd_kode(j.kode_sub_giat) IS NULL THEN 'kode_salah'
                WHEN NOT EXISTS (SELECT FROM s) THEN 'daftar_kosong'
                ELSE 'sub_kegiatan_tak_dikenal' END
      FROM rujukan j
      LEFT JOIN sbl ON sbl.kode_sbl = btrim(j.kode_sbl)
     WHERE NOT EXISTS (SELECT FROM s
                        WHERE btrim(s.kode_sub_skpd) = COALESCE(NULLIF(btrim(j.kode_sub_skpd), ''), sbl.kode_sub_skpd)
                          AND s.normal = COALESCE(@extschema@.sipd_kode(j.kode_sub_giat), sbl.kode))
    UNION ALL
    SELECT r.berkas, r.baris, 'tanggal_akhir', r.tanggal_akhir,
           CASE WHEN COALESCE(btrim(r.tanggal_akhir), '') = '' THEN 'wajib_diisi'
                WHEN @extschema@.sipd_tanggal(r.tanggal_akhir) IS NULL THEN 'tanggal_salah'
                ELSE 'tanggal_di_luar_tahun' END
      FROM @extschema@.muat_sipd_realisasi r
     WHERE r.instansi = sipd_galat.instansi AND r.tahun = sipd_galat.tahun
       AND (@extschema@.sipd_tanggal(r.tanggal_akhir) IS NULL
            OR extract(year FROM @extschema@.sipd_tanggal(r.tanggal_akhir)) <> sipd_galat.tahun)
    UNION ALL
    SELECT r.berkas, r.baris, 'realisasi', r.realisasi, @extschema@.sipd_galat_angka(r.realisasi, true)
      FROM @extschema@.muat_sipd_realisasi r
     WHERE r.instansi = sipd_galat.instansi AND r.tahun = sipd_galat.tahun
       AND @extschema@.sipd_galat_angka(r.realisasi, true) IS NOT NULL
    UNION ALL
    SELECT k.berkas, k.baris, 'bulan_' || x.o, x.b, @extschema@.sipd_galat_angka(x.b, false)
      FROM @extschema@.muat_sipd_rak k
     CROSS JOIN LATERAL unnest(k.bulan) WITH ORDINALITY AS x (b, o)
     WHERE k.instansi = sipd_galat.instansi AND k.tahun = sipd_galat.tahun
       AND @extschema@.sipd_galat_angka(x.b, false) IS NOT NULL;
END;
COMMENT ON FUNCTION @extschema@.sipd_galat(text, integer) IS
  'Every mistake in a unit-year''s SIPD staging rows, one row each (file, row, field, value, code of lkj.sipd_pesan): a budget year other than the one loaded, a sub-unit or code missing or unreadable, a budget or spending that is not a JSON number or is negative, a sub-kegiatan listed twice, a spending or RAK row naming no sub-kegiatan of the list, a cut-off date that is not an ISO date of the year.  Internal to lkj.muat_sipd.';

CREATE FUNCTION @extschema@.muat_sipd(instansi text, tahun integer, uji_coba boolean DEFAULT false)
RETURNS TABLE (hasil text, jenis text, kunci text, berkas text, baris integer,
               kolom text, nilai text, kode text, pesan text)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    u text := muat_sipd.instansi;
    y integer := muat_sipd.tahun;
    galat jsonb := '[]';
    ubah jsonb := '[]';
    bagian jsonb;
    ada_rak boolean;
    v_kendala text;
    v_tabel text;
    v_pesan text;
BEGIN
    IF u IS NULL OR y IS NULL OR NOT EXISTS (SELECT FROM @extschema@.instansi i WHERE i.kode = u) THEN
        RAISE EXCEPTION 'unit "%" does not exist', u
            USING ERRCODE = 'undefined_object', DETAIL = 'No row of lkj.instansi has this kode.';
    END IF;
    -- a signed report locks its year and the five before (issue 11), as for lkj.muat
    IF NOT uji_coba THEN
        PERFORM @extschema@.muat_tolak_tertanda(u, y, 'a SIPD load');
    END IF;

    SELECT COALESCE(jsonb_agg(jsonb_build_object('berkas', g.berkas, 'baris', g.baris, 'kolom', g.kolom,
                                                 'nilai', g.nilai, 'kode', g.kode,
                                                 'pesan', @extschema@.sipd_pesan(g.kode, g.kolom, g.nilai, y::text))), '[]')
      INTO galat
      FROM @extschema@.sipd_galat(u, y) g;

    IF galat = '[]' AND EXISTS (SELECT FROM @extschema@.muat_sipd_sub_kegiatan s WHERE s.instansi = u AND s.tahun = y) THEN
        ada_rak := EXISTS (SELECT FROM @extschema@.muat_sipd_rak k WHERE k.instansi = u AND k.tahun = y);
        BEGIN
            -- 1. the SIPD record: the list replaces the unit-year's sub-kegiatan
            WITH p AS (SELECT * FROM @extschema@.sipd_staging(u, y) p WHERE p.jenis = 'sub_kegiatan'),
            hapus AS (
                DELETE FROM @extschema@.sipd_sub_kegiatan t
                 WHERE t.instansi = u AND t.tahun = y
                   AND NOT EXISTS (SELECT FROM p WHERE p.kode_sub_skpd = t.kode_sub_skpd AND p.kode = t.kode)
                RETURNING 'hapus' AS hasil, t.kode_sub_skpd || ' ' || t.kode AS kunci),
            ganti AS (
                UPDATE @extschema@.sipd_sub_kegiatan t
                   SET kode_sipd = p.kode_sipd, nama = p.nama, pagu_murni = p.pagu_murni, pagu = p.pagu,
                       rak_tw1 = CASE WHEN ada_rak THEN p.rak_tw1 ELSE t.rak_tw1 END,
                       rak_tw2 = CASE WHEN ada_rak THEN p.rak_tw2 ELSE t.rak_tw2 END,
                       rak_tw3 = CASE WHEN ada_rak THEN p.rak_tw3 ELSE t.rak_tw3 END,
                       rak_tw4 = CASE WHEN ada_rak THEN p.rak_tw4 ELSE t.rak_tw4 END
                  FROM p
                 WHERE t.instansi = u AND t.tahun = y AND t.kode_sub_skpd = p.kode_sub_skpd AND t.kode = p.kode
                   AND ((t.kode_sipd, t.nama, t.pagu_murni, t.pagu)
                        IS DISTINCT FROM (p.kode_sipd, p.nama, p.pagu_murni, p.pagu)
                        OR (ada_rak AND (t.rak_tw1, t.rak_tw2, t.rak_tw3, t.rak_tw4)
                                        IS DISTINCT FROM (p.rak_tw1, p.rak_tw2, p.rak_tw3, p.rak_tw4)))
                RETURNING 'ubah' AS hasil, t.kode_sub_skpd || ' ' || t.kode AS kunci),
            tambah AS (
                INSERT INTO @extschema@.sipd_sub_kegiatan (instansi, tahun, kode_sub_skpd, kode, kode_sipd, nama,
                                                           pagu_murni, pagu, rak_tw1, rak_tw2, rak_tw3, rak_tw4)
                SELECT u, y, p.kode_sub_skpd, p.kode, p.kode_sipd, p.nama, p.pagu_murni, p.pagu,
                       p.rak_tw1, p.rak_tw2, p.rak_tw3, p.rak_tw4
                  FROM p
                 WHERE NOT EXISTS (SELECT FROM @extschema@.sipd_sub_kegiatan t
                                    WHERE t.instansi = u AND t.tahun = y AND t.kode_sub_skpd = p.kode_sub_skpd AND t.kode = p.kode)
                RETURNING 'tambah' AS hasil, kode_sub_skpd || ' ' || kode AS kunci)
            SELECT COALESCE(jsonb_agg(jsonb_build_object('hasil', x.hasil, 'jenis', 'sipd_sub_kegiatan', 'kunci', x.kunci)), '[]')
              INTO bagian
              FROM (SELECT * FROM hapus UNION ALL SELECT * FROM ganti UNION ALL SELECT * FROM tambah) x;
            ubah := ubah || bagian;

            -- 2. spending: the load replaces the cut-off dates it holds, keeps the others
            WITH p AS (SELECT * FROM @extschema@.sipd_staging(u, y) p WHERE p.jenis = 'realisasi'),
            hapus AS (
                DELETE FROM @extschema@.sipd_realisasi t
                 WHERE t.instansi = u AND t.tahun = y AND t.tanggal IN (SELECT p.tanggal FROM p)
                   AND NOT EXISTS (SELECT FROM p WHERE p.kode_sub_skpd = t.kode_sub_skpd AND p.kode = t.kode AND p.tanggal = t.tanggal)
                RETURNING 'hapus' AS hasil, t.kode_sub_skpd || ' ' || t.kode || ' ' || t.tanggal AS kunci),
            ganti AS (
                UPDATE @extschema@.sipd_realisasi t SET realisasi = p.realisasi
                  FROM p
                 WHERE t.instansi = u AND t.tahun = y AND t.kode_sub_skpd = p.kode_sub_skpd AND t.kode = p.kode
                   AND t.tanggal = p.tanggal AND t.realisasi IS DISTINCT FROM p.realisasi
                RETURNING 'ubah' AS hasil, t.kode_sub_skpd || ' ' || t.kode || ' ' || t.tanggal AS kunci),
            tambah AS (
                INSERT INTO @extschema@.sipd_realisasi (instansi, tahun, kode_sub_skpd, kode, tanggal, realisasi)
                SELECT u, y, p.kode_sub_skpd, p.kode, p.tanggal, p.realisasi
                  FROM p
                 WHERE NOT EXISTS (SELECT FROM @extschema@.sipd_realisasi t
                                    WHERE t.instansi = u AND t.tahun = y AND t.kode_sub_skpd = p.kode_sub_skpd
                                      AND t.kode = p.kode AND t.tanggal = p.tanggal)
                RETURNING 'tambah' AS hasil, kode_sub_skpd || ' ' || kode || ' ' || tanggal AS kunci)
            SELECT COALESCE(jsonb_agg(jsonb_build_object('hasil', x.hasil, 'jenis', 'sipd_realisasi', 'kunci', x.kunci)), '[]')
              INTO bagian
              FROM (SELECT * FROM hapus UNION ALL SELECT * FROM ganti UNION ALL SELECT * FROM tambah) x;
            ubah := ubah || bagian;

            -- 3. the plan's sub-kegiatan: budgets and the year's spending (the
            -- latest cut-off), added up over the sub-units; a code the plan
            -- lacks is added under its kegiatan, or left out when the plan
            -- has no such kegiatan (the finding sipd_tanpa_rencana)
            WITH s AS (
                SELECT t.kode, min(t.kode_sipd) AS kode_sipd, min(t.nama) AS nama,
                       sum(COALESCE(t.pagu_murni, t.pagu)) AS anggaran_awal, sum(t.pagu) AS anggaran_perubahan,
                       sum(r.realisasi) AS realisasi
                  FROM @extschema@.sipd_sub_kegiatan t
                  LEFT JOIN LATERAL (SELECT r.realisasi FROM @extschema@.sipd_realisasi r
                                      WHERE r.instansi = t.instansi AND r.tahun = t.tahun
                                        AND r.kode_sub_skpd = t.kode_sub_skpd AND r.kode = t.kode
                                      ORDER BY r.tanggal DESC LIMIT 1) r ON true
                 WHERE t.instansi = u AND t.tahun = y
                 GROUP BY t.kode
            ), ganti AS (
                UPDATE @extschema@.sub_kegiatan k
                   SET anggaran_awal = s.anggaran_awal, anggaran_perubahan = s.anggaran_perubahan,
                       realisasi = COALESCE(s.realisasi, k.realisasi)
                  FROM s
                 WHERE k.instansi = u AND k.tahun = y AND k.kode = s.kode
                   AND (k.anggaran_awal, k.anggaran_perubahan, k.realisasi)
                       IS DISTINCT FROM (s.anggaran_awal, s.anggaran_perubahan, COALESCE(s.realisasi, k.realisasi))
                RETURNING 'ubah' AS hasil, k.kode AS kunci),
            baru AS (
                SELECT s.*, g.program, g.kode AS kegiatan,
                       COALESCE((SELECT max(x.no) FROM @extschema@.sub_kegiatan x
                                  WHERE x.instansi = u AND x.tahun = y AND x.kegiatan = g.kode), 0)
                       + row_number() OVER (PARTITION BY g.kode ORDER BY s.kode) AS no
                  FROM s
                  JOIN @extschema@.kegiatan g ON g.instansi = u AND g.tahun = y
                                              AND g.kode_nasional = substring(s.kode FROM '^(.*)\.[0-9]{4}$')
                 WHERE NOT EXISTS (SELECT FROM @extschema@.sub_kegiatan k WHERE k.instansi = u AND k.tahun = y AND k.kode = s.kode)
            ), tambah AS (
                INSERT INTO @extschema@.sub_kegiatan (instansi, tahun, program, kegiatan, kode, kode_cetak, no, nama,
                                                      anggaran_awal, anggaran_perubahan, realisasi)
                SELECT u, y, b.program, b.kegiatan, b.kode, b.kode_sipd, b.no, COALESCE(b.nama, b.kode),
                       b.anggaran_awal, b.anggaran_perubahan, b.realisasi
                  FROM baru b
                RETURNING 'tambah' AS hasil, kode AS kunci),
            lewat AS (
                SELECT 'lewat' AS hasil, s.kode AS kunci FROM s
                 WHERE NOT EXISTS (SELECT FROM @extschema@.sub_kegiatan k WHERE k.instansi = u AND k.tahun = y AND k.kode = s.kode)
                   AND NOT EXISTS (SELECT FROM baru b WHERE b.kode = s.kode))
            SELECT COALESCE(jsonb_agg(jsonb_build_object('hasil', x.hasil, 'jenis', 'sub_kegiatan', 'kunci', x.kunci)), '[]')
              INTO bagian
              FROM (SELECT * FROM ganti UNION ALL SELECT * FROM tambah UNION ALL SELECT * FROM lewat) x;
            ubah := ubah || bagian;

            IF uji_coba THEN
                -- a dry run: undo every write of the block, keep the list
                RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'lkj.muat_sipd: uji coba';
            END IF;
            DELETE FROM @extschema@.muat_sipd_sub_kegiatan s WHERE s.instansi = u AND s.tahun = y;
            DELETE FROM @extschema@.muat_sipd_realisasi s WHERE s.instansi = u AND s.tahun = y;
            DELETE FROM @extschema@.muat_sipd_rak s WHERE s.instansi = u AND s.tahun = y;
        EXCEPTION
            WHEN raise_exception THEN
                GET STACKED DIAGNOSTICS v_pesan = MESSAGE_TEXT;
                IF v_pesan IS DISTINCT FROM 'lkj.muat_sipd: uji coba' THEN
                    RAISE;
                END IF;
            WHEN integrity_constraint_violation OR check_violation OR not_null_violation
                 OR foreign_key_violation OR unique_violation OR restrict_violation THEN
                -- all or nothing: the block's writes are undone; say which rule refused
                GET STACKED DIAGNOSTICS v_kendala = CONSTRAINT_NAME, v_tabel = TABLE_NAME, v_pesan = MESSAGE_TEXT;
                galat := jsonb_build_array(jsonb_build_object(
                    'berkas', NULL, 'baris', NULL, 'kolom', v_tabel, 'nilai', v_pesan, 'kode', 'aturan_basis_data',
                    'pesan', @extschema@.sipd_pesan('aturan_basis_data', v_tabel, v_pesan)));
                ubah := '[]';
            WHEN object_not_in_prerequisite_state THEN
                -- a dry run into a signed year meets the lock on its first write
                GET STACKED DIAGNOSTICS v_pesan = MESSAGE_TEXT;
                galat := jsonb_build_array(jsonb_build_object(
                    'berkas', NULL, 'baris', NULL, 'kolom', NULL, 'nilai', v_pesan, 'kode', 'tahun_ditandatangani',
                    'pesan', @extschema@.sipd_pesan('tahun_ditandatangani', NULL, v_pesan, y::text)));
                ubah := '[]';
        END;
    END IF;

    RETURN QUERY
    SELECT 'galat'::text, NULL::text, NULL::text, g.berkas, g.baris, g.kolom, g.nilai, g.kode, g.pesan
      FROM jsonb_to_recordset(galat) AS g (berkas text, baris integer, kolom text, nilai text, kode text, pesan text)
     ORDER BY g.berkas, g.baris, g.kolom, g.kode;
    RETURN QUERY
    SELECT d.hasil, d.jenis, d.kunci, NULL::text, NULL::integer, NULL::text, NULL::text,
           CASE d.hasil WHEN 'lewat' THEN 'tanpa_kegiatan' ELSE d.hasil END,
           CASE d.hasil WHEN 'lewat' THEN @extschema@.sipd_pesan('tanpa_kegiatan', NULL, d.kunci, y::text) END
      FROM jsonb_to_recordset(ubah) AS d (hasil text, jenis text, kunci text)
     ORDER BY array_position(ARRAY['sipd_sub_kegiatan', 'sipd_realisasi', 'sub_kegiatan'], d.jenis),
              array_position(ARRAY['tambah', 'ubah', 'hapus', 'lewat'], d.hasil), d.kunci;
END
$$;
COMMENT ON FUNCTION @extschema@.muat_sipd(text, integer, boolean) IS
  'Loads what the staging tables lkj.muat_sipd_sub_kegiatan, _realisasi and _rak hold for a unit-year (a SIPD-RI export in wp-sipd''s layout, filled by tools/lkj-sipd).  Reads every number as JSON (a dot is the decimal point: lkj.sipd_angka), every code in lkj.kode_normal()''s form, and returns every mistake at once (hasil galat: file, row, field, value, code, Indonesian sentence), writing nothing; else, in one transaction: replaces the unit-year''s SIPD list (lkj.sipd_sub_kegiatan, keyed on kode_sub_skpd and the code; RAK per quarter when the load has RAK rows), replaces the spending of each cut-off date the load holds (lkj.sipd_realisasi, the accounts added up), and writes into lkj.sub_kegiatan each code''s original budget (pagumurni, else pagu), budget in force (pagu) and spending at the latest cut-off, added up over the sub-units; a code the plan lacks is added under the kegiatan of its prefix, or left out (hasil lewat) when the plan has no such kegiatan.  Never deletes a row of the plan: the reconciliation checks (sipd_*, rencana_tanpa_sipd) report what differs.  Returns the rows added, changed, removed and left out (tambah, ubah, hapus, lewat); uji_coba lists them and writes nothing.  A signed year is refused (55000) unless a revision is open.  Runs as its caller, through row security.';

/*
 * Spending is cumulative to a cut-off date: a quarter is the cut-off at its
 * last day minus the one at the last day of the quarter before (the first
 * quarter from 0), as wp-sipd derives triwulan_1..4.  Only cut-offs at a
 * quarter's last day count: an export of 15 March misses the rest of March.
 */
CREATE VIEW @extschema@.sipd_triwulan AS
SELECT s.instansi, s.tahun, s.kode_sub_skpd, s.kode, q.triwulan,
       akhir.realisasi AS kumulatif,
       akhir.realisasi - CASE WHEN q.triwulan = 1 THEN 0 ELSE awal.realisasi END AS realisasi,
       CASE q.triwulan WHEN 1 THEN s.rak_tw1 WHEN 2 THEN s.rak_tw2 WHEN 3 THEN s.rak_tw3 ELSE s.rak_tw4 END AS rak
  FROM @extschema@.sipd_sub_kegiatan s
 CROSS JOIN generate_series(1, 4) AS q (triwulan)
  LEFT JOIN @extschema@.sipd_realisasi akhir
         ON akhir.instansi = s.instansi AND akhir.tahun = s.tahun AND akhir.kode_sub_skpd = s.kode_sub_skpd
        AND akhir.kode = s.kode AND akhir.tanggal = make_date(s.tahun, 3 * q.triwulan, 1) + interval '1 month' - interval '1 day'
  LEFT JOIN @extschema@.sipd_realisasi awal
         ON awal.instansi = s.instansi AND awal.tahun = s.tahun AND awal.kode_sub_skpd = s.kode_sub_skpd
        AND awal.kode = s.kode AND awal.tanggal = make_date(s.tahun, 3 * q.triwulan - 2, 1) - 1;
COMMENT ON VIEW @extschema@.sipd_triwulan IS 'Every SIPD sub-kegiatan''s four quarters: the cumulative spending at the quarter''s last day (kumulatif), the quarter''s own spending (realisasi: that minus the cumulative at the last day of the quarter before; NULL when either cut-off was not loaded) and its cash plan (rak).  lkj.sub_kegiatan stores the year only; the quarters are derived here from the cut-offs of lkj.sipd_realisasi.';
