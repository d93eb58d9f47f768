"""Whole interviews in Debian's chromium (Playwright), as a new user would do them, in French and
in English (and in Spanish on a phone): axe-core on every page, the result checked against `assess`, and every download
opened (PDF text with pdftotext, .ics with icalendar, DOCX with python-docx)."""

from __future__ import annotations

import datetime
import io
import os
import re
import subprocess
from pathlib import Path

import pytest
from docx import Document
from icalendar import Calendar

from sejour import assess
from sejour.text import long_date
from sejour.web.interview.models import Interview
from sejour.web.interview.reading import money

ROOT = Path(__file__).resolve().parents[2]
TODAY = datetime.date.today()


def _day(days: int) -> str:
    return (TODAY + datetime.timedelta(days=days)).strftime("%d/%m/%Y")


def _axe_source() -> str:
    for root in (ROOT, Path("/work/main")):
        path = root / "node_modules" / "axe-core" / "axe.min.js"
        if path.exists():
            return path.read_text()
    raise AssertionError("axe-core is not installed: run `bash .ci/setup-system` (npm install axe-core)")


SCENARIOS = {
    "volunteer": ("volunteer", {"person.nationality": "BR", "person.in_france": "no", "volunteering.host_public_utility": "yes",
                                "volunteering.host_approved_for_volunteers": "yes", "volunteering.mission_purpose": "social",
                                "volunteering.general_interest_aims": ["solidarity_in_france"], "volunteering.contract_signed_before_entry": "yes",
                                "volunteering.long_stay_visa": "yes", "volunteering.acceptance_certificate": "yes", "volunteering.commits_to_leave": "yes",
                                "volunteering.starts_on": _day(30), "volunteering.ends_on": _day(390), "permit.kind": "long_stay_visa"},
                  "aps_volunteer", "volunteer_undertaking"),
    "graduate_paris": ("graduate", {"person.nationality": "IN", "person.in_france": "yes", "person.departement": "75", "permit.kind": "student",
                                    "permit.expires_on": _day(200), "studies.diploma": "master", "studies.institution_accredited": "yes",
                                    "studies.enrolled_next_year": "no", "studies.obtained_on": _day(-20)}, "aps_graduate", None),
    "hired_cdi": ("hired", {"person.nationality": "CN", "person.in_france": "yes", "person.departement": "69", "permit.kind": "aps_graduate",
                            "permit.expires_on": _day(100), "studies.diploma": "master", "studies.institution_accredited": "yes", "job.contract": "cdi",
                            "job.gross_monthly_salary_eur": "3 200", "job.related_to_studies": "yes", "job.pay_comparable": "yes",
                            "job.signed_on": _day(-5), "job.starts_on": _day(25)}, "employee_after_aps", "change_of_status_request"),
    "refused": ("refused", {"person.nationality": "SN", "person.in_france": "yes", "person.departement": "33", "permit.kind": "student",
                            "permit.expires_on": _day(-10), "application.route": "aps_graduate", "application.filed_on": _day(-90),
                            "application.decision": "refused", "application.decided_on": _day(-20), "application.refusal_received_on": _day(-15),
                            "application.oqtf": "none", "application.appeal_filed_on": "never"},
                "appeal", "administrative_appeal"),
    # a refusal with an obligation to leave France: one month to the court, no recours gracieux letter
    "refused_oqtf": ("refused", {"person.nationality": "MA", "person.in_france": "yes", "person.departement": "57", "permit.kind": "student",
                                 "permit.expires_on": _day(-10), "application.route": "student_renewal", "application.filed_on": _day(-90),
                                 "application.decision": "refused", "application.decided_on": _day(-12), "application.refusal_received_on": _day(-10),
                                 "application.oqtf": "with_departure_period", "application.custody": "none", "application.appeal_filed_on": "never"},
                     "appeal", None),
}


class Visit:
    """One person in the browser: answers pages, checks each with axe-core."""

    def __init__(self, page, lang, shots, scenario=""):
        self.page, self.lang, self.shots, self.pages, self.scenario = page, lang, shots, 0, scenario
        self.axe = _axe_source()

    def check(self, name):
        # Injected by the browser's devtools, not as an inline <script>: the page's CSP stays enforced.
        self.page.evaluate("source => { (0, eval)(source); }", self.axe)
        violations = self.page.evaluate("""async () => (await axe.run(document, {resultTypes: ['violations']})).violations
            .filter(v => ['serious', 'critical'].includes(v.impact)).map(v => v.id + ' ' + v.nodes.map(n => n.target.join(' ')).join(' | '))""")
        assert violations == [], f"axe on {self.page.url}: {violations}"
        from .page_checks import internal_names, overflow

        if "/advisor/" not in self.page.url:  # the advisors' case editor shows the case format itself (its field names, ISO days)
            assert internal_names(self.page, self.lang) == [], f"internal names on {self.page.url}"
        assert overflow(self.page) <= 0, f"sideways scrolling on {self.page.url}"
        if self.shots:
            self.page.screenshot(path=str(Path(self.shots) / f"{self.scenario}-{self.lang}-{self.pages:02d}-{name}.png"), full_page=True)
        self.pages += 1

    def answer(self, facts):
        from .page_checks import fill_page

        page = self.page
        fields = fill_page(page, facts)
        with page.expect_navigation():
            page.locator("main form button[type=submit]").first.press("Enter")
        return fields


