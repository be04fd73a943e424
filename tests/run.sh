#!/usr/bin/env bash
# tests/run.sh MAJOR: every test of lkj, each on a throw-away cluster.
#
# 1. the pg_regress suites (sql/*.sql against expected/*.out), through
#    pg_virtualenv, so it works as root and leaves no server behind;
# 2. every tests/t_*.sh: what pg_regress cannot express (client drivers,
#    roles, dump and restore, fuzzing); each gets a cluster of its own and
#    passes when it exits 0.
#
# Ends with one line "N passed, N failed", counting test files.
set -uo pipefail
cd "$(dirname "$0")/.."
V=${1:-15}
out=tests/out
rm -rf "$out"; mkdir -p "$out"

passed=0; failed=0; failures=()

# pg_regress prints one line per file: "test NAME ... ok" up to PostgreSQL 15,
# "ok N - NAME" / "not ok N - NAME" from 16 on.
pg_virtualenv -t -v "$V" make --no-print-directory installcheck >"$out/regress.log" 2>&1
rc=$?
cat "$out/regress.log"
while read -r verdict name; do
  if [ "$verdict" = ok ]; then passed=$((passed + 1))
  else failed=$((failed + 1)); failures+=("sql/$name.sql"); fi
done < <(sed -nE \
  -e 's/^(test +)?([A-Za-z0-9_]+) +\.\.\. +(ok|FAILED|failed)( .*)?$/\3 \2/p' \
  -e 's/^(ok|not ok) +[0-9]+ +[-+] +([A-Za-z0-9_]+).*$/\1 \2/p' "$out/regress.log" \
  | sed -E 's/^(FAILED|failed|not ok) /fail /')
if [ "$rc" != 0 ] && [ "$failed" = 0 ]; then
  failed=$((failed + 1)); failures+=("pg_regress (exit $rc, see $out/regress.log)")
fi
[ -f regression.diffs ] && cp regression.diffs "$out/"

for t in tests/t_*.sh; do
  [ -e "$t" ] || continue
  name=$(basename "$t" .sh)
  if pg_virtualenv -t -v "$V" "$t" >"$out/$name.log" 2>&1; then
    echo "test $name ... ok"; passed=$((passed + 1))
  else
    echo "test $name ... FAILED (tests/out/$name.log)"; tail -n 20 "$out/$name.log"
    failed=$((failed + 1)); failures+=("$t")
  fi
done

for f in "${failures[@]}"; do echo "failed: $f"; done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
