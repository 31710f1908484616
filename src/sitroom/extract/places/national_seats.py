"""A country's parliament, named by its people's adjective and attacked or acted at ("a suicide attack on the Indian
Parliament", "protesters stormed the Iraqi parliament"): the building stands in the country's capital, so the act
happened there, not somewhere in the whole country the adjective alone would give. Only where the text puts an act
at it (sites.where_acted): "the Indian Parliament passed a law" is the body, no place."""

from __future__ import annotations

import re
from typing import Optional

import numpy as np

from ...lang.en.places import NATIONAL_SEAT_HEADS, NATIONS_WITHIN_STATES
from ...read.nlp import doc_text
from ...records import PlaceMention
from .gazetteer import Gazetteer, coord
from .sites import where_acted
from .tables import DEMONYMS

_SEAT = re.compile(r"\b(" + "|".join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True)) + r")\s+("
                   + "|".join(NATIONAL_SEAT_HEADS) + r")\b", re.I)


def seat_mentions(gaz: Gazetteer, doc, mentions: list[PlaceMention], sentence_of) -> list[PlaceMention]:
    """Mentions of national parliaments acted at, placed at their country's capital (the seat word's span: the
    adjective before it is the stage's own origin mention)."""
    text = doc_text(doc)
    out = []
    for m in _SEAT.finditer(text):
        iso2 = DEMONYMS.get(m.group(1)) or DEMONYMS.get(m.group(1).capitalize())
        if not iso2 or not m.group(1)[:1].isupper() or any(p.start < m.end() and m.start(2) < p.end for p in mentions):
            continue
        if m.group(1).capitalize() in NATIONS_WITHIN_STATES:
            continue  # ("the Scottish Parliament": Edinburgh's, not London's)
        if not where_acted(doc, m.start()):
            continue
        capital = _capital(gaz, iso2)
        if capital is None:
            continue
        a1 = int(gaz.admin1[capital])
        out.append(PlaceMention(
            text=m.group(2), start=m.start(2), end=m.end(2), sentence=sentence_of(m.start(2)), name=m.group(0),
            gazetteer_id=None, lat=coord(gaz.lat[capital]), lon=coord(gaz.lon[capital]), level="populated place",
            country=iso2, admin1=gaz.admin_name(a1), confidence=0.5,
            resolution=f"site: placed at {gaz.names[capital]}", role="location", geo_precision=2,
            extractor="sitroom.places.gazetteer.v1"))
    return out


def _capital(gaz: Gazetteer, iso2: str) -> Optional[int]:
    """The gazetteer's national capital of ``iso2``, if it has one."""
    found = [int(e) for e in np.nonzero(np.asarray(gaz.capital) == 2)[0] if gaz.country[int(e)] == iso2]
    return found[0] if found else None
