"""The answer first: what a person can do now, drawn from an assessment.

An assessment lists every route with its trace (conditions, sources, dates). A person first
needs the answer: the routes open or possibly open to them (verdict ``eligible`` or
``needs_information``), each in one sentence; the date to act by (the earliest deadline on or
after ``as_of`` among those routes) and what to do that day; what it costs them and their
employer; what to bring; the next step. Then the routes worth reading in full (the open ones,
and those the person could have expected: :func:`expected_routes`), and every other route in one
line. When nothing is open, the answer says so plainly, and what would change it.

Every text comes from the catalogue (``N_``), in the assessment's language; dates in the JSON are
ISO fields beside texts that write them in words. No Django here: the CLI, the API, the result
page and the dossier all read the same ``answer``. Its shape (a field added to the assessment)::

    "answer": {
      "open": [{"route", "title", "verdict", "text", "to_find_out": [question, ...]}],  # first: the pending application's route
      "application": {"route", "decision", "text", "silence_refusal_on"} | null,  # an application pending or refused
      "act_by": {"date", "route", "title", "deadline", "text", "step", "earliest_possible", "unconfirmed", "caution"?} | null,
      "no_date_text": str | null,                                # why there is no date, when routes are open
      "costs": [{"route", "title", "text", "applicant": {"total_eur", "items": [{"id", "amount_eur", "text"}]},
                 "employer": {...} | null, "unconfirmed"}],      # per open route (they are alternatives: never summed);
                                                                 # unconfirmed: a note when a figure is not confirmed
      "documents": [{"id", "text", "quantity", "routes": [route ids]}],  # of the open routes, each once
      "next_step": {"route", "date", "text"} | null,
      "nothing_open": {"text", "can_do": [str]} | null,          # when no route is open: what could change that
      "full_routes": [route ids],                                # shown in full, in this order
      "other_routes": [{"route", "title", "verdict", "text"}],   # the others, one line each: why not
    }
"""

from __future__ import annotations

import datetime
import functools
import re

from .i18n import N_
from .rules.citations import COLON
from .text import UNKNOWN, long_date, money

OPEN = ("eligible", "needs_information")

# -- the routes a person could have expected (shown in full even when not open) -----------------
BY_PERMIT = {
    "student": ("student_renewal", "aps_graduate", "employee_from_student", "talent_qualified_employee"),
    "aps_graduate": ("employee_after_aps", "talent_qualified_employee"),
    "aps_volunteer": ("aps_volunteer",),
}
BY_SECTION = {
    "job": ("employee_after_aps", "employee_from_student", "talent_qualified_employee"),
    "volunteering": ("aps_volunteer",),
}


def expected_routes(case: dict) -> set[str]:
    """The routes a person could have expected from their case (a dict in the case format): the
    route of their application, the routes their permit leads to, those of the sections they
    filled in (a job, a volunteer mission, a refused application: its appeal)."""
    routes: set[str] = set()
    application = case.get("application") or {}
    if application.get("route"):
        routes.add(application["route"])
    if application.get("decision") == "refused":
        routes.add("appeal")
    kind = (case.get("permit") or {}).get("kind")
    routes.update(BY_PERMIT.get(kind, ()))
    if kind == "long_stay_visa" and case.get("volunteering"):
        routes.add("aps_volunteer")
    for section, ids in BY_SECTION.items():
        if case.get(section):
            routes.update(ids)
    return routes


# -- the words -----------------------------------------------------------------------------------
SENTENCES = {
    "no_permit_needed": (
        N_("answer.route.no_permit_needed.eligible", "You need no residence permit: you may live, study and work in France with your identity card or passport."),
        N_("answer.route.no_permit_needed.possible", "You may need no residence permit at all; a fact is still missing."),
    ),
    "aps_volunteer": (
        N_("answer.route.aps_volunteer.eligible", "You can get this temporary permit for your volunteer mission."),
        N_("answer.route.aps_volunteer.possible", "You may get this temporary permit for your volunteer mission; a fact is still missing."),
    ),
    "aps_graduate": (
        N_("answer.route.aps_graduate.eligible", "You can get this permit to stay after your degree and look for a job or set up a company."),
        N_("answer.route.aps_graduate.possible", "You may get this permit to stay after your degree and look for a job; a fact is still missing."),
    ),
    "employee_after_aps": (
        N_("answer.route.employee_after_aps.eligible", "You can change your permit into an employee (« salarié ») permit for this job."),
        N_("answer.route.employee_after_aps.possible", "You may change your permit into an employee (« salarié ») permit for this job; a fact is still missing."),
    ),
    "employee_from_student": (
        N_("answer.route.employee_from_student.eligible", "You can change your student permit into an employee (« salarié ») permit for this job."),
        N_("answer.route.employee_from_student.possible", "You may change your student permit into an employee (« salarié ») permit for this job; a fact is still missing."),
    ),
    "talent_qualified_employee": (
        N_("answer.route.talent_qualified_employee.eligible", "You can get this multi-year card for your job."),
        N_("answer.route.talent_qualified_employee.possible", "You may get this multi-year card for your job; a fact is still missing."),
    ),
    "student_renewal": (
        N_("answer.route.student_renewal.eligible", "You can renew your student permit for your next year of studies."),
        N_("answer.route.student_renewal.possible", "You may renew your student permit for another year; a fact is still missing."),
    ),
    "appeal": (
        N_("answer.route.appeal.eligible", "You can contest the refusal: act by the date given."),
        N_("answer.route.appeal.possible", "You may contest a refusal; a fact is still missing: to be safe, act by the date given."),
    ),
}
A_FACT = N_("interview.missing.a_fact", "A fact about your situation")
APPLICATION = {
    "pending": N_("answer.application.pending", "You are waiting for the préfecture to decide on your application: {title}."),
    "refused": N_("answer.application.refused", "Your application was refused: {title}."),
}
# A pending application met by silence (CESEDA R432-2: the silence kept for the time the rules give is a refusal).
PENDING_UNTIL = N_("answer.application.pending_until", "You are waiting for the préfecture to decide on your application: {title}. "
                   "Without an answer by {day}, its silence will count as a refusal, which can be contested.")
