"""Nationality words in a text: the countries its actors come from and its country focus ("Afghan troops", "The
Canadian Press"), and borders named by them ("the Tajik border", "Afghanistan-Tajikistan border")."""

from __future__ import annotations

import re
from typing import Optional

from ...read.nlp import doc_text
from .gazetteer import COUNTRY, Gazetteer
from .normalise import fold_name
from .recognise import Span
from .tables import DEMONYMS


def find_demonym_borders(doc, gaz: Gazetteer) -> list[Span]:
    """"the Tajik border", "the Afghanistan border", "Afghanistan-Tajikistan border"."""
    text = doc_text(doc)
    out = []
    for m in re.finditer(r"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)[ -]+border\b", text):
        word = m.group(1)
        iso2 = DEMONYMS.get(word)
        if iso2 is None:
            ids = [e for e in gaz.lookup(word) if gaz.level[e] == COUNTRY]
            iso2 = gaz.country[ids[0]] if ids else None
        if iso2 is None:
            pair = word.replace(" ", "-").split("-")
            isos = [_country_of(gaz, w) for w in pair]
            if len(pair) == 2 and all(isos):
                out.append(Span(m.start(), m.end(), m.group(0), fold_name(m.group(0)), [], kind="border",
                                border_with=isos[1], extra={"side": isos[0]}, cue=True))
            continue
        out.append(Span(m.start(1), m.end(), text[m.start(1):m.end()], fold_name(word), [], kind="border",
                        border_with=iso2, cue=True))
    return out


def _country_of(gaz: Gazetteer, word: str) -> Optional[str]:
    if word in DEMONYMS:
        return DEMONYMS[word]
    ids = [e for e in gaz.lookup(word) if gaz.level[e] == COUNTRY]
    return gaz.country[ids[0]] if ids else None


# A nationality adjective as a word of its own: "Afghan troops", "the Turkish Embassy", "Turkish-Russian
# talks"; not a plural noun ("Afghans") nor the start of a longer word.
_DEMONYM = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True))
                      + r")(?![\w]|['’]s\b)")


def demonym_countries(doc) -> list[tuple[str, int, int]]:
    """(ISO2, start, end) of nationality adjectives wherever they stand, also inside the names of
    organisations ("The Canadian Press") but not of people ("Jack English"): evidence of the document's
    country focus, and the countries its actors come from."""
    people = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    out = []
    for m in _DEMONYM.finditer(doc_text(doc)):
        if not any(a <= m.start() < b for a, b in people):
            out.append((DEMONYMS[m.group(1)], m.start(), m.end()))
    return out
