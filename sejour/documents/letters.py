"""The letters a route needs, filled with the person's facts and the assessment's dates.

Each letter is built once as a structure (addressee, place and date, subject, paragraphs,
enclosures, signature) and written out as an editable DOCX (python-docx) or a PDF (WeasyPrint),
so both always say the same thing. Every date and amount comes from the case or the assessment;
nothing here recomputes a rule. Where a fact is unknown, a blank is left to fill by hand."""

from __future__ import annotations

import datetime
import html
import io

from sejour.case import Case

from .letter_texts import BLANK, LETTER_DESCRIPTIONS, LETTER_TITLES, OQTF_WARNING, TEXTS, TRANSLATION_NOTE

LANGS = ("en", "fr")
NEEDED_BY = {"volunteer_undertaking": ("aps_volunteer",), "change_of_status_request": ("employee_after_aps", "employee_from_student"),
             "administrative_appeal": ("appeal",)}
OPEN = ("eligible", "needs_information")
IDENTITY_FIELDS = ("name", "address", "birth_date", "birth_place", "nationality", "foreigner_number")

__all__ = ["LETTER_TITLES", "LETTER_DESCRIPTIONS", "letters_for", "letter_content", "letter_docx", "letter_pdf"]


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
    if lang not in LANGS:
        raise ValueError(f"lang: {lang!r} is not a language of the letters; expected 'en' or 'fr'")


def _route(assessment, letter_id):
    routes = {route["id"]: route for route in assessment["routes"]}
    for route_id in NEEDED_BY[letter_id]:
        if routes.get(route_id, {}).get("verdict") in OPEN:
            return routes[route_id]
    return routes[NEEDED_BY[letter_id][0]]


def _day(value, lang):
    if not value:
        return BLANK
    day = value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value))
    return day.strftime("%d/%m/%Y")


def _facts(case: dict, assessment: dict, route: dict, lang: str) -> dict:
    """The values the letter templates may use: every one from the case or the assessment."""
    section = lambda name: case.get(name) or {}  # noqa: E731
    deadlines = {d["id"]: _day(d["date"], lang) for d in route.get("deadlines", [])}
    costs = {c["id"]: c["amount_eur"] for c in route.get("costs", [])}
    job, permit, mission, application = section("job"), section("permit"), section("volunteering"), section("application")
    salary = job.get("gross_monthly_salary_eur")
    return {
        "today": _day(case["as_of"], lang),
        "mission_start": _day(mission.get("starts_on"), lang), "mission_end": _day(mission.get("ends_on"), lang),
        "contract": (job.get("contract") or BLANK).upper() if job.get("contract") in ("cdi", "cdd") else (job.get("contract") or BLANK),
        "salary": f"{salary:,.2f} €".replace(",", "\u202f") if salary is not None else BLANK,
        "job_start": _day(job.get("starts_on"), lang), "hired_on": _day(job.get("signed_on"), lang),
        "permit_end": _day(permit.get("expires_on"), lang), "permit_kind": permit.get("kind") or BLANK,
        "filed_on": _day(application.get("filed_on"), lang), "decided_on": _day(application.get("decided_on"), lang),
        "received_on": _day(application.get("refusal_received_on"), lang),
        "deadline": next(iter(deadlines.values()), BLANK), "deadlines": deadlines,
        "stamp_duty": f"{costs['stamp_duty']:.2f} €" if costs.get("stamp_duty") is not None else BLANK,
        "departement": (section("person").get("departement") or BLANK),
        "implicit": application.get("decision") != "refused" or not application.get("decided_on"),
    }


