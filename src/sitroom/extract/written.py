"""Text rebuilt from tokens as the article wrote it, for the patterns of lang/en, which are written for text.

spaCy splits "one-and-a-half" into "one", "-", "and", ... and "didn't" into "did", "n't": tokens joined by spaces
("one - and - a - half months", "did n't", "Israel 's") escape every pattern written with the word whole. Kept here,
below every stage, so any stage that matches a pattern against a set of tokens reads them the same way.
"""

from __future__ import annotations


def as_written(words) -> str:
    """The text of ``words`` (tokens of one doc, in any order, perhaps with gaps between them): each run of adjacent
    tokens with the article's own spacing ("in the last one-and-a-half months", "didn't"), runs apart joined by a
    space, and any run of whitespace (a line break) read as one space, as the patterns write it."""
    toks = sorted(words, key=lambda t: t.i)
    parts = [a.text + (a.whitespace_ if b.i == a.i + 1 else " ") for a, b in zip(toks, toks[1:])]
    if toks:
        parts.append(toks[-1].text)
    return " ".join("".join(parts).split())
