"""The letters a route needs, filled with the person's facts, identity and the assessment's dates.

A letter is always written in French, the language the préfecture expects. In any other language
the person gets the French letter and, after it, a translation to help them read it (clearly
headed: not to be sent). Both are the same catalogue messages (``letter_texts``), filled with the
same facts, the dates and amounts written for each language.

Each letter is built once as a structure (sender, addressee, place and date, subject, salutation,
paragraphs, closing, enclosures, signature) and written out as an editable DOCX (python-docx) or a
PDF (WeasyPrint), so both always say the same thing. It is addressed to the préfet of the
person's département by its name (prefectures.py), cites the legal basis of its route for the
person's nationality on its day (letter_basis.py), and lists its enclosures in the first person,
never itself. Every date and amount comes from the case or the assessment, nothing here recomputes
a rule. Where a fact or the identity is not given, a bracketed blank is left to fill by hand.

The identity (name, address, birth, numéro d'étranger) is used to write the letter and nothing
else: it is not logged, not stored, not part of the case's facts (``Case.to_dict``)."""

from __future__ import annotations

import datetime


from sejour.case import Case, Identity
from sejour.i18n import check_language, message
from sejour.text import LAW_LANGUAGE, country_name, is_translation, long_date, money

from . import letter_basis as basis
from . import letter_texts as texts
from .letter_texts import BLANK
from .prefectures import departement_of_postcode, prefecture

LETTER_LANGUAGE = LAW_LANGUAGE
NEEDED_BY = {"volunteer_undertaking": ("aps_volunteer",), "change_of_status_request": ("employee_after_aps", "employee_from_student"),
             "administrative_appeal": ("appeal",)}
OPEN = ("eligible", "needs_information")
ITSELF = {"volunteer_undertaking": "undertaking_to_leave"}  # the route's document that the letter is: not listed as enclosed
REGISTERED = ("administrative_appeal",)  # sent by registered post (GISTI model); the others join the application
LETTER_TITLES, LETTER_DESCRIPTIONS = texts.TITLES, texts.DESCRIPTIONS  # letter id -> Message

__all__ = ["LETTER_LANGUAGE", "LETTER_TITLES", "LETTER_DESCRIPTIONS", "letters_for", "court_instead", "letter_content", "letter_docx",
           "letter_pdf"]


def letters_for(assessment: dict) -> list[str]:
    """The letters needed by the routes that are open or still undecided for this person. The
    recours gracieux is not offered when it would not protect the person (a refusal with an
    obligation to leave France: only the court stops that delay; see :func:`court_instead`)."""
    verdicts = {route["id"]: route["verdict"] for route in assessment["routes"]}
    return [letter for letter, routes in NEEDED_BY.items() if any(verdicts.get(r) in OPEN for r in routes)
            and not (letter == "administrative_appeal" and gracieux_protects(assessment) is False)]


def gracieux_protects(assessment: dict) -> bool | None:
    """Whether a recours gracieux keeps the court route open for this refusal (None: not known)."""
    route = next((r for r in assessment["routes"] if r["id"] == "appeal"), {})
    return next((c["met"] for c in route.get("conditions", []) if c["id"] == "administrative_appeal_protects"), None)


def _appeal_deadline(assessment: dict) -> str | None:
    route = next((r for r in assessment["routes"] if r["id"] == "appeal"), {})
    return next((d["date"] for d in route.get("deadlines", []) if d["id"] == "file_by"), None) or \
        next((d["date"] for d in route.get("deadlines", [])), None)


def court_instead(assessment: dict, lang: str) -> str | None:
    """Where the recours gracieux is not offered because of an OQTF: the plain statement that the
    court is the way, with its date, in `lang` (None when the recours gracieux is not ruled out)."""
    route = next((r for r in assessment["routes"] if r["id"] == "appeal"), None)
    if route is None or route["verdict"] not in OPEN or gracieux_protects(assessment) is not False:
        return None
    return texts.COURT_INSTEAD[lang].format(deadline=_day(_appeal_deadline(assessment), lang))


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


def _date(value) -> datetime.date | None:
    if not value:
        return None
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value))


def _day(value, lang):
    day = _date(value)
    return long_date(day, lang) if day else BLANK


def _named(names: dict, value, lang):
    return names[value][lang] if value in names else BLANK


def _country(code: str | None, lang: str) -> str:
    return country_name(code, lang) or BLANK


def _permit(permit: dict, as_of: datetime.date, lang: str) -> str:
    if permit.get("kind") == "aps_graduate" and as_of >= basis.RECE_FROM:
        return texts.RECE_CARD[lang]
    return _named(texts.PERMITS, permit.get("kind"), lang)


