"""Actors of stop 46 (sentences of our own): casualties "killed in a clash with X" fought X, who acts."""

from __future__ import annotations


import pytest

pytestmark = pytest.mark.slow  # parses with spaCy


def _events(pipeline, text: str):
    from sitroom.records import DocumentIn

    return pipeline.run_batch([DocumentIn(id="t", text=text, published="2001-12-20")])[0].events


@pytest.mark.parametrize("text, doer, other", [
    ("Two Dutch marines were wounded in a clash with al-Shabaab fighters near Kismayo on Monday.",
     "Al-Shabaab", "Military Forces of the Netherlands"),
    ("A Palestinian gunman was killed in a firefight with Israeli forces in Jenin on Tuesday.",
     "Military Forces of Israel", None),
])
def test_the_party_casualties_fought_with_is_actor1(pipeline, text, doer, other):
    battles = [e for e in _events(pipeline, text) if e.event_type == "Battles"]
    assert battles and battles[0].actor1 is not None and battles[0].actor1.name == doer
    if other:
        assert battles[0].actor2 is not None and battles[0].actor2.name == other


def test_a_subject_that_fought_with_a_party_is_not_replaced_by_it(pipeline):
    text = "Rebel fighters captured the town of Kidal on Monday after fierce fighting with Malian troops."
    for e in _events(pipeline, text):
        if e.event_type == "Battles":
            assert e.actor1 is None or e.actor1.name != "Military Forces of Mali"
