"""/api/v1/cases a page at a time, and the decisions on a case through the API: recorded and
read with the organisation's token as on the case's page; another organisation's case is 404."""

import json

import pytest

from sejour.web.cases.models import ApiToken, HistoryEntry, Organisation, Outcome
from sejour.web.cases.services import create_case
from tests.cases.conftest import example


@pytest.fixture
def orgs(db):
    a, b = Organisation.objects.create(name="A"), Organisation.objects.create(name="B")
    return (a, ApiToken.issue(a, "crm")[1]), (b, ApiToken.issue(b, "erp")[1])


def get(client, path, key):
    return client.get(path, HTTP_AUTHORIZATION=f"Bearer {key}")


def post(client, path, key, body):
    return client.post(path, data=json.dumps(body), content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {key}")


@pytest.mark.django_db
def test_the_list_comes_in_pages_overdue_first(client, orgs):
    (a, key), (b, _) = orgs
    late = create_case(a, example("graduate"), "Late", "t")  # its deadline (2015-09-30) is before the others'
    others = [create_case(a, dict(example("volunteer")), f"V{i}", "t") for i in range(4)]
    create_case(b, example("graduate"), "Not theirs", "t")
    first = get(client, "/api/v1/cases?limit=2", key)
    assert first["X-Total-Count"] == "5" and 'offset=2>; rel="next"' in first["Link"]
    seen = [c["id"] for c in first.json()]
    offset = 2
    while True:
        page = get(client, f"/api/v1/cases?limit=2&offset={offset}", key)
        seen += [c["id"] for c in page.json()]
        if "Link" not in page:
            break
        offset += 2
    assert sorted(seen) == sorted([late.pk] + [c.pk for c in others]) and len(seen) == 5  # each once, none of B's
    everything = [c["id"] for c in get(client, "/api/v1/cases", key).json()]  # no limit: every case, a bare list as ever
    assert everything == seen and everything[0] == late.pk
    for query, field in (("limit=0", "limit"), ("limit=501", "limit"), ("offset=-1", "offset"), ("limit=x", "limit")):
        refused = get(client, f"/api/v1/cases?{query}", key)
        assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == field, query
    schema = client.get("/api/v1/openapi.json").json()
    parameters = {p["name"] for p in schema["paths"]["/api/v1/cases"]["get"]["parameters"]}
    assert {"limit", "offset"} <= parameters


@pytest.mark.django_db
def test_a_decision_recorded_and_read_through_the_api(client, orgs):
    (a, key), _ = orgs
    case = create_case(a, example("graduate"), "Lin", "t")
    assert get(client, f"/api/v1/cases/{case.pk}/outcomes", key).json() == []
    made = post(client, f"/api/v1/cases/{case.pk}/outcomes", key,
                {"route": "aps_graduate", "decision": "refused", "decided_on": "2015-10-20", "note": "Refused at the counter."})
    assert made.status_code == 201
    body = made.json()
    assert (body["decision"], body["authority"], body["decided_on"], body["agreement"]) == ("refused", "prefecture", "2015-10-20", "disagree")
    assert body["sejour_verdict_at_filing"] == "eligible" and body["recorded_by"] == "api token crm" and body["sejour_version"]
    assert get(client, f"/api/v1/cases/{case.pk}/outcomes", key).json() == [body]
    assert HistoryEntry.objects.filter(case=case, action="outcome_recorded", who="api token crm").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("body, field", [
    ({"decision": "granted", "decided_on": "2015-10-20"}, "route"),
    ({"route": "aps_nowhere", "decision": "granted", "decided_on": "2015-10-20"}, "route"),
    ({"route": "aps_graduate", "decision": "maybe", "decided_on": "2015-10-20"}, "decision"),
    ({"route": "aps_graduate", "decision": "granted", "decided_on": "20/10/2015"}, "decided_on"),
    ({"route": "aps_graduate", "decision": "granted", "decided_on": "2015-02-30"}, "decided_on"),
    ({"route": "aps_graduate", "decision": "granted", "decided_on": "2015-10-20", "authority": "mayor"}, "authority"),
    ({"route": "aps_graduate", "decision": "granted", "decided_on": "2015-10-20", "note": "x" * 5001}, "note"),
    ({"route": "aps_graduate", "decision": "granted", "decided_on": "2015-10-20", "colour": "red"}, "colour"),
])
def test_a_refused_decision_names_the_field(client, orgs, body, field):
    (a, key), _ = orgs
    case = create_case(a, example("graduate"), "Lin", "t")
    refused = post(client, f"/api/v1/cases/{case.pk}/outcomes", key, body)
    assert refused.status_code == 422 and field in [e["field"] for e in refused.json()["errors"]]
    assert not Outcome.objects.exists()


@pytest.mark.django_db
def test_another_organisations_case_is_404_for_decisions(client, orgs):
    (a, key), (b, bkey) = orgs
    theirs = create_case(b, example("graduate"), "Bob's client", "t")
    decision = {"route": "aps_graduate", "decision": "granted", "decided_on": "2015-10-20"}
    assert post(client, f"/api/v1/cases/{theirs.pk}/outcomes", bkey, decision).status_code == 201
    for response, absent in ((get(client, f"/api/v1/cases/{theirs.pk}/outcomes", key), get(client, f"/api/v1/cases/{theirs.pk + 99}/outcomes", key)),
                             (post(client, f"/api/v1/cases/{theirs.pk}/outcomes", key, decision),
                              post(client, f"/api/v1/cases/{theirs.pk + 99}/outcomes", key, decision))):
        assert response.status_code == absent.status_code == 404
        assert response.json()["errors"][0]["message"] == absent.json()["errors"][0]["message"] == "no such case"
    assert Outcome.objects.count() == 1
