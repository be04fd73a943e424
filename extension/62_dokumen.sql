-- ======================================================================
-- the LKj as the document a unit hands in: one HTML document (issue 13)
-- ======================================================================

/*
 * lkj.dokumen() lays out what lkj.laporan() prints: it reads laporan's text
 * and turns each of its pipe tables into an HTML table, cell for cell, so
 * that the document and the text report can never print different figures
 * (one home for every figure and its format: the report views and laporan).
 * Around the tables it puts the document's shape, as the seed's (cover,
 * kata pengantar, ikhtisar eksekutif, daftar isi, BAB I to IV, the PK
 * appendices with signature blocks), each section's text (the planner's,
 * lkj.narasi, else written from the data and marked as generated) and the
 * charts (63_grafik.sql).  The CSS is for print (WeasyPrint: A4, landscape
 * pages for wide tables, page numbers, a table of contents with page
 * numbers through target-counter()).  No clock: the same data give the
 * same bytes.
 */

CREATE FUNCTION @extschema@.format_html(teks text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT replace(replace(replace(replace(replace(teks, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),
                           '"', '&quot;'), '''', '&#39;');
END;
COMMENT ON FUNCTION @extschema@.format_html(text) IS
'A text as HTML content or attribute value: & < > " and '' escaped (&amp; first).  Every text lkj.dokumen prints passes through it.';

CREATE FUNCTION @extschema@.dokumen_bagian()
RETURNS TABLE (urutan integer, bagian text, bab text, judul text, dapat_dibuat boolean)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT v.urutan, v.bagian, v.bab, v.judul, v.dapat_dibuat
      FROM (VALUES (1, 'kata_pengantar', NULL, 'KATA PENGANTAR', true),
                   (2, 'ikhtisar', NULL, 'IKHTISAR EKSEKUTIF', true),
                   (3, '1', 'I', 'PENDAHULUAN', true),
                   (4, '1.1.1', 'I', 'Struktur Organisasi Perangkat Daerah', false),
                   (5, '1.1.2', 'I', 'Tugas dan Fungsi Perangkat Daerah', false),
                   (6, '1.1.3', 'I', 'Sumber Daya Manusia (SDM) Perangkat Daerah', true),
                   (7, '1.1.4', 'I', 'Sumber Daya Sarana dan Prasarana', true),
                   (8, '1.2', 'I', 'Isu Strategis', false),
                   (9, '2', 'II', 'PERENCANAAN KINERJA', true),
                   (10, '2.1', 'II', 'Kinerja Utama Perangkat Daerah', true),
                   (11, '2.2', 'II', 'Perjanjian Kinerja', true),
                   (12, '2.3', 'II', 'Program dan Kegiatan yang Mendukung IKU', true),
                   (13, '3', 'III', 'AKUNTABILITAS KINERJA', true),
                   (14, '3.1.1', 'III', 'Pengukuran Kinerja', true),
                   (15, '3.1.2.1', 'III', 'Perbandingan Target dan Realisasi Kinerja', true),
                   (16, '3.1.2.2', 'III', 'Perbandingan Realisasi Kinerja dengan Tahun Sebelumnya', true),
                   (17, '3.1.2.3', 'III', 'Perbandingan Realisasi Kinerja dengan Target Akhir Renstra', true),
                   (18, '3.1.2.4', 'III', 'Perbandingan Realisasi Kinerja dengan Standar Nasional', true),
                   (19, '3.1.2.5', 'III', 'Analisis Penyebab Keberhasilan atau Kegagalan serta Alternatif Solusi', false),
                   (20, '3.1.2.6', 'III', 'Analisis Atas Efisiensi Penggunaan Sumber Daya', true),
                   (21, '3.1.2.7', 'III', 'Analisis Program/ Kegiatan yang Menunjang Keberhasilan ataupun Kegagalan Pencapaian Kinerja', false),
                   (22, '3.2', 'III', 'Realisasi Anggaran', true),
                   (23, '4.1', 'IV', 'Kesimpulan', true),
                   (24, '4.2', 'IV', 'Saran dan Langkah Perbaikan', false))
           AS v (urutan, bagian, bab, judul, dapat_dibuat);
END;
COMMENT ON FUNCTION @extschema@.dokumen_bagian() IS
'The sections of the LKj document in their order, as lkj.narasi names them (bagian), with the chapter they belong to (bab I to IV; NULL for the front matter), their title, and whether lkj.dokumen_narasi can write them from the data (dapat_dibuat).  Causes, obstacles, remedies, the organisation, its tasks and its strategic issues cannot be: only the planner can write them (cek_narasi_kosong).  1, 2 and 3 are the opening text of BAB I, II and III.';

CREATE FUNCTION @extschema@.dokumen_narasi(instansi text, tahun integer)
RETURNS TABLE (bagian text, urutan integer, jenis text, teks text, dibuat boolean)
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    nama text;
BEGIN
    SELECT i.nama INTO nama FROM @extschema@.instansi i WHERE i.kode = dokumen_narasi.instansi;
    RETURN QUERY
    WITH sendiri AS (
        SELECT n.bagian, n.urutan, n.jenis, n.teks
          FROM @extschema@.narasi n
         WHERE n.instansi = dokumen_narasi.instansi AND n.tahun = dokumen_narasi.tahun),
    -- Tabel 10 read once (a view read per indicator costs as much again)
    tabel_10 AS MATERIALIZED (
        SELECT q.indikator_kode, q.indikator, q.urutan,
               q.capaian_1, q.capaian_2, q.capaian_3, q.capaian_4, q.capaian_5
          FROM @extschema@.tabel_10_perbandingan_tahun q
         WHERE q.instansi = dokumen_narasi.instansi AND q.tahun = dokumen_narasi.tahun),
    -- each indicator's figures as the tables print them
    ind AS MATERIALIZED (
        SELECT t.urutan, t.no, t.indikator, t.kriteria,
               @extschema@.sel_nilai(t.target, t.satuan, t.batas_bawah, t.batas_atas, d.desimal, false) AS target,
               @extschema@.sel_nilai(t.realisasi, t.satuan, NULL, NULL, d.desimal, false) AS realisasi,
               @extschema@.sel_persen(t.capaian) AS capaian, t.capaian AS capaian_angka,
               lalu.tahun AS tahun_lalu, lalu.capaian AS capaian_lalu, e.capaian_cetak, e.penyerapan, e.efisiensi, e.metode, e.indeks_efisiensi,
               e.tingkat_efisiensi, e.penghematan, e.putusan,
               r.tahun_akhir, r.target_akhir, r.target_akhir_bawah, r.target_akhir_atas, r.capaian_target_akhir,
               s.standar, s.standar_bawah, s.standar_atas, s.capaian_standar, t.satuan, d.desimal
          FROM @extschema@.tabel_9_target_realisasi t
          LEFT JOIN @extschema@.indikator d ON d.instansi = t.instansi AND d.kode = t.indikator_kode
          -- Tabel 10's row of the indicator: its identity, else (a Renstra
          -- before whose indicators are identities of their own, as
          -- Kunir's P-Renstra) the row worded the same
          LEFT JOIN LATERAL (SELECT q.* FROM tabel_10 q
                              WHERE q.indikator_kode = t.indikator_kode OR lower(q.indikator) = lower(t.indikator)
                              ORDER BY q.indikator_kode = t.indikator_kode DESC, q.urutan LIMIT 1) p ON true
          -- the latest of the five years before with a capaian (Tabel 10)
          LEFT JOIN LATERAL (SELECT t.tahun - 6 + x.ke::integer AS tahun, x.c AS capaian
                               FROM unnest(ARRAY[p.capaian_1, p.capaian_2, p.capaian_3, p.capaian_4, p.capaian_5])
                                    WITH ORDINALITY AS x (c, ke)
                              WHERE x.c IS NOT NULL
                              ORDER BY x.ke DESC LIMIT 1) lalu ON true
          LEFT JOIN @extschema@.tabel_14_efisiensi e
            ON e.instansi = t.instansi AND e.tahun = t.tahun AND e.indikator_kode = t.indikator_kode
          LEFT JOIN @extschema@.tabel_12_target_akhir_renstra r
            ON r.instansi = t.instansi AND r.tahun = t.tahun AND r.indikator_kode = t.indikator_kode
          LEFT JOIN @extschema@.tabel_13_standar_nasional s
            ON s.instansi = t.instansi AND s.tahun = t.tahun AND s.indikator_kode = t.indikator_kode
         WHERE t.instansi = dokumen_narasi.instansi AND t.tahun = dokumen_narasi.tahun),
    hitung AS (
        SELECT sum(c.jumlah) FILTER (WHERE c.status = 'tercapai') AS tercapai,
               sum(c.jumlah) FILTER (WHERE c.status = 'belum tercapai') AS belum,
               sum(c.jumlah) FILTER (WHERE c.status = 'tidak terukur') AS tidak_terukur,
               (SELECT count(*) FROM ind) AS semua
          FROM @extschema@.ringkasan_capaian c
         WHERE c.instansi = dokumen_narasi.instansi AND c.tahun = dokumen_narasi.tahun),
    uang AS (
        SELECT t.anggaran, t.realisasi, t.penyerapan
          FROM @extschema@.tabel_15_realisasi_anggaran t
         WHERE t.instansi = dokumen_narasi.instansi AND t.tahun = dokumen_narasi.tahun AND t.jenis_baris = 'jumlah'),
    kalimat_capaian AS (
        SELECT format('Dari %s indikator kinerja tujuan dan sasaran tahun %s, %s indikator mencapai target (capaian 100%% atau lebih), %s indikator belum mencapai target, dan %s indikator tidak dapat diperoleh hasil pengukurannya.',
                      h.semua, dokumen_narasi.tahun, COALESCE(h.tercapai, 0), COALESCE(h.belum, 0),
                      COALESCE(h.tidak_terukur, 0)) AS teks
          FROM hitung h),
    kalimat_uang AS (
        SELECT format('Realisasi anggaran tahun %s sebesar %s dari anggaran %s, atau penyerapan %s.',
                      dokumen_narasi.tahun, @extschema@.format_rupiah(u.realisasi), @extschema@.format_rupiah(u.anggaran),
                      @extschema@.sel_persen(u.penyerapan)) AS teks
          FROM uang u),
    dibuat AS (
        SELECT 'kata_pengantar' AS bagian, 1 AS urutan, 'paragraf' AS jenis,
               format('Laporan Kinerja (LKj) %s Tahun %s disusun sebagai wujud pertanggungjawaban atas pelaksanaan tugas dan fungsi serta penggunaan anggaran tahun %s dalam mencapai tujuan dan sasaran strategis, sebagaimana diamanatkan Peraturan Presiden Nomor 29 Tahun 2014 dan Peraturan Menteri PANRB Nomor 53 Tahun 2014.',
                      nama, dokumen_narasi.tahun, dokumen_narasi.tahun) AS teks
        UNION ALL
        SELECT 'kata_pengantar', 2, 'paragraf',
               'Laporan ini menyajikan perencanaan kinerja, pengukuran dan analisis capaian kinerja, serta realisasi anggaran, sebagai bahan evaluasi bagi perbaikan kinerja pada tahun berikutnya.'
        UNION ALL
        SELECT 'ikhtisar', 1, 'paragraf', k.teks FROM kalimat_capaian k
        UNION ALL
        SELECT 'ikhtisar', 2, 'paragraf', k.teks FROM kalimat_uang k
        UNION ALL
        SELECT '1', 1, 'paragraf',
               format('Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri PANRB Nomor 53 Tahun 2014 mewajibkan setiap instansi pemerintah menyusun Laporan Kinerja.  %s menyusun Laporan Kinerja Tahun %s berdasarkan perjanjian kinerja tahun %s.',
                      nama, dokumen_narasi.tahun, dokumen_narasi.tahun)
        UNION ALL
        SELECT '1.1.3', row_number() OVER (ORDER BY g.urutan)::integer, 'daftar',
               g.uraian || ': ' || @extschema@.format_angka(g.jumlah::numeric)
               || COALESCE(' dari ' || @extschema@.format_angka(g.dari::numeric), '')
               || COALESCE(' (' || @extschema@.sel_persen(g.persen) || ')', '') || '.'
          FROM @extschema@.ringkasan_pegawai g
         WHERE g.instansi = dokumen_narasi.instansi AND g.tahun = dokumen_narasi.tahun
        UNION ALL
        SELECT '1.1.4', row_number() OVER (ORDER BY g.urutan)::integer, 'daftar',
               g.uraian || ': ' || @extschema@.format_angka(g.jumlah::numeric)
               || COALESCE(' dari ' || @extschema@.format_angka(g.dari::numeric), '')
               || COALESCE(' (' || @extschema@.sel_persen(g.persen) || ')', '') || '.'
          FROM @extschema@.ringkasan_sarana g
         WHERE g.instansi = dokumen_narasi.instansi AND g.tahun = dokumen_narasi.tahun
        UNION ALL
        SELECT '2', 1, 'paragraf',
               format('Perencanaan kinerja %s tahun %s memuat indikator kinerja utama, targetnya, perjanjian kinerja, serta program dan kegiatan yang mendukungnya (Tabel 3 sampai Tabel 6).',
                      nama, dokumen_narasi.tahun)
        UNION ALL
        SELECT '2.1', 1, 'paragraf',
               format('%s mempunyai %s indikator kinerja tujuan dan sasaran pada tahun %s; indikator kinerja utama dan targetnya disajikan pada Tabel 3 dan Tabel 4.',
                      nama, (SELECT count(*) FROM ind), dokumen_narasi.tahun)
        UNION ALL
        SELECT '2.2', row_number() OVER (ORDER BY pk.jenis = 'perubahan')::integer, 'paragraf',
               format('Perjanjian Kinerja %stahun %s ditandatangani di %s pada %s oleh %s (%s) sebagai pihak pertama dan %s (%s) sebagai pihak kedua.',
                      CASE pk.jenis WHEN 'perubahan' THEN 'Perubahan ' ELSE '' END, dokumen_narasi.tahun,
                      pk.tempat, @extschema@.format_tanggal(pk.tanggal), pk.pihak_pertama_nama, pk.pihak_pertama_jabatan,
                      pk.pihak_kedua_nama, pk.pihak_kedua_jabatan)
          FROM @extschema@.perjanjian_kinerja pk
         WHERE pk.instansi = dokumen_narasi.instansi AND pk.tahun = dokumen_narasi.tahun AND pk.tanggal IS NOT NULL
        UNION ALL
        SELECT '2.3', 1, 'paragraf',
               format('Program dan kegiatan yang mendukung indikator kinerja utama tahun %s, dengan target dan anggarannya, disajikan pada Tabel 6.',
                      dokumen_narasi.tahun)
        UNION ALL
        SELECT '3', 1, 'paragraf',
               format('Akuntabilitas kinerja %s tahun %s diukur dengan membandingkan realisasi setiap indikator dengan targetnya; capaian dinilai menurut skala kriteria pada Tabel 7.',
                      nama, dokumen_narasi.tahun)
        UNION ALL
        SELECT '3.1.1', 1, 'paragraf', k.teks FROM kalimat_capaian k
        UNION ALL
        SELECT '3.1.2.1', i.urutan, 'daftar',
               format('%s: target %s, realisasi %s, capaian %s%s.', i.indikator, i.target, i.realisasi, i.capaian,
                      COALESCE(' (kriteria ' || i.kriteria || ')', ''))
          FROM ind i
        UNION ALL
        SELECT '3.1.2.2', i.urutan, 'daftar',
               CASE WHEN i.capaian_lalu IS NULL OR i.capaian_angka IS NULL
                    THEN format('%s: capaian %s tahun %s; tidak ada capaian lima tahun sebelumnya untuk dibandingkan.',
                                i.indikator, i.capaian, dokumen_narasi.tahun)
                    ELSE format('%s: capaian %s tahun %s dibanding %s tahun %s%s, %s.',
                                i.indikator, i.capaian, dokumen_narasi.tahun, @extschema@.sel_persen(i.capaian_lalu),
                                i.tahun_lalu,
                                CASE WHEN i.tahun_lalu < dokumen_narasi.tahun - 1
                                     THEN format(' (tahun terakhir yang mempunyai capaian; %s tidak tersedia)',
                                                 CASE WHEN i.tahun_lalu = dokumen_narasi.tahun - 2
                                                      THEN (dokumen_narasi.tahun - 1)::text
                                                      ELSE (i.tahun_lalu + 1) || '-' || (dokumen_narasi.tahun - 1) END)
                                     ELSE '' END,
                                CASE @extschema@.arah_perubahan(i.capaian_angka - i.capaian_lalu)
                                     WHEN 'naik' THEN 'naik ' || @extschema@.format_angka(i.capaian_angka - i.capaian_lalu, 2) || ' poin'
                                     WHEN 'turun' THEN 'turun ' || @extschema@.format_angka(i.capaian_lalu - i.capaian_angka, 2) || ' poin'
                                     ELSE 'tetap' END) END
          FROM ind i
        UNION ALL
        SELECT '3.1.2.3', i.urutan, 'daftar',
               CASE WHEN i.tahun_akhir IS NULL
                    THEN format('%s: tidak ada target akhir Renstra untuk dibandingkan.', i.indikator)
                    ELSE format('%s: realisasi %s terhadap target akhir Renstra tahun %s sebesar %s, capaian %s.',
                                i.indikator, i.realisasi, i.tahun_akhir,
                                @extschema@.sel_nilai(i.target_akhir, i.satuan, i.target_akhir_bawah, i.target_akhir_atas, i.desimal, false),
                                @extschema@.sel_persen(i.capaian_target_akhir)) END
          FROM ind i
        UNION ALL
        SELECT '3.1.2.4', i.urutan, 'daftar',
               CASE WHEN i.standar IS NULL AND i.standar_bawah IS NULL
                    THEN format('%s: tidak ada standar nasional untuk dibandingkan.', i.indikator)
                    ELSE format('%s: realisasi %s terhadap standar nasional %s, capaian %s.',
                                i.indikator, i.realisasi,
                                @extschema@.sel_nilai(i.standar, i.satuan, i.standar_bawah, i.standar_atas, i.desimal, false),
                                @extschema@.sel_persen(i.capaian_standar)) END
          FROM ind i
        UNION ALL
        SELECT '3.1.2.6', i.urutan, 'daftar',
               format('%s: capaian %s dengan penyerapan anggaran %s; %s.', i.indikator, COALESCE(i.capaian_cetak, 'N/A'),
                      @extschema@.sel_persen(i.penyerapan),
                      CASE i.metode
                           WHEN 'rasio' THEN 'indeks efisiensi ' || COALESCE(@extschema@.format_angka(i.indeks_efisiensi, 3), 'N/A')
                                || ', tingkat efisiensi ' || @extschema@.sel_persen(i.tingkat_efisiensi)
                                || COALESCE(' (' || i.putusan || ')', '')
                           WHEN 'penghematan' THEN 'penghematan ' || COALESCE(@extschema@.format_rupiah(i.penghematan), 'N/A')
                                || COALESCE(' (' || i.putusan || ')', '')
                           ELSE 'tingkat efisiensi ' || @extschema@.sel_persen(i.efisiensi) END)
          FROM ind i
         WHERE i.metode IS NOT NULL
        UNION ALL
        SELECT '3.2', 1, 'paragraf', k.teks FROM kalimat_uang k
        UNION ALL
        SELECT '4.1', 1, 'paragraf', k.teks FROM kalimat_capaian k
        UNION ALL
        SELECT '4.1', 2, 'paragraf', k.teks FROM kalimat_uang k)
    SELECT s.bagian, s.urutan, s.jenis, s.teks, false FROM sendiri s
    UNION ALL
    SELECT d.bagian, d.urutan, d.jenis, d.teks, true FROM dibuat d
     WHERE NOT EXISTS (SELECT FROM sendiri s WHERE s.bagian = d.bagian)
    ORDER BY 1, 2;
END
$$;
COMMENT ON FUNCTION @extschema@.dokumen_narasi(text, integer) IS
'The text of every section of a unit-year''s LKj (lkj.dokumen_bagian): the planner''s own rows of lkj.narasi (dibuat false), and for a section without any, where it can be, text written from the data in plain Indonesian (dibuat true): per indicator its target, realisasi, capaian and kriteria, the change from the capaian of the latest of the five years before that has one (Tabel 10: the same identity, else the indicator worded the same), the realisasi against the Renstra''s end target and a national standard, the efficiency by the unit''s method; the counts of section 3.1.1, the staff, assets and budget.  Figures as the tables print them.  Deterministic; no clock.  An unknown unit gives no generated row with a name (lkj.dokumen raises 42704 first).';

CREATE FUNCTION @extschema@.dokumen_tabel(tabel text)
RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    baris text[] := string_to_array(tabel, E'\n');
    kanan boolean[];
    sel text[];
    html text[];
    kelas text;
BEGIN
    -- lkj.format_tabel's lines: the titles, the delimiter row (---: a column
    -- aligned right), the rows.  A cell is split at a | that is not \|.
    IF cardinality(baris) < 2 OR baris[1] !~ '^\|' THEN
        RAISE EXCEPTION 'not a table of lkj.format_tabel'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'The text does not start with a row of titles and a delimiter row.',
                  HINT = 'Pass one table as lkj.format_tabel prints it, without its title.';
    END IF;
    kanan := ARRAY(SELECT c ~ ':\s*$'
                     FROM unnest((regexp_split_to_array(btrim(baris[2]), '\|'))[2:]) WITH ORDINALITY AS x (c, ke)
                    WHERE x.ke < cardinality(regexp_split_to_array(btrim(baris[2]), '\|')) - 1
                    ORDER BY x.ke);
    html := ARRAY['<table>', '<thead><tr>'];
    FOR i IN 1..cardinality(baris) LOOP
        CONTINUE WHEN i = 2;
        sel := ARRAY(SELECT replace(btrim(c), '\|', '|')
                       FROM unnest(regexp_split_to_array(btrim(baris[i]), '(?<!\\)\|')) WITH ORDINALITY AS x (c, ke)
                      WHERE x.ke > 1 AND x.ke < cardinality(regexp_split_to_array(btrim(baris[i]), '(?<!\\)\|'))
                      ORDER BY x.ke);
        html := html || CASE WHEN i = 3 THEN '</tr></thead><tbody><tr>' WHEN i > 3 THEN '<tr>' ELSE '' END;
        FOR j IN 1..cardinality(sel) LOOP
            kelas := CASE WHEN kanan[j] THEN ' class="angka"' ELSE '' END;
            html := html || format(CASE WHEN i = 1 THEN '<th%s>%s</th>' ELSE '<td%s>%s</td>' END,
                                   kelas, @extschema@.format_html(sel[j]));
        END LOOP;
        html := html || CASE WHEN i > 2 THEN '</tr>' ELSE '' END;
    END LOOP;
    html := html || CASE WHEN cardinality(baris) = 2 THEN '</tr></thead><tbody>' ELSE '' END
                 || '</tbody></table>'::text;
    RETURN array_to_string(html, '');
END
$$;
COMMENT ON FUNCTION @extschema@.dokumen_tabel(text) IS
'One table as lkj.format_tabel prints it (titles, delimiter row, rows; no title above) as an HTML table: the titles in <thead> (which print again on every page the table runs over), every cell trimmed, \| read as |, escaped (lkj.format_html), and the columns the delimiter row aligns right (---:) given class angka.  Text that is not such a table raises 22023.';

CREATE FUNCTION @extschema@.dokumen(instansi text, tahun integer, versi text DEFAULT 'tertanda')
RETURNS text
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    -- Which version this is (lkj.laporan's first line names it): the
    -- cover's label, and the date the kata pengantar is signed on (a draft
    -- leaves the day open).
    label_versi text := 'Draf';
    tanggal_tanda date;
    nomor_tanda integer;
    unit record;
    teks text;
    blok text[];
    b text;
    -- the report's tables in laporan's order: where each goes and its HTML
    tempat text[] := '{}';
    isi text[] := '{}';
    judul_tabel text[] := '{}';
    k integer := 0;
    id_tabel text;
    kelas text;
    gambar text[] := '{}';          -- Gambar n: its section, caption and SVG
    gambar_tempat text[] := '{}';
    gambar_judul text[] := '{}';
    svg text;
    nomor_gambar integer := 0;
    bagian record;
    badan text[] := '{}';
    depan text := '';               -- kata pengantar and ikhtisar
    h text;                         -- one section's HTML
    daftar_isi text[] := '{}';
    n record;
    dalam_daftar boolean;
    ada_teks boolean;
    otomatis boolean;       -- the section's text is generated
    narasi_bagian text[];   -- lkj.dokumen_narasi's rows, column by column
    narasi_jenis text[];
    narasi_teks text[];
    narasi_dibuat boolean[];
    janji record;
    lampiran text[] := '{}';
BEGIN
    -- laporan raises 42704 for a unit the caller cannot see, as here
    -- The tables are the version's: a signed version's text as it was
    -- signed (lkj.versi_laporan), else the current data.  laporan checks
    -- the version asked for (22023, 42704) and names it in a first block.
    teks := @extschema@.laporan(dokumen.instansi, dokumen.tahun, dokumen.versi);
    IF teks ~ '^VERSI TERTANDA [0-9]+ ' THEN
        nomor_tanda := substring(teks FROM '^VERSI TERTANDA ([0-9]+) ')::integer;
        SELECT w.tanggal INTO tanggal_tanda FROM @extschema@.versi_laporan w
         WHERE w.instansi = dokumen.instansi AND w.tahun = dokumen.tahun AND w.versi = nomor_tanda;
        label_versi := format('Tertanda, versi %s, %s', nomor_tanda, @extschema@.format_tanggal(tanggal_tanda));
        teks := substr(teks, strpos(teks, E'\n\n') + 2);
    ELSIF teks ~ '^DRAF, ' THEN
        label_versi := CASE WHEN teks ~ '; revisi dibuka: ' THEN 'Draf revisi' ELSE 'Draf' END;
        teks := substr(teks, strpos(teks, E'\n\n') + 2);
    END IF;
    SELECT i.nama, i.alamat, p.nama AS pemda, km.nama AS kementerian,
           h.nama AS kepala_nama, h.jabatan AS kepala_jabatan, h.nip AS kepala_nip, h.pangkat AS kepala_pangkat,
           (SELECT pk.tempat FROM @extschema@.perjanjian_kinerja pk
             WHERE pk.instansi = i.kode AND pk.tahun = dokumen.tahun ORDER BY pk.jenis = 'perubahan' DESC LIMIT 1) AS tempat,
           (SELECT string_agg(r.nama, ', ' ORDER BY r.tahun_awal, r.kode)
              FROM @extschema@.tahun_renstra y
              JOIN @extschema@.renstra r ON r.instansi = y.instansi AND r.kode = y.renstra
             WHERE y.instansi = i.kode AND y.tahun = dokumen.tahun) AS renstra
      INTO unit
      FROM @extschema@.instansi i
      LEFT JOIN @extschema@.pemda p ON p.kode = i.pemda
      LEFT JOIN @extschema@.kementerian km ON km.kode = i.kementerian
      LEFT JOIN LATERAL (SELECT ki.nama, ki.jabatan, ki.nip, ki.pangkat
                           FROM @extschema@.kepala_instansi ki
                          WHERE ki.instansi = i.kode AND ki.tahun = dokumen.tahun
                          ORDER BY ki.mulai DESC LIMIT 1) h ON true
     WHERE i.kode = dokumen.instansi;

    -- laporan's blocks, blank lines between them: the header (left out:
    -- the cover says it), a table's title, a table, a sentence under it.
    -- Each title opens a table of the document; what follows until the
    -- next title belongs to it (Tabel 5's programs, Tabel 14's formula,
    -- a PK's signatures, which the appendix prints as blocks of its own).
    blok := string_to_array(teks, E'\n\n');
    FOR i IN 2..cardinality(blok) LOOP
        b := blok[i];
        IF b ~ '^(Tabel [0-9]+  |Ringkasan |Capaian Sasaran |LAMPIRAN )' THEN
            k := k + 1;
            judul_tabel[k] := b;
            tempat[k] := CASE
                WHEN b ~ '^Tabel 1  ' OR b ~ '^Ringkasan Pegawai' THEN '1.1.3'
                WHEN b ~ '^Tabel 2  ' OR b ~ '^Ringkasan Sarana' THEN '1.1.4'
                WHEN b ~ '^Tabel [34]  ' THEN '2.1'
                WHEN b ~ '^Tabel 5  ' THEN '2.2'
                WHEN b ~ '^Tabel 6  ' THEN '2.3'
                WHEN b ~ '^(Tabel [78]  |Capaian Sasaran |Ringkasan Capaian)' THEN '3.1.1'
                WHEN b ~ '^Tabel 9  ' THEN '3.1.2.1'
                WHEN b ~ '^Tabel 1[01]  ' THEN '3.1.2.2'
                WHEN b ~ '^Tabel 12  ' THEN '3.1.2.3'
                WHEN b ~ '^Tabel 13  ' THEN '3.1.2.4'
                WHEN b ~ '^Tabel 14  ' THEN '3.1.2.6'
                WHEN b ~ '^Tabel 15  ' THEN '3.2'
                ELSE 'lampiran' END;
            id_tabel := 'tabel-' || k;
            isi[k] := format('<figure class="tabel" id="%s"><figcaption>%s</figcaption>', id_tabel,
                             replace(@extschema@.format_html(b), E'\n', '<br>'));
        ELSIF k = 0 OR b ~ '^- Pihak Pertama: ' THEN
            -- the PK's signatures: the appendix draws them as signature blocks
            NULL;
        ELSIF b ~ '^\|' THEN
            -- A wide table prints on a landscape page: the width it needs
            -- at least, in characters, is more than a portrait line holds
            -- (about 95 at 9 pt).  From the delimiter row: a column aligned
            -- right holds figures, which do not wrap (its full width); a
            -- text column wraps down to about 12; each column pads about 2.
            kelas := CASE WHEN (SELECT sum(CASE WHEN c ~ ':$' THEN char_length(c) - 2
                                                ELSE least(char_length(c) - 2, 12) END + 2)
                                  FROM unnest(string_to_array(split_part(b, E'\n', 2), '|')) c
                                 WHERE c <> '') > 95
                          THEN 'lebar' ELSE 'sempit' END;
            isi[k] := isi[k] || replace(@extschema@.dokumen_tabel(b), '<table>', format('<table class="%s">', kelas));
            IF kelas = 'lebar' THEN
                isi[k] := replace(isi[k], '<figure class="tabel"', '<figure class="tabel lebar"');
            END IF;
        ELSE
            isi[k] := isi[k] || '<p class="catatan">' || replace(@extschema@.format_html(b), E'\n', '<br>') || '</p>';
        END IF;
    END LOOP;

    -- The charts, in the sections they illustrate.
    FOR i IN 1..3 LOOP
        svg := CASE i WHEN 1 THEN @extschema@.grafik_target_realisasi(dokumen.instansi, dokumen.tahun)
                      WHEN 2 THEN @extschema@.grafik_capaian_tahun(dokumen.instansi, dokumen.tahun)
                      ELSE @extschema@.grafik_anggaran(dokumen.instansi, dokumen.tahun) END;
        CONTINUE WHEN svg IS NULL;
        nomor_gambar := nomor_gambar + 1;
        gambar_tempat := gambar_tempat || (ARRAY['3.1.2.1', '3.1.2.2', '3.2'])[i];
        gambar_judul := gambar_judul || format('Gambar %s  %s', nomor_gambar,
            (ARRAY['Target dan Realisasi Indikator Kinerja Tahun ' || dokumen.tahun,
                   'Capaian Indikator Kinerja dari Tahun ke Tahun',
                   'Anggaran dan Realisasi Anggaran per Program Tahun ' || dokumen.tahun])[i]);
        gambar := gambar || format('<figure class="gambar" id="gambar-%s">%s<figcaption>%s</figcaption></figure>',
                                   nomor_gambar, svg, @extschema@.format_html(gambar_judul[nomor_gambar]));
    END LOOP;

    -- Every section's text, in one pass over the views (ordered by
    -- section and row), then the sections in order: heading, text, then
    -- their tables and charts.
    SELECT array_agg(x.bagian ORDER BY x.bagian, x.urutan), array_agg(x.jenis ORDER BY x.bagian, x.urutan),
           array_agg(x.teks ORDER BY x.bagian, x.urutan), array_agg(x.dibuat ORDER BY x.bagian, x.urutan)
      INTO narasi_bagian, narasi_jenis, narasi_teks, narasi_dibuat
      FROM @extschema@.dokumen_narasi(dokumen.instansi, dokumen.tahun) x;
    FOR bagian IN SELECT * FROM @extschema@.dokumen_bagian() ORDER BY 1 LOOP
        h := '';
        IF bagian.bagian IN ('1', '2', '3', '4.1') THEN
            h := format('<section class="bab" id="bab-%s"><h1>BAB %s<br>%s</h1>', bagian.bab, bagian.bab,
                        CASE bagian.bagian WHEN '4.1' THEN 'PENUTUP' ELSE bagian.judul END);
            daftar_isi := daftar_isi || format('<li class="bab"><a href="#bab-%s">BAB %s. %s</a></li>', bagian.bab, bagian.bab,
                                               CASE bagian.bagian WHEN '4.1' THEN 'PENUTUP' ELSE bagian.judul END);
        END IF;
        IF bagian.bab IS NULL THEN
            h := format('<section class="depan" id="bagian-%s"><h1>%s</h1>', bagian.bagian, bagian.judul);
        ELSIF bagian.bagian NOT IN ('1', '2', '3') THEN
            h := h || format('<section class="bagian" id="bagian-%s"><h%s>%s %s</h%s>', bagian.bagian,
                             CASE WHEN bagian.bagian ~ '^3[.]1[.]2[.]' THEN 3 ELSE 2 END,
                             bagian.bagian, @extschema@.format_html(bagian.judul),
                             CASE WHEN bagian.bagian ~ '^3[.]1[.]2[.]' THEN 3 ELSE 2 END);
            daftar_isi := daftar_isi || format('<li class="sub"><a href="#bagian-%s">%s %s</a></li>', bagian.bagian,
                                               bagian.bagian, @extschema@.format_html(bagian.judul));
        END IF;
        -- The section's text: the planner's, or generated from the data
        -- (a section is one or the other), the latter in a block of class
        -- dibuat under one visible marker.
        dalam_daftar := false;
        ada_teks := false;
        otomatis := false;
        FOR n IN SELECT * FROM unnest(narasi_bagian, narasi_jenis, narasi_teks, narasi_dibuat)
                                   WITH ORDINALITY AS x (bagian, jenis, teks, dibuat, ke)
                  WHERE x.bagian = bagian.bagian ORDER BY x.ke LOOP
            otomatis := n.dibuat;
            IF NOT ada_teks AND otomatis THEN
                h := h || '<div class="dibuat"><p class="tanda">[Teks otomatis dari data: periksa, lalu tulis teks bagian ini sebelum laporan ditandatangani.]</p>';
            END IF;
            ada_teks := true;
            IF n.jenis = 'daftar' AND NOT dalam_daftar THEN
                h := h || '<ul>';
            ELSIF n.jenis <> 'daftar' AND dalam_daftar THEN
                h := h || '</ul>';
            END IF;
            dalam_daftar := n.jenis = 'daftar';
            h := h || format(CASE WHEN dalam_daftar THEN '<li>%s</li>' ELSE '<p>%s</p>' END,
                             @extschema@.format_html(n.teks));
        END LOOP;
        IF dalam_daftar THEN
            h := h || '</ul>';
        END IF;
        IF otomatis THEN
            h := h || '</div>';
        END IF;
        IF NOT ada_teks AND NOT bagian.dapat_dibuat THEN
            h := h || '<p class="kosong">[Bagian ini belum diisi.]</p>';
        END IF;
        FOR i IN 1..k LOOP
            IF tempat[i] = bagian.bagian THEN
                h := h || isi[i] || '</figure>';
            END IF;
        END LOOP;
        FOR i IN 1..nomor_gambar LOOP
            IF gambar_tempat[i] = bagian.bagian THEN
                h := h || gambar[i];
            END IF;
        END LOOP;
        IF bagian.bagian = 'kata_pengantar' THEN
            -- signed by the head on the signed version's date; a draft
            -- leaves the day open
            h := h || format('<div class="ttd-pengantar"><p>%s, %s</p><p>%s</p><p class="nama">%s</p>%s%s</div>',
                             @extschema@.format_html(COALESCE(unit.tempat, '')),
                             COALESCE(@extschema@.format_tanggal(tanggal_tanda), '....................... ' || (dokumen.tahun + 1)),
                             @extschema@.format_html(COALESCE(unit.kepala_jabatan, '')),
                             @extschema@.format_html(COALESCE(unit.kepala_nama, '')),
                             COALESCE('<p>' || @extschema@.format_html(unit.kepala_pangkat) || '</p>', ''),
                             COALESCE('<p>NIP. ' || @extschema@.format_nip(unit.kepala_nip) || '</p>', ''));
        END IF;
        IF bagian.bagian NOT IN ('1', '2', '3') THEN
            h := h || '</section>';
        END IF;
        IF bagian.bagian IN ('1.2', '2.3', '3.2', '4.2') THEN
            h := h || '</section>';   -- the BAB
        END IF;
        IF bagian.bab IS NULL THEN
            depan := depan || h || E'\n';
        ELSE
            badan := badan || h;
        END IF;
    END LOOP;

    -- The appendix: each signed PK's tables, then both parties' signature
    -- blocks (place and date above the first party's; rank and NIP where
    -- the data has them).
    FOR i IN 1..k LOOP
        IF tempat[i] = 'lampiran' THEN
            -- each PK on a page of its own, its tables and signatures together
            lampiran := lampiran || ('<div class="pk">' || isi[i] || '</figure>');
            SELECT pk.* INTO janji FROM @extschema@.perjanjian_kinerja pk
             WHERE pk.instansi = dokumen.instansi AND pk.tahun = dokumen.tahun
               AND pk.jenis = CASE WHEN judul_tabel[i] ~ '^LAMPIRAN PERUBAHAN ' THEN 'perubahan' ELSE 'awal' END;
            IF FOUND AND janji.tanggal IS NOT NULL AND judul_tabel[i] ~ '^LAMPIRAN ' THEN
                lampiran := lampiran || format(
                    '<div class="tanda-tangan"><div class="pihak"><p>Pihak Kedua,</p><p>%s</p><p class="nama">%s</p></div>'
                    '<div class="pihak"><p>%s, %s</p><p>Pihak Pertama,</p><p>%s</p><p class="nama">%s</p>%s%s</div></div>',
                    @extschema@.format_html(janji.pihak_kedua_jabatan), @extschema@.format_html(janji.pihak_kedua_nama),
                    @extschema@.format_html(janji.tempat), @extschema@.format_tanggal(janji.tanggal, true),
                    @extschema@.format_html(janji.pihak_pertama_jabatan), @extschema@.format_html(janji.pihak_pertama_nama),
                    COALESCE('<p>' || @extschema@.format_html(janji.pihak_pertama_pangkat) || '</p>', ''),
                    COALESCE('<p>NIP. ' || @extschema@.format_nip(janji.pihak_pertama_nip) || '</p>', ''));
            END IF;
            lampiran := lampiran || '</div>'::text;
        END IF;
    END LOOP;
    IF cardinality(lampiran) = 0 THEN
        lampiran := ARRAY['<p>Tidak ada Perjanjian Kinerja yang ditandatangani untuk tahun ' || dokumen.tahun || '.</p>'];
    END IF;
    daftar_isi := daftar_isi || '<li class="bab"><a href="#lampiran">LAMPIRAN PERJANJIAN KINERJA</a></li>'::text;

    RETURN concat(
        '<!DOCTYPE html>', E'\n', '<html lang="id"><head><meta charset="utf-8">',
        format('<title>Laporan Kinerja %s Tahun %s</title>', @extschema@.format_html(unit.nama), dokumen.tahun),
        format('<meta name="lkj-versi" content="%s">', label_versi),
        '<style>', @extschema@.dokumen_css(), '</style></head><body>', E'\n',
        -- the cover
        '<section class="sampul" id="sampul">',
        format('<p class="versi">Versi: %s</p>', label_versi),
        format('<h1>LAPORAN KINERJA<br>(LKj)<br>%s<br>TAHUN %s</h1>', upper(@extschema@.format_html(unit.nama)), dokumen.tahun),
        COALESCE('<p class="induk">' || upper(@extschema@.format_html('Pemerintah ' || unit.pemda)) || '</p>',
                 '<p class="induk">' || upper(@extschema@.format_html(unit.kementerian)) || '</p>', ''),
        format('<p class="unit">%s</p>', upper(@extschema@.format_html(unit.nama))),
        COALESCE('<p class="alamat">' || @extschema@.format_html(unit.alamat) || '</p>', ''),
        format('<p class="terbit">Tahun %s</p>', dokumen.tahun + 1),
        '</section>', E'\n',
        depan,
        '<section class="daftar-isi" id="daftar-isi"><h1>DAFTAR ISI</h1><ul class="toc">',
        array_to_string(daftar_isi, ''),
        '</ul><h1>DAFTAR TABEL</h1><ul class="toc">',
        (SELECT string_agg(format('<li><a href="#tabel-%s">%s</a></li>', x.ke,
                                  @extschema@.format_html(split_part(x.judul, E'\n', 1))), '' ORDER BY x.ke)
           FROM unnest(judul_tabel) WITH ORDINALITY AS x (judul, ke) WHERE x.judul ~ '^Tabel '),
        '</ul><h1>DAFTAR GAMBAR</h1><ul class="toc">',
        (SELECT string_agg(format('<li><a href="#gambar-%s">%s</a></li>', x.ke, @extschema@.format_html(x.judul)), '' ORDER BY x.ke)
           FROM unnest(gambar_judul) WITH ORDINALITY AS x (judul, ke)),
        '</ul></section>', E'\n',
        array_to_string(badan, E'\n'), E'\n',
        '<section class="lampiran" id="lampiran"><h1>LAMPIRAN<br>PERJANJIAN KINERJA</h1>',
        array_to_string(lampiran, E'\n'), '</section>', E'\n',
        '</body></html>', E'\n');
END
$$;
COMMENT ON FUNCTION @extschema@.dokumen(text, integer, text) IS
'The LKj of a unit and year, by version as lkj.laporan (''tertanda'', the default: the latest signed version, else the draft; ''draf''; or a version''s number), as one HTML document, for print (A4) and for conversion to PDF and Word (make laporan): the cover (unit, pemda or kementerian, year, address, the version: Draf, Draf revisi, or Tertanda with its number and date, which also dates the kata pengantar''s signature), kata pengantar and ikhtisar eksekutif, daftar isi, daftar tabel and daftar gambar (page numbers through CSS target-counter), BAB I to IV in the seed''s sections, each with its text (lkj.dokumen_narasi: the planner''s, else generated from the data, in a block of class dibuat under a visible marker, [Teks otomatis dari data: ...]) and its tables, and the appendix of each signed Perjanjian Kinerja with both parties'' signature blocks (place, date, names, titles, rank and NIP where stored).  Every table is lkj.laporan''s of that version (a signed one as it was signed), cell for cell (lkj.dokumen_tabel): the same figures and format; the charts are lkj.grafik_*.  Text is escaped (lkj.format_html).  Deterministic, no clock.  An unknown unit or version raises 42704, another versi word 22023.  The planner''s text (lkj.narasi, locked with the figures while a year is signed) and the PK appendices are the current rows, and so are the charts and the generated text, which for a version replaced since may differ from its tables.';

CREATE FUNCTION @extschema@.dokumen_css()
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT concat_ws(E'\n',
        -- A4 portrait; a wide table prints on a landscape page of its own
        -- (a CSS named page); page numbers in the footer, none on the cover
        '@page { size: A4 portrait; margin: 2cm 2cm 2.2cm 2.5cm;',
        '  @bottom-center { content: counter(page); font: 10pt "Liberation Serif", serif; } }',
        '@page :first { @bottom-center { content: none; } }',
        '@page tegak { size: A4 portrait; }',
        '@page lebar { size: A4 landscape; margin: 1.5cm 1.5cm 1.8cm 1.5cm; }',
        -- every other box names the portrait page, so that the text after a
        -- wide table goes back to a portrait page (WeasyPrint keeps an
        -- unnamed box on the page it is on)
        'body { page: tegak; }',
        'html { font: 11pt/1.4 "Liberation Serif", "Times New Roman", serif; color: #000; }',
        'body { margin: 0; }',
        'h1 { font-size: 14pt; text-align: center; margin: 0 0 1em; }',
        'h2 { font-size: 12pt; margin: 1.2em 0 .5em; break-after: avoid; }',
        'h3 { font-size: 11pt; margin: 1em 0 .4em; break-after: avoid; }',
        'p { text-align: justify; margin: 0 0 .6em; }',
        -- every BAB, the front matter and the appendix start a page
        'section.bab, section.depan, section.daftar-isi, section.lampiran { break-before: page; }',
        'section.sampul { text-align: center; padding-top: 5cm; break-after: page; }',
        'section.sampul h1 { font-size: 22pt; line-height: 1.5; margin-bottom: 4cm; }',
        'section.sampul p { text-align: center; font-weight: bold; font-size: 13pt; margin: .3em 0; }',
        'section.sampul p.alamat, section.sampul p.versi { font-weight: normal; font-size: 10pt; }',
        'section.sampul p.versi { text-align: right; }',
        -- the table of contents with page numbers (WeasyPrint)
        'ul.toc { list-style: none; padding: 0; margin: 0 0 1.5em; }',
        'ul.toc li { margin: .15em 0; }',
        'ul.toc li.sub { padding-left: 1.5em; }',
        'ul.toc li.bab { font-weight: bold; margin-top: .5em; }',
        'ul.toc a { color: #000; text-decoration: none; }',
        'ul.toc a::after { content: leader(".") target-counter(attr(href), page); }',
        -- the tables: titles repeated on every page, figures right-aligned,
        -- never wider than the page
        'figure { margin: .8em 0 1.2em; }',
        'figure.tabel figcaption { font-weight: bold; text-align: center; margin-bottom: .4em; }',
        'figure.gambar { break-inside: avoid; text-align: center; }',
        'figure.gambar figcaption { font-weight: bold; margin-top: .4em; }',
        'svg.grafik { max-width: 100%; height: auto; }',
        'table { border-collapse: collapse; width: 100%; font-size: 9pt; line-height: 1.25; }',
        'figure.lebar { page: lebar; }',
        'table.lebar { font-size: 7.5pt; }',
        'thead { display: table-header-group; }',
        'tr { break-inside: avoid; }',
        'th, td { border: 0.6pt solid #000; padding: 2pt 3pt; vertical-align: top; overflow-wrap: anywhere; }',
        'th { background: #e6e6e6; text-align: center; }',
        'td.angka, th.angka { text-align: right; white-space: nowrap; }',
        -- the number column is one short word: never broken into "N / o"
        'th:first-child, td:first-child { overflow-wrap: normal; }',
        'p.catatan { font-size: 9pt; text-align: left; }',
        -- text lkj wrote from the data, to be read and replaced before signing
        'div.dibuat { border-left: 2pt solid #999; padding-left: 6pt; color: #222; }',
        'p.tanda { font-size: 8.5pt; font-style: italic; color: #444; margin-bottom: .3em; }',
        'div.pk + div.pk { break-before: page; }',
        'p.kosong { font-style: italic; color: #444; border: 0.5pt dashed #666; padding: 4pt; }',
        'div.ttd-pengantar { margin: 2em 0 0 55%; text-align: center; }',
        'div.ttd-pengantar p, div.pihak p { text-align: center; margin: 0; }',
        'div.ttd-pengantar p.nama, div.pihak p.nama { margin-top: 4em; font-weight: bold; text-decoration: underline; }',
        'div.tanda-tangan { display: flex; justify-content: space-between; margin: 1.5em 0 2em; break-inside: avoid; }',
        'div.pihak { width: 45%; }');
END;
COMMENT ON FUNCTION @extschema@.dokumen_css() IS
'The style sheet lkj.dokumen embeds, for print: A4 portrait and a landscape named page (lebar) for wide tables (lkj.dokumen: more than about 95 characters at the least: the figures'' columns whole, a text column wrapped to 12), page numbers in the footer (none on the cover), a page break before each BAB, the front matter and the appendix, the table of contents'' page numbers through target-counter() (WeasyPrint), table titles repeated on every page, figures right-aligned, Liberation fonts, and generated text marked.';
