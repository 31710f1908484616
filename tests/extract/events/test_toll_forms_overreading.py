"""Second reading of the fatal53 toll forms: where they over-read. A tally from incidents told as a bare plural is no
incident's total, nor is the toll of an incident placed in a town ("from the bombing in Kabul"); "both" after a preposition counts places, not dead; a possessive after the bare verb is mostly an
infinitive of what was not done; the clause after a semicolon that tells another incident further on is not summed.
Sentences written for these tests, not from the corpus."""

from __future__ import annotations

import pytest

from sitroom.extract.events.counts import count


@pytest.mark.parametrize("text, n", [
    # must fire: the incident's own running total
    ("Police found two more bodies, bringing the toll from the attacks to 14.", 14),
    ("Two more bodies were found, bringing the toll from Friday's bombings to 14.", 14),
    ("Three more people died of their wounds, raising the toll from the twin blasts to 11.", 11),
    # must not: a count of many incidents told as a bare plural keeps the sentence's own figure
    ("Gunmen killed four villagers, pushing the death toll from attacks on the district to 60.", 4),
    ("Bandits shot dead three farmers, bringing the toll from raids in the area to 75.", 3),
    ("Two herders died, taking the toll from communal clashes to 40.", 2),
])
def test_tally_from_a_bare_plural_of_incidents(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    # must fire: a place or "State" inside the incident's phrase keeps the incident's total
    ("Two more victims died in hospital, raising the death toll from the bombing in Kabul to 40.", 40),
    ("Three more soldiers died, taking the toll from the ambush in Borno to 17.", 17),
    ("Two more victims died, raising the toll from the Islamic State attack to 15.", 15),
    # must not: the place's toll, named right after the toll's noun, or the state's
    ("Gunmen killed two people, bringing the death toll in Kaduna to 40.", 2),
    ("Gunmen killed two people, bringing the toll in the state to 40.", 2),
])
def test_place_of_the_incident_is_no_tally(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    # must fire
    ("Both were killed when the roof collapsed.", 2),
    ("A bomb hit the car, killing both occupants.", 2),
    ("Both of the attackers were shot dead by police.", 2),
    # must not: "both" of places or groups named after a preposition
    ("Civilians in both cities were killed.", None),
    ("Residents of both villages were killed in the raids.", None),
    ("People from both towns died in the floods.", None),
])
def test_both_after_a_preposition_is_no_count(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    # must fire
    ("A man killed his wife in Lagos on Sunday.", 1),
    ("A man kills his wife in Lagos.", 1),
    ("Militants murdered their hostage, the army said.", 1),
    # must not: an infinitive of a threat or an attempt
    ("Kidnappers threatened to kill their hostage if no ransom was paid.", None),
    ("He tried to kill his brother, police said.", None),
    ("The man vowed to murder his neighbour.", None),
])
def test_possessive_object_needs_a_killing_told(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    # must fire: one incident across the semicolon
    ("Two soldiers were killed in the ambush; three attackers also died.", 5),
    ("Two soldiers were killed in the raid; the army said three militants were killed.", 5),
    ("Four policemen were shot dead at the checkpoint; two gunmen also died there.", 6),
    # must not: the clause tells another incident after its figure
    ("Two soldiers were killed in an ambush; police said three people died in a separate attack.", 2),
    ("Three soldiers were killed last week; five people were killed in a similar attack in 2019.", 3),
])
def test_semicolon_clause_telling_another_incident(text, n):
    assert count("fatalities", text) == n
