"""Two tabs of one interview saving different pages at the same moment, against a live server:
every answer the server acknowledged is kept (no save overwrites another)."""

import pytest

from tests.cases.conftest import example
from tests.concurrency import browser_session, in_lockstep

DEPARTEMENTS = ["75", "69", "13", "33", "31", "59", "67", "44", "35", "06", "34", "38", "2A", "974", "92", "93", "94", "76", "57", "21"]


@pytest.mark.django_db(transaction=True)
def test_two_tabs_saving_different_pages_lose_no_acknowledged_answer(live_server):
    from sejour.web.interview.models import Interview

    case = {k: v for k, v in example("graduate").items() if k != "as_of"}
    interview = Interview.objects.create(goal="student", case=case, steps=[
        {"topic": "person", "fields": ["person.departement"]}, {"topic": "studies", "fields": ["studies.years_completed_in_france"]}])
    url = f"{live_server.url}/i/{interview.token}/"
    tabs = [browser_session(live_server.url, f"/i/{interview.token}/?edit=person"), browser_session(live_server.url)]
    acknowledged, lost = {}, []

    def person_tab(number):
        session, csrf = tabs[0]
        answer = session.post(url, {"csrfmiddlewaretoken": csrf, "topic": "person", "fields": "person.departement",
                                    "person__departement": DEPARTEMENTS[number], "edit": "person"}, allow_redirects=False, timeout=60)
        if answer.status_code == 302:
            acknowledged[("person", "departement", number)] = DEPARTEMENTS[number]

    def studies_tab(number):
        session, csrf = tabs[1]
        answer = session.post(url, {"csrfmiddlewaretoken": csrf, "topic": "studies", "fields": "studies.years_completed_in_france",
                                    "studies__years_completed_in_france": str(number + 1), "edit": "studies"}, allow_redirects=False, timeout=60)
        if answer.status_code == 302:
            acknowledged[("studies", "years_completed_in_france", number)] = number + 1

    def check(number):
        stored = Interview.objects.get(pk=interview.pk).case
        for (section, name, round_), value in acknowledged.items():
            if round_ == number and stored[section].get(name) != value:
                lost.append((section, name, round_, value, stored[section].get(name)))

    rounds = len(DEPARTEMENTS)
    assert in_lockstep(rounds, [person_tab, studies_tab], check) == []
    assert lost == []
    assert len(acknowledged) == 2 * rounds  # every save was acknowledged: merged, none refused
    assert Interview.objects.get(pk=interview.pk).version == 2 * rounds
