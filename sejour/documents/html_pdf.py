"""A PDF from the plain HTML sejour writes for print (the dossier: headings, paragraphs, lists,
tables, links, small print), laid out by reportlab.

Why not WeasyPrint, as the letters: the same dossiers cost WeasyPrint 8 to 9 times the CPU (its
CSS cascade and Pango's line breaking; `python benchmarks/dossier.py` and `--weasyprint`: medians
of 476 against 57 ms, and 722 against 82 ms, over the examples). Fifty people doing whole interviews at
once each need one dossier: at WeasyPrint's cost the dossiers alone took a core and a PDF waited
ten seconds or more. The HTML stays the one source (the result page's own templates): this module
only lays it out. What it knows of HTML is what those templates use; anything else is laid out as
plain text, never dropped, except what is hidden in print (`svg`, `.noprint`, `.visually-hidden`).

Letters are rare and a page long: they keep WeasyPrint (sejour/documents/letters.py).
"""

from __future__ import annotations

import io
import re
from html import escape
from html.parser import HTMLParser

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

INK, MUTED, ACCENT, WARN = "#1b1b1b", "#555555", "#0b4f9c", "#7a4b00"  # the site's colours (style.css)
VERDICT_COLOURS = {"verdict-eligible": "#1e6b33", "verdict-not_eligible": "#a4161a", "verdict-needs_information": WARN}
SMALL_COLOURS = {"unconfirmed": WARN, "source": MUTED}
HIDDEN_TAGS = {"head", "style", "script", "svg", "caption", "colgroup", "template"}
HIDDEN_CLASSES = {"noprint", "visually-hidden"}
VOID = {"br", "col", "img", "input", "meta", "link", "hr", "wbr"}
CONTAINERS = {"html", "body", "section", "div", "details", "article", "main", "header", "footer", "nav", "aside", "dl", "form", "fieldset"}
BLOCKS = CONTAINERS | {"h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "table", "summary", "dt", "dd", "blockquote", "pre"}
INLINE_MARKUP = {"strong": ("<b>", "</b>"), "b": ("<b>", "</b>"), "em": ("<i>", "</i>"), "i": ("<i>", "</i>"),
                 "u": ("<u>", "</u>"), "sup": ("<super>", "</super>"), "sub": ("<sub>", "</sub>"), "code": ('<font name="Courier">', "</font>")}
NO_BREAK = re.compile(r"(?<=«) | (?=[?!:;»])")  # French spacing: never a line's first character
# Characters the standard PDF fonts lack, written with one they have (☐: ZapfDingbats' empty box).
SYMBOLS = {"☐": '<font name="ZapfDingbats">o</font>'}

BASE = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, textColor=colors.HexColor(INK), spaceAfter=5)
STYLES = {
    "p": BASE,
    "h1": ParagraphStyle("h1", BASE, fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=8),
    "h2": ParagraphStyle("h2", BASE, fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10, textColor=colors.HexColor(ACCENT), keepWithNext=1),
    "h3": ParagraphStyle("h3", BASE, fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=6, keepWithNext=1),
    "h4": ParagraphStyle("h4", BASE, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=4, spaceAfter=2, keepWithNext=1),
    "summary": ParagraphStyle("summary", BASE, fontName="Helvetica-Bold", keepWithNext=1),
    "cell": ParagraphStyle("cell", BASE, spaceAfter=0),
    "th": ParagraphStyle("th", BASE, fontName="Helvetica-Bold", spaceAfter=0),
    "note": ParagraphStyle("note", BASE, fontName="Helvetica-Oblique", fontSize=9.5, leading=12.5, textColor=colors.HexColor(MUTED)),
}
for level in ("h5", "h6", "dt"):
    STYLES[level] = STYLES["h4"]


