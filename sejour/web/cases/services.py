"""What happens to a case: created, its facts changed, re-assessed, exported, deleted.

Every change runs in one transaction and writes one history entry (who, when, what). The
assessment always comes from :func:`sejour.assess`; this module only summarises it.

Two changes of one case at the same moment never undo each other: each locks the case's row and
writes only its own columns (facts and assessment, or closed), so a facts save and a close are
both kept; a facts save made from an older version of the facts is refused (ChangedMeanwhile).
"""

from __future__ import annotations

import datetime

from django.db import transaction

from sejour import assess
from sejour.case import parse_case
from sejour.i18n import SOURCE, language_codes

from .models import NO_DEADLINE, Case, ChecklistItem, Erasure, HistoryEntry, Note, search_key
from .outcomes import keep_filing_assessment

OPEN_VERDICTS = ("eligible", "needs_information")  # routes whose deadlines an advisor follows
EXPORT_VERSION = 1


def summary(assessment: dict) -> dict:
    """Per route that applies: verdict, deadlines (id → date) and costs (id → euros): what reassess compares."""
    return {route["id"]: {"verdict": route["verdict"],
                          "deadlines": {d["id"]: d["date"] for d in route.get("deadlines", [])},
                          "costs": {c["id"]: c.get("amount_eur") for c in route.get("costs", [])}}
            for route in assessment.get("routes", []) if route["verdict"] != "not_applicable"}


def next_deadline(assessment: dict) -> datetime.date | None:
    """The first deadline not yet passed on the case's day, of a route still open to the person."""
    days = [datetime.date.fromisoformat(d["date"]) for route in assessment.get("routes", []) if route["verdict"] in OPEN_VERDICTS
            for d in route.get("deadlines", []) if not d.get("passed")]
    return min(days, default=None)


def due_on(assessment: dict) -> datetime.date:
    """The day the list sorts a case by: its next deadline (of a route still open, not passed on
    the case's day); when every one has passed, the last one missed (the case comes first, "overdue
    since" that day, instead of sinking as if it had none); NO_DEADLINE when there is none at all."""
    upcoming = next_deadline(assessment)
    if upcoming is not None:
        return upcoming
    missed = [datetime.date.fromisoformat(d["date"]) for route in assessment.get("routes", []) if route["verdict"] in OPEN_VERDICTS
              for d in route.get("deadlines", []) if d.get("passed")]
    return max(missed, default=NO_DEADLINE)


def denormalise(case: Case) -> None:
    """The list's columns, from the facts and the assessment (one indexed query per page)."""
    person = case.facts.get("person") or {}
    case.next_deadline = next_deadline(case.assessment)
    case.due_on = _kept_if_missed(case.due_on, due_on(case.assessment), case.facts)
    case.verdict_tags = verdict_tags(case.assessment)[:400]
    case.nationality = (person.get("nationality") or "")[:2]
    case.departement = (person.get("departement") or "")[:3]
    case.search_name = search_key(case.person_name)


def _kept_if_missed(before: datetime.date, after: datetime.date, facts: dict) -> datetime.date:
    """A deadline the case had, now passed, stays its sort day when the new assessment has none
    (a route closed by the missed deadline must not make the case sink to the end of the list),
    unless the facts say the application was filed on or before it."""
    filed = (facts.get("application") or {}).get("filed_on")
    if after == NO_DEADLINE and before != NO_DEADLINE and before.isoformat() < facts["as_of"] and not (filed and filed <= before.isoformat()):
        return before
    return after


LIST_COLUMNS = ["next_deadline", "due_on", "verdict_tags", "nationality", "departement", "search_name"]


def verdict_tags(assessment: dict) -> str:
    return " " + " ".join(f"{route}:{item['verdict']}" for route, item in summary(assessment).items()) + " "


def differences(before: dict, after: dict) -> list[dict]:
    """What changed between two summaries: one entry per route and item (verdict, deadline, cost)."""
    changes = []
    for route in sorted(set(before) | set(after)):
        old, new = before.get(route, {}), after.get(route, {})
        if old.get("verdict", "not_applicable") != new.get("verdict", "not_applicable"):
            changes.append({"route": route, "what": "verdict", "before": old.get("verdict", "not_applicable"),
                            "after": new.get("verdict", "not_applicable")})
        for kind in ("deadlines", "costs"):
            a, b = old.get(kind, {}), new.get(kind, {})
            changes += [{"route": route, "what": f"{kind[:-1]}:{key}", "before": a.get(key), "after": b.get(key)}
                        for key in sorted(set(a) | set(b)) if a.get(key) != b.get(key)]
    return changes


