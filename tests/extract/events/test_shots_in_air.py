"""Shots fired into the air are no battle (rules.shots_in_air_only): warning or celebratory fire is aimed at no one,
so a sentence whose only shooting goes into the air reports its other act (an arrest, a dispersal, a crowd)."""

from __future__ import annotations

import pytest

from sitroom.extract.events import rules
from sitroom.extract.events.patterns import find_cues

ARRESTS = "Strategic developments / Arrests"
CLASH = "Battles / Armed clash"


@pytest.mark.parametrize("sentence", [
    "The mutineers, firing shots in the air, drove into the capital and detained the defence minister.",
    "Soldiers fired their rifles into the air to disperse the crowd and detained two students.",
    "Crowds cheered the troops as they drove past, firing rounds of celebratory gunfire into the air.",
])
def test_shots_into_the_air_alone_tell_no_fight(sentence):
    assert rules.shots_in_air_only(sentence)


@pytest.mark.parametrize("sentence", [
    "Troops fired shots in the air before a gun battle with the rebels broke out near the bridge.",
    "Soldiers clashed with militants after firing warning shots into the air.",
    "Gunmen opened fire on the convoy near the market.",  # no shots into the air at all
    # fire answered: two sides shooting at each other
    "Rebels ambushed an army patrol near the river, and soldiers fired into the air before returning fire.",
    "Police returned fire and fired into the air as the gunmen fled toward the hills.",
    "Villagers fired shots into the air after a two-hour gunfight between troops and bandits ended.",
])
def test_a_fight_told_beside_them_or_no_air_shots_is_left_alone(sentence):
    assert not rules.shots_in_air_only(sentence)


def test_the_typers_next_label_is_taken_over_the_battle():
    sentence = "The mutineers, firing shots in the air, drove into the capital and detained the defence minister."
    assert rules.stated_type([CLASH, ARRESTS], find_cues(sentence), sentence, sentence) == ARRESTS
    fight = "Troops fired shots in the air before a gun battle with the rebels broke out and detained two men."
    assert rules.stated_type([CLASH, ARRESTS], find_cues(fight), fight, fight) == CLASH
