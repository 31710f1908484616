"""Event words told by their effect or their memorial (talked_of.py): talk of an act, not a report of it."""

from __future__ import annotations

import pytest

from sitroom.extract.events.talked_of import memorial_site, only_talked_of, told_by_effect

pytestmark = pytest.mark.slow


def _tok(nlp, sentence: str, word: str):
    return next(t for t in nlp(sentence) if t.text == word)


@pytest.mark.parametrize("sentence,word,effect", [
    # the event noun's effect on politics or opinion: the sentence tells the effect
    ("Those clashes have created an unstable situation in Gaza.", "clashes", True),
    ("Mr Sharon's hard words and air strikes opened major divisions in his cross-party government.", "strikes", True),
    ("The bombings have deepened the crisis in the ruling coalition.", "bombings", True),
    ("The raid sparked outrage among opposition lawmakers.", "raid", True),
    # the act itself (its verb tells harm or damage), or a noun phrase with a place and day of its own
    ("The attack killed 12 people in Kabul on Friday.", "attack", False),
    ("The storm left thousands of homes without power.", "storm", False),
    ("An attack on a market in Maiduguri on Sunday sparked outrage.", "attack", False),
])
def test_told_by_effect(nlp, sentence, word, effect):
    assert told_by_effect(_tok(nlp, sentence, word)) is effect


@pytest.mark.parametrize("sentence,word,memorial", [
    ("George Floyd's son knelt and prayed at the spot where his father was killed.", "killed", True),
    ("Hundreds prayed at the crossroads where the soldiers were ambushed.", "ambushed", True),
    # an act with a day of its own, or a place no mourner is at
    ("Mourners prayed at the mosque where gunmen killed five worshippers on Tuesday.", "killed", False),
    ("Police found the car at the spot where the journalist was abducted.", "abducted", False),
    ("Gunmen killed five worshippers at a mosque in Kano.", "killed", False),
])
def test_memorial_site(nlp, sentence, word, memorial):
    assert memorial_site(_tok(nlp, sentence, word)) is memorial


def test_only_talked_of_is_either(nlp):
    assert only_talked_of(_tok(nlp, "Those clashes have created an unstable situation in Gaza.", "clashes"))
    assert not only_talked_of(_tok(nlp, "Troops clashed with rebels near Goma on Monday.", "clashed"))
