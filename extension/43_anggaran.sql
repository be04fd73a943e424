-- ======================================================================
-- derived facts: the budget of every level: the national code's key form, the roll-up rule, absorption
-- ======================================================================

/*
 * A national code of the Permendagri 90/2019 hierarchy in one normal form,
 * so that the spellings in circulation meet in one key: the sub-kegiatan
 * part with 2 or 4 digits (7.01.02.2.01.01 = 7.01.02.2.01.0001), a
 * zero-padded kegiatan part (1.01.01.02.01 = 1.01.01.2.01), a name after the
 * code ("7.01.02 Program Penyelenggaraan ...").  Levels: bidang (7.01),
 * program (7.01.02), kegiatan (7.01.02.2.01), sub-kegiatan; X and XX stand
 * for "every urusan / bidang" (X.XX.01, the support program of every unit).
 * A lone urusan digit is refused: it cannot be told from a unit's own
 * numbering (Kunir's program 1).  PL/pgSQL, not BEGIN ATOMIC, for the 22P02
 * error on what is not a code.
 */
CREATE FUNCTION @extschema@.kode_normal(kode text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    b text[];
BEGIN
    b := regexp_match(kode,
           '^\s*([0-9]|[Xx])\.([0-9]{2}|[Xx]{2})'
           '(?:\.([0-9]{2})(?:\.0?([0-9])\.([0-9]{2})(?:\.([0-9]{4}|[0-9]{2}))?)?)?'
           '(?:\s.*)?$');
    IF b IS NULL THEN
        RAISE EXCEPTION 'invalid input syntax for a Permendagri 90/2019 code: "%"', kode
            USING ERRCODE = 'invalid_text_representation',
                  DETAIL = 'A code is urusan.bidang.program.kegiatan.sub_kegiatan or a prefix of it down to the bidang, e.g. 7.01.02.2.01.0001, 7.01.02.2.01 or 7.01.02, optionally followed by white space and its name.';
    END IF;
    RETURN concat_ws('.', upper(b[1]), upper(b[2]), b[3], b[4], b[5], lpad(b[6], 4, '0'));
END
$$;
COMMENT ON FUNCTION @extschema@.kode_normal(text) IS 'A national code of the Permendagri 90/2019 hierarchy (urusan.bidang.program.kegiatan.sub_kegiatan, or a prefix down to the bidang) in the normal form keys and joins use: the kegiatan part one digit, a dot and two digits (02.01 becomes 2.01), the sub-kegiatan part four digits (01 becomes 0001), X and XX upper case; a name after the code is dropped (''7.01.02.2.01.01 Koordinasi ...'' gives 7.01.02.2.01.0001).  What is not such a code: error 22P02.';

/*
 * The budget rule, one level at a time: a figure (awal, perubahan,
 * realisasi) is the level's own, else the sum of the level below, and that
 * sum only when every row below has the figure (a partial sum would print a
 * short budget).  lkj.jumlah_lengkap() is that sum; a kegiatan rolls up its
 * sub-kegiatan here, and lkj.anggaran_program rolls up these kegiatan, so a
 * program of a unit that records only sub-kegiatan gets its budget through
 * two steps of the same rule.  lkj.periksa() reads the parts (own figures,
 * sums) from both views.
 */
CREATE FUNCTION @extschema@.jumlah_lengkap(jumlah bigint, terisi bigint, total numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    BEGIN ATOMIC
        RETURN CASE WHEN jumlah = terisi THEN @extschema@.terhingga(total, 'total') END;
    END;
COMMENT ON FUNCTION @extschema@.jumlah_lengkap(bigint, bigint, numeric) IS 'The sum of a figure over the rows below a budget level (jumlah of them, terisi of them with the figure, total the sum), or NULL unless every row has the figure: the roll-up half of the budget rule of lkj.anggaran_kegiatan and lkj.anggaran_program.';

CREATE VIEW @extschema@.anggaran_kegiatan AS
SELECT k.instansi, k.tahun, k.program, k.kode AS kegiatan, k.no, k.nama, k.kode_nasional, k.kode_cetak,
       a.anggaran_awal, a.anggaran_perubahan,
       COALESCE(a.anggaran_perubahan, a.anggaran_awal) AS anggaran,
       a.realisasi,
       @extschema@.penyerapan(COALESCE(a.anggaran_perubahan, a.anggaran_awal), a.realisasi) AS penyerapan,
       k.anggaran_awal AS kegiatan_awal, k.anggaran_perubahan AS kegiatan_perubahan, k.realisasi AS kegiatan_realisasi,
       COALESCE(s.jumlah, 0) AS jumlah_sub_kegiatan,
       s.anggaran_awal AS sub_kegiatan_awal, s.anggaran_perubahan AS sub_kegiatan_perubahan,
       s.realisasi AS sub_kegiatan_realisasi
  FROM @extschema@.kegiatan k
  LEFT JOIN (SELECT s.instansi, s.tahun, s.kegiatan, count(*) AS jumlah,
                    @extschema@.jumlah_lengkap(count(*), count(s.anggaran_awal), sum(s.anggaran_awal)) AS anggaran_awal,
                    @extschema@.jumlah_lengkap(count(*), count(s.anggaran_perubahan), sum(s.anggaran_perubahan)) AS anggaran_perubahan,
                    @extschema@.jumlah_lengkap(count(*), count(s.realisasi), sum(s.realisasi)) AS realisasi
               FROM @extschema@.sub_kegiatan s
              GROUP BY s.instansi, s.tahun, s.kegiatan) s
         ON s.instansi = k.instansi AND s.tahun = k.tahun AND s.kegiatan = k.kode
 CROSS JOIN LATERAL (SELECT COALESCE(k.anggaran_awal, s.anggaran_awal) AS anggaran_awal,
                            COALESCE(k.anggaran_perubahan, s.anggaran_perubahan) AS anggaran_perubahan,
                            COALESCE(k.realisasi, s.realisasi) AS realisasi) a;
COMMENT ON VIEW @extschema@.anggaran_kegiatan IS 'The budget of every kegiatan of a year: original (anggaran_awal) and revised (anggaran_perubahan, NULL when not revised) budget and spending, each the kegiatan''s own figure or, where that is NULL, the sum of its sub-kegiatan''s (NULL unless every sub-kegiatan has the figure); anggaran is the budget in force (the revised one, else the original) and penyerapan its absorption (lkj.penyerapan).  The parts: the kegiatan''s own figures (kegiatan_awal, kegiatan_perubahan, kegiatan_realisasi), its number of sub-kegiatan and their sums (sub_kegiatan_awal, sub_kegiatan_perubahan, sub_kegiatan_realisasi).';

-- The same rule a level up: a program over its kegiatan as rolled up above.
CREATE VIEW @extschema@.anggaran_program AS
SELECT p.instansi, p.tahun, p.kode AS program, p.no, p.nama, p.renstra, p.sasaran,
       a.anggaran_awal, a.anggaran_perubahan,
       COALESCE(a.anggaran_perubahan, a.anggaran_awal) AS anggaran,
       a.realisasi,
       @extschema@.penyerapan(COALESCE(a.anggaran_perubahan, a.anggaran_awal), a.realisasi) AS penyerapan,
       p.anggaran_awal AS program_awal, p.anggaran_perubahan AS program_perubahan, p.realisasi AS program_realisasi,
       COALESCE(k.jumlah, 0) AS jumlah_kegiatan,
       k.anggaran_awal AS kegiatan_awal, k.anggaran_perubahan AS kegiatan_perubahan, k.realisasi AS kegiatan_realisasi
  FROM @extschema@.program p
  LEFT JOIN (SELECT k.instansi, k.tahun, k.program, count(*) AS jumlah,
                    @extschema@.jumlah_lengkap(count(*), count(k.anggaran_awal), sum(k.anggaran_awal)) AS anggaran_awal,
                    @extschema@.jumlah_lengkap(count(*), count(k.anggaran_perubahan), sum(k.anggaran_perubahan)) AS anggaran_perubahan,
                    @extschema@.jumlah_lengkap(count(*), count(k.realisasi), sum(k.realisasi)) AS realisasi
               FROM @extschema@.anggaran_kegiatan k
              GROUP BY k.instansi, k.tahun, k.program) k
         ON k.instansi = p.instansi AND k.tahun = p.tahun AND k.program = p.kode
 CROSS JOIN LATERAL (SELECT COALESCE(p.anggaran_awal, k.anggaran_awal) AS anggaran_awal,
                            COALESCE(p.anggaran_perubahan, k.anggaran_perubahan) AS anggaran_perubahan,
                            COALESCE(p.realisasi, k.realisasi) AS realisasi) a;
COMMENT ON VIEW @extschema@.anggaran_program IS 'The budget of every program of a year: original (anggaran_awal) and revised (anggaran_perubahan, NULL when not revised) budget and spending, each the program''s own figure or, where that is NULL, the sum of its kegiatan''s as lkj.anggaran_kegiatan gives them (a kegiatan''s own, else its sub-kegiatan''s; NULL unless every kegiatan has the figure); anggaran is the budget in force (the revised one, else the original) and penyerapan its absorption (lkj.penyerapan).  The parts: the program''s own figures (program_awal, program_perubahan, program_realisasi), its number of kegiatan and their sums (kegiatan_awal, kegiatan_perubahan, kegiatan_realisasi).';

-- Every budget level in one view, for the tables that print below the
-- program (anggaran, realisasi and % per program, kegiatan, sub-kegiatan).
CREATE VIEW @extschema@.anggaran_rinci AS
SELECT ap.instansi, ap.tahun, 'program'::text AS jenis, ap.program AS kode, NULL::text AS induk,
       ap.program, NULL::text AS kegiatan, ap.no, p.kode_nasional,
       COALESCE(p.kode_cetak, p.kode_nasional) AS kode_cetak, ap.nama,
       ap.anggaran_awal, ap.anggaran_perubahan, ap.anggaran, ap.realisasi, ap.penyerapan
  FROM @extschema@.anggaran_program ap
  JOIN @extschema@.program p ON p.instansi = ap.instansi AND p.tahun = ap.tahun AND p.kode = ap.program
UNION ALL
SELECT ak.instansi, ak.tahun, 'kegiatan', ak.kegiatan, ak.program,
       ak.program, ak.kegiatan, ak.no, ak.kode_nasional,
       COALESCE(ak.kode_cetak, ak.kode_nasional), ak.nama,
       ak.anggaran_awal, ak.anggaran_perubahan, ak.anggaran, ak.realisasi, ak.penyerapan
  FROM @extschema@.anggaran_kegiatan ak
UNION ALL
SELECT s.instansi, s.tahun, 'sub_kegiatan', s.kode, s.kegiatan,
       s.program, s.kegiatan, s.no, s.kode,
       COALESCE(s.kode_cetak, s.kode), s.nama,
       s.anggaran_awal, s.anggaran_perubahan, COALESCE(s.anggaran_perubahan, s.anggaran_awal), s.realisasi,
       @extschema@.penyerapan(COALESCE(s.anggaran_perubahan, s.anggaran_awal), s.realisasi)
  FROM @extschema@.sub_kegiatan s;
COMMENT ON VIEW @extschema@.anggaran_rinci IS 'The budget of every program, kegiatan and sub-kegiatan of a year, one row each (jenis: program, kegiatan, sub_kegiatan): its key (kode), its parent''s key (induk: a kegiatan''s program, a sub-kegiatan''s kegiatan), its program and kegiatan, number, national code (normal form, and as printed), name, original and revised budget, the budget in force (anggaran: revised, else original), spending and absorption (penyerapan, 2 decimals as printed).  A program''s and a kegiatan''s figures follow lkj.anggaran_program and lkj.anggaran_kegiatan: their own, else rolled up from the level below.';

CREATE VIEW @extschema@.anggaran_tujuan_sasaran AS
SELECT ap.instansi, ap.tahun, ap.renstra, g.jenis, g.no,
       sum(ap.anggaran_awal) AS anggaran_awal,
       sum(ap.anggaran_perubahan) AS anggaran_perubahan,
       sum(ap.anggaran) AS anggaran,
       sum(ap.realisasi) AS realisasi,
       @extschema@.penyerapan(sum(ap.anggaran), sum(ap.realisasi)) AS penyerapan
  FROM @extschema@.anggaran_program ap
  JOIN @extschema@.sasaran s ON s.instansi = ap.instansi AND s.renstra = ap.renstra AND s.no = ap.sasaran
 CROSS JOIN LATERAL (VALUES ('tujuan', s.tujuan), ('sasaran', s.no)) AS g (jenis, no)
 WHERE g.no IS NOT NULL
 GROUP BY ap.instansi, ap.tahun, ap.renstra, g.jenis, g.no;
COMMENT ON VIEW @extschema@.anggaran_tujuan_sasaran IS 'The budget behind every tujuan and sasaran (jenis) in a year: the sums over its programs of lkj.anggaran_program (a tujuan''s programs are those of its sasaran; a sasaran without a tujuan adds to no tujuan row), and the absorption of the sums (Tabel 6, 14).';
