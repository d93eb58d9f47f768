"""The assessment contract and the examples: verdicts, dates, costs and sources."""

import datetime
import glob
import pathlib

import pytest

from sejour import assess
from sejour.case import load_case

ROOT = pathlib.Path(__file__).parent.parent
TODAY = datetime.date(2026, 11, 22)
ROUTES = ["no_permit_needed", "aps_volunteer", "aps_graduate", "employee_after_aps", "employee_from_student", "talent_qualified_employee", "student_renewal", "appeal"]
VERDICTS = {"eligible", "not_eligible", "needs_information", "not_applicable"}


def routes(case, **options):
    return {route["id"]: route for route in assess(case, today=TODAY, **options)["routes"]}


def dates(route):
    return {d["id"]: d["date"] for d in route["deadlines"]}


def costs(route):
    return {c["id"]: c["amount_eur"] for c in route["costs"]}


def figures(route):
    return {f["id"]: f["value"] for f in route["figures"]}


@pytest.mark.parametrize("path", sorted(glob.glob(str(ROOT / "examples" / "*.yaml"))))
def test_contract_shape_and_sources(path):
    result = assess(load_case(path), today=TODAY)
    assert [r["id"] for r in result["routes"]] == ROUTES
    assert result["version"]["sejour"] and result["version"]["rules_date"]
    for route in result["routes"]:
        assert route["verdict"] in VERDICTS
        for item in route["conditions"]:
            assert item["met"] in (True, False, None)
            assert item["text"] and item["text_fr"] and item["sources"], item
        for item in route["deadlines"] + route["costs"]:
            assert item["sources"], item
            assert item["text_en"] != item["text_fr"]
        if route["verdict"] == "needs_information":
            # a fact to give, or a condition no fact can settle (a threshold no source confirms), said as unknown
            assert route["missing"] or any(c["met"] is None for c in route["conditions"]), route["id"]
        else:
            assert route["missing"] == []


def test_each_example_opens_its_route():
    expected = {"volunteer": "aps_volunteer", "graduate": "aps_graduate", "hired_after_aps": "employee_after_aps",
                "hired_from_student": "employee_from_student", "student_renewal": "student_renewal", "appeal": "appeal",
                "eu_citizen": "no_permit_needed"}
    for name, route_id in expected.items():
        assert routes(load_case(ROOT / "examples" / f"{name}.yaml"))[route_id]["verdict"] == "eligible", name


def test_graduate_in_paris_2015():
    route = routes(load_case(ROOT / "examples" / "graduate.yaml"))["aps_graduate"]
    assert dates(route) == {"apply_before": "2015-09-30", "apply_by_recommended": "2015-03-30"}
    assert costs(route) == {"fee": 0.0}
    assert figures(route) == {"work_hours_per_year_max": 964, "validity_months": 12}
    assert {d["id"] for d in route["documents"]} == {"passport_photos", "student_permit", "diploma"}


def test_attestation_de_reussite_when_the_diploma_is_not_yet_awarded():
    case = {"as_of": "2015-06-06", "person": {"nationality": "IN", "in_france": True, "departement": "44"},
            "permit": {"kind": "student", "expires_on": "2015-09-30"},
            "studies": {"diploma": "master", "institution_accredited": True, "obtained_on": "2015-12-15"}}
    route = routes(case)["aps_graduate"]
    assert route["verdict"] == "eligible"
    ids = {d["id"] for d in route["documents"]}
    assert "attestation_de_reussite" in ids and "diploma" not in ids
    assert dates(route)["apply_by_recommended"] == "2015-05-30"


def test_four_month_rule_until_2014_08_21():
    base = {"person": {"nationality": "IN", "in_france": True, "departement": "69"},
            "permit": {"kind": "student", "expires_on": "2014-12-31"},
            "studies": {"diploma": "master", "institution_accredited": True, "obtained_on": "2014-06-30"}}
    before = routes({**base, "as_of": "2014-08-21"})["aps_graduate"]
    after = routes({**base, "as_of": "2014-08-22"})["aps_graduate"]
    assert dates(before)["apply_before"] == "2014-08-31" and before["verdict"] == "eligible"
    assert dates(after)["apply_before"] == "2014-12-31"
    late = routes({**base, "as_of": "2014-06-01", "permit": {"kind": "student", "expires_on": "2014-06-30"}})["aps_graduate"]
    assert late["verdict"] == "not_eligible"
    assert dates(late)["apply_before"] == "2014-02-28"
    assert any("February 28, 2014" in line for line in late["what_would_change"])


