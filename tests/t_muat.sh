#!/usr/bin/env bash
# tests/t_muat.sh: a planner's year in from spreadsheets (issue 12).
#  1. Kunir 2024 as its templates (tests/muat/kunir_2024.xlsx as LibreOffice
#     saved it, tests/muat/libreoffice/ its sheets as LibreOffice's Indonesian
#     CSVs, and the same as hand-typed Indonesian CSVs in
#     tests/muat/kunir_2024/: ';', Rp, 1.234.567, 20,7175, 31/12/2024,
#     27 September 2024, 30 Des 2024, 10 Januari 2024) is loaded by
#     tools/lkj-muat as a login granted lkj_operator on kunir, under row
#     security, into a database whose Kunir 2024 holds none of the kinds the
#     templates cover: lkj.laporan('kunir', 2024) is then byte for byte the
#     one of the same year entered in SQL (data/kunir_2024.sql);
#  2. loading the XLSX again, then the CSVs (both kinds, both units), changes nothing: the load says
#     tambah 0, ubah 0, hapus 0 and a fingerprint of every table is the same;
#  3. a dry run of a changed file lists the change and writes nothing;
#  4. tests/muat/salah/ (the planted mistakes): the report is exactly the
#     hand-written list tests/muat/salah.tsv, in Indonesian, and the
#     database is unchanged.
# The templates cover the unit-year's identity, head, Renstra with tujuan and
# sasaran, PK, programs, kegiatan, sub-kegiatan, indicators, targets,
# realisasi, positions, staff, positions needed, assets and village
# documents; tests/muat/kosongkan.sql empties a unit-year of them (the
# Renstra's words changed instead, as its indicators hang on it), and the
# demo dinas (data/diskominfo_2024.sql, tests/muat/diskominfo_2024.xlsx) is
# loaded the same way.
# Run by tests/run.sh on a throw-away cluster (pg_virtualenv sets PG*).
set -euo pipefail
cd "$(dirname "$0")/.."

db=lkj_muat_sql
dbm=lkj_muat_muat
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT
run() { psql -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }
muat() { tools/lkj-muat --db "dbname=$dbm options='-c role=muat_budi'" --instansi kunir --tahun 2024 "$@"; }

run -c "CREATE DATABASE $db" -c "CREATE DATABASE $dbm"
for d in "$db" "$dbm"; do
  run -d "$d" -c "CREATE EXTENSION lkj" -f data/kunir_2024.sql -f data/diskominfo_2024.sql
done
for u in kunir diskominfo; do
  run -d "$dbm" -v u="$u" -f tests/muat/kosongkan.sql
done
run -d "$dbm" >/dev/null <<'SQL'
SELECT count(*) FROM lkj.siapkan_peran();
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'muat_budi') THEN CREATE ROLE muat_budi LOGIN; END IF;
END $$;
SELECT lkj.beri_akses('muat_budi', 'lkj_operator', instansi => 'kunir');
SELECT lkj.beri_akses('muat_budi', 'lkj_operator', instansi => 'diskominfo');
SQL

laporan() { run -d "$1" -c "SELECT * FROM lkj.laporan('${2:-kunir}', 2024)"; }
# every row of every table of lkj, in a stable order: the database's content
sidik() {
  for t in $(run -d "$dbm" -c "SELECT relname FROM pg_class WHERE relnamespace = 'lkj'::regnamespace AND relkind = 'r' ORDER BY 1"); do
    printf '%s ' "$t"; run -d "$dbm" -c "SELECT md5(COALESCE(string_agg(t::text, E'\n' ORDER BY t::text), '')) FROM lkj.$t t"
  done
}

# 1. the XLSX into the emptied year, as the unit's operator: Kunir, then the
#    dinas (sub-kegiatan, no tujuan, two heads, national codes)
muat tests/muat/kunir_2024.xlsx > "$w/pertama" 2> "$w/pertama.err"
grep -q '^Disimpan: tambah 245, ubah 4, hapus 0\.$' "$w/pertama.err" || { cat "$w/pertama.err"; echo "first load: not 245 rows added, 4 changed"; exit 1; }
diff <(laporan "$db") <(laporan "$dbm") || { echo "the loaded year's report differs from the SQL-entered one"; exit 1; }
echo "the XLSX gives Kunir 2024's report byte for byte"
tools/lkj-muat --db "dbname=$dbm options='-c role=muat_budi'" --instansi diskominfo --tahun 2024 \
  tests/muat/diskominfo_2024.xlsx > "$w/dinas" 2> "$w/dinas.err"
