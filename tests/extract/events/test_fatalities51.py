"""Fatalities read from an event's sentence (stop 51): one dead told with where he is from or an aside before the
verb, two groups of dead whose nouns have more than one word, animals never counted, and a running total "since" a
time that is no one event's toll."""

from __future__ import annotations

import pytest

from sitroom.extract.events.counts import count


@pytest.mark.parametrize("text", [
    "A teacher in Kabul was shot dead on Monday.",
    "A soldier from Texas was killed in the ambush near the border.",
    "The driver, a father of three, was killed when the bomb went off.",
    "Ahmed Khan, a local journalist was shot dead outside his home.",
    "The man, believed to be in his 40s, died at the scene.",
])
def test_one_dead_with_a_place_or_an_aside_before_the_verb(text):
    assert count("fatalities", text) == 1


@pytest.mark.parametrize("text", [
    "Smith, the lawyer whose client was killed last year, spoke to reporters.",
    "A friend of the family, who said she was threatened, was questioned.",
    "A teacher in Kabul was arrested on Monday.",
])
def test_no_dead_where_the_one_person_is_not_the_one_killed(text):
    assert count("fatalities", text) is None


@pytest.mark.parametrize("text, n", [
    ("Three US troops and five members of the Afghan opposition were killed by a stray bomb.", 8),
    ("Two police officers and three militants were killed in the clash.", 5),
    ("Four soldiers and two civilians in the convoy were killed.", 6),
])
def test_two_groups_of_dead_with_longer_nouns_are_summed(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    ("Clashes with police have left 20 villagers injured and one man dead.", 1),
    ("The attack left one officer dead and three people wounded.", 1),
    ("The raid left nearly 80 civilians dead and 150 wounded.", 80),
])
def test_the_wounded_beside_the_dead_are_no_group_of_dead(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    ("The deaths of three people and one Jack Russell dog were blamed on a faulty heater.", 3),
    ("The raid killed two men and three cows.", 2),
    ("Two dogs and three people died in the fire.", 3),
])
def test_animals_are_no_fatalities(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text", [
    "Security forces have killed 400 people since the coup.",
    "At least 30 protesters have died since October.",
    "The police killed more than 150 people and wounded at least 6,000 since the start of the protests.",
])
def test_a_running_total_since_a_time_is_no_events_toll(text):
    assert count("fatalities", text) is None


@pytest.mark.parametrize("text, n", [
    ("The bomb killed 12 people in the deadliest attack since 2015.", 12),
    ("Militants killed five soldiers on Monday, the first attack since the truce.", 5),
    ("Police killed two men since they refused to stop at the checkpoint.", 2),
])
def test_since_after_a_superlative_or_of_cause_keeps_the_toll(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text", [
    "Soldiers shot dead an Israeli near the settlement on Friday.",
    "The attack killed a Palestinian and wounded two others.",
    "Her corpse was left in a trash heap at the side of a road.",
    "His body was found in a ditch two days later.",
])
def test_one_dead_told_by_nationality_or_by_the_body(text):
    assert count("fatalities", text) == 1


@pytest.mark.parametrize("text", [
    "His body was covered in bruises after the beating.",
    "Police questioned a Palestinian at the checkpoint.",
    "Weeks after the death of a Palestinian, protests continued.",
])
def test_no_dead_from_a_body_or_a_nationality_alone(text):
    assert count("fatalities", text) is None


@pytest.mark.parametrize("text, n", [
    ("Two dozen people were killed in the attack.", 24),
    ("The blast killed some two dozen soldiers.", 24),
    ("Some dozen villagers were killed on Sunday.", 12),
    ("The militants killed a dozen civilians.", 12),
])
def test_dozens_are_read_whole(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    ("Two people were killed, a dozen more were wounded.", 2),
    ("Some soldiers were killed in the clash.", 3),
])
def test_no_dozen_read_where_none_is_told(text, n):
    assert count("fatalities", text) == n
