"""/api/incidents: reports of one incident fused, as `sitroom incidents` lists them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel

from ... import validate
from ...store import EventFilter, IncidentRow
from ...store.matches import unmatched_names
from ..params import Offset, event_filter, get_store

router = APIRouter(tags=["incidents"])


class IncidentPage(BaseModel):
    total: int  # incidents matching the filters and min_sources, all pages
    limit: int
    offset: int
    min_sources: int
    items: list[IncidentRow]
    notes: list[str] = []  # as on /api/events: a name no stored event has ("no place matches 'Atlantis'")


@router.get("/incidents", response_model=IncidentPage)
def list_incidents(
    f: EventFilter = Depends(event_filter),
    min_sources: int = Query(
        1, ge=1, le=validate.MAX_SQL_INT, description="Only incidents reported by at least this many independent sources "
                       "(syndicated copies and one outlet's stories count once)."),
    limit: int = Query(50, ge=1, le=1000),
    offset: Annotated[Offset, Query()] = 0,
    store=Depends(get_store),
) -> IncidentPage:
    """Incidents having an event that matches the filters of /api/events, newest first, each with its
    reports, its independent sources and every fatality figure reported (conflicts side by side)."""
    items = store.incidents(f, limit=limit, offset=offset, min_sources=min_sources)
    total = offset + len(items) if len(items) < limit and (items or offset == 0) else store.count_incidents(f, min_sources)
    notes = unmatched_names(store, f) if total == 0 else []
    return IncidentPage(total=total, limit=limit, offset=offset, min_sources=min_sources, items=items, notes=notes)
