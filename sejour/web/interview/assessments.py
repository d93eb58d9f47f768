"""One assessment per interview version, language and day: computed once and reused by the result
page, the dossier, the .ics and the letters; a step page needs only the facts wanted (no texts:
half the work). Both are kept between requests in the cache, under a hash of the private token
(no token is written anywhere)."""

from __future__ import annotations

import datetime
import hashlib

from django.core.cache import caches

from sejour.assessment import assess, facts_wanted
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


def routes_settled(interview, today: datetime.date | None = None) -> list[dict]:
    """Per route: its verdict and the facts it still needs (what the next questions are chosen
    from), from the assessment this request already has in any language (they do not depend on
    the language), else without texts (`facts_wanted`, half an assessment's work: a step page
    needs no more), kept like the assessments."""
    today = today or datetime.date.today()
    memo = interview.__dict__.setdefault("_assessments", {})
    for lang in language_codes():
        if key(interview, "assessment", lang, today) in memo:
            return memo[key(interview, "assessment", lang, today)]["routes"]
    name = key(interview, "facts", SOURCE, today)
    if name not in memo:
        found = caches["default"].get(name)
        if found is None:
            found = facts_wanted(interview.case_on(today), today=today)
            caches["default"].set(name, found, DAY)
        memo[name] = found
    return memo[name]
