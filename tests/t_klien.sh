#!/usr/bin/env bash
# tests/t_klien.sh: the fact, dimension and roll-up views through Python
# clients from Debian (tests/klien/baca.py): psycopg2 with pandas, and
# psqlODBC through unixODBC with pyodbc; each view read whole, with its
# columns' comments.  Run by tests/run.sh inside a throw-away cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
py=/usr/bin/python3   # Debian's, which has the packages (not a pyenv's)
"$py" -c 'import psycopg2, pandas, pyodbc' || { echo "missing python3-psycopg2, python3-pandas or python3-pyodbc (tests/deps.sh)"; exit 1; }
odbcinst -q -d -n 'PostgreSQL Unicode' >/dev/null || { echo "missing odbc-postgresql (tests/deps.sh)"; exit 1; }
psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION lkj' -f data/kunir_2024.sql -c 'SELECT lkj.segarkan_rekap()' >/dev/null
# psqlODBC connects over TCP: pg_virtualenv gives the cluster a password
export PGHOST=localhost
"$py" tests/klien/baca.py
