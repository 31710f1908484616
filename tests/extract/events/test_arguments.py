"""Counts, place and date choice for event arguments."""

import datetime as dt

import pytest

from sitroom.extract.events.arguments import count, parse_number, pick_date, pick_location
from sitroom.records import DateValue, PlaceMention, TimeMention


@pytest.mark.parametrize("text,value", [
    ("12", 12), ("1,200", 1200), ("seven", 7), ("twenty-three", 23), ("several", 3), ("dozens of", 12),
    ("hundreds", 100), ("a dozen", 12),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("sentence,kind,value", [
    ("A roadside bomb killed seven soldiers and wounded 12 others.", "fatalities", 7),
    ("A roadside bomb killed seven soldiers and wounded 12 others.", "injured", 12),
    ("Dozens of civilians were killed in the shelling.", "fatalities", 12),
    ("At least 15 people died when the bus hit a mine.", "fatalities", 15),
    ("Police said 9 people were killed; hospital sources put the toll at 14.", "fatalities", 9),
    ("Police arrested 23 protesters in the capital.", "arrested", 23),
    ("Several demonstrators were detained.", "arrested", 3),
    ("The militants took control of the district.", "fatalities", None),
])
def test_counts_follow_acled_conventions(sentence, kind, value):
    assert count(kind, sentence) == value


def _place(text, start, level, role="location"):
    return PlaceMention(text=text, start=start, end=start + len(text), name=text, level=level, role=role, country="AF")


def test_location_is_where_it_happened_not_the_goal_or_a_metonym():
    text = "In Helmand province, Taliban militants took control over Garmsir district and are advancing towards Lashkar Gah."
    places = [_place("Helmand", 3, "admin1"), _place("Garmsir", text.index("Garmsir"), "admin2"),
              _place("Lashkar Gah", text.index("Lashkar Gah"), "populated place")]
    assert pick_location(places, text, text.index("took")).text == "Garmsir"
    kabul = "Kabul said the army retook the town."
    assert pick_location([_place("Kabul", 0, "populated place", role="metonym")], kabul, 15) is None


def test_a_place_left_is_where_it_happened_a_place_fired_from_is_not():
    text = "Congolese troops made a tactical withdrawal from Beni in North Kivu province."
    places = [_place("Beni", text.index("Beni"), "populated place"),
              _place("North Kivu", text.index("North Kivu"), "admin1")]
    assert pick_location(places, text, text.index("withdrawal")).text == "Beni"
    text = "Rebels drove them out from Bunia on Monday."
    assert pick_location([_place("Bunia", text.index("Bunia"), "populated place")], text, 7).text == "Bunia"
    text = "Rockets fired from Kandahar hit Lashkar Gah on Monday."
    places = [_place("Kandahar", text.index("Kandahar"), "populated place"),
              _place("Lashkar Gah", text.index("Lashkar Gah"), "populated place")]
    assert pick_location(places, text, text.index("hit")).text == "Lashkar Gah"



def test_a_place_someone_comes_from_after_a_noun_of_the_stem_of_a_leaving_verb_is_not_where_it_happened():
    # "forces" and "drivers" are nouns here, not "forced ... from", "drove ... from"
    text = "Four members of the security forces and a woman visiting from Canada were killed in the attacks."
    assert pick_location([_place("Canada", text.index("Canada"), "country")], text, text.index("killed")) is None
    text = "Two truck drivers from Kenya were abducted near the border."
    assert pick_location([_place("Kenya", text.index("Kenya"), "country")], text, text.index("abducted")) is None
    # the verbs still name the place left
    text = "Government troops forced the rebels out from Kidal on Sunday."
    assert pick_location([_place("Kidal", text.index("Kidal"), "populated place")], text, 17).text == "Kidal"
    text = "The army pushed the militants back from Beni."
    assert pick_location([_place("Beni", text.index("Beni"), "populated place")], text, 9).text == "Beni"


def test_date_skips_deadlines_and_future_dates():
    text = "The group said it would not attack cities until September 11, but it seized Ghazni on July 10."
    t1 = TimeMention(text="until September 11", start=text.index("until"), end=text.index("until") + 18,
                     date=DateValue(start="2021-09-11", end="2021-09-11", precision="day"))
    t2 = TimeMention(text="on July 10", start=text.index("on July"), end=text.index("on July") + 10,
                     date=DateValue(start="2021-07-10", end="2021-07-10", precision="day"))
    got = pick_date([t1, t2], text, text.index("until"), dt.date(2021, 7, 12))
    assert got.start == "2021-07-10"


def _time(text, phrase, day):
    return TimeMention(text=phrase, start=text.index(phrase), end=text.index(phrase) + len(phrase),
                       date=DateValue(start=day, end=day, precision="day"))


def test_what_goes_on_since_a_day_began_that_day_unless_another_day_dates_it():
    pub = dt.date(2020, 3, 2)
    text = "Xu Zhiyong has been detained since February 15, his friends said."
    assert pick_date([_time(text, "since February 15", "2020-02-15")], text, text.index("detained"), pub).start == \
        "2020-02-15"
    text = "He was arrested on February 20 and has been in custody since February 15."
    got = pick_date([_time(text, "on February 20", "2020-02-20"), _time(text, "since February 15", "2020-02-15")],
                    text, text.index("arrested"), pub)
    assert got.start == "2020-02-20"
    # a "since" of background ("the deadliest attack since January 2021", "held since 2015") dates nothing
    text = "Gunmen killed 30 villagers in Zamfara, the deadliest attack in the state since January 12, 2019."
    assert pick_date([_time(text, "since January 12, 2019", "2019-01-12")], text, text.index("killed"), pub) is None


def _found_times(text, pub):
    from sitroom.extract.time import find_times

    return [TimeMention(text=v.text, start=a, end=b, date=v) for a, b, v in find_times(text, pub)]


@pytest.mark.parametrize("text,start,end", [
    # what has gone on for the past two weeks began two weeks before the report (the week around that day)
    ("A blogger who has been held incommunicado in Qatar for the past two weeks spoke to his family.",
     "2021-05-04", "2021-05-10"),
    ("Protesters have blocked the road for the last three days.", "2021-05-18", "2021-05-18"),
    # not a duration of what goes on: what happened within that span, dated by it as before
    ("At least 40 people were killed in the past two weeks.", "2021-05-07", "2021-05-21"),
    ("Over the past two weeks police arrested 30 people.", "2021-05-07", "2021-05-21"),
])
def test_what_goes_on_for_the_past_weeks_began_that_long_ago(text, start, end):
    pub = dt.date(2021, 5, 21)
    got = pick_date(_found_times(text, pub), text, 5, pub)
    assert (got.start, got.end) == (start, end)


def test_generic_actors_name_countries_as_the_catalogue_does():
    from sitroom.extract.actors import load_catalogue
    from sitroom.extract.events.arguments import country_name

    # one name per country in every actor ("Protesters (Turkey)" beside "Police Forces of Turkey")
    assert country_name("TR") == "Turkey"
    assert load_catalogue().match("Turkish police").name == "Police Forces of Turkey"
    assert country_name("XK") == "Kosovo"  # countries outside the catalogue still get a name


def test_a_place_in_a_persons_or_an_institutions_style_is_not_where_it_happened():
    text = ("Our dear son was murdered by the bandits, Bishop Matthew Hassan Kukah of Sokoto, Nigeria, said. "
            "Pope Tawadros II of the Coptic Orthodox Church of Alexandria sent his condolences.")
    places = [_place("Sokoto", text.index("Sokoto"), "populated place"), _place("Nigeria", text.index("Nigeria"), "country"),
              _place("Alexandria", text.index("Alexandria"), "populated place")]
    # (the country that completes the seat is the seat's too: the sentence names no place of the murder)
    assert pick_location(places, text, text.index("murdered")) is None
    assert pick_location(places[2:], text, text.index("sent")) is None
    # a place's own name with "of" still places the event
    text = "Gunmen attacked a school located in Rafi Local Government Area of Niger State on Wednesday."
    niger = _place("Niger State", text.index("Niger State"), "admin1")
    assert pick_location([niger], text, text.index("attacked")).text == "Niger State"


def test_a_country_in_the_name_of_a_lake_or_a_basin_is_not_where_it_happened():
    text = "Air Force jets killed several fighters in Gajiram in the Lake Chad Basin on Sunday."
    gajiram = PlaceMention(text="Gajiram", start=text.index("Gajiram"), end=text.index("Gajiram") + 7, name="Gajiram",
                           level="populated place", country="NG")
    chad = PlaceMention(text="Chad", start=text.index("Chad"), end=text.index("Chad") + 4, name="Chad", level="country",
                        country="TD")
    assert pick_location([chad], text, text.index("killed")) is None
    assert pick_location([gajiram, chad], text, text.index("killed")).text == "Gajiram"
    text = "Troops clashed with militants in the Niger Delta."
    niger = PlaceMention(text="Niger", start=text.index("Niger"), end=text.index("Niger") + 5, name="Niger",
                         level="country", country="NE")
    assert pick_location([niger], text, text.index("clashed")) is None
    text = "Troops clashed with militants in Niger on Monday."  # the country itself
    niger = PlaceMention(text="Niger", start=text.index("Niger"), end=text.index("Niger") + 5, name="Niger",
                         level="country", country="NE")
    assert pick_location([niger], text, text.index("clashed")).text == "Niger"
    # after "Lake" whatever the place was resolved to (probe 34a: a place named Chad in Borno)
    text = "Boko Haram militants killed 15 fishermen on the shores of Lake Chad in Borno state on Saturday."
    chad = PlaceMention(text="Chad", start=text.index("Chad"), end=text.index("Chad") + 4, name="Chad",
                        level="populated place", country="NG", admin1="Borno")
    borno = PlaceMention(text="Borno state", start=text.index("Borno"), end=text.index("Borno") + 11, name="Borno",
                         level="admin1", country="NG", admin1="Borno")
    assert pick_location([chad, borno], text, text.index("killed")).text == "Borno state"
    # a county named after its river stays a place
    text = "Gunmen killed three herders in Tana River county on Monday."
    tana = PlaceMention(text="Tana River", start=text.index("Tana"), end=text.index("Tana") + 10, name="Tana River",
                        level="admin1", country="KE")
    assert pick_location([tana], text, text.index("killed")).text == "Tana River"


def test_this_year_as_a_frame_of_comparison_does_not_date_the_event():
    # probe 34c: "in the highest-level talks between the two rivals this year" dated the meeting 2026-01-01
    pub = dt.date(2026, 6, 11)
    text = ("Saudi national security adviser Musaed Al-Aiban met Iranian Supreme National Security Council secretary "
            "Ali Akbar Ahmadian in Baghdad on Tuesday, in the highest-level talks between the two rivals this year.")
    year = TimeMention(text="this year", start=text.index("this year"), end=text.index("this year") + 9,
                       date=DateValue(start="2026-01-01", end="2026-12-31", precision="year"))
    got = pick_date([_time(text, "on Tuesday", "2026-06-09"), year], text, text.index("talks"), pub)
    assert got.start == "2026-06-09"
    # alone, it is the only date the sentence gives
    assert pick_date([year], text, text.index("talks"), pub).start == "2026-01-01"


def test_the_province_or_country_completing_a_speakers_seat_is_not_where_it_happened():
    text = "Two nuns were abducted on Friday, Cardinal Peter Okpaleke of Ekwulobia, Anambra, told reporters in Abuja."
    places = [_place("Ekwulobia", text.index("Ekwulobia"), "populated place"),
              _place("Anambra", text.index("Anambra"), "admin1")]
    assert pick_location(places, text, text.index("abducted")) is None
    # negative: a province named on its own after the event still places it
    text = "Two nuns were abducted in Anambra, Cardinal Peter Okpaleke told reporters."
    assert pick_location([_place("Anambra", text.index("Anambra"), "admin1")], text, 14).text == "Anambra"


@pytest.mark.parametrize("text,name,place", [
    ("Students rallied in Marley's hometown of Trenton on Saturday.", "Marley", "Trenton"),
    ("Neighbours gathered at Winston's family house in Kumasi after the raid.", "Winston", "Kumasi"),
    ("Police questioned Denver's lawyers in Austin on Monday.", "Denver", "Austin"),
])
def test_a_name_before_a_persons_possessive_is_a_person_not_a_place(text, name, place):
    # the gazetteer may have a town of the person's name: a town has no home town, family or lawyers
    places = [_place(name, text.index(name), "populated place"), _place(place, text.index(place), "populated place")]
    assert pick_location(places, text, 0).text == place


def test_a_place_with_its_own_possessive_still_places_the_event():
    # negative: "Trenton's streets", "Trenton's mayor" are the town's
    text = "Students marched through Trenton's streets on Saturday."
    assert pick_location([_place("Trenton", text.index("Trenton"), "populated place")], text, 0).text == "Trenton"


def test_the_goal_of_a_journey_is_not_where_it_happened():
    text = "The reporter was stopped at a checkpoint near Mosul on her trip to Erbil and held for hours."
    mosul = _place("Mosul", text.index("Mosul"), "populated place")
    erbil = _place("Erbil", text.index("Erbil"), "populated place")
    assert pick_location([erbil], text, text.index("stopped")) is None
    assert pick_location([mosul, erbil], text, text.index("stopped")).text == "Mosul"
    # negative: a place after the event that is no journey's goal still places it
    text = "The reporter was held in Erbil after a trip of two days."
    assert pick_location([_place("Erbil", text.index("Erbil"), "populated place")], text, 16).text == "Erbil"


@pytest.mark.parametrize("text, goal, start", [
    ("She had been driven to Calgary from Toronto two days before the arrest.", "Calgary", "Toronto"),
    ("The hostages were evacuated to Nairobi from Mogadishu on Sunday.", "Nairobi", "Mogadishu"),
    ("He was forced to travel to Lagos from Abuja by his captors.", "Lagos", "Abuja"),
])
def test_a_journeys_start_told_after_its_end_is_not_where(text, goal, start):
    # after a verb of leaving, "to" then "from": a journey from its start, not a place left in a fight (the sentence
    # lends its place to a later one: the nearest to its end is no longer the start)
    places = [_place(goal, text.index(goal), "populated place"), _place(start, text.index(start), "populated place")]
    assert pick_location(places, text, len(text)).text == goal


@pytest.mark.parametrize("text, name", [
    ("Soldiers forced the insurgents to withdraw from Marte on Friday.", "Marte"),
    ("Troops drove the militants from the town of Bama on Sunday.", "Bama"),
])
def test_a_place_left_in_a_fight_stays_where(text, name):
    assert pick_location([_place(name, text.index(name), "populated place")], text, 0).text == name
