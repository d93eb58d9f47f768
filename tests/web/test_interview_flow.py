"""What the interview asks, in which order, and what the result then uses: the four situations of
issue 15 gone through page by page, and generated interviews (no question asked twice, no fact
asked that an earlier answer decides, a progress that never goes back and ends at 100 %)."""

import datetime
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sejour import assess
from sejour.countries import DEPARTEMENTS
from sejour.web.interview.flow import pending_fields
from sejour.web.interview.implied import IMPLIED
from sejour.web.interview.models import Interview

from ..strategies import cases
from .interviews import page_answers, page_fields

pytestmark = pytest.mark.django_db
TODAY = datetime.date.today()
ILE_DE_FRANCE = {"75", "77", "78", "91", "92", "93", "94", "95"}  # INSEE, région 11


def day(days: int) -> str:
    return (TODAY + datetime.timedelta(days=days)).isoformat()


# The four situations of the issue (as in tests/situations/, with days counted from today)
MASTER = {"diploma": "master", "confers_master_grade": True, "institution_accredited": True, "enrolled_next_year": False}
SITUATIONS = {
    "graduate_lyon": ("graduate", {"person": {"nationality": "BR", "in_france": True, "departement": "69"},
                                   "permit": {"kind": "student", "expires_on": day(30)},
                                   "studies": {**MASTER, "obtained_on": day(-77)}}),
    "hired_rece_paris": ("hired", {"person": {"nationality": "VN", "in_france": True, "departement": "75"},
                                   "permit": {"kind": "aps_graduate", "expires_on": day(300)}, "studies": {**MASTER, "obtained_on": day(-437)},
                                   "job": {"contract": "cdi", "gross_monthly_salary_eur": 3200, "related_to_studies": True, "pay_comparable": True,
                                           "signed_on": day(-11), "starts_on": day(34)}}),
    "volunteer_nancy": ("volunteer", {"person": {"nationality": "PH", "in_france": True, "arrived_on": day(-11), "departement": "54"},
                                      "permit": {"kind": "long_stay_visa", "expires_on": day(349)},
                                      "volunteering": {"host_public_utility": True, "host_approved_for_volunteers": True, "mission_purpose": "social",
                                                       "general_interest_aims": ["solidarity_in_france"], "contract_signed_before_entry": True,
                                                       "long_stay_visa": True, "acceptance_certificate": True, "commits_to_leave": True,
                                                       "starts_on": day(-8), "ends_on": day(349)}}),
    "student_no_answer": ("refused", {"person": {"nationality": "MA", "in_france": True, "departement": "31"},
                                      "permit": {"kind": "student", "expires_on": day(-62)}, "studies": {**MASTER, "obtained_on": day(-159)},
                                      "job": {"contract": "cdi", "gross_monthly_salary_eur": 2900, "related_to_studies": True, "pay_comparable": True,
                                              "signed_on": day(-153), "starts_on": day(-91)},
                                      "application": {"route": "employee_from_student", "filed_on": day(-134), "decision": "pending"}}),
}


def form_value(value):
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return datetime.date.fromisoformat(value).strftime("%d/%m/%Y")
    return str(value)


def facts_of(case: dict) -> dict:
    """Form values by dotted path, from a case (a fact left out, or null, is answered « I don't know »)."""
    return {f"{section}.{name}": form_value(value) for section, values in case.items() if isinstance(values, dict)
            for name, value in values.items() if value is not None}


def walk(client, goal: str, case: dict, limit: int = 25):
    """Answer every page from the case; returns (url, [(topic, fields, progress)]) of the pages seen."""
    url = client.post("/", {"goal": goal})["Location"]
    facts, seen = facts_of(case), []
    for _ in range(limit):
        response = client.get(url)
        if response.status_code == 302:
            assert response["Location"].endswith("/result/")
            return url, seen
        html = response.content.decode()
        topic, fields = page_fields(html)
        shown = re.search(r'<progress value="(\d+)" max="100"', html)
        seen.append((topic, fields, int(shown[1])))
        if topic == "sections":
            data = {"topic": topic, "fields": fields, **{"section__" + f: "yes" if isinstance(case.get(f), dict) else "no" for f in fields}}
        else:
            data = page_answers(html, facts)
        if client.post(url, data).status_code == 400:  # an answer the case format refuses with the others: not known
            client.post(url, {"topic": topic, "fields": fields, **{f.replace(".", "__") + "__unknown": "1" for f in fields}})
    raise AssertionError(f"the interview did not end after {limit} pages: {seen}")


def interview_of(url) -> Interview:
    return Interview.objects.get(token=url.split("/")[2])


def asked(pages) -> list[str]:
    return [field for _, fields, _ in pages for field in fields]


def routes(url) -> dict:
    return {r["id"]: r for r in assess(interview_of(url).case_on(TODAY), today=TODAY)["routes"]}


