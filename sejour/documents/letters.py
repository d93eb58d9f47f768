"""The letters a route needs, filled with the person's facts and the assessment's dates.

A letter is always written in French, the language the préfecture expects. In any other language
the person gets the French letter and, after it, a translation to help them read it (clearly
headed: not to be sent). Both are the same catalogue messages (``letter_texts``), filled with the
same facts, the dates and amounts written for each language.

Each letter is built once as a structure (addressee, place and date, subject, paragraphs,
enclosures, signature) and written out as an editable DOCX (python-docx) or a PDF (WeasyPrint),
so both always say the same thing. Every date and amount comes from the case or the assessment
(in any language: its dates, verdicts and document ids are the same), nothing here recomputes a
rule. Where a fact is unknown, a blank is left to fill by hand. The letter cites the articles it
relies on in its own sentences; it does not list the assessment's sources (they include the
guides and articles sejour reads, which are no basis to write to a préfet on)."""

from __future__ import annotations

import datetime

from sejour.case import Case
from sejour.i18n import check_language, message
from sejour.text import LAW_LANGUAGE, is_translation, long_date, money

from . import letter_texts as texts
from .letter_texts import BLANK

LETTER_LANGUAGE = LAW_LANGUAGE
NEEDED_BY = {"volunteer_undertaking": ("aps_volunteer",), "change_of_status_request": ("employee_after_aps", "employee_from_student"),
             "administrative_appeal": ("appeal",)}
OPEN = ("eligible", "needs_information")
ITSELF = {"volunteer_undertaking": "undertaking_to_leave"}  # the route's document that the letter is: not listed as enclosed
IDENTITY_FIELDS = ("name", "address", "birth_date", "birth_place", "nationality", "foreigner_number")
LETTER_TITLES, LETTER_DESCRIPTIONS = texts.TITLES, texts.DESCRIPTIONS  # letter id -> Message

__all__ = ["LETTER_LANGUAGE", "LETTER_TITLES", "LETTER_DESCRIPTIONS", "letters_for", "letter_content", "letter_docx", "letter_pdf"]


def letters_for(assessment: dict) -> list[str]:
    """The letters needed by the routes that are open or still undecided for this person. The
    recours gracieux is not offered when it would not protect the person (a refusal with an
    obligation to leave France: only the court stops that delay)."""
    verdicts = {route["id"]: route["verdict"] for route in assessment["routes"]}
    return [letter for letter, routes in NEEDED_BY.items() if any(verdicts.get(r) in OPEN for r in routes)
            and not (letter == "administrative_appeal" and gracieux_protects(assessment) is False)]


def gracieux_protects(assessment: dict) -> bool | None:
    """Whether a recours gracieux keeps the court route open for this refusal (None: not known)."""
    route = next((r for r in assessment["routes"] if r["id"] == "appeal"), {})
    return next((c["met"] for c in route.get("conditions", []) if c["id"] == "administrative_appeal_protects"), None)


def _check(letter_id, lang):
    if letter_id not in NEEDED_BY:
        raise ValueError(f"letter_id: {letter_id!r} is not a letter; expected one of {', '.join(NEEDED_BY)}")
    check_language(lang, "lang")


def _route(assessment, letter_id):
    routes = {route["id"]: route for route in assessment["routes"]}
    for route_id in NEEDED_BY[letter_id]:
        if routes.get(route_id, {}).get("verdict") in OPEN:
            return routes[route_id]
    return routes[NEEDED_BY[letter_id][0]]


def _day(value, lang):
    if not value:
        return BLANK
    return long_date(value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value)), lang)


def _named(names: dict, value, lang):
    return names[value][lang] if value in names else BLANK


