"""Actors of stop 53 (sentences of our own): what a bomb went off under or beside is its target (actor2), never its
doer."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow  # runs the pipeline


@pytest.mark.parametrize("text, target", [
    ("MOGADISHU, Somalia — A roadside bomb exploded under a police vehicle in Afgoye on Sunday, killing two officers.",
     "Police Forces of Somalia"),
    ("KABUL — A bomb went off beside an army truck in Kandahar on Tuesday, wounding three soldiers.",
     "Military Forces of Afghanistan"),
    ("BAGHDAD — A sticky bomb exploded beneath a police car in Baghdad on Monday, wounding two policemen.",
     "Police Forces of Iraq"),
])
def test_what_a_bomb_went_off_under_is_its_target(actor_pairs, text, target):
    events = actor_pairs(text)
    assert events and all(a1 != target for a1, _ in events)
    assert any(a2 == target for _, a2 in events)


@pytest.mark.parametrize("text, doer", [
    ("MOGADISHU — Al-Shabaab fighters detonated a bomb under a police vehicle in Afgoye on Sunday, killing two "
     "officers.", "Al-Shabaab"),
    ("KABUL — Taliban fighters planted a bomb behind a school in Kandahar on Tuesday, killing three children.",
     "Taliban"),
])
def test_a_named_bomber_stays_the_doer(actor_pairs, text, doer):
    events = actor_pairs(text)
    assert any(a1 == doer for a1, _ in events)


@pytest.mark.parametrize("text, doer", [
    ("BAMAKO, Mali — The junta arrested a journalist in Bamako on Saturday, his employer said.",
     "Military Forces of Mali"),
    ("YANGON — The junta arrested two student leaders in Mandalay on Saturday, their families said.",
     "Military Forces of Myanmar"),
    ("YANGON — The Myanmar junta burned 40 homes in a village in Sagaing region on Tuesday, residents said.",
     "Military Forces of Myanmar"),
])
def test_a_junta_acts_as_the_states_military_forces(actor_pairs, text, doer):
    assert any(a1 == doer for a1, _ in actor_pairs(text))


@pytest.mark.parametrize("text, doer", [
    ("BAMAKO, Mali — The government arrested a journalist in Bamako on Saturday, his employer said.",
     "Government of Mali"),
    ("YANGON — The State Administration Council arrested two student leaders in Mandalay on Saturday.",
     "Government of Myanmar"),
])
def test_a_government_named_so_stays_the_government(actor_pairs, text, doer):
    assert any(a1 == doer for a1, _ in actor_pairs(text))


def _mention_names(text):
    from sitroom.pipeline import Pipeline
    from sitroom.records import DocumentIn

    doc = Pipeline().run_batch([DocumentIn(id="t", text=text, published="2021-05-10")])[0]
    return [m.name for m in doc.actors]


@pytest.mark.parametrize("text, word", [
    ("KABUL — Witnesses said several Arabs with grenades strapped to their bodies attacked a column near Kandahar "
     "on Monday.", "Arabs"),
    ("DELHI — Hindus and Muslims clashed in a market in Delhi on Friday, police said.", "Hindus"),
    ("WASHINGTON — Democrats accused the governor of ordering the arrests of journalists.", "Democrats"),
])
def test_a_nationality_faith_or_party_word_is_no_actor(actor_pairs, text, word):
    assert word not in _mention_names(text)
    assert all(word not in (a1, a2) for a1, a2 in actor_pairs(text))


@pytest.mark.parametrize("text, name", [
    ("KABUL — Taliban fighters attacked a checkpoint in Kandahar on Monday.", "Taliban"),
    ("GAZA — Israeli troops shot dead two Palestinians near Khan Younis on Monday.", "Civilians (Palestine)"),
    ("LAGOS — Members of the Eastern Vanguard Movement attacked a police post in Enugu on Monday.",
     "the Eastern Vanguard Movement"),
])
def test_known_groups_demonyms_and_unknown_organisations_stay(text, name):
    assert any(name in n for n in _mention_names(text))


@pytest.mark.parametrize("text", [
    "ABUJA — Armed men burned a primary school in Kaura on Friday night, residents said. No one was hurt.",
    "KANO — Gunmen set fire to a church in Kaduna on Sunday, residents said. No one was hurt.",
    "CAIRO — Security forces smashed a car belonging to a rights lawyer in Cairo at dawn on Monday.",
])
def test_schools_places_of_worship_and_private_cars_destroyed_are_civilians_property(actor_pairs, text):
    assert any(a2 is not None and a2.startswith("Civilians") for _, a2 in actor_pairs(text))


@pytest.mark.parametrize("text", [
    "KABUL — Militants destroyed two police vehicles in Ghazni on Sunday.",
    "KABUL — Militants destroyed three military vehicles in Ghazni on Sunday.",
])
def test_a_forces_vehicles_are_not_civilians_property(actor_pairs, text):
    assert all(a2 is None or not a2.startswith("Civilians") for _, a2 in actor_pairs(text))
