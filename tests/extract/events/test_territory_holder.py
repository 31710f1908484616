"""The holder a place is taken from is the other side of a change of territory ("liberated the town from ISIL
control"), not a helper named after it; elsewhere a name modifying "control" is no party ("an area under
government control")."""

from __future__ import annotations

import pytest

from sitroom.extract.events.actor_roles import pick_actors
from sitroom.records import ActorMention

pytestmark = pytest.mark.slow  # parses with spaCy

REGAINS = "Battles / Government regains territory"


def _mention(text: str, sentence: str, name: str, inter: int) -> ActorMention:
    start = sentence.index(text)
    return ActorMention(text=text, start=start, end=start + len(text), name=name, known=True, inter=inter)


def test_the_holder_a_town_is_taken_from_is_the_other_side():
    from sitroom.read.nlp import get_nlp

    s = "Government troops liberated the town of Tall Hamis from ISIL control, aided by support from the coalition."
    mentions = [_mention("Government troops", s, "Military Forces of Syria", 1), _mention("ISIL", s, "ISIS", 2),
                _mention("the coalition", s, "Global Coalition against ISIS", 8)]
    a1, a2 = pick_actors(get_nlp()(s), mentions, s.index("liberated"), s, label=REGAINS)
    assert (a1.name, a2.name) == ("Military Forces of Syria", "ISIS")


def test_a_name_modifying_control_is_no_party_of_another_event():
    from sitroom.read.nlp import get_nlp

    s = "Gunmen attacked a checkpoint in an area under government control on Monday."
    mentions = [_mention("Gunmen", s, "Unidentified Armed Group (Syria)", 3),
                _mention("government", s, "Government of Syria", 1)]
    a1, a2 = pick_actors(get_nlp()(s), mentions, s.index("attacked"), s, label="Battles / Armed clash")
    assert a1.name == "Unidentified Armed Group (Syria)" and a2 is None
