"""A lead that sums up strikes by its doer ("X conducted 21 strikes") names the doer of the strikes listed after
it, even when the lead is no event of its own (series_lead.tally_leads, conventions.series_doers)."""

import pytest

from sitroom.extract.events.conventions import series_doers
from sitroom.extract.events.rules import typed_fields
from sitroom.extract.events.series_lead import tally_doer, tally_leads
from sitroom.extract.events.units import Unit
from sitroom.records import ActorMention, ActorRef, DateValue, Event, Evidence

STRIKE = "Explosions/Remote violence / Air/drone strike"


def _mentions(text, names):
    out = []
    for words, name in names.items():
        i = text.index(words)
        out.append(ActorMention(text=words, start=i, end=i + len(words), name=name))
    return out


def _doer(nlp, text, names):
    doc = nlp(text)
    unit = Unit(sentence=0, start=0, end=len(text), text=text, paragraph=0)
    ref = tally_doer(doc, unit, _mentions(text, names))
    return ref.name if ref is not None else None


@pytest.mark.parametrize("text, names, doer", [
    ("On May 3, allied air forces conducted 17 strikes against rebel positions in the north.",
     {"allied air forces": "Allied Air Forces", "rebel": "Rebels"}, "Allied Air Forces"),
    ("WESTERN FRONT, May 4 — Royal Air Force jets carried out nine air raids on militant hideouts.",
     {"Royal Air Force jets": "Military Forces of the United Kingdom"}, "Military Forces of the United Kingdom"),
    ("The navy launched dozens of strikes on pirate bases along the coast overnight.",
     {"The navy": "Navy"}, "Navy"),
    ("Government warplanes flew 40 sorties over the valley on Sunday.",
     {"Government warplanes": "Air Force"}, "Air Force"),
])
def test_the_subject_of_a_tally_of_strikes_is_their_doer(nlp, text, names, doer):
    assert _doer(nlp, text, names) == doer


@pytest.mark.parametrize("text, names", [
    # someone else's count of the strikes: the speaker is no doer
    ("The ministry counted 21 strikes on the city on Friday, a spokesman said.", {"The ministry": "Ministry"}),
    ("Rights groups condemned the 12 strikes that hit the market.", {"Rights groups": "Rights groups"}),
    # one act, not a tally: an ordinary event sentence, which names its own doer
    ("The army conducted an operation in the district on Monday.", {"The army": "Army"}),
    # carried something, not carried out strikes
    ("The convoy carried 20 missiles to the front.", {"The convoy": "Convoy"}),
])
def test_no_doer_where_the_sentence_tallies_no_strikes_of_its_subject(nlp, text, names):
    assert _doer(nlp, text, names) is None


def _event(sentence, actor1=None, actor2=None):
    return Event(**typed_fields(STRIKE), confidence=0.9, actor1=actor1, actor2=actor2, date=DateValue(),
                 evidence=Evidence(sentence=sentence, start=sentence * 100, end=sentence * 100 + 50, text="x"),
                 extractor="t")


ALLIES = ActorRef(name="Allied Air Forces", text="allied air forces")
RUSSIA = ActorRef(name="Military Forces of Russia", text="Russian jets")


def test_listed_strikes_after_a_tally_that_is_no_event_take_its_doer():
    out = series_doers([_event(1), _event(2, None, ActorRef(name="Rebels", text="rebel"))], [(0, ALLIES)])
    assert [e.actor1.name for e in out] == ["Allied Air Forces"] * 2


def test_a_listed_strike_with_its_own_subject_keeps_it_and_later_items_follow_it():
    out = series_doers([_event(1), _event(2, RUSSIA), _event(3)], [(0, ALLIES)])
    assert [e.actor1.name for e in out] == ["Allied Air Forces", "Military Forces of Russia",
                                            "Military Forces of Russia"]


def test_a_strike_before_the_tally_or_far_after_it_takes_nothing():
    out = series_doers([_event(0), _event(40)], [(1, ALLIES)])
    assert [e.actor1 for e in out] == [None, None]


def test_tally_leads_in_document_order(nlp):
    text = "Allied air forces conducted 17 strikes against rebel positions. Near Kasra, three strikes hit a depot."
    doc = nlp(text)
    units = [Unit(sentence=i, start=s.start_char, end=s.end_char, text=s.text, paragraph=0)
             for i, s in enumerate(doc.sents)]
    leads = tally_leads(doc, units, _mentions(text, {"Allied air forces": "Allied Air Forces"}))
    assert [(s, r.name) for s, r in leads] == [(0, "Allied Air Forces")]


def _dated(sentence, actor1, day=None):
    date = DateValue(start=day, end=day, precision="day") if day else \
        DateValue(start="2016-03-06", end="2016-03-12", precision="publication")
    return _event(sentence, actor1).model_copy(update={"date": date})


def test_listed_strikes_with_no_day_take_the_series_day():
    from sitroom.extract.events.conventions import series_days
    out = series_days([_dated(0, ALLIES, "2016-03-11"), _dated(2, ALLIES), _dated(3, ALLIES), _dated(5, ALLIES)])
    assert [str(e.date.start) for e in out] == ["2016-03-11"] * 4
    assert all(e.date.precision == "day" for e in out)


def test_a_strike_with_its_own_day_or_another_doer_or_far_keeps_its_date():
    from sitroom.extract.events.conventions import series_days
    out = series_days([_dated(0, ALLIES, "2016-03-11"), _dated(1, ALLIES, "2016-03-09"), _dated(2, RUSSIA),
                       _dated(40, ALLIES)])
    assert [e.date.precision for e in out] == ["day", "day", "publication", "publication"]
    assert str(out[1].date.start) == "2016-03-09"
