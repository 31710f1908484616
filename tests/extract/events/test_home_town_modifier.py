"""A town's name that qualifies a private person's noun says where they come from, as a demonym does ("an Adelaide
man", "two Sydney women"), and so does a town before "-born" or "-raised" ("the Kabul-born engineer"): no scene of
the event, neither in its own sentence nor lent by the sentence before. A town's bodies and buildings ("Adelaide
police", "a Kabul hospital"), those who live there ("Kabul residents") and a town after its preposition stay places."""

from __future__ import annotations

import pytest

from sitroom.extract.events.not_where import is_origin, names_whose
from sitroom.records import DocumentIn, PlaceMention

pytestmark = pytest.mark.slow


def _town(text: str, name: str) -> PlaceMention:
    i = text.index(name)
    return PlaceMention(text=name, start=i, end=i + len(name), name=name, level="populated place", country="XX")


@pytest.mark.parametrize("text, name", [
    ("Border guards in Thailand detained an Adelaide man carrying forged papers.", "Adelaide"),
    ("A Sydney woman was arrested at the airport in Bali on Monday.", "Sydney"),
    ("Two Kabul men were kidnapped on the highway near Herat.", "Kabul"),
    ("Militants freed the 34-year-old Dayton father after a week.", "Dayton"),
])
def test_a_town_that_says_whose_home(nlp, text, name):
    assert names_whose(nlp(text), _town(text, name))


@pytest.mark.parametrize("text, name", [
    ("Adelaide police arrested a man on Friday.", "Adelaide"),
    ("A Kabul hospital was struck by a rocket overnight.", "Kabul"),
    ("Gunmen killed three Kabul residents on Sunday.", "Kabul"),
    ("In Kabul women marched against the decree.", "Kabul"),  # after its preposition
    ("Kabul women marched against the decree.", "Kabul"),  # a sentence opening on the name
    ("Soldiers shelled a Mosul market, killing nine.", "Mosul"),
])
def test_a_town_that_is_a_place(nlp, text, name):
    assert not names_whose(nlp(text), _town(text, name))


@pytest.mark.parametrize("text, name", [
    ("The Kabul-born engineer was abducted in Kandahar on Friday.", "Kabul"),
    ("Police in Lagos detained a London-born activist on Monday.", "London"),
    ("A Beirut-raised journalist was shot dead in Gaza.", "Beirut"),
])
def test_a_birthplace_is_an_origin(text, name):
    assert is_origin(text, _town(text, name))


@pytest.mark.parametrize("text, name", [
    ("Twins were born in Kabul on the day the city fell.", "Kabul"),
    ("A baby born in Gaza was killed in the strike.", "Gaza"),
])
def test_born_in_a_place_is_no_origin(text, name):
    assert not is_origin(text, _town(text, name))


def test_a_home_town_is_not_lent_to_the_next_sentence(pipeline):
    text = ("The government is negotiating about the fate of an Adelaide man suspected of fighting with militants. "
            "He was captured by Northern Alliance forces three days ago.")
    evs = pipeline.extract(DocumentIn(id="t", text=text, published="2001-12-12")).events
    assert all(e.location is None or e.location.name != "Adelaide" for e in evs)
