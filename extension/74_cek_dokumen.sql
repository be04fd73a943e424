-- The document's text (issue 13): sections still generated or empty.

/*
 * Both checks judge a unit-year once its planner has started the text in
 * lkj (a row of lkj.narasi for the year): a unit that writes its narrative
 * elsewhere and takes only the tables from lkj is not told of every section
 * of its document, and a unit that writes it here is told of each one left
 * before it signs.  A section is read from lkj.narasi and
 * lkj.dokumen_bagian alone, not through the generator.
 */
CREATE VIEW @extschema@.cek_narasi_kosong AS
SELECT y.instansi, y.tahun, b.bagian AS tabel, 'narasi_kosong'::text AS kode,
       'peringatan'::text AS tingkat, 'bagian ' || b.bagian AS objek,
       format('Bagian %s "%s" tahun %s belum diisi, dan lkj tidak dapat menuliskannya dari data: tulis teksnya di lkj.narasi sebelum laporan ditandatangani.',
              b.bagian, b.judul, y.tahun) AS pesan,
       NULL::date AS berlaku_mulai
  FROM (SELECT DISTINCT n.instansi, n.tahun FROM @extschema@.narasi n) y
 CROSS JOIN @extschema@.dokumen_bagian() b
 WHERE NOT b.dapat_dibuat
   AND NOT EXISTS (SELECT FROM @extschema@.narasi n
                    WHERE n.instansi = y.instansi AND n.tahun = y.tahun AND n.bagian = b.bagian);
COMMENT ON VIEW @extschema@.cek_narasi_kosong IS 'peringatan: a section of the LKj that only the planner can write (the organisation, its tasks, strategic issues, the causes of success or failure and their remedies, the programs behind them, the recommendations: lkj.dokumen_bagian with dapat_dibuat false) still has no text in lkj.narasi for a year whose text the planner has started.  lkj.dokumen prints it as an empty section; an evaluator reads exactly these sections (PermenPAN-RB 53/2014: causes and solutions, efficiency, the programs behind the figures).';

CREATE VIEW @extschema@.cek_narasi_dibuat AS
SELECT y.instansi, y.tahun, b.bagian AS tabel, 'narasi_dibuat'::text AS kode,
       'peringatan'::text AS tingkat, 'bagian ' || b.bagian AS objek,
       format('Bagian %s "%s" tahun %s masih berisi teks yang dibuat otomatis dari data: periksa dan tulis teksnya di lkj.narasi sebelum laporan ditandatangani.',
              b.bagian, b.judul, y.tahun) AS pesan,
       NULL::date AS berlaku_mulai
  FROM (SELECT DISTINCT n.instansi, n.tahun FROM @extschema@.narasi n) y
 CROSS JOIN @extschema@.dokumen_bagian() b
 WHERE b.dapat_dibuat
   AND NOT EXISTS (SELECT FROM @extschema@.narasi n
                    WHERE n.instansi = y.instansi AND n.tahun = y.tahun AND n.bagian = b.bagian);
COMMENT ON VIEW @extschema@.cek_narasi_dibuat IS 'peringatan: a section of the LKj that lkj.dokumen still fills with text written from the data (lkj.dokumen_narasi, under the marker [Teks otomatis dari data: ...]) because the planner has written none in lkj.narasi, for a year whose text the planner has started.  The generated text states the figures; it does not explain them, and a signed report should not carry a marker of generated text.';
