"""Reading one submitted page of answers into the interview, all or nothing."""

from __future__ import annotations

from sejour.case import CaseError, parse_case

from .questions import QUESTIONS
from .reading import CHOOSE_YES_NO, AnswerError, parse_answer

DONT_KNOW = "__unknown__"


MAX_TRIES = 20


class ChangedMeanwhile(Exception):
    """Other saves of the same interview kept winning the race: nothing of this page was saved."""


def save_page(interview, topic: str, fields: list[str], data, lang: str, new_page: bool = True) -> dict[str, str]:
    """Apply the answers of one page; returns {path: message} (nothing saved) when some are wrong.
    `new_page`: a page the interview asked (counted in its progress), not an earlier one changed.

    Two saves of one interview at the same moment (two tabs) are merged field by field: the
    page is applied to the interview as stored, and written only if no other save came in
    between (its version is checked in the same UPDATE); else it is applied again to the newer one."""
    for _ in range(MAX_TRIES):
        errors, changed = _page_applied(interview, topic, fields, data, lang)
        if errors:
            return errors  # nothing saved
        if _store(interview, **changed, **({"pages": interview.pages + 1} if new_page else {})):
            return {}
        interview.refresh_from_db(fields=["case", "unknown", "steps", "version", "pages"])
    raise ChangedMeanwhile(interview.pk)


def _store(interview, **values) -> bool:
    from django.utils import timezone

    from .models import Interview

    now = timezone.now()
    stored = Interview.objects.filter(pk=interview.pk, version=interview.version).update(
        **values, version=interview.version + 1, updated=now)
    if stored:
        for name, value in values.items():
            setattr(interview, name, value)
        interview.version, interview.updated = interview.version + 1, now
    return bool(stored)


def _page_applied(interview, topic, fields, data, lang) -> tuple[dict, dict]:
    """({path: problem}, {}) or ({}, the new {"case", "unknown", "steps"}) once the page is applied."""
    if topic == "sections":
        return _sections_applied(interview, fields, data, lang)
    case = {section: dict(values) if isinstance(values, dict) else values for section, values in interview.case.items()}
    unknown = [p for p in interview.unknown if p not in fields]
    errors = {}
    for path in fields:
        question = QUESTIONS[path]
        values = data.getlist(question.name)
        section, name = path.split(".")
        if DONT_KNOW in values or data.get(question.name + "__unknown"):
            case.setdefault(section, {}).pop(name, None)
            unknown.append(path)
            continue
        if question.kind == "event" and data.get(question.name + "__never"):
            case.setdefault(section, {})[name] = None  # explicit null: it has not happened
            continue
        try:
            case.setdefault(section, {})[name] = parse_answer(question, values, lang)
        except AnswerError as error:
            errors[path] = str(error)
    if not errors:
        errors = _case_problems({**interview.case_on(), **case}, fields, lang)
    return _outcome(errors, case, unknown, _steps_with(interview.steps, topic, fields))


def _sections_applied(interview, fields, data, lang):
    errors = {}
    case = dict(interview.case)
    for section in fields:
        answer = data.get("section__" + section)
        if answer == "yes":
            case.setdefault(section, {})
        elif answer in ("no", DONT_KNOW):
            case.pop(section, None)
        else:
            errors["section." + section] = CHOOSE_YES_NO[lang]
    return _outcome(errors, case, list(interview.unknown), _steps_with(interview.steps, "sections", fields))


def _outcome(errors, case, unknown, steps) -> tuple[dict, dict]:
    return (errors, {}) if errors else ({}, {"case": case, "unknown": unknown, "steps": steps})


def _steps_with(steps: list, topic: str, fields) -> list:
    """The pages answered, `topic` among them with `fields` added to those it had."""
    previous = next((s for s in steps if s["topic"] == topic), None)
    merged = list(dict.fromkeys((previous["fields"] if previous else []) + list(fields)))
    order = {s["topic"]: i for i, s in enumerate(steps)}
    return sorted([s for s in steps if s["topic"] != topic] + [{"topic": topic, "fields": merged}],
                  key=lambda s: order.get(s["topic"], len(order)))


def _case_problems(case: dict, fields, lang) -> dict[str, str]:
    """The case format's own checks (e.g. a mission that ends before it starts), tied to a field."""
    try:
        parse_case(case)
    except CaseError as error:
        problems = {}
        for problem in error.problems:
            path = problem.path if problem.path in fields else (fields[0] if fields else problem.path)
            problems.setdefault(path, problem.text(lang))
        return problems
    return {}
