"""JSON Lines: one stored event per line, every field (the /api/events row) plus ``incomplete``:
what ACLED requires that the event lacks (no country, no date, no location), empty when complete."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Iterable, Iterator, Optional

from ..store.models import EventRow
from .acled_rules import missing

if TYPE_CHECKING:
    from .report import ExportReport


def iter_jsonl(events: Iterable[EventRow], report: Optional["ExportReport"] = None) -> Iterator[str]:
    for e in events:
        row = e.model_dump(mode="json")
        row["incomplete"] = missing(e)
        yield json.dumps(row, ensure_ascii=False) + "\n"
        if report is not None:
            report.wrote(e)