def test_validity_6_then_12_months():
    case = {"person": {"nationality": "US"}, "permit": {"kind": "student"}, "studies": {"diploma": "master"}}
    assert figures(routes({**case, "as_of": "2013-07-23"})["aps_graduate"])["validity_months"] == 6
    assert figures(routes({**case, "as_of": "2013-07-24"})["aps_graduate"])["validity_months"] == 12


def test_msc_needs_master_grade_before_2016_and_cge_label_after():
    case = {"person": {"nationality": "CN", "in_france": True}, "permit": {"kind": "student", "expires_on": "2030-01-01"},
            "studies": {"diploma": "msc", "confers_master_grade": False, "cge_labelled": True, "institution_accredited": True}}
    before = routes({**case, "as_of": "2015-06-16"})["aps_graduate"]
    assert before["verdict"] == "not_eligible"
    assert [c["met"] for c in before["conditions"] if c["id"] == "diploma_level"] == [False]
    assert routes({**case, "as_of": "2016-11-01", "studies": {**case["studies"], "obtained_on": "2016-10-01"}})["aps_graduate"]["verdict"] == "eligible"


def test_unknown_master_grade_is_missing_only_when_it_matters():
    case = {"as_of": "2015-06-16", "person": {"nationality": "CN", "in_france": True},
            "permit": {"kind": "student", "expires_on": "2015-09-30"},
            "studies": {"diploma": "rncp_level_1", "institution_accredited": True}}
    route = routes(case)["aps_graduate"]
    assert route["verdict"] == "needs_information"
    assert route["missing"] == ["studies.confers_master_grade"]  # the CGE label did not count before 2016-11-01


def test_salary_floor_and_employer_tax_2015():
    route = routes(load_case(ROOT / "examples" / "hired_after_aps.yaml"))["employee_after_aps"]
    assert figures(route) == {"smic_monthly_eur": 1457.52, "minimum_monthly_salary_eur": 2186.28}
    assert costs(route) == {"employer_tax": 1375.0, "stamp_duty": 241.0}
    assert dates(route) == {"file_by": "2015-07-16"}
    low = load_case(ROOT / "examples" / "hired_after_aps.yaml").to_dict()
    low["job"]["gross_monthly_salary_eur"] = 2000
    route = routes(low)["employee_after_aps"]
    assert route["verdict"] == "not_eligible"
    assert any("€2,186.28" in line for line in route["what_would_change"])  # English amounts as Babel writes them


def test_employer_tax_is_capped_at_2_5_smic():
    case = load_case(ROOT / "examples" / "hired_after_aps.yaml").to_dict()
    case["as_of"], case["job"]["signed_on"], case["job"]["gross_monthly_salary_eur"] = "2014-07-03", "2014-07-01", 5000
    assert costs(routes(case)["employee_after_aps"])["employer_tax"] == 1987.40


def test_volunteer_deadlines_and_refusal_by_silence():
    case = load_case(ROOT / "examples" / "volunteer.yaml").to_dict()
    case["application"] = {"route": "aps_volunteer", "filed_on": "2023-03-10", "decision": "pending", "appeal_filed_on": None}
    route = routes(case)["aps_volunteer"]
    assert dates(route) == {"apply_by": "2023-04-02", "implicit_refusal_on": "2023-07-10", "valid_until": "2024-02-28"}
    case["as_of"] = "2023-07-10"
    # what the acknowledgement of receipt said decides the delay: asked, and the earliest day shown
    appeal = routes(case)["appeal"]
    assert appeal["verdict"] == "needs_information" and appeal["missing"] == ["application.receipt_states_appeal_routes"]
    assert dates(appeal) == {"file_by": "2023-09-11"}
    assert appeal["deadlines"][0]["depends_on"] == ["application.receipt_states_appeal_routes"]
    assert appeal["deadlines"][0]["earliest_possible"] is True
    case["application"]["receipt_states_appeal_routes"] = True
    assert routes(case)["appeal"]["verdict"] == "eligible"
    assert dates(routes(case)["appeal"]) == {"file_by": "2023-09-11"}  # Sun 09-10 + the franc day: Mon 09-11
    case["application"]["receipt_states_appeal_routes"] = False  # the two months never started
    assert dates(routes(case)["appeal"]) == {"file_by": "2024-07-10"}


def test_algerians_are_governed_by_the_1968_agreement():
    case = load_case(ROOT / "examples" / "volunteer.yaml").to_dict()
    case["person"]["nationality"] = "DZ"
    route = routes(case)["aps_volunteer"]
    assert route["verdict"] == "not_eligible"
    assert any("1968" in c["text"] for c in route["conditions"] if c["met"] is False)


