"""Probe 38a: short wire reports of protests and the acts around them, written for the probe (not the corpus),
checked as a user would check them: type, sides, place and date."""

from __future__ import annotations

import pytest

from sitroom.extract.events.family import calm_crowd
from sitroom.records import DocumentIn

RIOT = "Riots / Violent demonstration"
INTERVENTION = "Protests / Protest with intervention"


def _events(pipeline, text, published="2024-03-01"):
    return pipeline.extract(DocumentIn(id="t", published=published, text=text)).events


def test_mourners_honouring_the_killed_meet_no_lethal_force(pipeline):
    """The deaths a gathering honours are its cause, not force used on it: no excessive force, no army as doer."""
    evs = _events(pipeline, "Mourners gathered in Bamako on Sunday to honour the soldiers killed in last week's ambush.")
    assert [e.sub_event_type for e in evs] == ["Peaceful protest"]
    assert evs[0].actor1.name == "Protesters (Mali)" and evs[0].actor2 is None
    assert evs[0].location.name == "Bamako" and evs[0].date.start == "2024-02-25"


def test_shots_fired_into_the_air_to_disperse_are_an_intervention(pipeline):
    """Warning shots into the air disperse a march: an intervention, the armed group its second side."""
    evs = _events(pipeline, "Hundreds of women marched in Kabul on Thursday to demand the right to work; the "
                            "Taliban fired into the air to disperse them.")
    assert [e.sub_event_type for e in evs] == ["Protest with intervention"]
    assert evs[0].actor1.name == "Protesters (Afghanistan)" and evs[0].actor2.name == "Taliban"
    assert evs[0].date.start == "2024-02-29"


def test_shots_fired_into_a_crowd_stay_lethal_force(pipeline):
    evs = _events(pipeline, "Soldiers fired into a crowd of demonstrators in Mandalay on Saturday, killing three.")
    assert [e.sub_event_type for e in evs] == ["Excessive force against protesters"]


def test_police_beating_protesters_is_their_intervention_not_a_riot(pipeline):
    evs = _events(pipeline, "Police pushed back protesters and beat several of them in Dhaka on Wednesday.")
    assert [e.sub_event_type for e in evs] == ["Protest with intervention"]
    assert evs[0].actor1.name == "Protesters (Bangladesh)"
    assert evs[0].actor2.name == "Police Forces of Bangladesh"
    assert evs[0].location.name == "Dhaka" and evs[0].date.start == "2024-02-28"


@pytest.mark.parametrize("sentence", [
    "Students marched through Lusaka on Monday and were beaten by riot police.",
    "Riot police kicked and beat demonstrators who had gathered outside parliament in Lusaka on Monday.",
])
def test_a_force_beating_the_crowd_makes_no_riot(sentence):
    assert calm_crowd(RIOT, sentence) == INTERVENTION


@pytest.mark.parametrize("sentence", [
    "Protesters beat a police officer in Lusaka on Monday.",
    "Police were beaten by demonstrators in Lusaka on Monday.",
])
def test_the_crowd_beating_someone_stays_a_riot(sentence):
    assert calm_crowd(RIOT, sentence) == RIOT


@pytest.mark.parametrize("text, place, deaths", [
    ("Cyclone Freddy killed 20 people in Blantyre on Monday.", "Blantyre", 20),
    ("Typhoon Haiyan killed 40 people in Tacloban on Monday.", "Tacloban", 40),
])
def test_a_named_storm_that_kills_is_a_natural_disaster(pipeline, text, place, deaths):
    """The storm's title is the hazard, not an event word inside a person's name."""
    evs = _events(pipeline, text)
    assert [e.sub_event_type for e in evs] == ["Natural disaster"]
    assert evs[0].location.name == place and evs[0].fatalities == deaths
    assert evs[0].date.start == "2024-02-26" and evs[0].actor1 is None


@pytest.mark.parametrize("text", [
    "The charity won praise for its relief work in Puerto Rico after Hurricane Maria.",
    "The Hurricane Maria Relief Fund gave money to families in San Juan on Monday.",
])
def test_a_named_storm_only_named_tells_no_disaster(pipeline, text):
    assert [e for e in _events(pipeline, text) if e.event_type == "Disasters"] == []


