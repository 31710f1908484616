"""Reports dated only to a week are not one incident on place and type alone (review 2, item 14): a factory
shooting "this week" in Hlaingthaya and a tweet that "security forces are murdering unarmed civilians" in
Yangon, an arrest and "money was funneled to the defiant police", counted as two sources of one incident."""

from __future__ import annotations

import json

from sitroom.fuse.incidents import report_of, same_incident
from sitroom.store import testing as T
from tests.cli._filled_db import run

HLAINGTHAYA = dict(location_name="Hlaingthaya", level="populated place", country="MM", admin1="Yangon",
                   admin2="Yangon (North)", lat=16.87, lon=96.06)
YANGON = dict(location_name="Yangon", level="populated place", country="MM", admin1="Yangon",
              admin2="West Yangon District", lat=16.80, lon=96.16)
VAC = ("Violence against civilians", "Attack")
STATE = dict(actor1="Military Forces of Myanmar", actor2="Civilians (Myanmar)")


def test_a_week_long_window_and_a_city_do_not_tie_two_killings():
    shooting = report_of(*VAC, date_start="2021-03-15", date_end="2021-03-21", fatalities=2, **STATE, **HLAINGTHAYA)
    tweet = report_of(*VAC, date_start="2021-03-21", date_end="2021-03-27", **STATE, **YANGON)
    assert not same_incident(shooting, tweet) and not same_incident(tweet, shooting)


def test_an_arrest_and_a_later_week_of_other_news_stay_apart():
    arrest = report_of("Strategic developments", "Arrests", date_start="2021-03-13", date_end="2021-03-19",
                       actor1="Police Forces of Myanmar", arrested=1, **HLAINGTHAYA)
    funds = report_of("Strategic developments", "Arrests", date_start="2021-03-21", date_end="2021-03-27",
                      actor1="Police Forces of Myanmar", **YANGON)
    assert not same_incident(arrest, funds)


def test_a_loosely_dated_report_joins_when_it_gives_the_same_figure_or_dated_to_the_day():
    week = report_of(*VAC, date_start="2021-03-15", date_end="2021-03-21", fatalities=6, **STATE, **HLAINGTHAYA)
    day = report_of(*VAC, date_start="2021-03-16", fatalities=6, **STATE, **YANGON)
    assert same_incident(week, day)  # six killed in both: the figure ties them
    a = report_of(*VAC, date_start="2021-03-16", **STATE, **HLAINGTHAYA)
    b = report_of(*VAC, date_start="2021-03-17", **STATE, **YANGON)
    assert same_incident(a, b)  # both dated to a day, 12 km apart: one incident as before


SHOOTING = ("At least two union members were killed by the Myanmar military this week and at least six workers "
            "were shot dead at the Xing Jia shoe factory in Hlaingthaya.")
TWEET = "On Myanmar's Armed Forces Day, security forces are murdering unarmed civilians in Yangon."


def test_the_incidents_command_does_not_count_them_as_two_sources(tmp_path):
    path = str(tmp_path / "mm.db")
    from sitroom.api import open_store

    with open_store(path) as store:
        for text, uri, start, end, where in ((SHOOTING, "labour-news", "2021-03-15", "2021-03-21", "Hlaingthaya"),
                                             (TWEET, "vajda-twitter", "2021-03-21", "2021-03-27", "Yangon")):
            ev = T.event(text, text, *VAC, **STATE, date=start, date_end=end, precision="range")
            place = {k: v for k, v in (HLAINGTHAYA if where == "Hlaingthaya" else YANGON).items()}
            ev = ev.model_copy(update={"location": T.PlaceMention(
                text=where, start=text.index(where), end=text.index(where) + len(where), confidence=0.9,
                extractor="test", name=place.pop("location_name"), **place)})
            store.add_document(T.source(text, uri=uri, source=uri), T.published(end), "en",
                               T.extraction(published=end, events=[ev]))
    result = run("incidents", "--db", path, "--min-sources", "2", "--format", "json")
    assert result.exit_code == 0 and json.loads(result.output) == []
    assert len(json.loads(run("incidents", "--db", path, "--format", "json").output)) == 2
