"""The answer first (sejour/answer.py): what a person can do now, on the examples and on the four
situations of issue 15, worked out here from the routes themselves rather than read back."""

import datetime
import pathlib
import re

import pytest
from hypothesis import given, settings

from sejour import assess, i18n
from sejour.answer import HELP, NO_RULE, NOTHING_OPEN, WAIT, expected_routes, short_source, sources_line
from sejour.case import FIELD_PATHS, load_case
from sejour.text import long_date

from .pseudo import outside_the_catalogue
from .strategies import cases

ROOT = pathlib.Path(__file__).parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
TODAY = datetime.date(2026, 12, 1)
OPEN = ("eligible", "needs_information")

# The four situations of issue 15 (the day is each one's as_of).
LYON = {"version": 1, "as_of": "2026-12-01", "person": {"nationality": "BR", "in_france": True, "departement": "69"},
        "permit": {"kind": "student", "expires_on": "2026-12-31"},
        "studies": {"diploma": "master", "confers_master_grade": True, "institution_accredited": True}}
PARIS = {"version": 1, "as_of": "2026-11-15", "person": {"nationality": "IN", "in_france": True, "departement": "75"},
         "permit": {"kind": "aps_graduate", "expires_on": "2027-06-30"},
         "studies": {"diploma": "master", "confers_master_grade": True, "institution_accredited": True, "obtained_on": "2026-06-20"},
         "job": {"contract": "cdi", "gross_monthly_salary_eur": 3200, "related_to_studies": True, "pay_comparable": True,
                 "signed_on": "2026-11-05", "starts_on": "2026-12-01"}}
NANCY = {"version": 1, "as_of": "2026-10-05", "person": {"nationality": "PH", "in_france": True, "arrived_on": "2026-09-28", "departement": "54"},
         "permit": {"kind": "long_stay_visa", "expires_on": "2027-09-27"},
         "volunteering": {"host_public_utility": True, "host_approved_for_volunteers": True, "mission_purpose": "social",
                          "general_interest_aims": ["solidarity_in_france"], "contract_signed_before_entry": True, "long_stay_visa": True,
                          "acceptance_certificate": True, "commits_to_leave": True, "starts_on": "2026-10-01", "ends_on": "2027-09-30"}}
SILENCE = {"version": 1, "as_of": "2026-11-20", "person": {"nationality": "MA", "in_france": True, "departement": "31"},
           "permit": {"kind": "student", "expires_on": "2026-09-30"},
           "studies": {"diploma": "master", "confers_master_grade": True, "institution_accredited": True, "obtained_on": "2026-06-30"},
           "job": {"contract": "cdi", "gross_monthly_salary_eur": 2900, "related_to_studies": True, "pay_comparable": True, "signed_on": "2026-07-01"},
           "application": {"route": "employee_from_student", "filed_on": "2026-07-15", "decision": "pending"}}
SITUATIONS = {"lyon": LYON, "paris": PARIS, "nancy": NANCY, "silence": SILENCE}
CASES = {**{path.stem: load_case(path).to_dict() for path in EXAMPLES}, **SITUATIONS}


def routes_of(result):
    return {route["id"]: route for route in result["routes"]}


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_answer_follows_from_the_routes(name):
    case = CASES[name]
    result = assess(case, today=TODAY)
    answer, routes = result["answer"], routes_of(result)
    as_of = result["as_of"]
    opened = [route_id for route_id, route in routes.items() if route["verdict"] in OPEN]
    assert sorted(item["route"] for item in answer["open"]) == sorted(opened)
    assert all(item["text"] and item["verdict"] == routes[item["route"]]["verdict"] for item in answer["open"])
    # the date to act by: the earliest deadline on or after as_of of a route open or possibly open
    upcoming = sorted(d["date"] for route_id in opened for d in routes[route_id]["deadlines"] if d["date"] >= as_of)
    assert (answer["act_by"] or {}).get("date") == (upcoming[0] if upcoming else None)
    if not upcoming and opened:
        assert answer["no_date_text"]
    # every route once: in full (the open ones, and the not-open ones the person could have expected), or in one line
    full, others = answer["full_routes"], [line["route"] for line in answer["other_routes"]]
    assert sorted(full + others) == sorted(routes) and len(set(full)) == len(full)
    assert set(opened) <= set(full)
    pending = (case.get("application") or {}).get("decision") in (None, "pending") and (case.get("application") or {}).get("route")
    assert all(routes[r]["verdict"] in OPEN or r == pending or (r in expected_routes(case) and routes[r]["verdict"] == "not_eligible")
               for r in full)
    if pending:
        assert full[0] == pending
    # the documents of the open routes, each once
    documents = {d["id"] for route_id in opened for d in routes[route_id]["documents"]}
    assert [d["id"] for d in answer["documents"]] == list(dict.fromkeys(d["id"] for d in answer["documents"]))
    assert {d["id"] for d in answer["documents"]} == documents
    # costs: per open route with costs, the totals are the sums of the items of each payer
    for cost in answer["costs"]:
        items = routes[cost["route"]]["costs"]
        mine = [c["amount_eur"] for c in items if c["payer"] != "employer"]
        assert cost["applicant"]["total_eur"] == (None if None in mine else round(sum(mine), 2))
    assert bool(answer["nothing_open"]) == (not opened)


