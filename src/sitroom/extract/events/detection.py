"""Detection around the learned detector: its second stage (the sentence encoder on the candidate units),
the embeddings its typer reads, and the headline, which is never the report of an event."""

from __future__ import annotations

import re
from typing import Optional

import numpy as np

from .encoder import DIM, get_encoder
from .units import Unit


def rescore(det, x: np.ndarray, texts: list[str], p_event: np.ndarray, body: np.ndarray) -> Optional[np.ndarray]:
    """The detector's second stage, in place on ``p_event``: the candidate units (first-stage p(event) at
    the detector's encoder bar or more, headline aside) are embedded by the sentence encoder, in one
    batch, and rescored. Only candidates: the encoder costs more per sentence than the parse. Returns
    the embeddings (zeros for the units not embedded), None when the detector has no such stage."""
    if not det.uses_encoder:
        return None
    emb = np.zeros((len(texts), DIM), dtype=np.float32)
    cand = np.flatnonzero((p_event >= det.encoder_bar) & body)
    if len(cand):
        emb[cand] = get_encoder(det.encoder_model).encode([texts[i] for i in cand], det.encoder_contexts(texts, cand))
        p_event[cand] = det.p_event_encoded(x[cand], emb[cand])
    return emb


def found_embeddings(det, emb: Optional[np.ndarray], found: np.ndarray, texts: list[str]) -> Optional[np.ndarray]:
    """The embeddings the typer reads, when it reads any: of the units found to report an event, taken
    from the second stage's where it embedded them, else embedded here (few: typed units only)."""
    if not det.types_with_encoder:
        return None
    out = emb[found] if emb is not None else np.zeros((len(found), DIM), dtype=np.float32)
    todo = np.flatnonzero(~out.any(axis=1))
    if len(todo):
        out[todo] = get_encoder(det.encoder_model).encode([texts[found[i]] for i in todo],
                                                          det.encoder_contexts(texts, found[todo]))
    return out


def headline_of(ctx) -> Optional[str]:
    title = getattr(getattr(ctx, "doc_in", None), "title", None)
    return " ".join(title.split()) if title else None


def untitled_headline(units: list[Unit]) -> Optional[str]:
    """The headline of a text given without a title: its first line, when that line is a paragraph of its
    own set in title case without a closing full stop ("Escalation In Afghanistan Is Likely Nearing Its
    Final Stage"), or when the text repeats it as its next paragraph."""
    if len(units) < 2 or units[1].paragraph == units[0].paragraph:
        return None
    first = " ".join(units[0].text.split())
    if first == " ".join(units[1].text.split()):
        return first
    words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", first) if len(w) > 3]
    if first.endswith((".", "?", "!", ":", '"', "\u201d")) or len(words) < 3:
        return None
    return first if sum(w[0].isupper() for w in words) >= 0.8 * len(words) else None


def is_headline(u: Unit, headline: Optional[str]) -> bool:
    """Whether the unit is the document's headline: the title's words, where the text starts or repeats
    them (scraped pages often give the headline twice)."""
    return bool(headline) and " ".join(u.text.split()) == headline
