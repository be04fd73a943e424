-- ======================================================================
-- the document's narrative: the planner's own text per section (1.1)
-- ======================================================================

-- (section: narasi)

/*
 * Issue 13, item 2.  The LKj is tables and text; lkj.dokumen() renders the
 * tables from the views and each section's text from here.  A section the
 * planner has not written is written from the data (lkj.dokumen_narasi)
 * and marked as generated; causes, obstacles and remedies cannot be, and
 * cek_narasi_kosong reports them.  One row is one paragraph or one list
 * item of a section, in the order of urutan.  Row security: the policies
 * of every table with an instansi column (85_akses--1.1.sql, which lists
 * the tables from the catalog after this part has made it).
 */
CREATE TABLE @extschema@.narasi (
    instansi text NOT NULL REFERENCES @extschema@.instansi (kode),
    tahun    integer NOT NULL CONSTRAINT narasi_tahun_wajar CHECK (tahun BETWEEN 1990 AND 2200),
    bagian   text NOT NULL CONSTRAINT narasi_bagian_dikenal
             CHECK (bagian IN ('kata_pengantar', 'ikhtisar', '1', '1.1.1', '1.1.2', '1.1.3', '1.1.4', '1.2',
                               '2', '2.1', '2.2', '2.3', '3', '3.1.1', '3.1.2.1', '3.1.2.2', '3.1.2.3',
                               '3.1.2.4', '3.1.2.5', '3.1.2.6', '3.1.2.7', '3.2', '4.1', '4.2')),
    urutan   integer NOT NULL CONSTRAINT narasi_urutan_positif CHECK (urutan > 0),
    jenis    text NOT NULL DEFAULT 'paragraf' CONSTRAINT narasi_jenis_dikenal CHECK (jenis IN ('paragraf', 'daftar')),
    teks     text NOT NULL CONSTRAINT narasi_teks_isi CHECK (btrim(teks) <> ''),
    CONSTRAINT narasi_pkey PRIMARY KEY (instansi, tahun, bagian, urutan)
);
COMMENT ON TABLE @extschema@.narasi IS 'The planner''s own text of the LKj, per unit, year and section: one row a paragraph or a list item, in the order of urutan.  lkj.dokumen() prints it in its section; a section without rows is written from the data where it can be (lkj.dokumen_narasi, marked as generated) and left empty where it cannot (causes, obstacles, remedies: cek_narasi_kosong).';
COMMENT ON COLUMN @extschema@.narasi.instansi IS 'the unit (lkj.instansi kode)';
COMMENT ON COLUMN @extschema@.narasi.tahun IS 'the report''s year';
COMMENT ON COLUMN @extschema@.narasi.bagian IS 'the section, by its number in the document (1.1.3, 3.1.2.5, 4.2) or kata_pengantar, ikhtisar; 1, 2, 3 are the opening text of BAB I, II, III';
COMMENT ON COLUMN @extschema@.narasi.urutan IS 'the order of the row within its section, from 1';
COMMENT ON COLUMN @extschema@.narasi.jenis IS 'paragraf (a paragraph) or daftar (an item of a list; consecutive items make one list)';
COMMENT ON COLUMN @extschema@.narasi.teks IS 'the text as the planner wrote it, plain (lkj.dokumen escapes it)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.narasi', '');
