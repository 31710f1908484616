"""A nationality before an attack names a state's forces only for a state's weapons: "a US-British air raid" is the
leading partner's, while "a Syrian suicide bomber" is no army (ACLED: an unclaimed bomber is an Unidentified Armed
Group of the country where he strikes)."""

import pytest

from sitroom.extract.actors.catalogue import load_catalogue
from sitroom.extract.events.actor_roles import _joint_forces
from sitroom.records import DocumentIn


@pytest.mark.parametrize("word,name", [
    ("U.S.-British", "Military Forces of the United States"),
    ("Iraqi-American", "Military Forces of Iraq"),
    ("US-Kenyan", "Military Forces of the United States"),
])
def test_a_joint_attack_is_its_first_named_states(word, name):
    assert _joint_forces(word, load_catalogue()).name == name


@pytest.mark.parametrize("word", ["Saudi-led", "Afghan-born", "air-to-ground", "British"])
def test_a_word_that_is_no_pair_of_nationalities_names_no_joint_force(word):
    assert _joint_forces(word, load_catalogue()) is None


def _events(pipeline, text, published="2023-03-06"):
    return pipeline.extract(DocumentIn(id="t", text=text, published=published)).events


@pytest.mark.slow
def test_a_suicide_bombers_nationality_names_no_army(pipeline):
    evs = [e for e in _events(pipeline, "A Syrian suicide bomber blew himself up at a market in the Turkish town of "
                                        "Kilis on Sunday, killing four people, police said.")
           if e.sub_event_type == "Suicide bomb"]
    assert evs
    assert all(e.actor1 is None or not e.actor1.name.startswith("Military Forces") for e in evs)


@pytest.mark.slow
def test_a_joint_air_raid_is_the_leading_partners(pipeline):
    evs = [e for e in _events(pipeline, "A US-British air raid near Basra on Sunday killed six civilians, the "
                                        "provincial governor said.")
           if e.sub_event_type == "Air/drone strike"]
    assert evs and evs[0].actor1.name == "Military Forces of the United States"


@pytest.mark.slow
def test_a_states_bomb_that_hit_its_own_troops_keeps_them_as_its_target(pipeline):
    evs = [e for e in _events(pipeline, "Two French soldiers were killed by a stray French bomb near Gao, Mali, on "
                                        "Monday, the ministry said.")
           if e.event_type == "Explosions/Remote violence"]
    assert evs
    assert evs[0].actor1.name == "Military Forces of France"
    assert evs[0].actor2 is not None and evs[0].actor2.name == "Military Forces of France"
