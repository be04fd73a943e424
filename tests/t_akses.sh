#!/usr/bin/env bash
# tests/t_akses.sh: the access matrix of issue 10.  Every role of lkj,
# through a login role granted it by lkj.beri_akses, against every table,
# view and function of lkj (listed from the catalog, so a new object is a
# new line), reading and writing the rows of three units:
#   kunir       its own unit (data/kunir_2024.sql, pemda lumajang),
#   diskominfo  another unit of its pemda (data/diskominfo_2024.sql),
#   lain        a unit of another pemda (jember), Kunir's rows copied here.
# Lumajang is put in a province (jatim), jember in none.  The logins: ani
# lkj_admin; sari lkj_perencana on pemda lumajang; budi lkj_operator on
# kunir; audi lkj_auditor on the province jatim (so its kabupaten); dewi
# lkj_pembaca on kunir; and joko, lkj_operator on lain, so that lain has a
# grant for the others not to see.  Two logins hold several roles, so that a
# write policy that used the units a login reads (instead of those its
# writing role covers) shows: rudi lkj_operator on kunir, lkj_pembaca on
# diskominfo and lkj_perencana on pemda jember (lain's); tari lkj_auditor on
# diskominfo and lkj_operator on lain.  Each unit has a finding
# (lkj.temuan_audit) recorded by audi.
#
# A cell, per target unit:
#   Y  rows seen (read: SELECT count(*) of the unit's rows > 0) or changed
#      (write: UPDATE of the unit's rows setting a column to itself)
#   n  none seen or changed: row security hides them (for a call: the
#      unit looks as if it did not exist, 42704)
#   x  refused: no privilege, or row security's WITH CHECK (42501)
#   .  the owner sees no such rows either: nothing to tell
#   -  not tried (a view is not written to)
# A table's or view's line: jenis name, then per role read/write as
# "sendiri sepemda lain"; a function's: per role whether it may EXECUTE it;
# the calls of laporan, periksa, salin_tahun and simpan_temuan (the last two
# write): per role and unit.  The expected cells
# are tests/akses_matriks.txt, written by hand from the rules of README
# (Sharing one database), not from the policies.  Prints the allowed and
# denied counts and the surprises (cells that differ), which must be 0.
# Run by tests/run.sh inside pg_virtualenv.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }

createdb akses
psql -d akses -c 'CREATE EXTENSION lkj' -f data/kunir_2024.sql -f data/diskominfo_2024.sql
psql -d akses <<'SQL'
-- the unit of another pemda: Kunir's rows under the kode lain, every
-- table keyed by instansi copied from the catalog, parents first
INSERT INTO lkj.pemda (kode, nama, skala_kriteria) VALUES ('jember', 'Kabupaten Jember', 'lumajang');
INSERT INTO lkj.pemda (kode, nama, jenis) VALUES ('jatim', 'Provinsi Jawa Timur', 'provinsi');
UPDATE lkj.pemda SET provinsi = 'jatim' WHERE kode = 'lumajang';
INSERT INTO lkj.setelan (pemda, berlaku_mulai_tahun, skala_kriteria) VALUES ('jember', 1990, 'lumajang');
INSERT INTO lkj.instansi (kode, pemda, nama, jenis, alamat, kepala_jabatan, kepala_nama, kepala_nip, label_pppk)
SELECT 'lain', 'jember', 'Kecamatan Lain', jenis, alamat, kepala_jabatan, kepala_nama, kepala_nip, label_pppk
  FROM lkj.instansi WHERE kode = 'kunir';
SET session_replication_role = replica;   -- copy in any order: no FK, no trigger
SELECT format('INSERT INTO lkj.%I (%s) SELECT %s FROM lkj.%I WHERE instansi = %L',
              c.relname,
              string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum),
              string_agg(CASE WHEN a.attname = 'instansi' THEN '''lain''' ELSE quote_ident(a.attname) END, ', ' ORDER BY a.attnum),
              c.relname, 'kunir')
  FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
 WHERE c.relnamespace = 'lkj'::regnamespace AND c.relkind = 'r' AND c.relname NOT IN ('instansi', 'akses')
   AND EXISTS (SELECT FROM pg_attribute i WHERE i.attrelid = c.oid AND i.attname = 'instansi')
 GROUP BY c.relname
