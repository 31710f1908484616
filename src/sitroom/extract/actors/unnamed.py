"""Perpetrators a report describes but does not name ("two men riding a motorcycle", "a group of men armed with
machetes", "masked men", "men in plain clothes"): the guide's unnamed perpetrators, the Unidentified Armed Group of
the country (the document's, and the event's place's in the events stage, as for the catalogue's "gunmen").

Only as the doer of what the sentence tells: the subject of an active verb ("Masked men stormed the office") or the
agent of a passive ("was shot dead by two men riding a motorcycle"); men so described who are the victims ("two men
riding a motorcycle were shot", "police killed two men on a motorbike") are no armed group."""

from __future__ import annotations

from typing import Optional

from ...lang.en.actors.unnamed import NOT_DOERS_BEFORE, UNNAMED_DOERS
from .catalogue import Actor, Catalogue
from .metonymy import char_span


def _as_doer(span) -> bool:
    """Whether the phrase's people are a doer: the subject of an active verb or the agent of a passive, climbing out
    of "a group of", "some of" and of coordination."""
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i != tok.head.i:
        tok = tok.head.head  # "a group of men armed with machetes": the group
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "nsubj":
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ in ("agent", "prep")


def unnamed_doers(doc, low: str, cat: Catalogue, taken: list[tuple[int, int]],
                  country: Optional[str]) -> list[tuple[int, int, Actor]]:
    """The unnamed perpetrators described in ``low`` (the normalised text) as doers, where no actor is ``taken``:
    the unidentified armed group of ``country`` (the document's)."""
    actor: Optional[Actor] = cat.state_actor(country, "unidentified") or cat.generic_base.get("unidentified")
    if actor is None or doc is None:
        return []
    out = []
    for m in UNNAMED_DOERS.finditer(low):
        s, e = m.start(), m.end()
        if any(s < te and e > ts for ts, te in taken) or NOT_DOERS_BEFORE.search(low, max(0, s - 20), s):
            continue
        span = char_span(doc, s, e)
        if span is None or not len(span) or not _as_doer(span):
            continue
        out.append((s, e, actor))
    return out
