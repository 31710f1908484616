"""Deadlines and horizons resolved against the publication date (no spaCy needed)."""

import datetime as dt

import pytest

from sitroom.extract.claims.deadlines import find_deadline, find_statement_date, refine_to_day

PUB = dt.date(2021, 7, 12)


@pytest.mark.parametrize("text,start,end,precision", [
    ("would not attack provincial capitals until September 11", "2021-09-11", "2021-09-11", "day"),
    ("the withdrawal should be completed on August 31, 2021", "2021-08-31", "2021-08-31", "day"),
    ("to stop deporting Afghan migrants over the next three months", "2021-07-12", "2021-10-12", "range"),
    ("Kabul forces have not more than a month left", "2021-07-12", "2021-08-12", "range"),
    ("troops will leave within two weeks", "2021-07-12", "2021-07-26", "range"),
    ("by the end of the year", "2021-07-12", "2021-12-31", "range"),
    # A day already past this year is next year's: deadlines look forward.
    ("promised a vote by March 3", "2022-03-03", "2022-03-03", "day"),
])
def test_deadline_resolved(text, start, end, precision):
    found = find_deadline(text, PUB)
    assert found is not None
    assert (found.value.start, found.value.end, found.value.precision) == (start, end, precision)


def test_no_deadline_in_a_plain_statement():
    assert find_deadline("the United States has achieved its goals", PUB) is None


def test_on_date_only_when_allowed():
    assert find_deadline("met on July 8", PUB, allow_on=False) is None


def test_relative_deadline_without_a_publication_date_keeps_its_words():
    # the guide: "the words when no date can be computed"
    for text, words in [("not more than a month left", "not more than a month left"),
                        ("delivered to the area at the end of the year", "at the end of the year"),
                        ("must leave by Friday", "by Friday"), ("halting the policy next week", "next week")]:
        value = find_deadline(text, None).value
        assert (value.start, value.end, value.precision, value.text) == (None, None, "unknown", words)
    assert find_deadline("until September 11, 2021", None).value.end == "2021-09-11"


THURSDAY = dt.date(2020, 3, 5)


@pytest.mark.parametrize("text, start, end", [
    # "next week" is that week, Monday to Sunday; "by next week" a window ending with it
    ("is halting a policy next week", "2020-03-09", "2020-03-15"),
    ("must decide by next week", "2020-03-05", "2020-03-15"),
    ("will vote next month", "2020-04-01", "2020-04-30"),
    ("by the end of the month", "2020-03-05", "2020-03-31"),
    ("must leave within 48 hours", "2020-03-05", "2020-03-07"),
    ("in the next few days", "2020-03-05", "2020-03-08"),
    # weekdays: "by Friday" is the first Friday after publication, "next Monday" the Monday of next week
    ("must leave by Friday", "2020-03-06", "2020-03-06"),
    ("will rule next Monday", "2020-03-09", "2020-03-09"),
    ("will rule next Friday", "2020-03-13", "2020-03-13"),
])
def test_relative_deadlines_from_the_publication_date(text, start, end):
    value = find_deadline(text, THURSDAY).value
    assert (value.start, value.end) == (start, end)


def test_a_window_takes_the_one_day_the_document_gives_inside_it():
    week = find_deadline("is halting a policy next week", THURSDAY).value
    march_12 = find_deadline("starting March 12", THURSDAY).value
    refined = refine_to_day(week, [march_12])
    assert (refined.start, refined.end, refined.precision, refined.text) == ("2020-03-12", "2020-03-12", "day", "next week")
    later = find_deadline("starting March 20", THURSDAY).value
    assert refine_to_day(week, [later]) == week  # outside the week: not the same deadline
    assert refine_to_day(week, [march_12, find_deadline("on March 13", THURSDAY).value]) == week  # two: unsure


def test_statement_date_is_the_past_date_outside_the_quote():
    text = "On June 8, yet another date was appointed: the withdrawal should be completed on August 31, 2021."
    quote_start = text.index("the withdrawal")
    value = find_statement_date(text, 0, len(text), (quote_start, len(text)), [], PUB)
    assert value is not None and value.start == "2021-06-08"


import pytest as _pytest