def _facts(case: dict, route: dict, lang: str) -> dict:
    """The values the letter's texts may use, written for `lang`: every one from the case or the assessment."""
    section = lambda name: case.get(name) or {}  # noqa: E731
    job, permit, mission, application = section("job"), section("permit"), section("volunteering"), section("application")
    salary = job.get("gross_monthly_salary_eur")
    deadline = next((d["date"] for d in route.get("deadlines", [])), None)
    return {
        "today": _day(case["as_of"], lang), "blank": BLANK,
        "mission_start": _day(mission.get("starts_on"), lang), "mission_end": _day(mission.get("ends_on"), lang),
        "contract": _named(texts.CONTRACTS, job.get("contract"), lang),
        "salary": money(salary, lang) if salary is not None else BLANK,
        "job_start": _day(job.get("starts_on"), lang), "hired_on": _day(job.get("signed_on"), lang),
        "permit_end": _day(permit.get("expires_on"), lang), "permit_kind": _named(texts.PERMITS, permit.get("kind"), lang),
        "filed_on": _day(application.get("filed_on"), lang), "decided_on": _day(application.get("decided_on"), lang),
        "received_on": _day(application.get("refusal_received_on"), lang),
        "deadline": _day(deadline, lang),
        "departement": (section("person").get("departement") or BLANK),
    }


def _implicit(case: dict) -> bool:
    application = case.get("application") or {}
    return application.get("decision") != "refused" or not application.get("decided_on")


def _body(letter_id: str, case: dict, route: dict, who: dict, lang: str) -> dict:
    """The letter's parts in `lang` (French: the letter itself; another language: its translation)."""
    facts = dict(_facts(case, route, lang), **who)
    fill = lambda text: text[lang].format(**facts)  # noqa: E731
    paragraphs = list(texts.PARAGRAPHS[letter_id])
    if letter_id == "administrative_appeal":
        paragraphs.insert(0, texts.DECISION[_implicit(case)])
    documents = [message(f"route.{route['id']}.document.{d['id']}")[lang] for d in route.get("documents", [])
                 if d["id"] != ITSELF.get(letter_id)]
    return {"lang": lang, "title": texts.TITLES[letter_id][lang],
            "sender": [who["name"], who["address"], fill(texts.IDENTITY)],
            "addressee": [fill(line) for line in texts.ADDRESSEE],
            "place_date": fill(texts.PLACE_DATE), "subject": fill(texts.SUBJECTS[letter_id]),
            "paragraphs": [fill(p) for p in paragraphs], "enclosures": documents, "signature": who["name"],
            "enclosed": texts.ENCLOSED[lang]}


def letter_content(letter_id: str, case, assessment: dict, lang: str, identity: dict | None = None) -> dict:
    """The letter as a structure, the one source of its DOCX and its PDF: the French letter
    (``letter``), and for a person reading another language, the notes to them (``intro``,
    ``warning``) and the ``translation`` in their language (else None)."""
    _check(letter_id, lang)
    case = case.to_dict() if isinstance(case, Case) else dict(case)
    route = _route(assessment, letter_id)
    who = {key: (identity or {}).get(key) or BLANK for key in IDENTITY_FIELDS}
    letter = _body(letter_id, case, route, who, LETTER_LANGUAGE)
    translated = is_translation(lang)
    warning = None
    if letter_id == "administrative_appeal" and gracieux_protects(assessment) is not True:
        deadline = next((d["date"] for d in route.get("deadlines", [])), None)
        warning = texts.OQTF_WARNING[lang].format(deadline=_day(deadline, lang))
    translation = None
    if translated:
        translation = dict(_body(letter_id, case, route, who, lang), heading=texts.HEADING[lang], note=texts.NOTE[lang])
    return {"id": letter_id, "lang": lang, "title": letter["title"], "warning": warning,
            "intro": texts.INTRO[lang] if translated else None, "letter": letter, "translation": translation}


def letter_docx(letter_id: str, case, assessment: dict, lang: str, identity: dict | None = None) -> bytes:
    from .letter_files import write_docx

    return write_docx(letter_content(letter_id, case, assessment, lang, identity))


def letter_pdf(letter_id: str, case, assessment: dict, lang: str, identity: dict | None = None) -> bytes:
    from weasyprint import HTML

    from .letter_files import letter_html

    return HTML(string=letter_html(letter_content(letter_id, case, assessment, lang, identity))).write_pdf()
