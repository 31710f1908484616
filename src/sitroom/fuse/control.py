"""Territorial control per place as of a date, with the evidence for it.

Evidence comes from two kinds of record:

- territory events — "Non-state actor overtakes territory", "Government regains
  territory", "Non-violent transfer of territory" — whose actor1 is the party that
  takes (or keeps, or receives) the place;
- territorial-control claims (``Claim.kind`` starting "territorial control") that name
  places and a controller, dated by their document.

For each place, the controller is the one named by the latest evidence on or before
the date. A place is *contested* when another controller is named within
:data:`CONTESTED_DAYS` of that evidence, and *claimed only* when no event, only
claims, back the controller. Negated, denied and merely planned or predicted
records are no evidence of control. Nor is evidence about a whole country: "85% of
the territory of Afghanistan" is an aggregate claim, shown as a claim, not a map colour.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING, Iterable, Optional

from ..lang.en.placenames import place_matches
from ..records import NON_FACTUAL
from ..store.models import ClaimFilter, ControlEvidence, ControlRow, EventFilter

if TYPE_CHECKING:
    from ..store.store import Store

TERRITORY_SUB_EVENTS = (
    "Non-state actor overtakes territory",
    "Government regains territory",
    "Non-violent transfer of territory",
)
CONTROL_CLAIM_KIND = "territorial control"
# Records that say something did not (or may yet) happen are no evidence of control.
NOT_EVIDENCE = NON_FACTUAL
# Two parties named as controller within this many days: the place is contested.
CONTESTED_DAYS = 2


class _Place:
    """The place a piece of evidence is about, and the evidence gathered for it."""

    def __init__(self, name, gazetteer_id, level, country, admin1, admin2, lat, lon):
        self.name, self.gazetteer_id, self.level = name, gazetteer_id, level
        self.country, self.admin1, self.admin2, self.lat, self.lon = country, admin1, admin2, lat, lon
        self.evidence: list[ControlEvidence] = []


def place_key(name: Optional[str], gazetteer_id: Optional[str], country: Optional[str],
              admin1: Optional[str]) -> tuple:
    """One key per place: its gazetteer entry, else its name within its province and country."""
    if gazetteer_id:
        return ("gid", gazetteer_id)
    return ("name", (country or "").upper(), (admin1 or "").casefold(), (name or "").casefold())


def _matches(p: _Place, query: Optional[str]) -> bool:
    # In any spelling, as the event filters match (issue 13): "Garmser" finds Garmsīr.
    return not query or place_matches(query, p.name, p.admin1, p.admin2)


def gather(store: "Store", as_of: str) -> dict[tuple, _Place]:
    """All control evidence on or before ``as_of``, grouped by place."""
    found: dict[tuple, _Place] = {}

    def at(name, gid, level, country, admin1, admin2, lat, lon) -> _Place:
        key = place_key(name, gid, country, admin1)
        if key not in found:
            found[key] = _Place(name, gid, level, country, admin1, admin2, lat, lon)
        return found[key]

    for sub_event in TERRITORY_SUB_EVENTS:
        for e in store.iter_events(EventFilter(sub_event_type=sub_event, until=as_of), sort="id"):
            if e.location_name is None or e.actor1 is None or e.modality in NOT_EVIDENCE or e.level == "country":
                continue
            at(e.location_name, e.gazetteer_id, e.level, e.country, e.admin1, e.admin2, e.lat, e.lon).evidence.append(
                ControlEvidence(kind="event", id=e.id, document_id=e.document_id, date=_clamp(e, as_of),
                                controller=e.actor1, sub_event_type=e.sub_event_type, modality=e.modality,
                                source=e.source or e.document_title, text=e.evidence_text))
    offset, page = 0, 500
    while True:
        claims = store.claims(ClaimFilter(kind=CONTROL_CLAIM_KIND, until=as_of), limit=page, offset=offset)
        for c in claims:
            if not c.controller or c.modality in NOT_EVIDENCE:
                continue
            for pm in c.places:
                if pm.name is None or pm.level == "country":
                    continue
                at(pm.name, pm.gazetteer_id, pm.level, pm.country, pm.admin1, pm.admin2, pm.lat, pm.lon).evidence.append(
                    ControlEvidence(kind="claim", id=c.id, document_id=c.document_id, date=c.document_published,
                                    controller=c.controller, modality=c.modality,
                                    source=c.speaker or c.speaker_organisation or c.document_title, text=c.quote))
        if len(claims) < page:
            break
        offset += page
    return found


def control_as_of(store: "Store", as_of: dt.date | str, place: Optional[str] = None) -> list[ControlRow]:
    """Who controls each place with evidence, as of ``as_of`` (places ordered by name)."""
    day = as_of.isoformat() if isinstance(as_of, dt.date) else str(as_of)
    rows = [decide(p) for p in gather(store, day).values() if _matches(p, place)]
    return sorted((r for r in rows if r is not None), key=lambda r: (r.country or "", r.place.casefold()))


def decide(p: _Place) -> Optional[ControlRow]:
    """The control row of one place from its evidence; None when none of it is dated."""
    dated = sorted((e for e in p.evidence if e.date), key=_order)
    if not dated:
        return None
    latest = dated[-1]
    controller = latest.controller
    since = latest.date
    for e in reversed(dated):  # the run of evidence naming the same controller, back in time
        if not _same(e.controller, controller):
            break
        since = e.date
    recent = [e for e in dated if _days_between(e.date, latest.date) <= CONTESTED_DAYS]
    contested = any(not _same(e.controller, controller) for e in recent)
    claimed_only = not any(e.kind == "event" and _same(e.controller, controller) for e in dated)
    return ControlRow(place=p.name, gazetteer_id=p.gazetteer_id, level=p.level, country=p.country, admin1=p.admin1,
                      admin2=p.admin2, lat=p.lat, lon=p.lon, controller=controller, since=since,
                      contested=contested, claimed_only=claimed_only, evidence=list(reversed(dated)))


def _clamp(e, as_of: str) -> Optional[str]:
    # A capture "over the past days" is complete by its end date, but not later than the asking date.
    end = e.date_end or e.date_start
    return min(end, as_of) if end else None


def _order(e: ControlEvidence) -> tuple:
    # Same day: an event outweighs a claim (claims are made about the past, events are dated).
    return (e.date, 1 if e.kind == "event" else 0, e.id)


def _same(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def _days_between(a: str, b: str) -> int:
    return abs((dt.date.fromisoformat(b[:10]) - dt.date.fromisoformat(a[:10])).days)


def controllers(rows: Iterable[ControlRow]) -> dict[str, int]:
    """How many places each controller holds: the check of a "we control 85%" claim."""
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        counts[r.controller] += 1
    return dict(sorted(counts.items(), key=lambda kv: -kv[1]))
