"""An attack told at an arrest or in custody, undated of its own, is dated from the arrest the report dates."""

from __future__ import annotations

import datetime as dt

from sitroom.extract.events import rules
from sitroom.extract.events.custody_dates import custody_dates
from sitroom.records import DateValue, Event, Evidence

PUB = dt.date(2020, 6, 6)
ARRESTS = "Strategic developments / Arrests"
ATTACK = "Violence against civilians / Attack"
WEEK = DateValue(start="2020-05-31", end="2020-06-06", precision="publication")


def _event(label, text, at, date):
    return Event(**rules.typed_fields(label), confidence=0.8, date=date,
                 evidence=Evidence(sentence=at, start=at * 100, end=at * 100 + len(text), text=text))


def _arrest(day="2020-04-10", at=1, text="The authorities arrested Ali Younesi on a Tehran street on April 10."):
    return _event(ARRESTS, text, at, DateValue(start=day, end=day, precision="day", text="on April 10"))


def test_beaten_at_the_time_of_his_arrest_is_the_arrests_day():
    said = DateValue(start="2020-04-15", end="2020-04-21", precision="range", text="On April 21")
    beaten = _event(ATTACK, "On April 21, his brother tweeted that authorities had severely beaten him at the time of "
                            "his arrest.", 5, said)
    _, out = custody_dates([_arrest(), beaten], PUB)
    assert (out.date.start, out.date.end, out.date.precision) == ("2020-04-10", "2020-04-10", "day")


def test_tortured_in_police_custody_runs_from_the_arrest():
    tortured = _event(ATTACK, "Her niece claimed in a tweet that she was tortured in police custody.", 5, WEEK)
    _, out = custody_dates([_arrest(), tortured], PUB)
    assert (out.date.start, out.date.end) == ("2020-04-10", "2020-06-06")


def test_an_attack_with_a_day_of_its_own_keeps_it():
    day = DateValue(start="2020-06-02", end="2020-06-02", precision="day", text="on Tuesday")
    tortured = _event(ATTACK, "He was tortured in police custody on Tuesday.", 5, day)
    assert custody_dates([_arrest(), tortured], PUB)[1].date == day


def test_no_arrest_told_before_it_or_none_in_the_news_window_leaves_the_week():
    tortured = _event(ATTACK, "She was tortured in police custody.", 5, WEEK)
    assert custody_dates([tortured, _arrest(at=7)], PUB)[0].date == WEEK  # told after it
    assert custody_dates([_arrest(day="2019-01-10"), tortured], PUB)[1].date == WEEK  # long before the news


def test_an_attack_told_elsewhere_is_not_dated_by_an_arrest():
    shot = _event(ATTACK, "Gunmen shot dead a farmer in his field.", 5, WEEK)
    assert custody_dates([_arrest(), shot], PUB)[1].date == WEEK


def test_a_custody_with_a_start_of_its_own_is_not_dated_by_an_arrest():
    tortured = _event(ATTACK, "The reporter, held since March, said he was tortured in police custody.", 5, WEEK)
    assert custody_dates([_arrest(), tortured], PUB)[1].date == WEEK


def test_the_arrest_of_the_one_named_is_the_custodys_before_a_nearer_one():
    kaur = _arrest(day="2020-04-10", at=1, text="Police arrested the activist Nodeep Kaur in Sonipat on April 10.")
    other = _arrest(day="2020-05-20", at=3, text="In another case, officers arrested a farmer near Kundli on May 20.")
    tortured = _event(ATTACK, "Her niece said in a tweet that Nodeep was tortured in police custody.", 5, WEEK)
    out = custody_dates([kaur, other, tortured], PUB)[2]
    assert (out.date.start, out.date.end) == ("2020-04-10", "2020-06-06")
    # with no name shared, the nearest arrest before it is still the custody's
    tortured = _event(ATTACK, "Her niece said in a tweet that she was tortured in police custody.", 5, WEEK)
    assert custody_dates([kaur, other, tortured], PUB)[2].date.start == "2020-05-20"
