"""A day told against another act (act_days.act_relative_day): "the day before he swallowed the pesticide" is the day
before the act a sentence shortly before dates, not the day of the sentence just before it."""

from __future__ import annotations

import pytest

from sitroom.records import DocumentIn

pytestmark = pytest.mark.slow

POISON = ("On March 3, a 17-year-old student from Kulgam drank pesticide at his home.\n\n"
          "He died in hospital four days later.\n\n"
          "His relatives say he was detained and beaten by soldiers the day before he swallowed the pesticide.\n")


def _dated(pipeline, text, published):
    out = pipeline.extract(DocumentIn(id="t", text=text, published=published))
    return [(e.sub_event_type, e.date.start, e.date.end, e.date.precision, e.evidence.text) for e in out.events]


def test_the_day_before_an_act_dated_shortly_before(pipeline):
    beaten = [d for d in _dated(pipeline, POISON, "2021-03-20") if "soldiers" in d[4]]
    assert beaten and all(d[1:4] == ("2021-03-02", "2021-03-02", "day") for d in beaten)


RAID = "Soldiers raided the village of Kabo in Kano State on {day}, residents said.\n\n"
ARRESTED = "{when}, troops arrested the village head and his two sons.\n"


@pytest.mark.parametrize("first, when, published, expected", [
    # "two days after the raid": the raid's day plus two
    (RAID.format(day="May 4"), "Two days after the raid", "2021-05-12", ("2021-05-06", "2021-05-06", "day")),
    # "the week before": the seven days before it
    (RAID.format(day="May 14"), "The week before the raid", "2021-05-20", ("2021-05-07", "2021-05-13", "range")),
    # "a week after": its seventh day
    (RAID.format(day="May 4"), "A week after the raid", "2021-05-20", ("2021-05-11", "2021-05-11", "day")),
    # the act's own day, not the day of the statement that tells it
    ("The army said on Monday, May 17, that soldiers had raided the village of Kabo in Kano State on May 14.\n\n",
     "Two days after the raid", "2021-05-20", ("2021-05-16", "2021-05-16", "day")),
], ids=["days-after", "week-before", "week-after", "act-not-statement"])
def test_a_day_told_against_an_act_dated_shortly_before(pipeline, first, when, published, expected):
    arrests = [d for d in _dated(pipeline, first + ARRESTED.format(when=when), published) if d[0] == "Arrests"]
    assert arrests and all(d[1:4] == expected for d in arrests)


def test_an_act_no_sentence_before_dates_leaves_the_old_reading(pipeline):
    # nothing before tells the wedding: the phrase gives no day, the publication week stands
    text = "Police arrested three journalists in Lagos the day before the wedding of the governor's son.\n"
    arrests = [d for d in _dated(pipeline, text, "2021-05-12") if d[0] == "Arrests"]
    assert arrests and all(d[3] == "publication" for d in arrests)


