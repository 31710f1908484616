"""An event dated only by a month or a year is background when the middle of that period lies beyond the
guide's ~60 days (where_when.is_stale): its one day is as likely anywhere in it."""

import datetime as dt

from sitroom.extract.events.where_when import is_stale
from sitroom.records import DateValue

PUB = dt.date(2023, 3, 3)


def test_a_month_whose_middle_is_past_the_window_is_background():
    # "In December" in a report of March 3: some 77 days back on average
    assert is_stale(DateValue(start="2022-12-01", end="2022-12-31", precision="month"), PUB)


def test_last_year_is_background_even_when_it_ended_within_the_window():
    assert is_stale(DateValue(start="2022-01-01", end="2022-12-31", precision="year"), dt.date(2023, 2, 10))


def test_a_recent_month_is_news():
    # "In January" in a report of March 3: its middle is some 46 days back
    assert not is_stale(DateValue(start="2023-01-01", end="2023-01-31", precision="month"), PUB)


def test_a_day_within_the_window_is_news_and_one_beyond_it_is_not():
    assert not is_stale(DateValue(start="2023-01-05", end="2023-01-05", precision="day"), PUB)
    assert is_stale(DateValue(start="2022-12-05", end="2022-12-05", precision="day"), PUB)


def test_a_range_told_as_lasting_up_to_now_is_not_judged_by_its_middle():
    # "has spent the last two years in prison": a duration reaching the report, not a period the act lies in
    assert not is_stale(DateValue(start="2021-03-03", end="2023-03-03", precision="range"), PUB)


def test_no_date_or_no_publication_date_decides_nothing():
    assert not is_stale(None, PUB)
    assert not is_stale(DateValue(start="2020-01-01", end="2020-12-31", precision="year"), None)


def test_the_year_or_month_of_the_report_is_judged_by_its_newest_day_only():
    # "in 2022" in a report of 10 December 2022: its middle is some 160 days back, but the period reaches the
    # report and may hold a fresh day (review42)
    assert not is_stale(DateValue(start="2022-01-01", end="2022-12-31", precision="year"), dt.date(2022, 12, 10))
    assert not is_stale(DateValue(start="2023-03-01", end="2023-03-31", precision="month"), dt.date(2023, 3, 30))
