"""Markets, crossings and checkpoints named after the town they serve ("the Gao market", "the Rafah crossing"):
where the stage reads no place in their name, the site is placed at the town the name spells; a name that spells no
town ("the Bakara market") gives no place of its own. The texts are written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _sites(places):
    return [p for p in places if p.role == "location" and (p.resolution or "").startswith("site:")]


@pytest.mark.parametrize("text, site, country, admin1", [
    ("Gunmen attacked the Gao market on Sunday. Mali's army said four civilians died. Mali mourns.",
     "Gao market", "ML", "Gao"),
    ("Egyptian guards closed the Rafah crossing on Monday. Egypt said aid trucks were stuck at the border.",
     "Rafah crossing", "EG", None),
    ("A grenade hit the Gao border crossing on Friday. Mali's army said two soldiers died. Mali mourns.",
     "Gao border crossing", "ML", "Gao"),
    ("Soldiers fired on a crowd at the Gao checkpoint on Friday. Mali's army said one man died. Mali mourns.",
     "Gao checkpoint", "ML", "Gao"),
])
def test_a_site_named_for_a_town_is_at_that_town(places_of, text, site, country, admin1):
    sites = [p for p in _sites(places_of(text)) if p.text == site]
    assert sites, [(p.text, p.role, p.country) for p in places_of(text)]
    assert sites[0].country == country and sites[0].level == "populated place"
    assert sites[0].geo_precision == 1 and sites[0].resolution.startswith("site: placed at")
    if admin1:
        assert sites[0].admin1 == admin1


@pytest.mark.parametrize("text", [
    # a market named for no town: no site, and no country placed in its stead
    "A bomb exploded at the Bakara market on Friday, killing ten. Somalia's government condemned it. Somalia mourns.",
    # a day's market, a kind of market: no town
    "Prices rose at the Sunday market, traders said. Mali's army patrolled the north. Mali mourns.",
    "Black market traders were arrested on Sunday, Nigeria's police said. Nigeria mourns.",
])
def test_a_market_named_for_no_town_is_no_site(places_of, text):
    assert not [p for p in _sites(places_of(text)) if p.text.lower().endswith("market")]


def test_a_market_whose_town_the_stage_reads_stays_that_town(places_of, location):
    """"the Maiduguri market": the town is read in the name already; no second site is made of it."""
    places = places_of("A suicide bomber struck the Maiduguri market on Monday. Nigeria's police said 15 died. "
                       "Nigeria mourns.")
    assert location(places, "Maiduguri").admin1 == "Borno"
    assert not _sites(places)
