"""Fixtures of the places tests: the gazetteer (built once per machine into the cache) and the seed parse."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def gaz():
    from sitroom.extract.places.gazetteer import get_gazetteer

    return get_gazetteer()


@pytest.fixture(scope="session")
def places_of(nlp, gaz):
    """Run the places stage alone on a text."""
    from sitroom.extract.places import extract_places

    def run(text: str):
        return extract_places(nlp(text), gaz)

    return run


def _find_location(places, text):
    found = [p for p in places if p.text == text and p.role == "location"]
    assert found, f"{text!r} not a location among {[(p.text, p.role, p.country) for p in places]}"
    return found[0]


@pytest.fixture(scope="session")
def location():
    """The first place written ``text`` that the stage read as a location (fails, listing the places, if none)."""
    return _find_location
