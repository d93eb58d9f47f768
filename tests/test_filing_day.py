"""A deadline to file is met by the day the person filed, not by today: a student who asked for a
change of status before her permit ended and still waits for the answer is not late."""

import pytest

from sejour.assessment import assess


def _case(route: str, filed_on: str | None) -> dict:
    case = {"version": 1, "as_of": "2026-12-01",
            "person": {"nationality": "MA", "in_france": True, "departement": "31"},
            "permit": {"kind": "student", "expires_on": "2026-09-30"},
            "studies": {"diploma": "master", "confers_master_grade": True, "institution_accredited": True,
                        "obtained_on": "2026-06-30", "enrolled_next_year": False},
            "job": {"contract": "cdi", "gross_monthly_salary_eur": 3400, "related_to_studies": True, "pay_comparable": True}}
    if filed_on:
        case["application"] = {"route": route, "filed_on": filed_on, "decision": "pending"}
    return case


def _condition(result: dict, route: str, condition: str) -> dict:
    found = next(r for r in result["routes"] if r["id"] == route)
    return next(c for c in found["conditions"] if c["id"] == condition)


@pytest.mark.parametrize("route", ["employee_from_student", "talent_qualified_employee"])
def test_filed_before_the_permit_ended_is_in_time(route):
    result = assess(_case(route, "2026-07-20"), lang="en")
    before = _condition(result, route, "before_permit_expiry")
    assert before["met"] is True
    assert "September 30, 2026" in before["text"]


@pytest.mark.parametrize("route", ["employee_from_student", "talent_qualified_employee"])
def test_not_filed_and_the_permit_ended_is_late(route):
    result = assess(_case(route, None), lang="fr")
    before = _condition(result, route, "before_permit_expiry")
    assert before["met"] is False
    assert "30 septembre 2026" in before["text"] and "1er décembre 2026" in before["text"]


def test_filed_after_the_permit_ended_is_late():
    result = assess(_case("employee_from_student", "2026-10-15"), lang="en")
    assert _condition(result, "employee_from_student", "before_permit_expiry")["met"] is False
