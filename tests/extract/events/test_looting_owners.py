"""The owners of homes, shops or farms looted or destroyed are civilians, the other side of the looting (ACLED's
practice); an armed force's or a state's property keeps its owner. Whom a mob attacks, named as people no word
marks as armed, are civilians too."""

from __future__ import annotations

import pytest

from sitroom.records import DocumentIn

pytestmark = pytest.mark.slow  # runs the whole pipeline (spaCy)


@pytest.fixture(scope="module")
def pipeline():
    from sitroom.pipeline import Pipeline

    return Pipeline()


def actors(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    doc = pipeline.run_batch([DocumentIn(id="t", text=text, published="2024-03-01")])[0]
    return [(e.sub_event_type, e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
            for e in doc.events]


@pytest.mark.parametrize("text, want", [
    ("Armed men ransacked the journalist's house in Kampala on Monday.",
     ("Looting/property destruction", "Unidentified Armed Group (Uganda)", "Civilians (Uganda)")),
    ("Gunmen set fire to a police station in Kano on Monday.",
     ("Looting/property destruction", "Unidentified Armed Group (Nigeria)", "Police Forces of Nigeria")),
])
def test_the_owners_of_homes_looted_are_civilians(pipeline, text, want):
    assert actors(pipeline, text) == [want]


def test_an_armed_forces_stores_near_a_village_have_no_civilian_owners(pipeline):
    text = "Troops destroyed ammunition stores near the village of Boni in Mali on Monday."
    assert [a2 for _, _, a2 in actors(pipeline, text)] == [None]


@pytest.mark.parametrize("text, want", [
    ("An angry mob beat a man to death in Kano on Monday after accusing him of theft.",
     ("Mob violence", "Rioters (Nigeria)", "Civilians (Nigeria)")),
    ("A mob lynched a villager in Kaduna on Monday.", ("Mob violence", "Rioters (Nigeria)", "Civilians (Nigeria)")),
    # armed victims are no civilians
    ("A mob attacked two soldiers at a market in Kano on Monday.",
     ("Violent demonstration", "Rioters (Nigeria)", "Military Forces of Nigeria")),
])
def test_whom_a_mob_attacks_are_civilians(pipeline, text, want):
    assert actors(pipeline, text) == [want]
