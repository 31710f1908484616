"""JSON Lines: one stored event per line, every field (the same shape as /api/events rows)."""

from __future__ import annotations

from typing import Iterable, Iterator

from ..store.models import EventRow


def iter_jsonl(events: Iterable[EventRow]) -> Iterator[str]:
    for e in events:
        yield e.model_dump_json() + "\n"
