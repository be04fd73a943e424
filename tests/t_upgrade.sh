#!/usr/bin/env bash
# tests/t_upgrade.sh: a 1.0 database brought up to date by ALTER EXTENSION lkj
# UPDATE is the same as a fresh install of the current version:
#   A  CREATE EXTENSION lkj VERSION '1.0', 1.0's data as released, UPDATE;
#   B  CREATE EXTENSION lkj, today's data/.
# (a) A keeps every row it had, unchanged; (b) A and B have the same member
# objects, the same config tables and the same pg_dump --schema-only of schema
# lkj; (c) A and B print the same lkj.laporan() and hold the same rows in
# every report view.  1.0's data is kept in tests/upgrade/ as 1.0 shipped it
# (git show v1.0:data/...), not read from git: a CI clone may lack the tag;
# as .sql.txt, like extension/released/, it is data to the tools that read code.
# Run by tests/run.sh inside pg_virtualenv.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }
fail() { echo "t_upgrade: $*" >&2; exit 1; }
# same WHAT: $tmp/WHAT.a and $tmp/WHAT.b must be equal; else show the diff
same() {
  diff -u --label "A (1.0, updated): $1" --label "B (fresh $new): $1" \
    "$tmp/$1.a" "$tmp/$1.b" || fail "$1 differs between the updated 1.0 database (A) and a fresh $new one (B)"
}

new=$(sed -n "s/^default_version = '\(.*\)'/\1/p" lkj.control)
[ -n "$new" ] || fail "no default_version in lkj.control"
ext_oid="(SELECT oid FROM pg_catalog.pg_extension WHERE extname = 'lkj')"

# --- A: 1.0 as released, with 1.0's data
(cd tests/upgrade && sha256sum --quiet -c SHA256SUMS) || fail "1.0's data in tests/upgrade/ is not as released"
createdb lkj_a
psql -d lkj_a -c "CREATE EXTENSION lkj VERSION '1.0'"
[ "$(psql -d lkj_a -At -c "SELECT extversion FROM pg_catalog.pg_extension WHERE extname = 'lkj'")" = 1.0 ] ||
  fail "CREATE EXTENSION lkj VERSION '1.0' did not install 1.0"
psql -d lkj_a -f tests/upgrade/kunir_2024--1.0.sql.txt -f tests/upgrade/uji_lain--1.0.sql.txt

