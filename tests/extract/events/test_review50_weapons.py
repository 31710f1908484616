"""Weapons named (review50 of weapons_named.py): a description of arms, or a flight, beside a word of impact ("slammed
into", "rained down", "pounded", "flattened") tells an attack all the same. Sentences written for these tests, not
from the corpus."""

from __future__ import annotations

import pytest

from sitroom.extract.events.weapons_named import is_armament_only, is_flight_only

SHELLING = "Explosions/Remote violence / Shelling/artillery/missile attack"
AIR = "Explosions/Remote violence / Air/drone strike"


@pytest.mark.parametrize("sentence", [
    "A Russian cruise missile, which can carry a 450 kg warhead, slammed into an apartment block in Dnipro on Saturday.",
    "A drone that carries explosives crashed into a fuel depot in Belgorod overnight.",
    "Rebels said the rockets, which are capable of carrying cluster munitions, rained down on the town centre.",
    "The jets, which are armed with laser-guided bombs, pounded rebel positions near Sirte.",
])
def test_arms_described_beside_their_impact_stay(sentence):
    assert not is_armament_only(SHELLING, sentence)


@pytest.mark.parametrize("sentence", [
    "The Tu-160 bomber is armed with cruise missiles and can fly 12,000 km without refuelling.",
    "Each of the new frigates is equipped with anti-ship missiles, the navy said.",
])
def test_arms_described_alone_still_dropped(sentence):
    assert is_armament_only(SHELLING, sentence)


def test_a_flight_beside_its_damage_stays():
    assert not is_flight_only(AIR, "Warplanes flew over the town, residents said, and three houses were flattened.")


def test_a_flight_alone_still_dropped():
    assert is_flight_only(AIR, "Two fighter jets escorted the airliner to Stansted after a bomb threat.")
