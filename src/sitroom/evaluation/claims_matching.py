"""How a claim the extractor made is judged against a gold claim of the real-news corpus: spans that match,
speakers named alike, kinds, hedges and deadlines read the corpus's way (used by claims_real's scorer)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Optional

from ..records import Claim

KIND_AS_GOLD = {"territorial control": "control", "request": "demand", "policy decision": "commitment",
                "quantity": "statement"}
MIN_SHORTER_COVERED = 0.5
MIN_LONGER_COVERED = 0.3


@dataclass
class GoldClaim:
    sentence: int
    speaker: str
    quote: str
    kind: str
    hedge: str
    deadline: Optional[str]
    start: int
    end: int



# --- matching -----------------------------------------------------------------------------------

def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def spans_match(gold: tuple[int, int], pred: tuple[int, int]) -> bool:
    """Do two quote spans overlap substantially (see the module docstring)?"""
    ov = _overlap(gold, pred)
    lg, lp = gold[1] - gold[0], pred[1] - pred[0]
    if ov <= 0 or lg <= 0 or lp <= 0:
        return False
    return ov >= MIN_SHORTER_COVERED * min(lg, lp) and ov >= MIN_LONGER_COVERED * max(lg, lp)


def match_claims(gold: list[GoldClaim], pred: list[Claim]) -> tuple[dict[int, int], list[int]]:
    """One-to-one matches {gold index: predicted index}, best overlap first, and the predicted claims that
    overlap a gold claim already taken (duplicates)."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            span = (p.quote.start, p.quote.end)
            if spans_match((g.start, g.end), span):
                ov = _overlap((g.start, g.end), span)
                pairs.append((2 * ov / ((g.end - g.start) + (span[1] - span[0])), gi, pi))
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _score, gi, pi in sorted(pairs, reverse=True):
        if gi in matched or pi in used:
            continue
        matched[gi] = pi
        used.add(pi)
    duplicates = sorted({pi for _s, gi, pi in pairs if pi not in used})
    return matched, duplicates


# --- attribute checks ---------------------------------------------------------------------------

_STOP = {"the", "a", "an", "of", "for", "and", "in", "at", "on", "to", "s", "mr", "mrs", "ms", "dr", "its", "his",
         "her", "their", "he", "she", "it", "they", "we", "i", "who", "by", "with", "from", "de", "al", "el"}


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[’`']s\b", "", s)
    return re.sub(r"[^\w\s-]", " ", s)


def _words(s: str) -> set[str]:
    return {w for w in re.split(r"[\s-]+", _norm(s)) if w and w not in _STOP}


def _acronyms(s: str) -> set[str]:
    """Acronyms written in ``s`` ("(RSF)") and built from its capitalised words ("ILAWN")."""
    written = {w.lower() for w in re.findall(r"\b[A-Z][A-Z0-9&]{1,}\b", s)}
    initials = "".join(w[0] for w in re.findall(r"\b[A-Z][\w-]*", s)).lower()
    return written | ({initials} if len(initials) >= 2 else set())


def speaker_right(gold: str, claim: Claim) -> bool:
    """Lenient name match: the words of one inside the other's, or an acronym of it."""
    if claim.speaker is None:
        return False
    g = _words(gold)
    pred_name = claim.speaker.name
    if pred_name == "author":
        return _norm(gold).strip() in ("author", "the author")
    # The name resolved, its organisation, and the words that name the speaker in the text (not a pronoun).
    for name in (pred_name, claim.speaker.organisation or "", claim.speaker.text or ""):
        p = _words(name)
        if not p or not g:
            continue
        if p <= g or g <= p:
            return True
        if _is_acronym_of(p, gold) or _is_acronym_of(g, name):
            return True
    return False


def _is_acronym_of(words: set[str], name: str) -> bool:
    """ "ilaw" for "International Lawyers Assisting Workers Network (Nigerian Chapter)"."""
    if len(words) != 1:
        return False
    w = next(iter(words))
    return len(w) >= 2 and any(a == w or (len(w) >= 3 and a.startswith(w)) for a in _acronyms(name))


def kind_as_gold(kind: str) -> str:
    return KIND_AS_GOLD.get(kind, kind)


_CLAIM_CUES = re.compile(r"^(?:claim|claims|claimed|claiming|contend|contends|contended|allege|alleges)$", re.I)


def hedge_as_gold(claim: Claim) -> str:
    """sitroom's modality read as the guide's hedge."""
    m = claim.modality
    if m in ("denied", "alleged", "reported"):
        return m
    if m == "claimed" and any(_CLAIM_CUES.match(h) for h in claim.hedges):
        return "claimed"
    return "asserted"


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def deadline_right(gold: str, claim: Claim) -> bool:
    d = claim.deadline
    if d is None:
        return False
    if _ISO.match(gold.strip()):
        return gold.strip() in (d.end, d.start)
    gw, pw = _words(gold), _words(d.text or "")
    return bool(gw and pw and (gw <= pw or pw <= gw))
