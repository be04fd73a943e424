#!/usr/bin/env bash
# tests/t_serentak.sh: several people entering one unit at once lose no row
# and no update (issue 10, item 6).  pgbench runs, all at the same time on
# Kecamatan Kunir (year 2025 of its Renstra 2024-2026):
#   tulis    4 clients, READ COMMITTED (what a client gets by default): each
#            transaction inserts one numbered program (an anggaran row) and
#            adds 1 to the counter program's realisasi and to a quarter's
#            realisasi of its indicator;
#   ulang    2 clients, REPEATABLE READ: each adds 1 to the indicator's
#            Renstra target and to a second counter program's anggaran_awal,
#            so that concurrent updates of one row fail with 40001 and pgbench
#            retries them (--max-tries).  Not the program the writers below
#            update: against four writers a retried repeatable-read
#            transaction can starve (its snapshot is stale again before it
#            reaches the row), a retry limit reached without a lost update;
#   baca     2 clients: laporan('kunir', 2024) and the budget views of 2025;
#   periksa  1 client: periksa('kunir') as of 1 January 2026;
#   setelan  2 clients, SERIALIZABLE: switch Lumajang's scale from 2025
#            between two built-in scales and count the switches.
# Then every counter must equal the transactions pgbench reports as done,
# the numbered programs must all be there, and no client may have a failed
# transaction (a serialization failure or deadlock retried until it went
# through is counted as retried, not failed).  Prints one summary line.
# Run by tests/run.sh inside pg_virtualenv.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

psql() { command psql -X -q -v ON_ERROR_STOP=1 -d lkj_serentak "$@"; }

createdb lkj_serentak
psql -c 'CREATE EXTENSION lkj'
psql -f data/kunir_2024.sql
psql <<'SQL'
CREATE SEQUENCE public.nomor;
CREATE TABLE public.hitung_setelan (n bigint NOT NULL);
INSERT INTO public.hitung_setelan VALUES (0);
INSERT INTO lkj.program (instansi, tahun, kode, no, nama, renstra, sasaran, anggaran_awal, realisasi)
VALUES ('kunir', 2025, 'hitung', 900, 'Program penghitung', '2024-2026', 1, 0, 0),
       ('kunir', 2025, 'hitung-ulang', 901, 'Program penghitung ulang', '2024-2026', 1, 0, 0);
INSERT INTO lkj.indikator (instansi, kode, uraian, satuan, tahun, program)
VALUES ('kunir', 'hitung', 'Indikator penghitung', 'Kali', 2025, 'hitung');
INSERT INTO lkj.realisasi (instansi, indikator, tahun, triwulan, nilai) VALUES ('kunir', 'hitung', 2025, 1, 0);
INSERT INTO lkj.target (instansi, indikator, tahun, dokumen, nilai) VALUES ('kunir', 'hitung', 2025, 'renstra', 0);
SQL

cat > "$tmp/tulis.sql" <<'SQL'
BEGIN;
INSERT INTO lkj.program (instansi, tahun, kode, no, nama, renstra, sasaran, anggaran_awal, realisasi)
SELECT 'kunir', 2025, 'b' || n.i, 1000 + n.i, 'Program uji ' || n.i, '2024-2026', 1, 1000, 0
  FROM (SELECT nextval('public.nomor') AS i) n;
UPDATE lkj.program SET realisasi = realisasi + 1 WHERE instansi = 'kunir' AND tahun = 2025 AND kode = 'hitung';
UPDATE lkj.realisasi SET nilai = nilai + 1
 WHERE instansi = 'kunir' AND indikator = 'hitung' AND tahun = 2025 AND triwulan = 1;
END;
SQL
cat > "$tmp/ulang.sql" <<'SQL'
BEGIN ISOLATION LEVEL REPEATABLE READ;
UPDATE lkj.target SET nilai = nilai + 1
 WHERE instansi = 'kunir' AND indikator = 'hitung' AND tahun = 2025 AND dokumen = 'renstra';
UPDATE lkj.program SET anggaran_awal = anggaran_awal + 1 WHERE instansi = 'kunir' AND tahun = 2025 AND kode = 'hitung-ulang';
END;
SQL
cat > "$tmp/baca.sql" <<'SQL'
SELECT length(lkj.laporan('kunir', 2024));
SELECT count(*), sum(anggaran) FROM lkj.anggaran_program WHERE instansi = 'kunir' AND tahun = 2025;
SELECT count(*) FROM lkj.capaian_indikator WHERE instansi = 'kunir' AND tahun = 2025;
SQL
cat > "$tmp/periksa.sql" <<'SQL'
SELECT count(*) FROM lkj.periksa('kunir', NULL, '2026-01-01');
SQL
cat > "$tmp/setelan.sql" <<'SQL'
BEGIN ISOLATION LEVEL SERIALIZABLE;
INSERT INTO lkj.setelan (pemda, berlaku_mulai_tahun, skala_kriteria)
VALUES ('lumajang', 2025, 'permendagri-86-2017')
ON CONFLICT ON CONSTRAINT setelan_lingkup_tahun_key DO UPDATE
   SET skala_kriteria = CASE WHEN setelan.skala_kriteria = 'lumajang' THEN 'permendagri-86-2017' ELSE 'lumajang' END;
