"""Whom a source accuses of an act is its doer, also before a party the sentence makes the subject of another
clause only ("the truce brokered by Kenya collapsed as aid groups accused the army of shelling"), and also when
the act's "of" phrase hangs on the last of several accused; the accuser and that other party are no side."""

from __future__ import annotations

import pytest

from sitroom.extract.events.actor_roles import pick_actors
from sitroom.records import ActorMention

pytestmark = pytest.mark.slow  # parses with spaCy

SHELLING = "Explosions/Remote violence / Shelling/artillery/missile attack"


def _mention(text: str, sentence: str, name: str) -> ActorMention:
    start = sentence.index(text)
    return ActorMention(text=text, start=start, end=start + len(text), name=name, known=True, inter=1)


@pytest.mark.parametrize("sentence", [
    "Local leaders accused the army and allied militias of heavy shelling of the market town on Sunday.",
    "The truce brokered by Kenya collapsed on Wednesday as aid groups accused the army and other forces of heavy "
    "shelling.",
    "The truce brokered by Kenya collapsed within a day, as aid groups on the ground accused the army and allied "
    "militias of heavy shelling and bombardment.",
])
def test_the_accused_is_the_doer_of_the_shelling(sentence):
    from sitroom.read.nlp import get_nlp

    mentions = [_mention("the army", sentence, "Military Forces of Sudan")]
    if "Kenya" in sentence:
        mentions.insert(0, _mention("Kenya", sentence, "Government of Kenya"))
    a1, a2 = pick_actors(get_nlp()(sentence), mentions, sentence.index("shelling"), sentence, label=SHELLING)
    assert a1 is not None and a1.name == "Military Forces of Sudan"
    assert a2 is None


def test_the_act_s_own_subject_stays_its_doer_beside_an_accusation():
    from sitroom.read.nlp import get_nlp

    sentence = "Rebels shelled the town on Monday, and residents accused the army of failing to protect them."
    mentions = [_mention("Rebels", sentence, "Rebels"), _mention("the army", sentence, "Military Forces of Sudan")]
    a1, _ = pick_actors(get_nlp()(sentence), mentions, sentence.index("shelled"), sentence, label=SHELLING)
    assert a1 is not None and a1.name == "Rebels"
