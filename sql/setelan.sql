-- setelan: dated settings (issue 8, item 4).  A setting that changes a
-- figure or a word (the criteria scale, the PPPK label) applies from a year
-- on, so that changing it from 2025 leaves the 2024 report byte for byte the
-- same.  Kunir 2024 and made-up rows on top of it.  Flat lists: what is
-- accepted, the edges, and what is refused with its SQLSTATE and constraint.
--
-- The two built-in scales differ at 90 to 91: lumajang (Kunir's Tabel 7)
-- says Sangat Tinggi above 90, permendagri-86-2017 from 91 on, Tinggi from
-- 76 (lumajang: above 75).  So a capaian of 90.50 is Sangat Tinggi on the
-- first and Tinggi on the second.
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
-- valid
-- ----------------------------------------------------------------------
-- Kunir's settings from 1990, as the upgrade from 1.0 migrates them:
-- Lumajang's scale, Kunir's label P3K.
SELECT instansi, pemda, kementerian, berlaku_mulai_tahun, skala_kriteria, label_pppk
  FROM lkj.setelan ORDER BY berlaku_mulai_tahun, instansi, pemda;
-- in force in every year Kunir reports on (its Renstra periods, 2018 to
-- 2026): lumajang and P3K throughout
SELECT tahun, skala_kriteria, label_pppk FROM lkj.setelan_berlaku WHERE instansi = 'kunir' ORDER BY tahun;

-- The 2024 report as printed before any change.
CREATE TEMP TABLE sebelum AS SELECT lkj.laporan('kunir', 2024) AS teks;

-- Lumajang grades with Permendagri 86/2017 from 2025 on; Kunir titles its
-- PPPK staff PPPK from 2025 on.
INSERT INTO lkj.setelan (pemda, berlaku_mulai_tahun, skala_kriteria)
VALUES ('lumajang', 2025, 'permendagri-86-2017');
INSERT INTO lkj.setelan (instansi, berlaku_mulai_tahun, label_pppk)
VALUES ('kunir', 2025, 'PPPK');

-- The 2024 report is byte for byte the same (and not empty).
SELECT lkj.laporan('kunir', 2024) = s.teks AS sama, pg_catalog.length(s.teks) > 10000 AS ada_isi
  FROM sebelum s;
-- 2024 keeps lumajang and P3K; 2025 and 2026 take the new settings (the
-- pemda's scale: Kunir's own rows set no scale, so it inherits it).
SELECT tahun, skala_kriteria, label_pppk FROM lkj.setelan_berlaku
 WHERE instansi = 'kunir' AND tahun BETWEEN 2024 AND 2026 ORDER BY tahun;

-- Tabel 7 of 2024 and of 2025: the top two bands.  2024: "> 90%" and
-- "> 75% - 90%" (lumajang); 2025: ">= 91%" and ">= 76% - < 91%" as
-- lkj.rentang_skala prints permendagri-86-2017.
SELECT tahun, no, interval_capaian, kriteria, skala FROM lkj.tabel_7_skala_kriteria
 WHERE instansi = 'kunir' AND tahun IN (2024, 2025) AND urutan <= 2 ORDER BY tahun, urutan;

-- A made-up 2025 year of the IPP: target 100 (Renstra), realisasi 90.50
-- for the whole year.  capaian = 90.50 / 100 x 100 = 90.50 (positive
-- polarity): on permendagri-86-2017, 76 <= 90.50 < 91, Tinggi; on lumajang
-- it would be Sangat Tinggi (90.50 > 90), which 2024's ipp keeps: 84.44 /
-- 62.2 x 100 = 135.76, Sangat Tinggi on both.
INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai) VALUES ('kunir', 'ipp', 2025, 'renstra', 100);
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES ('kunir', 'ipp', 2025, NULL, 90.50);
SELECT tahun, target, realisasi, capaian, kriteria FROM lkj.capaian_indikator
 WHERE instansi = 'kunir' AND indikator = 'ipp' ORDER BY tahun;
SELECT lkj.label_kriteria(90.50, 'lumajang') AS lumajang, lkj.label_kriteria(90.50, 'permendagri-86-2017') AS permendagri;

-- Tabel 1's PPPK column: P3K in 2024, PPPK in 2025.
SELECT t.tahun, pg_catalog.substring(lkj.laporan('kunir', t.tahun), '\| PNS \| (P[A-Z0-9]+) \| TKB') AS kolom_pppk
  FROM (VALUES (2024), (2025)) AS t (tahun);

-- A unit's own setting over its pemda's: Kunir keeps lumajang from 2026.
-- 2025 stays with the pemda's permendagri-86-2017; 2026 is Kunir's own
-- lumajang although the pemda's 2025 row is still the pemda's latest.
INSERT INTO lkj.setelan (instansi, berlaku_mulai_tahun, skala_kriteria)
VALUES ('kunir', 2026, 'lumajang');
SELECT tahun, skala_kriteria, label_pppk FROM lkj.setelan_berlaku
 WHERE instansi = 'kunir' AND tahun BETWEEN 2024 AND 2026 ORDER BY tahun;
-- and the 2024 report is still the same
SELECT lkj.laporan('kunir', 2024) = s.teks AS sama FROM sebelum s;

-- A central unit through its kementerian: the ministry grades with
-- lumajang until 2024 and with permendagri-86-2017 from 2025 (its column
-- says lumajang: the settings win); the directorate sets nothing and its
-- label is lkj.instansi's default PPPK.
INSERT INTO lkj.kementerian (kode, nama, jenis, skala_kriteria)
VALUES ('kemen-uji', 'Kementerian Uji', 'kementerian', 'lumajang');
INSERT INTO lkj.setelan (kementerian, berlaku_mulai_tahun, skala_kriteria) VALUES
    ('kemen-uji', 1990, 'lumajang'),
    ('kemen-uji', 2025, 'permendagri-86-2017');