UPDATE public.hitung_setelan SET n = n + 1;
END;
SQL

# name clients transactions-per-client script
jalan() {
  pgbench -n -c "$2" -j "$2" -t "$3" --max-tries=1000 -f "$tmp/$4.sql" lkj_serentak >"$tmp/$1.out" 2>"$tmp/$1.err"
}
laporan_sebelum=$(command psql -X -At -d lkj_serentak -c "SELECT md5(lkj.laporan('kunir', 2024))")
mulai=$(date +%s%N)
pids=()
# sized so that the writers run about as long as the readers (8-15 s on a
# shared 2-core machine)
jalan tulis 4 400 tulis & pids+=($!)
jalan ulang 2 200 ulang & pids+=($!)
jalan baca 2 6 baca & pids+=($!)
jalan periksa 1 6 periksa & pids+=($!)
jalan setelan 2 150 setelan & pids+=($!)
gagal=0
for p in "${pids[@]}"; do wait "$p" || gagal=1; done
ms=$(( ($(date +%s%N) - mulai) / 1000000 ))
for n in tulis ulang baca periksa setelan; do
  echo "--- $n"; cat "$tmp/$n.out"; grep -v '^pgbench: client [0-9]* .*\(serializ\|deadlock\|concurrent update\)' "$tmp/$n.err" || true
done
[ "$gagal" = 0 ] || { echo "a pgbench run failed"; exit 1; }

# what pgbench reports: transactions done, failed, retried
selesai() { sed -nE 's/^number of transactions actually processed: ([0-9]+).*/\1/p' "$tmp/$1.out"; }
gagal_tx() { sed -nE 's/^number of failed transactions: ([0-9]+).*/\1/p' "$tmp/$1.out"; }
ulang_tx() { sed -nE 's/^number of transactions retried: ([0-9]+).*/\1/p' "$tmp/$1.out"; }

read -r program realisasi anggaran target bernomor setelan < <(command psql -X -At -F ' ' -d lkj_serentak -c "
SELECT (SELECT realisasi FROM lkj.program WHERE instansi = 'kunir' AND tahun = 2025 AND kode = 'hitung'),
       (SELECT nilai FROM lkj.realisasi WHERE instansi = 'kunir' AND indikator = 'hitung' AND tahun = 2025 AND triwulan = 1),
       (SELECT anggaran_awal FROM lkj.program WHERE instansi = 'kunir' AND tahun = 2025 AND kode = 'hitung-ulang'),
       (SELECT nilai FROM lkj.target WHERE instansi = 'kunir' AND indikator = 'hitung' AND tahun = 2025 AND dokumen = 'renstra'),
       (SELECT count(*) FROM lkj.program WHERE instansi = 'kunir' AND tahun = 2025 AND kode LIKE 'b%'),
       (SELECT n FROM public.hitung_setelan)")

salah=0
cek() {  # what expected got; a count adds what is missing, anything else 1
  if [ "$2" != "$3" ]; then
    echo "lost: $1 is $3, expected $2"
    if [[ "$2$3" =~ ^[0-9]+$ ]] && [[ "$2" =~ ^[0-9]+$ ]] && [[ "$3" =~ ^[0-9]+$ ]]; then
      salah=$((salah + (${2} > ${3} ? ${2} - ${3} : ${3} - ${2})))
    else
      salah=$((salah + 1))
    fi
  fi
}
cek "numbered programs (rows)" "$(selesai tulis)" "$bernomor"
cek "program realisasi (updates)" "$(selesai tulis)" "$program"
cek "quarter realisasi (updates)" "$(selesai tulis)" "$realisasi"
cek "Renstra target (updates)" "$(selesai ulang)" "$target"
cek "program anggaran_awal (updates)" "$(selesai ulang)" "$anggaran"
cek "scale switches (updates)" "$(selesai setelan)" "$setelan"
jumlah_gagal=0; jumlah_ulang=0; jumlah=0
for n in tulis ulang baca periksa setelan; do
  jumlah=$((jumlah + $(selesai "$n")))
  jumlah_gagal=$((jumlah_gagal + $(gagal_tx "$n")))
  jumlah_ulang=$((jumlah_ulang + $(ulang_tx "$n")))
done
cek "transactions done" $((4 * 400 + 2 * 200 + 2 * 6 + 6 + 2 * 150)) "$jumlah"
cek "failed transactions" 0 "$jumlah_gagal"
# the report of 2024 is untouched by what was entered for 2025, scale included
cek "laporan 2024 (md5)" "$laporan_sebelum" "$(command psql -X -At -d lkj_serentak -c "SELECT md5(lkj.laporan('kunir', 2024))")"

echo "serentak: $jumlah transactions in $((ms / 1000)).$(( (ms % 1000) / 100 )) s by 11 clients (4 writers, 2 repeatable-read writers, 2 readers, 1 periksa, 2 serializable scale editors): $(selesai tulis) rows and $(( $(selesai tulis) * 2 + $(selesai ulang) * 2 + $(selesai setelan) )) increments, $salah lost, $jumlah_gagal failed, $jumlah_ulang retried"
[ "$salah" = 0 ]
