#!/usr/bin/python3
"""tools/dokumen/ke_docx.py HTML DOCX: lkj.dokumen()'s HTML as a Word file.

A planner keeps the LKj as a Word file to edit the text, so the file must be
Word's own structure, not a picture of the page: each heading of the HTML a
Word heading (Heading 1 for a BAB and the front matter, 2 and 3 below it), so
that Word builds its table of contents (a TOC field where the HTML has its
daftar isi; Word fills it on opening or F9); each table a Word table with its
title row repeated on every page and figures right-aligned; a wide table on a
landscape section; each chart a picture (the SVG drawn by cairosvg); the
signature blocks a table without borders.

Only the HTML lkj.dokumen writes is read (Debian's python3-docx,
python3-cairosvg; no network).  The document's text is taken as it is: the
figures are the HTML's, which are lkj.laporan's.
"""
import html.parser
import io
import sys

import cairosvg
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children = []

    @property
    def classes(self):
        return (self.attrs.get('class') or '').split()

    def text(self):
        out = []
        for c in self.children:
            if isinstance(c, str):
                out.append(c)
            elif c.tag == 'br':
                out.append('\n')
            else:
                out.append(c.text())
        return ''.join(out)


VOID = {'br', 'meta', 'link', 'img', 'rect', 'line', 'circle', 'path'}


class Parser(html.parser.HTMLParser):
    """The HTML as a tree; the SVG of a chart kept as its source text."""

    def __init__(self, source):
        super().__init__(convert_charrefs=True)
        self.source = source
        self.root = Node('root', {}, None)
        self.cur = self.root
        self.svg_start = None

    def handle_starttag(self, tag, attrs):
        if self.svg_start is not None:
            return
        if tag == 'svg':
            self.svg_start = self.getpos()
            node = Node('svg', attrs, self.cur)
            self.cur.children.append(node)
            self.svg_node = node
            return
        node = Node(tag, attrs, self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag, attrs):
        if self.svg_start is None:
            self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        if self.svg_start is not None:
            if tag == 'svg':
                self.svg_node.source = self._slice(self.svg_start, self.getpos()) + '</svg>'
                self.svg_start = None
            return
        if tag in VOID:
            return
        n = self.cur
        while n is not self.root and n.tag != tag:
            n = n.parent
        if n is not self.root:
            self.cur = n.parent

    def handle_data(self, data):
        if self.svg_start is None and self.cur.tag not in ('style', 'title'):
            self.cur.children.append(data)

    def _slice(self, start, end):
        lines = self.source.split('\n')
        (l0, c0), (l1, c1) = start, end
        if l0 == l1:
            return lines[l0 - 1][c0:c1]
        return '\n'.join([lines[l0 - 1][c0:]] + lines[l0:l1 - 1] + [lines[l1 - 1][:c1]])


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement('w:tblHeader')
    el.set(qn('w:val'), 'true')
    trpr.append(el)


def cant_split(row):
    el = OxmlElement('w:cantSplit')
    el.set(qn('w:val'), 'true')
    row._tr.get_or_add_trPr().append(el)


def toc_field(doc):
    """A table of contents Word fills itself (from the Heading styles)."""
    p = doc.add_paragraph()
    run = p.add_run()
    for kind, text in (('begin', None), (None, 'TOC \\o "1-3" \\h \\z \\u'), ('separate', None),
                       (None, None), ('end', None)):
        if kind:
            fc = OxmlElement('w:fldChar')
            fc.set(qn('w:fldCharType'), kind)
            if kind == 'begin':
                fc.set(qn('w:dirty'), 'true')
            run._r.append(fc)
        elif text:
            it = OxmlElement('w:instrText')
            it.set(qn('xml:space'), 'preserve')
            it.text = text
            run._r.append(it)
        else:
            t = OxmlElement('w:t')
            t.text = 'Daftar isi: klik kanan, Update Field (F9).'
            run._r.append(t)


