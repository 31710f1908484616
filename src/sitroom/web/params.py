"""Query parameters shared by the event routes, turned into the store's EventFilter.

Names follow :class:`sitroom.store.EventFilter` (and so the CLI's options):
``event_type`` and ``modality`` repeat (``?event_type=Battles&event_type=Protests``),
``bbox`` is ``min_lon,min_lat,max_lon,max_lat``.
"""

from __future__ import annotations

from typing import Optional

from fastapi import HTTPException, Query, Request

from ..store import EventFilter

ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"


def event_filter(
    since: Optional[str] = Query(None, pattern=ISO_DATE, description="Events ending on or after this date (YYYY-MM-DD)."),
    until: Optional[str] = Query(None, pattern=ISO_DATE, description="Events starting on or before this date."),
    event_type: Optional[list[str]] = Query(None, description="ACLED event type; repeat for several."),
    sub_event_type: Optional[str] = Query(None),
    actor: Optional[str] = Query(None, description="Substring of actor 1 or actor 2, any case."),
    place: Optional[str] = Query(None, description="Part of the location name, admin1 or admin2, in any spelling (Faryab finds Fāryāb)."),
    country: Optional[str] = Query(None, description="ISO alpha-2 code or country name."),
    admin1: Optional[str] = Query(None, description="Province (admin1) name, in any spelling (Paktia, Paktya: Paktiyā)."),
    min_confidence: Optional[float] = Query(None, ge=0, le=1),
    modality: Optional[list[str]] = Query(None, description="asserted, reported, alleged, claimed, denied, …; repeat for several."),
    source: Optional[str] = Query(None, description="Substring of the reporting source or outlet."),
    document_id: Optional[int] = Query(None),
    incident_id: Optional[int] = Query(None),
    bbox: Optional[str] = Query(None, description="min_lon,min_lat,max_lon,max_lat"),
) -> EventFilter:
    """Build an EventFilter from the query string (FastAPI dependency)."""
    box = None
    if bbox:
        try:
            parts = tuple(float(x) for x in bbox.split(","))
        except ValueError:
            parts = ()
        if len(parts) != 4:
            raise HTTPException(422, f"invalid bbox {bbox!r}: give min_lon,min_lat,max_lon,max_lat")
        box = parts
    return EventFilter(
        since=since, until=until, event_type=event_type or None, sub_event_type=sub_event_type,
        actor=actor or None, place=place or None, country=country or None, admin1=admin1 or None,
        min_confidence=min_confidence, modality=modality or None, source=source or None,
        document_id=document_id, incident_id=incident_id, bbox=box,
    )


def get_store(request: Request):
    """The store the app was created over (FastAPI dependency)."""
    return request.app.state.store
