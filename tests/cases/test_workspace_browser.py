"""The advisors' new pages in Debian's chromium, in English and French, as a new advisor uses
them: the list (searched), a case's page with its question form, a decision recorded through
the form, the decisions report, the API tokens page and the erasure's confirmation; axe-core
finds no serious or critical problem on any of them."""

from __future__ import annotations

import pytest

from sejour.web.cases.models import Outcome
from sejour.web.cases.operations import create_advisor
from sejour.web.cases.services import create_case
from tests.web.test_browser import Visit

from .conftest import example

WORDS = {"en": ("Record the decision", "Decision recorded", "API tokens", "Delete the case"),
         "fr": ("Enregistrer la décision", "Décision enregistrée", "Jetons d'API", "Supprimer le dossier")}


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_workspace_pages_in_the_browser(browser, live_server, lang, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    advisor = create_advisor("meg", "Association A", "meg@a.example", "m-long-Passphrase-4", True, api_tokens=True)
    case = create_case(advisor.organisation, example("graduate"), "Priya Sharma", "meg", advisor=advisor, lang=lang)
    create_case(advisor.organisation, example("volunteer"), "Someone Else", "meg", advisor=advisor, lang=lang)
    record, recorded, tokens, delete = WORDS[lang]
    context = browser.new_context(extra_http_headers={"Accept-Language": lang})
    page = context.new_page()
    visit = Visit(page, lang, None, "workspace")
    page.goto(live_server.url + "/advisor/login/")
    visit.check("login")
    page.fill("#id_username", "meg")
    page.fill("#id_password", "m-long-Passphrase-4")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    page.goto(live_server.url + "/advisor/?q=priya")
    visit.check("list")
    assert page.locator("main").get_by_text("Priya Sharma").count() and not page.locator("main").get_by_text("Someone Else").count()
    page.goto(live_server.url + f"/advisor/{case.pk}/")
    visit.check("case")
    form = page.locator(f"form[action='/advisor/{case.pk}/outcome/']")
    form.locator("select[name=route]").select_option("aps_graduate")
    form.locator("input[name=decision][value=granted]").check()
    form.locator("input[name=decided_on]").fill("20/10/2015")
    with page.expect_navigation():
        form.get_by_role("button", name=record).click()
    assert page.get_by_text(recorded).first.is_visible()
    visit.check("case-with-decision")
    assert Outcome.objects.get(case=case).decision == "granted"
    page.goto(live_server.url + "/advisor/outcomes/")
    visit.check("outcomes")
    page.goto(live_server.url + "/advisor/tokens/")
    assert page.locator("h1").inner_text() == tokens
    visit.check("tokens")
    page.goto(live_server.url + f"/advisor/{case.pk}/delete/")
    assert page.locator("h1").inner_text().startswith(delete)
    visit.check("delete")
    context.close()
