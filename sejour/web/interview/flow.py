"""Which page comes next: the engine's `missing` decides, never a fixed list.

A field is asked when some route's `missing` names it (its answer can change a verdict), or when
it is in `missing_details` of a route still open (its answer fixes a deadline or a cost), and it
has not been answered "I don't know". Fields are asked topic by topic (a section of the case)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from sejour.case import FIELD_PATHS

from .assessments import any_assessment
from .questions import GOALS, QUESTIONS, SECTION_QUESTIONS, TOPICS

SECTIONS_IF_ANY = ("job", "volunteering", "application")


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


def pending_fields(interview, today: datetime.date | None = None) -> list[str]:
    """The fields whose answer can still change a verdict, a deadline or a cost."""
    case = interview.case_on(today)
    if not (case.get("person") or {}).get("nationality"):
        return ["person.nationality"]
    result = any_assessment(interview, today)
    wanted = set()
    for route in result["routes"]:
        wanted.update(route.get("missing", []))
        if route["verdict"] != "not_applicable":
            wanted.update(route.get("missing_details", []))
    return [f for f in FIELD_PATHS if f in wanted and f not in interview.unknown and f in QUESTIONS]


def next_page(interview, today: datetime.date | None = None) -> Page:
    if interview.goal == "unsure" and not any(s.get("topic") == "sections" for s in interview.steps):
        return Page("sections", [s for s in SECTIONS_IF_ANY])
    pending = pending_fields(interview, today)
    for topic in topic_order(interview.goal):
        fields = [f for f in pending if f.startswith(topic + ".")]
        if fields:
            return Page(topic, fields)
    return Page("result", [])


def topic_order(goal: str) -> list[str]:
    """The topics in the case's order, the section the goal opens (the mission, the job, the
    application) right after the person: the routes relevant to the goal are asked about first."""
    opened = GOALS.get(goal, (None, None))[1]
    order = [t for t in TOPICS if t != opened]
    return order[:1] + [opened] + order[1:] if opened in TOPICS else order


def remaining_topics(interview, today=None) -> int:
    pending = pending_fields(interview, today)
    return len({f.split(".")[0] for f in pending})


def section_question(section: str) -> dict:
    return SECTION_QUESTIONS[section]
