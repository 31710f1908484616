"""A force told as being somewhere is no deployment (presence.py; the guide's decisions v1.4: a standing presence is
not coded), while a force sent somewhere is."""

import pytest

from sitroom.extract.events.presence import told_as_presence


@pytest.mark.parametrize("sentence, presence", [
    ("Over 1,000 US Marines are deployed near the southern city of Kandahar.", True),
    ("Heavy police force has been deployed in the area.", True),
    # a move: sent somewhere, or on a day
    ("Troops have been deployed to Jos after the clashes.", False),
    ("Soldiers were deployed in the town on Monday.", False),
    ("Police deployed hundreds of officers to the square.", False),
    # a move told in the present: sent to a place, or under way
    ("Troops are deployed to the city to restore order, the governor said.", False),
    ("Hundreds of troops are being deployed to the border town after the attack.", False),
    ("Hundreds of troops are being deployed in the border town after the attack.", False),
])
def test_a_force_told_where_it_stands_is_no_deployment(nlp, sentence, presence):
    assert told_as_presence(nlp(sentence)[:]) is presence
