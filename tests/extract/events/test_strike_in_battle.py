"""Rule 3 (events/same_event.py): an air strike or shelling inside a battle stays its own Explosions event (the
guide's exception to the priority order; train gold: lee-bg-44, lee-bg-268); it merges only into a Battles report told
near it that tells no fighting, which retells the strike's armed victims. Bombs told by how they were delivered are an
air strike (patterns.py)."""

from sitroom.extract.events import rules
from sitroom.extract.events.patterns import find_cues
from sitroom.lang.en.events.rules import TWO_SIDED
from sitroom.records import DateValue, Event, Evidence, PlaceMention

AIR = "Explosions/Remote violence / Air/drone strike"
CLASH = "Battles / Armed clash"
SHELLING = "Explosions/Remote violence / Shelling/artillery/missile attack"


def _event(label, sentence, text):
    place = "Lashkar Gah"
    return Event(**rules.typed_fields(label), confidence=0.8,
                 location=PlaceMention(text=place, start=0, end=len(place), name=place, level="populated place",
                                       country="AF"),
                 date=DateValue(start="2010-03-02", end="2010-03-02", precision="day"),
                 evidence=Evidence(sentence=sentence, start=sentence * 100, end=sentence * 100 + len(text), text=text))


def test_a_strike_stays_its_own_event_beside_the_fighting_told_near_it():
    # The guide: "An air strike or shelling that is part of a battle is still its own Explosions event."
    # (Changed from the old expectation, one Battles event, which the guide and the train gold contradict.)
    for strike, fight, sub in [
            (AIR, "Fighting raged around the compound all night.", "Air/drone strike"),
            (SHELLING, "Rebels and troops clashed in the village until noon.", "Shelling/artillery/missile attack"),
            (AIR, "A gun battle broke out at the hideout as the helicopters circled.", "Air/drone strike")]:
        out = rules.merge_events([_event(strike, 0, "The aircraft and guns pounded the positions."),
                                  _event(CLASH, 1, fight)])
        assert sorted((e.event_type, e.sub_event_type) for e in out) == [
            ("Battles", "Armed clash"), ("Explosions/Remote violence", sub)]


def test_a_battle_report_that_only_names_the_battleground_tells_no_fighting():
    # "battleground" is a place word: the report retells the strike, which stays the one event
    out = rules.merge_events([_event(AIR, 0, "A jet dropped two bombs on the compound."),
                              _event(CLASH, 1, "The battleground fell silent after the raid on the compound.")])
    assert [e.sub_event_type for e in out] == ["Air/drone strike"]
    assert not TWO_SIDED.search("Medics reached the battlefield at noon.")
    assert TWO_SIDED.search("Troops battled the rebels for hours.")


def test_a_battle_told_far_on_or_one_that_tells_no_fighting_does_not_absorb_the_strike():
    far = rules.merge_events([_event(AIR, 0, "A jet dropped two bombs on the compound."),
                              _event(CLASH, 9, "Fighting raged around the compound all night.")])
    assert sorted(e.event_type for e in far) == ["Battles", "Explosions/Remote violence"]
    dead = rules.merge_events([_event(AIR, 0, "A jet dropped two bombs on the compound."),
                               _event(CLASH, 1, "The number of soldiers killed rose to four.")])
    assert [e.sub_event_type for e in dead] == ["Air/drone strike"]


def test_bombs_told_by_their_delivery_cue_an_air_strike():
    def air(text):
        return any(c.label == AIR for c in find_cues(text))
    assert air("Two soldiers were killed by a stray bomb near the border.")
    assert air("Planes dropped at least 30 bombs on the valley.")
    assert air("The bombing runs went on for a month.")
    # rebels wage a bombing campaign with planted bombs: no aircraft told
    assert not air("The separatists have waged a bombing campaign in the capital's metro.")
    assert not air("An errant mortar bomb landed in a school yard.")
    assert not air("A 10-kilogram bomb exploded at the bus station.")
