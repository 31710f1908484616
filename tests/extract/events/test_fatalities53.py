"""Fatalities (fatal53): more forms of a report's death toll. Sentences written for these tests, not from the corpus."""

from __future__ import annotations

import pytest

from sitroom.extract.events.counts import count
from sitroom.extract.events.figures import read


@pytest.mark.parametrize("text, n", [
    # the incident's running total wins over the increment
    ("Rescuers pulled three more bodies from the rubble, taking the death toll to 14.", 14),
    ("Two of the wounded died overnight, bringing the toll from the market bombing to 11.", 11),
    ("Another body was found on Tuesday as the death toll from the landslide rose to 23.", 23),
    ("Divers recovered four more bodies, raising the number of dead to 19.", 19),
    # a tally over many incidents is no total of this one: the increment stays
    ("Two soldiers were killed on Monday, bringing the toll this year to 310.", 2),
    ("Gunmen killed four villagers, raising the death toll in the insurgency to 2,000.", 4),
    ("Three protesters were shot dead, bringing the toll since the protests began to 45.", 3),
    ("A strike killed 12 people in Rafah, officials said, as the death toll in Gaza rose to 30,000.", 12),
    ("Five miners died, taking the toll across the province to 80.", 5),
])
def test_running_total_of_the_incident(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    # groups of dead on both sides of a semicolon, one incident: summed
    ("Two soldiers were killed in the ambush; three attackers also died.", 5),
    ("Four policemen were killed at the checkpoint; two gunmen died in the exchange of fire.", 6),
    ("Three villagers were shot dead; five raiders were killed as they fled.", 8),
    # the same group told again, or another day or incident after the semicolon: not summed
    ("Three villagers were killed; three villagers died, the mayor said.", 3),
    ("Two soldiers were killed on Monday; on Tuesday, four militants died in an air strike.", 2),
    ("Six miners were killed; in a separate attack, two guards were shot dead.", 2),
])
def test_groups_across_a_semicolon(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    ("Both brothers were killed when the shell hit their home.", 2),
    ("Both of them died in hospital.", 2),
    ("The gunmen stormed the shop, killing both men.", 2),
    ("Both journalists were shot dead outside the station.", 2),
    # not two
    ("Both soldiers and police were killed in the raid.", None),
    ("Both sides said fighters were killed.", None),
    ("Both men were wounded in the attack.", None),
    ("Both attacks killed civilians, the governor said.", None),
])
def test_both_is_two(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    ("The dead included three children and a policeman.", 4),
    ("Among those killed were two soldiers and a nurse.", 3),
    ("The dead were a farmer and his two sons.", 3),
    # the injured listed: no dead
    ("The injured included three children and a policeman.", None),
    ("The wounded were two soldiers and a nurse.", None),
])
def test_the_dead_listed(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    ("A man killed his wife and himself at their home.", 2),
    ("Police said the farmer shot dead his neighbour in a dispute over land.", 1),
    ("The soldier killed his commander before fleeing.", 1),
    # the possessive names no one killed, or more than one
    ("A man killed his wife and two children.", 3),
    ("The man killed his time reading.", None),
    ("His wife was wounded in the attack.", None),
])
def test_one_by_possessive(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    ("A boy riding a bicycle was hit by a truck and killed.", 1),
    ("A woman walking home from the market was shot dead by gunmen.", 1),
    ("A man selling fruit near the bus station, a witness said, was killed.", 1),
    # the phrase has speech or harm of its own: the pattern does not reach through it
    ("A man claiming to speak for the group said nobody was killed.", None),
    ("A spokesman denying the report said a soldier was wounded.", None),
    ("An official speaking on condition of anonymity confirmed that soldiers were killed.", None),
])
def test_one_dead_doing_something(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    ("The attacker, who had killed a guard and a nurse, was shot dead by police.", 3),
    ("The gunman, who killed three worshippers, was later shot dead by soldiers.", 4),
    ("The bomber, whose device killed two people, was killed by a second blast.", 3),
    # the attacker not killed: only his victims
    ("The attacker, who had killed a guard and a nurse, was arrested by police.", 2),
    ("The gunman, who killed three worshippers, was later captured.", 3),
])
def test_attacker_behind_a_relative_clause(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text", [
    # the guide: null when no deaths are reported (no figure of none)
    "There were no immediate reports of casualties.",
    "There was no immediate word on casualties.",
])
def test_no_immediate_reports_is_no_figure(text):
    assert read(text, "Battles", "Battles / Armed clash").fatalities is None


@pytest.mark.parametrize("text, n", [
    # one person told by a generic noun or his age, or his death told with an adverb of sequence
    ("An 8-year-old was killed when a shell hit the house.", 1),
    ("A person was killed in the blast, police said.", 1),
    ("A shopkeeper was later pronounced dead in hospital.", 1),
    ("A farmer subsequently died of his wounds.", 1),
    # not a death
    ("An 8-year-old was wounded when a shell hit the house.", None),
    ("A person was later arrested over the blast.", None),
])
def test_one_person_generic_or_later(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    ("The couple were killed when a missile hit their car.", 2),
    ("He and his brother were shot dead at a checkpoint.", 2),
    ("A young couple died in the fire.", 2),
    ("A soldier was killed along with two civilians.", 3),
    ("The gunman was killed along with two guards.", 3),
    ("The explosion killed the bomber and two bystanders.", 3),
    # not a pair or not dead
    ("The couple were wounded when a missile hit their car.", None),
    ("He and his brother were arrested at a checkpoint.", None),
    ("A soldier was killed along with his hopes of leave.", 1),
    ("Police killed the bomber before he could detonate his vest.", 1),
])
def test_pairs_and_companions(text, n):
    assert count("fatalities", text) == n
