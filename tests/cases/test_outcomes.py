"""The préfecture's real decisions fed back: recorded beside sejour's verdict at filing (kept with
its version stamp), the differences shown, counted per route and version, exported anonymised."""

import csv
import io

import pytest
from django.core.management import call_command

from sejour import assess
from sejour.web.cases.models import Outcome
from sejour.web.cases.services import change_facts, create_case

from .conftest import example


def renewal_filed():
    """A student renewal filed on 2026-07-20, nothing decided yet (as it stood at filing)."""
    facts = example("appeal_oqtf")
    application = {k: v for k, v in facts["application"].items() if k in ("route", "filed_on")}
    return dict(facts, as_of=application["filed_on"], application=application)


@pytest.mark.django_db
def test_the_filing_day_assessment_is_kept_when_the_filing_is_recorded(advisors):
    case = create_case(advisors[0].organisation, renewal_filed(), "Lin", "ana", advisor=advisors[0])
    kept = case.filed_assessment
    assert kept["filed_on"] == "2026-07-20" and kept["version"] == assess(renewal_filed())["version"]
    assert kept["verdicts"]["student_renewal"] == assess(renewal_filed())["routes"][6]["verdict"]
    change_facts(case, example("appeal_oqtf"), "ana")  # the refusal comes: what sejour said at filing stays
    case.refresh_from_db()
    assert case.filed_assessment == kept


@pytest.mark.django_db
def test_a_decision_recorded_on_the_page_compared_and_reported(ana_client, advisors):
    facts = example("graduate")
    facts["application"] = {"route": "aps_graduate", "filed_on": "2015-06-16"}
    case = create_case(advisors[0].organisation, facts, "Priya", "ana", advisor=advisors[0])
    page = ana_client.get(f"/advisor/{case.pk}/").content.decode()
    assert "Record the decision" in page
    bad = ana_client.post(f"/advisor/{case.pk}/outcome/", {"route": "aps_graduate", "authority": "prefecture", "decision": "refused",
                                                           "decided_on": "31/02/2016"})
    assert bad.status_code == 422 and "February 2016 has 29 days" in bad.content.decode() and not Outcome.objects.exists()
    response = ana_client.post(f"/advisor/{case.pk}/outcome/", {"route": "aps_graduate", "authority": "prefecture", "decision": "refused",
                                                                "decided_on": "02/10/2015", "note": "refused: diploma not recognised"})
    assert response.status_code == 302
    outcome = Outcome.objects.get()
    assert (outcome.filed_verdict, outcome.decision, outcome.agreement) == ("eligible", "refused", "disagree")
    assert outcome.sejour_version == case.filed_assessment["version"]["sejour"] and not outcome.reconstructed
    page = ana_client.get(f"/advisor/{case.pk}/").content.decode()
    assert "sejour's verdict and the decision differ." in page and "diploma not recognised" in page
    report = ana_client.get("/advisor/outcomes/").content.decode()
    assert "Priya" in report and f"/advisor/{case.pk}/#decisions" in report
    assert "<td>1</td><td>0</td><td>1</td><td>0</td>" in report  # 1 decision: 0 agreed, 1 differed
    assert case.history.filter(action="outcome_recorded").exists()


@pytest.mark.django_db
def test_agreement_counted_per_route_and_version_and_the_command(advisors, tmp_path):
    from sejour.web.cases.outcomes import record

    org = advisors[0].organisation
    import datetime

    granted = create_case(org, example("graduate"), "Agreed", "ana")
    record(granted, "aps_graduate", "prefecture", "granted", datetime.date(2015, 10, 1), "", "ana")
    unknown = create_case(org, renewal_filed(), "Undecided", "ana")
    record(unknown, "student_renewal", "court", "refused", datetime.date(2026, 11, 12), "private note", "ana")
    out = io.StringIO()
    call_command("cases", "outcomes", "--organisation", org.name, "--csv", str(tmp_path / "d.csv"), stdout=out)
    text = out.getvalue()
    assert "0 disagreement(s)" in text
    assert any(line.split()[:1] == ["aps_graduate"] and line.split()[2:5] == ["1", "1", "0"] for line in text.splitlines())
    rows = list(csv.DictReader((tmp_path / "d.csv").open()))
    assert [(r["route"], r["agreement"]) for r in rows] == [("aps_graduate", "agree"), ("student_renewal", "undecided")]
    shared = (tmp_path / "d.csv").read_text()
    assert "Agreed" not in shared and "Undecided" not in shared and "private note" not in shared and rows[0]["person.nationality"] == "IN"


@pytest.mark.django_db
def test_another_organisations_decisions_are_not_seen_nor_recorded(ana_client, bob_client, advisors):
    bobs = create_case(advisors[1].organisation, example("graduate"), "Bob client", "bob")
    response = ana_client.post(f"/advisor/{bobs.pk}/outcome/", {"route": "aps_graduate", "authority": "prefecture",
                                                                "decision": "granted", "decided_on": "01/10/2015"})
    assert response.status_code == 404 and not Outcome.objects.exists()
    bob_client.post(f"/advisor/{bobs.pk}/outcome/", {"route": "aps_graduate", "authority": "prefecture", "decision": "refused",
                                                     "decided_on": "01/10/2015"})
    assert Outcome.objects.count() == 1
    assert "Bob client" not in ana_client.get("/advisor/outcomes/").content.decode()
    assert ana_client.get("/advisor/outcomes.csv").content.decode().count("\n") == 1  # the header only
    assert "Bob client" in bob_client.get("/advisor/outcomes/").content.decode()
