"""Exports of stored events: ACLED-compatible CSV, GeoJSON, JSON Lines and Parquet.

:func:`export_events` is what `sitroom export` and ``/api/export/{format}`` call.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional, Union

from ..errors import SitroomError
from ..store.models import EventFilter, EventRow
from .report import ExportReport

__all__ = ["FORMATS", "MEDIA_TYPES", "EXTENSIONS", "ExportReport", "export_events", "iter_export",
           "planned_counts"]

FORMATS = ("acled-csv", "geojson", "jsonl", "parquet")
MEDIA_TYPES = {
    "acled-csv": "text/csv; charset=utf-8", "geojson": "application/geo+json",
    "jsonl": "application/x-ndjson", "parquet": "application/vnd.apache.parquet",
}
EXTENSIONS = {"acled-csv": ".csv", "geojson": ".geojson", "jsonl": ".jsonl", "parquet": ".parquet"}
UNITS = {"acled-csv": "rows", "geojson": "features", "jsonl": "lines", "parquet": "rows"}  # what one event becomes


def _check(format: str) -> None:
    if format not in FORMATS:
        raise SitroomError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")


def _counted(events: Iterable[EventRow], report: Optional[ExportReport]) -> Iterator[EventRow]:
    for e in events:
        if report is not None:
            report.matched += 1
        yield e


def iter_export(store, format: str, filters: Optional[EventFilter] = None, *, all_types: bool = False,
                timestamp: Optional[int] = None, report: Optional[ExportReport] = None) -> Iterator[bytes]:
    """The export as byte chunks, oldest event first (for streaming HTTP responses).

    report (ExportReport | None): filled as the chunks go out: events matched, rows written,
        events left out and rows written incomplete, each with its reason.
    """
    _check(format)
    events = _counted(store.iter_events(filters, sort="date"), report)
    if format == "parquet":
        from .parquet import write_parquet

        buf = io.BytesIO()
        write_parquet(events, buf, report)
        yield buf.getvalue()
        return
    if format == "acled-csv":
        from .acled_csv import iter_acled_csv

        chunks = iter_acled_csv(events, all_types=all_types, timestamp=timestamp, report=report)
    elif format == "geojson":
        from .geojson import iter_geojson

        chunks = iter_geojson(events, report)
    else:
        from .jsonl import iter_jsonl

        chunks = iter_jsonl(events, report)
    for chunk in chunks:
        yield chunk.encode("utf-8")


def planned_counts(store, format: str, filters: Optional[EventFilter] = None, *,
                   all_types: bool = False) -> tuple[int, int]:
    """(events matched, rows the export will write), known before streaming starts (HTTP headers)."""
    from .acled_csv import ACLED_EVENT_TYPES

    matched = store.count_events(filters)
    if format != "acled-csv" or all_types:
        return matched, matched
    f = filters or EventFilter()
    kept = [t for t in (f.event_type or ACLED_EVENT_TYPES) if t in ACLED_EVENT_TYPES]
    return matched, store.count_events(f.model_copy(update={"event_type": kept})) if kept else 0


def export_events(store, format: str, filters: Optional[EventFilter] = None,
                  out: Union[str, Path, IO[bytes], None] = None, *, all_types: bool = False,
                  timestamp: Optional[int] = None) -> ExportReport:
    """Write the events matching ``filters`` to ``out`` in ``format``.

    store (Store): the open store.
    format (str): one of :data:`FORMATS`.
    filters (EventFilter | None): which events; None for all.
    out: a file path, a binary stream, or None / "-" for stdout.
    all_types (bool): ACLED CSV only: keep events outside ACLED's six types.
    RETURNS (ExportReport): events matched, rows written, left out and incomplete, bytes written.
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
    report = ExportReport(format)
    try:
        for chunk in iter_export(store, format, filters, all_types=all_types, timestamp=timestamp, report=report):
            stream.write(chunk)
            report.bytes += len(chunk)
        stream.flush()
    finally:
        if close:
            stream.close()
    return report
