-- ======================================================================
-- an indicator's weight within its sasaran (1.1)
-- ======================================================================

-- (section: bobot)

/*
 * Issue 9, item 3.  Some units grade a sasaran by the weighted mean of its
 * indicators' capaian (setting metode_capaian_sasaran bobot, e-SAKIP's
 * bobot_kinerja): sum(bobot x capaian) / sum(bobot) over the measured
 * indicators.  The weight is the indicator's (lkj.indikator), and a year
 * may set its own (lkj.indikator_tahun), as the Perjanjian Kinerja of a
 * year may reweigh; lkj.indikator_tahunan gives the year's.  A weight is a
 * positive finite number: 0 would leave an indicator out silently, and NaN
 * or an infinity would make every weighted figure of the sasaran NaN.
 * Weights need not add up to 1 or 100: the mean divides by their sum.
 * Nothing to migrate: 1.0 had no weights, and no 1.0 setting reads them.
 */
ALTER TABLE @extschema@.indikator ADD COLUMN bobot numeric
    CONSTRAINT indikator_bobot_finite CHECK (bobot > '-Infinity'::numeric AND bobot < 'Infinity'::numeric)
    CONSTRAINT indikator_bobot_positif CHECK (bobot > 0);
COMMENT ON COLUMN @extschema@.indikator.bobot IS
  'the indicator''s weight within its sasaran for the weighted sasaran capaian (setting metode_capaian_sasaran bobot, lkj.capaian_sasaran): any positive number, the mean divides by the sum of the weights; NULL: none (a year may set its own in lkj.indikator_tahun.bobot)';
ALTER TABLE @extschema@.indikator_tahun ADD COLUMN bobot numeric
    CONSTRAINT indikator_tahun_bobot_finite CHECK (bobot > '-Infinity'::numeric AND bobot < 'Infinity'::numeric)
    CONSTRAINT indikator_tahun_bobot_positif CHECK (bobot > 0);
COMMENT ON COLUMN @extschema@.indikator_tahun.bobot IS
  'the indicator''s weight within its sasaran in this year (a reweighing); NULL keeps the identity''s (lkj.indikator.bobot)';
