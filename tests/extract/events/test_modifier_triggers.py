"""Weapons named with a modifier: a bomb dropped from aircraft ("guided bomb", "barrel bombs") or a strike made
"with drones" is an air/drone strike, and a trigger that opens with a modifier ("guided bomb", "improvised
explosive device", "remote-controlled bomb") is carried by its noun, so the day of the verb it is the subject of
dates the event (it had been read as a statement's day: the week up to it)."""

import pytest

from sitroom.records import DocumentIn


def _events(pipeline, text, published):
    return pipeline.extract(DocumentIn(id="t", text=text, published=published)).events


@pytest.mark.slow
def test_a_guided_bomb_and_drones_are_air_strikes_dated_on_their_day(pipeline):
    text = ("KHARKIV, Nov 14 (Reuters) - A Russian guided bomb hit a residential building in Kharkiv on Friday, "
            "killing five people and wounding 21, regional governor Oleh Syniehubov said.\n\n"
            "Ukrainian forces struck an oil refinery in Russia's Saratov region with drones overnight, Ukraine's "
            "general staff said.")
    got = [(e.sub_event_type, e.location.name if e.location else None, e.date.start, e.date.precision)
           for e in _events(pipeline, text, "2026-11-14")]
    assert got[0] == ("Air/drone strike", "Kharkiv", "2026-11-13", "day")
    assert got[1][0] == "Air/drone strike"


@pytest.mark.slow
@pytest.mark.parametrize("weapon", ["An improvised explosive device", "A remote-controlled bomb"])
def test_a_bomb_named_with_a_modifier_is_dated_by_its_own_verb(pipeline, weapon):
    text = (f"QUETTA, Nov 17 (AFP) - {weapon} hit a police van in Quetta on Monday, killing two officers, "
            "police said.")
    e = _events(pipeline, text, "2026-11-17")[0]
    assert (e.sub_event_type, e.date.start, e.date.end, e.date.precision, e.fatalities) == (
        "Remote explosive/landmine/IED", "2026-11-16", "2026-11-16", "day", 2)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Nigerian troops rescued 15 kidnapped victims and killed three bandits in Katsina state on Tuesday.",
    "Soldiers freed 20 abducted travellers and killed four gunmen in Zamfara state on Tuesday, the army said.",
])
def test_victims_named_by_a_modifier_leave_the_type_to_the_verb(pipeline, text):
    # "kidnapped victims" names the victims of an abduction told elsewhere; the sentence's act is the killing
    got = [(e.event_type, e.sub_event_type, e.actor1.name if e.actor1 else None, e.date.start, e.fatalities)
           for e in _events(pipeline, text, "2026-11-14")]
    assert got and got[0][:2] == ("Battles", "Armed clash")
    assert got[0][2] == "Military Forces of Nigeria" and got[0][3] == "2026-11-10"


@pytest.mark.slow
def test_a_modified_victim_alone_still_types_the_sentence(pipeline):
    # no violent verb beside it: the typer's reading stands (a release of the abducted here)
    text = "The abducted passengers were freed in Kaduna state on Tuesday, police said."
    got = [e.sub_event_type for e in _events(pipeline, text, "2026-11-14")]
    assert "Armed clash" not in got and "Attack" not in got


@pytest.mark.slow
def test_civilians_killed_as_suspects_stay_an_attack_on_civilians(pipeline):
    # the armed group named only as what the dead were accused of is no side of a battle
    text = "Soldiers killed five civilians accused of supporting Boko Haram in Borno state on Monday."
    got = [(e.sub_event_type, e.actor2.name if e.actor2 else None) for e in _events(pipeline, text, "2026-11-14")]
    assert got == [("Attack", "Civilians (Nigeria)")]
