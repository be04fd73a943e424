#!/usr/bin/env bash
# bench/muat.sh [N]: a generated regency of N units (default 300, copies of
# Kunir 2024 by data/banyak_instansi.sql) writes its workbooks
# (tools/lkj-templat, not timed) and loads them all in one lkj-muat process
# (--per-berkas: each workbook its unit's own transaction), timed, with the
# client's peak memory (GNU time's maximum resident set size) at N/3 and N
# files: it does not grow with the number of files.  Each unit's year is
# first emptied of what the templates cover, so every load writes its rows.
# Runs on a throw-away cluster of its own (tests/cluster.sh).  Not a test.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-300}
make --no-print-directory all >/dev/null
tests/cluster.sh bash -s "$N" <<'SH'
set -euo pipefail
N=$1
w=$(mktemp -d)
run() { psql -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }
run -c "CREATE EXTENSION lkj" -f data/kunir_2024.sql -v banyak="$N" -f data/banyak_instansi.sql -c "ANALYZE" >/dev/null
units=$(run -c "SELECT kode FROM lkj.instansi WHERE kode LIKE 'salin-%' ORDER BY kode")
for u in $units; do
  tools/lkj-templat --instansi "$u" --tahun 2024 "$w/${u}_2024.xlsx"
done
kosongkan() {
  # every kind the templates cover, as tests/muat/kosongkan.sql empties one unit
  { sed "s/= :'u'/LIKE 'salin-%'/" tests/muat/kosongkan.sql; echo "ANALYZE;"; } | run >/dev/null
}
# sed, not head: head would leave ls a broken pipe, which pipefail makes fatal
third=$(ls "$w"/*.xlsx | sed -n "1,$((N / 3))p")
kosongkan
/usr/bin/time -f "%e s, peak %M kB" tools/lkj-muat --tahun 2024 --per-berkas --jobs 2 $third 2>&1 >/dev/null | tail -1 \
  | sed "s/^/$((N / 3)) workbooks: /"
kosongkan
/usr/bin/time -f "%e s, peak %M kB" tools/lkj-muat --tahun 2024 --per-berkas --jobs 2 "$w"/*.xlsx 2>&1 >/dev/null | tail -1 \
  | sed "s/^/$N workbooks: /"
/usr/bin/time -f "%e s, peak %M kB" tools/lkj-muat --tahun 2024 --per-berkas --jobs 2 "$w"/*.xlsx 2>&1 >/dev/null | tail -1 \
  | sed "s/^/$N workbooks again (nothing changes): /"
rm -rf "$w"
SH
