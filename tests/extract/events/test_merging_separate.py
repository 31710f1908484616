"""A report the text marks as another incident is not merged into the report before it (same_event.told_apart)."""

from sitroom.extract.events import rules
from sitroom.records import ActorRef as Actor, DateValue, Event, Evidence, PlaceMention

VAC = "Violence against civilians / Attack"
IED = "Explosions/Remote violence / Remote explosive/landmine/IED"


def _event(label, sentence, text, place="Zaria", actor2="Civilians (Nigeria)", fatalities=None):
    return Event(**rules.typed_fields(label), confidence=0.8, fatalities=fatalities,
                 actor1=Actor(name="Unidentified Armed Group (Nigeria)"), actor2=Actor(name=actor2),
                 location=PlaceMention(text=place, start=0, end=len(place), name=place, level="populated place",
                                       country="NG"),
                 date=DateValue(start="2024-03-04", end="2024-03-04", precision="day"),
                 evidence=Evidence(sentence=sentence, start=sentence * 100, end=sentence * 100 + 50, text=text))


def test_reports_told_as_other_incidents_stay_apart():
    first = _event(VAC, 0, "Gunmen shot dead four traders in Zaria on Monday.", fatalities=4)
    for text in ("In a separate incident, gunmen killed two farmers in Zaria.",
                 "Elsewhere, gunmen shot dead a farmer in Zaria.",
                 "Meanwhile, in Zaria, gunmen killed a herder."):
        later = _event(VAC, 2, text, actor2="Farmers (Nigeria)", fatalities=2)
        merged = rules.merge_events([first, later])
        assert len(merged) == 2 and merged[0].fatalities == 4 and merged[1].fatalities == 2, text


def test_another_bomb_is_its_own_event_and_a_mention_still_joins():
    first = _event(IED, 0, "A roadside bomb killed four soldiers in Zaria on Monday.", actor2="Military Forces of Nigeria",
                   fatalities=4)
    other = _event(IED, 1, "Another roadside bomb killed two civilians in Zaria.", fatalities=2)
    assert len(rules.merge_events([first, other])) == 2
    blast = _event(IED, 1, "The blast also wounded two passers-by in Zaria.", actor2="Military Forces of Nigeria")
    assert len(rules.merge_events([first, blast], mentions=frozenset({id(blast)}))) == 1


def test_another_person_or_the_same_actors_place_and_day_still_join():
    first = _event(VAC, 0, "Gunmen shot dead four traders in Zaria on Monday.", fatalities=4)
    # "another" of a person is no mark of another incident
    later = _event(VAC, 1, "The gunmen also killed the head of another civic group in Zaria.")
    assert len(rules.merge_events([first, later])) == 1
    # one actor pair at one place on one day is one event (the guide), however the text sets it apart
    again = _event(VAC, 2, "In another attack, gunmen killed a trader in Zaria.")
    assert len(rules.merge_events([first, again])) == 1
    # a report of a series of attacks tells each of them
    series = _event(VAC, 0, "Gunmen carried out a series of attacks in Zaria on Monday.", actor2="Farmers (Nigeria)")
    third = _event(VAC, 3, "In a third incident, gunmen shot dead a trader in Zaria.")
    assert len(rules.merge_events([series, third])) == 1
