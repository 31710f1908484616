"""Fatalities (review50 of stop 50's counts): an attacker the victims' figure already counts is not added again, and a
time after a participle is no object of the killing. Sentences written for these tests, not from the corpus."""

from __future__ import annotations

import pytest

from sitroom.extract.events.counts import count


@pytest.mark.parametrize("text, n", [
    # the victims' figure already counts the attacker: no one more
    ("A suicide bomber blew himself up at a checkpoint in Baghdad, killing 12 people including himself.", 12),
    ("Twelve people, including the bomber, were killed when a suicide bomber blew himself up at the gate.", 12),
    # ... it does not: he is one more
    ("The bomber blew himself up outside the mosque, killing nine worshippers.", 10),
    ("Police shot dead the gunman after he killed three customers.", 4),
])
def test_an_attacker_the_figure_already_counts_is_not_added(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    ("Two civilians killed a week ago in the village were buried on Sunday.", 2),
    ("Three soldiers killed a day earlier were flown home to the capital.", 3),
    ("Four policemen killed an hour before the vote were named on Monday.", 4),
    # an object after the active verb: the figure counts the killers
    ("Two gunmen killed a shopkeeper and his son in the market.", 2),
    ("Five men killed their captors and escaped.", None),
])
def test_a_time_after_a_participle_is_no_object_of_the_killing(text, n):
    assert count("fatalities", text) == n
