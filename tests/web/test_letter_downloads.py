"""The letters as the web serves them: the French letter, and in another language the
translation beside it, from the interview's own facts."""

import datetime
import io

import pytest
from docx import Document

from sejour.documents import letter_texts
from sejour.text import long_date

from .interviews import answer_all

pytestmark = pytest.mark.django_db
TODAY = datetime.date.today()


def _day(days):
    return (TODAY + datetime.timedelta(days=days)).strftime("%d/%m/%Y")


@pytest.mark.parametrize("lang", ["fr", "en", "es"])
def test_the_letter_is_french_with_a_translation_in_the_readers_language(client, lang):
    facts = {"person.nationality": "IN", "person.in_france": "yes", "person.departement": "75", "permit.kind": "aps_graduate",
             "permit.expires_on": _day(100), "job.contract": "cdi", "job.gross_monthly_salary_eur": "3200",
             "job.signed_on": _day(-5), "job.starts_on": _day(25)}
    url = client.post("/", {"goal": "hired"}, HTTP_ACCEPT_LANGUAGE="en")["Location"]
    answer_all(client, url, facts)
    response = client.get(url + "letters/change_of_status_request.docx", HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 200, response.content[:300]
    text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
    french, heading, translation = text.partition(letter_texts.HEADING[lang])
    assert letter_texts.SUBJECTS["change_of_status_request"]["fr"] in french
    assert long_date(TODAY + datetime.timedelta(days=100), "fr") in french  # the permit's end, as the French letter writes it
    assert bool(heading) == (lang != "fr")
    if heading:
        assert letter_texts.SUBJECTS["change_of_status_request"][lang] in translation
        assert long_date(TODAY + datetime.timedelta(days=100), lang) in translation
