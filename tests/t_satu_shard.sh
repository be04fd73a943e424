#!/usr/bin/env bash
# tests/t_satu_shard.sh: the single-shard claim of README "Beyond one machine:
# Citus".  On a generated national database of 400 units x 5 years
# (bench/nasional.sql) after ANALYZE, every report view, fact view and
# lkj.capaian_sasaran asked for one unit-year (WHERE instansi = ... AND
# tahun = ...) is planned without a sequential scan of a unit-owned table: a
# table with an instansi column but the reference tables (the hierarchy
# instansi, the settings setelan, the grants akses; pemda, kementerian and
# the scales have no unit column).  A table of fewer than 10 pages (80 kB)
# may be scanned whole where the planner finds it cheaper (indikator_tahun,
# empty here; tujuan, 400 units' in 3 pages), if the scan still filters on
# the unit: on Citus that filter routes it to the unit's shard.  So on Citus, with the unit-owned tables
# distributed by instansi, such a query is routed to one shard.  Plans are
# read as the owner, without row security: the policies' own lookups are
# the reference tables'.  Run by tests/run.sh on a throw-away cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
run() { psql -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }

run -v n=400 -c 'CREATE EXTENSION lkj' -f bench/nasional.sql >/dev/null
out=$(run <<'SQL'
CREATE TEMP TABLE milik_unit AS
SELECT c.relname::text AS tabel
  FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'instansi' AND NOT a.attisdropped
 WHERE c.relnamespace = 'lkj'::regnamespace AND c.relkind = 'r'
   AND c.relname NOT IN ('setelan', 'akses');
-- the sequential scans of unit-owned tables that break the claim: of a
-- table of 10 pages or more, or without the unit in their filter
CREATE FUNCTION pg_temp.pindai_seq(pertanyaan text, unit text) RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
    rencana jsonb;
BEGIN
    EXECUTE 'EXPLAIN (FORMAT JSON) ' || pertanyaan INTO rencana;
    RETURN QUERY
    SELECT DISTINCT format('%s (%s pages%s)', s->>'Relation Name', c.relpages,
                          CASE WHEN strpos(COALESCE(s->>'Filter', ''), quote_literal(unit)) = 0
                               THEN ', not filtered on the unit' ELSE '' END)
      FROM jsonb_path_query(rencana, 'strict $.**') AS s
      JOIN pg_class c ON c.relname = s->>'Relation Name' AND c.relnamespace = 'lkj'::regnamespace
     WHERE jsonb_typeof(s) = 'object' AND s->>'Node Type' = 'Seq Scan'
       AND s->>'Relation Name' IN (SELECT tabel FROM milik_unit)
       AND (c.relpages >= 10 OR strpos(COALESCE(s->>'Filter', ''), quote_literal(unit)) = 0);
END
$$;
SELECT count(*) FROM milik_unit;
SELECT format('%s: %s', v.relname, string_agg(t, ', ' ORDER BY t))
  FROM pg_class v
 CROSS JOIN LATERAL pg_temp.pindai_seq(format('SELECT * FROM lkj.%I WHERE instansi = %L AND tahun = 2024',
                                              v.relname, 'u00123'), 'u00123') AS t
 WHERE v.relnamespace = 'lkj'::regnamespace AND v.relkind = 'v'
   AND v.relname ~ '^(tabel_|lampiran_|ringkasan_|fakta_|capaian_sasaran$)'
 GROUP BY v.relname ORDER BY v.relname;
SELECT 'views: ' || count(*) FROM pg_class v
 WHERE v.relnamespace = 'lkj'::regnamespace AND v.relkind = 'v'
   AND v.relname ~ '^(tabel_|lampiran_|ringkasan_|fakta_|capaian_sasaran$)';
SQL
)
echo "$out"
units=$(run -c 'SELECT count(*) FROM lkj.instansi')
[ "$units" -ge 400 ] || { echo "only $units units"; exit 1; }
if grep -q ' pages' <<<"$out"; then
  echo "t_satu_shard: a view for one unit-year scans a unit-owned table sequentially (above)"
  exit 1
fi
echo "t_satu_shard: $units units, no report or fact view for one unit-year scans a unit-owned table sequentially"
