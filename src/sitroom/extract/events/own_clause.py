"""The event's own clause and its doer (issue 11: actor1 is the doer of the EVENT'S clause).

"A gunman opened fire on tourists ... before he was shot dead by police": the police act in a clause of their
own; the clause that holds the event names its doer ("a gunman"), a word the catalogue has no actor for. The
doer of another clause is then no candidate for actor1: the event's doer is unnamed, not the police.
"""

from __future__ import annotations

from ...lang.en.events.arguments import DYING_LEMMAS, UNNAMED_DOER_LEMMAS
from ..pos import VERBAL

_SUBJECT_DEPS = ("nsubj", "agent")  # an active verb's subject; a passive's by-phrase ("was fired on by gunmen")


def names_own_doer(preds: dict, party_tokens: set[int]) -> bool:
    """Whether a verb carrying the event has a doer of its own that is no party mention: an unnamed person as
    subject (or a passive's by-agent) outside ``party_tokens`` (token indices of the sentence's party mentions) whose words hold
    no party either, and which is not the event's own noun ("the attack killed ...")."""
    for p in preds.values():
        if p.pos_ not in VERBAL or p.lemma_.lower() in DYING_LEMMAS:
            continue  # ("a man died after police beat him": the subject of a dying is its victim, no doer)
        for c in p.children:
            doer = c
            if c.dep_ == "agent":  # "by" → its object
                doer = next((g for g in c.children if g.dep_ == "pobj"), None)
            elif c.dep_ not in _SUBJECT_DEPS:
                continue
            # (an unnamed person: not a pronoun or a name that may stand for a party, nor "the fight erupted")
            if doer is None or doer.i in preds or doer.lemma_.lower() not in UNNAMED_DOER_LEMMAS:
                continue
            if not any(t.i in party_tokens or t.i in preds for t in doer.subtree):
                return True
    return False
