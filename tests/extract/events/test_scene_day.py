"""An event its sentence dates by nothing else takes the recent day of a clause that describes its participants or
place (told_when.scene_times): "fired tear gas on students who had assembled outside the university on Tuesday".
Never the day of a statement, a report or a release told in such a clause. Our own sentences."""

from __future__ import annotations

import pytest

from sitroom.records import DocumentIn

pytestmark = pytest.mark.slow

PUBLISHED = "2024-06-14"  # a Friday: "Tuesday" is 2024-06-11


def _dates(pipeline, text):
    out = pipeline.extract(DocumentIn(id="t", text=text, published=PUBLISHED))
    return [(e.sub_event_type, e.date.start, e.date.end, e.date.precision) for e in out.events]


@pytest.mark.parametrize("sentence,kind", [
    # the crowd the police met, told in a relative clause with the day they gathered
    ("Riot police fired tear gas on students who had assembled outside the university in Nairobi on Tuesday.",
     "Protest with intervention"),
    ("Police dispersed traders who had blocked the main road in Onitsha on Tuesday.", "Protest with intervention"),
    # the device's participle clause: where and when it was laid
    ("Troops defused an explosive device planted at a market in Maiduguri on Tuesday.", "Disrupted weapons use"),
    # the victim's participle clause, the parser hanging the place and day on it
    ("Villagers lynched a man accused of stealing goats in the town of Wukari on Tuesday.", "Mob violence"),
])
def test_a_day_of_the_clause_on_the_events_participants_dates_it(pipeline, sentence, kind):
    assert _dates(pipeline, sentence) == [(kind, "2024-06-11", "2024-06-11", "day")]


@pytest.mark.parametrize("sentence,kind,dated", [
    # a report's day: the week of the publication
    ("Police arrested two journalists in Lagos, according to a report published on Tuesday.", "Arrests",
     ("2024-06-08", "2024-06-14", "publication")),
    # a release's day: the captives were taken before it
    ("Soldiers detained the fishermen who were freed on Tuesday in Lagos.", "Arrests",
     ("2024-06-08", "2024-06-14", "publication")),
    # a statement's day, told in a clause on its speakers: the event happened by then
    ("Troops killed five militants in Borno, officials who visited the scene told reporters on Tuesday.",
     "Armed clash", ("2024-06-05", "2024-06-11", "range")),
    # a day only planned for what the clause names
    ("Police arrested the organisers of a rally scheduled for Tuesday in Harare.", "Protest with intervention",
     ("2024-06-08", "2024-06-14", "publication")),
    # an old day in such a clause sets no scene of this news
    ("Troops defused an explosive device planted at a market in Maiduguri in May 2022.", "Disrupted weapons use",
     ("2024-06-08", "2024-06-14", "publication")),
])
def test_a_day_of_a_statement_report_or_release_is_not_taken(pipeline, sentence, kind, dated):
    assert _dates(pipeline, sentence) == [(kind, *dated)]


@pytest.mark.parametrize("sentence,time,scene", [
    ("Riot police fired tear gas on students who had assembled outside the university on Tuesday.", "on Tuesday",
     True),
    ("Troops defused an explosive device planted at a market in Maiduguri on Tuesday.", "on Tuesday", True),
    ("Police dispersed traders who had blocked the main road in Onitsha on Tuesday.", "on Tuesday", True),
    ("Police arrested two journalists, according to a report published on Tuesday.", "on Tuesday", False),
    ("Soldiers detained the fishermen who were freed on Tuesday in Lagos.", "on Tuesday", False),
    ("Troops killed five militants, officials who visited the scene told reporters on Tuesday.", "on Tuesday", False),
    ("Police arrested the organisers of a rally scheduled for Tuesday in Harare.", "for Tuesday", False),
    ("Police arrested a man on Tuesday in Lagos.", "on Tuesday", False),  # no describing clause at all
])
def test_scene_times(nlp, sentence, time, scene):
    from sitroom.extract.events.told_when import scene_times
    from sitroom.records import DateValue, TimeMention

    doc = nlp(sentence)
    start = sentence.index(time)
    mention = TimeMention(text=time, start=start, end=start + len(time), sentence=0, date=DateValue(),
                          extractor="test")
    assert (start in scene_times(doc, [mention])) is scene
