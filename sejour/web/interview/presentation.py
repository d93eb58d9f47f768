"""The assessment arranged for the result page and the PDF dossier (same data, same templates),
each French legal term glossed once, at its first appearance in the page."""

from __future__ import annotations

import datetime

from django.utils.translation import get_language

from sejour.i18n import SOURCE, N_, check_language
from sejour.text import TRANSLATION_NOTICE, translation_notice  # noqa: F401  (the pages' notice)

from .glossary import Glossary

VERDICT_WORDS = {
    "eligible": N_("interview.verdict.eligible", "Open to you"),
    "not_eligible": N_("interview.verdict.not_eligible", "Not open to you"),
    "needs_information": N_("interview.verdict.needs_information", "Cannot say yet: a fact is missing"),
    "not_applicable": N_("interview.verdict.not_applicable", "Not your situation"),
}
A_FACT = N_("interview.missing.a_fact", "A fact about your situation")
ORDER = {"eligible": 0, "needs_information": 1, "not_eligible": 2, "not_applicable": 3}


def page_language() -> str:
    """The language of the page being made (Django's, chosen by the cookie or the browser)."""
    try:
        return check_language((get_language() or SOURCE).split("-")[0])
    except ValueError:
        return SOURCE


def routes_for_page(assessment: dict, lang: str, today: datetime.date, glossary: Glossary | None = None) -> list[dict]:
    """The routes in the page's order (open ones first), their texts glossed in that order."""
    glossary = glossary or Glossary(lang)
    routes = []
    for route in sorted(assessment["routes"], key=lambda r: ORDER[r["verdict"]]):
        title = glossary(route["title"])
        conditions = route.get("conditions", [])
        unmet = [c for c in conditions if c["met"] is False and c.get("blocking", True)]
        others = [c for c in conditions if c not in unmet]
        costs = route.get("costs", [])
        if route["verdict"] == "not_applicable":
            routes.append({**route, "title": title, "conditions": _glossed(conditions, glossary)})
            continue
        page = {"unmet": _glossed(unmet, glossary), "what_would_change": [glossary(t) for t in route.get("what_would_change", [])],
                "missing_questions": [missing_question(field, lang) for field in route.get("missing", [])],
                "deadlines": _glossed(route.get("deadlines", []), glossary), "documents": _glossed(route.get("documents", []), glossary),
                "person_costs": _glossed([c for c in costs if c["payer"] != "employer"], glossary),
                "employer_costs": _glossed([c for c in costs if c["payer"] == "employer"], glossary),
                "next_steps": [glossary(s) for s in route.get("next_steps", [])]}
        page["other_conditions"] = _glossed(others, glossary)
        routes.append({**route, **page, "title": title, "verdict_words": VERDICT_WORDS[route["verdict"]][lang],
                       "timeline": timeline(route.get("deadlines", []), today)})
    return routes


def _glossed(items: list[dict], glossary: Glossary) -> list[dict]:
    """Copies of the items with their text glossed (the assessment itself is shared: not changed)."""
    return [{**item, "text": glossary(item["text"])} for item in items]


def missing_question(field: str, lang: str) -> str:
    """A fact still needed, as the interview's own question (never its field path)."""
    from .questions import QUESTIONS

    question = QUESTIONS.get(field)
    return question.label[lang] if question else A_FACT[lang]


def timeline(deadlines: list[dict], today: datetime.date, width: int = 600) -> dict | None:
    """Positions (in %) of the deadlines and of today on one line, for an inline SVG."""
    if not deadlines:
        return None
    days = [datetime.date.fromisoformat(d["date"]) for d in deadlines]
    start, end = min(days + [today]), max(days + [today])
    span = max((end - start).days, 1)

    def x(day):
        return round(5 + 90 * (day - start).days / span, 2)

    points = [{"x": x(day), "date": day.isoformat(), "text": d["text"], "passed": day < today, "n": i + 1}
              for i, (day, d) in enumerate(sorted(zip(days, deadlines), key=lambda p: p[0]))]
    return {"points": points, "today_x": x(today), "today": today.isoformat(), "width": width}
