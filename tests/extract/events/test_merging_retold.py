"""Merging reports of one incident (events/merging.py): retellings merge, distinct incidents stay apart."""

import pytest

from sitroom.extract.events import rules
from sitroom.records import DateValue, Event, Evidence, PlaceMention

DEATH = "Disasters / Man-made disaster"


def _event(label, sentence, place="Tulungagung", start="2003-06-08", end=None, precision="day"):
    return Event(**rules.typed_fields(label), confidence=0.8,
                 location=PlaceMention(text=place, start=0, end=len(place), name=place, level="populated place",
                                       country="ID"),
                 date=DateValue(start=start, end=end or start, precision=precision),
                 evidence=Evidence(sentence=sentence, start=sentence * 100, end=sentence * 100 + 50, text="x"))


def test_a_statement_week_and_the_day_just_before_it_told_nearby_are_one_event():
    # "confirmed the death on June 16" (the week up to it), then "died ... after being admitted on June 8"
    said = _event(DEATH, 0, start="2003-06-10", end="2003-06-16", precision="range")
    told = _event(DEATH, 2)
    merged = rules.merge_events([said, told])
    assert len(merged) == 1
    assert merged[0].date.start == "2003-06-08" and merged[0].date.precision == "day"


def test_a_statement_week_keeps_apart_what_is_far_away_elsewhere_or_long_before():
    said = _event(DEATH, 0, start="2003-06-10", end="2003-06-16", precision="range")
    assert len(rules.merge_events([said, _event(DEATH, 9)])) == 2  # told far from it
    assert len(rules.merge_events([said, _event(DEATH, 2, place="Surabaya")])) == 2  # at another place
    assert len(rules.merge_events([said, _event(DEATH, 2, start="2003-05-20")])) == 2  # weeks before it
    # two days (not a statement's week) do not stretch: June 10 and June 8 are two events
    assert len(rules.merge_events([_event(DEATH, 0, start="2003-06-10"), _event(DEATH, 2)])) == 2


def test_an_undated_report_and_the_day_told_just_before_its_publication_week_are_one_event():
    undated = _event(DEATH, 0, start="2003-06-10", end="2003-06-16", precision="publication")
    assert len(rules.merge_events([undated, _event(DEATH, 1)])) == 1
    assert len(rules.merge_events([undated, _event(DEATH, 1, place="Surabaya")])) == 2
    assert len(rules.merge_events([undated, _event(DEATH, 1, start="2003-05-01")])) == 2


ARREST = "Strategic developments / Arrests"


def _mention(sentence, day, text):
    ev = _event(ARREST, sentence, place="Minsk", start=day)
    return ev.model_copy(update={"date": ev.date.model_copy(update={"text": "May 23"}),
                                 "evidence": ev.evidence.model_copy(update={"text": text})})


def test_a_mention_that_states_an_older_day_of_its_own_is_not_the_earlier_event():
    week = _event(ARREST, 0, place="Minsk", start="2021-06-29", end="2021-07-05", precision="range")
    older = _mention(4, "2021-05-23", "On May 23, the plane was forced to land, followed by the arrest of ...")
    assert len(rules.merge_events([week, older], frozenset({id(older)}))) == 2
    # the same mention without that day in its own words, or with a day inside the event's week, joins it
    borrowed = _mention(4, "2021-05-23", "The arrest drew condemnation.")
    assert len(rules.merge_events([week, borrowed], frozenset({id(borrowed)}))) == 1
    inside = _mention(4, "2021-07-01", "On May 23 ... the arrest")
    assert len(rules.merge_events([week, inside], frozenset({id(inside)}))) == 1


def _arrest(sentence, text, place, country="PH"):
    return Event(**rules.typed_fields("Strategic developments / Arrests"), confidence=0.8,
                 location=PlaceMention(text=place, start=0, end=len(place), name=place, level="populated place",
                                       country=country),
                 date=DateValue(start="2020-03-05", end="2020-03-05", precision="day"),
                 evidence=Evidence(sentence=sentence, start=sentence * 200, end=sentence * 200 + len(text), text=text))


