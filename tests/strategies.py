"""Hypothesis strategies for valid cases in the case format, with unknown fields left out."""

import datetime

from hypothesis import strategies as st

DAYS = st.dates(datetime.date(2012, 1, 1), datetime.date(2026, 11, 1))
NEAR = st.dates(datetime.date(2005, 1, 1), datetime.date(2030, 12, 31))
NATIONALITIES = st.sampled_from(["IN", "US", "DZ", "GA", "BF", "TN", "FR", "DE", "HR", "GB", "CH", "NO", "BR", "CN", "MA"])


def section(fields: dict):
    """A dict with any subset of the given fields (left-out fields are unknown)."""
    return st.fixed_dictionaries({}, optional=fields)


def iso(strategy):
    return strategy.map(datetime.date.isoformat)


BOOL = st.booleans()
PERSON = st.fixed_dictionaries({"nationality": NATIONALITIES}, optional={
    "in_france": BOOL, "arrived_on": iso(NEAR), "departement": st.sampled_from(["75", "92", "69", "13", "2A", "974"])})
PERMIT = section({"kind": st.sampled_from(["none", "long_stay_visa", "student", "aps_graduate", "aps_volunteer", "employee", "researcher", "other"]),
                  "expires_on": iso(NEAR)})
STUDIES = section({"diploma": st.sampled_from(["none", "licence", "licence_professionnelle", "master", "engineering", "doctorate", "mba", "msc",
                                               "rncp_level_1", "accounting", "medical", "technology", "other"]),
                   "confers_master_grade": BOOL, "cge_labelled": BOOL, "institution_accredited": BOOL, "obtained_on": iso(NEAR),
                   "enrolled_next_year": BOOL, "years_completed_in_france": st.integers(0, 8)})
JOB = section({"contract": st.sampled_from(["cdi", "cdd", "interim", "internship", "student_job"]), "months": st.integers(1, 36),
               "gross_monthly_salary_eur": st.integers(500, 6000).map(float), "related_to_studies": BOOL, "pay_comparable": BOOL,
               "signed_on": st.one_of(st.none(), iso(NEAR)), "starts_on": iso(NEAR)})
VOLUNTEERING = section({"host_public_utility": BOOL, "host_approved_for_volunteers": BOOL,
                        "mission_purpose": st.sampled_from(["social", "humanitarian", "other"]),
                        "general_interest_aims": st.lists(st.sampled_from(["self_reliance_and_cohesion", "solidarity_in_france"]), max_size=2, unique=True),
                        "contract_signed_before_entry": BOOL, "long_stay_visa": BOOL, "acceptance_certificate": BOOL, "commits_to_leave": BOOL})
APPLICATION = section({"route": st.sampled_from(["aps_volunteer", "aps_graduate", "employee_after_aps", "employee_from_student", "student_renewal"]),
                       "decision": st.sampled_from(["pending", "granted", "refused"]), "receipt_states_appeal_routes": BOOL,
                       "oqtf": st.sampled_from(["none", "with_departure_period", "without_departure_period"]),
                       "custody": st.sampled_from(["none", "house_arrest", "detention", "retention"])})


@st.composite
def cases(draw):
    case = {"version": 1, "as_of": draw(iso(DAYS)), "person": draw(PERSON)}
    for name, strategy in (("permit", PERMIT), ("studies", STUDIES), ("job", JOB), ("volunteering", VOLUNTEERING), ("application", APPLICATION)):
        if draw(st.booleans()):
            case[name] = draw(strategy)
    if "application" in case:  # keep event dates in order: filed <= decided <= received <= appeal
        as_of = datetime.date.fromisoformat(case["as_of"])
        filed = draw(st.dates(as_of - datetime.timedelta(days=400), as_of))
        case["application"]["filed_on"] = filed.isoformat()
        if case["application"].get("decision") in ("granted", "refused"):
            decided = filed + datetime.timedelta(days=draw(st.integers(0, 200)))
            case["application"]["decided_on"] = decided.isoformat()
            if case["application"]["decision"] == "refused":
                received = draw(st.one_of(st.none(), st.just(decided + datetime.timedelta(days=draw(st.integers(0, 30))))))
                case["application"]["refusal_received_on"] = received and received.isoformat()
                if received and draw(st.booleans()):
                    case["application"]["appeal_filed_on"] = (received + datetime.timedelta(days=draw(st.integers(0, 90)))).isoformat()
    return case


