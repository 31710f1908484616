"""The people of a body arrested are civilians, not the body."""

from __future__ import annotations

from sitroom.extract.events.conventions import conventional_actors
from sitroom.extract.events.staff import names_staff
from sitroom.records import ActorRef, PlaceMention

ARRESTS = "Strategic developments / Arrests"
UN = ActorRef(name="United Nations", text="United Nations", actor_type="external/other forces", inter=8)
LOC = PlaceMention(text="Addis Ababa", start=0, end=11, name="Addis Ababa", level="populated place", country="ET")


def test_un_staff_detained_are_civilians():
    text = "Nine United Nations (UN) staff and their dependents have been detained in Addis Ababa."
    assert names_staff(text, UN)
    a1, a2 = conventional_actors(ARRESTS, None, UN, LOC, text)
    assert a1.name == "Police Forces of Ethiopia" and a2.name == "Civilians (Ethiopia)"


def test_a_body_named_as_itself_stays():
    assert not names_staff("Police detained United Nations peacekeepers at the border.", UN)
    gov = ActorRef(name="Government of Ethiopia", text="government", actor_type="government")
    assert not names_staff("Police detained government employees.", gov)  # officials arrested are their government's


def test_an_armed_groups_people_arrested_stay_the_group():
    hamas = ActorRef(name="Hamas", text="Hamas", inter=2)
    assert not names_staff("Israeli forces arrested 15 Hamas students in Hebron on Monday.", hamas)
