-- ======================================================================
-- the document's charts: inline SVG made in SQL (issue 13, item 3)
-- ======================================================================

/*
 * One chart kind serves the three charts of the LKj: grouped horizontal
 * bars, one group a category (an indicator, a program), one bar a series
 * (target and realisasi, a year, anggaran and realisasi), each bar labelled
 * with the figure as the tables print it.  Print-safe and readable in grey:
 * the series differ by fill pattern and shade (solid dark, hatched, mid
 * grey, dotted, light grey, cross-hatched), every bar has a black outline
 * and its printed figure, and the legend repeats the patterns.  No script,
 * no font outside the document's.  Pure text in, text out: deterministic.
 */
CREATE FUNCTION @extschema@.grafik_batang(id text, kategori text[], seri text[], nilai numeric[],
                                          label text[], skala_per_kategori boolean)
RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    ns integer := COALESCE(cardinality(seri), 0);
    nk integer := COALESCE(cardinality(kategori), 0);
    -- geometry in px: label column, bar area, room for the figure after a bar
    kiri constant integer := 230;
    panjang constant integer := 300;
    lebar constant integer := 680;
    tinggi_batang constant integer := 14;
    isi constant text[] := ARRAY['#262626', 'url(#' || id || '-arsir)', '#8c8c8c',
                                 'url(#' || id || '-titik)', '#e0e0e0', 'url(#' || id || '-silang)'];
    svg text[];
    y integer;
    maks numeric;
    v numeric;
    baris text[];
    n integer;
BEGIN
    IF nk = 0 OR ns = 0 THEN
        RETURN NULL;
    END IF;
    IF cardinality(nilai) <> nk * ns OR cardinality(label) <> nk * ns OR ns > cardinality(isi) THEN
        RAISE EXCEPTION 'chart values do not match its categories and series'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('%s categories and %s series need %s values and labels; %s values and %s labels were given (at most %s series).',
                                  nk, ns, nk * ns, cardinality(nilai), cardinality(label), cardinality(isi)),
                  HINT = 'Give the values category by category, the series in order within each.';
    END IF;
    -- the legend, one row
    svg := ARRAY[format('<defs><pattern id="%1$s-arsir" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#000" stroke-width="2"/></pattern>'
                     '<pattern id="%1$s-titik" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#fff"/><circle cx="2.5" cy="2.5" r="1.2" fill="#000"/></pattern>'
                     '<pattern id="%1$s-silang" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#fff"/><path d="M0 0L6 6M6 0L0 6" stroke="#000" stroke-width="1"/></pattern></defs>', id)];
    FOR s IN 1..ns LOOP
        svg := svg || format('<rect x="%s" y="4" width="14" height="10" fill="%s" stroke="#000"/><text x="%s" y="13" font-size="11">%s</text>',
                             kiri + (s - 1) * 110, isi[s], kiri + (s - 1) * 110 + 18, @extschema@.format_html(seri[s]));
    END LOOP;
    y := 26;
    IF NOT skala_per_kategori THEN
        SELECT max(x) INTO maks FROM unnest(nilai) x;
    END IF;
    FOR k IN 1..nk LOOP
        IF skala_per_kategori THEN
            SELECT max(x) INTO maks FROM unnest(nilai[(k - 1) * ns + 1:k * ns]) x;
        END IF;
        -- the category's name in lines of at most 40 characters
        baris := regexp_split_to_array(btrim(regexp_replace(COALESCE(kategori[k], ''), '(.{1,40})(\s+|$)', '\1' || chr(10), 'g')), chr(10));
        n := GREATEST(cardinality(baris), 1);
        FOR i IN 1..cardinality(baris) LOOP
            svg := svg || format('<text x="0" y="%s" font-size="10">%s</text>', y + 10 + (i - 1) * 12,
                                 @extschema@.format_html(baris[i]));
        END LOOP;
        FOR s IN 1..ns LOOP
            v := nilai[(k - 1) * ns + s];
            svg := svg || format('<rect x="%s" y="%s" width="%s" height="%s" fill="%s" stroke="#000" stroke-width="0.8"/><text x="%s" y="%s" font-size="10">%s</text>',
                                 kiri, y + (s - 1) * tinggi_batang,
                                 CASE WHEN v IS NULL OR maks IS NULL OR maks <= 0 OR v <= 0 THEN 0
                                      ELSE round(v / maks * panjang, 1) END,
                                 tinggi_batang - 3, isi[s],
                                 kiri + 4 + CASE WHEN v IS NULL OR maks IS NULL OR maks <= 0 OR v <= 0 THEN 0
                                                 ELSE round(v / maks * panjang, 1) END,
                                 y + (s - 1) * tinggi_batang + 9,
                                 @extschema@.format_html(COALESCE(label[(k - 1) * ns + s], 'N/A')));
        END LOOP;
        y := y + GREATEST(ns * tinggi_batang, n * 12) + 10;
    END LOOP;
    RETURN format('<svg xmlns="http://www.w3.org/2000/svg" class="grafik" width="%s" height="%s" viewBox="0 0 %s %s" role="img" font-family="Liberation Sans, Arial, sans-serif">',
                  lebar, y, lebar, y)
           || array_to_string(svg, '') || '</svg>';