def test_lyon_graduate_acts_by_the_end_of_her_permit_for_150_euros():
    answer = assess(LYON, lang="fr", today=TODAY)["answer"]
    assert answer["open"][0]["route"] == "aps_graduate" and answer["open"][0]["verdict"] == "eligible"
    assert answer["act_by"]["date"] == "2026-12-31" and answer["act_by"]["route"] == "aps_graduate"
    assert "31 décembre 2026" in answer["act_by"]["text"]
    aps = next(c for c in answer["costs"] if c["route"] == "aps_graduate")
    assert aps["applicant"]["total_eur"] == 150.0 and aps["employer"] is None and aps["text"] == "150,00\u00a0€ pour vous"
    # her permit leads to the renewal: shown in full; the EU citizens' route is one line
    assert "student_renewal" in answer["full_routes"]
    assert "no_permit_needed" in [line["route"] for line in answer["other_routes"]]
    assert answer["next_step"]["route"] == "aps_graduate"


def test_paris_hired_holder_sees_what_the_employer_pays():
    answer = assess(PARIS, today=TODAY)["answer"]
    assert [item["route"] for item in answer["open"]] == ["employee_after_aps"]
    cost = answer["costs"][0]
    assert cost["employer"]["total_eur"] > 0 and cost["applicant"]["total_eur"] > 0
    assert "for your employer" in cost["text"]
    assert answer["act_by"]["date"] == "2027-06-30"
    # the talent card, not open (salary below its threshold), is what a hired graduate expects: in full
    assert "talent_qualified_employee" in answer["full_routes"]
    assert "employee_from_student" in [line["route"] for line in answer["other_routes"]]


def test_nancy_volunteer_files_within_a_month_of_arrival():
    answer = assess(NANCY, lang="es", today=TODAY)["answer"]
    assert [item["route"] for item in answer["open"]] == ["aps_volunteer"]
    assert answer["act_by"]["date"] == "2026-10-28" and "28 de octubre de 2026" in answer["act_by"]["text"]
    assert answer["full_routes"] == ["aps_volunteer"]


def test_the_pending_application_comes_first():
    answer = assess(SILENCE, today=TODAY)["answer"]
    assert answer["full_routes"][0] == "employee_from_student"
    assert answer["application"]["decision"] == "pending" and "Change of status from student to employee" in answer["application"]["text"]
    # filed before the permit ended: still open (the day of filing counts, not today); the silence is a refusal to contest
    assert [item["route"] for item in answer["open"]] == ["employee_from_student", "appeal"]
    # which delay applies is not known: the earliest possible day, said as such
    assert answer["act_by"]["route"] == "appeal" and answer["act_by"]["earliest_possible"]


def test_a_pending_application_is_shown_in_full_whatever_its_verdict():
    without_job = {k: v for k, v in SILENCE.items() if k != "job"}
    result = assess(without_job, today=TODAY)
    assert result["answer"]["full_routes"][0] == "employee_from_student"
    assert "employee_from_student" not in [line["route"] for line in result["answer"]["other_routes"]]


def test_nothing_open_says_so_and_what_would_change_it():
    late = {**LYON, "as_of": "2027-03-01", "permit": {"kind": "student", "expires_on": "2026-12-31"},
            "studies": {**LYON["studies"], "enrolled_next_year": False}}
    result = assess(late, today=datetime.date(2027, 3, 1))
    answer = result["answer"]
    assert not answer["open"] and answer["act_by"] is None and answer["costs"] == [] and answer["documents"] == []
    assert answer["nothing_open"]["text"] == NOTHING_OPEN["en"]
    assert any(line.startswith("APS / RECE card") for line in answer["nothing_open"]["can_do"])
    assert answer["nothing_open"]["can_do"][-1] == HELP["en"]
    assert "aps_graduate" in answer["full_routes"]


def test_no_rule_known_is_said_plainly():
    answer = assess({"version": 1, "as_of": "2011-06-01", "person": {"nationality": "IN"}}, lang="fr", today=TODAY)["answer"]
    assert answer["open"] == [] and answer["nothing_open"]["text"] == NO_RULE["fr"]


