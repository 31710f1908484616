"""A country's police act at home: "Malaysian police have arrested a man believed to have smuggled boat people into
Australia" is an arrest in Malaysia. The texts are written for these tests."""

from __future__ import annotations

from sitroom.extract.events.police_home import police_at_home
from sitroom.records import ActorRef, PlaceMention

POLICE_MY = ActorRef(name="Police Forces of Malaysia", text="Malaysian police", country="MY")


def _at(text: str, word: str, country: str, level: str = "country", role: str = "location") -> PlaceMention:
    start = text.index(word)
    return PlaceMention(text=word, start=start, end=start + len(word), name=word, country=country, level=level,
                        role=role)


def test_police_named_by_their_country_arrest_at_home_not_at_a_goal_abroad():
    text = "Malaysian police have arrested a man believed to have smuggled boat people into Australia."
    places = [_at(text, "Malaysian", "MY", role="origin"), _at(text, "Australia", "AU")]
    got = police_at_home(POLICE_MY, places[1], places, text)
    assert (got.country, got.role) == ("MY", "location")


def test_a_place_the_sentence_puts_the_arrest_at_stands():
    text = "Malaysian police detained a tanker in Singapore on Monday."
    places = [_at(text, "Malaysian", "MY", role="origin"), _at(text, "Singapore", "SG")]
    assert police_at_home(POLICE_MY, places[1], places, text).country == "SG"


def test_police_not_named_by_a_country_leave_the_place():
    text = "Police have arrested a man believed to have smuggled boat people into Australia."
    places = [_at(text, "Australia", "AU")]
    police = ActorRef(name="Police Forces of Malaysia", text="Police", country="MY")
    assert police_at_home(police, places[0], places, text).country == "AU"


def test_a_force_abroad_told_from_where_it_serves_stays_there():
    # the dateline files the report from Haiti: Kenyan police serving there arrest there
    police_ke = ActorRef(name="Police Forces of Kenya", text="Kenyan police", country="KE")
    for dateline, country in (("PORT-AU-PRINCE (Reuters) - ", "HT"), ("", "KE")):
        text = (dateline + "Gangs attacked a police station in Port-au-Prince on Sunday. Kenyan police arrested 12 "
                "gang members after the attack.")
        town = _at(text, "Port-au-Prince", "HT", level="populated place")
        kenyan = _at(text, "Kenyan", "KE", role="origin")
        filed = [_at(text, "PORT-AU-PRINCE", "HT", level="populated place")] if dateline else []
        assert police_at_home(police_ke, town, [kenyan], text, (*filed, town, kenyan)).country == country
