"""The advisors' case tracker: organisations, advisors, cases with their checklist, notes and history.

A case keeps its facts (the case format) and its last assessment; `next_deadline` and `verdict_tags`
are denormalised from that assessment on every re-assessment so that the case list is one query.
"""

from __future__ import annotations

import datetime
import hashlib
import secrets
import unicodedata

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

NO_DEADLINE = datetime.date(9999, 12, 31)
LIST_FILTERS = ["advisor", "nationality", "departement", "verdict_tags", "search_name"]
DOCUMENT_STATUSES = [("missing", _("missing")), ("requested", _("requested")), ("received", _("received")), ("checked", _("checked"))]


def token_hash(token: str) -> str:
    """Tokens are kept as their SHA-256 only: a stolen database gives no usable token."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


class Organisation(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True)

    class Meta:
        verbose_name = _("organisation")

    def __str__(self):
        return self.name


class Advisor(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="advisor")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="advisors")
    feed_token_hash = models.CharField(max_length=64, blank=True, db_index=True)  # empty: no calendar feed

    class Meta:
        verbose_name = _("advisor")

    def __str__(self):
        return f"{self.user.get_username()} ({self.organisation})"

    def new_feed_token(self) -> str:
        """A new private calendar address token (the old one stops working); shown once."""
        token = secrets.token_urlsafe(32)
        self.feed_token_hash = token_hash(token)
        self.save(update_fields=["feed_token_hash"])
        return token

    def revoke_feed(self) -> None:
        self.feed_token_hash = ""
        self.save(update_fields=["feed_token_hash"])


class Case(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="cases")
    advisor = models.ForeignKey(Advisor, on_delete=models.SET_NULL, null=True, blank=True, related_name="cases")
    person_name = models.CharField(_("person"), max_length=200)
    facts = models.JSONField(_("facts"))
    lang = models.CharField(max_length=2, default="en")
    assessment = models.JSONField(default=dict)
    next_deadline = models.DateField(null=True, blank=True, db_index=True)
    verdict_tags = models.CharField(max_length=400, blank=True)  # " route:verdict " for each route that applies
    # The list's sort and filters, written with the assessment (services._apply): the earliest deadline
    # of a route still open, missed ones included (NO_DEADLINE when none: no NULL, so the index sorts it),
    # the person's nationality and département, the name as searched (no accents, case folded).
    due_on = models.DateField(default=NO_DEADLINE)
    nationality = models.CharField(max_length=2, blank=True)
    departement = models.CharField(max_length=3, blank=True)
    search_name = models.CharField(max_length=200, blank=True)
    closed = models.BooleanField(_("closed"), default=False)
    version = models.PositiveIntegerField(default=0)  # +1 at every change of the facts (services.change_facts)
    # the assessment of the case as it stood on its filing day, kept with its version stamp (outcomes.py)
    filed_assessment = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("case")
        # The list's pages are read from these alone (covering): the filters' columns follow the sort's.
        indexes = [models.Index(fields=["organisation", "next_deadline"]),
                   models.Index(fields=["organisation", "closed", "due_on", "id", *LIST_FILTERS], name="case_list_by_due"),
                   models.Index(fields=["organisation", "closed", "search_name", "id", "due_on", *LIST_FILTERS[:-1]], name="case_list_by_name")]

    def __str__(self):
        return f"#{self.pk} {self.person_name}"

    @property
    def deadline(self) -> datetime.date | None:
        """The earliest deadline of a route still open (maybe missed), None when there is none."""
        return None if self.due_on == NO_DEADLINE else self.due_on


def search_key(text: str) -> str:
    """A name as searched: accents dropped, case folded, spaces collapsed ("Hélène  Dupont" -> "helene dupont")."""
    plain = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in plain if not unicodedata.combining(c)).casefold().split())[:200]


class ChecklistItem(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="checklist")
    route = models.CharField(max_length=40)
    document = models.CharField(max_length=80)
    text = models.TextField()
    status = models.CharField(max_length=10, choices=DOCUMENT_STATUSES, default="missing")
    required = models.BooleanField(default=True)  # False once the latest assessment no longer asks for it

    class Meta:
        unique_together = [("case", "route", "document")]
        ordering = ["route", "id"]


class Note(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)
    text = models.TextField(_("note"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]


class HistoryEntry(models.Model):
    """Every change of a case: who, when, what (deleted with the case)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="history")
    who = models.CharField(max_length=150)  # the user name, or "api token <name>", or "sejour cases reassess"
    at = models.DateTimeField(auto_now_add=True)
    action = models.CharField(max_length=40)
    detail = models.JSONField(default=dict)

    class Meta:
        ordering = ["at", "id"]


