"""/api/v1/cases with a bearer token: list, create, get, change facts (re-assessed), delete; revocable."""

import json
import pathlib

import pytest

from sejour import assess
from sejour.case import load_case
from sejour.web.cases.models import ApiToken, HistoryEntry, Organisation

ROOT = pathlib.Path(__file__).resolve().parents[2]


def example(name):
    return load_case(ROOT / "examples" / f"{name}.yaml").to_dict()


@pytest.fixture
def token(db):
    org = Organisation.objects.create(name="Org")
    return ApiToken.issue(org, "crm")


def call(client, method, path, key, body=None, **headers):
    extra = {"HTTP_AUTHORIZATION": f"Bearer {key}"} if key else {}
    extra.update(headers)
    if body is None:
        return getattr(client, method)(path, **extra)
    return getattr(client, method)(path, data=body if isinstance(body, str) else json.dumps(body), content_type="application/json", **extra)


def test_token_is_stored_hashed_and_shown_once(token):
    record, key = token
    assert key.startswith("sej_") and key not in record.key_hash and len(record.key_hash) == 64


def test_a_case_through_the_api(client, token):
    _, key = token
    created = call(client, "post", "/api/v1/cases", key, {"person_name": "Lin", "facts": example("graduate")})
    assert created.status_code == 201
    case = created.json()
    assert case["assessment"] == assess(example("graduate")) and case["next_deadline"]
    listed = call(client, "get", "/api/v1/cases", key)
    assert [c["id"] for c in listed.json()] == [case["id"]] and listed.json()[0]["verdicts"]["aps_graduate"] == "eligible"
    assert listed["X-Total-Count"] == "1" and "Link" not in listed
    changed = dict(example("graduate"), permit={"kind": "student", "expires_on": "2015-12-31"})
    etag = call(client, "get", f"/api/v1/cases/{case['id']}", key)["ETag"]
    assert etag == f'"{case["version"]}"'
    put = call(client, "put", f"/api/v1/cases/{case['id']}/facts", key, changed, HTTP_IF_MATCH=etag)
    assert put.status_code == 200 and put.json()["assessment"] == assess(changed)
    assert put.json()["version"] == case["version"] + 1 and put["ETag"] == f'"{case["version"] + 1}"'
    assert HistoryEntry.objects.filter(case_id=case["id"], action="facts_changed", who="api token crm").exists()
    bad = call(client, "put", f"/api/v1/cases/{case['id']}/facts?version={case['version'] + 1}", key, dict(changed, as_of="2015-13-01"))
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "as_of"
    assert call(client, "get", f"/api/v1/cases/{case['id']}", key).json()["facts"] == changed  # nothing lost
    assert call(client, "delete", f"/api/v1/cases/{case['id']}", key).status_code == 204
    assert call(client, "get", f"/api/v1/cases/{case['id']}", key).status_code == 404
    assert not HistoryEntry.objects.filter(case_id=case["id"]).exists()


@pytest.mark.parametrize("body, field", [
    ({"facts": {"as_of": "2015-06-16", "person": {"nationality": "IN"}}}, "person_name"),
    ({"person_name": "X", "facts": {"as_of": "2015-06-16", "person": {"nationality": "QQ"}}}, "facts.person.nationality"),
    ({"person_name": "X", "facts": {"as_of": "2015-06-16", "person": {"nationality": "IN"}, "job": {"months": -1}}}, "facts.job.months"),
    ({"person_name": "X", "facts": "text"}, "facts"),
    ({"person_name": "X", "lang": "de", "facts": {}}, "lang"),
    ({"person_name": "X", "facts": {}, "extra": 1}, "extra"),
])
def test_bad_new_case_names_the_field(client, token, body, field):
    response = call(client, "post", "/api/v1/cases", token[1], body)
    assert response.status_code == 422
    assert field in [e["field"] for e in response.json()["errors"]]


@pytest.mark.parametrize("header", [None, "Bearer nonsense", "Bearer sej_" + "x" * 43, "Basic YTpi"])
def test_without_a_valid_token_401(client, token, header):
    extra = {"HTTP_AUTHORIZATION": header} if header else {}
    response = client.get("/api/v1/cases", **extra)
    assert response.status_code == 401 and response.json()["errors"][0]["field"] == "Authorization"


def test_revoked_token_no_longer_works(client, token):
    record, key = token
    assert call(client, "get", "/api/v1/cases", key).status_code == 200
    record.revoked = True
    record.save()
    assert call(client, "get", "/api/v1/cases", key).status_code == 401


@pytest.mark.parametrize("path", ["/api/v1/cases/abc", "/api/v1/cases/-1", "/api/v1/cases/99999999999999999999999"])
def test_strange_ids_answer_4xx(client, token, path):
    assert 400 <= call(client, "get", path, token[1]).status_code < 500
