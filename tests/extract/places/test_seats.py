"""Provincial seats, as the commitments ledger asks them ("would not attack provincial capitals")."""

from sitroom.extract.places.gazetteer import get_gazetteer
from sitroom.extract.places.seats import is_seat


def test_a_provincial_capital_is_a_seat_and_a_district_town_is_not():
    gaz = get_gazetteer()  # builds the index when absent: is_seat itself never builds it
    assert is_seat("geonames:1134720") is True  # Lashkar Gah, seat of Helmand
    assert is_seat("geonames:1138336") is True  # Kandahar city
    assert is_seat("geonames:1141540") is False  # Gereshk, a district town of Helmand
    assert len(gaz) > 0 and is_seat("geonames:0") is None and is_seat(None) is None
