"""Names of speakers: governments of countries, names the actor catalogue knows, and the words of a
speaker's phrase trimmed to its name (helpers of speakers.py)."""

from __future__ import annotations

import re
from typing import Iterable, Optional

from ...lang.en.claims.speakers import COMMON_NAMES, THE_COUNTRIES
from ._text import span_text

DETERMINER = re.compile(r"^(?:the|a|an|its|their|his|her)\s+", re.IGNORECASE)
POSSESSIVE = re.compile(r"\s*[’']s$")


def government_name(country: str) -> str:
    """"Government of the United States", "Government of Afghanistan"."""
    return f"Government of the {country}" if country in THE_COUNTRIES else f"Government of {country}"


def country_of_iso(code: Optional[str]) -> Optional[str]:
    if not code:
        return None
    if code in COMMON_NAMES:
        return COMMON_NAMES[code]
    try:
        import pycountry

        c = pycountry.countries.get(alpha_2=code)
    except (ImportError, LookupError, KeyError):
        return None
    return getattr(c, "common_name", None) or getattr(c, "name", None) if c else None


def match_actor_name(text: str, catalogue=None) -> Optional[str]:
    """The canonical name ``catalogue`` (by default the shipped actor catalogue) gives ``text``, if it knows it."""
    try:
        if catalogue is None:
            from ..actors import load_catalogue

            catalogue = load_catalogue()
        ref = catalogue.match(text)
    except Exception:  # a catalogue failure must not lose the claim
        return None
    return ref.name if ref is not None else None


def overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def strip_punct(tokens: list) -> list:
    tokens = list(tokens)
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].dep_ == "cc"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    return tokens


def until_verb_phrase(tokens: list) -> list:
    """Cut "the representative ..., following a visit to Moscow" before the participle."""
    for k, t in enumerate(tokens):
        if t.pos_ == "VERB" and t.tag_ in ("VBG", "VBN") and k > 0:
            return tokens[:k]
    return tokens


def is_country_name(text: str) -> bool:
    """True for a country's name, for places the geoparser has not resolved."""
    try:
        import pycountry

        return pycountry.countries.get(name=text) is not None
    except (ImportError, LookupError, KeyError):
        return False


def short_name(tokens: list) -> str:
    """A name for a speaker kept as written: the head noun and its modifiers, without what hangs after it
    ("About 20 non-medical workers from the HRBT hospital in Ipoh, ..." → "non-medical workers")."""
    inside = set(tokens)
    head = next((t for t in tokens if t.head not in inside or t.head.i == t.i), tokens[-1])
    words = [t for t in tokens if t.i <= head.i and t.head.i >= t.i and not t.is_punct and not t.is_space
             and t.dep_ not in ("det", "nummod", "quantmod", "advmod", "predet")] or [head]
    start = min(t.i for t in words)
    end = head.i
    for c in head.children:  # "Voice of America", "representative of the movement"
        sub = list(c.subtree)
        if c.dep_ == "prep" and c.lower_ == "of" and c.i == end + 1 and len(sub) <= 5 and not any(t.is_punct and t.text != "'s" for t in sub):
            end = sub[-1].i
    run = [t for t in tokens if start <= t.i <= end and not t.is_space]
    text = span_text(run) if run else head.text
    return POSSESSIVE.sub("", DETERMINER.sub("", text)).strip()


def last_paragraph(tokens: list) -> list:
    """Words after the last paragraph break: a subject never reaches back into the previous paragraph."""
    for k in range(len(tokens) - 1, -1, -1):
        if tokens[k].is_space and tokens[k].text.count("\n") >= 2 or "\n\n" in tokens[k].whitespace_:
            return tokens[k + 1:]
    return tokens


def phrase_head(tokens):
    """The token of ``tokens`` whose head lies outside them (the phrase's head)."""
    inside = set(tokens)
    return next((t for t in tokens if t.head not in inside or t.head.i == t.i), tokens[-1])
