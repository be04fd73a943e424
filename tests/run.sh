#!/usr/bin/env bash
# tests/run.sh MAJOR: every test of lkj, each on a throw-away cluster.
#
# 1. the pg_regress suites (sql/*.sql against expected/*.out);
# 2. every tests/t_*.sh: what pg_regress cannot express (client drivers,
#    roles, dump and restore, fuzzing, upgrades); each gets a cluster of its
#    own and passes when it exits 0.
#
# Every cluster comes from tests/cluster.sh: a free port, the build
# installed once into this run's temporary directory (never machine-wide),
# and TMPDIR a directory of the test's own, removed after it; so runs in
# several checkouts can go side by side.  A t_*.sh writes its files with
# mktemp (or under $TMPDIR), never to a fixed path.
#
# Ends with one line "N passed, N failed", counting test files.
set -uo pipefail
cd "$(dirname "$0")/.."
V=${1:-15}
out=tests/out
rm -rf "$out"; mkdir -p "$out"

run_tmp=$(mktemp -d "${TMPDIR:-/tmp}/lkj-test.XXXXXX") || exit 1
trap 'rm -rf "$run_tmp"' EXIT
chmod 755 "$run_tmp"   # the servers (user postgres) read the install below it
if ! make --no-print-directory install DESTDIR="$run_tmp/install" >"$out/install.log" 2>&1; then
  cat "$out/install.log"; echo "0 passed, 1 failed"; exit 1
fi
export LKJ_DESTDIR=$run_tmp/install TMPDIR=$run_tmp

passed=0; failed=0; failures=()

# pg_regress prints one line per file: "test NAME ... ok" up to PostgreSQL 15,
# "ok N - NAME" / "not ok N - NAME" from 16 on.
tests/cluster.sh -v "$V" make --no-print-directory installcheck >"$out/regress.log" 2>&1
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
  if tests/cluster.sh -v "$V" "$t" >"$out/$name.log" 2>&1; then
    echo "test $name ... ok"; passed=$((passed + 1))
  else
    echo "test $name ... FAILED (tests/out/$name.log)"; tail -n 20 "$out/$name.log"
    failed=$((failed + 1)); failures+=("$t")
  fi
done

for f in "${failures[@]}"; do echo "failed: $f"; done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
