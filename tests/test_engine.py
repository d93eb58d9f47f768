"""The evaluation itself: both engines agree, unknown facts are handled soundly, the
interview can always go on, and each rule cites every parameter it reads."""

import datetime
import glob
import pathlib

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openfisca_core.periods import period as make_period

from sejour.assessment import Assessor, _route_rules, assess
from sejour.case import FIELD_PATHS, load_case, parse_case
from sejour.engine import CaseRows, simulate
from sejour.rules import tax_benefit_system
from sejour.rules.tri import UNKNOWN

from .strategies import any_cases, cases

ROOT = pathlib.Path(__file__).parent.parent
TODAY = datetime.date(2026, 11, 22)
EXAMPLES = sorted(glob.glob(str(ROOT / "examples" / "*.yaml")))
SLOW = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("path", EXAMPLES)
def test_engines_agree_on_examples(path):
    case = load_case(path)
    assert assess(case, today=TODAY) == assess(case, today=TODAY, engine="openfisca")


@SLOW
@given(st.one_of(cases(), any_cases()))
def test_engines_agree(case):
    assert assess(case, today=TODAY) == assess(case, today=TODAY, engine="openfisca")


@SLOW
@given(st.one_of(cases(), any_cases()))
def test_known_conditions_do_not_depend_on_unknown_facts(case):
    """Kleene soundness: a condition decided on row 0 keeps its value in every variant."""
    assessor = Assessor(parse_case(case), "en")
    for route_id in ("no_permit_needed", "aps_volunteer", "aps_graduate", "employee_after_aps", "employee_from_student", "talent_qualified_employee", "student_renewal", "appeal"):
        for name, rule in _route_rules(route_id):
            if rule.kind in ("applicability", "condition"):
                column = np.asarray(assessor.column(name))
                if column[0] != UNKNOWN:
                    changed = sorted({assessor.rows.variants[i - 1][0] for i in np.flatnonzero(column != column[0])})
                    assert not changed, f"{name} = {column[0]} changes with unknown {changed}"


@SLOW
@given(cases())
def test_answering_the_missing_facts_settles_every_verdict(case):
    """The interview never gets stuck: needs_information always names a fact, and answering
    the facts named (here: each with a value of its type) leads to a verdict."""
    samples = {"tri": True, "date": "2015-06-01", "enum": None, "cents": 2500.0, "count": 12, "plain": "75"}
    enum_defaults = {"permit.kind": "student", "studies.diploma": "master", "job.contract": "cdi", "volunteering.mission_purpose": "social",
                     "application.route": "aps_graduate", "application.decision": "pending", "application.oqtf": "none",
                     "application.custody": "none"}
    for _ in range(len(FIELD_PATHS)):
        routes = assess(case, today=TODAY)["routes"]
        # a route no fact can settle (a threshold no source confirms for the day) says so in a condition left unknown
        unsettled = [r for r in routes if r["verdict"] == "needs_information" and not r["missing"]]
        assert all(any(c["met"] is None for c in r["conditions"]) for r in unsettled), [r["id"] for r in unsettled]
        undecided = [r for r in routes if r["verdict"] == "needs_information" and r["missing"]]
        if not undecided:
            return
        section, field = undecided[0]["missing"][0].split(".")
        value = enum_defaults.get(f"{section}.{field}")
        if value is None:
            kind = {"in_france": "tri", "departement": "plain", "months": "count", "years_completed_in_france": "count",
                    "gross_monthly_salary_eur": "cents", "general_interest_aims": "list"}.get(field, "date" if field.endswith("_on") else "tri")
            value = ["solidarity_in_france"] if kind == "list" else samples[kind]
            if kind == "date":  # on or after the other days of the section, so the case stays valid
                value = max([case["as_of"]] + [v for k, v in case.get(section, {}).items() if k.endswith("_on") and v])
        case = {**case, section: {**case.get(section, {}), field: value}}
    pytest.fail("the verdicts were not settled after answering every field")


@pytest.mark.parametrize("path", EXAMPLES)
def test_rules_cite_every_parameter_they_read(path):
    """OpenFisca's tracer records the parameters each rule reads: each must be cited."""
    case = load_case(path)
    system = tax_benefit_system()
    simulation = simulate(CaseRows(case, vary=False).arrays(), case.as_of, trace=True)
    period = make_period(case.as_of.isoformat())
    rules = dict(system.registry.rules())
    for name in rules:
        simulation.calculate(name, period)
    for tree in simulation.tracer.trees:
        if tree.name not in rules:
            continue
        read, stack = set(), [tree]
        while stack:
            node = stack.pop()
            read |= {p.name for p in node.parameters}
            stack.extend(c for c in node.children if c.name not in rules)  # another rule cites its own
        cited = rules[tree.name].parameters
        uncited = {p for p in read if not any(p == c or p.startswith(c + ".") for c in cited)}
        assert not uncited, f"{tree.name} reads {uncited} without citing it"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_cases())
def test_any_valid_case_is_assessed_and_undecided_routes_name_a_fact(case):
    result = assess(case, today=TODAY)
    for route in result["routes"]:
        if route["verdict"] == "needs_information" and route["conditions"][0]["id"] != "rules_known":
            assert route["missing"], route["id"]
        for item in route["conditions"] + route["deadlines"] + route["costs"]:
            assert item["sources"]
