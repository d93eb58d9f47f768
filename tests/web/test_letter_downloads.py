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


HIRED = {"person.nationality": "CN", "person.in_france": "yes", "person.departement": "69", "permit.kind": "aps_graduate",
         "permit.expires_on": _day(100), "studies.diploma": "master", "studies.institution_accredited": "yes", "job.contract": "cdi",
         "job.gross_monthly_salary_eur": "3200", "job.related_to_studies": "yes", "job.pay_comparable": "yes",
         "job.signed_on": _day(-5), "job.starts_on": _day(25)}
WHO = {"given_name": "Li", "family_name": "Wénqiān", "address_1": "8 quai Saint-Vincent", "address_2": "", "postcode": "69001",
       "city": "Lyon", "birth_date": "02/04/1998", "birth_place": "Chengdu (Chine)", "foreigner_number": "6912345678"}


def _hired(client):
    url = client.post("/", {"goal": "hired"}, HTTP_ACCEPT_LANGUAGE="fr")["Location"]
    answer_all(client, url, HIRED)
    return url


def test_the_letter_page_asks_who_signs_and_the_letter_carries_it_but_nothing_keeps_it(client, caplog):
    import logging

    from sejour.web.interview.models import Interview

    caplog.set_level(logging.DEBUG)
    url = _hired(client)
    page = client.get(url + "letter/change_of_status_request/", HTTP_ACCEPT_LANGUAGE="fr")
    assert page.status_code == 200 and 'name="family_name"' in page.content.decode() and "Numéro d'étranger" in page.content.decode()
    response = client.post(url + "letter/change_of_status_request/", dict(WHO, format="docx"), HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200 and response["Cache-Control"] == "private, no-store", response.content[:300]
    text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
    assert "Li WÉNQIĀN" in text and "8 quai Saint-Vincent" in text and "69001 Lyon" in text and "6912345678" in text
    assert f"À Lyon, le {long_date(TODAY, 'fr')}" in text, text[:900]
    assert "Monsieur le Préfet du Rhône" in text and "Né·e le 2 avril 1998 à Chengdu" in text
    stored = repr(list(Interview.objects.values()))
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for value in ("Wénqiān", "6912345678", "quai Saint-Vincent", "Chengdu"):
        assert value not in stored and value not in logged


def test_a_bad_identity_is_shown_beside_its_field_and_no_letter_is_made(client):
    url = _hired(client)
    response = client.post(url + "letter/change_of_status_request/", dict(WHO, postcode="6900", foreigner_number="12", format="pdf"),
                           HTTP_ACCEPT_LANGUAGE="fr")
    html = response.content.decode()
    assert response.status_code == 400 and response["Content-Type"].startswith("text/html")
    assert 'id="postcode-error"' in html and "5 chiffres" in html and 'id="foreigner_number-error"' in html and "10 chiffres" in html
    assert "identity." not in html and 'value="8 quai Saint-Vincent"' in html


def test_with_an_oqtf_the_appeal_letter_page_says_the_court_is_the_way_with_its_date(client):
    from sejour.web.interview.downloads import result_context
    from sejour.web.interview.models import Interview

    facts = {"person.nationality": "MA", "person.in_france": "yes", "person.departement": "57", "permit.kind": "student",
             "permit.expires_on": _day(-10), "application.route": "student_renewal", "application.filed_on": _day(-90),
             "application.decision": "refused", "application.decided_on": _day(-12), "application.refusal_received_on": _day(-10),
             "application.oqtf": "with_departure_period", "application.custody": "none"}
    url = client.post("/", {"goal": "refused"}, HTTP_ACCEPT_LANGUAGE="fr")["Location"]
    answer_all(client, url, facts)
    page = client.get(url + "letter/administrative_appeal/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "tribunal administratif" in page and "Aucune lettre au préfet" in page and 'name="family_name"' not in page
    assert client.get(url + "letters/administrative_appeal.pdf", HTTP_ACCEPT_LANGUAGE="fr").status_code == 404
    context = result_context(Interview.objects.get(token=url.strip("/").split("/")[-1]), "fr")
    assert "administrative_appeal" not in [letter["id"] for letter in context["letters"]] and "tribunal administratif" in context["letters_court_instead"]
