-- ======================================================================
-- an indicator's identity across years, and what changes in a year (1.1)
-- ======================================================================

-- (section: indikator_tahun)

/*
 * Issue 8, item 4.  lkj.indikator is the identity of an indicator across
 * years: its kode is the key every target and realisasi row names (1.0's
 * data keeps working unchanged), and its wording, unit, number, formula,
 * source and attachment are the defaults of every year it exists in.  What
 * a unit changes in a year (the code it prints, the wording, the unit, the
 * program it hangs on) is a row of lkj.indikator_tahun; a NULL column keeps
 * the identity's.  lkj.indikator_tahunan (42_capaian.sql) gives the
 * effective indicator of every year, and every view that prints or attaches
 * an indicator for a year reads it there; year-on-year tables compare the
 * identity.  This part runs in the fresh install and in the upgrade from 1.0
 * alike; 1.0 had no per-year rows, so nothing is migrated.
 */
CREATE TABLE @extschema@.indikator_tahun (
    instansi        text NOT NULL,
    indikator       text NOT NULL,
    tahun           integer NOT NULL
                    CONSTRAINT indikator_tahun_tahun_wajar CHECK (tahun BETWEEN 1990 AND 2200),
    kode            text CONSTRAINT indikator_tahun_kode_slug CHECK (kode ~ '^[A-Za-z0-9][A-Za-z0-9._-]*$'),
    no              integer CONSTRAINT indikator_tahun_no_positif CHECK (no > 0),
    uraian          text CONSTRAINT indikator_tahun_uraian_isi CHECK (uraian <> ''),
    satuan          text CONSTRAINT indikator_tahun_satuan_isi CHECK (satuan <> ''),
    formulasi       text,
    sumber_data     text,
    -- the attachment of the year: at most one level; none is the identity's
    renstra         text,
    tujuan          integer,
    sasaran         integer,
    program         text,
    kegiatan        text,
    CONSTRAINT indikator_tahun_pkey PRIMARY KEY (instansi, indikator, tahun),
    CONSTRAINT indikator_tahun_indikator_fkey FOREIGN KEY (instansi, indikator)
        REFERENCES @extschema@.indikator (instansi, kode),
    CONSTRAINT indikator_tahun_kode_key UNIQUE (instansi, tahun, kode),
    CONSTRAINT indikator_tahun_tujuan_fkey FOREIGN KEY (instansi, renstra, tujuan)
        REFERENCES @extschema@.tujuan (instansi, renstra, no),
    CONSTRAINT indikator_tahun_sasaran_fkey FOREIGN KEY (instansi, renstra, sasaran)
        REFERENCES @extschema@.sasaran (instansi, renstra, no),
    CONSTRAINT indikator_tahun_program_fkey FOREIGN KEY (instansi, tahun, program)
        REFERENCES @extschema@.program (instansi, tahun, kode),
    CONSTRAINT indikator_tahun_kegiatan_fkey FOREIGN KEY (instansi, tahun, kegiatan)
        REFERENCES @extschema@.kegiatan (instansi, tahun, kode),
    CONSTRAINT indikator_tahun_satu_tingkat
        CHECK (num_nonnulls(tujuan, sasaran, program, kegiatan) <= 1),
    CONSTRAINT indikator_tahun_renstra_tingkat
        CHECK ((renstra IS NOT NULL) = (tujuan IS NOT NULL OR sasaran IS NOT NULL))
);
COMMENT ON TABLE @extschema@.indikator_tahun IS 'What an indicator (lkj.indikator, its identity across years) is in one year where that differs from its identity: the code the unit prints that year, its number, wording, unit, formula, data source, and what it hangs on (a tujuan or sasaran of a Renstra, or a program or kegiatan of that year).  A NULL column keeps the identity''s.  A row also makes a year-level indicator exist in another year (lkj.salin_tahun writes one for the next year).  Targets and realisasi stay keyed by the identity and the year.  lkj.indikator_tahunan gives the effective indicator of every year.';
COMMENT ON COLUMN @extschema@.indikator_tahun.instansi IS 'the unit (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.indikator_tahun.indikator IS 'the identity (lkj.indikator kode), which targets and realisasi name in every year';
COMMENT ON COLUMN @extschema@.indikator_tahun.tahun IS 'the year this row describes';
COMMENT ON COLUMN @extschema@.indikator_tahun.kode IS 'the code the unit uses and prints in this year; NULL: the identity''s kode.  Unique among the unit''s indicators of the year, identities'' codes included (constraint indikator_tahun_kode_key and trigger indikator_kode_tahun_unik)';
COMMENT ON COLUMN @extschema@.indikator_tahun.no IS 'its number within its node in this year; NULL: the identity''s';
COMMENT ON COLUMN @extschema@.indikator_tahun.uraian IS 'its wording in this year; NULL: the identity''s';
COMMENT ON COLUMN @extschema@.indikator_tahun.satuan IS 'its unit of measure in this year; NULL: the identity''s';
COMMENT ON COLUMN @extschema@.indikator_tahun.formulasi IS 'its formula in this year (Tabel 3); NULL: the identity''s';
COMMENT ON COLUMN @extschema@.indikator_tahun.sumber_data IS 'its data source in this year (Tabel 3); NULL: the identity''s';
COMMENT ON COLUMN @extschema@.indikator_tahun.renstra IS 'the Renstra of the tujuan or sasaran it hangs on in this year; NULL with tujuan and sasaran';
COMMENT ON COLUMN @extschema@.indikator_tahun.tujuan IS 'the tujuan (number in renstra) it hangs on in this year';
COMMENT ON COLUMN @extschema@.indikator_tahun.sasaran IS 'the sasaran (number in renstra) it hangs on in this year';
COMMENT ON COLUMN @extschema@.indikator_tahun.program IS 'the program of this year (lkj.program kode) it hangs on';
COMMENT ON COLUMN @extschema@.indikator_tahun.kegiatan IS 'the kegiatan of this year (lkj.kegiatan kode) it hangs on.  With no level set the identity''s holds: its tujuan or sasaran, or for an identity of a program or kegiatan the one of the same kode in this year, which must exist (trigger indikator_tahun_induk)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.indikator_tahun', '');

