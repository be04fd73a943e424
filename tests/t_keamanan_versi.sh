#!/usr/bin/env bash
# tests/t_keamanan_versi.sh: the hardening of issue 10 (items 3 to 5) holds in
# 1.1 and did not in 1.0.  Each check below is an attack, run on three
# databases holding Kunir 2024:
#   v1.0      lkj 1.0 as released, script AND C library: built here from
#             extension/released/lkj-1.0-src.tar.gz (1.0's source, checked
#             against SHA256SUMS) and installed into a "1.0 world" cluster of
#             its own, with 1.0's data as released;
#   v1.1      a fresh install of the current version with data/;
#   v1.0-1.1  a 1.0 database (today's library, as after installing 1.1's
#             package), after a planner was granted CREATE on lkj as 1.0's
#             README invited, brought up by ALTER EXTENSION lkj UPDATE.
# The test passes when every attack succeeds against 1.0 ("fails on 1.0")
# and is stopped on the two others, so it shows it can fail:
#   nan        NaN, Infinity and -Infinity in every numeric column of every
#              table of lkj (listed from the catalog) are refused;
#   bayangan   about 90 operators and functions shadowing PostgreSQL's and
#              lkj's names, in a schema ahead of pg_catalog, change no row of
#              any view of lkj, nor laporan's text, nor periksa's findings,
#              nor a kriteria band (1.0's C lookup used an unqualified =);
#   eskalasi   a planner cannot be granted CREATE on lkj, nobody but its
#              owner has it, and a lkj.format_angka(integer) that exists
#              anyway is never called by laporan or periksa;
#   cek        a planner's check view (a function in it leaves a trace) is
#              never run by periksa: not from a schema of its own (only the
#              registry lkj.cek_pengguna is read, and it cannot write it),
#              not from lkj, not one made in lkj under 1.0;
#   hapus      DROP EXTENSION lkj CASCADE and DROP SCHEMA lkj CASCADE are
#              refused while the tables hold data, and go through once the
#              transaction confirms with SET LOCAL lkj.hapus_data.
# Run by tests/run.sh inside tests/cluster.sh; it starts the 1.0 world with
# tests/cluster.sh again (the script runs there with --dunia-1.0 DIR and
# writes the v1.0 results into DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }
# a psql that reports errors and goes on: the checks expect some
psql_lanjut() { command psql -X -q -At -v ON_ERROR_STOP=0 -v VERBOSITY=terse "$@" 2>&1; }

(cd tests/upgrade && sha256sum --quiet -c SHA256SUMS)
dunia10=
if [ "${1:-}" = --dunia-1.0 ]; then dunia10=$2; fi

siapkan_v10() {   # the 1.0 world's database, on 1.0's library
  local lib
  lib=$(psql -At -c 'SHOW extension_destdir')
  [ "$lib" = "$LKJ_DESTDIR" ] || { echo "not the 1.0 world: extension_destdir is $lib" >&2; exit 1; }
  createdb v10
  psql -d v10 -c "CREATE EXTENSION lkj VERSION '1.0'" -f tests/upgrade/kunir_2024--1.0.sql.txt
  psql -c 'CREATE ROLE perencana_uji NOLOGIN'
  psql -d v10 -c 'GRANT USAGE ON SCHEMA lkj TO perencana_uji'
}
siapkan_v11() {
  createdb v11
  psql -d v11 -c 'CREATE EXTENSION lkj' -f data/kunir_2024.sql
  createdb v10_11
  psql -d v10_11 -c "CREATE EXTENSION lkj VERSION '1.0'" -f tests/upgrade/kunir_2024--1.0.sql.txt
  psql -c 'CREATE ROLE perencana_uji NOLOGIN'
  psql -d v10_11 -c 'GRANT USAGE, CREATE ON SCHEMA lkj TO perencana_uji'
  # the planner adds a check of its own as 1.0's README invited: a cek_ view in
  # lkj whose function runs as whoever calls periksa (check cek)
  psql -d v10_11 <<'SQL'
GRANT SELECT ON lkj.instansi TO perencana_uji;
SET ROLE perencana_uji;
CREATE FUNCTION lkj.jejak_lama() RETURNS boolean LANGUAGE sql
    AS $$SELECT pg_catalog.set_config('lkj_uji.cek', 'a planner''s check view made under 1.0', false) IS NULL$$;
CREATE VIEW lkj.cek_lama AS SELECT (s.r).* FROM (SELECT pg_catalog.jsonb_populate_record(NULL::lkj.temuan, pg_catalog.jsonb_build_object('instansi', u.kode, 'tahun', 2024)) AS r FROM lkj.instansi u WHERE lkj.jejak_lama()) s;
RESET ROLE;
SQL
  psql -d v10_11 -c 'ALTER EXTENSION lkj UPDATE'
  psql -d v11 -c 'GRANT USAGE ON SCHEMA lkj TO perencana_uji'
}

