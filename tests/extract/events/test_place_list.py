"""One event per place (rule 4): a report told at a list of places is one event at each (place_list.py)."""

from __future__ import annotations

import pytest

from sitroom.extract.events import rules
from sitroom.extract.events.place_list import split_by_place
from sitroom.records import DateValue, Event, Evidence, PlaceMention

pytestmark = pytest.mark.slow

ARRESTS = "Strategic developments / Arrests"


def _place(text, sentence, country="KE", level="populated place"):
    at = sentence.index(text)
    return PlaceMention(text=text, start=at, end=at + len(text), name=text, level=level, country=country)


def _coded(nlp, sentence, places, label=ARRESTS, arrested=None):
    doc = nlp(sentence)
    ev = Event(**rules.typed_fields(label), confidence=0.8, location=places[0].model_copy(),
               date=DateValue(start="2024-03-02", end="2024-03-02", precision="day"), arrested=arrested,
               evidence=Evidence(sentence=0, start=0, end=len(sentence), text=sentence))
    return split_by_place([ev], doc, places)


def test_an_arrest_told_at_a_list_of_towns_is_one_event_at_each(nlp):
    s = "Opposition activists were arrested in Nakuru, Eldoret, Kisumu and Nyeri on Saturday."
    places = [_place(p, s) for p in ("Nakuru", "Eldoret", "Kisumu", "Nyeri")]
    out = _coded(nlp, s, places, arrested=40)
    assert [e.location.name for e in out] == ["Nakuru", "Eldoret", "Kisumu", "Nyeri"]
    assert {e.sub_event_type for e in out} == {"Arrests"} and {e.date.start for e in out} == {"2024-03-02"}
    # the count told for the list stays with the first place: it is not each town's
    assert [e.arrested for e in out] == [40, None, None, None]


def test_places_that_are_not_a_list_with_the_event_s_place_stay_one_event(nlp):
    s = "Police in Nakuru arrested a journalist from Kisumu on Saturday."
    out = _coded(nlp, s, [_place("Nakuru", s), _place("Kisumu", s)])
    assert [e.location.name for e in out] == ["Nakuru"]


def test_a_list_of_countries_or_of_another_country_s_places_is_not_split(nlp):
    s = "Floods displaced thousands in Kenya, Somalia and Ethiopia."
    countries = [_place(p, s, c, "country") for p, c in (("Kenya", "KE"), ("Somalia", "SO"), ("Ethiopia", "ET"))]
    assert len(_coded(nlp, s, countries, label="Disasters / Natural disaster")) == 1
    s = "Activists were arrested in Nakuru and Kampala on Saturday."
    assert len(_coded(nlp, s, [_place("Nakuru", s), _place("Kampala", s, "UG")])) == 1


def test_a_place_between_two_others_is_one_place(nlp):
    s = "Gunmen attacked a bus on the road between Nakuru and Eldoret on Saturday."
    out = _coded(nlp, s, [_place("Nakuru", s), _place("Eldoret", s)], label="Violence against civilians / Attack")
    assert len(out) == 1


def test_a_town_s_province_after_it_is_its_address_not_another_place(nlp):
    s = "Teachers at Moi Primary School, Nakuru, Rift Valley, Kenya walked out on Saturday."  # (parsed as conj)
    town = _place("Nakuru", s).model_copy(update={"admin1": "Rift Valley"})
    province = _place("Rift Valley", s, level="admin1")
    out = _coded(nlp, s, [town, province], label="Protests / Peaceful protest")
    assert [e.location.name for e in out] == ["Nakuru"]


def test_a_mention_is_not_split(nlp):
    s = "The arrests in Nakuru and Eldoret drew condemnation."
    places = [_place("Nakuru", s), _place("Eldoret", s)]
    doc = nlp(s)
    ev = Event(**rules.typed_fields(ARRESTS), confidence=0.8, location=places[0].model_copy(),
               date=DateValue(start="2024-03-02", end="2024-03-02", precision="day"),
               evidence=Evidence(sentence=0, start=0, end=len(s), text=s))
    assert len(split_by_place([ev], doc, places, frozenset({id(ev)}))) == 1


