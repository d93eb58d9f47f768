"""Issue 15's four situations (tests/situations/) gone through in Debian's chromium as a new user
would, at a phone's size (360x740) and a desktop's (1280x800), in English and in French. Every page
fails on sideways scrolling, an internal name in its words, a touch target under 44 px or an
axe-core violation; the result's first screen must show the date to act by. A screenshot of each
page is kept (test-artifacts/screenshots/, or $SEJOUR_SCREENSHOTS).

The interview is gone through on the phone (where pages are tightest) and its result, by its
private link, on the desktop too. One browser (tests/conftest.py), one context per window
size, the live server shared."""

from __future__ import annotations

import datetime
from urllib.parse import quote

import pytest

from sejour import assess
from sejour.case import load_case
from sejour.text import long_date
from sejour.web.interview.models import Interview

from .page_checks import ROOT, axe_violations, fill_page, first_screen, internal_names, overflow, screenshots_dir, small_targets
from .test_browser import _axe_source

TODAY = datetime.date.today()
SITUATIONS = {"graduate_lyon": "graduate", "hired_rece_paris": "hired", "volunteer_nancy": "volunteer", "student_no_answer": "refused"}
WINDOWS = {"phone": {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True},
           "desktop": {"viewport": {"width": 1280, "height": 800}}}
# The interview is gone through on a phone (the narrow case), its result seen on a desktop too.
LANGUAGES = ["en", "fr"]
OPEN = ("eligible", "needs_information")


def situation(name: str) -> tuple[dict, int]:
    """The situation's case, and how many days its as_of is from today."""
    case = load_case(ROOT / "tests" / "situations" / f"{name}.yaml").to_dict()
    return case, (TODAY - datetime.date.fromisoformat(case["as_of"])).days


def form_facts(case: dict, shift: int) -> dict:
    """The interview's answers for the case, every date moved by `shift` days (the interview is today):
    dotted path → what a person types or picks; "never" for an event that has not happened."""
    facts = {}
    for section, fields in case.items():
        if not isinstance(fields, dict):
            continue
        facts[section] = "yes"  # the "if any" section exists (asked when the goal leaves it open)
        for field, value in fields.items():
            if isinstance(value, bool):
                value = "yes" if value else "no"
            elif value is None:
                value = "never"
            elif isinstance(value, str) and len(value) == 10 and value[4] == "-":
                value = (datetime.date.fromisoformat(value) + datetime.timedelta(days=shift)).strftime("%d/%m/%Y")
            elif isinstance(value, (int, float)):
                value = f"{value:g}"
            facts[f"{section}.{field}"] = value
    return facts


def date_to_act_by(assessment: dict) -> datetime.date | None:
    """The earliest deadline from as_of on among the routes open or possibly open (issue 15's definition)."""
    as_of = datetime.date.fromisoformat(assessment["as_of"])
    days = [datetime.date.fromisoformat(d["date"]) for r in assessment["routes"] if r["verdict"] in OPEN
            for d in r["deadlines"] if d["date"] and datetime.date.fromisoformat(d["date"]) >= as_of]
    return min(days, default=None)


@pytest.fixture(scope="module")
def windows(browser):
    """One browser context per window size; each interview is a page of its own in it."""
    contexts = {name: browser.new_context(**options) for name, options in WINDOWS.items()}
    yield contexts
    for context in contexts.values():
        context.close()


