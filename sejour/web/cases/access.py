"""Who may see what: an advisor sees only their organisation's cases; anything else is 404."""

from __future__ import annotations

import functools

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404

from sejour.i18n import PSEUDO, SOURCE, languages

from .models import Case


def advisor_required(view):
    """Logged in (else the login page), and an advisor (else 404: the workspace is theirs only)."""
    @login_required(login_url="cases:login")
    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        advisor = getattr(request.user, "advisor", None)
        if advisor is None:
            raise Http404("not an advisor")
        request.advisor = advisor
        return view(request, *args, **kwargs)
    return wrapped


def case_of(request, pk: int) -> Case:
    return get_object_or_404(Case, pk=pk, organisation_id=request.advisor.organisation_id)


def locked_out(request, original_response=None, credentials=None):
    """django-axes' lockout answer: a page in the person's language saying how long to wait (429)."""
    from django.conf import settings
    from django.shortcuts import render

    minutes = max(1, int(settings.AXES_COOLOFF_TIME.total_seconds() // 60))
    return render(request, "cases/locked.html", {"minutes": minutes}, status=429)


def page_lang(request=None) -> str:
    """The page's language (Django's choice: cookie, browser; without a request, the active
    language), one of the catalogue's."""
    from django.utils.translation import get_language

    code = getattr(request, "LANGUAGE_CODE", None) or get_language() or SOURCE
    for candidate in (code, code.split("-")[0]):
        if candidate in languages() or candidate == PSEUDO:
            return candidate
    return SOURCE


def language_choices() -> list[tuple[str, str]]:
    """The languages an assessment may be in, each by its own name (``sejour/locale/languages.toml``)."""
    return list(languages().items())
