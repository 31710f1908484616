"""A name ending in a square's, park's or street's word ("Union Square", "Franklin Park") in a story about a town is a
site of that town, not a namesake town of the same country far from it: it is placed at the story's town. A
namesake near the story's town stays. The texts are written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, site, admin1", [
    ("Police detained dozens of protesters near Union Square in New York on Sunday.", "Union Square", "New York"),
    ("In New York, police arrested a photographer near Union Square.", "Union Square", "New York"),
    ("In Boston, officers detained protesters in Franklin Park on Monday.", "Franklin Park", "Massachusetts"),
    ("In Seattle, police dispersed a crowd at Lincoln Park on Sunday.", "Lincoln Park", "Washington"),
])
def test_a_site_far_from_its_namesake_is_the_story_towns(places_of, location, text, site, admin1):
    place = location(places_of(text), site)
    assert place.admin1 == admin1, (place.name, place.admin1)


@pytest.mark.parametrize("text, site, admin1", [
    ("Protesters gathered in Union Square, Baltimore, on Friday.", "Union Square", "Maryland"),
    ("Residents of Franklin Park, near Chicago, marched to the village hall on Friday.", "Franklin Park", "Illinois"),
])
def test_a_namesake_near_the_story_town_stays(places_of, location, text, site, admin1):
    place = location(places_of(text), site)
    assert place.admin1 == admin1 and place.gazetteer_id, (place.name, place.admin1, place.gazetteer_id)
