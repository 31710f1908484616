"""A weekday that is part of a name ("Bloody Sunday", a quoted "Super Tuesday") is no date; one that dates stays."""

from __future__ import annotations

import datetime as dt

import pytest

from sitroom.extract.time import find_times

PUB = dt.date(2021, 12, 10)  # a Friday
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _days(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], v.start) for a, b, v in find_times(text, PUB)]


@pytest.mark.parametrize("text", [
    "On March 7, 2021, dubbed as “Bloody Sunday”, nine individuals were killed.",
    "The Bloody Sunday killings of 1972 in Derry.",
    "Shoppers clashed with guards on Black Friday in Nairobi.",
    "Voters went to the polls on Super Tuesday.",
    "the Cyber Monday sales",
    "a crackdown remembered as “Red Monday” by the survivors",
    "what the press called \"Sunday\" ",
])
def test_a_weekday_in_a_name_is_no_date(text):
    assert not [phrase for phrase, _ in _days(text) if any(wd in phrase for wd in WEEKDAYS)]


@pytest.mark.parametrize("text, phrase, day", [
    ("Police arrested 12 protesters in Kabul Tuesday.", "Tuesday", "2021-12-07"),  # AP style: a date
    ("a spokesman said in Washington Monday", "Monday", "2021-12-06"),
    ("Gunmen killed 20 worshippers on Easter Sunday in Owo.", "Sunday", "2021-12-05"),  # a moveable feast: a day
    ("Troops fired on mourners on Good Friday.", "Friday", "2021-12-10"),
    ("“On Tuesday, they came for my son,” she said.", "On Tuesday", "2021-12-07"),  # quoted speech that dates
    ("“They came Tuesday,” she said.", "Tuesday", "2021-12-07"),
    ("Sunday’s attack killed four.", "Sunday", "2021-12-05"),
    ("On March 7, 2021, dubbed as “Bloody Sunday”, nine were killed.", "On March 7, 2021", "2021-03-07"),
])
def test_a_weekday_that_dates_stays_a_date(text, phrase, day):
    assert dict(_days(text)).get(phrase) == day
