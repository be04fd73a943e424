#!/usr/bin/env bash
# tests/t_sipd.sh: a unit-year's budget and spending in from SIPD-RI exports
# (issue 12 item 5), and the reconciliation.
#  1. The demo dinas (data/diskominfo_2024.sql) with its sub-kegiatan's
#     spending emptied; tests/sipd/ holds its 2024 in wp-sipd's layout, written
#     by hand (tests/sipd/README.md): the sub-kegiatan list with pagu, spending
#     per account to four cut-off dates, the RAK.  tools/lkj-sipd loads them as
#     a login granted lkj_operator on diskominfo, under row security: a dry
#     run first (nothing written), then the load.
#  2. The loaded year's report is byte for byte the one of data/ (the SIPD
#     figures are the plan's), and the quarters come by differencing.
#  3. Loading again changes nothing.
#  4. The reconciliation finds exactly the deliberate mismatch: SIPD holds a
#     sub-kegiatan of the support program 2.16.01, which the plan leaves out.
#  5. A signed year is refused (55000) until a revision is open.
# Run by tests/run.sh on a throw-away cluster (pg_virtualenv sets PG*).
set -euo pipefail
cd "$(dirname "$0")/.."

db=lkj_sipd
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT
run() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$db" "$@"; }
sipd() { tools/lkj-sipd --db "dbname=$db options='-c role=sipd_dewi'" --instansi diskominfo --tahun 2024 \
           --per-tanggal 2025-01-01 "$@"; }
berkas=(tests/sipd/diskominfo_2024_sub_keg.json tests/sipd/diskominfo_2024_realisasi_2024-0{3-31,6-30,9-30}.json
        tests/sipd/diskominfo_2024_realisasi_2024-12-31.json tests/sipd/diskominfo_2024_rak.json)

psql -X -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE $db"
run -c "CREATE EXTENSION lkj" -f data/diskominfo_2024.sql >/dev/null
laporan() { run -c "SELECT * FROM lkj.laporan('diskominfo', 2024)"; }
laporan > "$w/laporan_data"
run >/dev/null <<'SQL'
-- the year's spending is what SIPD brings
UPDATE lkj.sub_kegiatan SET realisasi = NULL WHERE instansi = 'diskominfo' AND tahun = 2024;
SELECT count(*) FROM lkj.siapkan_peran();
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sipd_dewi') THEN CREATE ROLE sipd_dewi LOGIN; END IF;
END $$;
SELECT lkj.beri_akses('sipd_dewi', 'lkj_operator', instansi => 'diskominfo');
SQL
sidik() { run -c "SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM (SELECT * FROM lkj.sub_kegiatan UNION ALL SELECT NULL, NULL, NULL, NULL, kode, kode_sub_skpd, NULL, NULL, pagu, NULL, NULL, NULL FROM lkj.sipd_sub_kegiatan) t"; }

# 1. a dry run, then the load
sebelum=$(sidik)
sipd --uji-coba "${berkas[@]}" > "$w/uji" 2> "$w/uji.err"
cat "$w/uji.err"
grep -q '^Uji coba: tambah 35, ubah 6, hapus 0, lewat 1; tidak ada yang disimpan\.$' "$w/uji.err" \
  || { cat "$w/uji"; echo "dry run: not 35 added, 6 changed, 1 left out"; exit 1; }
[ "$(sidik)" = "$sebelum" ] || { echo "the dry run wrote"; exit 1; }
[ "$(run -c 'SELECT count(*) FROM lkj.muat_sipd_sub_kegiatan')" = 0 ] || { echo "the dry run kept staging rows"; exit 1; }
sipd "${berkas[@]}" > "$w/muat" 2> "$w/muat.err"
cat "$w/muat.err"
grep -q '^Disimpan: tambah 35, ubah 6, hapus 0, lewat 1\.$' "$w/muat.err" \
  || { cat "$w/muat"; echo "load: not 35 added, 6 changed, 1 left out"; exit 1; }
