"""A name the catalogue does not know, given to a thing ("a bomb called X", "an area called X"), is no party; a name
given to a group or a person still is."""

import pytest

from sitroom.extract.events.not_parties import named_thing
from sitroom.records import ActorMention


def _mention(text: str, name: str) -> ActorMention:
    start = text.index(name)
    return ActorMention(text=name, start=start, end=start + len(name), name=name, kind="group", known=False)


@pytest.mark.parametrize("text,name", [
    ("The air force dropped a huge bomb called the Mother Blaster on the caves.", "the Mother Blaster"),
    ("Troops began an offensive dubbed Iron Shield on Monday.", "Iron Shield"),
    ("Fires burnt through an area known as Black Gully.", "Black Gully"),
])
def test_a_name_given_to_a_thing_is_no_party(text, name):
    assert named_thing(_mention(text, name), text)


@pytest.mark.parametrize("text,name", [
    ("Gunmen from a militia known as Red Hand attacked the village.", "Red Hand"),
    ("A man known as Big Joe opened fire on the crowd.", "Big Joe"),
    ("Fighters of Red Hand attacked the village.", "Red Hand"),
])
def test_a_name_given_to_a_group_or_a_person_may_be_a_party(text, name):
    assert not named_thing(_mention(text, name), text)
