#!/bin/sh
# extension/assemble.sh: writes an extension script from the parts in this
# folder, to standard output.
#
#   assemble.sh install VERSION        lkj--VERSION.sql, the fresh install
#   assemble.sh upgrade FROM VERSION   lkj--FROM--VERSION.sql
#
# A part is a file NN_name.sql or NN_name--V.sql, read in the order of NN.
# NN_name--V.sql holds what is created once and then changed only by ALTER
# (types, operators, tables, built-in rows): the state release V brought.
# NN_name.sql holds what can be replaced (functions and views), written
# once for both scripts: the fresh install creates them, an upgrade turns
# their CREATE into CREATE OR REPLACE.  So an upgrade to V is
#   upgrade/FROM--V.sql  what must go before replacing (DROPs of objects
#                        whose signature or columns changed), if any,
#   every NN_name--V.sql part of release V,
#   every replaceable part,
#   every closing part.
# A closing part, akhir/NN_name.sql, runs last in both scripts, after every
# object exists in its final form: what must follow the replaceable parts
# (CREATE OR REPLACE VIEW resets a view's options, so the views' options are
# set there).  It runs in every install and every upgrade, so it must work
# whatever it finds: statements that hold when run twice.
# FROM is the release just before VERSION: older releases reach FROM through
# their released upgrade scripts (extension/released/), PostgreSQL follows the
# chain.  tests/t_upgrade.sh proves that the two scripts give the same objects.
set -eu
cd "$(dirname "$0")"

# version_le A B: whether version A is at most B, dot-separated numbers
version_le() {
  awk -v a="$1" -v b="$2" 'BEGIN {
    n = split(a, x, "."); m = split(b, y, "."); if (m > n) n = m
    for (i = 1; i <= n; i++) {
      if (x[i] + 0 < y[i] + 0) exit 0
      if (x[i] + 0 > y[i] + 0) exit 1
    }
    exit 0 }'
}

mode=$1
case $mode in
  install) version=$2; from= ;;
  upgrade) from=$2; version=$3 ;;
  *) echo "usage: $0 install VERSION | upgrade FROM VERSION" >&2; exit 2 ;;
esac

# A replaceable part must hold nothing an upgrade cannot replace.  Statements
# start at the beginning of a line, function bodies are indented.
for p in [0-9]*.sql; do
  case $p in *--*) continue ;; esac
  if grep -nEi '^CREATE[[:space:]]' "$p" | grep -viE '^[0-9]+:CREATE[[:space:]]+(FUNCTION|VIEW)[[:space:]]' >&2; then
    echo "$0: $p: a replaceable part creates only functions and views (above)" >&2
    exit 1
  fi
  if grep -nEi '^(INSERT|UPDATE|DELETE|ALTER|DROP|TRUNCATE)[[:space:]]' "$p" >&2; then
    echo "$0: $p: a replaceable part changes nothing but functions and views (above)" >&2
    exit 1
  fi
done

# A closing part runs in every script, so it creates nothing (a second run
# would fail): it changes what the parts before it made.
for p in akhir/[0-9]*.sql; do
  [ -e "$p" ] || continue
  if grep -nEi '^[[:space:]]*CREATE[[:space:]]' "$p" >&2; then
    echo "$0: $p: a closing part runs in every install and upgrade, so it creates nothing (above)" >&2
    exit 1
  fi
done

if [ "$mode" = install ]; then
  echo "/* lkj--$version.sql: assembled by extension/assemble.sh from extension/[0-9]*.sql; edit those */"
else
  echo "/* lkj--$from--$version.sql: assembled by extension/assemble.sh from extension/upgrade/$from--$version.sql and extension/[0-9]*.sql; edit those */"
fi
echo
if [ "$mode" = install ]; then
  printf '%s\n' '\echo Use "CREATE EXTENSION lkj" to load this file. \quit'
else
  printf '%s\n' "\\echo Use \"ALTER EXTENSION lkj UPDATE TO '$version'\" to load this file. \\quit"
fi

if [ "$mode" = upgrade ] && [ -f "upgrade/$from--$version.sql" ]; then
  printf '\n-- part: upgrade/%s--%s.sql\n\n' "$from" "$version"
  cat "upgrade/$from--$version.sql"
fi

for p in [0-9]*.sql; do
  case $p in
    *--*.sql)
      v=${p##*--}; v=${v%.sql}
      # a part of a later release belongs to a later script
      version_le "$v" "$version" || continue
      if [ "$mode" = upgrade ] && [ "$v" != "$version" ]; then
        if ! version_le "$v" "$from"; then
          echo "$0: $p: release $v lies between $from and $version: upgrade from $v" >&2
          exit 1
        fi
        continue
      fi
      printf '\n-- part: %s\n\n' "$p"
      cat "$p" ;;
    *)
      printf '\n-- part: %s\n\n' "$p"
      if [ "$mode" = install ]; then cat "$p"
      else sed -E 's/^CREATE[[:space:]]+(FUNCTION|VIEW)([[:space:]])/CREATE OR REPLACE \1\2/' "$p"
      fi ;;
  esac
done

# closing parts: last, in both scripts, unchanged
for p in akhir/[0-9]*.sql; do
  [ -e "$p" ] || continue
  printf '\n-- part: %s\n\n' "$p"
  cat "$p"
done
