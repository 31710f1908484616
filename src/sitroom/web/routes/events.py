"""/api/events: filtered, paged, sorted events; compact map points; one event with its evidence."""

from __future__ import annotations

from typing import Annotated, Optional

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel

from ...store import EventFilter
from ...store.models import EventRow
from ... import validate
from ...errors import ParameterError
from ...store.matches import unmatched_names
from ...store.queries import EVENT_SORTS
from ..params import Offset, RowId, event_filter, get_store

router = APIRouter(tags=["events"])

MAX_PAGE = 1000
# The map asks for every matching point at once; clustering keeps 50k markers usable.
MAX_POINTS = 50_000


class EventPage(BaseModel):
    total: int
    # False: ``total`` is an estimate, not a count: no roll-up holds the filter and counting every
    # matching event took longer than a page may wait (PostgreSQL; see Store.count_events_within).
    total_exact: bool = True
    limit: int
    offset: int
    sort: str
    items: list[EventRow]
    # When nothing matches: each place, province, actor or source name no stored event has at all
    # ("no place matches 'Atlantis'"), so a typo is told apart from "no events".
    notes: list[str] = []


class EventPoints(BaseModel):
    """Located events as compact rows [id, lat, lon, event_type, fatalities, date_start] for the map."""

    total: int  # all events matching the filter, located or not
    total_exact: bool = True  # False: total is an estimate (as EventPage.total_exact)
    truncated: bool
    points: list[tuple[int, float, float, str, Optional[int], Optional[str]]]


class EventDocument(BaseModel):
    id: int
    title: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None
    published: Optional[str] = None
    published_source: str = "unknown"  # metadata, given, inferred (a guess from the text), unknown
    published_inferred: bool = False
    text: str


class EventDetail(BaseModel):
    event: EventRow
    document: Optional[EventDocument] = None
    same_incident: list[EventRow]  # the other reports fused into the same incident


@router.get("/events", response_model=EventPage)
def list_events(
    f: EventFilter = Depends(event_filter),
    limit: int = Query(100, ge=1, le=MAX_PAGE),
    offset: Annotated[Offset, Query()] = 0,
    sort: str = Query("-date", description="date, confidence, fatalities, type, country, id, evidence; prefix - for descending."),
    store=Depends(get_store),
) -> EventPage:
    """Events matching the filters, newest first by default."""
    try:
        sort = validate.sort_key(sort, EVENT_SORTS)
    except ValueError as exc:
        raise ParameterError("sort", f"{exc} (prefix - for descending)") from None
    items = store.events(f, limit=limit, offset=offset, sort=sort)
    # Skip the count query when this page already shows the end of the list.
    if len(items) < limit and (items or offset == 0):
        total, exact = offset + len(items), True
    else:
        total, exact = _total(store, f, at_least=offset + len(items))
    notes = unmatched_names(store, f) if total == 0 else []
    return EventPage(total=total, total_exact=exact, limit=limit, offset=offset, sort=sort, items=items, notes=notes)


def _total(store, f: EventFilter, at_least: int = 0) -> tuple[int, bool]:
    """(events matching f, whether exact): an estimate past a time budget on PostgreSQL (count_events_within)."""
    within = getattr(store, "count_events_within", None)
    if within is None:
        return store.count_events(f), True
    n, exact = within(f, at_least=at_least)
    return n, exact


@router.get("/events/points", response_model=EventPoints)
def event_points(
    f: EventFilter = Depends(event_filter),
    limit: int = Query(MAX_POINTS, ge=1, le=MAX_POINTS),
    store=Depends(get_store),
) -> EventPoints:
    """Every located event matching the filters, as compact rows for the clustered map."""
    located = f.model_copy(update={"located": True})
    lean = getattr(store, "event_points", None)
    if lean is not None:
        # The store's lean query: six columns, no row models (10x faster for tens of thousands of points).
        points = lean(located, limit=limit)
    else:
        rows = store.events(located, limit=limit, offset=0, sort="-date")
        points = [(e.id, e.lat, e.lon, e.event_type, e.fatalities, e.date_start) for e in rows]
    truncated = len(points) >= limit and store.more_events_than(located, limit)
    total, exact = _total(store, f, at_least=len(points))  # an estimate never below the points drawn
    return EventPoints(total=total, total_exact=exact, truncated=truncated, points=points)


FACETS = ("event_type", "actor", "admin1", "source")


class FacetValue(BaseModel):
    value: str
    count: int


class EventFacets(BaseModel):
    """Per facet, its most frequent values among the events matching the other filters, with counts."""

    total: int
    total_exact: bool = True  # False: total is an estimate (as EventPage.total_exact)
    facets: dict[str, list[FacetValue]]
    # False: the counts of a filter no roll-up holds took longer than a page may wait (PostgreSQL), and are
    # estimates (Store.facet_counts_within); each is at most the count without the filter's other parts.
    facets_exact: bool = True


@router.get("/events/facets", response_model=EventFacets)
def event_facets(
    f: EventFilter = Depends(event_filter),
    size: int = Query(12, ge=1, le=200, description="Values per facet."),
    store=Depends(get_store),
) -> EventFacets:
    """Counts by type, actor (1 or 2), province (admin1) and source. Each facet is counted under every
    filter but its own (the usual faceted-search rule): with Riots ticked, the other types still show
    what ticking them would add; `total` counts the events matching all the filters."""
    facets, facets_exact = {}, True
    for name in FACETS:
        # Once one facet's count has run out of time, the others (the same filter, less one part) are
        # estimated at once: the budget is the request's, not each facet's.
        values, exact = _facet(store, name, f.model_copy(update={name: None}), size, budget_ms=None if facets_exact else 0)
        facets[name] = [FacetValue(value=v, count=n) for v, n in values]
        facets_exact &= exact
    total, exact = _total(store, f)
    return EventFacets(total=total, total_exact=exact, facets=facets, facets_exact=facets_exact)


def _facet(store, name: str, f: EventFilter, size: int, budget_ms=None) -> tuple[list[tuple[str, int]], bool]:
    """(values with counts, whether exact): estimates past a time budget on PostgreSQL (facet_counts_within)."""
    within = getattr(store, "facet_counts_within", None)
    if within is None:
        return store.facet_counts(name, f, limit=size), True
    return tuple(within(name, f, limit=size, budget_ms=budget_ms))


@router.get("/events/{event_id}", response_model=EventDetail)
def get_event(event_id: RowId, store=Depends(get_store)) -> EventDetail:
    """One event, the text of its document (to show the evidence in place) and the other reports of its incident."""
    event = _find_event(store, event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id}")
    view = store.document(event.document_id)
    document = None
    if view is not None:
        d = view.document
        document = EventDocument(id=d.id, title=d.title, url=d.url, source=d.source, published=d.published,
                                 published_source=d.published_source, published_inferred=d.published_inferred,
                                 text=view.text)
    same = []
    if event.incident_id is not None:
        same = [e for e in store.events(EventFilter(incident_id=event.incident_id), limit=200, sort="date") if e.id != event.id]
    return EventDetail(event=event, document=document, same_incident=same)


def _find_event(store, event_id: int) -> Optional[EventRow]:
    """One event by id: Store.event when the store has it, else a scan in id order that stops at the id."""
    getter = getattr(store, "event", None)
    if getter is not None:
        return getter(event_id)
    for row in store.iter_events(EventFilter(), sort="id"):
        if row.id >= event_id:
            return row if row.id == event_id else None
    return None
