-- hierarki: the government hierarchy as data (issue 8, items 1, 3, 4, 5):
-- provinces, regencies and cities, a ministry with a directorate (a unit
-- with no pemda) and its report, the head of a unit per year, PPPK and P3K
-- as one status.  Flat lists: what is accepted, the edges, and what is
-- refused with its SQLSTATE and constraint.  All of it made-up data on top
-- of Kunir 2024.
\set SHOW_CONTEXT never
\set VERBOSITY default
SET lc_numeric TO 'C';
BEGIN;
\set ECHO none
\i data/kunir_2024.sql
\set ECHO all

-- The SQLSTATE and constraint a statement fails with, or 'ok'.
CREATE FUNCTION pg_temp.tolak(perintah text, OUT kode text, OUT kendala text)
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE perintah;
    kode := 'ok';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS kode = RETURNED_SQLSTATE, kendala = CONSTRAINT_NAME;
END $$;

-- ----------------------------------------------------------------------
-- valid: a province with two regencies (Lumajang, 1.0's row, a kabupaten
-- by default; and a city), a ministry with a directorate
-- ----------------------------------------------------------------------
INSERT INTO lkj.pemda (kode, nama, jenis) VALUES ('jatim', 'Provinsi Jawa Timur', 'provinsi');
UPDATE lkj.pemda SET provinsi = 'jatim' WHERE kode = 'lumajang';
INSERT INTO lkj.pemda (kode, nama, jenis, provinsi)
VALUES ('kota-malang', 'Kota Malang', 'kota', 'jatim');
SELECT kode, nama, jenis, provinsi, skala_kriteria FROM lkj.pemda ORDER BY kode;

INSERT INTO lkj.kementerian (kode, nama, jenis, skala_kriteria)
VALUES ('kemen-contoh', 'Kementerian Contoh', 'kementerian', 'permendagri-86-2017');
-- a directorate: no pemda, no head in lkj.instansi (it is per year), the
-- label of PPPK left at its default
INSERT INTO lkj.instansi (kode, kementerian, nama, jenis, alamat)
VALUES ('dit-contoh', 'kemen-contoh', 'Direktorat Contoh', 'direktorat', 'Jl. Merdeka No. 1, Jakarta');
SELECT kode, pemda, kementerian, jenis, label_pppk, kepala_nama FROM lkj.instansi ORDER BY kode;

-- Its year 2024: one sasaran (no tujuan) with one IKU, a PK and its revision
-- signed by different heads (the head changed on 15 July 2024), a whole-year
-- result.
INSERT INTO lkj.renstra (instansi, kode, nama, tahun_awal, tahun_akhir)
VALUES ('dit-contoh', '2020-2024', 'Renstra 2020-2024', 2020, 2024);
-- No tujuan level of its own (1.1): the sasaran hangs on the Renstra.
INSERT INTO lkj.sasaran (instansi, renstra, no, tujuan, uraian)
VALUES ('dit-contoh', '2020-2024', 1, NULL, 'Tersusunnya regulasi tepat waktu');
INSERT INTO lkj.indikator (instansi, kode, uraian, satuan, iku, renstra, sasaran)
VALUES ('dit-contoh', 'regulasi', 'Jumlah regulasi yang diselesaikan', 'Dokumen', true, '2020-2024', 1);
INSERT INTO lkj.kepala_instansi (instansi, tahun, mulai, nama, nip, pangkat, jabatan) VALUES
    ('dit-contoh', 2024, '2021-03-01', 'Dr. ANDI LAMA, M.Si.', '197001012000031001', 'Pembina Utama Muda (IV/c)', 'Direktur Contoh'),
    ('dit-contoh', 2024, '2024-07-15', 'Dr. BUDI BARU, M.H.', '197502022001121002', 'Pembina Tk. I (IV/b)', 'Direktur Contoh');
