#!/usr/bin/env bash
# bench/run.sh [MAJOR]: build, install and run bench/capaian.sql on a
# throw-away cluster, holding the install lock like `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
V=${1:-$(pg_config --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')}
make --no-print-directory all >/dev/null
flock -o /tmp/lkj-install.lock sh -c \
  "make --no-print-directory install >/dev/null && pg_virtualenv -t -v $V psql -X -q -v ON_ERROR_STOP=1 -f bench/capaian.sql"
