"""A name of four capitals at most that opens an organisation's name reads as an acronym, not as the town whose
airport code it is ("the local NGO Human Rights Centre" is no Nagoya); a country's or a province's short name stays
the place it names ("the US Embassy", "the NSW Police Force"). Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, acronym", [
    ("Amina Yusuf, who heads the local NGO Women for Peace Network, said six people were arrested in Garissa.", "NGO"),
    ("A spokesman for the CNS Media Group said its reporter had been detained in Lagos on Monday.", "CNS"),
    ("The HMS Defender Trust said two sailors were injured in Portsmouth on Friday.", "HMS"),
])
def test_an_acronym_opening_a_name_is_no_town(places_of, text, acronym):
    assert not any(p.text == acronym for p in places_of(text)), [(p.text, p.name) for p in places_of(text)]


@pytest.mark.parametrize("text, short, name", [
    ("The US Embassy in Nairobi said two of its staff were hurt.", "US", "United States"),
    ("Members of the NSW Police Force arrested two men in Sydney.", "NSW", "New South Wales"),
])
def test_a_country_or_province_short_name_stays(places_of, text, short, name):
    assert any(p.text == short and p.name == name for p in places_of(text)), [(p.text, p.name) for p in places_of(text)]
