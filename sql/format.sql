-- format: lkj.format_angka, lkj.format_persen, lkj.format_rupiah.
-- The seed's figures are computed from the counts and amounts the report
-- prints, formatted, and set beside the text the seed prints (column seed).
SET lc_numeric = 'C';
\set VERBOSITY default
\set SHOW_CONTEXT never

-- Runs a query of one value and shows what it gives, or its error with the
-- SQLSTATE, so that every error's code is in the expected output.
CREATE FUNCTION pg_temp.coba(perintah text,
                             OUT kode text, OUT pesan text,
                             OUT rincian text, OUT saran text)
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE perintah INTO pesan;
  kode := 'ok';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS kode = RETURNED_SQLSTATE, pesan = MESSAGE_TEXT,
                          rincian = PG_EXCEPTION_DETAIL, saran = PG_EXCEPTION_HINT;
END $$;

-- Tabel 1 and section 1.1.3 / 3.1.2.6: staff counts and their shares.
SELECT label, lkj.format_angka(n) AS angka, lkj.format_persen(p, 2) AS persen,
       seed, lkj.format_persen(p, 2) = seed AS sama
FROM (VALUES ('pegawai laki-laki 12/17', 12, 12 * 100::numeric / 17, '70,59%'),
             ('pegawai perempuan 5/17',   5,  5 * 100::numeric / 17, '29,41%'),
             ('ASN 10 of 19 positions',  10, 10 * 100::numeric / 19, '52,63%')) v(label, n, p, seed);
SELECT lkj.format_angka(17) AS pegawai, lkj.format_angka(19) AS kebutuhan_jabatan;

-- Tabel 2 / section 3.1.2.6: 146 items, 132 good, 14 damaged.
SELECT label, lkj.format_angka(n) AS angka, lkj.format_persen(n * 100::numeric / 146, 2) AS persen,
       seed, lkj.format_persen(n * 100::numeric / 146, 2) = seed AS sama
FROM (VALUES ('baik', 132, '90,41%'), ('rusak', 14, '9,59%')) v(label, n, seed);
SELECT lkj.format_angka(146) AS jumlah_barang;

-- Tabel 5: the PK programs' budgets, awal and perubahan, and their sums.
CREATE TEMP TABLE pk (no int, awal numeric, perubahan numeric, seed_awal text, seed_perubahan text);
INSERT INTO pk VALUES
  (1, 1696436296, 1556601844, 'Rp. 1.696.436.296,-', 'Rp. 1.556.601.844,-'),
  (2,   10412300,    6587300, 'Rp. 10.412.300,-',    'Rp. 6.587.300,-'),
  (3,  143479700,   29752200, 'Rp. 143.479.700,-',   'Rp. 29.752.200,-'),
  (4,   26359900,    9600000, 'Rp. 26.359.900,-',    'Rp. 9.600.000,-'),
  (5,    7200000,    7200000, 'Rp. 7.200.000,-',     'Rp. 7.200.000,-'),
  (6,   35074600,   13199900, 'Rp. 35.074.600,-',    'Rp. 13.199.900,-');
SELECT no, lkj.format_rupiah(awal) AS awal, lkj.format_rupiah(awal) = seed_awal AS sama_awal,
       lkj.format_rupiah(perubahan) AS perubahan, lkj.format_rupiah(perubahan) = seed_perubahan AS sama_perubahan
FROM pk ORDER BY no;
SELECT lkj.format_rupiah(sum(awal)) AS jumlah_awal,
       lkj.format_rupiah(sum(awal)) = 'Rp. 1.918.962.796,-' AS sama_awal,
       lkj.format_rupiah(sum(perubahan)) AS jumlah_perubahan,
       lkj.format_rupiah(sum(perubahan)) = 'Rp. 1.622.941.244,-' AS sama_perubahan
FROM pk;
-- Tabel 5 targets, given with their decimals.
SELECT lkj.format_persen(72.73) AS sasaran_1, lkj.format_persen(69.70) AS sasaran_2;

-- Tabel 6: the tujuan target keeps one decimal; targets of 100 print 100%;
-- Program 1 perubahan is the sum of its six kegiatan.  Tabel 6 writes
-- amounts as Rp. 1.918.962.796 without ",-": that is 'Rp. ' || format_angka.
SELECT lkj.format_angka(62.2) AS tujuan_awal, lkj.format_angka(62.02) AS tujuan_perubahan_erratum_1,
       lkj.format_persen(100) AS program, lkj.format_persen(9.09) AS apbdes;
