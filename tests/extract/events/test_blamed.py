"""A group others blame for an attack just told is its actor1 when the report names no doer (extract/events/blamed.py)."""

import pytest

from sitroom.records import DocumentIn

pytestmark = pytest.mark.slow


def _attack(ext):
    return [e for e in ext.events if e.event_type in ("Explosions/Remote violence", "Battles",
                                                       "Violence against civilians")]


@pytest.mark.parametrize("text, group", [
    ("A roadside bomb exploded under a police vehicle in Mandera on Monday, killing two officers. "
     "Police blamed al-Shabaab for the attack.", "Al-Shabaab"),
    ("A car bomb exploded near a market in Maiduguri on Friday, killing 12 people. "
     "The state governor blamed Boko Haram for the blast.", "Boko Haram"),
    ("A suicide bomber blew himself up at a mosque in Peshawar on Tuesday, killing nine worshippers. "
     "Officials said the bombing was blamed on the Pakistani Taliban.", "TTP"),
])
def test_the_group_blamed_for_the_attack_is_its_doer(pipeline, text, group):
    ext = pipeline.extract(DocumentIn(id="t", published="2023-05-10", text=text))
    [ev] = _attack(ext)
    assert ev.actor1 is not None and ev.actor1.name == group


@pytest.mark.parametrize("text", [
    # the blamed group denies it: no attribution that stands
    "A roadside bomb exploded under a police vehicle in Mandera on Monday, killing two officers. "
    "Police blamed al-Shabaab, which denied involvement.",
    # a blame for other, earlier attacks, not for this one
    "A roadside bomb exploded under a police vehicle in Mandera on Monday, killing two officers. "
    "Al-Shabaab has been blamed for many attacks in the region.",
    # nobody blamed
    "A car bomb exploded near a market in Maiduguri on Friday, killing 12 people. "
    "Officials did not blame any group for the blast.",
])
def test_no_doer_from_a_blame_that_does_not_stand(pipeline, text):
    ext = pipeline.extract(DocumentIn(id="t", published="2023-05-10", text=text))
    [ev] = _attack(ext)
    assert ev.actor1 is None or ev.actor1.name.startswith("Unidentified")
