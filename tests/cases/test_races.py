"""An advisor saving a case's facts while a colleague closes or reopens it, and two advisors
saving facts from the same version, against a live server: no acknowledged change is lost."""

import re

import pytest
import yaml

from tests.concurrency import browser_session, in_lockstep

from .conftest import example

VERSION = re.compile(r'name="version" value="(\d+)"')


def _logged_in(client, user, live_server, path):
    client.force_login(user)
    return browser_session(live_server.url, path, session_cookie=client.cookies["sessionid"].value)


def _facts(day: int) -> str:
    return yaml.safe_dump(dict(example("graduate"), as_of=f"2015-06-{day:02d}"))


@pytest.mark.django_db(transaction=True)
def test_facts_saves_and_closing_at_the_same_moment_both_kept(advisors, live_server):
    from django.test import Client

    from sejour.web.cases import services
    from sejour.web.cases.models import Case

    case = services.create_case(advisors[0].organisation, example("graduate"), "Priya", "ana", advisor=advisors[0])
    path = f"/advisor/{case.pk}/"
    ana = _logged_in(Client(), advisors[0].user, live_server, path)
    colleague = _logged_in(Client(), advisors[0].user, live_server, path)
    version = [VERSION.search(ana[0].get(live_server.url + path, timeout=60).text)[1]]
    acknowledged, lost = {}, []

    def save_facts(number):
        session, csrf = ana
        answer = session.post(f"{live_server.url}{path}facts/", {"csrfmiddlewaretoken": csrf, "facts": _facts(number + 1), "version": version[0]},
                              allow_redirects=False, timeout=60)
        if answer.status_code == 302:
            acknowledged[("as_of", number)] = f"2015-06-{number + 1:02d}"

    def close_or_reopen(number):
        session, csrf = colleague
        answer = session.post(f"{live_server.url}{path}close/", {"csrfmiddlewaretoken": csrf, "closed": str(1 - number % 2)},
                              allow_redirects=False, timeout=60)
        if answer.status_code == 302:
            acknowledged[("closed", number)] = number % 2 == 0

    def check(number):
        stored = Case.objects.get(pk=case.pk)
        now = {"as_of": stored.facts["as_of"], "closed": stored.closed}
        lost.extend((what, round_, value, now[what]) for (what, round_), value in acknowledged.items() if round_ == number and now[what] != value)
        version[0] = str(stored.version)  # as the page shows it after the round

    rounds = 20
    assert in_lockstep(rounds, [save_facts, close_or_reopen], check) == []
    assert lost == []
    assert len(acknowledged) == 2 * rounds
    actions = list(Case.objects.get(pk=case.pk).history.values_list("action", flat=True))
    assert actions.count("facts_changed") == rounds and actions.count("closed") + actions.count("reopened") == rounds


@pytest.mark.django_db(transaction=True)
def test_two_facts_saves_from_one_version_one_kept_the_other_refused(advisors, live_server):
    from django.test import Client

    from sejour.web.cases import services
    from sejour.web.cases.models import Case

    case = services.create_case(advisors[0].organisation, example("graduate"), "Priya", "ana", advisor=advisors[0])
    path = f"/advisor/{case.pk}/"
    sessions = [_logged_in(Client(), advisors[0].user, live_server, path) for _ in range(2)]
    version = [VERSION.search(sessions[0][0].get(live_server.url + path, timeout=60).text)[1]]  # both write from it
    answers, lost = {}, []

    def saver(index):
        def save(number):
            session, csrf = sessions[index]
            answers[(index, number)] = session.post(f"{live_server.url}{path}facts/", {
                "csrfmiddlewaretoken": csrf, "facts": _facts(2 * number + index + 1), "version": version[0]}, allow_redirects=False, timeout=60)
        return save

    def check(number):
        stored = Case.objects.get(pk=case.pk)
        kept = [index for index in (0, 1) if answers[(index, number)].status_code == 302]
        refused = [answers[(index, number)] for index in (0, 1) if index not in kept]
        if len(kept) != 1 or stored.facts["as_of"] != f"2015-06-{2 * number + kept[0] + 1:02d}":
            lost.append((number, kept, stored.facts["as_of"]))
        assert all(r.status_code == 409 and "changed the facts of this case meanwhile" in r.text for r in refused), [(r.status_code, r.text[:3000]) for r in refused]
        version[0] = str(stored.version)

    assert in_lockstep(10, [saver(0), saver(1)], check) == []
    assert lost == []