class Element:
    __slots__ = ("tag", "attrs", "children")

    def __init__(self, tag: str, attrs: dict):
        self.tag, self.attrs, self.children = tag, attrs, []

    @property
    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    @property
    def hidden(self) -> bool:
        return self.tag in HIDDEN_TAGS or bool(self.classes & HIDDEN_CLASSES) or "hidden" in self.attrs


class _Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("root", {})
        self.open = [self.root]

    def handle_starttag(self, tag, attrs):
        element = Element(tag, dict(attrs))
        self.open[-1].children.append(element)
        if tag not in VOID:
            self.open.append(element)

    def handle_startendtag(self, tag, attrs):
        self.open[-1].children.append(Element(tag, dict(attrs)))

    def handle_endtag(self, tag):
        for depth in range(len(self.open) - 1, 0, -1):  # closes what an unclosed inner element left open
            if self.open[depth].tag == tag:
                del self.open[depth:]
                return

    def handle_data(self, data):
        self.open[-1].children.append(data)


def parse(html: str) -> Element:
    tree = _Tree()
    tree.feed(html)
    tree.close()
    return tree.root


def inline(node) -> str:
    """reportlab's paragraph markup for `node`'s text and inline elements (whitespace as HTML collapses it)."""
    if isinstance(node, str):
        text = escape(NO_BREAK.sub("\xa0", re.sub(r"\s+", " ", node)), quote=False)
        for symbol, drawn in SYMBOLS.items():
            text = text.replace(symbol, drawn)
        return text
    if node.hidden:
        return ""
    if node.tag == "br":
        return "<br/>"
    inner = "".join(inline(child) for child in node.children)
    if node.tag in INLINE_MARKUP:
        start, end = INLINE_MARKUP[node.tag]
        return start + inner + end
    if node.tag == "small":
        colour = next((SMALL_COLOURS[c] for c in node.classes if c in SMALL_COLOURS), None)
        return f'<font size="8.5"{f" color={colour!r}" if colour else ""}>{inner}</font>'
    if node.tag == "a" and node.attrs.get("href", "").startswith(("http://", "https://", "mailto:")):
        return f'<a href="{escape(node.attrs["href"])}" color="{ACCENT}"><u>{inner}</u></a>'
    return inner


def _paragraph(markup: str, style: ParagraphStyle, **bullet) -> Paragraph | None:
    markup = re.sub(r"^(\s|<br/>)+|(\s|<br/>)+$", "", markup)
    markup = re.sub(r"\s*<br/>\s*", "<br/>", markup)
    return Paragraph(markup, style, **bullet) if markup else None


