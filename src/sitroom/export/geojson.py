"""GeoJSON: a FeatureCollection with one feature per event.

Located events are Points. An event without coordinates is still a feature, with a null geometry
(RFC 7946, 3.2: an unlocated feature) and the reason in its ``incomplete`` property, so the file
holds every event matched and a map simply skips those it cannot place. Every event field except
the coordinates is a property, so a feature leads back to its sentence.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Iterable, Iterator, Optional

from ..store.models import EventRow
from .acled_rules import missing

if TYPE_CHECKING:
    from .report import ExportReport


def feature(e: EventRow) -> dict:
    props = e.model_dump(mode="json", exclude={"lat", "lon"})
    props["incomplete"] = missing(e, coordinates=True)
    located = e.lat is not None and e.lon is not None
    return {"type": "Feature", "id": e.id,
            "geometry": {"type": "Point", "coordinates": [e.lon, e.lat]} if located else None,
            "properties": props}


def iter_geojson(events: Iterable[EventRow], report: Optional["ExportReport"] = None) -> Iterator[str]:
    """The FeatureCollection as text chunks, streamed so exports of any size fit in memory."""
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    for e in events:
        yield ("" if first else ",") + "\n" + json.dumps(feature(e), ensure_ascii=False)
        first = False
        if report is not None:
            report.wrote(e)
    yield "\n]}\n"
