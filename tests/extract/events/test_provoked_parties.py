"""not_parties.in_provoked_act: a party named in what the event provoked (the effect of "provoking", "sparking",
"prompting" ...) is no side of the event; its cause, and parties of the event itself, are."""

from __future__ import annotations

import pytest

from sitroom.extract.events.not_parties import in_provoked_act
from sitroom.extract.events.parse_roles import predicates


def _nlp():
    from sitroom.read.nlp import get_nlp

    return get_nlp()


def _tok(doc, word: str):
    start = doc.text.index(word)
    return next(t for t in doc if t.idx == start)


@pytest.mark.slow
@pytest.mark.parametrize("text, cue, label, who, provoked", [
    # the target of the answer the event provoked is not the event's
    ("A car bomb exploded in Mosul on Friday, killing 12 people and provoking raids against the rebels' bases.",
     "bomb", "Explosions/Remote violence / Remote explosive/landmine/IED", "rebels", True),
    ("Gunmen shot dead two farmers near Jos on Monday, sparking clashes with the police.",
     "shot", "Violence against civilians / Attack", "police", True),
    ("Militants attacked a village near Gao, prompting a military operation against the jihadists.",
     "attacked", "Violence against civilians / Attack", "jihadists", True),
    # the parties of the event itself, and the cause of a provoked act, stay
    ("A car bomb exploded in Mosul on Friday, killing 12 soldiers and provoking raids against the rebels' bases.",
     "bomb", "Explosions/Remote violence / Remote explosive/landmine/IED", "soldiers", False),
    ("Rebel attacks on Sunday provoked air raids against the militants in Idlib.",
     "raids", "Explosions/Remote violence / Air/drone strike", "militants", False),
])
def test_a_party_of_what_the_event_provoked(text, cue, label, who, provoked):
    doc = _nlp()(text)
    preds = predicates(_tok(doc, cue), label)
    assert in_provoked_act(_tok(doc, who), preds) is provoked