class Layout:
    """The flowables of an HTML tree, block by block."""

    def __init__(self, width: float):
        self.width = width

    def blocks(self, element: Element, indent: float = 0) -> list:
        """`element`'s children as flowables: runs of inline content become paragraphs."""
        flow, run = [], []

        def end_run():
            paragraph = _paragraph("".join(run), ParagraphStyle("run", BASE, leftIndent=indent))
            if paragraph:
                flow.append(paragraph)
            run.clear()

        for child in element.children:
            if isinstance(child, Element) and child.tag in BLOCKS and not child.hidden:
                end_run()
                flow.extend(self.block(child, indent))
            else:
                run.append(inline(child))
        end_run()
        return flow

    def block(self, element: Element, indent: float) -> list:
        tag = element.tag
        if tag in ("ul", "ol"):
            return self.items(element, indent)
        if tag == "table":
            return [self.table(element, indent)]
        if tag in CONTAINERS or tag in ("li", "dd", "blockquote"):
            inner = self.blocks(element, indent + (14 if tag in ("dd", "blockquote") else 0))
            return self.framed(element, inner, indent)
        style = STYLES.get(tag, BASE)
        if "translation-notice" in element.classes:
            style = STYLES["note"]
        paragraph = _paragraph(inline(element), ParagraphStyle(tag, style, leftIndent=indent))
        return [paragraph] if paragraph else []

    def items(self, element: Element, indent: float) -> list:
        flow, number = [], 0
        plain = element.tag == "ul" and "checklist" in element.classes  # its items carry their own box
        for item in element.children:
            if not isinstance(item, Element) or item.tag != "li" or item.hidden:
                continue
            number += 1
            bullet = "" if plain else (f"{number}." if element.tag == "ol" else "•")
            inner = self.blocks(item, indent + 16)
            if inner and isinstance(inner[0], Paragraph) and bullet:
                first = inner[0]
                inner[0] = Paragraph(first.text, ParagraphStyle("li", first.style, bulletIndent=indent + 3, spaceAfter=3), bulletText=bullet)
            flow.extend(inner)
        return flow

    def table(self, element: Element, indent: float):
        rows = []
        for row in _descendants(element, "tr"):
            cells = [child for child in row.children if isinstance(child, Element) and child.tag in ("th", "td") and not child.hidden]
            rows.append([_paragraph(inline(cell), STYLES[cell.tag if cell.tag == "th" else "cell"]) or "" for cell in cells])
        columns = max((len(row) for row in rows), default=1)
        rows = [row + [""] * (columns - len(row)) for row in rows] or [[""]]
        width = self.width - indent
        first = 0.38 if columns == 2 else 1 / columns
        widths = [width * first] + [width * (1 - first) / (columns - 1)] * (columns - 1) if columns > 1 else [width]
        table = Table(rows, colWidths=widths, repeatRows=0, hAlign="LEFT", splitInRow=1)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#cccccc")),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
        return table

    def framed(self, element: Element, inner: list, indent: float) -> list:
        """The answer between two rules of the accent colour, a route opened by a rule of its verdict's
        colour (the page's box and coloured border; tables around them cost twice the layout)."""
        classes = element.classes
        if not inner or not ({"answer-first"} | set(VERDICT_COLOURS)) & classes:
            return inner
        colour = colors.HexColor(next((VERDICT_COLOURS[c] for c in classes if c in VERDICT_COLOURS), ACCENT))
        rule = HRFlowable(width="100%", thickness=2.5, color=colour, spaceBefore=6, spaceAfter=4)
        if "answer-first" in classes:
            return [rule, *inner, HRFlowable(width="100%", thickness=2.5, color=colour, spaceBefore=2, spaceAfter=8)]
        return [CondPageBreak(3 * cm), rule, *inner]


def _descendants(element: Element, tag: str, hidden: bool = False):
    """The elements `tag` under `element` (not those under another `tag`; the hidden ones too if `hidden`)."""
    for child in element.children:
        if isinstance(child, Element) and (hidden or not child.hidden):
            if child.tag == tag:
                yield child
            else:
                yield from _descendants(child, tag, hidden)


class _NumberedCanvas(Canvas):
    """Each page's number and the count of pages (« 2 / 5 »), written once the count is known."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont("Helvetica", 8)
            self.setFillColor(colors.HexColor(MUTED))
            self.drawRightString(A4[0] - 1.6 * cm, 1.0 * cm, f"{number} / {len(self._pages)}")
            super().showPage()
        super().save()


def pdf(html: str) -> bytes:
    """The PDF of `html` (A4, margins of 1.6 cm, the page's title and language in its metadata)."""
    root = parse(html)
    title = next(_descendants(root, "title", hidden=True), None)
    language = next((e.attrs.get("lang") for e in _descendants(root, "html")), None) or "fr"
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=1.6 * cm, rightMargin=1.6 * cm, topMargin=1.6 * cm,
                                 bottomMargin=1.8 * cm, title=_text(title) if title else "sejour", author="sejour",
                                 creator="sejour", lang=language)
    body = next(_descendants(root, "body"), root)
    flow = Layout(document.width).blocks(body) or [Spacer(1, 1)]
    document.build(flow, canvasmaker=_NumberedCanvas)
    return buffer.getvalue()


def _text(element: Element) -> str:
    return re.sub(r"\s+", " ", "".join(c if isinstance(c, str) else _text(c) for c in element.children)).strip()