@_pytest.mark.slow
@_pytest.mark.parametrize("text, published, end", [
    ("Apple Daily said the newspaper will be published on Tuesday.", "2020-08-10", "2020-08-11"),
    ("The judge said he would hold a hearing December 4 on the request.", "2019-11-23", "2019-12-04"),
    ("The court said the policy will no longer be in effect starting March 12.", "2020-03-05", "2020-03-12"),
    ("According to the OECD, the global middle class will reach nearly 5 billion by 2030.", "2021-01-10", "2030-12-31"),
    ("An official said one million doses would be delivered at the end of the year.", "2021-02-01", "2021-12-31"),
    ("The court said it is halting the policy next week. On Wednesday, the court ruled that the policy will no "
     "longer be in effect starting March 12.", "2020-03-05", "2020-03-12"),
])
def test_deadlines_of_forward_looking_claims(claims_of, text, published, end):
    claims = [c for c in claims_of(text, published) if c.deadline is not None]
    assert claims and claims[0].deadline.end == end


@_pytest.mark.slow
def test_a_past_statement_gets_no_deadline(claims_of):
    assert all(c.deadline is None for c in claims_of("The ministry said the convoy arrived on Tuesday.", "2020-08-10"))


@_pytest.mark.slow
def test_an_undated_report_keeps_the_deadlines_words(claims_of):
    claims = claims_of("An official said one million doses would be delivered at the end of the year.", None)
    assert [(c.deadline.text, c.deadline.end) for c in claims if c.deadline] == [("at the end of the year", None)]


@_pytest.mark.slow
@_pytest.mark.parametrize("text, end", [
    # said on Monday 7 December, published Saturday 12: "by Friday" is the 11th, already past when published
    ("The ministry said on Monday that troops would withdraw by Friday.", "2020-12-11"),
    # said on Friday 4 December: "next week" is 7-13 December, not the week after publication
    ("The army said on December 4 that it would hand over the base next week.", "2020-12-13"),
    # no day given for the words: counted from publication
    ("The ministry said troops would withdraw by Friday.", "2020-12-18"),
])
def test_relative_deadlines_count_from_the_day_the_words_were_said(claims_of, text, end):
    claims = [c for c in claims_of(text, "2020-12-12") if c.deadline is not None]
    assert claims and claims[0].deadline.end == end, [(c.quote.text, c.deadline) for c in claims]


@_pytest.mark.slow
@_pytest.mark.parametrize("text, kind, said, end", [
    # a demand made a week before publication, for a day already past when the report appeared
    ("On June 25, rebels told the army to withdraw from the town on June 30, a spokesman said.",
     "request", "2024-06-25", "2024-06-30"),
    ("Rebels told the army on June 25 to withdraw from the town on June 30.", "request", "2024-06-25", "2024-06-30"),
    # the statement dated only to the month: its deadline looks forward from the month's first day
    ("In June, the rebels demanded that the army withdraw from the town by June 30.", "request", "2024-06-30",
     "2024-06-30"),
    # no date for the words: the deadline looks forward from publication, as before
    ("The rebels demanded that the army withdraw from the town by June 30.", "request", None, "2025-06-30"),
])
def test_a_deadline_looks_forward_from_the_day_the_words_were_said(claims_of, text, kind, said, end):
    claims = claims_of(text, "2024-07-02")
    assert [(c.kind, c.statement_date and c.statement_date.end, c.deadline and c.deadline.end) for c in claims] \
        == [(kind, said, end)]


def test_a_calendar_deadline_counts_from_the_statement_when_given():
    text = "the army must withdraw by June 30"
    assert find_deadline(text, dt.date(2024, 7, 2)).value.end == "2025-06-30"
    assert find_deadline(text, dt.date(2024, 7, 2), said_from=dt.date(2024, 6, 1)).value.end == "2024-06-30"
    # a bare date is a deadline when it falls after the words were said, even if before publication
    text = "will hold a hearing June 28, 2024"
    assert find_deadline(text, dt.date(2024, 7, 2)) is None
    assert find_deadline(text, dt.date(2024, 7, 2), said_from=dt.date(2024, 6, 25)).value.end == "2024-06-28"
    # and before the words were said it tells when something happened, not by when
    assert find_deadline("release those arrested June 20, 2024", dt.date(2024, 7, 2),
                         said_from=dt.date(2024, 6, 25)) is None
