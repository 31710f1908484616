"""A country's name that qualifies a noun of people, of forces or of weapons says whose they are, as a nationality
word does ("16 U.S. citizens", "US B-52 bombers", "United States air strikes", "a misguided US bomb"): not where the event happened. So a
report of the event told again with such a name is not placed in that country, and is not a second event there.
A country that is the place stays: after its preposition, qualifying a place word ("the US capital") or an act
("the Iraq attack")."""

from __future__ import annotations

import pytest

from sitroom.extract.events.not_where import names_whose
from sitroom.records import DocumentIn, PlaceMention

pytestmark = pytest.mark.slow


def _country(text: str, name: str) -> PlaceMention:
    i = text.index(name)
    return PlaceMention(text=name, start=i, end=i + len(name), name=name, level="country", country="XX")


@pytest.mark.parametrize("text, name", [
    ("Among the hostages were 12 U.S. citizens and a Canadian, the church said.", "U.S."),
    ("US B-52 bombers pounded the ridge for a third night.", "US"),
    ("United States air strikes on the militants' camps intensified overnight.", "United States"),
    ("Two Kenya nationals were abducted near the border on Monday.", "Kenya"),
    ("Mali troops clashed with fighters north of the river.", "Mali"),
    # weapons: whose they are, not where they fell
    ("Three soldiers were killed by a misguided US bomb near the airport, officials said.", "US"),
    ("A Russia missile hit the apartment block overnight, killing four.", "Russia"),
    ("The victims died when an errant U.S. cruise missile struck the market.", "U.S."),
    ("Iran rockets landed near the base on Tuesday.", "Iran"),
])
def test_a_country_that_says_whose(nlp, text, name):
    assert names_whose(nlp(text), _country(text, name))


@pytest.mark.parametrize("text, name", [
    ("Gunmen abducted two aid workers in Nigeria on Monday.", "Nigeria"),
    ("Protesters marched through the US capital on Friday.", "US"),
    ("The Iraq bombing killed 12 soldiers.", "Iraq"),
    ("In Syria civilians fled the shelling.", "Syria"),  # after its preposition, whatever the parse says
    ("Police in Kenya detained 20 students.", "Kenya"),
    ("A bomb exploded in Pakistan on Monday, killing five.", "Pakistan"),
    ("Police in Kenya found a bomb under a car.", "Kenya"),
    ("The Iraq bomb attack killed 12 soldiers.", "Iraq"),  # an act, not a weapon
])
def test_a_country_that_is_the_place(nlp, text, name):
    assert not names_whose(nlp(text), _country(text, name))


def test_a_place_is_not_taken_from_whose(pipeline):
    text = ("Fighting raged around Kandahar in southern Afghanistan on Sunday, local commanders said. "
            "US B-52 bombers struck Taliban positions overnight, killing 20 fighters.")
    evs = pipeline.extract(DocumentIn(id="t", text=text, published="2021-10-18")).events
    strikes = [e for e in evs if e.sub_event_type == "Air/drone strike"]
    assert strikes and all(e.location is not None and e.location.country == "AF" for e in strikes)


@pytest.mark.parametrize("text, country", [
    ("United States air strikes on Taliban fighters intensified on Sunday. "
     "Tribal elders in Jalalabad said the bombing went on through the night.", "AF"),
    ("US air strikes on Taliban positions intensified overnight. Elders in Kunduz said 30 fighters were killed.", "AF"),
])
def test_the_articles_focus_is_not_whose(pipeline, text, country):
    # a sentence that names no place falls back on the article's focus: not the country whose strikes they are
    evs = pipeline.extract(DocumentIn(id="t", text=text, published="2021-10-18")).events
    strikes = [e for e in evs if e.sub_event_type == "Air/drone strike"]
    assert strikes and all(e.location is not None and e.location.country == country for e in strikes)
