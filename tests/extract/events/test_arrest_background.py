"""Rule 10 of the rule layer: an arrest told only as background (the past perfect outside reported speech, an undated
relative clause under another act) tells nobody taken (arrest_background.is_background_taking, rules.no_taking_told)."""

import pytest

from sitroom.extract.events.arrest_background import DURATION
from sitroom.extract.events.rules import no_taking_told

ARRESTS = "Strategic developments / Arrests"


@pytest.fixture(scope="module")
def nlp():
    from sitroom.read.nlp import get_nlp

    return get_nlp()


@pytest.mark.parametrize("text, told", [
    # the past perfect tells what had happened before the news
    ("Police said the woman came forward after learning via social media that Gonzalez had been arrested.", False),
    ("The reporter had been detained two months at that point, charged with membership in a banned group.", False),
    ("Police had stopped the truck near the city for a routine check, arresting the driver.", False),
    # ... but under a verb of saying it is the reported tense of the news
    ("On March 5, Cebu police announced that they had arrested two Chinese nationals.", True),
    ("Suleiman said that Alajoury had been detained by Hamas security forces.", True),
    # an undated relative clause under another act is the person's history
    ("In a major relief to activist Nodeep Kaur, who was arrested in Haryana on criminal charges, "
     "the High Court on Friday granted her bail.", False),
    ("China has moved to punish two lawyers hired to defend activists who were arrested while trying to flee.", False),
    ("The case related to 2016 allegations, after which he was detained by the intelligence agency for two years "
     "without trial.", False),
    # ... but one with a day of its own, or under a main clause that only says who they are, is the news
    ("Meanwhile, another defendant who was arrested last week in connection with the plot has been released "
     "on bond.", True),
    ("The five who were arrested are members of the General Association of Hong Kong Speech Therapists.", True),
    # an arrest in the sentence's own clause stays told
    ("Police arrested four opposition activists on Friday.", True),
    ("He was seized by masked plainclothes police officers and detained for a while.", True),
    ("In a dragnet on Wednesday, the police carried out the arrest of 53 politicians and activists.", True),
])
def test_an_arrest_told_only_as_background_tells_nobody_taken(nlp, text, told):
    assert no_taking_told(ARRESTS, nlp(text)[:]) is (not told)


@pytest.mark.parametrize("text, duration", [
    ("two years", True), ("the 34 days", True), ("26 days", True), ("twenty-six days", True), ("48 hours", True),
    ("last week", False), ("this month", False), ("2016", False), ("October 23", False), ("Friday", False),
])
def test_a_duration_has_no_day_of_its_own(text, duration):
    assert bool(DURATION.match(text)) is duration


@pytest.mark.parametrize("text, told", [
    # an arrest tried, ordered or sought is not made
    ("Journalists stand in solidarity with their colleague as Police attempted to arrest him.", False),
    ("The spokesman announced that the inspector-general of police has issued an order for the arrest of Igboho.",
     False),
    ("The report concluded that activists and journalists were being targeted for arrest by security forces.", False),
    ("Arrest Warrants against Activists in the Kurdistan Region of Iraq", False),
    # an arrest ordered and made, or one that followed an attempt, is told
    ("He referred to the interior minister, who ordered Bhiri's arrest.", True),
    ("Police tried to stop the march and arrested 20 protesters.", True),
    ("Police arrested him for the murder of his neighbour.", True),
])
def test_an_arrest_tried_ordered_or_sought_tells_nobody_taken(nlp, text, told):
    assert no_taking_told(ARRESTS, nlp(text)[:]) is (not told)


@pytest.mark.parametrize("text, told", [
    # a thing detained, seized or released is no person taken
    ("The union condemned it as a supply vessel previously detained in the north-east was stopped again.", False),
    ("It has since been seized by Dutch authorities in Rotterdam for further infringements.", False),
    ("It was eventually released from its berth in the port on October 30.", False),
    ("Customs officers seized a truck carrying weapons near the border.", False),
    # ... but people taken with it, or a person released, are
    ("The police promptly detained the aircraft and arrested four persons in connection to the issue.", True),
    ("Police seized the activist's phone and detained him overnight.", True),
    ("Kazmerchak was released.", True),
])
def test_a_thing_detained_or_seized_tells_nobody_taken(nlp, text, told):
    assert no_taking_told(ARRESTS, nlp(text)[:]) is (not told)
