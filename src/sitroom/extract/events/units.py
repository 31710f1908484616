"""The units the event stage codes: spaCy sentences, cut again at blank lines."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")


def across_paragraphs(text: str, a: int, b: int) -> bool:
    """Whether a blank line lies between the characters ``a`` and ``b`` of ``text``."""
    lo, hi = min(a, b), max(a, b)
    return PARAGRAPH_BREAK.search(text, lo, hi) is not None


@dataclass
class Unit:
    """A stretch of text coded on its own: a spaCy sentence, cut again at blank lines (spaCy sometimes
    runs a sentence across paragraphs, e.g. after a colon that ends a caption)."""

    sentence: int  # index of the spaCy sentence (the provenance every stage uses)
    start: int
    end: int
    text: str
    paragraph: int
    span: object = None  # the spaCy span, for the dependency parse


def units_of(ctx) -> list[Unit]:
    """The document's sentences, split at blank lines, each with its paragraph number."""
    breaks = [m.end() for m in PARAGRAPH_BREAK.finditer(ctx.text)]
    out = []
    for i, s in enumerate(ctx.doc.sents):
        pieces, pos = [], s.start_char
        for m in PARAGRAPH_BREAK.finditer(ctx.text, s.start_char, s.end_char):
            pieces.append((pos, m.start()))
            pos = m.end()
        pieces.append((pos, s.end_char))
        for a, b in pieces:
            raw = ctx.text[a:b]
            lead = len(raw) - len(raw.lstrip())
            a, b = a + lead, a + len(raw.rstrip())
            if b <= a:
                continue
            span = ctx.doc.char_span(a, b, alignment_mode="expand")
            out.append(Unit(i, a, b, ctx.text[a:b], bisect.bisect_right(breaks, a), span))
    return out


