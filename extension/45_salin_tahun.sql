-- ======================================================================
-- the year copy: a unit's structure of one year carried to a later one
-- ======================================================================

/*
 * Issue 8, item 4.  A planner starts a year from the last one: the same
 * programs, kegiatan, sub-kegiatan and indicators, with their codes, numbers
 * and names, and the same head until a new one is recorded.  Money is never
 * copied (budgets and spending are the year's own), nor what is signed or
 * measured (the PK, its targets and budgets, realisasi).  What belongs to a
 * Renstra period (tujuan, sasaran, their indicators and the Renstra's
 * targets, which name the identity and the year) already covers every year
 * of the period: nothing to copy.  The copy never overwrites: a row the
 * planner already entered for the later year stays (ON CONFLICT DO NOTHING),
 * so a second call copies nothing and changes nothing.
 */
CREATE FUNCTION @extschema@.salin_tahun(instansi text, dari integer, ke integer)
RETURNS TABLE (objek text, disalin bigint)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    unit text := salin_tahun.instansi;
    th_dari integer := salin_tahun.dari;
    th_ke integer := salin_tahun.ke;
    n_program bigint;
    n_kegiatan bigint;
    n_sub_kegiatan bigint;
    n_indikator bigint;
    n_indikator_renstra bigint;
    n_kepala bigint;
    lepas record;
