"""A passing mention of a recent attack told by its noun ("the attack on the town hall"), read by the typer as an
arrest, a change to a group or an accident whose own element the sentence does not tell, is the attack (guide
v1.4: violence against civilians when no weapon is named; a clash when its target is armed)."""

import pytest

from sitroom.extract.events.family import attack_noun_typed
from sitroom.extract.events.taxonomy import ARRESTS, ATTACK, CLASH, OTHER
from sitroom.extract.events.taxonomy import CHANGE_TO_GROUP as CHANGE
from sitroom.extract.events.taxonomy import MAN_MADE_DISASTER as ACCIDENT


@pytest.mark.parametrize("label, text, out", [
    (ACCIDENT, "Last Friday's attack on the town hall in Garissa left nine people dead.", ATTACK),
    (ARRESTS, "The government blamed a separatist faction for the bloody weekend raid on the provincial assembly.",
     ATTACK),
    (CHANGE, "Officials tied a little-known cell to the attack on the bus station in Mombasa last week.", ATTACK),
    (ARRESTS, "Officials blamed the insurgents for Sunday's assault on an army base near Mandera.", CLASH),
])
def test_an_attack_told_by_its_noun_is_the_attack(label, text, out):
    assert attack_noun_typed(label, text) == out


@pytest.mark.parametrize("label, text", [
    # the type's own element is told beside the noun: an arrest, a group's change, an accident
    (ARRESTS, "Police arrested six men suspected of planning the attack on the town hall in Garissa."),
    (CHANGE, "Two militias formed an alliance a week after the attack on the market in Beni."),
    (ACCIDENT, "A fuel tanker collision near the scene of last month's attack on the bridge killed four people."),
    # a raid not told as violent is the police's search or arrest
    (ARRESTS, "Officers seized documents in a dawn raid on the party's offices in Nairobi."),
    # another type is not read here
    (OTHER, "Troops were deployed to the district after the attack on the market."),
])
def test_the_type_stands_when_its_element_is_told_or_no_attack_is_named(label, text):
    assert attack_noun_typed(label, text) == label


@pytest.mark.parametrize("label, text", [
    # an attack told as a campaign or a kind, not one known incident (review47)
    (ARRESTS, "The party called the raid on its offices an attack on democracy."),
    (ARRESTS, "The union said the detentions were part of a sustained assault on press freedom in the country."),
    (ARRESTS, "Rights groups urged the government to end its relentless assault on human rights defenders."),
    (CHANGE, "A faction of the group split away in protest at repeated attacks on civilians in central Mali."),
    # no day: "its attack" dates nothing, the sentence's date is another act's (the ban's)
    (CHANGE, "Nigeria on Monday banned the separatist group after its attack on a police station in Owerri."),
    # no violence: a network's or a body's attack
    (CHANGE, "Police said they had identified the hackers behind the cyber attack on the parliament's website."),
    (ARRESTS, "A former rebel commander died of a heart attack in a Kinshasa jail on Sunday, his lawyer said."),
])
def test_an_attack_told_as_a_campaign_or_a_kind_is_no_incident(label, text):
    from sitroom.extract.events.family import attack_noun_typed

    assert attack_noun_typed(label, text) == label


@pytest.mark.parametrize("label, text, out", [
    # several attacks named as one dated set, and a group's name before the noun
    (ARRESTS, "France expelled a cleric who praised Friday's attacks on two synagogues in Marseille.", ATTACK),
    (CHANGE, "Officials linked a new cell to the Houthi attack on a market in Taiz last week.", ATTACK),
])
def test_a_dated_or_named_incident_is_one_attack(label, text, out):
    from sitroom.extract.events.family import attack_noun_typed

    assert attack_noun_typed(label, text) == out
