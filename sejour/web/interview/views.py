"""The interview's pages: thin views over flow.py, answers.py and presentation.py."""

from __future__ import annotations

import tempfile

from babel.numbers import format_percent
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from sejour.case import CaseError, load_case
from sejour.i18n import N_
from sejour.text import babel_locale

from ..turns import after_response
from . import downloads
from .answers import ChangedMeanwhile, save_page
from .flow import next_page, progress, start_case
from .glossary import Glossary
from .models import Interview
from .presentation import page_language
from .questions import GOALS, QUESTIONS, SECTION_QUESTIONS, TOPIC_TITLES
from .reading import country_options, typed_value

CHOOSE_GOAL = N_("interview.error.choose_goal", "Choose what you want to do.")
CHOOSE_FILE = N_("interview.error.choose_file", "Choose a case file (.yaml) to upload.")
CHANGED_MEANWHILE = N_("interview.error.changed_meanwhile", "This interview was being changed from elsewhere at the same moment; nothing "
                       "of this page was saved. Here it is as it stands now: please send it again.")


def lang_of(request) -> str:
    return page_language()


def _goals(lang) -> list[tuple[str, str]]:
    return [(key, label[lang]) for key, (label, _) in GOALS.items()]


def start(request):
    lang = lang_of(request)
    error = None
    if request.method == "POST":
        goal = request.POST.get("goal")
        if goal in GOALS:
            interview = Interview.objects.create(goal=goal, case=start_case(goal))
            return redirect("interview:step", token=interview.token)
        error = CHOOSE_GOAL[lang]
    return render(request, "interview/start.html", {"goals": _goals(lang), "error": error}, status=400 if error else 200)


def _interview(token) -> Interview:
    return get_object_or_404(Interview, token=token)


def step(request, token):
    interview = _interview(token)
    lang = lang_of(request)
    edit = request.GET.get("edit") or request.POST.get("edit")
    if edit:
        step_ = next((s for s in interview.steps if s["topic"] == edit), None)
        if step_ is None:
            raise Http404("no such step")
        topic, fields = step_["topic"], step_["fields"]
    elif request.method == "POST" and (sent := _posted_page(request.POST, None, None)):
        topic, fields = sent  # the page answered: no assessment needed to know which it was
    else:
        page = next_page(interview)
        if page.topic == "result":
            return redirect("interview:result", token=token)
        topic, fields = page.topic, page.fields
        _keep_progress(request, interview, page)
    errors = {}
    if request.method == "POST":
        posted = _posted_page(request.POST, topic, fields)
        if posted is None:  # nothing answerable was sent: show the current page again
            return redirect("interview:step", token=token)
        topic, fields = posted  # the page the person answered, even if another tab moved the interview on
        try:
            errors = save_page(interview, topic, fields, request.POST, lang, new_page=not edit)
        except ChangedMeanwhile:
            errors = {fields[0] if topic != "sections" else "section." + fields[0]: CHANGED_MEANWHILE[lang]}
        if not errors:
            return redirect("interview:step", token=token)
    glossary = Glossary(lang)
    context = {"interview": interview, "topic": topic, "fields": fields, "errors": errors, "edit": edit,
               "title": glossary(TOPIC_TITLES[topic][lang]),
               "questions": _questions(interview, topic, fields, request.POST if errors else None, lang, glossary),
               "answered": [(s["topic"], TOPIC_TITLES[s["topic"]][lang]) for s in interview.steps if s["fields"] and s["topic"] in TOPIC_TITLES],
               "step_number": interview.pages + 1, "progress": None if edit else interview.progress,  # not on an earlier page changed
               "progress_shown": format_percent(interview.progress / 100, locale=babel_locale(lang)),
               "previous": interview.steps[-1]["topic"] if interview.steps and not edit else None}
    return render(request, "interview/step.html", context, status=400 if errors else 200)


