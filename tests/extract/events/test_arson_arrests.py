"""Rule 7 (rules.is_ordinary_crime_arrest): people arrested over fires they are suspected of lighting (arson,
bushfires) are ordinary crime, not coded (the guide's decisions v1.1/v1.2)."""

import pytest

from sitroom.extract.events.rules import is_ordinary_crime_arrest

ARRESTS = "Strategic developments / Arrests"


@pytest.mark.parametrize("sentence", [
    "Police have arrested two men in relation to a series of grass fires near Dubbo.",
    "A 19-year-old was detained in connection with the blaze that destroyed a hay shed.",
    "Officers arrested a woman suspected of deliberately lighting fires in the state forest.",
    "A man has been charged with arson after a house burned down in Geelong.",
    "Detectives arrested a teenager over the bushfire that threatened homes at Kincumber.",
])
def test_arrests_over_fires_lit_are_ordinary_crime(sentence):
    assert is_ordinary_crime_arrest(ARRESTS, sentence)


@pytest.mark.parametrize("sentence", [
    # an armed or political side named: the conflict's arrest
    "Soldiers arrested three militants suspected of setting forest fires near the base.",
    "Police detained two activists accused of starting a fire outside parliament during the protest.",
    # a fight, not a fire lit
    "Police arrested a gunman over opening fire on a patrol in the town.",
    # no fire lit: a truce
    "Troops detained the commander over the ceasefire violations.",
])
def test_arrests_of_the_conflict_or_with_no_fire_lit_stay_coded(sentence):
    assert not is_ordinary_crime_arrest(ARRESTS, sentence)
