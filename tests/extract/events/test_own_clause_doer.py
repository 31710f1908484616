"""actor1 is the doer of the event's own clause (issue 11; sentences of our own): the subject of another clause
("before he was shot dead by police") is no doer of the attack, nor the owner of its target ("the attack on an
MSF clinic")."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow  # parses with spaCy


def _events(pipeline, text: str):
    from sitroom.records import DocumentIn

    return pipeline.run_batch([DocumentIn(id="t", text=text, published="2016-03-12")])[0].events


def _actor1(pipeline, text: str, event_type: str):
    found = [e for e in _events(pipeline, text) if e.event_type == event_type]
    assert found
    return found[0].actor1.name if found[0].actor1 is not None else None


@pytest.mark.parametrize("text, event_type, not_doer", [
    ("A gunman opened fire on worshippers at a mosque in Kano on Friday before he was shot dead by police.",
     "Violence against civilians", "Police Forces of Nigeria"),
    ("A suicide bomber blew himself up at a checkpoint in Kandahar on Sunday after police stopped his car.",
     "Explosions/Remote violence", "Police Forces of Afghanistan"),
    ("A gunman shot dead two farmers in Jos on Monday before soldiers killed him.",
     "Violence against civilians", "Military Forces of Nigeria"),
    ("Rights groups condemned the attack on an MSF clinic in Kunduz on Saturday in which 12 staff were killed.",
     "Violence against civilians", "MSF"),
])
def test_a_party_outside_the_events_clause_is_not_its_doer(pipeline, text, event_type, not_doer):
    assert _actor1(pipeline, text, event_type) != not_doer


@pytest.mark.parametrize("text, event_type, doer", [
    # the event's clause names no doer of its own (a passive's victims; a pronoun): the other clause's doer stays
    ("Two men were killed in Gao on Monday when soldiers opened fire on their car.",
     "Violence against civilians", "Military Forces of Mali"),
    ("After police surrounded the house in Lagos on Monday, they opened fire on the protesters.",
     "Protests", "Police Forces of Nigeria"),
    ("Insurgents attacked a police post in Diffa on Monday before soldiers repelled them.",
     "Battles", "Unidentified Armed Group (Niger)"),
    # (review52) the subject of a dying is its victim, no doer of its own: the other clause's doer stays
    ("A man died on Saturday after police beat him at a station in Kano, his family said.",
     "Violence against civilians", "Police Forces of Nigeria"),
    ("A man died in Bamako on Monday after police beat him during a raid on his home.",
     "Violence against civilians", "Police Forces of Mali"),
])
def test_the_doer_stays_when_the_events_clause_names_none_else(pipeline, text, event_type, doer):
    assert _actor1(pipeline, text, event_type) == doer


@pytest.mark.parametrize("text, doer, other", [
    # the giving up told in an "after" clause of the taking: who gives ground is the other side
    ("Taliban fighters entered the district centre of Nawa on Sunday after Afghan soldiers abandoned their posts.",
     "Taliban", "Military Forces of Afghanistan"),
    ("Al-Shabaab fighters took control of the town of Bardere on Monday after Ethiopian troops abandoned their bases.",
     "Al-Shabaab", "Military Forces of Ethiopia"),
    ("Islamic State fighters seized control of Mosul on Tuesday after Iraqi troops abandoned their posts.",
     "ISIS", "Military Forces of Iraq"),
])
def test_who_gives_ground_in_a_background_clause_is_the_other_side(pipeline, text, doer, other):
    found = [e for e in _events(pipeline, text) if e.actor1 is not None or e.actor2 is not None]
    assert found and found[0].actor1 is not None and found[0].actor1.name == doer
    assert found[0].actor2 is not None and found[0].actor2.name == other


@pytest.mark.parametrize("text", [
    "Government troops withdrew from the town of Bama on Monday.",  # a lone withdrawal keeps its sides
    "Government troops withdrew from the town of Bama on Monday after the militants retreated.",
])
def test_a_withdrawal_told_in_the_main_clause_keeps_its_sides(pipeline, text):
    found = [e for e in _events(pipeline, text) if e.actor2 is not None]
    assert found and found[0].actor2.name == "Military Forces of Nigeria" and found[0].actor1 is None
