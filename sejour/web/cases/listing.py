"""The case list at thousands of cases: filters that combine, sorts, pages; one indexed query per
page (the rows and, by a window function, how many there are), whatever the number of cases."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django import forms
from django.db.models import Count, Subquery
from django.utils.translation import gettext_lazy as _

from .models import Advisor, Case, search_key

PAGE_SIZE = 50
SORTS = {"due": ("due_on", "id"), "name": ("search_name", "id"), "updated": ("-updated_at", "-id"), "newest": ("-id",)}
VERDICTS = [("eligible", _("eligible")), ("not_eligible", _("not eligible")), ("needs_information", _("needs information"))]


class CaseFilterForm(forms.Form):
    q = forms.CharField(label=_("Name"), required=False, max_length=200)
    nationality = forms.ChoiceField(label=_("Nationality"), required=False)
    departement = forms.CharField(label=_("Département"), required=False, max_length=3)
    route = forms.ChoiceField(label=_("Route"), required=False)
    verdict = forms.ChoiceField(label=_("Verdict"), required=False, choices=[("", _("any"))] + VERDICTS)
    advisor = forms.ChoiceField(label=_("Advisor"), required=False)
    status = forms.ChoiceField(label=_("Cases"), required=False, choices=[
        ("open", _("open")), ("overdue", _("open and overdue")), ("closed", _("closed")), ("all", _("all"))])
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=[
        ("due", _("deadline, overdue first")), ("name", _("name")), ("updated", _("last changed")), ("newest", _("newest"))])
    page = forms.IntegerField(required=False, min_value=1, max_value=10**6, widget=forms.HiddenInput)

    def __init__(self, *args, routes=(), countries=(), advisors=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["route"].choices = [("", _("any"))] + list(routes)
        self.fields["nationality"].choices = [("", _("any"))] + [(code, f"{name} ({code})") for code, name in countries]
        self.fields["advisor"].choices = [("", _("everyone in the organisation")), ("me", _("mine")), ("none", _("no advisor"))] + [
            (str(a.pk), a.user.get_username()) for a in advisors]


def route_choices(lang: str) -> list[tuple[str, str]]:
    from sejour.assessment import ROUTE_ORDER
    from sejour.rules import tax_benefit_system

    routes = tax_benefit_system().registry.routes
    return [(route, routes[route].title[lang]) for route in ROUTE_ORDER]


def filter_form(request) -> CaseFilterForm:
    """The list's filters as the request gives them (cleaned_data empty when they are not valid)."""
    from sejour.web.interview.questions import sorted_countries

    from .access import page_lang

    lang = page_lang(request)
    advisors = Advisor.objects.filter(organisation_id=request.advisor.organisation_id).select_related("user").order_by("user__username")
    form = CaseFilterForm(request.GET or None, routes=route_choices(lang), countries=sorted_countries(lang), advisors=advisors)
    if not form.is_valid():
        form.cleaned_data = {}
    return form


@dataclass
class Page:
    rows: list
    number: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // PAGE_SIZE))


def filtered(organisation_id: int, data: dict, me: Advisor):
    """The cases the filters select (all of one organisation), in the order asked for."""
    cases = Case.objects.filter(organisation_id=organisation_id)
    status = data.get("status") or "open"
    if status in ("open", "overdue"):
        cases = cases.filter(closed=False)
    elif status == "closed":
        cases = cases.filter(closed=True)
    if status == "overdue":
        cases = cases.filter(due_on__lt=datetime.date.today())
    advisor = data.get("advisor") or ""
    if advisor == "me":
        cases = cases.filter(advisor_id=me.pk)
    elif advisor == "none":
        cases = cases.filter(advisor__isnull=True)
    elif advisor.isdigit():
        cases = cases.filter(advisor_id=int(advisor))  # the choices are this organisation's advisors only
    if data.get("q"):
        cases = cases.filter(search_name__contains=search_key(data["q"]))
    if data.get("nationality"):
        cases = cases.filter(nationality=data["nationality"])
    if data.get("departement"):
        code = data["departement"].strip().upper()
        cases = cases.filter(departement=code.zfill(2) if code.isdigit() else code)
    route, verdict = data.get("route"), data.get("verdict")
    if route and verdict:
        cases = cases.filter(verdict_tags__contains=f" {route}:{verdict} ")
    elif route:
        cases = cases.filter(verdict_tags__contains=f" {route}:")
    elif verdict:
        cases = cases.filter(verdict_tags__contains=f":{verdict} ")
    return cases.order_by(*SORTS.get(data.get("sort") or "due", SORTS["due"]))


def listing_query(cases, number: int):
    """The query of one page: the page's ids and how many cases there are, both read from a list
    index alone (subqueries), then those 50 rows with their advisor: one statement."""
    start = (number - 1) * PAGE_SIZE
    ids = cases.values("id")[start:start + PAGE_SIZE]
    total = cases.order_by().values("organisation_id").annotate(n=Count("id")).values("n")
    return (Case.objects.filter(id__in=Subquery(ids)).order_by(*cases.query.order_by).select_related("advisor__user")
            .only("pk", "person_name", "due_on", "next_deadline", "verdict_tags", "closed", "updated_at", "advisor__user__username")
            .annotate(total=Subquery(total)))


def page_of(cases, number: int) -> Page:
    """One page of the cases, and how many there are, in one query."""
    rows = list(listing_query(cases, number))
    if rows:
        return Page(rows, number, rows[0].total)
    total = cases.count()  # past the last page: say how many there are
    return Page([], number, total)
