"""A day that dates another act the event came after is not the event's (events/earlier_acts.py): a possessive day on
another act ("the victims of yesterday's attack"), a day in a "since" phrase or clause on the event's verb, a day in a
clause that describes captives by their abduction; and a count set off by a comma ("released on Tuesday, two days
after his arrest") dates the earlier act back from the later one's day. Our own sentences."""

from __future__ import annotations

import pytest

from sitroom.records import DocumentIn

pytestmark = pytest.mark.slow

PUBLISHED = "2024-06-12"  # a Wednesday: Sunday 06-09, Monday 06-10, Tuesday 06-11


def _dates(pipeline, text):
    out = pipeline.extract(DocumentIn(id="t", text=text, published=PUBLISHED))
    return {e.sub_event_type: (e.date.start, e.date.end) for e in out.events}


@pytest.mark.parametrize("sentence,kind,dated", [
    # a possessive day on the act mourned or prayed over: the gathering came after it, up to the report
    ("Protesters gathered in Lagos to mourn the victims of yesterday's attack on a market.", "Peaceful protest",
     ("2024-06-11", "2024-06-12")),
    ("Hundreds of women gathered in Maiduguri to pray for the victims of Monday's bombing at a mosque.",
     "Peaceful protest", ("2024-06-10", "2024-06-12")),
    # a "since" clause on the event's verb: the raid's day, not the protests'
    ("Protesters have gathered outside the police station in Accra since soldiers raided the village on Monday.",
     "Violent demonstration", ("2024-06-10", "2024-06-12")),
    # captives described by their abduction: the arrest and the fight that freed them came after it
    ("Police rescued two traders abducted on Monday and arrested four suspects in Kaduna.", "Arrests",
     ("2024-06-10", "2024-06-12")),
    ("Soldiers rescued two traders who were kidnapped on Monday, after a gun battle with the kidnappers in a forest "
     "near Kaduna.", "Armed clash", ("2024-06-10", "2024-06-12")),
    # the earlier act after a count set off by a comma: counted back from the later act's day
    ("The journalist was released on bail on Tuesday, two days after his arrest in Harare.", "Arrests",
     ("2024-06-09", "2024-06-09")),
    ("Police in Harare released the journalist on bail on Tuesday, two days after they arrested him.", "Arrests",
     ("2024-06-09", "2024-06-09")),
    # a demonstration over the act its word names (typed by that word, retyped a demonstration): its own day
    ("Protesters gathered outside parliament in Nairobi on Tuesday to denounce Monday's arrest of the opposition "
     "leader.", "Peaceful protest", ("2024-06-11", "2024-06-11")),
    ("Thousands marched in Bamako to protest against Sunday's killing of a student by police.", "Peaceful protest",
     ("2024-06-09", "2024-06-12")),
    ("Since the raid on Monday, protesters have gathered daily outside the governor's office in Kaduna.",
     "Peaceful protest", ("2024-06-10", "2024-06-12")),
])
def test_the_day_of_an_earlier_act_does_not_date_the_event(pipeline, sentence, kind, dated):
    assert _dates(pipeline, sentence)[kind] == dated


@pytest.mark.parametrize("sentence,kind,dated", [
    # the possessive day names the event's own act, or the occasion it happened at
    ("Sunday's attack on a market in Lagos killed five people.", "Attack", ("2024-06-09", "2024-06-09")),
    ("Police arrested 20 people at Sunday's rally in Lagos.", "Protest with intervention",
     ("2024-06-09", "2024-06-09")),
    # an arrest at or for a protest is dated by the arrest
    ("Police arrested a student on Monday for protesting outside the university in Harare.",
     "Protest with intervention", ("2024-06-10", "2024-06-10")),
    ("Police in Harare arrested 20 people at Sunday's rally against the new tax.", "Protest with intervention",
     ("2024-06-09", "2024-06-09")),
    # a "since" time phrase is the onset of what goes on
    ("Protests have shaken Accra since Monday.", "Peaceful protest", ("2024-06-10", "2024-06-10")),
    # the abduction itself, told of the captives rescued, keeps its day
    ("Soldiers rescued 12 hostages abducted on Monday from a village near Maiduguri.",
     "Abduction/forced disappearance", ("2024-06-10", "2024-06-10")),
    # the later act of the comma's count keeps its own day
    ("Gunmen attacked a village in Zamfara on Tuesday, two days after soldiers left the area.", "Armed clash",
     ("2024-06-11", "2024-06-11")),
])
def test_the_events_own_day_is_kept(pipeline, sentence, kind, dated):
    assert _dates(pipeline, sentence)[kind] == dated


def test_after_act_runs_from_a_recent_day_to_the_days_now():
    import datetime as dt

    from sitroom.extract.events.earlier_acts import after_act
    from sitroom.records import DateValue

    yesterday = DateValue(start="2024-06-07", end="2024-06-07", precision="day", text="yesterday")
    # a quoted post's "yesterday" counts to the post's day, not the report's
    assert (after_act(yesterday, dt.date(2024, 6, 8), 6).start, after_act(yesterday, dt.date(2024, 6, 8), 6).end) \
        == ("2024-06-07", "2024-06-08")
    # an act long before the report leaves the event undated by it; so does a month
    assert after_act(yesterday, dt.date(2024, 7, 8), 6) is None
    assert after_act(DateValue(start="2024-06-01", end="2024-06-30", precision="month"), dt.date(2024, 6, 8), 6) is None
