"""The advisor workspace: the case list, a case's page (assessment, checklist, notes, history),
changing facts (re-assessed at once), and the private calendar feed (export and deletion: privacy.py)."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sejour.documents.calendar import deadline_events, to_ics

from . import listing, services
from .access import advisor_required, case_of, page_lang
from .fact_questions import question_label
from .history_words import history_rows
from .forms import (
    DocumentStatusForm,
    FactsForm,
    NewCaseForm,
    NoteForm,
    as_yaml,
)
from .models import Advisor, Case, token_hash


@advisor_required
def case_list(request):
    lang = page_lang(request)
    form = listing.filter_form(request)
    data = form.cleaned_data
    page = listing.page_of(listing.filtered(request.advisor.organisation_id, data, request.advisor), data.get("page") or 1)
    today = datetime.date.today()
    titles, labels = dict(listing.route_choices(lang)), dict(listing.VERDICTS)
    rows = [{"case": case, "overdue": case.due_on < today and not case.closed,
             "verdicts": [(titles.get(route, ""), verdict, labels.get(verdict, "")) for route, verdict in
                          (tag.split(":") for tag in case.verdict_tags.split())]} for case in page.rows]
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "cases/list.html", {"form": form, "rows": rows, "page": page, "today": today, "query": query.urlencode(),
                                               "feed_token": request.session.pop("feed_token", None),
                                               "has_feed": bool(request.advisor.feed_token_hash)})


def new_case_yaml(request):
    """The advanced editor of a new case: its facts typed in the case format (YAML or JSON)."""
    from .facts_views import NEW_CASE_TOPICS, PersonForm, answers_context

    form = NewCaseForm(request.POST)
    if form.is_valid():
        case = services.create_case(request.advisor.organisation, form.cleaned_data["facts"], form.cleaned_data["person_name"],
                                    request.user.get_username(), advisor=request.advisor, lang=form.cleaned_data["lang"])
        return redirect("cases:detail", pk=case.pk)
    answers = answers_context(request, {"as_of": datetime.date.today().isoformat()}, None, topics=list(NEW_CASE_TOPICS))
    return render(request, "cases/new.html", {"person_form": PersonForm(initial={"lang": form.data.get("lang")}), "answers": answers,
                                              "yaml_form": form, "yaml_open": True}, status=422)


@advisor_required
def case_detail(request, pk: int):
    return render_detail(request, case_of(request, pk))


def render_detail(request, case, facts_form=None, answers=None, status=200, current_facts=None, version=None, changed_meanwhile=False,
                  outcome_form=None):
    """A case's page: assessment, checklist, the facts (questions, and the YAML editor), decisions, notes, history."""
    from .facts_views import answers_context
    from .outcome_views import outcome_form as new_outcome_form
    from .outcome_views import shown_outcomes

    labels = dict(listing.VERDICTS)
    lang = page_lang(request)
    routes = [dict(route, verdict_label=labels.get(route["verdict"], route["verdict"]),
                   missing_labels=[question_label(path, lang) for path in route.get("missing", [])])
              for route in case.assessment.get("routes", []) if route["verdict"] != "not_applicable"]
    titles = dict(listing.route_choices(lang))
    facts_form = facts_form or FactsForm(initial={"facts": as_yaml(case.facts), "version": case.version})
    return render(request, "cases/detail.html", {
        "case": case, "routes": routes, "facts_form": facts_form, "note_form": NoteForm(),
        "answers": answers or answers_context(request, case.facts, case.assessment), "version": version if version not in (None, "") else case.version,
        "yaml_open": facts_form.is_bound or current_facts is not None, "changed_meanwhile": changed_meanwhile,
        "checklist": [(item, titles.get(item.route, "")) for item in case.checklist.filter(required=True)], "statuses": DocumentStatusForm.base_fields["status"].choices,
        "notes": case.notes.select_related("author"), "history": history_rows(case, lang),
        "today": datetime.date.today(), "current_facts": current_facts,
        "outcome_form": outcome_form or new_outcome_form(request, case), "outcomes": shown_outcomes(request, case)}, status=status)


@advisor_required
@require_POST
def case_facts(request, pk: int):
    case = case_of(request, pk)
    form = FactsForm(request.POST)
    if not form.is_valid():
        return render_detail(request, case, facts_form=form, status=422)
    try:
        changes = services.change_facts(case, form.cleaned_data["facts"], request.user.get_username(), expected=form.cleaned_data["version"])
    except services.ChangedMeanwhile:
        # Someone saved other facts since this form was shown: theirs stay, these are shown back
        # beside the current ones, to be saved again knowingly (from the current version).
        form = FactsForm(initial={"facts": request.POST.get("facts", ""), "version": case.version})
        messages.error(request, _("Someone else changed the facts of this case meanwhile; yours were not saved. "
                                  "The current facts are shown below yours: check them, then save again."))
        return render_detail(request, case, facts_form=form, status=409, current_facts=as_yaml(case.facts))
    messages.success(request, _("Facts saved; the case was assessed again (%(n)d change(s) in the assessment).") % {"n": len(changes)})
    return redirect("cases:detail", pk=case.pk)


@advisor_required
@require_POST
def case_document(request, pk: int):
    case = case_of(request, pk)
    form = DocumentStatusForm(request.POST)
    if not form.is_valid() or not case.checklist.filter(pk=form.cleaned_data["item"]).exists():
        raise Http404("no such document")
    services.set_document_status(case, form.cleaned_data["item"], form.cleaned_data["status"], request.user.get_username())
    return redirect(reverse("cases:detail", args=[case.pk]) + "#checklist")


@advisor_required
@require_POST
def case_note(request, pk: int):
    case = case_of(request, pk)
    form = NoteForm(request.POST)
    if form.is_valid():
        services.add_note(case, form.cleaned_data["text"], request.user)
    else:
        messages.error(request, _("The note is empty or too long."))
    return redirect("cases:detail", pk=case.pk)


@advisor_required
@require_POST
def case_close(request, pk: int):
    case = case_of(request, pk)
    services.set_closed(case, request.POST.get("closed") == "1", request.user.get_username())
    return redirect("cases:detail", pk=case.pk)


@advisor_required
@require_POST
def feed_token(request):
    if request.POST.get("action") == "revoke":
        request.advisor.revoke_feed()
        messages.success(request, _("The calendar address no longer works."))
    else:
        token = request.advisor.new_feed_token()
        request.session["feed_token"] = request.build_absolute_uri(f"/advisor/feed/{token}.ics")  # shown once
    return redirect("cases:list")


def feed(request, token: str):
    """The advisor's deadlines as an .ics calendar, at a private address (404 once revoked)."""
    advisor = Advisor.objects.select_related("organisation").filter(feed_token_hash=token_hash(token)).first() if token else None
    if advisor is None:
        raise Http404("no such calendar")
    events = []
    for case in Case.objects.filter(organisation_id=advisor.organisation_id, advisor=advisor, closed=False).order_by("pk"):
        events += deadline_events(case.assessment, label=f"#{case.pk} {case.person_name}")
    body = to_ics(events, name=f"sejour · {advisor.user.get_username()}", uid_salt=str(advisor.pk))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, no-store"
    return response