# (a) One query per table of 1.0: its row count and an md5 over its rows in
# order, over the columns it has in 1.0 (read now, before the update, so a
# column the update adds does not count and one it drops fails the query).
psql -d lkj_a -At <<'SQL' >"$tmp/rows.sql"
SELECT format('SELECT %L, count(*), md5(coalesce(string_agg(r::text, E''\n'' ORDER BY r::text COLLATE "C"), '''')) FROM (SELECT %s FROM lkj.%I) r;',
              c.relname, string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum), c.relname)
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE c.relnamespace = 'lkj'::regnamespace AND c.relkind IN ('r', 'p')
 GROUP BY c.relname ORDER BY c.relname COLLATE "C";
SQL
psql -d lkj_a -At -F ' ' -f "$tmp/rows.sql" >"$tmp/rows.before"
# the units and years to print the report of: every year of every Renstra
psql -d lkj_a -At -F ' ' -c "SELECT instansi, generate_series(tahun_awal, tahun_akhir) FROM lkj.renstra ORDER BY 1, 2" >"$tmp/laporan.list"

psql -d lkj_a -c 'ALTER EXTENSION lkj UPDATE' ||
  fail "ALTER EXTENSION lkj UPDATE failed (above); a function whose arguments or result type change, or a view whose columns change other than by new ones at the end, needs its DROP in extension/upgrade/"
v=$(psql -d lkj_a -At -c "SELECT extversion FROM pg_catalog.pg_extension WHERE extname = 'lkj'")
[ "$v" = "$new" ] || fail "ALTER EXTENSION lkj UPDATE left version $v, not lkj.control's default_version $new"

psql -d lkj_a -At -F ' ' -f "$tmp/rows.sql" >"$tmp/rows.after" 2>"$tmp/rows.err" ||
  { cat "$tmp/rows.err"; fail "a table or column of 1.0 is gone after the update"; }
diff -u --label "before the update" --label "after the update" "$tmp/rows.before" "$tmp/rows.after" ||
  fail "the update lost or changed rows (table, row count, md5 of its rows)"

# --- B: a fresh install of the current version, with today's data
createdb lkj_b
psql -d lkj_b -c 'CREATE EXTENSION lkj'
psql -d lkj_b -f data/kunir_2024.sql -f data/uji_lain.sql

for db in a b; do
  # (b) pg_dump leaves out an extension's members, so they are compared here
  psql -d "lkj_$db" -At <<SQL >"$tmp/members.$db"
SELECT pg_catalog.pg_describe_object(classid, objid, objsubid) COLLATE "C" AS o
  FROM pg_catalog.pg_depend
 WHERE refclassid = 'pg_catalog.pg_extension'::regclass AND refobjid = $ext_oid AND deptype = 'e'
 ORDER BY o;
SQL
  psql -d "lkj_$db" -At <<'SQL' >"$tmp/extconfig.$db"
SELECT t::regclass::text COLLATE "C" AS t, cond
  FROM pg_catalog.pg_extension e, unnest(e.extconfig, e.extcondition) AS u(t, cond)
 WHERE e.extname = 'lkj' ORDER BY t;
SQL
  # the rows the extension ships: all of a member table that pg_dump leaves
  # out, the rows its extcondition leaves out of one it dumps
  psql -d "lkj_$db" -At <<SQL >"$tmp/shipped.$db"
SELECT format('SELECT * FROM (SELECT %L AS tabel, t::text AS baris FROM %s t'
              ' EXCEPT ALL SELECT %L, t::text FROM %s t %s) s ORDER BY baris COLLATE "C"',
              c.oid::regclass, c.oid::regclass, c.oid::regclass, c.oid::regclass, coalesce(cfg.cond, 'WHERE false'))
  FROM pg_catalog.pg_depend d
  JOIN pg_catalog.pg_class c ON c.oid = d.objid AND c.relkind IN ('r', 'p')
  LEFT JOIN (SELECT u.t, u.cond FROM pg_catalog.pg_extension e, unnest(e.extconfig, e.extcondition) AS u(t, cond)
              WHERE e.extname = 'lkj') cfg ON cfg.t = c.oid
 WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.refclassid = 'pg_catalog.pg_extension'::regclass
   AND d.refobjid = $ext_oid AND d.deptype = 'e' AND cfg.cond IS DISTINCT FROM ''
 ORDER BY c.relname COLLATE "C"
\gexec
SQL
  # (c) the report of every unit and year, then every report view row by row
  while read -r instansi tahun; do
    psql -d "lkj_$db" -At -v i="$instansi" -v t="$tahun" <<'SQL'
\echo === lkj.laporan(:'i', :t)
SELECT lkj.laporan(:'i', :t);
SQL
  done <"$tmp/laporan.list" >"$tmp/laporan.$db"
  psql -d "lkj_$db" -At <<'SQL' >"$tmp/views.$db"
SELECT format('SELECT %L, v::text FROM lkj.%I v ORDER BY v::text COLLATE "C"', c.relname, c.relname)
  FROM pg_catalog.pg_class c
 WHERE c.relnamespace = 'lkj'::regnamespace AND c.relkind = 'v'
   AND c.relname ~ '^(tabel|lampiran|ringkasan)_'
 ORDER BY c.relname COLLATE "C"
\gexec
SQL
  # the rows 1.1's parts migrate (31_hierarki--1.1.sql: the kind of a pemda,
  # the head of a unit per year, the PPPK label; 33_setelan--1.1.sql: the
  # settings from 1990) against those today's
  # data/ writes directly
  psql -d "lkj_$db" -At <<'SQL' >"$tmp/migrated.$db"
SELECT format('SELECT %L, t::text FROM lkj.%I t ORDER BY t::text COLLATE "C"', n, n)
  FROM unnest(ARRAY['pemda', 'instansi', 'kementerian', 'kepala_instansi', 'setelan']) AS n
\gexec
SQL
done
same members
same extconfig
same shipped
same laporan
same views
same migrated

# (b) Dissolve membership, so that pg_dump dumps every object, then compare
# the two dumps.
for db in a b; do
  psql -d "lkj_$db" -At <<SQL >/dev/null
SELECT format('ALTER EXTENSION lkj DROP %s %s', i.type, i.identity)
  FROM pg_catalog.pg_depend d, pg_catalog.pg_identify_object(d.classid, d.objid, d.objsubid) i
 WHERE d.refclassid = 'pg_catalog.pg_extension'::regclass AND d.refobjid = $ext_oid AND d.deptype = 'e'
\gexec
SQL
  [ "$(psql -d "lkj_$db" -At -c "SELECT count(*) FROM pg_catalog.pg_depend WHERE refobjid = $ext_oid AND deptype = 'e'")" = 0 ] ||
    fail "lkj_$db: objects still members of lkj after dropping them all"
  # Normalised twice.  pg_dump (15.14 on) frames its output with \restrict
  # and a random key: dropped.  Its entries ("-- Name: ..." to the next) are
  # sorted by their text: pg_dump orders them by kind and name, but where two
  # tie (same-named constraints of two tables, say) older minor releases fall
  # back to OIDs, and A created its objects in another order than B.
  pg_dump --schema-only -n lkj -d "lkj_$db" | sed -E '/^\\(un)?restrict /d' |
    awk '/^-- Name: /{printf "\n"} {printf "%s\001", $0}' | LC_ALL=C sort | tr '\001' '\n' >"$tmp/schema.$db"
done
same schema

laporan=$(grep -c '^=== ' "$tmp/laporan.a")
echo "1.0 -> $new: $(wc -l <"$tmp/rows.after") tables, $(awk '{n += $2} END {print n}' "$tmp/rows.after") rows kept;" \
  "same $(wc -l <"$tmp/members.a") members, $(wc -l <"$tmp/extconfig.a") config tables, $(wc -l <"$tmp/shipped.a") shipped rows," \
  "$(grep -c "^-- Name: " "$tmp/schema.a")-entry schema dump, $laporan reports ($(wc -l <"$tmp/laporan.a") lines)" \
  "and $(cut -d '|' -f 1 "$tmp/views.a" | sort -u | wc -l) report views ($(wc -l <"$tmp/views.a") rows) as a fresh install"
