"""A time that names another thing rather than dating the sentence's act: a date in the possessive ("last month's
clashes") or set between a determiner and the noun it modifies ("the disputed August 9, 2020 presidential
elections"). Such a date tells which elections, not when the sentence's own act happened, so it does not set the time
of the paragraphs after it; unless the noun is itself an act of the kinds coded ("the 2014 abduction of 43 students"),
which the paragraphs after it may go on telling."""

from __future__ import annotations

from ...lang.en.claims.speakers import DEFINITE_DETERMINERS
from ...lang.en.places import POSSESSIVE_S
from .patterns import find_cues


def names_other(doc, text: str, t) -> bool:
    """Whether the time mention ``t`` (offsets into ``text``, parsed as ``doc``) names another thing: in the
    possessive, or a determiner's noun's modifier (a determiner before it, a noun right after it, adjectives
    allowed between)."""
    if POSSESSIVE_S.match(text[t.end:t.end + 3]):
        return True
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    i = span.start - 1
    while i >= 0 and doc[i].pos_ in ("ADJ", "VERB") and doc[i].tag_ in ("JJ", "VBN"):
        i -= 1  # "the disputed August 9 elections"
    if i < 0 or doc[i].lower_ not in DEFINITE_DETERMINERS:
        return False
    j = span.end
    while j < len(doc) and doc[j].pos_ == "ADJ":
        j += 1  # "... 2020 presidential elections"
    return j < len(doc) and doc[j].pos_ == "NOUN" and doc[j].sent == span[0].sent


def names_other_thing(doc, text: str, t) -> bool:
    """Whether the time mention ``t`` names another thing (names_other) that is no act of the kinds coded."""
    if not names_other(doc, text, t):
        return False
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    noun = next((x for x in doc[span.end:span.end + 4] if x.pos_ == "NOUN"), None) if span is not None else None
    return noun is not None and not find_cues(noun.text, noun.idx)
