"""Reports of one type at one place and on one day that are still separate events by ACLED's unit (one type, actor
pair, place and day): an act told at another, unnamed place; a blast of another kind of device; an arrest by
another force (same_event.py)."""

from sitroom.extract.events import rules
from sitroom.lang.en.events.separate import device_kinds, other_place
from sitroom.records import ActorRef as Actor, DateValue, Event, Evidence, PlaceMention

ABDUCTION = "Violence against civilians / Abduction/forced disappearance"
CLASH = "Battles / Armed clash"
IED = "Explosions/Remote violence / Remote explosive/landmine/IED"
ARRESTS = "Strategic developments / Arrests"


def _event(label, sentence, text, actor1, actor2, place="Kaduna", level="admin1", country="NG", fatalities=None,
           actor1_text=None):
    return Event(**rules.typed_fields(label), confidence=0.8, fatalities=fatalities,
                 actor1=Actor(name=actor1, text=actor1_text,
                              actor_type="state forces" if actor1.startswith(("Police", "Military")) else None,
                              inter=1 if actor1.startswith(("Police", "Military")) else None),
                 actor2=Actor(name=actor2) if actor2 else None,
                 location=PlaceMention(text=place, start=0, end=len(place), name=place, level=level, country=country),
                 date=DateValue(start="2021-05-10", end="2021-05-10", precision="day"),
                 evidence=Evidence(sentence=sentence, start=sentence * 100, end=sentence * 100 + 50, text=text))


def test_an_act_told_at_another_unnamed_place_is_its_own_event():
    school = _event(ABDUCTION, 0, "Gunmen abducted 20 pupils from a school in Kaduna state on Monday, police said.",
                    "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")
    village = _event(ABDUCTION, 1, "In a nearby village, gunmen abducted a priest.",
                     "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")
    assert len(rules.merge_events([school, village])) == 2
    kunar = _event(CLASH, 0, "Taliban fighters clashed with Afghan soldiers in Kunar province on Sunday.", "Taliban",
                   "Military Forces of Afghanistan", place="Kunar", country="AF", fatalities=6)
    north = _event(CLASH, 1, "In the north, soldiers killed 11 fighters.", "Military Forces of Afghanistan",
                   "Unidentified Armed Group (Afghanistan)", place="Kunar", country="AF", fatalities=11)
    merged = rules.merge_events([kunar, north])
    assert [e.fatalities for e in merged] == [6, 11]
    # a detail of the same act, with no other place, still joins it
    detail = _event(ABDUCTION, 1, "The gunmen also abducted a teacher.", "Unidentified Armed Group (Nigeria)",
                    "Civilians (Nigeria)")
    assert len(rules.merge_events([school, detail])) == 1


def test_other_place_openings():
    for text in ("In a nearby village, gunmen abducted a priest.", "In the north, soldiers killed 11 fighters.",
                 "In neighbouring districts, police arrested 30 people.", "In the country's east, rebels attacked."):
        assert other_place(text), text
    # a place it names, or a place that is no other locality, is not this opening
    for text in ("In the north of Kunar, soldiers killed 11 fighters.", "In a nearby hospital, three died.",
                 "In the eastern province of Nangarhar, a bomb exploded.", "The gunmen fled to a nearby village."):
        assert not other_place(text), text


def test_a_blast_of_another_device_is_its_own_event():
    roadside = _event(IED, 0, "A roadside bomb killed three soldiers in Mogadishu on Tuesday, police said.",
                      "Unidentified Armed Group (Somalia)", "Military Forces of Somalia", place="Mogadishu",
                      level="populated place", country="SO", fatalities=3)
    car = _event(IED, 1, "A car bomb exploded at a hotel in Mogadishu, killing five people.",
                 "Unidentified Armed Group (Somalia)", "Civilians (Somalia)", place="Mogadishu",
                 level="populated place", country="SO", fatalities=5)
    assert [e.fatalities for e in rules.merge_events([roadside, car])] == [3, 5]
    # the same blast told again, by its kind or by none, is one event
    again = _event(IED, 2, "The car bomb destroyed the hotel's gate.", "Unidentified Armed Group (Somalia)", None,
                   place="Mogadishu", level="populated place", country="SO")
    assert len(rules.merge_events([car, again])) == 1
    assert device_kinds("A suicide car bomber struck") == {"suicide", "vehicle"}
    assert device_kinds("The bomb destroyed the gate.") == frozenset()


def test_arrests_by_two_named_forces_are_two_events():
    police = _event(ARRESTS, 0, "Police arrested 12 suspected robbers in Lagos on Monday.", "Police Forces of Nigeria",
                    "Civilians (Nigeria)", place="Lagos", level="populated place", actor1_text="Police")
    soldiers = _event(ARRESTS, 1, "Soldiers also arrested four militants in Lagos.", "Military Forces of Nigeria",
                      "Unidentified Armed Group (Nigeria)", place="Lagos", level="populated place",
                      actor1_text="Soldiers")
    assert len(rules.merge_events([police, soldiers])) == 2
    # a later report whose force is only the convention's ("the man was arrested") may retell the first
    passive = _event(ARRESTS, 1, "The man was arrested when he left the hospital.", "Military Forces of Nigeria",
                     "Unidentified Armed Group (Nigeria)", place="Lagos", level="populated place")
    assert len(rules.merge_events([police, passive])) == 1


def test_an_ied_named_again_by_its_vehicle_is_one_blast():
    """"IED" names no kind: the improvised device on a motorcycle is the motorcycle bomb."""
    ied = _event(IED, 0, "An improvised explosive device attached to a motorcycle exploded in a market in Baqubah on "
                 "Tuesday, killing five people.", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)", place="Baqubah",
                 level="populated place", country="IQ", fatalities=5)
    moto = _event(IED, 1, "The motorcycle bomb also wounded 20 shoppers, police said.", "Unidentified Armed Group (Iraq)",
                  "Civilians (Iraq)", place="Baqubah", level="populated place", country="IQ")
    assert len(rules.merge_events([ied, moto])) == 1
    assert device_kinds("An IED exploded.") == frozenset()
