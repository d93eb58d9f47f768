"""An interview in progress: the case being built, kept server-side and resumable by its
private link (the token is the only key to it: long, random, never logged)."""

from __future__ import annotations

import datetime
import secrets

from django.db import models

from .implied import implied_case


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Interview(models.Model):
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    goal = models.CharField(max_length=20)
    case = models.JSONField(default=dict)  # the case format (section 1 of case-format.md)
    unknown = models.JSONField(default=list)  # fields answered "I don't know": kept unknown, never asked again
    steps = models.JSONField(default=list)  # pages answered, in order: [{"topic": ..., "fields": [...]}]
    version = models.PositiveIntegerField(default=0)  # +1 at every save: checked in the same UPDATE (answers.py)
    pages = models.PositiveIntegerField(default=0)  # pages of questions answered (changing an earlier answer is not one)
    progress = models.PositiveSmallIntegerField(default=0)  # the highest share done shown, in %: it never goes back
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated"]

    def __str__(self):
        return f"interview {self.pk} ({self.goal})"

    def case_on(self, day: datetime.date | None = None) -> dict:
        """The case as it stands, judged on `day` (today by default), with the facts its answers
        imply (:mod:`.implied`)."""
        return {**implied_case(self.case), "version": 1, "as_of": (day or datetime.date.today()).isoformat()}

    def answer(self, path: str):
        section, name = path.split(".")
        return (self.case.get(section) or {}).get(name)

    def answered(self, path: str) -> bool:
        section, name = path.split(".")
        return name in (self.case.get(section) or {}) and path not in self.unknown
