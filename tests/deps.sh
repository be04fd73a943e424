#!/usr/bin/env bash
# tests/deps.sh: install the Debian packages that building and testing lkj
# need, and only those that are missing (so a prepared machine is not touched).
set -euo pipefail

PG_MAJOR=${PG_MAJOR:-15}
packages=(
  gcc make libc6-dev
  "postgresql-$PG_MAJOR" "postgresql-server-dev-$PG_MAJOR" postgresql-common
  default-jdk-headless libpostgresql-jdbc-java   # tests/t_jdbc.sh: what a BI tool sees
  python3-psycopg2 python3-pandas                 # tests/t_klien.sh: pandas read_sql, numerics as Decimal; tools/lkj-muat, tools/lkj-sipd
  unixodbc odbc-postgresql python3-pyodbc         # tests/t_klien.sh: psqlODBC through unixODBC
  python3-openpyxl                                # tools/lkj-muat, tools/lkj-templat, tests/t_muat.sh
  weasyprint fonts-liberation python3-docx python3-cairosvg   # make laporan: PDF and DOCX of lkj.dokumen
  chromium poppler-utils                         # tests/t_dokumen.sh: the HTML in a browser, the PDF's text and pages
  gettext locales                                # po/: msgfmt builds lkj's Indonesian catalog; sql/pesan_id.sql needs id_ID.UTF-8
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "missing packages: ${missing[*]}; run as root to install them" >&2
    exit 1
  fi
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# sql/pesan_id.sql reads lkj's errors with lc_messages = 'id_ID.UTF-8': the
# server's setlocale() needs that locale generated on the machine.  Enabled
# in /etc/locale.gen so that a later locale-gen keeps it.
if ! locale -a 2>/dev/null | grep -qix 'id_ID\.utf-\?8'; then
  if [ "$(id -u)" != 0 ]; then
    echo "locale id_ID.UTF-8 missing; run as root to generate it" >&2
    exit 1
  fi
  echo "generating locale id_ID.UTF-8"
  if grep -q '^# *id_ID\.UTF-8 UTF-8' /etc/locale.gen; then
    sed -i 's/^# *\(id_ID\.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  elif ! grep -q '^id_ID\.UTF-8 UTF-8' /etc/locale.gen; then
    echo 'id_ID.UTF-8 UTF-8' >> /etc/locale.gen
  fi
  locale-gen >/dev/null
fi
