"""Event arguments: actors, location, date, and the counts of killed, injured and arrested.

Actors, places and times come from the earlier stages (ctx.actors, ctx.places, ctx.times); this module
(with actor_roles.py for the actors) only chooses among them: the agent and the target of the event,
the place where it happened (not every place in the sentence), the date of the event (not a deadline). Counts are read here, in digits or
words, with ACLED's conventions for vague amounts and the lowest figure when a text gives several.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterable, Optional

from ...lang.en.events.arguments import (
    DEADLINE_MENTION,
    LEFT_FROM,
    NEEDS,
    NOT_EVENT_DATE,
    NOT_HERE,
    PATTERNS,
)
from ...records import DateValue, PlaceMention, TimeMention
from ..numbers import parse_number
from .actor_roles import country_name, pick_actors, to_ref, victims_text  # noqa: F401 (the events' argument API)

# ---- counts ----------------------------------------------------------------------------------------


def count(kind: str, text: str) -> Optional[int]:
    """The number of people ``kind`` ("fatalities", "injured", "arrested") the text reports; lowest if several."""
    if not NEEDS[kind].search(text):
        return None
    values = []
    for rx in PATTERNS[kind]:
        for m in rx.finditer(text):
            n = parse_number(m.group("n"))
            # "killed one of the attackers" is a count; "left 2023" is a year, never a count of people.
            if n is not None and n < 100000 and not (1900 <= n <= 2100 and m.group("n").isdigit()):
                values.append(n)
    if kind == "fatalities" and re.search(r"\bno (?:one|casualties|deaths) (?:was|were )?(?:killed|reported)|no casualties\b", text, re.I) and not values:
        return 0
    return min(values) if values else None


# ---- location and date -----------------------------------------------------------------------------

# More specific places first: ACLED codes the most precise location the report supports.
_LEVEL_RANK = {"populated place": 0, "admin2": 1, "border area": 2, "other": 3, "admin1": 4, "country": 5}


def pick_location(places: Iterable[PlaceMention], text: str, trigger_start: int) -> Optional[PlaceMention]:
    """The place where the event happened: not metonyms, origins or goals; the most specific, then the nearest."""
    best, best_key = None, None
    for p in places:
        if p.role != "location":
            continue
        if NOT_HERE.search(text[max(0, p.start - 40):p.start]) and not LEFT_FROM.search(text[max(0, p.start - 80):p.start]):
            continue
        key = (_LEVEL_RANK.get(p.level or "", 6), abs(p.start - trigger_start))
        if best_key is None or key < best_key:
            best, best_key = p, key
    return best


def pick_date(times: Iterable[TimeMention], text: str, trigger_start: int,
              pub_date: Optional[dt.date] = None) -> Optional[DateValue]:
    """The date of the event: the time expression nearest the trigger that is not a deadline, an onset,
    or a date after publication (reports tell what happened; plans are not dated events)."""
    best, best_d = None, None
    for t in times:
        if NOT_EVENT_DATE.search(text[max(0, t.start - 16):t.start]) or DEADLINE_MENTION.match(t.text):
            continue
        if t.date.precision == "unknown" and not t.date.start:
            continue
        if pub_date is not None and t.date.start and t.date.start > pub_date.isoformat():
            continue
        d = abs(t.start - trigger_start)
        if best_d is None or d < best_d:
            best, best_d = t, d
    return best.date.model_copy() if best else None
