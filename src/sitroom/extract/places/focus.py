"""What a name points to before the rest of the document is weighed: the prior of each gazetteer entry (its
level, population and capital status), a name's own spellings (as against its alternate names), and the document's
country focus (how much it is about each country, from what it names unambiguously). The resolver (resolve.py), the
recognition policy (policy.py) and the sentence context (sentence_context.py) all read these.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache

from .gazetteer import ADMIN1, ADMIN2, COUNTRY, OTHER, Gazetteer
from .normalise import name_variants
from .recognise import Span

# At most this many of a name's readings (the first of ``Span.entries``) are weighed.
MAX_CANDIDATES = 40


def prior(gaz: Gazetteer, e: int) -> float:
    lvl = gaz.level[e]
    pop = float(gaz.population[e])
    if lvl == COUNTRY:
        return 7.0  # a country's name rarely means a namesake town (Canada, Chile, Mexico)
    if lvl == OTHER:
        return 5.0
    if lvl == ADMIN1:
        return 2.5 + 0.15 * math.log10(pop + 1)
    if lvl == ADMIN2:
        return 1.0 + 0.1 * math.log10(pop + 1)
    p = 0.55 * math.log10(pop + 10)
    cap = int(gaz.capital[e])
    # A bare "Kunduz" is the town, not the province named after it: seats get a lift.
    return p + (1.5 if cap == 2 else 1.0 if cap == 1 else 0.0)


@lru_cache(maxsize=65536)
def main_keys(name: str) -> frozenset[str]:
    return frozenset(name_variants(name))


def span_focus(gaz: Gazetteer, s: Span) -> tuple[str, float]:
    """The country a span points to and how firmly: a country name 1, a name found in one
    country only 0.7, otherwise the likeliest reading by prior alone 0.3."""
    cands = s.entries[:MAX_CANDIDATES]
    if not cands:
        return "", 0.0
    countries = {gaz.country[e] for e in cands if gaz.country[e]}
    if gaz.level[cands[0]] == COUNTRY:
        return gaz.country[cands[0]], 1.0
    if len(countries) == 1:
        return next(iter(countries)), 0.7
    best = max(cands, key=lambda e: prior(gaz, e))
    return gaz.country[best], 0.3


def country_focus(gaz: Gazetteer, spans: list[Span], demonyms: list[tuple[str, int, int]]) -> Counter:
    """How much the document is about each country, from what names it unambiguously."""
    focus: Counter = Counter()
    for s in spans:
        c, w = span_focus(gaz, s)
        if c:
            focus[c] += w
    for iso2, _s, _e in demonyms:
        focus[iso2] += 0.5
    return focus
