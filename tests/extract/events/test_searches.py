"""searches.py: a search or raid of civilians' homes or offices, or of civilians (the guide's police search with
no arrest, Strategic developments / Other) is the police's unless a force is named, its target the civilians."""

from __future__ import annotations

import pytest

from sitroom.extract.events.searches import searched_civilians
from sitroom.records import ActorRef, Event, Evidence, PlaceMention

_ARMY = ActorRef(name="Military Forces of Kenya", actor_type="state forces", inter=1, country="KE")


def _event(text: str, actor1=None, actor2=None, sub: str = "Other") -> Event:
    return Event(event_type="Strategic developments", sub_event_type=sub, confidence=0.9, actor1=actor1,
                 actor2=actor2, location=PlaceMention(text="Nakuru", start=0, end=6, name="Nakuru", country="KE"),
                 evidence=Evidence(sentence=0, start=0, end=len(text), text=text))


@pytest.mark.parametrize("text, actor1, want1", [
    ("On Tuesday officers searched the homes of three journalists in Nakuru.", None, "Police Forces of Kenya"),
    ("Four more searches of activist targets were carried out in Nakuru on Friday.", None, "Police Forces of Kenya"),
    ("Soldiers raided the offices of a rights group in Nakuru on Monday.", _ARMY, "Military Forces of Kenya"),
])
def test_a_search_of_civilians_has_its_conventional_sides(text, actor1, want1):
    (e,) = searched_civilians([_event(text, actor1=actor1)])
    assert e.actor1.name == want1
    assert e.actor2.name == "Civilians (Kenya)"


@pytest.mark.parametrize("text, sub", [
    # a hunt for armed men is no search of civilians
    ("Troops were searching for the gunmen in the forest near Nakuru on Sunday.", "Other"),
    # a hunt for civilians is no search of them either: they are sought, not searched
    ("Soldiers searched for the kidnapped students in the forest near Nakuru on Sunday.", "Other"),
    ("The search for the missing villagers near Nakuru resumed on Monday.", "Other"),
    # a deployment tells no search; and a search told as another type keeps its sides
    ("Police deployed 500 officers across Nakuru ahead of the vote.", "Other"),
    ("Police searched the homes of three journalists in Nakuru and arrested two.", "Arrests"),
])
def test_no_search_of_civilians_is_left_alone(text, sub):
    (e,) = searched_civilians([_event(text, sub=sub)])
    assert e.actor1 is None and e.actor2 is None


def test_named_sides_are_kept():
    named = ActorRef(name="Civilians (Uganda)", actor_type="civilians", inter=7, country="UG")
    (e,) = searched_civilians([_event("Police searched the homes of two lawyers in Nakuru.", actor1=_ARMY,
                                      actor2=named)])
    assert (e.actor1.name, e.actor2.name) == ("Military Forces of Kenya", "Civilians (Uganda)")
