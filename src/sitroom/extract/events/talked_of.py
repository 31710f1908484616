"""Event words that a sentence talks of without reporting the act (rule 6 of rules.py: only news is coded).

Two ways news language names an act it does not report (the guide's criterion 3: talk about an act is not the
act; a passing mention with no place and no day of its own is not coded):
- its effect: an event noun as the subject of a verb whose object is a state of politics or opinion ("Those
  clashes have created an unstable situation in Gaza", "The raids opened deep divisions in the cabinet");
- its memorial: an act told in a relative clause on the place where mourners gather ("prayed at the spot where
  his father was killed"): the mourning is the news, the act happened before.
"""

from __future__ import annotations

from ...lang.en.events.discourse import DEFINITE_WORDS, EFFECT_STATES, MOURNING_WORDS
from .discourse import OWN_DAY_OR_PLACE


def only_talked_of(tok) -> bool:
    """Whether the event word ``tok`` is talked of by its effect or its memorial (module doc)."""
    return told_by_effect(tok) or memorial_site(tok)


def _own_day_or_place(noun) -> bool:
    return any(t.ent_type_ in OWN_DAY_OR_PLACE for t in noun.subtree)


def _known(noun) -> bool:
    """A definite or possessed noun phrase ("the raid", "those clashes", "the army's air strikes"): an act the
    reader knows. An indefinite one introduces the act ("A bombing that killed 12 sparked fear"): that is its report."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_WORDS or c.dep_ == "poss" for c in noun.children)


def told_by_effect(tok) -> bool:
    """A known event noun (or a conjunct of it) that is the subject of a verb whose object is a state of politics
    or opinion (EFFECT_STATES), its own phrase with no day or place."""
    if tok.pos_ != "NOUN":
        return False
    subject = tok
    while subject.dep_ == "conj" and subject.head.pos_ in ("NOUN", "PROPN"):
        subject = subject.head  # "Mr Sharon's hard words and air strikes opened ..."
    if subject.dep_ != "nsubj" or _own_day_or_place(subject) or not (_known(subject) or _known(tok)):
        return False
    verb = subject.head
    return any(c.dep_ == "dobj" and c.lemma_.lower() in EFFECT_STATES for c in verb.children)


def memorial_site(tok) -> bool:
    """An act told in a relative clause on a place (no day of its own) that is where a verb of mourning happens
    ("knelt and prayed at the spot where his father was killed")."""
    clause = tok if tok.dep_ == "relcl" else None
    if clause is None or any(t.ent_type_ in ("DATE", "TIME") for t in clause.subtree):
        return False
    site = clause.head
    if site.dep_ != "pobj" or site.head.dep_ != "prep":
        return False
    verb = site.head.head
    verbs = {verb.lemma_.lower()} | {c.lemma_.lower() for c in verb.children if c.dep_ == "conj"}
    if verb.dep_ == "conj":
        verbs.add(verb.head.lemma_.lower())
    return bool(verbs & MOURNING_WORDS)
