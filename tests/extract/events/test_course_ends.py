"""The towns naming a race's or a journey's ends ("the Sydney to Hobart yacht race", "a flight from Paris to
Miami") are the course's, not where what befell it happened; a road's towns stay places (an act on a road is placed
at them), and so does where a flight was diverted to. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from sitroom.extract.events.arguments import pick_location
from sitroom.records import PlaceMention


def _place(text: str, name: str, level: str = "populated place") -> PlaceMention:
    i = text.index(name)
    return PlaceMention(text=name, start=i, end=i + len(name), name=name, level=level, country="XX")


def _picked(text: str, names: list[str], trigger: str) -> str:
    places = [_place(text, n, "admin1" if n == "Queensland" else "populated place") for n in names]
    got = pick_location(places, text, text.index(trigger))
    return got.name if got is not None else None


@pytest.mark.parametrize("text, names, trigger, where", [
    ("Two crew were hurt when a storm battered the Melbourne to Launceston yacht race off Queensland.",
     ["Melbourne", "Launceston", "Queensland"], "storm", "Queensland"),
    ("A passenger attacked a steward on a flight from Lagos to London that was diverted to Rome.",
     ["Lagos", "London", "Rome"], "attacked", "Rome"),
    ("Gunmen fired on runners of the Nairobi-Thika marathon near Ruiru on Sunday.",
     ["Nairobi", "Thika", "Ruiru"], "fired", "Ruiru"),
    ("A man was arrested in Dover during a London to Paris cruise.", ["Dover", "London", "Paris"], "arrested",
     "Dover"),
])
def test_a_course_end_is_not_where(text, names, trigger, where):
    assert _picked(text, names, trigger) == where


@pytest.mark.parametrize("text, names, trigger, where", [
    # a road's towns are places: the ambush is placed at them
    ("Gunmen ambushed a bus on the Kaduna-Abuja highway on Monday.", ["Kaduna", "Abuja"], "ambushed", "Kaduna"),
    # "to" with no course after it: a plain destination stays out, the other town is where
    ("Police in Mombasa arrested a man who had travelled to Nairobi.", ["Mombasa", "Nairobi"], "arrested",
     "Mombasa"),
    ("Gunmen attacked travellers on the Lagos to Ibadan expressway.", ["Lagos", "Ibadan"], "attacked", "Lagos"),
])
def test_not_a_course(text, names, trigger, where):
    assert _picked(text, names, trigger) == where


@pytest.mark.parametrize("text, name", [
    ("Troops moved from Gao to Kidal in March and clashed with rebels.", "Kidal"),
    ("Troops moved from Gao to Kidal in March and clashed with rebels.", "Gao"),
    ("Rebels seized Bunia-Komanda territory last week.", "Bunia"),
])
def test_towns_of_a_movement_are_no_course(text, name):
    from sitroom.extract.events.not_where import names_a_course

    assert not names_a_course(text, _place(text, name))
