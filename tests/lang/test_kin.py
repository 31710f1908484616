"""Kin nouns, one list (lang/en/kin.py) read by victim lists, two-dead counts and the conventions' civilians."""

import pytest

from sitroom.lang.en.events.conventions import NATIONAL_CIVILIANS
from sitroom.lang.en.events.counts import TWO_DEAD
from sitroom.lang.en.events.victim_list import SINGLE


@pytest.mark.parametrize("sentence", [
    "A shopkeeper and his son were killed when gunmen stormed the market.",
    "Gunmen shot dead a teacher and her mother outside their home.",
    "A herder and his nephew were gunned down near the river.",
])
def test_two_dead_with_kin(sentence):
    assert TWO_DEAD.search(sentence)


@pytest.mark.parametrize("sentence", [
    "A shopkeeper and his son fled when gunmen stormed the market.",
    "Gunmen killed a teacher, her mother said.",
])
def test_no_two_dead(sentence):
    assert not TWO_DEAD.search(sentence)


def test_kin_are_one_member_of_a_victim_list_and_civilians():
    assert SINGLE.search("his uncle").group("who") == "uncle"
    for word in ("wives", "sons", "aunt", "relatives"):
        assert NATIONAL_CIVILIANS.fullmatch(word)
    assert not NATIONAL_CIVILIANS.fullmatch("soldiers")