def _dated(place: str, start: str, end: str, precision: str) -> Event:
    return Event(**rules.typed_fields(ARRESTS), confidence=0.8,
                 location=PlaceMention(text=place, start=0, end=len(place), name=place, level="populated place",
                                       country="IN"),
                 date=DateValue(start=start, end=end, precision=precision),
                 evidence=Evidence(sentence=1, start=0, end=10, text="x"))


WEEK = ("2024-06-08", "2024-06-14", "publication")


def test_a_place_of_a_list_undated_by_its_sentence_takes_its_report_s_date():
    from sitroom.extract.events.place_list import dated_by_source

    original, copy = _dated("Gorakhpur", *WEEK), _dated("Kanpur", *WEEK)
    lead = _dated("Gorakhpur", "2024-06-11", "2024-06-11", "day")  # "arrested five in Gorakhpur on Tuesday"
    kept = [lead.model_copy(), copy.model_copy()]  # the list's report merged into the lead's event
    out = dated_by_source(kept, [[lead, original], [copy]], {id(copy): original})
    assert out[1].date.start == out[1].date.end == "2024-06-11" and out[1].location.name == "Kanpur"
    assert out[0].date == kept[0].date


@pytest.mark.parametrize("own,incident", [
    (("2024-06-12", "2024-06-12", "day"), ("2024-06-11", "2024-06-11", "day")),  # its sentence's own day stays
    (WEEK, WEEK),  # the report it comes from is no more precise
    (WEEK, ("2024-06-15", "2024-06-15", "day")),  # nor a day after the week it was told by
])
def test_a_place_of_a_list_keeps_its_date_otherwise(own, incident):
    from sitroom.extract.events.place_list import dated_by_source

    original, copy = _dated("Gorakhpur", *own), _dated("Kanpur", *own)
    lead = _dated("Gorakhpur", *incident)
    out = dated_by_source([lead, copy], [[lead, original], [copy]], {id(copy): original})
    assert out[1].date == copy.date


def test_the_places_of_a_list_are_dated_as_the_incident_told_before(pipeline):
    from sitroom.records import DocumentIn

    ext = pipeline.extract(DocumentIn(id="t", published="2024-06-14", text=(
        "Police arrested five opposition activists in Gorakhpur on Tuesday, officials said.\n\n"
        "The party's leaders condemned the crackdown.\n\n"
        "Opposition workers were arrested in Gorakhpur, Azamgarh and Kanpur, the party said on Thursday.")))
    dates = {e.location.name: (e.date.start, e.date.end) for e in ext.events if e.sub_event_type == "Arrests"}
    assert set(dates) == {"Gorakhpur", "Azamgarh", "Kanpur"}
    assert set(dates.values()) == {("2024-06-11", "2024-06-11")}  # Tuesday's, not the week up to Thursday


def test_a_stretch_its_sentence_names_stays_the_date_of_a_place_of_a_list():
    from sitroom.extract.events.place_list import dated_by_source

    own = DateValue(start="2024-06-10", end="2024-06-16", precision="range", text="this week")
    original = _dated("Gorakhpur", "2024-06-10", "2024-06-16", "range").model_copy(update={"date": own})
    copy = original.model_copy(update={"location": _dated("Kanpur", *WEEK).location})
    lead = _dated("Gorakhpur", "2024-06-11", "2024-06-11", "day")
    assert dated_by_source([lead, copy], [[lead, original], [copy]], {id(copy): original})[1].date == own


