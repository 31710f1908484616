"""Content flags with their cues (no spaCy needed)."""

import pytest

from sitroom.extract.flags import find_flags


def _cues(text, flag="graphic violence"):
    return [f.cue for f in find_flags(text) if f.flag == flag]


def test_seed_cues_raise_graphic_violence(seed_text):
    cues = _cues(seed_text)
    assert "18+" in cues and "shocking footage" in cues
    assert "shooting of surrendered soldiers" in cues


@pytest.mark.parametrize("text,cue", [
    ("Militants executed three prisoners in the square.", "executed three prisoners"),
    ("The video shows the execution of captured soldiers.", "execution of captured soldiers"),
    ("Graphic images of the attack were shared online.", "Graphic images"),
    ("Viewer discretion is advised.", "Viewer discretion"),
    ("Residents found mutilated bodies near the river.", "mutilated bodies"),
])
def test_explicit_cues(text, cue):
    assert cue in _cues(text)


@pytest.mark.parametrize("text", [
    "The government executed its plan to rebuild the bridge.",
    "Fighting continued in Kunduz, where the army repelled an attack.",
    "The ministry will oversee the execution of the agreement.",
    "Voters aged 18 and over took part.",
])
def test_no_flag_without_explicit_wording(text):
    assert find_flags(text) == []


def test_flags_point_at_their_cue():
    text = "Two children were killed when the shell hit."
    flag = find_flags(text)[0]
    assert flag.flag == "child casualties"
    assert text[flag.start:flag.end] == flag.cue == "children were killed"
