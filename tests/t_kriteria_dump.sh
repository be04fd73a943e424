#!/usr/bin/env bash
# tests/t_kriteria_dump.sh: a dump keeps the criteria scales a planner adds to
# lkj.skala_kriteria and leaves out the built-in ones, which CREATE EXTENSION
# brings back on restore; lkj.skala values survive the dump as text.
# Run by tests/run.sh on a throw-away cluster (pg_virtualenv sets PG*).
set -euo pipefail

src=lkj_kriteria_dump_src
dst=lkj_kriteria_dump_dst
dump=$(mktemp)
trap 'rm -f "$dump"' EXIT
run() { psql -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }

run -c "CREATE DATABASE $src" -c "CREATE DATABASE $dst"
run -d "$src" <<'SQL'
CREATE EXTENSION lkj;
INSERT INTO lkj.skala_kriteria (nama, skala, keterangan) VALUES
  ('kabupaten-contoh', 'Sangat Baik ≥ 87.5; Baik > 75; Cukup >= 62.5; Kurang > 50; Sangat Kurang', 'uji');
CREATE TABLE public.pakai (nama text, s lkj.skala);
INSERT INTO public.pakai SELECT nama, skala FROM lkj.skala_kriteria;
SQL

pg_dump -Fc -d "$src" -f "$dump"
rows=$(pg_restore -f - --data-only -t skala_kriteria "$dump")
grep -q '^kabupaten-contoh	' <<<"$rows" || { echo "the planner's scale is not in the dump"; exit 1; }
if grep -Eq '^(lumajang|permendagri-86-2017)	' <<<"$rows"; then
  echo "a built-in scale is in the dump"; exit 1
fi

pg_restore -d "$dst" "$dump"
q="SELECT nama, skala, keterangan, bawaan FROM lkj.skala_kriteria ORDER BY nama;
   SELECT nama, s FROM public.pakai ORDER BY nama;
   SELECT lkj.kriteria(80, 'kabupaten-contoh'), lkj.label_kriteria(62.5, 'kabupaten-contoh'), lkj.kriteria(90)"
diff <(run -d "$src" -c "$q") <(run -d "$dst" -c "$q")
run -d "$dst" -c "$q"
echo "dump and restore keep the planner's scale and the built-in ones"
