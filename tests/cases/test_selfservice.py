"""Self-service from the pages: API tokens (for the advisors allowed to manage them), the person's
right of access (everything held, downloadable) and erasure (confirmed; an audit without the
person). Another organisation's advisor gets 404 on every one of these pages."""

import datetime
import io
import json

import pytest
from django.test import Client

from sejour.web.cases import outcomes
from sejour.web.cases.models import Advisor, ApiToken, Case, ChecklistItem, Erasure, HistoryEntry, Note, Outcome, token_hash
from sejour.web.cases.operations import create_advisor
from sejour.web.cases.services import add_note, create_case
from sejour.web.cases.tokens import may_manage_tokens

from .conftest import example


@pytest.fixture
def manager(advisors):
    """An advisor of Association A allowed to manage its API tokens."""
    advisor = create_advisor("meg", "Association A", "meg@a.example", "m-long-Passphrase-4", False, api_tokens=True)
    client = Client()
    client.force_login(advisor.user)
    return client


@pytest.fixture
def bob_manager(advisors):
    advisor = create_advisor("bea", "Université B", "bea@b.example", "b-long-Passphrase-5", False, api_tokens=True)
    client = Client()
    client.force_login(advisor.user)
    return client


@pytest.mark.django_db
def test_a_manager_creates_sees_once_lists_and_revokes_a_token(manager, advisors, client):
    assert "/advisor/tokens/" in manager.get("/advisor/").content.decode()  # the link in the menu
    created = manager.post("/advisor/tokens/", {"name": "our CRM"})
    assert created.status_code == 302
    token = ApiToken.objects.get(name="our CRM")
    assert token.organisation == advisors[0].organisation and not token.revoked
    page = manager.get("/advisor/tokens/").content.decode()
    key = page.split('id="new-key" readonly size="60" value="')[1].split('"')[0]
    assert key.startswith("sej_") and token.key_hash == token_hash(key) and key not in json.dumps(list(ApiToken.objects.values()), default=str)
    assert key not in manager.get("/advisor/tokens/").content.decode()  # shown once
    auth = {"HTTP_AUTHORIZATION": f"Bearer {key}"}
    assert client.get("/api/v1/cases", **auth).status_code == 200
    assert manager.post(f"/advisor/tokens/{token.pk}/revoke/").status_code == 302
    token.refresh_from_db()
    assert token.revoked and client.get("/api/v1/cases", **auth).status_code == 401
    assert "revoked" in manager.get("/advisor/tokens/").content.decode()


@pytest.mark.django_db
def test_createadvisor_api_tokens_gives_the_right(advisors):
    from django.core.management import call_command

    call_command("createadvisor", "zoe", "--organisation", "Association A", "--no-password", "--api-tokens", stdout=io.StringIO())
    call_command("createadvisor", "yan", "--organisation", "Association A", "--no-password", stdout=io.StringIO())
    assert may_manage_tokens(Advisor.objects.get(user__username="zoe").user)
    assert not may_manage_tokens(Advisor.objects.get(user__username="yan").user)


@pytest.mark.django_db
def test_a_token_needs_a_name(manager):
    refused = manager.post("/advisor/tokens/", {"name": "  "})
    assert refused.status_code == 422 and "This field is required" in refused.content.decode()
    assert not ApiToken.objects.exists()


