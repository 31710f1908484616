"""The lynching words are one list (lang/en/events/crime.py LYNCHING), read by the crowd-as-doer pattern and by the
crowd words of mob_attack (CROWD_TOLD): a crowd's own justice is a crowd told; a man named Lynch is not."""

from __future__ import annotations

import pytest

from sitroom.lang.en.events.crime import CROWD_DOER
from sitroom.lang.en.events.mob_attack import CROWD_TOLD


@pytest.mark.parametrize("text", ["Residents lynched a suspected thief.", "an angry crowd beat him",
                                  "vigilantes killed two suspected robbers", "they took the law into their own hands",
                                  "a victim of jungle justice", "mob justice claimed another life",
                                  "a vigilante group beat the man"])
def test_crowd_told(text):
    assert CROWD_TOLD.search(text)


@pytest.mark.parametrize("text", ["Gunmen killed John Lynch in Belfast.", "Men armed with machetes killed a farmer."])
def test_crowd_not_told(text):
    assert not CROWD_TOLD.search(text)


@pytest.mark.parametrize("text", ["Villagers lynched two suspected kidnappers.", "a victim of mob justice"])
def test_crowd_doer_reads_the_same_words(text):
    assert CROWD_DOER.search(text)