\gexec
RESET session_replication_role;
-- a scale of each pemda, for the planners' scope
INSERT INTO lkj.skala_kriteria (nama, skala, pemda) VALUES
  ('lumajang-uji', 'A > 90; B > 75; C', 'lumajang'), ('jember-uji', 'A > 90; B > 75; C', 'jember');

SELECT count(*) AS peran FROM lkj.siapkan_peran();
CREATE ROLE ani LOGIN; CREATE ROLE sari LOGIN; CREATE ROLE budi LOGIN;
CREATE ROLE audi LOGIN; CREATE ROLE dewi LOGIN; CREATE ROLE joko LOGIN;
CREATE ROLE rudi LOGIN; CREATE ROLE tari LOGIN;
SELECT lkj.beri_akses('ani', 'lkj_admin');
SET ROLE ani;   -- lkj_admin grants the others
SELECT lkj.beri_akses('sari', 'lkj_perencana', pemda => 'lumajang');
SELECT lkj.beri_akses('budi', 'lkj_operator', instansi => 'kunir');
SELECT lkj.beri_akses('audi', 'lkj_auditor', pemda => 'jatim');
SELECT lkj.beri_akses('dewi', 'lkj_pembaca', instansi => 'kunir');
SELECT lkj.beri_akses('joko', 'lkj_operator', instansi => 'lain');
SELECT lkj.beri_akses('rudi', 'lkj_operator', instansi => 'kunir');
SELECT lkj.beri_akses('rudi', 'lkj_pembaca', instansi => 'diskominfo');
SELECT lkj.beri_akses('rudi', 'lkj_perencana', pemda => 'jember');
SELECT lkj.beri_akses('tari', 'lkj_auditor', instansi => 'diskominfo');
SELECT lkj.beri_akses('tari', 'lkj_operator', instansi => 'lain');
RESET ROLE;
-- a finding of audi's on each unit
INSERT INTO lkj.temuan_audit (instansi, tahun, tingkat, pesan, dicatat_oleh)
SELECT u, 2024, 'peringatan', 'Tabel 3 belum lengkap', 'audi' FROM unnest(ARRAY['kunir', 'diskominfo', 'lain']) u;

-- the test's own schema: the objects, the cells, a probe
CREATE SCHEMA uji;
GRANT USAGE ON SCHEMA uji TO PUBLIC;
CREATE TABLE uji.hasil (peran text, jenis text, objek text, sel text);
GRANT INSERT ON uji.hasil TO PUBLIC;
-- the three units' parents, as the test made them (lkj.instansi would
-- hide them from a role that does not read the unit)
CREATE TABLE uji.unit (kode text, pemda text, kementerian text);
INSERT INTO uji.unit VALUES ('kunir', 'lumajang', NULL), ('diskominfo', 'lumajang', NULL), ('lain', 'jember', NULL);
GRANT SELECT ON uji.unit TO PUBLIC;
CREATE TABLE uji.objek AS
SELECT CASE c.relkind WHEN 'r' THEN 'tabel' ELSE 'view' END AS jenis, c.relname::text AS objek,
       CASE WHEN a.attname IS NOT NULL THEN 'instansi = $1'
            WHEN c.relname = 'instansi' THEN 'kode = $1'
            WHEN c.relname = 'pemda' THEN 'kode = (SELECT u.pemda FROM uji.unit u WHERE u.kode = $1)'
            WHEN c.relname = 'kementerian' THEN 'kode = (SELECT u.kementerian FROM uji.unit u WHERE u.kode = $1)'
            WHEN c.relname = 'skala_kriteria' THEN 'pemda = (SELECT u.pemda FROM uji.unit u WHERE u.kode = $1)'
            ELSE 'true' END AS lingkup
  FROM pg_depend d JOIN pg_class c ON c.oid = d.objid
  LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'instansi'
 WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'lkj') AND c.relkind IN ('r', 'v');
-- akses and setelan hold a unit's rows and its pemda's: both
UPDATE uji.objek SET lingkup = 'instansi = $1 OR pemda = (SELECT u.pemda FROM uji.unit u WHERE u.kode = $1)'
 WHERE objek IN ('akses', 'setelan');