# --- nan: every (column, value) refused; prints the ones accepted
check_nan() {
  psql -d "$1" -At <<'SQL'
CREATE TEMP TABLE diterima (kolom text);
DO $$
DECLARE
    k record;
    v text;
    n bigint;
BEGIN
    FOR k IN
        SELECT c.relname, a.attname
          FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
         WHERE c.relnamespace = 'lkj'::regnamespace AND c.relkind = 'r'
           AND a.attnum > 0 AND NOT a.attisdropped AND a.atttypid = 'numeric'::regtype
         ORDER BY 1, 2
    LOOP
        FOREACH v IN ARRAY ARRAY['NaN', 'Infinity', '-Infinity'] LOOP
            BEGIN
                -- a row where the column holds a figure, so that only the
                -- value itself can be refused; a table without one is
                -- covered by sql/angka.sql
                EXECUTE format('UPDATE lkj.%I SET %I = %L::numeric WHERE ctid = (SELECT ctid FROM lkj.%I WHERE %I IS NOT NULL LIMIT 1)',
                               k.relname, k.attname, v, k.relname, k.attname);
                GET DIAGNOSTICS n = ROW_COUNT;
                IF n = 0 THEN
                    RAISE NOTICE 'no row of lkj.% has %: not tried here', k.relname, k.attname;
                    EXIT;
                END IF;
                -- not refused: note it, and undo
                RAISE SQLSTATE 'P0001' USING MESSAGE = k.relname || '.' || k.attname || ' = ' || v;
            EXCEPTION
                WHEN check_violation THEN NULL;
                WHEN raise_exception THEN INSERT INTO diterima VALUES (SQLERRM);
            END;
        END LOOP;
    END LOOP;
END
$$;
SELECT 'accepted: ' || kolom FROM diterima ORDER BY 1;
SQL
}

# --- bayangan: md5 of every view, laporan and periksa, without and with the shadows
dump_all() {   # DB PATH: what lkj shows, hashed, under search_path PATH
  local db=$1 path=$2 v
  for v in $(psql -d "$db" -At -c "SELECT c.relname FROM pg_catalog.pg_class c WHERE c.relnamespace = 'lkj'::regnamespace AND c.relkind = 'v' AND c.relname !~ '^cek_' ORDER BY c.relname COLLATE \"C\""); do
    # no operator or function of ours in the query itself: all rows, sorted by every column
    n=$(psql -d "$db" -At -c "SELECT count(*) FROM pg_catalog.pg_attribute WHERE attrelid = 'lkj.$v'::regclass AND attnum > 0")
    printf '%s %s\n' "$v" "$(psql -d "$db" -At -c "SET search_path = $path" -c "SELECT * FROM lkj.$v ORDER BY $(seq -s, 1 "$n")" | md5sum | cut -c1-32)"
  done
  printf 'laporan %s\n' "$(psql -d "$db" -At -c "SET search_path = $path" -c "SELECT lkj.laporan('kunir', 2024)" | md5sum | cut -c1-32)"
  printf 'periksa %s\n' "$(psql -d "$db" -At -c "SET search_path = $path" -c "SELECT * FROM lkj.periksa('kunir', 2024)" | md5sum | cut -c1-32)"
  printf 'kriteria %s\n' "$(psql -d "$db" -At -c "SET search_path = $path" -c "SELECT lkj.kriteria(90.5, 'permendagri-86-2017'), lkj.kriteria_label(80, 'lumajang')")"
}
check_bayangan() {
  local db=$1
  dump_all "$db" 'pg_catalog, lkj, public' >"$tmp/$db.bayangan.sebelum"
  psql -d "$db" -f tests/jahat.sql >/dev/null
  local n
  n=$(psql -d "$db" -At -c "SELECT (SELECT count(*) FROM pg_catalog.pg_operator WHERE oprnamespace = 'jahat'::regnamespace) + (SELECT count(*) FROM pg_catalog.pg_proc WHERE pronamespace = 'jahat'::regnamespace AND NOT proname ~ '^_')")
  echo "$n shadows" >&2
  dump_all "$db" 'jahat, pg_catalog, lkj, public' >"$tmp/$db.bayangan.sesudah"
  diff "$tmp/$db.bayangan.sebelum" "$tmp/$db.bayangan.sesudah" | sed -n 's/^> /changed: /p' || true
  [ "$(wc -l < "$tmp/$db.bayangan.sebelum")" -gt 30 ] || echo "too few views: $(wc -l < "$tmp/$db.bayangan.sebelum")"
}

