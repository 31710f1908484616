"""A toll told for a list of places, divided among the events of the list (the annotation guide's "Combined
tolls"): "suicide bombers killed 25 people in Jerusalem and Haifa" is one event at each place (place_list.py), and
the 25 are neither each place's nor the first place's alone. The guide divides the toll evenly, the remainder to
the events the text names first (13 and 12), as ACLED spreads an aggregate toll over the events it covers.

Done on the events kept (after the event filter, which learned the copies without figures), so it changes no
event, only figures. Left alone: a sentence that gives more than one figure of the dead, or a number among the
places of its list (the split may be given: "three in Jerusalem and two in Haifa"), and a list whose events merged
with others' figures or with each other.
"""

from __future__ import annotations

import re

from ...lang.en.events.counts import NUM, PATTERNS
from ...records import Event
from ..numbers import parse_number


def divide_tolls(kept: list[Event], groups: list, lists: list[list[Event]]) -> list[Event]:
    """``kept`` (``groups``: the reports merged into each) with the toll of each report split off a list of places
    (``lists``: the report then its copies, from place_list.split_by_place) divided among the list's events."""
    where = {id(r): i for i, group in enumerate(groups) for r in group}
    out = list(kept)
    for listed in lists:
        src = listed[0]
        n = src.fatalities
        if not n or n < 2 or _figures(src.evidence.text) > 1 or _count_among(listed):
            continue
        holders = [where.get(id(r)) for r in listed]
        i0 = holders[0]
        if i0 is None or kept[i0].fatalities != n or len({h for h in holders if h is not None}) != sum(
                h is not None for h in holders):
            continue  # the report's event took another report's figure, or two places of the list merged
        if any(h is not None and h != i0 and kept[h].fatalities is not None for h in holders):
            continue
        order = sorted(range(len(listed)), key=lambda k: listed[k].location.start)  # the text's order of places
        share, rest = divmod(n, len(listed))
        note = f"{n} told for {len(listed)} places, divided evenly (combined toll)"
        for rank, k in enumerate(order):
            h = holders[k]
            if h is None:
                continue  # (a place the filter dropped keeps its share out of the others')
            part = share + (1 if rank < rest else 0)
            out[h] = out[h].model_copy(update={"fatalities": part or None, "fatalities_note": note if part else None})
    return out


_A_COUNT = re.compile(rf"\b{NUM}\b", re.I)


def _count_among(listed: list[Event]) -> bool:
    """Whether a count stands among the places of the list ("in Nakuru and two in Eldoret"): each place's own."""
    ev = listed[0].evidence
    starts = [e.location.start - ev.start for e in listed]
    ends = [e.location.end - ev.start for e in listed]
    return bool(_A_COUNT.search(ev.text, max(0, min(starts)), max(ends)))


def _figures(text: str) -> int:
    """How many different figures of the dead a sentence gives."""
    seen = set()
    for rx in PATTERNS["fatalities"]:
        for m in rx.finditer(text):
            n = parse_number(m.group("n"))
            if n is not None:
                seen.add(n)
    return len(seen)