def assert_asked_once_and_progress_monotonic(client, url, pages):
    fields = asked(pages)
    assert len(fields) == len(set(fields)), f"a question was asked twice: {pages}"
    implying = {f: value for f, value in facts_of(interview_of(url).case).items()}
    for rule in IMPLIED:  # a fact an earlier answer decided is never asked after it
        if rule.source in fields and rule.path in fields:
            assert fields.index(rule.path) < fields.index(rule.source) or implying.get(rule.source) not in rule.when, (rule, pages)
    shown = [progress for _, _, progress in pages]
    assert shown == sorted(shown) and all(0 <= p <= 100 for p in shown), shown
    assert client.get(url + "result/").status_code == 200
    assert interview_of(url).progress == 100


def test_the_graduate_in_lyon_is_asked_her_diplomas_date_and_gets_no_paris_advice(client):
    url, pages = walk(client, *SITUATIONS["graduate_lyon"])
    assert "studies.obtained_on" in asked(pages) and "person.departement" in asked(pages)
    graduate = routes(url)["aps_graduate"]
    documents = {d["id"] for d in graduate["documents"]}
    assert "diploma" in documents and "attestation_de_reussite" not in documents  # awarded 77 days ago
    html = client.get(url + "result/").content.decode()
    assert "Paris region" not in html
    advised = next(d for d in graduate["deadlines"] if d["id"] == "apply_by_recommended")
    assert "Paris" not in advised["text"] and "a préfecture can take months" in advised["text"]
    assert_asked_once_and_progress_monotonic(client, url, pages)


def test_the_hired_rece_holder_in_paris_is_asked_the_departement_for_the_letter(client):
    url, pages = walk(client, *SITUATIONS["hired_rece_paris"])
    assert "person.departement" in asked(pages)
    assert interview_of(url).case["person"]["departement"] == "75"
    assert routes(url)["employee_after_aps"]["verdict"] == "eligible"
    assert_asked_once_and_progress_monotonic(client, url, pages)


def test_the_volunteer_says_once_that_she_holds_a_long_stay_visa(client):
    url, pages = walk(client, *SITUATIONS["volunteer_nancy"])
    assert "permit.kind" in asked(pages) and "volunteering.long_stay_visa" not in asked(pages)
    assert interview_of(url).case_on(TODAY)["volunteering"]["long_stay_visa"] is True
    volunteer = routes(url)["aps_volunteer"]
    assert volunteer["verdict"] == "eligible"
    assert next(c for c in volunteer["conditions"] if c["id"] == "long_stay_visa")["met"] is True
    assert "person.departement" in asked(pages)
    assert_asked_once_and_progress_monotonic(client, url, pages)


def test_a_volunteer_without_a_visa_yet_is_asked_about_it_after_the_document_held(client):
    goal, case = SITUATIONS["volunteer_nancy"]
    case = {**case, "person": {"nationality": "PH", "in_france": False}, "permit": {"kind": "none"}}
    url, pages = walk(client, goal, case)
    fields = asked(pages)
    assert fields.index("permit.kind") < fields.index("volunteering.long_stay_visa")
    assert_asked_once_and_progress_monotonic(client, url, pages)


def test_the_pending_application_is_asked_about_first_and_its_route_assessed(client):
    url, pages = walk(client, *SITUATIONS["student_no_answer"])
    topics = [topic for topic, _, _ in pages]
    assert topics[0] == "person" and next(t for t in topics if t != "person") == "application", topics
    assert pages[topics.index("application")][1][0] == "application.route"
    # applying for the employee permit means having the job: its questions come next, before the permit's
    assert topics.index("job") < topics.index("permit") and {"job.contract", "job.gross_monthly_salary_eur"} <= set(asked(pages))
    assert routes(url)["employee_from_student"]["verdict"] != "not_applicable"
    assert_asked_once_and_progress_monotonic(client, url, pages)


def test_a_contracts_signing_day_is_asked_when_it_fixes_the_deadline():
    """Until 28 February 2019 the change of status was asked within 15 days of hiring: the day of
    signing then fixes the deadline, and the interview asks it (today it does not)."""
    case = {"person": {"nationality": "IN", "in_france": True, "departement": "69"}, "permit": {"kind": "aps_graduate", "expires_on": "2018-12-31"},
            "job": {"contract": "cdi", "gross_monthly_salary_eur": 3000, "related_to_studies": True, "pay_comparable": True}}
    interview = Interview(goal="hired", case=case, unknown=[], steps=[])
    assert "job.signed_on" in pending_fields(interview, datetime.date(2018, 6, 1))
    assert "job.signed_on" not in pending_fields(Interview(goal="hired", case=case, unknown=[], steps=[]), TODAY)


@pytest.mark.parametrize("obtained, listed, not_listed", [(None, {"diploma", "attestation_de_reussite"}, set()),
                                                          (60, {"attestation_de_reussite"}, {"diploma"}),
                                                          (-60, {"diploma"}, {"attestation_de_reussite"})])
