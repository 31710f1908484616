"""A demonstration whose grievance names violence is no riot (probe 34c, Nigeria/Kenya protest reports): a riot
needs the crowd's own violence (the guide's Riots), so "Hundreds of youths protested in Lagos on Wednesday against
police brutality" is a protest, one with intervention when the police disperse it (family.calm_crowd)."""

from __future__ import annotations

import pytest

from sitroom.extract.events.family import calm_crowd

RIOT = "Riots / Violent demonstration"
PEACEFUL = "Protests / Peaceful protest"
INTERVENTION = "Protests / Protest with intervention"


@pytest.mark.parametrize("sentence", [
    "Hundreds of youths protested in Lagos on Wednesday against police brutality, marching from the Lekki toll "
    "gate to the state house of assembly.",
    "Hundreds of farmers protested in Kaduna on Monday over the killings of villagers by armed bandits in the "
    "south of the state, blocking the main road to Abuja for several hours.",
    "Women protested in Jos on Thursday against the killing of more than 50 villagers in Bokkos, demanding an end "
    "to the attacks by armed herders.",
])
def test_a_grievance_of_violence_makes_no_riot(sentence):
    assert calm_crowd(RIOT, sentence) == PEACEFUL


def test_police_dispersal_is_the_protests_intervention():
    sentence = ("Students marched in Abuja on Tuesday against the shooting of a classmate by soldiers before police "
                "fired tear gas to disperse them.")
    assert calm_crowd(RIOT, sentence) == INTERVENTION


@pytest.mark.parametrize("sentence", [
    # the crowd's own violence, beside a grievance
    "Youths protested in Lagos on Wednesday against police brutality and set fire to a police station.",
    "Hundreds of protesters clashed with police in Nairobi on Tuesday over the killing of a blogger in custody.",
    "Demonstrators hurled stones at soldiers in Kaduna on Monday to protest against the killings.",
    "Youths rioted in Jos on Friday over the killing of a motorcyclist.",
    "The protest over fuel prices turned violent when demonstrators blocked the highway.",
    # no demonstration word: left to its words
    "A mob attacked the police station in Kano on Sunday.",
])
def test_the_crowds_own_violence_keeps_the_riot(sentence):
    assert calm_crowd(RIOT, sentence) == RIOT


def test_other_types_are_left_alone():
    sentence = "Hundreds of youths protested in Lagos on Wednesday against police brutality."
    assert calm_crowd(PEACEFUL, sentence) == PEACEFUL


@pytest.mark.slow
def test_a_protest_against_brutality_dispersed_with_tear_gas_is_an_intervention():
    from sitroom.pipeline import Pipeline
    from sitroom.records import DocumentIn

    text = ("LAGOS, Oct 8 (AFP) - Hundreds of youths protested in Lagos on Wednesday against police brutality, "
            "marching from the Lekki toll gate to the state house of assembly.\n\n"
            "Police fired tear gas to disperse the protesters near the assembly building, witnesses said. No "
            "injuries were reported.")
    events = Pipeline().run_batch([DocumentIn(id="t", text=text, published="2026-10-08")])[0].events
    demos = [e for e in events if e.event_type in ("Protests", "Riots")]
    assert demos and all(e.event_type == "Protests" for e in demos)
    lagos = [e for e in demos if e.location is not None and e.location.name == "Lagos"]
    assert lagos and lagos[0].sub_event_type == "Protest with intervention"
    assert lagos[0].actor1.name == "Protesters (Nigeria)"
