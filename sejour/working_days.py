"""Contentious delays (délais francs) and the working days that end them, vectorised.

Delays to go to the administrative court, and the administrative appeal made within them to keep
that route open, are *délais francs*: neither the day of notification nor the day the delay ends
counts, so the last day to act is the day after the one the plain rule (:mod:`sejour.dates`)
gives; a last day on a Saturday, a Sunday or a public holiday moves to the next working day
(CE 5 Oct 2018 n° 409579; CE 19 Sept 2014 n° 362568; CPC art. 642 by analogy; domain.md, Dates).

Public holidays are those of the Code du travail (L3133-1) for the person's département, with
the two extra days of Alsace-Moselle (57, 67, 68) and the days of each overseas département, as
the maintained `holidays` library gives them. They are held as one table of "next working day"
per calendar zone over a span of years, so that moving a column of days is two table reads, not a
Python loop per row. An unknown département takes the metropolitan calendar: every département
has at least those holidays, so it gives the earliest possible day.
"""

from __future__ import annotations

import datetime
import functools

import numpy as np

from .dates import add_months, day_of_month
from .rules.tri import lookup

# holidays' subdivision codes: None is metropolitan France (the Code du travail's list)
ZONES = (None, "57", "6AE", "971", "972", "973", "974", "976")
DEPARTEMENT_ZONE = {"57": 1, "67": 2, "68": 2, "971": 3, "972": 4, "973": 5, "974": 6, "976": 7}
FIRST_YEAR, LAST_YEAR = 2000, 2060  # the table's span; days outside it are moved one by one


class _NextWorkingDays:
    """Per zone and day of the span, the next working day on or after it (an int day number),
    filled lazily by blocks of years: only the zones and years a question needs are asked of the
    holidays library (computing all of 2000-2060 for every zone takes ~0.7 s; one assessment
    needs a year or two of one to three zones)."""

    def __init__(self):
        self.first = int(np.datetime64(f"{FIRST_YEAR}-01-01", "D").view(np.int64))
        self.span = int(np.datetime64(f"{LAST_YEAR + 1}-01-01", "D").view(np.int64)) - self.first
        self.table = np.zeros((len(ZONES), self.span), dtype=np.int64)
        self.filled = np.zeros((len(ZONES), LAST_YEAR - FIRST_YEAR + 1), dtype=bool)

    def ensure(self, zones, first_year: int, last_year: int):
        first_year, last_year = max(first_year, FIRST_YEAR), min(last_year, LAST_YEAR)
        for zone in zones:
            missing = [year for year in range(first_year, last_year + 1) if not self.filled[zone, year - FIRST_YEAR]]
            if missing:
                self._fill(int(zone), missing[0], missing[-1])

    def _fill(self, zone: int, first_year: int, last_year: int):
        import holidays

        start = np.datetime64(f"{first_year}-01-01", "D")
        days = np.arange(start, np.datetime64(f"{last_year + 1}-01-15", "D"))  # into the next year: a last day's next working day
        calendar = holidays.France(subdiv=ZONES[zone], years=range(first_year, last_year + 2))
        number = days.view(np.int64)
        closed = ((number + 3) % 7 >= 5) | np.isin(days, np.array(sorted(calendar), dtype="datetime64[D]"))  # 1970-01-01: a Thursday
        following = np.minimum.accumulate(np.where(closed, np.iinfo(np.int64).max, number)[::-1])[::-1]
        count = int(np.datetime64(f"{last_year + 1}-01-01", "D").view(np.int64) - number[0])
        offset = int(number[0]) - self.first
        self.table[zone, offset:offset + count] = following[:count]
        self.filled[zone, first_year - FIRST_YEAR:last_year - FIRST_YEAR + 1] = True


@functools.cache
def _tables() -> _NextWorkingDays:
    return _NextWorkingDays()


def zone_of(departements) -> np.ndarray:
    """The calendar zone (index into ZONES) of each département code ('' when unknown: metropolitan)."""
    return lookup(np.asarray(departements), DEPARTEMENT_ZONE, 0).astype(np.int64)


def next_working_day(days, departements) -> np.ndarray:
    """Each day itself when it is a working day in its département, else the next one. NaT stays NaT.
    `departements`: codes, or their calendar zones already looked up (integers, see `zone_of`)."""
    days = np.asarray(days, dtype="datetime64[D]")
    departements = np.asarray(departements)
    zones = np.broadcast_to(departements.astype(np.int64) if departements.dtype.kind in "iu" else zone_of(departements), days.shape)
    tables = _tables()
    index = days.view(np.int64) - tables.first  # NaT: far below 0
    inside = index.astype(np.uint64) < tables.span
    if inside.any():
        known = days[inside]
        years = known.min().astype("datetime64[Y]").astype(int) + 1970, known.max().astype("datetime64[Y]").astype(int) + 1970
        tables.ensure(np.flatnonzero(np.bincount(zones[inside], minlength=len(ZONES))), *years)
    # one flat read: zone * span + day (NaT and days outside read index 0, then put back)
    flat = tables.table.reshape(-1)[np.where(inside, zones * tables.span + index, 0)]
    result = np.where(inside, flat, days.view(np.int64)).view("datetime64[D]")
    outside = ~inside & ~np.isnat(days)
    if outside.any():
        result[outside] = [_next_working_day_slow(day.astype(datetime.date), int(zone)) for day, zone in zip(days[outside], zones[outside])]
    return result


def _next_working_day_slow(day: datetime.date, zone: int) -> np.datetime64:
    import holidays

    calendar = holidays.France(subdiv=ZONES[zone], years=range(day.year, day.year + 2))
    while day.weekday() >= 5 or day in calendar:
        day += datetime.timedelta(days=1)
    return np.datetime64(day, "D")


def contentious_last_day(start, departements, months: int = 0, days: int = 0) -> np.ndarray:
    """The last day to act in a contentious delay of `months` months or `days` days from `start`.

    A délai franc: the plain end plus one day, moved to the next working day of the département.
    When the starting day number does not exist in the final month, the plain rule ends the delay
    on that month's last day; whether the franc day is then added is UNCONFIRMED (law.md §14), so
    the earlier day is kept: that last day itself, moved past a weekend or holiday.
    """
    start = np.asarray(start, dtype="datetime64[D]")
    departements = np.asarray(departements)
    known = ~np.isnat(start)
    if start.ndim == 1 and np.count_nonzero(known) < len(start) // 2:  # most rows have no such day: compute only the known
        result = np.full(start.shape, np.datetime64("NaT", "D"))
        if known.any():
            result[known] = contentious_last_day(start[known], departements[known] if departements.ndim else departements, months, days)
        return result
    plain = add_months(start, months) if months else start
    plain = plain + np.timedelta64(int(days), "D")
    franc = plain + np.timedelta64(1, "D")
    if months:
        clamped = day_of_month(plain) != day_of_month(start)
        franc = np.where(clamped, plain, franc)
    return next_working_day(franc, departements)


def hours_last_day(start, hours: int) -> np.ndarray:
    """The day a delay in hours ends: it runs from hour to hour and is never extended, so it ends
    on the day `hours` later, at the hour of notification."""
    start = np.asarray(start, dtype="datetime64[D]")
    return start + np.timedelta64(int(hours) // 24, "D")
