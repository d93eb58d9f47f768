"""A case's life, walked through the pages as a new advisor would: log in, create, change a fact
(re-assessed at once), checklist, notes, history, export, delete (history deleted with it)."""

import json
import re

import pytest
import yaml

from sejour import assess
from sejour.i18n import LOCALE_DIR, SOURCE, language_codes
from sejour.web.cases.forms import as_yaml
from sejour.web.cases.models import Case, HistoryEntry, Note

from .conftest import example


def verdict(case, route):
    return next(r["verdict"] for r in case.assessment["routes"] if r["id"] == route)


@pytest.mark.django_db
def test_a_case_from_creation_to_deletion(client, advisors):
    assert client.get("/advisor/").status_code == 302  # the login page first
    login = client.post("/advisor/login/", {"username": "ana", "password": "a-long-Passphrase-1"})
    assert login.status_code == 302 and login["Location"] == "/advisor/"
    assert client.get("/advisor/new/").status_code == 200

    facts = example("graduate")
    created = client.post("/advisor/new/", {"person_name": "Priya Sharma", "lang": "en", "facts": as_yaml(facts)})
    assert created.status_code == 302
    case = Case.objects.get(person_name="Priya Sharma")
    assert case.organisation == advisors[0].organisation and case.advisor == advisors[0]
    assert case.assessment == assess(facts)  # the engine's own assessment, stored as it is
    assert verdict(case, "aps_graduate") == "eligible"
    page = client.get(created["Location"]).content.decode()
    assert "Priya Sharma" in page and "eligible" in page and "September 30, 2015" in page

    # a bad fact: the field is named, nothing is lost
    bad = client.post(f"/advisor/{case.pk}/facts/", {"facts": as_yaml(dict(facts, person={"nationality": "ZZ"}))})
    assert bad.status_code == 422 and "person.nationality" in bad.content.decode()
    case.refresh_from_db()
    assert case.facts == facts

    # change a fact: the diploma does not confer the master grade -> re-assessed at once
    changed = dict(facts, studies=dict(facts["studies"], diploma="licence", confers_master_grade=False))
    assert client.post(f"/advisor/{case.pk}/facts/", {"facts": as_yaml(changed)}).status_code == 302
    case.refresh_from_db()
    assert case.facts == changed and case.assessment == assess(changed)
    assert verdict(case, "aps_graduate") != "eligible"
    entry = case.history.get(action="facts_changed")
    assert entry.who == "ana" and "studies" in entry.detail["facts"]
    assert {"route": "aps_graduate", "what": "verdict", "before": "eligible", "after": verdict(case, "aps_graduate")} in entry.detail["assessment"]

    # back to the master: the checklist follows the documents the assessment asks for
    client.post(f"/advisor/{case.pk}/facts/", {"facts": as_yaml(facts)})
    case.refresh_from_db()
    wanted = {(r["id"], d["id"]) for r in case.assessment["routes"] if r["verdict"] in ("eligible", "needs_information")
              for d in r["documents"]}
    items = list(case.checklist.filter(required=True))
    assert {(i.route, i.document) for i in items} == wanted and all(i.status == "missing" for i in items)
    item = items[0]
    for status in ("requested", "received", "checked"):
        assert client.post(f"/advisor/{case.pk}/document/", {"item": item.pk, "status": status}).status_code == 302
        item.refresh_from_db()
        assert item.status == status
    assert client.post(f"/advisor/{case.pk}/document/", {"item": item.pk, "status": "lost"}).status_code == 404

    client.post(f"/advisor/{case.pk}/note/", {"text": "Called on Monday; diploma certificate promised."})
    assert Note.objects.get(case=case).author == advisors[0].user
    page = client.get(f"/advisor/{case.pk}/").content.decode()
    assert "diploma certificate promised" in page
    actions = list(case.history.values_list("action", flat=True))
    assert actions == ["created", "facts_changed", "facts_changed", "document_status", "document_status", "document_status", "note_added"]
    assert not case.closed
    assert all(h.who == "ana" and h.at for h in case.history.all())

    # closed: out of the list (and of reminders and reassess); reopened: back
    client.post(f"/advisor/{case.pk}/close/", {"closed": "1"})
    assert f">#{case.pk} " not in client.get("/advisor/").content.decode()
    client.post(f"/advisor/{case.pk}/close/", {"closed": "0"})
    assert f">#{case.pk} " in client.get("/advisor/").content.decode()

    exported = client.get(f"/advisor/{case.pk}/export/?format=json")
    data = json.loads(exported.content)
    assert data["facts"] == facts and data["notes"][0]["text"].startswith("Called") and len(data["history"]) == 9
    assert [h["action"] for h in data["history"]][-2:] == ["closed", "reopened"]
    assert yaml.safe_load(client.get(f"/advisor/{case.pk}/export/?format=yaml").content)["facts"]["as_of"] == "2015-06-16"

    assert client.get(f"/advisor/{case.pk}/delete/").status_code == 200
    assert client.post(f"/advisor/{case.pk}/delete/").status_code == 422  # the box not ticked: nothing deleted
    assert Case.objects.filter(pk=case.pk).exists()
    assert client.post(f"/advisor/{case.pk}/delete/", {"confirm": str(case.pk)}).status_code == 302
    assert not Case.objects.filter(pk=case.pk).exists()
    assert not HistoryEntry.objects.filter(case_id=case.pk).exists() and not Note.objects.filter(case_id=case.pk).exists()


