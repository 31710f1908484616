"""A suicide bombing is no state's act: of two reports of one, the armed group one names is its doer, not a state
actor another report names beside it."""

from sitroom.extract.events.merged_slots import merge_reports
from sitroom.records import ActorRef, DateValue, Event, Evidence


def _report(actor1: ActorRef, text: str, start: int) -> Event:
    return Event(event_type="Explosions/Remote violence", sub_event_type="Suicide bomb", confidence=0.8,
                 actor1=actor1, date=DateValue(), evidence=Evidence(text=text, start=start, end=start + len(text),
                                                                    sentence=start))


_GOVERNMENT = ActorRef(name="Government of Ruritania", text="the Ruritanian leader", actor_type="state forces", inter=1,
                       country="RU")
_GROUP = ActorRef(name="Red Hand", text="Red Hand", actor_type="rebel group", inter=2)


def test_the_armed_group_named_by_another_report_is_the_doer():
    blamed = _report(_GOVERNMENT, "The minister blamed the Ruritanian leader for the bombing.", 0)
    told = _report(_GROUP, "Two suicide bombers from Red Hand blew themselves up.", 1)
    assert merge_reports(blamed, told).actor1.name == "Red Hand"


def test_a_state_doer_of_another_attack_stays():
    blamed = _report(_GOVERNMENT, "The minister blamed the Ruritanian leader for the shelling.", 0)
    blamed = blamed.model_copy(update={"sub_event_type": "Shelling/artillery/missile attack"})
    told = _report(_GROUP, "Red Hand fighters fired shells.", 1)
    assert merge_reports(blamed, told).actor1.name == "Government of Ruritania"
