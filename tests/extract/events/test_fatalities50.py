"""Fatalities read from an event's sentence (stop 50): the killers before an active verb are no dead, a group and one
more are summed however the group is named, vague "many"/"some" by the guide's table, the dead told by their bodies,
a sentence opening on its one dead, and the attacker killed in his own attack counted with his victims."""

from __future__ import annotations

import pytest

from sitroom.extract.events.counts import count


@pytest.mark.parametrize("text, n", [
    ("Two car bombs killed eleven shoppers at the market in Mogadishu on Friday.", 11),
    ("Three gunmen shot dead a village chief outside his home on Sunday.", 1),
    ("Two soldiers killed 15 militants during the raid, the army said.", 15),
    ("Four masked men murdered a shopkeeper and his son in the town.", 2),
])
def test_a_figure_before_an_active_killing_counts_the_killers_not_the_dead(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    ("Five people were killed the day before the vote.", 5),
    ("Five people killed in the blast were buried on Sunday.", 5),
    ("At least 12 civilians were killed two days ago in the town.", 12),
    ("Four militants killed two years ago were buried in the village.", 4),
])
def test_a_passive_or_a_participle_still_counts_the_dead(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    ("The blast killed four police officers and a civilian near the station.", 5),
    ("Gunmen killed two soldiers and a teacher in the raid.", 3),
    ("The strike killed three rebel commanders and a driver, residents said.", 4),
])
def test_a_group_named_in_two_words_and_one_more_are_summed(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    ("Troops repelled the assault and killed many of the attackers, the army said.", 10),
    ("Some villagers were killed when the militia stormed the settlement.", 3),
    ("Witnesses said that many were killed when the roof collapsed.", 10),
])
def test_many_and_some_are_coded_by_the_guide_s_table(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    ("As many as 30 people were killed in the attack.", 30),
    ("Some 40 people were killed in the clashes.", 40),
    ("The fighting killed some 25 soldiers near the border.", 25),
    ("It was not clear how many people were killed.", None),
    ("For some time, killings in the district have been rare.", None),
])
def test_many_and_some_before_a_figure_or_in_a_question_are_no_count(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    ("The bodies of three fishermen were recovered from the river on Monday.", 3),
    ("Rescuers pulled the corpses of 14 miners from the shaft.", 14),
    ("The woman died in hospital in Kisumu after the assault.", 1),
    ("The student was shot dead at a checkpoint outside Jenin.", 1),
])
def test_the_dead_told_by_their_bodies_or_a_sentence_opening_on_its_one_dead(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    ("The gunman killed two guards before police shot and killed the attacker.", 3),
    ("A suicide bomber blew himself up at a checkpoint, killing four soldiers.", 5),
    ("Two people were wounded when a bomber blew himself up near a bus stop.", 1),
    ("The assailant was shot dead after he stabbed a passer-by.", 1),
])
def test_the_attacker_killed_in_his_attack_counts_with_his_victims(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    ("Police arrested the gunman after he wounded two guards.", None),
    ("The bomber was later identified by police as a local student.", None),
    ("A man who threatened to blow himself up was arrested at the airport.", None),
])
def test_an_attacker_caught_or_named_is_no_death(text, n):
    assert count("fatalities", text) == n