def test_european_citizens_need_no_permit_on_the_day():
    for nationality, day, verdict in [("HR", "2013-06-30", "not_eligible"), ("HR", "2013-07-01", "eligible"),
                                      ("GB", "2020-12-31", "eligible"), ("GB", "2021-01-01", "not_eligible"), ("NO", "2015-01-01", "eligible")]:
        result = routes({"as_of": day, "person": {"nationality": nationality}})
        assert result["no_permit_needed"]["verdict"] == verdict, (nationality, day)
        if verdict == "eligible":
            assert all(r["verdict"] == "not_applicable" for k, r in result.items() if k != "no_permit_needed")


def test_appeal_dates_from_receipt():
    route = routes(load_case(ROOT / "examples" / "appeal.yaml"))["appeal"]
    assert dates(route) == {"file_by": "2016-05-02"}  # 05-01 + the franc day, Sunday 1 May, so Monday
    case = load_case(ROOT / "examples" / "appeal.yaml").to_dict()
    case["application"]["appeal_filed_on"] = "2016-03-31"
    assert dates(routes(case)["appeal"]) == {"file_by": "2016-05-02", "answer_due_on": "2016-05-31", "court_file_by": "2016-08-01"}
    case["application"]["refusal_received_on"] = None  # not received yet: the time has not started
    del case["application"]["appeal_filed_on"]
    assert routes(case)["appeal"]["verdict"] == "eligible"


def test_student_renewal_window_in_days_from_2021_05_01():
    case = load_case(ROOT / "examples" / "student_renewal.yaml").to_dict()
    assert dates(routes(case)["student_renewal"]) == {"apply_from": "2022-06-02", "apply_by": "2022-08-01"}
    case["as_of"] = "2021-04-30"
    case["permit"]["expires_on"] = "2021-09-30"
    assert dates(routes(case)["student_renewal"]) == {"apply_from": "2021-07-30", "apply_by": "2021-09-30"}


def test_rece_card_costs_from_2020_and_unknown_in_2019():
    case = {"person": {"nationality": "US", "in_france": True}, "permit": {"kind": "student", "expires_on": "2030-01-01"},
            "studies": {"diploma": "master", "institution_accredited": True}}
    assert costs(routes({**case, "as_of": "2022-03-01"})["aps_graduate"]) == {"fee": 75.0}
    cost = routes({**case, "as_of": "2019-06-01"})["aps_graduate"]["costs"][0]
    assert cost["amount_eur"] is None and "no rule is known" in cost["text"]
    indian = {**case, "person": {"nationality": "IN", "in_france": True}}
    assert costs(routes({**indian, "as_of": "2021-09-30"})["aps_graduate"]) == {"fee": 75.0}
    assert costs(routes({**indian, "as_of": "2021-10-01"})["aps_graduate"]) == {"fee": 0.0}


def test_no_rule_known_outside_coverage():
    for day in ("2011-12-31", "2027-01-01"):
        for route in assess({"as_of": day, "person": {"nationality": "IN"}}, today=TODAY)["routes"]:
            assert route["verdict"] == "needs_information"
            assert "no rule" in route["conditions"][0]["text"]


def test_french_texts():
    route = routes(load_case(ROOT / "examples" / "hired_after_aps.yaml"), lang="fr")["employee_after_aps"]
    assert "2\u202f186,28\u00a0€" in " ".join(f["text"] for f in route["figures"])


def test_unconfirmed_values_are_flagged_beside_their_sources():
    """A value the sources read do not confirm carries a note of its own, not a source posing as one."""
    route = routes({"as_of": "2026-06-01", "person": {"nationality": "IN"}, "volunteering": {}})["aps_volunteer"]
    fee = route["costs"][0]
    assert fee["amount_eur"] == 100.0
    assert "Not confirmed" in fee["unconfirmed"] and "préfecture" in fee["unconfirmed"]
    assert fee["sources"] and not any("Not confirmed" in source for source in fee["sources"])
    confirmed = routes({"as_of": "2015-06-01", "person": {"nationality": "IN"}, "volunteering": {}})["aps_volunteer"]["costs"][0]
    assert confirmed["amount_eur"] == 0.0 and "unconfirmed" not in confirmed


def test_not_yet_hired_has_no_deadline_yet():
    case = load_case(ROOT / "examples" / "hired_after_aps.yaml").to_dict()
    case["job"]["signed_on"] = None  # an offer, not signed yet
    route = routes(case)["employee_after_aps"]
    assert "file_by" not in dates(route) and route["missing_details"] == []
    del case["job"]["signed_on"]  # not known: the date would fix the deadline
    assert routes(case)["employee_after_aps"]["missing_details"] == ["job.signed_on"]


