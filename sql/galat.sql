-- One error per situation: the same mistake gives the same SQLSTATE (and a
-- message of the same shape) from every entry point.  One row per situation
-- of the README's "Errors" table, each with the statement that makes it and
-- what it raises; binary input (22P03) is in skala.sql, whose COPY files this
-- one does not write.  Each topic's own file tests its errors in depth.
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

-- An unknown unit or scale: 42704 with PostgreSQL's own shape (relation "x"
-- does not exist), the same detail and hint from every function that takes
-- one.  No function takes a pemda: a row naming one that does not exist is
-- the foreign key's 23503, as for a unit or a scale (below).
SELECT e.* FROM (VALUES
    (1, $$SELECT lkj.laporan('kunyit', 2024)$$),
    (2, $$SELECT * FROM lkj.periksa('kunyit', 2024, '2025-01-01')$$),
    (3, $$SELECT * FROM lkj.periksa('KUNIR', per_tanggal => '2025-01-01')$$)) AS s (n, q)
 CROSS JOIN LATERAL pg_temp.galat(s.q) e ORDER BY s.n;
SELECT e.* FROM (VALUES
    (1, $$SELECT lkj.kriteria(80, 'jember')$$),
    (2, $$SELECT lkj.label_kriteria(80, 'Lumajang')$$),
    (3, $$SELECT lkj.skala_bernama('jember')$$)) AS s (n, q)
 CROSS JOIN LATERAL pg_temp.galat(s.q) e ORDER BY s.n;

