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


def whole_word(tok, lemma: bool = False) -> str:
    """The hyphenated word ``tok`` is a part of, as written and in lower case ("no-one" for the "one" of "no - one",
    "post-mortem"), or the token's own; with ``lemma`` its last part by its lemma ("post-mortems" reads
    "post-mortem"). spaCy splits a word at its hyphens, and the word lists name such a word whole."""
    doc, start = tok.doc, tok.i
    if tok.text == "-":
        return tok.lower_
    while start >= 2 and _glued(doc, start - 1):
        start -= 2
    end = word_end(tok)
    last = doc[end].lemma_ if lemma else doc[end].text
    return (doc[start:end].text + last).lower()


def word_end(tok) -> int:
    """The index of the last part of the hyphenated word ``tok`` begins or continues ("al" of "al-Qaida-linked":
    "linked"), or ``tok``'s own."""
    doc, end = tok.doc, tok.i
    while end + 2 < len(doc) and _glued(doc, end + 1):
        end += 2
    return end


def _glued(doc, k) -> bool:
    """doc[k] is a hyphen written inside a word: no space on either side."""
    return doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_


def listed(tok, words, lemma: bool = False) -> bool:
    """Whether a word list names ``tok``: by its own text (with ``lemma``, its lemma) or by the hyphenated word it is
    a part of ("no-one", "post-mortem"), which no single token spells."""
    own = tok.lemma_.lower() if lemma else tok.lower_
    return own in words or whole_word(tok, lemma) in words
