"""`sejour synth`: a synthetic population of cases with plausible distributions over every route,
unknown facts, and edge dates (month ends, 29 February, the days around each change of the rules)."""

from __future__ import annotations

import datetime

import numpy as np
import pyarrow as pa

from sejour.engine import _change_days

SCENARIOS = ("graduate", "hired_after_aps", "hired_from_student", "volunteer", "renewal", "refused", "eu_citizen")
WEIGHTS = (0.32, 0.15, 0.15, 0.10, 0.13, 0.10, 0.05)
NATIONALITIES = ("IN", "CN", "MA", "SN", "BR", "US", "TN", "GA", "BF", "VN", "LB", "CM", "CI", "MX", "RU", "DZ")
NATIONALITY_WEIGHTS = (0.14, 0.12, 0.10, 0.07, 0.06, 0.06, 0.06, 0.04, 0.03, 0.07, 0.05, 0.05, 0.04, 0.04, 0.03, 0.04)
EU = ("DE", "IT", "ES", "HR", "GB", "CH")
DEPARTEMENTS = ("75", "92", "93", "94", "69", "13", "31", "33", "59", "67", "06", "34", "44", "38", "2A", "974")
DIPLOMAS = ("master", "engineering", "doctorate", "mba", "msc", "licence_professionnelle", "licence", "rncp_level_1", "other")
DIPLOMA_WEIGHTS = (0.45, 0.15, 0.05, 0.08, 0.08, 0.06, 0.07, 0.03, 0.03)


def _days(rng, low: datetime.date, high: datetime.date, n: int) -> np.ndarray:
    start = np.datetime64(low, "D")
    return start + rng.integers(0, (high - low).days + 1, n).astype("timedelta64[D]")


def _edge_days(rng, n, today):
    changes = np.array([d for d in _change_days() if "2012-01-01" <= d <= today.isoformat()], dtype="datetime64[D]")
    around = rng.choice(changes, n) + rng.integers(-1, 2, n).astype("timedelta64[D]")
    month_ends = (rng.choice(np.arange("2012-02", today.strftime("%Y-%m"), dtype="datetime64[M]"), n) + 1).astype("datetime64[D]") - 1
    leap = rng.choice(np.array(["2012-02-29", "2016-02-29", "2020-02-29", "2024-02-29"], dtype="datetime64[D]"), n)
    return np.where(rng.random(n) < 0.5, around, np.where(rng.random(n) < 0.7, month_ends, leap))


def _masked(values, mask):
    """An Arrow array of these values, null where `mask`."""
    if values.dtype.kind == "M":
        return pa.array(values.astype("datetime64[D]"), type=pa.date32(), mask=mask | np.isnat(values))
    if values.dtype == object:
        return pa.array(values, type=pa.string(), mask=mask | (values == None))  # noqa: E711
    return pa.array(values, mask=mask)


