-- ======================================================================
-- optional parts: a Renstra without a tujuan level (1.1)
-- ======================================================================

/*
 * Many units (a ministry's directorate, a badan whose Renstra states its
 * sasaran under the regency's tujuan) have no tujuan of their own: their
 * sasaran hang directly on the Renstra.  1.0 required a tujuan, so such a
 * unit needed a placeholder goal that the report then printed.  A sasaran's
 * tujuan is now optional: the foreign key to tujuan (MATCH SIMPLE) holds
 * only where there is one, and the views leave out the tujuan level of a
 * unit that has none (no placeholder row, no empty block).
 */

ALTER TABLE @extschema@.sasaran ALTER COLUMN tujuan DROP NOT NULL;
COMMENT ON TABLE @extschema@.sasaran IS 'A strategic objective (sasaran strategis) of a Renstra, under one of its tujuan or, for a unit without a tujuan level, directly under the Renstra (tujuan NULL), numbered across the Renstra as the report numbers it.';
