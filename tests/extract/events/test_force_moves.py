"""A force reaching a place, told as a sentence's act, is the guide's troop deployment (Strategic developments /
Other), whatever family the typer read from its other words ("arrived in" a visit, tanks a battle); a move with
violence of its own, planned or expected, or of no force, is not (force_moves.py)."""

from __future__ import annotations

import pytest

from sitroom.extract.events.force_moves import force_moved, moving_force
from sitroom.read.nlp import get_nlp

OTHER = "Strategic developments / Other"


def _sent(text):
    return get_nlp()(text)[:]


@pytest.mark.parametrize("sentence, typed", [
    ("The defence ministry has confirmed that Canadian troops arrived in Kandahar this morning.",
     "Diplomacy / Diplomatic contact"),
    ("A convoy of Ethiopian troops was seen moving toward the border town of Humera on Friday, residents said.",
     "Battles / Armed clash"),
    ("About 300 French paratroopers were deployed to Timbuktu overnight.", "Battles / Armed clash"),
    ("Truckloads of armed men have been seen heading toward the market town, residents said.",
     "Riots / Mob violence"),
    ("Government troop reinforcements have started arriving in the northern province of Cabo Delgado.",
     "Battles / Armed clash"),
])
def test_a_force_reaching_a_place_is_a_deployment(sentence, typed):
    assert force_moved(typed, _sent(sentence)) == OTHER


@pytest.mark.parametrize("sentence", [
    "Troops advanced on the town on Sunday and killed five militants.",
    "Tanks rolled into the village on Monday, firing shells at homes.",
    "The foreign minister arrived in Kabul on Tuesday for talks with President Karzai.",
    "Reinforcements are expected to arrive next week.",
    "Protesters marched toward parliament on Saturday.",
    "Police arrived at the scene and arrested three men.",
    "The army said it would deploy more troops to the region.",
])
def test_no_deployment_without_a_force_reaching_a_place(sentence):
    assert moving_force(_sent(sentence)) is None


def test_a_strategic_type_stays():
    sentence = "Government troops moved into the town after the rebels withdrew overnight."
    assert force_moved("Strategic developments / Non-violent transfer of territory", _sent(sentence)) == \
        "Strategic developments / Non-violent transfer of territory"


def test_troops_sent_to_a_disaster_stay_the_disaster():
    sentence = "Hundreds of soldiers arrived in the flooded town of Beledweyne on Sunday."
    assert force_moved("Disasters / Natural disaster", _sent(sentence)) == "Disasters / Natural disaster"


@pytest.mark.parametrize("sentence", [
    # violence told by a noun beside the move: the move is part of it, or comes after the news
    "Army units advanced towards the town of Tal Afar on Sunday amid clashes with Islamic State fighters.",
    "A military convoy arrived in Kidal on Monday amid heavy gunfire, residents said.",
    "Troops arrived in the village of Kiwanja on Thursday, a day after a massacre in which 30 villagers died.",
    # a crowd dispersed by the force that moved in: the protest's intervention
    "Security forces moved in on Saturday and dispersed hundreds of protesters gathered outside the parliament.",
    "Soldiers moved in and broke up the rally in Harare on Wednesday.",
    # a convoy that carries no force
    "An aid convoy of 20 trucks arrived in the besieged town of Madaya on Monday, the Red Cross said.",
    "A convoy of trucks carrying food aid arrived in Mekelle on Friday.",
])
def test_no_deployment_beside_violence_or_without_a_force(sentence):
    assert moving_force(_sent(sentence)) is None


@pytest.mark.parametrize("sentence", [
    # violence the move is meant to stop is no act beside it
    "Government troops arrived in the town on Monday to end days of clashes between rival clans.",
    # a convoy named a force by its modifier
    "An army convoy arrived in the northern town of Gao on Tuesday, residents said.",
    "Hundreds of Russian soldiers arrived in Bangui on Thursday, a government spokesman said.",
])
def test_a_deployment_beside_violence_it_should_stop_or_of_a_named_force(sentence):
    assert moving_force(_sent(sentence)) is not None


@pytest.mark.parametrize("sentence", [
    # a move word in a party's French name, no force moving
    "Thousands of supporters of the ruling Conseil National pour la Défense de la Démocratie-Forces pour la Défense "
    "de la Démocratie (CNDD-FDD) marched through Bujumbura on Saturday.",
    "Forces pour la Défense de la Démocratie officials said the vote was fair.",
    # a move told with nowhere it goes
    "The troops moved quickly, the commander said.",
])
def test_no_deployment_without_where_it_goes(sentence):
    assert moving_force(_sent(sentence)) is None


def test_a_protest_of_a_party_named_in_french_stays_the_protest():
    sentence = ("Supporters of the Forces pour la Défense de la Démocratie marched through Bujumbura on Saturday.")
    assert force_moved("Protests / Peaceful protest", _sent(sentence)) == "Protests / Peaceful protest"
