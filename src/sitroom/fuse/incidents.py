"""Reports of the same incident become one incident.

Two reports describe the same incident when all of these hold:

1. *type*: their sub-event types fall in the same family (all battles are one family,
   since a clash and the capture it ends in are told as either; all explosions and
   remote violence; all violence against civilians; protests and riots together;
   each strategic development and each non-ACLED type on its own); a claim of
   responsibility joins the attack it claims (battles, remote violence, violence against
   civilians), so the claimed figure stands beside the reported one;
2. *date*: their date windows overlap or lie within :data:`DATE_GAP_DAYS` days (a report
   dated only to a month joins an incident without stretching its window to the month);
3. *actors*: they share an actor or one names none, and their attackers (actor1)
   do not contradict each other;
4. *place*, either precise: the same admin2 (district), the same locality, or points within
   :data:`NEAR_KM` when both are finer than a province; or both name only the same province and
   their date windows overlap (no drift allowed); or coarse: one (or both) names only a province
   or the country, the other lies inside it (a country-only report ties only to another
   country-only one), and *other evidence agrees*: they name the same specific actors (not an
   unidentified group, civilians, protesters or a state's forces, which every report of a country
   may name), give the same figure (killed, injured, arrested), or the same evidence sentence.
   Five kidnappings by gunmen in Nigeria on one weekend, told country-wide, are five incidents.
   A report dated only to more than a month (:data:`TIE_SPAN_DAYS`) needs such evidence too, and so
   does a report dated only loosely (a window over :data:`CONCRETE_SPAN_DAYS`, such as "this week"):
   a week's window and a city's 25 km tie a factory shooting to any killing in that city that week.

The functions here are pure, over :class:`Report`, so the store applies them as
each document arrives and the tests exercise them without a database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Iterable, Optional

# Reports of one incident drift by a day or two: the date of the event vs of the report,
# "yesterday" resolved against a late publication. Beyond two days it is another incident.
DATE_GAP_DAYS = 2
# About the size of a district seat and its surroundings: beyond it, another incident.
NEAR_KM = 25.0
# A report dated only to a month ("in July") may join an incident, but must not stretch its
# window to the whole month, or every later report of that month would fuse into it.
VAGUE_SPAN_DAYS = 7
# A window longer than a month ("in 2020") overlaps too much to tie reports on its own.
TIE_SPAN_DAYS = 31
# Reports dated to a window of at most this many days after its first ("on Tuesday", "over the past 24
# hours", "over the weekend") agree on a date; a longer one ("this week") must agree on more than that.
CONCRETE_SPAN_DAYS = 3

_FAMILY_BY_TYPE = {
    "Battles": "battles",
    "Explosions/Remote violence": "remote violence",
    "Violence against civilians": "violence against civilians",
    "Protests": "demonstrations",
    "Riots": "demonstrations",
}
_COARSE_LEVELS = {"country", "admin1"}
# A claim of responsibility is about an attack of one of these families.
CLAIM_FAMILY = "Statements/Claim of responsibility"
CLAIMED_FAMILIES = ("battles", "remote violence", "violence against civilians")
# Actors that many reports of one country name, so naming them ties nothing: ACLED's generic actors
# and a state's own forces.
_GENERIC_ACTOR = re.compile(r"^(?:Unidentified |Unknown |Civilians|Refugees|Protesters|Rioters|"
                            r"(?:Military|Police) Forces of |Government of )|\(country unidentified\)", re.I)


def family(event_type: str, sub_event_type: str) -> str:
    """The incident family of an event type: reports of one incident share it."""
    return _FAMILY_BY_TYPE.get(event_type) or f"{event_type}/{sub_event_type}"


def related_families(fam: str) -> tuple[str, ...]:
    """The families whose incidents a report of ``fam`` may join: its own, and a claim of responsibility's
    attacks (or an attack's claims of responsibility)."""
    if fam == CLAIM_FAMILY:
        return (fam, *CLAIMED_FAMILIES)
    return (fam, CLAIM_FAMILY) if fam in CLAIMED_FAMILIES else (fam,)


@dataclass
class Report:
    """What fusion looks at in one event (or in an incident's running summary)."""

    family: str
    date_start: Optional[str] = None
    date_end: Optional[str] = None
    location_name: Optional[str] = None
    level: Optional[str] = None
    country: Optional[str] = None
    admin1: Optional[str] = None
    admin2: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    actor1: Optional[str] = None
    actors: list[str] = field(default_factory=list)  # every named actor, actor1 first
    # What ties reports beyond type, place and date: the figures they give ("killed:5", "arrested:3") and a
    # fingerprint of their evidence sentence ("said:…"), shared by copies an outlet rewrote little.
    clues: list[str] = field(default_factory=list)

    @property
    def dated(self) -> bool:
        return self.date_start is not None

    @property
    def district(self) -> Optional[str]:
        return self.admin2 or (self.location_name if self.level == "admin2" else None)

    @property
    def province(self) -> Optional[str]:
        return self.admin1 or (self.location_name if self.level == "admin1" else None)


def report_of(event_type: str, sub_event_type: str, *, date_start=None, date_end=None, published=None,
              location_name=None, level=None, country=None, admin1=None, admin2=None, lat=None, lon=None,
              actor1=None, actor2=None, fatalities=None, injured=None, arrested=None, evidence_text=None) -> Report:
    """A :class:`Report` for an event; an undated event takes its document's publication date."""
    start = date_start or published
    end = date_end or date_start or published
    actors = [a for a in (actor1, actor2) if a]
    clues = [f"{k}:{n}" for k, n in (("killed", fatalities), ("injured", injured), ("arrested", arrested)) if n]
    if evidence_text:
        words = " ".join(re.findall(r"\w+", evidence_text.casefold()))
        clues.append("said:" + hashlib.sha1(words.encode()).hexdigest()[:12])
    return Report(family(event_type, sub_event_type), start, end, location_name, level, country, admin1, admin2,
                  lat, lon, actor1, actors, clues)


def date_gap_days(a: Report, b: Report) -> Optional[int]:
    """Days between two date windows (0 or less when they overlap); None if either is undated."""
    if not (a.dated and b.dated):
        return None
    a0, a1 = _d(a.date_start), _d(a.date_end or a.date_start)
    b0, b1 = _d(b.date_start), _d(b.date_end or b.date_start)
    return (max(a0, b0) - min(a1, b1)).days


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _located(r: Report) -> bool:
    return not (r.location_name is None and r.country is None)


def places_precise_match(a: Report, b: Report) -> bool:
    """Whether two reports name one place precisely enough to fuse on place alone (rule 4, precise)."""
    if not (_located(a) and _located(b)) or (a.country and b.country and a.country != b.country):
        return False
    if a.district and b.district and _same(a.district, b.district):
        return True
    if a.level == b.level == "admin2":
        return False  # two districts by name: a district the gazetteer lacks sits at its province's point
    if a.level in _COARSE_LEVELS or b.level in _COARSE_LEVELS:
        return False
    if None not in (a.lat, a.lon, b.lat, b.lon):
        return km_between(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM
    return _same(a.location_name, b.location_name)


def places_contain(a: Report, b: Report) -> bool:
    """Whether a coarse report's province or country holds the other's place (rule 4, coarse)."""
    if not (_located(a) and _located(b)) or (a.country and b.country and a.country != b.country):
        return False
    if a.level == "country" or b.level == "country":
        # "in Nigeria" says too little to be tied to a town's report; two such reports may be one.
        return a.level == b.level == "country"
    return bool(a.province and b.province and _same(a.province, b.province))


def places_compatible(a: Report, b: Report) -> bool:
    """Whether two reports can be about one place: precisely, or one holds the other."""
    return places_precise_match(a, b) or places_contain(a, b)


def specific_actors(r: Report) -> set[str]:
    """The actors a report names that are not generic (see :data:`_GENERIC_ACTOR`), folded."""
    return {x.casefold() for x in r.actors if not _GENERIC_ACTOR.search(x)}


def corroborated(a: Report, b: Report) -> bool:
    """Whether evidence beyond type, date and a coarse place ties two reports: the same specific
    actors, a figure both give, or the same evidence sentence."""
    mine = specific_actors(a)
    if mine and mine == specific_actors(b):
        return True
    return bool(set(a.clues) & set(b.clues))


def actors_compatible(a: Report, b: Report) -> bool:
    """Whether the actors of two reports can be the same parties (rule 4)."""
    if not a.actors or not b.actors:
        return True
    shared = {x.lower() for x in a.actors} & {x.lower() for x in b.actors}
    if not shared:
        return False
    if a.actor1 and b.actor1 and not _same(a.actor1, b.actor1):
        # Told from the other side ("army repels Taliban" vs "Taliban attack army") is fine;
        # two different attackers are two incidents.
        return any(_same(a.actor1, x) for x in b.actors) and any(_same(b.actor1, x) for x in a.actors)
    return True


def same_incident(a: Report, b: Report) -> bool:
    """Whether ``a`` and ``b`` report one incident."""
    if b.family not in related_families(a.family):
        return False
    gap = date_gap_days(a, b)
    if gap is None or gap > DATE_GAP_DAYS or not actors_compatible(a, b):
        return False
    precise, vague = places_precise_match(a, b), _too_vague(a) or _too_vague(b)
    concrete = not vague and _concrete(a) and _concrete(b)
    if precise and concrete:
        return True
    if _both_only_province(a, b) and gap <= 0 and concrete:
        return True  # one province, windows that overlap: "a school in Zamfara" on one day, told twice
    return (precise or places_contain(a, b)) and corroborated(a, b)


def _concrete(r: Report) -> bool:
    return (span_days(r) or 0) <= CONCRETE_SPAN_DAYS


def _both_only_province(a: Report, b: Report) -> bool:
    return a.level == b.level == "admin1" and _same(a.province, b.province) and a.country == b.country


def _too_vague(r: Report) -> bool:
    # A report dated only to a year (or a season) overlaps every report of its place: its date ties nothing.
    return (span_days(r) or 0) > TIE_SPAN_DAYS


def best_match(report: Report, candidates: Iterable[tuple[int, Report]]) -> Optional[int]:
    """The id of the candidate incident ``report`` belongs to (closest in date, then place), or None."""
    best: Optional[tuple[tuple, int]] = None
    for incident_id, inc in candidates:
        if not same_incident(report, inc):
            continue
        gap = max(0, date_gap_days(report, inc) or 0)
        dist = (km_between(report.lat, report.lon, inc.lat, inc.lon)
                if None not in (report.lat, report.lon, inc.lat, inc.lon) else NEAR_KM)
        key = (gap, dist, incident_id)
        if best is None or key < best[0]:
            best = (key, incident_id)
    return best[1] if best else None


def merge_into(incident: Report, report: Report) -> Report:
    """The incident summary after adding ``report``: the date window narrows or widens, the place sharpens.

    Precise windows are joined; a vague one (over :data:`VAGUE_SPAN_DAYS`) gives way to a precise one.
    """
    start, end = _merged_window(incident, report)
    where = report if _precision_rank(report.level) < _precision_rank(incident.level) else incident
    actors = list(dict.fromkeys(incident.actors + report.actors))
    clues = list(dict.fromkeys((incident.clues or []) + report.clues))
    # An incident known first from a claim of responsibility becomes the attack it claims when one is reported.
    fam = report.family if incident.family == CLAIM_FAMILY else incident.family
    return Report(fam, start, end, where.location_name, where.level, where.country, where.admin1,
                  where.admin2, where.lat, where.lon, incident.actor1 or report.actor1, actors, clues)


def span_days(r: Report) -> Optional[int]:
    """Length of a report's date window in days (0 for one day); None when undated."""
    if not r.dated:
        return None
    return (_d(r.date_end or r.date_start) - _d(r.date_start)).days


def _merged_window(a: Report, b: Report) -> tuple[Optional[str], Optional[str]]:
    if not b.dated:
        return a.date_start, a.date_end
    if not a.dated:
        return b.date_start, b.date_end
    a_vague, b_vague = span_days(a) > VAGUE_SPAN_DAYS, span_days(b) > VAGUE_SPAN_DAYS
    if a_vague != b_vague:
        keep = b if a_vague else a
        return keep.date_start, keep.date_end
    if a_vague:  # both vague: the narrower
        keep = a if span_days(a) <= span_days(b) else b
        return keep.date_start, keep.date_end
    return min(a.date_start, b.date_start), max(a.date_end or a.date_start, b.date_end or b.date_start)


def _precision_rank(level: Optional[str]) -> int:
    # Lower is more precise: a town beats a district beats a province beats a country.
    return {"populated place": 0, "other": 1, "border area": 1, "admin2": 2, "admin1": 3, "country": 4}.get(level or "", 5)


def _same(x: Optional[str], y: Optional[str]) -> bool:
    return bool(x and y and x.casefold() == y.casefold())


@lru_cache(maxsize=4096)
def _d(value: str) -> dt.date:
    # Full ISO dates are the norm; a bare month or year stands for its first day.
    parts = value[:10].split("-")
    return dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