def _graduate(nationality, as_of="2026-03-01", **person):
    return {"version": 1, "as_of": as_of, "person": {"nationality": nationality, "in_france": True, "departement": "75", **person},
            "permit": {"kind": "student", "expires_on": "2026-09-30"},
            "studies": {"diploma": "master", "confers_master_grade": True, "institution_accredited": True}}


def test_withdrawal_agreement_note_only_where_it_concerns_the_person():
    ids = lambda case: [c["id"] for c in routes(case)["no_permit_needed"]["conditions"]]  # noqa: E731
    assert "withdrawal_agreement" not in ids(_graduate("MA"))
    assert "withdrawal_agreement" in ids(_graduate("GB", arrived_on="2019-09-01"))
    assert "withdrawal_agreement" not in ids(_graduate("GB", as_of="2019-06-01"))  # before the agreement applied


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_964_hours_labelled_as_the_aps_era_figure_for_the_rece_card(lang):
    rece = {f["id"]: f for f in routes(_graduate("MA"), lang=lang)["aps_graduate"]["figures"]}["work_hours_per_year_max"]
    aps = {f["id"]: f for f in routes(_graduate("MA", as_of="2015-06-01"), lang=lang)["aps_graduate"]["figures"]}["work_hours_per_year_max"]
    assert rece["value"] == aps["value"] == 964
    assert {"en": "APS era", "fr": "époque de l'APS"}[lang] in rece["text"] and "RECE" in rece["text"]
    assert "RECE" not in aps["text"]


@pytest.mark.parametrize("as_of, name, other", [("2024-06-01", "« passeport talent – salarié qualifié »", "« talent –"),
                                                ("2026-03-01", "« talent – salarié qualifié »", "passeport")])
def test_the_talent_card_is_named_as_the_texts_name_it_on_the_day(as_of, name, other):
    case = {**_graduate("MA", as_of=as_of), "job": {"contract": "cdi", "gross_monthly_salary_eur": 3500}}
    for lang in ("en", "fr"):
        route = routes(case, lang=lang)["talent_qualified_employee"]
        for text in (route["title"].lower(), route["conditions"][0]["text"].lower()):
            assert name in text and other not in text


@pytest.mark.parametrize("as_of, nationality, amount", [("2026-03-01", "MA", 0.0), ("2022-06-01", "MA", None), ("2026-03-01", "DZ", None)])
def test_the_talent_card_always_shows_the_employer_tax(as_of, nationality, amount):
    """An employer reading the route sees the employer tax: 0 € where confirmed (no work
    authorisation, since 2023), otherwise an unknown amount said to be confirmed; never absent."""
    case = {**_graduate(nationality, as_of=as_of), "job": {"contract": "cdi", "gross_monthly_salary_eur": 3500}}
    for lang, words in (("en", ("No employer tax", "to be confirmed")), ("fr", ("Pas de taxe employeur", "à confirmer"))):
        route = routes(case, lang=lang)["talent_qualified_employee"]
        tax = {c["id"]: c for c in route["costs"]}["employer_tax"]
        assert tax["payer"] == "employer" and tax["amount_eur"] == amount
        assert words[0 if amount == 0 else 1] in tax["text"]
        assert tax["sources"]


@pytest.mark.parametrize("nationality, months, said", [("GA", 9, ("renewable once", "renouvelable une fois")),
                                                       ("BF", 6, ("renewable once", "renouvelable une fois")),
                                                       ("TN", 6, ("not confirmed", "pas confirmé")),
                                                       ("MA", 12, ("(not renewable)", "(non renouvelable)"))])
def test_the_post_study_permits_length_says_whether_it_is_renewable(nationality, months, said):
    """Gabon and Burkina Faso: the agreement's APS is renewable once (domain.md, law.md §3); another
    agreement's renewal is not confirmed; the RECE card is not renewable."""
    case = _graduate(nationality, as_of="2022-03-01")
    case["permit"]["expires_on"] = "2022-09-30"
    for lang, words in zip(("en", "fr"), said):
        validity = {f["id"]: f for f in routes(case, lang=lang)["aps_graduate"]["figures"]}["validity_months"]
        assert validity["value"] == months and words in validity["text"]
        assert nationality not in ("GA", "BF") or "Accord France-" in " ".join(validity["sources"])


def test_sources_made_once_for_every_case_are_not_shared_between_assessments():
    case = load_case(pathlib.Path(__file__).resolve().parents[1] / "examples" / "graduate.yaml")
    first = assess(case)
    shown = first["routes"][0]["conditions"][0]
    assert shown["sources"]
    shown["sources"].append("changed by a reader of the first assessment")
    assert assess(case) != first and "changed by a reader of the first assessment" not in assess(case)["routes"][0]["conditions"][0]["sources"]
