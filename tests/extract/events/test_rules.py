"""ACLED coding rules: hors de combat, one event per place and day, airstrikes inside battles."""

from sitroom.extract.events import rules
from sitroom.records import DateValue, Event, Evidence, PlaceMention


def _event(label, sentence, place="Garmsir", day="2021-07-11", fatalities=None, conf=0.8):
    fields = rules.typed_fields(label)
    return Event(**fields, confidence=conf, fatalities=fatalities,
                 location=PlaceMention(text=place, start=0, end=len(place), name=place, level="admin2", country="AF"),
                 date=DateValue(start=day, end=day, precision="day"),
                 evidence=Evidence(sentence=sentence, start=sentence * 100, end=sentence * 100 + 50, text="x"))


def test_killing_surrendered_soldiers_is_violence_against_civilians():
    s = "The video shows the shooting of surrendered soldiers by Taliban militants."
    assert rules.hors_de_combat("Battles / Armed clash", s) == "Violence against civilians / Attack"
    assert rules.hors_de_combat("Battles / Armed clash", "Soldiers and Taliban militants exchanged fire.") == \
        "Battles / Armed clash"


def test_one_event_per_place_and_day_keeps_the_lowest_fatality_figure():
    a = _event("Battles / Armed clash", 0, fatalities=12)
    b = _event("Battles / Armed clash", 4, fatalities=9)
    c = _event("Battles / Armed clash", 5, place="Kandahar", fatalities=3)
    merged = rules.merge_events([a, b, c])
    assert len(merged) == 2
    assert merged[0].fatalities == 9


def test_airstrike_inside_a_ground_battle_is_one_battles_event():
    strike = _event("Explosions/Remote violence / Air/drone strike", 1, conf=0.9)
    clash = _event("Battles / Armed clash", 2)
    merged = rules.merge_events([strike, clash])
    assert [(e.event_type, e.sub_event_type) for e in merged] == [("Battles", "Armed clash")]


def test_aggregate_territorial_claims_are_not_events():
    assert rules.is_aggregate("Battles / Non-state actor overtakes territory",
                              "The Taliban has captured a number of strategic border regions.", 15)
    assert not rules.is_aggregate("Battles / Non-state actor overtakes territory",
                                  "The Taliban captured Garmsir district.", 12)
