-- Signing and revisions (issue 11): Kecamatan Kunir 2024 signed, a figure
-- refused to its operator, a revision with its reason, the change, the
-- second signature; both versions and their difference; the history with
-- its authors, which nobody can alter; the checks.  Dump and restore:
-- tests/t_tanda_dump.sh.  Every clock value (when a row was recorded) is
-- compared, never printed.
SET datestyle = 'ISO, YMD';
BEGIN;
\set ECHO none
\i data/kunir_2024.sql
\set ECHO all

CREATE FUNCTION pg_temp.galat(q text, OUT kode text, OUT pesan text, OUT rincian text, OUT saran text)
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE q;
    kode := '00000';
    pesan := 'no error';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS kode = RETURNED_SQLSTATE, pesan = MESSAGE_TEXT,
                            rincian = PG_EXCEPTION_DETAIL, saran = PG_EXCEPTION_HINT;
END $$;
GRANT EXECUTE ON FUNCTION pg_temp.galat(text) TO PUBLIC;

-- The roles: budi operates Kunir, audi audits Lumajang.
SELECT count(*) AS peran FROM lkj.siapkan_peran();
CREATE ROLE tanda_budi LOGIN;
CREATE ROLE tanda_audi LOGIN;
SELECT lkj.beri_akses('tanda_budi', 'lkj_operator', instansi => 'kunir');
SELECT lkj.beri_akses('tanda_audi', 'lkj_auditor', pemda => 'lumajang');

-- History of the load: one INSERT row per row loaded, table by table (the
-- counts are the data file's: 58 targets, 32 realisasi, 56 assets ...;
-- lkj.instansi's row and the unit's own setting count, the pemda's
-- setting has no unit and is not recorded).
SELECT tabel, operasi, count(*) FROM lkj.riwayat WHERE instansi = 'kunir' GROUP BY 1, 2 ORDER BY 1, 2;
SELECT (SELECT count(*) FROM lkj.target WHERE instansi = 'kunir') AS target,
       (SELECT count(*) FROM lkj.realisasi WHERE instansi = 'kunir') AS realisasi;
-- Reloading identical data records nothing: an UPDATE setting the same
-- values, an upsert of the same row.
CREATE TEMP TABLE awal AS SELECT count(*) AS n, max(id) AS id FROM lkj.riwayat;
GRANT SELECT ON awal TO PUBLIC;
UPDATE lkj.realisasi SET nilai = nilai WHERE instansi = 'kunir';
INSERT INTO lkj.sarana SELECT * FROM lkj.sarana WHERE instansi = 'kunir' AND no = 1
    ON CONFLICT (instansi, tahun, no) DO UPDATE SET nama = EXCLUDED.nama, baik = EXCLUDED.baik;
SELECT count(*) - (SELECT n FROM awal) AS baris_baru FROM lkj.riwayat;

-- A draft: status draf; laporan prints the draft exactly as laporan_draf
-- (no first line: the report was never signed); a revision needs a
-- signature first (55000).
SELECT instansi, tahun, status, versi FROM lkj.status_laporan WHERE instansi = 'kunir' AND tahun = 2024;
SELECT lkj.laporan('kunir', 2024) = lkj.laporan_draf('kunir', 2024) AS sama,
       lkj.laporan('kunir', 2024, 'draf') = lkj.laporan_draf('kunir', 2024) AS draf_sama;
SELECT * FROM pg_temp.galat($$SELECT lkj.buka_revisi('kunir', 2024, 'koreksi')$$);

-- budi signs on 31 January 2025, for the head of the year (kepala_instansi:
-- M. Imron Rosyadi, in office at the end of 2024).
SET ROLE tanda_budi;
SELECT lkj.tandatangani('kunir', 2024, '2025-01-31') AS versi;
SELECT instansi, tahun, status, versi, tanggal, penanda_nama FROM lkj.status_laporan WHERE instansi = 'kunir' AND tahun = 2024;
-- The stored text is the draft, its digest the sha256 of it.
SELECT v.versi, v.penanda_nip, v.alasan IS NULL AS tanpa_alasan,
       v.teks = lkj.laporan_draf('kunir', 2024) AS teks_draf,
       v.digest = encode(sha256(convert_to(lkj.laporan_draf('kunir', 2024), 'UTF8')), 'hex') AS digest_teks,
       v.dicatat_oleh = session_user AS oleh_login
  FROM lkj.versi_laporan v WHERE v.instansi = 'kunir' AND v.tahun = 2024;