GRANT SELECT ON uji.objek TO PUBLIC;
-- the number of rows a statement sees or changes, rolled back; x if refused
CREATE FUNCTION uji.coba(q text, unit text, tulis boolean) RETURNS text LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
    BEGIN
        IF tulis THEN EXECUTE q USING unit; GET DIAGNOSTICS n = ROW_COUNT;
        ELSE EXECUTE q INTO n USING unit; END IF;
        RAISE EXCEPTION USING ERRCODE = 'P0099', MESSAGE = n::text;
    EXCEPTION
        WHEN SQLSTATE 'P0099' THEN RETURN CASE WHEN SQLERRM::bigint > 0 THEN 'Y' ELSE 'n' END;
        WHEN insufficient_privilege THEN RETURN 'x';
        WHEN undefined_object THEN RETURN 'n';
        WHEN OTHERS THEN RETURN 'E' || SQLSTATE;
    END;
END $$;
-- one role's cells: every table and view read and written, every function
-- executable, laporan and periksa called, for the three units
CREATE FUNCTION uji.isi() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    o record;
    u text;
    baca text;
    tulis text;
    salin text;
    simpan text;
    dok text;
    kolom text;
BEGIN
    FOR o IN SELECT * FROM uji.objek LOOP
        baca := ''; tulis := '';
        SELECT quote_ident(a.attname) INTO kolom FROM pg_attribute a
         WHERE a.attrelid = ('lkj.' || quote_ident(o.objek))::regclass AND a.attnum > 0
           AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum LIMIT 1;
        FOREACH u IN ARRAY ARRAY['kunir', 'diskominfo', 'lain'] LOOP
            baca := baca || uji.coba(format('SELECT count(*) FROM lkj.%I WHERE %s', o.objek, o.lingkup), u, false);
            tulis := tulis || CASE WHEN o.jenis = 'view' THEN '-'
                                   ELSE uji.coba(format('UPDATE lkj.%I SET %s = %s WHERE %s', o.objek, kolom, kolom, o.lingkup), u, true) END;
        END LOOP;
        INSERT INTO uji.hasil VALUES (current_user, o.jenis, o.objek, baca || '/' || tulis);
    END LOOP;
    INSERT INTO uji.hasil
    SELECT current_user, 'fungsi', p.oid::regprocedure::text,
           CASE WHEN has_function_privilege(p.oid, 'EXECUTE') THEN 'Y' ELSE 'x' END
      FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass
     WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
       AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'lkj');
    baca := ''; tulis := ''; salin := ''; simpan := ''; dok := '';
    FOREACH u IN ARRAY ARRAY['kunir', 'diskominfo', 'lain'] LOOP
        baca := baca || uji.coba('SELECT count(*) FROM lkj.laporan($1, 2024) l WHERE l <> ''''', u, false);
        dok := dok || uji.coba('SELECT count(*) FROM lkj.dokumen($1, 2024) d WHERE d <> ''''', u, false);
        tulis := tulis || uji.coba('SELECT count(*) FROM lkj.periksa($1, 2024, ''2025-06-30'')', u, false);
        -- the functions that write: rows copied, findings saved
        salin := salin || uji.coba('SELECT COALESCE(sum(s.disalin), 0) FROM lkj.salin_tahun($1, 2024, 2026) s', u, false);
        simpan := simpan || uji.coba('SELECT lkj.simpan_temuan($1, 2024, ''2025-06-30'')', u, false);
    END LOOP;
    INSERT INTO uji.hasil VALUES (current_user, 'panggil', 'dokumen(instansi, 2024)', dok),
                                 (current_user, 'panggil', 'laporan(instansi, 2024)', baca),
                                 (current_user, 'panggil', 'periksa(instansi, 2024)', tulis),
                                 (current_user, 'panggil', 'salin_tahun(instansi, 2024, 2026)', salin),
                                 (current_user, 'panggil', 'simpan_temuan(instansi, 2024)', simpan);
END $$;
SQL

# the owner first (it bypasses row security: what there is to see), then
# every login role
for r in postgres ani sari budi audi dewi rudi tari; do
  if [ "$r" = postgres ]; then psql -d akses -c 'SELECT uji.isi()' >/dev/null
  else psql -d akses -c "SET ROLE $r" -c 'SELECT uji.isi()' >/dev/null; fi
done

# the matrix: a cell where the owner sees nothing becomes "."
psql -d akses -At -F ' ' >"$tmp/matriks" <<'SQL'
WITH p AS (SELECT h.*, o.sel AS pemilik FROM uji.hasil h
             JOIN uji.hasil o ON o.peran = 'postgres' AND o.jenis = h.jenis AND o.objek = h.objek
            WHERE h.peran <> 'postgres'),
     s AS (SELECT peran, jenis, objek,
                  string_agg(CASE WHEN jenis IN ('tabel', 'view') AND substr(pemilik, k, 1) = 'n' AND substr(sel, k, 1) <> '/'
                                  THEN '.' ELSE substr(sel, k, 1) END, '' ORDER BY k) AS sel
             FROM p, generate_series(1, length(p.sel)) k GROUP BY 1, 2, 3)