@pytest.mark.django_db
def test_an_advisor_without_the_permission_may_not(ana_client, advisors):
    token, _ = ApiToken.issue(advisors[0].organisation, "crm")
    assert "/advisor/tokens/" not in ana_client.get("/advisor/").content.decode()
    for response in (ana_client.get("/advisor/tokens/"), ana_client.post("/advisor/tokens/", {"name": "mine"}),
                     ana_client.post(f"/advisor/tokens/{token.pk}/revoke/")):
        assert response.status_code == 403 and "may not manage" in response.content.decode()
    token.refresh_from_db()
    assert not token.revoked and ApiToken.objects.count() == 1
    french = ana_client.get("/advisor/tokens/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Jetons d&#x27;API" in french or "Jetons d'API" in french


@pytest.mark.django_db
def test_another_organisations_tokens_are_404(manager, bob_manager, advisors):
    bobs, _ = ApiToken.issue(advisors[1].organisation, "bob's crm")
    assert "bob&#x27;s crm" not in manager.get("/advisor/tokens/").content.decode()
    assert "bob&#x27;s crm" in bob_manager.get("/advisor/tokens/").content.decode()
    assert manager.post(f"/advisor/tokens/{bobs.pk}/revoke/").status_code == 404
    assert manager.post(f"/advisor/tokens/{bobs.pk + 1000}/revoke/").status_code == 404
    bobs.refresh_from_db()
    assert not bobs.revoked


@pytest.fixture
def full_case(advisors):
    """A case with a note, a document followed and a decision recorded."""
    case = create_case(advisors[0].organisation, example("graduate"), "Priya Sharma", "ana", advisor=advisors[0])
    add_note(case, "Met on Monday; passport copy taken.", advisors[0].user)
    item = case.checklist.first()
    item.status = "received"
    item.save()
    outcomes.record(case, "aps_graduate", "prefecture", "granted", datetime.date(2015, 10, 20), "Card given in person.", "ana")
    return case


@pytest.mark.django_db
def test_the_person_downloads_everything_held_about_them(ana_client, full_case, advisors):
    data = json.loads(ana_client.get(f"/advisor/{full_case.pk}/export/?format=json").content)
    assert data["person_name"] == "Priya Sharma" and data["facts"] == full_case.facts and data["advisor"] == "ana"
    assert data["notes"][0]["text"].startswith("Met on Monday")
    assert {"route": data["checklist"][0]["route"], "status": "received"} in [
        {"route": i["route"], "status": i["status"]} for i in data["checklist"]] and all(i["text"] for i in data["checklist"])
    [decision] = data["outcomes"]
    assert decision["decision"] == "granted" and decision["decided_on"] == "2015-10-20" and decision["note"] == "Card given in person."
    assert decision["sejour_verdict_at_filing"] == "eligible" and decision["facts_at_filing"]
    assert [h["action"] for h in data["history"]] == ["created", "note_added", "outcome_recorded"]
    other = create_case(advisors[0].organisation, example("volunteer"), "priya sharma", "ana")
    create_case(advisors[0].organisation, example("volunteer"), "Someone Else", "ana")
    person = ana_client.get(f"/advisor/{full_case.pk}/person/")
    assert person["Content-Disposition"] == f'attachment; filename="person-of-case-{full_case.pk}.json"'
    assert [c["id"] for c in json.loads(person.content)["cases"]] == [full_case.pk, other.pk]


@pytest.mark.django_db
def test_erasure_asks_for_confirmation_then_keeps_only_that_it_happened(ana_client, full_case, advisors):
    pk, documents = full_case.pk, full_case.checklist.count()
    page = ana_client.get(f"/advisor/{pk}/delete/").content.decode()
    assert "1 note" in page and "1 decision recorded" in page and "3 entries in the history" in page
    assert ana_client.post(f"/advisor/{pk}/delete/", {"confirm": "yes"}).status_code == 422
    assert Case.objects.filter(pk=pk).exists()
    assert ana_client.post(f"/advisor/{pk}/delete/", {"confirm": str(pk)}).status_code == 302
    assert not Case.objects.filter(pk=pk).exists()
    for model in (Note, HistoryEntry, Outcome, ChecklistItem):
        assert not model.objects.filter(case_id=pk).exists(), model
    erasure = Erasure.objects.get()
    assert (erasure.case_number, erasure.who, erasure.organisation) == (pk, "ana", advisors[0].organisation)
    assert erasure.removed == {"notes": 1, "history": 3, "outcomes": 1, "documents": documents} and documents > 0
    kept = json.dumps(list(Erasure.objects.values()), default=str)
    assert "Priya" not in kept and "Monday" not in kept and "2015" not in kept.replace(str(erasure.at.year), "")


@pytest.mark.django_db
def test_erasure_through_the_api_is_audited_too(client, full_case, advisors):
    _, key = ApiToken.issue(advisors[0].organisation, "crm")
    assert client.delete(f"/api/v1/cases/{full_case.pk}", HTTP_AUTHORIZATION=f"Bearer {key}").status_code == 204
    assert Erasure.objects.get().who == "api token crm" and not Case.objects.exists()


@pytest.mark.django_db
def test_another_organisation_gets_404_on_every_new_page(bob_client, bob_manager, full_case):
    pk = full_case.pk
    for path in (f"/advisor/{pk}/export/?format=json", f"/advisor/{pk}/person/", f"/advisor/{pk}/delete/"):
        assert bob_client.get(path).status_code == 404, path
        assert bob_manager.get(path).status_code == 404, path
    assert bob_client.post(f"/advisor/{pk}/delete/", {"confirm": str(pk)}).status_code == 404
    assert Case.objects.filter(pk=pk).exists() and not Erasure.objects.exists()
