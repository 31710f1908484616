"""Stop 54: background told as an earlier occurrence retold in a report about something else."""

import datetime as dt

import pytest

from sitroom.extract.events import discourse

_LAST_AUGUST = ("The bureau has called for pilots to be better trained. It is a response to a helicopter crash last "
                "August which killed a media personality. ")


@pytest.mark.parametrize("sentence, word, pub, why", [
    # an undated article calls the month "last August": a day of that month lies as far back, background
    ("He was on a training flight on August 29 when he crashed into Mt Archer.", "crashed", None, "background"),
    ("Gunmen abducted the pilot on 29 August near the airfield.", "abducted", None, "background"),
    # a day of another month, or a day of the week, is left to the other rules
    ("He was on a training flight on September 3 when he crashed into Mt Archer.", "crashed", None, None),
    ("He was on a training flight on Monday when he crashed into Mt Archer.", "crashed", None, None),
    # a dated article measures the day's age itself
    ("He was on a training flight on August 29 when he crashed into Mt Archer.", "crashed",
     dt.date(2002, 9, 20), None),
])
def test_a_day_of_a_month_the_undated_article_calls_last_is_background(nlp, sentence, word, pub, why):
    doc = nlp(_LAST_AUGUST + sentence)
    tok = next(t for t in doc if t.text == word)
    assert discourse.not_news(tok, pub) == why


def test_a_day_of_a_month_with_no_last_month_in_the_article_is_no_background(nlp):
    doc = nlp("Gunmen abducted the pilot on 29 August near the airfield.")
    tok = next(t for t in doc if t.text == "abducted")
    assert discourse.not_news(tok, None) is None
