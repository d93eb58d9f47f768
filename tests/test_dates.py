import datetime

import numpy as np

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
