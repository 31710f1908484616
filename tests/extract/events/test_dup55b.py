"""Reports of one incident told at two places that are one (dup55b): a lede placed by its dateline and the body's
place of the act in the same province (filed_from.py); "the city's X district" the gazetteer lacks, inside the
story's city (story_city.py); a meeting's topic is not its place (where_when.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitroom.extract.events import rules
from sitroom.extract.events.filed_from import filed_and_told, filed_at
from sitroom.extract.events.story_city import in_story_city
from sitroom.extract.events.within_city import placed_at
from sitroom.records import ActorRef as Actor, DateValue, Event, Evidence, PlaceMention

ARRESTS = "Strategic developments / Arrests"


def _place(name, start, admin1, lat, lon, gid):
    return PlaceMention(text=name.upper() if start == 0 else name, start=start, end=start + len(name), name=name,
                        gazetteer_id=gid, lat=lat, lon=lon, level="populated place", country="PH", admin1=admin1)


def _arrest(sentence, text, place):
    start = sentence * 200
    loc = place.model_copy(update=dict(start=place.start + start, end=place.end + start))
    return Event(**rules.typed_fields(ARRESTS), confidence=0.8,
                 actor1=Actor(name="Police Forces of the Philippines"), actor2=Actor(name="Civilians (Philippines)"),
                 location=loc, date=DateValue(start="2022-02-18", end="2022-02-18", precision="day"),
                 evidence=Evidence(sentence=sentence, start=start, end=start + len(text), text=text))


LEDE = "MANILA, Philippines \u2013 A doctor was arrested by police on Friday, her family said."
MANILA = _place("Manila", 0, "National Capital Region", 14.6, 120.98, "g:1")


def test_a_lede_placed_by_its_dateline_joins_the_bodys_place_in_its_province():
    lede = _arrest(0, LEDE, MANILA)
    body_text = "She was arrested by the San Juan City Police in their home."
    body = _arrest(1, body_text, _place("San Juan", body_text.index("San Juan"), "National Capital Region", 14.6,
                                        121.03, "g:2"))
    assert filed_at(lede) and not filed_at(body) and filed_and_told(lede, body)
    merged = rules.merge_events([lede, body])
    assert len(merged) == 1 and merged[0].location.name == "San Juan"  # where it happened, not where it was filed


def test_a_body_place_in_another_province_or_a_lede_naming_its_own_place_stays_apart():
    lede = _arrest(0, LEDE, MANILA)
    far_text = "Police also arrested two farmers in Davao."
    far = _arrest(1, far_text, _place("Davao", far_text.index("Davao"), "Davao Region", 7.07, 125.6, "g:3"))
    assert not filed_and_told(lede, far)
    # the lede's place named in its own words after the dateline is no dateline's
    own_text = "MANILA \u2013 Police arrested a doctor in Quezon City on Friday."
    own = _arrest(0, own_text, _place("Quezon City", own_text.index("Quezon City"), "National Capital Region",
                                      14.65, 121.05, "g:4"))
    assert not filed_at(own)


def _eg(name, start, gid, lat=30.06, lon=31.25, level="populated place", admin1="Cairo"):
    return PlaceMention(text=name, start=start, end=start + len(name), name=name, gazetteer_id=gid, lat=lat, lon=lon,
                        level=level, country="EG", admin1=admin1)


def test_the_citys_district_lies_in_the_story_city():
    text = "Fears swept across Cairo on Monday. The explosion -- in the city's Abbassiya district -- hit a church."
    cairo = _eg("Cairo", text.index("Cairo"), "g:cairo")
    district = _eg("Abbassiya", text.index("Abbassiya"), None, 27.0, 30.0, "admin2", None)
    placed = in_story_city(text, district, [cairo, district])
    assert placed is not None and placed.name == "Abbassiya" and (placed.lat, placed.lon) == (cairo.lat, cairo.lon)
    assert placed_at(placed, cairo)


def test_a_district_not_told_as_the_citys_or_one_the_gazetteer_knows_is_left():
    text = "Fears swept across Cairo on Monday. The explosion in the Abbassiya district hit a church."
    cairo = _eg("Cairo", text.index("Cairo"), "g:cairo")
    district = _eg("Abbassiya", text.index("Abbassiya"), None, 27.0, 30.0, "admin2", None)
    assert in_story_city(text, district, [cairo, district]) is None
    text = "Fears swept across Cairo on Monday. The explosion in the city's Giza district hit a church."
    giza = _eg("Giza", text.index("Giza"), "g:giza")
    assert in_story_city(text, giza, [cairo, giza]) is None


@pytest.mark.slow
def test_talks_on_a_places_situation_are_not_held_there(pipeline):
    from sitroom.records import DocumentIn

    # (the article is about Aleppo: its focus, where a sentence naming no place of its own is placed)
    text = ("The Foreign Minister joined European partners for talks on the humanitarian situation in Aleppo and "
            "across Syria.\n\nThe Foreign Minister met her counterparts in Paris on Monday for the talks.\n\n"
            "The situation in Aleppo remains dire, she said. Civilians in Aleppo need aid. The siege of Aleppo must end.")
    doc = pipeline.run_batch([DocumentIn(id="t", text=text, published="2016-12-12")])[0]
    contacts = [e for e in doc.events if e.sub_event_type == "Diplomatic contact"]
    assert contacts and all(e.location is not None and e.location.name == "Paris" for e in contacts)