grep '^lewat ' "$w/muat"
diff <(grep '^ubah sub_kegiatan ' "$w/muat") - <<'EOF2' || { echo "the plan's rows changed are not the six"; exit 1; }
ubah sub_kegiatan 2.16.02.2.01.0002
ubah sub_kegiatan 2.16.02.2.01.0005
ubah sub_kegiatan 2.16.02.2.01.0006
ubah sub_kegiatan 2.16.03.2.01.0001
ubah sub_kegiatan 2.16.03.2.02.0004
ubah sub_kegiatan 2.16.03.2.02.0007
EOF2
[ "$(run -c 'SELECT count(*) FROM lkj.muat_sipd_realisasi')" = 0 ] || { echo "the load kept staging rows"; exit 1; }

# 2. the report is the data's; the quarters by differencing
diff "$w/laporan_data" <(laporan) || { echo "the report after the SIPD load differs from data/'s"; exit 1; }
echo "the SIPD load gives the demo dinas's 2024 report byte for byte"
# 2.16.02.2.01.0005 on two accounts, dot decimals: 120.000.000, 270.000.000,
# 440.000.000,00 (290000000.25 + 149999999.75), 627.481.250,00
# (400000000.50 + 227481249.50): quarters 120, 150, 170 and 187,48125 million
run -F ' ' -c "SELECT triwulan, kumulatif, realisasi, rak FROM lkj.sipd_triwulan WHERE kode = '2.16.02.2.01.0005' ORDER BY 1" > "$w/tw"
cat "$w/tw"
diff "$w/tw" - <<'EOF2' || { echo "quarters of 2.16.02.2.01.0005 wrong"; exit 1; }
1 120000000 120000000 150000000
2 270000000 150000000 160000000
3 440000000 170000000 170000000
4 627481250 187481250 160250000
EOF2

# 3. again: nothing changes
sesudah=$(sidik)
sipd "${berkas[@]}" > "$w/lagi" 2> "$w/lagi.err"
grep -q '^Disimpan: tambah 0, ubah 0, hapus 0, lewat 1\.$' "$w/lagi.err" \
  || { cat "$w/lagi.err"; echo "second load changed something"; exit 1; }
[ "$(sidik)" = "$sesudah" ] || { echo "the second load changed the tables"; exit 1; }
echo "loading again changes nothing"

# 4. the reconciliation: exactly the deliberate mismatch
grep '^temuan ' "$w/lagi" > "$w/temuan"
cat "$w/temuan"
[ "$(wc -l < "$w/temuan")" = 1 ] || { echo "not exactly one finding"; exit 1; }
grep -q '^temuan galat sipd_tanpa_rencana sipd_sub_kegiatan 2\.16\.01\.2\.01\.0001: Sub-kegiatan 2\.16\.01\.2\.01\.01 "Penyusunan Dokumen Perencanaan Perangkat Daerah" ada di SIPD tahun 2024 (pagu Rp\. 45\.000\.000,-), tetapi tidak ada di rencana unit: rencana tahun itu tidak mempunyai kegiatan 2\.16\.01\.2\.01\.' "$w/temuan" \
  || { echo "the mismatch is not the one planted"; exit 1; }
echo "the reconciliation finds the planted mismatch, and nothing else"

# 5. a signed year: refused until a revision is open
run -c "SELECT lkj.tandatangani('diskominfo', 2024, '2025-01-31')" >/dev/null
if sipd "${berkas[@]}" > "$w/tanda" 2>&1; then echo "a load into a signed year went through"; exit 1; fi
grep -q 'the LKj 2024 of unit "diskominfo" is signed: its figures cannot change' "$w/tanda" \
  || { cat "$w/tanda"; echo "signed year: not refused with 55000's message"; exit 1; }
run -c "SELECT lkj.buka_revisi('diskominfo', 2024, 'Realisasi SIPD dimuat ulang')" >/dev/null
sipd "${berkas[@]}" > /dev/null 2> "$w/revisi.err"
grep -q '^Disimpan: tambah 0, ubah 0, hapus 0, lewat 1\.$' "$w/revisi.err" || { cat "$w/revisi.err"; exit 1; }
echo "a signed year is refused; with a revision open the load goes through"
echo "t_sipd: ok"
