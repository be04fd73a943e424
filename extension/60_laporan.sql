-- ======================================================================
-- the report as text: lkj.laporan()
-- ======================================================================

-- (section: laporan)

/*
 * The report as one document: lkj.laporan(instansi, tahun) reads the views
 * above and prints a header block, every table of the report in its order
 * (Tabel 1 to 15, then the appendix tables of each Perjanjian Kinerja the
 * unit signed, awal and perubahan) and, after the table they summarise, the counts the text
 * quotes (ringkasan_*).  Every table is a padded pipe table, so that the
 * document reads as plain text and renders as GitHub Markdown alike; the
 * padding is lkj.format_tabel's alone.  Figures are in the report's format:
 * an indicator's figure in its unit (lkj.format_nilai, format_target), a
 * computed percentage with two decimals, money as Rp. 1.234,- where the
 * report prints it so (Tabel 5, the appendix), N/A for a figure the data
 * does not have, - for a zero count in Tabel 1.  This section is ASCII: the
 * non-ASCII characters of the document (the bullet of Tabel 6, the sign of
 * Tabel 7) come from the views.
 */

-- A cell of lkj.laporan's tables: N/A where the data has no figure.
CREATE FUNCTION @extschema@.sel_nilai(nilai numeric, satuan text,
                                      batas_bawah numeric DEFAULT NULL, batas_atas numeric DEFAULT NULL)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    RETURN COALESCE(@extschema@.format_target(nilai, batas_bawah, batas_atas, satuan), 'N/A');
END;
COMMENT ON FUNCTION @extschema@.sel_nilai(numeric, text, numeric, numeric) IS
'A cell of a table of lkj.laporan: an indicator''s figure in its unit, or a target''s value or range (batas_bawah to batas_atas), as lkj.format_target prints them; N/A where there is none.';

CREATE FUNCTION @extschema@.sel_nilai(nilai numeric, satuan text, batas_bawah numeric, batas_atas numeric,
                                      desimal integer, satuan_terpisah boolean)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    RETURN COALESCE(@extschema@.format_target(nilai, batas_bawah, batas_atas, satuan, desimal, satuan_terpisah), 'N/A');
END;
COMMENT ON FUNCTION @extschema@.sel_nilai(numeric, text, numeric, numeric, integer, boolean) IS
'A cell of a table of lkj.laporan with the indicator''s decimals (lkj.indikator.desimal) and its unit after the figure or, when satuan_terpisah (setting satuan_cetak kolom), in a column of its own; N/A where there is none.';

CREATE FUNCTION @extschema@.sel_persen(nilai numeric)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    RETURN COALESCE(@extschema@.format_persen(nilai, 2), 'N/A');
END;
COMMENT ON FUNCTION @extschema@.sel_persen(numeric) IS
'A cell of a table of lkj.laporan: a computed percentage (capaian, penyerapan, efisiensi, a share) with two decimals, 96,00%; N/A where there is none.';

