"""Times that date an act the event came after, not the event (issue 11, dates):
- a day named as the possessor of another act ("mourned the victims of yesterday's attack", "marched against
  Sunday's killing of a student"): it names that act by its day; the event's own day is not told by it, unless the
  act is the event's own word ("Sunday's bombing killed five"), or the occasion the event's clause happened at
  ("arrested 20 people at Sunday's rally", "killed in Monday's attack");
- a day inside a "since" phrase or clause ("Since the raid on Monday, protesters have gathered daily", "have gathered
  ... since soldiers raided the village on Monday"): the act the event has gone on since, not the event (a "since"
  time phrase itself, "since Monday", is an onset that pick_date reads);
- a day inside a clause that describes captives by their abduction ("rescued two traders abducted on Monday and
  arrested four suspects", "freed hostages who were kidnapped on Monday after a gun battle"): the abduction's day;
  a rescue, an arrest or a battle that set them free came after it.
Such an event, dated by nothing else, happened between that act's recent day and the report (after_act)."""

from __future__ import annotations

import datetime as dt
from typing import Iterable, Optional

from ...lang.en.events.arguments import ONSET_MENTION, OCCASION_PREPS, SINCE_MARK
from ...lang.en.events.arrests import TAKING_CAPTIVE_LEMMAS
from ...records import DateValue
from .clause_sides import mention_spans
from .parse_roles import verb_of
from .told_when import DESCRIBING_DEPS

# What kind of earlier act a time dates (preceding_times).
POSSESSOR, SINCE, CAPTIVE = "possessor", "since", "captive"


def preceding_times(doc, anchor, times: Iterable) -> dict[int, str]:
    """The starts of ``times`` (TimeMentions of the event's sentence) that date another act the event (carried by
    ``anchor``, its word) came after, with their kind: POSSESSOR, a possessive day on another act; SINCE, a day in a
    "since" phrase or clause on the event's verb."""
    if doc is None or anchor is None:
        return {}
    verb = verb_of(anchor)
    out = {}
    for t in times:
        if ONSET_MENTION.match(t.text or ""):
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        if _possessor_of_other_act(span, anchor, verb):
            out[t.start] = POSSESSOR
        elif _in_since(span, anchor, verb):
            out[t.start] = SINCE
    return out


def _possessor_of_other_act(span, anchor, verb) -> bool:
    """Whether the time is the possessor of a noun ("yesterday's attack") other than the event's word, that is
    neither the subject of the event's verb nor the occasion its clause happened at."""
    while len(span) > 1 and span[0].dep_ == "prep":
        span = span[1:]  # (a time read with its preposition, "in last week's crackdown": the day is the possessor)
    root = next((x for x in span if not span.start <= x.head.i < span.end), None)
    if root is None or root.dep_ != "poss" or not any(c.tag_ == "POS" for c in root.children) \
            and not (span.end < len(span.doc) and span.doc[span.end].tag_ == "POS"):
        return False
    act = root.head
    if act.i == anchor.i:
        return False  # "Sunday's bombing": the event's own word
    if act.dep_ in ("nsubj", "nsubjpass") and act.head.i in (anchor.i, verb.i):
        return False  # "Sunday's attack killed five people"
    prep = act.head if act.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in OCCASION_PREPS and prep.head.i in (anchor.i, verb.i):
        return False  # "arrested 20 people at Sunday's rally": at that occasion
    return True


def _in_since(span, anchor, verb) -> bool:
    """Whether the time lies inside a "since" phrase ("Since the raid on Monday") or clause ("since soldiers raided
    the village on Monday") on the event's verb, that does not hold the event's word. (One on a noun tells that
    noun's history: "a regular spot for demonstrations since they started six days ago".)"""
    x, hops = span.root, 0
    while x.head.i != x.i and hops < 20:
        if x.i == anchor.i:
            return False  # the event is told inside it
        since = (x.lower_ == SINCE_MARK and x.dep_ == "prep") or (
            x.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == SINCE_MARK for c in x.children))
        if since:
            return x.head.i in (anchor.i, verb.i) and not _holds(x, anchor)
        x, hops = x.head, hops + 1
    return False


def _holds(tok, anchor) -> bool:
    return any(d.i == anchor.i for d in tok.subtree)


def captivity_times(doc, anchor, times: Iterable) -> set[int]:
    """The starts of ``times`` inside a clause that describes people by their abduction ("two traders abducted on
    Monday", "hostages who were kidnapped on Monday"), when the event's word (``anchor``) lies outside it: the
    abduction's day, not that of the rescue, arrest or fight told of them."""
    if doc is None or anchor is None:
        return set()
    out = set()
    for c, span in mention_spans(doc, [t.start for t in times]):
        x, hops = span[0], 0
        while x.head.i != x.i and hops < 20:
            if x.dep_ in DESCRIBING_DEPS and x.lemma_.lower() in TAKING_CAPTIVE_LEMMAS:
                if not _holds(x, anchor):
                    out.add(c)
                break
            x, hops = x.head, hops + 1
    return out


def after_act(act: Optional[DateValue], now: Optional[dt.date], recent_days: int) -> Optional[DateValue]:
    """The date of an event told after an act of day ``act`` (preceding_times): from that day to ``now`` (the
    report's day), when the day is at most ``recent_days`` before it; else None (an older act leaves the event
    undated by it)."""
    if act is None or now is None or act.precision != "day" or not act.start:
        return None
    try:
        day = dt.date.fromisoformat(act.start[:10])
    except ValueError:
        return None
    if not 0 <= (now - day).days <= recent_days:
        return None
    return DateValue(start=day.isoformat(), end=now.isoformat(), precision="day" if day == now else "range",
                     text=act.text)
