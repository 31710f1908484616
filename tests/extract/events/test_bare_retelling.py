"""A report naming no place nor day of its own, told just after an incident of its type that the text places or
dates, retells it (events/bare_retelling.py)."""

from sitroom.extract.events import rules
from sitroom.extract.events.bare_retelling import follow_ups
from sitroom.records import ActorRef, DateValue, Event, Evidence, PlaceMention

ARRESTS = "Strategic developments / Arrests"


def _report(sentence, text, place, day=None, day_words=None, doer="Police Forces of Pakistan", place_sentence=0):
    precision = "day" if day_words else "publication"
    return Event(**rules.typed_fields(ARRESTS), confidence=0.8,
                 actor1=ActorRef(name=doer, text="police") if doer else None,
                 location=PlaceMention(text=place, start=0, end=len(place), name=place, level="populated place",
                                       country="PK", sentence=place_sentence),
                 date=DateValue(start=day or "2020-01-21", end=day or "2020-01-27", precision=precision, text=day_words),
                 evidence=Evidence(sentence=sentence, start=sentence * 200, end=sentence * 200 + len(text), text=text))


TOLD = "Activist Manzoor Pashteen was arrested in Peshawar on Monday."


def test_a_follow_up_with_no_place_nor_day_of_its_own_joins_the_told_arrest():
    told = _report(1, TOLD, "Peshawar", day="2020-01-27", day_words="on Monday")
    # the context lent the follow-up the dateline's city
    follow = _report(3, "He was required in a case, so we arrested him, an official said.", "Islamabad")
    assert follow_ups([told, follow]) == {id(follow)}
    merged = rules.merge_events([told, follow], added=follow_ups([told, follow]))
    assert len(merged) == 1 and merged[0].location.name == "Peshawar" and merged[0].date.start == "2020-01-27"


def test_far_away_another_doer_a_place_of_its_own_or_another_incident_stay_apart():
    told = _report(1, TOLD, "Peshawar", day="2020-01-27", day_words="on Monday")
    far = _report(9, "He was arrested, an official said.", "Islamabad")
    other_doer = _report(2, "He was arrested, an official said.", "Islamabad", doer="Military Forces of Pakistan")
    own_place = _report(2, "Police arrested a student in Islamabad.", "Islamabad")
    another = _report(2, "In a separate incident, a student was arrested.", "Islamabad")
    for ev in (far, other_doer, own_place, another):
        assert follow_ups([told, ev]) == frozenset()


def test_a_follow_up_the_story_has_moved_to_another_place_for_stays_apart():
    told = _report(1, "Police arrested six students in Lahore on Monday.", "Lahore", day="2020-01-27",
                   day_words="on Monday", place_sentence=1)
    # "In Multan, the students' union called a strike." (sentence 2) lends the follow-up its place
    there = _report(3, "Police arrested two union leaders, the union said.", "Multan", place_sentence=2)
    assert follow_ups([told, there]) == frozenset()
