"""Where a unit, a group or a person is based is not where the event happened, whether the text says it before
the noun ("their Ohio-based church") or after it ("a special forces unit based at Fort Campbell, Kentucky", "a
rights group based in London"): so a second report of the event is not placed at the base, nor stands as a second
event there. A place the act happened at stays, even near the word "based"."""

from __future__ import annotations

import pytest

from sitroom.extract.events.not_where import is_origin
from sitroom.records import PlaceMention


def _place(text: str, name: str) -> PlaceMention:
    start = text.index(name)
    return PlaceMention(text=name, start=start, end=start + len(name), name=name, level="populated place",
                        country="XX")


@pytest.mark.parametrize("text, name", [
    ("The two soldiers killed by the stray bomb belonged to an engineer company based at Fort Bragg, North Carolina.",
     "North Carolina"),
    ("A watchdog based in London said the journalist was detained at the airport.", "London"),
    ("The kidnapped nurse works for a charity headquartered in Geneva, her colleagues said.", "Geneva"),
    ("Militants attacked a convoy of a logistics unit based out of Camp Taji on Monday.", "Camp Taji"),
    ("Three soldiers of a unit based at Fort Campbell, Kentucky, were killed by a stray bomb in Afghanistan.",
     "Kentucky"),
    ("Two aid workers of a charity based in Geneva were kidnapped in Mali on Monday.", "Geneva"),
    ("Militants of a group headquartered in Idlib shelled government posts in Syria.", "Idlib"),
])
def test_a_base_is_not_where(text, name):
    assert is_origin(text, _place(text, name))


@pytest.mark.parametrize("text, name", [
    ("Gunmen stormed a police post in Kano and based their fighters there, police said.", "Kano"),
    ("Police detained 40 protesters in Minsk on Sunday, based on reports from rights groups.", "Minsk"),
    ("The decision was based in part on the shelling of Sloviansk on Friday.", "Sloviansk"),
    ("Gunmen based their attack on surprise and stormed a base in Kidal on Monday.", "Kidal"),
    ("Police arrested two men in Geneva who were based there for years.", "Geneva"),
])
def test_a_place_near_the_word_based_stays(text, name):
    assert not is_origin(text, _place(text, name))