/*
 * Two rules a constraint cannot state, as constraint triggers (they read
 * other rows, and run after the row is in place, so that a statement that
 * writes several rows is judged as a whole):
 *  - a code is unique among the unit's indicators of a year, an identity's
 *    code (in the years it is not overridden) included: one code, one
 *    indicator, so that a planner's code in a year finds one row;
 *  - a row without a level of its own takes its identity's; for an identity
 *    of a program or kegiatan that is the one of the same kode in the row's
 *    year, which a foreign key cannot reach (the identity's year differs).
 * The effective codes are lkj.indikator_tahunan's (42_capaian.sql), read at
 * run time: the view is created after this part.
 */
CREATE FUNCTION @extschema@.indikator_kode_tahun_unik()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    ganda record;
    nama_indikator text;
BEGIN
    -- two statements: a record's field is resolved when the statement runs
    IF TG_TABLE_NAME = 'indikator' THEN
        nama_indikator := NEW.kode;
    ELSE
        nama_indikator := NEW.indikator;
    END IF;
    -- no row of the unit in indikator_tahun: identities' codes are unique
    -- by lkj.indikator's key, and no year can collide (1.0's data)
    IF NOT EXISTS (SELECT FROM @extschema@.indikator_tahun x WHERE x.instansi = NEW.instansi) THEN
        RETURN NULL;
    END IF;
    SELECT a.tahun, a.kode, a.indikator AS ini, b.indikator AS lain INTO ganda
      FROM @extschema@.indikator_tahunan a
      JOIN @extschema@.indikator_tahunan b
        ON b.instansi = a.instansi AND b.tahun = a.tahun AND b.kode = a.kode AND b.indikator <> a.indikator
     WHERE a.instansi = NEW.instansi AND a.indikator = nama_indikator
     ORDER BY a.tahun
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'duplicate indicator code "%" in year % of unit "%"', ganda.kode, ganda.tahun, NEW.instansi
            USING ERRCODE = 'unique_violation',
                  CONSTRAINT = 'indikator_kode_tahun_unik',
                  DETAIL = format('Indicators "%s" and "%s" both use the code "%s" in %s.',
                                  ganda.ini, ganda.lain, ganda.kode, ganda.tahun),
                  HINT = 'Give one of them another code for that year (lkj.indikator_tahun.kode).';
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.indikator_kode_tahun_unik() IS
  'Trigger function of lkj.indikator and lkj.indikator_tahun: refuses (23505) a code that two indicators of a unit use in the same year (lkj.indikator_tahunan.kode)';