BEGIN
    IF NOT EXISTS (SELECT FROM @extschema@.instansi u WHERE u.kode = unit) THEN
        RAISE EXCEPTION 'unit "%" does not exist', unit
            USING ERRCODE = 'undefined_object',
                  DETAIL = 'No row of lkj.instansi has this kode.',
                  HINT = 'Pass the kode of a unit (SELECT kode, nama FROM lkj.instansi).';
    END IF;
    IF th_ke <= th_dari THEN
        RAISE EXCEPTION 'year % is not after year %', th_ke, th_dari
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'lkj.salin_tahun copies a year''s structure forward, into a later year.',
                  HINT = format('Call lkj.salin_tahun(%L, %s, %s) to start %s from %s.', unit, th_dari, th_dari + 1,
                                th_dari + 1, th_dari);
    END IF;
    IF NOT EXISTS (SELECT FROM @extschema@.program p WHERE p.instansi = unit AND p.tahun = th_dari)
       AND NOT EXISTS (SELECT FROM @extschema@.indikator_tahun it WHERE it.instansi = unit AND it.tahun = th_dari)
       AND NOT EXISTS (SELECT FROM @extschema@.indikator i WHERE i.instansi = unit AND i.tahun = th_dari)
       AND NOT EXISTS (SELECT FROM @extschema@.kepala_instansi ki WHERE ki.instansi = unit AND ki.tahun = th_dari) THEN
        RAISE EXCEPTION 'unit "%" has nothing to copy in year %', unit, th_dari
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('Year %s has no program, no indicator of its own and no head; tujuan, sasaran and their indicators belong to the Renstra and need no copy.', th_dari),
                  HINT = 'Copy from a year whose programs are entered.';
    END IF;

    /*
     * A program hangs on a sasaran of a Renstra.  Within the Renstra it stays;
     * in a year of another Renstra it moves to the sasaran of the same number
     * in the Renstra in force then (the latest one to start, should two
     * cover the year, which lkj.periksa() reports as renstra_tumpang_tindih).
     * Refused before anything is written when there is none.
     */
    SELECT p.no, p.nama, r.nama AS renstra_nama, p.sasaran, r2.kode AS renstra_ke, r2.nama AS renstra_ke_nama
      INTO lepas
      FROM @extschema@.program p
      JOIN @extschema@.renstra r ON r.instansi = p.instansi AND r.kode = p.renstra
      LEFT JOIN LATERAL (SELECT x.kode, x.nama FROM @extschema@.renstra x
                          WHERE x.instansi = p.instansi AND th_ke BETWEEN x.tahun_awal AND x.tahun_akhir
                          ORDER BY x.tahun_awal DESC, x.kode DESC LIMIT 1) r2 ON true
     WHERE p.instansi = unit AND p.tahun = th_dari
       AND th_ke NOT BETWEEN r.tahun_awal AND r.tahun_akhir
       AND NOT EXISTS (SELECT FROM @extschema@.program q
                        WHERE q.instansi = p.instansi AND q.tahun = th_ke AND q.kode = p.kode)
       AND NOT EXISTS (SELECT FROM @extschema@.sasaran s
                        WHERE s.instansi = p.instansi AND s.renstra = r2.kode AND s.no = p.sasaran)
     ORDER BY p.no
     LIMIT 1;
    IF FOUND AND lepas.renstra_ke IS NULL THEN
        RAISE EXCEPTION 'no Renstra of unit "%" covers year %', unit, th_ke
            USING ERRCODE = 'foreign_key_violation',
                  DETAIL = format('Program %s (%s) of %s hangs on sasaran %s of %s, which ends before %s.',
                                  lepas.no, lepas.nama, th_dari, lepas.sasaran, lepas.renstra_nama, th_ke),
                  HINT = format('Enter the Renstra that covers %s and its sasaran (lkj.renstra, lkj.sasaran) first.', th_ke);
    ELSIF FOUND THEN
        RAISE EXCEPTION 'Renstra "%" of unit "%" has no sasaran %', lepas.renstra_ke, unit, lepas.sasaran
            USING ERRCODE = 'foreign_key_violation',
                  DETAIL = format('Program %s (%s) of %s hangs on sasaran %s of %s; in %s the Renstra in force is %s.',
                                  lepas.no, lepas.nama, th_dari, lepas.sasaran, lepas.renstra_nama, th_ke,
                                  lepas.renstra_ke_nama),
                  HINT = format('Enter sasaran %s of %s first, or enter the program of %s by hand under the sasaran it serves.',
                                lepas.sasaran, lepas.renstra_ke_nama, th_ke);
    END IF;

    INSERT INTO @extschema@.program (instansi, tahun, kode, no, nama, renstra, sasaran, kode_nasional, kode_cetak)
    SELECT p.instansi, th_ke, p.kode, p.no, p.nama,
           CASE WHEN th_ke BETWEEN r.tahun_awal AND r.tahun_akhir THEN p.renstra ELSE r2.kode END,
           p.sasaran, p.kode_nasional, p.kode_cetak
      FROM @extschema@.program p
      JOIN @extschema@.renstra r ON r.instansi = p.instansi AND r.kode = p.renstra
      LEFT JOIN LATERAL (SELECT x.kode FROM @extschema@.renstra x
                          WHERE x.instansi = p.instansi AND th_ke BETWEEN x.tahun_awal AND x.tahun_akhir
                          ORDER BY x.tahun_awal DESC, x.kode DESC LIMIT 1) r2 ON true
     WHERE p.instansi = unit AND p.tahun = th_dari
     ORDER BY p.no
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS n_program = ROW_COUNT;

    -- below a program of the later year of the same kode (and national code)
    INSERT INTO @extschema@.kegiatan (instansi, tahun, program, kode, no, nama, kode_nasional, kode_cetak)
    SELECT k.instansi, th_ke, k.program, k.kode, k.no, k.nama, k.kode_nasional, k.kode_cetak
      FROM @extschema@.kegiatan k
     WHERE k.instansi = unit AND k.tahun = th_dari
       AND EXISTS (SELECT FROM @extschema@.program q
                    WHERE q.instansi = k.instansi AND q.tahun = th_ke AND q.kode = k.program
                      AND (k.kode_nasional IS NULL OR q.kode_nasional = k.kode_nasional_program))
     ORDER BY k.program, k.no
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS n_kegiatan = ROW_COUNT;

    INSERT INTO @extschema@.sub_kegiatan (instansi, tahun, program, kegiatan, kode, kode_cetak, no, nama)
    SELECT s.instansi, th_ke, s.program, s.kegiatan, s.kode, s.kode_cetak, s.no, s.nama
      FROM @extschema@.sub_kegiatan s
     WHERE s.instansi = unit AND s.tahun = th_dari
       AND EXISTS (SELECT FROM @extschema@.kegiatan q
                    WHERE q.instansi = s.instansi AND q.tahun = th_ke AND q.program = s.program
                      AND q.kode = s.kegiatan AND q.kode_nasional = s.kode_nasional_kegiatan)
     ORDER BY s.kegiatan, s.no
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS n_sub_kegiatan = ROW_COUNT;

    /*
     * The indicators of a program or kegiatan: a row of the later year with
     * the earlier year's own columns (NULL stays NULL: the identity's), so
     * that the year carries the same code, number, wording, unit and
     * attachment, where the program or kegiatan it hangs on is there.
     */
    INSERT INTO @extschema@.indikator_tahun (instansi, indikator, tahun, kode, no, uraian, satuan, formulasi,
                                             sumber_data, renstra, tujuan, sasaran, program, kegiatan)
    SELECT e.instansi, e.indikator, th_ke, x.kode, x.no, x.uraian, x.satuan, x.formulasi, x.sumber_data,
           x.renstra, x.tujuan, x.sasaran, x.program, x.kegiatan
      FROM @extschema@.indikator_tahunan e
      LEFT JOIN @extschema@.indikator_tahun x
             ON x.instansi = e.instansi AND x.indikator = e.indikator AND x.tahun = e.tahun
     WHERE e.instansi = unit AND e.tahun = th_dari
       AND (EXISTS (SELECT FROM @extschema@.program q
                     WHERE q.instansi = e.instansi AND q.tahun = th_ke AND q.kode = e.program)
            OR EXISTS (SELECT FROM @extschema@.kegiatan q
                        WHERE q.instansi = e.instansi AND q.tahun = th_ke AND q.kode = e.kegiatan))
     ORDER BY e.indikator
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS n_indikator = ROW_COUNT;

    -- a tujuan or sasaran indicator exists in every year of its Renstra: only
    -- what the earlier year changed is carried, within the same Renstra (a
    -- new Renstra states its own indicators)
    INSERT INTO @extschema@.indikator_tahun (instansi, indikator, tahun, kode, no, uraian, satuan, formulasi,
                                             sumber_data, renstra, tujuan, sasaran, program, kegiatan)
    SELECT x.instansi, x.indikator, th_ke, x.kode, x.no, x.uraian, x.satuan, x.formulasi, x.sumber_data,
           x.renstra, x.tujuan, x.sasaran, x.program, x.kegiatan
      FROM @extschema@.indikator_tahun x
      JOIN @extschema@.indikator_tahunan e
        ON e.instansi = x.instansi AND e.indikator = x.indikator AND e.tahun = x.tahun
      JOIN @extschema@.renstra r ON r.instansi = e.instansi AND r.kode = e.renstra
     WHERE x.instansi = unit AND x.tahun = th_dari
       AND th_ke BETWEEN r.tahun_awal AND r.tahun_akhir
     ORDER BY x.indikator
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS n_indikator_renstra = ROW_COUNT;

    -- the head in office at the end of the earlier year heads the later one
    -- from 1 January, until the planner records another
    INSERT INTO @extschema@.kepala_instansi (instansi, tahun, mulai, nama, nip, pangkat, jabatan)
    SELECT ki.instansi, th_ke, make_date(th_ke, 1, 1), ki.nama, ki.nip, ki.pangkat, ki.jabatan
      FROM @extschema@.kepala_instansi ki
     WHERE ki.instansi = unit AND ki.tahun = th_dari
       AND NOT EXISTS (SELECT FROM @extschema@.kepala_instansi y
                        WHERE y.instansi = ki.instansi AND y.tahun = th_ke)
     ORDER BY ki.mulai DESC
     LIMIT 1
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS n_kepala = ROW_COUNT;

    RETURN QUERY VALUES ('program'::text, n_program), ('kegiatan', n_kegiatan),
                        ('sub_kegiatan', n_sub_kegiatan), ('indikator', n_indikator),
                        ('indikator_renstra', n_indikator_renstra), ('kepala_instansi', n_kepala);
END
$$;
COMMENT ON FUNCTION @extschema@.salin_tahun(text, integer, integer) IS 'Copies a unit''s structure of year dari into the later year ke, one row a kind with the rows copied: program, kegiatan, sub_kegiatan (codes, numbers, names, national codes, attachment; no money), indikator (the indicators of a program or kegiatan: a lkj.indikator_tahun row of ke with dari''s code, number, wording, unit and attachment), indikator_renstra (what dari changed of a tujuan or sasaran indicator, within the same Renstra), kepala_instansi (the head in office at the end of dari, from 1 January of ke, when ke has none).  A program of ke in another Renstra hangs on the sasaran of the same number of the Renstra in force then (23503 when there is none).  Never copies a PK, targets, realisasi or budgets; tujuan, sasaran and the Renstra''s targets cover every year of their period already.  Never overwrites what ke has: a second call copies 0 rows of every kind.  Unknown unit: 42704; ke not after dari, or nothing to copy in dari: 22023.';
