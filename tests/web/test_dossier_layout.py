"""The dossier's layout (sejour/documents/html_pdf.py, reportlab): every word of the dossier's HTML
is in the PDF, in its order; nothing hidden in print is; every character is drawn by the fonts;
pages are numbered; the PDF says its title and language."""

import html
import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from django.utils import translation

from sejour.case import load_case
from sejour.documents import html_pdf
from sejour.web.interview import downloads
from sejour.web.interview.models import Interview

pytestmark = pytest.mark.django_db
EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.yaml"))
DRAWN_SYMBOLS = {"✓", "✗"}  # not in the standard fonts' encoding: reportlab draws them with ZapfDingbats


def dossier_html(example: Path, lang: str) -> str:
    case = load_case(example).to_dict()
    case.pop("as_of", None)
    interview = Interview.objects.create(goal="unsure", case=case, steps=[{"topic": "sections", "fields": []}])
    with translation.override(lang):
        return downloads._dossier(interview, lang)[1]()


def words_read(page: str) -> list[str]:
    """The words a reader of the printed page sees, from the HTML alone (not through html_pdf)."""
    body = re.sub(r"<(head|svg|caption)\b.*?</\1>", " ", page, flags=re.S)
    body = re.sub(r'<span class="box"[^>]*>☐</span>', " ", body)
    return html.unescape(re.sub(r"<[^>]+>", " ", body)).split()


def pdf_text(pdf: bytes, *options: str) -> str:
    return subprocess.run(["pdftotext", *options, "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
@pytest.mark.parametrize("example", EXAMPLES[::3], ids=lambda p: p.stem)
def test_every_word_of_the_dossier_is_in_its_pdf_in_its_order(example, lang):
    page = dossier_html(example, lang)
    expected, printed = words_read(page), pdf_text(html_pdf.pdf(page), "-raw").split()  # -raw: in the order drawn
    assert not Counter(expected) - Counter(printed)  # none left out
    position = 0
    for word in expected:  # in the page's order
        position = printed.index(word, position) + 1


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_every_character_of_every_dossier_is_one_the_fonts_draw(lang):
    for example in EXAMPLES:
        for character in set(" ".join(words_read(dossier_html(example, lang)))):
            if character not in DRAWN_SYMBOLS:
                character.encode("cp1252")  # the standard fonts' encoding: anything else would be a black box


def test_what_print_hides_is_not_in_the_pdf_and_the_structure_is():
    page = """<html lang="es"><head><title>Su expediente · sejour</title><style>p{color:red}</style></head><body>
    <h1>Título</h1><p class="visually-hidden">oculto</p><svg><text>hoy</text></svg>
    <section class="answer-first"><p>Lo que puede hacer &amp; <strong>cuándo</strong></p></section>
    <ol><li>primero</li><li>segundo<br><small class="source">CESEDA art. L422-10</small></li></ol>
    <ul class="checklist"><li><span class="box">☐</span> pasaporte</li></ul>
    <p><a href="https://www.legifrance.gouv.fr/">Légifrance</a></p>
    <table><caption class="visually-hidden">respuestas</caption><tr><th>¿Nacionalidad?</th><td>Perú</td></tr></table>
    """ + "<p>relleno</p>" * 120 + "</body></html>"
    pdf = html_pdf.pdf(page)
    text = " ".join(pdf_text(pdf).split())
    for shown in ("Título", "Lo que puede hacer & cuándo", "1. primero", "2. segundo", "CESEDA art. L422-10", "pasaporte",
                  "Légifrance", "¿Nacionalidad? Perú"):
        assert shown in text
    for hidden in ("oculto", "hoy", "respuestas", "color:red", "Su expediente"):
        assert hidden not in text
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True).stdout.decode())[1])
    assert pages >= 2 and re.search(rf"\b1 ?/ ?{pages}\b", text) and re.search(rf"\b{pages} ?/ ?{pages}\b", text)
    info = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True).stdout.decode()
    assert "Su expediente · sejour" in info
    assert b"/Lang (es)" in pdf and b"https://www.legifrance.gouv.fr/" in pdf  # the language, and the link kept


def test_unclosed_and_unknown_elements_keep_their_text():
    text = " ".join(pdf_text(html_pdf.pdf("<body><p>un <blink>deux <b>trois</p><p>quatre</body>")).split())
    assert "un deux trois" in text and "quatre" in text


def test_french_punctuation_never_starts_a_line_nor_ends_one_after_a_quote():
    words = [("mot{} ?", "« cité{} »", "voir{} :", "non{} !", "puis{} ;")[n % 5].format(n) for n in range(400)]
    lines = pdf_text(html_pdf.pdf(f"<body><p>{' '.join(words)}</p></body>"), "-raw").splitlines()
    assert len(lines) > 20
    for line in lines:
        assert not re.match(r"\s*[?!:;»]", line) and not line.rstrip().endswith("«"), line
