-- ======================================================================
-- data in: reading a planner's cells, validating a load, applying it
-- (1.1, issue 12; tables in 39_muat--1.1.sql, guide in docs/entri_data.md)
-- ======================================================================

-- (section: muat)

CREATE FUNCTION @extschema@.parse_tanggal(teks text, lokal text DEFAULT 'id') RETURNS date
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    t text := btrim(teks, E' \t\r\n\u00a0');
    m text[];
    h integer;
    b integer;
    th integer;
BEGIN
    IF lokal NOT IN ('id', 'intl') THEN
        RAISE EXCEPTION 'unknown locale "%"', lokal
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Use ''id'' (Indonesian: 31/12/2024, 31 Desember 2024) or ''intl'' (2024-12-31).';
    END IF;
    -- ISO is unambiguous in every locale: the year comes first
    m := regexp_match(t, '^([0-9]{4})-([0-9]{2})-([0-9]{2})$');
    IF m IS NOT NULL THEN
        th := m[1]::integer; b := m[2]::integer; h := m[3]::integer;
    ELSIF lokal = 'id' THEN
        -- day first, always: 01/10/2025 is 1 October, never 10 January
        m := regexp_match(t, '^([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4})$');
        IF m IS NOT NULL THEN
            h := m[1]::integer; b := m[3]::integer; th := m[4]::integer;
        ELSE
            m := regexp_match(lower(t), '^([0-9]{1,2})[ ]+([a-z]+)\.?[ ]+([0-9]{4})$');
            IF m IS NOT NULL THEN
                h := m[1]::integer; th := m[3]::integer;
                b := CASE m[2]
                     WHEN 'januari' THEN 1 WHEN 'jan' THEN 1
                     WHEN 'februari' THEN 2 WHEN 'feb' THEN 2 WHEN 'pebruari' THEN 2 WHEN 'peb' THEN 2
                     WHEN 'maret' THEN 3 WHEN 'mar' THEN 3
                     WHEN 'april' THEN 4 WHEN 'apr' THEN 4
                     WHEN 'mei' THEN 5
                     WHEN 'juni' THEN 6 WHEN 'jun' THEN 6
                     WHEN 'juli' THEN 7 WHEN 'jul' THEN 7
                     WHEN 'agustus' THEN 8 WHEN 'agu' THEN 8 WHEN 'agt' THEN 8 WHEN 'ags' THEN 8 WHEN 'agus' THEN 8
                     WHEN 'september' THEN 9 WHEN 'sep' THEN 9 WHEN 'sept' THEN 9
                     WHEN 'oktober' THEN 10 WHEN 'okt' THEN 10
                     WHEN 'november' THEN 11 WHEN 'nov' THEN 11 WHEN 'nopember' THEN 11 WHEN 'nop' THEN 11
                     WHEN 'desember' THEN 12 WHEN 'des' THEN 12 END;
                IF b IS NULL THEN
                    RAISE EXCEPTION 'invalid input syntax for type date: "%"', teks
                        USING ERRCODE = 'invalid_datetime_format',
                              DETAIL = format('"%s" is not an Indonesian month name.', m[2]),
                              HINT = 'Write the month as Januari to Desember (or Jan, Feb, Mar, Apr, Mei, Jun, Jul, Agu, Sep, Okt, Nov, Des).';
                END IF;
            END IF;
        END IF;
    END IF;
    IF th IS NULL THEN
        RAISE EXCEPTION 'invalid input syntax for type date: "%"', teks
            USING ERRCODE = 'invalid_datetime_format',
                  DETAIL = CASE lokal WHEN 'id' THEN 'An Indonesian date is day, month, year: 31/12/2024, 31-12-2024, 31 Desember 2024, or 2024-12-31.'
                                      ELSE 'An international date is year-month-day: 2024-12-31.' END;
    END IF;
    IF b NOT BETWEEN 1 AND 12 OR h < 1
       OR h > extract(day FROM make_date(th, b, 1) + interval '1 month' - interval '1 day') THEN
        RAISE EXCEPTION 'date field value out of range: "%"', teks
            USING ERRCODE = 'datetime_field_overflow',
                  DETAIL = CASE WHEN b NOT BETWEEN 1 AND 12 THEN format('There is no month %s.', b)
                                ELSE format('Month %s of %s has no day %s.', b, th, h) END,
                  HINT = CASE lokal WHEN 'id' THEN 'The day comes first: 31/12/2024 is 31 December.'
                                     ELSE 'An international date is year-month-day: 2024-12-31 is 31 December.' END;
    END IF;
    RETURN make_date(th, b, h);
END
$$;
COMMENT ON FUNCTION @extschema@.parse_tanggal(text, text) IS
  'Reads a date as a planner types it, exactly, under a stated locale: ''id'' (the default) takes day/month/year with /, - or . (31/12/2024, 1-10-2025: 1 October, never 10 January), an Indonesian month name or its abbreviation (31 Desember 2024, 1 Okt 2025), or ISO 2024-12-31; ''intl'' takes ISO alone.  White space around it is trimmed.  Text of another shape raises 22007, a day or month that does not exist (31/02/2024, 12/31/2024) 22008, another locale 22023.  Independent of DateStyle.';

