"""Metonymy: a country or capital that acts stands for its government ("Washington said", "Kabul has agreements").

The places stage marks such names as PlaceMention(role="metonym"), but it may run
later or not at all, so the spaCy parse is read here too: a place name is an actor
when it is the subject of a verb that takes an agent, the agent of a passive
("condemned by Moscow"), the owner of an action ("Washington's actions"), or the
partner in talks ("talks with Tehran").
"""

from __future__ import annotations

from typing import Optional

from ...lang.en.metonymy import (  # noqa: F401 (the stage's word lists)
    NON_AGENTIVE_VERBS, STANCE_WORDS, AGENTIVE_PASSIVES, ACTION_NOUNS, DEALING_NOUNS, REPRESENTATIVE_NOUNS, COPULAS,
)
from ..pos import VERBAL


def _governing(token):
    """Climb out of coordination: "Washington and Moscow agreed" makes Moscow a subject too."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def acts_as_agent(span) -> bool:
    """True when the place name ``span`` (a spaCy Span) is used as an acting party."""
    if span is None or len(span) == 0:
        return False
    token = _governing(span.root)
    head = token.head
    dep = token.dep_
    if dep == "nsubj":
        lemma = head.lemma_.lower()
        if lemma in COPULAS:
            return any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in STANCE_WORDS for c in head.children)
        return head.pos_ in VERBAL and lemma not in NON_AGENTIVE_VERBS
    if dep == "nsubjpass":
        return head.lemma_.lower() in AGENTIVE_PASSIVES
    if dep == "poss":
        return head.lemma_.lower() in ACTION_NOUNS
    if dep == "pobj":
        prep = head
        if prep.dep_ == "agent":
            return True
        if prep.lower_ in ("with", "between") and prep.head.lemma_.lower() in DEALING_NOUNS:
            return True
        if prep.lower_ in ("for", "from", "of") and prep.head.lemma_.lower() in REPRESENTATIVE_NOUNS:
            return True
    return False


def char_span(doc, start: int, end: int) -> Optional[object]:
    """The spaCy span covering characters ``start``..``end`` (expanded to whole tokens)."""
    return doc.char_span(start, end, alignment_mode="expand")