def synth(n: int, seed: int = 0, today: datetime.date | None = None) -> pa.Table:
    today = today or datetime.date.today()
    rng = np.random.default_rng(seed)
    scenario = rng.choice(len(SCENARIOS), n, p=WEIGHTS)
    s = {name: scenario == i for i, name in enumerate(SCENARIOS)}
    unknown = lambda p=0.1: rng.random(n) < p  # noqa: E731
    as_of = np.where(rng.random(n) < 0.15, _edge_days(rng, n, today), _days(rng, datetime.date(2012, 1, 1), today, n))
    as_of = np.minimum(as_of, np.datetime64(today, "D"))
    nationality = np.where(s["eu_citizen"], rng.choice(EU, n), rng.choice(NATIONALITIES, n, p=NATIONALITY_WEIGHTS)).astype(object)
    kind = np.select([s["graduate"] | s["hired_from_student"] | s["renewal"], s["hired_after_aps"], s["volunteer"], s["refused"]],
                     ["student", "aps_graduate", "long_stay_visa", "student"], "none").astype(object)
    expires = as_of + rng.integers(-60, 300, n).astype("timedelta64[D]")
    cols = {
        "version": pa.array(np.ones(n, dtype=np.int64)),
        "as_of": _masked(as_of, np.zeros(n, bool)),
        "person.nationality": _masked(nationality, np.zeros(n, bool)),
        "person.in_france": _masked(~s["volunteer"] | (rng.random(n) < 0.3), unknown(0.05)),
        "person.departement": _masked(rng.choice(DEPARTEMENTS, n).astype(object), unknown(0.15)),
        "permit.kind": _masked(kind, unknown(0.05)),
        "permit.expires_on": _masked(expires, unknown(0.1) | s["eu_citizen"]),
    }
    student = ~s["volunteer"] & ~s["eu_citizen"]
    cols.update({
        "studies.diploma": _masked(rng.choice(DIPLOMAS, n, p=DIPLOMA_WEIGHTS).astype(object), ~student | unknown(0.05)),
        "studies.confers_master_grade": _masked(rng.random(n) < 0.7, ~student | unknown(0.3)),
        "studies.cge_labelled": _masked(rng.random(n) < 0.2, ~student | unknown(0.5)),
        "studies.institution_accredited": _masked(rng.random(n) < 0.9, ~student | unknown(0.1)),
        "studies.obtained_on": _masked(as_of - rng.integers(0, 400, n).astype("timedelta64[D]"), ~student | unknown(0.3)),
        "studies.enrolled_next_year": _masked(s["renewal"] | (rng.random(n) < 0.1), ~student | unknown(0.2)),
        "studies.years_completed_in_france": _masked(rng.integers(0, 6, n), ~student | unknown(0.4)),
    })
    hired = s["hired_after_aps"] | s["hired_from_student"]
    months = np.where(rng.random(n) < 0.6, 0, rng.choice([2, 6, 12, 18, 24], n))
    contract = np.where(months == 0, "cdi", rng.choice(["cdd", "cdd", "interim", "internship"], n)).astype(object)
    signed = as_of - rng.integers(0, 40, n).astype("timedelta64[D]")
    salary = np.round(rng.lognormal(np.log(2600), 0.35, n), 2)
    cols.update({
        "job.contract": _masked(contract, ~hired | unknown(0.05)),
        "job.months": _masked(np.maximum(months, 1), ~hired | (months == 0) | unknown(0.1)),
        "job.gross_monthly_salary_eur": _masked(salary, ~hired | unknown(0.1)),
        "job.related_to_studies": _masked(rng.random(n) < 0.85, ~hired | unknown(0.15)),
        "job.pay_comparable": _masked(rng.random(n) < 0.9, ~hired | unknown(0.2)),
        "job.signed_on": _masked(signed, ~hired | unknown(0.1)),
        "job.starts_on": _masked(signed + rng.integers(0, 90, n).astype("timedelta64[D]"), ~hired | unknown(0.2)),
    })
    vol = s["volunteer"]
    starts = as_of + rng.integers(-30, 120, n).astype("timedelta64[D]")
    cols.update({f"volunteering.{name}": _masked(rng.random(n) < p, ~vol | unknown(0.1)) for name, p in (
        ("host_public_utility", 0.85), ("host_approved_for_volunteers", 0.85), ("contract_signed_before_entry", 0.9),
        ("long_stay_visa", 0.9), ("acceptance_certificate", 0.9), ("commits_to_leave", 0.95))})
    cols.update({
        "volunteering.mission_purpose": _masked(rng.choice(["social", "humanitarian", "other"], n, p=(0.6, 0.3, 0.1)).astype(object), ~vol | unknown(0.1)),
        "volunteering.general_interest_aims": _masked(rng.choice(["solidarity_in_france", "self_reliance_and_cohesion;solidarity_in_france", ""], n).astype(object),
                                                      ~vol | unknown(0.2)),
        "volunteering.starts_on": _masked(starts, ~vol | unknown(0.05)),
        "volunteering.ends_on": _masked(starts + rng.integers(60, 730, n).astype("timedelta64[D]"), ~vol | unknown(0.05)),
    })
    ref = s["refused"]
    filed = as_of - rng.integers(20, 300, n).astype("timedelta64[D]")
    decision = rng.choice(["refused", "pending"], n, p=(0.7, 0.3)).astype(object)
    decided = filed + rng.integers(10, 150, n).astype("timedelta64[D]")
    decided = np.minimum(decided, as_of)
    received = np.minimum(decided + rng.integers(0, 20, n).astype("timedelta64[D]"), as_of)
    is_refused = decision == "refused"
    never = np.where(rng.random(n) < 0.7, "none", None).astype(object)
    cols.update({
        "application.route": _masked(rng.choice(["aps_graduate", "employee_after_aps", "student_renewal"], n).astype(object), ~ref | unknown(0.1)),
        "application.filed_on": _masked(filed, ~ref | unknown(0.05)),
        "application.decision": _masked(decision, ~ref | unknown(0.05)),
        "application.decided_on": pa.array(np.where(ref & is_refused, decided.astype(str).astype(object), np.where(ref, "none", None)), type=pa.string()),
        "application.refusal_received_on": pa.array(np.where(ref & is_refused, received.astype(str).astype(object), np.where(ref, "none", None)), type=pa.string()),
        "application.appeal_filed_on": pa.array(np.where(ref, never, None), type=pa.string()),
        "application.receipt_states_appeal_routes": _masked(rng.random(n) < 0.6, ~ref | unknown(0.3)),
        "application.oqtf": _masked(rng.choice(["none", "with_departure_period", "without_departure_period"], n, p=(0.3, 0.55, 0.15)).astype(object),
                                    ~ref | ~is_refused | unknown(0.3)),
        "application.custody": _masked(rng.choice(["none", "house_arrest", "detention", "retention"], n, p=(0.85, 0.06, 0.03, 0.06)).astype(object),
                                       ~ref | ~is_refused | unknown(0.3)),
    })
    return pa.table(cols)
