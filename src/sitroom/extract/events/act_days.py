"""A day told against another act ("his family says he was detained the day before he took the poison", "two days
after the raid"): the day of that act, found dated in a sentence shortly before ("On September 17, the boy drank
poison"), moved by the count told. The time reader dates such a phrase by nothing (it names no day of its own)."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from ...lang.en.events.arguments import ACT_RELATIVE_COMMON, ACT_RELATIVE_DAY
from ...records import DateValue
from ..numbers import parse_number
from . import arguments as args
from .told_when import statement_times
from .units import Unit

# The unit's days.
UNIT_DAYS = {"day": 1, "night": 1, "week": 7}


def act_relative_day(ctx, units: list[Unit], k: int, after: int, window: int) -> Optional[DateValue]:
    """The date unit ``k`` tells against another act, when a sentence shortly before (``window`` sentences back at
    most) dates an act sharing a content word with it to a day; else None."""
    u = units[k]
    m = ACT_RELATIVE_DAY.search(u.text)
    if m is None or ctx.doc is None:
        return None
    unit = m.group("unit").lower()
    vague = m.group("n").lower() == "the"  # "the week before the raid": some day of it; "a week after": the 7th day
    if vague and unit.endswith("s"):
        return None  # "in the days before the vote": no day
    count = 1 if m.group("n").lower() in ("the", "a", "one") else parse_number(m.group("n"))
    if not count:
        return None
    words = _act_words(ctx.doc, u.start + m.end())
    if not words:
        return None
    for j in range(k - 1, max(-1, k - 1 - window), -1):
        days = [t for t in ctx.times if units[j].start <= t.start < units[j].end and t.start >= after
                and t.date.precision == "day" and t.date.start]
        if not days or units[j].span is None:
            continue
        told = [t.idx for t in units[j].span if t.pos_ in ("NOUN", "VERB", "PROPN") and t.lemma_.lower() in words]
        if not told:
            continue
        # the act's day, not the statement's ("the army said on Monday that soldiers raided the village on Friday")
        anchor = args.event_anchor(ctx.doc, told[0])
        said = statement_times(ctx.doc, anchor, days, args.speech_side(ctx.doc, anchor, [t.start for t in days],
                                                                      speech_only=False))
        days = [t for t in days if t.start not in said]
        if not days:
            continue
        dated = min(days, key=lambda t: min(abs(t.start - i) for i in told))  # (the nearest the act's word)
        try:
            day = dt.date.fromisoformat(dated.date.start[:10])
        except ValueError:
            return None
        sign = -1 if m.group("dir").lower() == "before" else 1
        step = count * UNIT_DAYS[unit.rstrip("s")]
        # "the week before the raid": some day of the week before it (a range), else the day counted
        near = day + dt.timedelta(days=sign) if vague and unit == "week" else day + dt.timedelta(days=sign * step)
        far = day + dt.timedelta(days=sign * step)
        start, end = min(near, far), max(near, far)
        if ctx.pub_date is not None and end > ctx.pub_date:
            return None
        return DateValue(start=start.isoformat(), end=end.isoformat(), precision="day" if start == end else "range",
                         text=m.group(0).strip())
    return None


def _act_words(doc, start: int) -> set[str]:
    """The content words (nouns and verbs) of the act told from character ``start`` on ("he took the poison"),
    to the end of its clause: the tokens up to the next comma, semicolon or sentence end."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return set()
    out = set()
    for t in doc[span[0].i:span[0].sent.end]:
        if t.text in (",", ";", ".", ":") or t.lower_ in ("and", "but", "while"):
            break
        if t.pos_ in ("NOUN", "VERB", "PROPN") and t.lemma_.lower() not in ACT_RELATIVE_COMMON:
            out.add(t.lemma_.lower())
    return out
