#!/usr/bin/env bash
# tests/t_layout.sh: the README's Layout section names every file of the
# repository and nothing that is not there, so a newcomer can find where a
# thing lives by reading it, and the list cannot drift from the tree.
#
# An entry is the first `code span` of a line of the Layout section that
# starts with "- " or "| ": a path, a glob (* does not cross /, as in the
# shell) or a folder ending in / (everything below it).  Every tracked file
# must fall under an entry, and every entry must cover a tracked file.
# Needs no server; tests/run.sh runs it like the others.
set -euo pipefail
cd "$(dirname "$0")/.."


entries=$(awk '
  /^## Layout/ { inside = 1; next }
  inside && /^## / { exit }
  inside && /^(- |\| )`/ { s = $0; sub(/^[^`]*`/, "", s); sub(/`.*$/, "", s); print s }
' README.md)
[ -n "$entries" ] || { echo "t_layout: README.md has no Layout section with entries"; exit 1; }

# The tracked files; outside a git checkout (a release tarball) every file
# but what .gitignore names as built or test output.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  files=$(git ls-files)
else
  files=$(find . -type f ! -path './.git/*' ! -path './build/*' ! -path './results/*' ! -path './tests/out/*' \
            ! -path './log/*' ! -name '*.o' ! -name '*.so' ! -name '*.bc' ! -name 'regression.*' | sed 's|^\./||' | sort)
fi
status=0
covered() {  # covered ENTRY FILE
  case $1 in
    */) [ "${2#"$1"}" != "$2" ] ;;
    *) [[ $2 == $1 ]] && [ "$(tr -cd / <<<"$2")" = "$(tr -cd / <<<"$1")" ] ;;
  esac
}
while IFS= read -r f; do
  hit=
  while IFS= read -r e; do covered "$e" "$f" && { hit=1; break; }; done <<<"$entries"
  [ -n "$hit" ] || { echo "t_layout: $f is not in README.md's Layout section"; status=1; }
done <<<"$files"
while IFS= read -r e; do
  hit=
  while IFS= read -r f; do covered "$e" "$f" && { hit=1; break; }; done <<<"$files"
  [ -n "$hit" ] || { echo "t_layout: README.md's Layout names $e, which is not in the repository"; status=1; }
done <<<"$entries"
[ $status = 0 ] && echo "t_layout: $(wc -l <<<"$entries") entries of README.md's Layout cover all $(wc -l <<<"$files") tracked files"
exit $status
