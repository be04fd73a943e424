#!/usr/bin/env bash
# tests/t_tanda_dump.sh: a dump and restore keeps the signed versions, the
# revisions, the facts behind them and the history, trips no lock and
# records no history of its own (issue 11; README, Signing and revisions).
# Kunir 2024 signed, reopened, changed by its operator and signed again,
# then dumped and restored three ways: custom format by pg_restore, the
# same in one transaction (--single-transaction), and a plain script read
# by psql.  (Not pg_restore -j: the extension's tables exist with their
# foreign keys before the data comes, so parallel jobs loading a child
# before its parent fail for every table of lkj, signed or not.)  Each restored database must give the same versions,
# revisions, facts, history (every column, in order), status and reports,
# still refuse a change to the signed year, and number the next history
# row after the restored ones.  Run by tests/run.sh inside pg_virtualenv.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }

createdb tanda_asal
psql -d tanda_asal -c 'CREATE EXTENSION lkj' -f data/kunir_2024.sql
psql -d tanda_asal <<'SQL'
SELECT count(*) FROM lkj.siapkan_peran();
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tanda_budi') THEN CREATE ROLE tanda_budi LOGIN; END IF;
END $$;
SELECT lkj.beri_akses('tanda_budi', 'lkj_operator', instansi => 'kunir');
SET ROLE tanda_budi;
SELECT lkj.tandatangani('kunir', 2024, '2025-01-31');
SELECT lkj.buka_revisi('kunir', 2024, 'Realisasi IPP triwulan IV dikoreksi');
UPDATE lkj.realisasi SET nilai = 22.11 WHERE instansi = 'kunir' AND indikator = 'ipp' AND tahun = 2024 AND triwulan = 4;
SELECT lkj.tandatangani('kunir', 2024, '2025-02-10');
-- 2023 signed too, and left under revision: its status must survive
SELECT lkj.tandatangani('kunir', 2023, '2024-01-15');
SELECT lkj.buka_revisi('kunir', 2023, 'Data 2023 dilengkapi');
RESET ROLE;
SQL

snapshot() {
  psql -d "$1" -At <<'SQL'
SELECT 'versi', instansi, tahun, versi, tanggal, penanda_nama, penanda_nip, alasan, digest, md5(teks), dicatat_oleh, dicatat_pada
  FROM lkj.versi_laporan ORDER BY 2, 3, 4;
SELECT 'revisi', r.* FROM lkj.revisi_laporan r ORDER BY 2, 3, 4;
SELECT 'fakta', instansi, tahun, versi, count(*), md5(string_agg(tabel || kunci::text || baris::text, '|' ORDER BY tabel, kunci::text))
  FROM lkj.fakta_versi GROUP BY 2, 3, 4 ORDER BY 2, 3, 4;
SELECT 'riwayat', count(*), max(id), md5(string_agg(h::text, '|' ORDER BY id)) FROM lkj.riwayat h;
SELECT 'status', s.* FROM lkj.status_laporan s WHERE instansi = 'kunir' ORDER BY tahun;
SELECT 'laporan', v, md5(lkj.laporan('kunir', 2024, v)) FROM unnest(ARRAY['tertanda', 'draf', '1', '2']) v;
SELECT 'laporan 2023', md5(lkj.laporan('kunir', 2023)), md5(lkj.laporan('kunir', 2023, 'draf'));
SELECT 'beda', b.* FROM lkj.beda_versi('kunir', 2024, 1, 2) b;
SQL
}

snapshot tanda_asal >"$tmp/asal.txt"
grep -q '^versi|kunir|2024|2|' "$tmp/asal.txt" || { cat "$tmp/asal.txt"; echo "t_tanda_dump: version 2 not signed"; exit 1; }

pg_dump -Fc -d tanda_asal -f "$tmp/lkj.dump"
pg_dump -Fp -d tanda_asal -f "$tmp/lkj.sql"
createdb tanda_pulih;  pg_restore --exit-on-error -d tanda_pulih "$tmp/lkj.dump"
createdb tanda_satu; pg_restore --exit-on-error --single-transaction -d tanda_satu "$tmp/lkj.dump"
createdb tanda_skrip; psql -d tanda_skrip -f "$tmp/lkj.sql" >/dev/null

maks=$(sed -n 's/^riwayat|[0-9]*|\([0-9]*\)|.*/\1/p' "$tmp/asal.txt")
for db in tanda_pulih tanda_satu tanda_skrip; do
  snapshot "$db" >"$tmp/$db.txt"
  if ! diff -u "$tmp/asal.txt" "$tmp/$db.txt"; then
    echo "t_tanda_dump: $db differs from the original (above)"; exit 1
  fi
  # still locked, and the next history row comes after the restored ones
  if psql -d "$db" -c "UPDATE lkj.realisasi SET nilai = 1 WHERE instansi = 'kunir' AND tahun = 2024" 2>"$tmp/err"; then
    echo "t_tanda_dump: $db: the signed year 2024 is not locked after the restore"; exit 1
  fi
  grep -q 'is signed' "$tmp/err" || { cat "$tmp/err"; echo "t_tanda_dump: $db: not the lock's error"; exit 1; }
  psql -d "$db" -c "INSERT INTO lkj.kebutuhan_pegawai (instansi, tahun, jumlah) VALUES ('kunir', 2025, 19)"
  [ "$(psql -d "$db" -At -c "SELECT count(*) FROM lkj.riwayat WHERE id > $maks AND tabel = 'kebutuhan_pegawai' AND tahun = 2025")" = 1 ] \
    || { echo "t_tanda_dump: $db: the next history row is not numbered after the restored ones"; exit 1; }
done
echo "t_tanda_dump: custom, single-transaction and plain restores keep $(grep -c '^versi|' "$tmp/asal.txt") versions, $(grep -c '^revisi|' "$tmp/asal.txt") revisions and $(sed -n 's/^riwayat|\([0-9]*\)|.*/\1/p' "$tmp/asal.txt") history rows identical; the signed year stays locked"
