"""Event arguments: actors, location, date, and the counts of killed, injured and arrested.

Actors, places and times come from the earlier stages (ctx.actors, ctx.places, ctx.times); this module
(with actor_roles.py for the actors, and clause_sides.py for which mentions the event's own clause holds) only
chooses among them: the agent and the target of the event,
the place where it happened (not every place in the sentence), the date of the event (not a deadline). Counts are read here, in digits or
words, with ACLED's conventions for vague amounts and the lowest figure when a text gives several.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable, Optional

from ...lang.en.events.arguments import (
    BACKED_BY,
    CLOSED_SPAN,
    DEADLINE_MENTION,
    DURATIVE_MENTION,
    ONSET_MENTION,
    LEFT_FROM,
    LOCATED_BY,
    NOT_EVENT_DATE,
    NOT_HERE,
    YEAR_FRAME,
)
from ...lang.en.places import OWN_LEVEL_WORDS
from ...records import DateValue, PlaceMention, TimeMention
from ..numbers import parse_number  # noqa: F401 (read from here by the tests of counts)
from ..time import counted_back
from .actor_roles import bracketed, country_name, kind_referent, pick_actors, victims_text  # noqa: F401 (the events' argument API)
from .clause_sides import (clause_side, event_anchor, mention_spans, site_side, speech_side,  # noqa: F401 (the API)
                           subordinate_side, topic_side)
from .counts import count  # noqa: F401 (the events' argument API: counts.py)
from .not_where import (attacked_at_home, is_a_persons, is_home_town, is_origin, names_a_course, names_a_feature,  # noqa: F401 (the API)
                        names_a_side)

# ---- location and date -----------------------------------------------------------------------------

# More specific places first: ACLED codes the most precise location the report supports.
_LEVEL_RANK = {"populated place": 0, "admin2": 1, "border area": 2, "other": 3, "admin1": 4, "country": 5}


def within(p: PlaceMention, wide: PlaceMention) -> bool:
    """Whether the place ``p`` lies inside ``wide`` by the gazetteer's hierarchy (its country, its province)."""
    if not p.country or p.country != wide.country:
        return False
    if wide.level == "country":
        return p.level != "country"
    return wide.level == "admin1" and p.level not in ("country", "admin1") and p.admin1 == (wide.name or wide.text)


def pick_location(places: Iterable[PlaceMention], text: str, trigger_start: int,
                  speech: frozenset[int] = frozenset(), clause: frozenset[int] = frozenset(),
                  topic: frozenset[int] = frozenset(), site: frozenset[int] = frozenset()) -> Optional[PlaceMention]:
    """The place where the event happened: not metonyms, origins or goals, nor a person's home town or where
    someone is based ("their Ohio-based church"), nor where
    it was told (``speech``: starts of the mentions on the side of a verb of saying); the site the event's own
    word names (``site``: starts of those mentions, see site_side) or a place inside it, then the most
    specific, then one in the event's own clause (``clause``: starts of the mentions in it, when any), then
    the nearest. Not the topic of a talk either (``topic``: "talks on the situation in Aleppo")."""
    places = list(places)
    where = [p for p in places if _may_be_where(text, p, topic)]
    if not where:
        # the home of people attacked, told alone, is where they were hit: "attacked Chadian peacekeepers based in
        # Aguelhok on Sunday" (not beside another place, "killed in Afghanistan ... a unit based at Fort Campbell",
        # nor a unit's home told of no attack, "was assigned to a unit which is based in Virginia Beach")
        where = [p for p in places if attacked_at_home(text, p) and _may_be_where(text, p, topic, based_at=False)]
    located = _locators(text, where, speech)
    # (only a site the gazetteer places: a name it cannot place says nothing of the others)
    sites = [p for p in places if p.start in site and p.start not in speech and p.country and p.level
             and p.start not in located]
    best, best_key = None, None
    for p in where:
        # (a place of another country still competes as before: a site that contradicts the sentence's country
        # may be a namesake, "at the Saint Peter and Saint Paul Church ... in Cairo")
        elsewhere = p.start not in site and any(p.country == q.country for q in sites) \
            and not any(within(p, q) for q in sites)
        key = (p.start in speech, p.start in located, elsewhere, _LEVEL_RANK.get(p.level or "", 6),
               bool(clause) and p.start not in clause, abs(p.start - trigger_start))
        if best_key is None or key < best_key:
            best, best_key = p, key
    return best


