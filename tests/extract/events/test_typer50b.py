"""An act named only as what a group decided to stop, and people captured in the passive (stop 50, typer50b):
sentences of our own."""

import pytest

from sitroom.extract.events.decided_stop import decided_stop_first, is_decided_stop
from sitroom.extract.events.family import persons_taken
from sitroom.extract.events.patterns import Cue
from sitroom.extract.events.taxonomy import ARRESTS, CHANGE_TO_GROUP, NSA_OVERTAKES, SUICIDE_BOMB
from sitroom.extract.events.territory import captured_persons


@pytest.fixture(scope="module")
def nlp():
    from sitroom.read.nlp import get_nlp
    return get_nlp()


def _at(text: str, word: str) -> tuple[int, int]:
    i = text.index(word)
    return i, i + len(word)


# --- a person captured, told in the passive: an arrest or an abduction, no territory

@pytest.mark.parametrize("text", [
    "Abdul Rahim, 31, was captured by government forces near the border on Monday.",
    "He was seized by soldiers as he left the mosque in Gao.",
    "The rebel commander, who was captured during the raid, is being questioned.",
    "Two suspected militants were taken prisoner by the police in Kunduz.",
])
def test_a_person_captured_in_the_passive_is_taken_not_territory(nlp, text):
    doc = nlp(text)
    captives = captured_persons(doc, 0, len(text))
    assert captives
    assert persons_taken(NSA_OVERTAKES, text, None, captives) == ARRESTS


@pytest.mark.parametrize("text", [
    "The town of Kidal was captured by the rebels on Sunday.",
    "Several villages were seized by militants after heavy fighting.",
    "The airport was taken by government troops at dawn.",
])
def test_a_place_captured_in_the_passive_stays_territory(nlp, text):
    doc = nlp(text)
    captives = captured_persons(doc, 0, len(text))
    assert not captives
    assert persons_taken(NSA_OVERTAKES, text, None, captives) == NSA_OVERTAKES


def test_a_person_captured_beside_a_town_taken_stays_territory(nlp):
    text = "The governor was captured as the rebels seized the town of Mopti."
    doc = nlp(text)
    assert persons_taken(NSA_OVERTAKES, text, None, captured_persons(doc, 0, len(text))) == NSA_OVERTAKES


# --- a group's decision to stop an activity: a change to the group, not the activity

@pytest.mark.parametrize("text,word", [
    ("The Islamic Jihad movement has decided to stop rocket attacks on southern Israel.", "rocket attacks"),
    ("The rebel council announced a decision to end kidnappings of foreign workers.", "kidnappings"),
    ("Leaders of the militia decided on Friday to halt suicide bombings in the capital.", "suicide bombings"),
])
def test_a_decision_to_stop_an_act_names_no_act(nlp, text, word):
    doc = nlp(text)
    assert is_decided_stop(doc, *_at(text, word))


@pytest.mark.parametrize("text,word", [
    ("Police stopped a suicide bombing at a checkpoint in Kabul on Monday.", "suicide bombing"),
    ("The group decided to carry out suicide bombings in the city.", "suicide bombings"),
])
def test_an_act_stopped_by_others_or_decided_on_is_not_a_change_of_activity(nlp, text, word):
    doc = nlp(text)
    assert not is_decided_stop(doc, *_at(text, word))


def test_the_decision_is_typed_a_change_to_the_group(nlp):
    text = "The Islamic Jihad movement has decided to stop suicide bombings against Israel."
    doc = nlp(text)
    cues = [Cue(SUICIDE_BOMB, 2.0, *_at(text, "suicide bombings"), "suicide bombings")]
    assert decided_stop_first([SUICIDE_BOMB, CHANGE_TO_GROUP], cues, doc)[0] == CHANGE_TO_GROUP
