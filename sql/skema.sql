-- skema: what the schema makes impossible.  Each statement below tries one
-- impossible fact on top of Kunir 2024 and must be refused with the SQLSTATE
-- shown (23514 check, 23503 foreign key, 23505 duplicate, 23502 not null);
-- the last block shows that the same facts, made possible, are accepted.
\set SHOW_CONTEXT never
\set VERBOSITY default
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

-- a second unit, so that cross-unit references can be tried
INSERT INTO lkj.instansi (kode, pemda, nama, jenis, kepala_jabatan, kepala_nama)
VALUES ('tempeh', 'lumajang', 'Kecamatan Tempeh', 'kecamatan', 'Camat Tempeh', 'CONTOH');

SELECT t.uji, r.kode, r.kendala
  FROM (VALUES
    ('a fifth quarter',
     $$INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES ('kunir', 'ipp', 2024, 5, 1)$$),
    ('quarter 0',
     $$INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES ('kunir', 'ipp', 2024, 0, 1)$$),
    ('a quarter twice',
     $$INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES ('kunir', 'ipp', 2024, 1, 1)$$),
    ('a whole year twice',
     $$INSERT INTO lkj.realisasi (instansi, indikator, tahun, nilai) VALUES ('kunir', 'ipp-2018', 2019, 1)$$),
    ('a value and a count pair',
     $$INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai, pembilang, penyebut) VALUES ('kunir', 'ipp', 2025, 1, 1, 1, 2)$$),
    ('a count over a zero denominator',
     $$INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, pembilang, penyebut) VALUES ('kunir', 'dokumen-desa', 2025, 1, 1, 0)$$),
    ('a realisasi of another unit''s indicator',
     $$INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES ('tempeh', 'ipp', 2024, 1, 1)$$),
    ('a target of another unit''s indicator',
     $$INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai) VALUES ('tempeh', 'ipp', 2024, 'renstra', 62.2)$$),
    ('a negative target',
     $$INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai) VALUES ('kunir', 'ipp', 2025, 'renstra', -1)$$),
    ('a range upside down',
     $$INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, batas_bawah, batas_atas) VALUES ('kunir', 'ipp', 2025, 'renstra', 90, 80)$$),
    ('a value and a range',
     $$INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai, batas_bawah, batas_atas) VALUES ('kunir', 'ipp', 2025, 'renstra', 85, 80, 90)$$),
    ('a PK target without the PK',
     $$INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai) VALUES ('kunir', 'ipp', 2025, 'pk_awal', 63)$$),
    ('an unknown document',
     $$INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai) VALUES ('kunir', 'ipp', 2025, 'renja', 63)$$),
    ('a negative budget',
     $$UPDATE lkj.program SET anggaran_awal = -1 WHERE instansi = 'kunir' AND kode = '1'$$),
    ('negative spending',
     $$UPDATE lkj.kegiatan SET realisasi = -1 WHERE instansi = 'kunir' AND kode = '1.1'$$),
    ('a program under another unit''s sasaran',
     $$INSERT INTO lkj.program (instansi, tahun, kode, no, nama, renstra, sasaran) VALUES ('tempeh', 2024, '1', 1, 'P', '2024-2026', 1)$$),
    ('a kegiatan of a program that does not exist',
     $$INSERT INTO lkj.kegiatan (instansi, tahun, program, kode, no, nama) VALUES ('kunir', 2024, '9', '9.1', 1, 'K')$$),
    ('an indicator of two levels at once',
     $$INSERT INTO lkj.indikator (instansi, kode, uraian, renstra, tujuan, sasaran) VALUES ('kunir', 'dua', 'X', '2024-2026', 1, 1)$$),
    ('an indicator of no level',
     $$INSERT INTO lkj.indikator (instansi, kode, uraian) VALUES ('kunir', 'tanpa', 'X')$$),
    ('a program indicator without its year',
     $$INSERT INTO lkj.indikator (instansi, kode, uraian, program) VALUES ('kunir', 'tanpa-tahun', 'X', '1')$$),
    ('village documents counted with another rule than rasio',
     $$INSERT INTO lkj.indikator (instansi, kode, uraian, sumber, agregasi, renstra, sasaran) VALUES ('kunir', 'x', 'X', 'dokumen_desa', 'jumlah', '2024-2026', 2)$$),
    ('an unknown aggregation rule',
     $$INSERT INTO lkj.indikator (instansi, kode, uraian, agregasi, renstra, sasaran) VALUES ('kunir', 'x', 'X', 'median', '2024-2026', 2)$$),
    ('a Renstra of more than ten years',
     $$INSERT INTO lkj.renstra (instansi, kode, nama, tahun_awal, tahun_akhir) VALUES ('kunir', '2027-2037', 'R', 2027, 2037)$$),
    ('a Renstra that ends before it starts',
     $$INSERT INTO lkj.renstra (instansi, kode, nama, tahun_awal, tahun_akhir) VALUES ('kunir', 'x', 'R', 2027, 2026)$$),
    ('a PK dated two years early',
     $$INSERT INTO lkj.perjanjian_kinerja VALUES ('kunir', 2025, 'awal', '2023-12-01', 'Lumajang', 'A', 'Camat', NULL, 'B', 'Bupati')$$),
    ('a third kind of PK',
     $$INSERT INTO lkj.perjanjian_kinerja VALUES ('kunir', 2025, 'kedua', '2025-01-10', 'Lumajang', 'A', 'Camat', NULL, 'B', 'Bupati')$$),
    ('a NIP of 17 digits',
     $$UPDATE lkj.instansi SET kepala_nip = '19770309200501100' WHERE kode = 'kunir'$$),
    ('a unit kode with capitals',
     $$INSERT INTO lkj.instansi (kode, pemda, nama, jenis, kepala_jabatan, kepala_nama) VALUES ('Kunir2', 'lumajang', 'K', 'kecamatan', 'C', 'N')$$),
    ('a unit of a regency that does not exist',
     $$INSERT INTO lkj.instansi (kode, pemda, nama, jenis, kepala_jabatan, kepala_nama) VALUES ('k2', 'jember', 'K', 'kecamatan', 'C', 'N')$$),
    ('a regency on an unknown scale',
     $$INSERT INTO lkj.pemda (kode, nama, skala_kriteria) VALUES ('jember', 'Kabupaten Jember', 'jember')$$),
    ('staff of an unknown sex',
     $$INSERT INTO lkj.pegawai VALUES ('kunir', 2024, 18, 'kontrak', 'X', 'TKB', 'SMA')$$),
    ('staff in another unit''s position',
     $$INSERT INTO lkj.pegawai VALUES ('tempeh', 2024, 1, 'camat', 'L', 'PNS', 'S1')$$),
    ('an eselon on a contract position',
     $$UPDATE lkj.jabatan SET eselon = 4 WHERE instansi = 'kunir' AND kode = 'kontrak'$$),
    ('an asset line of nothing',
     $$INSERT INTO lkj.sarana (instansi, tahun, no, nama, satuan) VALUES ('kunir', 2024, 57, 'Meja', 'Buah')$$),
    ('a negative number of damaged assets',
     $$UPDATE lkj.sarana SET rusak = -1 WHERE instansi = 'kunir' AND tahun = 2024 AND no = 1$$),
    ('a document of another unit''s village',
     $$INSERT INTO lkj.dokumen_desa VALUES ('tempeh', 'desa-01', 'RKPDes', 2025, '2024-09-01')$$),
    ('an unknown village document',
     $$INSERT INTO lkj.dokumen_desa VALUES ('kunir', 'desa-01', 'Perdes', 2025, '2024-09-01')$$),
    ('deleting a unit that has data',
     $$DELETE FROM lkj.instansi WHERE kode = 'kunir'$$),
    ('deleting a program that has kegiatan',
     $$DELETE FROM lkj.program WHERE instansi = 'kunir' AND kode = '1'$$)
  ) AS t (uji, perintah)
 CROSS JOIN LATERAL pg_temp.tolak(t.perintah) AS r;

