"""Territorial control per place as of a date, with the evidence for it.

Evidence comes from two kinds of record:

- territory events — "Non-state actor overtakes territory", "Government regains
  territory", "Non-violent transfer of territory" — whose actor1 is the party that
  takes (or keeps, or receives) the place;
- territorial-control claims (``Claim.kind`` starting "territorial control") that name
  places and a controller, dated by their document.

How the evidence is weighed:

- *firm* evidence is a territory event told as fact, or a claim by someone other than the
  controller's own side that the text does not hedge; *weak* evidence is the controller's own
  side speaking ("a Taliban spokesman claimed the district remained under the group's control"),
  or a report hedged as claimed, alleged or reported;
- the controller is the one named by the latest evidence on or before the date, unless that
  evidence is weak and firm evidence names another controller: a partisan claim does not undo a
  reported recapture, so the last firm controller stays, and the place is *contested*;
- a place is also *contested* when another controller is named within :data:`CONTESTED_DAYS`
  of the evidence that decides it, and *claimed only* when no event, only claims, back the
  controller; *partial* when all the evidence for its controller is about part of it ("most
  areas of Kunduz"): the dashboard draws such a province as a point, not a shaded area;
- a claim marks the places it is about at their own level: "the district centre of Dehrawud in
  Uruzgan province" is about Dehrawud, not about the province that only locates it;
- negated, denied and merely planned or predicted records are no evidence of control. Nor is
  evidence about a whole country: "85% of the territory of Afghanistan" is an aggregate claim,
  shown as a claim, not a map colour.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING, Iterable, Optional

from ..lang.en.control import LIST_JOINER, LOCATOR_JOINER, PARTIAL_BEFORE
from ..lang.en.dates import NAMES_ITS_DATE
from ..lang.en.placenames import place_matches
from ..records import NON_FACTUAL
from ..store.fused_models import ControlEvidence, ControlRow
from ..store.models import ClaimFilter, EventFilter, outlet_of

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
# Claim stances and event modalities that hedge what they report: weak evidence of control.
WEAK_STANCES = frozenset({"doubtful", "possible", "probable", "negative"})
WEAK_MODALITIES = frozenset({"claimed", "alleged"})
_LEVEL_RANK = {"country": 0, "admin1": 1, "admin2": 2}


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
                ControlEvidence(kind="event", id=e.id, document_id=e.document_id, date=e.date_start,
                                date_end=e.date_end if e.date_end and e.date_end != e.date_start else None,
                                date_inferred=_event_date_inferred(e),
                                controller=e.actor1, sub_event_type=e.sub_event_type, modality=e.modality,
                                source=outlet_of(e.document_source, e.document_url), cited=e.source,
                                text=e.evidence_text, firm=e.modality not in WEAK_MODALITIES))
    offset, page = 0, 500
    while True:
        claims = store.claims(ClaimFilter(kind=CONTROL_CLAIM_KIND, until=as_of), limit=page, offset=offset)
        for c in claims:
            if not c.controller or c.modality in NOT_EVIDENCE:
                continue
            firm = _firm_claim(c)
            for pm, partial in _claim_grounds(c):
                at(pm.name, pm.gazetteer_id, pm.level, pm.country, pm.admin1, pm.admin2, pm.lat, pm.lon).evidence.append(
                    ControlEvidence(kind="claim", id=c.id, document_id=c.document_id, date=c.document_published,
                                    date_inferred=c.document_published_inferred,
                                    controller=c.controller, modality=c.modality,
                                    source=outlet_of(c.document_source, c.document_url),
                                    cited=c.speaker or c.speaker_organisation, text=c.quote,
                                    firm=firm, partial=partial))
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
    firm = [e for e in dated if e.firm]
    if not latest.firm and firm and not _same(firm[-1].controller, latest.controller):
        # A partisan or hedged claim does not undo firm evidence of another controller: it disputes it.
        deciding, contested = firm[-1], True
    else:
        deciding = latest
        recent = [e for e in dated if _days_between(e.date, latest.date) <= CONTESTED_DAYS]
        contested = any(not _same(e.controller, latest.controller) for e in recent)
    controller, first = deciding.controller, deciding
    for e in reversed(dated[:dated.index(deciding) + 1]):  # the run naming the same controller, back in time
        if _same(e.controller, controller):
            first = e
        elif e.firm or deciding is latest:
            break
    since, since_end, since_inferred = first.date, first.date_end, first.date_inferred
    backing = [e for e in dated if _same(e.controller, controller)]
    claimed_only = not any(e.kind == "event" for e in backing)
    partial = all(e.partial for e in backing)
    return ControlRow(place=p.name, gazetteer_id=p.gazetteer_id, level=p.level, country=p.country, admin1=p.admin1,
                      admin2=p.admin2, lat=p.lat, lon=p.lon, controller=controller, since=since,
                      since_end=since_end, since_inferred=since_inferred,
                      contested=contested, claimed_only=claimed_only, partial=partial,
                      evidence=list(reversed(dated)))


def _firm_claim(c) -> bool:
    """Whether a control claim is firm: not hedged, and not the controller's own side speaking of itself."""
    if c.stance in WEAK_STANCES or c.modality in ("alleged",):
        return False
    own = {x.casefold() for x in (c.speaker, c.speaker_organisation) if x}
    return c.controller.casefold() not in own


def _claim_grounds(c) -> list[tuple]:
    """The places a control claim is about, each with whether the claim covers only part of it.

    A place that only locates the one before it ("Dehrawud in Uruzgan province") is left out, and a
    whole country never counts (see the module docstring). A list of names shares the scope of its first:
    "most areas of Kunduz, Takhar and Helmand provinces" is about parts of all three.
    """
    places = sorted((pm for pm in c.places if pm.name is not None), key=lambda pm: pm.start)
    text, offset = c.quote or "", c.quote_start or 0
    out: list[tuple] = []
    prev, prev_partial = None, False
    for pm in places:
        gap = text[prev.end - offset:pm.start - offset] if prev is not None and prev.end <= pm.start else None
        locator = gap is not None and LOCATOR_JOINER.match(gap) and _holds(pm, prev)
        if gap is not None and LIST_JOINER.match(gap):
            partial = prev_partial
        else:
            partial = bool(PARTIAL_BEFORE.search(text[max(0, pm.start - offset - 60):max(0, pm.start - offset)]))
        if not locator and pm.level != "country":
            out.append((pm, partial))
        prev, prev_partial = pm, partial
    return out


def _holds(outer, inner) -> bool:
    """Whether the place ``outer`` is a unit that contains ``inner`` (a province holding a district)."""
    rank_out, rank_in = _LEVEL_RANK.get(outer.level or ""), _LEVEL_RANK.get(inner.level or "", 3)
    if rank_out is None or rank_in <= rank_out:
        return False
    if outer.level == "country":
        return outer.country == inner.country
    unit = outer.admin1 if outer.level == "admin1" else outer.admin2
    return bool(unit) and unit == (inner.admin1 if outer.level == "admin1" else inner.admin2)


def _event_date_inferred(e) -> bool:
    """Whether an event's date rests on an inferred publication date: it is that date (the text gives
    none), or counted from it ("in the past 24 hours"); a date the text names ("on July 8") does not."""
    if not e.document_published_inferred or not e.date_start:
        return False
    return bool(e.date_from_publication) or not (e.date_text and NAMES_ITS_DATE.search(e.date_text))


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
