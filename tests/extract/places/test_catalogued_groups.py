"""A name the actor catalogue knows as a group or a body is that group, not its namesake town ("Hamas" is no Hamm,
Germany; "Wagner" no Wagner, South Dakota), unless the text makes it a place. The texts are written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _named(places, text):
    return [p for p in places if p.text == text]


# Stories about Germany: its focus would make "Hamas" its town Hamm.
@pytest.mark.parametrize("text, name", [
    ("Germany banned Hamas's activities on Thursday, the interior ministry in Berlin said.", "Hamas"),
    ("A German court in Munich jailed a man for raising funds for Hamas. Prosecutors in Germany said Hamas used the "
     "money to buy rockets.", "Hamas"),
    ("German police arrested two men in Hamburg suspected of sending money to Hamas, prosecutors in Germany said on "
     "Thursday.", "Hamas"),
])
def test_a_catalogued_group_is_no_town(places_of, text, name):
    places = places_of(text)
    assert not _named(places, name), [(p.text, p.name, p.country) for p in places]


def test_the_story_place_stays(places_of, location):
    """Only the group's name goes: the town of the story stays a location."""
    places = places_of("German police arrested two men in Hamburg suspected of sending money to Hamas, prosecutors "
                       "in Germany said on Thursday.")
    location(places, "Hamburg")


def test_a_town_named_so_by_its_kind_word_stays(places_of):
    """"the town of Wagner": the text says it is a place."""
    places = places_of("A tornado struck the town of Wagner in South Dakota on Sunday, damaging dozens of homes.")
    assert _named(places, "Wagner")


def test_a_town_after_near_stays(places_of):
    """"near Hamm": no group is near-by; a name the catalogue lacks is untouched anyway."""
    places = places_of("A man was stabbed near Hamm railway station in Germany on Saturday, police said.")
    assert _named(places, "Hamm")


def test_a_place_only_preposition_keeps_a_namesake(places_of):
    """"outside Wagner": only a place stands there."""
    places = places_of("Two trucks collided outside Wagner, South Dakota, on Monday, the highway patrol said.")
    assert _named(places, "Wagner")
