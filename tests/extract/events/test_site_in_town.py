"""A spot the gazetteer lacks, placed at a town's own point ("near Union Square" in a New York story), lies inside that
town: one incident with the town's report, coded at the spot (within_city.placed_at, merged_slots.finer_place)."""

from sitroom.extract.events.merged_slots import finer_place
from sitroom.extract.events.within_city import in_city, placed_at
from sitroom.records import PlaceMention


def _town(name="Camborne", gid="geonames:1", lat=50.21, lon=-5.3):
    return PlaceMention(text=name, start=0, end=len(name), name=name, gazetteer_id=gid, lat=lat, lon=lon,
                        level="populated place", country="GB", admin1="England")


def _spot(name, town):
    return PlaceMention(text=name, start=0, end=len(name), name=name, gazetteer_id=None, lat=town.lat, lon=town.lon,
                        level="populated place", country=town.country, admin1=town.admin1)


def test_a_spot_placed_at_a_small_towns_point_is_inside_it_and_the_finer_place():
    town = _town()
    park = _spot("Tremarle Home Park", town)
    assert placed_at(park, town) and in_city(park, town) and finer_place(park, town)
    assert not placed_at(town, park) and not finer_place(town, park)


def test_a_spot_elsewhere_or_a_town_of_its_own_is_not():
    town = _town()
    other = _spot("Tremarle Home Park", _town("Redruth", "geonames:2", 50.23, -5.22))
    assert not placed_at(other, town)
    # a town the gazetteer knows is no spot of another town, even at one point
    assert not placed_at(_town("Pool", "geonames:3"), town)
