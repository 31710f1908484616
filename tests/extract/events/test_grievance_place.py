"""A place in a protest's grievance ("rallied against the war in Syria") is not where the crowd stood, when the
sentence names another place; alone, it may be the venue hung on the grievance by the parse. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from sitroom.extract.events.grievance_place import grievance_side

pytestmark = pytest.mark.slow


def _grievance(text: str, names: list[str]) -> set[str]:
    from sitroom.read.nlp import get_nlp

    doc = get_nlp()(text)
    return {text[s:].split()[0].strip(".,") for s in grievance_side(doc, [text.index(n) for n in names])}


@pytest.mark.parametrize("text, names, grievance", [
    ("Thousands of students rallied in Madrid on Sunday against the war in Syria.", ["Madrid", "Syria"], {"Syria"}),
    ("Outside the governor's office in Abuja, teachers demonstrated against the killing of a colleague in Kano.",
     ["Abuja", "Kano"], {"Kano"}),
    ("Farmers protested in Lyon over the death of a driver in Brittany.", ["Lyon", "Brittany"], {"Brittany"}),
    ("Hundreds of people marched against the bombing of Gaza through the centre of Dublin.", ["Gaza", "Dublin"],
     {"Gaza"}),
])
def test_the_grievance_is_not_the_venue(text, names, grievance):
    assert _grievance(text, names) == grievance


@pytest.mark.parametrize("text, names", [
    # the only place: the venue may hang on the grievance
    ("Police dispersed a protest against the new fuel tax in Nairobi on Monday.", ["Nairobi"]),
    # "over" after a march is its route
    ("Protesters marched over the river in Kyiv and gathered in Lviv.", ["Kyiv", "Lviv"]),
    # a protest at a site: its venue
    ("Students staged a protest at the embassy in Accra after the arrests in Lome.", ["Accra", "Lome"]),
    # a heading run into the sentence after it is no grievance of its protest
    ("Workers walk out in protest over wages\n\nOver 200 workers in Durban, South Africa stopped work Tuesday.",
     ["Durban", "South Africa"]),
])
def test_no_grievance(text, names):
    assert _grievance(text, names) == set()


@pytest.mark.parametrize("text, names, act", [
    # the act protested told as the event: its place is the event's
    ("Families of the victims protested outside the ministry in Baghdad on Monday over the bombing in Karrada.",
     ["Baghdad", "Karrada"], "bombing"),
    ("Students rallied in Dhaka on Tuesday against the killing of a classmate in Chittagong.", ["Dhaka", "Chittagong"],
     "killing"),
    ("Hundreds demonstrated in Lyon about the arrest of three activists in Marseille.", ["Lyon", "Marseille"], "arrest"),
])
def test_the_grievance_holding_the_event_is_its_place(text, names, act):
    from sitroom.read.nlp import get_nlp

    doc = get_nlp()(text)
    starts = [text.index(n) for n in names]
    assert grievance_side(doc, starts) == {starts[1]}  # the protest's: its grievance is elsewhere
    assert grievance_side(doc, starts, text.index(act)) == set()  # the act's own: where it happened
