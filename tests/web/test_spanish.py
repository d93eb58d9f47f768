"""The interview in every language sejour speaks, through the one catalogue: each of its texts
has a translation in each shipped catalogue, and an interview in Spanish reads in Spanish from
the first page to the result, the dossier and the calendar, with the notice that the French
legal text is the one that counts."""

from __future__ import annotations

import datetime
import html as htmllib
import re
import subprocess
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from sejour import i18n
from sejour.web.interview import downloads, glossary, presentation, reading, views  # noqa: F401  (they declare their texts)
from sejour.web.interview.questions import GOALS, QUESTIONS, SECTION_QUESTIONS, TOPIC_TITLES

from .interviews import page_answers

TODAY = datetime.date.today()
GRADUATE = {"person.nationality": "MA", "person.in_france": "yes", "person.departement": "75", "permit.kind": "student",
            "permit.expires_on": (TODAY + datetime.timedelta(days=200)).strftime("%d/%m/%Y"), "studies.diploma": "master",
            "studies.institution_accredited": "yes", "studies.enrolled_next_year": "no"}
TRANSLATED = [lang for lang in i18n.language_codes() if lang != i18n.SOURCE]
TEMPLATES = [Path(i18n.__file__).parent / "web" / folder for folder in ("templates", "interview/templates")]


def interview_texts() -> list[i18n.Message]:
    """Every text of the questions, and every other text the interview's modules declare."""
    texts = [text for question in QUESTIONS.values() for text in question.texts()]
    texts += list(TOPIC_TITLES.values()) + [label for label, _ in GOALS.values()] + list(SECTION_QUESTIONS.values())
    return texts + [m for c, m in i18n.MESSAGES.items() if c.split(".")[0] in ("question", "interview", "glossary")]


def catalogue(lang):
    with open(i18n.LOCALE_DIR / lang / "LC_MESSAGES" / "django.po", "rb") as handle:
        return read_po(handle)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_text_of_the_interview_is_in_the_catalogue(lang):
    entries = catalogue(lang)
    texts = interview_texts()
    assert len(texts) > 150
    missing = [t.context for t in texts if not (e := entries.get(t.english, context=t.context)) or not e.string or e.fuzzy]
    assert missing == [], f"no {lang} translation for {missing}"
    # and the compiled catalogue (what the pages read) is the .po's
    stale = [t.context for t in texts if t[lang] != entries.get(t.english, context=t.context).string]
    assert stale == [], f"{lang}: django.mo is older than django.po for {stale}; run msgfmt"
    # every question has its own texts, under ids made from its field
    for path, question in QUESTIONS.items():
        assert question.label.context == f"question.{path}.label"
        assert all(text.context == f"question.{path}.choice.{value}" for value, text in question.choices)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_template_text_of_the_site_pages_is_in_the_catalogue(lang):
    entries = catalogue(lang)
    used = set()
    for folder in TEMPLATES:
        for path in folder.rglob("*.html"):
            text = path.read_text()
            used |= set(re.findall(r'{% translate "([^"]+)"', text)) | set(re.findall(r"{% translate '([^']+)'", text))
            used |= set(re.findall(r"{% blocktranslate[^%]*%}(.*?){% endblocktranslate %}", text, re.S))
    assert len(used) > 50
    texts = {re.sub(r"{{ (\w+) }}", r"%(\1)s", text) for text in used}
    missing = sorted(t for t in texts if not (e := entries.get(t)) or not e.string or e.fuzzy)
    assert missing == []


def test_placeholders_are_kept_in_every_translation():
    for lang in TRANSLATED:
        entries = catalogue(lang)
        for text in interview_texts():
            words = entries.get(text.english, context=text.context).string
            assert set(re.findall(r"{\w+}", words)) == set(re.findall(r"{\w+}", text.english)), (lang, text.context)


def test_country_names_come_from_babel_in_every_language():
    from sejour.countries import ISO_ALPHA2

    for lang in i18n.language_codes():
        names = reading.country_names(lang)
        assert set(names) == ISO_ALPHA2
        assert len(set(names.values())) == len(names)  # no two countries under one name
    assert reading.country_names("es")["DE"] == "Alemania" and reading.country_names("fr")["DE"] == "Allemagne"
    assert reading.country_shown("IN", "es") == "India (IN)"


@pytest.mark.parametrize("typed", ["31 de diciembre de 2026", "31 diciembre 2026", "31 déc. 2026", "December 31, 2026", "31/12/2026"])
def test_dates_are_read_in_every_language(typed):
    assert reading.parse_date(typed, "es") == datetime.date(2026, 12, 31)


def test_impossible_day_is_named_in_spanish():
    with pytest.raises(reading.AnswerError) as error:
        reading.parse_date("30/02/2027", "es")
    assert str(error.value) == "« 30/02/2027 » no es una fecha: febrero de 2027 tiene 28 días."


def test_a_french_legal_term_is_glossed_once_in_a_page():
    gloss = glossary.Glossary("es")
    first = gloss("Presente la solicitud en la préfecture.")
    second = gloss("La préfecture le entrega un récépissé.")
    assert first == "Presente la solicitud en la préfecture (oficina del Estado en el departamento)."
    assert second == "La préfecture le entrega un récépissé (resguardo provisional de la solicitud)."
    assert gloss("Las préfectures son lentas; el préfet decide.") == "Las préfectures son lentas; el préfet (representante del Estado en el departamento) decide."
    assert glossary.gloss("Las préfectures son lentas.", "es") == "Las préfectures (oficina del Estado en el departamento) son lentas."
    assert glossary.gloss("la préfecture et le récépissé", "fr") == "la préfecture et le récépissé"  # the term is its own French
    assert glossary.gloss("A recours gracieux (recours gracieux) at the préfecture", "en") == "A recours gracieux (recours gracieux) at the préfecture (prefecture office)"
    assert glossary.gloss("The « talent – salarié qualifié » card (for a salarié)", "en") == "The « talent – salarié qualifié » card (for a salarié)"


