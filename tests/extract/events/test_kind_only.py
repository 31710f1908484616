"""Suicide attacks named only as a kind (rules.is_kind_only): a practice or a topic, no occurrence (rule 6)."""

import pytest

from sitroom.extract.events.rules import is_kind_only

SUICIDE = "Explosions/Remote violence / Suicide bomb"


@pytest.mark.parametrize("sentence", [
    "The group has carried out many suicide bombings over the years, mostly against soft targets.",
    "The minister vowed to track down suicide bombers and their handlers.",
    "Officials said the rise in suicide attacks had changed the way markets are guarded.",
])
def test_a_kind_only_is_no_occurrence(sentence):
    assert is_kind_only(SUICIDE, sentence)


@pytest.mark.parametrize("sentence", [
    "Two suicide bombings struck a market in the capital.",  # a count
    "Suicide attacks killed 14 people at a checkpoint near the border.",  # harm
    "Suicide bombings rocked the northern city on Friday.",  # an act and a day
    "A suicide bomber blew himself up at a bus stop in the town.",  # one attack
])
def test_an_occurrence_stays(sentence):
    assert not is_kind_only(SUICIDE, sentence)


def test_other_labels_are_left_alone():
    assert not is_kind_only("Battles / Armed clash", "The minister vowed to track down suicide bombers.")