@pytest.mark.parametrize(("case", "expected"), [
    ({"permit": {"kind": "student"}}, {"student_renewal", "aps_graduate", "employee_from_student", "talent_qualified_employee"}),
    ({"permit": {"kind": "aps_graduate"}}, {"employee_after_aps", "talent_qualified_employee"}),
    ({"permit": {"kind": "long_stay_visa"}}, set()),
    ({"permit": {"kind": "long_stay_visa"}, "volunteering": {"long_stay_visa": True}}, {"aps_volunteer"}),
    ({"permit": {"kind": "aps_volunteer"}}, {"aps_volunteer"}),
    ({"job": {"contract": "cdi"}}, {"employee_after_aps", "employee_from_student", "talent_qualified_employee"}),
    ({"application": {"route": "aps_graduate", "decision": "refused"}}, {"aps_graduate", "appeal"}),
    ({"application": {"route": "student_renewal", "decision": "pending"}}, {"student_renewal"}),
    ({"person": {"nationality": "IN"}}, set()),
])
def test_expected_routes(case, expected):
    assert expected_routes(case) == expected


INTERNAL = re.compile(r"\b(?:" + "|".join(map(re.escape, (
    "aps_graduate", "aps_volunteer", "employee_after_aps", "employee_from_student", "student_renewal", "talent_qualified_employee",
    "no_permit_needed", "unknown", "None", "UNCONFIRMED", "seed", "Seed"))) + r")\b|\b\d{4}-\d{2}-\d{2}\b|\.(?:md|yaml|py)\b")
FIELDS = re.compile("|".join(re.escape(path) for path in FIELD_PATHS if "." in path))


def answer_texts(answer):
    """Every text of the answer a person reads (ids and ISO dates are fields beside them)."""
    for item in answer["open"]:
        yield item["title"]
        yield item["text"]
        yield from item["to_find_out"]
    for key in ("application", "act_by", "next_step"):
        if answer.get(key):
            yield from (answer[key][k] for k in ("text", "title", "step", "caution") if answer[key].get(k))
    if answer.get("no_date_text"):
        yield answer["no_date_text"]
    for cost in answer["costs"]:
        yield cost["text"]
        for payer in ("applicant", "employer"):
            yield from (item["text"] for item in (cost[payer] or {}).get("items", []))
    yield from (d["text"] for d in answer["documents"])
    if answer["nothing_open"]:
        yield answer["nothing_open"]["text"]
        yield from answer["nothing_open"]["can_do"]
    for line in answer["other_routes"]:
        yield line["title"]
        yield line["text"]


@pytest.mark.parametrize("lang", i18n.language_codes())
@pytest.mark.parametrize("name", sorted(CASES))
def test_no_internal_name_in_the_answer(name, lang):
    for text in answer_texts(assess(CASES[name], lang=lang, today=TODAY)["answer"]):
        assert not INTERNAL.search(text) and not FIELDS.search(text), text


@settings(max_examples=40, deadline=None)
@given(cases())
def test_every_text_of_the_answer_comes_from_the_catalogue(case):
    for text in answer_texts(assess(case, lang=i18n.PSEUDO)["answer"]):
        assert not outside_the_catalogue(text), text


def test_sources_are_short():
    long = ("CESEDA art. L311-11 (to February 28, 2019), L313-8 (March 1, 2019 to April 30, 2021), L422-10 (from May 1, 2021) "
            "(https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070158)")
    assert "http" not in short_source(long) and short_source(long).endswith("…") and len(short_source(long)) <= 111
    assert sources_line([long, "x", "y"]).endswith("(+2)")
    assert sources_line(["CESEDA art. R311-35"]) == "CESEDA art. R311-35"


def test_a_silence_past_its_day_is_said_as_a_refusal_to_contest():
    answer = assess(SILENCE, today=TODAY, lang="fr")["answer"]
    application = answer["application"]
    assert application["silence_refusal_on"] and application["silence_refusal_on"] <= SILENCE["as_of"]
    assert "vaut refus" in application["text"] and "attendez" not in application["text"]
    # its filing steps are done: the next step is the contest's (help now), not the employer's request
    assert answer["next_step"]["route"] == "appeal"


def test_a_pending_application_before_its_silence_day_says_until_when_and_to_wait():
    recent = {**SILENCE, "application": {**SILENCE["application"], "filed_on": SILENCE["as_of"]}}
    answer = assess(recent, today=TODAY, lang="en")["answer"]
    day = datetime.date.fromisoformat(answer["application"]["silence_refusal_on"])
    assert day > datetime.date.fromisoformat(SILENCE["as_of"])
    assert "waiting" in answer["application"]["text"] and long_date(day, "en") in answer["application"]["text"]
    assert answer["next_step"]["text"] == WAIT["en"] or answer["next_step"]["route"] != "employee_from_student"
