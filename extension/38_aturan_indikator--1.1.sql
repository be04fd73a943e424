-- ======================================================================
-- an indicator's rule and display: the ratio by quarter, decimals (1.1)
-- ======================================================================

-- (section: aturan_indikator)

/*
 * Issue 9, items 6 and 7.  A share whose whole changes every quarter
 * ("% aduan diselesaikan tepat waktu": 40 of 45, then 52 of 60) makes its
 * year as the sum of the numerators over the sum of the denominators; 1.0's
 * rasio divides the numerators' sum by one denominator, which is right for a
 * fixed whole (Kunir's villages) and several times too much for such an
 * indicator.  1.1 adds that rule (rasio_jumlah) and refuses, at entry, quarters
 * whose denominators differ under rasio.  An indicator may also say how many
 * decimals its figures print with.  Runs in the fresh install and in the
 * upgrade from 1.0 alike: 1.0's rows all satisfy the new constraint, and
 * 1.0's data is not judged again by the trigger (a row written before 1.1 is
 * cek_triwulan_penyebut's, which stays).
 */

-- 1.0's unnamed column CHECK gives way to a named one with the new rule.
ALTER TABLE @extschema@.indikator DROP CONSTRAINT indikator_agregasi_check;
ALTER TABLE @extschema@.indikator ADD CONSTRAINT indikator_agregasi_dikenal
    CHECK (agregasi IN ('jumlah', 'terakhir', 'rata-rata', 'rasio', 'rasio_jumlah'));
COMMENT ON CONSTRAINT indikator_agregasi_dikenal ON @extschema@.indikator IS
  'the quarter-to-year rules lkj.realisasi_tahun knows: jumlah, terakhir, rata-rata, rasio (numerators'' sum over the one denominator), rasio_jumlah (numerators'' sum over the denominators'' sum)';
COMMENT ON COLUMN @extschema@.indikator.agregasi IS
  'how the quarters make the year (lkj.realisasi_tahun): jumlah adds them, terakhir takes the last, rata-rata averages them, rasio divides the sum of the numerators by the one denominator of a fixed whole (every quarter the same, trigger realisasi_penyebut_tetap), rasio_jumlah divides the sum of the numerators by the sum of the denominators (a whole that changes every quarter)';

ALTER TABLE @extschema@.indikator ADD COLUMN desimal integer
    CONSTRAINT indikator_desimal_wajar CHECK (desimal BETWEEN 0 AND 20);
COMMENT ON COLUMN @extschema@.indikator.desimal IS
  'the decimals the indicator''s target and realisasi print with in lkj.laporan (0 for a count, 3 for an index read to three places), rounded half away from zero; NULL prints each figure with the decimals it was given, as 1.0 did.  Display only: capaian is computed from the figures as stored';

/*
 * Under rasio the year is the numerators over one denominator, so the
 * quarters of a year must share it.  A constraint trigger, not a finding:
 * the quarter is typed once, and the planner who types 60 where the others
 * say 45 is the one who can say whether the whole changed (then the rule is
 * rasio_jumlah) or the figure is wrong; a finding weeks later reaches someone
 * who cannot.  Rows written by COPY (pg_restore, bulk imports) are not
 * judged here but by the finding triwulan_penyebut: a dump of a database
 * updated from 1.0 must restore, and 1.0 may have stored such quarters (a
 * refused COPY would leave the whole table empty).  The indicator's row is locked (FOR NO KEY UPDATE, which a
 * foreign key's check does not wait for) so that two sessions entering two
 * quarters of one indicator are judged one after the other.  Changing an
 * indicator's rule to rasio judges its stored quarters the same way.
 */
CREATE FUNCTION @extschema@.realisasi_penyebut_tetap()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    nama_indikator text;
    hanya_tahun integer;
    aturan text;
    beda record;
BEGIN
    -- two statements: a record's field is resolved when the statement runs
    IF TG_TABLE_NAME = 'indikator' THEN
        nama_indikator := NEW.kode;
    ELSE
        nama_indikator := NEW.indikator;
        hanya_tahun := NEW.tahun;
    END IF;
    SELECT i.agregasi INTO aturan
      FROM @extschema@.indikator i
     WHERE i.instansi = NEW.instansi AND i.kode = nama_indikator
       FOR NO KEY UPDATE;
    -- COPY is left to the finding cek_triwulan_penyebut: a restore must
    -- take back what the database held, and one updated from 1.0 may hold
    -- such quarters (pg_restore and a plain dump both COPY).
    IF aturan IS DISTINCT FROM 'rasio' OR current_query() ~* '^\s*copy\s' THEN
        RETURN NULL;
    END IF;
    SELECT r.tahun,
           string_agg(r.triwulan::text, ', ' ORDER BY r.triwulan) AS triwulan,
           string_agg(@extschema@.format_angka(r.pembilang) || '/' || @extschema@.format_angka(r.penyebut), ', '
                      ORDER BY r.triwulan) AS pasangan,
           @extschema@.persentase(sum(r.pembilang), max(r.penyebut)) AS rasio,
           @extschema@.persentase(sum(r.pembilang), sum(r.penyebut)) AS rasio_jumlah
      INTO beda
      FROM @extschema@.realisasi r
     WHERE r.instansi = NEW.instansi AND r.indikator = nama_indikator
       AND (hanya_tahun IS NULL OR r.tahun = hanya_tahun)
       AND r.triwulan IS NOT NULL AND r.penyebut IS NOT NULL
     GROUP BY r.tahun
    HAVING min(r.penyebut) <> max(r.penyebut)
     ORDER BY r.tahun
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'quarters of ratio indicator "%" in % have different denominators', nama_indikator, beda.tahun
            USING ERRCODE = 'check_violation',
                  CONSTRAINT = 'realisasi_penyebut_tetap',
                  DETAIL = format('Rule rasio divides the numerators'' sum by one denominator, and quarters %s have %s: the year would be %s, where the numerators over the denominators'' sum give %s.',
                                  beda.triwulan, beda.pasangan, @extschema@.format_persen(beda.rasio),
                                  @extschema@.format_persen(beda.rasio_jumlah)),
                  HINT = 'If the whole changes each quarter (requests received, complaints), set the indicator''s agregasi to rasio_jumlah; if it is a fixed whole (villages), enter the same denominator in every quarter.';
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.realisasi_penyebut_tetap() IS
  'Trigger function of lkj.realisasi and lkj.indikator: refuses (23514) quarters of a rasio indicator''s year with different denominators, naming the year each rule would give';

CREATE CONSTRAINT TRIGGER realisasi_penyebut_tetap
  AFTER INSERT OR UPDATE ON @extschema@.realisasi
  FOR EACH ROW WHEN (NEW.triwulan IS NOT NULL AND NEW.penyebut IS NOT NULL)
  EXECUTE FUNCTION @extschema@.realisasi_penyebut_tetap();
COMMENT ON TRIGGER realisasi_penyebut_tetap ON @extschema@.realisasi IS
  'the quarters of a rasio indicator''s year share one denominator';
CREATE CONSTRAINT TRIGGER realisasi_penyebut_tetap
  AFTER UPDATE OF agregasi ON @extschema@.indikator
  FOR EACH ROW WHEN (NEW.agregasi = 'rasio' AND OLD.agregasi <> 'rasio')
  EXECUTE FUNCTION @extschema@.realisasi_penyebut_tetap();
COMMENT ON TRIGGER realisasi_penyebut_tetap ON @extschema@.indikator IS
  'an indicator whose rule becomes rasio must have one denominator a year in its stored quarters';
