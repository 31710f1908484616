"""resolve_name: one name without a document, as the events stage calls it."""

import pytest

from sitroom.extract.places import resolve_name


def test_district_with_transliteration_variants(gaz):
    for spelling in ("Garmsir", "Garmser", "Garmsēr"):
        place = resolve_name(spelling)
        assert (place.country, place.level, place.admin1) == ("AF", "admin2", "Helmand"), spelling
        assert place.geo_precision == 2


def test_border_between_two_countries(gaz):
    place = resolve_name("Afghanistan-Tajikistan border")
    assert place.level == "border area" and place.country == "AF"
    assert place.name == "Afghanistan-Tajikistan border"
    # a point between Afghan and Tajik territory, near the Amu Darya
    assert 36.0 < place.lat < 39.0 and 66.0 < place.lon < 72.0


def test_hints_choose_among_namesakes(gaz):
    assert resolve_name("Faryab", country_hint="AF").level == "admin1"
    assert resolve_name("Faryab", country_hint="IR").country == "IR"
    assert resolve_name("Kunduz", level_hint="admin1").level == "admin1"
    assert resolve_name("Kunduz", level_hint="populated place").level == "populated place"
    assert resolve_name("Kunduz", level_hint="province").level == "admin1"
    assert resolve_name("Garmsir", level_hint="district").admin1 == "Helmand"


def test_capitals_and_countries(gaz):
    kabul = resolve_name("Kabul")
    assert (kabul.level, kabul.country) == ("populated place", "AF")
    assert abs(kabul.lat - 34.53) < 0.1
    assert resolve_name("Tajikistan").level == "country"
    assert resolve_name("U.S.").country == "US"


def test_unknown_name_gives_none(gaz):
    assert resolve_name("Qwxzyland") is None


@pytest.mark.parametrize("name", ["Sar-e Pul", "Sar-i-Pul", "Sari Pul", "Sar-e Pol"])
def test_sar_e_pul_spellings_reach_the_province(gaz, name):
    place = resolve_name(name, level_hint="admin1")
    assert (place.country, place.level) == ("AF", "admin1")
