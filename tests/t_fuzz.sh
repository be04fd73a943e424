#!/usr/bin/env bash
# tests/t_fuzz.sh: random and mutated input against every parser of lkj
# (parse_angka, the skala type's text input and binary receive) and random
# values against the arithmetic.  A parser may only ever answer with a value
# or with its documented SQLSTATE (22P02 syntax, 22023 bad value, 22003 out
# of range; for binary input 22P03, 22021 bad UTF-8 and 08P01, the protocol's own "insufficient data left in message"); anything else (another error, a crash) fails the test, and so
# does any arithmetic result that differs from an exact reference.
# Run by tests/run.sh inside pg_virtualenv; the seed is fixed, so a failure
# can be replayed.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }

psql -c 'CREATE EXTENSION lkj'

psql -At <<'SQL' | tee "$tmp/out.txt"
SELECT setseed(0.42);
CREATE TEMP TABLE hasil (uji text, sqlstate text, n bigint);

-- parse_angka: strings over the characters numbers are pasted with
DO $$
DECLARE
    alphabet text[] := ARRAY['0','1','2','5','9','.',',','-','+','%',' ','Rp','Rp.',',-','N/A','e','E',
                             chr(160),'1.234','.000','00',',5','x','(',')','١'];
    s text; st text; i int; k int;
BEGIN
    FOR i IN 1..20000 LOOP
        s := '';
        FOR k IN 1..(1 + floor(random() * 8))::int LOOP
            s := s || alphabet[1 + floor(random() * array_length(alphabet, 1))::int];
        END LOOP;
        BEGIN
            PERFORM lkj.parse_angka(s);
            st := 'ok';
        EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE;
        END;
        INSERT INTO hasil VALUES ('parse_angka', st, 1);
    END LOOP;
END $$;

-- skala text input: mutated scales
DO $$
DECLARE
    parts text[] := ARRAY['Sangat Tinggi','Tinggi',' > ',' >= ','≥','90','75,5','75.5','-1','1e9',';',
                          'NaN','Infinity','',' ','Rendah','Sangat Rendah','999999999999999999999',';;','>',
                          ' - ','-','–','<','<=','≤','=','%','100','; di luar skala: galat','; di luar skala: Lain'];
    valid text := 'Sangat Tinggi > 90; Tinggi > 75; Sedang >= 65.5; Rendah > 50; Sangat Rendah';
    s text; st text; i int; k int; p int;
BEGIN
    FOR i IN 1..20000 LOOP
        s := '';
        IF i % 2 = 0 THEN
            -- a valid scale with a few characters replaced, inserted or dropped
            s := valid;
            FOR k IN 1..(1 + floor(random() * 3))::int LOOP
                p := 1 + floor(random() * length(s))::int;
                s := CASE floor(random() * 3)::int
                       WHEN 0 THEN overlay(s PLACING substr(' ;>=9.-,xT', 1 + floor(random() * 10)::int, 1) FROM p FOR 1)
                       WHEN 1 THEN overlay(s PLACING substr(' ;>=9.-,xT', 1 + floor(random() * 10)::int, 1) FROM p FOR 0)
                       ELSE overlay(s PLACING '' FROM p FOR 1) END;
            END LOOP;
        ELSE
            FOR k IN 1..(1 + floor(random() * 14))::int LOOP
                s := s || parts[1 + floor(random() * array_length(parts, 1))::int];
            END LOOP;
        END IF;
        BEGIN
            PERFORM s::lkj.skala;
            st := 'ok';
        EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE;
        END;
        INSERT INTO hasil VALUES ('skala_in', st, 1);
    END LOOP;
END $$;

-- arithmetic against an exact reference: capaian, penyerapan, format/parse
CREATE TEMP TABLE angka AS
SELECT round((random() * 10 ^ (random() * 12))::numeric, (random() * 6)::int) AS t,
       round(((random() - 0.2) * 10 ^ (random() * 12))::numeric, (random() * 6)::int) AS r
  FROM generate_series(1, 50000);
INSERT INTO hasil
SELECT 'capaian', CASE WHEN lkj.capaian(t, r) IS NOT DISTINCT FROM
                            CASE WHEN t = 0 THEN CASE WHEN r = 0 THEN 100.00 END
                                 ELSE round(r * 100 / t, 2) END
                       THEN 'ok' ELSE 'MISMATCH' END, 1 FROM angka;