class ChangedMeanwhile(Exception):
    """The facts were changed by someone else since `expected` was read: nothing was saved."""

    def __init__(self, case: Case):
        self.case = case
        super().__init__(f"case {case.pk} is at version {case.version}")


def _locked(case: Case) -> Case:
    """The case's row as stored, locked until the end of the transaction (SQLite: the write lock
    is taken at BEGIN, see database.py); `case` gets its stored values too."""
    fresh = Case.objects.select_for_update().get(pk=case.pk)
    for field in ("facts", "assessment", "closed", "version", "updated_at", "filed_assessment", *LIST_COLUMNS):
        setattr(case, field, getattr(fresh, field))
    return case


def _apply(case: Case, assessment: dict) -> None:
    case.assessment = assessment
    denormalise(case)
    keep_filing_assessment(case)
    case.save(update_fields=["facts", "assessment", "version", "updated_at", "filed_assessment", *LIST_COLUMNS])
    _sync_checklist(case, assessment)


def _sync_checklist(case: Case, assessment: dict) -> None:
    """One item per document of each route still open; statuses already set are kept."""
    wanted = {(route["id"], doc["id"]): doc["text"] for route in assessment["routes"] if route["verdict"] in OPEN_VERDICTS
              for doc in route.get("documents", [])}
    existing = {(item.route, item.document): item for item in case.checklist.all()}
    for key, text in wanted.items():
        item = existing.get(key)
        if item is None:
            ChecklistItem.objects.create(case=case, route=key[0], document=key[1], text=text)
        elif item.text != text or not item.required:
            item.text, item.required = text, True
            item.save(update_fields=["text", "required"])
    for key, item in existing.items():
        if key not in wanted and item.required:
            item.required = False
            item.save(update_fields=["required"])


def _record(case: Case, who: str, action: str, **detail) -> HistoryEntry:
    return HistoryEntry.objects.create(case=case, who=who, action=action, detail=detail)


def create_case(organisation, facts: dict, person_name: str, who: str, advisor=None, lang: str = SOURCE) -> Case:
    """A new case; the facts are checked first (CaseError names the field) and it is assessed at once."""
    facts = parse_case(facts).to_dict()
    assessment = assess(facts, lang=lang)
    with transaction.atomic():
        case = Case.objects.create(organisation=organisation, advisor=advisor, person_name=person_name, facts=facts, lang=lang)
        _apply(case, assessment)
        _record(case, who, "created", facts=facts, verdicts=summary(assessment))
    return case


def change_facts(case: Case, facts: dict, who: str, expected: int | None = None) -> list[dict]:
    """New facts for the case, re-assessed at once; returns the differences of the assessment.
    `expected`: the version the new facts were written from (ChangedMeanwhile if no longer current)."""
    facts = parse_case(facts).to_dict()
    assessment = assess(facts, lang=case.lang)
    with transaction.atomic():
        _locked(case)
        if expected is not None and case.version != expected:
            raise ChangedMeanwhile(case)
        before_facts, before = case.facts, summary(case.assessment)
        changed = {key: {"before": before_facts.get(key), "after": facts.get(key)}
                   for key in sorted(set(before_facts) | set(facts)) if before_facts.get(key) != facts.get(key)}
        case.facts, case.version = facts, case.version + 1
        _apply(case, assessment)
        diff = differences(before, summary(assessment))
        _record(case, who, "facts_changed", facts=changed, assessment=diff)
    return diff


def reassess(case: Case, who: str, as_of: datetime.date | None = None) -> list[dict]:
    """Assess the case again under the rules now in force (on `as_of` when given); the differences."""
    with transaction.atomic():
        _locked(case)  # the facts as stored now, not as read before
        facts = dict(case.facts, **({"as_of": as_of.isoformat()} if as_of else {}))
        assessment = assess(parse_case(facts), lang=case.lang)
        diff = differences(summary(case.assessment), summary(assessment))
        case.facts, case.version = facts, case.version + (facts != case.facts)
        _apply(case, assessment)
        if diff or as_of:
            _record(case, who, "reassessed", assessment=diff, as_of=facts["as_of"])
    return diff


def set_document_status(case: Case, item_id: int, status: str, who: str) -> ChecklistItem:
    with transaction.atomic():
        item = case.checklist.select_for_update().get(pk=item_id)
        before, item.status = item.status, status
        item.save(update_fields=["status"])
        _record(case, who, "document_status", document=item.document, route=item.route, before=before, after=status)
    return item


