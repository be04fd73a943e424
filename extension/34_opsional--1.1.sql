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

/*
 * A unit without a Renstra of its own.  Its sasaran still come from a
 * document: the Renstra of the body it belongs to, which it follows (a
 * directorate follows its Ditjen's, a UPT its dinas's), or, for a unit that
 * plans by the year alone, its Perjanjian Kinerja.  lkj.renstra records that
 * document as it is, and says which kind it is, so that nothing pretends to
 * be a Renstra: the report names the document, and a PK states no Renstra
 * targets, so Tabel 11 and 12 say so in one sentence instead of a table of
 * N/A.  1.0's rows are the units' own Renstra.
 */
ALTER TABLE @extschema@.renstra
    ADD COLUMN jenis text NOT NULL DEFAULT 'renstra'
        CONSTRAINT renstra_jenis_dikenal CHECK (jenis IN ('renstra', 'induk', 'pk')),
    ADD CONSTRAINT renstra_pk_satu_tahun CHECK (jenis <> 'pk' OR tahun_akhir = tahun_awal);
COMMENT ON TABLE @extschema@.renstra IS 'The planning document a unit''s tujuan and sasaran come from, for a period from tahun_awal to tahun_akhir inclusive: its own Renstra (or P-Renstra, the revised one), the Renstra of the body it belongs to, or, for a unit that plans by the year alone, the year''s Perjanjian Kinerja (jenis); one document a year, which lkj.periksa() checks.';
COMMENT ON COLUMN @extschema@.renstra.jenis IS 'which document: renstra (the unit''s own Renstra or P-Renstra; 1.0''s rows), induk (the Renstra of the body the unit belongs to, which it follows: a directorate its Ditjen''s), pk (no Renstra: the sasaran the year''s Perjanjian Kinerja states; one year, and no Renstra targets, so Tabel 11 and 12 are left out)';
