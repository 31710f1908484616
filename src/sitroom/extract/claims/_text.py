"""The text of a spaCy Doc, computed once: ``Doc.text`` joins every token on each access."""

from __future__ import annotations

_KEY = "sitroom.text"


def doc_text(doc) -> str:
    """``doc.text``, cached in ``doc.user_data`` (building it walks the whole document)."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def span_text(tokens: list) -> str:
    """The document text from the first to the last of ``tokens``."""
    if not tokens:
        return ""
    return doc_text(tokens[0].doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]
