"""Cases from the second read of stop 36's change: each rule kept to what it states (sentences of our own)."""

from __future__ import annotations

import pytest

from sitroom.records import DocumentIn


def _events(pipeline, text, published="2024-03-08"):
    return pipeline.extract(DocumentIn(id="t", published=published, text=text)).events


def test_the_people_of_an_arrest_are_its_target_not_its_offence(pipeline):
    """"the arrest of two al-Shabaab fighters": "of" after a word of taking names who was taken, not the charge."""
    [e] = _events(pipeline, "Kenyan police announced the arrest of two al-Shabaab fighters in Garissa on Monday.")
    assert (e.sub_event_type, e.actor2.name) == ("Arrests", "Al-Shabaab")


def test_a_relative_clause_told_going_on_keeps_the_events_day(pipeline):
    """"a trader who was returning from the market on Monday": the same time as the killing, not another act's."""
    [e] = _events(pipeline, "Gunmen shot dead a trader who was returning from the market on Monday in Kano, police said.")
    assert (e.date.start, e.date.end) == ("2024-03-04", "2024-03-04")


def test_one_act_told_as_we_have_done_is_news_not_a_record(pipeline):
    """"We have arrested four suspects": one act, no stretch: the news of an arrest, not a campaign's record."""
    evs = _events(pipeline, "\u201cWe have arrested four suspects in connection with the attack,\u201d the police "
                            "spokesman in Kano said.")
    assert [e.sub_event_type for e in evs] == ["Arrests"]


def test_many_acts_of_one_night_are_an_incident(pipeline):
    """"60 air strikes overnight": a count of acts of one night is that night's incident, not a summary."""
    evs = _events(pipeline, "Jets carried out 60 air strikes overnight on the town of Idlib, residents said.")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


@pytest.mark.parametrize("text", [
    "The gunmen who abducted the students are still free, police said.",
    "The gunmen who abducted the students are free, police said.",
])
def test_captors_at_large_are_no_release(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e.sub_event_type == "Other"]
