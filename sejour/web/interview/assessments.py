"""One assessment per interview version, language and day: computed once and reused by the result
page, the dossier, the .ics and the letters; a step page needs only the facts wanted (no texts:
half the work). Both are kept between requests in the cache under a hash of what they are made
from (the answers, the language, the day): another interview with the same answers so far (every
interview starts with the same) gets the one already made. No token is written anywhere."""

from __future__ import annotations

import datetime
import hashlib
import json

from django.core.cache import caches

from sejour.assessment import assess, facts_wanted
from sejour.i18n import SOURCE, language_codes

DAY = 24 * 3600


def key(interview, kind: str, lang: str, today: datetime.date) -> str:
    token = hashlib.sha256(interview.token.encode()).hexdigest()[:32]
    return f"{kind}:{token}:{interview.version}:{lang}:{today.isoformat()}"


def _kept(interview, kind: str, lang: str, today: datetime.date, make):
    """`make(case)` for this interview's answers on `today`: from this request's memo, else from the
    cache (under the hash of the answers, `kind`, `lang` and the day), else made and kept."""
    memo = interview.__dict__.setdefault("_assessments", {})
    name = key(interview, kind, lang, today)
    if name not in memo:
        case = interview.case_on(today)
        content = hashlib.sha256(json.dumps(case, sort_keys=True, default=str).encode()).hexdigest()
        shared = f"{kind}:{content}:{lang}:{today.isoformat()}"
        found = caches["default"].get(shared)
        if found is None:
            found = make(case)
            caches["default"].set(shared, found, DAY)
        memo[name] = found
    return memo[name]


def assessment(interview, lang: str = SOURCE, today: datetime.date | None = None) -> dict:
    today = today or datetime.date.today()
    return _kept(interview, "assessment", lang, today, lambda case: assess(case, lang=lang, today=today))


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
    return _kept(interview, "facts", SOURCE, today, lambda case: facts_wanted(case, today=today))
