"""The assessment arranged for the result page and the PDF dossier (same data, same templates)."""

from __future__ import annotations

import datetime

from .glossary import gloss

VERDICT_WORDS = {
    "eligible": {"en": "Open to you", "fr": "Ouvert pour vous"},
    "not_eligible": {"en": "Not open to you", "fr": "Pas ouvert pour vous"},
    "needs_information": {"en": "Cannot say yet: a fact is missing", "fr": "Impossible à dire : il manque une information"},
    "not_applicable": {"en": "Not your situation", "fr": "Ne vous concerne pas"},
}
ORDER = {"eligible": 0, "needs_information": 1, "not_eligible": 2, "not_applicable": 3}


def routes_for_page(assessment: dict, lang: str, today: datetime.date) -> list[dict]:
    routes = []
    for route in sorted(assessment["routes"], key=lambda r: ORDER[r["verdict"]]):
        conditions = route.get("conditions", [])
        unmet = [c for c in conditions if c["met"] is False and c.get("blocking", True)]
        others = [c for c in conditions if c not in unmet]
        costs = route.get("costs", [])
        routes.append({**route, "verdict_words": VERDICT_WORDS[route["verdict"]][lang],
                       "title": gloss(route["title"], lang),
                       "unmet": unmet, "other_conditions": others,
                       "missing_questions": [missing_question(field, lang) for field in route.get("missing", [])],
                       "person_costs": [c for c in costs if c["payer"] != "employer"],
                       "employer_costs": [c for c in costs if c["payer"] == "employer"],
                       "timeline": timeline(route.get("deadlines", []), today)})
    return routes


def missing_question(field: str, lang: str) -> str:
    """A fact still needed, as the interview's own question (never its field path)."""
    from .questions import QUESTIONS

    question = QUESTIONS.get(field)
    return question.label[lang] if question else {"en": "A fact about your situation", "fr": "Un fait sur votre situation"}[lang]


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
