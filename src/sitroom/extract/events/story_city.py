"""A part of the city a story is in, named by "the city's" and unknown to the gazetteer ("the explosion -- in the
city's Abbassiya district -- hit the church", in a story opened in Cairo). The geoparser, finding no such place in
the story's country, puts it at the country's point; the words say it lies in the city named before it. Placed at
that city's point (as places/sites.py places a site), its report and the city's are one incident at two scales
(within_city.placed_at), coded at the district (ACLED's most specific place)."""

from __future__ import annotations

from typing import Optional

from ...lang.en.places import STORY_CITY_POSSESSIVE
from ...records import PlaceMention

_CITY = "populated place"


def in_story_city(text: str, loc: Optional[PlaceMention], places: list) -> Optional[PlaceMention]:
    """``loc`` placed inside the city named last before it, when the text calls it "the city's" and the gazetteer
    lacks it; else None."""
    if loc is None or loc.gazetteer_id or not STORY_CITY_POSSESSIVE.search(text[max(0, loc.start - 20):loc.start]):
        return None
    cities = [p for p in places if p.end <= loc.start and p.level == _CITY and p.gazetteer_id and p.role == "location"
              and (loc.country is None or p.country == loc.country)]
    if not cities:
        return None
    city = cities[-1]
    return loc.model_copy(update=dict(lat=city.lat, lon=city.lon, level=_CITY, country=city.country,
                                      admin1=city.admin1, admin2=city.admin2, geo_precision=1,
                                      resolution=f"a district of the story's city, {city.name}"))
