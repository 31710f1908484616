"""A month set off by a comma before a count ("In March, 20 people were killed") is dated by that month: the number
counts the noun after it, it is no day; a number that is the month's day or year still makes the longer date."""

from __future__ import annotations

import datetime as dt

import pytest

from sitroom.extract.time import find_times

PUB = dt.date(2024, 2, 14)


def _dates(text: str) -> list[tuple[str, str, str]]:
    return [(text[a:b], v.start, v.precision) for a, b, v in find_times(text, PUB)]


@pytest.mark.parametrize("text, phrase, start", [
    ("Last June, 16 people were killed when protests turned violent.", "Last June", "2023-06-01"),
    ("In November, 40 soldiers died in an ambush near the border.", "In November", "2023-11-01"),
    ("Since January, 300 families have fled the district.", "Since January", "2024-01-01"),
])
def test_a_month_before_a_count_dates_the_sentence(text, phrase, start):
    assert (phrase, start, "month") in _dates(text)


@pytest.mark.parametrize("text, phrase, precision", [
    ("On June 16, police arrested him.", "On June 16", "day"),
    ("In June 2023, he was arrested.", "In June 2023", "month"),
    ("since March 3rd, police have held the road", "since March 3rd", "day"),
])
def test_a_day_or_year_after_the_month_still_makes_the_longer_date(text, phrase, precision):
    got = _dates(text)
    assert [(p, pr) for p, _, pr in got] == [(phrase, precision)]
