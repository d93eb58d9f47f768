"""Which page comes next: the engine's `missing` decides, never a fixed list.

A field is asked when some route's `missing` names it (its answer can change a verdict), or when
it is in `missing_details` of a route still open (its answer fixes a deadline, a cost or the list
of documents), and it has not been answered "I don't know". Two facts are asked besides: the
département, when some route is open or an application exists (the letter goes to the préfet of
the person's département), and the route of an application, first (its verdict comes first).
A fact that an answer still to come may imply waits for that answer (:mod:`.implied`). Fields are
asked topic by topic (a section of the case): the person, then the application, then the section
the goal or the application opens, then the others in the case's order."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from sejour.case import FIELD_PATHS

from .assessments import routes_settled
from .implied import SECTION_OF_APPLIED_ROUTE, applied_route, held_back
from .questions import GOALS, QUESTIONS, TOPICS

SECTIONS_IF_ANY = ("job", "volunteering", "application")
OPEN = ("eligible", "needs_information")
# Questions a whole interview usually asks, before the first answer tells more (for the progress shown)
USUAL_QUESTIONS = 10


def start_case(goal: str) -> dict:
    opened = GOALS[goal][1]
    case = {"version": 1, "person": {}}
    if opened:
        case[opened] = {}
    return case


@dataclass
class Page:
    topic: str  # a section, or "sections" (which "if any" sections exist), or "result"
    fields: list  # the paths asked on this page
    pending: int = 0  # the questions still to ask, this page's included (an estimate before the nationality)


def _given(case: dict, path: str) -> bool:
    section, name = path.split(".")
    return isinstance(case.get(section), dict) and name in case[section]


def pending_fields(interview, today: datetime.date | None = None) -> list[str]:
    """The fields to ask now: those still wanted, but for those an answer still to come may imply."""
    wanted = wanted_fields(interview, today)
    later = held_back(wanted)
    return [f for f in wanted if f not in later]


def wanted_fields(interview, today: datetime.date | None = None) -> list[str]:
    """The fields whose answer can still change a verdict, a deadline, a cost, the documents or
    the letter's addressee, in the case's order."""
    case = interview.case_on(today)
    if not (case.get("person") or {}).get("nationality"):
        return ["person.nationality"]
    wanted, routes = set(), routes_settled(interview, today)
    for route in routes:
        wanted.update(route.get("missing", []))
        if route["verdict"] != "not_applicable":
            wanted.update(route.get("missing_details", []))
    if "application" in case or any(route["verdict"] in OPEN for route in routes):
        wanted.add("person.departement")
    if "application" in case:
        wanted.add("application.route")
    return [f for f in FIELD_PATHS if f in wanted and f in QUESTIONS and f not in interview.unknown and not _given(case, f)]


def next_page(interview, today: datetime.date | None = None) -> Page:
    if interview.goal == "unsure" and not any(s.get("topic") == "sections" for s in interview.steps):
        return Page("sections", [s for s in SECTIONS_IF_ANY], USUAL_QUESTIONS)
    wanted = wanted_fields(interview, today)
    later = held_back(wanted)
    pending = [f for f in wanted if f not in later]
    count = max(len(wanted), USUAL_QUESTIONS) if wanted == ["person.nationality"] else len(wanted)
    for topic in topic_order(interview.goal, interview.case_on(today)):
        fields = [f for f in pending if f.startswith(topic + ".")]
        if fields:
            return Page(topic, fields, count)
    return Page("result", [])


def topic_order(goal: str, case: dict | None = None) -> list[str]:
    """The topics in the case's order, after the person: the application if there is one (the route
    applied for is assessed first), then the section the goal or the application's route opens
    (the mission, the job): the routes relevant to the person are asked about first."""
    case = case or {}
    first = ["person"]
    if "application" in case:
        first.append("application")
    first += [t for t in (GOALS.get(goal, (None, None))[1], SECTION_OF_APPLIED_ROUTE.get(applied_route(case))) if t and t not in first]
    return first + [t for t in TOPICS if t not in first]


def progress(interview, page: Page) -> int:
    """The share of the interview done once `page` is answered, in %: the questions answered and
    this page's, over those and the ones still to ask (an answer can open new ones: the share
    shown is then the one shown before, never less)."""
    done = sum(len(s["fields"]) for s in interview.steps if s["topic"] != "sections")
    asked = 1 if page.topic == "sections" else len(page.fields)  # which sections exist: one question
    return max(interview.progress, min(100, 100 * (done + asked) // max(done + page.pending, 1)))