def _interview(visit, goal, facts):
    page = visit.page
    page.goto(visit.base + "/")
    visit.check("start")
    page.check(f"#goal-{goal}")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()
    asked = []
    for _ in range(15):
        if "/result/" in page.url:
            return asked
        visit.check("step")
        asked += visit.answer(facts)
        assert page.locator(".error-summary").count() == 0, page.locator(".error-summary").inner_text()
    raise AssertionError(f"the interview did not end: {asked}")


def _download(page, selector) -> bytes:
    with page.expect_download() as info:
        page.click(selector)
    return Path(info.value.path()).read_bytes()


SIGNER = {"given_name": "Maria Luz", "family_name": "Santos", "address_1": "12 rue Stanislas", "postcode": "54000", "city": "Nancy"}


def _letter(page, letter: str, fmt: str) -> bytes:
    """The letter as a person gets it from the result page: its page, who signs it, then the file."""
    page.click(f"a[href$='/letter/{letter}/']")
    for name, value in SIGNER.items():
        page.fill(f"[name={name}]", value)
    content = _download(page, f"button[name=format][value={fmt}]")
    page.go_back()
    return content


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_whole_interview_in_the_browser(browser, live_server, scenario, lang):
    goal, facts, route_id, letter = SCENARIOS[scenario]
    context = browser.new_context(locale=lang, extra_http_headers={"Accept-Language": lang}, accept_downloads=True)
    page = context.new_page()
    visit = Visit(page, lang, os.environ.get("SEJOUR_SCREENSHOTS"), scenario)
    visit.base = live_server.url
    asked = _interview(visit, goal, facts)
    visit.check("result")
    assert page.locator("html").get_attribute("lang") == lang
    assert len(asked) == len(set(asked))

    interview = Interview.objects.get(token=page.url.split("/")[-3])
    expected = assess(interview.case_on(TODAY), lang=lang, today=TODAY)
    routes = {r["id"]: r for r in expected["routes"]}
    shown = dict(zip(page.locator("section.route h3").evaluate_all("els => els.map(e => e.id.slice(6))"),
                     page.locator("section.route .verdict").evaluate_all("els => els.map(e => e.dataset.verdict)")))
    assert shown == {k: routes[k]["verdict"] for k in expected["answer"]["full_routes"]}  # the others: one line each
    if expected["answer"]["act_by"]:  # the date to act by on the first screen, in words
        from .page_checks import first_screen

        assert long_date(expected["answer"]["act_by"]["date"], lang) in first_screen(page)
    assert routes[route_id]["verdict"] == "eligible", routes[route_id]
    result_text = page.locator("main").inner_text()
    for route in routes.values():
        if route["id"] in shown:
            for deadline in route["deadlines"]:
                assert deadline["date"] is None or long_date(deadline["date"], lang) in result_text, (route["id"], deadline)

    pdf = _download(page, "a[href$='dossier.pdf']")
    text = re.sub(r"\s+", " ", subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode())
    for deadline in routes[route_id]["deadlines"]:
        assert long_date(deadline["date"], lang) in text
    for document in routes[route_id]["documents"][:3]:
        assert re.sub(r"\s+", " ", document["text"])[:25] in text
    for cost in routes[route_id]["costs"]:
        if cost["amount_eur"]:  # as the language writes an amount: €1,760.00, 1 760,00 €
            assert re.sub(r"\s+", " ", money(cost["amount_eur"], lang)) in text

    calendar = Calendar.from_ical(_download(page, "a[href$='deadlines.ics']"))
    days = {event.decoded("dtstart").isoformat() for event in calendar.walk("VEVENT")}
    assert days == {d["date"] for r in routes.values() if r["verdict"] != "not_applicable" for d in r["deadlines"] if not d["passed"]}

    assert b"version: 1" in _download(page, "a[href$='case.yaml']")
    if scenario == "refused_oqtf":  # a recours gracieux would not protect this person: not offered
        assert page.locator("a[href*='administrative_appeal']").count() == 0
    if letter:
        document = Document(io.BytesIO(_letter(page, letter, "docx")))
        body = "\n".join(p.text for p in document.paragraphs)
        assert "Maria Luz SANTOS" in body and "À Nancy, le" in body  # signed, dated and placed
        days = [long_date(datetime.date.fromisoformat(d["date"]), "fr") for d in routes[route_id]["deadlines"]]  # the letter is French
        assert any(day in body for day in days), (days, body[:500])
        letter_pdf = _letter(page, letter, "pdf")
        letter_text = subprocess.run(["pdftotext", "-", "-"], input=letter_pdf, capture_output=True, check=True).stdout.decode()
        assert any(day in " ".join(letter_text.split()) for day in days), letter_text[:500]
    context.close()


