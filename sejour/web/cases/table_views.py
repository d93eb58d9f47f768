"""Importing a table of cases (upload, preview, confirmation: all or nothing) and exporting the
cases a list selects, in the batch mode's formats."""

from __future__ import annotations

import datetime

from django import forms
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from sejour.web.interview.questions import QUESTIONS

from . import listing, tables
from .access import advisor_required, language_choices, page_lang
from .fact_questions import question_label
from .models import Advisor, PendingImport

PREVIEW_ERRORS = 200  # problems listed on the preview page (all are counted)


class ImportForm(forms.Form):
    table = forms.FileField(label=gettext_lazy("Table of cases (.csv, .jsonl or .parquet)"))
    lang = forms.ChoiceField(label=gettext_lazy("Language of the assessments"), choices=language_choices)
    assign = forms.ChoiceField(label=gettext_lazy("Advisor of the imported cases"), required=False)

    def __init__(self, *args, advisors=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assign"].choices = [("me", _("me")), ("none", _("no advisor"))] + [(str(a.pk), a.user.get_username()) for a in advisors]


def _advisors(request):
    return Advisor.objects.filter(organisation_id=request.advisor.organisation_id).select_related("user").order_by("user__username")


@advisor_required
@require_http_methods(["GET", "POST"])
def import_upload(request):
    advisors = list(_advisors(request))
    lang = page_lang(request)
    form = ImportForm(request.POST or None, request.FILES or None, advisors=advisors, initial={"lang": lang})
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["table"]
        preview = tables.read_upload(upload.chunks(), upload.name, lang)
        assign = form.cleaned_data["assign"] or "me"
        assign_to = request.advisor if assign == "me" else next((a for a in advisors if str(a.pk) == assign), None)
        PendingImport.objects.filter(uploaded_by=request.advisor).delete()  # one pending table per advisor
        pending = PendingImport.objects.create(
            organisation_id=request.advisor.organisation_id, uploaded_by=request.advisor, assign_to=assign_to,
            file_name=upload.name[:200], lang=form.cleaned_data["lang"], rows=preview.rows, cases=preview.cases,
            errors=[list(e) for e in preview.errors])
        return redirect("cases:import_preview", pk=pending.pk)
    return render(request, "cases/import.html", {"form": form}, status=422 if form.is_bound else 200)


def _pending(request, pk: int) -> PendingImport:
    pending = PendingImport.objects.filter(pk=pk, uploaded_by=request.advisor, organisation_id=request.advisor.organisation_id).first()
    if pending is None:
        raise Http404("no such import")
    return pending


@advisor_required
@require_http_methods(["GET", "POST"])
def import_preview(request, pk: int):
    pending = _pending(request, pk)
    if request.method == "POST":
        if request.POST.get("action") == "cancel":
            pending.delete()
            messages.success(request, _("The import was cancelled; nothing was stored."))
            return redirect("cases:list")
        if pending.errors or not pending.cases:
            messages.error(request, _("Nothing was imported: correct the rows named below, then send the table again."))
            return _preview_page(request, pending, status=422)
        made = tables.import_cases(pending.organisation, pending.cases, request.user.get_username(), advisor=pending.assign_to,
                                   lang=pending.lang)
        pending.delete()
        messages.success(request, _("%(n)d case(s) imported.") % {"n": len(made)})
        return redirect("cases:list")
    return _preview_page(request, pending)


def _preview_page(request, pending, status=200):
    lang = page_lang(request)
    problems = [{"row": row, "column": column, "question": question_label(column, lang) if column in QUESTIONS else "",
                 "value": value, "reason": reason} for row, column, value, reason in pending.errors[:PREVIEW_ERRORS]]
    refused = len({e[0] for e in pending.errors if e[0]})
    return render(request, "cases/import_preview.html", {
        "pending": pending, "problems": problems, "refused": refused, "more": max(0, len(pending.errors) - PREVIEW_ERRORS),
        "sample": pending.cases[:10], "valid": len(pending.cases)}, status=status)


@advisor_required
def export_list(request):
    """The cases the list's filters select (every page), as a table in the batch mode's format."""
    data = listing.filter_form(request).cleaned_data
    fmt = "parquet" if request.GET.get("format") == "parquet" else "csv"
    cases = listing.filtered(request.advisor.organisation_id, data, request.advisor).only("person_name", "facts")[:tables.MAX_ROWS]
    body = tables.table_bytes(tables.export_table(cases.iterator()), fmt)
    response = HttpResponse(body, content_type="application/vnd.apache.parquet" if fmt == "parquet" else "text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="cases-{datetime.date.today().isoformat()}.{fmt}"'
    return response
