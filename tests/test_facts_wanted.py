"""What the interview chooses its next questions from (`facts_wanted`, no texts) is what the full
assessment says: the same verdicts, `missing` and `missing_details`, route by route."""

import datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from sejour.assessment import assess, facts_wanted
from sejour.case import load_case

from .strategies import any_cases, cases

TODAY = datetime.date(2026, 12, 1)
KEYS = ("id", "verdict", "missing", "missing_details")


def _same(case):
    full = [{key: route.get(key, []) for key in KEYS} for route in assess(case, today=TODAY)["routes"]]
    assert facts_wanted(case, today=TODAY) == full


def test_the_examples():
    for example in sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.yaml")):
        _same(load_case(example).to_dict())


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_generated_cases(case):
    _same(case)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_cases())
def test_generated_cases_with_facts_left_unknown(case):
    _same(case)
