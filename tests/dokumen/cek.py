#!/usr/bin/python3
"""tests/dokumen/cek.py: what tests/t_dokumen.sh checks in one unit's files.

  cek.py tabel TXT HTML [DOCX] [PDF]
      every table of lkj.laporan's text (TXT), in order and cell by cell, is
      the HTML's table in the same place, the Word file's, and runs in the
      same order through the PDF's text (pdftotext -raw; whitespace left out,
      since a cell may wrap, and Unicode compatibility forms folded, since
      a font may set "fi" as one glyph).  Read here from the text itself,
      not through lkj.dokumen_tabel, so that a fault there shows.
  cek.py browser DOM TXT
      the results the probe script left in Chromium's DOM (t_dokumen.sh):
      every BAB, every table, every chart, both PK appendices, no table or
      chart wider than its page.
Prints one line per check and exits 1 on the first file that fails.
"""
import html.parser
import json
import re
import subprocess
import sys
import unicodedata


def laporan_tables(text):
    tables = []
    for block in text.split('\n\n'):
        lines = block.split('\n')
        if not lines[0].startswith('|'):
            continue
        rows = []
        for i, line in enumerate(l for l in lines if l.startswith('|')):
            if i == 1:
                continue            # the delimiter row
            cells = re.split(r'(?<!\\)\|', line.strip())[1:-1]
            rows.append([c.strip().replace('\\|', '|') for c in cells])
        tables.append(rows)
    return tables


class HtmlTables(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.row, self.cell = [], None, None

    def handle_starttag(self, tag, attrs):
        if tag == 'table':
            self.tables.append([])
        elif tag == 'tr':
            self.row = []
        elif tag in ('td', 'th'):
            self.cell = ''

    def handle_endtag(self, tag):
        if tag in ('td', 'th'):
            self.row.append(self.cell.strip())
            self.cell = None
        elif tag == 'tr':
            self.tables[-1].append(self.row)

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def docx_tables(path):
    import docx
    d = docx.Document(path)
    out = []
    for t in d.tables:
        rows = [[c.text for c in r.cells] for r in t.rows]
        # the signature blocks are borderless tables of their own
        if rows and rows[0] and rows[0][0].startswith('Pihak Kedua'):
            continue
        out.append(rows)
    return out


def fold(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))


def gagal(msg):
    print('FAIL ' + msg)
    sys.exit(1)


def cek_urutan(nama, ref, got):
    if len(ref) != len(got):
        gagal(f'{nama}: {len(got)} tables, lkj.laporan has {len(ref)}')
    for k, (a, b) in enumerate(zip(ref, got), 1):
        if a != b:
            for i, (ra, rb) in enumerate(zip(a, b)):
                if ra != rb:
                    gagal(f'{nama}: table {k} row {i + 1}: {rb!r}, lkj.laporan prints {ra!r}')
            gagal(f'{nama}: table {k} has {len(b)} rows, lkj.laporan prints {len(a)}')
    cells = sum(len(r) for t in ref for r in t)
    print(f'ok {nama}: {len(ref)} tables, {cells} cells, in order, as lkj.laporan prints them')


def tabel(txt, htm, docx_path=None, pdf=None):
    ref = laporan_tables(open(txt, encoding='utf-8').read())
    if not ref:
        gagal(f'{txt}: no table')
    p = HtmlTables()
    p.feed(open(htm, encoding='utf-8').read())
    cek_urutan('HTML', ref, p.tables)
    if docx_path:
        cek_urutan('Word', ref, docx_tables(docx_path))
    if pdf:
        text = fold(subprocess.run(['pdftotext', '-raw', '-enc', 'UTF-8', pdf, '-'],
                                   check=True, capture_output=True, text=True).stdout)
        pos, n = 0, 0
        for k, t in enumerate(ref, 1):
            for i, row in enumerate(t):
                for c in row:
                    f = fold(c)
                    if not f:
                        continue
                    j = text.find(f, pos)
                    if j < 0:
                        gagal(f'PDF: table {k} row {i + 1} cell {c!r} not found after the cells before it')
                    pos, n = j + len(f), n + 1
        print(f'ok PDF: {n} non-empty cells of {len(ref)} tables found in order in its text')


def browser(dom, txt):
    text = open(txt, encoding='utf-8').read()
    harap_tabel = len(laporan_tables(text))
    harap_lampiran = [l for l in text.split('\n') if re.match(r'^LAMPIRAN .*PERJANJIAN KINERJA TAHUN', l)]
    m = re.search(r'data-hasil="([^"]*)"', open(dom, encoding='utf-8').read())
    if not m:
        gagal('Chromium: the probe left no result (did the page load?)')
    r = json.loads(html.unescape(m.group(1)))
    if r['bab'] != ['BAB I', 'BAB II', 'BAB III', 'BAB IV']:
        gagal(f"Chromium: the chapters are {r['bab']}")
    if r['tabel'] != harap_tabel or r['tabel'] < 15:
        gagal(f"Chromium: {r['tabel']} tables shown, {harap_tabel} expected")
    if r['gambar'] != 3 or r['svg'] != 3:
        gagal(f"Chromium: {r['gambar']} figures with {r['svg']} charts, 3 expected")
    if r['lampiran'] != harap_lampiran or not harap_lampiran:
        gagal(f"Chromium: PK appendices {r['lampiran']}, expected {harap_lampiran}")
    if r['lebar_lewat']:
        gagal(f"Chromium: wider than their page: {r['lebar_lewat']}")
    print(f"ok Chromium: BAB I-IV, {r['tabel']} tables ({r['landscape']} on landscape pages), "
          f"3 charts, PK appendices {', '.join(r['lampiran'])}; none wider than its page")


if __name__ == '__main__':
    {'tabel': tabel, 'browser': browser}[sys.argv[1]](*sys.argv[2:])
