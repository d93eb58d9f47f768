"""The person's rights from the advisor's pages: access (everything held about them, as a file to
download) and erasure (the case deleted with everything in it, after a confirmation; an audit
record keeps that it happened, not who it was about). Another organisation's case is 404."""

from __future__ import annotations

import json

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from . import services
from .access import advisor_required, case_of
from .forms import as_yaml


def _download(data: dict, fmt: str, stem: str) -> HttpResponse:
    if fmt == "json":
        response = HttpResponse(json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8")
    else:
        fmt = "yaml"
        response = HttpResponse(as_yaml(data), content_type="application/yaml; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{stem}.{fmt}"'
    response["Cache-Control"] = "private, no-store"
    return response


@advisor_required
def case_export(request, pk: int):
    """Everything stored about the case: facts, assessments, documents, notes, history, decisions."""
    case = case_of(request, pk)
    return _download(services.export_case(case, full=True), request.GET.get("format", "yaml"), f"case-{case.pk}")


@advisor_required
def person_export(request, pk: int):
    """Everything the organisation holds under this case's person's name: every such case, in full."""
    case = case_of(request, pk)
    return _download(services.person_export(case.organisation, case.person_name), request.GET.get("format", "json"),
                     f"person-of-case-{case.pk}")


@advisor_required
@require_http_methods(["GET", "POST"])
def case_delete(request, pk: int):
    case = case_of(request, pk)
    if request.method == "POST":
        if request.POST.get("confirm") != str(case.pk):
            messages.error(request, _("Tick the box to confirm that the case is to be deleted for good."))
            return render(request, "cases/delete.html", _delete_context(case), status=422)
        services.erase_case(case, request.user.get_username())
        messages.success(request, _("The case and everything held in it were deleted. Only the fact that case #%(n)d was deleted is kept.")
                         % {"n": pk})
        return redirect("cases:list")
    return render(request, "cases/delete.html", _delete_context(case))


def _delete_context(case) -> dict:
    return {"case": case, "counts": {"notes": case.notes.count(), "history": case.history.count(), "outcomes": case.outcomes.count(),
                                     "documents": case.checklist.count()}}
