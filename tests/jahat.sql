-- tests/jahat.sql: schema jahat, whose operators and functions shadow
-- PostgreSQL's and lkj's names with wrong answers, for a caller that puts it
-- ahead of pg_catalog on search_path (tests/t_keamanan_versi.sh, bayangan).
-- Comparisons answer false, arithmetic 0, text 'X': any of them reached by
-- a view, lkj.laporan or lkj.periksa changes what they show.  Besides the
-- operators of the same types as PostgreSQL's, cross-type ones that
-- PostgreSQL lacks (numeric = integer, ...): those would win over an
-- implicit cast for an unqualified operator.
CREATE SCHEMA jahat;
CREATE FUNCTION jahat._salah(anyelement, anyelement) RETURNS boolean LANGUAGE sql AS 'SELECT false';
DO $$
DECLARE
    t text[];
    op text;
BEGIN
    FOREACH t SLICE 1 IN ARRAY ARRAY[['text', 'text'], ['numeric', 'numeric'], ['integer', 'integer'],
                                     ['bigint', 'bigint'], ['numeric', 'integer'], ['integer', 'numeric'],
                                     ['date', 'date'], ['text', 'integer']]
    LOOP
        EXECUTE format('CREATE FUNCTION jahat._banding(%s, %s) RETURNS boolean LANGUAGE sql AS ''SELECT false''', t[1], t[2]);
        FOREACH op IN ARRAY ARRAY['=', '<>', '<', '>', '<=', '>='] LOOP
            EXECUTE format('CREATE OPERATOR jahat.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = jahat._banding)', op, t[1], t[2]);
        END LOOP;
    END LOOP;
    FOREACH t SLICE 1 IN ARRAY ARRAY[['numeric', 'numeric'], ['integer', 'integer'], ['bigint', 'bigint'],
                                     ['numeric', 'integer'], ['integer', 'numeric']]
    LOOP
        EXECUTE format('CREATE FUNCTION jahat._hitung(%s, %s) RETURNS %s LANGUAGE sql AS ''SELECT 0''', t[1], t[2], t[1]);
        FOREACH op IN ARRAY ARRAY['+', '-', '*', '/', '%'] LOOP
            EXECUTE format('CREATE OPERATOR jahat.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = jahat._hitung)', op, t[1], t[2]);
        END LOOP;
    END LOOP;
END
$$;
CREATE FUNCTION jahat._sambung(text, text) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE OPERATOR jahat.|| (LEFTARG = text, RIGHTARG = text, FUNCTION = jahat._sambung);
CREATE FUNCTION jahat._cocok(text, text) RETURNS boolean LANGUAGE sql AS 'SELECT false';
CREATE OPERATOR jahat.~ (LEFTARG = text, RIGHTARG = text, FUNCTION = jahat._cocok);
CREATE OPERATOR jahat.~~ (LEFTARG = text, RIGHTARG = text, FUNCTION = jahat._cocok);
CREATE OPERATOR jahat.~* (LEFTARG = text, RIGHTARG = text, FUNCTION = jahat._cocok);
CREATE FUNCTION jahat._minus(numeric) RETURNS numeric LANGUAGE sql AS 'SELECT 0::numeric';
CREATE OPERATOR jahat.- (RIGHTARG = numeric, FUNCTION = jahat._minus);

-- PostgreSQL's functions, with the argument types lkj calls them with
CREATE FUNCTION jahat.round(numeric, integer) RETURNS numeric LANGUAGE sql AS 'SELECT 0::numeric';
CREATE FUNCTION jahat.round(numeric) RETURNS numeric LANGUAGE sql AS 'SELECT 0::numeric';
CREATE FUNCTION jahat.trunc(numeric, integer) RETURNS numeric LANGUAGE sql AS 'SELECT 0::numeric';
CREATE FUNCTION jahat.abs(numeric) RETURNS numeric LANGUAGE sql AS 'SELECT 0::numeric';
CREATE FUNCTION jahat.scale(numeric) RETURNS integer LANGUAGE sql AS 'SELECT 9';
CREATE FUNCTION jahat.numeric(integer) RETURNS numeric LANGUAGE sql AS 'SELECT 0::numeric';
CREATE FUNCTION jahat.numeric(bigint) RETURNS numeric LANGUAGE sql AS 'SELECT 0::numeric';
CREATE FUNCTION jahat.text(numeric) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.text(integer) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.lower(text) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.upper(text) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.length(text) RETURNS integer LANGUAGE sql AS 'SELECT 0';
CREATE FUNCTION jahat.char_length(text) RETURNS integer LANGUAGE sql AS 'SELECT 0';
CREATE FUNCTION jahat.repeat(text, integer) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.rpad(text, integer) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.lpad(text, integer) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.substr(text, integer, integer) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.replace(text, text, text) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.concat(text, text) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.concat_ws(text, VARIADIC text[]) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.format(text, VARIADIC text[]) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.string_agg(text, text) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.array_to_string(anyarray, text) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.make_date(integer, integer, integer) RETURNS date LANGUAGE sql AS $$SELECT date '2000-01-01'$$;
CREATE FUNCTION jahat.md5(text) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE AGGREGATE jahat.sum(numeric) (SFUNC = jahat._hitung, STYPE = numeric);
CREATE AGGREGATE jahat.max(numeric) (SFUNC = jahat._hitung, STYPE = numeric);
CREATE AGGREGATE jahat.min(numeric) (SFUNC = jahat._hitung, STYPE = numeric);
CREATE AGGREGATE jahat.avg(numeric) (SFUNC = jahat._hitung, STYPE = numeric);
CREATE AGGREGATE jahat.sum(integer) (SFUNC = jahat._hitung, STYPE = integer);
CREATE AGGREGATE jahat.sum(bigint) (SFUNC = jahat._hitung, STYPE = bigint);

-- lkj's own names, with their argument types
CREATE FUNCTION jahat.capaian(numeric, numeric) RETURNS numeric LANGUAGE sql AS 'SELECT 0::numeric';
CREATE FUNCTION jahat.penyerapan(numeric, numeric) RETURNS numeric LANGUAGE sql AS 'SELECT 0::numeric';
CREATE FUNCTION jahat.persentase(numeric, numeric) RETURNS numeric LANGUAGE sql AS 'SELECT 0::numeric';
CREATE FUNCTION jahat.efisiensi(numeric, numeric) RETURNS numeric LANGUAGE sql AS 'SELECT 0::numeric';
CREATE FUNCTION jahat.pembulatan(numeric) RETURNS numeric LANGUAGE sql AS 'SELECT 0::numeric';
CREATE FUNCTION jahat.format_angka(numeric) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.format_angka(integer) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.format_angka(bigint) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.format_persen(numeric) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.format_persen(numeric, integer) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.format_rupiah(numeric) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.format_nilai(numeric, text) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.format_tanggal(date) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.kriteria(numeric, text) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.label_kriteria(numeric, text) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
CREATE FUNCTION jahat.kriteria_label(numeric, text) RETURNS text LANGUAGE sql AS $$SELECT 'X'$$;
-- tables of lkj's names
CREATE TABLE jahat.instansi (kode text, nama text);
CREATE TABLE jahat.skala_kriteria (nama text, skala text, bawaan boolean);
CREATE TABLE jahat.program (kode text);