END
$$;
COMMENT ON FUNCTION @extschema@.grafik_batang(text, text[], text[], numeric[], text[], boolean) IS
'A grouped horizontal bar chart as inline SVG (no script): one group a category (kategori, its name wrapped at 40 characters), one bar a series (seri, at most 6, told apart in grey by fill pattern and shade, with a legend), the values category by category (nilai, the series in order within each) and each bar''s printed figure (label; NULL prints N/A).  Bars are scaled to the largest value of the chart, or of each category when skala_per_kategori (figures in different units side by side).  id prefixes the patterns'' ids, unique in a document.  No category or series gives NULL; values or labels that do not fit raise 22023.';

CREATE FUNCTION @extschema@.grafik_target_realisasi(instansi text, tahun integer)
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT @extschema@.grafik_batang('g1',
               array_agg(t.no || '. ' || t.indikator ORDER BY t.urutan) FILTER (WHERE x.ke = 1), ARRAY['Target', 'Realisasi'],
               array_agg(x.nilai ORDER BY t.urutan, x.ke), array_agg(x.label ORDER BY t.urutan, x.ke), true)
      FROM @extschema@.tabel_9_target_realisasi t
      LEFT JOIN @extschema@.indikator d ON d.instansi = t.instansi AND d.kode = t.indikator_kode
     CROSS JOIN LATERAL (VALUES (1, COALESCE(t.target, t.batas_atas),
                                 @extschema@.sel_nilai(t.target, t.satuan, t.batas_bawah, t.batas_atas, d.desimal, false)),
                                (2, t.realisasi, @extschema@.sel_nilai(t.realisasi, t.satuan, NULL, NULL, d.desimal, false)))
           AS x (ke, nilai, label)
     WHERE t.instansi = grafik_target_realisasi.instansi AND t.tahun = grafik_target_realisasi.tahun;
END;
COMMENT ON FUNCTION @extschema@.grafik_target_realisasi(text, integer) IS
'Gambar 1 of lkj.dokumen: target against realisasi of each tujuan and sasaran indicator of the year (Tabel 9''s rows and figures as printed; a range target drawn at its upper bound), each indicator on its own scale, as inline SVG; NULL when the year has no indicator.';