INSERT INTO lkj.perjanjian_kinerja (instansi, tahun, jenis, tanggal, tempat,
        pihak_pertama_nama, pihak_pertama_jabatan, pihak_pertama_pangkat, pihak_pertama_nip,
        pihak_kedua_nama, pihak_kedua_jabatan) VALUES
    ('dit-contoh', 2024, 'awal', '2024-01-31', 'Jakarta', 'Dr. ANDI LAMA, M.Si.', 'Direktur Contoh',
     'Pembina Utama Muda (IV/c)', '197001012000031001', 'Ir. CITRA, M.T.', 'Direktur Jenderal Contoh'),
    ('dit-contoh', 2024, 'perubahan', '2024-09-30', 'Jakarta', 'Dr. BUDI BARU, M.H.', 'Direktur Contoh',
     'Pembina Tk. I (IV/b)', '197502022001121002', 'Ir. CITRA, M.T.', 'Direktur Jenderal Contoh');
INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai) VALUES
    ('dit-contoh', 'regulasi', 2024, 'pk_awal', 200),
    ('dit-contoh', 'regulasi', 2024, 'pk_perubahan', 200);
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai)
VALUES ('dit-contoh', 'regulasi', 2024, NULL, 181);

-- Capaian 181 / 200 x 100 = 90,50.  It is graded on the ministry's scale
-- (Permendagri 86/2017: Sangat Tinggi from 91, Tinggi from 76): Tinggi.
-- Lumajang's scale (Sangat Tinggi above 90) would say Sangat Tinggi.
SELECT instansi, indikator, tahun, target, realisasi, capaian, kriteria, status
  FROM lkj.capaian_indikator WHERE instansi = 'dit-contoh';
SELECT tahun, urutan, interval_capaian, kriteria, skala
  FROM lkj.tabel_7_skala_kriteria WHERE instansi = 'dit-contoh' ORDER BY tahun, urutan;

-- P3K is PPPK: the directorate's staff, 1 PNS, 1 PPPK and 1 P3K, stored as
-- PNS, PPPK, PPPK; Tabel 1 counts PNS 1, PPPK 2 (3 staff); an UPDATE to P3K
-- is stored as PPPK too.
INSERT INTO lkj.jabatan (instansi, kode, no, nama, jenis, eselon) VALUES
    ('dit-contoh', 'direktur', 1, 'Direktur', 'struktural', 2),
    ('dit-contoh', 'analis', 2, 'Analis Kebijakan', 'fungsional', NULL);
INSERT INTO lkj.pegawai (instansi, tahun, no, jabatan, jenis_kelamin, status, pendidikan) VALUES
    ('dit-contoh', 2024, 1, 'direktur', 'L', 'PNS', 'S3'),
    ('dit-contoh', 2024, 2, 'analis', 'P', 'PPPK', 'S2'),
    ('dit-contoh', 2024, 3, 'analis', 'L', 'P3K', 'S1'),
    ('dit-contoh', 2023, 1, 'direktur', 'L', 'PNS', 'S3');
UPDATE lkj.pegawai SET status = 'P3K' WHERE instansi = 'dit-contoh' AND tahun = 2023;
SELECT tahun, no, status FROM lkj.pegawai WHERE instansi = 'dit-contoh' ORDER BY tahun, no;
SELECT tahun, urutan, uraian, pns, pppk, tkb FROM lkj.tabel_1_komposisi_pegawai
 WHERE instansi = 'dit-contoh' ORDER BY tahun, urutan;

-- The report of the directorate: its header names the ministry and no
-- regency (no "Pemerintah daerah" line at all), and the head in office on
-- 31 December 2024, the one who took office last (15 July 2024: BUDI
-- BARU), with his rank; Tabel 1 titles the PPPK column PPPK (the unit's
-- default label); Tabel 5 names the head's title; each PK names its own
-- signer with his rank.  Tabel 1: Direktur 1 L, PNS, S3, eselon 2;
-- Analis Kebijakan 1 L and 1 P, both PPPK, S1 and S2; Jumlah 2 L, 1 P,
-- PNS 1, PPPK 2.  Tabel 8: 181 of 200, 90,50, Tinggi.  The whole document,
-- every table it has no data for saying "Tidak ada data.":
\pset format unaligned
\pset tuples_only on
SELECT lkj.laporan('dit-contoh', 2024);
\pset format aligned
\pset tuples_only off
SELECT pg_catalog.strpos(lkj.laporan('dit-contoh', 2024), 'Pemerintah daerah') AS baris_pemda;

