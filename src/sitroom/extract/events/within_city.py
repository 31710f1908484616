"""A place inside a city the other report names: "Manila" and "San Juan City", "New York" and "Manhattan",
"Lagos" and "Ikeja". A city is a populated place in the gazetteer, not an admin unit, so place_day.py's province
and district tests miss its districts and suburbs; yet a report "in Lagos" and one "in Ikeja" of one type on one
day are one incident told at two scales. ACLED codes it once, at the finer place (rule 4's most specific place).

A city here is a large one (CITY_POPULATION), and what lies inside it is a smaller populated place of the same
country and province within CITY_RADIUS_KM of its point, in a district that may be the city's: a big city's
districts lie so near it, while two towns of a rural district, or a town of its own municipality beside the city,
are each its own event. A site the gazetteer lacks, placed at a town's own point, lies inside that town whatever its
size (placed_at).
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

# A city large enough to hold districts and towns of its own that reports name instead of it (a million people:
# Manila, Lagos, Cairo; not a provincial town beside a village).
CITY_POPULATION = 1_000_000
# How far from a large city's point its districts and suburbs lie (Ikeja is 17 km from Lagos's point).
CITY_RADIUS_KM = 20.0

_PLACE = "populated place"


@lru_cache(maxsize=1)
def _populations() -> dict[str, int]:
    """Gazetteer id -> population of the populated places large enough to be a city (empty without a gazetteer)."""
    try:
        from ..places.gazetteer import get_gazetteer

        gaz = get_gazetteer()
    except Exception:  # no gazetteer built (a bare test environment): no place is known to be a city
        return {}
    return {gaz.gids[i]: int(gaz.population[i]) for i in np.flatnonzero(gaz.population >= CITY_POPULATION)}


def _population(loc) -> int:
    return _populations().get(loc.gazetteer_id or "", 0)


def _km(a, b) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def in_city(narrow, wide) -> bool:
    """Whether the place ``narrow`` lies inside the large city ``wide`` (both resolved populated places)."""
    if narrow is None or wide is None or narrow.level != _PLACE or wide.level != _PLACE:
        return False
    if placed_at(narrow, wide):
        return True
    if not narrow.gazetteer_id or narrow.gazetteer_id == wide.gazetteer_id or narrow.country is None:
        return False
    if narrow.country != wide.country or (narrow.admin1 and wide.admin1 and narrow.admin1 != wide.admin1):
        return False
    if None in (narrow.lat, narrow.lon, wide.lat, wide.lon):
        return False
    big = _population(wide)
    return (big >= CITY_POPULATION and _population(narrow) < big and _km(narrow, wide) <= CITY_RADIUS_KM
            and _district_of(narrow, wide))


def placed_at(narrow, wide) -> bool:
    """Whether ``narrow`` is a spot the gazetteer lacks that the geoparser placed at the town ``wide``'s own point
    (places/sites.py, a place named inside its unit: "near Union Square" in a New York story, "Tremarle Home Park"
    in Camborne): a site of that town, whatever its size."""
    return (not narrow.gazetteer_id and bool(wide.gazetteer_id) and narrow.country is not None
            and narrow.country == wide.country and narrow.lat is not None and narrow.lon is not None
            and (narrow.lat, narrow.lon) == (wide.lat, wide.lon)
            and (narrow.name or narrow.text).lower() != (wide.name or wide.text).lower())


def _district_of(narrow, wide) -> bool:
    """Whether the district ``narrow`` lies in may be the city's: the city spans districts (the gazetteer gives it
    none: New York City, Lagos), or the place lies in the city's own district. A town of another district near the
    city is its own municipality (Yumbo beside Cali, Mandaluyong beside Manila)."""
    return not wide.admin2 or narrow.admin2 == wide.admin2


def one_in_city(a, b) -> bool:
    """Whether either place lies inside the other, a large city."""
    return in_city(a, b) or in_city(b, a)
