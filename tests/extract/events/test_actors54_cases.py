"""Actors of stop 54 (sentences of our own): what a planted bomb lay against is its target, not its doer."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow  # runs the pipeline


@pytest.fixture(scope="module")
def events_of():
    from sitroom.pipeline import Pipeline
    from sitroom.records import DocumentIn

    pipe = Pipeline()

    def run(text):
        doc = pipe.run_batch([DocumentIn(id="t", text=text, published="2021-05-10")])[0]
        return [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in doc.events]
    return run


@pytest.mark.parametrize("text, target", [
    ("BAGHDAD — A sticky bomb planted beneath a police car exploded in Baghdad on Monday, wounding two policemen.",
     "Police Forces of Iraq"),
    ("KABUL — A bomb planted under an army truck exploded in Kandahar on Tuesday, wounding three soldiers.",
     "Military Forces of Afghanistan"),
])
def test_what_a_planted_bomb_lay_against_is_its_target(events_of, text, target):
    events = events_of(text)
    assert events and all(a1 != target for a1, _ in events)
    assert any(a2 == target for _, a2 in events)
