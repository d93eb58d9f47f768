"""One organisation can neither read, list, change nor delete another's cases: pages, API, feeds.
Another organisation's case answers 404, exactly like a case that does not exist."""

import json

import pytest

from sejour.web.cases.forms import as_yaml
from sejour.web.cases.models import ApiToken, Case
from sejour.web.cases.services import create_case

from .conftest import example


@pytest.fixture
def bobs_case(advisors):
    return create_case(advisors[1].organisation, example("graduate"), "Bob's client", "bob", advisor=advisors[1])


@pytest.mark.django_db
def test_pages(ana_client, bob_client, bobs_case):
    facts_before = dict(bobs_case.facts)
    pk = bobs_case.pk
    absent = pk + 1000
    for path in (f"/advisor/{pk}/", f"/advisor/{pk}/export/?format=json", f"/advisor/{pk}/delete/"):
        assert ana_client.get(path).status_code == 404
        assert ana_client.get(path.replace(str(pk), str(absent), 1)).status_code == 404
    assert "Bob&#x27;s client" not in ana_client.get("/advisor/").content.decode()
    assert "Bob&#x27;s client" in bob_client.get("/advisor/").content.decode()
    changed = dict(facts_before, person={"nationality": "US"})
    assert ana_client.post(f"/advisor/{pk}/facts/", {"facts": as_yaml(changed)}).status_code == 404
    assert ana_client.post(f"/advisor/{pk}/answers/", {"as_of": "01/01/2020", "topics": ["person"], "person__nationality": "US"}).status_code == 404
    item = bobs_case.checklist.first()
    assert ana_client.post(f"/advisor/{pk}/document/", {"item": item.pk, "status": "checked"}).status_code == 404
    assert ana_client.post(f"/advisor/{pk}/note/", {"text": "x"}).status_code == 404
    assert ana_client.post(f"/advisor/{pk}/delete/").status_code == 404
    bobs_case.refresh_from_db()
    item.refresh_from_db()
    assert bobs_case.facts == facts_before and item.status == "missing" and not bobs_case.notes.exists()
    assert bobs_case.history.count() == 1


@pytest.mark.django_db
def test_ana_cannot_move_bobs_checklist_item_through_her_own_case(ana_client, advisors, bobs_case):
    anas = create_case(advisors[0].organisation, example("graduate"), "Ana's client", "ana", advisor=advisors[0])
    item = bobs_case.checklist.first()
    assert ana_client.post(f"/advisor/{anas.pk}/document/", {"item": item.pk, "status": "checked"}).status_code == 404
    item.refresh_from_db()
    assert item.status == "missing"


@pytest.mark.django_db
def test_a_user_who_is_not_an_advisor_sees_nothing(client, django_user_model, bobs_case):
    client.force_login(django_user_model.objects.create_user("stranger", password="x-long-Passphrase-3"))
    assert client.get("/advisor/").status_code == 404
    assert client.get(f"/advisor/{bobs_case.pk}/").status_code == 404


@pytest.mark.django_db
def test_api(client, advisors, bobs_case):
    _, key = ApiToken.issue(advisors[0].organisation, "crm")
    auth = {"HTTP_AUTHORIZATION": f"Bearer {key}"}
    pk = bobs_case.pk
    assert client.get("/api/v1/cases", **auth).json() == [] and client.get("/api/v1/cases", **auth)["X-Total-Count"] == "0"
    for method in ("get", "delete"):
        theirs = getattr(client, method)(f"/api/v1/cases/{pk}", **auth)
        absent = getattr(client, method)(f"/api/v1/cases/{pk + 1000}", **auth)
        assert theirs.status_code == absent.status_code == 404
        assert theirs.json()["errors"][0]["message"] == absent.json()["errors"][0]["message"]
    put = client.put(f"/api/v1/cases/{pk}/facts", data=json.dumps(example("volunteer")), content_type="application/json", **auth)
    assert put.status_code == 404
    bobs_case.refresh_from_db()
    assert bobs_case.facts == example("graduate") and Case.objects.filter(pk=pk).exists()


@pytest.mark.django_db
def test_feeds(client, advisors, bobs_case):
    token = advisors[0].new_feed_token()
    body = client.get(f"/advisor/feed/{token}.ics").content.decode()
    assert "BEGIN:VCALENDAR" in body and "Bob" not in body and "VEVENT" not in body
    bob_token = advisors[1].new_feed_token()
    assert "Bob's client" in client.get(f"/advisor/feed/{bob_token}.ics").content.decode()


@pytest.mark.django_db
def test_closing_another_organisations_case_is_404(ana_client, bobs_case):
    assert ana_client.post(f"/advisor/{bobs_case.pk}/close/", {"closed": "1"}).status_code == 404
    bobs_case.refresh_from_db()
    assert not bobs_case.closed


@pytest.mark.django_db
def test_the_admin_creates_organisations_and_advisors(admin_client, advisors, bobs_case):
    for path in ("/admin/cases/organisation/add/", "/admin/cases/advisor/add/", "/admin/cases/case/", "/admin/cases/apitoken/",
                 f"/admin/cases/case/{bobs_case.pk}/change/"):
        assert admin_client.get(path).status_code == 200, path
    assert "2015-06-16" not in admin_client.get(f"/admin/cases/case/{bobs_case.pk}/change/").content.decode()  # no facts shown