CREATE FUNCTION @extschema@.grafik_capaian_tahun(instansi text, tahun integer)
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    WITH sebelum AS MATERIALIZED (
        SELECT q.indikator_kode, q.indikator, q.urutan,
               q.capaian_1, q.capaian_2, q.capaian_3, q.capaian_4, q.capaian_5
          FROM @extschema@.tabel_10_perbandingan_tahun q
         WHERE q.instansi = grafik_capaian_tahun.instansi AND q.tahun = grafik_capaian_tahun.tahun),
    c AS (
        -- the year's indicators (Tabel 9) and their capaian of the five years
        -- before (Tabel 10, read once above)
        SELECT t.urutan, t.no || '. ' || t.indikator AS nama,
               ARRAY[p.capaian_1, p.capaian_2, p.capaian_3, p.capaian_4, p.capaian_5, t.capaian] AS capaian
          FROM @extschema@.tabel_9_target_realisasi t
          -- the same identity, else the indicator worded the same (an
          -- earlier Renstra's own identity), as lkj.dokumen_narasi
          LEFT JOIN LATERAL (SELECT q.* FROM sebelum q
                              WHERE q.indikator_kode = t.indikator_kode OR lower(q.indikator) = lower(t.indikator)
                              ORDER BY q.indikator_kode = t.indikator_kode DESC, q.urutan LIMIT 1) p ON true
         WHERE t.instansi = grafik_capaian_tahun.instansi AND t.tahun = grafik_capaian_tahun.tahun),
    y AS (
        -- the years with at least one capaian, at most six
        SELECT g.ke FROM generate_series(1, 6) g (ke)
         WHERE EXISTS (SELECT FROM c WHERE c.capaian[g.ke] IS NOT NULL))
    SELECT @extschema@.grafik_batang('g2',
               (SELECT array_agg(c.nama ORDER BY c.urutan) FROM c),
               (SELECT array_agg((grafik_capaian_tahun.tahun - 6 + y.ke)::text ORDER BY y.ke) FROM y),
               (SELECT array_agg(c.capaian[y.ke] ORDER BY c.urutan, y.ke) FROM c CROSS JOIN y),
               (SELECT array_agg(@extschema@.sel_persen(c.capaian[y.ke]) ORDER BY c.urutan, y.ke) FROM c CROSS JOIN y),
               false);
END;
COMMENT ON FUNCTION @extschema@.grafik_capaian_tahun(text, integer) IS
'Gambar 2 of lkj.dokumen: the capaian of each tujuan and sasaran indicator of the year over the years, the five before (Tabel 10: the same indicator identity, else the indicator worded the same) and the year itself (Tabel 9), leaving out the years without any capaian, one scale in percent, as inline SVG; NULL when there is none.';

CREATE FUNCTION @extschema@.grafik_anggaran(instansi text, tahun integer)
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT @extschema@.grafik_batang('g3',
               array_agg(t.no || '. ' || t.uraian ORDER BY t.urutan) FILTER (WHERE x.ke = 1), ARRAY['Anggaran', 'Realisasi'],
               array_agg(x.nilai ORDER BY t.urutan, x.ke), array_agg(x.label ORDER BY t.urutan, x.ke), false)
      FROM @extschema@.tabel_15_realisasi_anggaran t
     CROSS JOIN LATERAL (VALUES (1, t.anggaran, COALESCE(@extschema@.format_rupiah(t.anggaran), 'N/A')),
                                (2, t.realisasi, COALESCE(@extschema@.format_rupiah(t.realisasi), 'N/A')
                                                 || COALESCE(' (' || @extschema@.sel_persen(t.penyerapan) || ')', '')))
           AS x (ke, nilai, label)
     WHERE t.instansi = grafik_anggaran.instansi AND t.tahun = grafik_anggaran.tahun
       AND t.jenis_baris = 'program';
END;
COMMENT ON FUNCTION @extschema@.grafik_anggaran(text, integer) IS
'Gambar 3 of lkj.dokumen: anggaran against realisasi of each program of the year (Tabel 15''s program rows; the realisasi labelled with its penyerapan), one scale in rupiah, as inline SVG; NULL when the year has no program.';