SELECT rpad(jenis, 8) || rpad(objek, 70) || ' ' ||
       string_agg(sel, ' ' ORDER BY array_position(ARRAY['ani', 'sari', 'budi', 'audi', 'dewi', 'rudi', 'tari'], peran))
  FROM s GROUP BY jenis, objek
 ORDER BY array_position(ARRAY['tabel', 'view', 'fungsi', 'panggil'], jenis), objek COLLATE "C";
SQL
{ grep -v '^#' tests/akses_matriks.txt || true; } | sed 's/ *$//' >"$tmp/harap"
sed 's/ *$//' "$tmp/matriks" >"$tmp/hasil"
boleh=$(cut -c80- "$tmp/hasil" | tr -cd Y | wc -c)
tolak=$(cut -c80- "$tmp/hasil" | tr -cd nx | wc -c)
kejutan=$(diff "$tmp/harap" "$tmp/hasil" | grep -c '^>' || true)
echo "t_akses: $(wc -l <"$tmp/hasil") objects x 7 logins: $boleh cells allowed, $tolak denied, $kejutan surprises"
if ! diff -u --label "expected (tests/akses_matriks.txt)" --label "actual" "$tmp/harap" "$tmp/hasil"; then
  echo "t_akses: the matrix differs from tests/akses_matriks.txt (above)"; exit 1
fi
echo "t_akses: 0 surprises"

# What the functions refuse, each with its SQLSTATE (README, Errors).
psql -d akses -At -v VERBOSITY=sqlstate -v ON_ERROR_STOP=0 >"$tmp/galat" 2>&1 <<'SQL'
CREATE ROLE kelompok NOLOGIN;
SELECT lkj.beri_akses('budi', 'lkj_tamu', instansi => 'kunir');
SELECT lkj.beri_akses('kelompok', 'lkj_operator', instansi => 'kunir');
SELECT lkj.beri_akses('budi', 'lkj_operator');
SELECT lkj.beri_akses('budi', 'lkj_operator', instansi => 'kunir', pemda => 'lumajang');
SELECT lkj.beri_akses('ani', 'lkj_admin', pemda => 'lumajang');
SELECT lkj.beri_akses('tidak_ada', 'lkj_operator', instansi => 'kunir');
SELECT lkj.beri_akses('budi', 'lkj_operator', instansi => 'kunyit');
-- budi cannot grant, nor see diskominfo to grant it
SET ROLE budi;
SELECT lkj.beri_akses('budi', 'lkj_operator', instansi => 'diskominfo');
SELECT lkj.beri_akses('budi', 'lkj_operator', instansi => 'kunir');
INSERT INTO lkj.akses (peran_login, peran, instansi) VALUES ('budi', 'lkj_operator', 'diskominfo');
-- an operator moving its row to another unit, or inserting there
UPDATE lkj.sarana SET instansi = 'lain' WHERE instansi = 'kunir';
INSERT INTO lkj.kebutuhan_pegawai (instansi, tahun, jumlah) VALUES ('lain', 2030, 1);
RESET ROLE;
-- a role of lkj's name with more power
ALTER ROLE lkj_pembaca LOGIN;
SELECT * FROM lkj.siapkan_peran();
ALTER ROLE lkj_pembaca NOLOGIN;
GRANT pg_read_all_data TO lkj_operator;
SELECT * FROM lkj.siapkan_peran();
REVOKE pg_read_all_data FROM lkj_operator;
-- no CREATEROLE
SET ROLE ani;
SELECT * FROM lkj.siapkan_peran();
RESET ROLE;
-- revoking: the grant goes, then the role with its last scope
SELECT lkj.cabut_akses('joko', 'lkj_operator', instansi => 'lain');
SELECT pg_has_role('joko', 'lkj_operator', 'MEMBER');
SELECT lkj.cabut_akses('joko', 'lkj_operator', instansi => 'lain');
SQL
cat >"$tmp/galat.harap" <<'EOF2'
ERROR:  22023
ERROR:  22023
ERROR:  22023
ERROR:  22023
ERROR:  22023
ERROR:  42704
ERROR:  42704
ERROR:  42704
ERROR:  42501
ERROR:  42501
ERROR:  42501
ERROR:  42501
ERROR:  42710
ERROR:  42710
ERROR:  42501
t
f
f
EOF2
if ! diff -u --label expected --label actual "$tmp/galat.harap" <(grep -v '^$' "$tmp/galat" | sed 's/^psql:[^ ]* //'); then
  cat "$tmp/galat"; echo "t_akses: a refusal above is not the expected one"; exit 1