@pytest.mark.django_db(transaction=True)
def test_language_switch_without_javascript_keeps_the_page(browser, live_server):
    context = browser.new_context(java_script_enabled=False, extra_http_headers={"Accept-Language": "en"})
    page = context.new_page()
    page.goto(live_server.url + "/")
    page.check("#goal-graduate")
    with page.expect_navigation():
        page.keyboard.press("Enter")  # keyboard only: Enter in the form submits it
    step_url = page.url
    assert "/i/" in step_url
    with page.expect_navigation():
        page.click("header form.lang button[value=fr]")
    assert page.url == step_url and page.locator("html").get_attribute("lang") == "fr"
    page.goto(live_server.url + "/")
    assert page.locator("html").get_attribute("lang") == "fr"
    context.close()


PHONE_WIDTH = 360


@pytest.mark.django_db(transaction=True)
def test_whole_interview_in_spanish_on_a_phone(browser, live_server):
    """A new user on a phone, browser in Spanish: every page in Spanish (axe-checked, no sideways
    scrolling), the notice that the French legal text counts, the result as `assess` gives it in
    Spanish, the dossier and the calendar in Spanish too, and the letter in French with its
    Spanish translation beside it."""
    from sejour.documents.letter_texts import HEADING
    from sejour.web.interview.presentation import TRANSLATION_NOTICE, VERDICT_WORDS

    from .test_spanish import english_words_left

    goal, facts, route_id, letter = SCENARIOS["volunteer"]
    context = browser.new_context(locale="es-ES", extra_http_headers={"Accept-Language": "es-ES,es;q=0.9"}, accept_downloads=True,
                                  viewport={"width": PHONE_WIDTH, "height": 740}, is_mobile=True, has_touch=True, device_scale_factor=2)
    page = context.new_page()
    visit = Visit(page, "es", os.environ.get("SEJOUR_SCREENSHOTS"), "phone")
    visit.base = live_server.url
    seen = []
    check = visit.check

    def check_in_spanish(name):
        check(name)
        text = page.locator("body").inner_text()
        assert page.locator("html").get_attribute("lang") == "es"
        assert TRANSLATION_NOTICE["es"] in text and english_words_left(text) == [], (page.url, english_words_left(text))
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE_WIDTH, f"{page.url} is {width}px wide: it scrolls sideways on a phone"
        seen.append(text)

    visit.check = check_in_spanish
    asked = _interview(visit, goal, facts)
    visit.check("result")
    assert len(asked) == len(set(asked)) and "¿Cuál es su nacionalidad?" in seen[1]

    interview = Interview.objects.get(token=page.url.split("/")[-3])
    assessment = assess(interview.case_on(TODAY), lang="es", today=TODAY)
    expected = {r["id"]: r for r in assessment["routes"]}
    shown = dict(zip(page.locator("section.route h3").evaluate_all("els => els.map(e => e.id.slice(6))"),
                     page.locator("section.route .verdict").all_inner_texts()))
    assert shown == {k: VERDICT_WORDS[expected[k]["verdict"]]["es"] for k in assessment["answer"]["full_routes"]}
    assert shown[route_id] == VERDICT_WORDS["eligible"]["es"] == "Abierto para usted"
    assert page.locator(f"#route-{route_id}").inner_text().startswith(expected[route_id]["title"].split(" (")[0])

    pdf = _download(page, "a[href$='dossier.pdf']")
    text = re.sub(r"\s+", " ", subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode())
    assert "Su expediente" in text and TRANSLATION_NOTICE["es"] in text and english_words_left(text) == []
    for deadline in expected[route_id]["deadlines"]:
        assert long_date(deadline["date"], "es") in text
    calendar = Calendar.from_ical(_download(page, "a[href$='deadlines.ics']"))
    assert str(calendar["x-wr-calname"]) == "sejour: mis plazos"
    document = Document(io.BytesIO(_letter(page, letter, "docx")))
    french, heading, spanish = "\n".join(p.text for p in document.paragraphs).partition(HEADING["es"])
    assert heading and french.strip() and english_words_left(spanish) == []
    context.close()
