"""`sejour rules status` (freshness of every parameter) and the readable sources of assessments."""

import datetime
import json
import re

from typer.testing import CliRunner

from sejour.assessment import assess
from sejour.cli import app
from sejour.rules.citations import readable
from sejour.rules.freshness import freshness, problems

TODAY = datetime.date(2026, 12, 1)


def test_every_parameter_value_has_a_reference_and_a_check():
    assert problems() == []


def test_status_lists_every_parameter_oldest_check_first_with_its_notes():
    result = CliRunner().invoke(app, ["rules", "status", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert len(rows) == len(freshness()) > 100
    checks = [row["checked_on"] for row in rows]
    assert checks == sorted(checks)
    threshold = next(row for row in rows if row["path"] == "talent.qualified_employee_salary_floor_annual")
    assert threshold["last_value_since"] == "2025-09-01" and threshold["last_value"] == 39582
    assert any(note.startswith("2025-06-16:") and "disputed" in note for note in threshold["unconfirmed"])


def test_status_fails_when_a_value_has_no_check(monkeypatch):
    from sejour.rules import freshness as module

    monkeypatch.setattr(module, "problems", lambda: ["x.y@2020-01-01: no checked_on"])
    result = CliRunner().invoke(app, ["rules", "status"])
    assert result.exit_code == 1 and "x.y@2020-01-01: no checked_on" in result.output


CASE_2026 = {"as_of": "2026-06-15", "person": {"nationality": "IN", "in_france": True, "departement": "75"},
             "permit": {"kind": "student", "expires_on": "2026-09-30"},
             "studies": {"diploma": "master", "confers_master_grade": True, "institution_accredited": True, "obtained_on": "2026-06-30",
                         "enrolled_next_year": True},
             "job": {"contract": "cdi", "gross_monthly_salary_eur": 3500, "related_to_studies": True, "pay_comparable": True,
                     "signed_on": "2026-06-01"}}
HIDDEN = re.compile(r"seed \d|law\.md|domain\.md|shared/|\.ya?ml|\.py\b|github|UNCONFIRMED|case format", re.IGNORECASE)


def _sources(result):
    for route in result["routes"]:
        for item in route["conditions"] + route.get("deadlines", []) + route.get("costs", []) + route.get("figures", []):
            yield route["id"], item["id"], item.get("amount_eur"), item["sources"]


def test_assessment_sources_are_readable_citations():
    for lang in ("en", "fr"):
        result = assess(CASE_2026, lang=lang, today=TODAY)
        texts = [source for *_, sources in _sources(result) for source in sources]
        assert texts and not [t for t in texts if HIDDEN.search(t)]
        assert any("Paris Unraveled" in t for t in texts)
        assert any("https://www.legifrance.gouv.fr/" in t for t in texts)


def test_no_old_quoted_amount_beside_todays():
    result = assess(CASE_2026, today=TODAY)
    stamp = next(sources for route, item, amount, sources in _sources(result) if route == "employee_from_student" and item == "stamp_duty")
    assert not any("241" in source for source in stamp)
    old = assess({**CASE_2026, "as_of": "2014-06-15", "permit": {"kind": "student", "expires_on": "2014-09-30"},
                  "job": {**CASE_2026["job"], "signed_on": "2014-06-01"}}, today=TODAY)
    stamp_2014 = next(s for route, item, amount, s in _sources(old) if route == "employee_from_student" and item == "stamp_duty")
    assert any("€241" in source and "Paris Unraveled" in source for source in stamp_2014)


def test_reference_documents_by_title_and_internal_notes_dropped():
    assert readable("Seed 004: « Possession of a long-stay visa »").startswith("« Temporary residence permit (APS) for volunteers in France », service-public.fr")
    assert "F17335" in readable("Seed 004: « Possession of a long-stay visa »")
    assert readable("shared/domain.md, Dates") is None
    assert readable("CESEDA art. L436-5").endswith("(https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070158)")
    assert readable("Code du travail art. R5221-26") == "Code du travail art. R5221-26 (https://code.travail.gouv.fr/code-du-travail/r5221-26)"


def test_2026_filing_is_online_not_in_person():
    result = assess(CASE_2026, today=TODAY)
    routes = {route["id"]: route for route in result["routes"]}
    steps = " ".join(step for route in routes.values() for step in route["next_steps"])
    assert "in person" not in steps
    assert "ANEF" in " ".join(routes["student_renewal"]["next_steps"])
    assert "VAT return" in " ".join(routes["employee_from_student"]["next_steps"])
    assert any(d["id"] == "republican_contract" for d in routes["student_renewal"]["documents"])
    before = assess({**CASE_2026, "as_of": "2019-06-15", "permit": {"kind": "student", "expires_on": "2019-09-30"},
                     "job": {**CASE_2026["job"], "signed_on": "2019-06-01"}}, today=TODAY)
    routes_2019 = {route["id"]: route for route in before["routes"]}
    assert "in person at the préfecture" in " ".join(routes_2019["student_renewal"]["next_steps"])
    assert not any(d["id"] == "republican_contract" for d in routes_2019["student_renewal"]["documents"])
    assert "OFII" in " ".join(routes_2019["employee_from_student"]["next_steps"])


def test_no_old_is_free_quote_beside_a_price():
    """The 2014 article's « is free » beside today's fee for the RECE card is left out; in 2015,
    when the APS was free, it stays."""
    graduate = {"person": {"nationality": "IN", "in_france": True}, "permit": {"kind": "student", "expires_on": "2026-12-31"},
                "studies": {"diploma": "master", "institution_accredited": True}}
    fee = next(c for r in assess({**graduate, "as_of": "2026-11-20"}, today=TODAY)["routes"] if r["id"] == "aps_graduate"
               for c in r["costs"] if c["id"] == "fee")
    assert fee["amount_eur"] > 0 and not any("is free" in source for source in fee["sources"])
    old = {**graduate, "as_of": "2015-06-15", "permit": {"kind": "student", "expires_on": "2015-09-30"}}
    fee_2015 = next(c for r in assess(old, today=TODAY)["routes"] if r["id"] == "aps_graduate" for c in r["costs"] if c["id"] == "fee")
    assert fee_2015["amount_eur"] == 0 and any("is free" in source for source in fee_2015["sources"])
