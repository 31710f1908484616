"""Where a claim's quoted words start and end: in one paragraph, without the quotation marks around them."""

from __future__ import annotations

import re
from typing import Optional

from ._text import doc_text
from .kinds import content_root

QUOTE_MARKS = "“”\"‘’'«»"
PARAGRAPH = re.compile(r"\n[ \t\u00a0]*\n")


def one_paragraph(words: list, anchor: Optional[int]) -> list:
    """A quote stays in one paragraph: the one nearest its reporting verb (``anchor``), or holding its
    clause's verb; a title or "Advertisement" run into the sentence is cut off."""
    text = doc_text(words[0].doc)
    breaks = [k for k in range(1, len(words)) if PARAGRAPH.search(text, words[k - 1].idx, char_end(words[k]))]
    if not breaks:
        return words
    bounds = [0, *breaks, len(words)]
    parts = [[t for t in words[a:b] if not t.is_space] for a, b in zip(bounds, bounds[1:])]
    parts = [p for p in parts if p]
    if not parts:
        return words
    if anchor is None:
        root = content_root(words)
        return next((p for p in parts if any(t.i == root.i for t in p)), parts[-1])
    return min(parts, key=lambda p: min(abs(p[0].idx - anchor), abs(char_end(p[-1]) - anchor)))


def unquote(words: list) -> list:
    """Content without the quotation marks around it."""
    words = [t for t in words if not (t.text in QUOTE_MARKS and (t.i == words[0].i or t.i == words[-1].i))]
    while words and (words[-1].text in QUOTE_MARKS or words[-1].is_punct and words[-1].text != "%"):
        words = words[:-1]
    while words and words[0].text in QUOTE_MARKS:
        words = words[1:]
    return words


def char_end(token) -> int:
    """Where the token ends in the text."""
    return token.idx + len(token)