SELECT lkj.format_rupiah(s) AS program_1, 'Rp. ' || lkj.format_angka(s) AS tabel_6,
       'Rp. ' || lkj.format_angka(s) = 'Rp. 1.556.601.844' AS sama
FROM (SELECT sum(k) AS s FROM unnest(ARRAY[2731000, 1255109911, 1089000, 62401533,
                                           195620400, 39650000]::numeric[]) k) t;

-- Tabel 8: realisasi and capaian, computed and rounded to 2 decimals as the
-- report does.  Desa documents: 11 desa x 3 = 33.
SELECT label, lkj.format_persen(v, 2) AS persen, seed, lkj.format_persen(v, 2) = seed AS sama
FROM (VALUES ('tujuan capaian 84,44/62,2',      84.44 * 100 / 62.2,  '135,76%'),
             ('sasaran 1 capaian 82,87/72,73',  82.87 * 100 / 72.73, '113,94%'),
             ('sasaran 2 target 23/33',         23 * 100::numeric / 33, '69,70%'),
             ('sasaran 2 realisasi 32/33',      32 * 100::numeric / 33, '96,97%'),
             ('sasaran 2 TW I 11/33',           11 * 100::numeric / 33, '33,33%'),
             ('sasaran 2 TW III 10/33',         10 * 100::numeric / 33, '30,30%'),
             ('sasaran 2 capaian 96,97/69,70',  96.97 * 100 / 69.70, '139,12%')) v(label, v, seed);
-- The tujuan's realisasi and its quarters are index values, not percentages;
-- TW II of sasaran 2 is a zero given as 0.
SELECT lkj.format_angka(21.11) AS tw, lkj.format_angka(4 * 21.11) AS total,
       lkj.format_persen(20.72) AS tw_sasaran_1, lkj.format_persen(0) AS tw_ii_sasaran_2;

-- Tabel 14: penyerapan from the amounts, efisiensi from the rounded figures.
WITH a (label, anggaran, realisasi, capaian, seed_serap, seed_efisiensi) AS (VALUES
  ('tujuan',    1622941244::numeric, 1560338808::numeric, 135.76, '96,14%', '39,62%'),
  ('sasaran 1', 1556601844 + 6587300, 1494310908 + 6579000, 113.94, '96,01%', '17,93%'),
  ('sasaran 2', 29752200 + 9600000 + 7200000 + 13199900, 29449900 + 9600000 + 7200000 + 13199000,
                139.12, '99,49%', '39,63%'))
SELECT label, lkj.format_rupiah(anggaran) AS anggaran, lkj.format_rupiah(realisasi) AS realisasi,
       lkj.format_persen(realisasi * 100 / anggaran, 2) AS serap,
       lkj.format_persen(realisasi * 100 / anggaran, 2) = seed_serap AS sama_serap,
       lkj.format_persen(capaian - round(realisasi * 100 / anggaran, 2)) AS efisiensi,
       lkj.format_persen(capaian - round(realisasi * 100 / anggaran, 2)) = seed_efisiensi AS sama_efisiensi
FROM a;

-- Tabel 15: amounts print without "Rp" and ",-"; the % column has no sign.
-- The seed prints 96 for 96,00 (erratum 6) and 100 for 100,00: the text
-- differs, the value is the same (sama_nilai).
CREATE TEMP TABLE t15 (no int, anggaran numeric, realisasi numeric, seed_a text, seed_r text, seed_p text);
INSERT INTO t15 VALUES
  (1, 1556601844, 1494310908, '1.556.601.844', '1.494.310.908', '96'),
  (2,    6587300,    6579000, '6.587.300',     '6.579.000',     '99,87'),
  (3,   29752200,   29449900, '29.752.200',    '29.449.900',    '98,98'),
  (4,    9600000,    9600000, '9.600.000',     '9.600.000',     '100'),
  (5,    7200000,    7200000, '7.200.000',     '7.200.000',     '100'),
  (6,   13199900,   13199000, '13.199.900',    '13.199.000',    '99,99');
SELECT no, lkj.format_angka(anggaran) AS anggaran, lkj.format_angka(realisasi) AS realisasi,
       lkj.format_angka(anggaran) = seed_a AND lkj.format_angka(realisasi) = seed_r AS sama_rp,
       lkj.format_angka(realisasi * 100 / anggaran, 2) AS persen, seed_p,
       lkj.format_angka(realisasi * 100 / anggaran, 2) = seed_p AS sama_teks,
       lkj.parse_angka(seed_p) = round(realisasi * 100 / anggaran, 2) AS sama_nilai
