"""Starting the interview from a question asked in the question box: the facts the question stated
(read again on the server from the question itself, never taken from the form) are kept as answers,
so the interview asks only what is still needed."""

from __future__ import annotations

import datetime

from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from sejour.case import SECTIONS, CaseError, parse_case

from .flow import start_case
from .models import Interview
from .presentation import page_language

# the interview's goal for the route a question is about
GOAL_OF_ROUTE = {"aps_volunteer": "volunteer", "aps_graduate": "graduate", "student_renewal": "graduate",
                 "employee_after_aps": "hired", "employee_from_student": "hired", "talent_qualified_employee": "hired",
                 "appeal": "refused"}


def valid_facts(facts: dict) -> dict:
    """The facts (dotted path -> value) that the case format accepts, each checked on its own."""
    kept = {}
    for path, value in facts.items():
        section, _, name = path.partition(".")
        if section not in SECTIONS or name not in SECTIONS[section].model_fields:
            continue
        probe = {"as_of": datetime.date.today().isoformat(), "person": {"nationality": "FR"}}
        probe.setdefault(section, {})[name] = value
        try:
            parse_case(probe)
        except CaseError:
            continue
        kept[path] = value
    return kept


def case_from_question(question: str, lang: str) -> tuple[str, dict]:
    """(goal, case) for an interview that starts from what the question stated."""
    from sejour.knowledge.ask import ask

    result = ask(question, lang=lang)
    route = next((answer.get("route") for answer in result.get("answers", []) if answer.get("route")), None)
    goal = GOAL_OF_ROUTE.get(route, "unsure")
    case = start_case(goal)
    for path, value in valid_facts(result.get("facts") or {}).items():
        section, _, name = path.partition(".")
        case.setdefault(section, {})[name] = value
    return goal, case


@require_POST
def start_from_question(request):
    question = request.POST.get("q", "").strip()[:500]
    if not question:
        return redirect("interview:start")
    goal, case = case_from_question(question, page_language())
    interview = Interview.objects.create(goal=goal, case=case)
    return redirect("interview:step", token=interview.token)
