"""Told by its effect (review50 of talked_of.py): only a known event noun (definite or possessed) is talked of by
its effect; an indefinite one introduces the act. Sentences written for these tests, not from the corpus."""

from __future__ import annotations

import pytest

from sitroom.extract.events.talked_of import told_by_effect


def _tok(nlp, sentence: str, word: str):
    return next(t for t in nlp(sentence) if t.text == word)


@pytest.mark.slow
@pytest.mark.parametrize("sentence, word, effect", [
    # an indefinite event noun introduces the act, whatever effect follows
    ("A suicide bombing that killed 12 people at a bus station sparked fear in Quetta on Sunday.", "bombing", False),
    ("An air strike on a hospital caused outrage across the country.", "strike", False),
    ("Two explosions caused panic among shoppers at a market.", "explosions", False),
    # a known one is talked of by its effect
    ("The raid raised questions about the army's conduct.", "raid", True),
    ("These killings have caused anger across the state.", "killings", True),
    ("The general's air strikes have deepened the crisis in the coalition.", "strikes", True),
])
def test_only_a_known_event_noun_is_told_by_its_effect(nlp, sentence, word, effect):
    assert told_by_effect(_tok(nlp, sentence, word)) is effect
