"""Recording the préfecture's (or a court's) decision on a case, and the report of how often
sejour's verdicts at filing agreed with the decisions (page and anonymised CSV)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from sejour.i18n import SOURCE
from sejour.web.interview.questions import AnswerError, parse_date

from . import listing, outcomes
from .access import advisor_required, case_of, page_lang
from .models import AUTHORITIES, DECISIONS

AGREEMENT_LABELS = {"agree": gettext_lazy("agreed"), "disagree": gettext_lazy("differed"),
                    "undecided": gettext_lazy("no verdict to compare (information was missing, or the route was not judged)")}


class OutcomeForm(forms.Form):
    route = forms.ChoiceField(label=gettext_lazy("Application decided"))
    authority = forms.ChoiceField(label=gettext_lazy("Decided by"), choices=AUTHORITIES)
    decision = forms.ChoiceField(label=gettext_lazy("Decision"), choices=DECISIONS, widget=forms.RadioSelect)
    decided_on = forms.CharField(label=gettext_lazy("Day of the decision"), max_length=40, help_text=gettext_lazy("For example 31/12/2026."))
    note = forms.CharField(label=gettext_lazy("Note (optional)"), required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, lang=SOURCE, **kwargs):
        super().__init__(*args, **kwargs)
        self.lang = lang
        self.fields["route"].choices = listing.route_choices(lang)

    def clean_decided_on(self):
        try:
            return parse_date(self.cleaned_data["decided_on"], self.lang)
        except AnswerError as error:
            raise forms.ValidationError(str(error)) from None


def outcome_form(request, case, data=None) -> OutcomeForm:
    route = (case.facts.get("application") or {}).get("route")
    return OutcomeForm(data, lang=page_lang(request), initial={"route": route} if route else {})


def shown_outcomes(request, case) -> list[dict]:
    titles, verdicts = dict(listing.route_choices(page_lang(request))), dict(listing.VERDICTS)
    return [{"outcome": o, "route": titles.get(o.route, ""), "verdict": verdicts.get(o.filed_verdict, _("not judged")),
             "agreement": o.agreement, "agreement_label": AGREEMENT_LABELS[o.agreement]} for o in case.outcomes.all()]


@advisor_required
@require_POST
def case_outcome(request, pk: int):
    from .views import render_detail

    case = case_of(request, pk)
    form = outcome_form(request, case, request.POST)
    if not form.is_valid():
        return render_detail(request, case, outcome_form=form, status=422)
    data = form.cleaned_data
    outcome = outcomes.record(case, data["route"], data["authority"], data["decision"], data["decided_on"], data["note"].strip(),
                              request.user.get_username())
    if outcome.agreement == "disagree":
        messages.warning(request, _("Decision recorded. It differs from sejour's verdict at filing: it is listed in the report."))
    else:
        messages.success(request, _("Decision recorded."))
    return redirect("cases:detail", pk=case.pk)


@advisor_required
def outcome_report(request):
    lang = page_lang(request)
    titles, verdicts = dict(listing.route_choices(lang)), dict(listing.VERDICTS)
    found = outcomes.report(request.advisor.organisation_id)
    rows = [dict(row, title=titles.get(row["route"], "")) for row in found["rows"]]
    disagreements = [{"outcome": o, "route": titles.get(o.route, ""), "verdict": verdicts.get(o.filed_verdict, "")}
                     for o in found["disagreements"]]
    return render(request, "cases/outcomes.html", {"rows": rows, "disagreements": disagreements})


@advisor_required
def outcome_csv(request):
    """Every decision of the organisation, anonymised: no name, no note, no case number."""
    response = HttpResponse(outcomes.anonymous_csv(request.advisor.organisation_id), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="sejour-decisions.csv"'
    return response
