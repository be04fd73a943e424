-- periksa (issue 7, items 4 and 5): lkj.periksa() takes the date it judges
-- as of, and a finding carries the date it holds from (lkj.temuan gains
-- berlaku_mulai, 10_types--1.1.sql; the check views add it as their last
-- column, which CREATE OR REPLACE VIEW allows).  The old periksa(text,
-- integer) would stay beside the new one and make periksa('kunir', 2024)
-- ambiguous; periksa_tahun_laporan's column selesai (which read the clock)
-- becomes the date berakhir, so it goes, with the checks that read it.  All
-- are created again by the replaceable parts.
DROP FUNCTION periksa(text, integer);
DROP VIEW cek_anggaran_kosong;
DROP VIEW cek_dokumen_desa_kurang;
DROP VIEW cek_sasaran_tanpa_program;
DROP VIEW cek_sumber_daya_kosong;
DROP VIEW cek_tanpa_realisasi;
DROP VIEW periksa_tahun_laporan;
-- (end of periksa)

-- checks' names (issue 7, item 8): periksa_tanggal, a one-line alias of
-- format_tanggal, goes; the checks call format_tanggal.  The three lookups
-- of one indicator and year (periksa_triwulan_dari over the view
-- periksa_triwulan, periksa_target_berlaku, periksa_realisasi_tahun) become
-- one, periksa_target_realisasi.  The checks of 1.0 that call them go first;
-- the replaceable parts create them again.
DROP VIEW cek_pk_tanggal;
DROP VIEW cek_realisasi_tahunan;
DROP VIEW cek_realisasi_bentuk;
DROP VIEW cek_triwulan_penyebut;
DROP VIEW cek_triwulan_pembulatan;
DROP VIEW cek_triwulan_kurang;
DROP VIEW cek_target_nol;
DROP VIEW cek_tanpa_target;
DROP VIEW cek_target_berbeda;
DROP VIEW cek_target_pk_hilang;
DROP FUNCTION periksa_tanggal(date);
DROP FUNCTION periksa_triwulan_dari(text, text, integer);
DROP FUNCTION periksa_target_berlaku(text, text, integer);
DROP FUNCTION periksa_realisasi_tahun(text, text, integer);
DROP VIEW periksa_triwulan;
-- (end of checks' names)

-- an indicator per year (issue 8, item 4): the checks name an indicator as
-- it is in the finding's year, through the function periksa_indikator_tahun,
-- which replaces the view periksa_indikator; the one check of 1.0 that
-- reads the view and is not dropped above goes first.
DROP VIEW cek_renstra_tahun;
DROP VIEW periksa_indikator;
-- (end of an indicator per year)

-- the registry of checks (issue 10, item 3): daftar_cek's column kolom comes
-- from periksa_kolom() with the database's collation, where 1.0's had "C"
-- (format() over pg_attribute's names), which CREATE OR REPLACE cannot change.
DROP VIEW daftar_cek;
-- (end of the registry of checks)

-- signing and revisions (issue 11): laporan(instansi, tahun) gains its
-- third argument versi (DEFAULT 'tertanda', the signed version); 1.0's
-- two-argument function would stay beside it and make laporan('kunir',
-- 2024) ambiguous.  Its body is laporan_draf now (60_laporan.sql), the
-- new laporan in 88_tanda.sql.
DROP FUNCTION laporan(text, integer);
-- (end of signing and revisions)
