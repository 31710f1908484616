"""Plain agency-style sentences, one act each, that a reader expects to give their event (basics40): people seized
are abducted, not a place taken; hostages released are the guide's Strategic developments / Other, with the captors
(not the police who told it) as actor1; a protest against a policy is the protest, not the policy; an inquiry
told with the act it looks into keeps the act; "beat ... to death" is a cue of mob violence."""

from __future__ import annotations

import re

import pytest

from sitroom.lang.en.events.strategic import CAPTIVES_RELEASED
from sitroom.lang.en.events.territory import PERSONS_TAKEN
from sitroom.records import DocumentIn

PUB = "2024-03-14"  # a Thursday


def _events(pipeline, text):
    return pipeline.extract(DocumentIn(id="t", published=PUB, text=text)).events


@pytest.mark.parametrize("sentence", [
    "Gunmen seized three students in Kaduna on Monday.",
    "Al-Shabaab fighters captured two teachers in Mandera on Tuesday.",
])
def test_people_seized_are_abducted(pipeline, sentence):
    evs = _events(pipeline, sentence)
    assert [e.sub_event_type for e in evs] == ["Abduction/forced disappearance"]
    assert evs[0].actor2 is not None and evs[0].actor2.name.startswith("Civilians")


def test_persons_taken_words():
    assert PERSONS_TAKEN.search("Bandits took 20 farmers from their fields")
    assert PERSONS_TAKEN.search("gunmen seized three students")
    assert not PERSONS_TAKEN.search("rebels seized the villagers' cattle")  # their goods, not them
    assert not PERSONS_TAKEN.search("rebels seized the town of Rubaya")


def test_captives_released_words():
    rx = re.compile(CAPTIVES_RELEASED, re.I)
    assert rx.search("Al-Shabaab released ten hostages")
    assert rx.search("two hostages were released on Sunday")
    assert not rx.search("troops freed the hostages")  # a rescue shares "freed"
    assert not rx.search("the group released a statement")


def test_hostages_released_by_a_group(pipeline):
    evs = _events(pipeline, "Al-Shabaab released ten hostages in Mogadishu on Sunday.")
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Strategic developments", "Other")]
    assert evs[0].actor1.name == "Al-Shabaab" and evs[0].actor2.name == "Civilians (Somalia)"
    assert evs[0].date.start == "2024-03-10"


def test_hostages_released_told_by_police(pipeline):
    """The police told it: they are the source, not the captors (an unidentified armed group)."""
    evs = _events(pipeline, "Two hostages were released on Sunday in Port-au-Prince, police said.")
    assert [e.sub_event_type for e in evs] == ["Other"]
    assert evs[0].actor1.name == "Unidentified Armed Group (Haiti)" and evs[0].actor2.name == "Civilians (Haiti)"


@pytest.mark.parametrize("sentence", [
    "Students protested against the army's recruitment policy in Bamako on Tuesday.",
    "Traders marched over the new curfew in Kano on Monday.",
    "Hundreds demonstrated against the deployment of foreign troops in Niamey on Friday.",
])
def test_a_policy_protested_against_is_the_protest(pipeline, sentence):
    evs = _events(pipeline, sentence)
    assert [e.sub_event_type for e in evs] == ["Peaceful protest"]
    assert evs[0].actor1.name.startswith("Protesters")


def test_an_inquiry_told_with_its_act_keeps_the_act(pipeline):
    evs = _events(pipeline, "Police examined the blast site in Kabul after a suicide bomber killed eight people "
                            "on Tuesday.")
    assert [e.sub_event_type for e in evs] == ["Suicide bomb"]
    assert evs[0].location.name == "Kabul"


def test_an_inquiry_alone_stays_none(pipeline):
    assert _events(pipeline, "Arson investigators were back at the scene on Thursday after the fire.") == []


def test_beaten_to_death_by_residents_is_mob_violence(pipeline):
    evs = _events(pipeline, "Residents beat two suspected thieves to death in Mombasa on Sunday.")
    assert [e.sub_event_type for e in evs] == ["Mob violence"]


def test_beaten_to_death_by_soldiers_stays_an_attack(pipeline):
    evs = _events(pipeline, "Soldiers beat a man to death in Bamako on Monday.")
    assert [e.sub_event_type for e in evs] == ["Attack"]
