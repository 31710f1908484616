"""Second reading of stop 50's afternoon: rules that misfired on plain sentences of our own.

- Rule 7's fire offences: weapons' fire ("rocket fire", "sniper fire") is the armed side's act, no fire lit.
- A home town's name: only when the person's noun heads the phrase ("the Kano youth leader" leads the town's youth).
- A practice's progressive: "for questioning" is the taking's own purpose, not the conduct of those taken."""

from __future__ import annotations

import pytest

from sitroom.extract.events.crime import is_ordinary_crime_arrest
from sitroom.extract.events.not_where import names_whose
from sitroom.extract.events.practice import told_as_practice
from sitroom.records import PlaceMention

ARRESTS = "Strategic developments / Arrests"
LEAD = "The report was released on Monday. "


@pytest.mark.parametrize("sentence", [
    "Security forces arrested three men suspected of rocket fire on the airport.",
    "Police detained two men in connection with the mortar fire on the market.",
    "Police arrested a man over the sniper fire that killed a protester.",
])
def test_weapons_fire_is_no_fire_lit(sentence):
    assert not is_ordinary_crime_arrest(ARRESTS, sentence)


@pytest.mark.parametrize("sentence", [
    "Police arrested a farmer in connection with the grass fires near the highway.",
    "A man was detained over the house fire that gutted a shop in the town.",
])
def test_fires_lit_stay_ordinary_crime(sentence):
    assert is_ordinary_crime_arrest(ARRESTS, sentence)


def _town(text: str, name: str) -> PlaceMention:
    i = text.index(name)
    return PlaceMention(text=name, start=i, end=i + len(name), name=name, level="populated place", country="XX")


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    ("Gunmen abducted the Kano youth leader on Friday.", "Kano"),
    ("Police raided a Sydney family home on Tuesday.", "Sydney"),
])
def test_a_person_noun_that_only_qualifies_is_no_home(nlp, text, name):
    assert not names_whose(nlp(text), _town(text, name))


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    ("Border guards detained an Adelaide man carrying forged papers.", "Adelaide"),
    ("Militants freed two Sydney women after a week.", "Sydney"),
])
def test_a_person_noun_heading_the_phrase_is_a_home(nlp, text, name):
    assert names_whose(nlp(text), _town(text, name))


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.slow
@pytest.mark.parametrize("sentence, word", [
    ("Police are detaining men for questioning in the village.", "detaining"),
    ("Soldiers are arresting youths for questioning near the market.", "arresting"),
])
def test_taken_for_questioning_is_no_practice(nlp, sentence, word):
    assert not told_as_practice(_tok(nlp(LEAD + sentence), word))


@pytest.mark.slow
@pytest.mark.parametrize("sentence, word", [
    ("Police are arresting people for posting pictures on Facebook.", "arresting"),
    ("Guards are detaining women for not wearing veils.", "detaining"),
])
def test_taken_for_conduct_stays_a_practice(nlp, sentence, word):
    assert told_as_practice(_tok(nlp(LEAD + sentence), word))
