"""What the préfecture (or the court) actually decided, beside what sejour said at filing time.

When a case's facts first say the application was filed (or say another filing day), sejour keeps
the assessment of the case as it stood that day (the facts without what came after: the decision,
the refusal, the appeal), with its version stamp. A decision recorded later is compared with that
verdict, for the route applied for: eligible and granted, or not eligible and refused, agree;
the other two disagree; "needs information" (or a route sejour did not judge) is neither. The
report counts them per route and per rules version and lists every disagreement."""

from __future__ import annotations

import csv
import datetime
import io
from collections import Counter, defaultdict

from django.db import transaction

from sejour import assess
from sejour.batch.schema import case_to_row

from .models import Case, HistoryEntry, Outcome
from .table_columns import COLUMNS, NAME

AFTER_FILING = ("decision", "decided_on", "refusal_received_on", "appeal_filed_on", "oqtf", "custody")
def filing_snapshot(facts: dict) -> dict:
    """The assessment of the case as it stood on its filing day, with its version stamp ({} when
    the facts give no filing day)."""
    application = facts.get("application") or {}
    filed_on = application.get("filed_on")
    if not filed_on:
        return {}
    before = dict(facts, as_of=min(filed_on, facts["as_of"]),
                  application={k: v for k, v in application.items() if k not in AFTER_FILING})
    assessment = assess(before)
    return {"filed_on": filed_on, "facts": before, "version": assessment["version"],
            "verdicts": {route["id"]: route["verdict"] for route in assessment["routes"]}}


def keep_filing_assessment(case: Case) -> bool:
    """Keep the filing-day assessment when the facts give a filing day not yet kept; True if kept."""
    filed_on = (case.facts.get("application") or {}).get("filed_on")
    if filed_on and case.filed_assessment.get("filed_on") != filed_on:
        case.filed_assessment = filing_snapshot(case.facts)
        return True
    return False


def record(case: Case, route: str, authority: str, decision: str, decided_on: datetime.date, note: str, who: str) -> Outcome:
    """A decision recorded beside sejour's verdict at filing (kept, or made now from the facts)."""
    with transaction.atomic():
        case = Case.objects.select_for_update().get(pk=case.pk)
        snapshot, reconstructed = case.filed_assessment, False
        if not snapshot:
            snapshot, reconstructed = filing_snapshot(case.facts), True
        if not snapshot:  # no filing day: the case judged on its own day
            assessment = assess(case.facts)
            snapshot = {"filed_on": case.facts["as_of"], "facts": case.facts, "version": assessment["version"],
                        "verdicts": {r["id"]: r["verdict"] for r in assessment["routes"]}}
        outcome = Outcome.objects.create(
            case=case, route=route, authority=authority, decision=decision, decided_on=decided_on, note=note, recorded_by=who,
            filed_verdict=snapshot["verdicts"].get(route, "not_applicable"), filed_on=snapshot["filed_on"],
            sejour_version=snapshot["version"]["sejour"], rules_date=snapshot["version"].get("rules_date") or "",
            reconstructed=reconstructed, filed_facts=snapshot["facts"])
        HistoryEntry.objects.create(case=case, who=who, action="outcome_recorded", detail={
            "route": route, "authority": authority, "decision": decision, "decided_on": decided_on.isoformat(),
            "sejour_verdict": outcome.filed_verdict})
    return outcome


def report(organisation_id: int) -> dict:
    """Per route and sejour version: how many decisions agreed with sejour's verdict at filing,
    disagreed, or had no verdict to compare; and every disagreement."""
    counts: dict = defaultdict(Counter)
    disagreements = []
    outcomes = Outcome.objects.filter(case__organisation_id=organisation_id).select_related("case").order_by("route", "decided_on", "id")
    for outcome in outcomes:
        counts[(outcome.route, outcome.sejour_version)][outcome.agreement] += 1
        if outcome.agreement == "disagree":
            disagreements.append(outcome)
    rows = [{"route": route, "version": version, "agree": c["agree"], "disagree": c["disagree"], "undecided": c["undecided"],
             "total": sum(c.values())} for (route, version), c in sorted(counts.items())]
    return {"rows": rows, "disagreements": disagreements}


ANONYMOUS_COLUMNS = ["route", "sejour_version", "rules_date", "sejour_verdict", "authority", "decision", "decided_month", "agreement"]


def anonymous_rows(organisation_id: int) -> list[dict]:
    """One row per decision for sharing between organisations: no name, no note, no case number;
    the facts as they stood at filing in the batch mode's columns, the decision's month only."""
    rows = []
    for outcome in Outcome.objects.filter(case__organisation_id=organisation_id).order_by("route", "decided_on", "id"):
        rows.append({"route": outcome.route, "sejour_version": outcome.sejour_version, "rules_date": outcome.rules_date,
                     "sejour_verdict": outcome.filed_verdict, "authority": outcome.authority, "decision": outcome.decision,
                     "decided_month": outcome.decided_on.strftime("%Y-%m"), "agreement": outcome.agreement,
                     **case_to_row(outcome.filed_facts)})
    return rows


def anonymous_csv(organisation_id: int) -> str:
    rows = anonymous_rows(organisation_id)
    columns = ANONYMOUS_COLUMNS + [c for c in COLUMNS if c != NAME and any(c in row for row in rows)]
    out = io.StringIO()
    writer = csv.DictWriter(out, columns)
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