def _may_be_where(text: str, p: PlaceMention, topic: frozenset[int], based_at: bool = True) -> bool:
    """Whether a mention may be where an event happened: a location, not a topic, a destination, an origin
    (a home "based at" it too unless not ``based_at``), a backer, a side, a style or a feature's name."""
    if p.role != "location" or p.start in topic:
        return False
    if NOT_HERE.search(text[max(0, p.start - 40):p.start]) and not LEFT_FROM.search(text[max(0, p.start - 80):p.start]):
        return False
    if p.level == "country" and BACKED_BY.search(text[max(0, p.start - 30):p.start]):
        return False  # "rebels backed by Turkey": the backer
    return not (is_origin(text, p, based_at) or names_a_side(text, p) or is_a_persons(text, p)
                or names_a_feature(text, p) or names_a_course(text, p))


def _locators(text: str, places: list[PlaceMention], speech: frozenset[int]) -> set[int]:
    """The starts of the mentions that only locate a town or district named right before them ("the town of
    Mandera, near the Somali border", "Tarmiyah, 50 km north of Baghdad"): the event is at that town, which the
    gazetteer places; a name it lacks ("Zabarmari, near Maiduguri") leaves the nearby town its best place."""
    # (a province too: "Basra province, 330 miles south of Baghdad")
    towns = [q for q in places if q.gazetteer_id and q.level in ("populated place", "admin2", "admin1")
             and q.start not in speech]
    return {p.start for p in places
            if any(q.end <= p.start and LOCATED_BY.match(_after_level_word(text[q.end:p.start])) for q in towns)}


def _after_level_word(gap: str) -> str:
    """The text after a place's name without the word of its level that completes it ("Basra province, near")."""
    word = gap.lstrip().split(None, 1)[0].rstrip(",").lower() if gap.strip() else ""
    return gap.lstrip()[len(word):] if word in OWN_LEVEL_WORDS else gap


# Background, not news: an event dated more than STALE_DAYS before publication is not emitted ("since
# 34 people were killed there on May 1, 1977", "was arrested on October 13, 2020" in a report of August
# 2021): the annotation guide's "about 60 days", ACLED's report window.
STALE_DAYS = 62
# A "since" day dates what goes on since then only inside that window: "the deadliest attack since January
# 2021", "held since 2015" date nothing.


def pick_date(times: Iterable[TimeMention], text: str, trigger_start: int,
              pub_date: Optional[dt.date] = None, speech: frozenset[int] = frozenset()) -> Optional[DateValue]:
    """The date of the event: the time expression nearest the trigger that is not a deadline, an onset,
    or a date after publication (reports tell what happened; plans are not dated events); one that dates
    a statement about the event (``speech``, as for pick_location) only when no other does."""
    best, best_d = None, None
    onset, onset_d = None, None
    times = list(times)
    if any(t.date.precision == "day" for t in times):
        # "met ... in Baghdad on Tuesday, in the highest-level talks between the two rivals this year": the day
        times = [t for t in times if not YEAR_FRAME.match(t.text.strip())]
    for t in times:
        if (ONSET_MENTION.match(t.text) and t.date.precision == "day" and t.date.start
                and (pub_date is None or 0 <= (pub_date - dt.date.fromisoformat(t.date.start[:10])).days <= STALE_DAYS)):
            d = abs(t.start - trigger_start)
            if onset_d is None or d < onset_d:
                onset, onset_d = t, d
        if NOT_EVENT_DATE.search(text[max(0, t.start - 16):t.start]) or (
                DEADLINE_MENTION.match(t.text) and not CLOSED_SPAN.match(t.text)):
            continue
        if t.date.precision == "unknown" and not t.date.start:
            continue
        if pub_date is not None and t.date.start and t.date.start > pub_date.isoformat():
            continue
        d = (t.start in speech, abs(t.start - trigger_start))
        if best_d is None or d < best_d:
            best, best_d = t, d
    if best is None and onset is not None:
        # "protests have shaken Iraq since October 4th", "detained since March": what goes on since a day
        # began that day, when nothing else in the sentence dates it.
        return onset.date.model_copy()
    if best is None:
        return None
    durative = DURATIVE_MENTION.match(best.text.strip())
    began = counted_back(durative["n"], durative["unit"], pub_date) if durative and pub_date else None
    if began is not None and began.start:
        # "held incommunicado for the past two weeks": the event is its onset, two weeks before the report
        return began.model_copy(update={"text": best.text})
    return best.date.model_copy()