class ApiToken(models.Model):
    """A bearer token for machine access to one organisation's cases: stored hashed, revocable."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100)
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked = models.BooleanField(default=False)

    @classmethod
    def issue(cls, organisation: Organisation, name: str) -> tuple[ApiToken, str]:
        """A new token; the clear key is returned once and never stored."""
        key = "sej_" + secrets.token_urlsafe(32)
        return cls.objects.create(organisation=organisation, name=name, key_hash=token_hash(key)), key

    def __str__(self):
        return f"{self.name} ({self.organisation})" + (" [revoked]" if self.revoked else "")


class PendingImport(models.Model):
    """A table read and shown as a preview, waiting for the advisor's confirmation (then deleted)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="pending_imports")
    uploaded_by = models.ForeignKey(Advisor, on_delete=models.CASCADE, related_name="pending_imports")
    assign_to = models.ForeignKey(Advisor, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    file_name = models.CharField(max_length=200)
    lang = models.CharField(max_length=2, default="en")
    rows = models.PositiveIntegerField(default=0)
    cases = models.JSONField(default=list)  # {"row", "name", "facts"} for each valid row
    errors = models.JSONField(default=list)  # [row, field, value, reason] for each problem


AUTHORITIES = [("prefecture", _("the préfecture")), ("court", _("a court"))]
DECISIONS = [("granted", _("granted")), ("refused", _("refused"))]


AGREEMENTS = {("eligible", "granted"): "agree", ("not_eligible", "refused"): "agree",
              ("eligible", "refused"): "disagree", ("not_eligible", "granted"): "disagree"}


class Outcome(models.Model):
    """The préfecture's (or a court's) actual decision on a case, beside sejour's verdict at filing."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="outcomes")
    route = models.CharField(max_length=40)  # the application decided
    authority = models.CharField(max_length=12, choices=AUTHORITIES, default="prefecture")
    decision = models.CharField(max_length=8, choices=DECISIONS)
    decided_on = models.DateField()
    note = models.TextField(blank=True)
    recorded_by = models.CharField(max_length=150)
    recorded_at = models.DateTimeField(auto_now_add=True)
    # sejour's word at filing time, kept with the outcome: verdict, the day judged, version stamp
    filed_verdict = models.CharField(max_length=20)
    filed_on = models.DateField()
    sejour_version = models.CharField(max_length=20)
    rules_date = models.CharField(max_length=10, blank=True)
    reconstructed = models.BooleanField(default=False)  # the case had no kept assessment: made when recorded
    filed_facts = models.JSONField(default=dict)

    class Meta:
        ordering = ["decided_on", "id"]
        indexes = [models.Index(fields=["route", "sejour_version"])]

    @property
    def agreement(self) -> str:
        """agree, disagree, or undecided (sejour needed information, or did not judge the route)."""
        return AGREEMENTS.get((self.filed_verdict, self.decision), "undecided")


class Erasure(models.Model):
    """That a case was deleted (the person's right of erasure), and by whom: the case's number and
    how many records went with it; nothing about the person (no name, no facts, no notes)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="erasures")
    case_number = models.PositiveIntegerField()
    who = models.CharField(max_length=150)  # the advisor's user name, or "api token <name>"
    at = models.DateTimeField(auto_now_add=True)
    removed = models.JSONField(default=dict)  # {"notes": n, "history": n, "outcomes": n, "documents": n}

    class Meta:
        verbose_name = _("erasure")
        ordering = ["-at", "-id"]
