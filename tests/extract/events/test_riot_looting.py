"""Rule 5 (same_event.py): looting or burning told with no doer of its own at a riot's place and day is the riot's
destruction, one event of the riot's type (the guide: one event per type, place and day; Riots before Strategic
developments); looting by a named armed doer, elsewhere or on another day stays its own event."""

from sitroom.extract.events import rules
from sitroom.records import ActorRef, DateValue, Event, Evidence, PlaceMention

RIOT = "Riots / Violent demonstration"
MOB = "Riots / Mob violence"
LOOTING = "Strategic developments / Looting/property destruction"
RIOTERS = ActorRef(name="Rioters (France)", actor_type="rioters", inter=5)
SOLDIERS = ActorRef(name="Military Forces of France (2017-)", actor_type="state forces", inter=1)


def _report(label, sentence, text, place="Lyon", day="2021-03-07", actor1=None):
    return Event(**rules.typed_fields(label), confidence=0.8, actor1=actor1,
                 location=PlaceMention(text=place, start=0, end=len(place), name=place, level="populated place",
                                       country="FR"),
                 date=DateValue(start=day, end=day, precision="day", text="on Sunday"),
                 evidence=Evidence(sentence=sentence, start=sentence * 200, end=sentence * 200 + len(text), text=text))


def test_looting_at_the_riots_place_and_day_is_the_riot():
    riot = _report(RIOT, 2, "Youths hurled stones at police in Lyon on Sunday.", actor1=RIOTERS)
    looted = _report(LOOTING, 3, "Shops in the centre of Lyon were looted and two cars set ablaze.")
    merged = rules.merge_events([riot, looted])
    assert len(merged) == 1 and merged[0].sub_event_type == "Violent demonstration"


def test_burning_told_before_the_riot_still_takes_the_riots_type():
    burned = _report(LOOTING, 1, "Several vehicles were torched in Lyon on Sunday night.")
    riot = _report(RIOT, 2, "Hundreds of rioters fought police in Lyon on Sunday.", actor1=RIOTERS)
    merged = rules.merge_events([burned, riot])
    assert len(merged) == 1 and merged[0].sub_event_type == "Violent demonstration"


def test_a_mob_that_loots_is_one_mob_violence_event():
    mob = _report(MOB, 4, "A mob attacked a man accused of theft in Lyon.", actor1=RIOTERS)
    looted = _report(LOOTING, 5, "They then ransacked his shop.", actor1=RIOTERS)
    merged = rules.merge_events([mob, looted])
    assert len(merged) == 1 and merged[0].sub_event_type == "Mob violence"


def test_looting_elsewhere_on_another_day_or_by_an_armed_doer_stays_its_own_event():
    riot = _report(RIOT, 2, "Youths hurled stones at police in Lyon on Sunday.", actor1=RIOTERS)
    elsewhere = _report(LOOTING, 9, "In Grenoble, shops were looted.", place="Grenoble")
    assert len(rules.merge_events([riot, elsewhere])) == 2
    later = _report(LOOTING, 9, "On Tuesday, shops in Lyon were looted.", day="2021-03-09")
    assert len(rules.merge_events([riot, later])) == 2
    soldiers = _report(LOOTING, 3, "Soldiers looted the market in Lyon.", actor1=SOLDIERS)
    assert len(rules.merge_events([riot, soldiers])) == 2


def test_looting_beside_a_peaceful_protest_is_not_merged():
    march = _report("Protests / Peaceful protest", 2, "Thousands marched peacefully through Lyon on Sunday.")
    looted = _report(LOOTING, 3, "Shops in Lyon were looted overnight.")
    assert len(rules.merge_events([march, looted])) == 2
