"""A mention of a demonstration ("the protest", "the rally") joins the demonstration told before it at a place and on
days it may have, whatever sub-type each report got; the demonstration takes the most severe (merging._refers_to)."""

from sitroom.extract.events import rules
from sitroom.records import DateValue, Event, Evidence, PlaceMention

PEACEFUL = "Protests / Peaceful protest"
MET = "Protests / Protest with intervention"
RIOT = "Riots / Violent demonstration"
ARRESTS = "Strategic developments / Arrests"
WEEK = dict(start="2024-03-05", end="2024-03-11", precision="publication")


def _event(label, sentence, text, place="Nairobi", admin1="Nairobi", start="2024-03-11", end=None, precision="day"):
    return Event(**rules.typed_fields(label), confidence=0.8,
                 location=PlaceMention(text=place, start=0, end=len(place), name=place, level="populated place",
                                       country="KE", admin1=admin1),
                 date=DateValue(start=start, end=end or start, precision=precision),
                 evidence=Evidence(sentence=sentence, start=sentence * 100, end=sentence * 100 + len(text), text=text))


def _merged(first, mention):
    return rules.merge_events([first, mention], frozenset({id(mention)}))


def test_a_dispersal_told_as_the_protest_joins_the_peaceful_gathering_told_before():
    gathered = _event(PEACEFUL, 0, "Hundreds of traders gathered outside parliament in Nairobi on Monday.")
    broke_up = _event(MET, 9, "Police later fired tear gas to break up the protest.", **WEEK)
    out = _merged(gathered, broke_up)
    assert len(out) == 1
    assert f"{out[0].event_type} / {out[0].sub_event_type}" == MET
    assert out[0].date.start == "2024-03-11" and out[0].date.precision == "day"  # the gathering's own day stays
    assert out[0].evidence.sentence == 0


def test_the_rally_told_again_joins_the_dispersal_and_keeps_its_type():
    dispersed = _event(MET, 1, "Riot police dispersed teachers marching in Nairobi on Monday.")
    told = _event(PEACEFUL, 6, "The rally had drawn teachers from across the country.", **WEEK)
    out = _merged(dispersed, told)
    assert len(out) == 1 and out[0].sub_event_type == "Protest with intervention"


def test_a_peaceful_mention_of_a_riot_joins_the_riot():
    riot = _event(RIOT, 2, "Youths torched a police post in Nairobi on Monday.")
    told = _event(PEACEFUL, 8, "The demonstration had begun as a march against fuel prices.", **WEEK)
    out = _merged(riot, told)
    assert len(out) == 1 and out[0].event_type == "Riots"


def test_a_mention_of_a_protest_at_another_city_or_an_older_day_stays_apart():
    dispersed = _event(MET, 1, "Police dispersed protesters in Nairobi with force on Monday.")
    elsewhere = _event(PEACEFUL, 5, "The protest in Mombasa continued into the night.", place="Mombasa", admin1="Mombasa",
                       **WEEK)
    assert len(_merged(dispersed, elsewhere)) == 2
    older = _event(PEACEFUL, 5, "The protest on February 2 had drawn thousands.", start="2024-02-02")
    assert len(_merged(dispersed, older)) == 2


def test_an_arrest_mentioned_after_a_protest_stays_its_own_event():
    gathered = _event(PEACEFUL, 0, "Hundreds gathered outside parliament in Nairobi on Monday.")
    arrest = _event(ARRESTS, 4, "The arrest of the activist drew condemnation.", **WEEK)
    assert len(_merged(gathered, arrest)) == 2
