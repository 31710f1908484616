"""A photo caption told in the present with its own full day ("Protesters clash with police in Madrid, Colombia,
Friday, May 28, 2021. (AP Photo/...)"): news captions are written in the present for the act they show, so it is
that act on that day, not a practice (captions.dated_caption, read by discourse.not_news). A present with no such
day, or outside a caption, or with a file photo's old day, stays a practice."""

from __future__ import annotations

import datetime as dt

import pytest

from sitroom.extract.events import discourse

pytestmark = pytest.mark.slow

LEAD = "Tension has grown in the capital for weeks. "  # the habitual reading is not asked of a first sentence


def _why(nlp, sentence, word, pub):
    doc = nlp(LEAD + sentence)
    tok = next(t for t in doc if t.text == word and t.idx >= len(LEAD))
    return discourse.not_news(tok, pub)


@pytest.mark.parametrize("sentence, word, pub", [
    ("Police officers detain protesters in Minsk, Belarus, Sunday, Aug. 9, 2020. (AP Photo/Jane Doe)", "detain",
     dt.date(2020, 8, 11)),
    ("Demonstrators clash with soldiers outside the parliament in Bamako, Mali, Thursday, March 4, 2021. "
     "(AP Photo/John Smith)", "clash", dt.date(2021, 3, 6)),
    ("Protesters throw stones at police in Conakry, Guinea, Wednesday, Oct. 21, 2020. (AP Photo/Sadak Souici)",
     "throw", dt.date(2020, 10, 23)),
    ("Students rally against the coup in Yangon, Myanmar, Saturday, Feb. 6, 2021. (Jane Doe/Reuters)", "rally",
     dt.date(2021, 2, 8)),
    ("Hundreds of farmers march toward the capital in Lahore, Pakistan, Monday, Feb. 7, 2022, in protest. "
     "(AP Photo/K.M. Chaudary)", "march", dt.date(2022, 2, 9)),
])
def test_a_present_caption_with_its_own_day_is_that_days_act(nlp, sentence, word, pub):
    assert _why(nlp, sentence, word, pub) is None


@pytest.mark.parametrize("sentence, word, pub", [
    # no day at all: a practice, caption or not
    ("Police clash with protesters every Friday in Algiers.", "clash", dt.date(2021, 3, 6)),
    ("Police officers detain protesters in Minsk, Belarus. (AP Photo/Jane Doe)", "detain", dt.date(2020, 8, 11)),
    # a file photo: its day is long before the report
    ("Police officers detain protesters in Minsk, Belarus, Sunday, Aug. 9, 2020. (AP Photo/Jane Doe)", "detain",
     dt.date(2021, 7, 15)),
    # a full day, but no caption: the day is the report's, not the act's
    ("Soldiers detain traders at checkpoints in Maiduguri, according to a report dated May 28, 2021.", "detain",
     dt.date(2021, 6, 2)),
])
def test_a_present_without_a_captions_own_day_stays_a_practice(nlp, sentence, word, pub):
    assert _why(nlp, sentence, word, pub) == "habitual"


def test_the_caption_event_takes_its_place_day_and_actors(pipeline):
    from sitroom.records import DocumentIn

    text = ("Protests over fuel prices spread across Kenya this week.\n\n"
            "Protesters clash with police in Kisumu, Kenya, Tuesday, July 6, 2021. (AP Photo/Jane Doe)\n\n"
            "The government said the price rise would stay.")
    events = pipeline.extract(DocumentIn(id="t", text=text, published="2021-07-08")).events
    told = [e for e in events if "Kisumu" in e.evidence.text]
    assert told, events
    e = told[0]
    assert e.location is not None and e.location.name == "Kisumu"
    assert (e.date.start, e.date.precision) == ("2021-07-06", "day")
    assert e.actor1 is not None and e.actor2 is not None
    assert {e.actor1.name, e.actor2.name} >= {"Police Forces of Kenya"}


@pytest.mark.parametrize("sentence, word, why", [
    # the simple present over every occasion is a practice
    ("Soldiers detain young men at the checkpoint every morning.", "detain", "habitual"),
    ("Police clash with protesters every Friday in Algiers.", "clash", "habitual"),
    # negative: one act in the past, and "every" counting the victims or spreading one act over places
    ("Police clashed with protesters in Algiers on Friday.", "clashed", None),
    ("Police arrest every protester they find in the square.", "arrest", None),
    ("Troops deploy to every polling station in Kano.", "deploy", None),
])
def test_the_present_over_every_occasion_is_a_practice(nlp, sentence, word, why):
    assert _why(nlp, sentence, word, dt.date(2021, 3, 6)) == why
