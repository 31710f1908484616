"""The token of an event's trigger word in its evidence sentence: what the news gate and the rules read."""

from __future__ import annotations

import bisect
from typing import Optional


def trigger_token(span, trigger: Optional[str]):
    """The token of the trigger word inside the evidence ``span`` (of its occurrences, the nearest the
    sentence's root); the span's root when the event has no trigger. (Offsets come from ``span.text``:
    ``doc.text`` rebuilds the whole document on every access.)"""
    if span is None or len(span) == 0:
        return None
    if trigger:
        found = [t for t in (_trigger_at(span, k + span.start_char, trigger) for k in _occurrences(span.text, trigger))
                 if t is not None]
        if found:
            # Told twice, the word of the main clause is the report's: "apart from the ones that might be
            # deployed to guard officials, police deployed 34,000 officers" (not the relative clause's).
            return min(found, key=_depth)
    return span.root


def _occurrences(text: str, word: str) -> list[int]:
    """Each offset of ``word`` in ``text``."""
    out, k = [], text.find(word)
    while k >= 0:
        out.append(k)
        k = text.find(word, k + 1)
    return out


def _depth(tok) -> int:
    """Steps from the token up to its sentence's root."""
    n = 0
    while tok.head.i != tok.i and n < 50:
        tok, n = tok.head, n + 1
    return n


def _trigger_at(span, k: int, trigger: str):
    """The token of ``trigger`` at document offset ``k`` inside ``span``: the first token that ends after k
    (it holds k, or is the first after it), by bisection over the document's token ends instead of a Token
    object per word before it. A trigger of several tokens ("gang-raped", "opened fire") is its syntactic
    head, not its first piece: "gang" of "gang-raped" is no gang."""
    ends = _token_ends(span.doc)
    i = bisect.bisect_right(ends, k, span.start, span.end)
    if i >= span.end:
        return None
    j = bisect.bisect_left(ends, k + len(trigger), i, span.end)
    if j > i and j < span.end:
        for t in span.doc[i:j + 1]:
            if not i <= t.head.i <= j or t.head.i == t.i:
                return t
    return span.doc[i]


_LAST_ENDS: list = [None, None]  # (document, its token end offsets): the document being coded


def _token_ends(doc) -> list[int]:
    """Character offset where each token of ``doc`` ends, read once per document from the arrays."""
    if _LAST_ENDS[0] is not doc:
        from spacy.attrs import IDX, LENGTH

        arr = doc.to_array([IDX, LENGTH]).astype("int64")
        _LAST_ENDS[0], _LAST_ENDS[1] = doc, (arr[:, 0] + arr[:, 1]).tolist()
    return _LAST_ENDS[1]
