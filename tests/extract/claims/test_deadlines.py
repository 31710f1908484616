"""Deadlines and horizons resolved against the publication date (no spaCy needed)."""

import datetime as dt

import pytest

from sitroom.extract.claims.deadlines import find_deadline, find_statement_date

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


def test_relative_horizon_needs_a_publication_date():
    assert find_deadline("not more than a month left", None) is None
    assert find_deadline("until September 11, 2021", None).value.end == "2021-09-11"


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
])
def test_deadlines_of_forward_looking_claims(claims_of, text, published, end):
    claims = [c for c in claims_of(text, published) if c.deadline is not None]
    assert claims and claims[0].deadline.end == end


@_pytest.mark.slow
def test_a_past_statement_gets_no_deadline(claims_of):
    assert all(c.deadline is None for c in claims_of("The ministry said the convoy arrived on Tuesday.", "2020-08-10"))