CREATE FUNCTION @extschema@.format_tabel(kepala text[], baris text[],
                                         perataan text DEFAULT NULL, judul text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    kolom integer;
    jumlah_baris integer := 0;
    sel text[];         -- every cell, the header's first, row after row
    lebar integer[];
    kanan boolean[];
    teks text[];
    garis text;
    k0 integer;
    b0 integer;
    b1 integer;
BEGIN
    IF kepala IS NULL OR cardinality(kepala) = 0 OR array_ndims(kepala) <> 1 THEN
        RAISE EXCEPTION 'table header must be a one-dimensional array of at least one title'
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Pass one title a column, e.g. ARRAY[''No'', ''Uraian''].';
    END IF;
    kolom := cardinality(kepala);
    IF cardinality(baris) > 0 THEN
        IF array_ndims(baris) <> 2 OR array_length(baris, 2) <> kolom THEN
            RAISE EXCEPTION 'table rows do not match the header'
                USING ERRCODE = 'invalid_parameter_value',
                      DETAIL = format('The header has %s columns; the rows have dimensions %s.',
                                      kolom, array_dims(baris)),
                      HINT = 'Pass the rows as a two-dimensional array, one row a row of it, e.g. array_agg(ARRAY[no, uraian]).';
        END IF;
        jumlah_baris := array_length(baris, 1);
    END IF;
    IF perataan IS NOT NULL AND (char_length(perataan) <> kolom OR perataan !~ '^[lr]*$') THEN
        RAISE EXCEPTION 'invalid column alignment "%"', perataan
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('The table has %s columns.', kolom),
                  HINT = 'Give one letter a column: l to align it left, r to align it right.';
    END IF;

    k0 := array_lower(kepala, 1);
    FOR j IN 1..kolom LOOP
        sel[j] := kepala[k0 + j - 1];
    END LOOP;
    IF jumlah_baris > 0 THEN
        b0 := array_lower(baris, 1);
        b1 := array_lower(baris, 2);
        FOR i IN 1..jumlah_baris LOOP
            FOR j IN 1..kolom LOOP
                sel[i * kolom + j] := baris[b0 + i - 1][b1 + j - 1];
            END LOOP;
        END LOOP;
    END IF;
    -- A line break would end the row and a bare | would split the cell, in
    -- plain text and in Markdown alike.
    sel := ARRAY(SELECT replace(regexp_replace(COALESCE(s.isi, ''), '[\r\n\t]+', ' ', 'g'),
                                '|', '\|')
                   FROM unnest(sel) WITH ORDINALITY AS s (isi, ke)
                  ORDER BY s.ke);

    -- Widths in characters (char_length, lpad and rpad count characters), so
    -- that the bullet of Tabel 6 or the sign of Tabel 7 takes one column;
    -- at least 3, what a Markdown delimiter cell needs.
    FOR j IN 1..kolom LOOP
        lebar[j] := 3;
        FOR i IN 0..jumlah_baris LOOP
            lebar[j] := GREATEST(lebar[j], char_length(sel[i * kolom + j]));
        END LOOP;
        kanan[j] := COALESCE(substr(perataan, j, 1) = 'r', false);
    END LOOP;

    IF judul IS NOT NULL THEN
        teks := ARRAY[judul, ''];
    END IF;
    FOR i IN 0..jumlah_baris LOOP
        garis := '|';
        FOR j IN 1..kolom LOOP
            garis := garis || ' '
                     || CASE WHEN kanan[j] THEN lpad(sel[i * kolom + j], lebar[j])
                             ELSE rpad(sel[i * kolom + j], lebar[j]) END
                     || ' |';
        END LOOP;
        teks := teks || garis;
        IF i = 0 THEN
            garis := '|';
            FOR j IN 1..kolom LOOP
                garis := garis || CASE WHEN kanan[j] THEN repeat('-', lebar[j] + 1) || ':'
                                       ELSE repeat('-', lebar[j] + 2) END || '|';
            END LOOP;
            teks := teks || garis;
        END IF;
    END LOOP;
    IF jumlah_baris = 0 THEN
        teks := teks || ARRAY['', 'Tidak ada data.'];
    END IF;
    RETURN array_to_string(teks, E'\n');
END
$$;
COMMENT ON FUNCTION @extschema@.format_tabel(text[], text[], text, text) IS
'A table as text that reads as plain text and is a GitHub Markdown pipe table: the titles (kepala, one a column), then the rows (baris, a two-dimensional array such as array_agg(ARRAY[...] ORDER BY ...)), every cell padded to its column''s width in characters, aligned by perataan (one letter a column, l left, r right; all left when NULL); NULL cells print empty, a line break in a cell as a space, | as \|.  judul, when given, comes first, then a blank line.  No rows: the header, then "Tidak ada data."  A header that is not a non-empty one-dimensional array, rows of another width, or a bad perataan raise 22023.';

CREATE FUNCTION @extschema@.laporan_draf(instansi text, tahun integer)
RETURNS text
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
-- Its 60 statements read one unit-year each, through views that take 2 to
-- 5 ms each to plan: a generic plan (the unit and year as parameters) is
-- made once a session, where custom plans were made anew on each of the
-- first five calls (issue 14, P2: Kunir 2024 from the second call about
-- 250 -> 12 ms with statistics).  The rows are the same either way.
SET plan_cache_mode = force_generic_plan
AS $$
-- named laporan since 1.0; the block keeps that name for its arguments
<<laporan>>
DECLARE
    instansi ALIAS FOR $1;
    tahun ALIAS FOR $2;
    unit record;
    janji record;
    bagian text[];      -- the document's blocks, blank lines between them
    b text[];
    b2 text[];
    ringkasan_sarana text[];
    renstra_tahun text;
    tanpa_renstra boolean;  -- the year's sasaran come from its PK alone: no Renstra targets
    tanpa_renstra_kalimat text;
    sasaran_saja boolean;
    kolom text;
    tanpa_tujuan boolean;   -- a Renstra in force whose sasaran have no tujuan level
    tujuan_garis text;      -- 'Tujuan/' in the column titles, '' without a tujuan level
    tujuan_garis_spasi text;
    ada_pk boolean;         -- a Perjanjian Kinerja signed for the year
    rinci boolean;          -- Tabel 15 at every level (spending recorded below the program)
    ada_kode boolean;       -- and with a Kode column (a national code as printed)
    satuan_kolom boolean;   -- the unit in a Satuan column of its own (setting satuan_cetak)
    metode_lain boolean;    -- a sasaran's capaian by another method than the mean
    metode_efisiensi text;  -- the method Tabel 14 prints (lkj.setelan_berlaku)
    putusan_efisiensi text; -- the rasio method's verdict scale, quoted under its table
    tanpa_bobot record;     -- a sasaran graded by weights that lacks one
BEGIN
    -- The head in office at the end of the year: of the year's heads the
    -- one who took office last; for a year without any, 1.0's head of the
    -- unit (lkj.instansi.kepala_*), if it has one.
    -- The PPPK label in force in the year (lkj.setelan_berlaku; 1.0's
    -- column for a year the unit does not report on).
    SELECT i.nama, i.alamat,
           COALESCE((SELECT sb.label_pppk FROM @extschema@.setelan_berlaku sb
                      WHERE sb.instansi = i.kode AND sb.tahun = laporan.tahun), i.label_pppk) AS label_pppk,
           p.nama AS pemda, k.nama AS kementerian,
           h.nama AS kepala_nama, h.jabatan AS kepala_jabatan, h.nip AS kepala_nip,
           h.pangkat AS kepala_pangkat
      INTO unit
      FROM @extschema@.instansi i
      LEFT JOIN @extschema@.pemda p ON p.kode = i.pemda
      LEFT JOIN @extschema@.kementerian k ON k.kode = i.kementerian
      LEFT JOIN LATERAL (
            SELECT x.nama, x.jabatan, x.nip, x.pangkat
              FROM (SELECT 1 AS ke, ki.mulai, ki.nama, ki.jabatan, ki.nip, ki.pangkat
                      FROM @extschema@.kepala_instansi ki
                     WHERE ki.instansi = i.kode AND ki.tahun = laporan.tahun
                    UNION ALL
                    SELECT 2, NULL, i.kepala_nama, i.kepala_jabatan, i.kepala_nip, NULL
                     WHERE i.kepala_nama IS NOT NULL) x
             ORDER BY x.ke, x.mulai DESC
             LIMIT 1) h ON true
     WHERE i.kode = laporan.instansi;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unit "%" does not exist', laporan.instansi
            USING ERRCODE = 'undefined_object',
                  DETAIL = 'No row of lkj.instansi has this kode.',
                  HINT = 'Pass the kode of a unit (SELECT kode, nama FROM lkj.instansi).';
    END IF;

    bagian := ARRAY[concat_ws(E'\n',
        '# LAPORAN KINERJA (LKj) ' || upper(unit.nama) || ' TAHUN ' || laporan.tahun,
        '',
        -- a line whose value the unit lacks is left out (concat_ws skips NULL)
        CASE WHEN unit.pemda IS NULL THEN '- Unit kerja: ' ELSE '- Perangkat daerah: ' END || unit.nama,
        '- Pemerintah daerah: ' || unit.pemda,
        '- Kementerian/Lembaga: ' || unit.kementerian,
        '- Alamat: ' || unit.alamat,
        '- Tahun anggaran: ' || laporan.tahun,
        '- Kepala: ' || unit.kepala_nama || COALESCE(' (' || unit.kepala_jabatan || ')', ''),
        '- Pangkat: ' || unit.kepala_pangkat,
        '- NIP: ' || @extschema@.format_nip(unit.kepala_nip),
        CASE WHEN NOT EXISTS (SELECT FROM @extschema@.tahun_laporan t
                               WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun)
              AND NOT EXISTS (SELECT FROM @extschema@.pegawai t
                               WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun)
              AND NOT EXISTS (SELECT FROM @extschema@.sarana t
                               WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun)
             THEN '- Catatan: tidak ada data ' || unit.nama || ' untuk tahun ' || laporan.tahun || '.' END)];

    -- A unit without a tujuan level (a Renstra in force whose sasaran hang
    -- on the Renstra itself) has no tujuan row in any table: its column
    -- titles say Sasaran alone, where a unit with a tujuan level keeps the
    -- printed "Tujuan/ Sasaran".  Tabel 3's own switch (sasaran_saja) asks
    -- another question, whether a tujuan has an IKU: Kunir's has none.
    SELECT EXISTS (SELECT FROM @extschema@.renstra r
                    WHERE r.instansi = laporan.instansi AND laporan.tahun BETWEEN r.tahun_awal AND r.tahun_akhir)
           AND NOT EXISTS (SELECT FROM @extschema@.renstra r
                             JOIN @extschema@.tujuan t ON t.instansi = r.instansi AND t.renstra = r.kode
                            WHERE r.instansi = laporan.instansi
                              AND laporan.tahun BETWEEN r.tahun_awal AND r.tahun_akhir),
           EXISTS (SELECT FROM @extschema@.perjanjian_kinerja pk
                    WHERE pk.instansi = laporan.instansi AND pk.tahun = laporan.tahun)
      INTO tanpa_tujuan, ada_pk;
    -- Where the unit of measure prints (issue 9): after the figure, as 1.0
    -- and Kunir's report, unless the year's setting gives it a column.
    satuan_kolom := COALESCE((SELECT sb.satuan_cetak = 'kolom' FROM @extschema@.setelan_berlaku sb
                               WHERE sb.instansi = laporan.instansi AND sb.tahun = laporan.tahun), false);
    tujuan_garis := CASE WHEN tanpa_tujuan THEN '' ELSE 'Tujuan/' END;
    tujuan_garis_spasi := CASE WHEN tanpa_tujuan THEN '' ELSE 'Tujuan/ ' END;

    -- A table read from one view is one statement: lkj.format_tabel of its
    -- header, the view's rows of the unit and year as cells, its alignment
    -- and its title.  A figure the data lacks prints N/A (lkj.sel_nilai,
    -- lkj.sel_persen).

    -- Tabel 1, a zero count printed -, then the staff figures of the text.
    bagian := bagian || @extschema@.format_tabel(
        ARRAY['No', 'Jabatan Dalam Organisasi', 'L', 'P', 'PNS', unit.label_pppk, 'TKB', 'SD', 'SMP', 'SMA',
              'D3', 'S1', 'S2', 'S3', 'Eselon 2', 'Eselon 3', 'Eselon 4', 'Ket.'],
        (SELECT array_agg(ARRAY[t.no, t.uraian]
                    || ARRAY(SELECT CASE WHEN v.n = 0 THEN '-' ELSE @extschema@.format_angka(v.n::numeric) END
                               FROM unnest(ARRAY[t.laki_laki, t.perempuan, t.pns, t.pppk, t.tkb,
                                                 t.sd, t.smp, t.sma, t.d3, t.s1, t.s2, t.s3,
                                                 t.eselon_2, t.eselon_3, t.eselon_4])
                                    WITH ORDINALITY AS v (n, ke)
                              ORDER BY v.ke)
                    || ''::text
                    ORDER BY t.urutan)
           FROM @extschema@.tabel_1_komposisi_pegawai t
          WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun),
        'rl' || repeat('r', 15) || 'l', 'Tabel 1  Tabel Komposisi Pegawai');

    -- The staff and the asset figures of the text, in one pass.
    SELECT array_agg(r.sel ORDER BY r.urutan) FILTER (WHERE NOT r.sarana),
           array_agg(r.sel ORDER BY r.urutan) FILTER (WHERE r.sarana)
      INTO b, ringkasan_sarana
      FROM (SELECT g.sarana, g.urutan,
                   ARRAY[g.uraian, @extschema@.format_angka(g.jumlah::numeric),
                         COALESCE(@extschema@.format_angka(g.dari::numeric), 'N/A'), @extschema@.sel_persen(g.persen)] AS sel
              FROM (SELECT false AS sarana, t.urutan, t.uraian, t.jumlah, t.dari, t.persen
                      FROM @extschema@.ringkasan_pegawai t
                     WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun
                    UNION ALL
                    SELECT true, t.urutan, t.uraian, t.jumlah, t.dari, t.persen
                      FROM @extschema@.ringkasan_sarana t
                     WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun) g) r;
    bagian := bagian || @extschema@.format_tabel(ARRAY['Uraian', 'Jumlah', 'Dari', 'Persentase'], b, 'lrrr',
                                                 'Ringkasan Pegawai (bagian 1.1.3 dan 3.1.2.6)');

    -- Tabel 2, then the condition of the assets.
    bagian := bagian || @extschema@.format_tabel(
        ARRAY['No', 'Nama Barang', 'Satuan', 'Jumlah', 'Keterangan/ Kondisi Barang'],
        (SELECT array_agg(ARRAY[t.no, t.uraian, t.satuan, @extschema@.format_angka(t.jumlah::numeric), t.kondisi]
                          ORDER BY t.urutan)
           FROM @extschema@.tabel_2_sarana_prasarana t
          WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun),
        'rllrl', 'Tabel 2  Sarana dan Prasarana per Tanggal 31 Desember ' || laporan.tahun);
    bagian := bagian || @extschema@.format_tabel(ARRAY['Kondisi', 'Jumlah', 'Dari', 'Persentase'],
                                                 ringkasan_sarana, 'lrrr',
                                                 'Ringkasan Sarana dan Prasarana (bagian 3.1.2.6)');

    -- Tabel 3: "Sasaran Strategis" as printed, unless a tujuan has an IKU.
    SELECT array_agg(ARRAY[t.no || '.', t.uraian, t.indikator, t.satuan, t.formulasi, t.sumber_data]
                     ORDER BY t.urutan),
           COALESCE(bool_and(t.jenis_baris = 'sasaran'), true)
      INTO b, sasaran_saja
      FROM @extschema@.tabel_3_iku t
     WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun;
    bagian := bagian || @extschema@.format_tabel(
        ARRAY['No', CASE WHEN sasaran_saja THEN 'Sasaran Strategis' ELSE 'Tujuan/ Sasaran Strategis' END,
              'Indikator Kinerja Utama', 'Satuan', 'Formulasi', 'Sumber Data'],
        b, 'rlllll', 'Tabel 3  Indikator Kinerja Utama ' || unit.nama);

    -- Tabel 4: the tujuan, then a row that heads the sasaran, as printed.
    SELECT array_agg(r.sel ORDER BY r.urutan) FILTER (WHERE r.jenis_baris = 'tujuan'),
           array_agg(r.sel ORDER BY r.urutan) FILTER (WHERE r.jenis_baris = 'sasaran')
      INTO b, b2
      FROM (SELECT t.urutan, t.jenis_baris,
                   ARRAY[t.no || '.', t.uraian, t.indikator] || CASE WHEN satuan_kolom THEN ARRAY[t.satuan] ELSE '{}'::text[] END
                   || @extschema@.sel_nilai(t.target, t.satuan, t.batas_bawah, t.batas_atas, d.desimal, satuan_kolom) AS sel
              FROM @extschema@.tabel_4_target_iku t
              -- the decimals the indicator prints with (issue 9)
              LEFT JOIN @extschema@.indikator d ON d.instansi = t.instansi AND d.kode = t.indikator_kode
             WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun) r;
    -- A unit without a tujuan level: the sasaran alone, under their own title.
    IF b IS NULL AND b2 IS NOT NULL THEN
        b := b2;
        kolom := 'Sasaran Strategis';
    ELSE
        IF b2 IS NOT NULL THEN
            b := b || CASE WHEN satuan_kolom THEN ARRAY[ARRAY['No.', 'Sasaran Strategis', '', '', '']]
                           ELSE ARRAY[ARRAY['No.', 'Sasaran Strategis', '', '']] END || b2;
        END IF;
        kolom := 'Tujuan';
    END IF;
    bagian := bagian || @extschema@.format_tabel(
        ARRAY['No', kolom, 'Indikator Kinerja Utama'] || CASE WHEN satuan_kolom THEN ARRAY['Satuan'] ELSE '{}'::text[] END || ('Target ' || laporan.tahun),
        b, 'rll' || CASE WHEN satuan_kolom THEN 'l' ELSE '' END || 'r',
        'Tabel 4  Target yang ditetapkan untuk Indikator Kinerja Utama');

    -- Tabel 5: the sasaran's targets, then the programs' budgets.
    SELECT array_agg(ARRAY[t.no || '.', t.uraian, t.indikator] || CASE WHEN satuan_kolom THEN ARRAY[t.satuan] ELSE '{}'::text[] END
                     || ARRAY[@extschema@.sel_nilai(t.target_awal, t.satuan, t.target_awal_bawah, t.target_awal_atas,
                                                    d.desimal, satuan_kolom),
                              @extschema@.sel_nilai(t.target_perubahan, t.satuan, t.target_perubahan_bawah,
                                                    t.target_perubahan_atas, d.desimal, satuan_kolom)]
                     ORDER BY t.urutan) FILTER (WHERE t.jenis_baris = 'sasaran'),
           array_agg(ARRAY[t.no || '.', t.uraian,
                           COALESCE(@extschema@.format_rupiah(t.anggaran_awal), 'N/A'),
                           COALESCE(@extschema@.format_rupiah(t.anggaran_perubahan), 'N/A')]
                     ORDER BY t.urutan) FILTER (WHERE t.jenis_baris <> 'sasaran')
      INTO b, b2
      FROM @extschema@.tabel_5_perjanjian_kinerja t
      -- the decimals the indicator prints with (issue 9)
      LEFT JOIN @extschema@.indikator d ON d.instansi = t.instansi AND d.kode = t.indikator_kode
     WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun;
    -- A year without a signed PK: its title and one sentence, as the
    -- appendix says it, rather than an empty table.
    IF NOT ada_pk THEN
        bagian := bagian || (concat_ws(' ', 'Tabel 5  Perjanjian Kinerja', unit.kepala_jabatan, 'Tahun ' || laporan.tahun)
            || E'\n\nTidak ada Perjanjian Kinerja yang ditandatangani untuk tahun ' || laporan.tahun
            || '; capaian diukur terhadap target Renstra.');
    ELSE
        bagian := bagian || @extschema@.format_tabel(
            ARRAY['No.', 'Sasaran Strategis', 'Indikator Kinerja'] || CASE WHEN satuan_kolom THEN ARRAY['Satuan'] ELSE '{}'::text[] END
                || ARRAY['Target Awal', 'Target Perubahan'], b, 'rll' || CASE WHEN satuan_kolom THEN 'l' ELSE '' END || 'rr',
            concat_ws(' ', 'Tabel 5  Perjanjian Kinerja', unit.kepala_jabatan, 'Tahun ' || laporan.tahun));
    END IF;
    IF b2 IS NOT NULL THEN
        bagian := bagian || @extschema@.format_tabel(
            ARRAY['No', 'Program', 'Anggaran', 'Anggaran Perubahan'], b2, 'rlrr');
    END IF;

    -- Tabel 6: a node's number, label and name in one cell ("a. Program 1
    -- ..."), the tujuan's number in the No column, as printed; a target on
    -- every row with an indicator, a budget on a node's first row.
    bagian := bagian || @extschema@.format_tabel(
        ARRAY['No', tujuan_garis || 'Sasaran strategis/program/kegiatan',
              'Indikator ' || tujuan_garis || 'Sasaran/ Program/ Kegiatan']
            || CASE WHEN satuan_kolom THEN ARRAY['Satuan'] ELSE '{}'::text[] END
            || ARRAY['Target Awal ' || laporan.tahun, 'Anggaran Awal ' || laporan.tahun,
              'Target Perubahan ' || laporan.tahun, 'Anggaran Perubahan ' || laporan.tahun],
        (SELECT array_agg(ARRAY[
                    CASE WHEN t.jenis_baris = 'tujuan' THEN t.no END,
                    CASE WHEN t.label IS NOT NULL
                         THEN concat_ws(' ', CASE WHEN t.jenis_baris <> 'tujuan' THEN t.no END,
                                        t.label, t.uraian) END,
                    t.indikator]
                || CASE WHEN satuan_kolom THEN ARRAY[t.satuan] ELSE '{}'::text[] END
                || ARRAY[
                    CASE WHEN t.indikator_kode IS NOT NULL
                         THEN @extschema@.sel_nilai(t.target_awal, t.satuan,
                                                    t.target_awal_bawah, t.target_awal_atas, d.desimal, satuan_kolom) END,
                    CASE WHEN t.label IS NOT NULL
                         THEN COALESCE('Rp. ' || @extschema@.format_angka(t.anggaran_awal), 'N/A') END,
                    CASE WHEN t.indikator_kode IS NOT NULL
                         THEN @extschema@.sel_nilai(t.target_perubahan, t.satuan,
                                                    t.target_perubahan_bawah, t.target_perubahan_atas, d.desimal, satuan_kolom) END,
                    CASE WHEN t.label IS NOT NULL
                         THEN COALESCE('Rp. ' || @extschema@.format_angka(t.anggaran_perubahan), 'N/A') END]
                    ORDER BY t.urutan)
           FROM @extschema@.tabel_6_program_kegiatan t
           -- the decimals the indicator prints with (issue 9)
           LEFT JOIN @extschema@.indikator d ON d.instansi = t.instansi AND d.kode = t.indikator_kode
          WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun),
        'lll' || CASE WHEN satuan_kolom THEN 'l' ELSE '' END || 'rrrr', 'Tabel 6  Program dan Kegiatan yang Mendukung IKU Tahun ' || laporan.tahun);

    -- Tabel 7 from its view.  The regency's scale holds whatever the year,
    -- but the view has only the unit's years (lkj.tahun_laporan): for
    -- another year its rows of those years, which are the same bands.
    bagian := bagian || @extschema@.format_tabel(
        ARRAY['No', 'Interval Nilai Capaian Kinerja', 'Kriteria Capaian Kinerja'],
        (SELECT array_agg(ARRAY[t.no || '.', t.interval_capaian, t.kriteria] ORDER BY t.urutan)
           FROM (SELECT DISTINCT ON (v.urutan) v.urutan, v.no, v.interval_capaian, v.kriteria
                   FROM @extschema@.tabel_7_skala_kriteria v
                  WHERE v.instansi = laporan.instansi
                  ORDER BY v.urutan, v.tahun = laporan.tahun DESC, v.tahun DESC) t),
        'rll', 'Tabel 7  Skala Nilai Kriteria Capaian Kinerja');

    -- Tabel 8, then section 3.1.1's count of the indicators.
    bagian := bagian || @extschema@.format_tabel(
        ARRAY['No', tujuan_garis_spasi || 'Sasaran Strategis', 'Indikator Kinerja']
            || CASE WHEN satuan_kolom THEN ARRAY['Satuan'] ELSE '{}'::text[] END
            || ARRAY['Target', 'TW I', 'TW II', 'TW III', 'TW IV', 'Realisasi Total', 'Capaian (%)'],
        (SELECT array_agg(ARRAY[t.no, t.uraian, t.indikator]
                          || CASE WHEN satuan_kolom THEN ARRAY[t.satuan] ELSE '{}'::text[] END
                          || ARRAY[@extschema@.sel_nilai(t.target, t.satuan, t.batas_bawah, t.batas_atas, d.desimal, satuan_kolom),
                                   @extschema@.sel_nilai(t.realisasi_tw1, t.satuan, NULL, NULL, d.desimal, satuan_kolom),
                                   @extschema@.sel_nilai(t.realisasi_tw2, t.satuan, NULL, NULL, d.desimal, satuan_kolom),
                                   @extschema@.sel_nilai(t.realisasi_tw3, t.satuan, NULL, NULL, d.desimal, satuan_kolom),
                                   @extschema@.sel_nilai(t.realisasi_tw4, t.satuan, NULL, NULL, d.desimal, satuan_kolom),
                                   @extschema@.sel_nilai(t.realisasi, t.satuan, NULL, NULL, d.desimal, satuan_kolom),
                                   -- as graded under a cap printed batas (issue 9)
                                   COALESCE(t.capaian_cetak, 'N/A')]
                          ORDER BY t.urutan)
           FROM @extschema@.tabel_8_capaian_kinerja t
           -- the decimals the indicator prints with (issue 9)
           LEFT JOIN @extschema@.indikator d ON d.instansi = t.instansi AND d.kode = t.indikator_kode
          WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun),
        'rll' || CASE WHEN satuan_kolom THEN 'l' ELSE '' END || repeat('r', 7),
        'Tabel 8  Capaian Kinerja Tahun ' || laporan.tahun);
    -- The sasaran rows (issue 9), where a sasaran has several indicators:
    -- what reports print as Jumlah and Rata-rata under them, a table of its
    -- own read from lkj.capaian_sasaran, so that Tabel 8 keeps only
    -- indicator rows; the sasaran's capaian by the method in force gets a
    -- column where that is not the mean.  Kunir's sasaran have one each.
    IF EXISTS (SELECT FROM @extschema@.capaian_sasaran s
                WHERE s.instansi = laporan.instansi AND s.tahun = laporan.tahun AND s.jumlah_indikator > 1) THEN
        SELECT bool_or(s.metode <> 'rata-rata') INTO metode_lain
          FROM @extschema@.capaian_sasaran s
         WHERE s.instansi = laporan.instansi AND s.tahun = laporan.tahun;
        -- A weighted mean without one of its weights is not the sasaran's
        -- capaian: refused rather than printed N/A, where it would pass
        -- unseen into a signed report.
        SELECT s.sasaran, s.uraian, s.jumlah_tanpa_bobot INTO tanpa_bobot
          FROM @extschema@.capaian_sasaran s
         WHERE s.instansi = laporan.instansi AND s.tahun = laporan.tahun
           AND s.metode = 'bobot' AND s.jumlah_tanpa_bobot > 0
         ORDER BY s.urutan
         LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'sasaran % of unit "%" lacks the weight of % of its indicators in %',
                            tanpa_bobot.sasaran, laporan.instansi, tanpa_bobot.jumlah_tanpa_bobot, laporan.tahun
                USING ERRCODE = 'not_null_violation',
                      DETAIL = format('The unit grades a sasaran by the weighted mean of its indicators (setting metode_capaian_sasaran bobot), and sasaran "%s" has indicators with no bobot.', tanpa_bobot.uraian),
                      HINT = 'Set lkj.indikator.bobot (or the year''s lkj.indikator_tahun.bobot) for every indicator of the sasaran, or choose another metode_capaian_sasaran in lkj.setelan.';
        END IF;
        bagian := bagian || @extschema@.format_tabel(
            ARRAY['No', 'Sasaran Strategis', 'Indikator', 'Terukur', 'Jumlah', 'Rata-rata', 'Kriteria']
                || CASE WHEN metode_lain THEN ARRAY['Capaian Sasaran', 'Kriteria Sasaran'] ELSE '{}'::text[] END,
            (SELECT array_agg(ARRAY[s.urutan::text, s.uraian,
                                    @extschema@.format_angka(s.jumlah_indikator::numeric),
                                    @extschema@.format_angka(s.jumlah_terukur::numeric),
                                    @extschema@.sel_persen(s.jumlah_capaian), @extschema@.sel_persen(s.rata_rata_capaian),
                                    COALESCE(s.kriteria_rata_rata, 'N/A')]
                              || CASE WHEN metode_lain
                                      THEN ARRAY[@extschema@.sel_persen(s.capaian_sasaran) || ' (' || s.metode || ')',
                                                 COALESCE(s.kriteria_sasaran, 'N/A')]
                                      ELSE '{}'::text[] END
                              ORDER BY s.urutan)
               FROM @extschema@.capaian_sasaran s
              WHERE s.instansi = laporan.instansi AND s.tahun = laporan.tahun),
            'rlrrrrl' || CASE WHEN metode_lain THEN 'rl' ELSE '' END,
            'Capaian Sasaran Strategis Tahun ' || laporan.tahun || ' (jumlah dan rata-rata capaian indikator)');
    END IF;

    -- Section 3.1.1's counts: no Tujuan column for a unit without a tujuan level.
    bagian := bagian || @extschema@.format_tabel(
        CASE WHEN tanpa_tujuan THEN ARRAY['No', 'Uraian', 'Sasaran Strategis']
             ELSE ARRAY['No', 'Uraian', 'Tujuan', 'Sasaran Strategis'] END,
        (SELECT array_agg(CASE WHEN tanpa_tujuan
                               THEN ARRAY[r.no, r.uraian, @extschema@.format_angka(COALESCE(r.sasaran, 0)::numeric)]
                               ELSE ARRAY[r.no, r.uraian, @extschema@.format_angka(COALESCE(r.tujuan, 0)::numeric),
                                          @extschema@.format_angka(COALESCE(r.sasaran, 0)::numeric)] END ORDER BY r.no)
           FROM (SELECT t.no, t.uraian,
                        max(t.jumlah) FILTER (WHERE t.jenis_baris = 'tujuan') AS tujuan,
                        max(t.jumlah) FILTER (WHERE t.jenis_baris = 'sasaran') AS sasaran
                   FROM @extschema@.ringkasan_capaian t
                  WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun
                  GROUP BY t.no, t.uraian) r),
        CASE WHEN tanpa_tujuan THEN 'rlr' ELSE 'rlrr' END, 'Ringkasan Capaian Indikator Kinerja (bagian 3.1.1)');

    bagian := bagian || @extschema@.format_tabel(
        ARRAY['No', tujuan_garis || 'Sasaran', 'Indikator']
            || CASE WHEN satuan_kolom THEN ARRAY['Satuan'] ELSE '{}'::text[] END
            || ARRAY['Target', 'Realisasi', 'Capaian'],
        (SELECT array_agg(ARRAY[t.no, t.uraian, t.indikator]
                          || CASE WHEN satuan_kolom THEN ARRAY[t.satuan] ELSE '{}'::text[] END
                          || ARRAY[@extschema@.sel_nilai(t.target, t.satuan, t.batas_bawah, t.batas_atas, d.desimal, satuan_kolom),
                                   @extschema@.sel_nilai(t.realisasi, t.satuan, NULL, NULL, d.desimal, satuan_kolom),
                                   -- as graded under a cap printed batas (issue 9)
                                   COALESCE(t.capaian_cetak, 'N/A')]
                          ORDER BY t.urutan)
           FROM @extschema@.tabel_9_target_realisasi t
           -- the decimals the indicator prints with (issue 9)
           LEFT JOIN @extschema@.indikator d ON d.instansi = t.instansi AND d.kode = t.indikator_kode
          WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun),
        'rll' || CASE WHEN satuan_kolom THEN 'l' ELSE '' END || 'rrr', 'Tabel 9  Perbandingan Antara Target dan Realisasi Kinerja Tahun ' || laporan.tahun || ' ' || unit.nama);

    -- Tabel 10: target, realisasi, capaian of each of the five years before.
    SELECT array_agg(ARRAY[t.no, t.uraian, t.indikator] || CASE WHEN satuan_kolom THEN ARRAY[t.satuan] ELSE '{}'::text[] END
               || ARRAY(SELECT CASE k.kolom
                                 WHEN 1 THEN @extschema@.sel_nilai(y.target, t.satuan, y.bawah, y.atas, d.desimal, satuan_kolom)
                                 WHEN 2 THEN @extschema@.sel_nilai(y.realisasi, t.satuan, NULL, NULL, d.desimal, satuan_kolom)
                                 -- each year's as printed under that year's cap (issue 9)
                                 ELSE COALESCE(y.capaian, 'N/A') END
                          FROM (VALUES (1, t.target_1, t.batas_bawah_1, t.batas_atas_1, t.realisasi_1, t.capaian_cetak_1),
                                       (2, t.target_2, t.batas_bawah_2, t.batas_atas_2, t.realisasi_2, t.capaian_cetak_2),
                                       (3, t.target_3, t.batas_bawah_3, t.batas_atas_3, t.realisasi_3, t.capaian_cetak_3),
                                       (4, t.target_4, t.batas_bawah_4, t.batas_atas_4, t.realisasi_4, t.capaian_cetak_4),
                                       (5, t.target_5, t.batas_bawah_5, t.batas_atas_5, t.realisasi_5, t.capaian_cetak_5))
                               AS y (ke, target, bawah, atas, realisasi, capaian)
                         CROSS JOIN generate_series(1, 3) AS k (kolom)
                         ORDER BY y.ke, k.kolom)
               ORDER BY t.urutan),
           string_agg(DISTINCT r.nama, ', ' ORDER BY r.nama)
      INTO b, renstra_tahun
      FROM @extschema@.tabel_10_perbandingan_tahun t
      -- the decimals the indicator prints with (issue 9)
      LEFT JOIN @extschema@.indikator d ON d.instansi = t.instansi AND d.kode = t.indikator_kode
      LEFT JOIN @extschema@.renstra r ON r.instansi = t.instansi AND r.kode = t.renstra
     WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun;
    bagian := bagian || (@extschema@.format_tabel(
        ARRAY['No', tujuan_garis_spasi || 'Sasaran', 'Indikator'] || CASE WHEN satuan_kolom THEN ARRAY['Satuan'] ELSE '{}'::text[] END
            || ARRAY(SELECT y.y || ' ' || k.k
                       FROM generate_series(laporan.tahun - 5, laporan.tahun - 1) AS y (y)
                      CROSS JOIN unnest(ARRAY['T', 'R', 'C']) WITH ORDINALITY AS k (k, ke)
                      ORDER BY y.y, k.ke),
        b, 'rll' || CASE WHEN satuan_kolom THEN 'l' ELSE '' END || repeat('r', 15),
        'Tabel 10  Perbandingan Capaian Kinerja dari Tahun ' || (laporan.tahun - 5) || ' sd ' || (laporan.tahun - 1)
            || COALESCE(E'\n(Berdasarkan Dokumen ' || renstra_tahun || ')', ''))
        || CASE WHEN b IS NOT NULL THEN E'\n\nKet : T = Target, R = Realisasi, C = Capaian' ELSE '' END);

    -- Tabel 11 and 12 name the Renstra in force in the year; a unit whose
    -- sasaran come from its Perjanjian Kinerja alone has no Renstra target
    -- to compare with, which one sentence says in place of either table.
    SELECT string_agg(r.nama, ', ' ORDER BY r.tahun_awal, r.kode),
           bool_and(r.jenis = 'pk')
      INTO renstra_tahun, tanpa_renstra
      FROM @extschema@.tahun_renstra y
      JOIN @extschema@.renstra r ON r.instansi = y.instansi AND r.kode = y.renstra
     WHERE y.instansi = laporan.instansi AND y.tahun = laporan.tahun;

    IF tanpa_renstra THEN
        tanpa_renstra_kalimat := E'\n\n' || unit.nama || ' tidak mempunyai Renstra: sasaran tahun ' || laporan.tahun
            || ' ditetapkan dalam ' || renstra_tahun || ', sehingga tidak ada target Renstra untuk dibandingkan.';
        bagian := bagian || ('Tabel 11  Capaian Kinerja dari Tahun ' || laporan.tahun || tanpa_renstra_kalimat)
                         || ('Tabel 12  Perbandingan Realisasi Kinerja Tahun ' || laporan.tahun
                             || ' dengan Target Akhir Renstra' || tanpa_renstra_kalimat);
    ELSE
        bagian := bagian || @extschema@.format_tabel(
            ARRAY['No', tujuan_garis_spasi || 'Sasaran', 'Indikator'] || CASE WHEN satuan_kolom THEN ARRAY['Satuan'] ELSE '{}'::text[] END
                || ARRAY[laporan.tahun || ' T', laporan.tahun || ' R', laporan.tahun || ' C', 'Keterangan'],
            (SELECT array_agg(ARRAY[t.no, t.uraian, t.indikator] || CASE WHEN satuan_kolom THEN ARRAY[t.satuan] ELSE '{}'::text[] END
                              || ARRAY[@extschema@.sel_nilai(t.target, t.satuan, t.batas_bawah, t.batas_atas, d.desimal, satuan_kolom),
                                       @extschema@.sel_nilai(t.realisasi, t.satuan, NULL, NULL, d.desimal, satuan_kolom),
                                       COALESCE(t.capaian_cetak, 'N/A'), t.keterangan]
                              ORDER BY t.urutan)
               FROM @extschema@.tabel_11_capaian_renstra t
               -- the decimals the indicator prints with (issue 9)
               LEFT JOIN @extschema@.indikator d ON d.instansi = t.instansi AND d.kode = t.indikator_kode
              WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun),
            'rll' || CASE WHEN satuan_kolom THEN 'l' ELSE '' END || 'rrrl',
            'Tabel 11  Capaian Kinerja dari Tahun ' || laporan.tahun
                || COALESCE(' (Berdasarkan Dokumen ' || renstra_tahun || ')', ''));

        -- Tabel 12 (and 13, below): the year's target, realisasi and capaian
        -- beside another target (the Renstra's end target, a national standard).
        bagian := bagian || @extschema@.format_tabel(
            ARRAY['No', tujuan_garis_spasi || 'Sasaran Strategis', 'Indikator'] || CASE WHEN satuan_kolom THEN ARRAY['Satuan'] ELSE '{}'::text[] END
                || ARRAY['Target ' || laporan.tahun, 'Realisasi', 'Target Akhir Renstra', 'Capaian'],
            (SELECT array_agg(ARRAY[t.no, t.uraian, t.indikator] || CASE WHEN satuan_kolom THEN ARRAY[t.satuan] ELSE '{}'::text[] END
                              || ARRAY[@extschema@.sel_nilai(t.target, t.satuan, t.batas_bawah, t.batas_atas, d.desimal, satuan_kolom),
                                       @extschema@.sel_nilai(t.realisasi, t.satuan, NULL, NULL, d.desimal, satuan_kolom),
                                       @extschema@.sel_nilai(t.target_akhir, t.satuan,
                                                             t.target_akhir_bawah, t.target_akhir_atas, d.desimal, satuan_kolom),
                                       COALESCE(t.capaian_cetak, 'N/A')]
                              ORDER BY t.urutan)
               FROM @extschema@.tabel_12_target_akhir_renstra t
               -- the decimals the indicator prints with (issue 9)
               LEFT JOIN @extschema@.indikator d ON d.instansi = t.instansi AND d.kode = t.indikator_kode
              WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun),
            'rll' || CASE WHEN satuan_kolom THEN 'l' ELSE '' END || 'rrrr',
            'Tabel 12  Perbandingan Realisasi Kinerja Tahun ' || laporan.tahun || ' dengan Target Akhir '
                || COALESCE(renstra_tahun, 'Renstra'));
    END IF;
    bagian := bagian || @extschema@.format_tabel(
        ARRAY['No', tujuan_garis_spasi || 'Sasaran Strategis', 'Indikator'] || CASE WHEN satuan_kolom THEN ARRAY['Satuan'] ELSE '{}'::text[] END
            || ARRAY['Target', 'Realisasi', 'Standar Nasional/dst', 'Capaian'],
        (SELECT array_agg(ARRAY[t.no, t.uraian, t.indikator] || CASE WHEN satuan_kolom THEN ARRAY[t.satuan] ELSE '{}'::text[] END
                          || ARRAY[@extschema@.sel_nilai(t.target, t.satuan, t.batas_bawah, t.batas_atas, d.desimal, satuan_kolom),
                                   @extschema@.sel_nilai(t.realisasi, t.satuan, NULL, NULL, d.desimal, satuan_kolom),
                                   @extschema@.sel_nilai(t.standar, t.satuan, t.standar_bawah, t.standar_atas, d.desimal, satuan_kolom),
                                   COALESCE(t.capaian_cetak, 'N/A')]
                          ORDER BY t.urutan)
           FROM @extschema@.tabel_13_standar_nasional t
           -- the decimals the indicator prints with (issue 9)
           LEFT JOIN @extschema@.indikator d ON d.instansi = t.instansi AND d.kode = t.indikator_kode
          WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun),
        'rll' || CASE WHEN satuan_kolom THEN 'l' ELSE '' END || 'rrrr', 'Tabel 13  Perbandingan Realisasi Kinerja Tahun Ini dengan Standart Nasional');

    -- Tabel 14 by the unit's efficiency method in force in the year
    -- (lkj.setelan_berlaku; selisih, 1.0's table, where nothing is set):
    -- the capaian as the unit prints it (capped: 100,00% (>100%) where it
    -- says so), then the method's columns and its formula under the table.
    SELECT sb.metode_efisiensi, sb.putusan_efisiensi
      INTO metode_efisiensi, putusan_efisiensi
      FROM @extschema@.setelan_berlaku sb
     WHERE sb.instansi = laporan.instansi AND sb.tahun = laporan.tahun;
    IF metode_efisiensi = 'rasio' THEN
        bagian := bagian || (@extschema@.format_tabel(
            ARRAY['No.', tujuan_garis_spasi || 'Sasaran Strategis', 'Indikator Kinerja', 'Capaian Kinerja',
                  'Persentase Penyerapan Anggaran', 'Indeks Efisiensi (IE)', 'Tingkat Efisiensi (TE)', 'Keterangan'],
            (SELECT array_agg(ARRAY[t.no, t.uraian, t.indikator, COALESCE(t.capaian_cetak, 'N/A'),
                                    @extschema@.sel_persen(t.penyerapan),
                                    COALESCE(@extschema@.format_angka(t.indeks_efisiensi, 3), 'N/A'),
                                    @extschema@.sel_persen(t.tingkat_efisiensi), COALESCE(t.putusan, 'N/A')]
                              ORDER BY t.urutan)
               FROM @extschema@.tabel_14_efisiensi t
              WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun),
            'rllrrrrl', 'Tabel 14  Efisiensi Penggunaan Sumber Daya')
            || E'\n\n*) (Rumus : IE = capaian kinerja / % penyerapan anggaran; TE = (IE - 1) x 100%; '
            || 'Keterangan atas IE: ' || putusan_efisiensi || ')');
    ELSIF metode_efisiensi = 'penghematan' THEN
        bagian := bagian || (@extschema@.format_tabel(
            ARRAY['No.', tujuan_garis_spasi || 'Sasaran Strategis', 'Indikator Kinerja', 'Capaian Kinerja',
                  'Anggaran', 'Realisasi Anggaran', 'Penghematan *)', 'Keterangan'],
            (SELECT array_agg(ARRAY[t.no, t.uraian, t.indikator, COALESCE(t.capaian_cetak, 'N/A'),
                                    COALESCE(@extschema@.format_rupiah(t.anggaran), 'N/A'),
                                    COALESCE(@extschema@.format_rupiah(t.realisasi_anggaran), 'N/A'),
                                    COALESCE(@extschema@.format_rupiah(t.penghematan)
                                             || ' (' || @extschema@.format_persen(t.persen_penghematan, 2) || ')', 'N/A'),
                                    COALESCE(t.putusan, 'N/A')]
                              ORDER BY t.urutan)
               FROM @extschema@.tabel_14_efisiensi t
              WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun),
            'rllrrrrl', 'Tabel 14  Efisiensi Penggunaan Sumber Daya')
            || E'\n\n*) (Rumus : anggaran - realisasi anggaran; Efisien bila realisasi tidak melebihi anggaran '
            || 'dan capaian kinerja mencapai 100%)');
    ELSIF metode_efisiensi = 'smart' THEN
        -- SMART DJA (PMK 22/PMK.02/2021): E and its value on 0 - 100
        bagian := bagian || (@extschema@.format_tabel(
            ARRAY['No.', tujuan_garis_spasi || 'Sasaran Strategis', 'Indikator Kinerja', 'Capaian Kinerja',
                  'Anggaran', 'Realisasi Anggaran', 'Efisiensi (E) *)', 'Nilai Efisiensi'],
            (SELECT array_agg(ARRAY[t.no, t.uraian, t.indikator, COALESCE(t.capaian_cetak, 'N/A'),
                                    COALESCE(@extschema@.format_rupiah(t.anggaran), 'N/A'),
                                    COALESCE(@extschema@.format_rupiah(t.realisasi_anggaran), 'N/A'),
                                    @extschema@.sel_persen(t.efisiensi_smart),
                                    @extschema@.sel_persen(t.nilai_efisiensi_smart)]
                              ORDER BY t.urutan)
               FROM @extschema@.tabel_14_efisiensi t
              WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun),
            'rllrrrrr', 'Tabel 14  Efisiensi Penggunaan Sumber Daya')
            || E'\n\n*) (Rumus SMART DJA, PMK 22/PMK.02/2021 : E = (anggaran x capaian kinerja - realisasi anggaran) / '
            || '(anggaran x capaian kinerja); Nilai Efisiensi = 50% + (E / 20%) x 50%, paling rendah 0% dan paling tinggi 100%)');
    ELSE
        bagian := bagian || (@extschema@.format_tabel(
            ARRAY['No.', tujuan_garis_spasi || 'Sasaran Strategis', 'Indikator Kinerja', 'Capaian Kinerja',
                  'Persentase Penyerapan Anggaran', 'Tingkat Efisiensi *)'],
            (SELECT array_agg(ARRAY[t.no, t.uraian, t.indikator, COALESCE(t.capaian_cetak, 'N/A'),
                                    @extschema@.sel_persen(t.penyerapan), @extschema@.sel_persen(t.efisiensi)]
                              ORDER BY t.urutan)
               FROM @extschema@.tabel_14_efisiensi t
              WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun),
            'rllrrr', 'Tabel 14  Efisiensi Penggunaan Sumber Daya')
            || E'\n\n*) (Rumus : capaian kinerja - % Penyerapan anggaran)');
    END IF;

    -- Tabel 15: per program; for a unit that records its spending below the
    -- program (sub-kegiatan, or kegiatan with their own realisasi), every
    -- level with its code as printed, as such a unit's reports print it.  A
    -- unit that records kegiatan budgets only (Kunir) keeps the program
    -- table: the view's program and jumlah rows are Tabel 15's.  The Kode
    -- column only when there is a code to print.
    SELECT COALESCE(bool_or(t.jenis_baris = 'sub_kegiatan'
                            OR (t.jenis_baris = 'kegiatan' AND t.realisasi IS NOT NULL)), false),
           COALESCE(bool_or(t.kode_cetak IS NOT NULL), false)
      INTO rinci, ada_kode
      FROM @extschema@.tabel_15_realisasi_anggaran_rinci t
     WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun;
    bagian := bagian || @extschema@.format_tabel(
        ARRAY['No'] || CASE WHEN rinci AND ada_kode THEN ARRAY['Kode'] ELSE '{}' END
            || CASE WHEN rinci THEN 'PROGRAM/ KEGIATAN/ SUB KEGIATAN' ELSE 'PROGRAM' END
            || ARRAY['ANGGARAN (Rp)', 'REALISASI Rp', 'REALISASI %'],
        (SELECT array_agg(ARRAY[t.no]
                          || CASE WHEN rinci AND ada_kode THEN ARRAY[t.kode_cetak] ELSE '{}' END
                          || ARRAY[CASE WHEN t.jenis_baris = 'jumlah' THEN 'JUMLAH' ELSE t.uraian END,
                                   COALESCE(@extschema@.format_angka(t.anggaran), 'N/A'),
                                   COALESCE(@extschema@.format_angka(t.realisasi), 'N/A'),
                                   COALESCE(@extschema@.format_angka(t.penyerapan, 2), 'N/A')]
                          ORDER BY t.urutan)
           FROM @extschema@.tabel_15_realisasi_anggaran_rinci t
          WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun
            AND (rinci OR t.jenis_baris IN ('program', 'jumlah'))),
        CASE WHEN rinci AND ada_kode THEN 'rllrrr' ELSE 'rlrrr' END, 'Tabel 15  Realisasi Anggaran ' || laporan.tahun);

    -- The appendix: each signed agreement's tables, then who signed it, where,
    -- when.  A PK the unit did not sign (no revision, or no PK at all) is left
    -- out rather than printed as an empty table; with none, one sentence says so.
    FOR janji IN
        SELECT p.jenis, p.tanggal, p.tempat, p.pihak_pertama_nama, p.pihak_pertama_jabatan,
               p.pihak_pertama_pangkat, p.pihak_pertama_nip, p.pihak_kedua_nama, p.pihak_kedua_jabatan
          FROM @extschema@.perjanjian_kinerja p
         WHERE p.instansi = laporan.instansi AND p.tahun = laporan.tahun
         ORDER BY p.jenis = 'perubahan'
    LOOP
        SELECT array_agg(ARRAY[t.no, t.uraian, t.indikator] || CASE WHEN satuan_kolom THEN ARRAY[t.satuan] ELSE '{}'::text[] END
                         || @extschema@.sel_nilai(t.target, t.satuan, t.batas_bawah, t.batas_atas, d.desimal, satuan_kolom)
                         ORDER BY t.urutan) FILTER (WHERE t.jenis_baris = 'sasaran'),
               array_agg(ARRAY[t.no, CASE WHEN t.jenis_baris = 'jumlah' THEN 'JUMLAH' ELSE t.uraian END,
                               @extschema@.format_rupiah(t.anggaran), t.sumber_dana]
                         ORDER BY t.urutan) FILTER (WHERE t.jenis_baris <> 'sasaran')
          INTO b, b2
          FROM @extschema@.lampiran_perjanjian_kinerja t
          -- the decimals the indicator prints with (issue 9)
          LEFT JOIN @extschema@.indikator d ON d.instansi = t.instansi AND d.kode = t.indikator_kode
         WHERE t.instansi = laporan.instansi AND t.tahun = laporan.tahun AND t.pk = janji.jenis;
        bagian := bagian || @extschema@.format_tabel(
            ARRAY['NO', 'SASARAN STRATEGIS', 'INDIKATOR KINERJA UTAMA']
                || CASE WHEN satuan_kolom THEN ARRAY['SATUAN'] ELSE '{}'::text[] END || 'TARGET'::text,
            b, 'rll' || CASE WHEN satuan_kolom THEN 'l' ELSE '' END || 'r',
            'LAMPIRAN ' || CASE janji.jenis WHEN 'perubahan' THEN 'PERUBAHAN ' ELSE '' END
                || 'PERJANJIAN KINERJA TAHUN ' || laporan.tahun || E'\n' || upper(unit.nama));
        IF b2 IS NOT NULL THEN
            bagian := bagian || @extschema@.format_tabel(ARRAY['NO', 'PROGRAM', 'ANGGARAN', 'KET'], b2, 'rlrl');
        END IF;
        IF janji.tanggal IS NOT NULL THEN
            bagian := bagian || concat_ws(E'\n',
                '- Pihak Pertama: ' || janji.pihak_pertama_nama || ' (' || janji.pihak_pertama_jabatan || ')'
                    || COALESCE(', ' || janji.pihak_pertama_pangkat, '')
                    || COALESCE(', NIP. ' || @extschema@.format_nip(janji.pihak_pertama_nip), ''),
                '- Pihak Kedua: ' || janji.pihak_kedua_nama || ' (' || janji.pihak_kedua_jabatan || ')',
                '- ' || janji.tempat || ', ' || @extschema@.format_tanggal(janji.tanggal, true));
        END IF;
    END LOOP;
    IF NOT FOUND THEN
        bagian := bagian || ('LAMPIRAN PERJANJIAN KINERJA TAHUN ' || laporan.tahun || E'\n' || upper(unit.nama)
            || E'\n\nTidak ada Perjanjian Kinerja yang ditandatangani untuk tahun ' || laporan.tahun
            || '.');
    END IF;

    RETURN array_to_string(bagian, E'\n\n');
END
$$;
COMMENT ON FUNCTION @extschema@.laporan_draf(text, integer) IS
'The current draft of the LKj (what lkj.laporan prints with versi => ''draf'', and what a signature stores and digests) of a unit (its kode in lkj.instansi) for a year as one text a planner can read or paste, plain text and GitHub Markdown alike: a header block (unit, its regency or for a central unit its kementerian, year, the head in office at the end of the year (lkj.kepala_instansi; else 1.0''s lkj.instansi.kepala_*), rank and NIP, each line left out when the data has none), then every table of the report in its order with its printed title (Tabel 1 to 15, then the appendix tables of each Perjanjian Kinerja signed that year, awal then perubahan, or one sentence when none was signed), each a padded pipe table (lkj.format_tabel), and after Tabel 1, 2 and 8 the counts the text quotes (staff by sex, kind and status, positions filled; assets by condition; indicators reaching 100%, below, not measurable).  Figures in the report''s format: an indicator''s in its unit (lkj.format_target), computed percentages with two decimals (96,00), Rp. 1.234,- in Tabel 5 and the appendix, N/A where the data has no figure, - for a zero count in Tabel 1, whose PPPK column is titled as the unit chooses for the year (lkj.setelan_berlaku); Tabel 14 by the unit''s efficiency method of the year (selisih, rasio with IE, TE and its verdict, penghematan in rupiah, or smart, SMART DJA''s E and nilai efisiensi; lkj.efisiensi_kinerja); every capaian of Tabel 8 to 14 as the unit prints one above its cap, and a Satuan column in every table with a target or realisasi where the year''s satuan_cetak is kolom.  Under metode_capaian_sasaran bobot, a sasaran with an indicator without a weight raises 23502.  An unknown unit raises 42704; a year without data prints every table with "Tidak ada data." (and says so in the header when the unit has nothing at all for the year).  NULL arguments give NULL.';
