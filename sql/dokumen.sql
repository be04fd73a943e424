-- lkj.dokumen: the LKj as one HTML document (issue 13), Kecamatan Kunir 2024.
-- The tables are lkj.laporan's (sql/laporan.sql reads them against the seed),
-- converted cell for cell: tests/t_dokumen.sh compares them in the HTML, the
-- Word file and the PDF.  Here: the document's shape, the text generated
-- from the data with its figures worked by hand, the planner's own text
-- replacing it and escaped, the checks before signing, the errors.
\set VERBOSITY default
\set SHOW_CONTEXT never
BEGIN;
\set ECHO none
\i data/kunir_2024.sql
\set ECHO all

-- The chapters, in order, and the sections under them.
SELECT m[1] AS bab, m[2] AS judul
  FROM regexp_matches(lkj.dokumen('kunir', 2024), '<h1>(BAB [IV]+)<br>([^<]+)</h1>', 'g') m;
SELECT m[1] AS bagian FROM regexp_matches(lkj.dokumen('kunir', 2024), '<h[23]>([0-9.]+) ', 'g') m;
-- As many tables as lkj.laporan prints (each after a blank line), each with
-- its <thead>; 5 of them wide enough for a landscape page (Tabel 1: 18
-- columns; Tabel 6, 8, 10: figure columns side by side; the PK's programs
-- are not: 4 columns); three charts, in the order they are numbered.
SELECT (SELECT count(*) FROM regexp_matches(lkj.laporan('kunir', 2024), E'\n\n\\|', 'g')) AS tabel_laporan,
       (SELECT count(*) FROM regexp_matches(lkj.dokumen('kunir', 2024), '<table class="(sempit|lebar)"><thead>', 'g')) AS tabel_dokumen,
       (SELECT count(*) FROM regexp_matches(lkj.dokumen('kunir', 2024), '<figure class="tabel lebar"', 'g')) AS lanskap;
SELECT m[1] AS gambar FROM regexp_matches(lkj.dokumen('kunir', 2024), '<figcaption>(Gambar [^<]+)</figcaption>', 'g') m;
SELECT m[1] AS lebar_lanskap FROM regexp_matches(lkj.dokumen('kunir', 2024), '<figure class="tabel lebar" id="tabel-[0-9]+"><figcaption>([^<]+)', 'g') m;
-- The cover says which version it is; the appendix signs both PKs: the
-- first party's rank is not stored for Kunir, its NIP is.
SELECT m[1] AS versi FROM regexp_matches(lkj.dokumen('kunir', 2024), '<p class="versi">([^<]+)</p>') m;
SELECT m[1] AS tempat_tanggal, m[2] AS nip
  FROM regexp_matches(lkj.dokumen('kunir', 2024), '<p>(Lumajang, [^<]+)</p><p>Pihak Pertama,</p>.*?<p>NIP. ([^<]+)</p>', 'g') m;
-- No clock: the same data, the same bytes (sql/tanpa_jam.sql scans the bodies).
SELECT md5(lkj.dokumen('kunir', 2024)) = md5(lkj.dokumen('kunir', 2024)) AS sama;

-- Text generated from the data, where the planner has written none: per
-- indicator, the figures as Tabel 9 prints them.
--   IPP: 84,44 / 62,2 = 135,76%, Sangat Tinggi (> 90);
--   fasilitasi: 82,87 / 72,73 = 113,94%;  dokumen desa: 96,97 / 69,70 = 139,12%.
-- 3.1.2.2 against the latest earlier capaian (Tabel 10): Kunir's data has
-- none for 2021-2023 (N/A), so 2020's: 135,76 - 106,81 = 28,95 points up;
-- 113,94 - 100,00 = 13,94; 139,12 - 100,00 = 39,12.
-- 3.1.2.3 against the Renstra's 2026 target (Tabel 12): 84,44 / 70,50 =
-- 119,77%; 82,87 / 76,36 = 108,53%; 96,97 / 75,76 = 128,00%.  3.1.2.6 by the unit's method
-- (selisih): 135,76 - 96,14 = 39,62; 113,94 - 96,01 = 17,93; 139,12 - 99,49 = 39,63.
-- 3.1.1: 3 indicators, all reached.  3.2: 1.560.338.808 of 1.622.941.244 = 96,14%.
SELECT bagian, urutan, jenis, teks FROM lkj.dokumen_narasi('kunir', 2024)
 WHERE bagian IN ('3.1.1', '3.1.2.1', '3.1.2.2', '3.1.2.3', '3.1.2.4', '3.1.2.6', '3.2', '1.1.3')
 ORDER BY bagian, urutan;