INSERT INTO hasil
SELECT 'capaian negatif', CASE WHEN lkj.capaian(t, r, 'negatif') IS NOT DISTINCT FROM
                            CASE WHEN t = 0 THEN CASE WHEN r = 0 THEN 100.00 END
                                 ELSE round((2 * t - r) * 100 / t, 2) END
                       THEN 'ok' ELSE 'MISMATCH' END, 1 FROM angka;
INSERT INTO hasil
SELECT 'penyerapan', CASE WHEN lkj.penyerapan(t, abs(r)) IS NOT DISTINCT FROM
                            CASE WHEN t <> 0 THEN round(abs(r) * 100 / t, 2) END
                       THEN 'ok' ELSE 'MISMATCH' END, 1 FROM angka;
INSERT INTO hasil
SELECT 'format/parse', CASE WHEN lkj.parse_angka(lkj.format_angka(r)) = r
                             AND scale(lkj.parse_angka(lkj.format_angka(r))) = scale(r)
                       THEN 'ok' ELSE 'MISMATCH' END, 1 FROM angka;

SELECT uji, sqlstate, sum(n) FROM hasil GROUP BY 1, 2 ORDER BY 1, 2;
SQL

# skala binary receive: a valid value's bytes, mutated, fed back through COPY
psql -c "CREATE TABLE s (v lkj.skala)" \
     -c "INSERT INTO s VALUES ('Sangat Tinggi > 90; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah')" \
     -c "\\copy s TO '$tmp/s.bin' (FORMAT binary)"
perl -e '
  use strict; srand(42);
  open(my $f, "<:raw", $ARGV[0]) or die; local $/; my $b = <$f>; close $f;
  # header 19 bytes, then int16 field count, int32 length, data, then int16 -1 trailer
  my $len = unpack("N", substr($b, 21, 4)); my $data = substr($b, 25, $len);
  for my $i (1..300) {
    my $d = $data;
    for (1..(1 + int(rand(4)))) {
      my $op = int(rand(3)); my $pos = int(rand(length($d) + 1));
      if ($op == 0 && length $d) { substr($d, $pos % length($d), 1) = chr(int(rand(256))) }
      elsif ($op == 1) { substr($d, $pos, 0) = chr(int(rand(256))) }
      elsif (length $d) { substr($d, $pos % length($d), 1) = "" }
    }
    open(my $o, ">:raw", "$ARGV[1]/m$i.bin") or die;
    print $o substr($b, 0, 19), pack("n", 1), pack("N", length $d), $d, pack("n", 0xFFFF);
    close $o;
  }' "$tmp/s.bin" "$tmp"
recv_ok=0; recv_err=0; recv_bad=0
for f in "$tmp"/m*.bin; do
  if out=$(command psql -X -q -v ON_ERROR_STOP=1 -v VERBOSITY=verbose \
          -c "\\set VERBOSITY verbose" -c "\\copy s FROM '$f' (FORMAT binary)" 2>&1); then
    recv_ok=$((recv_ok + 1))
  elif grep -qE 'ERROR: +(22P03|22021|22023|22003)' <<<"$out"; then
    recv_err=$((recv_err + 1))
  else
    recv_bad=$((recv_bad + 1)); echo "unexpected answer to $f: $out"
  fi
done
echo "skala_recv: $recv_ok accepted, $recv_err rejected with a documented SQLSTATE, $recv_bad otherwise"
# every value that went in must print and read back as itself
psql -At -c "SELECT count(*) FROM s WHERE v::text::lkj.skala::text <> v::text" | grep -qx 0 \
  || { echo "a received skala does not round-trip through text"; exit 1; }

bad=$(grep -vE '^(parse_angka\|(ok|22P02|22003)|skala_in\|(ok|22P02|22023|22003)|[a-z /]+\|ok)\|[0-9]+$' "$tmp/out.txt" || true)
if [ -n "$bad" ] || [ "$recv_bad" -gt 0 ]; then
  echo "unexpected results:"; echo "$bad"; exit 1
fi
psql -At -c 'SELECT 1' >/dev/null   # the server is still up
echo "fuzzing found nothing"