SILENCE = N_("answer.application.silence", "Your application got no answer in time: {title}. Since {day}, the préfecture's silence counts as a "
             "refusal (a « décision implicite de rejet »), which you can contest: see the date below. The préfecture may still answer.")
WAIT = N_("answer.wait", "Keep the proof that you applied, and watch for the préfecture's answer (by post, or in your online account if you filed online).")
NO_DATE = N_("answer.no_date", "There is no date to act by.")
NO_DATE_YET = N_("answer.no_date_yet", "No date can be given yet: a fact is not known. Act as early as you can, and ask the préfecture.")
CAUTION = N_("answer.caution", "Some facts are not known yet: once they are, an earlier date may apply. To be confirmed at the préfecture.")
NO_DATE_AHEAD = N_("answer.no_date_ahead", "The dates of these routes have passed: act as soon as you can, and ask the préfecture.")
COST_YOU = N_("answer.cost.you", "{you} for you")
COST_YOU_EMPLOYER = N_("answer.cost.you_and_employer", "{you} for you, {employer} for your employer")
NOTHING_OPEN = N_("answer.nothing_open", "From what you told us, no route is open to you on this day.")
NO_RULE = N_("answer.no_rule", "sejour knows no rule in force on that day, so it cannot say what you can do: ask the préfecture.")
CHANGE = N_("answer.what_would_change", "{title}: it would be open with this: {changes}")
HELP = N_("answer.help", "An association that helps foreigners, or a lawyer in immigration law, can look at your situation with you: "
          "there may be routes sejour does not cover.")


# Headings of the answer, the same on the result page, in the dossier and in the CLI.
WORDS = {
    "title": N_("answer.heading", "What you can do now"),
    "act_by": N_("answer.heading.act_by", "Act by"),
    "cost": N_("answer.heading.cost", "What it costs"),
    "bring": N_("answer.heading.bring", "What to bring"),
    "next_step": N_("answer.heading.next_step", "Next step"),
    "to_find_out": N_("answer.heading.to_find_out", "Still to find out"),
    "other_routes": N_("answer.heading.other_routes", "Other routes we checked"),
    "in_full": N_("answer.heading.in_full", "The routes in detail"),
    "sources": N_("answer.heading.sources", "Sources"),
    "for_routes": N_("answer.for_routes", "Only for: {routes}"),
    "line": N_("answer.line", "{label}: {text}"),
    "colon": COLON,  # between a label and its words (« : » in French): the same colon as the citations
}


def fact_question(field: str, lang: str) -> str:
    """A fact still needed, as the interview asks it (never its field path)."""
    from .web.interview.questions import QUESTIONS  # plain data: no Django needed

    question = QUESTIONS.get(field)
    return question.label[lang] if question else A_FACT[lang]


def fact_questions(fields, lang) -> list[str]:
    """The facts still needed, as the interview asks them, each question once."""
    return list(dict.fromkeys(fact_question(field, lang) for field in fields))


