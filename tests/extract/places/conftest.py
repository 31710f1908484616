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
