"""Rule 7 (rules.is_ordinary_crime_arrest): people arrested over fires they are suspected of lighting (arson,
bushfires) are ordinary crime, not coded (the guide's decisions v1.1/v1.2); so is an arrest that names no offence of
its own when the sentences before it in its paragraph tell an ordinary offence and nothing political."""

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


def test_an_arrest_naming_no_offence_continues_the_ordinary_offence_told_before_it():
    before = "Police arrested two teenagers in relation to bushfires at Nowra. Three small fires were put out."
    assert is_ordinary_crime_arrest(ARRESTS, "Later that night officers arrested a third boy.", before)
    assert is_ordinary_crime_arrest(ARRESTS, "Police also arrested his brother, 22.",
                                    "Officers found stolen goods in the car.")


def test_a_context_that_is_political_or_tells_no_offence_leaves_the_arrest_coded():
    assert not is_ordinary_crime_arrest(ARRESTS, "Police arrested three men.",
                                        "Rebels stole two trucks from the depot.")
    assert not is_ordinary_crime_arrest(ARRESTS, "Police arrested three men.",
                                        "The kidnappers were driving around the district for hours.")
    assert not is_ordinary_crime_arrest(ARRESTS, "Police arrested the editor of the weekly.",
                                        "Officers found stolen goods in the car.")
    # another type is rule 9's, whatever the context
    assert not is_ordinary_crime_arrest("Violence against civilians / Attack", "They beat him.",
                                        "Officers found stolen goods in the car.")
