"""A demonstration whose crowd's violence is told in the sentences after it is a riot (the guide: "A protest that
turns violent is a riot"): turned_violent.py reads on while the sentences stay at the demonstration's place."""

from __future__ import annotations

import pytest

from sitroom.extract.events.taxonomy import typed_fields
from sitroom.extract.events.turned_violent import turned_violent
from sitroom.extract.events.units import Unit
from sitroom.records import ActorRef, DateValue, Event, Evidence, PlaceMention

INTERVENTION = "Protests / Protest with intervention"
PEACEFUL = "Protests / Peaceful protest"
VIOLENT = "Riots / Violent demonstration"

LEDE = "In the port city of Mombasa, police fired tear gas to disperse a crowd of several hundred on Saturday."


def _units(*texts):
    units, at = [], 0
    for i, t in enumerate(texts):
        units.append(Unit(sentence=i, start=at, end=at + len(t), text=t, paragraph=i))
        at += len(t) + 2
    return units


def _place(name, units, k):
    at = units[k].text.find(name)
    return PlaceMention(text=name, start=units[k].start + at, end=units[k].start + at + len(name), name=name,
                        country="KE", sentence=k)


def _demo(label, units, k=0):
    police = ActorRef(name="Police Forces of Kenya", text="police", actor_type="state forces", inter=1, country="KE")
    protesters = ActorRef(name="Protesters (Kenya)", text="crowd", actor_type="protesters", inter=6, country="KE")
    u = units[k]
    return Event(**typed_fields(label), confidence=0.7, actor1=protesters, actor2=police,
                 location=PlaceMention(text="Mombasa", start=0, end=7, name="Mombasa", country="KE", level="populated place"),
                 date=DateValue(start="2026-03-14", end="2026-03-14", precision="day"), extractor="t",
                 evidence=Evidence(sentence=u.sentence, start=u.start, end=u.end, text=u.text))


@pytest.mark.parametrize("after", [
    "Several cars were set on fire and shops near the central market were looted, witnesses said.",
    "Some of the demonstrators threw stones at the officers before the crowd broke up.",
])
def test_the_crowds_violence_told_after_makes_a_riot(after):
    units = _units(LEDE, after)
    ev, = turned_violent([_demo(INTERVENTION, units)], units, [_place("Mombasa", units, 0)])
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Violent demonstration")
    assert ev.actor1.name == "Rioters (Kenya)" and ev.actor2.name == "Police Forces of Kenya"
    assert ev.location.name == "Mombasa" and ev.date.start == "2026-03-14"


def test_the_violence_coded_as_property_destruction_is_the_riots_own():
    units = _units(LEDE, "Several cars were set on fire and shops near the central market were looted.")
    looting = _demo("Strategic developments / Looting/property destruction", units, 1)
    riot, = turned_violent([_demo(INTERVENTION, units), looting], units, [_place("Mombasa", units, 0)])
    assert riot.sub_event_type == "Violent demonstration"


def test_the_violence_coded_as_a_riot_of_its_own_is_the_same_riot():
    units = _units(LEDE, "Some of the demonstrators threw stones at the officers.")
    police = ActorRef(name="Police Forces of Kenya", text="police", actor_type="state forces", inter=1, country="KE")
    calm = _demo(PEACEFUL, units).model_copy(update={"actor2": None})
    stones = _demo(VIOLENT, units, 1).model_copy(update={"actor2": police})
    riot, = turned_violent([calm, stones], units, [_place("Mombasa", units, 0)])
    assert riot.sub_event_type == "Violent demonstration" and riot.evidence.sentence == 0
    assert riot.actor2.name == "Police Forces of Kenya"  # the police the stones were thrown at


def test_a_sentence_or_two_between_still_tells_the_same_demonstration():
    units = _units(LEDE, "The protesters carried banners against the new tax.", "Many were students.",
                   "Later some of them torched a bus in Mombasa's old town.")
    ev, = turned_violent([_demo(PEACEFUL, units)], units, [_place("Mombasa", units, 0), _place("Mombasa", units, 3)])
    assert ev.sub_event_type == "Violent demonstration"