-- The unit's choice: P3K.
UPDATE lkj.instansi SET label_pppk = 'P3K' WHERE kode = 'dit-contoh';
SELECT b.baris
  FROM regexp_split_to_table(lkj.laporan('dit-contoh', 2024), E'\n') WITH ORDINALITY AS b (baris, ke)
 WHERE b.baris LIKE '%Jabatan Dalam Organisasi%' ORDER BY b.ke;

-- ----------------------------------------------------------------------
-- edges
-- ----------------------------------------------------------------------
-- A year with no head recorded (2023) and no 1.0 head on the unit: no
-- Kepala, Pangkat or NIP line, and Tabel 5's title without a title.
SELECT b.baris
  FROM regexp_split_to_table(lkj.laporan('dit-contoh', 2023), E'\n') WITH ORDINALITY AS b (baris, ke)
 WHERE b.baris ~ '^(- [A-Z][A-Za-z/ ]+:|# |Tabel 5 )' ORDER BY b.ke;
-- Kunir in a year outside tahun_laporan (2030): no kepala_instansi row,
-- so 1.0's head on lkj.instansi heads it, as in 1.0.
SELECT b.baris
  FROM regexp_split_to_table(lkj.laporan('kunir', 2030), E'\n') WITH ORDINALITY AS b (baris, ke)
 WHERE b.baris ~ '^(- [A-Z][A-Za-z/ ]+:|# |Tabel 5 )' ORDER BY b.ke;
-- Kunir's head per year, as the upgrade writes it: 2018 to 2026 from
-- 1 January, the same head.
SELECT tahun, mulai, nama, nip, pangkat, jabatan FROM lkj.kepala_instansi
 WHERE instansi = 'kunir' ORDER BY tahun;

-- The kinds of units, every one accepted.
SELECT t.jenis, (pg_temp.tolak(format(
         $$INSERT INTO lkj.instansi (kode, pemda, nama, jenis) VALUES (%L, 'lumajang', 'Contoh', %L)$$,
         'u-' || t.jenis, t.jenis))).kode
  FROM unnest(ARRAY['dinas', 'badan', 'kecamatan', 'kelurahan', 'sekretariat', 'inspektorat',
                    'direktorat', 'biro', 'upt', 'kantor', 'lainnya']) AS t (jenis);

