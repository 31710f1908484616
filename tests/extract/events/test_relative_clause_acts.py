"""An act told in a relative clause on the doer ("the gunmen who killed a chief last month") is background: the
event is the governing clause's, dated by its own day, even when one cue spans both clauses."""

import pytest

from sitroom.records import DocumentIn


def _events(pipeline, text, published="2026-11-14"):
    return pipeline.extract(DocumentIn(id="t", text=text, published=published)).events


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Police said the gunmen who killed a chief last month killed five villagers in Zamfara on Monday.",
    "The gunmen who killed a chief in October killed five villagers in Zamfara on Monday, police said.",
])
def test_a_relative_clause_day_does_not_date_the_event(pipeline, text):
    got = [(e.sub_event_type, e.location.admin1 if e.location else None, e.date.start, e.fatalities)
           for e in _events(pipeline, text)]
    assert got == [("Attack", "Zamfara", "2026-11-09", 5)]


@pytest.mark.slow
def test_a_doer_described_by_a_past_attack_acts_on_the_new_day(pipeline):
    text = "The militants who attacked the base last year killed three soldiers in Kunar on Tuesday."
    got = [(e.sub_event_type, e.actor2.name if e.actor2 else None, e.date.start, e.fatalities)
           for e in _events(pipeline, text)]
    assert got == [("Armed clash", "Military Forces of Afghanistan", "2026-11-10", 3)]


@pytest.mark.slow
@pytest.mark.parametrize("text, sub_event, day", [
    ("Troops killed five militants who attacked a checkpoint near Gao on Monday.", "Armed clash", "2026-11-09"),
    ("Police arrested two men who robbed a bank in Kano on Monday.", "Arrests", "2026-11-09"),
])
def test_a_relative_clause_on_the_victims_keeps_the_day(pipeline, text, sub_event, day):
    """A clause on those the act met (the attackers killed, the robbers held) tells how they met it: its day dates
    the event, as the rule of the doer's clause does not reach it."""
    got = [(e.sub_event_type, e.date.start) for e in _events(pipeline, text)]
    assert got == [(sub_event, day)]
