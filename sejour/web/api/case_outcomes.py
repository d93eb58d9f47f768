"""``/api/v1/cases/{id}/outcomes``: the préfecture's (or a court's) decisions on a case, recorded
and read by programs with the organisation's API token, as on the case's page: each beside
sejour's verdict at filing (kept with its version stamp). Another organisation's case is 404."""

from __future__ import annotations

import datetime

from ninja import Router, Schema

from sejour.assessment import ROUTE_ORDER
from sejour.web.cases import outcomes
from sejour.web.cases.models import AUTHORITIES, DECISIONS, Outcome

from .cases import TokenAuth, _body, _get, _who
from sejour.case_errors import either, say

from . import texts
from .errors import ApiError, problem
from .public import ERRORS, Errors

router = Router(tags=["cases"], auth=TokenAuth())
AUTHORITY_IDS, DECISION_IDS = [a for a, _ in AUTHORITIES], [d for d, _ in DECISIONS]
MAX_NOTE = 5000


class OutcomeOut(Schema):
    id: int
    route: str
    authority: str
    decision: str
    decided_on: str
    note: str
    recorded_by: str
    recorded_at: str
    sejour_verdict_at_filing: str
    filed_on: str
    sejour_version: str
    rules_date: str
    reconstructed: bool
    agreement: str


def _out(outcome: Outcome) -> dict:
    return {"id": outcome.pk, "route": outcome.route, "authority": outcome.authority, "decision": outcome.decision,
            "decided_on": outcome.decided_on.isoformat(), "note": outcome.note, "recorded_by": outcome.recorded_by,
            "recorded_at": outcome.recorded_at.isoformat(), "sejour_verdict_at_filing": outcome.filed_verdict,
            "filed_on": outcome.filed_on.isoformat(), "sejour_version": outcome.sejour_version, "rules_date": outcome.rules_date,
            "reconstructed": outcome.reconstructed, "agreement": outcome.agreement}


NEW_OUTCOME = {"requestBody": {"required": True, "content": {"application/json": {"schema": {
    "type": "object", "required": ["route", "decision", "decided_on"], "additionalProperties": False,
    "properties": {"route": {"type": "string", "enum": list(ROUTE_ORDER), "description": "The application decided"},
                   "authority": {"type": "string", "enum": AUTHORITY_IDS, "default": "prefecture"},
                   "decision": {"type": "string", "enum": DECISION_IDS},
                   "decided_on": {"type": "string", "format": "date", "description": "The day of the decision, YYYY-MM-DD"},
                   "note": {"type": "string", "maxLength": MAX_NOTE}}},
    "example": {"route": "aps_graduate", "decision": "granted", "decided_on": "2015-10-20"}}}}}


def _checked(data: dict) -> tuple[str, str, str, datetime.date, str]:
    errors = [problem(key, say(texts.UNKNOWN_KEY, known="route, authority, decision, decided_on, note"))
              for key in sorted(set(data) - {"route", "authority", "decision", "decided_on", "note"})]
    route, authority, decision = data.get("route"), data.get("authority", "prefecture"), data.get("decision")
    decided_on, note = data.get("decided_on"), data.get("note", "")
    if route not in ROUTE_ORDER:
        errors.append(problem("route", say(texts.ONE_OF, allowed=either(ROUTE_ORDER)), route))
    if authority not in AUTHORITY_IDS:
        errors.append(problem("authority", say(texts.ONE_OF, allowed=either(AUTHORITY_IDS)), authority))
    if decision not in DECISION_IDS:
        errors.append(problem("decision", say(texts.ONE_OF, allowed=either(DECISION_IDS)), decision))
    day = None
    if isinstance(decided_on, str) and len(decided_on) == 10:
        try:
            day = datetime.date.fromisoformat(decided_on)
        except ValueError:
            pass
    if day is None:
        errors.append(problem("decided_on", say(texts.DECIDED_ON), decided_on))
    if not isinstance(note, str) or len(note) > MAX_NOTE:
        errors.append(problem("note", say(texts.NOTE, most=MAX_NOTE), None if isinstance(note, str) else note))
    if errors:
        raise ApiError(422, errors)
    return route, authority, decision, day, note.strip()


@router.get("/cases/{case_id}/outcomes", response={200: list[OutcomeOut], 404: Errors},
            summary="The decisions recorded on a case, each beside sejour's verdict at filing")
def list_outcomes(request, case_id: int):
    return [_out(outcome) for outcome in _get(request, case_id).outcomes.all()]


@router.post("/cases/{case_id}/outcomes", response={201: OutcomeOut, 404: Errors, **ERRORS}, openapi_extra=NEW_OUTCOME,
             summary="Record the préfecture's or a court's decision on a case")
def record_outcome(request, case_id: int):
    case = _get(request, case_id)
    route, authority, decision, day, note = _checked(_body(request))
    outcome = outcomes.record(case, route, authority, decision, day, note, _who(request))
    outcome.refresh_from_db()  # the days as dates (the filing day was given as text)
    return 201, _out(outcome)
