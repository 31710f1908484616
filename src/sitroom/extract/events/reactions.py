"""Sentences that talk about demonstrations without reporting one.

On real news the demonstration types were the most over-generated: officials and rights groups who
condemn a crackdown, call on people to protest, or "demonstrate their determination" share the words of a
protest report. ACLED codes a demonstration from a report that people gathered; a statement about one is
not an event (the demonstration, if new, is reported by its own sentence).

The same holds for every type: "Britain condemned the killing", "Trump used his chance to comment on
the withdrawal" react to an act, they do not report it (is_reaction_to).
"""

from __future__ import annotations

from typing import Optional

from ...lang.en.events.reactions import CROWD, REACTIONS, TALK_ABOUT, TOPIC_PREPS


def _subject(verb) -> Optional[object]:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _crowd(tok) -> bool:
    return tok is not None and tok.lemma_.lower() in CROWD


def is_talk_about_protest(span) -> bool:
    """Whether a sentence typed as a demonstration only comments on one: its main verb is a reaction or
    an appeal by someone other than the crowd ("Blinken denounced the crackdown", "the union is calling
    on workers to protest"), or "demonstrate" means to show ("the authorities are demonstrating their
    determination")."""
    if span is None:
        return False
    root = span.root
    if root.pos_ in ("VERB", "AUX") and root.lemma_.lower() in REACTIONS and not _crowd(_subject(root)):
        return True
    for tok in span:
        if tok.lemma_.lower() == "demonstrate" and tok.pos_ == "VERB":
            if any(c.dep_ in ("dobj", "ccomp") for c in tok.children) and not _crowd(_subject(tok)):
                return True
    return False


def is_reaction_to(tok) -> bool:
    """Whether the event word ``tok`` is what a reaction or a comment is about: the object of "condemned",
    "mourned", "denounced", the topic of "comment on", "concern over", "reacted to". ACLED: a reaction
    is not the act (the act is coded from its own report)."""
    if tok is None or tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "dobj":
        governor = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in TOPIC_PREPS:
        governor = tok.head.head
    else:
        return False
    if governor.lemma_.lower() not in TALK_ABOUT:
        return False
    # "protesters denounced the arrests" is a protest, not a reaction to one
    return governor.pos_ == "NOUN" or not _crowd(_subject(governor))