# -- the answer ----------------------------------------------------------------------------------
def answer_of(case: dict, routes: list[dict], lang: str, as_of: datetime.date, rules_known: bool = True,
              silence_refusal_on: datetime.date | None = None) -> dict:
    """The answer of an assessment: `case` in the case format, `routes` the assessment's;
    `silence_refusal_on`: the day a pending application's silence becomes a refusal, when known."""
    by_id = {route["id"]: route for route in routes}
    application = case.get("application") or {}
    # the route of an application not yet decided comes first, whatever its verdict
    pending = application.get("route") if application.get("route") in by_id and application.get("decision") in (None, "pending") else None
    expected = expected_routes(case)
    opened = [r for r in routes if r["verdict"] in OPEN] if rules_known else []
    opened.sort(key=lambda r: (r["id"] != pending, r["verdict"] != "eligible", r["id"] not in expected))
    shown = [r["id"] for r in opened]
    more = [r["id"] for r in routes if r["id"] in expected and r["verdict"] == "not_eligible" and r["id"] not in shown]
    full = list(dict.fromkeys(([pending] if pending else []) + shown + more))
    result = {
        "open": [_open(route, lang) for route in opened],
        "application": _application(application, by_id, lang, as_of, silence_refusal_on),
        "act_by": None, "no_date_text": None,
        "costs": [_costs(route, lang) for route in opened if route.get("costs")],
        "documents": _documents(opened),
        "next_step": _first_step(opened, pending, as_of, lang),
        "nothing_open": None,
        "full_routes": full,
        "other_routes": [_one_line(route) for route in routes if route["id"] not in full],
    }
    result["act_by"] = _act_by(opened, as_of)
    act_by = result["act_by"]
    if act_by and any(r.get("missing_details") and not (r["id"] == act_by["route"] and act_by["earliest_possible"]) for r in opened):
        act_by["caution"] = CAUTION[lang]  # a fact not known could fix a date not shown, or move one
    if result["act_by"] is None and opened:
        result["no_date_text"] = _no_date(opened, as_of, lang)
    if not opened:
        result["nothing_open"] = _nothing_open([by_id[i] for i in full], lang, rules_known)
    return result


def _open(route: dict, lang: str) -> dict:
    eligible, possible = SENTENCES[route["id"]]
    sentence = (eligible if route["verdict"] == "eligible" else possible)[lang]
    facts = route.get("missing", []) + route.get("missing_details", [])
    return {"route": route["id"], "title": route["title"], "verdict": route["verdict"], "text": sentence,
            "to_find_out": fact_questions(facts, lang)}


def _application(application: dict, by_id: dict, lang: str, as_of: datetime.date, silence_on: datetime.date | None) -> dict | None:
    decision = application.get("decision")
    if application.get("route") not in by_id or decision not in APPLICATION:
        return None
    title = by_id[application["route"]]["title"]
    text = APPLICATION[decision][lang].format(title=title)
    if decision == "pending" and silence_on is not None:
        words = SILENCE if silence_on <= as_of else PENDING_UNTIL
        text = words[lang].format(title=title, day=long_date(silence_on, lang))
    return {"route": application["route"], "decision": decision, "text": text,
            "silence_refusal_on": silence_on.isoformat() if decision == "pending" and silence_on else None}


def _first_step(opened: list[dict], pending: str | None, as_of: datetime.date, lang: str) -> dict | None:
    """The next step: that of the first open route; with an application pending, what its filing
    steps say is done, so the next step of another open route (contesting its silence), or to wait."""
    others = [route for route in opened if route["id"] != pending]
    for route in (others if pending else opened):
        step = _next_step(route, as_of)
        if step:
            return step
    return {"route": pending, "date": None, "text": WAIT[lang]} if pending else None


def _act_by(opened: list[dict], as_of: datetime.date) -> dict | None:
    """The earliest deadline on or after as_of among the open routes, with the step of that day."""
    upcoming = [(deadline["date"], n, route, deadline) for n, route in enumerate(opened) for deadline in route.get("deadlines", [])
                if deadline["date"] >= as_of.isoformat()]
    if not upcoming:
        return None
    day, _, route, deadline = min(upcoming, key=lambda found: found[:2])
    step = next((s["text"] for s in route.get("steps", []) if s["date"] == day), None)
    return {"date": day, "route": route["id"], "title": route["title"], "deadline": deadline["id"], "text": deadline["text"],
            "step": step, "earliest_possible": bool(deadline.get("earliest_possible")), "unconfirmed": deadline.get("unconfirmed")}


def _no_date(opened: list[dict], as_of: datetime.date, lang: str) -> str:
    if any(r.get("missing") or r.get("missing_details") for r in opened):
        return NO_DATE_YET[lang]
    if any(d["date"] < as_of.isoformat() for r in opened for d in r.get("deadlines", [])):
        return NO_DATE_AHEAD[lang]
    return NO_DATE[lang]


def _total(costs: list[dict]) -> float | None:
    if any(c["amount_eur"] is None for c in costs):
        return None
    return round(sum(c["amount_eur"] for c in costs), 2)


