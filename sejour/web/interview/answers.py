"""Reading one submitted page of answers into the interview, all or nothing."""

from __future__ import annotations

from sejour.case import CaseError, parse_case

from .questions import QUESTIONS, AnswerError, parse_answer

DONT_KNOW = "__unknown__"


def save_page(interview, topic: str, fields: list[str], data, lang: str) -> dict[str, str]:
    """Apply the answers of one page; returns {path: message} (nothing saved) when some are wrong."""
    if topic == "sections":
        return _save_sections(interview, fields, data, lang)
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
    if errors:
        return errors
    interview.case, interview.unknown = case, unknown
    _record_step(interview, topic, fields)
    interview.save()
    return {}


def _save_sections(interview, fields, data, lang):
    errors = {}
    case = dict(interview.case)
    for section in fields:
        answer = data.get("section__" + section)
        if answer == "yes":
            case.setdefault(section, {})
        elif answer in ("no", DONT_KNOW):
            case.pop(section, None)
        else:
            errors["section." + section] = "Choose yes or no." if lang != "fr" else "Choisissez oui ou non."
    if errors:
        return errors
    interview.case = case
    _record_step(interview, "sections", fields)
    interview.save()
    return {}


def _record_step(interview, topic, fields):
    steps = [s for s in interview.steps if s["topic"] != topic]
    previous = next((s for s in interview.steps if s["topic"] == topic), None)
    merged = list(dict.fromkeys((previous["fields"] if previous else []) + list(fields)))
    steps.append({"topic": topic, "fields": merged})
    order = {s["topic"]: i for i, s in enumerate(interview.steps)}
    interview.steps = sorted(steps, key=lambda s: order.get(s["topic"], len(order)))


def _case_problems(case: dict, fields, lang) -> dict[str, str]:
    """The case format's own checks (e.g. a mission that ends before it starts), tied to a field."""
    try:
        parse_case(case)
    except CaseError as error:
        problems = {}
        for problem in error.problems:
            path = problem.path if problem.path in fields else (fields[0] if fields else problem.path)
            problems.setdefault(path, problem.message)
        return problems
    return {}
