"""In-process latency of one assessment, over 1,000 varied cases.

    python benchmarks/assess_one.py [--cases 1000] [--engine direct|openfisca] [--seed 1]

Prints the median and the 99th percentile in milliseconds. Cases are drawn at random (seeded)
across every route, dates from 2012 to 2026 and unknown fields; each case is assessed once
after a warm-up pass over the same cases (the rules are loaded once per process).
"""

from __future__ import annotations

import argparse
import datetime
import random
import statistics
import time

from sejour import assess
from sejour.case import parse_case

TODAY = datetime.date(2026, 11, 22)


def _day(rng, start=datetime.date(2012, 1, 1), end=datetime.date(2026, 11, 1)):
    return start + datetime.timedelta(days=rng.randrange((end - start).days))


def random_case(rng: random.Random) -> dict:
    as_of = _day(rng)
    maybe = lambda value, p=0.75: value if rng.random() < p else None  # noqa: E731 - left out = unknown
    case = {"version": 1, "as_of": as_of.isoformat(),
            "person": {"nationality": rng.choice(["IN", "US", "CN", "BR", "MA", "DZ", "GA", "TN", "DE", "GB", "HR", "SN"])}}
    person = {"in_france": maybe(rng.random() < 0.9), "departement": maybe(rng.choice(["75", "92", "69", "13", "31", "974"])),
              "arrived_on": maybe((as_of - datetime.timedelta(days=rng.randrange(1, 90))).isoformat())}
    case["person"].update({k: v for k, v in person.items() if v is not None})
    kind = rng.choice(["student", "student", "aps_graduate", "long_stay_visa", "none"])
    case["permit"] = {k: v for k, v in {"kind": maybe(kind, 0.9),
                                        "expires_on": maybe((as_of + datetime.timedelta(days=rng.randrange(-60, 400))).isoformat())}.items() if v is not None}
    if kind in ("student", "aps_graduate") or rng.random() < 0.2:
        studies = {"diploma": rng.choice(["master", "mba", "msc", "engineering", "licence_professionnelle", "rncp_level_1", "licence"]),
                   "confers_master_grade": rng.random() < 0.6, "cge_labelled": rng.random() < 0.3, "institution_accredited": rng.random() < 0.9,
                   "obtained_on": (as_of + datetime.timedelta(days=rng.randrange(-500, 200))).isoformat(), "enrolled_next_year": rng.random() < 0.4}
        case["studies"] = {k: v for k, v in studies.items() if rng.random() < 0.8}
    if rng.random() < 0.4:
        job = {"contract": rng.choice(["cdi", "cdd", "cdd", "interim", "internship"]), "months": rng.choice([6, 12, 18, 24]),
               "gross_monthly_salary_eur": float(rng.randrange(1400, 5000)), "related_to_studies": rng.random() < 0.8,
               "pay_comparable": rng.random() < 0.9, "signed_on": (as_of - datetime.timedelta(days=rng.randrange(0, 30))).isoformat()}
        case["job"] = {k: v for k, v in job.items() if rng.random() < 0.8}
    if kind == "long_stay_visa" and rng.random() < 0.8:
        fields = ["host_public_utility", "host_approved_for_volunteers", "contract_signed_before_entry", "long_stay_visa",
                  "acceptance_certificate", "commits_to_leave"]
        volunteering = {f: rng.random() < 0.9 for f in fields if rng.random() < 0.85}
        volunteering["mission_purpose"] = rng.choice(["social", "humanitarian", "other"])
        volunteering["general_interest_aims"] = ["solidarity_in_france"]
        case["volunteering"] = volunteering
    if rng.random() < 0.25:
        filed = as_of - datetime.timedelta(days=rng.randrange(0, 200))
        decision = rng.choice(["pending", "refused", "granted"])
        application = {"route": rng.choice(["aps_graduate", "aps_volunteer", "employee_after_aps"]), "filed_on": filed.isoformat(), "decision": decision}
        if decision != "pending":
            decided = min(as_of, filed + datetime.timedelta(days=rng.randrange(0, 120)))
            application["decided_on"] = decided.isoformat()
            if decision == "refused" and rng.random() < 0.7:
                application["refusal_received_on"] = min(as_of, decided + datetime.timedelta(days=rng.randrange(0, 10))).isoformat()
        case["application"] = application
    return case


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--engine", default="direct", choices=["direct", "openfisca"])
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    cases = [parse_case(random_case(rng)) for _ in range(options.cases)]
    for case in cases[:50]:
        assess(case, today=TODAY, engine=options.engine)
    timings = []
    for case in cases:
        start = time.perf_counter()
        assess(case, today=TODAY, engine=options.engine)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p99 = timings[min(len(timings) - 1, int(len(timings) * 0.99))]
    print(f"engine={options.engine} cases={len(timings)} median={statistics.median(timings):.2f} ms p99={p99:.2f} ms max={timings[-1]:.2f} ms")


if __name__ == "__main__":
    main()