fi
echo "t_akses: 15 refusals with their SQLSTATE, revoking"

# The findings (lkj.temuan_audit): who writes which column, and saving
# periksa's findings.  audi audits jatim (kunir's province), budi operates
# kunir, dewi reads kunir, tari audits diskominfo and operates lain.
psql -d akses -At -v VERBOSITY=sqlstate -v ON_ERROR_STOP=0 >"$tmp/temuan" 2>&1 <<'SQL'
SET ROLE audi;
-- periksa's findings on Kunir as of 30 June 2025, saved in audi's name
SELECT lkj.simpan_temuan('kunir', 2024, '2025-06-30') = (SELECT count(*) FROM lkj.periksa('kunir', 2024, '2025-06-30'));
SELECT count(*) > 0 FROM lkj.temuan_audit WHERE asal = 'periksa' AND per_tanggal = '2025-06-30' AND dicatat_oleh = 'audi';
-- in another's name; on a unit outside jatim (lain is jember's)
INSERT INTO lkj.temuan_audit (instansi, tahun, tingkat, pesan, dicatat_oleh) VALUES ('kunir', 2024, 'info', 'a', 'budi');
INSERT INTO lkj.temuan_audit (instansi, tahun, tingkat, pesan) VALUES ('lain', 2024, 'info', 'a');
SELECT lkj.simpan_temuan('lain', 2024);   -- periksa does not see lain: 42704
SELECT lkj.simpan_temuan(NULL, 2024);
-- a saved check without its code
INSERT INTO lkj.temuan_audit (instansi, tahun, asal, tingkat, pesan) VALUES ('kunir', 2024, 'periksa', 'info', 'a');
RESET ROLE;
SET ROLE budi;
-- the operator answers; may not rewrite the finding, close it, add or delete one
UPDATE lkj.temuan_audit SET jawaban = 'Tabel 3 dilengkapi, lihat nota dinas 12/2025', status = 'dijawab' WHERE asal = 'auditor';
SELECT status, dijawab_oleh FROM lkj.temuan_audit WHERE asal = 'auditor';
UPDATE lkj.temuan_audit SET status = 'dijawab', jawaban = '' WHERE asal = 'auditor';
UPDATE lkj.temuan_audit SET pesan = 'tidak ada' WHERE asal = 'auditor';
UPDATE lkj.temuan_audit SET status = 'ditutup' WHERE asal = 'auditor';
INSERT INTO lkj.temuan_audit (instansi, tahun, tingkat, pesan) VALUES ('kunir', 2024, 'info', 'a');
DELETE FROM lkj.temuan_audit WHERE asal = 'auditor';
RESET ROLE;
-- tari holds UPDATE on every column (lkj_auditor) and operates lain: on
-- lain's finding, which audi recorded, still only the answer
SET ROLE tari;
UPDATE lkj.temuan_audit SET pesan = 'tidak ada' WHERE instansi = 'lain';
UPDATE lkj.temuan_audit SET dicatat_oleh = 'tari' WHERE instansi = 'lain';
RESET ROLE;
-- the auditor closes its finding; then the operator cannot reopen it
SET ROLE audi;
UPDATE lkj.temuan_audit SET status = 'ditutup', catatan = 'Diterima.' WHERE asal = 'auditor' AND instansi = 'kunir' RETURNING status, ditutup_oleh;
RESET ROLE;
SET ROLE budi;
UPDATE lkj.temuan_audit SET status = 'terbuka' WHERE asal = 'auditor';
RESET ROLE;
SET ROLE dewi;
SELECT count(*) FROM lkj.temuan_audit;
SQL
cat >"$tmp/temuan.harap" <<'EOF2'
t
t
ERROR:  42501
ERROR:  42501
ERROR:  42704
ERROR:  22004
ERROR:  23514
dijawab|budi
ERROR:  23514
ERROR:  42501
ERROR:  42501
ERROR:  42501
ERROR:  42501
ERROR:  42501
ERROR:  42501
ditutup|audi
ERROR:  42501
0
EOF2
if ! diff -u --label expected --label actual "$tmp/temuan.harap" <(grep -v '^$' "$tmp/temuan" | sed 's/^psql:[^ ]* //'); then
  cat "$tmp/temuan"; echo "t_akses: a finding's rule above does not hold"; exit 1
