"""/api/export/{format}: the filtered events as ACLED-compatible CSV, GeoJSON, JSON Lines or Parquet, streamed."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import StreamingResponse

from ...store import EventFilter
from ..params import event_filter, get_store

router = APIRouter(tags=["export"])


@router.get("/export/{fmt}", response_class=StreamingResponse,
            responses={200: {"description": "The export file", "content": {
                "text/csv": {}, "application/geo+json": {}, "application/x-ndjson": {}, "application/vnd.apache.parquet": {}}}})
def export(
    fmt: str,
    f: EventFilter = Depends(event_filter),
    all_types: bool = Query(False, description="ACLED CSV only: keep events outside ACLED's six event types."),
    store=Depends(get_store),
) -> StreamingResponse:
    """Download the events matching the filters: ``acled-csv``, ``geojson``, ``jsonl`` or ``parquet``.

    Headers ``X-Sitroom-Events-Matched`` and ``X-Sitroom-Rows-Written`` give the counts.
    """
    from ...export import EXTENSIONS, FORMATS, MEDIA_TYPES, iter_export, planned_counts

    if fmt not in FORMATS:
        raise HTTPException(404, f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    # What the file holds, said before it streams: events matched and rows written (the ACLED CSV
    # leaves out events outside ACLED's types unless all_types; rows lacking something say so in a column).
    matched, written = planned_counts(store, fmt, f, all_types=all_types)
    chunks = iter_export(store, fmt, f, all_types=all_types)
    return StreamingResponse(chunks, media_type=MEDIA_TYPES[fmt], headers={
        "Content-Disposition": f'attachment; filename="sitroom-events{EXTENSIONS[fmt]}"',
        "X-Sitroom-Events-Matched": str(matched), "X-Sitroom-Rows-Written": str(written)})
