"""fatal53b: "the" + one person opening a reported clause is one dead (own sentences, not from the corpus)."""

import pytest

from sitroom.extract.events.counts import count


@pytest.mark.parametrize("text", [
    "Police said the victim died in hospital.",
    "Relatives told reporters that the boy was shot dead on Friday.",
    "The army confirmed the soldier was killed by a sniper.",
])
def test_reported_one_dead(text):
    assert count("fatalities", text) == 1


@pytest.mark.parametrize("text", [
    "Police said the victim was wounded in the leg.",
    "Police said the boy was beaten to death three years ago.",
    "Officials said the driver would have been killed had he stopped.",
])
def test_reported_not_dead(text):
    assert count("fatalities", text) is None
