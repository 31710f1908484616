"""Named, not told (review50 of stop 50's retold rules): a recent act after "since" with its own day, an act told by
a relative clause after it, a weapon bought and then used stay; "developing missiles" is a weapon named as a thing.
Sentences written for these tests, not from the corpus."""

from __future__ import annotations

import pytest

from sitroom.extract.events.retold import named_not_told

SHELLING = "Explosions/Remote violence / Shelling/artillery/missile attack"
SUICIDE = "Explosions/Remote violence / Suicide bomb"
ATTACK = "Violence against civilians / Attack"


def _at(sentence: str, word: str) -> int:
    return sentence.index(word)


@pytest.mark.parametrize("label, sentence, word", [
    # a recent act after "since" with its own day: the guide codes a passing mention of a recent attack
    (SUICIDE, "Kabul has been on alert since Monday's suicide bombing at the interior ministry.", "suicide"),
    (SUICIDE, "Kabul has been on alert since the suicide bombing at the interior ministry on Monday.", "suicide"),
    # a relative clause after the act's noun tells it
    (SUICIDE, "Checkpoints have multiplied since the suicide bombing at the ministry that killed 14 people.", "suicide"),
    (ATTACK, "Since the raid on the village which killed five farmers, families have fled to the town.", "raid"),
    # a weapon bought, then used
    (SHELLING, "Rebels bought rockets from smugglers and fired them at a UN base near Goma.", "rockets"),
])
def test_since_and_weapon_things_leave_told_acts(label, sentence, word):
    assert not named_not_told(label, sentence, _at(sentence, word))


@pytest.mark.parametrize("label, sentence, word", [
    (SUICIDE, "Tourism has not recovered since the nightclub bombings, hotel owners said.", "bombings"),
    (ATTACK, "Bus fares have doubled since the massacre at the border post, traders said.", "massacre"),
    (SHELLING, "Iran is developing long-range missiles, the defence minister told parliament.", "missiles"),
    (SHELLING, "The militia is acquiring rockets from across the border, officials said.", "rockets"),
])
def test_since_named_and_weapon_things_still_dropped(label, sentence, word):
    assert named_not_told(label, sentence, _at(sentence, word))