# --- eskalasi
check_eskalasi() {
  local db=$1 out
  out=$(psql_lanjut -d "$db" <<'SQL'
GRANT CREATE ON SCHEMA lkj TO perencana_uji;
SELECT 'create held by ' || r.rolname FROM pg_catalog.pg_roles r, pg_catalog.pg_namespace n
 WHERE n.nspname = 'lkj' AND NOT r.rolsuper AND r.oid <> n.nspowner AND r.rolname !~ '^pg_'
   AND pg_catalog.has_schema_privilege(r.oid, n.oid, 'CREATE');
SET ROLE perencana_uji;
CREATE FUNCTION lkj.format_angka(integer) RETURNS text LANGUAGE sql
    AS $$SELECT pg_catalog.set_config('lkj_uji.dipanggil', 'format_angka(integer) of a planner', false)$$;
RESET ROLE;
-- ones that exist anyway (the owner's mistake, or from before 1.1)
CREATE FUNCTION lkj.format_angka(integer) RETURNS text LANGUAGE sql
    AS $$SELECT pg_catalog.set_config('lkj_uji.dipanggil', 'format_angka(integer)', false)$$;
CREATE FUNCTION lkj.format_angka(bigint) RETURNS text LANGUAGE sql
    AS $$SELECT pg_catalog.set_config('lkj_uji.dipanggil', 'format_angka(bigint)', false)$$;
SELECT pg_catalog.length(lkj.laporan('kunir', 2024)) > 0 AS laporan;
SELECT pg_catalog.count(*) >= 0 AS periksa FROM lkj.periksa('kunir', 2024, '2025-01-01');
SELECT 'called: ' || pg_catalog.current_setting('lkj_uji.dipanggil', true)
 WHERE pg_catalog.current_setting('lkj_uji.dipanggil', true) <> '';
SQL
)
  printf '%s\n' "$out" | grep -E '^(create held by|called:)' || true
  printf '%s\n' "$out" | grep -q 'cannot grant CREATE on schema lkj' || echo "GRANT CREATE ON SCHEMA lkj went through"
}

# --- cek: a planner's check view never runs in periksa: not one it makes in
# a schema of its own (it cannot register it), not one in lkj (CREATE there
# refused since 1.1), not one made in lkj under 1.0 before the update
check_cek() {
  local db=$1 out
  out=$(psql_lanjut -d "$db" <<'SQL'
GRANT CREATE ON SCHEMA lkj TO perencana_uji;
GRANT SELECT ON lkj.instansi TO perencana_uji;   -- the view reads with its owner's rights
CREATE SCHEMA perencana_cek AUTHORIZATION perencana_uji;
SET ROLE perencana_uji;
CREATE FUNCTION perencana_cek.jejak() RETURNS boolean LANGUAGE sql
    AS $$SELECT pg_catalog.set_config('lkj_uji.cek', 'a planner''s check view', false) IS NULL$$;
-- rows of a real table, so that periksa's filter on instansi cannot fold
-- the query away before the function runs; one without findings
CREATE VIEW perencana_cek.cek_jahat AS SELECT (s.r).* FROM (SELECT pg_catalog.jsonb_populate_record(NULL::lkj.temuan, pg_catalog.jsonb_build_object('instansi', u.kode, 'tahun', 2024)) AS r FROM lkj.instansi u WHERE perencana_cek.jejak()) s;
CREATE VIEW lkj.cek_jahat AS SELECT * FROM perencana_cek.cek_jahat;
INSERT INTO lkj.cek_pengguna VALUES ('jahat', 'perencana_cek.cek_jahat');
RESET ROLE;
SELECT pg_catalog.count(*) >= 0 AS periksa FROM lkj.periksa('kunir', 2024);
SELECT 'called: ' || pg_catalog.current_setting('lkj_uji.cek', true)
 WHERE pg_catalog.current_setting('lkj_uji.cek', true) <> '';
SQL
)
  printf '%s\n' "$out" | grep -E '^called:' || true
}

# --- hapus
check_hapus() {
  local db=$1 out
  out=$(psql_lanjut -d "$db" <<SQL
BEGIN; DROP EXTENSION lkj CASCADE; SELECT 'dropped: extension'; ROLLBACK;
BEGIN; DROP SCHEMA lkj CASCADE; SELECT 'dropped: schema'; ROLLBACK;
BEGIN; SET LOCAL lkj.hapus_data = 'bukan-$db'; DROP SCHEMA lkj CASCADE; SELECT 'dropped: schema, another database named'; ROLLBACK;
BEGIN; SET LOCAL lkj.hapus_data = '$db'; DROP EXTENSION lkj CASCADE; SELECT 'confirmed: extension'; ROLLBACK;
BEGIN; SET LOCAL lkj.hapus_data = '$db'; DROP SCHEMA lkj CASCADE; SELECT 'confirmed: schema'; ROLLBACK;
SQL
)
  printf '%s\n' "$out" | grep '^dropped:' || true
  for w in extension schema; do
    printf '%s\n' "$out" | grep -q "^confirmed: $w" || echo "not dropped with the confirmation: $w"
  done
}

checks="nan bayangan eskalasi cek hapus"
run_checks() {   # DIR DB...: each check's findings on each database into DIR
  local dir=$1 check db; shift
  for check in $checks; do
    for db in "$@"; do
      "check_$check" "$db" >"$dir/$check.$db" 2>"$dir/$check.$db.err" || echo "check failed to run" >>"$dir/$check.$db"
    done
  done
}

if [ -n "$dunia10" ]; then
  siapkan_v10
  run_checks "$dunia10" v10
  exit 0
fi

# 1.0's library and script, from its released source, into a world of its own
(cd extension/released && sha256sum --quiet -c SHA256SUMS)
chmod 755 "$tmp"   # the 1.0 world's server (user postgres) reads its install
tar -xzf extension/released/lkj-1.0-src.tar.gz -C "$tmp"
make -C "$tmp/lkj-1.0" --no-print-directory -s >"$tmp/build-1.0.log" 2>&1 \
  && make -C "$tmp/lkj-1.0" --no-print-directory -s install DESTDIR="$tmp/dunia-1.0" >>"$tmp/build-1.0.log" 2>&1 \
  || { cat "$tmp/build-1.0.log"; echo "1.0 did not build from extension/released/lkj-1.0-src.tar.gz"; exit 1; }
LKJ_DESTDIR=$tmp/dunia-1.0 tests/cluster.sh "$0" --dunia-1.0 "$tmp" >"$tmp/dunia-1.0.log" 2>&1 \
  || { cat "$tmp/dunia-1.0.log"; echo "the 1.0 world did not run"; exit 1; }
siapkan_v11
run_checks "$tmp" v11 v10_11

rc=0
for check in $checks; do
  if [ -s "$tmp/$check.v10" ]; then r10="fails on 1.0 ($(wc -l < "$tmp/$check.v10") findings, e.g. $(head -n 1 "$tmp/$check.v10"))"
  else r10="PASSES on 1.0: the attack did not work there, so this check cannot tell"; rc=1; fi
  r11=passes; [ -s "$tmp/$check.v11" ] && { r11="FAILS"; rc=1; }
  rup=passes; [ -s "$tmp/$check.v10_11" ] && { rup="FAILS"; rc=1; }
  echo "$check: $r10; on 1.1 $r11; on 1.0 updated to 1.1 $rup"
  for db in v10 v11 v10_11; do [ -e "$tmp/$check.$db" ] && sed "s/^/  $db: /" "$tmp/$check.$db" "$tmp/$check.$db.err"; done
done
exit $rc
