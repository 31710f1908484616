"""A meeting told as a sentence's act is a Diplomatic contact, even when the typer read the violence the sentence
only names inside a noun phrase (a mission marred by bombings, victims of a chemical); violence told as an act of
its own beside the meeting keeps its type (contact_act.py)."""

from __future__ import annotations

import pytest

from sitroom.extract.events.contact_act import contact_act
from sitroom.read.nlp import get_nlp

CONTACT = "Diplomacy / Diplomatic contact"


def _sent(text):
    return get_nlp()(text)[:]


@pytest.mark.parametrize("sentence, typed", [
    ("The two foreign ministers met the UN envoy in Geneva on Monday and urged him to continue a peace mission "
     "marred by constant violence, including suicide bombings and retaliatory air raids.",
     "Explosions/Remote violence / Suicide bomb"),
    ("Japanese and Cambodian officials began meetings in Phnom Penh on Tuesday to discuss funding to help "
     "victims of landmines and chemical weapons.", "Explosions/Remote violence / Chemical weapon"),
])
def test_a_meeting_typed_by_the_violence_it_names_is_a_contact(sentence, typed):
    assert contact_act(typed, _sent(sentence)) == CONTACT


@pytest.mark.parametrize("sentence, typed", [
    # the violence is an act of its own beside the meeting: its clause, a phrase on the meeting's verb, its own day
    ("The ministers met in Cairo on Monday after a suicide bomber killed ten people in Jerusalem.",
     "Explosions/Remote violence / Suicide bomb"),
    ("The leaders met in Cairo to discuss Sunday's air strike on the refugee camp.",
     "Explosions/Remote violence / Air/drone strike"),
    # no meeting is the act
    ("Militants attacked a convoy carrying officials to a meeting in Kandahar.", "Battles / Armed clash"),
])
def test_violence_of_its_own_keeps_its_type(sentence, typed):
    assert contact_act(typed, _sent(sentence)) == typed


def test_a_non_violent_type_stays():
    sentence = "Talks between the two governments in Kabul ended on Monday without agreement."
    assert contact_act("Strategic developments / Agreement", _sent(sentence)) == "Strategic developments / Agreement"


@pytest.mark.parametrize("sentence", [
    "Kurdish Peshmerga forces met stiff resistance from militants who attacked them with car bombs and mortars east "
    "of Mosul on Thursday.",
    "Advancing troops met with heavy fire from insurgents who ambushed the convoy near Bartella.",
    "Soldiers met fighters who had attacked the base with rocket-propelled grenades.",  # a clause of its own
])
def test_troops_meeting_resistance_is_no_contact(sentence):
    typed = "Explosions/Remote violence / Shelling/artillery/missile attack"
    assert contact_act(typed, _sent(sentence)) == typed