class Reader:
    """A person reading pages in one window and language; each page is checked and photographed."""

    def __init__(self, page, window, lang, label):
        self.page, self.window, self.lang, self.label, self.count = page, window, lang, label, 0
        self.axe, self.shots = _axe_source(), screenshots_dir()

    def check(self, name, names=True, targets=True):
        page, where = self.page, f"{self.window} {self.lang} {self.page.url}"
        page.screenshot(path=str(self.shots / f"{self.label}-{self.window}-{self.lang}-{self.count:02d}-{name}.png"), full_page=True)
        self.count += 1
        assert page.locator("html").get_attribute("lang") == self.lang, where
        assert overflow(page) <= 0, f"{where} scrolls sideways by {overflow(page)} px"
        if names:
            assert internal_names(page, self.lang) == [], f"{where} shows internal names: {internal_names(page, self.lang)}"
        if targets:
            assert small_targets(page) == [], f"{where}: touch targets under 44 px: {small_targets(page)}"
        assert axe_violations(page, self.axe) == [], f"axe on {where}: {axe_violations(page, self.axe)}"

    def answer(self, facts):
        """Answer the questions on the page by their field names (whatever the order of the pages)."""
        page = self.page
        fill_page(page, facts)
        with page.expect_navigation():
            page.locator("main form button[type=submit]").first.click()
        assert page.locator(".error-summary").count() == 0, page.locator(".error-summary").inner_text()


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", list(SITUATIONS))
def test_situation_on_a_phone_then_its_result_on_a_desktop(windows, live_server, name, lang):
    case, shift = situation(name)
    facts = form_facts(case, shift)
    page = windows["phone"].new_page()
    page.set_extra_http_headers({"Accept-Language": lang})
    reader = Reader(page, "phone", lang, name)
    page.goto(live_server.url + "/")
    reader.check("start")
    page.check(f"#goal-{SITUATIONS[name]}")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()
    for _ in range(20):
        if "/result/" in page.url:
            break
        reader.check("step")
        reader.answer(facts)
    else:
        raise AssertionError(f"{name}: the interview did not end")
    reader.check("result")

    interview = Interview.objects.get(token=page.url.split("/")[-3])
    day = date_to_act_by(assess(interview.case_on(TODAY), lang=lang, today=TODAY))
    # The same result on a desktop (its private link opened in another browser window).
    desktop = windows["desktop"].new_page()
    desktop.set_extra_http_headers({"Accept-Language": lang})
    desktop.goto(page.url)
    Reader(desktop, "desktop", lang, name).check("result")
    for shown, window in ((page, "phone"), (desktop, "desktop")):
        if day is not None:
            words = long_date(day, lang)
            assert words in first_screen(shown), f"{name} {window} {lang}: the first screen does not say « {words} »: {first_screen(shown)[:600]}"
    page.close()
    desktop.close()


@pytest.mark.django_db(transaction=True)
def test_the_other_pages_fit_a_phone(windows, live_server, settings):
    """The question page, and the advisors' pages (login, list, a case) at 360 px. (The advisors'
    pages write days as 2026-12-31 on purpose, to sort them at a glance: their words are not checked.)"""
    from sejour.web.cases.operations import create_advisor
    from sejour.web.cases.services import create_case

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    advisor = create_advisor("ana", "Association A", "ana@a.example", "a-long-Passphrase-1", create_organisation=True)
    case = create_case(advisor.organisation, situation("graduate_lyon")[0], "Ana Souza", "ana", advisor=advisor, lang="fr")
    page = windows["phone"].new_page()
    page.set_extra_http_headers({"Accept-Language": "fr"})
    reader = Reader(page, "phone", "fr", "pages")
    page.goto(live_server.url + "/ask/?q=" + quote("Combien coûte l'APS ?"))
    reader.check("ask")
    page.goto(live_server.url + "/advisor/login/")
    reader.check("login", names=False)
    page.fill("#id_username", "ana")
    page.fill("#id_password", "a-long-Passphrase-1")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()
    reader.check("advisor-list", names=False)
    page.goto(f"{live_server.url}/advisor/{case.pk}/")
    reader.check("advisor-case", names=False)
    page.close()


@pytest.mark.django_db(transaction=True)
def test_the_api_docs_work_without_a_network(windows, live_server):
    """The Swagger page loads nothing from another site: with every outside request refused, it
    still shows the operations (and fits a phone)."""
    import re

    import requests

    html = requests.get(live_server.url + "/api/v1/docs", timeout=30).text
    assert re.findall(r"""<(?:script|link)[^>]+(?:src|href)=["']https?://""", html) == []
    page = windows["phone"].new_page()
    outside = []

    def block(route):
        if route.request.url.startswith(live_server.url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", block)
    page.goto(live_server.url + "/api/v1/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=20000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/v1/assess" in p for p in paths), paths
    assert outside == [] and overflow(page) <= 0, (outside, overflow(page))
    page.close()
