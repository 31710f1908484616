"""The seed article end to end: every expected place resolved to the right country and level."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SEED_PUBLISHED, SHARED

GOLD_PATH = SHARED / "gold" / "seed-article.json"
# The gold's levels in PlaceMention terms: capitals and provincial capitals are populated places.
LEVELS = {"country": "country", "province": "admin1", "district": "admin2", "capital": "populated place",
          "provincial capital": "populated place", "populated place": "populated place"}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_places(seed_text):
    from sitroom.pipeline import Pipeline
    from sitroom.records import DocumentIn

    result = Pipeline(["sitroom.places.gazetteer.v1"]).extract(
        DocumentIn(id="seed", text=seed_text, published=SEED_PUBLISHED))
    assert result.error is None
    return result.places


@pytest.fixture(scope="module")
def expected():
    if not GOLD_PATH.exists():
        pytest.skip("shared gold annotation absent")
    return json.loads(GOLD_PATH.read_text(encoding="utf-8"))["places_expected"]


def _mentions(places, gold):
    names = [gold["name"], *gold.get("variants", [])]
    return [p for p in places if p.level != "border area"
            and any(p.text == n or p.text.startswith(n + " ") for n in names)]


def test_every_expected_place_has_the_right_country_and_level(seed_places, expected):
    for gold in expected:
        found = _mentions(seed_places, gold)
        assert found, f"{gold['name']} not found"
        for p in found:
            assert p.country == gold["country"], (gold["name"], p)
            assert p.level == LEVELS[gold["level"]], (gold["name"], p)
            if gold.get("admin1"):
                assert p.admin1 == gold["admin1"], (gold["name"], p)
            assert p.lat is not None and p.lon is not None and p.gazetteer_id


def test_traps(seed_places, seed_text):
    faryab = [p for p in seed_places if p.text == "Faryab"]
    assert faryab and all(p.country == "AF" and p.level == "admin1" for p in faryab)
    washington = [p for p in seed_places if p.text == "Washington"]
    assert len(washington) == 2 and all(p.role == "metonym" for p in washington)
    kremlin = [p for p in seed_places if p.text == "Kremlin"]
    assert kremlin and kremlin[0].role == "metonym" and kremlin[0].country == "RU"
    kabul = {p.start: p for p in seed_places if p.text == "Kabul"}
    assert kabul[seed_text.index("Kabul forces")].role == "metonym"  # "Kabul forces have not more than a month left"
    assert kabul[seed_text.index("Kabul and surrounding")].role == "location"  # "holding the capital Kabul"


def test_provenance_and_order(seed_places, seed_text):
    starts = [p.start for p in seed_places]
    assert starts == sorted(starts)
    for p in seed_places:
        assert seed_text[p.start:p.end] == p.text
        assert p.extractor.split("@")[0] == "sitroom.places.gazetteer.v1"
        assert p.sentence >= 0


def test_border_area_and_precision(seed_places):
    border = [p for p in seed_places if p.level == "border area" and p.text == "Tajik border"]
    assert border and border[0].name == "Afghanistan-Tajikistan border" and border[0].country == "AF"
    # "drills ... near the Afghanistan border", in a paragraph about Tajikistan
    near = [p for p in seed_places if p.text == "Afghanistan border"]
    assert near and near[0].name == "Tajikistan-Afghanistan border"
    garmsir = next(p for p in seed_places if p.text == "Garmsir")
    assert garmsir.geo_precision == 2 and garmsir.resolution
    lashkar = next(p for p in seed_places if p.text == "Lashkar Gah")
    assert lashkar.geo_precision == 1
    assert all(p.geo_precision == 3 for p in seed_places if p.level in ("country", "admin1"))
