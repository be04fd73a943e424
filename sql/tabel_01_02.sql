-- Tabel 1 (komposisi pegawai) and Tabel 2 (sarana dan prasarana) of
-- Kecamatan Kunir 2024 against the printed report (shared/seed).  Only
-- integers and text are printed: no setting changes this output.
BEGIN;
\set ECHO none
\i data/kunir_2024.sql
\set ECHO all

-- Tabel 1.  The report prints 0 as "-".  Erratum 7: it numbers the rows
-- 1-7, 8, 7, 8; the view numbers them 1 to 10.  Printed totals:
-- L 12, P 5, PNS 10, P3K -, TKB 7, SD 1, SMP 1, SMA 7, D3 1, S1 6, S2 1,
-- S3 -, eselon 2 -, 3 2, 4 5.
SELECT urutan, no, jenis_baris, uraian, laki_laki AS l, perempuan AS p, pns, pppk, tkb,
       sd, smp, sma, d3, s1, s2, s3, eselon_2 AS e2, eselon_3 AS e3, eselon_4 AS e4
  FROM lkj.tabel_1_komposisi_pegawai
 WHERE instansi = 'kunir' AND tahun = 2024;

-- The total row is the sum of the position rows, column by column.
SELECT pg_catalog.sum(laki_laki + perempuan) FILTER (WHERE jenis_baris = 'jabatan') AS orang,
       pg_catalog.sum(laki_laki + perempuan) FILTER (WHERE jenis_baris = 'jumlah') AS jumlah,
       pg_catalog.sum(pns + pppk + tkb) FILTER (WHERE jenis_baris = 'jumlah') AS menurut_status,
       pg_catalog.sum(sd + smp + sma + d3 + s1 + s2 + s3) FILTER (WHERE jenis_baris = 'jumlah') AS menurut_ijazah
  FROM lkj.tabel_1_komposisi_pegawai
 WHERE instansi = 'kunir' AND tahun = 2024;

-- A year without staff has no Tabel 1; an unknown unit neither.
SELECT count(*) FROM lkj.tabel_1_komposisi_pegawai WHERE instansi = 'kunir' AND tahun = 2023;
SELECT count(*) FROM lkj.tabel_1_komposisi_pegawai WHERE instansi = 'tidak-ada' AND tahun = 2024;

-- Tabel 2, all 56 lines as printed: Jumlah and Keterangan/Kondisi Barang.
SELECT urutan, no, uraian, satuan, jumlah, baik, rusak, rusak_berat, kondisi
  FROM lkj.tabel_2_sarana_prasarana
 WHERE instansi = 'kunir' AND tahun = 2024;

-- Section 1.1.4 counts 146 items; 132 good and 14 damaged (section 3.1.2.6).
SELECT pg_catalog.count(*) AS baris, pg_catalog.sum(jumlah) AS jumlah, pg_catalog.sum(baik) AS baik,
       pg_catalog.sum(rusak) AS rusak, pg_catalog.sum(rusak_berat) AS rusak_berat
  FROM lkj.tabel_2_sarana_prasarana
 WHERE instansi = 'kunir' AND tahun = 2024;

ROLLBACK;
