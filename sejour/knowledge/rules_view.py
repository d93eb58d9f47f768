"""What the rules say, seen through `assess()` only: the partial case a question's facts make,
and "probe" cases that turn the rules' dates and amounts into general statements (the renewal
window as days before the expiry, the time to appeal as months after the refusal, the day an
amount last changed). Every figure shown comes from an assessment; nothing here restates a rule."""

from __future__ import annotations

import datetime
import functools

from sejour.assessment import assess
from sejour.rules.citations import readable

NEUTRAL_NATIONALITY = "US"  # a national of no agreement and of no excluded country: the general rules


def clean_source(text: str, lang: str = "en") -> str:
    """A source as a reader may see it: the readable citation of a developer reference (the two
    reference documents by title and publisher, no file, path or seed number), in `lang`."""
    return readable(text, lang) or ""


def case_for(route: str, facts: dict, day: datetime.date, base: dict | None = None, scenario: bool = True) -> dict:
    """The partial case: the person's case (if any), the facts read, and (with `scenario`) what
    makes `route` concern them, e.g. a student permit for the post-study card."""
    case = {"as_of": day.isoformat(), "person": {"nationality": NEUTRAL_NATIONALITY}}
    for section, values in (base or {}).items():
        if isinstance(values, dict):
            case.setdefault(section, {}).update(values)
        elif section not in ("as_of", "version"):
            case[section] = values
    for path, value in facts.items():
        if "." in path:
            section, name = path.split(".", 1)
            case.setdefault(section, {})[name] = value.isoformat() if isinstance(value, datetime.date) else value
    permit = case.setdefault("permit", {})
    if not scenario:
        if not permit:
            del case["permit"]
        return case
    if route in ("aps_graduate", "student_renewal", "employee_from_student") and "kind" not in permit:
        permit["kind"] = "student"
    if route == "employee_after_aps":
        permit["kind"] = "aps_graduate"
    if route in ("employee_from_student", "employee_after_aps"):
        case.setdefault("job", {}).setdefault("contract", "cdi")
    if route == "aps_volunteer":
        case.setdefault("volunteering", {})
    if route == "appeal":
        case.setdefault("application", {}).setdefault("decision", "refused")
    if not permit:
        del case["permit"]
    return case


@functools.lru_cache(maxsize=512)
def _assess(frozen: str, lang: str) -> dict:
    import json

    return assess(json.loads(frozen), lang=lang)


def assessed(case: dict, lang: str) -> dict:
    """{route id: route} of the assessment of `case` (cached: probes repeat)."""
    import json

    return {route["id"]: route for route in _assess(json.dumps(case, sort_keys=True), lang)["routes"]}


def item(route: dict, kind: str, item_id: str) -> dict | None:
    return next((x for x in route.get(kind, []) if x["id"] == item_id), None)


def months_between(start: datetime.date, end: datetime.date) -> int | None:
    months = (end.year - start.year) * 12 + end.month - start.month
    return months if end.day == start.day or (end.day < start.day and (end + datetime.timedelta(days=1)).month != end.month) else None


def days_before(day: str, anchor: datetime.date) -> int:
    return (anchor - datetime.date.fromisoformat(day)).days


class Probe:
    """General figures of one day's rules, from assessments of typical cases."""

    def __init__(self, day: datetime.date, lang: str, nationality: str = NEUTRAL_NATIONALITY):
        self.day, self.lang, self.nationality = day, lang, nationality

    def routes(self, route: str, **facts) -> dict:
        facts.setdefault("person.nationality", self.nationality)
        return assessed(case_for(route, facts, self.day), self.lang)

    def amount_history(self, route: str, kind: str, item_id: str, **facts):
        """(amount now, day it came into force, amount before) of a cost or figure, by bisection
        over the last 6 years of the rules (None where unknown)."""
        def value_on(day):
            found = item(assessed(case_for(route, facts | {"person.nationality": self.nationality}, day), self.lang)[route], kind, item_id)
            return None if found is None else found.get("amount_eur", found.get("value"))

        now = value_on(self.day)
        low, high = self.day - datetime.timedelta(days=6 * 365), self.day
        if value_on(low) == now:
            return now, None, None
        while (high - low).days > 1:
            middle = low + (high - low) / 2
            if value_on(middle) == now:
                high = middle
            else:
                low = middle
        return now, high, value_on(low)

