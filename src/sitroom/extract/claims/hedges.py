"""Hedges, modality and stance of a claim.

Hedges are the words that weaken or distance a statement ("allegedly",
"reportedly", "may", "probably", "unconfirmed"); they are kept as written.
Modality says how the text presents the claim (see ``records.Modality``): the
author asserting it, a party claiming it, a report relaying it. Stance is how
firmly the claim itself is put, on a five-step scale:

- "certain": no hedge;
- "probable": probably, likely, apparently;
- "possible": may, might, could, possibly, perhaps;
- "doubtful": allegedly, reportedly, unconfirmed, unverified: the writer keeps a distance;
- "negative": the speaker denies it.
"""

from __future__ import annotations

import re
from typing import Optional

from ...lang.en.claims.hedges import (
    HEDGES,
    CASE_PARTY_WORDS,
    STANCE_OF_CLASS,
)

_STANCE_ORDER = ["negative", "doubtful", "possible", "probable", "certain"]
_ASIDE = re.compile(r"\([^()]*\s[^()]*\s[^()]*\)")  # three words or more: an aside of its own
_CONDITIONAL = re.compile(r"^\s*(?:if|unless|should|in case|were)\b|,\s*if\b|\bif\b", re.IGNORECASE)

# Frame classes (see speech.py) whose speaker is a party making a claim of their own.
_CLAIMING_CLASSES = {"say", "claim", "commit", "accuse"}


def find_hedges(text: str) -> list[tuple[str, str]]:
    """(hedge class, cue as written) for each hedge cue in ``text``, in text order. A cue inside a bracketed
    clause qualifies that aside, not the claim ("call on the police, immigration (the company is alleged to
    be Indian) and ... to act"); a cue bracketed alone still qualifies it ("the firm (allegedly) paid")."""
    found = []
    asides = [m.span() for m in _ASIDE.finditer(text)]
    for cls, rx in HEDGES.items():
        for m in rx.finditer(text):
            if any(s < m.start() < e for s, e in asides):
                continue
            found.append((m.start(), cls, m.group(0)))
    return [(cls, cue) for _pos, cls, cue in sorted(found)]


def prosecutes(*names: Optional[str]) -> bool:
    """Do the words naming a speaker name a party that brings or bears out charges ("Police", "The
    prosecution", "A witness")?"""
    words = {w.lower().strip(".,'’") for n in names if n for w in n.split()}
    return bool(words & CASE_PARTY_WORDS)


def stance(hedges: list[tuple[str, str]], denied: bool = False) -> str:
    """The firmness of a claim from its hedges (see the module docstring)."""
    if denied:
        return "negative"
    levels = [STANCE_OF_CLASS[cls] for cls, _cue in hedges] or ["certain"]
    return min(levels, key=_STANCE_ORDER.index)


def modality(kind: str, frame_class: Optional[str], by_author: bool, hedges: list[tuple[str, str]],
             quote: str = "", by_prosecution: bool = False) -> str:
    """How the text presents the claim.

    kind (str): the claim kind; frame_class (str | None): the class of the reporting verb
    ("say", "claim", "commit", "request", "accuse", "deny", "predict", "decide", "threaten",
    "according"), None for the author's own claims; by_prosecution: the speaker is the police, prosecutors,
    the authorities or a witness of a case.
    """
    classes = {cls for cls, _cue in hedges}
    if frame_class == "deny" or kind == "denial":
        return "denied"
    if frame_class == "threaten":
        return "threatened"
    if kind == "prediction" or frame_class == "predict":
        # "claimed it would be the site of a final victory": a claim, whatever it foretells
        return "claimed" if "claimed" in classes and not by_author else "predicted"
    if "alleged" in classes or (kind == "accusation" and by_prosecution):
        return "alleged"  # (a charge in a case is still to be proven)
    if "relayed" in classes:  # second-hand words are reported, whoever's they are
        return "reported"
    if frame_class in _CLAIMING_CLASSES and not by_author:
        return "claimed"
    if frame_class == "according" or "reported" in classes:
        return "reported"
    if _CONDITIONAL.search(quote) and re.search(r"\b(?:would|could|might)\b", quote):
        return "hypothetical"
    return "asserted"