def set_closed(case: Case, closed: bool, who: str) -> None:
    """A closed case leaves the list, the reminders, the feed and `cases reassess`; it can be reopened."""
    with transaction.atomic():
        _locked(case).closed = closed
        case.save(update_fields=["closed", "updated_at"])
        _record(case, who, "closed" if closed else "reopened")


def add_note(case: Case, text: str, user) -> Note:
    with transaction.atomic():
        note = Note.objects.create(case=case, author=user, text=text)
        _record(case, user.get_username(), "note_added", note=note.pk)
    return note


def export_case(case: Case, full: bool = False) -> dict:
    """The case as data: enough to import it again; `full` adds its checklist, notes and history."""
    data = {"person_name": case.person_name, "lang": case.lang, "closed": case.closed, "facts": case.facts,
            "checklist": [{"route": i.route, "document": i.document, "status": i.status} for i in case.checklist.all()]}
    if full:  # everything held about the person in this case (their right of access)
        data["id"] = case.pk
        data["created_at"], data["updated_at"] = case.created_at.isoformat(), case.updated_at.isoformat()
        data["advisor"] = case.advisor.user.get_username() if case.advisor else None
        data["assessment"] = case.assessment
        data["filed_assessment"] = case.filed_assessment
        for item, exported in zip(case.checklist.all(), data["checklist"], strict=True):
            exported.update(text=item.text, required=item.required)
        data["outcomes"] = [{"route": o.route, "authority": o.authority, "decision": o.decision, "decided_on": o.decided_on.isoformat(),
                             "note": o.note, "recorded_by": o.recorded_by, "recorded_at": o.recorded_at.isoformat(),
                             "sejour_verdict_at_filing": o.filed_verdict, "filed_on": o.filed_on.isoformat(),
                             "sejour_version": o.sejour_version, "rules_date": o.rules_date, "facts_at_filing": o.filed_facts}
                            for o in case.outcomes.all()]
        data["notes"] = [{"author": n.author.get_username() if n.author else None, "at": n.created_at.isoformat(), "text": n.text}
                         for n in case.notes.all()]
        data["history"] = [{"who": h.who, "at": h.at.isoformat(), "action": h.action, "detail": h.detail} for h in case.history.all()]
    return data


def import_case(organisation, data: dict, who: str, advisor=None, default_name: str | None = None) -> Case:
    """A case from :func:`export_case`'s form, or a bare case in the case format (named by its
    `person_name` key, else `default_name`)."""
    if not isinstance(data, dict):
        raise ValueError(f"expected a mapping with person_name and facts, got a {type(data).__name__}")
    facts = data.get("facts", data if "as_of" in data else None)
    name = data.get("person_name", default_name)
    if not isinstance(name, str) or not name.strip():
        raise ValueError("person_name: required, the name of the person the case is about")
    if not isinstance(facts, dict):
        raise ValueError("facts: required, a case in the case format")
    facts = {k: v for k, v in facts.items() if k != "person_name"}
    lang = data.get("lang") if data.get("lang") in language_codes() else SOURCE
    with transaction.atomic():
        case = create_case(organisation, facts, name.strip(), who, advisor=advisor, lang=lang)
        statuses = {(i.get("route"), i.get("document")): i.get("status") for i in data.get("checklist", []) if isinstance(i, dict)}
        for item in case.checklist.all():
            status = statuses.get((item.route, item.document))
            if status in ("missing", "requested", "received", "checked") and status != item.status:
                item.status = status
                item.save(update_fields=["status"])
    return case


def person_export(organisation, person_name: str) -> dict:
    """Everything held about one person in an organisation: every case with its notes and history."""
    cases = Case.objects.filter(organisation=organisation, person_name__iexact=person_name.strip()).order_by("pk")
    return {"organisation": organisation.name, "person_name": person_name.strip(),
            "exported_at": datetime.datetime.now(datetime.UTC).isoformat(),
            "cases": [export_case(case, full=True) for case in cases]}


def erase_case(case: Case, who: str) -> Erasure | None:
    """The case deleted with its checklist, notes, history and decisions (the person's right of
    erasure); what stays is that it happened: the case's number, who, when, how many records.
    None when the case was already deleted (by someone else, a moment before)."""
    with transaction.atomic():
        case = Case.objects.select_for_update().filter(pk=case.pk).first()
        if case is None:
            return None
        removed = {"notes": case.notes.count(), "history": case.history.count(), "outcomes": case.outcomes.count(),
                   "documents": case.checklist.count()}
        erasure = Erasure.objects.create(organisation_id=case.organisation_id, case_number=case.pk, who=who[:150], removed=removed)
        case.delete()
    return erasure
