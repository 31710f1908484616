"""Actor names broken over a line or spaced twice in the text are still found (aliases are keyed single-spaced)."""

from __future__ import annotations

import pytest

from sitroom.extract.actors import load_catalogue


@pytest.fixture(scope="module")
def cat():
    return load_catalogue()


def _found(cat, text):
    return [(text[m.start:m.end], m.hit.actor.name if m.hit.actor else None) for m in cat.scan(text)]


@pytest.mark.parametrize("text, phrase, actor", [
    ("On Sunday the U.S.-led \ncoalition\n carried out three air strikes near the town.", "U.S.-led \ncoalition",
     "Global Coalition against ISIS"),
    ("Fighters of the Islamic\nState attacked a checkpoint at dawn.", "Islamic\nState", "ISIS"),
    ("A convoy of the Syrian  Democratic Forces came under fire.", "Syrian  Democratic Forces", "SDF"),
])
def test_name_across_a_line_break(cat, text, phrase, actor):
    assert any(p.endswith(phrase) and a == actor for p, a in _found(cat, text))


@pytest.mark.parametrize("text", [
    "The  state\nofficials said nothing more.",            # no alias at all: nothing is made up
    "He read about the Islamic  art of the period.",       # "Islamic" alone names no actor
])
def test_no_name_made_of_spaces(cat, text):
    assert all(a is None or a not in ("ISIS",) for _p, a in _found(cat, text))


def test_offsets_stay_those_of_the_text(cat):
    text = "Police said  Hamas\n\ngunmen fired first."
    assert ("Hamas\n\ngunmen", "Hamas") in _found(cat, text)
