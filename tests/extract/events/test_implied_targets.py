"""conventions.intervening_police: a protest with intervention that names no other party is one the police
intervene in; a named force, another type or an unplaced event is left as it is. conventions.disrupted_owners:
the target of a disrupted weapons use is no civilians."""

from __future__ import annotations

import pytest

from sitroom.extract.events.conventions import disrupted_owners, intervening_police, rioting_side
from sitroom.records import ActorRef, Event, Evidence, PlaceMention

_MANILA = PlaceMention(text="Manila", start=0, end=6, name="Manila", country="PH")
_PROTESTERS = ActorRef(name="Protesters (Philippines)", actor_type="protesters", inter=6, country="PH")
_SOLDIERS = ActorRef(name="Military Forces of the Philippines", actor_type="state forces", inter=1, country="PH")


def _event(sub: str = "Protest with intervention", actor2=None, location=_MANILA) -> Event:
    return Event(event_type="Protests", sub_event_type=sub, confidence=0.9, actor1=_PROTESTERS, actor2=actor2,
                 location=location, evidence=Evidence(sentence=0, start=0, end=10, text="Protesters were arrested."))


def test_an_unnamed_intervention_is_the_police():
    before = _event()
    (after,) = intervening_police([before])
    assert after.actor2.name == "Police Forces of the Philippines" and after.actor2.inter == 1
    assert after.model_dump(exclude={"actor2"}) == before.model_dump(exclude={"actor2"})


def test_a_named_force_another_type_or_no_place_is_kept():
    kept = [_event(actor2=_SOLDIERS), _event(sub="Peaceful protest"), _event(location=None)]
    assert intervening_police(kept) == kept


def test_the_police_never_become_actor2_beside_themselves():
    police = ActorRef(name="Police Forces of the Philippines", actor_type="state forces", inter=1, country="PH")
    e = _event().model_copy(update={"actor1": police})
    assert intervening_police([e]) == [e]


def test_a_name_no_catalogue_knows_is_no_intervening_force():
    # "Party workers were arrested when they blocked the Yamuna Expressway": the road is not who intervened.
    road = ActorRef(name="the Yamuna Expressway", text="the Yamuna Expressway")
    (after,) = intervening_police([_event(actor2=road)])
    assert after.actor2.name == "Police Forces of the Philippines"
    # "Despite some protests by SP workers in Gorakhpur, shops were open": the party protests, it is no other side.
    party = ActorRef(name="SP", text="SP")
    (peaceful,) = intervening_police([_event(sub="Peaceful protest", actor2=party)])
    assert peaceful.actor2 is None


_BERLIN = PlaceMention(text="Berlin", start=0, end=6, name="Berlin", country="DE")
_GERMAN_POLICE = ActorRef(name="Police Forces of Germany", actor_type="state forces", inter=1, country="DE")


def _disrupted(actor2, sub="Disrupted weapons use", actor1=_GERMAN_POLICE) -> Event:
    return Event(event_type="Strategic developments", sub_event_type=sub, confidence=0.9, actor1=actor1,
                 actor2=actor2, location=_BERLIN,
                 evidence=Evidence(sentence=0, start=0, end=10, text="Specialists defused the device."))


def test_a_disrupted_weapon_is_no_civilians():
    civilians = ActorRef(name="Civilians (Germany)", actor_type="civilians", inter=7, country="DE")
    (e,) = disrupted_owners([_disrupted(civilians)])
    assert e.actor2.name == "Unidentified Armed Group (Germany)"


def test_a_disrupted_weapons_named_owner_and_other_types_are_kept():
    isis = ActorRef(name="ISIS", actor_type="rebel group", inter=2)
    civilians = ActorRef(name="Civilians (Germany)", actor_type="civilians", inter=7, country="DE")
    kept = [_disrupted(isis), _disrupted(None), _disrupted(civilians, sub="Arrests")]
    assert disrupted_owners(kept) == kept


