"""The events stage's patterns are matched against the article's text, which writes the apostrophe either way
("didn't" / "didn’t", "Monday's" / "Monday’s"): a pattern that names an apostrophe takes both."""

import pytest

from sitroom.extract.events.disruption import DISRUPTED, disruption_type
from sitroom.lang.en.events.counts import VICTIM_GROUP
from sitroom.lang.en.events.crime import CRIMINAL_CASE
from sitroom.lang.en.events.demonstrations import MOURNING_ACT, NO_INTERVENTION
from sitroom.lang.en.events.family import HELD_GATHERING
from sitroom.lang.en.events.patterns import CLAIMED_RESPONSIBILITY

IED = "Explosions/Remote violence / Remote explosive/landmine/IED"


@pytest.mark.parametrize("pattern, text", [
    (CLAIMED_RESPONSIBILITY, "The group later claimed Thursday's bombing in a statement."),
    (NO_INTERVENTION, "Witnesses said police didn't intervene as the crowd marched."),
    (MOURNING_ACT, "Mourners observed a minute's silence for the victims of the blast."),
    (CRIMINAL_CASE, "The sheriff's office said the suspect was held in the county jail."),
    (HELD_GATHERING, "Students held a 'peaceful' vigil outside the governor's office."),
    (VICTIM_GROUP, "At least 12 of the chief's guards were killed in the ambush."),
])
@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_either_apostrophe(pattern, text, apostrophe):
    assert pattern.search(text.replace("'", apostrophe))


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_bomb_that_didnt_explode_is_disrupted(apostrophe):
    sentence = f"The bomb left outside the mayor{apostrophe}s office didn{apostrophe}t explode, police said."
    assert disruption_type(IED, sentence) == DISRUPTED