fi
echo "t_akses: findings: 13 refusals, answered and closed by whom they may"

# lkj.akses_instansi remembers its answer for a role, a word and a snapshot
# (src/akses.c).  Each case below would show a unit too many or too few if
# the answer outlived what it depends on: a grant in the same transaction
# (a new command), a grant undone by ROLLBACK TO SAVEPOINT, another
# session's grant committed between two statements (READ COMMITTED: a new
# snapshot; REPEATABLE READ keeps the old one, as it must), another role in
# the same snapshot.  dewi reads kunir; tari audits diskominfo and operates lain.
psql -d akses -At -v ON_ERROR_STOP=1 >"$tmp/ingat" 2>&1 <<'SQL'
CREATE FUNCTION pg_temp.unit() RETURNS text LANGUAGE sql
  RETURN (SELECT string_agg(DISTINCT instansi, ',' ORDER BY instansi) FROM lkj.realisasi);
GRANT EXECUTE ON FUNCTION pg_temp.unit() TO PUBLIC;
BEGIN;
SET ROLE dewi; SELECT 'sama transaksi', pg_temp.unit(); RESET ROLE;
SELECT lkj.beri_akses('dewi', 'lkj_pembaca', instansi => 'diskominfo');
SET ROLE dewi; SELECT 'sama transaksi, diberi', pg_temp.unit(); RESET ROLE;
ROLLBACK;
BEGIN;
SET ROLE dewi; SELECT 'savepoint', pg_temp.unit(); RESET ROLE;
SAVEPOINT s;
SELECT lkj.beri_akses('dewi', 'lkj_pembaca', instansi => 'diskominfo');
SET ROLE dewi; SELECT 'savepoint, diberi', pg_temp.unit(); RESET ROLE;
ROLLBACK TO SAVEPOINT s;
SET ROLE dewi; SELECT 'savepoint, dibatalkan', pg_temp.unit(); RESET ROLE;
ROLLBACK;
BEGIN;
SET ROLE dewi; SELECT 'read committed', pg_temp.unit();
\! psql -X -q -d akses -c "SELECT lkj.beri_akses('dewi', 'lkj_pembaca', instansi => 'diskominfo')" >/dev/null
SELECT 'read committed, sesi lain memberi', pg_temp.unit();
RESET ROLE;
COMMIT;
\! psql -X -q -d akses -c "SELECT lkj.cabut_akses('dewi', 'lkj_pembaca', instansi => 'diskominfo')" >/dev/null
BEGIN ISOLATION LEVEL REPEATABLE READ;
SET ROLE dewi; SELECT 'repeatable read', pg_temp.unit();
\! psql -X -q -d akses -c "SELECT lkj.beri_akses('dewi', 'lkj_pembaca', instansi => 'diskominfo')" >/dev/null
SELECT 'repeatable read, sesi lain memberi', pg_temp.unit();
RESET ROLE;
SET ROLE tari; SELECT 'repeatable read, peran lain', pg_temp.unit(); RESET ROLE;
COMMIT;
SET ROLE dewi; SELECT 'sesudahnya', pg_temp.unit(); RESET ROLE;
SELECT lkj.cabut_akses('dewi', 'lkj_pembaca', instansi => 'diskominfo');
SQL
cat >"$tmp/ingat.harap" <<'EOF2'
sama transaksi|kunir
sama transaksi, diberi|diskominfo,kunir
savepoint|kunir
savepoint, diberi|diskominfo,kunir
savepoint, dibatalkan|kunir
read committed|kunir
read committed, sesi lain memberi|diskominfo,kunir
repeatable read|kunir
repeatable read, sesi lain memberi|kunir
repeatable read, peran lain|diskominfo,lain
sesudahnya|diskominfo,kunir
EOF2
if ! diff -u --label expected --label actual "$tmp/ingat.harap" <(grep '|' "$tmp/ingat"); then
  cat "$tmp/ingat"; echo "t_akses: akses_instansi's remembered answer outlived what it depends on"; exit 1
fi
echo "t_akses: akses_instansi's answer follows grants in the transaction, savepoints, other sessions and roles"
