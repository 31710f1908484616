"""Fatalities of a part counted of a group (review52): "two of the five soldiers ... were killed" is 2 dead, the
figure after "of" being the group's size."""

import pytest

from sitroom.extract.events.counts import count


@pytest.mark.parametrize("text,n", [
    ("Two of the five soldiers at the post were killed.", 2),
    ("One of the two soldiers at the checkpoint was killed.", 1),
    ("One of the three men in the car died in hospital.", 1),
    ("Gunmen killed three of the five passengers.", 3),
    # must not change: no part counted
    ("Five soldiers at the post were killed.", 5),
    ("The attack killed 12 villagers and wounded 40 of their neighbours.", 12),
])
def test_the_part_counted_of_a_group_is_the_dead(text, n):
    assert count("fatalities", text) == n