grep -q '^Disimpan: tambah 106, ubah 3, hapus 0\.$' "$w/dinas.err" || { cat "$w/dinas.err"; echo "the dinas: not 106 rows added, 3 changed"; exit 1; }
diff <(laporan "$db" diskominfo) <(laporan "$dbm" diskominfo) || { echo "the dinas's loaded year differs from the SQL-entered one"; exit 1; }
echo "the XLSX gives the dinas's 2024 report byte for byte (sub-kegiatan, two heads)"

# 2. again, and the CSVs: nothing changes
sidik > "$w/sidik1"
muat tests/muat/kunir_2024.xlsx > "$w/kedua" 2>&1
muat tests/muat/kunir_2024/*.csv > "$w/ketiga" 2>&1
# LibreOffice's own CSVs of both units' workbooks (tests/muat/README)
muat tests/muat/libreoffice/kunir_2024-*.csv > "$w/keempat" 2>&1
tools/lkj-muat --db "dbname=$dbm options='-c role=muat_budi'" --instansi diskominfo --tahun 2024 \
  tests/muat/diskominfo_2024.xlsx > "$w/kelima" 2>&1
tools/lkj-muat --db "dbname=$dbm options='-c role=muat_budi'" --instansi diskominfo --tahun 2024 \
  tests/muat/libreoffice/diskominfo_2024-*.csv > "$w/keenam" 2>&1
for f in kedua ketiga keempat kelima keenam; do
  [ "$(cat "$w/$f")" = "Disimpan: tambah 0, ubah 0, hapus 0." ] || { cat "$w/$f"; echo "load again ($f) changed something"; exit 1; }
done
sidik > "$w/sidik2"
diff "$w/sidik1" "$w/sidik2" || { echo "loading the same year again changed a table"; exit 1; }
echo "loading the same years again (XLSX, hand-written CSV, LibreOffice's CSV) changes nothing"

# 3. a dry run of one changed cell, one row fewer, one more: listed, not written
cp -r tests/muat/kunir_2024 "$w/ubah"
sed -i 's/^ipp;pk_perubahan;62,2;;;$/ipp;pk_perubahan;62,5;;;/' "$w/ubah/target.csv"
sed -i '/^56;Handytalkie;/d' "$w/ubah/sarana.csv"
echo '57;Meja Rapat;Buah;2;0;0' >> "$w/ubah/sarana.csv"
muat --uji-coba "$w/ubah/target.csv" "$w/ubah/sarana.csv" > "$w/uji" 2>&1 || true
diff - "$w/uji" <<'EOF2' || { echo "the dry run does not list the changes"; exit 1; }
ubah: target ipp / pk_perubahan: isinya berubah.
hapus: sarana 56: dihapus, karena tidak ada di berkas.
tambah: sarana 57: baris baru.
Uji coba: tambah 1, ubah 1, hapus 1; tidak ada yang disimpan.
EOF2
sidik > "$w/sidik3"
diff "$w/sidik1" "$w/sidik3" || { echo "the dry run wrote"; exit 1; }
echo "a dry run lists what would change and writes nothing"

# 4. the planted mistakes: exactly the hand-written list, nothing written
if muat --tsv tests/muat/salah/*.csv > "$w/salah" 2>/dev/null; then echo "a file with mistakes loaded"; exit 1; fi
diff <(grep -v '^#' tests/muat/salah.tsv | sed 's/\t*#.*//') <(cut -f2-6 "$w/salah") \
  || { echo "the load report is not the list of planted mistakes"; exit 1; }
n=$(wc -l < "$w/salah")
[ "$n" -ge 30 ] || { echo "fewer than 30 planted mistakes"; exit 1; }
! cut -f7 "$w/salah" | grep -qiE ' (the|is|must|not) ' || { echo "a message is not in Indonesian"; exit 1; }
sidik > "$w/sidik4"
diff "$w/sidik1" "$w/sidik4" || { echo "a load with mistakes wrote"; exit 1; }
echo "the $n planted mistakes are reported exactly, in Indonesian, and nothing is written"
