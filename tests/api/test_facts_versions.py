"""PUT /api/v1/cases/{id}/facts names the version its facts were written from (If-Match or
?version=): a stale one is refused (409, with the current case), none at all too (428); two
programs changing one case at the same moment lose no acknowledged change."""

import pytest
import requests

from sejour.web.cases.models import ApiToken, Case, Organisation

from tests.concurrency import in_lockstep

from .test_cases_api import call, example

pytestmark = pytest.mark.django_db


@pytest.fixture
def case_and_key(db):
    org = Organisation.objects.create(name="Org")
    _, key = ApiToken.issue(org, "crm")
    from sejour.web.cases import services

    return services.create_case(org, example("graduate"), "Lin", "test"), key


def _put(client, case, key, facts, **headers):
    query = headers.pop("query", "")
    return call(client, "put", f"/api/v1/cases/{case.pk}/facts{query}", key, facts, **headers)


def test_a_stale_version_is_refused_with_the_current_case(client, case_and_key):
    case, key = case_and_key
    first = dict(example("graduate"), as_of="2015-06-20")
    assert _put(client, case, key, first, HTTP_IF_MATCH='"0"').status_code == 200
    stale = _put(client, case, key, dict(example("graduate"), as_of="2015-06-25"), HTTP_IF_MATCH='"0"')
    assert stale.status_code == 409 and stale["ETag"] == '"1"'
    body = stale.json()
    assert body["errors"][0]["field"] == "version" and body["errors"][0]["value"] == 0
    assert "changed meanwhile" in body["errors"][0]["message"] and "version 1" in body["errors"][0]["message"]
    assert body["case"]["version"] == 1 and body["case"]["facts"]["as_of"] == "2015-06-20"
    assert Case.objects.get(pk=case.pk).facts["as_of"] == "2015-06-20"  # nothing of the stale save
    again = _put(client, case, key, dict(body["case"]["facts"], as_of="2015-06-25"), query="?version=1")
    assert again.status_code == 200 and again.json()["version"] == 2


def test_without_a_version_nothing_is_overwritten(client, case_and_key):
    case, key = case_and_key
    response = _put(client, case, key, dict(example("graduate"), as_of="2015-06-20"))
    assert response.status_code == 428 and response.json()["errors"][0]["field"] == "If-Match"
    assert Case.objects.get(pk=case.pk).version == 0


@pytest.mark.parametrize("header, query, field", [('"abc"', "", "If-Match"), ("*", "", "If-Match"), ('"0"', "?version=1", "version"),
                                                   (None, "?version=x", "version")])
def test_a_strange_version_names_the_field(client, case_and_key, header, query, field):
    case, key = case_and_key
    headers = {"HTTP_IF_MATCH": header} if header else {}
    response = _put(client, case, key, example("graduate"), query=query, **headers)
    assert response.status_code == 422 and field in [e["field"] for e in response.json()["errors"]]
    assert Case.objects.get(pk=case.pk).version == 0


def test_the_schema_describes_the_version_and_the_conflict(client):
    schema = client.get("/api/v1/openapi.json").json()
    put = schema["paths"]["/api/v1/cases/{case_id}/facts"]["put"]
    assert {"409", "428", "200", "422"} <= set(put["responses"])
    assert {"version", "If-Match"} <= {p["name"] for p in put["parameters"]}
    assert "version" in schema["components"]["schemas"]["CaseOut"]["properties"]


@pytest.mark.django_db(transaction=True)
def test_two_programs_changing_one_case_at_once_lose_no_acknowledged_change(live_server):
    """Each program applies its own change (one to the day of the case, one to the permit's end)
    to the case as it reads it, and sends it from that version; refused (409), it applies the
    change again to the current facts it was given. Every change acknowledged (200) is still in
    the stored facts after both have finished."""
    from sejour.web.cases import services

    org = Organisation.objects.create(name="Org")
    _, key = ApiToken.issue(org, "crm")
    case = services.create_case(org, example("graduate"), "Lin", "test")
    url = f"{live_server.url}/api/v1/cases/{case.pk}"
    headers = {"Authorization": f"Bearer {key}"}
    value = {"day": lambda n: f"2015-06-{n + 1:02d}", "permit": lambda n: f"2015-07-{n + 1:02d}"}  # rising with n
    changes = {"day": lambda facts, n: dict(facts, as_of=value["day"](n)),
               "permit": lambda facts, n: dict(facts, permit=dict(facts["permit"], expires_on=value["permit"](n)))}
    field = {"day": lambda facts: facts["as_of"], "permit": lambda facts: facts["permit"]["expires_on"]}
    acknowledged, refused, lost = [], [], []

    def program(name):
        session = requests.Session()

        def change(number):
            current = session.get(url, headers=headers, timeout=60).json()
            for _ in range(10):
                facts = changes[name](current["facts"], number)
                answer = session.put(url + "/facts", json=facts, headers=dict(headers, **{"If-Match": f'"{current["version"]}"'}), timeout=60)
                if answer.status_code == 200:
                    acknowledged.append((name, number, answer.json()["version"], facts))
                    return
                assert answer.status_code == 409, answer.text
                refused.append((name, number))
                current = answer.json()["case"]
        return change

    def check(number):  # every change of the round acknowledged is stored
        stored = Case.objects.get(pk=case.pk).facts
        lost.extend((name, number) for name, round_, _, _ in acknowledged if round_ == number and field[name](stored) != value[name](number))

    assert in_lockstep(12, [program(name) for name in changes], check) == []
    assert lost == []
    assert len(acknowledged) == 24
    history = {v: facts for _, _, v, facts in acknowledged}
    assert sorted(history) == list(range(1, 25))  # each acknowledged save made one version
    stored = Case.objects.get(pk=case.pk)
    assert stored.version == 24
    history[24] = stored.facts
    # A change acknowledged in version v is in every later version (a blind overwrite from older
    # facts would bring back that program's older, smaller value).
    overwritten = [(name, number, version, later) for name, number, version, _ in acknowledged
                   for later in range(version, 25) if field[name](history[later]) < value[name](number)]
    assert overwritten == []
    assert field["day"](stored.facts) == value["day"](11) and field["permit"](stored.facts) == value["permit"](11)
    assert refused  # the two did meet
