"""An act named only as what a group decided to stop is no act: "Hamas has decided to stop suicide bombings against
Israel" reports no bombing but a change of the group's activity (the guide's Change to group/activity: "a group's
decision to disband or to change its activity"; v1.4: Hamas halting suicide bombings is coded). The typer leans on
the act's strong word; the parse tells that word is the object of a verb of stopping that a decision governs."""

from __future__ import annotations

from typing import Sequence

from ...lang.en.events.strategic import DECIDE_LEMMAS, STOP_LEMMAS
from .taxonomy import ARMED_VIOLENCE_PREFIXES, CHANGE_TO_GROUP


def decided_stop_first(ranked: list[str], cues: Sequence, doc) -> list[str]:
    """``ranked`` with the change to a group first when the typer's best label is armed violence and every cue of
    it is what a decision stops (is_decided_stop); else ``ranked`` unchanged."""
    if (not ranked or doc is None or not ranked[0].startswith(ARMED_VIOLENCE_PREFIXES)
            or CHANGE_TO_GROUP not in ranked):
        return ranked
    own = [c for c in cues if c.label == ranked[0]]
    if not own or not all(is_decided_stop(doc, c.start, c.end) for c in own):
        return ranked
    return [CHANGE_TO_GROUP] + [label for label in ranked if label != CHANGE_TO_GROUP]


def is_decided_stop(doc, start: int, end: int) -> bool:
    """Whether the words at ``start``-``end`` lie below a verb of stopping ("stop", "end", "halt") that hangs on a
    word of deciding ("decided to stop", "a decision to end")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    for tok in span.root.ancestors:
        if tok.lemma_.lower() in STOP_LEMMAS and tok.pos_ == "VERB":
            return tok.head.i != tok.i and tok.head.lemma_.lower() in DECIDE_LEMMAS
    return False