@pytest.mark.parametrize("text", [
    "Hundreds attended the funeral of the slain journalist in Gaza City on Thursday.",
    "The family of the murdered activist demanded justice in Lahore on Monday.",
])
def test_mourning_a_person_killed_before_tells_no_attack(pipeline, text):
    """"the slain journalist" only says who is mourned: the funeral is the news, not a new killing."""
    assert [e for e in _events(pipeline, text) if e.event_type == "Violence against civilians"] == []


def test_a_killing_told_as_the_act_stays_an_attack(pipeline):
    evs = _events(pipeline, "Gunmen shot dead a journalist in Gaza City on Thursday.")
    assert [e.sub_event_type for e in evs] == ["Attack"]


def test_a_ban_on_protests_is_no_protest(pipeline):
    evs = _events(pipeline, "The High Court in Nairobi on Friday heard a petition challenging the ban on protests.")
    assert [e for e in evs if e.event_type == "Protests"] == []


def test_a_protest_against_a_ban_on_protests_is_one(pipeline):
    evs = _events(pipeline, "Thousands protested in Nairobi on Friday against the ban on protests.")
    assert [e.sub_event_type for e in evs] == ["Peaceful protest"]
    assert evs[0].location.name == "Nairobi" and evs[0].date.start == "2024-03-01"


def test_activists_arrested_for_organising_a_protest_are_arrests(pipeline):
    """The protest organised is the offence, not a gathering the police broke up (the guide: detentions of activists)."""
    evs = _events(pipeline, "Police arrested three activists in Harare on Monday for organising a protest.")
    assert [e.sub_event_type for e in evs] == ["Arrests"]
    assert evs[0].actor1.name == "Police Forces of Zimbabwe" and evs[0].actor2.name == "Civilians (Zimbabwe)"
    assert evs[0].location.name == "Harare" and evs[0].date.start == "2024-02-26"


def test_protesters_detained_where_they_protested_are_its_intervention(pipeline):
    """Arrests at a protest belong to it: the protesters its actor1, not an Arrests event of farmers."""
    evs = _events(pipeline, "Farmers protested outside parliament in New Delhi on Monday, and police detained dozens "
                            "of them.")
    assert [e.sub_event_type for e in evs] == ["Protest with intervention"]
    assert evs[0].actor1.name == "Protesters (India)" and evs[0].actor2.name == "Police Forces of India"
    assert evs[0].date.start == "2024-02-26"


@pytest.mark.parametrize("text", [
    "The minister protested the ruling, and police arrested two journalists in Harare on Monday.",
    "Police arrested two journalists in Harare on Monday; their editor protested the arrests.",
])
def test_an_arrest_beside_one_speakers_objection_stays_an_arrest(pipeline, text):
    """One speaker who 'protested' something objected: no protest, so the arrest beside it is no intervention."""
    evs = _events(pipeline, text)
    assert [e.sub_event_type for e in evs] == ["Arrests"]
    assert evs[0].actor1.name == "Police Forces of Zimbabwe" and evs[0].location.name == "Harare"
    assert evs[0].date.start == "2024-02-26"


def test_a_protest_named_as_a_courts_offence_is_no_protest(pipeline):
    """The guide codes no court step; the protest the activist is jailed for is an earlier one."""
    evs = _events(pipeline, "A court in Moscow on Wednesday jailed an activist for 15 days for taking part in an "
                            "unauthorised protest.")
    assert [e for e in evs if e.event_type in ("Protests", "Riots")] == []


def test_arrests_for_taking_part_in_a_protest_stay_its_intervention(pipeline):
    evs = _events(pipeline, "Police in Moscow on Wednesday arrested 40 people for taking part in an unauthorised "
                            "protest.")
    assert [e.sub_event_type for e in evs] == ["Protest with intervention"]
    assert evs[0].actor2.name == "Police Forces of Russia" and evs[0].date.start == "2024-02-28"


