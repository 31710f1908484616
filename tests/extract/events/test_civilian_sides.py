"""Civilians are coded with the nationality the report gives them (ACLED: "Civilians (Kenya)" for a Kenyan held
in Qatar), not the country of the place; who does it is never the victim, and a bare "gunmen" is the unidentified
armed group of the place, whatever nationality the victims have.

The owners of homes, shops or farms looted or destroyed are civilians, the other side of the looting (ACLED's
practice); an armed force's or a state's property keeps its owner. Whom a mob attacks, named as people no word
marks as armed, are civilians too."""

from __future__ import annotations

import pytest

from sitroom.records import DocumentIn

pytestmark = pytest.mark.slow  # runs the whole pipeline (spaCy)


def actors(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    doc = pipeline.run_batch([DocumentIn(id="t", text=text, published="2024-03-01")])[0]
    return [(e.sub_event_type, e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
            for e in doc.events]


@pytest.mark.parametrize("text, want", [
    ("Gunmen abducted two Vietnamese women in Manila on Monday.",
     ("Abduction/forced disappearance", "Unidentified Armed Group (Philippines)", "Civilians (Vietnam)")),
    ("Police in Lagos arrested three Ghanaian journalists on Tuesday.",
     ("Arrests", "Police Forces of Nigeria", "Civilians (Ghana)")),
    ("A roadside bomb killed two American tourists near Luxor on Sunday.",
     ("Remote explosive/landmine/IED", "Unidentified Armed Group (Egypt)", "Civilians (United States)")),
])
def test_civilians_named_with_a_nationality_are_its_civilians(pipeline, text, want):
    assert actors(pipeline, text) == [want]


@pytest.mark.parametrize("text", [
    "Two Filipino women were kidnapped by Chinese nationals in Manila on Monday.",
    "Chinese nationals kidnapped two women in Manila on Monday.",
])
def test_the_doers_nationality_is_not_the_victims(pipeline, text):
    assert [a2 for _, _, a2 in actors(pipeline, text)] == ["Civilians (Philippines)"]


def test_civilians_of_the_place_stay_without_another_nationality(pipeline):
    text = "Gunmen abducted five villagers in Kaduna on Monday."
    assert [(a1, a2) for _, a1, a2 in actors(pipeline, text)] == [
        ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")]


def test_the_victim_of_the_offence_is_not_who_is_arrested(pipeline):
    text = "Police in Nairobi arrested two men on Monday for attacking a Chinese businessman."
    assert [a2 for _, _, a2 in actors(pipeline, text)] == ["Civilians (Kenya)"]


def test_two_nationalities_named_leave_the_places_civilians(pipeline):
    text = "Gunmen abducted a Nigerian man and his Ghanaian wife in Accra on Monday."
    assert [a2 for _, _, a2 in actors(pipeline, text)] == ["Civilians (Ghana)"]


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
