"""GeoJSON: a FeatureCollection of the located events, one Point feature each.

Events without coordinates are left out (a map cannot show them); every event
field except the coordinates is a property, so a feature leads back to its sentence.
"""

from __future__ import annotations

import json
from typing import Iterable, Iterator

from ..store.models import EventRow


def feature(e: EventRow) -> dict:
    props = e.model_dump(mode="json", exclude={"lat", "lon"})
    return {"type": "Feature", "id": e.id, "geometry": {"type": "Point", "coordinates": [e.lon, e.lat]},
            "properties": props}


def iter_geojson(events: Iterable[EventRow]) -> Iterator[str]:
    """The FeatureCollection as text chunks, streamed so exports of any size fit in memory."""
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    for e in events:
        if e.lat is None or e.lon is None:
            continue
        yield ("" if first else ",") + "\n" + json.dumps(feature(e), ensure_ascii=False)
        first = False
    yield "\n]}\n"
