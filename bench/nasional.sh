#!/usr/bin/env bash
# bench/nasional.sh [N...]: for each N (default 50 5000), a throw-away cluster
# (tests/cluster.sh) with a national database of N units (bench/nasional.sql,
# five years each) and the measurements of issue 14 (bench/ukur.sql): P2 per
# report view and the whole report for one unit-year, P3 the national
# roll-up and its refresh, P4 periksa for one regency; then P2 of the
# largest N against the smallest.  Tab-separated lines: size, part, object,
# ms, rows, units.  Heavy: run it under nice.
#
#   nice -n 10 bench/nasional.sh 50 5000
set -euo pipefail
cd "$(dirname "$0")/.."
make --no-print-directory all >/dev/null
[ $# -gt 0 ] || set -- 50 5000
out=$(mktemp -d "${TMPDIR:-/tmp}/lkj-nasional.XXXXXX")
trap 'rm -rf "$out"' EXIT
for n in "$@"; do
  tests/cluster.sh psql -X -q -v ON_ERROR_STOP=1 -v n="$n" \
    -c 'CREATE EXTENSION lkj' -f bench/nasional.sql -f bench/ukur.sql 2>&1 |
    grep -v '^Creating new\|^Dropping cluster' | sed "s/^/$n\t/" | tee "$out/$n.tsv"
done
kecil=$1; besar=${!#}
if [ "$kecil" != "$besar" ]; then
  for o in 'every report view together' laporan; do
    a=$(awk -F'\t' -v o="$o" '$2 == "P2" && $3 == o {print $4}' "$out/$kecil.tsv")
    b=$(awk -F'\t' -v o="$o" '$2 == "P2" && $3 == o {print $4}' "$out/$besar.tsv")
    awk -v a="$a" -v b="$b" -v o="$o" -v k="$kecil" -v g="$besar" \
      'BEGIN { printf "P2 ratio %s: %s ms at %s units, %s ms at %s units, %.2fx\n", o, a, k, b, g, b / a }'
  done
fi
