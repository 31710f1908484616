"""A toll told for a list of places is divided among the list's events (the guide's "Combined tolls"; combined_tolls.py)."""

from __future__ import annotations

import pytest

from sitroom.extract.events import rules
from sitroom.extract.events.combined_tolls import divide_tolls
from sitroom.records import DateValue, Event, Evidence, PlaceMention

BOMB = "Explosions/Remote violence / Suicide bomb"


def _list(sentence, names, n, label=BOMB):
    """The report at the first place with the sentence's toll, and its copies at the others (as split_by_place)."""
    ev = Event(**rules.typed_fields(label), confidence=0.8, fatalities=n,
               date=DateValue(start="2024-03-02", end="2024-03-02", precision="day"),
               evidence=Evidence(sentence=0, start=0, end=len(sentence), text=sentence))
    out = []
    for k, name in enumerate(names):
        at = sentence.index(name)
        loc = PlaceMention(text=name, start=at, end=at + len(name), name=name, level="populated place", country="IL")
        out.append(ev.model_copy(update={"location": loc, **({} if k == 0 else {"fatalities": None})}))
    return out


def _divided(listed, kept=None):
    kept = listed if kept is None else kept
    return [e.fatalities for e in divide_tolls(kept, [[e] for e in kept], [listed])]


@pytest.mark.parametrize("sentence, names, n, want", [
    ("Suicide bombers killed 25 people in Jerusalem and Haifa on Saturday.", ["Jerusalem", "Haifa"], 25, [13, 12]),
    ("Floods killed 30 people in Hunan and Hubei last week.", ["Hunan", "Hubei"], 30, [15, 15]),
    ("Militants killed 10 villagers in Gwoza, Bama and Konduga on Monday.", ["Gwoza", "Bama", "Konduga"], 10, [4, 3, 3]),
])
def test_a_toll_told_for_a_list_of_places_is_divided_evenly_first_named_first(sentence, names, n, want):
    label = "Disasters / Natural disaster" if "Floods" in sentence else BOMB
    assert _divided(_list(sentence, names, n, label)) == want


def test_the_remainder_goes_to_the_place_named_first_whatever_the_report_s_own_place():
    s = "Bombers killed 25 people in Jerusalem and Haifa."
    haifa_first = list(reversed(_list(s, ["Jerusalem", "Haifa"], 25)))  # the report placed at Haifa
    haifa_first[0], haifa_first[1] = (haifa_first[0].model_copy(update={"fatalities": 25}),
                                      haifa_first[1].model_copy(update={"fatalities": None}))
    assert _divided(haifa_first) == [12, 13]


def test_a_sentence_with_each_place_s_own_figure_is_not_divided():
    s = "Gunmen killed three people in Nakuru and two in Eldoret on Sunday."
    assert _divided(_list(s, ["Nakuru", "Eldoret"], 2)) == [2, None]


def test_a_copy_that_took_another_report_s_figure_leaves_the_list_alone():
    s = "Bombers killed 25 people in Jerusalem and Haifa."
    listed = _list(s, ["Jerusalem", "Haifa"], 25)
    kept = [listed[0], listed[1].model_copy(update={"fatalities": 7})]
    out = divide_tolls(kept, [[listed[0]], [listed[1]]], [listed])
    assert [e.fatalities for e in out] == [25, 7]


def test_one_death_is_not_divided():
    s = "A bomber killed a guard in Jerusalem and Haifa."
    assert _divided(_list(s, ["Jerusalem", "Haifa"], 1)) == [1, None]
