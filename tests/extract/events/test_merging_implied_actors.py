"""Merging reports of one event (events/merging.py): when another report gives the finer place, in another
country than the country-level place of the report kept, the actors ACLED's conventions implied for that
country (no words of the text name them) follow the place; actors the text names stay as they are."""

from sitroom.extract.events.merging import merge_reports
from sitroom.records import ActorRef, DateValue, Event, Evidence, PlaceMention

ARREST = dict(event_type="Strategic developments", sub_event_type="Arrests")
UK = PlaceMention(text="UK", start=50, end=52, name="United Kingdom", level="country", country="GB")
HARARE = PlaceMention(text="Harare", start=0, end=6, name="Harare", level="populated place", country="ZW")


def _arrest(location, actor1, actor2, sentence=1):
    return Event(**ARREST, confidence=0.8, actor1=actor1, actor2=actor2, location=location,
                 date=DateValue(start="2020-07-31", end="2020-07-31", precision="day"),
                 evidence=Evidence(sentence=sentence, start=sentence * 100, end=sentence * 100 + 50, text="x"))


def test_implied_police_and_civilians_follow_the_finer_place_of_another_country():
    # "The writer, whose novel was longlisted for the UK's fiction award, documented her arrest", then
    # "Police in Harare arrested the novelist": the police and civilians implied are Zimbabwe's.
    keep = _arrest(UK, ActorRef(name="Police Forces of the United Kingdom", actor_type="state forces", inter=1,
                                country="GB"),
                   ActorRef(name="Civilians (United Kingdom)", actor_type="civilians", inter=7, country="GB"))
    other = _arrest(HARARE, None, None, sentence=2)
    merged = merge_reports(keep, other)
    assert merged.location.name == "Harare"
    assert merged.actor1.name == "Police Forces of Zimbabwe" and merged.actor1.country == "ZW"
    assert merged.actor2.name == "Civilians (Zimbabwe)"


def test_actors_the_text_names_stay():
    named = ActorRef(name="Police Forces of the United Kingdom", text="Scotland Yard", actor_type="state forces",
                     inter=1, country="GB")
    merged = merge_reports(_arrest(UK, named, None), _arrest(HARARE, None, None, sentence=2))
    assert merged.actor1 == named