def _costs(route: dict, lang: str) -> dict:
    """What the route costs the person and the employer: totals, items, and a line in words."""
    def payer(costs):
        items = [{"id": c["id"], "amount_eur": c["amount_eur"], "text": c["text"]} for c in costs]
        return {"total_eur": _total(costs), "items": items}

    def words(total):
        return UNKNOWN[lang] if total is None else money(total, lang)

    applicant = payer([c for c in route["costs"] if c["payer"] != "employer"])
    employer_costs = [c for c in route["costs"] if c["payer"] == "employer"]
    employer = payer(employer_costs) if employer_costs else None
    text = (COST_YOU_EMPLOYER[lang].format(you=words(applicant["total_eur"]), employer=words(employer["total_eur"])) if employer
            else COST_YOU[lang].format(you=words(applicant["total_eur"])))
    unconfirmed = next((c["unconfirmed"] for c in route["costs"] if c.get("unconfirmed")), None)  # said beside the amount
    return {"route": route["id"], "title": route["title"], "applicant": applicant, "employer": employer, "text": text, "unconfirmed": unconfirmed}


def _documents(opened: list[dict]) -> list[dict]:
    """The documents of the open routes, each once (by its id), with the routes asking for it."""
    found: dict[str, dict] = {}
    for route in opened:
        for document in route.get("documents", []):
            item = found.setdefault(document["id"], {"id": document["id"], "text": document["text"], "quantity": document.get("quantity"),
                                                     "routes": []})
            item["quantity"] = max(filter(None, (item["quantity"], document.get("quantity"))), default=None)
            item["routes"].append(route["id"])
    return list(found.values())


def _next_step(route: dict, as_of: datetime.date) -> dict | None:
    """The first step of the first open route not yet passed."""
    step = next((s for s in route.get("steps", []) if not s["passed"]), None)
    if step is None:
        return None
    return {"route": route["id"], "date": step["date"], "text": step["text"]}


def _one_line(route: dict) -> dict:
    """A route not shown in full: its title and why (who it is for, or what stands in the way)."""
    conditions = route.get("conditions", [])
    unmet = [c for c in conditions if c["met"] is False and c.get("blocking", True)]
    reason = (unmet or conditions or [{"text": ""}])[0]["text"]
    return {"route": route["id"], "title": route["title"], "verdict": route["verdict"], "text": reason}


def _nothing_open(full: list[dict], lang: str, rules_known: bool) -> dict:
    if not rules_known:
        return {"text": NO_RULE[lang], "can_do": [HELP[lang]]}
    can_do = [CHANGE[lang].format(title=r["title"], changes=" ".join(r["what_would_change"])) for r in full if r.get("what_would_change")]
    return {"text": NOTHING_OPEN[lang], "can_do": can_do + [HELP[lang]]}


def quantity_note(document: dict) -> str:
    """« ×3 » when more than one is needed and the text does not say how many, else nothing."""
    quantity = document.get("quantity") or 1
    return f"×{quantity}" if quantity > 1 and str(quantity) not in document["text"] else ""


def document_groups(answer: dict) -> list[dict]:
    """The documents to bring, grouped by the open routes asking for them: those every open route
    asks for first (``for_routes`` empty), then those of some routes only (their titles)."""
    titles = {item["route"]: item["title"] for item in answer["open"]}
    groups: dict[tuple, list] = {}
    for document in answer["documents"]:
        routes = tuple(dict.fromkeys(document["routes"]))
        groups.setdefault(() if len(routes) == len(titles) else routes, []).append(document)
    return [{"for_routes": [titles[r] for r in routes], "documents": documents}
            for routes, documents in sorted(groups.items(), key=lambda group: len(group[0]) > 0)]


URL = re.compile(r"\s*\(?\b(https?://[^\s)]*[^\s),.;:])\)?")
LONGEST_SOURCE = 110


@functools.lru_cache(maxsize=4096)  # the same few hundred rules' sources on every page
def source_parts(source: str) -> tuple[str, str | None]:
    """A source as (its words without the address, its first address or None)."""
    found = URL.search(source)
    words = URL.sub("", source).strip().rstrip(",;:")
    return words, found.group(1) if found else None


@functools.lru_cache(maxsize=4096)
def short_source(source: str) -> str:
    """A source in a short line: its words without the address, cut at a word if very long."""
    words = source_parts(source)[0]
    if len(words) <= LONGEST_SOURCE:
        return words
    cut = words[:LONGEST_SOURCE]
    after_a_part = cut.rsplit("), ", 1)[0] + ")" if "), " in cut else ""  # whole references, with their brackets
    return (after_a_part if len(after_a_part) > LONGEST_SOURCE // 2 else cut.rsplit(" ", 1)[0].rstrip(",;:( ")) + "…"


def sources_line(sources: list[str]) -> str:
    """The first source, short, and how many more there are: « CESEDA art. L422-10 (+3) »."""
    if not sources:
        return ""
    more = len(sources) - 1
    return short_source(sources[0]) + (f" (+{more})" if more > 0 else "")