@pytest.mark.django_db
def test_list_sorted_by_next_deadline_overdue_first_and_filtered(ana_client, advisors):
    from sejour.web.cases.services import create_case

    org = advisors[0].organisation
    made = {name: create_case(org, example(name), name, "ana", advisor=advisors[0])
            for name in ("graduate", "volunteer", "student_renewal", "eu_citizen", "appeal")}
    page = ana_client.get("/advisor/").content.decode()
    with_deadline = sorted((c for c in made.values() if c.next_deadline), key=lambda c: (c.next_deadline, c.pk))
    positions = [page.index(f">#{c.pk} ") for c in with_deadline]
    assert len(with_deadline) >= 3 and positions == sorted(positions)
    assert made["eu_citizen"].next_deadline is None  # no deadline: after every case that has one
    assert page.index(f">#{made['eu_citizen'].pk} ") > positions[-1]
    assert "overdue" in page  # examples' deadlines lie in the past: overdue now

    only = ana_client.get("/advisor/?route=aps_graduate&verdict=eligible").content.decode()
    assert f">#{made['graduate'].pk} " in only and f">#{made['volunteer'].pk} " not in only
    volunteers = ana_client.get("/advisor/?route=aps_volunteer").content.decode()
    assert f">#{made['volunteer'].pk} " in volunteers and f">#{made['graduate'].pk} " not in volunteers
    assert ana_client.get("/advisor/?route=nonsense&verdict=x").status_code == 200


@pytest.mark.django_db
def test_the_workspace_speaks_french(ana_client, advisors):
    from sejour.web.cases.services import create_case

    case = create_case(advisors[0].organisation, example("graduate"), "Priya", "ana", advisor=advisors[0], lang="fr")
    listing = ana_client.get("/advisor/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Dossiers" in listing and "1 dossier" in listing and "Échéance" in listing and "en retard depuis le 30 septembre 2015" in listing
    assert "Nationalité" in listing and "Trier par" in listing and "Inde (IN)" in listing
    page = ana_client.get(f"/advisor/{case.pk}/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Pièces" in page and ">manquant<" in page and "Historique" in page
    assert "Quelle est votre nationalité ?" in page and "Je ne sais pas" in page and "Études en France" in page
    assert "Enregistrer la décision" in page
    french = next(r for r in case.assessment["routes"] if r["id"] == "aps_graduate")
    assert french["deadlines"][0]["text"] in page.replace("&#x27;", "'")  # the case's own language, from the engine


@pytest.mark.parametrize("lang", [code for code in language_codes() if code != SOURCE])
def test_every_text_of_the_workspace_and_the_api_is_translated(lang):
    """The advisors' pages, the API's messages and the case model's: translated in every shipped
    language of the one catalogue (sejour/locale), none fuzzy, and the compiled .mo up to date."""
    import gettext

    po = (LOCALE_DIR / lang / "LC_MESSAGES" / "django.po").read_text()
    entries = [e for e in po.split("\n\n")[1:] if not e.startswith("#~")
               and any(where in e.split("msgid")[0] for where in ("web/cases/", "web/api/", "case_errors.py"))]
    assert len(entries) > 250
    empty = re.compile(r'^msgstr(\[\d+\])? ""$(?!\n")', re.M)  # an empty translation (not the first line of a wrapped one)
    assert not [e for e in entries if empty.search(e.rstrip()) or "#, fuzzy" in e], "an untranslated text"
    catalog = gettext.translation("django", localedir=LOCALE_DIR, languages=[lang])
    assert catalog.gettext("Record the decision") not in ("", "Record the decision")
    assert catalog.pgettext("case.error.missing", "required field is missing") != "required field is missing"

def test_the_facts_editor_says_the_case_models_problems_in_the_page_language():
    from django.utils import translation

    from sejour.web.cases.forms import FactsForm

    facts = "as_of: 2015-02-30\nperson:\n  nationality: UK\n"
    with translation.override("es"):
        form = FactsForm({"facts": facts})
        assert not form.is_valid()
        said = form.errors["facts"]
    assert "as_of: ese día no existe: febrero de 2015 tiene 28 días; se esperaba una fecha real con el formato AAAA-MM-DD " \
           "(se recibió '2015-02-30')" in said
    assert any(line.startswith("person.nationality: 'UK' no es un código de país") and "(Reino Unido)" in line for line in said)
    with translation.override("fr"):
        form = FactsForm({"facts": facts})
        assert not form.is_valid()
        assert any(line.startswith("as_of : ce jour n'existe pas : février 2015 compte 28 jours") for line in form.errors["facts"])
