"""The assessment arranged for the result page and the PDF dossier (same data, same templates):
the answer first (:mod:`sejour.answer`), then the routes shown in full, then the other routes in
one line each; each French legal term glossed once, at its first appearance in the page; the
sources short and folded (their words, the address as a link)."""

from __future__ import annotations

import datetime

from django.utils.translation import get_language

from sejour.answer import WORDS, document_groups, fact_question, quantity_note, short_source, source_parts, sources_line
from sejour.i18n import SOURCE, N_, check_language
from sejour.text import TRANSLATION_NOTICE, translation_notice  # noqa: F401  (the pages' notice)

from .glossary import Glossary

VERDICT_WORDS = {
    "eligible": N_("interview.verdict.eligible", "Open to you"),
    "not_eligible": N_("interview.verdict.not_eligible", "Not open to you"),
    "needs_information": N_("interview.verdict.needs_information", "Cannot say yet: a fact is missing"),
    "not_applicable": N_("interview.verdict.not_applicable", "Not your situation"),
}


def page_language() -> str:
    """The language of the page being made (Django's, chosen by the cookie or the browser)."""
    try:
        return check_language((get_language() or SOURCE).split("-")[0])
    except ValueError:
        return SOURCE


def answer_for_page(assessment: dict, glossary: Glossary) -> dict:
    """The answer of the assessment, its texts glossed (it comes first in the page)."""
    answer, lang = assessment["answer"], glossary.lang
    page = dict(answer)  # glossed in the page's order: the application, the open routes, the date...
    if answer.get("application"):
        page["application"] = {**answer["application"], "text": glossary(answer["application"]["text"])}
    page["open"] = [{**item, "title": glossary(item["title"]), "text": glossary(item["text"]),
                     "to_find_out": [glossary(q) for q in item["to_find_out"]]} for item in answer["open"]]
    if answer.get("act_by"):
        act_by = answer["act_by"]
        page["act_by"] = {**act_by, "text": glossary(act_by["text"]), "caution": glossary(act_by.get("caution") or ""),
                          "unconfirmed": glossary(act_by.get("unconfirmed") or "")}
    page["no_date_text"] = glossary(answer.get("no_date_text") or "")
    page["costs"] = [{**cost, "text": glossary(cost["text"]), "unconfirmed": glossary(cost.get("unconfirmed") or "")} for cost in answer["costs"]]
    page["document_groups"] = [{"label": glossary(WORDS["for_routes"][lang].format(routes=" ; ".join(group["for_routes"]))) if group["for_routes"] else "",
                                "documents": _glossed(group["documents"], glossary)} for group in document_groups(answer)]
    if answer.get("next_step"):
        page["next_step"] = {**answer["next_step"], "text": glossary(answer["next_step"]["text"])}
    if answer.get("nothing_open"):
        page["nothing_open"] = {"text": glossary(answer["nothing_open"]["text"]), "can_do": [glossary(t) for t in answer["nothing_open"]["can_do"]]}
    return page


def words(lang: str) -> dict:
    """The answer's headings in the page's language (the same words as the CLI's)."""
    return {key: message[lang] for key, message in WORDS.items()}


def routes_for_page(assessment: dict, lang: str, today: datetime.date, glossary: Glossary | None = None) -> list[dict]:
    """The routes shown in full, in the answer's order (the pending application's route, the open
    ones, those the person could have expected), their texts glossed in that order."""
    glossary = glossary or Glossary(lang)
    by_id = {route["id"]: route for route in assessment["routes"]}
    routes = []
    for route in (by_id[route_id] for route_id in assessment["answer"]["full_routes"]):
        conditions = route.get("conditions", [])
        unmet = [c for c in conditions if c["met"] is False and c.get("blocking", True)]
        others = [c for c in conditions if c not in unmet and not (c["id"] == "applies" and c["met"])]
        costs = route.get("costs", [])
        page = {"title": glossary(route["title"]), "verdict_words": VERDICT_WORDS[route["verdict"]][lang],
                "unmet": _glossed(unmet, glossary), "what_would_change": [glossary(t) for t in route.get("what_would_change", [])],
                "missing_questions": [fact_question(field, lang) for field in route.get("missing", [])],
                "deadlines": _glossed(route.get("deadlines", []), glossary), "documents": _glossed(route.get("documents", []), glossary),
                "person_costs": _glossed([c for c in costs if c["payer"] != "employer"], glossary),
                "employer_costs": _glossed([c for c in costs if c["payer"] == "employer"], glossary),
                "next_steps": [glossary(s) for s in route.get("next_steps", [])],
                "timeline": timeline(route.get("deadlines", []), today)}
        page["other_conditions"] = _glossed(others, glossary)
        routes.append({**route, **page})
    return routes


def other_routes_for_page(assessment: dict, glossary: Glossary) -> list[dict]:
    """The routes not shown in full, one line each: their title and why."""
    return [{**line, "title": glossary(line["title"]), "text": glossary(line["text"])} for line in assessment["answer"]["other_routes"]]


def _glossed(items: list[dict], glossary: Glossary) -> list[dict]:
    """Copies of the items with their text glossed and their sources as (words, address) (the
    assessment itself is shared: not changed)."""
    return [{**item, "text": glossary(item["text"]), "unconfirmed": glossary(item.get("unconfirmed") or ""), "quantity_note": quantity_note(item), "source_links": [_link(source) for source in item.get("sources", [])],
             "source_line": sources_line(item.get("sources", []))} for item in items]


def _link(source: str) -> tuple[str, str | None]:
    words, address = source_parts(source)
    return (short_source(source) if words else address), address


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
