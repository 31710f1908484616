"""The government of the place a diplomatic contact is held at is its host: the other side of a visitor the
report names (and the visitor's host when the report names only the visitor)."""

from sitroom.extract.events.conventions import conventional_actors
from sitroom.records import ActorRef, PlaceMention

CONTACT = "Diplomacy / Diplomatic contact"


def _at(country):
    return PlaceMention(text="x", start=0, end=1, name="x", level="populated place", country=country)


def _government(name, iso):
    return ActorRef(name=f"Government of {name}", text=name, actor_type="government", inter=1, country=iso)


def test_the_host_of_a_named_visitor_is_the_government_of_the_place():
    a1, a2 = conventional_actors(CONTACT, None, _government("Kenya", "KE"), _at("FR"),
                                 "The decision to receive the Kenyan president in Paris was criticised.")
    assert (a1.name, a2.name) == ("Government of France", "Government of Kenya")
    a1, a2 = conventional_actors(CONTACT, _government("Kenya", "KE"), None, _at("FR"),
                                 "The Kenyan president flew to Paris for talks.")
    assert (a1.name, a2.name) == ("Government of Kenya", "Government of France")


def test_no_host_is_added_for_a_party_of_the_place_itself():
    a1, a2 = conventional_actors(CONTACT, None, _government("France", "FR"), _at("FR"),
                                 "The governor met the French president in Paris.")
    assert a1 is None and a2.name == "Government of France"


def test_no_host_is_added_when_the_report_names_a_host_that_is_no_state():
    for text in ("A rebel commander met the Russian ambassador in Bangui on Monday.",
                 "An opposition figure held talks with French officials in Bamako on Monday."):
        a1, a2 = conventional_actors(CONTACT, None, _government("Russia", "RU"), _at("CF"), text)
        assert a1 is None and a2.name == "Government of Russia"
