"""A possessive day read with its preposition ("in last week's crackdown", "at Sunday's rally") is still the possessor
of another act (earlier_acts.py): the time mention opens on the preposition, so the possessor test looks past it.
Our own sentences, written for this test."""

from __future__ import annotations

import pytest

from sitroom.records import DocumentIn

pytestmark = pytest.mark.slow

PUBLISHED = "2024-06-12"  # a Wednesday: Saturday 06-08, Sunday 06-09, Monday 06-10, Tuesday 06-11


def _dates(pipeline, text):
    out = pipeline.extract(DocumentIn(id="t", text=text, published=PUBLISHED))
    return {e.sub_event_type: (e.date.start, e.date.end) for e in out.events}


@pytest.mark.parametrize("sentence,kind,dated", [
    # must fire: the act's own day wins over the possessive day of the act it mourns or answers
    ("Hundreds marched in Kano on Saturday to mourn three protesters killed in last week's crackdown.",
     "Peaceful protest", ("2024-06-08", "2024-06-08")),
    ("Students rallied in Accra on Tuesday to remember a classmate shot in Sunday's raid on the campus.",
     "Peaceful protest", ("2024-06-11", "2024-06-11")),
    ("Traders marched in Kaduna on Monday for colleagues who were wounded in last week's clashes.",
     "Peaceful protest", ("2024-06-10", "2024-06-10")),
])
def test_possessive_day_after_a_preposition_names_another_act(pipeline, sentence, kind, dated):
    assert _dates(pipeline, sentence)[kind] == dated


@pytest.mark.parametrize("sentence,kind,dated", [
    # must not: the possessive day is the occasion of the event's own verb
    ("Police arrested 20 people at Sunday's rally in Lagos.", "Protest with intervention",
     ("2024-06-09", "2024-06-09")),
    ("Two soldiers were killed in Monday's ambush near Maiduguri.", "Armed clash", ("2024-06-10", "2024-06-10")),
])
def test_possessive_day_of_the_events_own_occasion_dates_it(pipeline, sentence, kind, dated):
    assert _dates(pipeline, sentence)[kind] == dated