-- The same kinds of facts, when possible, are accepted.
SELECT t.uji, r.kode, r.kendala
  FROM (VALUES
    ('the whole year of 2025, then its first quarter',
     $$INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES ('kunir', 'ipp', 2025, NULL, 80), ('kunir', 'ipp', 2025, 1, 20)$$),
    ('a range target',
     $$INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, batas_bawah, batas_atas) VALUES ('kunir', 'ipp', 2025, 'renstra', 80, 90)$$),
    ('a target of zero',
     $$INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai) VALUES ('kunir', 'fasilitasi', 2025, 'renstra', 0)$$),
    ('a negative realisasi (a growth rate can fall)',
     $$INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES ('kunir', 'fasilitasi', 2025, 1, -2.5)$$),
    ('a village document not set yet',
     $$INSERT INTO lkj.dokumen_desa VALUES ('kunir', 'desa-01', 'RKPDes', 2026, NULL)$$),
    ('the same indicator kode in another unit',
     $$INSERT INTO lkj.renstra VALUES ('tempeh', '2024-2026', 'Renstra 2024-2026', 2024, 2026);
       INSERT INTO lkj.tujuan VALUES ('tempeh', '2024-2026', 1, 'T');
       INSERT INTO lkj.indikator (instansi, kode, uraian, renstra, tujuan) VALUES ('tempeh', 'ipp', 'Indeks Pelayanan Publik', '2024-2026', 1)$$)
  ) AS t (uji, perintah)
 CROSS JOIN LATERAL pg_temp.tolak(t.perintah) AS r;
ROLLBACK;