def test_violence_at_another_place_is_another_incident():
    units = _units(LEDE, "In Malindi, youths set fire to a police post on Sunday.")
    ev, = turned_violent([_demo(INTERVENTION, units)], units,
                         [_place("Mombasa", units, 0), _place("Malindi", units, 1)])
    assert ev.sub_event_type == "Protest with intervention"


def test_an_armed_groups_looting_is_no_crowds_violence():
    units = _units(LEDE, "Gunmen later looted shops in the area.")
    ev, = turned_violent([_demo(INTERVENTION, units)], units, [_place("Mombasa", units, 0)])
    assert ev.sub_event_type == "Protest with intervention"


def test_violence_by_unknown_people_is_not_the_crowds():
    units = _units(LEDE, "Later that evening, unknown people set fire to a bus near the market.")
    ev, = turned_violent([_demo(INTERVENTION, units)], units, [_place("Mombasa", units, 0)])
    assert ev.sub_event_type == "Protest with intervention"


def test_violence_by_the_police_is_not_the_crowds():
    units = _units(LEDE, "Officers later set fire to the traders' stalls near the market.")
    ev, = turned_violent([_demo(INTERVENTION, units)], units, [_place("Mombasa", units, 0)])
    assert ev.sub_event_type == "Protest with intervention"


def test_after_a_peaceful_protest_the_violence_must_be_told_of_the_crowd():
    units = _units(LEDE, "Shops near the market were looted during the night.")
    ev, = turned_violent([_demo(PEACEFUL, units)], units, [_place("Mombasa", units, 0)])
    assert ev.sub_event_type == "Peaceful protest"
    units = _units(LEDE, "Some protesters looted shops near the market.")
    ev, = turned_violent([_demo(PEACEFUL, units)], units, [_place("Mombasa", units, 0)])
    assert ev.sub_event_type == "Violent demonstration"


def test_violence_far_after_or_before_is_not_read():
    far = _units(LEDE, "a.", "b.", "c.", "d.", "Protesters set fire to tyres.")
    ev, = turned_violent([_demo(INTERVENTION, far)], far, [_place("Mombasa", far, 0)])
    assert ev.sub_event_type == "Protest with intervention"
    before = _units("Protesters set fire to tyres.", LEDE)
    ev, = turned_violent([_demo(INTERVENTION, before, 1)], before, [_place("Mombasa", before, 1)])
    assert ev.sub_event_type == "Protest with intervention"


def test_a_calm_follow_up_leaves_the_protest():
    units = _units(LEDE, "No injuries were reported and the crowd went home by evening.")
    ev, = turned_violent([_demo(INTERVENTION, units)], units, [_place("Mombasa", units, 0)])
    assert ev.sub_event_type == "Protest with intervention"


@pytest.mark.slow
def test_a_dispersed_crowd_that_looted_afterwards_is_a_riot(pipeline):
    from sitroom.records import DocumentIn

    text = ("NAIROBI, March 15 (Reuters) - Hundreds of people protested against a new fuel tax in Kenya this "
            "weekend.\n\nIn the port city of Mombasa, police fired tear gas on Saturday to disperse a crowd of "
            "several hundred protesters.\n\nSeveral cars were set on fire and shops near the central market were "
            "looted, witnesses said.")
    evs = pipeline.extract(DocumentIn(id="t", text=text, published="2026-03-15")).events
    mombasa = [e for e in evs if e.location is not None and e.location.name == "Mombasa"]
    assert [(e.event_type, e.sub_event_type) for e in mombasa] == [("Riots", "Violent demonstration")]
    assert mombasa[0].sub_event_type == "Violent demonstration" and mombasa[0].actor1.name == "Rioters (Kenya)"


def test_violence_on_a_day_of_its_own_is_another_incident():
    from sitroom.records import TimeMention

    units = _units(LEDE, "Last year, protesters torched the governor's office.")
    at = units[1].start
    last_year = TimeMention(text="Last year", start=at, end=at + 9, sentence=1, date=DateValue(start="2025"))
    ev, = turned_violent([_demo(INTERVENTION, units)], units, [_place("Mombasa", units, 0)], [last_year])
    assert ev.sub_event_type == "Protest with intervention"
