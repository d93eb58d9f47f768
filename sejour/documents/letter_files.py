"""A letter's structure (see :func:`sejour.documents.letters.letter_content`) written out as an
editable DOCX (python-docx) or as the HTML of its PDF: the notes to the person first, then the
French letter, then (another language) the translation under its own heading, on a new page."""

from __future__ import annotations

import html
import io

CSS = ("body{font:11pt/1.45 'DejaVu Serif',serif;margin:2cm}.right{text-align:right}.note{font-style:italic;color:#555}"
       ".translation{break-before:page}.translation h2{font-size:13pt}")


def _notes(content: dict) -> list[str]:
    return content["notes"]


def _lines(document, lines, right=False):
    """Lines of one block (sender, addressee) as one paragraph, a line break between them."""
    paragraph = document.add_paragraph()
    for number, line in enumerate(lines):
        run = paragraph.add_run(line)
        if number < len(lines) - 1:
            run.add_break()
    if right:
        paragraph.alignment = 2
    return paragraph


def _docx_body(document, body: dict) -> None:
    _lines(document, body["sender"])
    _lines(document, body["addressee"], right=True)
    if body["registered"]:
        document.add_paragraph().add_run(body["registered"]).bold = True
    document.add_paragraph(body["place_date"]).alignment = 2
    document.add_paragraph().add_run(body["subject"]).bold = True
    document.add_paragraph(body["salutation"])
    for paragraph in body["paragraphs"]:
        document.add_paragraph(paragraph)
    document.add_paragraph(body["closing"])
    document.add_paragraph(body["signature"]).alignment = 2
    if body["enclosures"]:
        document.add_paragraph().add_run(body["enclosed"]).bold = True
        for item in body["enclosures"]:
            document.add_paragraph(item, style="List Bullet")


def write_docx(content: dict) -> bytes:
    from docx import Document
    from docx.enum.text import WD_BREAK

    document = Document()
    for note in _notes(content):
        document.add_paragraph().add_run(note).italic = True
    _docx_body(document, content["letter"])
    translation = content["translation"]
    if translation:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        document.add_heading(translation["heading"], level=1)
        document.add_paragraph().add_run(translation["note"]).italic = True
        _docx_body(document, translation)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _html_body(body: dict) -> list[str]:
    e = html.escape
    parts = [f"<p>{'<br>'.join(map(e, body['sender']))}</p>", f"<p class=right>{'<br>'.join(map(e, body['addressee']))}</p>"]
    if body["registered"]:
        parts.append(f"<p><strong>{e(body['registered'])}</strong></p>")
    parts += [f"<p class=right>{e(body['place_date'])}</p>", f"<p><strong>{e(body['subject'])}</strong></p>", f"<p>{e(body['salutation'])}</p>"]
    parts += [f"<p>{e(p)}</p>" for p in body["paragraphs"]]
    parts += [f"<p>{e(body['closing'])}</p>", f"<p class=right>{e(body['signature'])}</p>"]
    if body["enclosures"]:
        parts.append(f"<p><strong>{e(body['enclosed'])}</strong></p><ul>" + "".join(f"<li>{e(i)}</li>" for i in body["enclosures"]) + "</ul>")
    return parts


def letter_html(content: dict) -> str:
    e = html.escape
    letter, translation = content["letter"], content["translation"]
    parts = [f'<!DOCTYPE html><html lang="{letter["lang"]}"><head><meta charset="utf-8"><title>{e(content["title"])}</title>',
             f"<style>{CSS}</style></head><body>"]
    parts += [f'<p class="note" lang="{content["lang"]}">{e(note)}</p>' for note in _notes(content)]
    parts += _html_body(letter)
    if translation:
        parts.append(f'<section class="translation" lang="{translation["lang"]}"><h2>{e(translation["heading"])}</h2>'
                     f'<p class="note">{e(translation["note"])}</p>')
        parts += _html_body(translation) + ["</section>"]
    return "".join(parts) + "</body></html>"
