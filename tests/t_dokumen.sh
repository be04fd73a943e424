#!/usr/bin/env bash
# tests/t_dokumen.sh: the LKj as the document a unit hands in (issue 13).
# For Kunir 2024 and the demo dinas (and the directorate's HTML), on the
# cluster tests/cluster.sh gives it:
#  - make laporan's three files are written (tools/dokumen/laporan.sh);
#  - headless Chromium opens the HTML: BAB I to IV, every table of
#    lkj.laporan, the three charts and the signed PK appendices (Kunir: the
#    original and the revised) are there, and no table or chart is wider
#    than its page (tests/dokumen/probe.js);
#  - every table of lkj.laporan's text appears in order, cell by cell, as an
#    HTML table, as a Word table (python3-docx) and in the PDF's text
#    (pdftotext) (tests/dokumen/cek.py);
#  - the PDF has a landscape page and the daftar isi's page numbers.
# With --gambar it also writes the page images a reviewer looks at
# (tests/dokumen/*.png: the cover, a BAB III page with a chart, a landscape
# table, the PK appendix of Kunir 2024), which are committed.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
gambar=${1:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cek() { /usr/bin/python3 "$repo/tests/dokumen/cek.py" "$@"; }

for unit in kunir diskominfo dit-peipd; do
  echo "== $unit 2024"
  if [ "$unit" = dit-peipd ]; then
    LKJ_TEKS=1 LKJ_HTML_SAJA=1 "$repo/tools/dokumen/laporan.sh" "$unit" 2024 "$tmp/$unit" >/dev/null
  else
    LKJ_TEKS=1 "$repo/tools/dokumen/laporan.sh" "$unit" 2024 "$tmp/$unit" >/dev/null
  fi
  f=$tmp/$unit/lkj-$unit-2024
  for e in html txt $([ "$unit" = dit-peipd ] || echo pdf docx); do
    [ -s "$f.$e" ] || { echo "FAIL no $f.$e"; exit 1; }
  done
  # the browser: a copy of the HTML with the probe appended
  sed '/<\/body>/d' "$f.html" > "$tmp/probe.html"
  { echo '<script>'; cat "$repo/tests/dokumen/probe.js"; echo '</script></body></html>'; } >> "$tmp/probe.html"
  chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --user-data-dir="$tmp/chromium" \
    --dump-dom "file://$tmp/probe.html" > "$tmp/dom.html" 2>"$tmp/chromium.log" \
    || { cat "$tmp/chromium.log"; echo "FAIL chromium"; exit 1; }
  cek browser "$tmp/dom.html" "$f.txt"
  if [ "$unit" = dit-peipd ]; then
    cek tabel "$f.txt" "$f.html"
    continue
  fi
  cek tabel "$f.txt" "$f.html" "$f.docx" "$f.pdf"
  # a landscape page (a wide table) and page numbers in the table of contents
  # (the tool's output read whole first: grep -q would end the pipe early)
  info=$(pdfinfo -f 1 -l 999 "$f.pdf")
  toc=$(pdftotext -f 3 -l 5 -layout "$f.pdf" -)
  grep -q 'size: *841.* x 595' <<< "$info" \
    || { echo "FAIL $unit: no landscape page in the PDF"; exit 1; }
  grep -Eq 'BAB III.*AKUNTABILITAS KINERJA[ .]*[0-9]+ *$' <<< "$toc" \
    || { echo "FAIL $unit: the daftar isi gives BAB III no page number"; exit 1; }
  echo "ok PDF: $(pdfinfo "$f.pdf" | sed -n 's/^Pages: *//p') pages, landscape pages for wide tables, daftar isi with page numbers"
done

if [ "$gambar" = --gambar ]; then
  # the pages a reviewer looks at, found by their text
  f=$tmp/kunir/lkj-kunir-2024
  halaman() {   # the first page whose text matches $1 (from page $2 on)
    local n p
    n=$(pdfinfo "$f.pdf" | sed -n 's/^Pages: *//p')
    for p in $(seq "${2:-1}" "$n"); do
      grep -Eq "$1" <<< "$(pdftotext -f "$p" -l "$p" "$f.pdf" -)" && { echo "$p"; return; }
    done
    echo "no page matches $1" >&2; return 1
  }
  simpan() {    # page $1 as tests/dokumen/$2.png, 50 dpi
    pdftoppm -f "$1" -l "$1" -r 50 -png -singlefile "$f.pdf" "$repo/tests/dokumen/$2"
  }
  # after the daftar isi, tabel and gambar, which name every caption too
  isi=$(halaman 'DAFTAR GAMBAR')
  simpan 1 sampul
  simpan "$(halaman 'Gambar 1 +Target' $((isi + 1)))" bab3_gambar
  simpan "$(halaman 'Tabel 6 +Program' $((isi + 1)))" tabel_lebar
  simpan "$(halaman 'Pihak Pertama' "$(halaman 'LAMPIRAN PERUBAHAN' $((isi + 1)))")" lampiran_pk
  echo "page images written to tests/dokumen/"
fi
echo "dokumen: ok"
