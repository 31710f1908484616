"""A death of illness or old age is no violence (review48): the reviewer's own sentences, none from the corpus."""

import pytest

from sitroom.extract.events import crime
from sitroom.extract.events.crime import natural_death

ATTACK = "Violence against civilians / Attack"


def _labels(pipeline, text, published="2024-03-14"):
    from sitroom.records import DocumentIn
    evs = pipeline.extract(DocumentIn(id="t", text=text, published=published)).events
    return [f"{e.event_type} / {e.sub_event_type}" for e in evs]


@pytest.mark.parametrize("text", [
    "Opposition activist Jean Mbemba died of a heart attack in a Kinshasa jail on Saturday, his family said.",
    "A jailed journalist died from a stroke in Evin prison in Tehran on Sunday, his lawyer said.",
    "The former rebel commander died of natural causes in a military hospital in Gulu on Monday.",
])
def test_a_death_of_illness_is_no_attack(text):
    assert natural_death(ATTACK, text)
    assert crime.is_ordinary_crime(ATTACK, text, None, False)


@pytest.mark.parametrize("text", [
    "A prisoner died of his injuries in a Kinshasa jail on Saturday after guards beat him, his family said.",
    "A detained activist died of a heart attack after being tortured by police in Harare, his lawyer said.",
    "The hunger striker died of kidney failure after being denied medical treatment in prison.",
    "Gunmen shot dead a doctor who had treated cancer patients in Peshawar on Monday.",
])
def test_a_death_after_harm_or_a_killing_is_no_natural_death(text):
    assert not natural_death(ATTACK, text)


# A death of illness told beside violence (an attack, shots, wounds, tear gas) is no sole harm: the violence's event
# stays ("heart attack" is no attack). (reread48's own sentences.)
@pytest.mark.parametrize("text", [
    "Militants attacked the village on Sunday and an elderly man died of a heart attack during the raid.",
    "Soldiers opened fire on the crowd in Bamako; one man died of a heart attack.",
    "The protester died of complications from gunshot wounds sustained during Friday's rally in Khartoum.",
    "A student died of cardiac arrest after police fired tear gas into the dormitory in Nairobi.",
    "He died from an infection after being hit by a rubber bullet in Santiago.",
])
def test_a_death_of_illness_beside_violence_keeps_the_event(text):
    assert not natural_death(ATTACK, text)


@pytest.mark.slow
def test_a_death_of_illness_in_jail_gives_no_event(pipeline):
    text = "Opposition activist Jean Mbemba died of a heart attack in a Kinshasa jail on Saturday, his family said."
    assert not any(x.startswith("Violence against civilians") for x in _labels(pipeline, text))
