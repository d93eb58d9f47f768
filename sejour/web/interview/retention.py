"""Abandoned interviews are not kept for ever: `sejour cleanup` deletes those not changed for
INTERVIEW_RETENTION_DAYS days (SEJOUR_INTERVIEW_RETENTION_DAYS, 90 by default)."""

from __future__ import annotations

import datetime
import re

AGE = re.compile(r"^\s*(\d{1,5})\s*d?\s*$")


class RetentionError(ValueError):
    pass


def parse_age(text: str) -> int:
    """'90d' or '90' → 90 (days)."""
    match = AGE.match(text or "")
    if not match or int(match[1]) < 1:
        raise RetentionError(f"{text!r} is not an age; expected a number of days, e.g. 90d")
    return int(match[1])


def delete_abandoned(days: int | None = None) -> tuple[int, int]:
    """(interviews deleted, the age used in days)."""
    from django.conf import settings
    from django.utils import timezone

    from .models import Interview

    days = days or settings.INTERVIEW_RETENTION_DAYS
    count, _ = Interview.objects.filter(updated__lt=timezone.now() - datetime.timedelta(days=days)).delete()
    return count, days
