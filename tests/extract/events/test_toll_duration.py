"""A number before a time unit after "toll" counts the duration of the fighting, never its dead (stop 51)."""

from __future__ import annotations

import pytest

from sitroom.extract.events.counts import count


@pytest.mark.parametrize("text", [
    "The new raid pushes the death toll of 15 months of war above 2,000.",
    "Officials said the toll of three years of unrest had reached 800.",
    "The deaths of six weeks of clashes were not counted by the ministry.",
])
def test_a_duration_after_the_toll_is_no_count_of_dead(text):
    assert count("fatalities", text) not in (15, 3, 6)


@pytest.mark.parametrize("text, n", [
    ("The death toll in the raid rose to 15.", 15),
    ("The toll of the ambush reached 7 soldiers, officials said.", 7),
    ("The death toll of 12 includes two children.", 12),
])
def test_a_toll_with_no_time_unit_is_still_read(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text", [
    "He was killed two weeks ago in the same village.",
    "The deaths of six weeks of clashes were not counted by the ministry.",
])
def test_a_time_after_the_killing_is_no_count(text):
    assert count("fatalities", text) not in (2, 6)