def _text(response) -> str:
    return htmllib.unescape(re.sub(r"<[^>]+>", " ", response.content.decode()))


def english_words_left(page: str) -> list[str]:
    """Texts of the interview and of its templates shown in English on a page meant to be in Spanish."""
    texts = [(t.context, t.english, t["es"]) for t in interview_texts()]
    texts += [(e.id, e.id, e.string) for e in catalogue("es") if e.id and any(place.startswith(("web/interview/", "web/templates/")) for place, _ in e.locations)]
    return [name for name, english, spanish in texts if english not in spanish and len(english) > 12 and "{" not in english and "%(" not in english
            and english in page]


@pytest.mark.django_db
def test_an_interview_in_spanish_reads_in_spanish_to_the_result(client):
    from icalendar import Calendar

    client.cookies["django_language"] = "es"
    start = client.get("/")
    assert '<html lang="es">' in start.content.decode() and "¿Qué desea hacer?" in _text(start)
    assert presentation.TRANSLATION_NOTICE["es"] in _text(start)
    refused = client.post("/", {})
    assert "Elija lo que desea hacer." in _text(refused)
    url = client.post("/", {"goal": "graduate"})["Location"]
    first = client.get(url)
    assert "¿Cuál es su nacionalidad?" in _text(first) and '<option value="DE">Alemania (DE)</option>' in first.content.decode()
    assert english_words_left(_text(first)) == []
    wrong = client.post(url, {"topic": "person", "fields": ["person.nationality"]})
    assert "Responda a la pregunta o elija « No lo sé »." in _text(wrong)
    pages = []
    for _ in range(12):
        response = client.get(url)
        if response.status_code == 302:
            break
        page = _text(response)
        assert english_words_left(page) == [], english_words_left(page)
        assert presentation.TRANSLATION_NOTICE["es"] in page
        pages.append(page)
        _answer(client, url, response.content.decode())
    assert len(pages) >= 3 and any("¿Qué documento de residencia tiene ahora?" in page for page in pages)

    result = client.get(url + "result/")
    page = _text(result)
    assert "Su resultado" in page and "Abierto para usted" in page and "Sus respuestas" in page
    assert "Marruecos (MA)" in page and "sí" in page
    assert presentation.TRANSLATION_NOTICE["es"] in page
    assert english_words_left(page) == []

    calendar = Calendar.from_ical(client.get(url + "deadlines.ics").content)
    assert str(calendar["x-wr-calname"]) == "sejour: mis plazos"
    events = calendar.walk("VEVENT")
    assert events and all(presentation.TRANSLATION_NOTICE["es"] in str(e["description"]) for e in events)
    pdf = client.get(url + "dossier.pdf").content
    text = re.sub(r"\s+", " ", subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode())
    assert "Su expediente" in text and re.sub(r"\s+", " ", presentation.TRANSLATION_NOTICE["es"]) in text
    assert client.get(url + "case.yaml").content.decode().startswith("# caso de sejour")


def _answer(client, url, html):
    assert client.post(url, page_answers(html, GRADUATE)).status_code == 302


@pytest.mark.django_db
def test_french_pages_carry_no_translation_notice(client):
    client.cookies["django_language"] = "fr"
    assert presentation.TRANSLATION_NOTICE["fr"] not in _text(client.get("/"))
    client.cookies["django_language"] = "en"
    assert presentation.TRANSLATION_NOTICE["en"] in _text(client.get("/"))


@pytest.mark.django_db
def test_the_language_switch_offers_every_language(client):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="es").content.decode()
    for code, name in i18n.languages().items():
        assert f'lang="{code}"' in html and name in html


@pytest.mark.django_db
def test_choosing_spanish_with_the_switch_is_remembered(client):
    response = client.post("/i18n/setlang/", {"language": "es", "next": "/"})
    assert response.status_code == 302
    page = client.get("/", HTTP_ACCEPT_LANGUAGE="fr")
    assert '<html lang="es">' in page.content.decode() and "Empezar" in _text(page)
    assert '<span class="current" lang="es" aria-current="true">Español</span>' in page.content.decode()


@pytest.mark.django_db
def test_the_case_formats_own_checks_are_said_in_spanish(client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.cookies["django_language"] = "es"
    url = client.post("/", {"goal": "volunteer"})["Location"]
    client.post(url, {"topic": "person", "fields": ["person.nationality"], "person__nationality": "BR"})
    response = client.post(url, {"topic": "volunteering", "fields": ["volunteering.starts_on", "volunteering.ends_on"],
                                 "volunteering__starts_on": "01/05/2027", "volunteering__ends_on": "01/03/2027"})
    assert response.status_code == 400
    assert "se esperaba ese mismo día o uno posterior" in _text(response)  # a mission that ends before it starts
    bad = client.post("/upload/", {"case": SimpleUploadedFile("case.yaml", b"version: 1\nas_of: 2026-01-01\nperson:\n  nationality: ZZ\n")})
    assert bad.status_code == 400 and "no es un código de país" in _text(bad) and "person.nationality" in _text(bad)
