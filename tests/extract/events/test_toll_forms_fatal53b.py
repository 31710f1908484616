"""fatal53b: toll forms read further (own sentences, not from the corpus)."""

import pytest

from sitroom.extract.events.counts import count


@pytest.mark.parametrize("text,n", [
    ("Two more guards died, bringing the toll from the rebel assault on the army barracks to 14.", 14),
    ("Rescuers found three more bodies, taking the death toll from the collapse of the mosque roof to 11.", 11),
    ("A wounded girl died overnight, raising the number of dead from the mortar attack on the market to 9.", 9),
])
def test_toll_brought_with_a_long_incident_noun(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text,n", [
    # a bare plural of incidents is a tally of many, not this incident's total
    ("The blast killed four, bringing the death toll from bombings on the northern highway to 70.", 4),
    # a tally of the year
    ("The ambush killed six soldiers, bringing the toll of this year's fighting in the border province to 250.", 6),
])
def test_toll_brought_tally_not_read(text, n):
    assert count("fatalities", text) == n
