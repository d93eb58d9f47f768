"""One assessment per interview version, language and day: computed once and reused by the step
page, the result page, the dossier, the .ics and the letters (kept between requests in the
cache, under a hash of the private token: no token is written anywhere)."""

from __future__ import annotations

import datetime
import hashlib

from django.core.cache import caches

from sejour.assessment import assess
from sejour.i18n import SOURCE, language_codes

DAY = 24 * 3600


def key(interview, kind: str, lang: str, today: datetime.date) -> str:
    token = hashlib.sha256(interview.token.encode()).hexdigest()[:32]
    return f"{kind}:{token}:{interview.version}:{lang}:{today.isoformat()}"


def assessment(interview, lang: str = SOURCE, today: datetime.date | None = None) -> dict:
    today = today or datetime.date.today()
    name = key(interview, "assessment", lang, today)
    memo = interview.__dict__.setdefault("_assessments", {})
    if name not in memo:
        found = caches["default"].get(name)
        if found is None:
            found = assess(interview.case_on(today), lang=lang, today=today)
            caches["default"].set(name, found, DAY)
        memo[name] = found
    return memo[name]


def any_assessment(interview, today: datetime.date | None = None) -> dict:
    """The assessment in whichever language this request already has (what is missing does not
    depend on the language), else in the source language."""
    today = today or datetime.date.today()
    memo = interview.__dict__.get("_assessments", {})
    for lang in language_codes():
        if key(interview, "assessment", lang, today) in memo:
            return memo[key(interview, "assessment", lang, today)]
    return assessment(interview, SOURCE, today)
