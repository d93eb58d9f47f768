"""Properties of the appeal deadlines (domain.md, Dates and route `appeal`; issue: appeals as the
law stands): contentious delays never end on a non-working day, a délai franc is never earlier
than the plain rule, and an unknown regime never shows a day later than any regime's."""

import datetime

import holidays
import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sejour.assessment import assess
from sejour.dates import add_months
from sejour.working_days import contentious_last_day, next_working_day

TODAY = datetime.date(2026, 11, 22)
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DEPARTEMENTS = st.sampled_from(["75", "69", "13", "57", "67", "68", "971", "972", "973", "974", "976", "2A", ""])
DAYS = st.dates(datetime.date(2012, 1, 1), datetime.date(2026, 10, 1))
SUBDIVISION = {"57": "57", "67": "6AE", "68": "6AE", "971": "971", "972": "972", "973": "973", "974": "974", "976": "976"}


def non_working(day: datetime.date, departement: str) -> bool:
    """Read from the holidays library directly, not through sejour's table."""
    return day.weekday() >= 5 or day in holidays.France(subdiv=SUBDIVISION.get(departement), years=day.year)


@SETTINGS
@given(DAYS, DEPARTEMENTS, st.sampled_from([(1, 0), (2, 0), (0, 30), (0, 15)]))
def test_contentious_last_day_is_a_working_day_and_not_before_the_plain_end(start, departement, delay):
    months, days = delay
    last = contentious_last_day(np.array([start], dtype="datetime64[D]"), np.array([departement]), months=months, days=days)[0]
    last = last.astype(datetime.date)
    assert not non_working(last, departement), (start, departement, delay, last)
    plain = add_months(np.array([start], dtype="datetime64[D]"), months)[0].astype(datetime.date) + datetime.timedelta(days=days)
    assert plain <= last <= plain + datetime.timedelta(days=6)  # at most a long weekend of holidays after the franc day
    # every day between the franc day and the last day is a non-working one
    franc = plain if (months and plain.day != start.day) else plain + datetime.timedelta(days=1)
    assert all(non_working(franc + datetime.timedelta(days=k), departement) for k in range((last - franc).days))


def test_next_working_day_outside_the_table_agrees_with_the_library():
    days = np.array(["1999-12-25", "2061-12-25", "2061-05-01"], dtype="datetime64[D]")
    moved = next_working_day(days, np.array(["57", "75", "75"]))
    for day, result in zip(days.astype(datetime.date), moved.astype(datetime.date)):
        assert result >= day and not non_working(result, "57" if day.year == 1999 else "75")


def refusal(received: datetime.date, departement: str, oqtf=None, custody=None, as_of=None):
    application = {"route": "student_renewal", "filed_on": (received - datetime.timedelta(days=90)).isoformat(), "decision": "refused",
                   "decided_on": (received - datetime.timedelta(days=3)).isoformat(), "refusal_received_on": received.isoformat(),
                   "appeal_filed_on": None}
    if oqtf:
        application["oqtf"] = oqtf
    if custody:
        application["custody"] = custody
    person = {"nationality": "MA", "in_france": True}
    if departement:
        person["departement"] = departement
    return {"as_of": (as_of or received).isoformat(), "person": person, "application": application}


def appeal_route(case):
    return next(r for r in assess(case, today=TODAY)["routes"] if r["id"] == "appeal")


def file_by(case):
    return next(d for d in appeal_route(case)["deadlines"] if d["id"] == "file_by")


OQTF = ["none", "with_departure_period", "without_departure_period"]
CUSTODY = ["none", "house_arrest", "detention", "retention"]


@SETTINGS
@given(DAYS, DEPARTEMENTS, st.sampled_from([None] + OQTF), st.sampled_from([None] + CUSTODY))
def test_with_facts_unknown_the_day_shown_is_never_later_than_any_regime(received, departement, oqtf, custody):
    case = refusal(received, departement, oqtf, custody)
    shown = file_by(case)["date"]
    possible = {file_by(refusal(received, departement, known_oqtf, known_custody))["date"]
                for known_oqtf in ([oqtf] if oqtf else OQTF) for known_custody in ([custody] if custody else CUSTODY)}
    assert shown == min(possible)
    if len(possible) > 1:  # the unknown fact decides the day: asked, and named beside the day
        route = appeal_route(case)
        assert route["verdict"] == "needs_information" and route["missing"]
        assert set(file_by(case)["depends_on"]) <= {"application.oqtf", "application.custody"}
        assert file_by(case)["earliest_possible"] is True