def _keep_progress(request, interview, page) -> None:
    """The progress of this page, kept as the least the next ones show (it never goes back),
    stored once the page is sent (the person does not wait for the write; only that column)."""
    shown = progress(interview, page)
    if shown > interview.progress:
        interview.progress = shown
        after_response(request.META, lambda: Interview.objects.filter(pk=interview.pk, progress__lt=shown).update(progress=shown))


def _posted_page(post, topic, fields) -> tuple[str, list[str]] | None:
    """(topic, fields) of the page sent: the one shown, or another tab's (its fields all of one topic)."""
    posted_topic = post.get("topic")
    if posted_topic == "sections":
        posted = [f for f in post.getlist("fields") if f in SECTION_QUESTIONS]
    else:
        posted = [f for f in post.getlist("fields") if f in QUESTIONS and QUESTIONS[f].topic == posted_topic]
    if posted:
        return posted_topic, list(dict.fromkeys(posted))
    return (topic, fields) if posted_topic == topic and fields else None


def _questions(interview, topic, fields, posted, lang, glossary=None):
    """The questions of a page as the templates show them (their French legal terms glossed once)."""
    glossary = glossary or Glossary(lang)
    items = []
    for path in fields:
        if topic == "sections":
            items.append({"path": "section." + path, "name": "section__" + path, "kind": "section", "label": glossary(SECTION_QUESTIONS[path][lang]),
                          "value": ("yes" if path in interview.case else "no") if any(s["topic"] == "sections" for s in interview.steps) else None})
            continue
        question = QUESTIONS[path]
        value = interview.answer(path)
        typed = posted.get(question.name) if posted else None
        if typed is None and value is not None:
            typed = typed_value(question, value, lang)
        items.append({"path": path, "name": question.name, "kind": question.kind, "label": glossary(question.label[lang]),
                      "hint": glossary(question.hint[lang]) if question.hint else "", "value": typed, "unknown": path in interview.unknown,
                      "never": question.kind == "event" and interview.answered(path) and value is None,
                      "choices": [(v, glossary(text[lang])) for v, text in question.choices],
                      "country_options": country_options(lang, typed) if question.kind == "country" else ""})
    return items


def result(request, token):
    interview = _interview(token)
    lang = lang_of(request)
    context = downloads.result_context(interview, lang)  # its assessment is the one next_page reads
    page = next_page(interview)
    context["unfinished"] = page.topic != "result"
    response = render(request, "interview/result.html", context)
    if not context["unfinished"]:
        if interview.progress < 100:  # every question answered: the interview's progress ends at 100 %
            Interview.objects.filter(pk=interview.pk).update(progress=100)
            interview.progress = 100
        after_response(request.META, lambda: downloads.prepare_dossier(interview, lang, context))  # ready when asked for
    return response


def dossier_pdf(request, token):
    return downloads.dossier_pdf(_interview(token), lang_of(request))


def deadlines_ics(request, token):
    return downloads.deadlines_ics(_interview(token), lang_of(request), request)


def case_yaml(request, token):
    return downloads.case_yaml(_interview(token), lang_of(request))


def letter(request, token, letter_id, fmt):
    return downloads.letter(_interview(token), letter_id, fmt, lang_of(request))


@require_POST
def upload(request):
    """Resume from a case file downloaded earlier (YAML or JSON): checked like `sejour assess` checks it."""
    lang = lang_of(request)
    upload_ = request.FILES.get("case")
    goals = _goals(lang)
    if upload_ is None:
        return render(request, "interview/start.html", {"goals": goals, "upload_errors": [CHOOSE_FILE[lang]]}, status=400)
    with tempfile.NamedTemporaryFile(suffix=".yaml") as handle:
        for chunk in upload_.chunks():
            handle.write(chunk)
            if handle.tell() > 1_000_000:
                break
        handle.flush()
        try:
            case = load_case(handle.name).to_dict()
        except CaseError as error:
            return render(request, "interview/start.html", {"goals": goals, "upload_errors": error.lines(lang)}, status=400)
    case.pop("as_of", None)
    interview = Interview.objects.create(goal="unsure", case=case, steps=[{"topic": "sections", "fields": []}])
    return redirect("interview:result", token=interview.token)
