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
    # a death told as a condition or a question
    "Police shot and wounded a student in Ibadan. \"If he had been killed, the town would have risen,\" his uncle said.",
    "Troops wounded a marcher in Kano on Monday, and his family asked whether he had been killed by a stray bullet.",
])
def test_an_earlier_death_is_no_toll(text):
    assert count("fatalities", text) is None


@pytest.mark.parametrize("text", [
    "Soldiers detained a farmer in Gulu on Sunday, after which he died in their barracks.",
    "Karim Saleh received threats for months before he was shot dead outside his office on Monday.",
    "Troops fired on marchers in Basra on Friday, killing a demonstrator, two days after activist Ali Hadi was shot dead.",
    # a time or a clause of its own after "after": the death is the act's
    "Shortly after midnight he was shot dead outside his home in Quetta.",
    "Minutes after he was released from custody he was shot dead by unknown men.",
    "Even though a ranger was killed in the ambush, the park said patrols would go on.",
])
def test_a_death_of_the_act_still_counts(text):
    assert count("fatalities", text) == 1


@pytest.mark.parametrize("text", [
    "Gunmen attacked a mosque in Sokoto on Friday, wounding five, as families demanded justice for the killing of 11 pupils.",
    "Soldiers beat villagers in Sittwe on Sunday, the monitor said; it has documented the killings of 300 civilians since 2017.",
    "Armed men shot and wounded a priest in Zaria on Sunday, weeks after the killing of two seminarians in the parish.",
    "Police fired on students in Gweru on Monday who were protesting over the deaths of three classmates in custody.",
])
def test_the_noun_of_another_killing_or_a_tally_is_no_toll(text):
    assert count("fatalities", text) is None


@pytest.mark.parametrize("text, n", [
    ("The union confirmed the killing of four organisers in the port on Friday.", 4),
    ("The deaths of two marchers on Saturday sparked outrage across the region.", 2),
    ("The rebels claimed responsibility for the killing of three rangers near the park.", 3),  # the toll claimed
])
def test_the_noun_of_this_killing_still_counts(text, n):
    assert count("fatalities", text) == n
