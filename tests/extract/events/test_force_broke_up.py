"""A demonstration a force broke up or fell upon is its intervention, not a riot (family.force_broke_up in
calm_crowd): the guide's Protest with intervention ("police disperse, ... or beat peaceful protesters"); a riot
needs the crowd's own violence. Own sentences."""

from __future__ import annotations

import pytest

from sitroom.extract.events.family import calm_crowd, force_broke_up

RIOT = "Riots / Violent demonstration"
MOB = "Riots / Mob violence"
INTERVENTION = "Protests / Protest with intervention"
EXCESSIVE = "Protests / Excessive force against protesters"


@pytest.mark.parametrize("sentence", [
    "Nurses who had staged a sit-in outside the health ministry were set upon by riot police on Monday night.",
    "The vigil in the main square was broken up by gunfire shortly after dusk.",
    "Police broke up the demonstration outside parliament and chased students into side streets.",
    "A march by teachers demanding unpaid wages was violently dispersed by soldiers in the capital.",
])
def test_a_demonstration_broken_up_by_a_force_is_its_intervention(sentence):
    assert force_broke_up(sentence)
    assert calm_crowd(RIOT, sentence) == INTERVENTION
    assert calm_crowd(MOB, sentence) == INTERVENTION


def test_lethal_force_on_it_is_excessive_force():
    sentence = "The rally was broken up by soldiers, who opened fire on the crowd and killed three students."
    assert calm_crowd(RIOT, sentence) == EXCESSIVE


@pytest.mark.parametrize("sentence", [
    # the crowd's own violence: a riot, whoever broke it up
    "The protest was broken up by police after demonstrators threw stones at the governor's office.",
    # a mob's attack on a crowd, no force's
    "The rally was attacked by armed thugs who beat several marchers.",
    # the police attacked, not the crowd
    "Police were set upon by protesters who torched two patrol cars.",
])
def test_no_intervention_when_the_violence_is_the_crowds_or_a_mobs(sentence):
    assert not force_broke_up(sentence)


@pytest.mark.parametrize("sentence", [
    # the month, no march (reread49)
    "In March, villagers who had gathered at the market were attacked by soldiers.",
    "Soldiers raided the town in March and burned the market.",
    # an offence charged: a prosecution, not a baton charge
    "Twelve protesters were charged by police with rioting after the unrest in the capital.",
    "Two demonstrators were charged by the police with unlawful assembly on Tuesday.",
])
def test_no_force_on_a_demonstration_in_the_month_march_or_an_offence_charged(sentence):
    assert not force_broke_up(sentence)


@pytest.mark.parametrize("sentence", [
    "The march was charged by riot police as it neared the palace.",
    "Protesters were charged by police with batons outside parliament.",
    "The marchers were charged by soldiers with tear gas and water cannon.",
])
def test_a_crowd_charged_at_by_a_force_is_still_its_intervention(sentence):
    assert force_broke_up(sentence)
