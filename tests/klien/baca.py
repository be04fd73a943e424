"""tests/klien/baca.py: lkj's fact, dimension and roll-up views as Python BI
clients read them (issue 14): psycopg2 with pandas (read_sql with
coerce_float=False, so numerics arrive as decimal.Decimal) and psqlODBC
through unixODBC (pyodbc), each with the columns' metadata and comments.
Run by tests/t_klien.sh on Kunir 2024 after lkj.segarkan_rekap()."""
import decimal
import os
import sys
import warnings

import pandas
import psycopg2
import pyodbc

gagal = 0


def cek(benar, apa):
    global gagal
    print(("ok   " if benar else "FAIL ") + apa)
    if not benar:
        gagal += 1


# pandas warns that it was tested with SQLAlchemy only: a DBAPI connection
# is what a notebook hands it, and what it reads here
warnings.filterwarnings("ignore", message=".*SQLAlchemy.*")

pg = psycopg2.connect("")  # PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE
cur = pg.cursor()
cur.execute("""SELECT c.relname FROM pg_class c
                WHERE c.relnamespace = 'lkj'::regnamespace AND c.relkind = 'v'
                  AND c.relname ~ '^(fakta|dimensi|rekap)_' ORDER BY 1""")
views = [r[0] for r in cur.fetchall()]
cek(len(views) >= 9, "%d fact, dimension and roll-up views" % len(views))

# psycopg2 + pandas: every view whole, numerics as Decimal, every column
# with its comment (col_description: what \d+ and a BI tool's catalog show)
for v in views:
    df = pandas.read_sql("SELECT * FROM lkj.%s" % v, pg, coerce_float=False)
    cur.execute("""SELECT a.attname, format_type(a.atttypid, a.atttypmod),
                          col_description(a.attrelid, a.attnum)
                     FROM pg_attribute a
                    WHERE a.attrelid = ('lkj.' || %s)::regclass AND a.attnum > 0 AND NOT a.attisdropped
                    ORDER BY a.attnum""", (v,))
    meta = cur.fetchall()
    cek(list(df.columns) == [m[0] for m in meta] and len(df) > 0,
        "pandas read_sql lkj.%s: %d rows, %d columns" % (v, len(df), len(df.columns)))
    tanpa = [m[0] for m in meta if not m[2]]
    cek(not tanpa, "lkj.%s: every column commented%s" % (v, "" if not tanpa else ", not: " + ", ".join(tanpa)))
    for nama, tipe, _ in meta:
        if tipe == "numeric":
            bukan = [x for x in df[nama] if x is not None and not isinstance(x, decimal.Decimal)]
            if bukan:
                cek(False, "lkj.%s.%s arrives as %s, not Decimal" % (v, nama, type(bukan[0]).__name__))

df = pandas.read_sql("SELECT * FROM lkj.fakta_indikator WHERE instansi = %(u)s AND tahun = %(t)s"
                     " AND tingkat IN ('tujuan', 'sasaran') ORDER BY indikator",
                     pg, params={"u": "kunir", "t": 2024}, coerce_float=False)
# Tabel 9: 96,97 / 69,70 = 139,12%; 82,87 / 72,73 = 113,94%; 84,44 / 62,2 = 135,76%
cek(list(df["capaian"]) == [decimal.Decimal("139.12"), decimal.Decimal("113.94"), decimal.Decimal("135.76")],
    "pandas: Kunir 2024 capaian as Decimal %s" % list(df["capaian"]))
df = pandas.read_sql("SELECT * FROM lkj.rekap_tahun WHERE tingkat = 'nasional' AND tahun = 2024", pg,
                     coerce_float=False)
# (135,76 + 113,94 + 139,12) / 3 = 129,6067 -> 129,61; 1 560 338 808 / 1 622 941 244 = 96,14%
cek(df.loc[0, "rata_rata_capaian"] == decimal.Decimal("129.61") and df.loc[0, "penyerapan"] == decimal.Decimal("96.14"),
    "pandas: national roll-up 2024 %s, %s" % (df.loc[0, "rata_rata_capaian"], df.loc[0, "penyerapan"]))

# psqlODBC through unixODBC: the driver's own catalog (SQLColumns: names
# and types as the view has them), the descriptions from lkj.kamus_kolom
# (psqlODBC 13.02 leaves SQLColumns' REMARKS empty: it does not read
# pg_description), then the rows; numerics arrive as Decimal
od = pyodbc.connect("Driver={PostgreSQL Unicode};Servername=%s;Port=%s;Database=%s;Uid=%s;Pwd=%s"
                    % (os.environ.get("PGHOST", "localhost"), os.environ.get("PGPORT", "5432"),
                       os.environ.get("PGDATABASE", "postgres"), os.environ.get("PGUSER", "postgres"),
                       os.environ.get("PGPASSWORD", "")))
oc = od.cursor()
for v in views:
    kolom = oc.columns(table=v, schema="lkj").fetchall()
    kamus = oc.execute("SELECT kolom, keterangan FROM lkj.kamus_kolom WHERE view = ? ORDER BY urutan", v).fetchall()
    tanpa = [k.kolom for k in kamus if not k.keterangan]
    cek([k.column_name for k in kolom] == [k.kolom for k in kamus] and len(kolom) > 0 and not tanpa,
        "ODBC SQLColumns lkj.%s: %d columns, each described in lkj.kamus_kolom%s"
        % (v, len(kolom), "" if not tanpa else ", not: " + ", ".join(tanpa)))
    oc.execute("SELECT * FROM lkj.%s" % v)
    baris = oc.fetchall()
    jenis = {d[0]: d[1] for d in oc.description}
    cek(len(baris) > 0, "ODBC read lkj.%s: %d rows" % (v, len(baris)))
oc.execute("SELECT capaian FROM lkj.fakta_indikator WHERE instansi = ? AND tahun = ? AND indikator = ?",
           "kunir", 2024, "ipp")
nilai = oc.fetchone()[0]
cek(nilai == decimal.Decimal("135.76") and isinstance(nilai, decimal.Decimal), "ODBC: IPP 2024 capaian %r" % nilai)

print("all client checks passed" if gagal == 0 else "%d client check(s) failed" % gagal)
sys.exit(1 if gagal else 0)
