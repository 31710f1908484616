"""A sentence that adds a detail to the event told just before (its subject part or the rest of that act's group,
or those it left; no place nor day of its own) is no event of its own: it folds into that event, of whatever type
the typer read it as (events/addendum.py, merging.merge_events)."""

import pytest

from sitroom.extract.events import rules
from sitroom.records import DateValue, Event, Evidence, PlaceMention

DISPERSED = "Protests / Protest with intervention"
ARRESTS = "Strategic developments / Arrests"
CLASH = "Battles / Armed clash"
ABDUCTION = "Violence against civilians / Abduction/forced disappearance"


def _told(doc, label, k, place, day, day_words, lent_place=False):
    sent = list(doc.sents)[k]
    loc = PlaceMention(text=place, start=0, end=len(place), name=place, level="populated place", country="XX")
    return Event(**rules.typed_fields(label), confidence=0.8, location=loc,
                 date=DateValue(start=day, end=day, precision="day", text=day_words),
                 evidence=Evidence(sentence=k, start=sent.start_char, end=sent.end_char, text=sent.text))


FIRST = {DISPERSED: "Police fired tear gas to disperse the protesters in Tarvo on Saturday.",
         CLASH: "Two soldiers were killed in an ambush near Tarvo on Saturday.",
         ABDUCTION: "Gunmen stormed a school in Tarvo on Saturday and kidnapped 30 pupils."}


@pytest.mark.slow
@pytest.mark.parametrize("first,second,label,day_words", [
    (DISPERSED, "Many were held for hours and face fines.", ARRESTS, None),
    (DISPERSED, "Many were held overnight and face fines.", ARRESTS, "overnight"),  # a night's custody, no day
    (CLASH, "Dozens more were wounded.", CLASH, None),
    (ABDUCTION, "Some of them were beaten and taken away to the forest.", ABDUCTION, None),
    (DISPERSED, "The detainees were beaten in the police vans.", ARRESTS, None),
    (DISPERSED, "The rest were detained and later released.", ARRESTS, None),
    (DISPERSED, "The two were beaten in the police vans.", ARRESTS, None),  # a definite count, the group counted
])
def test_a_detail_of_the_event_before_folds_into_it(nlp, first, second, label, day_words):
    from sitroom.extract.events.addendum import adds_detail

    doc = nlp(f"{FIRST[first]} {second}")
    lede = _told(doc, first, 0, "Tarvo", "2021-03-06", "on Saturday")
    more = _told(doc, label, 1, "Tarvo", "2021-03-07" if day_words else "2021-03-06", day_words)
    assert adds_detail(more, doc)
    merged = rules.merge_events([lede, more], details=frozenset({id(more)}))
    assert len(merged) == 1 and rules.label_of(merged[0]) == first and merged[0].date.start == "2021-03-06"


@pytest.mark.slow
@pytest.mark.parametrize("second,place,day,day_words", [
    ("Another 12 were arrested in Velna on Sunday.", "Velna", "2021-03-07", "on Sunday"),  # its own place and day
    ("Many were arrested in Velna.", "Velna", "2021-03-06", None),  # a place of its own
    ("Dozens were detained on Sunday.", "Tarvo", "2021-03-07", "on Sunday"),  # a day of its own
    ("Dozens of students were detained at the university.", "Tarvo", "2021-03-06", None),  # a group named anew
    ("Police later arrested three organisers of the march.", "Tarvo", "2021-03-06", None),  # the doer as subject
    ("The two sides clashed again.", "Tarvo", "2021-03-06", None),  # a count of a noun named anew
    ("Many were detained overnight in raids on their homes.", "Tarvo", "2021-03-07", "overnight"),  # a night's act
])
def test_a_report_with_its_own_place_day_group_or_act_is_no_detail(nlp, second, place, day, day_words):
    from sitroom.extract.events.addendum import adds_detail

    doc = nlp(f"{FIRST[DISPERSED]} {second}")
    more = _told(doc, ARRESTS, 1, place, day, day_words)
    assert not adds_detail(more, doc)


def test_a_detail_with_no_event_told_just_before_stays():
    far = Event(**rules.typed_fields(ARRESTS), confidence=0.8, date=DateValue(start="2021-03-06", end="2021-03-06",
                precision="day"), evidence=Evidence(sentence=6, start=900, end=930, text="Many were held for hours."))
    lede = Event(**rules.typed_fields(DISPERSED), confidence=0.8, date=DateValue(start="2021-03-06", end="2021-03-06",
                 precision="day", text="on Saturday"),
                 evidence=Evidence(sentence=0, start=0, end=60, text="Police dispersed the rally in Tarvo on Saturday."))
    assert len(rules.merge_events([lede, far], details=frozenset({id(far)}))) == 2


PROTEST = "Protests / Peaceful protest"
RIOT = "Riots / Violent demonstration"


@pytest.mark.slow
@pytest.mark.parametrize("first,second,label", [
    (CLASH, "Hundreds later gathered outside the police station to demand their release.", PROTEST),
    (ABDUCTION, "Thousands marched through the town to denounce the kidnapping.", PROTEST),
    (ABDUCTION, "Many then stormed the police station and set it on fire.", RIOT),
])
def test_a_crowds_act_after_another_familys_event_is_its_own(nlp, first, second, label):
    """A crowd ("hundreds", "many") acting after an act of another family is a new act, not a detail of it
    (review52: "Police arrested 15 supporters. Hundreds later gathered ..." folded the protest into the arrests)."""
    doc = nlp(f"{FIRST[first]} {second}")
    lede = _told(doc, first, 0, "Tarvo", "2021-03-06", "on Saturday")
    more = _told(doc, label, 1, "Tarvo", "2021-03-06", None)
    merged = rules.merge_events([lede, more], details=frozenset({id(more)}))
    assert sorted(rules.label_of(e) for e in merged) == sorted([first, label])
