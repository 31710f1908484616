"""The unnamed-doer nouns are one list (lang/en/actors/unnamed.py UNNAMED_DOER_NOUNS) read by the actors stage's
phrases (their plurals) and by an attack's own clause (their lemmas): the phrases still match what the old copy
matched, and the lemmas hold the old set."""

from __future__ import annotations

import pytest

from sitroom.lang.en.actors.unnamed import UNNAMED_DOERS
from sitroom.lang.en.events.arguments import UNNAMED_DOER_LEMMAS


@pytest.mark.parametrize("phrase", [
    "unknown men", "unidentified assailants", "masked gunmen", "hooded attackers", "unknown armed individuals",
    "two men riding a motorcycle", "kidnappers on motorbikes", "assassins aboard a scooter",
    "men armed with machetes", "killers armed with guns and knives", "abductors in plain clothes",
    "plain-clothes men", "unidentified persons",
])
def test_phrases_read_the_one_list(phrase):
    assert UNNAMED_DOERS.search(phrase)


@pytest.mark.parametrize("phrase", ["unknown people", "masked youths", "unidentified soldiers",
                                    "men dressed in uniform",
                                    # a doer named by the act: "a bombing by unidentified perpetrators"
                                    "unidentified perpetrators", "unknown shooters"])
def test_crowds_and_forces_are_not_unnamed_doers(phrase):
    assert not UNNAMED_DOERS.search(phrase)


def test_lemmas_keep_the_old_set():
    old = {"man", "gunman", "gunmen", "assailant", "attacker", "individual", "person", "assassin", "killer",
           "abductor", "kidnapper", "shooter", "bomber", "perpetrator"}
    assert UNNAMED_DOER_LEMMAS == old