-- Every generated section is marked, once (18: the 24 sections less the 6
-- only the planner can write, which are empty).
SELECT count(*) FILTER (WHERE dibuat) AS dibuat, count(*) FILTER (WHERE NOT dibuat) AS sendiri
  FROM lkj.dokumen_narasi('kunir', 2024);
SELECT (SELECT count(*) FROM regexp_matches(lkj.dokumen('kunir', 2024), '<div class="dibuat"><p class="tanda">\[Teks otomatis dari data', 'g')) AS tanda,
       (SELECT count(*) FROM regexp_matches(lkj.dokumen('kunir', 2024), '\[Bagian ini belum diisi\.\]', 'g')) AS kosong;

-- Kunir writes no text in lkj: no check judges its sections (its five
-- findings stay, sql/periksa.sql).
SELECT count(*) FROM lkj.cek_narasi_kosong WHERE instansi = 'kunir';
SELECT count(*) FROM lkj.cek_narasi_dibuat WHERE instansi = 'kunir';

SAVEPOINT narasi;
-- The planner writes 3.1.2.5 (a paragraph and a list) and 3.1.2.1: their
-- text replaces the generated one and is escaped.  Now the year is judged:
-- the other sections only the planner can write are empty (5 of 6), and the
-- 18 generated ones less 3.1.2.1 still generated (17).
INSERT INTO lkj.narasi (instansi, tahun, bagian, urutan, jenis, teks) VALUES
    ('kunir', 2024, '3.1.2.5', 1, 'paragraf', 'Capaian melampaui target karena <koordinasi> & "pendampingan" desa.'),
    ('kunir', 2024, '3.1.2.5', 2, 'daftar', 'Rapat koordinasi bulanan;'),
    ('kunir', 2024, '3.1.2.5', 3, 'daftar', 'Pendampingan APBDes.'),
    ('kunir', 2024, '3.1.2.1', 1, 'paragraf', 'Ketiga indikator mencapai target.');
SELECT m[1] AS bagian_3_1_2_5
  FROM regexp_matches(lkj.dokumen('kunir', 2024), '<h3>3[.]1[.]2[.]5 [^<]*?</h3>(.*?)</section>') m;
SELECT position('<koordinasi>' IN lkj.dokumen('kunir', 2024)) AS mentah;
SELECT bagian, urutan, dibuat, teks FROM lkj.dokumen_narasi('kunir', 2024) WHERE bagian = '3.1.2.1';
SELECT tabel, kode, tingkat, objek, pesan FROM lkj.cek_narasi_kosong WHERE instansi = 'kunir' ORDER BY tabel;
SELECT count(*), min(pesan) FROM lkj.cek_narasi_dibuat WHERE instansi = 'kunir';
-- periksa runs them (members of the extension named cek_), 2024 only
SELECT kode, count(*) FROM lkj.periksa('kunir', 2024, '2025-01-01') GROUP BY kode ORDER BY kode;
ROLLBACK TO SAVEPOINT narasi;
-- what the table refuses
SAVEPOINT galat;
INSERT INTO lkj.narasi (instansi, tahun, bagian, urutan, teks) VALUES ('kunir', 2024, '5.1', 1, 'x');
ROLLBACK TO SAVEPOINT galat;
SAVEPOINT galat;
INSERT INTO lkj.narasi (instansi, tahun, bagian, urutan, jenis, teks) VALUES ('kunir', 2024, '4.2', 1, 'tabel', 'x');
ROLLBACK TO SAVEPOINT galat;
SAVEPOINT galat;
INSERT INTO lkj.narasi (instansi, tahun, bagian, urutan, teks) VALUES ('kunir', 2024, '4.2', 1, '  ');
ROLLBACK TO SAVEPOINT galat;
SAVEPOINT galat;
INSERT INTO lkj.narasi (instansi, tahun, bagian, urutan, teks) VALUES ('kunyit', 2024, '4.2', 1, 'x');
ROLLBACK TO SAVEPOINT galat;

-- The helpers.
SELECT lkj.format_html('<a href="x">Tom & Jerry''s</a>');
SELECT lkj.dokumen_tabel(lkj.format_tabel(ARRAY['No', 'Uraian', 'Nilai'],
                                          ARRAY[ARRAY['1', 'a | b', '1.234,50'], ARRAY['2', '<i>', NULL]], 'rlr'));
