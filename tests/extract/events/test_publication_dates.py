"""Events the text does not date take their report's publication (review 3 #9, #10): marked so, never a
day or a week the text does not give; a report known only to its month (a URL's /2015/10/) dates them to
that month, and "today" in it means that month too."""

import datetime as dt

import pytest

from sitroom.extract.time import find_times_in_month, publication_window
from sitroom.records import DocumentIn, Published


def test_today_in_a_month_only_report_is_that_month():
    [(_, _, v)] = find_times_in_month("condemns today's attack", dt.date(2015, 10, 1), dt.date(2015, 10, 31))
    assert (v.start, v.end, v.precision, v.text) == ("2015-10-01", "2015-10-31", "publication", "today")


def test_a_dated_expression_in_a_month_only_report_keeps_its_date():
    [(_, _, v)] = find_times_in_month("on October 21, 2015", dt.date(2015, 10, 1), dt.date(2015, 10, 31))
    assert (v.start, v.end, v.precision) == ("2015-10-21", "2015-10-21", "day")


def test_the_publication_window():
    week = publication_window(Published(value="2021-07-12", source="metadata"))
    assert (week.start, week.end, week.precision) == ("2021-07-06", "2021-07-12", "publication")
    month = publication_window(Published(value="2015-10-01", source="url", inferred=True,
                                         note="month 2015-10 from the URL's path /2015/10; the day is not known"))
    assert (month.start, month.end, month.precision) == ("2015-10-01", "2015-10-31", "publication")
    assert publication_window(Published()) is None


@pytest.mark.slow
def test_an_undated_event_is_dated_by_its_publication(pipeline):
    ext = pipeline.extract(DocumentIn(id="t", published="2021-07-08", text=(
        "Gunmen shot dead two policemen at a checkpoint in Kandahar city, officials said.")))
    [e] = ext.events
    assert (e.date.start, e.date.end, e.date.precision, e.date.text) == ("2021-07-02", "2021-07-08", "publication", None)


@pytest.mark.slow
def test_today_in_a_report_known_only_to_its_month(pipeline):
    ext = pipeline.extract(DocumentIn(
        id="t", url="https://www.state.gov/secretary/remarks/2015/10/248970.htm",
        text="The United States strongly condemns today's brutal, senseless terrorist attack on Camp Hurriya "
             "that killed 23 residents."))
    assert ext.published.value == "2015-10-01" and ext.published.month_only
    [e] = ext.events
    assert (e.date.start, e.date.end, e.date.precision) == ("2015-10-01", "2015-10-31", "publication")
