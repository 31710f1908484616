"""bystanders.py: state forces that only stand beside an event an unnamed hand carried out (issue 11) are no
doer; those that carry it out keep it."""

from __future__ import annotations

import pytest

from sitroom.extract.events.bystanders import bystander_doers, stands_apart
from sitroom.records import ActorRef, Event, Evidence, PlaceMention

_POLICE = ActorRef(name="Police Forces of Egypt", text="police", actor_type="state forces", inter=1, country="EG")
_CAIRO = PlaceMention(text="Cairo", start=0, end=5, name="Cairo", country="EG")
_IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def _nlp():
    from sitroom.read.nlp import get_nlp

    return get_nlp()


def _tokens(doc, actor: str, cue: str):
    return next(t for t in doc if t.lower_ == actor), next(t for t in doc if t.lower_ == cue)


@pytest.mark.slow
@pytest.mark.parametrize("sentence, actor, cue, apart", [
    # who handles the event without taking part, or acts before or after it
    ("Fears swept across Cairo as police probed the deadly bomb blast at a church.", "police", "blast", True),
    ("Police investigated the explosion at the church in Cairo.", "police", "explosion", True),
    ("Security forces abandoned the area shortly before the attack on the camp.", "forces", "attack", True),
    ("After weeks of police intimidation, the activist was assassinated inside his home.", "police", "assassinated",
     True),
    # who carries it out
    ("Police detonated the bomb found at the church in Cairo.", "police", "detonated", False),
    ("Police carried out the bomb blast at the camp in Cairo.", "police", "blast", False),
    ("Security forces attacked the camp after midnight.", "forces", "attacked", False),
    ("After the protest, police shot the activist in his home.", "police", "shot", False),
    ("After the bombing of the camp by police, residents fled the town.", "police", "bombing", False),
])
def test_stands_apart(sentence, actor, cue, apart):
    tok, trig = _tokens(_nlp()(sentence), actor, cue)
    assert stands_apart(tok, trig) is apart


def _event(doc, cue: str, kind=_IED, actor1=_POLICE) -> Event:
    e = Event(event_type=kind[0], sub_event_type=kind[1], confidence=0.9, actor1=actor1, location=_CAIRO,
              evidence=Evidence(sentence=0, start=0, end=len(doc.text), text=doc.text))
    e._trigger_start = doc.text.index(cue)
    return e


@pytest.mark.slow
def test_a_prober_gives_way_to_the_unidentified_armed_group():
    doc = _nlp()("Fears swept across Cairo as police probed the deadly bomb blast at a church.")
    (e,) = bystander_doers([_event(doc, "blast")], doc)
    assert e.actor1.name == "Unidentified Armed Group (Egypt)"


@pytest.mark.slow
def test_a_doer_and_other_types_keep_their_actor1():
    doc = _nlp()("Police carried out the bomb blast at the camp in Cairo.")
    assert bystander_doers([_event(doc, "blast")], doc)[0].actor1.name == "Police Forces of Egypt"
    # a battle's parties are not coded by the unnamed-perpetrator convention: left as they are
    doc = _nlp()("Fears swept across Cairo as police probed the clash at a church.")
    clash = _event(doc, "clash", kind=("Battles", "Armed clash"))
    assert bystander_doers([clash], doc)[0].actor1.name == "Police Forces of Egypt"
    # a group with a name, not state forces, is left alone
    group = ActorRef(name="Hasm", text="Hasm", actor_type="political militia", inter=3, country="EG")
    doc = _nlp()("Fears swept across Cairo as Hasm probed the deadly bomb blast at a church.")
    assert bystander_doers([_event(doc, "blast", actor1=group)], doc)[0].actor1.name == "Hasm"


@pytest.mark.slow
@pytest.mark.parametrize("sentence, cue", [
    ("A convoy of police officers struck an improvised explosive device near Cairo, killing four officers.",
     "improvised"),
    ("A police patrol ran over a roadside bomb in Cairo on Monday, killing three officers.", "roadside"),
])
def test_who_meets_a_planted_device_is_its_target(sentence, cue):
    doc = _nlp()(sentence)
    (e,) = bystander_doers([_event(doc, cue)], doc)
    assert e.actor1.name == "Unidentified Armed Group (Egypt)"
    assert e.actor2.name == "Police Forces of Egypt"


@pytest.mark.slow
def test_who_plants_or_sets_off_a_device_keeps_actor1():
    doc = _nlp()("Police planted a roadside bomb in Cairo on Monday, killing two herders.")
    (e,) = bystander_doers([_event(doc, "roadside")], doc)
    assert e.actor1.name == "Police Forces of Egypt" and e.actor2 is None


@pytest.mark.slow
def test_an_event_no_cue_marks_is_read_at_its_one_attack_noun():
    forces = ActorRef(name="Police Forces of Egypt", text="security forces", actor_type="state forces", inter=1,
                      country="EG")
    attack = ("Violence against civilians", "Attack")
    doc = _nlp()("Residents say security forces left the square shortly before the attack and came back after it.")
    e = _event(doc, "Residents", kind=attack, actor1=forces)
    e._trigger_start = None  # typed from the sentence as a whole
    (e,) = bystander_doers([e], doc)
    assert e.actor1.name == "Unidentified Armed Group (Egypt)"
    doc = _nlp()("Residents say security forces opened fire on the crowd in the square.")
    e = _event(doc, "Residents", kind=attack, actor1=forces)
    e._trigger_start = None
    (e,) = bystander_doers([e], doc)
    assert e.actor1.name == "Police Forces of Egypt"
