#!/usr/bin/env bash
# tests/t_jdbc.sh: lkj's views as a BI tool reads them over JDBC (PostgreSQL's
# own driver from Debian).  Run by tests/run.sh inside pg_virtualenv.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=/usr/share/java/postgresql.jar
[ -r "$jar" ] || { echo "missing $jar (libpostgresql-jdbc-java)"; exit 1; }
psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION lkj' -f data/kunir_2024.sql -c 'SELECT lkj.segarkan_rekap()'
# The driver connects over TCP: pg_virtualenv gives the cluster a password.
export PGHOST=localhost
# The JVM writes its perf data to /tmp/hsperfdata_<user> whatever TMPDIR
# says: turned off, and its other temporary files go to this test's TMPDIR.
java -XX:-UsePerfData -Djava.io.tmpdir="${TMPDIR:-/tmp}" -cp "$jar" tests/jdbc/BacaView.java