-- Locked: budi's change of a figure is refused, with the revision
-- procedure in the hint.  Ipp's 4th quarter 21,11 (Tabel 8: 4 x 21,11 =
-- 84,44, capaian 135,76%).
SELECT * FROM pg_temp.galat($$UPDATE lkj.realisasi SET nilai = 22.11
                              WHERE instansi = 'kunir' AND indikator = 'ipp' AND tahun = 2024 AND triwulan = 4$$);
-- Every table of the year, and what the report reads besides: a quarter
-- inserted, a program's budget, an asset deleted, the head, a 2019
-- realisasi (Tabel 10 prints 2019 to 2023), the Renstra's 2026 target
-- (Tabel 4 prints the period 2024-2026, Tabel 12 its end), a position (every
-- year): all 55000.
SELECT s.n, e.kode, e.pesan FROM (VALUES
    (1, $$INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES ('kunir', 'p6-apbdes', 2024, 1, 1)$$),
    (2, $$UPDATE lkj.program SET anggaran_awal = anggaran_awal + 1 WHERE instansi = 'kunir' AND tahun = 2024 AND no = 2$$),
    (3, $$DELETE FROM lkj.sarana WHERE instansi = 'kunir' AND tahun = 2024 AND no = 56$$),
    (4, $$UPDATE lkj.kepala_instansi SET pangkat = 'Pembina' WHERE instansi = 'kunir' AND tahun = 2024$$),
    (5, $$UPDATE lkj.realisasi SET nilai = 74 WHERE instansi = 'kunir' AND indikator = 'ipp-2018' AND tahun = 2019$$),
    (6, $$UPDATE lkj.target SET nilai = 71 WHERE instansi = 'kunir' AND indikator = 'ipp' AND tahun = 2026 AND dokumen = 'renstra'$$),
    (7, $$UPDATE lkj.jabatan SET nama = nama || ' (uji)' WHERE instansi = 'kunir' AND no = 1$$)) AS s (n, q)
 CROSS JOIN LATERAL pg_temp.galat(s.q) e ORDER BY s.n;
-- Not locked: an identical re-write (0 rows recorded), and a later year
-- (2025 is not read by the 2024 report): recorded.
UPDATE lkj.realisasi SET nilai = 21.11 WHERE instansi = 'kunir' AND indikator = 'ipp' AND tahun = 2024 AND triwulan = 4;
INSERT INTO lkj.kebutuhan_pegawai (instansi, tahun, jumlah) VALUES ('kunir', 2025, 19);
SELECT tabel, operasi, kunci, pengguna FROM lkj.riwayat WHERE instansi = 'kunir' AND id > (SELECT id FROM awal);
-- A second signature while signed: 55000.
SELECT * FROM pg_temp.galat($$SELECT lkj.tandatangani('kunir', 2024, '2025-02-01')$$);

-- The revision: a reason is required (22023); with one, version 1 is
-- reopened; a second one is refused while it is open (55000).
SELECT * FROM pg_temp.galat($$SELECT lkj.buka_revisi('kunir', 2024, '  ')$$);
SELECT * FROM pg_temp.galat($$SELECT lkj.buka_revisi('kunir', 2024, NULL)$$);
SELECT lkj.buka_revisi('kunir', 2024, 'Realisasi IPP triwulan IV dikoreksi sesuai hasil survei akhir') AS versi_dibuka;
SELECT * FROM pg_temp.galat($$SELECT lkj.buka_revisi('kunir', 2024, 'lagi')$$);
SELECT instansi, tahun, status, versi, alasan_revisi FROM lkj.status_laporan WHERE instansi = 'kunir' AND tahun = 2024;
-- The change goes through now: 21,11 -> 22,11, so the year 21,11 x 3 +
-- 22,11 = 85,44 and the capaian 85,44 / 62,2 x 100 = 137,36% (Sangat Tinggi).
UPDATE lkj.realisasi SET nilai = 22.11 WHERE instansi = 'kunir' AND indikator = 'ipp' AND tahun = 2024 AND triwulan = 4;
SELECT indikator_kode, realisasi, capaian, kriteria FROM lkj.tabel_8_capaian_kinerja
 WHERE instansi = 'kunir' AND tahun = 2024 AND indikator_kode = 'ipp';
