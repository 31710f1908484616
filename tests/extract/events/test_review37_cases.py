"""Cases from the read of stop 37's rules: each rule kept to what it states (sentences of our own)."""

from __future__ import annotations

from sitroom.records import DocumentIn


def _events(pipeline, text, published="2024-03-08"):
    return pipeline.extract(DocumentIn(id="t", published=published, text=text)).events


def test_curfew_arrests_on_another_day_than_the_march_stay_arrests(pipeline):
    """One event per place and day: a march on Sunday does not make Wednesday's curfew arrests its intervention."""
    evs = _events(pipeline, "Students marched in Dhaka on Sunday. On Wednesday police arrested 30 people in Dhaka "
                            "for violating the curfew.")
    arrests = [e for e in evs if e.evidence.sentence == 1]
    assert [e.sub_event_type for e in arrests] == ["Arrests"]
    assert arrests[0].date.start == "2024-03-06"


def test_aid_to_protesters_on_a_day_tells_no_peaceful_protest(pipeline):
    """Demonstrators named only as whom another's act concerns tell no protest, whether or not a day is named."""
    evs = _events(pipeline, "Doctors provided medical aid to protesters in Khartoum on Monday.")
    assert [e.sub_event_type for e in evs if e.event_type == "Protests"] == []


def test_none_of_the_villagers_negates_only_its_own_clause(pipeline):
    """"none of the villagers were killed" denies the killing, not the attack told asserted in the first clause."""
    evs = _events(pipeline, "The village was attacked by gunmen on Monday; none of the villagers were killed, but "
                            "20 houses were burned.")
    attacks = [e for e in evs if e.sub_event_type == "Attack"]
    assert attacks and all(e.modality == "asserted" for e in attacks)