-- ----------------------------------------------------------------------
-- invalid: what the hierarchy's constraints refuse
-- ----------------------------------------------------------------------
SELECT t.uji, r.kode, r.kendala
  FROM (VALUES
    ('a province under a province',
     $$INSERT INTO lkj.pemda (kode, nama, jenis, provinsi) VALUES ('jateng', 'Provinsi Jawa Tengah', 'provinsi', 'jatim')$$),
    ('a regency whose province is a regency',
     $$INSERT INTO lkj.pemda (kode, nama, jenis, provinsi) VALUES ('jember', 'Kabupaten Jember', 'kabupaten', 'lumajang')$$),
    ('a regency whose province does not exist',
     $$INSERT INTO lkj.pemda (kode, nama, jenis, provinsi) VALUES ('jember', 'Kabupaten Jember', 'kabupaten', 'jabar')$$),
    ('a province turned into a regency while it has regencies',
     $$UPDATE lkj.pemda SET jenis = 'kabupaten' WHERE kode = 'jatim'$$),
    ('a pemda of an unknown kind',
     $$INSERT INTO lkj.pemda (kode, nama, jenis) VALUES ('desa-x', 'Desa X', 'desa')$$),
    ('a central body of an unknown kind',
     $$INSERT INTO lkj.kementerian (kode, nama, jenis, skala_kriteria) VALUES ('x', 'Badan X', 'badan', 'lumajang')$$),
    ('a central body without a scale',
     $$INSERT INTO lkj.kementerian (kode, nama, jenis) VALUES ('x', 'Lembaga X', 'lembaga')$$),
    ('a central body with an unknown scale',
     $$INSERT INTO lkj.kementerian (kode, nama, jenis, skala_kriteria) VALUES ('x', 'Lembaga X', 'lembaga', 'jember')$$),
    ('a unit under a pemda and a kementerian',
     $$INSERT INTO lkj.instansi (kode, pemda, kementerian, nama, jenis) VALUES ('x', 'lumajang', 'kemen-contoh', 'X', 'biro')$$),
    ('a unit under neither',
     $$INSERT INTO lkj.instansi (kode, nama, jenis) VALUES ('x', 'X', 'biro')$$),
    ('a unit under an unknown kementerian',
     $$INSERT INTO lkj.instansi (kode, kementerian, nama, jenis) VALUES ('x', 'kemen-x', 'X', 'biro')$$),
    ('a unit of an unknown kind',
     $$INSERT INTO lkj.instansi (kode, pemda, nama, jenis) VALUES ('x', 'lumajang', 'X', 'kelompok')$$),
    ('a PPPK label in lower case',
     $$UPDATE lkj.instansi SET label_pppk = 'pppk' WHERE kode = 'kunir'$$),
    ('a head who takes office after the year',
     $$INSERT INTO lkj.kepala_instansi (instansi, tahun, mulai, nama, jabatan) VALUES ('kunir', 2024, '2025-01-01', 'X', 'Camat Kunir')$$),
    ('a head''s NIP of 17 digits',
     $$INSERT INTO lkj.kepala_instansi (instansi, tahun, mulai, nama, nip, jabatan) VALUES ('kunir', 2024, '2024-06-01', 'X', '19770309200501100', 'Camat Kunir')$$),
    ('a head''s empty rank',
     $$INSERT INTO lkj.kepala_instansi (instansi, tahun, mulai, nama, pangkat, jabatan) VALUES ('kunir', 2024, '2024-06-01', 'X', '', 'Camat Kunir')$$),
    ('a head without a title',
     $$INSERT INTO lkj.kepala_instansi (instansi, tahun, mulai, nama) VALUES ('kunir', 2024, '2024-06-01', 'X')$$),
    ('two heads from the same day',
     $$INSERT INTO lkj.kepala_instansi (instansi, tahun, mulai, nama, jabatan) VALUES ('kunir', 2024, '2024-01-01', 'X', 'Camat Kunir')$$),
    ('a head of an unknown unit',
     $$INSERT INTO lkj.kepala_instansi (instansi, tahun, mulai, nama, jabatan) VALUES ('kunyit', 2024, '2024-01-01', 'X', 'Camat')$$),
    ('a PK signer''s empty rank',
     $$UPDATE lkj.perjanjian_kinerja SET pihak_pertama_pangkat = '' WHERE instansi = 'kunir'$$),
    ('a status p3k in lower case',
     $$INSERT INTO lkj.pegawai (instansi, tahun, no, jabatan, jenis_kelamin, status, pendidikan) VALUES ('dit-contoh', 2024, 9, 'analis', 'L', 'p3k', 'S1')$$),
    ('a kementerian that still has units',
     $$DELETE FROM lkj.kementerian WHERE kode = 'kemen-contoh'$$)
  ) AS t (uji, perintah)
 CROSS JOIN LATERAL pg_temp.tolak(t.perintah) r;

-- One refusal with its whole message.
INSERT INTO lkj.instansi (kode, nama, jenis) VALUES ('x', 'X', 'biro');
ROLLBACK;