-- Every situation once: its SQLSTATE and message.
SELECT s.situasi, e.kode, e.pesan
  FROM (VALUES
    (1, 'unknown unit', $$SELECT lkj.laporan('kunyit', 2024)$$),
    (2, 'unknown criteria scale', $$SELECT lkj.kriteria(80, 'jember')$$),
    (3, 'negative figure', $$SELECT lkj.capaian(-1, 5)$$),
    (4, 'negative figure', $$SELECT lkj.penyerapan(-1, 5)$$),
    (5, 'not a finite number', $$SELECT lkj.capaian('NaN', 5)$$),
    (6, 'not a finite number', $$SELECT lkj.efisiensi('Infinity', 90)$$),
    (7, 'not a finite number', $$SELECT lkj.format_angka('NaN')$$),
    (8, 'not a finite number', $$SELECT lkj.kriteria('NaN', 'lumajang')$$),
    (9, 'bounds in the wrong order', $$SELECT lkj.capaian_rentang(90, 80, 85)$$),
    (10, 'bounds in the wrong order', $$SELECT 'A > 50; B > 60; C > 40; D > 30; E'::lkj.skala$$),
    (10.1, 'criteria scale that cannot grade', $$SELECT 'A > 90; B 80 - 95; C < 80'::lkj.skala$$),
    (10.2, 'criteria scale that cannot grade', $$SELECT 'A 91 - 100; B <= 90'::lkj.skala$$),
    (10.3, 'capaian outside every band', $$SELECT lkj.label_kriteria(90.5, 'A 91 - 100; B <= 90; di luar skala: galat'::lkj.skala)$$),
    (10.4, 'enum kriteria, scale not 5 bands', $$SELECT lkj.kriteria(85, 'Baik >= 80; Cukup >= 60; Kurang < 60'::lkj.skala)$$),
    (11, 'value outside a fixed set', $$SELECT lkj.efisiensi(100, 90, 'persen')$$),
    (12, 'value outside a fixed set', $$SELECT lkj.format_tabel(ARRAY['No'], ARRAY[ARRAY['1']], 'x', NULL)$$),
    (13, 'number of decimals out of range', $$SELECT lkj.format_angka(1, 21)$$),
    (14, 'table that does not fit its header', $$SELECT lkj.format_tabel(ARRAY['No', 'Uraian'], ARRAY[ARRAY['1']], 'rl', NULL)$$),
    (15, 'invalid text input', $$SELECT lkj.parse_angka('1,234.56')$$),
    (16, 'invalid text input', $$SELECT 'Tinggi > 90'::lkj.skala$$),
    (17, 'invalid text input', $$SELECT lkj.capaian(70, 80, 'netral')$$),
    (18, 'invalid text input', $$SELECT 'fatal'::lkj.tingkat$$),
    (19, 'number too large', $$SELECT lkj.parse_angka('1' || repeat('0', 140000))$$),
    (20, 'NULL date to judge as of', $$SELECT * FROM lkj.periksa('kunir', 2024, NULL)$$),
    (20.5, 'NULL unit to save findings of', $$SELECT lkj.simpan_temuan(NULL, 2024)$$),
    (21, 'check view that breaks the contract', $$CREATE VIEW lkj.cek_rusak AS SELECT 'kunir'::text AS instansi, 2024 AS tahun; INSERT INTO lkj.cek_pengguna VALUES ('rusak', 'lkj.cek_rusak')$$),
    (21.5, 'check view that breaks the contract', $$CREATE VIEW lkj.cek_rusak AS SELECT 'kunir'::text AS instansi, 2024 AS tahun, 'Tabel 1'::text AS tabel, 'rusak'::text AS kode, 'fatal'::text AS tingkat, 'x'::text AS objek, 'x'::text AS pesan, NULL::date AS berlaku_mulai; INSERT INTO lkj.cek_pengguna VALUES ('rusak', 'lkj.cek_rusak'); SELECT * FROM lkj.periksa(per_tanggal => '2025-01-01')$$),
    (21.6, 'check view owned by a role that may not write checks', $$CREATE ROLE galat_cek; CREATE VIEW lkj.cek_rusak AS SELECT * FROM lkj.cek_anggaran_kegiatan; ALTER VIEW lkj.cek_rusak OWNER TO galat_cek; INSERT INTO lkj.cek_pengguna VALUES ('rusak', 'lkj.cek_rusak')$$),
    (21.7, 'row twice', $$CREATE VIEW lkj.cek_rusak AS SELECT * FROM lkj.cek_anggaran_kegiatan; INSERT INTO lkj.cek_pengguna VALUES ('anggaran_pk', 'lkj.cek_rusak')$$),
    (21.8, 'finding moved to another year', $$INSERT INTO lkj.temuan_audit (instansi, tahun, tingkat, pesan) VALUES ('kunir', 2024, 'info', 'x'); UPDATE lkj.temuan_audit SET tahun = 2025$$),
    (22, 'built-in scale changed', $$DELETE FROM lkj.skala_kriteria WHERE nama = 'lumajang'$$),
    (23, 'built-in scale changed', $$UPDATE lkj.skala_kriteria SET keterangan = 'x' WHERE nama = 'lumajang'$$),
    (24, 'row naming what does not exist', $$INSERT INTO lkj.instansi (kode, pemda, nama, jenis, kepala_jabatan, kepala_nama) VALUES ('x', 'jember', 'X', 'dinas', 'Kepala', 'X')$$),
    (25, 'row naming what does not exist', $$UPDATE lkj.pemda SET skala_kriteria = 'jember'$$),
    (26, 'row still used', $$DELETE FROM lkj.instansi WHERE kode = 'kunir'$$),
    (27, 'row twice', $$INSERT INTO lkj.pemda (kode, nama) VALUES ('lumajang', 'Kabupaten Lumajang')$$),
    (28, 'row the schema refuses', $$INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES ('kunir', 'fasilitasi', 2024, 5, 1)$$),
    (29, 'row the schema refuses', $$INSERT INTO lkj.pemda (kode) VALUES ('jember')$$),
    (30, 'date that cannot be read', $$SELECT lkj.parse_tanggal('27/09/24')$$),
    (31, 'date that does not exist', $$SELECT lkj.parse_tanggal('31/02/2024')$$),
    (32, 'unknown locale', $$SELECT * FROM lkj.muat('kunir', 2024, 'en')$$),
    (33, 'unknown unit', $$SELECT * FROM lkj.muat('kunyit', 2024)$$),
    (34, 'unknown unit', $$SELECT * FROM lkj.muat_sipd('kunyit', 2024)$$)
  ) AS s (n, situasi, q)
 CROSS JOIN LATERAL pg_temp.galat(s.q) e
 ORDER BY s.n;

ROLLBACK;
