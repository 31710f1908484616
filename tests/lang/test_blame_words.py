"""lang/en/events/blame: words that put this attack on a group, and blames that do not stand."""

import pytest

from sitroom.lang.en.events.blame import BLAME_WITHDRAWN, BLAMED_FOR_ACT


@pytest.mark.parametrize("text", [
    "Police blamed al-Shabaab for the attack.",
    "Officials blamed the Islamic State group.",
    "The army blamed Saturday's ambush on ISWAP fighters.",
    "The blast was blamed on the PKK.",
    "The governor held Boko Haram responsible for it.",
    "Police blamed the Allied Democratic Forces, who have killed hundreds of villagers in the area.",
])
def test_a_blame_of_this_act(text):
    assert BLAMED_FOR_ACT.search(text) and not BLAME_WITHDRAWN.search(text)


@pytest.mark.parametrize("text", [
    "Al-Shabaab has been blamed for many attacks in the region.",
    "Police blamed al-Shabaab, which denied involvement.",
    "Officials did not blame any group for the blast.",
    "The Haqqani network has been blamed in the past for attacks in Kabul.",
])
def test_no_blame_of_this_act(text):
    assert not BLAMED_FOR_ACT.search(text) or BLAME_WITHDRAWN.search(text)
