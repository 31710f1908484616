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
    # (a day its year dates: which August the article calls "last" is unknown)
    ("Gunmen attacked a checkpoint in Kano on August 29, 2026, killing three officers.", "attacked", None, None),
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


def _event(place, precision="publication", start=300, text=""):
    from types import SimpleNamespace

    return SimpleNamespace(location=SimpleNamespace(name=place, text=place) if place else None,
                           date=SimpleNamespace(precision=precision, text=None),
                           evidence=SimpleNamespace(start=start, text=text))


_BOOK = ("A former envoy has written about the affair in a new memoir. "
         "An attempt to kidnap the exiled minister was foiled by a customs officer in London in 1984. "
         "When the kidnapping failed, British police detained an aircraft and arrested four men.")


def test_an_old_incident_told_by_its_place_and_year_is_background():
    from sitroom.extract.events.retold import year_named_incident

    assert year_named_incident(_event("London"), (), _BOOK, dt.date(2022, 4, 29))
    assert year_named_incident(_event("London"), (), _BOOK, None)  # undated: any year named so is background


def test_a_place_and_year_that_tell_no_act_or_another_place_or_a_day_stay():
    from sitroom.extract.events.retold import year_named_incident

    mayor = ("The mayor, elected in London in 2016, spoke to reporters. "
             "Police arrested four men after a stabbing near the station.")
    assert not year_named_incident(_event("London", start=70), (), mayor, dt.date(2022, 4, 29))  # no act then
    assert not year_named_incident(_event("Leeds"), (), _BOOK, dt.date(2022, 4, 29))  # another place
    assert not year_named_incident(_event("London", "day"), (), _BOOK, dt.date(2022, 4, 29))  # its own day
    assert not year_named_incident(_event("London"), (), _BOOK, dt.date(1985, 2, 1))  # last year's: may be news


def test_a_report_placing_itself_anew_after_a_place_and_year_is_news():
    from sitroom.extract.events.retold import year_named_incident

    history = ("Aid agencies warn of hunger this winter. "
               "The Taliban seized power in Kabul in 2021 after a lightning offensive. ")
    bomb = "A bomb exploded near a school in Kabul, killing four children, police said."
    # the report names its place in its own words: a new incident there, not the one of 2021
    assert not year_named_incident(_event("Kabul", start=len(history), text=bomb), (), history + bomb,
                                   dt.date(2026, 11, 20))
    # one whose place the story lends goes on telling the old incident
    after = "When the offensive ended, the fighters detained four officials."
    assert year_named_incident(_event("Kabul", start=len(history), text=after), (), history + after,
                               dt.date(2026, 11, 20))