@SETTINGS
@given(DAYS, DEPARTEMENTS, st.sampled_from(OQTF), st.sampled_from(CUSTODY))
def test_contentious_deadlines_never_fall_on_a_non_working_day(received, departement, oqtf, custody):
    deadline = file_by(refusal(received, departement, oqtf, custody))
    day = datetime.date.fromisoformat(deadline["date"])
    hours_or_seven_days = (day - received).days in (2, 7) and oqtf != "none"
    if not hours_or_seven_days:  # 48 hours run hour to hour; the 7 days are given as the earlier, unmoved day
        assert not non_working(day, departement), deadline["text"]


def test_recours_gracieux_letter_not_offered_with_an_oqtf():
    from sejour.documents.letters import letter_content, letters_for

    received = datetime.date(2026, 11, 16)
    with_oqtf = refusal(received, "69", "with_departure_period", "none", as_of=datetime.date(2026, 11, 20))
    assert "administrative_appeal" not in letters_for(assess(with_oqtf, today=TODAY))
    without = refusal(received, "69", "none", as_of=datetime.date(2026, 11, 20))
    assessment = assess(without, today=TODAY)
    assert "administrative_appeal" in letters_for(assessment)
    assert letter_content("administrative_appeal", without, assessment, "fr")["warning"] is None
    unknown = refusal(received, "69", as_of=datetime.date(2026, 11, 20))
    assessment = assess(unknown, today=TODAY)
    assert "administrative_appeal" in letters_for(assessment)
    assert "OQTF" in letter_content("administrative_appeal", unknown, assessment, "fr")["warning"]


def test_steps_follow_the_regime():
    received = datetime.date(2026, 11, 16)
    with_oqtf = appeal_route(refusal(received, "69", "with_departure_period", "none", as_of=datetime.date(2026, 11, 20)))
    texts = " ".join(s["text"] for s in with_oqtf["steps"])
    assert "recours gracieux would not stop" in texts and "registered letter" not in texts
    assert [d["date"] for d in with_oqtf["deadlines"]] == ["2026-12-17"]  # 11-16 + one month + the franc day
    without = appeal_route(refusal(received, "69", "none", as_of=datetime.date(2026, 11, 20)))
    assert "registered letter" in " ".join(s["text"] for s in without["steps"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DAYS, st.integers(0, 500), DEPARTEMENTS, st.sampled_from([None, "pending", "refused"]), st.sampled_from([None, True, False]),
       st.sampled_from([None] + OQTF), st.sampled_from([None] + CUSTODY), st.sampled_from(["unknown", "never", "early", "late"]))
def test_an_undecided_appeal_always_names_the_fact_to_ask(filed, elapsed, departement, decision, notice, oqtf, custody, appeal):
    """needs_information always comes with a fact to ask (the interview never gets stuck), and a
    verdict given whatever the unknown facts does not move when one of them is answered."""
    as_of = min(filed + datetime.timedelta(days=elapsed), TODAY)
    application = {"route": "student_renewal", "filed_on": filed.isoformat()}
    received = min(filed + datetime.timedelta(days=min(elapsed, 60)), as_of)
    if decision:
        application["decision"] = decision
    if decision == "refused":
        application.update(decided_on=received.isoformat(), refusal_received_on=received.isoformat())
    for key, value in (("receipt_states_appeal_routes", notice), ("oqtf", oqtf), ("custody", custody)):
        if value is not None:
            application[key] = value
    if appeal == "never":
        application["appeal_filed_on"] = None
    elif appeal in ("early", "late") and decision == "refused":
        application["appeal_filed_on"] = min(received + datetime.timedelta(days=3 if appeal == "early" else 200), as_of).isoformat()
    person = {"nationality": "SN", "in_france": True, **({"departement": departement} if departement else {})}
    case = {"as_of": as_of.isoformat(), "person": person, "application": application}
    route = appeal_route(case)
    if route["verdict"] == "needs_information":
        assert route["missing"], route
    if route["verdict"] in ("eligible", "not_eligible") and oqtf is None and decision == "refused":
        for value in OQTF:
            answered = appeal_route({**case, "application": {**application, "oqtf": value}})
            assert answered["verdict"] == route["verdict"] or answered["verdict"] == "needs_information", (value, route, answered)
