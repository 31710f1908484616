"""Weapons and aircraft named without their use tell no explosion (weapons_named.py): what a platform is armed with,
jets that only escort, are dispatched or fly over. Sentences written for these tests, not from the corpus."""

import pytest

from sitroom.extract.events.weapons_named import is_armament_only, is_flight_only

AIR = "Explosions/Remote violence / Air/drone strike"
SHELLING = "Explosions/Remote violence / Shelling/artillery/missile attack"


@pytest.mark.parametrize("sentence", [
    "The Tu-22 bomber, which can carry a crew of three, is armed with cruise missiles and guided bombs.",
    "The new frigates are equipped with anti-ship missiles and rocket launchers.",
    "Each drone is capable of carrying two Hellfire missiles, the ministry said.",
])
def test_armament_told_is_no_explosion(sentence):
    assert is_armament_only(SHELLING, sentence)


@pytest.mark.parametrize("sentence", [
    "Gunmen armed with grenades attacked a police post in Kismayo, killing two officers.",
    "Warplanes armed with guided bombs struck a depot near Idlib on Monday.",
    "A drone, which carries two missiles, fired one at a car in Marib.",
])
def test_armament_beside_its_use_stays(sentence):
    assert not is_armament_only(SHELLING, sentence)


@pytest.mark.parametrize("sentence", [
    "A Lufthansa jet was escorted to Frankfurt by two German fighter jets after the crew lost radio contact.",
    "The air force scrambled fighter jets to intercept a Russian bomber off the coast on Tuesday.",
    "The government dispatched two fighter jets to shadow the airliner after a false bomb threat.",
    "Israeli warplanes flew over Beirut at low altitude on Sunday.",
])
def test_aircraft_that_only_fly_are_no_strike(sentence):
    assert is_flight_only(AIR, sentence)


@pytest.mark.parametrize("sentence", [
    "Fighter jets escorting the bombers pounded rebel positions near Kidal.",
    "Government warplanes flew over the town and dropped barrel bombs on the market.",
    "The air force dispatched warplanes that struck a convoy near Sirte, killing 12 fighters.",
])
def test_aircraft_that_attack_stay_a_strike(sentence):
    assert not is_flight_only(AIR, sentence)


def test_other_families_are_left_alone():
    assert not is_flight_only("Strategic developments / Other", "Two fighter jets escorted the plane to Boston.")
    assert not is_armament_only("Battles / Armed clash", "The patrol, which is armed with rifles, came under fire.")
