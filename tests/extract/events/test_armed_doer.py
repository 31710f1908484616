"""Violence by an organised armed actor is typed by its doer and its target, as ACLED's codebook types it: gunmen or
militants who kill villagers or traders commit violence against civilians, whatever the words' lean (the typer
reads "Gunmen attacked a village, killing 12 people" as mob violence, which needs a crowd; defining_element.armed_doer_typed),
and civilians named by their trade are civilians (rules.CIVILIAN_VICTIMS: "killed nine traders" is no armed clash
because militants did it)."""

import pytest

from sitroom.extract.events.defining_element import armed_doer_typed
from sitroom.extract.events.taxonomy import typed_fields
from sitroom.records import ActorRef, DateValue, Event, Evidence

GUNMEN = ActorRef(name="Unidentified Armed Group (Nigeria)", actor_type="unidentified armed group", inter=3,
                  country="NG")
SOLDIERS = ActorRef(name="Military Forces of Nigeria (2015-2023)", actor_type="state forces", inter=1, country="NG")
RIOTERS = ActorRef(name="Rioters (Nigeria)", actor_type="rioters", inter=5, country="NG")


def _mob(text, actor1, actor2=None):
    return Event(**typed_fields("Riots / Mob violence"), confidence=0.9, date=DateValue(), extractor="t",
                 actor1=actor1, actor2=actor2, evidence=Evidence(sentence=0, start=0, end=len(text), text=text))


def test_an_armed_group_killing_villagers_attacks_civilians():
    ev = armed_doer_typed(_mob("Gunmen attacked a village in Sokoto on Tuesday, killing 12 people.", GUNMEN))
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")
    assert ev.actor1.name == "Unidentified Armed Group (Nigeria)"


def test_an_armed_group_against_soldiers_is_an_armed_clash():
    ev = armed_doer_typed(_mob("Gunmen attacked the soldiers at the junction on Tuesday.", GUNMEN, SOLDIERS))
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")


def test_rioters_or_no_doer_are_left_to_the_crowd_rule():
    assert armed_doer_typed(_mob("A cyclist was hit by a truck and killed on the highway.", RIOTERS)) is None
    assert armed_doer_typed(_mob("A cyclist was hit by a truck and killed on the highway.", None)) is None


@pytest.mark.parametrize("text", [
    "Gunmen attacked a village in Sokoto State on Tuesday, killing 12 people.",
    "Militants stormed a market in Borno on Sunday and killed nine traders.",
])
def test_armed_men_killing_villagers_or_traders_is_one_attack_on_civilians(pipeline, text):
    from sitroom.records import DocumentIn

    events = pipeline.extract(DocumentIn(id="t", text=text, published="2021-06-10")).events
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Violence against civilians", "Attack")]
    assert events[0].actor2.name == "Civilians (Nigeria)"
    assert events[0].location.admin1 in ("Sokoto", "Borno")


@pytest.mark.parametrize("text, label", [
    # the source named after the report is not its victims: police telling of an attack on villagers
    ("Gunmen attacked a village in Sokoto State on Tuesday, killing 12 people, police said.",
     ("Violence against civilians", "Attack")),
    ("Gunmen attacked a police checkpoint in Sokoto State on Tuesday, killing two officers, residents said.",
     ("Battles", "Armed clash")),
])
def test_the_source_of_a_report_is_not_its_victims(pipeline, text, label):
    from sitroom.records import DocumentIn

    events = pipeline.extract(DocumentIn(id="t", text=text, published="2021-06-10")).events
    assert [(e.event_type, e.sub_event_type) for e in events] == [label]
