#!/usr/bin/env bash
# tests/cluster.sh [-v MAJOR] COMMAND [ARG...]: run COMMAND against a
# throw-away PostgreSQL cluster of its own that has this checkout's build
# installed, e.g.  tests/cluster.sh make installcheck REGRESS=capaian
#
# Made so that any number of runs can share the machine (other checkouts,
# other CI jobs) without a lock and without touching what they use:
# - the build is installed with `make install DESTDIR=...` into a temporary
#   directory, which the server reads first through Debian's
#   extension_destdir setting (control and script files and $libdir/lkj.so
#   alike), never into the machine-wide PostgreSQL directories.  LKJ_DESTDIR
#   names such an install to reuse (tests/run.sh installs once for all);
# - the cluster listens on a free port of its own (pg_virtualenv would give
#   every cluster 5432, and the second one fails to start) and keeps its
#   socket and its pid file in the run's directory, not in
#   /var/run/postgresql: pg_ctlcluster would name the pid file
#   15-regress.pid there for every throw-away cluster, and judges from it
#   whether "the" cluster runs;
# - COMMAND runs with TMPDIR set to a directory of its own: whatever it
#   writes there (mktemp, pg_virtualenv's cluster) is removed afterwards.
# pg_virtualenv sets PGHOST, PGPORT, PGUSER, PGPASSWORD for COMMAND.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
V=15
if [ "${1:-}" = -v ]; then V=$2; shift 2; fi
[ $# -gt 0 ] || { echo "usage: $0 [-v MAJOR] COMMAND [ARG...]" >&2; exit 2; }

top=$(mktemp -d "${TMPDIR:-/tmp}/lkj-cluster.XXXXXX")
trap 'rm -rf "$top"' EXIT
# The server runs as postgres (pg_virtualenv as root): it must reach what
# lies below, and the installed files are readable by all.
chmod 755 "$top"
if [ -z "${LKJ_DESTDIR:-}" ]; then
  make -C "$repo" --no-print-directory install DESTDIR="$top/install" >/dev/null
  LKJ_DESTDIR=$top/install
fi
owner=$(id -un); [ "$owner" = root ] && owner=postgres

# A port nothing listens on, below the range the kernel hands out to
# outgoing connections, drawn at random so that runs started together
# hardly ever draw the same one; when they do, one cluster fails to start
# and is retried below on another port.
free_port() {
  local lo p
  read -r lo _ < /proc/sys/net/ipv4/ip_local_port_range
  for p in $(shuf -i "10000-$((lo - 1))" -n 50); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  echo "no free port found" >&2; return 1
}

for attempt in 1 2 3 4 5; do
  port=$(free_port)
  rm -rf "$top/socket"; mkdir -p "$top/socket" "$top/tmp"
  chown "$owner" "$top/socket"
  rm -f "$top/started"
  rc=0
  TMPDIR=$top/tmp PGPORT=$port pg_virtualenv -t -v "$V" \
    -o "extension_destdir=$LKJ_DESTDIR" -o "unix_socket_directories=$top/socket" \
    -o "external_pid_file=$top/socket/$V-regress.pid" \
    sh -c ': > "$0" && exec "$@"' "$top/started" "$@" || rc=$?
  # COMMAND ran: its exit status is the answer
  [ -e "$top/started" ] && exit "$rc"
  echo "tests/cluster.sh: no cluster on port $port (attempt $attempt), trying another port" >&2
done
exit 1
