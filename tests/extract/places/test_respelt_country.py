"""Respelt names: a sentence-opening preposition is no part of one, and a namesake is searched in the country its
sentence names last before it, not in a country named earlier (the actor's). Sentences of our own."""

from __future__ import annotations

import pytest


def _where(places, text):
    return [(p.name, p.country) for p in places if p.text == text]


@pytest.mark.parametrize("sentence, name", [
    ("Near Raqqa, Syria, warplanes struck three targets on Monday.", "Raqqa"),
    ("Near Raqqah, Syria, 12 strikes hit positions of the group.", "Raqqah"),
])
def test_opening_preposition_begins_no_respelt_name(places_of, sentence, name):
    # (on main "Near Raqqa" read as a skeleton of Nīāraq in Iran, and Raqqa went unread)
    assert _where(places_of(sentence), name) == [("Ar Raqqah", "SY")]


def test_namesake_in_a_country_named_earlier_in_the_sentence_loses(places_of):
    places = places_of("Iraqi troops fought militants in Iraq. Iran fired missiles at Iraqi bases near Al Asad, "
                       "officials said.")
    assert all(c != "IR" for _, c in _where(places, "Al Asad"))


@pytest.mark.parametrize("sentence", [
    "Gunmen attacked a convoy near In Salah, Algeria, on Monday.",
    "In Salah, Algeria, residents protested against shale gas drilling.",
])
def test_name_spelt_with_a_preposition_still_read(places_of, sentence):
    # must not: a town whose own name begins with the word is found by its exact spelling
    assert _where(places_of(sentence), "In Salah") == [("In Salah", "DZ")]


def test_respelt_name_in_the_sentences_own_country_still_found(places_of):
    # must not: the country named nearest before the name is searched first
    places = places_of("Iraqi troops fought militants near Al Huwayjah, Iraq, on Monday.")
    assert _where(places, "Al Huwayjah") == [("Al Ḩawījah", "IQ")]
