"""French deadline arithmetic, vectorised.

A delay of N months from day D ends on the same day number N months later; when that month
is shorter, on its last day (2023-01-31 + 1 month = 2023-02-28). A delay of N days ends on
D + N. Negative N counts backwards with the same rule. NaT (unknown) stays NaT.
"""

from __future__ import annotations

import datetime

import numpy as np

NAT = np.datetime64("NaT", "D")


def add_months(dates, months):
    dates = np.asarray(dates, dtype="datetime64[D]")
    months = np.asarray(months, dtype=np.int64)
    unknown = np.isnat(dates)
    safe = np.where(unknown, np.datetime64("2000-01-01", "D"), dates)
    month_start = safe.astype("datetime64[M]")
    day_index = (safe - month_start.astype("datetime64[D]")).astype(np.int64)
    target = month_start + months
    month_length = ((target + 1).astype("datetime64[D]") - target.astype("datetime64[D]")).astype(np.int64)
    result = target.astype("datetime64[D]") + np.minimum(day_index, month_length - 1)
    return np.where(unknown, NAT, result)


def add_days(dates, days):
    dates = np.asarray(dates, dtype="datetime64[D]")
    return dates + np.asarray(days, dtype=np.int64).astype("timedelta64[D]")


def add_months_to(day: datetime.date, months: int) -> datetime.date:
    """Scalar form of :func:`add_months`."""
    return add_months(np.array([day], dtype="datetime64[D]"), months)[0].astype(datetime.date)


def to_date(value) -> datetime.date | None:
    """A datetime64 scalar as a date, or None for NaT."""
    if np.isnat(value):
        return None
    return np.datetime64(value, "D").astype(datetime.date)