INSERT INTO lkj.instansi (kode, kementerian, nama, jenis, alamat)
VALUES ('dit-uji', 'kemen-uji', 'Direktorat Uji', 'direktorat', 'Jl. Uji No. 1, Jakarta');
INSERT INTO lkj.renstra (instansi, kode, nama, tahun_awal, tahun_akhir)
VALUES ('dit-uji', '2024-2026', 'Renstra 2024-2026', 2024, 2026);
SELECT tahun, skala_kriteria, label_pppk FROM lkj.setelan_berlaku WHERE instansi = 'dit-uji' ORDER BY tahun;
SELECT tahun, pg_catalog.min(interval_capaian) FILTER (WHERE urutan = 1) AS pita_teratas
  FROM lkj.tabel_7_skala_kriteria WHERE instansi = 'dit-uji' GROUP BY tahun ORDER BY tahun;

-- ----------------------------------------------------------------------
-- edge
-- ----------------------------------------------------------------------
-- A row that sets nothing inherits everything: Kunir's 2027 row changes
-- no year (2027 is no year Kunir reports on, and 2026 stays as it was).
INSERT INTO lkj.setelan (instansi, berlaku_mulai_tahun) VALUES ('kunir', 2027);
SELECT tahun, skala_kriteria, label_pppk FROM lkj.setelan_berlaku WHERE instansi = 'kunir' AND tahun = 2026;
-- A parent without any setting row (a 1.0 caller's new pemda): its
-- column gives the scale, its unit's column the label.
INSERT INTO lkj.pemda (kode, nama, skala_kriteria) VALUES ('baru', 'Kabupaten Baru', 'permendagri-86-2017');
INSERT INTO lkj.instansi (kode, pemda, nama, jenis, alamat, label_pppk)
VALUES ('kec-baru', 'baru', 'Kecamatan Baru', 'kecamatan', 'Jl. Baru No. 1', 'P3K');
INSERT INTO lkj.renstra (instansi, kode, nama, tahun_awal, tahun_akhir)
VALUES ('kec-baru', '2025-2025', 'Renstra 2025', 2025, 2025);
SELECT instansi, tahun, skala_kriteria, label_pppk FROM lkj.setelan_berlaku WHERE instansi = 'kec-baru';
-- The earliest and the latest year accepted.
SELECT (pg_temp.tolak($$INSERT INTO lkj.setelan (pemda, berlaku_mulai_tahun) VALUES ('baru', 1990)$$)).kode AS tahun_1990,
       (pg_temp.tolak($$INSERT INTO lkj.setelan (pemda, berlaku_mulai_tahun) VALUES ('baru', 2200)$$)).kode AS tahun_2200;

-- ----------------------------------------------------------------------
-- invalid
-- ----------------------------------------------------------------------
-- a pemda with no unit, only a setting
INSERT INTO lkj.pemda (kode, nama, skala_kriteria) VALUES ('sepi', 'Kabupaten Sepi', 'lumajang');
INSERT INTO lkj.setelan (pemda, berlaku_mulai_tahun, skala_kriteria) VALUES ('sepi', 1990, 'lumajang');
SELECT t.kasus, r.kode, r.kendala
  FROM (VALUES
    ('two scopes', $$INSERT INTO lkj.setelan (instansi, pemda, berlaku_mulai_tahun) VALUES ('kunir', 'lumajang', 2030)$$),
    ('no scope', $$INSERT INTO lkj.setelan (berlaku_mulai_tahun, skala_kriteria) VALUES (2030, 'lumajang')$$),
    ('a scope and year twice', $$INSERT INTO lkj.setelan (pemda, berlaku_mulai_tahun, label_pppk) VALUES ('lumajang', 2025, 'PPPK')$$),
    ('a unit and year twice', $$INSERT INTO lkj.setelan (instansi, berlaku_mulai_tahun) VALUES ('kunir', 1990)$$),
    ('year before 1990', $$INSERT INTO lkj.setelan (pemda, berlaku_mulai_tahun) VALUES ('lumajang', 1989)$$),
    ('year after 2200', $$INSERT INTO lkj.setelan (pemda, berlaku_mulai_tahun) VALUES ('lumajang', 2201)$$),
    ('no year', $$INSERT INTO lkj.setelan (pemda) VALUES ('lumajang')$$),
    ('unknown scale', $$INSERT INTO lkj.setelan (pemda, berlaku_mulai_tahun, skala_kriteria) VALUES ('lumajang', 2030, 'tidak-ada')$$),
    ('unknown label', $$INSERT INTO lkj.setelan (pemda, berlaku_mulai_tahun, label_pppk) VALUES ('lumajang', 2030, 'Pppk')$$),
    ('unknown unit', $$INSERT INTO lkj.setelan (instansi, berlaku_mulai_tahun) VALUES ('tidak-ada', 2030)$$),
    ('unknown pemda', $$INSERT INTO lkj.setelan (pemda, berlaku_mulai_tahun) VALUES ('tidak-ada', 2030)$$),
    ('unknown kementerian', $$INSERT INTO lkj.setelan (kementerian, berlaku_mulai_tahun) VALUES ('tidak-ada', 2030)$$),
    ('a pemda with settings deleted', $$DELETE FROM lkj.pemda WHERE kode = 'sepi'$$),
    ('skala_bernama, unknown name', $$SELECT lkj.skala_bernama('tidak-ada')$$)
  ) AS t (kasus, perintah)
 CROSS JOIN LATERAL pg_temp.tolak(t.perintah) r;

ROLLBACK;
