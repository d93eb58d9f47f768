"""The interview's pages in the pseudo-language of the tests: every word a person reads on them
(the site's templates, the questions, the answers read back, the result, the dossier) came
through the catalogue, so a page in any language sejour speaks is wholly in that language."""

from __future__ import annotations

import re

import pytest
from django.utils import translation

from sejour import i18n
from sejour.web.interview import downloads
from sejour.web.interview.models import Interview

from ..pseudo import outside_the_catalogue, pseudo_language, visible_text  # noqa: F401  (pseudo_language: a fixture)
from .interviews import page_fields

FACTS = {"person.nationality": "MA", "person.in_france": "yes", "person.departement": "75", "permit.kind": "student",
         "permit.expires_on": "01/06/2027", "studies.diploma": "master", "studies.institution_accredited": "yes",
         "studies.enrolled_next_year": "no"}
ADDRESS = re.compile(r"\b\w+://\S+")  # the private link: an address, not words
# the sources: references to texts of law, with their words quoted as they are (checked with the citations)
SOURCES = re.compile(r'<(small|ul) class="source">.*?</\1>', re.S)


INNERMOST = re.compile(f"{i18n.PSEUDO_OPEN}[^{i18n.PSEUDO_OPEN}{i18n.PSEUDO_CLOSE}]*{i18n.PSEUDO_CLOSE}")


def words_outside(page: str) -> list[str]:
    text = ADDRESS.sub(" ", visible_text(SOURCES.sub(" ", page)))
    while (unwrapped := INNERMOST.sub(" ", text)) != text:  # a text within a text (a term's gloss) unwrapped first
        text = unwrapped
    return outside_the_catalogue(text)


@pytest.mark.django_db
def test_every_word_of_the_interview_pages_comes_from_the_catalogue(client, pseudo_language):
    client.cookies["django_language"] = pseudo_language
    start = client.get("/").content.decode()
    assert f'<html lang="{pseudo_language}">' in start and words_outside(start) == []
    assert words_outside(client.post("/", {}).content.decode()) == []  # a goal not chosen
    url = client.post("/", {"goal": "graduate"})["Location"]
    assert words_outside(client.post(url, {"topic": "person", "fields": ["person.nationality"]}).content.decode()) == []  # unanswered
    for _ in range(10):
        response = client.get(url)
        if response.status_code == 302:
            break
        page = response.content.decode()
        assert words_outside(page) == [], (page_fields(page), words_outside(page))
        topic, fields = page_fields(page)
        data = {"topic": topic, "fields": fields}
        for field in fields:
            name = field.replace(".", "__")
            data[name] = FACTS[field] if field in FACTS else None
            if field not in FACTS:
                data.pop(name)
                data[name + "__unknown"] = "1"
        assert client.post(url, data).status_code == 302
    result = client.get(url + "result/").content.decode()
    assert 'data-verdict="eligible"' in result and words_outside(result) == [], words_outside(result)
    with translation.override(pseudo_language):  # the dossier's HTML, as the PDF is made from it
        dossier = downloads._dossier(Interview.objects.get(token=url.split("/")[2]), pseudo_language)[1]()
    assert "<h1>" in dossier and words_outside(dossier) == []



@pytest.mark.django_db
def test_every_word_of_the_question_page_comes_from_the_catalogue(client, pseudo_language):
    client.cookies["django_language"] = pseudo_language
    page = client.get("/ask/", {"q": "I am Moroccan, I finished my master in France: can I stay to look for a job?"}).content.decode()
    assert 'class="answer"' in page and 'id="from-question"' in page
    assert words_outside(page) == [], words_outside(page)