def test_the_next_sentence_on_who_was_told_of_details_the_incident_at_its_place():
    lede = _arrest(0, "Cebu police announced that they had arrested two Chinese nationals.", "Cebu City")
    detail = _arrest(1, "The two were arrested in a house in Lapu Lapu City's Soong Village.", "Lapu-Lapu City")
    assert len(rules.merge_events([lede, detail])) == 1
    aged = _arrest(1, "The 65-year-old was spotted by policemen in Mykonos and detained.", "Mykonos")
    assert len(rules.merge_events([lede, aged])) == 1
    # not right after it, in another country, or not about who was told of: other incidents
    assert len(rules.merge_events([lede, _arrest(3, detail.evidence.text, "Lapu-Lapu City")])) == 2
    assert len(rules.merge_events([lede, _arrest(1, detail.evidence.text, "Hong Kong", "CN")])) == 2
    house = _arrest(1, "The man's house in Ankara was raided and his roommate was taken into custody.", "Lapu-Lapu City")
    assert len(rules.merge_events([lede, house])) == 2
    others = _arrest(1, "Police also arrested nine other activists in Lapu Lapu City.", "Lapu-Lapu City")
    assert len(rules.merge_events([lede, others])) == 2


def _dated(sentence, text, start, end, precision, words):
    ev = _event(ARREST, sentence, place="Minsk", start=start, end=end, precision=precision)
    return ev.model_copy(update={"date": ev.date.model_copy(update={"text": words}),
                                 "evidence": ev.evidence.model_copy(update={"text": text})})


def test_a_day_lent_by_a_neighbouring_sentence_does_not_replace_the_date_a_report_states_itself():
    week = _dated(0, "Police detained dozens of activists last week.", "2021-07-05", "2021-07-11", "range",
                  "last week")
    # "On July 8" belongs to the sentence before this report: the report states no day of its own
    lent = _dated(3, "Some were beaten in custody and detained again.", "2021-07-08", None, "day", "On July 8")
    merged = rules.merge_events([week, lent])
    assert len(merged) == 1 and merged[0].date.precision == "range" and merged[0].date.start == "2021-07-05"
    # a day the report states itself is the more precise date of the one event
    own = _dated(3, "On July 8, police detained more activists.", "2021-07-08", None, "day", "On July 8")
    merged = rules.merge_events([week, own])
    assert len(merged) == 1 and merged[0].date.start == merged[0].date.end == "2021-07-08"
    # and so is a day lent to a report whose first-told date was lent too
    lent_week = _dated(0, "Police detained dozens of activists.", "2021-07-05", "2021-07-11", "range", "last week")
    assert rules.merge_events([lent_week, lent])[0].date.start == "2021-07-08"


def _told(sentence, text, start="2022-05-09", end="2022-05-15", precision="publication"):
    ev = _event(ARREST, sentence, place="Harare", start=start, end=end, precision=precision)
    return ev.model_copy(update={"evidence": ev.evidence.model_copy(update={"text": text})})


def test_a_count_of_more_told_later_is_a_further_act_unless_told_of_the_same_day():
    first = _told(0, "Police arrested six opposition activists at a rally.")
    more = _told(4, "Three more activists were arrested after visiting the families of the detained.")
    assert len(rules.merge_events([first, more])) == 2
    # a report that only adds to its own count is the same act
    wounded = _told(2, "Police arrested six activists and questioned 20 more.")
    assert len(rules.merge_events([first, wounded])) == 1
    # both told of one known day at one place: the one event of that day
    day = dict(start="2022-05-12", end="2022-05-12", precision="day")
    assert len(rules.merge_events([_told(0, first.evidence.text, **day), _told(4, more.evidence.text, **day)])) == 1


@pytest.mark.parametrize("text,further", [
    ("Four more persons were arrested after the funeral.", True),
    ("Today, the attacks killed at least 35 more civilians.", True),
    ("A car bomb killed 13 soldiers and wounded 56 more.", False),  # more of its own count
    ("Ten people were killed and dozens more injured.", False),
    ("Police made more arrests on Tuesday.", False),  # no count: not told as an addition to one
    ("Two more people died in hospital on Tuesday.", False),  # the toll of the act told before rising
    ("They also kidnapped 12 more.", False),  # more victims the doers took in the act told
    ("The attacks, also claimed by the group, killed 35 more civilians.", True),
])
def test_further_count(text, further):
    from sitroom.extract.events.same_event import further_count

    assert further_count(text) is further


def test_a_mention_telling_as_fact_an_act_told_before_only_as_possible_is_its_report():
    # "the decree empowers the police to detain anyone", then "the detention of dozens was confirmed"
    foreseen = _event(ARREST, 0, place="Minsk").model_copy(update={"modality": "hypothetical"})
    done = _event(ARREST, 3, place="Minsk")
    merged = rules.merge_events([foreseen, done], frozenset({id(done)}))
    assert len(merged) == 1
    assert merged[0].evidence.sentence == 3 and merged[0].modality == done.modality
    # a mention of an act told as fact before keeps that report as the evidence
    told = _event(ARREST, 0, place="Minsk")
    merged = rules.merge_events([told, done], frozenset({id(done)}))
    assert merged[0].evidence.sentence == 0
