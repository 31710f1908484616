"""Text of a spaCy Doc's tokens, read from the document text computed once (``read.nlp.doc_text``)."""

from __future__ import annotations

from ...read.nlp import doc_text


def span_text(tokens: list) -> str:
    """The document text from the first to the last of ``tokens``."""
    if not tokens:
        return ""
    return doc_text(tokens[0].doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]


def inside_quotation(tok) -> bool:
    """Is ``tok`` between quotation marks: opened earlier in its sentence, or closed later in it when the
    quotation began in an earlier sentence ('... If we could prevent it, that would be impressive," he said')?"""
    text = doc_text(tok.doc)
    before = text[tok.sent.start_char:tok.idx]
    if before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1:
        return True
    after = text[tok.idx:tok.sent.end_char]
    curly = [ch for ch in after if ch in "\u201c\u201d"]
    return (curly[:1] == ["\u201d"]) if curly else after.count('"') % 2 == 1
