"""conventions.conventional_actors: the unnamed side of an armed clash told as an exchange of fire with the state's
forces is an armed group (both sides shot), ACLED's Unidentified Armed Group (Country)."""

import pytest

from sitroom.extract.events.conventions import conventional_actors
from sitroom.records import ActorRef, PlaceMention

CLASH = "Battles / Armed clash"
_ARMY = ActorRef(name="Military Forces of Mali", actor_type="state forces", inter=1, country="ML")
_AT = PlaceMention(text="Gao", start=0, end=3, name="Gao", level="populated place", country="ML")


@pytest.mark.parametrize("text", [
    "A young man was killed in a firefight with Malian soldiers near Gao on Sunday.",
    "Two people died when troops and unknown men exchanged fire outside Gao.",
    "A shoot-out with the army left three dead in Gao overnight.",
])
def test_the_unnamed_side_of_an_exchange_of_fire_is_an_armed_group(text):
    a1, a2 = conventional_actors(CLASH, _ARMY, None, _AT, text)
    assert a1.name == "Military Forces of Mali"
    assert a2 is not None and a2.name == "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize("text", [
    # no exchange of fire and no armed words: the other side stays unnamed
    "Soldiers were deployed to Gao after the killing of a trader on Sunday.",
    "Two soldiers were wounded by a landmine near Gao on Sunday.",
])
def test_no_exchange_of_fire_names_no_other_side(text):
    _, a2 = conventional_actors(CLASH, _ARMY, None, _AT, text)
    assert a2 is None