class Writer:
    def __init__(self):
        self.doc = Document()
        st = self.doc.styles['Normal']
        st.font.name = 'Liberation Serif'
        st.font.size = Pt(11)
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.left_margin, sec.right_margin = Cm(2.5), Cm(2)
        sec.top_margin, sec.bottom_margin = Cm(2), Cm(2.2)
        self.landscape = False
        self.italic = False

    def orient(self, landscape):
        if landscape == self.landscape:
            return
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        w, h = Cm(21), Cm(29.7)
        sec.page_width, sec.page_height = (h, w) if landscape else (w, h)
        m = Cm(1.5) if landscape else Cm(2)
        sec.left_margin = sec.right_margin = m
        self.landscape = landscape

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def para(self, node, style=None, align=None):
        text = ' '.join(node.text().split()) if node.tag != 'p' else node.text().strip()
        p = self.doc.add_paragraph(style=style)
        for i, line in enumerate(text.split('\n')):
            if i:
                p.add_run().add_break()
            p.add_run(' '.join(line.split()))
        if self.italic or 'kosong' in node.classes or 'tanda' in node.classes:
            for r in p.runs:
                r.italic = True
        if align:
            p.alignment = align
        return p

    def table(self, node, wide):
        rows = []
        for part in node.children:
            if isinstance(part, str):
                continue
            for tr in part.children:
                if isinstance(tr, str) or tr.tag != 'tr':
                    continue
                rows.append([(c.text().strip(), 'angka' in c.classes, c.tag == 'th')
                             for c in tr.children if not isinstance(c, str)])
        if not rows:
            return
        ncol = max(len(r) for r in rows)
        t = self.doc.add_table(rows=0, cols=ncol)
        t.style = 'Table Grid'
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        size = Pt(7) if wide else Pt(8.5)
        for r in rows:
            row = t.add_row()
            cant_split(row)
            if r[0][2]:
                repeat_header(row)
            for j, (text, right, head) in enumerate(r):
                cell = row.cells[j]
                cell.text = ''
                p = cell.paragraphs[0]
                run = p.add_run(text)
                run.font.size = size
                run.bold = head
                if head:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                elif right:
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def picture(self, svg):
        png = cairosvg.svg2png(bytestring=svg.encode('utf-8'), scale=2)
        self.doc.add_picture(io.BytesIO(png), width=Cm(16))
        self.doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER

    def signatures(self, node):
        sides = [c for c in node.children if not isinstance(c, str)]
        t = self.doc.add_table(rows=1, cols=len(sides))
        for j, side in enumerate(sides):
            cell = t.rows[0].cells[j]
            cell.text = ''
            first = True
            for p in side.children:
                if isinstance(p, str):
                    continue
                para = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                if 'nama' in p.classes:
                    para.paragraph_format.space_before = Pt(48)
                run = para.add_run(p.text().strip())
                run.bold = 'nama' in p.classes
                run.underline = 'nama' in p.classes
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def walk(self, node):
        for c in node.children:
            if isinstance(c, str):
                continue
            cls = c.classes
            if c.tag == 'section':
                if 'sampul' in cls:
                    self.cover(c)
                    continue
                if 'daftar-isi' in cls:
                    self.page_break()
                    self.doc.add_paragraph('DAFTAR ISI', style='Title').alignment = WD_ALIGN_PARAGRAPH.CENTER
                    toc_field(self.doc)
                    continue
                if 'bab' in cls or 'depan' in cls or 'lampiran' in cls:
                    self.orient(False)
                    if not self.landscape:
                        self.page_break()
                self.walk(c)
            elif c.tag in ('h1', 'h2', 'h3'):
                self.orient(False)
                text = ' '.join(c.text().replace('\n', ' ').split())
                self.doc.add_heading(text, level=int(c.tag[1])).alignment = (
                    WD_ALIGN_PARAGRAPH.CENTER if c.tag == 'h1' else None)
            elif c.tag == 'p':
                self.para(c)
            elif c.tag == 'ul':
                for li in c.children:
                    if not isinstance(li, str):
                        self.para(li, style='List Bullet')
            elif c.tag == 'figure':
                wide = 'lebar' in cls
                self.orient(wide)
                for part in c.children:
                    if isinstance(part, str):
                        continue
                    if part.tag == 'figcaption':
                        p = self.doc.add_paragraph(style='Caption')
                        p.add_run(' '.join(part.text().split()))
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    elif part.tag == 'table':
                        self.table(part, wide)
                    elif part.tag == 'svg':
                        self.picture(part.source)
                    elif part.tag == 'p':
                        self.para(part)
                if wide:
                    self.orient(False)
            elif c.tag == 'div' and 'tanda-tangan' in cls:
                self.signatures(c)
            elif c.tag == 'div' and 'ttd-pengantar' in cls:
                for p in c.children:
                    if not isinstance(p, str):
                        self.para(p, align=WD_ALIGN_PARAGRAPH.RIGHT)
            elif c.tag == 'div' and 'dibuat' in cls:
                # text generated from the data: italic, under its marker
                self.italic = True
                self.walk(c)
                self.italic = False
            else:
                self.walk(c)

    def cover(self, node):
        for c in node.children:
            if isinstance(c, str):
                continue
            if c.tag == 'h1':
                p = self.doc.add_paragraph(style='Title')
                for i, line in enumerate(c.text().split('\n')):
                    if i:
                        p.add_run().add_break()
                    p.add_run(line.strip())
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                self.para(c, align=WD_ALIGN_PARAGRAPH.RIGHT if 'versi' in c.classes
                          else WD_ALIGN_PARAGRAPH.CENTER)


def main():
    src = open(sys.argv[1], encoding='utf-8').read()
    parser = Parser(src)
    parser.feed(src)
    parser.close()
    w = Writer()
    body = parser.root
    for c in parser.root.children:
        if not isinstance(c, str) and c.tag == 'html':
            body = c
    w.walk(body)
    w.doc.core_properties.title = ' '.join(
        (parser.root.children and src.split('<title>', 1)[1].split('</title>', 1)[0]).split())
    w.doc.save(sys.argv[2])


if __name__ == '__main__':
    main()
