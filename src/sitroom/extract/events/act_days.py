"""A day told against another act ("his family says he was detained the day before he took the poison", "two days
after the raid"): the day of that act, found dated in a sentence shortly before ("On September 17, the boy drank
poison"), moved by the count told. The time reader dates such a phrase by nothing (it names no day of its own)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from ...lang.en.events.arguments import ACT_RELATIVE_COMMON, ACT_RELATIVE_DAY
from ...lang.en.events.succession import RELATIVE, SUCCESSION
from ...records import DateValue
from ..numbers import count_value, parse_number
from . import arguments as args
from .told_when import statement_times
from .units import Unit

# The unit's days.
UNIT_DAYS = {"day": 1, "night": 1, "week": 7}
# The most words from an event's word to the verb of succession when the word heads the verb's subject ("explosion
# came", "kidnappings in Zamfara state also came").
SUBJECT_REST_WORDS = 5
# The most words before it ("Sunday's", "The Zamfara state").
SUBJECT_LEAD_WORDS = 4


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


def told_after(text: str, offset: int, trigger: int, cue_found: bool = True) -> Optional[re.Match]:
    """The succession ("The discovery came 10 days after 39 bodies were found") that tells the event as the earlier
    act, in the sentence ``text`` starting at character ``offset``: the event's word ``trigger`` after the phrase,
    or heading the subject of its verb ("Sunday's explosion came just two days after two bombs killed six police
    officers"), or, found without a word of its type, the verb of succession itself. The subject names the act the
    report told already, again, as the time the earlier act is counted from: the sentence's news is the earlier
    act. None when the event is told elsewhere in the sentence or there is no such phrase. (A count is needed but
    for hours: "days after" tells no day.)"""
    m = SUCCESSION.search(text)
    if m is None:
        return None
    at = trigger - offset
    between = text[at:m.start()]
    # (the subject opens the sentence: "in a raid that came a week after the elections" tells the raid anew)
    subject = (cue_found and 0 <= at < m.start() and "," not in between and len(between.split()) <= SUBJECT_REST_WORDS
               and len(text[:at].split()) <= SUBJECT_LEAD_WORDS and not RELATIVE.search(between))
    if at < m.end() and not subject and (cue_found or at != m.start()):
        return None
    if m.group("n") is None and not m.group("unit").lower().startswith("hour"):
        return None
    return m


def counted_back(date: Optional[DateValue], m: re.Match, offset: int, times, pub) -> Optional[DateValue]:
    """The date of the earlier act of the succession ``m`` (told_after) from ``date``, the one its event was given:
    that date moved back (or on, "came two days before") by the count told, when no time inside the earlier
    act's clause gave it ("Sunday's explosion came just two days after two bombs killed six police officers": the
    Friday; undated, the publication's week moved back). ``times`` are the sentence's (``offset`` its start)."""
    if any(t.start >= offset + m.end() and t.date.start for t in times):
        return date  # the earlier act has a time of its own
    # the later act's own time ("Sunday's explosion"), the nearest before the phrase, else the event's date
    later = [t for t in times if t.end <= offset + m.start() and t.date.start]
    date = max(later, key=lambda t: t.start).date if later else date
    if date is None or not date.start:
        return date
    unit = m.group("unit").lower().rstrip("s")
    step = 0 if unit == "hour" else (count_value(m.group("n")) if m.group("n") else 0) * UNIT_DAYS[unit]
    sign = -1 if m.group("dir").lower() == "after" else 1
    try:
        start = dt.date.fromisoformat(date.start[:10]) + dt.timedelta(days=sign * step)
        end = dt.date.fromisoformat((date.end or date.start)[:10]) + dt.timedelta(days=sign * step)
    except ValueError:
        return date
    if pub is not None and end > pub:
        return date  # (an act after the report is none it tells as done)
    precision = "day" if start == end else "range"
    return DateValue(start=start.isoformat(), end=end.isoformat(), precision=precision, text=m.group(0).strip(" ,"))
