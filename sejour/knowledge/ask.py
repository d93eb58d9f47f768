"""`ask(question)`: a question read (route, aspect, yes/no, facts), answered from the rules.

The answer is built from `assess()` on the partial case the question's facts make (or the
person's case), on today's date or the case's; questions outside the rules (naturalisation,
family reunification, asylum, appointments...) get an honest "not covered" and whom to ask.
Questions of procedure or practice the rules do not hold fall back on the hand-written entries
(each with its sources and dates), only when one of them matches the question closely."""

from __future__ import annotations

import datetime

from sejour.i18n import check_language

from . import words
from .answers import build
from .base import by_id
from .reader import read
from .rules_view import clean_source
from .search import index

# A hand-written entry is trusted only when the question's words found in it carry this share
# of the question's weight (IDF-weighted; see search.py).
MIN_COVERAGE = 0.6
DEFAULT_ROUTE = {"refusal": "appeal", "cost_employer": "employee", "work": "aps_graduate", "after": "aps_graduate"}


def _route_id(route: str, facts: dict, base_case: dict | None = None) -> str:
    if route == "employee":
        held = facts.get("permit.kind") or ((base_case or {}).get("permit") or {}).get("kind")
        return "employee_after_aps" if held == "aps_graduate" else "employee_from_student"
    return route


def _answers_for(reading, lang, day, base_case) -> list[dict]:
    routes = reading.routes or ([DEFAULT_ROUTE[a] for a in reading.aspects if a in DEFAULT_ROUTE][:1])
    if not routes:
        return []
    aspects = reading.aspects or [None]
    answers = []
    main = _route_id(routes[0], reading.facts, base_case)
    for aspect in aspects:
        answers.append(build(main, aspect, reading.yes_no, reading.facts, lang, day, base_case))
    for route in routes[1:3]:
        answers.append(build(_route_id(route, reading.facts, base_case), aspects[0], reading.yes_no, reading.facts, lang, day, base_case))
    free = build("no_permit_needed", None, False, reading.facts, lang, day, base_case) if reading.facts.get("person.nationality") else None
    if free and free["verdict"] == "eligible":
        free["answer"] = words.NO_PERMIT_NEEDED[lang].format(answer=free["answer"])
        answers.insert(0, free)
    return [a for a in answers if a["answer"].strip()]


def _merge(first: list[dict]) -> dict:
    """Several aspects or parts of one question in one answer, part by part."""
    if len(first) == 1:
        return first[0]
    merged = dict(first[0])
    merged["question"] = " / ".join(dict.fromkeys(a["question"] for a in first))
    merged["answer"] = "\n".join(f"{a['question'].split(': ', 1)[-1]}: {a['answer']}" for a in first)
    merged["sources"] = list(dict.fromkeys(s for a in first for s in a["sources"]))
    return merged


def _hand_written(question, lang, day, top):
    found, _ = index().search(question or "", limit=max(top * 3, 8))
    entries = by_id()
    found = [(entries[i], coverage) for i, _, coverage in found if entries[i].valid_on(day)]
    if not found or found[0][1] < MIN_COVERAGE or not found[0][0].covered:
        return None
    return [{"id": entry.id, "question": entry.question[lang], "answer": entry.answer[lang], "sources": [c for c in (clean_source(x, lang) for x in entry.sources) if c], "route": None, "aspect": "practice"}
            for entry, coverage in found[:top] if entry.covered and coverage >= 0.6 * found[0][1]]


def ask(question: str, lang: str = "en", case=None, top: int = 3, today: datetime.date | None = None) -> dict:
    """{"covered", "answers": [{"id", "question", "answer", "sources", "route", "aspect"}], "facts", "message"?}, best first."""
    check_language(lang)
    base_case = None
    day = today or datetime.date.today()
    if case is not None:
        from sejour.case import parse_case

        parsed = parse_case(case)
        base_case, day = parsed.to_dict(), parsed.as_of
    whole, parts = read(question or "")
    facts = {k: (v.isoformat() if isinstance(v, datetime.date) else v) for k, v in whole.facts.items()}
    result = _answer(question, parts, whole, facts, lang, day, base_case, top)
    result["as_of"] = day.isoformat()
    return result


def _answer(question, parts, whole, facts, lang, day, base_case, top) -> dict:
    topic = whole.out_of_scope or next((p.out_of_scope for p in parts if p.out_of_scope), None)
    if topic:
        return {"covered": False, "answers": [], "message": words.WHOM[topic][lang], "facts": facts, "topic": topic}
    per_part = []
    for reading in parts:
        reading.facts = {**whole.facts, **reading.facts}
        if not reading.routes and whole.routes and len(parts) > 1:
            reading.routes = whole.routes
        per_part.append(_answers_for(reading, lang, day, base_case))
    answered = [answers for answers in per_part if answers]
    if not answered:
        hand = _hand_written(question, lang, day, top)
        if hand:
            return {"covered": True, "answers": hand, "facts": facts}
        return {"covered": False, "answers": [], "message": words.NOT_COVERED[lang], "facts": facts}
    first = [answers[0] for answers in answered]
    if len(answered) == 1:
        first = [a for a in answered[0] if a["route"] == answered[0][0]["route"]][:3]
    rest = [a for answers in answered for a in answers if a not in first]
    answers = [_merge(first)] + rest
    unique, seen = [], set()
    for answer in answers:
        if answer["answer"] not in seen:
            seen.add(answer["answer"])
            unique.append({k: v for k, v in answer.items() if k != "verdict"})
    return {"covered": True, "answers": unique[:top], "facts": facts}
