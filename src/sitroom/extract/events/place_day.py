"""Whether two reports of an event are told at one place and on one day (ACLED's rule 4: one event per type, place
and day), as merging.py asks of each pair: keys of place and date, places one inside the other, a day inside a
statement's week."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from ...lang.en.events.disasters import NATURAL_HAZARD
from ...lang.en.events.separate import another_incident
from ...records import Event
from .filed_from import filed_and_told
from .merged_slots import own_date
from .taxonomy import NATURAL_DISASTER, label_of
from .within_city import one_in_city


# Sentences apart within which two reports of one event type may be one incident told twice.
NEAR = 3

def place_key(e: Event) -> Optional[str]:
    if e.location is None or e.location.country is None:  # a name the geoparser could not place says nothing
        return None
    return e.location.gazetteer_id or (e.location.name or e.location.text).lower()


def date_key(e: Event) -> Optional[tuple]:
    if not e.date.start:
        return None
    return (e.date.start, e.date.end)


def dates_overlap(a: Optional[tuple], b: Optional[tuple]) -> bool:
    """Unknown dates are compatible; known ones when their ranges overlap ("on Friday" lies in "last week")."""
    if a is None or b is None:
        return True
    return (a[0] or "") <= (b[1] or b[0] or "") and (b[0] or "") <= (a[1] or a[0] or "")


def same_place_and_day(a: Event, b: Event) -> bool:
    """Whether two events are coded at one place on overlapping days (both known)."""
    place, day, other = place_key(a), date_key(a), date_key(b)
    return (place is not None and place == place_key(b) and day is not None and other is not None
            and dates_overlap(day, other))


def same_place_undated(a: Event, b: Event) -> bool:
    """Whether two events are coded at one place with no date known for either (an undated article's)."""
    place = place_key(a)
    return place is not None and place == place_key(b) and date_key(a) is None and date_key(b) is None


# Days before a statement's week within which the day a nearby report gives may be the day of the event the
# statement retells.
BY_THEN_DAYS = 7


# (undated_retold.retold_days and undated_retelling.py join undated reports by other windows, places and
# candidates: see the comment in undated_retelling.py.)
def by_then_retold(a: Event, b: Event) -> bool:
    """One incident told twice nearby at one place: once dated by the statement that tells it (the week up to
    "confirmed on June 16": a range), once by its own day just before that week ("died ... after being admitted
    to hospital on June 8"). The range says only that the event happened by its end; so does an undated
    report's publication week (its sentence gives no day: the nearby report's day is the incident's)."""
    if abs(a.evidence.sentence - b.evidence.sentence) > NEAR:
        return False
    pa = place_key(a)
    if pa is None or (pa != place_key(b) and not one_inside_other(a.location, b.location)):
        return False
    for week, day in ((a.date, b.date), (b.date, a.date)):
        if week.precision in ("range", "publication") and day.precision == "day" and week.start and day.start:
            gap = (_day(week.start) - _day(day.start)).days
            if 0 < gap <= BY_THEN_DAYS:
                return True
    return False


def same_own_day(a: Event, b: Event) -> bool:
    """Whether both reports state in their own words the same day, at one place: ACLED's one event per type,
    place and day, however far apart the article tells them ("100,000 marched through Minsk on 4 October" and
    "225 protesters were detained on 4 October"). Not when the later one tells another incident ("Meanwhile,
    bandits abducted 20 worshippers in Kaduna on Monday" after a killing there that day)."""
    pa = place_key(a)
    return (pa is not None and pa == place_key(b) and a.date.precision == b.date.precision == "day"
            and date_key(a) == date_key(b) and own_date(a) and own_date(b)
            and not another_incident(b.evidence.text))

def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso[:10])


def _compatible(a: Optional[object], b: Optional[object]) -> bool:
    return a is None or b is None or a == b


def places_compatible(a: Event, b: Event) -> bool:
    """Same place, or one is a region the other lies in ("in Russia" and "in Moscow", "Punjab" and
    "Lahore", the district "Lee County" and "Auburn"); a place the geoparser could not put in any country
    says nothing."""
    pa, pb = place_key(a), place_key(b)
    if _compatible(pa, pb):
        return True
    la, lb = a.location, b.location
    if la.country is None or lb.country is None:
        return True
    if la.country != lb.country:
        return False
    if filed_and_told(a, b):  # a dateline's city and the body's place in its province (filed_from.py)
        return True
    if (label_of(a) == label_of(b) == NATURAL_DISASTER and {la.level, lb.level} <= {"admin1", "country"}
            and not _other_hazards(a, b)):
        # A hazard told over whole provinces of one country ("flooding in Bihar and Uttar Pradesh", "in other parts
        # of Pakistan the water has receded") is one widespread disaster, not an incident per province; a town's
        # own flash flood stays its own, and so does another hazard ("a cyclone struck Odisha" after floods in Assam).
        return True
    if la.level == "country" or lb.level == "country":
        # "in Iraq" and "in Nasiriyah": the same event when told together or on the same day; a story's
        # country-wide lead does not swallow every city it later details.
        near = abs(a.evidence.sentence - b.evidence.sentence) <= 3
        return near or (date_key(a) is not None and date_key(a) == date_key(b))
    # (a district of a large city told in another sentence; the places one sentence lists are its own events)
    return one_inside_other(la, lb) or (a.evidence.sentence != b.evidence.sentence and one_in_city(la, lb))


def _other_hazards(a: Event, b: Event) -> bool:
    """Whether both reports name a natural hazard and no hazard of one is the other's ("floods" and "a cyclone";
    not "floods" and "flooding")."""
    ha, hb = ({m.group(0).lower()[:4] for m in NATURAL_HAZARD.finditer(e.evidence.text)} for e in (a, b))
    return bool(ha) and bool(hb) and not ha & hb


def one_inside_other(la, lb) -> bool:
    """Whether one place is a province (or a region the gazetteer gives as a place's province: "the Gaza Strip"
    and "Gaza") or district the other lies in (same country)."""
    if la is None or lb is None or la.country is None or la.country != lb.country:
        return False
    for wide, narrow in ((la, lb), (lb, la)):
        if wide.level in ("admin1", "other") and narrow.admin1 and (wide.name or wide.text) == narrow.admin1:
            return True
        if (wide.level == "admin2" and narrow.admin2 and (wide.name or wide.text) == narrow.admin2
                and (not wide.admin1 or not narrow.admin1 or wide.admin1 == narrow.admin1)):
            return True  # (a Lee County in Florida is not Alabama's)
    return False