_PATNA = PlaceMention(text="Bihar", start=0, end=5, name="Bihar", country="IN")
_INDIAN_POLICE = ActorRef(name="Police Forces of India", text="police", actor_type="state forces", inter=1, country="IN")


def _riot(actor1, actor2, sub="Mob violence") -> Event:
    return Event(event_type="Riots", sub_event_type=sub, confidence=0.9, actor1=actor1, actor2=actor2,
                 location=_PATNA, evidence=Evidence(sentence=0, start=0, end=10,
                                                    text="Clashes with police in Bihar have left 20 villagers injured."))


def test_the_police_are_never_the_rioting_side():
    villagers = ActorRef(name="Civilians (India)", text="villagers", actor_type="civilians", inter=7, country="IN")
    (e,) = rioting_side([_riot(_INDIAN_POLICE, villagers)])
    assert e.actor1.name == "Rioters (India)" and e.actor2.name == "Police Forces of India"
    assert e.sub_event_type == "Violent demonstration"  # a crowd fighting the police is no mob's attack on others
    crowd = ActorRef(name="Protesters (India)", text="protesters", actor_type="protesters", inter=6, country="IN")
    (e,) = rioting_side([_riot(_INDIAN_POLICE, crowd, sub="Violent demonstration")])
    assert e.actor1.name == "Protesters (India)" and e.actor2.name == "Police Forces of India"


def test_rioters_as_actor1_are_kept():
    rioters = ActorRef(name="Rioters (India)", actor_type="rioters", inter=5, country="IN")
    kept = [_riot(rioters, _INDIAN_POLICE, sub="Violent demonstration"), _riot(None, None)]
    assert rioting_side(kept) == kept


def test_a_mob_attacking_civilians_stays_mob_violence():
    rioters = ActorRef(name="Rioters (India)", actor_type="rioters", inter=5, country="IN")
    victim = ActorRef(name="Civilians (India)", text="a man", actor_type="civilians", inter=7, country="IN")
    kept = [_riot(rioters, victim)]
    assert rioting_side(kept) == kept


@pytest.mark.slow
@pytest.mark.parametrize("text, actor1, actor2", [
    # the attack named by who made it ("a Russian missile strike"), its victims civilians (ACLED's form)
    ("A Russian missile strike on a market in the eastern town of Kostiantynivka killed 16 people on Wednesday, "
     "the prime minister said.", "Military Forces of Russia", "Civilians (Ukraine)"),
    ("A car bomb exploded near a market in Mogadishu on Saturday, killing 10 civilians.",
     "Unidentified Armed Group (Somalia)", "Civilians (Somalia)"),
    # soldiers killed are no civilians
    ("A roadside bomb killed four soldiers in Kunar province on Monday.", "Unidentified Armed Group (Afghanistan)",
     "Military Forces of Afghanistan"),
])
def test_the_parties_of_a_strike_or_bomb(pipeline, text, actor1, actor2):
    from sitroom.records import DocumentIn

    [ev] = pipeline.extract(DocumentIn(id="t", text=text, published="2023-09-06")).events
    assert (ev.actor1.name, ev.actor2.name) == (actor1, actor2)


@pytest.mark.slow
@pytest.mark.parametrize("text, actor1, actor2", [
    ("Militants ambushed a Malian army convoy near Bourem on Tuesday.", "Unidentified Armed Group (Mali)",
     "Military Forces of Mali"),
    ("Nigerian soldiers clashed with gunmen near Maiduguri on Monday.", "Military Forces of Nigeria",
     "Unidentified Armed Group (Nigeria)"),
])
def test_the_unnamed_side_of_a_clash_with_state_forces(pipeline, text, actor1, actor2):
    from sitroom.records import DocumentIn

    [ev] = pipeline.extract(DocumentIn(id="t", text=text, published="2023-08-15")).events
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Armed clash", actor1, actor2)
