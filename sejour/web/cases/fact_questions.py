"""A case's facts in forms: the interview's own questions (the same definitions, the same reading
of answers and the same messages, "I don't know" included), grouped by topic.

Only the topics the case needs are shown: the person, every section the case has, and every
section a route's `missing` (or `missing_details`, for a route still open) points to; the advisor
can add another one. A question left blank is unknown, as if "I don't know" were chosen (the
case format's own rule: a fact left out is unknown); a value typed while "I don't know" is also
ticked is refused, so that nothing typed is silently dropped."""

from __future__ import annotations

import datetime

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sejour.case import FIELD_PATHS, SECTIONS, CaseError
from sejour.web.interview.answers import DONT_KNOW
from sejour.web.interview.answers import _page_applied as page_applied
from sejour.web.interview.models import Interview
from sejour.web.interview.questions import QUESTIONS, SECTION_QUESTIONS, TOPICS, AnswerError, parse_date, shown_value
from sejour.web.interview.views import _questions as question_items

IF_ANY = tuple(SECTION_QUESTIONS)  # job, volunteering, application: present only if the person has one
ALWAYS = ("person", "permit")
RADIOS = ("yesno", "choice")  # "I don't know" is one of the options: no conflict possible
TOPIC_TITLES = {"person": gettext_lazy("The person"), "permit": gettext_lazy("Residence document"),
                "studies": gettext_lazy("Studies in France"), "job": gettext_lazy("Job"),
                "volunteering": gettext_lazy("Volunteer mission"), "application": gettext_lazy("Application to the préfecture")}


def topic_fields(topic: str) -> list[str]:
    return [path for path in FIELD_PATHS if path in QUESTIONS and QUESTIONS[path].topic == topic]


def needed_topics(facts: dict, assessment: dict | None, extra=()) -> list[str]:
    """The topics a case needs, in the case's order."""
    wanted = set(ALWAYS) | {s for s in SECTIONS if isinstance(facts.get(s), dict)} | set(extra)
    for route in (assessment or {}).get("routes", []):
        wanted.update(path.split(".")[0] for path in route.get("missing", []))
        if route["verdict"] != "not_applicable":
            wanted.update(path.split(".")[0] for path in route.get("missing_details", []))
    return [topic for topic in TOPICS if topic in wanted]


def still_needed(assessment: dict | None) -> set[str]:
    """The questions whose answer can still change a verdict (a route's `missing`)."""
    return {path for route in (assessment or {}).get("routes", []) for path in route.get("missing", [])}


def _sheet(facts: dict, unknown) -> Interview:
    """An unsaved interview holding the facts: what the interview's own functions read."""
    sheet = Interview(case={s: dict(v) if isinstance(v, dict) else v for s, v in facts.items() if s in SECTIONS},
                      unknown=list(unknown), steps=[])
    as_of = facts.get("as_of") or datetime.date.today().isoformat()
    sheet.case_on = lambda day=None: {**sheet.case, "version": 1, "as_of": as_of}
    return sheet


def _absent_unknown(facts: dict, paths) -> list[str]:
    """Questions answered by "I don't know" when shown: those left out of the facts whose "I don't
    know" is a choice among the others (a text field left out is just blank)."""
    sheet = _sheet(facts, [])
    return [p for p in paths if QUESTIONS[p].kind in RADIOS + ("multi",) and not sheet.answered(p)]


def _posted_unknown(data, paths) -> list[str]:
    return [p for p in paths if DONT_KNOW in data.getlist(QUESTIONS[p].name) or data.get(QUESTIONS[p].name + "__unknown")]


def topic_blocks(facts: dict, topics, lang: str, needed=(), posted=None, added=()) -> list[dict]:
    """What the form shows: per topic, its title, the section question (job, volunteering,
    application) and the interview's question items."""
    paths = [p for t in topics for p in topic_fields(t)]
    unknown = _posted_unknown(posted, paths) if posted is not None else _absent_unknown(facts, paths)
    sheet = _sheet(facts, unknown)
    blocks = []
    for topic in topics:
        items = question_items(sheet, topic, topic_fields(topic), posted, lang)
        for item in items:
            item["needed"] = item["path"] in needed
        section = None
        if topic in IF_ANY:
            value = (posted.get("section__" + topic) if posted is not None and topic not in added
                     else "yes" if isinstance(facts.get(topic), dict) or topic in added else None)
            section = {"path": "section." + topic, "name": "section__" + topic, "kind": "section",
                       "label": SECTION_QUESTIONS[topic][lang], "value": value, "unknown": posted is None and value is None}
        blocks.append({"topic": topic, "title": TOPIC_TITLES[topic], "section": section, "questions": items})
    return blocks


def read_answers(facts: dict, topics, data, lang: str) -> tuple[dict, dict]:
    """({path: message}, {}) when some answer is refused (nothing is changed), else ({}, the new
    facts): the questions of `topics` read from the form, every other fact kept as it was."""
    data = data.copy()
    paths = [p for t in topics for p in topic_fields(t)]
    errors = {}
    for path in paths:
        question = QUESTIONS[path]
        values = [v for v in data.getlist(question.name) if v.strip() and v != DONT_KNOW]
        ticked = data.get(question.name + "__unknown") or DONT_KNOW in data.getlist(question.name)
        never = question.kind == "event" and data.get(question.name + "__never")
        if question.kind in RADIOS:
            continue  # one choice among the options, "I don't know" one of them
        if values and (ticked or never):
            errors[path] = _("Either give an answer or tick one of the boxes, not both.")
        elif question.kind != "multi" and not values and not ticked and not never:
            data.setlist(question.name + "__unknown", ["1"])  # left blank: unknown
    try:
        as_of = parse_date(data.get("as_of", ""), lang).isoformat()
    except AnswerError as error:
        errors["as_of"] = str(error)
    if errors:
        return errors, {}
    problems, applied = page_applied(_sheet(dict(facts, as_of=as_of), []), "facts", paths, data, lang)
    if problems:
        return problems, {}
    case = applied["case"]
    for topic in topics:
        answer = data.get("section__" + topic)
        if topic in IF_ANY and answer != "yes":
            case.pop(topic, None)  # "no" or "I don't know": the interview does the same
        elif topic not in IF_ANY and topic not in facts and not any(v is not None for v in case.get(topic, {}).values()):
            case.pop(topic, None)  # a topic shown but left blank is not added as an empty section
    return {}, {"version": 1, "as_of": as_of, **{s: case[s] for s in SECTIONS if s in case}}


def case_errors(error: CaseError, lang: str) -> dict:
    """The case model's problems in `lang`, keyed by field as the form shows them."""
    problems = {}
    for problem in error.problems:
        problems.setdefault(problem.path, problem.text(lang))
    return problems


def readable_facts(facts: dict, lang: str) -> list[dict]:
    """The facts as a person reads them: per topic, each question with its answer."""
    sheet = _sheet(facts, [])
    shown = []
    for topic in TOPICS:
        if not isinstance(facts.get(topic), dict):
            continue
        answers = [{"label": QUESTIONS[p].label[lang], "value": shown_value(QUESTIONS[p], sheet.answer(p), lang)}
                   for p in topic_fields(topic) if sheet.answered(p)]
        shown.append({"title": TOPIC_TITLES[topic], "answers": answers})
    return shown


def question_label(path: str, lang: str) -> str:
    question = QUESTIONS.get(path)
    return question.label[lang] if question else _("the day of the situation") if path == "as_of" else _("another fact")