def test_the_diplomas_date_decides_the_checklist_and_is_asked_while_unknown(obtained, listed, not_listed):
    studies = {**MASTER, **({"obtained_on": day(obtained)} if obtained is not None else {})}
    case = {"version": 1, "as_of": TODAY.isoformat(), "person": {"nationality": "BR", "in_france": True, "departement": "69"},
            "permit": {"kind": "student", "expires_on": day(90)}, "studies": studies}
    graduate = {r["id"]: r for r in assess(case, today=TODAY)["routes"]}["aps_graduate"]
    documents = {d["id"] for d in graduate["documents"]}
    assert listed <= documents and not (not_listed & documents)
    assert ("studies.obtained_on" in graduate["missing_details"]) == (obtained is None)


@settings(max_examples=40)
@given(departement=st.sampled_from(sorted(DEPARTEMENTS)), lang=st.sampled_from(["en", "fr", "es"]))
def test_the_paris_regions_slowness_is_said_only_to_who_lives_there(departement, lang):
    case = {"version": 1, "as_of": "2026-03-01", "person": {"nationality": "BR", "in_france": True, "departement": departement},
            "permit": {"kind": "student", "expires_on": "2026-12-31"}, "studies": MASTER}
    graduate = {r["id"]: r for r in assess(case, lang=lang, today=TODAY)["routes"]}["aps_graduate"]
    advised = next(d for d in graduate["deadlines"] if d["id"] == "apply_by_recommended")
    words = {"en": ("Paris", "Île-de-France"), "fr": ("Paris", "parisienne", "Île-de-France"), "es": ("París", "Île-de-France")}[lang]
    texts = [advised["text"]] + [c["text"] for c in graduate["conditions"]] + graduate["next_steps"]
    named = any(word in text for text in texts for word in words)
    assert named == (departement in ILE_DE_FRANCE), (departement, advised["text"])
    assert advised["date"] == ("2026-06-30" if departement in ILE_DE_FRANCE else "2026-08-31")


def test_with_no_departement_the_advice_names_no_region_and_the_departement_is_asked():
    case = {"version": 1, "as_of": "2026-03-01", "person": {"nationality": "BR", "in_france": True},
            "permit": {"kind": "student", "expires_on": "2026-12-31"}, "studies": MASTER}
    for lang in ("en", "fr", "es"):
        graduate = {r["id"]: r for r in assess(case, lang=lang, today=TODAY)["routes"]}["aps_graduate"]
        assert not any(w in " ".join(graduate["next_steps"] + [d["text"] for d in graduate["deadlines"]]) for w in ("Paris", "París", "Île-de-France"))
        assert "person.departement" in graduate["missing_details"]


GOALS = st.sampled_from(["graduate", "hired", "volunteer", "refused", "unsure"])


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(goal=GOALS, case=cases())
def test_generated_interviews_ask_each_fact_once_and_progress_never_goes_back(client, goal, case):
    case.pop("as_of")
    url, pages = walk(client, goal, case)
    assert_asked_once_and_progress_monotonic(client, url, pages)
    # the progress is said in words matching the bar, per language
    last = client.get(url + "?edit=" + pages[-1][0]).content.decode()
    assert 'id="progress-text"' not in last  # not on an earlier page changed


def test_the_progress_is_said_in_the_pages_language(client):
    url = client.post("/", {"goal": "graduate"}, HTTP_ACCEPT_LANGUAGE="fr")["Location"]
    html = client.get(url, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    text = re.search(r'id="progress-text">([^<]+)<', html)[1]
    value = re.search(r'<progress value="(\d+)"', html)[1]
    assert text == f"Étape 1 : environ {value}\u00a0% du parcours", text



def test_under_the_server_the_progress_shown_is_stored_once_the_page_is_sent(client):
    """`sejour serve` calls the app in turns (turns.InTurn): a step page's new progress is written
    after the page has been sent, and only then; the page shows it all the same."""
    from wsgiref.util import setup_testing_defaults

    from django.core.handlers.wsgi import WSGIHandler
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    from sejour.web.turns import InTurn, Turns

    url = client.post("/", {"goal": "graduate"})["Location"]
    first = client.get(url).content.decode()
    client.post(url, page_answers(first, {"person.nationality": "IN"}))
    before = Interview.objects.get(token=url.split("/")[2]).progress
    environ = {"PATH_INFO": url, "REQUEST_METHOD": "GET"}
    setup_testing_defaults(environ)
    signals = (request_started, request_finished)
    for signal in signals:  # the test's database connection kept open, as the tests' client does
        signal.disconnect(close_old_connections)
    try:
        body = InTurn(WSGIHandler(), Turns(1))(environ, lambda status, headers, exc_info=None: None)
        page = b"".join(body).decode()
        shown = int(re.search(r'<progress value="(\d+)" max="100"', page)[1])
        assert shown > before and Interview.objects.get(token=url.split("/")[2]).progress == before  # not yet
        body.close()
    finally:
        for signal in signals:
            signal.connect(close_old_connections)
    assert Interview.objects.get(token=url.split("/")[2]).progress == shown