CREATE CONSTRAINT TRIGGER indikator_kode_tahun_unik
  AFTER INSERT OR UPDATE ON @extschema@.indikator_tahun
  FOR EACH ROW EXECUTE FUNCTION @extschema@.indikator_kode_tahun_unik();
COMMENT ON TRIGGER indikator_kode_tahun_unik ON @extschema@.indikator_tahun IS
  'one code, one indicator, in every year of a unit';
CREATE CONSTRAINT TRIGGER indikator_kode_tahun_unik
  AFTER INSERT OR UPDATE OF kode ON @extschema@.indikator
  FOR EACH ROW EXECUTE FUNCTION @extschema@.indikator_kode_tahun_unik();
COMMENT ON TRIGGER indikator_kode_tahun_unik ON @extschema@.indikator IS
  'a new identity''s code must not be another indicator''s code of a year it exists in';

CREATE FUNCTION @extschema@.indikator_tahun_induk()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    tingkat text;
    induk text;
    ada boolean;
BEGIN
    IF num_nonnulls(NEW.tujuan, NEW.sasaran, NEW.program, NEW.kegiatan) > 0 THEN
        RETURN NULL;
    END IF;
    SELECT CASE WHEN x.program IS NOT NULL THEN 'program' ELSE 'kegiatan' END,
           COALESCE(x.program, x.kegiatan),
           CASE WHEN x.program IS NOT NULL
                THEN EXISTS (SELECT FROM @extschema@.program p
                              WHERE p.instansi = NEW.instansi AND p.tahun = NEW.tahun AND p.kode = x.program)
                ELSE EXISTS (SELECT FROM @extschema@.kegiatan k
                              WHERE k.instansi = NEW.instansi AND k.tahun = NEW.tahun AND k.kode = x.kegiatan)
           END
      INTO tingkat, induk, ada
      FROM @extschema@.indikator x
     WHERE x.instansi = NEW.instansi AND x.kode = NEW.indikator;
    IF induk IS NOT NULL AND NOT ada THEN
        RAISE EXCEPTION 'indicator "%" of % "%" has no % "%" in %', NEW.indikator, tingkat, induk, tingkat, induk, NEW.tahun
            USING ERRCODE = 'foreign_key_violation',
                  CONSTRAINT = 'indikator_tahun_induk',
                  DETAIL = format('The row names no level of its own, so the indicator hangs on %s "%s" of %s, which does not exist.',
                                  tingkat, induk, NEW.tahun),
                  HINT = format('Copy the year''s structure first (lkj.salin_tahun), or set the %s it hangs on in %s (lkj.indikator_tahun.%s).',
                                tingkat, NEW.tahun, tingkat);
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.indikator_tahun_induk() IS
  'Trigger function of lkj.indikator_tahun: a row without a level of its own hangs on its identity''s program or kegiatan of the same kode in the row''s year, which must exist (23503)';
CREATE CONSTRAINT TRIGGER indikator_tahun_induk
  AFTER INSERT OR UPDATE ON @extschema@.indikator_tahun
  FOR EACH ROW EXECUTE FUNCTION @extschema@.indikator_tahun_induk();
COMMENT ON TRIGGER indikator_tahun_induk ON @extschema@.indikator_tahun IS
  'a year-level indicator carried to another year hangs on a program or kegiatan of that year';
