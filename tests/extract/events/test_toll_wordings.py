"""Fatalities (fatal52): general wordings of a toll. Sentences written for these tests, not from the corpus."""

from __future__ import annotations

import pytest

from sitroom.extract.events.counts import count


@pytest.mark.parametrize("text, n", [
    # the one added after a group has a verb of his own that is no death: not counted
    ("Militants killed two soldiers and a civilian was wounded in the raid.", 2),
    ("Gunmen killed four policemen and a passenger was abducted.", 4),
    ("The rebels killed three villagers and a teacher was arrested later.", 3),
    # ... he is one of the dead
    ("Militants killed two soldiers and a civilian in the raid.", 3),
    ("Gunmen killed four policemen and a passenger, police said.", 5),
    ("Militants killed two soldiers and a civilian was also killed.", 3),
])
def test_the_added_one_has_his_own_verb(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    ("A soldier, who was on leave, was killed in the attack.", 1),
    ("A teacher, whose school had been closed for a month, was shot dead outside his home.", 1),
    ("The driver, who worked for an aid group, was killed when the convoy was ambushed.", 1),
    # no death told of him
    ("A nurse, who treated the wounded, was praised by the governor.", None),
    ("A soldier, who was on leave, was wounded in the attack.", None),
])
def test_a_relative_clause_between_the_one_dead_and_his_verb(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    ("The death toll from three days of clashes rose to 42.", 42),
    ("The toll from Sunday's attack on two villages has risen to 17, officials said.", 17),
    ("The number of people killed in two days of shelling reached 23.", 23),
    ("The blast wounded dozens, bringing the death toll to 12.", 12),
    ("The strike hit a market, raising the number of dead to 15.", 15),
    # no toll's figure
    ("The toll from three days of clashes is not yet known.", None),
    ("The number of protesters rose to 3,000 in two days.", None),
    ("Prices rose to 12 dollars after the death toll was announced.", None),
])
def test_a_toll_verb_further_from_its_noun(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    ("The attack claimed the lives of 14 villagers.", 14),
    ("The shelling has claimed the lives of two children and three women.", 5),
    ("The blast cost the lives of six workers.", 6),
    ("The group claimed the attack on the convoy, a spokesman said.", None),
    ("The lives of 40 hostages were at risk, the minister said.", None),
])
def test_claimed_the_lives_of(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    # the attacker told as one of the killing's objects: one more than the others, once
    ("A suicide bomber blew himself up in the market, killing himself and eight others.", 9),
    ("The gunman opened fire on the bank, killing himself and two guards.", 3),
    ("A suicide bomber killed nine people and himself at a checkpoint.", 10),
    ("The bomber killed nine people, including himself.", 9),
    # no death of his
    ("He killed two soldiers and hid himself in the forest.", 2),
    ("The commander defended himself and said no one was killed.", None),
])
def test_the_attacker_killing_himself(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    # the figure already counts the attacker ("the bomber among them", "the bomber included"): not added again
    ("Nine people, the bomber among them, were killed when a suicide bomber blew himself up at the gate.", 9),
    ("A suicide bomber blew himself up at the gate, killing nine people, the bomber included.", 9),
    ("Ten people, two soldiers among them, were killed.", 10),
    # the attacker is a member of a list of the dead
    ("The suicide bomber and eight others were killed.", 9),
    ("The attacker and two policemen were killed in the exchange of fire.", 3),
    # not the dead: doers, or harm that is no death
    ("Three gunmen and a bomber killed five people.", 5),
    ("The suicide bomber and eight others were wounded.", None),
    ("A bomber and his accomplice were arrested.", None),
])
def test_a_figure_that_counts_the_attacker(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    # a place phrase between the figure and its verb
    ("Four people in the northern village of Bama have died after the attack.", 4),
    ("Four people from the town of Bama in Borno state have died.", 4),
    ("Two soldiers at the checkpoint near the border crossing were killed.", 2),
    # the figure is the doers' or the speakers': the dead are another's count
    ("Two gunmen in the town of Bama were arrested after they killed a trader.", 1),
    ("Three soldiers from the unit in the north said two civilians were killed.", 2),
])
def test_a_place_phrase_between_the_figure_and_its_verb(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    ("A woman was hit by a stray bullet and killed.", 1),
    ("A farmer was struck by a shell and killed.", 1),
    ("Five of the wounded later died in hospital.", 5),
    ("Two of the injured succumbed to their wounds.", 2),
    # no death
    ("Five of the wounded were flown to the capital.", None),
    ("A man was hit by a car and taken to hospital.", None),
])
def test_wounded_then_dead(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    ("A policeman was among those killed.", 1),
    ("A journalist was among the dead, the union said.", 1),
    ("Among the dead were two soldiers.", 2),
    ("Among those killed was a senior commander.", 1),
    # the wounded are no dead
    ("Among the wounded were two soldiers.", None),
    ("A policeman was among those wounded.", None),
])
def test_among_the_dead(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    ("The strike killed a family of five.", 5),
    ("A family of six was killed when a shell hit their home.", 6),
    ("An airstrike killed an entire family of seven in the camp.", 7),
    ("A father of three was arrested.", None),
    ("A family of five was displaced by the fighting.", None),
])
def test_a_family_of_n_killed(text, n):
    assert count("fatalities", text) == n