CREATE FUNCTION @extschema@.muat_kolom()
RETURNS TABLE (jenis text, urut integer, kolom text, tipe text, wajib boolean, kunci boolean,
               minimum text, pilihan text[], rujukan text, catatan text, contoh text)
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE ROWS 140
SET search_path = pg_catalog, pg_temp
-- PL/pgSQL, not an SQL body: a load names this list in some twenty queries,
-- and an inlined SQL body of this size is decompressed and read back from
-- its node tree at every one (5 ms each); the PL/pgSQL query's plan is
-- kept for the session
AS $$
BEGIN
    RETURN QUERY
    SELECT v.jenis, v.urut, v.kolom, v.tipe, v.wajib, v.kunci, v.minimum, v.pilihan, v.rujukan, v.catatan, v.contoh
      FROM (VALUES
        ('instansi', 1, 'nama', 'teks', true, false, NULL, NULL::text[], NULL, 'Nama unit seperti dicetak laporan', 'Kecamatan Kunir'),
        ('instansi', 2, 'jenis', 'pilihan', true, false, NULL, ARRAY['dinas', 'badan', 'kecamatan', 'kelurahan', 'sekretariat', 'inspektorat', 'direktorat', 'biro', 'upt', 'kantor', 'lainnya'], NULL, 'Jenis unit', 'kecamatan'),
        ('instansi', 3, 'alamat', 'teks', false, false, NULL, NULL, NULL, 'Alamat di kepala laporan', 'Jl. Raya Kunir No. 1'),
        ('instansi', 4, 'label_pppk', 'pilihan', true, false, NULL, ARRAY['PPPK', 'P3K'], NULL, 'Sebutan pegawai PPPK di Tabel 1', 'PPPK'),
        ('kepala_instansi', 1, 'mulai', 'tanggal', true, true, NULL, NULL, NULL, 'Tanggal mulai menjabat (HH/BB/TTTT)', '01/07/2024'),
        ('kepala_instansi', 2, 'nama', 'teks', true, false, NULL, NULL, NULL, 'Nama dan gelar seperti dicetak', 'Dr. RATNA KUSUMAWARDANI, S.Kom., M.M.'),
        ('kepala_instansi', 3, 'nip', 'teks', false, false, NULL, NULL, NULL, 'NIP, 18 angka (ketik sebagai teks)', '197811232003122002'),
        ('kepala_instansi', 4, 'pangkat', 'teks', false, false, NULL, NULL, NULL, 'Pangkat dan golongan', 'Pembina Tingkat I (IV/b)'),
        ('kepala_instansi', 5, 'jabatan', 'teks', true, false, NULL, NULL, NULL, 'Jabatan seperti dicetak', 'Camat Kunir'),
        ('renstra', 1, 'kode', 'kode', true, true, NULL, NULL, NULL, 'Kode dokumen perencanaan', '2024-2026'),
        ('renstra', 2, 'nama', 'teks', true, false, NULL, NULL, NULL, 'Nama dokumen seperti dicetak', 'Renstra 2024-2026'),
        ('renstra', 3, 'jenis', 'pilihan', true, false, NULL, ARRAY['renstra', 'induk', 'pk'], NULL, 'renstra: milik unit; induk: Renstra instansi induk; pk: hanya Perjanjian Kinerja', 'renstra'),
        ('renstra', 4, 'tahun_awal', 'bulat', true, false, 'positif', NULL, NULL, 'Tahun pertama', '2024'),
        ('renstra', 5, 'tahun_akhir', 'bulat', true, false, 'positif', NULL, NULL, 'Tahun terakhir', '2026'),
        ('tujuan', 1, 'renstra', 'kode', true, true, NULL, NULL, 'renstra', 'Kode Renstra', '2024-2026'),
        ('tujuan', 2, 'no', 'bulat', true, true, 'positif', NULL, NULL, 'Nomor tujuan di Renstra', '1'),
        ('tujuan', 3, 'uraian', 'teks', true, false, NULL, NULL, NULL, 'Bunyi tujuan', 'Meningkatkan kualitas pelayanan publik'),
        ('sasaran', 1, 'renstra', 'kode', true, true, NULL, NULL, 'renstra', 'Kode Renstra', '2024-2026'),
        ('sasaran', 2, 'no', 'bulat', true, true, 'positif', NULL, NULL, 'Nomor sasaran di Renstra', '1'),
        ('sasaran', 3, 'tujuan', 'bulat', false, false, 'positif', NULL, NULL, 'Nomor tujuannya (kosong bila unit tanpa tingkat tujuan)', '1'),
        ('sasaran', 4, 'uraian', 'teks', true, false, NULL, NULL, NULL, 'Bunyi sasaran', 'Meningkatnya kualitas pelayanan publik'),
        ('perjanjian_kinerja', 1, 'jenis', 'pilihan', true, true, NULL, ARRAY['awal', 'perubahan'], NULL, 'PK awal atau perubahan', 'awal'),
        ('perjanjian_kinerja', 2, 'tanggal', 'tanggal', true, false, NULL, NULL, NULL, 'Tanggal ditandatangani (HH/BB/TTTT)', '08/01/2024'),
        ('perjanjian_kinerja', 3, 'tempat', 'teks', true, false, NULL, NULL, NULL, 'Tempat ditandatangani', 'Lumajang'),
        ('perjanjian_kinerja', 4, 'pihak_pertama_nama', 'teks', true, false, NULL, NULL, NULL, 'Nama pihak pertama', 'Ir. HENDRA WIJAYANTO, M.T.'),
        ('perjanjian_kinerja', 5, 'pihak_pertama_jabatan', 'teks', true, false, NULL, NULL, NULL, 'Jabatan pihak pertama', 'Kepala Dinas Komunikasi dan Informatika'),
        ('perjanjian_kinerja', 6, 'pihak_pertama_pangkat', 'teks', false, false, NULL, NULL, NULL, 'Pangkat pihak pertama', 'Pembina Utama Muda (IV/c)'),
        ('perjanjian_kinerja', 7, 'pihak_pertama_nip', 'teks', false, false, NULL, NULL, NULL, 'NIP pihak pertama, 18 angka (ketik sebagai teks)', '197005122000031004'),
        ('perjanjian_kinerja', 8, 'pihak_kedua_nama', 'teks', true, false, NULL, NULL, NULL, 'Nama pihak kedua', 'INDAH WAHYUNI, S.H., M.Si'),
        ('perjanjian_kinerja', 9, 'pihak_kedua_jabatan', 'teks', true, false, NULL, NULL, NULL, 'Jabatan pihak kedua', 'Pj. Bupati Lumajang'),
        ('program', 1, 'kode', 'kode', true, true, NULL, NULL, NULL, 'Kode program di unit, seperti dicetak laporan', '1'),
        ('program', 2, 'no', 'bulat', true, false, 'positif', NULL, NULL, 'Nomor urut program di unit', '1'),
        ('program', 3, 'nama', 'teks', true, false, NULL, NULL, NULL, 'Nama program', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota'),
        ('program', 4, 'renstra', 'teks', true, false, NULL, NULL, 'renstra', 'Kode Renstra sasaran program', '2024-2026'),
        ('program', 5, 'sasaran', 'bulat', true, false, 'positif', NULL, NULL, 'Nomor sasaran di Renstra itu', '1'),
        ('program', 6, 'anggaran_awal', 'angka', false, false, 'nol', NULL, NULL, 'Anggaran PK awal (Rp)', 'Rp 1.696.436.296'),
        ('program', 7, 'anggaran_perubahan', 'angka', false, false, 'nol', NULL, NULL, 'Anggaran setelah perubahan (Rp)', '1.556.601.844'),
        ('program', 8, 'realisasi', 'angka', false, false, 'nol', NULL, NULL, 'Realisasi anggaran setahun (Rp)', '1.494.310.908'),
        ('program', 9, 'kode_nasional', 'kode', false, false, NULL, NULL, NULL, 'Kode program menurut nomenklatur (kosong bila tidak ada)', '2.16.02'),
        ('program', 10, 'kode_cetak', 'teks', false, false, NULL, NULL, NULL, 'Kode seperti dicetak dokumen (kosong: sama dengan kode_nasional)', '2.16.02'),
        ('kegiatan', 1, 'program', 'kode', true, false, NULL, NULL, 'program', 'Kode program induknya', '1'),
        ('kegiatan', 2, 'kode', 'kode', true, true, NULL, NULL, NULL, 'Kode kegiatan di unit', '1.1'),
        ('kegiatan', 3, 'no', 'bulat', true, false, 'positif', NULL, NULL, 'Nomor urut kegiatan dalam programnya', '1'),
        ('kegiatan', 4, 'nama', 'teks', true, false, NULL, NULL, NULL, 'Nama kegiatan', 'Administrasi Keuangan Perangkat Daerah'),
        ('kegiatan', 5, 'anggaran_awal', 'angka', false, false, 'nol', NULL, NULL, 'Anggaran PK awal (Rp)', '5.281.000'),
        ('kegiatan', 6, 'anggaran_perubahan', 'angka', false, false, 'nol', NULL, NULL, 'Anggaran setelah perubahan (Rp)', '2.731.000'),
        ('kegiatan', 7, 'realisasi', 'angka', false, false, 'nol', NULL, NULL, 'Realisasi anggaran (Rp)', ''),
        ('kegiatan', 8, 'kode_nasional', 'kode', false, false, NULL, NULL, NULL, 'Kode kegiatan menurut nomenklatur, lanjutan kode programnya', '2.16.02.2.01'),
        ('kegiatan', 9, 'kode_cetak', 'teks', false, false, NULL, NULL, NULL, 'Kode seperti dicetak dokumen (kosong: sama dengan kode_nasional)', '2.16.02.2.01'),
        ('sub_kegiatan', 1, 'program', 'kode', true, false, NULL, NULL, 'program', 'Kode program induknya', '2.16.02'),
        ('sub_kegiatan', 2, 'kegiatan', 'kode', true, false, NULL, NULL, 'kegiatan', 'Kode kegiatan induknya', '2.16.02.2.01'),
        ('sub_kegiatan', 3, 'kode', 'kode', true, true, NULL, NULL, NULL, 'Kode sub-kegiatan nasional, bagian terakhir empat angka', '2.16.02.2.01.0002'),
        ('sub_kegiatan', 4, 'kode_cetak', 'teks', false, false, NULL, NULL, NULL, 'Kode seperti dicetak DPA (kosong: sama dengan kode)', '2.16.02.2.01.02'),
        ('sub_kegiatan', 5, 'no', 'bulat', true, false, 'positif', NULL, NULL, 'Nomor urut dalam kegiatannya', '1'),
        ('sub_kegiatan', 6, 'nama', 'teks', true, false, NULL, NULL, NULL, 'Nama sub-kegiatan', 'Monitoring Opini dan Aspirasi Publik'),
        ('sub_kegiatan', 7, 'anggaran_awal', 'angka', false, false, 'nol', NULL, NULL, 'Anggaran murni (Rp)', '185.400.000'),
        ('sub_kegiatan', 8, 'anggaran_perubahan', 'angka', false, false, 'nol', NULL, NULL, 'Anggaran perubahan (Rp; kosong bila tidak berubah)', '172.650.000'),
        ('sub_kegiatan', 9, 'realisasi', 'angka', false, false, 'nol', NULL, NULL, 'Realisasi setahun (Rp)', '168.915.300'),
        ('indikator', 1, 'kode', 'kode', true, true, NULL, NULL, NULL, 'Kode indikator di unit', 'p1'),
        ('indikator', 2, 'no', 'bulat', true, false, 'positif', NULL, NULL, 'Nomor indikator di bawah program/kegiatannya', '1'),
        ('indikator', 3, 'uraian', 'teks', true, false, NULL, NULL, NULL, 'Bunyi indikator', 'Persentase Pelayanan PATEN sesuai SP dan SOP'),
        ('indikator', 4, 'satuan', 'teks', true, false, NULL, NULL, NULL, 'Satuan', 'Persen'),
        ('indikator', 5, 'polaritas', 'pilihan', true, false, NULL, ARRAY['positif', 'negatif'], NULL, 'positif: makin tinggi makin baik', 'positif'),
        ('indikator', 6, 'agregasi', 'pilihan', true, false, NULL, ARRAY['jumlah', 'terakhir', 'rata-rata', 'rasio', 'rasio_jumlah'], NULL, 'Cara triwulan membentuk setahun', 'jumlah'),
        ('indikator', 7, 'program', 'kode', false, false, NULL, NULL, 'program', 'Kode program (kosong untuk indikator kegiatan)', '2'),
        ('indikator', 8, 'kegiatan', 'kode', false, false, NULL, NULL, 'kegiatan', 'Kode kegiatan (kosong untuk indikator program)', ''),
        ('indikator', 9, 'formulasi', 'teks', false, false, NULL, NULL, NULL, 'Rumus', ''),
        ('indikator', 10, 'sumber_data', 'teks', false, false, NULL, NULL, NULL, 'Sumber data', ''),
        ('anggaran_pk', 1, 'pk', 'pilihan', true, true, NULL, ARRAY['awal', 'perubahan'], NULL, 'PK awal atau perubahan', 'awal'),
        ('anggaran_pk', 2, 'program', 'kode', true, true, NULL, NULL, 'program', 'Kode program', '1'),
        ('anggaran_pk', 3, 'anggaran', 'angka', true, false, 'nol', NULL, NULL, 'Anggaran menurut lampiran PK (Rp)', 'Rp 1.696.436.296'),
        ('anggaran_pk', 4, 'sumber_dana', 'teks', true, false, NULL, NULL, NULL, 'Sumber dana', 'DAU'),
        ('target', 1, 'indikator', 'kode', true, true, NULL, NULL, 'indikator', 'Kode indikator', 'fasilitasi'),
        ('target', 2, 'dokumen', 'pilihan', true, true, NULL, ARRAY['renstra', 'pk_awal', 'pk_perubahan', 'standar_nasional'], NULL, 'Dokumen yang menetapkan target', 'pk_awal'),
        ('target', 3, 'nilai', 'angka', false, false, 'nol', NULL, NULL, 'Nilai target (kosong bila rentang)', '72,73'),
        ('target', 4, 'batas_bawah', 'angka', false, false, 'nol', NULL, NULL, 'Batas bawah target rentang', ''),
        ('target', 5, 'batas_atas', 'angka', false, false, 'nol', NULL, NULL, 'Batas atas target rentang', ''),
        ('target', 6, 'keterangan', 'teks', false, false, NULL, NULL, NULL, 'Catatan', ''),
        ('realisasi', 1, 'indikator', 'kode', true, true, NULL, NULL, 'indikator', 'Kode indikator', 'fasilitasi'),
        ('realisasi', 2, 'triwulan', 'bulat', false, true, NULL, NULL, NULL, 'Triwulan 1 sampai 4 (kosong: setahun)', '1'),
        ('realisasi', 3, 'nilai', 'angka', false, false, NULL, NULL, NULL, 'Nilai realisasi (kosong bila pembilang/penyebut)', '20,7175'),
        ('realisasi', 4, 'pembilang', 'angka', false, false, 'nol', NULL, NULL, 'Pembilang indikator rasio', '32'),
        ('realisasi', 5, 'penyebut', 'angka', false, false, 'positif', NULL, NULL, 'Penyebut indikator rasio', '33'),
        ('realisasi', 6, 'keterangan', 'teks', false, false, NULL, NULL, NULL, 'Catatan', ''),
        ('jabatan', 1, 'kode', 'kode', true, true, NULL, NULL, NULL, 'Kode jabatan di unit (huruf kecil)', 'camat'),
        ('jabatan', 2, 'no', 'bulat', true, false, 'positif', NULL, NULL, 'Urutan di Tabel 1', '1'),
        ('jabatan', 3, 'nama', 'teks', true, false, NULL, NULL, NULL, 'Nama jabatan', 'Camat'),
        ('jabatan', 4, 'jenis', 'pilihan', true, false, NULL, ARRAY['struktural', 'fungsional', 'pelaksana', 'kontrak'], NULL, 'Jenis jabatan', 'struktural'),
        ('jabatan', 5, 'eselon', 'bulat', false, false, 'positif', NULL, NULL, 'Eselon 1 sampai 4 (hanya jabatan struktural)', '3'),
        ('pegawai', 1, 'no', 'bulat', true, true, 'positif', NULL, NULL, 'Nomor urut', '1'),
        ('pegawai', 2, 'jabatan', 'kode', true, false, NULL, NULL, 'jabatan', 'Kode jabatan', 'camat'),
        ('pegawai', 3, 'jenis_kelamin', 'pilihan', true, false, NULL, ARRAY['L', 'P'], NULL, 'L atau P', 'L'),
        ('pegawai', 4, 'status', 'pilihan', true, false, NULL, ARRAY['PNS', 'PPPK', 'P3K', 'TKB'], NULL, 'Status kepegawaian', 'PNS'),
        ('pegawai', 5, 'pendidikan', 'pilihan', true, false, NULL, ARRAY['SD', 'SMP', 'SMA', 'D3', 'S1', 'S2', 'S3'], NULL, 'Pendidikan terakhir', 'S1'),
        ('kebutuhan_pegawai', 1, 'jumlah', 'bulat', true, false, 'nol', NULL, NULL, 'Jumlah jabatan yang dibutuhkan tahun ini (satu baris)', '29'),
        ('kebutuhan_pegawai', 2, 'sumber', 'teks', false, false, NULL, NULL, NULL, 'Dasar perhitungannya', 'Analisis jabatan dan peta jabatan'),
        ('sarana', 1, 'no', 'bulat', true, true, 'positif', NULL, NULL, 'Nomor urut', '1'),
        ('sarana', 2, 'nama', 'teks', true, false, NULL, NULL, NULL, 'Nama barang', 'Sepeda Motor'),
        ('sarana', 3, 'satuan', 'teks', true, false, NULL, NULL, NULL, 'Satuan', 'Unit'),
        ('sarana', 4, 'baik', 'bulat', false, false, 'nol', NULL, NULL, 'Jumlah baik', '6'),
        ('sarana', 5, 'rusak', 'bulat', false, false, 'nol', NULL, NULL, 'Jumlah rusak', '1'),
        ('sarana', 6, 'rusak_berat', 'bulat', false, false, 'nol', NULL, NULL, 'Jumlah rusak berat', '0'),
        ('dokumen_desa', 1, 'desa', 'kode', true, true, NULL, NULL, 'desa', 'Kode desa', 'desa-01'),
        ('dokumen_desa', 2, 'jenis', 'pilihan', true, true, NULL, ARRAY['RKPDes', 'APBDes', 'LPPDes'], NULL, 'Jenis dokumen', 'RKPDes'),
        ('dokumen_desa', 3, 'tahun_anggaran', 'bulat', true, true, NULL, NULL, NULL, 'Tahun anggaran dokumen', '2025'),
        ('dokumen_desa', 4, 'tanggal', 'tanggal', false, false, NULL, NULL, NULL, 'Tanggal ditetapkan (HH/BB/TTTT)', '27/09/2024')
      ) AS v (jenis, urut, kolom, tipe, wajib, kunci, minimum, pilihan, rujukan, catatan, contoh);
END
$$;
COMMENT ON FUNCTION @extschema@.muat_kolom() IS
  'The templates'' columns, the one place they are written: per kind (jenis, in load order) each column of its staging table lkj.muat_<jenis> in the order the template prints it, how its text is read (tipe: teks, kode, bulat, angka, tanggal, pilihan), whether it must be filled, whether it is part of the row''s natural key (kunci: loading replaces the unit-year''s rows by it), the least value (nol: not negative, positif: above zero), the allowed words, what a code must name (rujukan), and the header note and example the template writes (Indonesian).  lkj.muat and tools/lkj-templat read it.';

/*
 * One cell under the load's locale: NULL when it reads, else the code of
 * lkj.pesan that says why not.  Never raises, so a load reports every cell.
 * 'id' reads numbers through parse_angka but refuses its plain-numeral
 * fallback (1.5, 0.25): under an Indonesian locale a dot groups thousands,
 * so a dot that does not is a mistake, not a decimal point to guess.
 */
CREATE FUNCTION @extschema@.muat_galat_sel(teks text, tipe text, lokal text, minimum text, pilihan text[])
RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    t text := btrim(teks, E' \t\r\n\u00a0');
    n numeric;
BEGIN
    IF t IS NULL OR t = '' THEN
        RETURN NULL;
    END IF;
    IF tipe IN ('angka', 'bulat') THEN
        -- no data is an empty cell: parse_angka's N/A (NULL) and its lone -
        -- (0, the report's zero count) are not read, since a cell that looks
        -- filled must hold a figure
        IF lokal = 'id' THEN
            IF t !~* '^[+-]?[ ]*(rp\.?[ ]*)?[+-]?([0-9]{1,3}(\.[0-9]{3})+|[0-9]+)(,[0-9]+)?(,-)?[ ]*%?$' THEN
                RETURN CASE WHEN t ~ '^[+-]?[0-9]+\.[0-9]+$' OR t ~ '^[+-]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$'
                            THEN 'angka_bukan_id' ELSE 'angka_salah' END;
            END IF;
            BEGIN
                n := @extschema@.parse_angka(t);
            EXCEPTION WHEN invalid_text_representation OR numeric_value_out_of_range THEN
                RETURN 'angka_salah';
            END;
        ELSE
            IF t !~ '^[+-]?[0-9]+(\.[0-9]+)?[ ]*%?$' THEN
                RETURN CASE WHEN t ~ '^[+-]?[0-9]+,[0-9]+$' THEN 'angka_bukan_intl' ELSE 'angka_salah' END;
            END IF;
            n := rtrim(t, ' %')::numeric;
        END IF;
        IF tipe = 'bulat' AND (n <> trunc(n) OR abs(n) > 2147483647) THEN
            RETURN 'bukan_bulat';
        END IF;
        IF minimum = 'nol' AND n < 0 OR minimum = 'positif' AND n <= 0 THEN
            RETURN CASE minimum WHEN 'nol' THEN 'negatif' ELSE 'bukan_positif' END;
        END IF;
    ELSIF tipe = 'tanggal' THEN
        BEGIN
            PERFORM @extschema@.parse_tanggal(t, lokal);
        EXCEPTION
            WHEN invalid_datetime_format THEN RETURN 'tanggal_salah';
            WHEN datetime_field_overflow THEN RETURN 'tanggal_mustahil';
        END;
    ELSIF tipe = 'pilihan' THEN
        IF NOT EXISTS (SELECT FROM unnest(pilihan) p WHERE lower(p) = lower(t)) THEN
            RETURN 'pilihan_salah';
        END IF;
    ELSIF tipe = 'kode' THEN
        IF t !~ '^[A-Za-z0-9][A-Za-z0-9._-]*$' THEN
            RETURN 'kode_bentuk';
        END IF;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.muat_galat_sel(text, text, text, text, text[]) IS
  'Internal to lkj.muat: NULL when a cell''s text reads as its column''s kind (lkj.muat_kolom) under the locale (''id'' or ''intl''), else the lkj.pesan code saying why not; never raises.';

-- SQL, not PL/pgSQL: a body the planner inlines into the query that reads
-- a kind's cells, where the constant tipe folds the CASE to its one branch
-- (a load calls it for every cell, twice; PL/pgSQL cost 11 us a call).
-- STABLE, as the casts of an array and a date to text are: an IMMUTABLE
-- function whose body is less is never inlined.
CREATE FUNCTION @extschema@.muat_baca(teks text, tipe text, lokal text, pilihan text[]) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN COALESCE(pg_catalog.btrim(teks, E' \t\r\n\u00a0'), '') = '' THEN NULL::text
           ELSE CASE
                WHEN tipe = 'angka' THEN CASE WHEN lokal = 'id' THEN @extschema@.parse_angka(pg_catalog.btrim(teks, E' \t\r\n\u00a0'))::text
                                  ELSE pg_catalog.rtrim(pg_catalog.btrim(teks, E' \t\r\n\u00a0'), ' %')::numeric::text END
                WHEN tipe = 'bulat' THEN CASE WHEN lokal = 'id' THEN @extschema@.parse_angka(pg_catalog.btrim(teks, E' \t\r\n\u00a0'))::integer::text
                                  ELSE pg_catalog.rtrim(pg_catalog.btrim(teks, E' \t\r\n\u00a0'), ' %')::numeric::integer::text END
                WHEN tipe = 'tanggal' THEN @extschema@.parse_tanggal(pg_catalog.btrim(teks, E' \t\r\n\u00a0'), lokal)::text
                -- the spelling the schema stores (a status P3K: the trigger
                -- pegawai_status_baku's PPPK; the label P3K of lkj.instansi stays)
                -- (no subquery, no CASE x WHEN: a body with one is not inlined)
                WHEN tipe = 'pilihan' THEN CASE WHEN pg_catalog.upper(pg_catalog.btrim(teks, E' \t\r\n\u00a0')) = 'P3K' AND 'PNS' = ANY (pilihan)
                                         THEN 'PPPK'
                                         ELSE pilihan[pg_catalog.array_position(pg_catalog.lower(pilihan::text)::text[],
                                                                                pg_catalog.lower(pg_catalog.btrim(teks, E' \t\r\n\u00a0')))] END
                ELSE pg_catalog.btrim(teks, E' \t\r\n\u00a0') END END;
END;
COMMENT ON FUNCTION @extschema@.muat_baca(text, text, text, text[]) IS
  'Internal to lkj.muat: a cell''s text as the canonical text of its value (numbers as numeric''s text, dates ISO, a choice in the schema''s spelling), NULL for an empty cell; called only on cells lkj.muat_galat_sel accepted.';

CREATE FUNCTION @extschema@.muat_rujukan(instansi text, tahun integer, rujukan text) RETURNS SETOF text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- a load's own sheet replaces its kind, so codes it names are those it holds
    IF rujukan = 'program' THEN
        IF EXISTS (SELECT FROM @extschema@.muat_program s WHERE s.instansi = $1 AND s.tahun = $2) THEN
            RETURN QUERY SELECT btrim(s.kode) FROM @extschema@.muat_program s WHERE s.instansi = $1 AND s.tahun = $2;
        ELSE
            RETURN QUERY SELECT p.kode FROM @extschema@.program p WHERE p.instansi = $1 AND p.tahun = $2;
        END IF;
    ELSIF rujukan = 'kegiatan' THEN
        IF EXISTS (SELECT FROM @extschema@.muat_kegiatan s WHERE s.instansi = $1 AND s.tahun = $2) THEN
            RETURN QUERY SELECT btrim(s.kode) FROM @extschema@.muat_kegiatan s WHERE s.instansi = $1 AND s.tahun = $2;
        ELSE
            RETURN QUERY SELECT k.kode FROM @extschema@.kegiatan k WHERE k.instansi = $1 AND k.tahun = $2;
        END IF;
    ELSIF rujukan = 'indikator' THEN
        -- the Renstra's indicators of the year, and the year's own from the sheet if loaded
        RETURN QUERY SELECT i.kode FROM @extschema@.indikator i
                      WHERE i.instansi = $1 AND i.tahun IS NULL
                        AND EXISTS (SELECT FROM @extschema@.indikator_tahunan y
                                     WHERE y.instansi = $1 AND y.indikator = i.kode AND y.tahun = $2);
        IF EXISTS (SELECT FROM @extschema@.muat_indikator s WHERE s.instansi = $1 AND s.tahun = $2) THEN
            RETURN QUERY SELECT btrim(s.kode) FROM @extschema@.muat_indikator s WHERE s.instansi = $1 AND s.tahun = $2;
        ELSE
            RETURN QUERY SELECT i.kode FROM @extschema@.indikator i WHERE i.instansi = $1 AND i.tahun = $2;
        END IF;
    ELSIF rujukan = 'renstra' THEN
        -- a renstra sheet replaces the documents covering the year; the others stay
        IF EXISTS (SELECT FROM @extschema@.muat_renstra s WHERE s.instansi = $1 AND s.tahun = $2) THEN
            RETURN QUERY SELECT btrim(s.kode) FROM @extschema@.muat_renstra s WHERE s.instansi = $1 AND s.tahun = $2;
            RETURN QUERY SELECT r.kode FROM @extschema@.renstra r
                          WHERE r.instansi = $1 AND $2 NOT BETWEEN r.tahun_awal AND r.tahun_akhir;
        ELSE
            RETURN QUERY SELECT r.kode FROM @extschema@.renstra r WHERE r.instansi = $1;
        END IF;
    ELSIF rujukan = 'jabatan' THEN
        IF EXISTS (SELECT FROM @extschema@.muat_jabatan s WHERE s.instansi = $1 AND s.tahun = $2) THEN
            RETURN QUERY SELECT btrim(s.kode) FROM @extschema@.muat_jabatan s WHERE s.instansi = $1 AND s.tahun = $2;
        ELSE
            RETURN QUERY SELECT j.kode FROM @extschema@.jabatan j WHERE j.instansi = $1;
        END IF;
    ELSIF rujukan = 'desa' THEN
        RETURN QUERY SELECT d.kode FROM @extschema@.desa d WHERE d.instansi = $1;
    END IF;
END
$$;
COMMENT ON FUNCTION @extschema@.muat_rujukan(text, integer, text) IS
  'Internal to lkj.muat: the codes a column may name (lkj.muat_kolom.rujukan) in a unit-year: programs, kegiatan, the year''s indicators, positions and the Renstra covering the year from this load''s sheets where it has them (a sheet replaces its kind), else from the tables; the Renstra''s indicators of the year, other Renstra periods and villages from the tables.';

CREATE FUNCTION @extschema@.muat_pesan(kode text, nilai text, harapan text) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT COALESCE((SELECT format(p.teks_id, COALESCE(nilai, ''), COALESCE(harapan, ''))
                       FROM @extschema@.pesan p WHERE p.kode = muat_pesan.kode),
                    format('%s: %s', kode, nilai));
END;
COMMENT ON FUNCTION @extschema@.muat_pesan(text, text, text) IS
  'A message of lkj.pesan in Indonesian with the value and what is expected filled in; a code it does not hold gives the code and the value.';

CREATE FUNCTION @extschema@.muat_tolak_tertanda(instansi text, tahun integer, muatan text)
RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c record;
BEGIN
    SELECT t.tahun, t.versi, t.tanggal, t.penanda_nama INTO c
      FROM @extschema@.tanda_terkunci(muat_tolak_tertanda.instansi, int4range(muat_tolak_tertanda.tahun, muat_tolak_tertanda.tahun, '[]')) t
     ORDER BY t.tahun LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'the LKj % of unit "%" is signed: its figures cannot change', c.tahun, muat_tolak_tertanda.instansi
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = format('Version %s was signed on %s by %s; %s into %s changes a year that report reads (%s to %s).',
                                  c.versi, @extschema@.format_tanggal(c.tanggal), c.penanda_nama, muat_tolak_tertanda.muatan,
                                  muat_tolak_tertanda.tahun, c.tahun - 5, c.tahun),
                  HINT = format('Open a revision with its reason first, SELECT lkj.buka_revisi(%L, %s, ''<alasan>''); then load again and sign with lkj.tandatangani(%L, %s).  A dry run (uji_coba) is allowed.',
                                muat_tolak_tertanda.instansi, c.tahun, muat_tolak_tertanda.instansi, c.tahun);
    END IF;
END
$$;
COMMENT ON FUNCTION @extschema@.muat_tolak_tertanda(text, integer, text) IS
  'Refuses (55000) a load (muatan: what is loaded, as the detail says it) into a unit-year that a signed LKj reads, before anything is read, naming the version and the revision procedure; lkj.muat and lkj.muat_sipd call it unless uji_coba';

CREATE FUNCTION @extschema@.muat(instansi text, tahun integer, lokal text DEFAULT 'id', uji_coba boolean DEFAULT false)
RETURNS TABLE (hasil text, jenis text, kunci text, berkas text, lembar text, baris integer,
               kolom text, nilai text, kode text, pesan text)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    u text := muat.instansi;
    y integer := muat.tahun;
    galat jsonb := '[]';
    ubah jsonb := '[]';
    bagian jsonb;
    jenis_ada text[] := '{}';
    staging text;
    lingkup text;
    p_sql text;
    kunci_sql text;
    cocok text;
    isi_t text;
    isi_p text;
    kolom_tulis text;
    nilai_tulis text;
    n integer;
    v_kendala text;
    v_tabel text;
    v_pesan text;
    sql_jenis jsonb := '{}';
BEGIN
    IF lokal IS NULL OR lokal NOT IN ('id', 'intl') THEN
        RAISE EXCEPTION 'unknown locale "%"', lokal
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Use ''id'' (Indonesian: 1.234,5 and 31/12/2024) or ''intl'' (1234.5 and 2024-12-31).';
    END IF;
    IF u IS NULL OR y IS NULL OR NOT EXISTS (SELECT FROM @extschema@.instansi i WHERE i.kode = u) THEN
        RAISE EXCEPTION 'unit "%" does not exist', u
            USING ERRCODE = 'undefined_object', DETAIL = 'No row of lkj.instansi has this kode.';
    END IF;
    -- a signed report locks its year and the five before (issue 11): say so
    -- before reading a cell, not at the first row written
    IF NOT uji_coba THEN
        PERFORM @extschema@.muat_tolak_tertanda(u, y, 'a load');
    END IF;

    -- the kinds this load covers: those with a staging row for the unit-year,
    -- asked in one query
    SELECT 'SELECT ARRAY[' || string_agg(format('CASE WHEN EXISTS (SELECT FROM @extschema@.%I s WHERE s.instansi = $1 AND s.tahun = $2) THEN %L END',
                                                'muat_' || x.jenis, x.jenis), ', ' ORDER BY x.o) || ']'
      INTO kunci_sql
      FROM (SELECT k.jenis, min(@extschema@.muat_urutan(k.jenis)) AS o FROM @extschema@.muat_kolom() k GROUP BY k.jenis) x;
    EXECUTE kunci_sql INTO jenis_ada USING u, y;
    jenis_ada := array_remove(jenis_ada, NULL);

    FOREACH staging IN ARRAY jenis_ada LOOP
        SELECT count(*),
               string_agg(format('(%s, s.%I)', k.urut, k.kolom), ', ' ORDER BY k.urut),
               string_agg(format('COALESCE(btrim(s.%I), %L)', k.kolom, ''), ', ' ORDER BY k.urut) FILTER (WHERE k.kunci),
               (array_agg(k.kolom ORDER BY k.urut) FILTER (WHERE k.kunci))[1]
          INTO n, isi_t, kunci_sql, kolom_tulis
          FROM @extschema@.muat_kolom() k WHERE k.jenis = staging;
        -- one query a kind (not one a column): every cell of every row read
        -- against its column (the codes a column may name gathered once),
        -- a row with another number of cells than the template (a wrong
        -- separator, whose cells would each be wrong in their own way, said
        -- once), the same natural key twice (the later rows are the mistake)
        EXECUTE format($q$
            WITH k AS (SELECT * FROM @extschema@.muat_kolom() k WHERE k.jenis = $4),
                 r AS MATERIALIZED (
                    SELECT v.rujukan, x.x
                      FROM (SELECT DISTINCT k.rujukan FROM k WHERE k.rujukan IS NOT NULL) v,
                           LATERAL @extschema@.muat_rujukan($1, $2, v.rujukan) AS x (x)
                     WHERE x.x IS NOT NULL),
                 s AS (SELECT * FROM @extschema@.%1$I s WHERE s.instansi = $1 AND s.tahun = $2),
                 sel AS (
                    SELECT s.berkas, s.lembar, s.baris, k.urut, k.kolom, c.isi,
                           CASE WHEN COALESCE(btrim(c.isi, E' \t\r\n\u00a0'), '') = ''
                                THEN CASE WHEN k.wajib THEN 'wajib_diisi' END
                                ELSE COALESCE(@extschema@.muat_galat_sel(c.isi, k.tipe, $3, k.minimum, k.pilihan),
                                              CASE WHEN k.rujukan IS NOT NULL
                                                        AND NOT EXISTS (SELECT FROM r WHERE r.rujukan = k.rujukan AND r.x = btrim(c.isi))
                                                   THEN 'kode_tak_dikenal' END) END AS kode,
                           CASE WHEN k.pilihan IS NOT NULL THEN array_to_string(k.pilihan, ', ')
                                WHEN k.rujukan IS NOT NULL THEN k.rujukan
                                WHEN k.tipe = 'tanggal' AND $3 = 'id' THEN 'HH/BB/TTTT, misalnya 31/12/2024'
                                WHEN k.tipe = 'tanggal' THEN 'TTTT-BB-HH, misalnya 2024-12-31'
                                WHEN k.tipe IN ('angka', 'bulat') AND $3 = 'id' THEN 'misalnya 1.234.567 atau 72,73'
                                WHEN k.tipe IN ('angka', 'bulat') THEN 'misalnya 1234567 atau 72.73' END AS harapan
                      FROM s
                     CROSS JOIN LATERAL (VALUES %2$s) AS c (urut, isi)
                      JOIN k ON k.urut = c.urut
                     WHERE s.jumlah_kolom IS NULL OR s.jumlah_kolom = $5)
            SELECT COALESCE(jsonb_agg(z), '[]') FROM (
                SELECT s.berkas, s.lembar, s.baris, 0 AS urut, NULL::text AS kolom, s.jumlah_kolom::text AS nilai,
                       'kolom_tak_cocok' AS kode, @extschema@.muat_pesan('kolom_tak_cocok', s.jumlah_kolom::text, $5::text) AS pesan
                  FROM s WHERE s.jumlah_kolom <> $5
                UNION ALL
                SELECT x.berkas, x.lembar, x.baris, x.urut, x.kolom, x.isi, x.kode, @extschema@.muat_pesan(x.kode, x.isi, x.harapan)
                  FROM sel x WHERE x.kode IS NOT NULL
                UNION ALL
                SELECT x.berkas, x.lembar, x.baris, 0, $6, x.k, 'baris_ganda', @extschema@.muat_pesan('baris_ganda', x.k, x.pertama::text)
                  FROM (SELECT s.berkas, s.lembar, s.baris, concat_ws(' / ', %3$s) AS k,
                               row_number() OVER w AS ke, first_value(s.baris) OVER w AS pertama
                          FROM s
                        WINDOW w AS (PARTITION BY %3$s ORDER BY s.berkas, s.lembar, s.baris)) x
                 WHERE x.ke > 1) z$q$,
            'muat_' || staging, isi_t, COALESCE(kunci_sql, CASE staging WHEN 'instansi' THEN 's.instansi' ELSE 's.tahun::text' END))
           INTO bagian USING u, y, lokal, staging, n, kolom_tulis;
        galat := galat || bagian;
    END LOOP;

    -- rules across a row's cells, on cells that read (a cell's own mistake is said above)
    galat := galat || @extschema@.muat_galat_baris(u, y, lokal);

    IF jsonb_array_length(galat) = 0 THEN
        -- what the load changes: per kind, rows by natural key; the SQL of
        -- each kind built once, a write only for the kinds and ways that change
        FOREACH staging IN ARRAY jenis_ada LOOP
            SELECT * INTO p_sql, kunci_sql, cocok, isi_t, isi_p, kolom_tulis, nilai_tulis, lingkup
              FROM @extschema@.muat_sql(staging);
            sql_jenis := sql_jenis || jsonb_build_object(staging, jsonb_build_array(
                p_sql, kunci_sql, cocok, isi_t, isi_p, kolom_tulis, nilai_tulis, lingkup));
            EXECUTE format($q$
                WITH p AS (%1$s),
                     t AS (SELECT * FROM @extschema@.%2$I t WHERE %3$s)
                SELECT COALESCE(jsonb_agg(z), '[]') FROM (
                    SELECT 'tambah' AS hasil, $4 AS jenis, concat_ws(' / ', %4$s) AS kunci,
                           p.berkas, p.lembar, p.baris
                      FROM p WHERE NOT EXISTS (SELECT FROM t WHERE %5$s)
                    UNION ALL
                    SELECT 'ubah', $4, concat_ws(' / ', %4$s), p.berkas, p.lembar, p.baris
                      FROM p JOIN t ON %5$s WHERE ROW(%6$s)::text IS DISTINCT FROM ROW(%7$s)::text
                    UNION ALL
                    SELECT 'hapus', $4, concat_ws(' / ', %8$s), NULL, NULL, NULL
                      FROM t WHERE NOT EXISTS (SELECT FROM p WHERE %5$s)) z$q$,
                p_sql, staging, lingkup, kunci_sql, cocok, isi_t, isi_p, replace(kunci_sql, 'p.', 't.'))
               INTO bagian USING u, y, lokal, staging;
            ubah := ubah || bagian;
        END LOOP;

        IF NOT uji_coba THEN
            BEGIN
                -- removals first, children before parents; then changes and additions, parents first
                FOREACH staging IN ARRAY array(SELECT x FROM unnest(jenis_ada) WITH ORDINALITY AS a (x, o) ORDER BY o DESC) LOOP
                    CONTINUE WHEN NOT ubah @> jsonb_build_array(jsonb_build_object('jenis', staging, 'hasil', 'hapus'));
                    SELECT q->>0, q->>2, q->>7 INTO p_sql, cocok, lingkup FROM (SELECT sql_jenis->staging AS q) x;
                    EXECUTE format('WITH p AS (%s) DELETE FROM @extschema@.%I t WHERE %s AND NOT EXISTS (SELECT FROM p WHERE %s)',
                                   p_sql, staging, lingkup, cocok)
                       USING u, y, lokal;
                END LOOP;
                FOREACH staging IN ARRAY jenis_ada LOOP
                    SELECT q->>0, q->>1, q->>2, q->>3, q->>4, q->>5, q->>6, q->>7
                      INTO p_sql, kunci_sql, cocok, isi_t, isi_p, kolom_tulis, nilai_tulis, lingkup
                      FROM (SELECT sql_jenis->staging AS q) x;
                    IF ubah @> jsonb_build_array(jsonb_build_object('jenis', staging, 'hasil', 'ubah')) THEN
                        EXECUTE format('WITH p AS (%1$s) UPDATE @extschema@.%2$I t SET (%3$s) = ROW(%4$s) FROM p WHERE %5$s AND %6$s AND ROW(%7$s)::text IS DISTINCT FROM ROW(%4$s)::text',
                                       p_sql, staging, replace(isi_t, 't.', ''), isi_p, lingkup, cocok, isi_t)
                           USING u, y, lokal;
                    END IF;
                    IF ubah @> jsonb_build_array(jsonb_build_object('jenis', staging, 'hasil', 'tambah')) THEN
                        EXECUTE format('WITH p AS (%1$s) INSERT INTO @extschema@.%2$I (%3$s) SELECT %4$s FROM p WHERE NOT EXISTS (SELECT FROM @extschema@.%2$I t WHERE %5$s AND %6$s)',
                                       p_sql, staging, kolom_tulis, nilai_tulis, lingkup, cocok)
                           USING u, y, lokal;
                    END IF;
                END LOOP;
                -- the staging rows applied are emptied
                FOREACH staging IN ARRAY jenis_ada LOOP
                    EXECUTE format('DELETE FROM @extschema@.%I s WHERE s.instansi = $1 AND s.tahun = $2', 'muat_' || staging)
                       USING u, y;
                END LOOP;
            EXCEPTION WHEN integrity_constraint_violation OR check_violation OR not_null_violation
                           OR foreign_key_violation OR unique_violation OR restrict_violation THEN
                -- all or nothing: the block's writes are undone; say which rule refused, in Indonesian
                GET STACKED DIAGNOSTICS v_kendala = CONSTRAINT_NAME, v_tabel = TABLE_NAME, v_pesan = MESSAGE_TEXT;
                galat := jsonb_build_array(jsonb_build_object(
                    'berkas', NULL, 'lembar', NULL, 'baris', NULL, 'urut', 0, 'kolom', v_tabel, 'nilai', v_pesan,
                    'kode', CASE WHEN EXISTS (SELECT FROM @extschema@.pesan p WHERE p.kode = v_kendala)
                                 THEN v_kendala ELSE 'aturan_basis_data' END,
                    'pesan', CASE WHEN EXISTS (SELECT FROM @extschema@.pesan p WHERE p.kode = v_kendala)
                                  THEN @extschema@.muat_pesan(v_kendala, v_tabel, v_pesan)
                                  ELSE @extschema@.muat_pesan('aturan_basis_data', v_tabel, v_pesan) END));
                ubah := '[]';
            END;
        END IF;
    END IF;

    RETURN QUERY
    SELECT 'galat'::text, NULL::text, NULL::text, g.berkas, g.lembar, g.baris, g.kolom, g.nilai, g.kode, g.pesan
      FROM jsonb_to_recordset(galat) AS g (berkas text, lembar text, baris integer, urut integer,
                                           kolom text, nilai text, kode text, pesan text)
     ORDER BY g.berkas, g.lembar, g.baris, g.urut, g.kode;
    RETURN QUERY
    SELECT d.hasil, d.jenis, d.kunci, d.berkas, d.lembar, d.baris, NULL::text, NULL::text, d.hasil,
           @extschema@.muat_pesan('baris_' || d.hasil, d.kunci, d.jenis)
      FROM jsonb_to_recordset(ubah) AS d (hasil text, jenis text, kunci text, berkas text, lembar text, baris integer)
     ORDER BY array_position(jenis_ada, d.jenis), d.hasil, d.berkas, d.lembar, d.baris, d.kunci;
END
$$;
COMMENT ON FUNCTION @extschema@.muat(text, integer, text, boolean) IS
  'Loads what the staging tables lkj.muat_<jenis> hold for a unit-year.  Reads every cell under the locale (''id'', the default: 1.234.567, 72,73, Rp, %, 31/12/2024, 31 Desember 2024; ''intl'': 1234567.5, 2024-12-31) and checks every rule, then returns every mistake at once (hasil galat: file, sheet, row, column, value, a lkj.pesan code and its Indonesian sentence) and writes nothing; else replaces each kind the staging tables hold for the unit-year by their rows, keyed on natural codes (a row of the table missing from the sheet is removed, so loading the same rows twice changes nothing), returns the rows added, changed and removed (hasil tambah, ubah, hapus) and empties the staging rows it applied.  uji_coba: only say what would change.  One transaction: a rule the tables refuse while writing undoes every write and is returned as one galat.  Runs as its caller, through row security.';

CREATE FUNCTION @extschema@.muat_urutan(jenis text) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT array_position(ARRAY['instansi', 'kepala_instansi', 'renstra', 'tujuan', 'sasaran', 'perjanjian_kinerja',
                                'program', 'kegiatan', 'sub_kegiatan', 'indikator', 'anggaran_pk', 'target', 'realisasi',
                                'jabatan', 'pegawai', 'kebutuhan_pegawai', 'sarana', 'dokumen_desa'], jenis);
END;
COMMENT ON FUNCTION @extschema@.muat_urutan(text) IS
  'Internal to lkj.muat: a template kind''s place in the order of entry (parents before what names them); a load writes in this order and removes in the reverse.';

CREATE FUNCTION @extschema@.muat_isi(teks text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT COALESCE(btrim(teks, E' \t\r\n\u00a0'), '') <> '';
END;
COMMENT ON FUNCTION @extschema@.muat_isi(text) IS
  'Internal to lkj.muat: whether a cell holds anything but white space.';

CREATE FUNCTION @extschema@.muat_angka(teks text, lokal text) RETURNS numeric
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN @extschema@.muat_isi(teks) AND @extschema@.muat_galat_sel(teks, 'angka', lokal, NULL, NULL) IS NULL
                THEN @extschema@.muat_baca(teks, 'angka', lokal, NULL)::numeric END;
END;
COMMENT ON FUNCTION @extschema@.muat_angka(text, text) IS
  'Internal to lkj.muat: a cell''s number under the locale, NULL when it is empty or does not read (its own mistake is reported once, by the cell check).';

CREATE FUNCTION @extschema@.muat_galat_baris(instansi text, tahun integer, lokal text) RETURNS jsonb
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r record;
    bagian jsonb;
    hasil jsonb := '[]';
    lebar integer;
    lebar_jenis jsonb := (SELECT jsonb_object_agg(x.jenis, x.n)
                            FROM (SELECT k.jenis, count(*) AS n FROM @extschema@.muat_kolom() k GROUP BY k.jenis) x);
    urut_kolom jsonb := (SELECT jsonb_object_agg(k.jenis || '.' || k.kolom, k.urut) FROM @extschema@.muat_kolom() k);
    ada text[];
    q text;
BEGIN
    -- the kinds with staging rows for the unit-year, in one query
    SELECT 'SELECT ARRAY[' || string_agg(format('CASE WHEN EXISTS (SELECT FROM @extschema@.%I s WHERE s.instansi = $1 AND s.tahun = $2) THEN %L END',
                                                'muat_' || x.jenis, x.jenis), ', ') || ']'
      INTO q
      FROM (SELECT DISTINCT k.jenis FROM @extschema@.muat_kolom() k) x;
    EXECUTE q INTO ada USING instansi, tahun;
    FOR r IN SELECT * FROM (VALUES
        ('instansi', 'nama', 'identitas_hak', NULL,
         $c$NOT has_table_privilege('@extschema@.instansi', 'UPDATE')
            AND @extschema@.muat_galat_sel(s.jenis, 'pilihan', $3, NULL, ARRAY['dinas', 'badan', 'kecamatan', 'kelurahan', 'sekretariat', 'inspektorat', 'direktorat', 'biro', 'upt', 'kantor', 'lainnya']) IS NULL
            AND @extschema@.muat_galat_sel(s.label_pppk, 'pilihan', $3, NULL, ARRAY['PPPK', 'P3K']) IS NULL
            AND EXISTS (SELECT FROM @extschema@.instansi x WHERE x.kode = $1
                           AND ROW(x.nama, x.jenis, x.alamat, x.label_pppk)::text IS DISTINCT FROM
                               ROW(@extschema@.muat_baca(s.nama, 'teks', $3, NULL),
                                   @extschema@.muat_baca(s.jenis, 'pilihan', $3, ARRAY['dinas', 'badan', 'kecamatan', 'kelurahan', 'sekretariat', 'inspektorat', 'direktorat', 'biro', 'upt', 'kantor', 'lainnya']),
                                   @extschema@.muat_baca(s.alamat, 'teks', $3, NULL),
                                   @extschema@.muat_baca(s.label_pppk, 'pilihan', $3, ARRAY['PPPK', 'P3K']))::text)$c$, 's.nama'),
        ('kepala_instansi', 'mulai', 'mulai_sesudah_tahun', NULL,
         $c$@extschema@.muat_isi(s.mulai) AND @extschema@.muat_galat_sel(s.mulai, 'tanggal', $3, NULL, NULL) IS NULL
            AND @extschema@.parse_tanggal(s.mulai, $3) > make_date($2, 12, 31)$c$, 's.mulai'),
        ('kepala_instansi', 'nip', 'nip_salah', NULL,
         $c$@extschema@.muat_isi(s.nip) AND btrim(s.nip, E' \t\r\n\u00a0') !~ '^[0-9]{18}$'$c$, 's.nip'),
        ('renstra', 'tahun_awal', 'renstra_di_luar_tahun', '$2::text',
         $c$@extschema@.muat_galat_sel(s.tahun_awal, 'bulat', $3, 'positif', NULL) IS NULL
            AND @extschema@.muat_galat_sel(s.tahun_akhir, 'bulat', $3, 'positif', NULL) IS NULL
            AND $2 NOT BETWEEN @extschema@.muat_angka(s.tahun_awal, $3) AND @extschema@.muat_angka(s.tahun_akhir, $3)$c$,
         $c$concat_ws('-', btrim(s.tahun_awal), btrim(s.tahun_akhir))$c$),
        ('sasaran', 'tujuan', 'tujuan_tak_dikenal', 'btrim(s.renstra)',
         $c$@extschema@.muat_angka(s.tujuan, $3) IS NOT NULL
            AND CASE WHEN EXISTS (SELECT FROM @extschema@.muat_tujuan x WHERE x.instansi = $1 AND x.tahun = $2)
                     THEN NOT EXISTS (SELECT FROM @extschema@.muat_tujuan x WHERE x.instansi = $1 AND x.tahun = $2
                                         AND btrim(x.renstra) = btrim(s.renstra)
                                         AND @extschema@.muat_angka(x.no, $3) = @extschema@.muat_angka(s.tujuan, $3))
                     ELSE NOT EXISTS (SELECT FROM @extschema@.tujuan x WHERE x.instansi = $1 AND x.renstra = btrim(s.renstra)
                                         AND x.no = @extschema@.muat_angka(s.tujuan, $3)) END$c$, 's.tujuan'),
        ('perjanjian_kinerja', 'tanggal', 'perjanjian_kinerja_tanggal_tahun', NULL,
         $c$@extschema@.muat_isi(s.tanggal) AND @extschema@.muat_galat_sel(s.tanggal, 'tanggal', $3, NULL, NULL) IS NULL
            AND extract(year FROM @extschema@.parse_tanggal(s.tanggal, $3)) NOT BETWEEN $2 - 1 AND $2$c$, 's.tanggal'),
        ('perjanjian_kinerja', 'pihak_pertama_nip', 'nip_salah', NULL,
         $c$@extschema@.muat_isi(s.pihak_pertama_nip) AND btrim(s.pihak_pertama_nip, E' \t\r\n\u00a0') !~ '^[0-9]{18}$'$c$, 's.pihak_pertama_nip'),
        ('program', 'sasaran', 'sasaran_tak_dikenal', 'btrim(s.renstra)',
         $c$@extschema@.muat_angka(s.sasaran, $3) IS NOT NULL
            AND btrim(s.renstra) IN (SELECT r FROM @extschema@.muat_rujukan($1, $2, 'renstra') r)
            AND CASE WHEN EXISTS (SELECT FROM @extschema@.muat_sasaran x WHERE x.instansi = $1 AND x.tahun = $2)
                     THEN NOT EXISTS (SELECT FROM @extschema@.muat_sasaran x WHERE x.instansi = $1 AND x.tahun = $2
                                         AND btrim(x.renstra) = btrim(s.renstra)
                                         AND @extschema@.muat_angka(x.no, $3) = @extschema@.muat_angka(s.sasaran, $3))
                     ELSE NOT EXISTS (SELECT FROM @extschema@.sasaran x WHERE x.instansi = $1 AND x.renstra = btrim(s.renstra)
                                         AND x.no = @extschema@.muat_angka(s.sasaran, $3)) END$c$, 's.sasaran'),
        ('sub_kegiatan', 'kode', 'kode_sub_kegiatan', NULL,
         $c$@extschema@.muat_isi(s.kode) AND @extschema@.muat_galat_sel(s.kode, 'kode', $3, NULL, NULL) IS NULL
            AND btrim(s.kode) !~ '^([0-9]|X)\.([0-9]{2}|XX)\.[0-9]{2}\.[0-9]\.[0-9]{2}\.[0-9]{4}$'$c$, 's.kode'),
        ('jabatan', 'eselon', 'jabatan_eselon_struktural', NULL,
         $c$@extschema@.muat_isi(s.eselon) AND lower(btrim(s.jenis)) <> 'struktural'$c$, 's.eselon'),
        ('indikator', 'program', 'induk_indikator', NULL,
         $c$@extschema@.muat_isi(s.program) = @extschema@.muat_isi(s.kegiatan)$c$, 's.program'),
        ('target', 'dokumen', 'pk_tidak_ada', NULL,
         $c$lower(btrim(s.dokumen)) IN ('pk_awal', 'pk_perubahan')
            AND CASE WHEN EXISTS (SELECT FROM @extschema@.muat_perjanjian_kinerja x WHERE x.instansi = $1 AND x.tahun = $2)
                     THEN NOT EXISTS (SELECT FROM @extschema@.muat_perjanjian_kinerja x WHERE x.instansi = $1 AND x.tahun = $2
                                         AND lower(btrim(x.jenis)) = substr(lower(btrim(s.dokumen)), 4))
                     ELSE NOT EXISTS (SELECT FROM @extschema@.perjanjian_kinerja x WHERE x.instansi = $1 AND x.tahun = $2
                                         AND x.jenis = substr(lower(btrim(s.dokumen)), 4)) END$c$, 's.dokumen'),
        ('target', 'nilai', 'target_kosong', NULL,
         $c$NOT @extschema@.muat_isi(s.nilai) AND NOT @extschema@.muat_isi(s.batas_bawah) AND NOT @extschema@.muat_isi(s.batas_atas)$c$, 's.nilai'),
        ('target', 'nilai', 'target_dua', NULL,
         $c$@extschema@.muat_isi(s.nilai) AND (@extschema@.muat_isi(s.batas_bawah) OR @extschema@.muat_isi(s.batas_atas))$c$, 's.nilai'),
        ('target', 'batas_atas', 'rentang_separuh', NULL,
         $c$NOT @extschema@.muat_isi(s.nilai) AND @extschema@.muat_isi(s.batas_bawah) <> @extschema@.muat_isi(s.batas_atas)$c$, 's.batas_atas'),
        ('target', 'batas_bawah', 'rentang_terbalik', NULL,
         $c$@extschema@.muat_angka(s.batas_bawah, $3) > @extschema@.muat_angka(s.batas_atas, $3)$c$, 's.batas_bawah'),
        ('realisasi', 'triwulan', 'triwulan_salah', NULL,
         $c$@extschema@.muat_angka(s.triwulan, $3) NOT BETWEEN 1 AND 4$c$, 's.triwulan'),
        ('realisasi', 'nilai', 'realisasi_kosong', NULL,
         $c$NOT @extschema@.muat_isi(s.nilai) AND NOT @extschema@.muat_isi(s.pembilang) AND NOT @extschema@.muat_isi(s.penyebut)$c$, 's.nilai'),
        ('realisasi', 'nilai', 'realisasi_dua', NULL,
         $c$@extschema@.muat_isi(s.nilai) AND (@extschema@.muat_isi(s.pembilang) OR @extschema@.muat_isi(s.penyebut))$c$, 's.nilai'),
        ('realisasi', 'penyebut', 'pasangan_separuh', NULL,
         $c$NOT @extschema@.muat_isi(s.nilai) AND @extschema@.muat_isi(s.pembilang) <> @extschema@.muat_isi(s.penyebut)$c$, 's.penyebut'),
        ('sarana', 'baik', 'sarana_kosong', NULL,
         $c$COALESCE(@extschema@.muat_angka(s.baik, $3), 0) + COALESCE(@extschema@.muat_angka(s.rusak, $3), 0)
            + COALESCE(@extschema@.muat_angka(s.rusak_berat, $3), 0) = 0
            AND @extschema@.muat_galat_sel(s.baik, 'bulat', $3, 'nol', NULL) IS NULL
            AND @extschema@.muat_galat_sel(s.rusak, 'bulat', $3, 'nol', NULL) IS NULL
            AND @extschema@.muat_galat_sel(s.rusak_berat, 'bulat', $3, 'nol', NULL) IS NULL$c$, 's.baik'),
        ('dokumen_desa', 'tahun_anggaran', 'dokumen_di_luar_tahun', NULL,
         $c$@extschema@.muat_galat_sel(s.jenis, 'pilihan', $3, NULL, ARRAY['RKPDes', 'APBDes', 'LPPDes']) IS NULL
            AND @extschema@.muat_angka(s.tahun_anggaran, $3) BETWEEN 1990 AND 2200
            AND extract(year FROM @extschema@.batas_dokumen_desa(
                    @extschema@.muat_baca(s.jenis, 'pilihan', $3, ARRAY['RKPDes', 'APBDes', 'LPPDes']),
                    @extschema@.muat_angka(s.tahun_anggaran, $3)::integer)) <> $2$c$, 's.tahun_anggaran'),
        ('dokumen_desa', 'tanggal', 'tanggal_di_luar', NULL,
         $c$@extschema@.muat_isi(s.tanggal) AND @extschema@.muat_galat_sel(s.tanggal, 'tanggal', $3, NULL, NULL) IS NULL
            AND @extschema@.muat_angka(s.tahun_anggaran, $3) IS NOT NULL
            AND abs(extract(year FROM @extschema@.parse_tanggal(s.tanggal, $3))
                    - @extschema@.muat_angka(s.tahun_anggaran, $3)) > 1$c$, 's.tanggal')
      ) AS v (jenis, kolom, kode, harapan, syarat, nilai) LOOP
        -- a rule of a kind the load does not hold has nothing to find
        CONTINUE WHEN NOT r.jenis = ANY (ada);
        lebar := (lebar_jenis->>r.jenis)::integer;
        EXECUTE format($q$
            SELECT COALESCE(jsonb_agg(jsonb_build_object('berkas', s.berkas, 'lembar', s.lembar, 'baris', s.baris,
                       'urut', $6, 'kolom', $7, 'nilai', %3$s, 'kode', $5,
                       'pesan', @extschema@.muat_pesan($5, %3$s, %4$s))), '[]')
              FROM @extschema@.%1$I s
             WHERE s.instansi = $1 AND s.tahun = $2 AND (s.jumlah_kolom IS NULL OR s.jumlah_kolom = $4)
               AND (%2$s)$q$, 'muat_' || r.jenis, r.syarat, r.nilai, COALESCE(r.harapan, 'NULL::text'))
           INTO bagian USING instansi, tahun, lokal, lebar, r.kode, (urut_kolom->>(r.jenis || '.' || r.kolom))::integer, r.kolom;
        hasil := hasil || bagian;
    END LOOP;
    RETURN hasil;
END
$$;
COMMENT ON FUNCTION @extschema@.muat_galat_baris(text, integer, text) IS
  'Internal to lkj.muat: the mistakes of a unit-year''s staging rows that lie across cells (an identity only lkj_admin may change, a head in office only after the year, a NIP not of 18 digits, a Renstra not covering the year, a tujuan or sasaran the Renstra lacks, a PK signed outside its year or the one before, a sub-kegiatan code not in the national form, an eselon of a non-structural position, a target with no value or two, half a range, a PK target without its PK, a quarter outside 1 to 4, a realisasi with no value or two, an indicator under no or two parents, a sasaran the Renstra lacks, an empty asset line, a village document due in another year or dated far from its fiscal year), as lkj.muat reports them.';

CREATE FUNCTION @extschema@.muat_sql(jenis text,
    OUT p_sql text, OUT kunci_sql text, OUT cocok text, OUT isi_t text, OUT isi_p text,
    OUT kolom_tulis text, OUT nilai_tulis text, OUT lingkup text)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    -- the kinds kept per unit, not per year: a load replaces those of its year's scope
    punya_tahun boolean := muat_sql.jenis NOT IN ('dokumen_desa', 'instansi', 'renstra', 'tujuan', 'sasaran', 'jabatan');
    -- looked up once, not once a row of pg_attribute
    tabel oid := format('@extschema@.%I', muat_sql.jenis)::regclass;
BEGIN
    SELECT format('SELECT s.berkas, s.lembar, s.baris, %s FROM @extschema@.%I s WHERE s.instansi = $1 AND s.tahun = $2',
                  string_agg(format('@extschema@.muat_baca(s.%1$I, %2$L, $3, %3$L::text[])::%4$s AS %1$I',
                                    k.kolom, k.tipe, k.pilihan, format_type(a.atttypid, a.atttypmod)), ', ' ORDER BY k.urut),
                  'muat_' || muat_sql.jenis),
           string_agg(format('p.%I::text', k.kolom), ', ' ORDER BY k.urut) FILTER (WHERE k.kunci),
           string_agg(format('t.%1$I IS NOT DISTINCT FROM p.%1$I', k.kolom), ' AND ' ORDER BY k.urut) FILTER (WHERE k.kunci),
           string_agg(format('t.%I', k.kolom), ', ' ORDER BY k.urut) FILTER (WHERE NOT k.kunci),
           string_agg(format('p.%I', k.kolom), ', ' ORDER BY k.urut) FILTER (WHERE NOT k.kunci),
           CASE WHEN muat_sql.jenis = 'instansi' THEN 'kode, ' WHEN punya_tahun THEN 'instansi, tahun, ' ELSE 'instansi, ' END
             || string_agg(format('%I', k.kolom), ', ' ORDER BY k.urut),
           CASE WHEN punya_tahun THEN '$1, $2, ' ELSE '$1, ' END
             || string_agg(format('p.%I', k.kolom), ', ' ORDER BY k.urut)
      INTO p_sql, kunci_sql, cocok, isi_t, isi_p, kolom_tulis, nilai_tulis
      FROM @extschema@.muat_kolom() k
      JOIN pg_attribute a ON a.attrelid = tabel AND a.attname = k.kolom
     WHERE k.jenis = muat_sql.jenis;
    -- a kind of one row a unit-year (the unit's identity, the positions
    -- needed) has no key column: the row is the unit's, or the year's
    IF kunci_sql IS NULL THEN
        kunci_sql := CASE muat_sql.jenis WHEN 'instansi' THEN '$1::text' ELSE '$2::text' END;
        cocok := 'true';
    END IF;
    lingkup := CASE
        WHEN punya_tahun THEN 't.instansi = $1 AND t.tahun = $2'
        WHEN muat_sql.jenis = 'instansi' THEN 't.kode = $1'
        WHEN muat_sql.jenis = 'jabatan' THEN 't.instansi = $1'
        -- the documents covering the year, and their tujuan and sasaran
        WHEN muat_sql.jenis = 'renstra' THEN 't.instansi = $1 AND $2 BETWEEN t.tahun_awal AND t.tahun_akhir'
        WHEN muat_sql.jenis IN ('tujuan', 'sasaran')
            THEN 't.instansi = $1 AND EXISTS (SELECT FROM @extschema@.renstra r WHERE r.instansi = $1 AND r.kode = t.renstra AND $2 BETWEEN r.tahun_awal AND r.tahun_akhir)'
        -- a village document belongs to the year its deadline falls in
        ELSE 't.instansi = $1 AND extract(year FROM @extschema@.batas_dokumen_desa(t.jenis, t.tahun_anggaran)) = $2' END;
END
$$;
COMMENT ON FUNCTION @extschema@.muat_sql(text) IS
  'Internal to lkj.muat: the SQL pieces that read a kind''s staging rows as typed values (p_sql, parameters $1 unit, $2 year, $3 locale), name and match its natural key (a kind of one row a unit-year, instansi or kebutuhan_pegawai, is named by the unit or the year), list its other columns, write a row, and bound the unit-year''s rows a load replaces (lingkup: the year''s rows; the unit''s positions; the Renstra covering the year with its tujuan and sasaran; the village documents due in the year), from lkj.muat_kolom and the table''s own column types.';

CREATE FUNCTION @extschema@.tambah_indikator(instansi text, kode text, uraian text, tahun integer,
    target_pk_awal numeric, target_pk_perubahan numeric DEFAULT NULL,
    program text DEFAULT NULL, kegiatan text DEFAULT NULL,
    renstra text DEFAULT NULL, tujuan integer DEFAULT NULL, sasaran integer DEFAULT NULL,
    satuan text DEFAULT 'Persen', polaritas @extschema@.polaritas DEFAULT 'positif',
    agregasi text DEFAULT 'jumlah', target_renstra numeric DEFAULT NULL, iku boolean DEFAULT false)
RETURNS text
LANGUAGE sql VOLATILE
BEGIN ATOMIC
    -- a figure first, as every function of lkj that takes one (22023)
    SELECT @extschema@.terhingga(tambah_indikator.target_pk_awal, 'target_pk_awal'),
           @extschema@.terhingga(tambah_indikator.target_pk_perubahan, 'target_pk_perubahan'),
           @extschema@.terhingga(tambah_indikator.target_renstra, 'target_renstra');
    -- a program or kegiatan indicator lives in its year; a tujuan or sasaran one in its Renstra
    INSERT INTO @extschema@.indikator (instansi, kode, uraian, satuan, polaritas, agregasi, iku,
                                       renstra, tujuan, sasaran, tahun, program, kegiatan)
    VALUES (tambah_indikator.instansi, tambah_indikator.kode, tambah_indikator.uraian, tambah_indikator.satuan,
            tambah_indikator.polaritas, tambah_indikator.agregasi, tambah_indikator.iku,
            tambah_indikator.renstra, tambah_indikator.tujuan, tambah_indikator.sasaran,
            CASE WHEN tambah_indikator.program IS NOT NULL OR tambah_indikator.kegiatan IS NOT NULL
                 THEN tambah_indikator.tahun END,
            tambah_indikator.program, tambah_indikator.kegiatan);
    INSERT INTO @extschema@.target (instansi, indikator, tahun, dokumen, nilai)
    SELECT tambah_indikator.instansi, tambah_indikator.kode, tambah_indikator.tahun, d.dokumen, d.nilai
      FROM (VALUES ('renstra', tambah_indikator.target_renstra),
                   ('pk_awal', tambah_indikator.target_pk_awal),
                   ('pk_perubahan', tambah_indikator.target_pk_perubahan)) AS d (dokumen, nilai)
     WHERE d.nilai IS NOT NULL;
    SELECT tambah_indikator.kode;
END;
COMMENT ON FUNCTION @extschema@.tambah_indikator(text, text, text, integer, numeric, numeric, text, text, text, integer, integer, text, @extschema@.polaritas, text, numeric, boolean) IS
  'Adds an indicator with its targets of a year in one call: under a program or kegiatan of that year (program, kegiatan), or a tujuan or sasaran of a Renstra (renstra with tujuan or sasaran); the targets of the PK awal, the PK perubahan and the Renstra for that year where given (a PK target needs that year''s PK).  Returns the kode.  The schema''s rules apply as for an INSERT (23503 for a parent or PK that does not exist, 23505 for a kode the unit has, 23514).';

CREATE FUNCTION @extschema@.catat_realisasi(instansi text, indikator text, tahun integer, triwulan integer,
    nilai numeric DEFAULT NULL, pembilang numeric DEFAULT NULL, penyebut numeric DEFAULT NULL,
    keterangan text DEFAULT NULL)
RETURNS void
LANGUAGE sql VOLATILE
BEGIN ATOMIC
    -- one row a quarter (the whole year: triwulan NULL); recording it again replaces it
    INSERT INTO @extschema@.realisasi AS r (instansi, indikator, tahun, triwulan, nilai, pembilang, penyebut, keterangan)
    VALUES (catat_realisasi.instansi, catat_realisasi.indikator, catat_realisasi.tahun, catat_realisasi.triwulan,
            @extschema@.terhingga(catat_realisasi.nilai, 'nilai'),
            @extschema@.terhingga(catat_realisasi.pembilang, 'pembilang'),
            @extschema@.terhingga(catat_realisasi.penyebut, 'penyebut'), catat_realisasi.keterangan)
    ON CONFLICT (instansi, indikator, tahun, (COALESCE(triwulan, 0)))
    DO UPDATE SET nilai = excluded.nilai, pembilang = excluded.pembilang, penyebut = excluded.penyebut,
                  keterangan = excluded.keterangan;
END;
COMMENT ON FUNCTION @extschema@.catat_realisasi(text, text, integer, integer, numeric, numeric, numeric, text) IS
  'Records an indicator''s realisasi of a quarter (1 to 4; NULL: the whole year) as a value (nilai) or a count pair (pembilang of penyebut); recording the same quarter again replaces it.  The schema''s rules apply as for an INSERT (23514 for a quarter outside 1 to 4, both a value and a pair, or a ratio indicator''s quarters with different denominators; 23503 for an unknown indicator).';
