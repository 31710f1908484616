"""A Strategic developments / Other event must tell its act as news (extract/events/other_told.py, read by
strategic.strategic_told and told_by_report when the parse is given)."""

import pytest

from sitroom.extract.events.strategic import strategic_told, told_by_report
from sitroom.extract.events.taxonomy import typed_fields
from sitroom.records import DateValue, Event, Evidence

OTHER = "Strategic developments / Other"


def _event(text, start=0, trigger=None):
    return Event(**typed_fields(OTHER), confidence=0.9, date=DateValue(), extractor="t", trigger=trigger,
                 evidence=Evidence(sentence=0, start=start, end=start + len(text), text=text))


@pytest.mark.parametrize("text, told", [
    # acts told as news: a release, a deployment, a search, troops on the streets, a curfew
    ("The rebels released three aid workers near Bunia on Tuesday.", True),
    ("Soldiers were deployed to the northern border town on Friday.", True),
    ("The army has deployed two battalions in the valley.", True),
    ("Officers searched the newspaper's offices on Thursday.", True),
    ("Armed police stayed on the streets of the capital all night.", True),
    ("The governor imposed a curfew on the town after the clashes.", True),
    ("Four of the hostages had been freed on May 2.", True),  # the past perfect with a day of its own
    ("The freed hostages were flown to the capital on Sunday.", True),  # a word of the act besides the captives
    ("Police were deployed as hundreds of protesters marched to the palace.", True),  # a deployment at the time
    # a statement or images made public, a press release
    ("The lawyers' guild released a statement demanding the release of the two reporters.", False),
    ("Detectives released CCTV stills of a man they want to question.", False),
    ("Police released security camera footage of the suspect on Monday.", False),
    ("\"He had been driven to the city at night,\" the police said in a press release.", False),
    # an act named only as the time of another, or told as background
    ("A veteran who fell ill after deployment to Sierra Leone died at home.", False),
    ("The militia had sealed the roads and posted guards at every junction, but those had gone by noon.", False),
    ("Two women, who were held in the same cell, told reporters that guards beat them.", False),
    # captives who act, a person's title
    ("Former detainees said that fellow detainees and guards beat newcomers.", False),
    ("Two freed captives described the camp to journalists.", True),  # "freed": a release told
    ("The hostages landed in the capital on Sunday evening.", True),  # their return may tell the release
    ("The detainees were mostly students from the northern provinces.", False),
    ("The ministry's press operations director spoke to reporters on Monday.", False),
    # a deployment against a protest: force used on the protest, coded with it
    ("A large contingent of riot police was deployed to break up the demonstration.", False),
    ("Troops were dispatched to disperse the protesters outside parliament.", False),
    # a release on a court's terms: bail and appeals are not coded
    ("The editor was released on bail on Friday after a week in a police cell.", False),
    ("A judge freed the two activists on bond pending their trial.", False),
    ("The kidnappers released the engineer on Friday after his family paid.", True),
    # planned or called for
    ("The government plans to deploy soldiers to the mining region.", False),
    ("Relatives have demanded the release of the three abducted engineers.", False),
    ("The president ordered the deployment of two battalions to the province on Monday.", True),  # left to its words
])
def test_an_other_act_must_be_told_as_news(nlp, text, told):
    ev = _event(text)
    assert (strategic_told(ev, nlp(text)) is ev) is told


def test_without_the_parse_the_words_alone_decide(nlp):
    ev = _event("The lawyers' guild released a statement demanding the release of the two reporters.")
    assert strategic_told(ev) is ev


def test_the_evidence_is_read_at_its_place_in_the_document(nlp):
    first = "The mayor spoke on Monday. "
    told = "The rebels released three aid workers near Bunia on Tuesday."
    called = "The guild released a statement demanding the release of the reporters."
    doc = nlp(first + told + " " + called)
    assert strategic_told(_event(told, len(first)), doc) is not None
    assert strategic_told(_event(called, len(first) + len(told) + 1), doc) is None


def test_a_merged_release_is_read_as_news_too(nlp):
    # told_by_report takes a merged report of captives released only when that report tells it as news
    lead = "The gang moved its camp into the forest."
    told = "Two hostages were released on Sunday."
    planned = "Two hostages were to be released on Sunday."
    for second, expected in ((told, True), (planned, False)):
        doc = nlp(lead + " " + second)
        ev = _event(lead)
        rep = _event(second, len(lead) + 1, trigger="hostages were released" if second is told else
                     "hostages were to be released")
        got = told_by_report(ev, [ev, rep], doc)
        assert (got is rep) is expected, second
