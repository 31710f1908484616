"""The earlier act of a succession (act_days.told_after, counted_back): "The discovery came 10 days after 39 bodies
were found" tells the bodies' discovery as happening ten days before the later act, which the report told already
and names again as the subject; its date is the later act's moved back by the count."""

from __future__ import annotations

import pytest

from sitroom.extract.events.act_days import counted_back, told_after
from sitroom.records import DateValue, DocumentIn, TimeMention


def _at(text: str, word: str) -> int:
    return text.index(word)


@pytest.mark.parametrize("text, word", [
    ("The discovery came 10 days after 39 bodies were found in a truck.", "found"),
    ("Sunday's explosion came just two days after two bombs killed six police officers.", "explosion"),
    ("The Zamfara kidnappings came just over a week after gunmen killed a student.", "kidnappings"),
    ("That attack came 12 hours after a triple bombing in Jerusalem.", "bombing"),
    ("The announcement came hours after soldiers fired on protesters.", "fired"),
])
def test_the_earlier_act_is_the_events(text, word):
    assert told_after(text, 0, _at(text, word)) is not None


@pytest.mark.parametrize("text, word", [
    # the event told before the phrase, not as its subject
    ("Soldiers killed five militants in Borno, an operation that came a week after an ambush.", "killed"),
    ("Soldiers killed five militants in a raid that came a week after the elections.", "raid"),
    # no count of days: no day to count back
    ("The raid came just days after protesters were arrested in Lagos.", "arrested"),
    # no verb of succession: "two days after" dates the act told before it (act_relative_day's)
    ("Gunmen abducted 20 traders near Kaduna two days after the army raided their camp.", "abducted"),
])
def test_no_earlier_act(text, word):
    assert told_after(text, 0, _at(text, word)) is None


def _time(text: str, phrase: str, start: str, end: str = None, precision: str = "day") -> TimeMention:
    a = text.index(phrase)
    return TimeMention(text=phrase, start=a, end=a + len(phrase), sentence=0,
                       date=DateValue(start=start, end=end or start, precision=precision, text=phrase))


def test_counted_back_from_the_later_acts_own_day():
    import datetime as dt

    text = "Sunday's explosion came just two days after two bombs killed six police officers."
    m = told_after(text, 0, _at(text, "killed"))
    week = DateValue(start="2016-12-05", end="2016-12-11", precision="range", text="Sunday")
    got = counted_back(week, m, 0, [_time(text, "Sunday", "2016-12-11")], dt.date(2016, 12, 12))
    assert (got.start, got.end, got.precision) == ("2016-12-09", "2016-12-09", "day")


def test_counted_back_from_the_publication_week():
    import datetime as dt

    text = "The discovery came 10 days after 39 bodies were found in a truck."
    m = told_after(text, 0, _at(text, "found"))
    window = DateValue(start="2019-10-29", end="2019-11-04", precision="publication")
    got = counted_back(window, m, 0, [], dt.date(2019, 11, 4))
    assert (got.start, got.end, got.precision) == ("2019-10-19", "2019-10-25", "range")


def test_the_earlier_acts_own_time_stands():
    import datetime as dt

    text = "The strike came two days after rebels shelled the city on March 3."
    m = told_after(text, 0, _at(text, "shelled"))
    march3 = DateValue(start="2022-03-03", end="2022-03-03", precision="day", text="on March 3")
    got = counted_back(march3, m, 0, [_time(text, "on March 3", "2022-03-03")], dt.date(2022, 3, 10))
    assert got == march3


@pytest.mark.slow
@pytest.mark.parametrize("text, published, expected", [
    # the later act's day told before: three days before it
    ("Gunmen attacked a market in Maiduguri on Friday, police said. The market attack came three days after "
     "militants killed 12 farmers near Konduga.\n", "2021-05-10", ("2021-05-04", "2021-05-04", "day")),
    # the later act's own day in the subject
    ("Tuesday's bombing came just a week after a suicide bomber struck a checkpoint in Mogadishu, killing five "
     "soldiers.\n", "2021-06-10", ("2021-06-01", "2021-06-01", "day")),
], ids=["told-before", "own-day"])
def test_the_earlier_act_dated_from_the_later(pipeline, text, published, expected):
    out = pipeline.extract(DocumentIn(id="t", text=text, published=published))
    earlier = [e for e in out.events if "after" in e.evidence.text]
    assert earlier and all((e.date.start, e.date.end, e.date.precision) == expected for e in earlier)


@pytest.mark.slow
def test_an_act_told_before_the_phrase_keeps_its_day(pipeline):
    # the raid is the later act, told anew (no subject opening the sentence): its own day
    text = "Soldiers killed five militants in Borno on Saturday in a raid that came a week after the elections.\n"
    out = pipeline.extract(DocumentIn(id="t", text=text, published="2021-05-12"))
    assert out.events and all(e.date.start == "2021-05-08" for e in out.events)


@pytest.mark.slow
def test_an_earlier_act_named_after_the_phrase(pipeline):
    # the ambush is the earlier act: a week before the operation of Saturday
    text = "Soldiers killed five militants in Borno on Saturday, an operation that came a week after an ambush.\n"
    out = pipeline.extract(DocumentIn(id="t", text=text, published="2021-05-12"))
    ambush = [e for e in out.events if e.trigger == "ambush"]
    assert ambush and all((e.date.start, e.date.precision) == ("2021-05-01", "day") for e in ambush)
