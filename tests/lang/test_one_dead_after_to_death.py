"""One dead told with "to death" before its object ("a mob beat to death a man"): one death, as "beat a man to
death" is; not a count of many, nor a group."""

import pytest

from sitroom.lang.en.events.counts import ONE_DEAD


@pytest.mark.parametrize("text", [
    "A mob beat to death a man accused of stealing a motorcycle in the town on Sunday.",
    "Villagers stoned to death a suspected thief near the market.",
    "Residents hacked to death a herder they accused of cattle theft.",
])
def test_one_dead_after_to_death(text):
    assert ONE_DEAD.search(text)


@pytest.mark.parametrize("text", [
    "A mob beat to death two men accused of theft.",
    "Rioters burned to death a group of travellers.",
])
def test_not_one_dead(text):
    assert not ONE_DEAD.search(text)
