"""Statements about demonstrations are not demonstrations; reports of people demonstrating are."""

import pytest

from sitroom.extract.events.reactions import is_talk_about_protest
from sitroom.records import DocumentIn

TALK = [
    "US Secretary of State Antony Blinken denounced the crackdown on protesters as abhorrent.",
    "The union is calling on workers to protest peacefully against the new labour law.",
    "By taking hostages, the authorities are demonstrating their determination to silence the press.",
    "Amnesty International condemned the use of tear gas against demonstrators in Baghdad.",
]
PROTESTS = [
    "Thousands of protesters denounced the verdict outside the court in Dhaka on Monday.",
    "Hundreds of people demonstrated in Lagos on Tuesday against fuel prices.",
    "Security forces used stun grenades and tear gas to disperse the protesters in Yangon.",
    "Students called for the rector's resignation during a sit-in on the campus in Kampala on Friday.",
]


@pytest.mark.parametrize("sentence", TALK)
def test_reactions_and_appeals_are_talk(nlp, sentence):
    assert is_talk_about_protest(nlp(sentence)[:])


@pytest.mark.parametrize("sentence", PROTESTS)
def test_people_demonstrating_is_not_talk(nlp, sentence):
    assert not is_talk_about_protest(nlp(sentence)[:])


@pytest.mark.slow
def test_a_condemnation_yields_no_protest_event(pipeline):
    text = ("Police fired tear gas at hundreds of protesters in Yangon on Sunday, witnesses said. "
            "US Secretary of State Antony Blinken denounced the crackdown as abhorrent.")
    events = pipeline.extract(DocumentIn(id="r", text=text, published="2021-03-01")).events
    assert [e.evidence.sentence for e in events if e.event_type == "Protests"] == [0]