-- The draft says what it is; the default still prints version 1 with
-- its first line.
SELECT split_part(lkj.laporan('kunir', 2024, 'draf'), E'\n', 1) AS draf;
SELECT regexp_replace(split_part(lkj.laporan('kunir', 2024), E'\n', 1), 'sha256 [0-9a-f]{64}', 'sha256 <digest>') AS tertanda;
-- Signed again on 10 February 2025: version 2, carrying the reason.
SELECT lkj.tandatangani('kunir', 2024, '2025-02-10') AS versi;
RESET ROLE;

-- Both versions.
SELECT versi, tanggal, penanda_nama, alasan, status, dicatat_oleh = session_user AS oleh_login
  FROM lkj.daftar_versi('kunir', 2024);
-- Their difference, figure by figure: the one quarter.
SELECT * FROM lkj.beda_versi('kunir', 2024, 1, 2);
-- Version 2 against today's data: none.
SELECT count(*) AS beda FROM lkj.beda_versi('kunir', 2024, 2);
-- The two reports' first lines, and the lines of the documents that differ:
-- IPP's row in each of the six tables that print its 2024: Tabel 8 (its
-- quarters, 21,11 x 3 + 22,11 = 85,44, capaian 137,36%), 9, 11, 12 (the end
-- target 70,50 beside it), 13 and 14 (efisiensi 135,76 - 96,14 = 39,62 ->
-- 137,36 - 96,14 = 41,22).
SELECT regexp_replace(split_part(lkj.laporan('kunir', 2024, v), E'\n', 1), 'sha256 [0-9a-f]{64}', 'sha256 <digest>') AS baris_pertama
  FROM unnest(ARRAY['1', '2', 'tertanda']) AS v;
SELECT 'versi 1' AS versi, b AS baris FROM (
    SELECT unnest(string_to_array(teks, E'\n')) AS b FROM lkj.versi_laporan WHERE instansi = 'kunir' AND tahun = 2024 AND versi = 1
    EXCEPT
    SELECT unnest(string_to_array(teks, E'\n')) FROM lkj.versi_laporan WHERE instansi = 'kunir' AND tahun = 2024 AND versi = 2) x
UNION ALL
SELECT 'versi 2', b FROM (
    SELECT unnest(string_to_array(teks, E'\n')) AS b FROM lkj.versi_laporan WHERE instansi = 'kunir' AND tahun = 2024 AND versi = 2
    EXCEPT
    SELECT unnest(string_to_array(teks, E'\n')) FROM lkj.versi_laporan WHERE instansi = 'kunir' AND tahun = 2024 AND versi = 1) x
ORDER BY 1, 2;