FROM t15 ORDER BY no;
SELECT lkj.format_angka(sum(anggaran)) AS anggaran, lkj.format_angka(sum(realisasi)) AS realisasi,
       lkj.format_angka(sum(realisasi) * 100 / sum(anggaran), 2) AS persen
FROM t15;

-- format_angka keeps the value's own decimals (its scale).
SELECT x AS nilai, scale(x) AS skala, lkj.format_angka(x) AS angka
FROM unnest(ARRAY[1622941244, 62.2, 72.73, -1234.5, 0, 0.05, 100.00, 100, 999, 1000,
                  -999, -1000, 100000, 999999, 1000000, 12345678, 0.000, 0.10, 1.0,
                  -0.001, 0.000000000000000000000000000001]::numeric[]) x;
-- Beyond int64 and with many decimals.
SELECT lkj.format_angka(9223372036854775807::numeric + 1) AS int64_max_plus_1,
       lkj.format_angka(-123456789012345678901234567890.123456789) AS besar,
       lkj.format_angka(1e40) AS e40,
       length(lkj.format_angka(10::numeric ^ 1000)) AS panjang_10_pangkat_1000,
       lkj.format_angka(round(1 / 3::numeric, 30)) AS sepertiga;
SELECT lkj.format_angka(trunc(10::numeric ^ 1000)) = '10' || repeat('.000', 333) AS pola_10_pangkat_1000;

-- format_angka(x, desimal): rounded half away from zero, padded.
SELECT x AS nilai, d AS desimal, lkj.format_angka(x, d) AS angka
FROM (VALUES (96, 2), (1234.5, 0), (-1234.5, 0), (1234.49, 0), (0.005, 2), (-0.005, 2),
             (0.0049, 2), (-0.0049, 2), (0.015, 2), (-0.015, 2), (2.5, 0), (-2.5, 0),
             (999.995, 2), (-999.995, 2), (999999.5, 0), (62.2, 2), (72.73, 1), (72.75, 1),
             (0, 3), (-0.004, 2), (1622941244, 0), (1.23456789, 20),
             (135.755627009646302250803858520900321543408360128617363344051446945, 2)) v(x, d);

-- format_persen: the number as given, then % without a space.
SELECT x AS nilai, lkj.format_persen(x) AS persen, lkj.format_persen(x, 2) AS persen_2,
       lkj.format_persen(x, 0) AS persen_0
FROM unnest(ARRAY[135.76, 100, 100.00, 0, 72.73, 69.70, 9.09, -17.935, 0.005, 1234.5]::numeric[]) x;

-- format_rupiah: whole amounts end in ",-"; sen are rounded to 2 decimals.
SELECT x AS nilai, lkj.format_rupiah(x) AS rupiah
FROM unnest(ARRAY[1622941244, 0, -1234, 1234.00, 1234.5, 1234.50, 1234.05, 1234.005,
                  -1234.005, 1234.001, 1234.004999, 1234.995, 1234.996, -0.996, 999.999,
                  0.004, -0.004, 0.005, -0.5,
                  999, 1000, 12345678901234567890123]::numeric[]) x;

-- NULL in, NULL out (STRICT).
SELECT lkj.format_angka(NULL) IS NULL AS a, lkj.format_angka(1, NULL) IS NULL AS b,
       lkj.format_persen(NULL) IS NULL AS c, lkj.format_persen(NULL, 2) IS NULL AS d,
       lkj.format_rupiah(NULL) IS NULL AS e;

-- Every error, with its SQLSTATE.
\x on
SELECT perintah, (pg_temp.coba(perintah)).*
FROM unnest(ARRAY[
  $$SELECT lkj.format_angka('NaN')$$,
  $$SELECT lkj.format_angka('Infinity')$$,
  $$SELECT lkj.format_angka('-Infinity', 2)$$,
  $$SELECT lkj.format_angka('NaN', 2)$$,
  $$SELECT lkj.format_persen('NaN')$$,
  $$SELECT lkj.format_persen('Infinity', 0)$$,
  $$SELECT lkj.format_rupiah('NaN')$$,
  $$SELECT lkj.format_rupiah('-Infinity')$$,
  $$SELECT lkj.format_angka(1, -1)$$,
  $$SELECT lkj.format_angka(1, 21)$$,
  $$SELECT lkj.format_persen(1, -2147483648)$$,
  $$SELECT lkj.format_persen(1, 2147483647)$$,
  $$SELECT lkj.format_angka(1, 20)$$]) perintah;
\x off
-- The same errors as a client sees them.
SELECT lkj.format_angka('NaN');
SELECT lkj.format_angka(1, 21);
