"""The guided interview through Django's test client: the questions asked are the engine's
missing facts, answers are kept, and the result matches `assess` on the same facts."""

import datetime
import re

import pytest
import yaml

from sejour import assess
from sejour.web.interview.models import Interview

from .interviews import answer_all

pytestmark = pytest.mark.django_db
TODAY = datetime.date.today()
GRADUATE = {"person.nationality": "IN", "person.in_france": "yes", "person.departement": "75", "permit.kind": "student",
            "permit.expires_on": (TODAY + datetime.timedelta(days=200)).strftime("%d/%m/%Y"), "studies.diploma": "master",
            "studies.institution_accredited": "yes", "studies.enrolled_next_year": "no"}


def start(client, goal, lang="en"):
    response = client.post("/", {"goal": goal}, HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 302
    return response["Location"]


def test_no_goal_chosen_is_an_error_on_the_field(client):
    response = client.post("/", {})
    assert response.status_code == 400
    assert 'id="goal-error"' in response.content.decode()


def test_graduate_interview_asks_only_what_matters_and_matches_assess(client):
    url = start(client, "graduate")
    pages = answer_all(client, url, GRADUATE)
    asked = [field for _, fields in pages for field in fields]
    assert asked[0] == "person.nationality"
    assert len(asked) == len(set(asked)), "a question was asked twice"
    # nothing about a job, a mission or an application: those sections are absent (none)
    assert not [f for f in asked if f.split(".")[0] in ("job", "volunteering", "application")]
    interview = Interview.objects.get(token=url.split("/")[2])
    expected = assess(interview.case_on(TODAY), today=TODAY)
    html = client.get(url + "result/").content.decode()
    shown = dict(re.findall(r'<h3 id="route-(\w+)">.*?data-verdict="(\w+)"', html, re.DOTALL))
    routes = {r["id"]: r for r in expected["routes"]}
    assert list(shown) == expected["answer"]["full_routes"] and shown == {k: routes[k]["verdict"] for k in shown}
    assert shown["aps_graduate"] == "eligible"
    # a non-European: the route of EU citizens is one line under the other routes, not a block
    assert "no_permit_needed" not in shown and 'data-route="no_permit_needed"' in html.split('id="other-routes"')[1]
    days = set(re.findall(r'<time datetime="([\d-]+)"', html))
    assert days == {d["date"] for k in shown for d in routes[k]["deadlines"]} | {expected["answer"]["act_by"]["date"]}


def test_every_asked_question_could_change_something(client):
    """Each field asked, when its answer is flipped to unknown, leaves some route's missing or
    missing_details naming it: it was never a question whose answer could not change anything."""
    url = start(client, "graduate")
    pages = answer_all(client, url, GRADUATE)
    interview = Interview.objects.get(token=url.split("/")[2])
    for _, fields in pages:
        for field in fields:
            section, name = field.split(".")
            case = interview.case_on(TODAY)
            case[section] = {k: v for k, v in case[section].items() if k != name}
            if field == "person.nationality":
                continue  # required by the case format: always asked first
            routes = assess(case, today=TODAY)["routes"]
            assert any(field in r["missing"] or field in r["missing_details"] for r in routes), field


def test_dont_know_is_kept_unknown_and_not_asked_again(client):
    url = start(client, "graduate")
    facts = {k: v for k, v in GRADUATE.items() if k != "studies.institution_accredited"}
    pages = answer_all(client, url, facts)
    interview = Interview.objects.get(token=url.split("/")[2])
    assert "studies.institution_accredited" in interview.unknown
    assert "institution_accredited" not in interview.case["studies"]
    assert sum(f == "studies.institution_accredited" for _, fields in pages for f in fields) == 1
    html = client.get(url + "result/").content.decode()
    assert "I don&#x27;t know" in html or "I don't know" in html


@pytest.mark.parametrize("typed, message", [("31/02/2026", "February 2026 has 28 days"), ("13/13/2026", "no month 13"),
                                            ("tomorrow", "not a date we can read")])
def test_impossible_dates_are_refused_on_their_field(client, typed, message):
    url = start(client, "graduate")
    client.post(url, {"topic": "person", "fields": ["person.nationality"], "person__nationality": "IN"})
    client.post(url, {"topic": "person", "fields": ["person.in_france", "person.departement"], "person__in_france": "yes",
                      "person__departement": "69"})
    html = client.get(url).content.decode()
    assert 'value="permit.expires_on"' in html
    before = Interview.objects.get(token=url.split("/")[2]).case
    response = client.post(url, {"topic": "permit", "fields": ["permit.kind", "permit.expires_on"], "permit__kind": "student",
                                 "permit__expires_on": typed})
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page and 'id="permit__expires_on-error"' in page and 'aria-invalid="true"' in page
    assert Interview.objects.get(token=url.split("/")[2]).case == before, "a wrong page must not save half of its answers"


def test_back_and_edit_change_an_earlier_answer(client):
    url = start(client, "graduate")
    answer_all(client, url, GRADUATE)
    response = client.get(url + "?edit=studies")
    assert response.status_code == 200 and 'value="studies.diploma"' in response.content.decode()
    response = client.post(url, {"topic": "studies", "edit": "studies", "fields": ["studies.diploma", "studies.institution_accredited", "studies.enrolled_next_year"],
                                 "studies__diploma": "licence", "studies__institution_accredited": "yes", "studies__enrolled_next_year": "no"})
    assert response.status_code == 302
    assert Interview.objects.get(token=url.split("/")[2]).case["studies"]["diploma"] == "licence"


def test_resume_by_private_link_from_another_browser(client, django_user_model):
    from django.test import Client

    url = start(client, "graduate")
    client.post(url, {"topic": "person", "fields": ["person.nationality"], "person__nationality": "MA"})
    other = Client()
    html = other.get(url).content.decode()
    assert 'value="person.in_france"' in html


def test_unknown_token_is_404(client):
    assert client.get("/i/not-a-token/").status_code == 404
    assert client.get("/i/not-a-token/dossier.pdf").status_code == 404


def test_yaml_download_uploads_back_to_the_same_case(client):
    url = start(client, "graduate")
    answer_all(client, url, GRADUATE)
    text = client.get(url + "case.yaml").content
    case = yaml.safe_load(text)
    assert case["studies"]["diploma"] == "master"
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client.post("/upload/", {"case": SimpleUploadedFile("case.yaml", text)})
    assert response.status_code == 302
    resumed = Interview.objects.get(token=response["Location"].split("/")[2])
    original = Interview.objects.get(token=url.split("/")[2])
    assert resumed.case_on(TODAY) == original.case_on(TODAY)


def test_bad_upload_names_the_field(client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    bad = b"version: 1\nas_of: 2026-01-01\nperson:\n  nationality: ZZ\n"
    response = client.post("/upload/", {"case": SimpleUploadedFile("case.yaml", bad)})
    assert response.status_code == 400
    assert "person.nationality" in response.content.decode()
    assert Interview.objects.count() == 0


def test_language_switch_is_remembered(client):
    client.post("/i18n/setlang/", {"language": "fr", "next": "/"})
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="fr">' in html


def test_downloads_hold_the_assessments_dates(client):
    from icalendar import Calendar

    url = start(client, "graduate")
    answer_all(client, url, GRADUATE)
    interview = Interview.objects.get(token=url.split("/")[2])
    expected = assess(interview.case_on(TODAY), today=TODAY)
    calendar = Calendar.from_ical(client.get(url + "deadlines.ics").content)
    days = {event.decoded("dtstart").isoformat() for event in calendar.walk("VEVENT")}
    upcoming = {d["date"] for r in expected["routes"] if r["verdict"] != "not_applicable" for d in r["deadlines"] if not d["passed"]}
    assert days == upcoming and days
    assert all(event.walk("VALARM") for event in calendar.walk("VEVENT"))
    pdf = client.get(url + "dossier.pdf")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    # every answer is printed beside its question (a fixed table layout once dropped the answers' column)
    import subprocess

    from sejour.web.interview.downloads import result_context

    text = re.sub(r"\s+", " ", subprocess.run(["pdftotext", "-", "-"], input=pdf.content, capture_output=True, check=True).stdout.decode())
    answers = [fact["value"] for fact in result_context(interview, "en", TODAY)["facts"]]
    assert answers and [value for value in answers if re.sub(r"\s+", " ", value) not in text] == []


def test_french_pages_are_in_french(client):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Commencer" in html and "Que voulez-vous faire ?" in html and "Start<" not in html
    url = start(client, "graduate", "fr")
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Quelle est votre nationalité ?" in page and "Je ne sais pas" in page


def test_english_mode_glosses_french_legal_terms(client):
    from sejour.web.interview.glossary import gloss

    assert gloss("File at the préfecture with the récépissé", "en") == "File at the préfecture (prefecture office) with the récépissé (receipt of application)"
    assert gloss("la préfecture", "fr") == "la préfecture"


@pytest.mark.parametrize("lang, shown", [("en", "€3,200.00"), ("fr", "3\u202f200,00\u00a0€"), ("es", "3.200,00\u00a0€")])
def test_money_is_shown_with_two_decimals_in_the_language(lang, shown):
    from sejour.web.interview.questions import QUESTIONS
    from sejour.web.interview.reading import parse_money, shown_value, typed_value

    question = QUESTIONS["job.gross_monthly_salary_eur"]
    assert shown_value(question, 3200.0, lang) == shown
    assert parse_money(shown, lang) == 3200.0  # what is shown reads back to the same amount
    assert parse_money(typed_value(question, 3200.5, lang), lang) == 3200.5  # and so does what is put back in the field


@pytest.mark.parametrize("lang, message", [
    ("en", "« 12/31/2026 » is not a date: there is no month 31. Did you mean 31/12/2026? Type the day first."),
    ("fr", "« 12/31/2026 » n'est pas une date : il n'y a pas de mois 31. Vouliez-vous dire 31/12/2026 ? Tapez le jour d'abord."),
    ("es", "« 12/31/2026 » no es una fecha: no existe el mes 31. ¿Quiso decir 31/12/2026? Escriba primero el día.")])
def test_month_first_date_suggests_the_day_first(lang, message):
    from sejour.web.interview.reading import AnswerError, parse_date

    with pytest.raises(AnswerError) as error:
        parse_date("12/31/2026", lang)
    assert str(error.value) == message


def test_error_summary_takes_the_focus_without_javascript(client):
    from .interviews import page_fields

    url = client.post("/", {"goal": "graduate"})["Location"]
    topic, fields = page_fields(client.get(url).content.decode())
    response = client.post(url, {"topic": topic, "fields": fields})  # nothing answered
    html = response.content.decode()
    assert response.status_code == 400
    assert 'id="error-summary" autofocus' in html and 'aria-invalid="true"' in html


def test_the_goals_own_topic_comes_right_after_the_person(client):
    from .interviews import answer_all

    url = client.post("/", {"goal": "volunteer"})["Location"]
    pages = answer_all(client, url, {"person.nationality": "IN", "person.in_france": "yes"})
    topics = [topic for topic, _ in pages]
    assert next(t for t in topics if t != "person") == "volunteering", topics
    assert topics.index("volunteering") < topics.index("permit")


def test_countries_are_named_in_the_pages_language(client):
    url = client.post("/", {"goal": "graduate"}, HTTP_ACCEPT_LANGUAGE="fr")["Location"]
    french = client.get(url, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert '<option value="IN">Inde (IN)</option>' in french and '<option value="DE">Allemagne (DE)</option>' in french
    english = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<option value="IN">India (IN)</option>' in english
    response = client.post(url, {"topic": "person", "fields": ["person.nationality"]}, HTTP_ACCEPT_LANGUAGE="en")
    assert 'id="person__nationality" aria-describedby="person__nationality-error" aria-invalid="true"' in response.content.decode()


def test_language_switch_names_each_language_in_itself(client):
    french = client.get("/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert 'lang="en">English</button>' in french and "Votre question" in french
    english = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'lang="fr">Français</button>' in english


def _contentious_one_month(received: datetime.date, subdivision) -> datetime.date:
    """Written from the law, apart from sejour's code: one month, plus the franc day, moved past
    weekends and the département's holidays (domain.md, Dates)."""
    import calendar

    import holidays

    year, month = (received.year, received.month + 1) if received.month < 12 else (received.year + 1, 1)
    last_of_month = calendar.monthrange(year, month)[1]
    if received.day > last_of_month:
        day = datetime.date(year, month, last_of_month)
    else:
        day = datetime.date(year, month, received.day) + datetime.timedelta(days=1)
    closed = holidays.France(subdiv=subdivision, years=[day.year, day.year + 1])
    while day.weekday() >= 5 or day in closed:
        day += datetime.timedelta(days=1)
    return day


def test_contesting_a_refusal_with_an_oqtf_asks_for_it_and_gives_the_court_day(client):
    from icalendar import Calendar

    received = TODAY - datetime.timedelta(days=6)
    facts = {"person.nationality": "MA", "person.in_france": "yes", "person.departement": "57", "permit.kind": "student",
             "permit.expires_on": (TODAY - datetime.timedelta(days=10)).strftime("%d/%m/%Y"), "application.route": "student_renewal",
             "application.filed_on": (TODAY - datetime.timedelta(days=90)).strftime("%d/%m/%Y"), "application.decision": "refused",
             "application.decided_on": (received - datetime.timedelta(days=2)).strftime("%d/%m/%Y"),
             "application.refusal_received_on": received.strftime("%d/%m/%Y"), "application.oqtf": "with_departure_period",
             "application.custody": "none"}
    url = start(client, "refused")
    asked = [field for _, fields in answer_all(client, url, facts) for field in fields]
    assert "application.oqtf" in asked
    expected = _contentious_one_month(received, "57")
    html = client.get(url + "result/").content.decode()
    assert f'<time datetime="{expected.isoformat()}"' in html
    calendar = Calendar.from_ical(client.get(url + "deadlines.ics").content)
    assert expected in {event.decoded("dtstart") for event in calendar.walk("VEVENT")}
    assert "administrative_appeal" not in html  # no recours gracieux letter: it would not protect this person


def test_the_oqtf_question_says_what_one_looks_like(client):
    url = start(client, "refused", "fr")
    facts = {"person.nationality": "MA", "person.in_france": "yes", "application.decision": "refused"}
    for _ in range(10):
        html = client.get(url, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
        if 'name="fields" value="application.oqtf"' in html:
            assert "obligation de quitter le territoire français" in html and "sans délai" in html
            return
        from .interviews import page_answers
        client.post(url, page_answers(html, facts), HTTP_ACCEPT_LANGUAGE="fr")
    pytest.fail("the OQTF question was never asked")


def test_facts_still_needed_are_shown_as_questions_not_field_paths(client):
    received = TODAY - datetime.timedelta(days=3)
    facts = {"person.nationality": "MA", "person.in_france": "yes", "person.departement": "75", "application.decision": "refused",
             "application.refusal_received_on": received.strftime("%d/%m/%Y")}
    url = start(client, "refused")
    answer_all(client, url, facts)  # the OQTF question answered "I don't know"
    html = client.get(url + "result/").content.decode()
    assert "Does the refusal letter also order you to leave France?" in html
    assert "application.oqtf" not in html and "application.custody" not in html


def test_a_hired_graduate_is_offered_the_talent_card_with_what_it_needs(client):
    """A master graduate hired on a CDI: the interview asks the contract and the gross salary the
    talent card's threshold needs, and the result offers the card as `assess` does, with the
    employer tax said (not silently absent) and the employer's documents listed."""
    facts = {**GRADUATE, "job.contract": "cdi", "job.gross_monthly_salary_eur": "3500", "job.related_to_studies": "yes", "job.pay_comparable": "yes"}
    url = start(client, "hired")
    asked = [field for _, fields in answer_all(client, url, facts) for field in fields]
    assert {"job.contract", "job.gross_monthly_salary_eur", "studies.diploma", "studies.institution_accredited", "permit.expires_on"} <= set(asked)
    interview = Interview.objects.get(token=url.split("/")[2])
    expected = {r["id"]: r for r in assess(interview.case_on(TODAY), today=TODAY)["routes"]}["talent_qualified_employee"]
    assert expected["verdict"] == "eligible"
    html = client.get(url + "result/").content.decode()
    shown = dict(re.findall(r'<h3 id="route-(\w+)">.*?data-verdict="(\w+)"', html, re.DOTALL))
    assert shown["talent_qualified_employee"] == "eligible"
    assert "No employer tax" in html
    assert "Kbis" in html and "form completed by your employer" in html


def test_a_step_sent_runs_no_assessment_and_the_next_page_one(client, monkeypatch):
    from django.core.cache import caches

    from sejour.assessment import facts_wanted
    from sejour.web.interview import assessments

    url = start(client, "graduate")
    client.get(url)  # the first page: its assessment is made
    calls, full = [], []
    monkeypatch.setattr(assessments, "facts_wanted", lambda *a, **k: calls.append(1) or facts_wanted(*a, **k))
    monkeypatch.setattr(assessments, "assess", lambda *a, **k: full.append(1) or assess(*a, **k))
    caches["default"].clear()  # as in another worker, which has none of this interview's
    sent = client.post(url, {"topic": "person", "fields": ["person.nationality"], "person__nationality": "IN"})
    assert sent.status_code == 302 and calls == []  # which page was sent is in the form: nothing to assess
    assert client.get(url).status_code == 200 and calls == [1]  # the next page: one assessment
    client.get(url)
    assert calls == [1]  # the same version again: reused
    assert full == []  # a step page needs the facts wanted, not the texts of a whole assessment


def test_two_interviews_with_the_same_answers_share_their_assessments_not_their_answers(client, monkeypatch):
    from django.core.cache import caches

    from sejour.assessment import facts_wanted
    from sejour.web.interview import assessments

    caches["default"].clear()
    calls = []
    monkeypatch.setattr(assessments, "facts_wanted", lambda *a, **k: calls.append("facts") or facts_wanted(*a, **k))
    monkeypatch.setattr(assessments, "assess", lambda *a, **k: calls.append("assess") or assess(*a, **k))
    first, second = start(client, "graduate"), start(client, "graduate")
    for url in (first, second):
        client.post(url, {"topic": "person", "fields": ["person.nationality"], "person__nationality": "IN"})
        assert client.get(url).status_code == 200
    assert calls == ["facts"]  # made for the first, found by the content of the second's answers
    client.post(second, {"topic": "person", "fields": ["person.nationality"], "person__nationality": "BR"})
    assert client.get(second).status_code == 200 and calls == ["facts", "facts"]  # other answers: its own
    assert client.get(first + "result/").status_code == 200 and client.get(second + "result/").status_code == 200
    assert calls.count("assess") == 2