-- The history of the year since the load: each change with its author
-- (the role budi ran as; the login is this session's), old and new value.
SELECT tabel, operasi, kunci, lama ->> 'nilai' AS lama, baru ->> 'nilai' AS baru, pengguna,
       pengguna_sesi = session_user AS login, txid IS NOT NULL AS txid
  FROM lkj.riwayat WHERE instansi = 'kunir' AND id > (SELECT id FROM awal)
 ORDER BY id;

-- Nobody edits the history: the operator holds no grant to change, delete
-- or add its rows, nor a version's facts, and may only add a signature
-- (42501, permission denied); the owner's UPDATE and DELETE are refused
-- (55000); so are changes of a signed version.
SET ROLE tanda_budi;
SELECT count(*) > 0 AS budi_membaca FROM lkj.riwayat;
SELECT * FROM pg_temp.galat($$UPDATE lkj.riwayat SET pengguna = 'orang lain' WHERE instansi = 'kunir'$$);
SELECT * FROM pg_temp.galat($$DELETE FROM lkj.riwayat WHERE instansi = 'kunir'$$);
SELECT * FROM pg_temp.galat($$UPDATE lkj.versi_laporan SET teks = 'palsu' WHERE instansi = 'kunir'$$);
SELECT * FROM pg_temp.galat($$INSERT INTO lkj.riwayat (instansi, id, waktu, txid, pengguna_sesi, pengguna, tabel, operasi, kunci, baru)
                              VALUES ('kunir', 999999, '2025-01-01', 1, 'x', 'x', 'realisasi', 'INSERT', '{}', '{}')$$);
SELECT * FROM pg_temp.galat($$INSERT INTO lkj.fakta_versi SELECT * FROM lkj.fakta_versi LIMIT 1$$);
RESET ROLE;
SELECT * FROM pg_temp.galat($$UPDATE lkj.riwayat SET pengguna = 'orang lain' WHERE instansi = 'kunir'$$);
SELECT * FROM pg_temp.galat($$DELETE FROM lkj.riwayat WHERE instansi = 'kunir'$$);
SELECT * FROM pg_temp.galat($$DELETE FROM lkj.versi_laporan WHERE instansi = 'kunir'$$);
SELECT * FROM pg_temp.galat($$UPDATE lkj.revisi_laporan SET alasan = '' WHERE instansi = 'kunir'$$);
-- An auditor reads the history and the versions of its scope, and
-- cannot sign or reopen (42501: row security's WITH CHECK).
SET ROLE tanda_audi;
SELECT count(*) > 0 AS audi_membaca, count(DISTINCT instansi) AS unit FROM lkj.riwayat;
SELECT count(*) AS versi FROM lkj.versi_laporan;
SELECT kode FROM pg_temp.galat($$SELECT lkj.buka_revisi('kunir', 2024, 'audit')$$);
SELECT kode FROM pg_temp.galat($$SELECT lkj.tandatangani('kunir', 2023)$$);
RESET ROLE;

-- The versi argument: an unknown version 42704, another word 22023.
SELECT s.n, e.kode, e.pesan FROM (VALUES
    (1, $$SELECT lkj.laporan('kunir', 2024, '3')$$),
    (2, $$SELECT lkj.laporan('kunir', 2024, 'final')$$),
    (3, $$SELECT lkj.laporan('kunir', 2023, '1')$$),
    (4, $$SELECT lkj.laporan('kunyit', 2024, '1')$$),
    (5, $$SELECT * FROM lkj.beda_versi('kunir', 2024, 1, 3)$$),
    (6, $$SELECT lkj.tandatangani('kunyit', 2024)$$)) AS s (n, q)
 CROSS JOIN LATERAL pg_temp.galat(s.q) e ORDER BY s.n;

-- The checks.  Signed and unchanged: no tanda_berubah, no
-- revisi_tanpa_alasan; data_terlambat: the data of 2024 was loaded and
-- changed after 28 February 2025 (the clock of this run), and 2024 is
-- signed.
SELECT kode, tingkat, objek FROM lkj.periksa('kunir', 2024, '2025-06-30')
 WHERE kode IN ('tanda_berubah', 'revisi_tanpa_alasan', 'data_terlambat') ORDER BY kode;
SELECT lkj.batas_laporan(2024) AS batas_2024, lkj.batas_laporan(2023) AS batas_2023;
-- A change outside the unit's rows (the pemda's name, printed in the
-- header) moves the report away from the signed digest: tanda_berubah.
UPDATE lkj.pemda SET nama = 'Kabupaten Lumajang (diubah)' WHERE kode = 'lumajang';
SELECT kode, tingkat, objek, regexp_replace(pesan, 'sha256 [0-9a-f]{12}', 'sha256 <digest>', 'g') AS pesan
  FROM lkj.periksa('kunir', 2024, '2025-06-30') WHERE kode = 'tanda_berubah';
-- Rows written around the functions (the owner with row_security off, as
-- a restore from another database would): a revision of version 2 with a
-- blank reason, and a version 4 with no revision of a version 3 (there is
-- none): revisi_tanpa_alasan, twice.
SET row_security = off;
INSERT INTO lkj.revisi_laporan VALUES ('kunir', 2024, 2, '', 'impor', '2025-03-01 08:00+07');
INSERT INTO lkj.versi_laporan (instansi, tahun, versi, tanggal, penanda_nama, teks, digest, dicatat_oleh, dicatat_pada)
SELECT instansi, tahun, 4, '2025-03-05', penanda_nama, teks, digest, 'impor', '2025-03-05 08:00+07'
  FROM lkj.versi_laporan WHERE instansi = 'kunir' AND tahun = 2024 AND versi = 2;
RESET row_security;
SELECT kode, tingkat, objek, pesan FROM lkj.periksa('kunir', 2024, '2025-06-30') WHERE kode = 'revisi_tanpa_alasan' ORDER BY objek;
ROLLBACK;
