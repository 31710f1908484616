"""Strategic developments told by a report merged into the event, or by words its sub-type may miss
(extract/events/strategic.py: told_by_report, AGREEMENT_MADE, GROUP_CHANGE)."""

import pytest

from sitroom.extract.events.strategic import strategic_told, told_by_report
from sitroom.extract.events.taxonomy import AGREEMENT, CHANGE_TO_GROUP, OTHER, typed_fields
from sitroom.records import DateValue, Event, Evidence


def _event(label, text, start=0, trigger=None):
    return Event(**typed_fields(label), confidence=0.9, date=DateValue(), extractor="t", trigger=trigger,
                 evidence=Evidence(sentence=0, start=start, end=start + len(text), text=text))


@pytest.mark.parametrize("lead, label, second, taken", [
    # a release of people told by a merged Other report: coded from it
    ("The diocese made the announcement on Monday.", OTHER,
     "Two of the five nuns who were kidnapped in March have been freed.", True),
    ("The sources said the captors had hidden in the creeks for days.", CHANGE_TO_GROUP,
     "The engineer was eventually released early on Saturday near the port.", True),
    ("The bishop spoke at the cathedral on Sunday.", OTHER,
     "The gunmen released the three traders near the market late on Friday.", True),
    # nobody set free, or a release only called for or on a court's terms
    ("The diocese made the announcement on Monday.", OTHER,
     "The militia released a video of the prisoners on Monday.", False),
    ("The diocese made the announcement on Monday.", OTHER,
     "Relatives demanded that the two kidnapped nuns be freed.", False),
    ("The diocese made the announcement on Monday.", OTHER,
     "The editor was released on bail on Friday.", False),
])
def test_a_merged_release_codes_the_event(nlp, lead, label, second, taken):
    doc = nlp(lead + " " + second)
    ev = _event(label, lead)
    rep = _event(OTHER, second, len(lead) + 1)
    got = told_by_report(ev, [ev, rep], doc)
    assert (got is rep) is taken, second


def test_a_release_of_another_family_is_not_taken(nlp):
    lead = "The diocese made the announcement on Monday."
    second = "Two of the five nuns who were kidnapped in March have been freed."
    doc = nlp(lead + " " + second)
    ev = _event(OTHER, lead)
    rep = _event("Violence against civilians / Abduction/forced disappearance", second, len(lead) + 1)
    assert told_by_report(ev, [ev, rep], doc) is None


@pytest.mark.parametrize("text, told", [
    # an agreement a verb of approval takes as its object was made
    ("The foreign minister welcomes the new power-sharing deal between the two parties.", True),
    ("I warmly welcome the agreement of 4 March between the government and the rebels.", True),
    ("Regional leaders hailed the truce in the north as a first step.", True),
    # a step towards one, a proposal, a prospect, a hypothetical one
    ("The minister welcomed the proposal for a truce in the north.", False),
    ("The envoy welcomed steps towards an agreement on prisoner releases.", False),
    ("The government would welcome any deal that ends the fighting.", False),
    ("Diplomats praised the talks on a ceasefire in Geneva last week.", False),
    # a possible or planned one, or the agreement word as the modifier of a step towards one
    ("Qatar on Tuesday welcomed the ceasefire proposal put forward by Egypt.", False),
    ("The UN envoy welcomed a possible truce between the army and the paramilitaries.", False),
    ("Kenya's president welcomed the truce talks in Jeddah on Monday.", False),
    ("The opposition welcomed the planned ceasefire in the north.", False),
    # ... while a deal named by what it is about was made
    ("Washington hailed the prisoner exchange deal between the two countries.", True),
    ("The bishops welcomed the ceasefire deal signed in Nairobi.", True),
])
def test_an_agreement_welcomed_was_made(text, told):
    ev = _event(AGREEMENT, text)
    assert (strategic_told(ev) is ev) is told


@pytest.mark.parametrize("text, told", [
    # a leader overthrown is a change at the head of the state
    ("The president was overthrown on Monday by mutinous officers.", True),
    ("Soldiers toppled the elected government in a bloodless coup on Thursday.", True),
    ("The junta's leader was deposed by his own deputies overnight.", True),
    # a coup only plotted or rumoured; a call for an overthrow
    ("Officials denied rumours of a coup plot in the capital.", False),
    ("The opposition called for the overthrow of the regime.", False),
])
def test_a_coup_is_a_change_to_the_group(text, told):
    ev = _event(CHANGE_TO_GROUP, text)
    assert (strategic_told(ev) is ev) is told