@pytest.mark.parametrize("text, places", [
    # counted groups of one list, each at its own place: one event at each
    ("Kenyan police detained 30 people on Sunday, including five students in Nakuru, three teachers in Eldoret "
     "and four nurses in Kisumu.", ["Nakuru", "Eldoret", "Kisumu"]),
    ("Kenyan police detained 30 people on Sunday, including five students in Nakuru, two teachers who handed out "
     "leaflets in Eldoret, and four nurses in Kisumu.", ["Nakuru", "Eldoret", "Kisumu"]),
    # where the groups come from is not where they were held
    ("Kenyan police detained five students from Nakuru and three teachers from Eldoret in Kisumu on Sunday.", None),
])
def test_groups_of_a_list_at_places_of_their_own_are_one_event_at_each(pipeline, text, places):
    from sitroom.records import DocumentIn

    evs = pipeline.extract(DocumentIn(id="t", text=text, published="2026-03-10")).events
    got = [e.location.name for e in evs if e.sub_event_type == "Arrests"]
    assert all(e.date.start == "2026-03-08" for e in evs)
    if places is None:
        assert len(got) == 1
    else:
        assert got == places


def test_places_of_phrases_joined_at_the_preposition_are_a_list(nlp):
    """"on offices in Rafah ... and on the towns of Jenin and Nablus": two phrases of place joined by "and", one strike
    at each town; a place that only locates another ("near Jalalabad") is no item of a list."""
    s = "Helicopters fired rockets on police offices in Rafah in the south and on the northern towns of Jenin and Nablus."
    places = [_place(p, s, country="PS") for p in ("Rafah", "Jenin", "Nablus")]
    out = _coded(nlp, s, places, label="Explosions/Remote violence / Air/drone strike")
    assert [e.location.name for e in out] == ["Rafah", "Jenin", "Nablus"]
    s = "Soldiers killed two men in a village in Nangarhar near Jalalabad."
    places = [_place(p, s, country="AF") for p in ("Nangarhar", "Jalalabad")]
    assert len(_coded(nlp, s, places, label="Battles / Armed clash")) == 1


def test_a_mention_told_at_a_list_of_towns_is_its_event_at_each(nlp):
    # "the raids" refer back to raids told before; the towns where they went on are each one event (rule 4)
    s = "The raids and detentions started in the morning and continued throughout the day in Nakuru, Eldoret and Kisumu."
    doc = nlp(s)
    places = [_place(p, s) for p in ("Nakuru", "Eldoret", "Kisumu")]
    ev = Event(**rules.typed_fields(ARRESTS), confidence=0.8, location=places[0].model_copy(), trigger="detentions",
               date=DateValue(start="2024-03-02", end="2024-03-02", precision="day"),
               evidence=Evidence(sentence=0, start=0, end=len(s), text=s))
    out = split_by_place([ev], doc, places, frozenset({id(ev)}))
    assert [e.location.name for e in out] == ["Nakuru", "Eldoret", "Kisumu"]


def test_a_mention_beside_a_list_of_another_act_s_places_is_not_split(nlp):
    # the towns are the air strikes' places, not the bombing's
    s = "The suicide bombing follows a wave of air strikes on police posts in Nakuru and Eldoret."
    doc = nlp(s)
    places = [_place(p, s) for p in ("Nakuru", "Eldoret")]
    ev = Event(**rules.typed_fields("Explosions/Remote violence / Suicide bomb"), confidence=0.8,
               location=places[0].model_copy(), trigger="suicide bombing", date=DateValue(),
               evidence=Evidence(sentence=0, start=0, end=len(s), text=s))
    assert len(split_by_place([ev], doc, places, frozenset({id(ev)}))) == 1


def test_a_list_closed_by_as_well_as_is_one_event_at_each_place(nlp):
    s = "Protests were held in Nakuru, Eldoret, as well as Kisumu on Saturday."
    out = _coded(nlp, s, [_place(p, s) for p in ("Nakuru", "Eldoret", "Kisumu")], label="Protests / Peaceful protest")
    assert [e.location.name for e in out] == ["Nakuru", "Eldoret", "Kisumu"]


def test_a_lone_place_set_beside_another_is_its_address(nlp):
    s = "Police arrested two activists in Goma, Nyiragongo on Saturday."
    assert len(_coded(nlp, s, [_place("Goma", s, "CD"), _place("Nyiragongo", s, "CD")])) == 1
