#!/usr/bin/env bash
# tools/dokumen/laporan.sh UNIT TAHUN DIR: the LKj of a unit and year as the
# three files a unit hands in and keeps, written into DIR:
#   lkj-UNIT-TAHUN.html  lkj.dokumen() as it comes from the database
#   lkj-UNIT-TAHUN.pdf   that HTML printed by WeasyPrint (A4, landscape pages
#                        for wide tables, page numbers, the table of contents'
#                        page numbers: target-counter(), which Chromium lacks)
#   lkj-UNIT-TAHUN.docx  that HTML as a Word file (tools/dokumen/ke_docx.py:
#                        real headings, real tables)
# and prints their paths.  Run against a cluster with this build installed
# (make laporan runs it through tests/cluster.sh, as make demo runs its
# report); LKJ_HTML_SAJA=1 writes the HTML alone.  It loads data/UNIT_2024.sql, the unit's data set, into a database
# of its own.
set -euo pipefail
unit=$1 tahun=$2 dir=$3
repo=$(cd "$(dirname "$0")/../.." && pwd)
data=$repo/data/${unit}_2024.sql
[ -f "$data" ] || { echo "laporan: no $data (UNIT is a unit's kode)" >&2; exit 2; }
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
nama=$dir/lkj-$unit-$tahun
db=lkj_laporan_$$
createdb "$db"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
(cd "$repo" && psql -X -q -v ON_ERROR_STOP=1 -d "$db" \
   -c 'CREATE EXTENSION lkj' -f "$data" >/dev/null)
psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$db" -v unit="$unit" -v tahun="$tahun" -o "$nama.html.tmp" \
  <<< "SELECT lkj.dokumen(:'unit', :'tahun'::integer)"
# LKJ_TEKS=1: lkj.laporan()'s text beside it, which tests/t_dokumen.sh
# reads every table from, cell by cell
if [ -n "${LKJ_TEKS:-}" ]; then
  psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$db" -v unit="$unit" -v tahun="$tahun" -o "$nama.txt" \
    <<< "SELECT lkj.laporan(:'unit', :'tahun'::integer)"
fi
# psql adds a newline after the value; the document already ends with one
sed -e '$ { /^$/d }' "$nama.html.tmp" > "$nama.html" && rm -f "$nama.html.tmp"
[ -n "${LKJ_HTML_SAJA:-}" ] || {
  weasyprint -q "$nama.html" "$nama.pdf"
  /usr/bin/python3 "$repo/tools/dokumen/ke_docx.py" "$nama.html" "$nama.docx"
}
printf '%s\n' "$nama.html"
[ -n "${LKJ_HTML_SAJA:-}" ] || printf '%s\n' "$nama.pdf" "$nama.docx"
