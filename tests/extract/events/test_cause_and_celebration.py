"""Three readings of found events the codebook codes otherwise (extract/events/family.py, defining_element.py, demonstrations.py):
shooting in celebration is no armed clash; the arrest or killing told as what sparked a demonstration is its
cause, not the force used on it; whom a candle or a wreath is laid for is the grievance of the gathering."""

import pytest

from sitroom.extract.events.demonstrations import intervention_told, without_grievance
from sitroom.extract.events.defining_element import defining_told
from sitroom.extract.events.family import calm_crowd
from sitroom.extract.events.rules import demonstration_type
from sitroom.extract.events.taxonomy import typed_fields
from sitroom.records import DateValue, Event, Evidence

CLASH = "Battles / Armed clash"
INTERVENTION = "Protests / Protest with intervention"
PEACEFUL = "Protests / Peaceful protest"
EXCESSIVE = "Protests / Excessive force against protesters"


def _event(label, text):
    return Event(**typed_fields(label), confidence=0.9, date=DateValue(), extractor="t",
                 evidence=Evidence(sentence=0, start=0, end=len(text), text=text))


@pytest.mark.parametrize("text", [
    "Crowds danced in the capital's main square as troops drove past, firing celebratory gunfire into the air.",
    "Soldiers fired into the air as residents cheered the fall of the president on Sunday.",
    "Relatives fired wedding gunfire outside the groom's house late on Friday.",
    "Fighters fired their rifles in celebration after the peace deal was announced.",
])
def test_shooting_in_celebration_is_no_clash(text):
    assert defining_told(_event(CLASH, text)) is None


@pytest.mark.parametrize("text", [
    "Troops and rebels fought for hours near the border town on Tuesday.",
    # harm told beside the celebration: the shooting hurt someone, the report is kept for its harm
    "Celebratory gunfire at a wedding killed a girl and wounded two guests on Saturday.",
    "Militants celebrated in the square after they attacked an army post outside the town.",
    # firing into the air with no celebration told is left to the other rules
    "Soldiers fired into the air near the market on Monday.",
])
def test_fighting_or_harm_told_stays_a_clash(text):
    assert defining_told(_event(CLASH, text)) is not None


@pytest.mark.parametrize("text", [
    "A trader who was detained by soldiers at a checkpoint died in custody, sparking protests in the town.",
    "The arrest of a popular cleric by police on Monday triggered demonstrations across the province.",
    "Police shot dead a student near the campus, prompting protests by his classmates.",
])
def test_the_act_that_sparked_a_protest_is_its_cause(text):
    assert without_grievance(text).strip().split()[0].lower() in {"sparking", "triggered", "prompting"}
    ev = _event(INTERVENTION, text)
    assert intervention_told(ev, [ev]).sub_event_type == "Peaceful protest"
    assert demonstration_type(PEACEFUL, text) == PEACEFUL


def test_force_on_a_protest_that_sparked_more_stays_its_intervention():
    # a demonstration told before the causal verb: the force used on it is its intervention
    text = "Police fired tear gas at protesters in the capital, sparking further protests in other towns."
    assert without_grievance(text) == text
    ev = _event(INTERVENTION, text)
    assert intervention_told(ev, [ev]).sub_event_type == "Protest with intervention"


@pytest.mark.parametrize("text", [
    "A woman lights candles for the students who were killed, at a sit-in outside the university on Friday.",
    "Mourners laid wreaths for those killed last week before a rally in the central square.",
])
def test_whom_a_mourning_act_is_for_is_no_force_at_the_gathering(text):
    assert "killed" not in without_grievance(text)
    assert calm_crowd(EXCESSIVE, text) == PEACEFUL
    assert demonstration_type(PEACEFUL, text) == PEACEFUL


def test_killing_at_the_gathering_stays_excessive_force():
    text = "Security forces shot dead two mourners who lit candles for the victims at a sit-in on Friday."
    assert calm_crowd(EXCESSIVE, text) == EXCESSIVE
