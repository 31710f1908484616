"""Sentences that tell no event the article reports (rule 6 and the guide's Disasters): an opinion held now, what
people report having suffered, bare kinds given as examples, a hunting accident. Sentences of our own."""

import pytest

from sitroom.extract.events.discourse import is_listed_kind
from sitroom.extract.events.disasters import MAN_MADE_DISASTER, disaster_told
from sitroom.extract.events.frames import told_as_suffered
from sitroom.extract.events.irrealis import irrealis


def _tok(nlp, sentence, word):
    return next(t for t in nlp(sentence) if t.text == word)


@pytest.mark.slow
@pytest.mark.parametrize("sentence, word, expected", [
    # an opinion held now by someone named: what they hold true, no act reported
    ("His mother believes he was murdered.", "murdered", "hypothetical"),
    ("We think they were tortured in the barracks.", "tortured", "hypothetical"),
    # with a day or a count of its own the clause tells an incident; the passive relays a report; the past tells
    # what someone believed then
    ("Police believe gunmen killed five people on Monday.", "killed", None),
    ("The journalist is believed to have been abducted.", "abducted", None),
    ("Soldiers shot the driver at the checkpoint.", "shot", None),
])
def test_an_opinion_held_now_is_no_report(nlp, sentence, word, expected):
    assert irrealis(_tok(nlp, sentence, word)) == expected


@pytest.mark.slow
@pytest.mark.parametrize("sentence, word, told", [
    ("At least 30 detainees have reported being beaten by guards.", "beaten", True),
    ("Others reported being beaten and verbally abused during interrogations.", "abused", True),
    ("Several students complained of being tortured in custody.", "tortured", True),
    # with its own day it may be the article's news; and a reported clause is a report
    ("He complained of being beaten by police on Monday.", "beaten", False),
    ("Police reported that three people were killed in the raid.", "killed", False),
])
def test_what_people_report_having_suffered_is_their_account(nlp, sentence, word, told):
    assert told_as_suffered(_tok(nlp, sentence, word)) is told


@pytest.mark.slow
@pytest.mark.parametrize("sentence, word, kind", [
    ("The envoy's mission was marred by constant violence, including suicide bombings and air raids.", "bombings",
     True),
    # counted or single acts in the list are occurrences
    ("Gunmen killed five people, including two soldiers, in raids on Monday.", "raids", False),
    ("The violence, including two suicide bombings and an air raid, killed 20 people.", "bombings", False),
])
def test_bare_plurals_given_as_examples_are_kinds(nlp, sentence, word, kind):
    assert is_listed_kind(_tok(nlp, sentence, word)) is kind


def test_a_hunting_or_gun_accident_is_no_disaster():
    assert disaster_told(MAN_MADE_DISASTER, "One man is dead following a hunting related accident in the county.") \
        is None
    assert disaster_told(MAN_MADE_DISASTER, "A boy died after an accidental gunshot wound at his home.") is None
    assert disaster_told(MAN_MADE_DISASTER, "Three workers died in an accident at the chemical plant.") \
        == MAN_MADE_DISASTER