def _facts(case: dict, route: dict, lang: str) -> dict:
    """The values the letter's texts may use, written for `lang`: every one from the case or the assessment."""
    section = lambda name: case.get(name) or {}  # noqa: E731
    job, permit, mission, application = section("job"), section("permit"), section("volunteering"), section("application")
    salary = job.get("gross_monthly_salary_eur")
    deadline = next((d["date"] for d in route.get("deadlines", [])), None)
    as_of = _date(case["as_of"])
    return {
        "today": _day(as_of, lang), "blank": BLANK,
        "mission_start": _day(mission.get("starts_on"), lang), "mission_end": _day(mission.get("ends_on"), lang),
        "contract": _named(texts.CONTRACTS, job.get("contract"), lang),
        "salary": money(salary, lang) if salary is not None else BLANK,
        "job_start": _day(job.get("starts_on"), lang), "hired_on": _day(job.get("signed_on"), lang),
        "permit_end": _day(permit.get("expires_on"), lang), "permit_kind": _permit(permit, as_of, lang),
        "filed_on": _day(application.get("filed_on"), lang), "decided_on": _day(application.get("decided_on"), lang),
        "received_on": _day(application.get("refusal_received_on"), lang),
        "deadline": _day(deadline, lang), "country": _country(section("person").get("nationality"), lang),
        "basis": basis.appeal_basis(as_of), "article": basis.article(route["id"], as_of) or BLANK,
        "card": _card(job.get("contract"), as_of, lang),
    }


def _card(contract: str | None, as_of: datetime.date, lang: str) -> str:
    """The card a change of status asks for, by the contract (see texts.CARDS)."""
    if contract == "cdi":
        return texts.CARDS["cdi"][lang]
    if contract in ("cdd", "interim") and as_of >= CDD_TEMPORARY_FROM:
        return texts.CARDS["cdd"][lang]
    return texts.CARDS[None][lang]


CDD_TEMPORARY_FROM = datetime.date(2016, 11, 1)  # loi n° 2016-274: a CDD gives the « travailleur temporaire » card


def _implicit(case: dict) -> bool:
    application = case.get("application") or {}
    return application.get("decision") != "refused" or not application.get("decided_on")


def _blank(key: str, lang: str, dotted: bool = False) -> str:
    return texts.BLANKS[key][lang] + (" " + BLANK if dotted else "")


def _who(identity: Identity | None, lang: str) -> dict:
    """The identity's values as the letter writes them; a bracketed blank for what was not given."""
    given = identity or Identity()
    name = " ".join(part for part in (given.given_name, (given.family_name or "").upper()) if part)
    town = " ".join(part for part in (given.postcode, given.city) if part)
    return {"name": name or _blank("name", lang, dotted=True), "signature": name or _blank("name", lang),
            "address": list(given.address_lines or []) or [_blank("address", lang, dotted=True)],
            "town": town or _blank("postcode_city", lang, dotted=True), "city": given.city or _blank("city", lang),
            "birth_date": _day(given.birth_date, lang) if given.birth_date else _blank("birth_date", lang),
            "birth_place": given.birth_place or _blank("birth_place", lang),
            "foreigner_number": given.foreigner_number or (None if identity else _blank("foreigner_number", lang))}


def _addressee(case: dict, identity: Identity | None, lang: str) -> tuple[list[str], str]:
    """The addressee's lines and the title the letter greets (« Monsieur le Préfet du Rhône »): the
    préfet of the case's département, else of the département of the person's postcode."""
    place = prefecture((case.get("person") or {}).get("departement") or departement_of_postcode(identity.postcode if identity else None))
    if place is None:
        return [texts.TO_PREFET[lang].format(of_departement=BLANK), texts.PREFECTURE_BLANK[lang], texts.STREET[lang],
                texts.TOWN[lang].format(town=BLANK)], texts.TITLE[lang]
    if place.police:
        lines = [texts.TO_POLICE[lang], texts.PREFECTURE_POLICE[lang]]
    else:
        lines = [texts.TO_PREFET[lang].format(of_departement=place.of_name), texts.PREFECTURE[lang].format(of_departement=place.of_name)]
    return lines + [texts.STREET[lang], texts.TOWN[lang].format(town=place.town)], (texts.TITLE_POLICE if place.police else texts.TITLE)[lang]


def _basis(route: dict, case: dict, facts: dict, lang: str) -> list[str]:
    """The legal basis of THAT route for THAT person: no CESEDA article for a national the CESEDA
    does not govern, their own country's agreement for a national of an agreement country."""
    nationality, as_of = (case.get("person") or {}).get("nationality"), _date(case["as_of"])
    if route["id"] not in texts.BASIS or basis.governed_by_agreement_only(nationality, as_of):
        return []
    said = [texts.BASIS[route["id"]][lang].format(**facts)]
    if route["id"] == "employee_after_aps" and basis.has_bilateral_agreement(nationality, as_of):
        said.append(texts.AGREEMENT[lang].format(**facts))
    return said


