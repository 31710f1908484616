"""Sentences that talk about demonstrations without reporting one.

On real news the demonstration types were the most over-generated: officials and rights groups who
condemn a crackdown, call on people to protest, or "demonstrate their determination" share the words of a
protest report. ACLED codes a demonstration from a report that people gathered; a statement about one is
not an event (the demonstration, if new, is reported by its own sentence).
"""

from __future__ import annotations

from typing import Optional

from ...lang.en.events.reactions import CROWD, REACTIONS


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
