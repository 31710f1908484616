"""Exports of stored events: ACLED-compatible CSV, GeoJSON, JSON Lines and Parquet.

:func:`export_events` is what `sitroom export` and ``/api/export/{format}`` call.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import IO, Iterator, Optional, Union

from ..errors import SitroomError
from ..store.models import EventFilter

FORMATS = ("acled-csv", "geojson", "jsonl", "parquet")
MEDIA_TYPES = {
    "acled-csv": "text/csv; charset=utf-8", "geojson": "application/geo+json",
    "jsonl": "application/x-ndjson", "parquet": "application/vnd.apache.parquet",
}
EXTENSIONS = {"acled-csv": ".csv", "geojson": ".geojson", "jsonl": ".jsonl", "parquet": ".parquet"}


def _check(format: str) -> None:
    if format not in FORMATS:
        raise SitroomError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")


def iter_export(store, format: str, filters: Optional[EventFilter] = None, *, all_types: bool = False,
                timestamp: Optional[int] = None) -> Iterator[bytes]:
    """The export as byte chunks, oldest event first (for streaming HTTP responses)."""
    _check(format)
    events = store.iter_events(filters, sort="date")
    if format == "parquet":
        from .parquet import write_parquet

        buf = io.BytesIO()
        write_parquet(events, buf)
        yield buf.getvalue()
        return
    if format == "acled-csv":
        from .acled_csv import iter_acled_csv

        chunks = iter_acled_csv(events, all_types=all_types, timestamp=timestamp)
    elif format == "geojson":
        from .geojson import iter_geojson

        chunks = iter_geojson(events)
    else:
        from .jsonl import iter_jsonl

        chunks = iter_jsonl(events)
    for chunk in chunks:
        yield chunk.encode("utf-8")


def export_events(store, format: str, filters: Optional[EventFilter] = None,
                  out: Union[str, Path, IO[bytes], None] = None, *, all_types: bool = False,
                  timestamp: Optional[int] = None) -> int:
    """Write the events matching ``filters`` to ``out`` in ``format``; return the bytes written.

    store (Store): the open store.
    format (str): one of :data:`FORMATS`.
    filters (EventFilter | None): which events; None for all.
    out: a file path, a binary stream, or None / "-" for stdout.
    all_types (bool): ACLED CSV only: keep events outside ACLED's six types.
    RAISES SitroomError: unknown format or unwritable path.
    """
    _check(format)
    if out is None or out == "-":
        stream, close = sys.stdout.buffer, False
    elif isinstance(out, (str, Path)):
        try:
            stream, close = open(out, "wb"), True
        except OSError as exc:
            raise SitroomError(f"{out}: cannot write: {exc.strerror}") from None
    else:
        stream, close = out, False
    written = 0
    try:
        for chunk in iter_export(store, format, filters, all_types=all_types, timestamp=timestamp):
            stream.write(chunk)
            written += len(chunk)
        stream.flush()
    finally:
        if close:
            stream.close()
    return written