def letter_content(letter_id: str, case, assessment: dict, lang: str, identity: dict | None = None) -> dict:
    """The letter as a structure: the one source of its DOCX and its PDF."""
    _check(letter_id, lang)
    case = case.to_dict() if isinstance(case, Case) else dict(case)
    route = _route(assessment, letter_id)
    facts = _facts(case, assessment, route, lang)
    who = {key: (identity or {}).get(key) or BLANK for key in IDENTITY_FIELDS}
    texts = TEXTS[letter_id][lang]
    fill = lambda text: text.format(**facts, **who)  # noqa: E731
    paragraphs = [fill(p) for p in texts["paragraphs"](facts)]
    warning = None
    if letter_id == "administrative_appeal" and gracieux_protects(assessment) is not True:
        warning = OQTF_WARNING[lang].format(deadline=facts["deadline"])
    sources = sorted({s for c in route.get("conditions", []) for s in c.get("sources", [])} |
                     {s for d in route.get("deadlines", []) for s in d.get("sources", [])})[:6]
    return {"id": letter_id, "lang": lang, "title": LETTER_TITLES[letter_id][lang],
            "sender": [who["name"], who["address"], fill(texts["identity"])],
            "addressee": [fill(line) for line in texts["addressee"]],
            "place_date": fill(texts["place_date"]), "subject": fill(texts["subject"]),
            "paragraphs": paragraphs, "enclosures": [d["text"] for d in route.get("documents", [])] or [fill(e) for e in texts.get("enclosures", [])],
            "signature": who["name"], "sources": sources, "note": TRANSLATION_NOTE if lang == "en" else None, "warning": warning}


def letter_docx(letter_id: str, case, assessment: dict, lang: str, identity: dict | None = None) -> bytes:
    from docx import Document

    content = letter_content(letter_id, case, assessment, lang, identity)
    document = Document()
    for note in (content["warning"], content["note"]):
        if note:
            document.add_paragraph().add_run(note).italic = True
    for line in content["sender"]:
        document.add_paragraph(line)
    for line in content["addressee"]:
        document.add_paragraph(line).alignment = 2  # right
    document.add_paragraph(content["place_date"]).alignment = 2
    document.add_paragraph().add_run(content["subject"]).bold = True
    for paragraph in content["paragraphs"]:
        document.add_paragraph(paragraph)
    if content["enclosures"]:
        document.add_paragraph(ENCLOSED[lang]).runs[0].bold = True
        for item in content["enclosures"]:
            document.add_paragraph(item, style="List Bullet")
    document.add_paragraph(content["signature"])
    if content["sources"]:
        document.add_paragraph(SOURCES[lang] + " " + " ; ".join(content["sources"])).runs[0].italic = True
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


ENCLOSED = {"en": "Enclosed:", "fr": "Pièces jointes :"}
SOURCES = {"en": "Legal basis:", "fr": "Fondement :"}


def letter_html(content: dict) -> str:
    e = html.escape
    parts = [f'<!DOCTYPE html><html lang="{content["lang"]}"><head><meta charset="utf-8"><title>{e(content["title"])}</title>',
             "<style>body{font:11pt/1.45 'DejaVu Serif',serif;margin:2cm}.right{text-align:right}.note{font-style:italic;color:#555}"
             ".src{font-size:8.5pt;color:#444}</style></head><body>"]
    for note in (content["warning"], content["note"]):
        if note:
            parts.append(f'<p class="note">{e(note)}</p>')
    parts += [f"<p>{'<br>'.join(map(e, content['sender']))}</p>", f"<p class=right>{'<br>'.join(map(e, content['addressee']))}</p>",
              f"<p class=right>{e(content['place_date'])}</p>", f"<p><strong>{e(content['subject'])}</strong></p>"]
    parts += [f"<p>{e(p)}</p>" for p in content["paragraphs"]]
    if content["enclosures"]:
        parts.append(f"<p><strong>{ENCLOSED[content['lang']]}</strong></p><ul>" + "".join(f"<li>{e(i)}</li>" for i in content["enclosures"]) + "</ul>")
    parts.append(f"<p>{e(content['signature'])}</p>")
    if content["sources"]:
        parts.append(f'<p class=src>{SOURCES[content["lang"]]} {" ; ".join(map(e, content["sources"]))}</p>')
    return "".join(parts) + "</body></html>"


def letter_pdf(letter_id: str, case, assessment: dict, lang: str, identity: dict | None = None) -> bytes:
    from weasyprint import HTML

    return HTML(string=letter_html(letter_content(letter_id, case, assessment, lang, identity))).write_pdf()
