"""/api/export/{format}: the filtered events as ACLED-compatible CSV or GeoJSON, streamed."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException

from ...store import EventFilter
from ..params import event_filter, get_store

router = APIRouter(tags=["export"])

FORMATS = {"acled-csv": ("text/csv; charset=utf-8", "csv"), "geojson": ("application/geo+json", "geojson")}


@router.get("/export/{fmt}")
def export(fmt: str, f: EventFilter = Depends(event_filter), store=Depends(get_store)):
    """Download the events matching the filters (acled-csv or geojson)."""
    if fmt not in FORMATS:
        raise HTTPException(404, f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    raise HTTPException(501, "exports are not wired yet")
