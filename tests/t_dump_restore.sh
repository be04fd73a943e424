#!/usr/bin/env bash
# tests/t_dump_restore.sh: pg_dump keeps the rows planners enter (tables are
# registered with pg_extension_config_dump) and not the rows the extension
# ships (the built-in criteria scales), and a restored database prints the
# same report.  Run by tests/run.sh inside pg_virtualenv.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }

createdb lkj_asal
psql -d lkj_asal -c 'CREATE EXTENSION lkj'
psql -d lkj_asal -f data/kunir_2024.sql
# a scale a planner adds, which must survive, next to the built-in ones
psql -d lkj_asal -c "INSERT INTO lkj.skala_kriteria (nama, skala, keterangan)
  VALUES ('uji-dump', 'Sangat Baik > 90; Baik > 75; Cukup > 65; Kurang > 50; Sangat Kurang', 'test')"
# a check the regency registered (lkj.cek_pengguna), whose view lives
# outside lkj: the restore creates the view before it loads the registry,
# whose trigger admits it again
psql -d lkj_asal <<'SQL'
CREATE VIEW public.cek_kepala AS
SELECT pk.instansi, pk.tahun, 'Lampiran PK'::text AS tabel, 'kepala'::text AS kode,
       'peringatan'::text AS tingkat, 'perjanjian_kinerja ' || pk.jenis AS objek,
       'x'::text AS pesan, NULL::date AS berlaku_mulai
  FROM lkj.perjanjian_kinerja pk;
INSERT INTO lkj.cek_pengguna VALUES ('kepala', 'public.cek_kepala');
SQL
# an auditor's findings (lkj.temuan_audit): periksa's saved, and one of its own
psql -d lkj_asal <<'SQL'
SELECT lkj.simpan_temuan('kunir', 2024, '2025-01-01');
INSERT INTO lkj.temuan_audit (instansi, tahun, tingkat, pesan, dicatat_oleh, dicatat_pada)
VALUES ('kunir', 2024, 'peringatan', 'Tabel 3 belum lengkap', 'inspektorat', '2025-02-03 10:00+07');
SQL

snapshot() {
  psql -d "$1" -At <<'SQL'
SELECT 'skala', nama, skala::text, bawaan FROM lkj.skala_kriteria ORDER BY nama;
SELECT 'capaian', indikator, tahun, target, realisasi, capaian, kriteria
  FROM lkj.capaian_indikator WHERE instansi = 'kunir' ORDER BY indikator, tahun;
SELECT 'cek', kode, nama_view::text FROM lkj.cek_pengguna ORDER BY kode;
SELECT 'temuan_audit', asal, kode, objek, per_tanggal, dicatat_oleh, dicatat_pada, id
  FROM lkj.temuan_audit ORDER BY id;
SELECT 'temuan', kode, objek FROM lkj.periksa('kunir', 2024, '2025-01-01') ORDER BY kode, objek;
SELECT 'rows', (SELECT count(*) FROM lkj.program), (SELECT count(*) FROM lkj.kegiatan),
       (SELECT count(*) FROM lkj.indikator), (SELECT count(*) FROM lkj.target),
       (SELECT count(*) FROM lkj.realisasi), (SELECT count(*) FROM lkj.pegawai),
       (SELECT count(*) FROM lkj.sarana), (SELECT count(*) FROM lkj.dokumen_desa);
SQL
}

snapshot lkj_asal > "$tmp/asal.txt"
pg_dump -Fc -d lkj_asal -f "$tmp/lkj.dump"
createdb lkj_pulih
pg_restore --exit-on-error -d lkj_pulih "$tmp/lkj.dump"
snapshot lkj_pulih > "$tmp/pulih.txt"

if ! diff -u "$tmp/asal.txt" "$tmp/pulih.txt"; then
  echo "restored database differs from the original"; exit 1
fi
# A parallel restore, in the three steps README gives (Signing and
# revisions, Restore): the extension's tables have their foreign keys
# before the data, so the data section runs with the triggers off.
createdb lkj_paralel
pg_restore --exit-on-error --section=pre-data -d lkj_paralel "$tmp/lkj.dump"
pg_restore --exit-on-error --section=data -j 2 --disable-triggers -d lkj_paralel "$tmp/lkj.dump"
pg_restore --exit-on-error --section=post-data -j 2 -d lkj_paralel "$tmp/lkj.dump"
snapshot lkj_paralel > "$tmp/paralel.txt"
if ! diff -u "$tmp/asal.txt" "$tmp/paralel.txt"; then
  echo "database restored in parallel differs from the original"; exit 1
fi

grep -q '^skala|uji-dump|' "$tmp/pulih.txt" || { echo "planner's scale lost"; exit 1; }
[ "$(grep -c '^skala|' "$tmp/pulih.txt")" -eq 3 ] || { echo "built-in scales duplicated or lost"; exit 1; }
grep -q '^cek|kepala|cek_kepala$' "$tmp/pulih.txt" || { echo "registered check lost"; exit 1; }
[ "$(grep -c '^temuan|kepala|' "$tmp/pulih.txt")" -eq 2 ] || { echo "registered check does not run after restore"; exit 1; }
grep -q '^capaian|ipp|2024|62.2|84.44|135.76|' "$tmp/pulih.txt" || { echo "Tabel 8 capaian lost"; exit 1; }
grep -q '^temuan_audit|auditor||.*|inspektorat|' "$tmp/pulih.txt" || { echo "an auditor's finding lost"; exit 1; }
[ "$(grep -c '^temuan_audit|periksa|' "$tmp/pulih.txt")" -eq "$(grep -c '^temuan|' "$tmp/pulih.txt")" ] || { echo "saved findings lost"; exit 1; }
echo "dump and restore (serial, and parallel in three sections) keep $(wc -l < "$tmp/pulih.txt") lines of data identical"
