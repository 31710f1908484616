"""/api/export/{format}: the filtered events as ACLED-compatible CSV, GeoJSON, JSON Lines or Parquet, streamed.

Every parameter is checked by the event filter dependency before this runs, and the first chunk is made
before the response starts: whatever fails up to there is an error response, not a 200 with an empty body.
"""

from __future__ import annotations

import itertools

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

    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise HTTPException(404, f"unknown export format {fmt[:100]!r}; use one of {', '.join(FORMATS)}")
    # What the file holds, said before it streams: events matched and rows written (the ACLED CSV
    # leaves out events outside ACLED's types unless all_types; rows lacking something say so in a column).
    matched, written = planned_counts(store, fmt, f, all_types=all_types)
    chunks = iter_export(store, fmt, f, all_types=all_types)
    # Run the query and make the first chunk now, while an error can still have its own status.
    first = next(chunks, None)
    chunks = itertools.chain([first] if first is not None else [], chunks)
    return StreamingResponse(chunks, media_type=MEDIA_TYPES[fmt], headers={
        "Content-Disposition": f'attachment; filename="sitroom-events{EXTENSIONS[fmt]}"',
        "X-Sitroom-Events-Matched": str(matched), "X-Sitroom-Rows-Written": str(written)})