def _any(strategy):
    """A field's value, or an explicit null."""
    return st.one_of(st.none(), strategy)


ANY_DAY = iso(st.dates(datetime.date(1900, 1, 1), datetime.date(2100, 12, 31)))


@st.composite
def any_cases(draw):
    """Any valid case: every field optional, any value of its type, explicit nulls, any day."""
    from sejour.case import SECTIONS
    from sejour.countries import DEPARTEMENTS, ISO_ALPHA2

    values = {
        "in_france": BOOL, "arrived_on": ANY_DAY, "departement": st.sampled_from(sorted(DEPARTEMENTS)),
        "kind": st.sampled_from(["none", "long_stay_visa", "student", "aps_graduate", "aps_volunteer", "employee", "researcher", "other"]),
        "expires_on": ANY_DAY, "diploma": st.sampled_from(["none", "licence", "licence_professionnelle", "master", "engineering", "doctorate", "mba", "msc",
                                                            "rncp_level_1", "accounting", "medical", "technology", "other"]),
        "confers_master_grade": BOOL, "cge_labelled": BOOL, "institution_accredited": BOOL, "obtained_on": ANY_DAY,
        "enrolled_next_year": BOOL, "years_completed_in_france": st.integers(0, 20),
        "contract": st.sampled_from(["cdi", "cdd", "interim", "internship", "student_job"]), "months": st.integers(1, 120),
        "gross_monthly_salary_eur": st.decimals("0.01", "1000000", places=2).map(float), "related_to_studies": BOOL, "pay_comparable": BOOL,
        "signed_on": ANY_DAY, "starts_on": ANY_DAY, "host_public_utility": BOOL, "host_approved_for_volunteers": BOOL,
        "mission_purpose": st.sampled_from(["social", "humanitarian", "other"]),
        "general_interest_aims": st.lists(st.sampled_from(["self_reliance_and_cohesion", "solidarity_in_france"]), max_size=2),
        "contract_signed_before_entry": BOOL, "long_stay_visa": BOOL, "acceptance_certificate": BOOL, "commits_to_leave": BOOL,
        "ends_on": ANY_DAY, "route": st.sampled_from(["no_permit_needed", "aps_volunteer", "aps_graduate", "employee_after_aps",
                                                     "employee_from_student", "talent_qualified_employee", "student_renewal", "appeal"]),
        "filed_on": ANY_DAY, "decision": st.sampled_from(["pending", "granted", "refused"]),
        "decided_on": ANY_DAY, "refusal_received_on": ANY_DAY, "appeal_filed_on": ANY_DAY, "receipt_states_appeal_routes": BOOL,
        "oqtf": st.sampled_from(["none", "with_departure_period", "without_departure_period"]),
        "custody": st.sampled_from(["none", "house_arrest", "detention", "retention"]),
    }
    case = {"as_of": draw(iso(st.dates(datetime.date(2011, 6, 1), datetime.date(2026, 11, 22)))),
            "person": {"nationality": draw(st.sampled_from(sorted(ISO_ALPHA2)))}}
    for name, model in SECTIONS.items():
        if name != "person" and not draw(st.booleans()):
            continue
        section = case.setdefault(name, {})
        for field in model.model_fields:
            if field != "nationality" and draw(st.integers(0, 2)) == 0:
                section[field] = draw(_any(values.get(field, st.none())))
    for section, earlier, later in (("volunteering", "starts_on", "ends_on"), ("application", "filed_on", "decided_on"),
                                    ("application", "decided_on", "refusal_received_on"), ("application", "refusal_received_on", "appeal_filed_on")):
        fields = case.get(section, {})
        if fields.get(earlier) and fields.get(later) and fields[later] < fields[earlier]:
            fields[later] = fields[earlier]
    return case