def test_an_arrest_a_protest_is_against_is_no_arrest(pipeline):
    """The protest against an arrest is the news; the arrest was made before, and is no event of this report."""
    evs = _events(pipeline, "Lawyers in Islamabad boycotted the courts on Thursday to protest against the arrest of "
                            "a colleague.")
    assert [e for e in evs if e.sub_event_type == "Arrests"] == []


def test_a_rally_over_a_detention_is_a_protest(pipeline):
    evs = _events(pipeline, "Hundreds rallied in Lahore on Friday over the detention of the opposition leader.")
    assert [e.sub_event_type for e in evs] == ["Peaceful protest"]
    assert evs[0].actor1.name == "Protesters (Pakistan)" and evs[0].location.name == "Lahore"


def test_rival_supporters_clashing_are_a_mob_not_a_battle(pipeline):
    """Battles are fought by organised armed groups; rival political supporters fighting are rioters (rule 5)."""
    evs = _events(pipeline, "Clashes between rival groups of supporters in Conakry left two dead on Friday.")
    assert [e.sub_event_type for e in evs] == ["Mob violence"]
    assert evs[0].actor1.name == "Rioters (Guinea)" and evs[0].fatalities == 2
    assert evs[0].location.name == "Conakry" and evs[0].date.start == "2024-03-01"


def test_supporters_fighting_militiamen_stay_a_clash():
    from sitroom.extract.events.rules import demonstration_type
    clash = "Battles / Armed clash"
    assert demonstration_type(clash, "Supporters of the governor clashed with militiamen in Jos on Friday.") == clash


def test_clashes_between_students_and_police_are_a_riot(pipeline):
    """Unarmed people fighting the police are rioters, the police the riot's other side: no battle, no attack."""
    evs = _events(pipeline, "Clashes between students and police in Dhaka on Friday left dozens injured.")
    assert [e.sub_event_type for e in evs] == ["Violent demonstration"]
    assert evs[0].actor1.name == "Rioters (Bangladesh)" and evs[0].actor2.name == "Police Forces of Bangladesh"
    assert evs[0].location.name == "Dhaka" and evs[0].date.start == "2024-03-01"


def test_an_internet_cut_after_clashes_is_no_armed_clash(pipeline):
    evs = _events(pipeline, "Authorities in Bangladesh shut down mobile internet in Dhaka on Friday after clashes "
                            "between students and police.")
    assert [e for e in evs if e.event_type == "Battles"] == []


@pytest.mark.parametrize("text", [
    "A candlelight vigil was held in Peshawar on Monday for the victims of the mosque bombing.",
    "Hundreds gathered in Kabul on Friday to mourn the victims of the school bombing.",
])
def test_mourning_the_victims_of_a_bombing_tells_no_bombing(pipeline, text):
    assert [e for e in _events(pipeline, text) if e.event_type == "Explosions/Remote violence"] == []


def test_a_bombing_told_as_the_act_stays(pipeline):
    evs = _events(pipeline, "A bombing killed 20 people in Kabul on Friday.")
    assert [e.sub_event_type for e in evs] == ["Remote explosive/landmine/IED"]
    assert evs[0].fatalities == 20 and evs[0].date.start == "2024-03-01"


def test_a_ban_imposed_ahead_of_a_march_tells_no_protest(pipeline):
    """A ban on rallies governs them, and "ahead of the march" only dates the ban: no demonstration held."""
    evs = _events(pipeline, "Authorities imposed a ban on rallies in Dhaka on Friday ahead of the opposition march.")
    assert [e for e in evs if e.event_type == "Protests"] == []


def test_a_march_ahead_of_elections_is_a_protest(pipeline):
    evs = _events(pipeline, "Thousands marched in Dhaka on Friday ahead of the elections.")
    assert [e.sub_event_type for e in evs] == ["Peaceful protest"]
    assert evs[0].date.start == "2024-03-01"


def test_gathering_to_pay_tribute_to_the_killed_is_a_peaceful_protest(pipeline):
    evs = _events(pipeline, "Thousands gathered in Ouagadougou on Sunday to pay tribute to the soldiers killed in Djibo.")
    assert [e.sub_event_type for e in evs] == ["Peaceful protest"]
    assert evs[0].actor1.name == "Protesters (Burkina Faso)" and evs[0].location.name == "Ouagadougou"
