"""The stretches of time the discourse rules read, as people write them: two days joined by words after "between" or
"from", or by a hyphen or dash spaced or not ("25-28 November", "November 1-30"); a period named by a hyphenated
count of weeks or months ("over a two-week period")."""

import pytest

from sitroom.extract.events.told_from import _days
from sitroom.lang.en.events.discourse import DAY_SPAN, PERIOD_SPAN


@pytest.mark.parametrize("text, days", [
    ("between March 2 and March 20", 18),
    ("from 1 to 14 April", 13),
    ("between 12-15 October", 3),
    ("12-15 October", 3),
    ("12\u201315 October", 3),
    ("12 - 15 October", 3),
    ("October 3-21", 18),
    ("from October 3 to 21", 18),
    ("between 12th-15th October", 3),
    ("20 October\u20134 November", 14),
    ("October 20 \u2013 November 4, 2021", 14),
    ("October 16 - 17", 1),
    ("Between 2 and 19 May", 17),  # a sentence's first word
])
def test_a_stretch_between_two_days_is_read(text, days):
    m = DAY_SPAN.search(f"Troops arrested 40 men {text}, the army said.")
    assert m is not None and _days(m) == days


@pytest.mark.parametrize("text, days", [("on October 3-21", 18), ("on October 16 - 17", 1), ("between 12-15 October", 3)])
def test_a_stretch_before_a_word_in_lower_case_is_read(text, days):
    m = DAY_SPAN.search(f"Troops arrested 40 men {text} in the north, the army said.")
    assert m is not None and _days(m) == days


@pytest.mark.parametrize("text", [
    "on 3 and 5 October",  # two days, no stretch: words join days only after "between" or "from"
    "in the COVID-19 October wave",  # a name's number, not a day
    "in the 2020-21 season",
    "between 3 and 5",  # no month: no dates
    "a 3-1 win in October",
    "on October 3 \u2014 21 people",  # a spaced em dash between clauses, then a count
    "from October 3 to 21 people",  # the second number counts people
    "10-20 may have died",  # the verb "may", not the month
])
def test_what_is_no_stretch_of_days(text):
    assert DAY_SPAN.search(f"Troops arrested 40 men {text}, the army said.") is None


@pytest.mark.parametrize("text, period", [
    ("over a two-week period", True),
    ("in the past three-month period", True),
    ("during a six-month span", True),
    ("in the past two weeks", True),
    ("during a three-day strike", False),  # the length of one act
    ("after a two-week detention", False),
])
def test_a_period_named_by_a_hyphenated_count(text, period):
    assert bool(PERIOD_SPAN.search(f"Police arrested 40 workers {text}.")) is period
