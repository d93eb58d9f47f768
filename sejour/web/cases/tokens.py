"""The organisation's API tokens from the web: issued with a name (the key shown once, kept
hashed), listed, revoked. The rule is the admin's: an advisor whose account may add and change
API tokens (`cases.add_apitoken` and `cases.change_apitoken`, given in the admin or by
`sejour createadvisor --api-tokens`), for their own organisation only; another advisor gets 403,
another organisation's token 404."""

from __future__ import annotations

import functools

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from .access import advisor_required
from .models import ApiToken

PERMISSIONS = ("cases.add_apitoken", "cases.change_apitoken")


def may_manage_tokens(user) -> bool:
    return user.has_perms(PERMISSIONS)


class TokenForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("What the token is for"), max_length=100,
                           help_text=gettext_lazy("For example: our CRM. Shown in the cases' history for each change it makes."))


def token_manager_required(view):
    """An advisor (else 404) who may manage the organisation's tokens (else a 403 page in words)."""
    @advisor_required
    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if not may_manage_tokens(request.user):
            return render(request, "cases/forbidden.html", status=403)
        return view(request, request.advisor.organisation, *args, **kwargs)
    return wrapped


@token_manager_required
@require_http_methods(["GET", "POST"])
def token_list(request, organisation):
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        _, key = ApiToken.issue(organisation, form.cleaned_data["name"].strip())
        request.session["new_api_key"] = key  # shown once, on the next page, then forgotten
        return redirect("cases:tokens")
    tokens = ApiToken.objects.filter(organisation=organisation).order_by("revoked", "-created_at", "-id")
    return render(request, "cases/tokens.html", {"form": form, "tokens": tokens, "new_key": request.session.pop("new_api_key", None)},
                  status=422 if form.is_bound else 200)


@token_manager_required
@require_POST
def token_revoke(request, organisation, pk: int):
    token = get_object_or_404(ApiToken, pk=pk, organisation=organisation)
    if not token.revoked:
        token.revoked = True
        token.save(update_fields=["revoked"])
        messages.success(request, _("The token “%(name)s” no longer works.") % {"name": token.name})
    return redirect("cases:tokens")
