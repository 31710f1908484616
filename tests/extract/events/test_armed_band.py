"""A band that comes armed is no spontaneous mob (the guide's Mob violence), and armed men against unarmed media
workers are no battle: violence against civilians (events/mob_attack.armed_band_attack, rules.CIVILIAN_WORDS)."""

from __future__ import annotations

import pytest

from sitroom.extract.events.mob_attack import armed_band_attack
from sitroom.lang.en.events.rules import CIVILIAN_VICTIMS
from sitroom.records import ActorRef, DocumentIn


@pytest.mark.slow
def test_an_armed_band_killing_a_civilian_is_an_attack_not_mob_violence(pipeline):
    text = "A land rights activist was hacked to death by a group of men armed with machetes in Kilifi on Friday night."
    evs = pipeline.extract(DocumentIn(id="t", published="2023-01-16", text=text)).events
    assert [(e.sub_event_type, e.actor1.name, e.actor2.name) for e in evs] == [
        ("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")]


@pytest.mark.slow
def test_armed_men_assaulting_presenters_is_no_battle(pipeline):
    text = "Armed men stormed a radio station in Bamenda on Monday, setting it on fire and assaulting two presenters."
    evs = pipeline.extract(DocumentIn(id="t", published="2023-08-30", text=text)).events
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Violence against civilians", "Attack")]


def _uag(text: str) -> ActorRef:
    return ActorRef(name="Unidentified Armed Group (Kenya)", text=text, actor_type="political militia", inter=3,
                    country="KE")


def test_a_mob_told_keeps_mob_violence():
    for sentence in ("An angry mob lynched a suspected thief armed with a knife in Kisumu.",
                     "Villagers took the law into their own hands and beat the gunmen to death."):
        label, _a1, _a2 = armed_band_attack("Riots / Mob violence", sentence, None, _uag("gunmen"))
        assert label == "Riots / Mob violence", sentence


def test_no_unnamed_band_keeps_mob_violence():
    label, a1, a2 = armed_band_attack("Riots / Mob violence", "A crowd beat a man to death in Kano.", None, None)
    assert (label, a1, a2) == ("Riots / Mob violence", None, None)


def test_an_armed_band_told_as_the_doer_is_actor1_of_an_attack():
    band = _uag("men armed with machetes")
    assert armed_band_attack("Riots / Mob violence", "A farmer was hacked to death by men armed with machetes.",
                             None, band) == ("Violence against civilians / Attack", band, None)


@pytest.mark.parametrize("word", ["presenters", "a photographer", "the editor", "cameramen", "human rights defenders",
                                  "a pastor", "bloggers"])
def test_media_workers_rights_defenders_and_clergy_are_civilians(word):
    assert CIVILIAN_VICTIMS.search(f"assaulting {word}")
