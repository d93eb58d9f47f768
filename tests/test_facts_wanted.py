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


def _kept_or_not(case, made=1):
    """An assessment made from a kept simulation (after `facts_wanted`, or another language's
    assessment, of the same facts) is the one made from a new simulation."""
    from sejour import assessment

    assessment._simulation.cache_clear()
    fresh = assess(case, lang="fr", today=TODAY)
    made = assessment._simulation.cache_info().currsize if made is None else made
    assert assessment._simulation.cache_info().currsize == made
    assessment._simulation.cache_clear()
    facts_wanted(case, today=TODAY)
    assess(case, lang="en", today=TODAY)
    kept = assess(case, lang="fr", today=TODAY)
    assert assessment._simulation.cache_info().currsize == made  # one simulation served all three (none: a day no rule covers)
    assert kept == fresh


def test_a_kept_simulation_gives_the_same_assessment():
    for example in sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.yaml")):
        _kept_or_not(load_case(example).to_dict())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_cases())
def test_a_kept_simulation_gives_the_same_assessment_generated(case):
    _kept_or_not(case, made=None)


def test_other_facts_get_their_own_simulation():
    from sejour import assessment

    case = load_case(Path(__file__).resolve().parents[1] / "examples" / "graduate.yaml").to_dict()
    assessment._simulation.cache_clear()
    facts_wanted(case, today=TODAY)
    other = {**case, "person": {**case["person"], "nationality": "DZ" if case["person"].get("nationality") != "DZ" else "IN"}}
    facts_wanted(other, today=TODAY)
    assert assessment._simulation.cache_info().currsize == 2


def test_an_assessment_changed_by_its_reader_leaves_the_kept_routes_as_they_were():
    """The routes settled once per simulation are copied into each output: a caller changing its
    lists (they are its own) changes nothing in the next assessment of the same facts."""
    from sejour import assessment

    case = load_case(Path(__file__).resolve().parents[1] / "examples" / "graduate.yaml").to_dict()
    assessment._simulation.cache_clear()
    first = assess(case, today=TODAY)
    expected = assess(case, today=TODAY)
    for route in first["routes"]:
        route["missing"].append("person.nationality")
        route["missing_details"].append("person.nationality")
        for deadline in route["deadlines"]:
            deadline.setdefault("depends_on", []).append("person.nationality")
    wanted = facts_wanted(case, today=TODAY)
    for route in wanted:
        route["missing"].append("permit.kind")
    assert assess(case, today=TODAY) == expected
    assert facts_wanted(case, today=TODAY) == [{key: route.get(key, []) for key in KEYS} for route in expected["routes"]]
    assert assessment._simulation.cache_info().currsize == 1