SAVEPOINT galat;
SELECT lkj.dokumen_tabel('Tabel 1  bukan tabel');
ROLLBACK TO SAVEPOINT galat;
SAVEPOINT galat;
SELECT lkj.grafik_batang('g', ARRAY['a', 'b'], ARRAY['x'], ARRAY[1]::numeric[], ARRAY['1'], false);
ROLLBACK TO SAVEPOINT galat;
SELECT lkj.grafik_batang('g', '{}', ARRAY['x'], '{}', '{}', false) IS NULL AS tanpa_kategori;
-- grey-safe: three charts with patterns, no script anywhere
SELECT (SELECT count(*) FROM regexp_matches(lkj.dokumen('kunir', 2024), '<svg ', 'g')) AS svg,
       (SELECT count(*) FROM regexp_matches(lkj.dokumen('kunir', 2024), '<pattern id="g[123]-arsir"', 'g')) AS pola,
       position('<script' IN lkj.dokumen('kunir', 2024)) AS skrip;

-- Errors: an unknown unit as laporan's; NULL gives NULL; a year without data
-- still gives the document's shape.
SAVEPOINT galat;
SELECT lkj.dokumen('kunyit', 2024);
ROLLBACK TO SAVEPOINT galat;
SELECT lkj.dokumen(NULL, 2024) IS NULL AS kosong;
SELECT (SELECT count(*) FROM regexp_matches(lkj.dokumen('kunir', 2030), '<h1>BAB ', 'g')) AS bab_2030,
       position('Tidak ada data.' IN lkj.dokumen('kunir', 2030)) > 0 AS tidak_ada_data;


-- A signed year (issue 11): the cover names the version and the kata
-- pengantar is dated the signature's day; the tables are the signed text's.
-- The owner then changes a realisasi with row security off (as a restore
-- would, so no lock stops it): the signed document keeps its tables, the
-- draft shows the change.  A revision makes the current data a "Draf
-- revisi".  Undone at the end.
SAVEPOINT tanda;
CREATE TEMP TABLE tabel_dokumen AS
SELECT md5(string_agg(m[1], '' ORDER BY ke)) AS sidik
  FROM regexp_matches(lkj.dokumen('kunir', 2024), '(<table.*?</table>)', 'g') WITH ORDINALITY AS x (m, ke);
SELECT lkj.tandatangani('kunir', 2024, '2025-02-14') AS versi;
SELECT m[1] AS sampul FROM regexp_matches(lkj.dokumen('kunir', 2024), '<p class="versi">([^<]+)</p>') m;
SELECT m[1] AS kata_pengantar FROM regexp_matches(lkj.dokumen('kunir', 2024), '<div class="ttd-pengantar"><p>([^<]+)</p>') m;
SET LOCAL row_security = off;
UPDATE lkj.realisasi SET nilai = nilai + 1
 WHERE instansi = 'kunir' AND tahun = 2024 AND indikator = (SELECT min(indikator) FROM lkj.realisasi WHERE instansi = 'kunir' AND tahun = 2024 AND nilai IS NOT NULL);
RESET row_security;
SELECT v.versi,
       (SELECT md5(string_agg(m[1], '' ORDER BY ke))
          FROM regexp_matches(lkj.dokumen('kunir', 2024, v.versi), '(<table.*?</table>)', 'g') WITH ORDINALITY AS x (m, ke))
       = (SELECT sidik FROM tabel_dokumen) AS tabel_seperti_ditandatangani
  FROM (VALUES ('tertanda'), ('1'), ('draf')) v (versi);
SELECT lkj.buka_revisi('kunir', 2024, 'Realisasi triwulan IV dikoreksi') AS versi_dibuka;
SELECT m[1] AS sampul FROM regexp_matches(lkj.dokumen('kunir', 2024, 'draf'), '<p class="versi">([^<]+)</p>') m;
SELECT m[1] AS kata_pengantar FROM regexp_matches(lkj.dokumen('kunir', 2024, 'draf'), '<div class="ttd-pengantar"><p>([^<]+)</p>') m;
ROLLBACK TO SAVEPOINT tanda;

-- A version that does not exist, a word that is not a version.
SAVEPOINT galat;
SELECT lkj.dokumen('kunir', 2024, '7');
ROLLBACK TO SAVEPOINT galat;
SELECT lkj.dokumen('kunir', 2024, 'terakhir');
ROLLBACK TO SAVEPOINT galat;

ROLLBACK;
