"""A span of weekdays ("from Tuesday to Thursday", "Saturday through Monday") is one range up to its last day, and it
dates the event told on it (not only its end, nor nothing as an onset "from Tuesday" would). Our own sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from sitroom.extract.time import find_times
from sitroom.records import DocumentIn


@pytest.mark.parametrize("text,published,start,end", [
    ("Troops clashed with militants from Tuesday to Thursday.", "2024-03-22", "2024-03-19", "2024-03-21"),
    # a span over a weekend: the Friday before the Monday, not the Friday nearest the report
    ("Troops clashed with militants from Friday to Monday.", "2024-03-20", "2024-03-15", "2024-03-18"),
    ("The roads were shut Saturday through Tuesday.", "2019-09-03", "2019-08-31", "2019-09-03"),
])
def test_weekday_span_is_one_range(text, published, start, end):
    found = find_times(text, dt.date.fromisoformat(published), False)
    assert [(v.start, v.end, v.precision) for _, _, v in found] == [(start, end, "range")]


def test_to_without_from_is_no_span():
    found = find_times("The hearing was moved to Thursday.", dt.date(2024, 3, 22), False)
    assert all(v.precision != "range" for _, _, v in found)


@pytest.mark.slow
def test_the_span_dates_the_event(pipeline):
    doc = pipeline.run_batch([DocumentIn(id="t", published="2024-03-22", text=(
        "Troops fought Boko Haram militants in Gwoza from Monday night until Wednesday, the army said."))])[0]
    assert [(e.date.start, e.date.end) for e in doc.events] == [("2024-03-18", "2024-03-20")]
