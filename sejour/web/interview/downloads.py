"""What the person takes away: the dossier (PDF, from the result page's own templates), the
deadlines (.ics), the case (YAML, to upload again) and the letters their routes need."""

from __future__ import annotations

import concurrent.futures
import datetime
import logging
import time

import yaml
from django.core.cache import caches
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.utils import translation

from sejour.documents.calendar import calendar_events, deadline_events, to_ics
from sejour.i18n import N_

from ..turns import turns
from . import pdfs
from .assessments import assessment as assessment_of
from .assessments import key
from .glossary import Glossary
from .presentation import answer_for_page, other_routes_for_page, routes_for_page, words
from .questions import QUESTIONS, TOPICS
from .reading import shown_value

log = logging.getLogger("sejour.web")
CALENDAR_NAME = N_("interview.calendar.name", "sejour: my deadlines")
CASE_FILE_NOTE = N_("interview.case_file.note", "sejour case (case format, version 1); upload it on the first page to resume.")


def result_context(interview, lang: str, today: datetime.date | None = None) -> dict:
    today = today or datetime.date.today()
    assessment = assessment_of(interview, lang, today)
    glossary = Glossary(lang)  # each French legal term explained once in the page, where it first appears (in the page's order)
    answer = answer_for_page(assessment, glossary)
    routes = routes_for_page(assessment, lang, today, glossary)
    other_routes = other_routes_for_page(assessment, glossary)
    letters = _letters(assessment, lang, glossary)
    facts = []
    for topic in TOPICS:
        for path, question in QUESTIONS.items():
            if question.topic == topic and (interview.answered(path) or path in interview.unknown):
                facts.append({"label": question.label[lang], "value": shown_value(question, interview.answer(path), lang, path in interview.unknown),
                              "unknown": path in interview.unknown, "topic": topic})
    from sejour.documents.letters import court_instead

    court = court_instead(assessment, lang)  # no recours gracieux with an OQTF: the court, by its date
    return {"interview": interview, "assessment": assessment, "answer": answer, "routes": routes, "other_routes": other_routes,
            "words": words(lang), "today": today, "facts": facts, "letters": letters, "letters_court_instead": court, "lang": lang,
            "calendar": bool(deadline_events(assessment)),  # no calendar offered with nothing to come
            "pdf": False}  # the page's sources folded as links (the dossier includes the same templates with pdf=True)


def _letters(assessment, lang, glossary):
    from sejour.documents import letters

    return [{"id": letter_id, "title": glossary(letters.LETTER_TITLES[letter_id][lang]),
             "description": glossary(letters.LETTER_DESCRIPTIONS[letter_id][lang])} for letter_id in letters.letters_for(assessment)]


def _attachment(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def _dossier(interview, lang, page_context: dict | None = None) -> tuple[str, object]:
    """The dossier's cache key (this interview version, language and day) and how to write its HTML
    (from the result page's own context when it has just been made: not computed twice)."""
    today = page_context["today"] if page_context else datetime.date.today()

    def html() -> str:
        context = {key: value for key, value in page_context.items() if key != "unfinished"} if page_context else None
        return render_to_string("interview/dossier.html", context or result_context(interview, lang, today))

    return key(interview, "dossier", lang, today), html


_preparing = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="dossier")


def prepare_dossier(interview, lang, page_context: dict | None = None) -> concurrent.futures.Future:
    """Have the dossier made now, apart from the pages, while the person reads the result page:
    its HTML written by a thread of this worker once the page is made (the page does not wait), then
    laid out by the renderer. If it cannot be started, the download will make it: the result page
    is shown all the same."""
    name, html = _dossier(interview, lang, page_context)

    def made_apart(deadline):
        turns.take(deadline)  # its HTML written in its turn, like a request's page (turns.py)
        try:
            with translation.override(lang):
                pdfs.prepare(name, html)
        except Exception as error:  # noqa: BLE001 - the download makes it then; the reason is logged
            log.warning("the dossier could not be prepared ahead: %s", type(error).__name__)
        finally:
            turns.give_back()

    return _preparing.submit(made_apart, time.monotonic())  # next in its worker: the person asks for it next


def prepared() -> None:
    """Wait until the dossiers asked for so far have been handed to the renderer (for tests)."""
    _preparing.submit(int).result(timeout=60)


def dossier_pdf(interview, lang):
    from django.db import connection

    name, html = _dossier(interview, lang)
    content = caches["documents"].get(name)
    if content is None:
        if not connection.in_atomic_block:  # a wait for the renderer holds no database connection
            connection.close()
        content = pdfs.pdf(name, html)
    return _attachment(content, "application/pdf", "sejour-dossier.pdf")


def deadlines_ics(interview, lang, request=None):
    """The deadlines still to come as an .ics; none: a page saying so (404), never an empty calendar."""
    events = calendar_events(assessment_of(interview, lang), lang)
    if not events:
        from django.shortcuts import render

        return render(request, "interview/no_calendar.html", {"interview": interview}, status=404)
    return _attachment(to_ics(events, name=CALENDAR_NAME[lang], uid_salt=interview.token), "text/calendar; charset=utf-8", "sejour-deadlines.ics")


def case_yaml(interview, lang):
    case = interview.case_on()
    text = "# " + " ".join(CASE_FILE_NOTE[lang].split()) + "\n"
    text += yaml.safe_dump(case, allow_unicode=True, sort_keys=False)
    return _attachment(text.encode(), "application/x-yaml; charset=utf-8", "sejour-case.yaml")


def letter(interview, letter_id, fmt, lang):
    """The letter with blanks where who signs it goes (the letter page asks for it: letter_views)."""
    today = datetime.date.today()
    if fmt not in ("pdf", "docx"):
        raise Http404("no such letter for this case")
    return letter_made(interview, letter_id, fmt, lang, None, today)


def letter_made(interview, letter_id, fmt, lang, identity, today: datetime.date):
    """The letter as a download, signed by `identity` (None: blanks). Nothing of it is kept."""
    from sejour.documents import letters

    case = interview.case_on(today)
    assessment = assessment_of(interview, lang, today)
    if letter_id not in letters.letters_for(assessment):
        raise Http404("no such letter for this case")
    if fmt == "pdf":
        return _attachment(letters.letter_pdf(letter_id, case, assessment, lang, identity), "application/pdf", f"{letter_id}-{lang}.pdf")
    return _attachment(letters.letter_docx(letter_id, case, assessment, lang, identity),
                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document", f"{letter_id}-{lang}.docx")
