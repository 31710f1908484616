"""A death told in a clause of time before the sentence's act ("a year after his colleague X was killed") is an
earlier event's, no toll of this one; a death that follows it ("after which he died") or that the clause leads to
("days before he was killed") is. Sentences of our own."""

from __future__ import annotations

import pytest

from sitroom.extract.events.counts import count


@pytest.mark.parametrize("text", [
    "Gunmen shot and wounded a reporter in Multan on Monday, a year after his colleague Tariq Aziz was killed there.",
    "Armed men beat a union organiser in Medellin on Friday, the first attack since a teacher was shot dead in May.",
    "Police fired rubber bullets at students in Accra on Tuesday, weeks after she was killed at a checkpoint.",
])
def test_an_earlier_death_is_no_toll(text):
    assert count("fatalities", text) is None


@pytest.mark.parametrize("text", [
    "Soldiers detained a farmer in Gulu on Sunday, after which he died in their barracks.",
    "Karim Saleh received threats for months before he was shot dead outside his office on Monday.",
    "Troops fired on marchers in Basra on Friday, killing a demonstrator, two days after activist Ali Hadi was shot dead.",
])
def test_a_death_of_the_act_still_counts(text):
    assert count("fatalities", text) == 1
