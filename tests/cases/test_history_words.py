"""The case page's history reads in plain words, in English and in French: the interview's
question labels, route titles, documents' text; never a field path, a route or document id."""

import datetime
import re

import pytest

from sejour.web.cases import outcomes, services
from sejour.web.cases.operations import REASSESSED_BY

from .conftest import example


def history_of(page: str) -> str:
    return page.split('id="history"')[1]


@pytest.fixture
def lived_case(advisors):
    facts = example("graduate")
    case = services.create_case(advisors[0].organisation, facts, "Priya", "ana", advisor=advisors[0])
    services.change_facts(case, dict(facts, person=dict(facts["person"], nationality="US"),
                                     studies=dict(facts["studies"], diploma="licence", confers_master_grade=False)), "api token crm")
    item = case.checklist.first()
    services.set_document_status(case, item.pk, "received", "ana")
    services.reassess(case, REASSESSED_BY, as_of=datetime.date(2015, 7, 1))
    outcomes.record(case, "aps_graduate", "prefecture", "refused", datetime.date(2015, 11, 2), "", "ana")
    case.refresh_from_db()
    return case, item


def raw_words(case, item) -> set[str]:
    """Every id or path the entries hold, which the page must not show."""
    ids = {item.document, "aps_graduate", "facts_changed", "document_status", "outcome_recorded", "person.nationality",
           "studies.diploma", "confers_master_grade", "sejour_verdict", "not_eligible", "needs_information"}
    for entry in case.history.all():
        for change in entry.detail.get("assessment", []):
            ids |= {change["route"], *change["what"].partition(":")[::2]} - {"verdict", ""}
    return ids


@pytest.mark.django_db
def test_history_in_english(ana_client, lived_case):
    case, item = lived_case
    history = history_of(ana_client.get(f"/advisor/{case.pk}/").content.decode()).replace("&#x27;", "'")
    for words in ("Case created", "Facts changed", "What is your nationality? India (IN) → United States (US)",
                  "API token “crm”", "Document followed", f"{item.text}", "missing → received", "Assessed again", "situation on 2015-07-01",
                  "the reassessment of every case", "Decision recorded", "Refused by the préfecture on 2015-11-02"):
        assert words in history, words
    assert "APS / RECE card to look for a job after a degree: eligible → not eligible" in history
    assert "Refused by the préfecture on 2015-11-02: APS / RECE card to look for a job after a degree" in history
    shown = re.sub(r"<[^>]+>", " ", history)
    for raw in raw_words(case, item):
        assert raw not in shown, raw
    for word in ("None", "unknown", "{'", "before:"):
        assert word not in shown, word


@pytest.mark.django_db
def test_history_in_french(ana_client, lived_case):
    case, item = lived_case
    history = history_of(ana_client.get(f"/advisor/{case.pk}/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()).replace("&#x27;", "'")
    for words in ("Dossier créé", "Faits modifiés", "Quelle est votre nationalité ? Inde (IN) → États-Unis (US)",
                  "Jeton d'API « crm »", "Pièce suivie", "manquant → reçu", "Évalué de nouveau", "situation au 2015-07-01",
                  "Décision enregistrée", "Refusée par la préfecture le 2015-11-02",
                  "APS / carte RECE pour chercher un emploi après le diplôme : éligible → non éligible"):
        assert words in history, words
    shown = re.sub(r"<[^>]+>", " ", history)
    for raw in raw_words(case, item) | {"Case created", "Facts changed"}:
        assert raw not in shown, raw
