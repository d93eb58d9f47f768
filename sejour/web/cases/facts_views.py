"""Creating a case and changing its facts with the interview's questions (the YAML editor stays,
as an advanced option, in views.py's FactsForm and NewCaseForm)."""

from __future__ import annotations

import datetime

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from sejour.case import CaseError
from sejour.web.interview.questions import QUESTIONS, TOPICS

from . import services
from .access import advisor_required, case_of, language_choices, page_lang
from .fact_questions import (
    TOPIC_TITLES,
    case_errors,
    needed_topics,
    question_label,
    read_answers,
    readable_facts,
    still_needed,
    topic_blocks,
)

NEW_CASE_TOPICS = ("person", "permit", "studies")


class PersonForm(forms.Form):
    person_name = forms.CharField(label=gettext_lazy("Person"), max_length=200, help_text=gettext_lazy("The name of the person the case is about."))
    lang = forms.ChoiceField(label=gettext_lazy("Language of the assessment"), choices=language_choices)


def _day_shown(iso: str | None) -> str:
    return datetime.date.fromisoformat(iso).strftime("%d/%m/%Y") if iso else ""


def answers_context(request, facts: dict, assessment: dict | None, topics=None, errors=None, posted=None, added=()) -> dict:
    """The question form's context: the topics shown, their questions, the errors named by question."""
    lang = page_lang(request)
    topics = topics or needed_topics(facts, assessment, added)
    errors = errors or {}
    anchors = {path: (QUESTIONS[path].name + "-field" if path in QUESTIONS else "as_of-field") for path in errors}
    return {"blocks": topic_blocks(facts, topics, lang, needed=still_needed(assessment), posted=posted, added=added),
            "topics": topics, "addable": [(t, TOPIC_TITLES[t]) for t in TOPICS if t not in topics],
            "errors": errors, "as_of": posted.get("as_of", "") if posted is not None else _day_shown(facts.get("as_of")),
            "error_list": [{"anchor": anchors[p], "label": question_label(p, lang), "message": m} for p, m in errors.items()],
            "readable_facts": readable_facts(facts, lang)}


def _posted_topics(request, default) -> tuple[list[str], str | None]:
    topics = [t for t in request.POST.getlist("topics") if t in TOPICS] or list(default)
    add = request.POST.get("add")
    return topics, add if add in TOPICS and add not in topics else None


@advisor_required
@require_http_methods(["GET", "POST"])
def case_new(request):
    """A new case from the questions; a POST with `facts` is the advanced YAML editor's."""
    from .views import new_case_yaml

    if request.method == "POST" and "facts" in request.POST:
        return new_case_yaml(request)
    lang = page_lang(request)
    today = {"as_of": datetime.date.today().isoformat()}
    if request.method == "GET":
        person = PersonForm(initial={"lang": lang})
        return _new_page(request, person, answers_context(request, today, None, topics=list(NEW_CASE_TOPICS)))
    person = PersonForm(request.POST)
    topics, add = _posted_topics(request, NEW_CASE_TOPICS)
    if add:  # more questions shown; nothing saved yet
        context = answers_context(request, today, None, topics=[t for t in TOPICS if t in topics + [add]], posted=request.POST, added=[add])
        return _new_page(request, person, context)
    errors, facts = read_answers({}, topics, request.POST, lang)
    if not errors and person.is_valid():
        try:
            case = services.create_case(request.advisor.organisation, facts, person.cleaned_data["person_name"].strip(),
                                        request.user.get_username(), advisor=request.advisor, lang=person.cleaned_data["lang"])
        except CaseError as error:
            errors = case_errors(error, page_lang(request))
        else:
            return redirect("cases:detail", pk=case.pk)
    return _new_page(request, person, answers_context(request, today, None, topics=topics, errors=errors, posted=request.POST), 422)


def _new_page(request, person, answers, status=200):
    from .forms import EXAMPLE, NewCaseForm

    yaml_form = NewCaseForm(initial={"facts": EXAMPLE.format(today=datetime.date.today().isoformat()), "lang": page_lang(request)})
    return render(request, "cases/new.html", {"person_form": person, "answers": answers, "yaml_form": yaml_form}, status=status)


@advisor_required
@require_POST
def case_answers(request, pk: int):
    """The facts changed through the questions; re-assessed at once (refused from an older version)."""
    from .views import render_detail

    case = case_of(request, pk)
    topics, add = _posted_topics(request, needed_topics(case.facts, case.assessment))
    if add:
        return render_detail(request, case, answers=answers_context(request, case.facts, case.assessment, topics=[
            t for t in TOPICS if t in topics + [add]], posted=request.POST, added=[add]), version=request.POST.get("version"))
    errors, facts = read_answers(case.facts, topics, request.POST, page_lang(request))
    expected = request.POST.get("version", "")
    if not errors:
        try:
            changes = services.change_facts(case, facts, request.user.get_username(), expected=int(expected) if expected.isdigit() else None)
        except CaseError as error:
            errors = case_errors(error, page_lang(request))
        except services.ChangedMeanwhile:
            messages.error(request, _("Someone else changed the facts of this case meanwhile; yours were not saved. "
                                      "Your answers are shown again, and the current facts below them: check them, then save again."))
            return render_detail(request, case, answers=answers_context(request, case.facts, case.assessment, topics=topics,
                                                                        posted=request.POST), status=409, changed_meanwhile=True)
        else:
            messages.success(request, _("Facts saved; the case was assessed again (%(n)d change(s) in the assessment).") % {"n": len(changes)})
            return redirect("cases:detail", pk=case.pk)
    return render_detail(request, case, answers=answers_context(request, case.facts, case.assessment, topics=topics, errors=errors,
                                                                posted=request.POST), status=422, version=expected)
