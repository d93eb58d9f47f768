"""`ask(question)`: the best answers from the base, with their sources, and whether the sources
cover the question at all. With a case, each answer's `personal` sentence is filled with the
person's own dates and figures from `assess(case)`; nothing else is ever produced."""

from __future__ import annotations

import datetime

from .base import PLACEHOLDER, by_id
from .search import index

# A match is trusted when the words of the question found in the entry carry at least this share
# of the question's weight (each word weighted by its rarity in the base, IDF; words the base
# does not know count as missing). Calibrated on tests/knowledge/questions_heldout.yaml.
MIN_COVERAGE = 0.45
NOT_COVERED = {"en": "sejour's sources do not answer this question. Ask the préfecture of your département, or an association that helps foreigners.",
               "fr": "Les sources de sejour ne répondent pas à cette question. Renseignez-vous auprès de la préfecture de votre département ou d'une association d'aide aux étrangers."}
UNKNOWN = {"en": "unknown for your case (a fact is missing; the assessment says which)",
           "fr": "inconnu pour votre cas (il manque une information ; l'évaluation dit laquelle)"}
NOT_YOURS = {"en": "This does not concern your situation: ", "fr": "Cela ne concerne pas votre situation : "}
VERDICTS = {"en": {"eligible": "open to you", "not_eligible": "not open to you", "needs_information": "not settled yet (a fact is missing)"},
            "fr": {"eligible": "ouvert pour vous", "not_eligible": "pas ouvert pour vous", "needs_information": "pas encore tranché (il manque une information)"}}


def _money(amount, lang):
    text = f"{amount:,.2f} €"
    return text.replace(",", "\u202f").replace(".", ",") if lang == "fr" else text


def personal_sentence(template: str, assessment: dict, lang: str) -> str:
    routes = {route["id"]: route for route in assessment["routes"]}
    for route_id, *_ in PLACEHOLDER.findall(template):
        route = routes.get(route_id)
        if route and route["verdict"] == "not_applicable":
            return NOT_YOURS[lang] + " ".join(c["text"] for c in route["conditions"])

    def value(match):
        route_id, kind, item = match.groups()
        route = routes[route_id]
        if kind == "verdict":
            return VERDICTS[lang][route["verdict"]]
        found = next((x for x in route.get(kind + "s", []) if x["id"] == item), None)
        if found is None:
            return UNKNOWN[lang]
        if kind == "deadline":
            return found["date"]
        if kind == "condition":
            return found["text"]
        raw = found.get("amount_eur" if kind == "cost" else "value")
        if raw is None:
            return UNKNOWN[lang]
        return _money(raw, lang) if kind == "cost" or found.get("unit") == "currency-EUR" else str(raw)

    return PLACEHOLDER.sub(value, template)


def ask(question: str, lang: str = "en", case=None, top: int = 3, today: datetime.date | None = None) -> dict:
    """{"covered": bool, "answers": [{"id", "question", "answer", "sources"}, ...]}, best first."""
    if lang not in ("en", "fr"):
        raise ValueError(f"lang: {lang!r} is not a language of the answers; expected 'en' or 'fr'")
    assessment = None
    if case is not None:
        from sejour.assessment import assess
        from sejour.case import parse_case

        case = parse_case(case)
        assessment = assess(case, lang=lang)
        day = case.as_of
    else:
        day = today or datetime.date.today()
    found, terms = index().search(question or "", limit=max(top * 3, 8))
    entries = by_id()
    found = [(entries[i], score, coverage) for i, score, coverage in found if entries[i].valid_on(day)]
    if not found:
        return {"covered": False, "answers": [], "message": NOT_COVERED[lang]}
    best, _, coverage = found[0]
    trusted = coverage >= MIN_COVERAGE
    if not trusted:
        return {"covered": False, "answers": [], "message": NOT_COVERED[lang]}
    answers = []
    for entry, score, share in found[:top]:
        if answers and share < 0.6 * coverage:
            continue
        text = entry.answer[lang]
        if assessment is not None and entry.personal:
            text += " " + personal_sentence(entry.personal[lang], assessment, lang)
        answers.append({"id": entry.id, "question": entry.questions[lang][0], "answer": text, "sources": list(entry.sources)})
    result = {"covered": best.covered, "answers": answers}
    if not best.covered:
        result["message"] = best.answer[lang]
    return result
