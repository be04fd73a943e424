-- lkj's C errors in the session's language (issue 12): lkj has a gettext
-- domain of its own (lkj-15, po/id.po), so a session whose lc_messages is
-- Indonesian reads the message, detail and hint of lkj's C functions in
-- Indonesian; PostgreSQL's own messages, which Debian ships no Indonesian
-- catalog for, and the RAISE messages of lkj's PL/pgSQL functions stay
-- English.  Needs the locale id_ID.UTF-8 on the machine (tests/deps.sh
-- generates it): without it the SET below fails, and so does this test.
SET lc_messages = 'id_ID.UTF-8';
SHOW lc_messages;

-- capaian: NaN, a negative target, a range given upside down
SELECT lkj.capaian(100, 'NaN');
SELECT lkj.capaian(-5, 10);
SELECT lkj.capaian_rentang(90, 80, 85);
SELECT lkj.efisiensi(100, 90, 'bagi');
SELECT lkj.penyerapan(1000, -1);

-- the Indonesian number format
SELECT lkj.parse_angka('1,234,567.50');
SELECT lkj.parse_angka('Rp. 1.234,5%');
SELECT lkj.parse_angka('12 orang');
SELECT lkj.parse_angka('   ');
SELECT lkj.format_angka(1.5, 30);

-- criteria scales: malformed, and well-formed but unable to grade
SELECT 'Sangat Tinggi > 90; Tinggi; Rendah'::lkj.skala;
SELECT '> 90; Tinggi 76 - 90; Rendah'::lkj.skala;
SELECT 'Sangat Tinggi > 9O; Tinggi 76 - 90; Rendah'::lkj.skala;
SELECT 'Sangat Tinggi > 90,5; Tinggi 76 - 90; Rendah'::lkj.skala;
SELECT 'Sangat Tinggi > 90; Tinggi 76 - 95; Rendah'::lkj.skala;
SELECT 'Tinggi > 90; Sedang 50 - 80; Rendah <= 40'::lkj.skala;
SELECT 'Tinggi > 90; Tinggi 50 - 90; Rendah'::lkj.skala;
SELECT lkj.kriteria(80, 'jember');
SELECT lkj.kriteria(120, 'Tinggi 76 - 100; Rendah 0 - 75; di luar skala: galat'::lkj.skala);
DELETE FROM lkj.skala_kriteria WHERE nama = 'lumajang';

-- PostgreSQL's own messages stay English, and so do the RAISE messages of
-- lkj's PL/pgSQL functions
SELECT 1 / 0;
SELECT 'abc'::numeric;
SELECT lkj.laporan('kunyit', 2024);

-- back to the server's language: English
RESET lc_messages;
SELECT lkj.capaian(100, 'NaN');
SELECT lkj.parse_angka('1,234,567.50');
SELECT 'Sangat Tinggi > 90; Tinggi 76 - 95; Rendah'::lkj.skala;
