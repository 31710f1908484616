"""A coordinated list of victims killed together sums its members (ACLED counts every death of the incident); the
wounded beside the dead, places, doers and an apposition that sums up the others are not summed."""

import pytest

from sitroom.extract.events.counts import count
from sitroom.extract.events.victim_list import coordinated_dead


@pytest.mark.parametrize("text, n", [
    ("Three soldiers and a civilian were killed in the attack.", 4),
    ("A policeman and two civilians were killed on Monday.", 3),
    ("Gunmen killed a farmer and his two sons near the village.", 3),
    ("Two dozen police officers and soldiers were killed.", 24),
    ("Rebels shot dead a village chief, his wife and their three children on Sunday.", 5),
    ("Four militiamen and one shepherd died when the convoy was ambushed.", 5),
    ("Three US troops and five members of the Afghan opposition were killed by a stray bomb.", 8),
])
def test_coordinated_victims_are_summed(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    ("The militants killed two and wounded five.", 2),  # the wounded are no members
    ("Two gunmen and a suicide bomber killed five people.", 5),  # doers
    ("Soldiers killed three people in Gao and Mopti.", 3),  # places
    ("The attack killed three people, two soldiers and a civilian.", 3),  # an apposition
    ("A soldier was killed and two others were wounded.", 1),
])
def test_not_summed(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text", [
    "Two soldiers and a civilian were wounded in the blast.",
    "Three gunmen and a driver killed five people.",
    "After two days, talks ended.",
])
def test_no_list_of_dead(text):
    assert coordinated_dead(text) is None


# A title with its office's place or body ("the governor of Aden") and a name in apposition are one member, and a
# share of one's group ("six of his bodyguards") a member of its own figure. Written for these tests.
@pytest.mark.parametrize("text, dead", [
    ("A car bomb killed the governor of Aden and six of his bodyguards on Sunday.", 7),
    ("A roadside bomb killed a tribal leader, Ahmed Saleh, and two of his sons in Lahij province.", 3),
    ("The police chief of Kunduz and three of his guards were killed in the ambush.", 4),
    ("Gunmen shot dead the mayor of Baidoa, Abdi Nur, and one of his aides on Friday.", 2),
    # not: a lone victim with a title, a name, or a place; harm that is not death
    ("Gunmen killed the mayor of Kandahar on Friday.", None),
    ("A soldier was killed, Mosul residents said, and two were hurt.", None),
    ("A bomb wounded the governor of Aden and six of his bodyguards on Sunday.", None),
])
def test_a_titled_victim_and_a_share_of_his_group_are_summed(text, dead):
    assert coordinated_dead(text) == dead
