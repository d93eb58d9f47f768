import calendar
import datetime

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from sejour.dates import add_days, add_months, add_months_to


def test_month_ends_and_leap_years():
    assert add_months_to(datetime.date(2023, 1, 31), 1) == datetime.date(2023, 2, 28)
    assert add_months_to(datetime.date(2024, 1, 31), 1) == datetime.date(2024, 2, 29)
    assert add_months_to(datetime.date(2014, 6, 30), -4) == datetime.date(2014, 2, 28)
    assert add_months_to(datetime.date(2015, 9, 30), -6) == datetime.date(2015, 3, 30)
    assert add_months_to(datetime.date(2016, 3, 31), 2) == datetime.date(2016, 5, 31)
    assert add_months_to(datetime.date(2013, 7, 24), 12) == datetime.date(2014, 7, 24)
    assert add_months_to(datetime.date(2020, 2, 29), 12) == datetime.date(2021, 2, 28)


def test_unknown_dates_stay_unknown():
    result = add_months(np.array(["2015-01-31", "NaT"], dtype="datetime64[D]"), 1)
    assert result[0] == np.datetime64("2015-02-28") and np.isnat(result[1])
    assert add_days(np.array(["2015-07-01"], dtype="datetime64[D]"), 15)[0] == np.datetime64("2015-07-16")


# the fast path (calendar tables) against the calendar arithmetic of Python's own dates
@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.none(), st.dates(min_value=datetime.date(1, 1, 1), max_value=datetime.date(9000, 12, 31))), min_size=1, max_size=40),
       st.integers(-1200, 1200))
def test_add_months_matches_python_dates(days, months):
    result = add_months(np.array([d if d is not None else "NaT" for d in days], dtype="datetime64[D]"), months)
    for day, got in zip(days, result):
        if day is None:
            assert np.isnat(got)
            continue
        index = day.year * 12 + day.month - 1 + months
        year, month = divmod(index, 12)
        if not 1 <= year <= 9999:
            continue
        last = calendar.monthrange(year, month + 1)[1]
        assert got == np.datetime64(datetime.date(year, month + 1, min(day.day, last)))


def test_add_months_per_row_and_broadcast():
    days = np.array(["2023-01-31", "2024-01-31", "NaT", "1700-03-31"], dtype="datetime64[D]")
    assert [str(d) for d in add_months(days, np.array([1, 1, 1, -1]))] == ["2023-02-28", "2024-02-29", "NaT", "1700-02-28"]
    assert str(add_months(np.datetime64("2023-01-31"), np.array([1, 13]))[1]) == "2024-02-29"
