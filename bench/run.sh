#!/usr/bin/env bash
# bench/run.sh [MAJOR]: build and run bench/capaian.sql on a throw-away
# cluster of its own (tests/cluster.sh, like `make test`).
set -euo pipefail
cd "$(dirname "$0")/.."
V=${1:-$(pg_config --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')}
make --no-print-directory all >/dev/null
tests/cluster.sh -v "$V" psql -X -q -v ON_ERROR_STOP=1 -f bench/capaian.sql