def _enclosures(letter_id: str, case: dict, route: dict, facts: dict, lang: str) -> list[str]:
    if letter_id == "administrative_appeal":
        ids = ["filing_proof" if _implicit(case) else "refusal_decision", "passport", "my_documents"]
    else:
        ids = [d["id"] for d in route.get("documents", []) if d["id"] != ITSELF.get(letter_id)]
    return [texts.ENCLOSURES[i][lang].format(**facts) if i in texts.ENCLOSURES else message(f"route.{route['id']}.document.{i}")[lang]
            for i in ids]


def _body(letter_id: str, case: dict, route: dict, given: Identity | None, lang: str) -> dict:
    """The letter's parts in `lang` (French: the letter itself; another language: its translation)."""
    who = _who(given, lang)
    facts = dict(_facts(case, route, lang), name=who["name"])
    fill = lambda text: text[lang].format(**facts)  # noqa: E731
    paragraphs = [fill(p) for p in texts.PARAGRAPHS[letter_id]]
    if letter_id == "administrative_appeal":
        paragraphs.insert(0, fill(texts.DECISION[_implicit(case)]))
    paragraphs[1:1] = _basis(route, case, facts, lang)
    if letter_id == "change_of_status_request":
        paragraphs.append(fill(texts.AVAILABLE))
    addressee, title = _addressee(case, given, lang)
    sender = [who["name"], *who["address"], who["town"], texts.BORN[lang].format(**who), texts.NATIONALITY[lang].format(**facts)]
    if who["foreigner_number"]:
        sender.append(texts.FOREIGNER_NUMBER[lang].format(number=who["foreigner_number"]))
    return {"lang": lang, "title": texts.TITLES[letter_id][lang], "sender": sender, "addressee": addressee,
            "registered": texts.REGISTERED[lang] if letter_id in REGISTERED else None,
            "place_date": texts.PLACE_DATE[lang].format(city=who["city"], today=facts["today"]), "subject": fill(texts.SUBJECTS[letter_id]),
            "salutation": texts.SALUTATION[lang].format(title=title), "paragraphs": paragraphs,
            "closing": texts.CLOSING[lang].format(title=title), "enclosures": _enclosures(letter_id, case, route, facts, lang),
            "signature": who["signature"], "enclosed": texts.ENCLOSED[lang]}


def _identity(case, identity) -> Identity | None:
    """The identity given (a dict is checked like the case's own section), else the case's."""
    if isinstance(identity, Identity) or identity is None:
        return identity if identity is not None else (case.identity if isinstance(case, Case) else None)
    from sejour.case import parse_identity

    return parse_identity(identity)


def letter_content(letter_id: str, case, assessment: dict, lang: str, identity: Identity | dict | None = None) -> dict:
    """The letter as a structure, the one source of its DOCX and its PDF: the French letter
    (``letter``), the notes to the person (``notes``: by when to send it, blanks to fill, the OQTF
    warning, the translation's intro) and, for a person reading another language, the
    ``translation`` in their language (else None). `identity`: who signs (an Identity, a dict of
    its fields, or None: the case's identity section, else blanks)."""
    _check(letter_id, lang)
    given = _identity(case, identity)
    case = case.to_dict() if isinstance(case, Case) else dict(case)
    case.pop("identity", None)
    route = _route(assessment, letter_id)
    letter = _body(letter_id, case, route, given, LETTER_LANGUAGE)
    translated = is_translation(lang)
    deadline = _appeal_deadline(assessment) if letter_id == "administrative_appeal" else next((d["date"] for d in route.get("deadlines", [])), None)
    notes, warning = [], None
    if letter_id == "administrative_appeal" and gracieux_protects(assessment) is not True:
        warning = texts.OQTF_WARNING[lang].format(deadline=_day(deadline, lang))
        notes.append(warning)
    if deadline and letter_id != "volunteer_undertaking":
        notes.append(texts.SEND_BY[lang].format(deadline=_day(deadline, lang)))
    notes.append(texts.FILL_BLANKS[lang])  # the préfecture's street address at least
    if translated:
        notes.append(texts.INTRO[lang])
    translation = None
    if translated:
        translation = dict(_body(letter_id, case, route, given, lang), heading=texts.HEADING[lang], note=texts.NOTE[lang])
    return {"id": letter_id, "lang": lang, "title": letter["title"], "notes": notes, "warning": warning,
            "intro": texts.INTRO[lang] if translated else None, "letter": letter, "translation": translation}


def letter_docx(letter_id: str, case, assessment: dict, lang: str, identity: Identity | dict | None = None) -> bytes:
    from .letter_files import write_docx

    return write_docx(letter_content(letter_id, case, assessment, lang, identity))


def letter_pdf(letter_id: str, case, assessment: dict, lang: str, identity: Identity | dict | None = None) -> bytes:
    from weasyprint import HTML

    from .letter_files import letter_html

    return HTML(string=letter_html(letter_content(letter_id, case, assessment, lang, identity))).write_pdf()
